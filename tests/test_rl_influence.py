"""Causal action influence: high where the action moves the state, about 0 where it cannot."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from causaltorch.rl import CausalReasoningEngine, CausalRLAgent
from causaltorch.rl.influence import mixture_influence

# tiny networks: a second thread only adds synchronisation (3-8x slower on a shared 2-core machine)
pytestmark = pytest.mark.usefixtures("one_torch_thread")


def contact_world(n: int, rng: np.random.Generator) -> tuple[torch.Tensor, ...]:
    """Feature 0 moves by +-0.2 with the action only where it is positive (contact); feature 1 drifts by noise."""
    states = rng.uniform(-1, 1, (n, 2)).astype(np.float32)
    actions = rng.integers(0, 2, n)
    next_states = states.copy()
    contact = states[:, 0] > 0
    next_states[contact, 0] += np.where(actions[contact] == 1, 0.2, -0.2)
    next_states[:, 1] += rng.normal(0, 0.1, n)
    return (torch.from_numpy(states), torch.from_numpy(actions), torch.from_numpy(next_states),
            torch.zeros(n))


@pytest.fixture(scope="module")
def engine() -> CausalReasoningEngine:
    torch.manual_seed(0)
    model = CausalReasoningEngine({"hidden_dim": 32, "model_learning_rate": 3e-3}, state_dim=2, action_dim=2)
    rng = np.random.default_rng(0)
    for _ in range(400):
        model.fit_step(*contact_world(256, rng))
    return model


def test_influence_is_log2_where_the_action_moves_the_state_and_zero_where_it_cannot(engine):
    # states at least 0.4 from the contact boundary at 0, which a learned model blurs
    in_contact = torch.tensor([[x, y] for x in (0.4, 0.65, 0.9) for y in (-0.5, 0.5)])
    apart = in_contact * torch.tensor([-1.0, 1.0])
    high, low = engine.influence(in_contact), engine.influence(apart)
    assert high.min().item() > math.log(2) - 0.1  # two actions, a uniform policy: at most log 2 nats
    assert high.max().item() <= math.log(2) + 1e-6
    assert low.max().item() < 0.05


def test_influence_per_feature_singles_out_the_feature_the_action_moves(engine):
    per_feature = engine.influence_per_feature(torch.tensor([[0.5, 0.0], [-0.5, 0.0]]))
    assert per_feature[0, 0].item() > math.log(2) - 0.1
    assert per_feature[0, 1].item() < 0.05 and per_feature[1, 0].item() < 0.05
    assert per_feature[:, 2].abs().max().item() < 0.05  # the reward never depends on the action here


def test_mixture_influence_hand_values():
    # identical predictions: 0; far-apart predictions under a (0.25, 0.75) policy: the policy's entropy
    same = mixture_influence(torch.zeros(1, 2, 1), torch.ones(1, 2, 1), torch.tensor([[0.25, 0.75]]))
    apart = mixture_influence(torch.tensor([[[0.0], [100.0]]]), torch.ones(1, 2, 1), torch.tensor([[0.25, 0.75]]))
    assert same.item() == pytest.approx(0.0, abs=1e-7)
    assert apart.item() == pytest.approx(-(0.25 * math.log(0.25) + 0.75 * math.log(0.75)), abs=1e-6)


def test_agent_stores_causal_strength_and_reports_it_per_feature():
    agent = CausalRLAgent(2, 2, "dqn", 4096, {"seed": 0, "feature_names": ["pusher", "drift"], "model_steps": 1,
                                              "causal_rules": [{"cause": "action", "effect": "pusher",
                                                                "strength": 0.9},
                                                               {"cause": "drift", "effect": "reward"}]})
    rng = np.random.default_rng(1)
    states, actions, next_states, rewards = contact_world(2048, rng)
    agent.store_experience(states, actions, rewards, next_states, torch.zeros(2048))
    for _ in range(300):
        agent._fit_forward_model()
    strength = agent.store_experience(torch.tensor([[0.7, 0.0], [-0.7, 0.0]]), [1, 1], [0.0, 0.0],
                                      torch.tensor([[0.9, 0.0], [-0.7, 0.0]]), [False, False])
    assert strength[0] > 0.5 and strength[1] < 0.05
    assert agent.episodic_memory.sample(2).causal_strength.shape == (2,)
    analysis = agent.analyze_causal_patterns()
    assert analysis["feature_influence"]["pusher"] > 0.2 and analysis["feature_influence"]["drift"] < 0.05
    assert analysis["rules"][0]["measured_nats"] == analysis["feature_influence"]["pusher"]
    assert analysis["rules"][1]["measured_nats"] is None
