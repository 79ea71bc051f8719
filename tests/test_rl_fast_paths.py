"""DQN's fast paths give the same numbers, to the bit, as the general code they stand in for: the one-transition
push, the exploration draw that skips the Q-network, the double-Q forward pass over [s; s'], the direct fused
Adam step and a training run without evaluation."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from causaltorch.rl import CausalRLAgent, EpisodicMemory
from causaltorch.rl._optim import adam_step as _adam_step
from causaltorch.rl.networks import CausalQNetwork

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def _transitions(n: int, dim: int = 3, seed: int = 0) -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(n, dim)).astype(np.float32), rng.integers(0, 2, n), rng.normal(size=n),
            rng.normal(size=(n, dim)).astype(np.float32), rng.random(n) < 0.2, rng.random(n) * 2)


@pytest.mark.parametrize("with_strength", [False, True])
def test_one_transition_push_stores_the_same_as_a_batch_push(with_strength):
    states, actions, rewards, next_states, dones, strength = _transitions(40)
    one, batch = (EpisodicMemory(32, causal_threshold=0.5, causal_weight=0.3, alpha=0.7) for _ in range(2))
    for memory in (one, batch):  # a first batch, so that max_td is not 1 and the ring wraps below
        memory._push_unchecked(states[:4], actions[:4], rewards[:4], next_states[:4], dones[:4], strength[:4])
        memory._set_priorities(np.arange(4), np.array([0.5, 2.5, 0.1, 1.7]))
    slots = []
    for i in range(4, 40):  # 36 single pushes into 32 slots: the ring wraps
        s = None if not with_strength else strength[i:i + 1]
        slots.append(one._push_unchecked(states[i:i + 1], actions[i:i + 1], rewards[i:i + 1],
                                         next_states[i:i + 1], dones[i:i + 1], s))
    assert [int(s[0]) for s in slots] == [(i + 4) % 32 for i in range(36)]
    # the general (vectorised) path: the same rows in two batches, the second wrapping round the ring
    for part in (slice(4, 32), slice(32, 40)):
        s = np.zeros(part.stop - part.start) if not with_strength else strength[part]
        batch._push_unchecked(states[part], actions[part], rewards[part], next_states[part], dones[part], s)
    assert (one.position, one.count) == (batch.position, batch.count) == (8, 32)
    for key in one._arrays:
        np.testing.assert_array_equal(one._arrays[key], batch._arrays[key], err_msg=key)
    for mine, theirs in zip(one.tree.levels, batch.tree.levels):
        np.testing.assert_array_equal(mine, theirs)
    assert one.tree.total > 0 and len(one) == 32


def test_one_transition_priority_equals_the_vectorised_formula():
    memory = EpisodicMemory(8, causal_threshold=0.5, causal_weight=0.4, alpha=0.6)
    states, actions, rewards, next_states, dones, _ = _transitions(3)
    memory._push_unchecked(states, actions, rewards, next_states, dones, np.array([0.2, 0.9, 3.0]))
    memory._set_priorities(np.arange(3), np.array([0.3, 4.0, 1.0]))  # max_td becomes 4
    for strength in (0.2, 0.9):  # below and above the threshold
        slot = memory._push_unchecked(states[:1], actions[:1], rewards[:1], next_states[:1], dones[:1],
                                      np.array([strength], np.float32))
        want = memory._priority(np.array([4.0]), np.array([np.float32(strength)], dtype=np.float64))
        assert memory.tree.priorities(slot).tolist() == want.tolist()
    assert memory.tree.priorities(np.array([3]))[0] != memory.tree.priorities(np.array([4]))[0]


def _dqn(seed: int = 0, **config) -> CausalRLAgent:
    return CausalRLAgent(3, 4, "dqn", 64, {"hidden_dim": 16, "seed": seed, **config})


@pytest.mark.parametrize("steps", [0, 3000, 10**6])  # epsilon 1 (every action random), mixed, and 0.04
def test_exploration_draw_is_the_general_formula(steps):
    agent, states = _dqn(), torch.randn(200, 3)
    agent.env_steps = steps
    epsilon = agent.exploration_rate()
    reference = torch.Generator().manual_seed(0)
    actions = agent._act(states)
    random = torch.rand(200, generator=reference) < epsilon
    uniform = torch.randint(4, (200,), generator=reference)
    greedy = agent.q_network(states).argmax(-1)
    assert torch.equal(actions, torch.where(random, uniform, greedy))
    assert 0 < random.float().mean() <= 1 if steps < 10**6 else random.float().mean() < 0.1
    # one state at a time draws the same stream
    again = _dqn()
    again.env_steps = steps
    singles = torch.cat([again._act(states[i:i + 1]) for i in range(200)])
    reference = torch.Generator().manual_seed(0)
    want = []
    for i in range(200):
        r = torch.rand(1, generator=reference) < epsilon
        u = torch.randint(4, (1,), generator=reference)
        want.append(torch.where(r, u, greedy[i:i + 1]))
    assert torch.equal(singles, torch.cat(want))
    assert torch.equal(agent._act(states, explore=False), greedy)


@pytest.mark.parametrize("weighted", [False, True])
def test_double_q_pass_over_states_and_next_states_equals_separate_passes(weighted):
    agent = _dqn(seed=3)
    rng = np.random.default_rng(1)
    states, actions, rewards, next_states, dones, strength = _transitions(64, seed=2)
    agent.episodic_memory._push_unchecked(states, rng.integers(0, 4, 64), rewards, next_states, dones, strength)
    with torch.no_grad():  # a target network that differs from the online one
        for p in agent.target_network.parameters():
            p.add_(torch.randn_like(p) * 0.1)
    b = agent.episodic_memory._sample(32, weighted)
    weights = b.weights if weighted else None
    target = agent._dqn_targets(b)
    loss, q = agent.q_network.huber_backward(b.states, b.actions, target, weights)
    grads = [p.grad.clone() for p in agent.q_network.parameters()]
    loss2, q2, target2 = agent.q_network.huber_backward_with_next(
        b.states, b.actions, lambda online: agent._dqn_targets(b, online), weights, b.next_states)
    assert torch.equal(target, target2) and torch.equal(q, q2) and torch.equal(loss, loss2)
    for want, p in zip(grads, agent.q_network.parameters()):
        assert torch.equal(p.grad, want)
    # the next-state half really chooses the action: a different online Q on s' changes the targets
    shifted = agent._dqn_targets(b, -agent.q_network(b.next_states))
    assert not torch.equal(shifted, target)


def test_direct_fused_adam_step_equals_optimizer_step():
    torch.manual_seed(0)
    nets = [CausalQNetwork(4, 2, {"hidden_dim": 32}) for _ in range(2)]
    nets[1].load_state_dict(nets[0].state_dict())
    optimizers = [torch.optim.Adam(n.parameters(), lr=2.3e-3, fused=True) for n in nets]
    for step in range(5):
        grads = [torch.randn_like(p) for p in nets[0].parameters()]
        for net in nets:
            for p, g in zip(net.parameters(), grads):
                p.grad = g.clone()
        optimizers[0].step()
        _adam_step(optimizers[1])  # the first call has no state yet: it goes through step()
    for a, b in zip(nets[0].parameters(), nets[1].parameters()):
        assert torch.equal(a, b)
    for a, b in zip(optimizers[0].state.values(), optimizers[1].state.values()):
        assert all(torch.equal(a[k], b[k]) for k in ("step", "exp_avg", "exp_avg_sq"))
    assert float(optimizers[1].state[next(nets[1].parameters())]["step"]) == 5
    # a hook makes it defer to step(), which runs the hook
    called = []
    optimizers[1].register_step_post_hook(lambda *_: called.append(1))
    _adam_step(optimizers[1])
    assert called == [1]


def test_train_without_evaluation_records_none():
    pytest.importorskip("gymnasium")
    from causaltorch.rl.training import agent_for_env, train

    agent = agent_for_env("CartPole-v1", "dqn", 500, {"seed": 0, "hidden_dim": 16})
    history = train(agent, "CartPole-v1", 300, seed=0, eval_every=None)
    assert history.eval_steps == [] and history.env_steps == 300 and agent.env_steps == 300
    history = train(agent, "CartPole-v1", 100, seed=0, eval_every=10**9, eval_episodes=1)
    assert history.eval_steps == [100]  # the closing evaluation, when evaluating at all


def test_every_action_pass_equals_the_forward_model_on_each_pair():
    from causaltorch.rl.influence import CausalReasoningEngine

    torch.manual_seed(0)
    engine = CausalReasoningEngine({"hidden_dim": 16}, 3, 4)
    states = torch.randn(50, 3)
    for _ in range(3):
        engine.fit_step(states, torch.randint(0, 4, (50,)), states + 0.1, torch.ones(50))
    mean, std = engine._every_action(states)
    want_mean, want_std = engine(states.repeat_interleave(4, dim=0), torch.arange(4).repeat(50))
    assert torch.equal(mean, want_mean.view(50, 4, -1)) and torch.equal(std, want_std.view(50, 4, -1))
    assert mean.shape == (50, 4, 4) and not torch.equal(mean[:, 0], mean[:, 1])  # the action column matters


def _find_with_numpy_cumsum(tree, values: np.ndarray) -> np.ndarray:
    """`SumTree.find` as it was written with NumPy's cumsum (the reference for the torch cumsum it now uses)."""
    values = np.array(values, dtype=np.float64)
    f = tree.fanout
    starts = np.arange(len(values)) * f
    ends = starts + f
    nodes = np.zeros(len(values), dtype=np.int64)
    running = np.zeros(len(values) * f + 1)
    for level in reversed(tree.levels):
        np.cumsum(level.reshape(-1, f)[nodes], out=running[1:])
        target = running[starts] + values
        after = np.minimum(running.searchsorted(target, side="right"), ends)
        values = target - running[after - 1]
        nodes = nodes * f + (after - 1 - starts)
    return nodes


