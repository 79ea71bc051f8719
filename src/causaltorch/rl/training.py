"""Training and evaluating a `CausalRLAgent` on Gymnasium vector environments (needs the ``rl`` extra).

`train` steps ``n_envs`` copies of an environment in a `gymnasium.vector.SyncVectorEnv` with same-step
autoreset: when an episode ends, the step returns the next episode's first observation and, in
``infos["final_obs"]``, the ended episode's last one, which is what the agent stores as ``next_state`` (so
a time-limit truncation bootstraps from the true last state and a termination does not bootstrap at all).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from causaltorch import _validate
from causaltorch.errors import CausalTorchError, require
from causaltorch.rl.agent import CausalRLAgent
from causaltorch.rl.config import check_agent_type

__all__ = ["History", "UnsupportedEnvironmentError", "agent_for_env", "evaluate", "make_vector_env", "train"]

DEFAULT_ENVS = {"dqn": 1, "policy_gradient": 8, "a2c": 8, "ppo": 8}  # rl-zoo's CartPole settings


class UnsupportedEnvironmentError(CausalTorchError, ValueError):
    """An environment whose observation or action space the agents cannot use (continuous actions, images)."""


def _gym() -> Any:
    gym = require("gymnasium", "rl", "reinforcement learning environments")
    import causaltorch.rl.envs  # noqa: F401  (registers causaltorch/Slide1D-v0 and causaltorch/CartPoleDistractors-v0)
    return gym


def spaces_of(env_id: str, agent_type: str = "dqn") -> tuple[int, int]:
    """``(state_dim, action_dim)`` of ``env_id``, refusing spaces the agents cannot use."""
    gym = _gym()
    try:
        env = gym.make(env_id)
    except gym.error.Error as exc:
        raise UnsupportedEnvironmentError(f"Cannot make environment {env_id!r}: {exc}") from None
    try:
        obs, act = env.observation_space, env.action_space
    finally:
        env.close()
    return check_spaces(obs, act, agent_type, env_id)


def check_spaces(observation_space: Any, action_space: Any, agent_type: str, env_id: str = "the environment"
                 ) -> tuple[int, int]:
    """``(state_dim, action_dim)`` for a flat Box observation and a Discrete action space."""
    gym = _gym()
    check_agent_type(agent_type)
    if not isinstance(action_space, gym.spaces.Discrete):
        kind = "continuous" if isinstance(action_space, gym.spaces.Box) else type(action_space).__name__
        raise UnsupportedEnvironmentError(
            f"{env_id} has {kind} actions ({action_space}); agent_type {agent_type!r} needs a discrete action space "
            "(gymnasium.spaces.Discrete). Discretise the actions with a wrapper, or pick a discrete environment.")
    if not isinstance(observation_space, gym.spaces.Box) or len(observation_space.shape) != 1:
        raise UnsupportedEnvironmentError(
            f"{env_id} has observations {observation_space}; the agents need a flat Box (use "
            "gymnasium.wrappers.FlattenObservation).")
    return int(observation_space.shape[0]), int(action_space.n)


def agent_for_env(env_id: str, agent_type: str = "ppo", memory_capacity: int = 100_000,
                  causal_config: Mapping[str, Any] | None = None) -> CausalRLAgent:
    """A `CausalRLAgent` sized for ``env_id``'s spaces."""
    state_dim, action_dim = spaces_of(env_id, agent_type)
    return CausalRLAgent(state_dim, action_dim, agent_type, memory_capacity, causal_config)


def make_vector_env(env_id: str, n_envs: int, seed: int | None = None) -> Any:
    """``n_envs`` copies of ``env_id`` in a SyncVectorEnv with same-step autoreset, reset with ``seed``."""
    gym = _gym()
    n_envs = _validate.positive_int("n_envs", n_envs)
    env = gym.vector.SyncVectorEnv([lambda: gym.make(env_id) for _ in range(n_envs)],
                                   autoreset_mode=gym.vector.AutoresetMode.SAME_STEP)
    return env


