"""The four agents learn a tiny deterministic task within seconds; GAE and PPO's clip against hand values."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from causaltorch.errors import DataError
from causaltorch.rl import CausalRLAgent, gae, ppo_clip_loss

# tiny networks: a second thread only adds synchronisation (3-8x slower on a shared 2-core machine)
pytestmark = pytest.mark.usefixtures("one_torch_thread")


class ZigzagChain:
    """N copies of a 4-step chain: the right action alternates with the position's parity (1 at even, 0 at odd);
    a right action advances, a wrong one sends the walker back to the start. Reaching position 4 pays 1 and
    terminates; 12 steps truncate. Observation: the position one-hot (5 features)."""

    length, limit = 4, 12

    def __init__(self, n: int):
        self.n = n
        self.position = np.zeros(n, dtype=int)
        self.t = np.zeros(n, dtype=int)

    def obs(self) -> np.ndarray:
        return np.eye(self.length + 1, dtype=np.float32)[self.position]

    def step(self, actions: np.ndarray):
        right = actions == (self.position % 2 == 0)
        self.position = np.where(right, self.position + 1, 0)
        self.t += 1
        terminated = self.position == self.length
        truncated = (self.t >= self.limit) & ~terminated
        final = self.obs()
        rewards = terminated.astype(np.float64)
        ended = terminated | truncated
        self.position[ended], self.t[ended] = 0, 0
        return self.obs(), rewards, terminated, truncated, final


def greedy_success(agent: CausalRLAgent) -> bool:
    env = ZigzagChain(1)
    for _ in range(ZigzagChain.length):
        _, reward, *_ = env.step(agent.select_action(env.obs(), explore=False).numpy())
        if reward[0] == 1:
            return True
    return False


def run(agent: CausalRLAgent, steps: int, n_envs: int) -> None:
    env = ZigzagChain(n_envs)
    obs = env.obs()
    for _ in range(steps // n_envs):
        actions = agent.select_action(obs).numpy()
        next_obs, rewards, terminated, truncated, final = env.step(actions)
        agent.store_experience(obs, actions, rewards, final, terminated, truncated)
        agent.learn()
        obs = next_obs


SETTINGS = {
    "dqn": (1, 500, {"hidden_dim": 32, "learning_starts": 64, "train_freq": 4, "gradient_steps": 2,
                      "batch_size": 32, "exploration_steps": 250, "target_update_interval": 100,
                      "learning_rate": 1e-3, "model_steps": 1}),
    "policy_gradient": (8, 1200, {"hidden_dim": 32, "n_steps": 16, "learning_rate": 3e-3, "gamma": 0.9}),
    "a2c": (8, 1200, {"hidden_dim": 32, "learning_rate": 3e-3, "gamma": 0.9}),
    "ppo": (8, 1200, {"hidden_dim": 32, "n_steps": 16, "batch_size": 32, "n_epochs": 4, "gamma": 0.9}),
}


@pytest.mark.parametrize("agent_type", list(SETTINGS))
def test_agent_learns_the_zigzag_chain(agent_type):
    n_envs, steps, config = SETTINGS[agent_type]
    successes = 0
    for seed in range(3):
        agent = CausalRLAgent(5, 2, agent_type, memory_capacity=5000, causal_config={**config, "seed": seed})
        run(agent, steps, n_envs)
        successes += greedy_success(agent)
    assert successes >= 2


def test_untrained_agents_rarely_solve_the_chain():
    # the learning test above has teeth: at initialisation the greedy policy seldom walks the zigzag
    solved = sum(greedy_success(CausalRLAgent(5, 2, t, 10, {"seed": s})) for t in SETTINGS for s in range(3))
    assert solved <= 3


def test_gae_matches_a_hand_computed_trajectory():
    # one environment, 3 steps, gamma 0.5, lambda 0.5; step 1 truncates (bootstrap from its next value, cut the
    # recursion), step 2 terminates (no bootstrap)
    rewards = torch.tensor([[1.0], [2.0], [3.0]])
    values = torch.tensor([[0.5], [1.0], [2.0]])
    next_values = torch.tensor([[1.0], [4.0], [9.0]])
    terminated = torch.tensor([[0.0], [0.0], [1.0]])
    ended = torch.tensor([[0.0], [1.0], [1.0]])
    advantages, returns = gae(rewards, values, next_values, terminated, ended, 0.5, 0.5)
    delta2 = 3.0 - 2.0                      # 1.0
    delta1 = 2.0 + 0.5 * 4.0 - 1.0          # 3.0
    delta0 = 1.0 + 0.5 * 1.0 - 0.5          # 1.0
    a1 = delta1                             # the episode ended at step 1: nothing flows back from step 2
    a0 = delta0 + 0.25 * a1                 # 1.75
    np.testing.assert_allclose(advantages.squeeze(1).numpy(), [a0, a1, delta2], atol=1e-6)
    np.testing.assert_allclose(returns.squeeze(1).numpy(), [a0 + 0.5, a1 + 1.0, delta2 + 2.0], atol=1e-6)


def test_ppo_clip_caps_the_ratio_in_the_direction_of_the_advantage():
    old = torch.zeros(4)
    new = torch.log(torch.tensor([1.5, 0.5, 1.5, 0.5]))
    advantages = torch.tensor([1.0, 1.0, -1.0, -1.0])
    # min(r A, clip(r) A) with eps 0.2: 1.2, 0.5, -1.5, -0.8 -> loss = -mean = 0.15
    assert ppo_clip_loss(new, old, advantages, 0.2).item() == pytest.approx(-(1.2 + 0.5 - 1.5 - 0.8) / 4, abs=1e-6)
    # gradient is zero where the clip is active in the advantage's favour (ratio 1.5 with A > 0)
    new = new.clone().requires_grad_(True)
    ppo_clip_loss(new, old, advantages, 0.2).backward()
    assert new.grad[0].item() == 0.0 and new.grad[3].item() == 0.0
    assert new.grad[1].item() != 0.0 and new.grad[2].item() != 0.0


def test_dqn_target_network_follows_the_online_network_only_at_syncs():
    agent = CausalRLAgent(5, 2, "dqn", 500, {"hidden_dim": 8, "learning_starts": 32, "train_freq": 32,
                                             "gradient_steps": 4, "batch_size": 16, "target_update_interval": 64,
                                             "seed": 0})
    run(agent, 64, 1)
    first = [p.clone() for p in agent.target_network.parameters()]
    online = [p.clone() for p in agent.q_network.parameters()]
    assert all(not torch.equal(a, b) for a, b in zip(first, online))  # trained after the sync at step 32
    run(agent, 64, 1)
    assert any(not torch.equal(a, b) for a, b in zip(first, agent.target_network.parameters()))


@pytest.mark.parametrize("bad, match", [
    (dict(state=np.zeros(4)), "shape"), (dict(action=2), r"\[0, 2\)"), (dict(action=0.5), "integer"),
    (dict(reward=float("nan")), "finite"), (dict(next_state=np.zeros((2, 5))), "same number"),
])
@pytest.mark.parametrize("agent_type", ["dqn", "ppo"])
def test_bad_experiences_are_refused_before_anything_is_stored(agent_type, bad, match):
    agent = CausalRLAgent(5, 2, agent_type, 100, {"seed": 0})
    values = dict(state=np.zeros(5), action=1, reward=1.0, next_state=np.zeros(5), done=False) | bad
    with pytest.raises(DataError, match=match):
        agent.store_experience(**values)
    assert len(agent.episodic_memory) == 0 and agent.env_steps == 0 and not agent._rollout


def test_unknown_agent_type_and_settings_are_named():
    with pytest.raises(DataError, match="Did you mean 'ppo'"):
        CausalRLAgent(4, 2, "ppo2")
    with pytest.raises(DataError, match="Did you mean 'gamma'"):
        CausalRLAgent(4, 2, "dqn", causal_config={"gama": 0.9})
    with pytest.raises(DataError, match="does not apply"):
        CausalRLAgent(4, 2, "ppo", causal_config={"learning_starts": 10})


def test_select_action_checks_the_state_shape():
    agent = CausalRLAgent(5, 2, "a2c", 10)
    with pytest.raises(DataError, match=r"\(5,\)"):
        agent.select_action(torch.zeros(1, 4))
    assert agent.select_action(torch.zeros(5)).shape == ()
    assert agent.select_action(torch.zeros(3, 5)).shape == (3,)


def _constant_q(network: torch.nn.Module, values: list[float]) -> None:
    """Make ``network`` output ``values`` for every state: zero weights, the values as the last bias."""
    with torch.no_grad():
        for parameter in network.parameters():
            parameter.zero_()
        list(network.parameters())[-1].copy_(torch.tensor(values))


@pytest.mark.parametrize("double_q, bootstrap", [(True, 1.0), (False, 3.0)])
def test_dqn_target_bootstraps_truncation_and_not_termination(double_q, bootstrap):
    agent = CausalRLAgent(2, 2, "dqn", 16, {"hidden_dim": 4, "gamma": 0.9, "double_q": double_q, "seed": 0})
    _constant_q(agent.target_network, [1.0, 3.0])  # Q_target(s', .) = (1, 3)
    _constant_q(agent.q_network, [5.0, 2.0])  # the online network picks action 0 at s' (double-Q)
    state, final = np.zeros((3, 2), np.float32), np.ones((3, 2), np.float32)
    # three transitions with reward 1: cut by the time limit, terminated, and an ordinary step
    agent.store_experience(state, [0, 1, 0], [1.0, 1.0, 1.0], final, [False, True, False], [True, False, False])
    batch = agent.episodic_memory.recent(3)
    assert batch.dones.tolist() == [0.0, 1.0, 0.0]  # truncation is not stored as the end of the return
    targets = agent._dqn_targets(batch)
    # r + gamma * Q_target(s', a*) where a* = argmax Q_online(s') = 0 with double-Q, argmax Q_target = 1 without
    np.testing.assert_allclose(targets.numpy(), [1 + 0.9 * bootstrap, 1.0, 1 + 0.9 * bootstrap], atol=1e-6)


def test_deferred_influence_equals_the_immediate_one_and_is_computed_before_prioritised_sampling():
    config = {"hidden_dim": 8, "learning_starts": 32, "train_freq": 16, "gradient_steps": 1, "batch_size": 8,
              "model_steps": 1, "model_learning_rate": 1e-2, "seed": 0}
    agent = CausalRLAgent(5, 2, "dqn", 500, config)
    rng = np.random.default_rng(0)
    states = torch.from_numpy(np.eye(5, dtype=np.float32)[rng.integers(0, 5, 64)])
    actions = rng.integers(0, 2, 64)
    next_states = torch.stack([torch.roll(s, 1 if a else -1) for s, a in zip(states, actions)])  # a moves s
    flags = np.zeros(64, dtype=bool)
    agent.store_experience(states[:32], actions[:32], np.zeros(32), next_states[:32], flags[:32])
    for _ in range(200):
        agent._fit_forward_model()
    # the training loop's path: no checks, influence left for later
    agent._store(states[32:], actions[32:], np.zeros(32), next_states[32:], flags[32:], flags[32:], None)
    memory = agent.episodic_memory
    assert agent._pending[32:64].all() and (memory._arrays["causal_strength"][32:64] == 0).all()
    expected = agent.causal_core.influence(states[32:]).numpy()
    assert expected.max() > 0.1  # a fitted model: the check below compares non-trivial numbers
    agent.learn()  # a round is due (64 steps, train_freq 16): the pending strengths are computed first
    assert not agent._pending.any()
    np.testing.assert_allclose(memory._arrays["causal_strength"][32:64], expected, atol=0.05)
    td, causal = memory._arrays["td"][32:64], memory._arrays["causal_strength"][32:64].astype(np.float64)
    np.testing.assert_allclose(memory.tree.priorities(np.arange(32, 64)), memory._priority(td, causal), rtol=1e-9)


@pytest.mark.parametrize("layers", [1, 2, 3])
@pytest.mark.parametrize("weighted", [False, True])
def test_written_out_dqn_backward_matches_autograd(layers, weighted):
    from causaltorch.rl.networks import CausalQNetwork

    torch.manual_seed(layers)
    net = CausalQNetwork(5, 3, {"hidden_dim": 32, "num_layers": layers})
    states, actions = torch.randn(40, 5), torch.randint(0, 3, (40,))
    targets = torch.randn(40) * 3  # errors on both sides of the Huber kink at 1
    weights = torch.rand(40) if weighted else None
    q = net(states).gather(1, actions[:, None]).squeeze(1)
    loss = (torch.nn.functional.smooth_l1_loss(q, targets, reduction="none") * (1 if weights is None else weights))
    loss.mean().backward()
    expected = [p.grad.clone() for p in net.parameters()]
    got_loss, got_q = net.huber_backward(states, actions, targets, weights)
    assert float(got_loss) == pytest.approx(float(loss.mean().detach()), abs=1e-6)
    assert torch.allclose(got_q, q.detach())
    for want, param in zip(expected, net.parameters()):
        assert torch.allclose(param.grad, want, atol=1e-6)  # replaced (set), not accumulated


@pytest.mark.parametrize("max_norm", [0.5, 1e6])
def test_gradient_clipping_matches_torch(max_norm):
    from causaltorch.rl.agent import _clip_grad_norm

    torch.manual_seed(0)
    ours = [torch.nn.Parameter(torch.randn(5, 3)) for _ in range(3)]
    theirs = [torch.nn.Parameter(p.detach().clone()) for p in ours]
    for params in (ours, theirs):
        sum((p ** 3).sum() for p in params).backward()
    before = [p.grad.clone() for p in ours]
    _clip_grad_norm(ours, max_norm)
    torch.nn.utils.clip_grad_norm_(theirs, max_norm)
    for a, b, old in zip(ours, theirs, before):
        assert torch.allclose(a.grad, b.grad, atol=1e-7)
        assert torch.equal(a.grad, old) == (max_norm == 1e6)  # clipped only above max_norm
