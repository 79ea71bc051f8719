"""The shipped Gymnasium tasks, the vector-environment training loop, checkpoints and unusable environments."""

from __future__ import annotations

import numpy as np
import pytest
import torch

gym = pytest.importorskip("gymnasium")

from causaltorch.errors import CheckpointError  # noqa: E402
from causaltorch.rl import CausalRLAgent  # noqa: E402
from causaltorch.rl.envs import CARTPOLE_DISTRACTORS_ID, SLIDE_ID, Slide1DEnv  # noqa: E402
from causaltorch.rl.training import UnsupportedEnvironmentError, agent_for_env, evaluate, train  # noqa: E402

# tiny networks: a second thread only adds synchronisation (3-8x slower on a shared 2-core machine)
pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_slide_moves_the_object_only_in_contact_and_pays_at_the_goal():
    env = Slide1DEnv(goal=0.7, step_size=0.05)
    env.reset(seed=0)
    env.agent, env.object = 0.1, 0.4
    obs, reward, terminated, _, info = env.step(2)  # right, not touching: only the agent moves
    assert obs[1] == pytest.approx(0.4) and obs[0] == pytest.approx(0.15) and not info["contact"]
    env.agent = 0.35
    obs, *_ = env.step(0)  # left while touching: the object stays
    assert obs[1] == pytest.approx(0.4) and obs[0] == pytest.approx(0.3)
    env.agent = 0.35
    for _ in range(5):
        obs, reward, terminated, _, _ = env.step(2)
    assert obs[1] == pytest.approx(0.65) and reward == 0 and not terminated
    obs, reward, terminated, _, _ = env.step(2)
    assert reward == 1.0 and terminated


def test_registered_ids_make_environments_with_the_right_spaces():
    slide = gym.make(SLIDE_ID)
    assert slide.observation_space.shape == (3,) and slide.action_space.n == 3
    assert slide.spec.max_episode_steps == 100
    cartpole = gym.make(CARTPOLE_DISTRACTORS_ID)
    obs, _ = cartpole.reset(seed=0)
    assert obs.shape == (8,)
    first = obs[4:].copy()
    obs_left, *_ = cartpole.step(0)
    cartpole.reset(seed=0)
    obs_right, *_ = cartpole.step(1)
    # the distractors are the same whatever the action; the cart's velocity is not
    np.testing.assert_array_equal(obs_left[4:], obs_right[4:])
    assert obs_left[1] != obs_right[1] and not np.array_equal(first, obs_left[4:])


def test_continuous_actions_are_refused_by_name():
    with pytest.raises(UnsupportedEnvironmentError, match="continuous actions.*discrete"):
        agent_for_env("Pendulum-v1", "dqn")


def test_train_on_vector_envs_records_evaluations_and_counts_steps():
    agent = agent_for_env("CartPole-v1", "a2c", 1000, {"seed": 0})
    history = train(agent, "CartPole-v1", 400, n_envs=4, seed=0, eval_every=200, eval_episodes=2)
    assert history.eval_steps == [200, 400] and history.env_steps == 400 == agent.env_steps
    assert len(history.episode_returns) > 0 and history.steps_per_second > 0
    with pytest.raises(UnsupportedEnvironmentError, match="built for 4"):
        train(agent, CARTPOLE_DISTRACTORS_ID, 10)


def test_truncation_stores_the_true_final_observation():
    agent = CausalRLAgent(3, 3, "dqn", 1000, {"seed": 0})
    train(agent, SLIDE_ID, 200, n_envs=2, seed=0, eval_every=1000, eval_episodes=1)
    batch = agent.episodic_memory.recent(200)
    # every stored next state continues its state (a reset would jump the agent back to [0, 0.2]) ...
    continues = (batch.next_states[:, 2] == batch.states[:, 2]) & \
        ((batch.next_states[:, 0] - batch.states[:, 0]).abs() <= 0.05 + 1e-5)
    assert continues.all()
    # ... and 2 environments x 100-step limits truncate: nothing is marked terminated unless it succeeded
    assert (batch.dones == (batch.rewards > 0).float()).all()


def test_checkpoint_round_trip_and_refusal(tmp_path):
    agent = CausalRLAgent(4, 2, "ppo", 100, {"seed": 0, "hidden_dim": 16})
    agent.save_pretrained(tmp_path / "agent")
    loaded = CausalRLAgent.from_pretrained(tmp_path / "agent")
    state = torch.randn(5, 4)
    assert torch.equal(loaded.policy_network.actor(state), agent.policy_network.actor(state))
    (tmp_path / "agent" / "config.json").write_text('{"kind": "something else"}')
    with pytest.raises(CheckpointError, match="CausalRLAgent"):
        CausalRLAgent.from_pretrained(tmp_path / "agent")


def test_evaluate_is_deterministic_and_renders_frames():
    agent = agent_for_env("CartPole-v1", "ppo", 10, {"seed": 0})
    assert np.array_equal(evaluate(agent, "CartPole-v1", 2, seed=3), evaluate(agent, "CartPole-v1", 2, seed=3))
    slide_agent = agent_for_env(SLIDE_ID, "ppo", 10, {"seed": 0})
    frames: list = []
    evaluate(slide_agent, SLIDE_ID, 1, seed=0, frames=frames)
    assert len(frames) >= 1 and frames[0].shape == (40, 200, 3)


@pytest.mark.parametrize("n_envs", [1, 3])
def test_beta_reaches_one_exactly_at_the_end_of_a_train_run(n_envs):
    small = {"seed": 0, "learning_starts": 50, "batch_size": 16, "train_freq": 20, "gradient_steps": 3,
             "model_steps": 1, "hidden_dim": 16}
    agent = agent_for_env("CartPole-v1", "dqn", 1000, small)
    memory = agent.episodic_memory
    betas = []
    original = memory._sample

    def spy(batch_size, prioritised):
        if prioritised:
            betas.append(memory.beta)
        return original(batch_size, prioritised)

    memory._sample = spy
    train(agent, "CartPole-v1", 400, n_envs=n_envs, seed=0, eval_every=10_000, eval_episodes=1)
    assert memory.beta_steps == len(betas) > 0  # annealed over exactly the run's prioritised samples
    assert memory.beta == 1.0
    assert betas[0] == pytest.approx(0.4) and betas[-1] == pytest.approx(1.0 - 0.6 / len(betas))
    # a later run keeps the schedule (beta does not step back to beta_start)
    train(agent, "CartPole-v1", 100, n_envs=n_envs, seed=1, eval_every=10_000, eval_episodes=1)
    assert memory.beta == 1.0


def test_beta_steps_chosen_by_the_user_is_kept():
    agent = agent_for_env("CartPole-v1", "dqn", 1000, {"seed": 0, "learning_starts": 50, "batch_size": 16,
                                                       "train_freq": 20, "gradient_steps": 3, "model_steps": 1,
                                                       "hidden_dim": 16, "beta_steps": 10_000})
    train(agent, "CartPole-v1", 400, seed=0, eval_every=10_000, eval_episodes=1)
    assert agent.episodic_memory.beta_steps == 10_000
    assert 0.4 < agent.episodic_memory.beta < 0.5  # 3 * 18 = 54 samples of 10,000