@dataclass
class History:
    """What `train` measured: evaluation steps and returns, training episodes, and speed."""

    eval_steps: list[int] = field(default_factory=list)
    eval_mean: list[float] = field(default_factory=list)
    eval_std: list[float] = field(default_factory=list)
    episode_returns: list[float] = field(default_factory=list)
    episode_end_steps: list[int] = field(default_factory=list)
    train_seconds: float = 0.0
    env_steps: int = 0

    @property
    def steps_per_second(self) -> float:
        return self.env_steps / self.train_seconds if self.train_seconds > 0 else float("nan")

    def first_step_reaching(self, threshold: float) -> int | None:
        """The first evaluation step whose mean return is at least ``threshold`` (None if never)."""
        return next((s for s, m in zip(self.eval_steps, self.eval_mean) if m >= threshold), None)


def evaluate(agent: CausalRLAgent, env_id: str, episodes: int = 20, seed: int = 0, explore: bool = False,
             frames: list[Any] | None = None) -> np.ndarray:
    """Returns of ``episodes`` episodes with the greedy policy (``explore=False``), seeds ``seed, seed+1, ...``.

    ``frames``, when given a list, receives the first episode's rendered RGB frames.
    """
    gym = _gym()
    episodes = _validate.positive_int("episodes", episodes)
    env = gym.make(env_id, render_mode="rgb_array" if frames is not None else None)
    check_spaces(env.observation_space, env.action_space, agent.agent_type, env_id)
    returns = np.zeros(episodes)
    try:
        for episode in range(episodes):
            obs, _ = env.reset(seed=seed + episode)
            ended = False
            while not ended:
                if frames is not None and episode == 0:
                    frames.append(env.render())
                if isinstance(agent, CausalRLAgent):  # spaces checked above: the unchecked path, as in train
                    state = torch.from_numpy(np.asarray(obs, dtype=np.float32).reshape(1, -1))
                    action = int(agent._act(state, explore)[0])
                else:
                    action = int(agent.select_action(obs, explore=explore))
                obs, reward, terminated, truncated, _ = env.step(action)
                returns[episode] += float(reward)
                ended = terminated or truncated
    finally:
        env.close()
    return returns


