import logging

import pytest
import torch
import torch.nn.functional as F

from causaltorch import CausalTransformer
from causaltorch.errors import DataError
from causaltorch.layers import SparseFFN, SparseLinear


def dense_reference(layer: SparseFFN, x: torch.Tensor) -> torch.Tensor:
    return layer.c_proj(F.gelu(layer.c_fc(x), approximate=layer.approximate))


def test_sparse_ffn_equals_the_dense_mlp_when_every_block_is_selected():
    layer = SparseFFN(16, 70, sparsity=0.5, num_blocks=7)  # blocks of 10 units
    layer.top_k = layer.num_blocks
    x = torch.randn(3, 5, 16)
    torch.testing.assert_close(layer(x), dense_reference(layer, x), atol=1e-5, rtol=0)
    assert layer.last_stats.block_fraction == pytest.approx(1.0)


def test_sparse_ffn_computes_only_the_selected_blocks():
    layer = SparseFFN(16, 80, sparsity=0.75, num_blocks=8, top_k=2)
    x = torch.randn(40, 16)
    out = layer(x)
    chosen = layer.router(x).topk(2, dim=-1).indices
    expected = torch.zeros_like(out)
    for t in range(40):  # the same sum, written token by token from the weights of the chosen blocks
        for b in chosen[t].tolist():
            lo, hi = 10 * b, 10 * b + 10
            h = F.gelu(x[t] @ layer.c_fc.weight[lo:hi].T + layer.c_fc.bias[lo:hi], approximate="tanh")
            expected[t] += h @ layer.c_proj.weight[:, lo:hi].T
    expected += layer.c_proj.bias
    torch.testing.assert_close(out, expected, atol=1e-5, rtol=0)
    # counted while multiplying: 2 blocks of 10 units (weights in and out plus bias) + output bias + router
    per_token = 2 * 10 * (2 * 16 + 1) + 16 + (16 + 1) * 8
    assert layer.last_stats.weights_touched == 40 * per_token


def test_sparse_ffn_default_split_keeps_the_work_per_token_within_the_budget():
    layer = SparseFFN(64, 512, sparsity=0.9)
    layer(torch.randn(200, 64))
    assert layer.last_stats.touched_fraction <= 0.10
    assert layer.top_k < layer.num_blocks


def test_gradients_reach_the_router_and_only_the_chosen_blocks():
    layer = SparseFFN(8, 40, sparsity=0.75, num_blocks=4, top_k=1)
    x = torch.randn(1, 8)
    layer(x).pow(2).sum().backward()
    assert layer.router.weight.grad.abs().sum() > 0
    chosen = int(layer.router(x).argmax())
    block_grads = layer.c_fc.weight.grad.view(4, 10, 8).abs().sum(dim=(1, 2))
    assert block_grads[chosen] > 0
    assert torch.all(block_grads[torch.arange(4) != chosen] == 0)


def test_load_balancing_loss_is_one_for_uniform_routing_and_larger_when_collapsed():
    layer = SparseFFN(4, 8, sparsity=0.5, num_blocks=2, top_k=1, aux_loss_weight=1.0)
    with torch.no_grad():
        layer.router.weight.zero_()
        layer.router.bias.copy_(torch.tensor([5.0, -5.0]))  # every token goes to block 0
    layer(torch.randn(10, 4))
    collapsed = float(layer.aux_loss.detach())
    with torch.no_grad():
        layer.router.bias.zero_()
        layer.router.weight.zero_()
        layer.router.weight[0, 0] = 100.0  # sign of x0 decides: half the tokens each way
    x = torch.zeros(10, 4)
    x[:5, 0], x[5:, 0] = 1.0, -1.0
    layer(x)
    assert float(layer.aux_loss.detach()) == pytest.approx(1.0, abs=1e-6)
    assert collapsed > 1.9  # 2 * (1 * p0≈1) for all tokens on one block


@pytest.mark.parametrize("sparsity", [-0.1, 1.0, 1.5, "0.9", True])
def test_sparse_ffn_refuses_sparsity_outside_zero_one(sparsity):
    with pytest.raises(DataError, match=r"sparsity must be a number in \[0, 1\)"):
        SparseFFN(8, 16, sparsity=sparsity)


def test_sparse_ffn_refuses_more_blocks_than_the_layer_has():
    with pytest.raises(DataError, match="more blocks than the layer has hidden units"):
        SparseFFN(8, 16, sparsity=0.5, num_blocks=17)
    with pytest.raises(DataError, match="the layer has 4 blocks"):
        SparseFFN(8, 16, sparsity=0.5, num_blocks=4, top_k=5)


