"""The specification's reinforcement-learning examples (lines 595, 621, 653, 2386), called as written (the
user's own variables defined, sizes shrunk)."""

from __future__ import annotations

import numpy as np
import pytest
import torch

# tiny networks: a second thread only adds synchronisation (3-8x slower on a shared 2-core machine)
pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_spec_L595_causal_rl_agent_has_memory_causal_core_and_networks():
    from causaltorch.rl import (
        CausalPolicyNetwork,
        CausalQNetwork,
        CausalReasoningEngine,
        CausalRLAgent,
        EpisodicMemory,
    )

    state_dim, action_dim, causal_config = 6, 3, None
    agent = CausalRLAgent(state_dim, action_dim, agent_type="dqn", memory_capacity=10000, causal_config=causal_config)
    assert isinstance(agent.episodic_memory, EpisodicMemory) and agent.episodic_memory.causal_threshold == 0.5
    assert isinstance(agent.causal_core, CausalReasoningEngine)
    assert isinstance(agent.q_network, CausalQNetwork)
    assert agent.q_network(torch.zeros(2, state_dim)).shape == (2, action_dim)
    pg = CausalRLAgent(state_dim, action_dim, agent_type="policy_gradient", memory_capacity=100)
    assert isinstance(pg.policy_network, CausalPolicyNetwork)
    assert isinstance(CausalReasoningEngine(causal_config or {}), CausalReasoningEngine)
    assert isinstance(CausalQNetwork(state_dim, action_dim, causal_config), CausalQNetwork)
    assert isinstance(CausalPolicyNetwork(state_dim, action_dim, causal_config), CausalPolicyNetwork)


def test_spec_L621_episodic_memory_push_and_sample_both_ways():
    from causaltorch.rl import EpisodicMemory

    memory = EpisodicMemory(capacity=100, causal_threshold=0.5)
    for i in range(10):
        memory.push(np.full(3, i, np.float32), i % 2, 1.0, np.full(3, i + 1, np.float32), False,
                    causal_strength=0.9 if i == 0 else 0.0)
    prioritised = memory.sample(8, use_causal_priority=True)
    uniform = memory.sample(8, use_causal_priority=False)
    assert len(prioritised) == len(uniform) == 8 and prioritised.states.shape == (8, 3)
    assert memory.tree.priorities(np.array([0]))[0] > memory.tree.priorities(np.array([1]))[0]


def test_spec_L653_builder_makes_an_agent_that_stores_and_learns():
    from causaltorch.core_architecture import FromScratchModelBuilder

    rl_config = {'causal_config': {'hidden_dim': 128,
                                   'causal_rules': [{'cause': 'action', 'effect': 'reward', 'strength': 0.9}]}}
    builder = FromScratchModelBuilder(rl_config)
    agent = builder.build_model('reinforcement_learning', state_dim=8, action_dim=4, agent_type='dqn',
                                memory_capacity=10000)
    assert agent.q_network.net[0].out_features == 128
    state = torch.randn(1, 8)
    action = agent.select_action(state, explore=True)
    reward = 10.0
    next_state = torch.randn(1, 8)
    agent.store_experience(state, action, reward, next_state, done=False)
    loss_info = agent.learn()
    assert loss_info == {}  # nothing is due before learning_starts (1000) experiences
    assert len(agent.episodic_memory) == 1
    assert agent.analyze_causal_patterns()["rules"][0]["effect"] == "reward"


def test_spec_L2386_cartpole_loop_with_causal_memory():
    gym = pytest.importorskip("gymnasium")

    from causaltorch.core_architecture import FromScratchModelBuilder

    env = gym.make('CartPole-v1')
    rl_config = {'causal_config': {'hidden_dim': 32, 'learning_starts': 64, 'train_freq': 16, 'gradient_steps': 4,
                                   'causal_rules': [{'cause': 'pole_angle', 'effect': 'cart_position',
                                                     'strength': 0.8},
                                                    {'cause': 'action', 'effect': 'reward', 'strength': 0.9}]}}
    builder = FromScratchModelBuilder(rl_config)
    agent = builder.build_model('reinforcement_learning', state_dim=env.observation_space.shape[0],
                                action_dim=env.action_space.n, agent_type='dqn', memory_capacity=10000)
    total_reward, losses = 0, []
    state, info = env.reset(seed=0)
    for step in range(200):
        action = agent.select_action(torch.FloatTensor(state).unsqueeze(0))
        next_state, reward, done, truncated, info = env.step(action.item())
        agent.store_experience(state, action.item(), reward, next_state, done)
        if len(agent.episodic_memory) > 32:
            loss_info = agent.learn()
            losses.append(loss_info)
        total_reward += reward
        state = next_state
        if done or truncated:
            state, info = env.reset()
            total_reward = 0
    causal_analysis = agent.analyze_causal_patterns()
    assert any("q_loss" in info for info in losses)
    assert set(causal_analysis["feature_influence"]) == {"state_0", "state_1", "state_2", "state_3"}
    assert causal_analysis["rules"][0]["measured_nats"] is None  # only the action's influence is measured


def test_builder_names_an_unknown_task_type():
    from causaltorch.core_architecture import FromScratchModelBuilder
    from causaltorch.errors import DataError

    with pytest.raises(DataError, match="Did you mean 'reinforcement_learning'"):
        FromScratchModelBuilder({}).build_model("reinforcement_learnin", state_dim=4, action_dim=2)