def prioritised_samples(agent: CausalRLAgent, total_steps: int, n_envs: int) -> int:
    """How many prioritised batches a DQN agent will draw in the next ``total_steps`` environment steps."""
    c = agent.config
    start, freq = max(c["batch_size"], c["learning_starts"]), c["train_freq"]
    end = agent.env_steps + -(-total_steps // n_envs) * n_envs
    if len(agent.episodic_memory) >= start:
        counted = agent._train_rounds
    else:  # rounds are counted from the step before the memory first holds `start` transitions
        first = agent.env_steps + -(-(start - len(agent.episodic_memory)) // n_envs) * n_envs
        counted = (first - n_envs) // freq
    return max(0, end // freq - counted) * c["gradient_steps"]


def _anneal_beta_over_run(agent: CausalRLAgent, total_steps: int, n_envs: int) -> None:
    """Unless the user chose ``beta_steps``, anneal the importance-sampling exponent to 1 by the end of this
    run: ``beta_steps`` becomes the run's number of prioritised samples. Only a run that starts before any
    prioritised sample was drawn sets it (a later call keeps the schedule, so beta never steps back)."""
    memory = agent.episodic_memory
    if (agent.agent_type != "dqn" or not agent.config["use_causal_priority"] or "beta_steps" in agent.causal_config
            or memory.samples_drawn > 0):
        return
    samples = prioritised_samples(agent, total_steps, n_envs)
    if samples > 0:
        memory.beta_steps = samples
        agent.config["beta_steps"] = samples


def train(agent: CausalRLAgent, env_id: str, total_steps: int, *, n_envs: int | None = None, seed: int = 0,
          eval_every: int | None = 5000, eval_episodes: int = 20,
          on_eval: Callable[[int, np.ndarray], None] | None = None,
          progress: Callable[[int, int], None] | None = None) -> History:
    """Train ``agent`` on ``env_id`` for ``total_steps`` environment steps (all environments together).

    Evaluates the greedy policy over ``eval_episodes`` every ``eval_every`` steps (and at the end), calling
    ``on_eval(step, returns)``; ``eval_every=None`` never evaluates (not even at the end: the History then has
    no evaluations). ``progress(done, total)`` is called as steps accumulate. An annealing agent
    without ``total_steps`` in its config anneals over this run; a prioritised DQN agent whose config does not
    set ``beta_steps`` anneals its importance-sampling exponent to 1 over this run's samples (when the run
    starts before its first prioritised sample). Evaluation time is not counted in
    ``History.train_seconds``.
    """
    total_steps = _validate.positive_int("total_steps", total_steps)
    eval_every = _validate.optional(_validate.positive_int, "eval_every", eval_every)
    eval_episodes = _validate.positive_int("eval_episodes", eval_episodes)
    seed = _validate.integer("seed", seed, 0, 2**31 - 1)
    n_envs = DEFAULT_ENVS[agent.agent_type] if n_envs is None else _validate.positive_int("n_envs", n_envs)
    state_dim, action_dim = spaces_of(env_id, agent.agent_type)
    if (state_dim, action_dim) != (agent.state_dim, agent.action_dim):
        raise UnsupportedEnvironmentError(
            f"{env_id} has {state_dim} state features and {action_dim} actions; this agent was built for "
            f"{agent.state_dim} and {agent.action_dim}. Build it with agent_for_env({env_id!r}, ...).")
    if agent.config.get("anneal") and agent.config.get("total_steps") is None:
        agent.config["total_steps"] = agent.env_steps + total_steps
    _anneal_beta_over_run(agent, total_steps, n_envs)
    env = make_vector_env(env_id, n_envs)
    history = History()
    obs, _ = env.reset(seed=seed)
    running = np.zeros(n_envs)
    done_steps, next_eval = 0, eval_every or 0
    try:
        started = time.perf_counter()
        # inputs come from an environment whose spaces were checked above: the loop uses the agent's unchecked
        # paths (no per-step validation) and defers the causal influence of new transitions to one batched pass
        # before the memory is next sampled by priority
        while done_steps < total_steps:
            states = torch.from_numpy(np.asarray(obs, dtype=np.float32))
            actions = agent._act(states).numpy()
            next_obs, rewards, terminated, truncated, infos = env.step(actions)
            if "_final_obs" in infos:
                real_next = np.array(next_obs, dtype=np.float32)
                for i in np.flatnonzero(infos["_final_obs"]):
                    real_next[i] = infos["final_obs"][i]
            else:
                real_next = np.asarray(next_obs, dtype=np.float32)
            ended = terminated | truncated
            agent._store(states, actions, rewards, torch.from_numpy(real_next), terminated, ended, None)
            agent.learn()
            obs = next_obs
            done_steps += n_envs
            running += rewards
            for i in np.flatnonzero(ended):
                history.episode_returns.append(float(running[i]))
                history.episode_end_steps.append(done_steps)
                running[i] = 0.0
            if progress is not None:
                progress(min(done_steps, total_steps), total_steps)
            if eval_every is not None and (done_steps >= next_eval or done_steps >= total_steps):
                history.train_seconds += time.perf_counter() - started
                returns = evaluate(agent, env_id, eval_episodes, seed=10_000 + seed * 1000)
                history.eval_steps.append(done_steps)
                history.eval_mean.append(float(returns.mean()))
                history.eval_std.append(float(returns.std()))
                if on_eval is not None:
                    on_eval(done_steps, returns)
                next_eval += eval_every
                started = time.perf_counter()
        history.train_seconds += time.perf_counter() - started
    finally:
        env.close()
    history.env_steps = done_steps
    return history