def test_causal_transformer_with_sparsity_uses_sparse_ffn_and_trains_the_router():
    model = CausalTransformer(50, hidden_dim=32, num_layers=2, num_heads=4, max_seq_length=16, sparsity=0.9)
    assert all(isinstance(block.mlp, SparseFFN) for block in model.transformer.h)
    ids = torch.randint(0, 50, (2, 12))
    out = model(ids, labels=ids)
    plain = F.cross_entropy(out.logits[:, :-1].flatten(0, 1), ids[:, 1:].flatten())
    torch.testing.assert_close(out.loss, plain + out.aux_loss)
    out.loss.backward()
    assert model.transformer.h[0].mlp.router.weight.grad.abs().sum() > 0


def test_a_sparse_text_model_generates_with_the_kv_cache_like_without_it():
    model = CausalTransformer(50, hidden_dim=32, num_layers=1, num_heads=4, max_seq_length=32, sparsity=0.75).eval()
    prompt = torch.randint(0, 50, (1, 5))
    cached = model.generate(prompt, max_new_tokens=6, do_sample=False, use_cache=True)
    uncached = model.generate(prompt, max_new_tokens=6, do_sample=False, use_cache=False)
    assert torch.equal(cached, uncached)


def test_sparse_model_saves_and_loads(tmp_path):
    model = CausalTransformer(50, hidden_dim=32, num_layers=1, num_heads=4, max_seq_length=16, sparsity=0.5).eval()
    model.save_pretrained(tmp_path)
    loaded = CausalTransformer.from_pretrained(tmp_path).eval()
    ids = torch.randint(0, 50, (1, 8))
    torch.testing.assert_close(loaded(ids).logits, model(ids).logits)


def test_causal_transformer_refuses_sparsity_of_one():
    with pytest.raises(DataError, match=r"sparsity must be in \[0, 1\)"):
        CausalTransformer(50, hidden_dim=32, num_layers=1, num_heads=4, sparsity=1.0)


def test_sparse_linear_keeps_the_largest_weights_and_matches_dense_at_inference(caplog):
    layer = SparseLinear(32, 16, sparsity=0.9)
    mask = layer.mask()
    assert int(mask.sum()) == round(0.1 * 32 * 16)
    assert layer.weight.abs()[mask].min() >= layer.weight.abs()[~mask].max()
    x = torch.randn(8, 32)
    expected = F.linear(x, layer.weight * mask, layer.bias)
    layer.eval()
    with caplog.at_level(logging.INFO, logger="causaltorch.layers.sparse"), torch.no_grad():
        out = layer(x)
    torch.testing.assert_close(out, expected, atol=1e-5, rtol=0)
    assert layer.kernel_choice[8] in ("csr", "dense")
    assert f"-> {layer.kernel_choice[8]} kernel" in caplog.text  # the choice is logged, never silent
    layer.kernel = "csr"
    with torch.no_grad():
        torch.testing.assert_close(layer(x), expected, atol=1e-5, rtol=0)


def test_sparse_linear_training_uses_masked_weights_with_a_straight_through_gradient():
    layer = SparseLinear(10, 4, sparsity=0.75)
    x = torch.randn(6, 10)
    mask = layer.mask()
    out = layer(x)
    torch.testing.assert_close(out, F.linear(x, layer.weight * mask, layer.bias))
    out.sum().backward()
    assert torch.all(layer.weight.grad[~mask] != 0)  # pruned weights still learn (they can grow back)


def test_sparse_linear_rebuilds_its_kernel_when_the_weight_changes():
    layer = SparseLinear(10, 4, sparsity=0.5, kernel="csr").eval()
    x = torch.randn(3, 10)
    with torch.no_grad():
        layer(x)
        layer.weight.mul_(2.0)
        torch.testing.assert_close(layer(x), F.linear(x, layer.weight * layer.mask(), layer.bias))


def test_a_sparse_model_can_be_built_on_the_meta_device_like_a_dense_one():
    with torch.device("meta"):
        model = CausalTransformer(50, hidden_dim=32, num_layers=1, num_heads=4, sparsity=0.9)
    assert model.transformer.h[0].mlp.c_fc.weight.is_meta


def test_from_dense_takes_a_trained_mlps_weights():
    fc, proj = torch.nn.Linear(12, 48), torch.nn.Linear(48, 12)
    layer = SparseFFN.from_dense(fc, proj, sparsity=0.5, num_blocks=6)
    layer.top_k = 6
    x = torch.randn(4, 12)
    torch.testing.assert_close(layer(x), proj(F.gelu(fc(x), approximate="tanh")), atol=1e-5, rtol=0)
