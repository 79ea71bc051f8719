import pytest
import torch
from torch import nn

from causaltorch.errors import DataError
from causaltorch.sparse import LotteryTicketRouter, find_winning_ticket, weight_sparsity


def mlp():
    return nn.Sequential(nn.Linear(6, 20), nn.ReLU(), nn.Linear(20, 30), nn.GELU(), nn.Linear(30, 3))


def cnn():
    return nn.Sequential(nn.Conv2d(2, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 6, 3, padding=1),
                         nn.ReLU(), nn.Flatten(), nn.Linear(6 * 4 * 4, 5))


def test_update_masks_reports_each_layers_structured_sparsity():
    router = LotteryTicketRouter(mlp(), sparsity=0.9, task_embedding_dim=4)
    levels = router.update_masks(torch.randn(4))
    assert levels == {"0": pytest.approx(1 - 2 / 20), "2": pytest.approx(1 - 3 / 30)}


def test_a_masked_forward_switches_units_off_without_changing_any_parameter():
    model = mlp()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    router = LotteryTicketRouter(model, sparsity=0.75, task_embedding_dim=4)
    hidden = []
    model[1].register_forward_hook(lambda m, i, o: hidden.append(o))
    router.train()
    router(torch.randn(5, 6), task_embedding=torch.randn(4))
    router.eval()
    router(torch.randn(5, 6))
    for key, value in model.state_dict().items():
        assert torch.equal(value, before[key])
    off = router.masks["0"].detach() == 0
    assert int(off.sum()) == 15 and torch.all(hidden[-1][:, off] == 0)


def masked_router():
    """A model, an input, the model's dense output on it, and a router whose masks are set."""
    model, x = mlp(), torch.randn(5, 6)
    with torch.no_grad():
        dense = model(x)
    router = LotteryTicketRouter(model, sparsity=0.75, task_embedding_dim=4)
    router.update_masks(torch.randn(4))
    return model, x, dense, router


def test_the_base_model_runs_dense_outside_the_routers_forward():
    model, x, dense, router = masked_router()
    with torch.no_grad():
        after_update = model(x)
        masked = router(x)
        after_forward = model(x)
    assert (masked - dense).abs().max() > 1e-3  # the router's forward is masked ...
    assert torch.equal(after_update, dense) and torch.equal(after_forward, dense)  # ... the base model is not


def test_a_failing_masked_forward_leaves_the_base_model_dense():
    model, x, dense, router = masked_router()
    with pytest.raises(RuntimeError):
        router(torch.randn(5, 7))  # wrong width: the base model raises inside the router's forward
    with torch.no_grad():
        assert torch.equal(model(x), dense)


def test_a_router_whose_hooks_were_removed_refuses_to_run_instead_of_running_dense():
    router = LotteryTicketRouter(mlp(), sparsity=0.5, task_embedding_dim=4)
    router.update_masks(torch.randn(4))
    router.remove_hooks()
    with pytest.raises(DataError, match="remove_hooks"):
        router(torch.randn(2, 6))


def test_the_task_loss_trains_the_mask_generators_through_the_straight_through_top_k():
    router = LotteryTicketRouter(mlp(), sparsity=0.5, task_embedding_dim=4)
    router(torch.randn(8, 6), task_embedding=torch.randn(4)).pow(2).sum().backward()
    assert router.mask_generators["0"][0].weight.grad.abs().sum() > 0


@pytest.mark.parametrize("make, shape", [(mlp, (7, 6)), (cnn, (3, 2, 8, 8))])
def test_compact_model_is_smaller_and_computes_the_masked_models_outputs(make, shape):
    model = make()
    router = LotteryTicketRouter(model, sparsity=0.6, task_embedding_dim=5).eval()
    task = torch.randn(5)
    x = torch.randn(shape)
    with torch.no_grad():
        masked = router(x, task_embedding=task)
        small = router.compact(task)
        compact_out = small(x)
    torch.testing.assert_close(compact_out, masked, atol=1e-5, rtol=0)
    assert sum(p.numel() for p in small.parameters()) < 0.6 * sum(p.numel() for p in model.parameters())


def test_router_refuses_a_task_embedding_of_the_wrong_size():
    router = LotteryTicketRouter(mlp(), sparsity=0.9, task_embedding_dim=32)
    with pytest.raises(DataError, match="32 values"):
        router.update_masks(torch.randn(16))
    assert router.masks == {}  # nothing changed


def test_router_needs_masks_before_its_first_forward():
    with pytest.raises(DataError, match="update_masks"):
        LotteryTicketRouter(mlp(), task_embedding_dim=4)(torch.randn(2, 6))


def test_router_refuses_sparsity_outside_zero_one():
    with pytest.raises(DataError, match=r"\[0, 1\)"):
        LotteryTicketRouter(mlp(), sparsity=1.0)


def test_imp_prunes_the_remaining_weights_by_magnitude_and_rewinds_to_the_initial_values():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
    initial = [layer.weight.detach().clone() for layer in (model[0], model[2])]
    x = torch.randn(64, 4)
    y = x[:, :1] - 2 * x[:, 1:2]
    seen = []

    def train_fn(net, steps=None):
        if len(seen) == 1:  # right after the first pruning: rewound weights are the initial ones, masked
            seen.append([layer.weight.detach().clone() for layer in (net[0], net[2])])
        optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
        for _ in range(steps or 30):
            optimizer.zero_grad()
            nn.functional.mse_loss(net(x), y).backward()
            optimizer.step()
        if not seen:
            seen.append("trained")
        return -float(nn.functional.mse_loss(net(x), y).detach())

    ticket = find_winning_ticket(model, train_fn, rounds=2, rate=0.5, reset="rewind")
    assert [r.round for r in ticket.rounds] == [0, 1, 2]
    assert ticket.sparsity == pytest.approx(0.75, abs=0.01)
    assert weight_sparsity(model) == pytest.approx(0.75, abs=0.01)
    for rewound, start, layer in zip(seen[1], initial, (model[0], model[2])):
        kept = rewound != 0
        torch.testing.assert_close(rewound[kept], start[kept])


def test_imp_refuses_a_bad_rate():
    with pytest.raises(DataError, match=r"rate must be in \(0, 1\)"):
        find_winning_ticket(mlp(), lambda model, steps=None: None, rate=1.0)


def test_a_text_model_gets_masks_over_attention_heads_and_mlp_neurons():
    from causaltorch import CausalTransformer

    model = CausalTransformer(60, hidden_dim=32, num_layers=2, num_heads=4, max_seq_length=16).eval()
    router = LotteryTicketRouter(base_model=model, sparsity=0.5, task_embedding_dim=32)
    levels = router.update_masks(torch.randn(32))
    assert levels == {"transformer.h.0.attn.heads": 0.5, "transformer.h.0.mlp.c_fc": 0.5,
                      "transformer.h.1.attn.heads": 0.5, "transformer.h.1.mlp.c_fc": 0.5}
    ids = torch.randint(0, 60, (1, 6))
    seen = []
    model.transformer.h[0].attn.c_proj.register_forward_pre_hook(lambda m, args: seen.append(args[0]))
    masked = router(ids).logits
    off = (router.masks["transformer.h.0.attn.heads"].detach() == 0).repeat_interleave(8)
    assert torch.all(seen[-1][..., off] == 0) and seen[-1][..., ~off].abs().sum() > 0
    assert (model(ids).logits - masked).abs().max() > 1e-6  # outside the router the model is dense
    with pytest.raises(DataError, match="ModuleDict"):
        router.compact(torch.randn(32))