@pytest.mark.parametrize("fanout", [2, 64])
def test_sum_tree_descent_equals_the_numpy_cumsum_descent(fanout):
    from causaltorch.rl import SumTree

    rng = np.random.default_rng(4)
    tree = SumTree(20_000, fanout=fanout)
    priorities = rng.random(15_000) ** 3 * 50
    priorities[rng.random(15_000) < 0.2] = 0.0
    tree.update(np.arange(15_000), priorities)
    for batch in (64, 1000):
        values = np.sort(rng.uniform(0, tree.total, batch))
        reference = _find_with_numpy_cumsum(tree, values)
        found = tree.find(values)
        # where the reference lands on an empty slot (rounding), find falls back to the nearest filled one
        usable = priorities[np.minimum(reference, 14_999)] > 0
        assert usable.mean() > 0.99
        np.testing.assert_array_equal(found[usable], reference[usable])


def test_stratified_draw_is_numpys_uniform_written_out():
    states, actions, rewards, next_states, dones, strength = _transitions(500, seed=5)
    memory = EpisodicMemory(1000, seed=7)
    memory._push_unchecked(states, actions, rewards, next_states, dones, strength)
    memory._set_priorities(np.arange(500), np.random.default_rng(6).random(500) * 3)
    reference = np.random.default_rng(7)
    for _ in range(20):
        total = memory.tree.total
        bounds = np.linspace(0.0, total, 65)
        want = memory.tree.find(np.minimum(reference.uniform(bounds[:-1], bounds[1:]), np.nextafter(total, 0)))
        np.testing.assert_array_equal(memory._sample(64, True).indices, want)


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_gradient_clipping_of_a_non_finite_gradient_is_torchs(bad):
    from causaltorch.rl.agent import _clip_grad_norm

    grads = [torch.randn(4, 3), torch.randn(3)]
    grads[0][1, 1] = bad
    ours = [torch.nn.Parameter(torch.zeros_like(g)) for g in grads]
    theirs = [torch.nn.Parameter(torch.zeros_like(g)) for g in grads]
    for params in (ours, theirs):
        for p, g in zip(params, grads):
            p.grad = g.clone()
    _clip_grad_norm(ours, 1.0)
    torch.nn.utils.clip_grad_norm_(theirs, 1.0)
    for a, b in zip(ours, theirs):
        assert torch.equal(a.grad.isnan(), b.grad.isnan())
        assert torch.equal(torch.nan_to_num(a.grad), torch.nan_to_num(b.grad))
    assert ours[1].grad.isnan().all() or (ours[1].grad == 0).all()  # the finite tensor was scaled too
