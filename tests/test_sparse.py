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


def block_by_block_reference(layer: SparseFFN, x: torch.Tensor) -> torch.Tensor:
    """The layer's function written as the plain loop over blocks, one block and its tokens at a time."""
    probs = F.softmax(layer.router(x), dim=-1)
    top_p, top_i = probs.topk(layer.top_k, dim=-1)
    gate = 1.0 + top_p - top_p.detach()
    out = torch.zeros_like(x) + layer.c_proj.bias
    lo = 0
    for block, size in enumerate(layer.block_sizes):
        token, slot = (top_i == block).nonzero(as_tuple=True)
        hidden = F.gelu(x[token] @ layer.c_fc.weight[lo:lo + size].T + layer.c_fc.bias[lo:lo + size],
                        approximate=layer.approximate)
        out = out.index_add(0, token, (hidden * gate[token, slot, None]) @ layer.c_proj.weight[:, lo:lo + size].T)
        lo += size
    return out


@pytest.mark.parametrize("max_groups", [1, 2, 4])
def test_batched_dispatch_matches_the_block_by_block_loop_with_uneven_blocks(max_groups):
    torch.manual_seed(0)
    layer = SparseFFN(24, 101, sparsity=0.7, num_blocks=9, top_k=3)  # blocks of 11 and 12 units
    layer.max_groups, layer.padding_budget = max_groups, 0.0
    assert sorted(set(layer.block_sizes)) == [11, 12] and sum(layer.block_sizes) == 101
    x = torch.randn(300, 24, requires_grad=True)
    out = layer(x)
    expected = block_by_block_reference(layer, x)
    torch.testing.assert_close(out, expected, atol=1e-5, rtol=0)
    weights = [x, layer.router.weight, layer.c_fc.weight, layer.c_fc.bias, layer.c_proj.weight, layer.c_proj.bias]
    grads = torch.autograd.grad(out.pow(2).sum(), weights)
    expected_grads = torch.autograd.grad(expected.pow(2).sum(), weights)
    for grad, expected_grad in zip(grads, expected_grads):
        torch.testing.assert_close(grad, expected_grad, atol=1e-4, rtol=1e-5)


def count_torch_calls(layer: SparseFFN, x: torch.Tensor) -> int:
    class Count(torch.overrides.TorchFunctionMode):
        calls = 0

        def __torch_function__(self, func, types, args=(), kwargs=None):
            Count.calls += 1
            return func(*args, **(kwargs or {}))

    with Count(), torch.no_grad():
        layer(x)
    return Count.calls


@pytest.mark.parametrize("groups", [1, 4])
def test_sparse_ffn_issues_as_many_operators_for_32_blocks_as_for_8(groups):
    # The per-block loop issued ~6 operators per block; each is an OpenMP region that, on a loaded CPU,
    # waits for its slowest thread. The batched dispatch issues a fixed number whatever the block count.
    torch.manual_seed(0)
    x = torch.randn(512, 16)
    few = SparseFFN(16, 256, sparsity=0.75, num_blocks=8, top_k=2)
    many = SparseFFN(16, 256, sparsity=0.75, num_blocks=32, top_k=8)
    for layer in (few, many):  # no padding allowed: exactly `groups` batched products
        layer.max_groups, layer.padding_budget = groups, 0.0
    assert count_torch_calls(few, x) == count_torch_calls(many, x)


def test_load_groups_use_the_fewest_products_whose_padding_fits_the_budget():
    from causaltorch.layers.sparse import _load_groups

    counts = [10, 0, 9, 2, 1]  # block 1 idle; one product would pad (10-9) + (10-2) + (10-1) = 18 of 22
    assert _load_groups(counts, max_groups=4, padding_budget=0.9) == [[0, 2, 3, 4]]
    assert _load_groups(counts, max_groups=4, padding_budget=0.1) == [[0, 2], [3, 4]]  # pads 1 + 1
    assert _load_groups(counts, max_groups=1, padding_budget=0.0) == [[0, 2, 3, 4]]


def test_padding_of_the_batched_products_is_counted_apart_and_idle_blocks_are_skipped():
    layer = SparseFFN(4, 40, sparsity=0.75, num_blocks=4, top_k=1)  # 4 blocks of 10 units
    layer.padding_budget = 1.0  # one product, however uneven the loads
    with torch.no_grad():
        layer.router.weight.zero_()
        layer.router.weight[0, 0], layer.router.weight[1, 1] = 10.0, 10.0
        layer.router.bias.copy_(torch.tensor([0.0, 0.0, -50.0, -50.0]))  # blocks 2 and 3 never win
    x = torch.zeros(4, 4)
    x[:3, 0], x[3, 1] = 1.0, 1.0  # three tokens for block 0, one for block 1
    layer(x)
    per_unit = 2 * 4 + 1  # weights in and out of one hidden unit, plus its bias
    # one product over blocks 0 and 1 (never 2 or 3), 3 token slots each: block 1 has 2 empty slots
    assert layer.last_stats.padding_weights == 2 * 10 * per_unit
    assert layer.last_stats.weights_touched == 4 * 10 * per_unit + 4 * 4 + 4 * (4 + 1) * 4
    assert layer.last_stats.executed_fraction > layer.last_stats.touched_fraction


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


def test_an_empty_batch_has_a_zero_balance_loss():
    layer = SparseFFN(32, 128, sparsity=0.75)
    out = layer(torch.randn(2, 0, 32))
    assert out.shape == (2, 0, 32) and layer.aux_loss.item() == 0.0
