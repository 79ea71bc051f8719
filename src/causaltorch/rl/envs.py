"""Gymnasium environments where the action's causal influence varies by state (needs the ``rl`` extra).

* ``causaltorch/Slide1D-v0`` (`Slide1DEnv`), in the spirit of the 1D-Slide task of Seitzer et al. (2021): an
  agent on a line can push an object only while touching it; the reward (1, terminating) comes only when the
  object reaches the goal. Away from the object the action moves the agent but never the object.
* ``causaltorch/CartPoleDistractors-v0`` (`DistractorObservation` around CartPole-v1): CartPole with extra
  observation features that follow their own random walk, which no action can influence.

Importing this module registers both ids.
"""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium import spaces

from causaltorch import _validate

__all__ = ["DistractorObservation", "Slide1DEnv", "make_cartpole_distractors"]

SLIDE_ID = "causaltorch/Slide1D-v0"
CARTPOLE_DISTRACTORS_ID = "causaltorch/CartPoleDistractors-v0"


class Slide1DEnv(gym.Env):
    """Push an object along [0, 1] to a goal. Observation ``(agent, object, goal)``; actions 0 left, 1 stay,
    2 right. Each move is ``step_size``; moving right while touching the object (gap <= ``step_size``) pushes
    it by the same amount. Reward 1 and termination when ``object >= goal``; 0 otherwise.

    The agent starts in [0, 0.2] and the object in [0.3, 0.5]; the goal is at ``goal`` (default 0.7), so a
    success needs a walk to the object and then several pushes in a row.
    """

    metadata = {"render_modes": ["rgb_array"], "render_fps": 10}

    def __init__(self, goal: float = 0.7, step_size: float = 0.05, render_mode: str | None = None):
        self.goal = _validate.number("goal", goal, 0.55, 1.0)
        self.step_size = _validate.number("step_size", step_size, 0.0, 0.2, low_open=True)
        self.render_mode = render_mode
        self.observation_space = spaces.Box(0.0, 1.0, shape=(3,), dtype=np.float32)
        self.action_space = spaces.Discrete(3)
        self.agent = 0.0
        self.object = 0.4

    def _obs(self) -> np.ndarray:
        return np.array([self.agent, self.object, self.goal], dtype=np.float32)

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None) -> tuple[np.ndarray, dict]:
        super().reset(seed=seed)
        self.agent = float(self.np_random.uniform(0.0, 0.2))
        self.object = float(self.np_random.uniform(0.3, 0.5))
        return self._obs(), {"contact": self.in_contact()}

    def in_contact(self) -> bool:
        return self.object - self.agent <= self.step_size + 1e-6

    def step(self, action: Any) -> tuple[np.ndarray, float, bool, bool, dict]:
        if not self.action_space.contains(action):
            raise ValueError(f"action must be 0, 1 or 2; got {action!r}")
        move = (int(action) - 1) * self.step_size
        if move > 0 and self.in_contact():
            self.object = min(1.0, self.object + move)
            self.agent = self.object - self.step_size
        else:
            self.agent = float(np.clip(self.agent + move, 0.0, self.object - self.step_size))
        success = self.object >= self.goal - 1e-6
        return self._obs(), float(success), success, False, {"contact": self.in_contact(), "is_success": success}

    def render(self) -> np.ndarray:
        frame = np.full((40, 200, 3), 255, dtype=np.uint8)
        frame[:, min(199, int(self.goal * 199))] = (0, 160, 0)
        for x, colour in ((self.agent, (40, 40, 200)), (self.object, (200, 60, 40))):
            left = int(np.clip(x * 199 - 4, 0, 191))
            frame[14:26, left:left + 8] = colour
        return frame


class DistractorObservation(gym.ObservationWrapper):
    """Append ``n_distractors`` features that follow a bounded random walk no action can change."""

    def __init__(self, env: gym.Env, n_distractors: int = 4, scale: float = 0.1):
        super().__init__(env)
        self.n_distractors = _validate.positive_int("n_distractors", n_distractors)
        self.scale = _validate.positive("scale", scale)
        base = env.observation_space
        assert isinstance(base, spaces.Box)
        high = np.concatenate([base.high, np.full(self.n_distractors, 1.0, np.float32)])
        low = np.concatenate([base.low, np.full(self.n_distractors, -1.0, np.float32)])
        self.observation_space = spaces.Box(low, high, dtype=np.float32)
        self.noise = np.zeros(self.n_distractors, np.float32)
        self._rng = np.random.default_rng()

    def reset(self, *, seed: int | None = None, options: dict[str, Any] | None = None) -> tuple[Any, dict]:
        if seed is not None:
            self._rng = np.random.default_rng(seed + 1)
        self.noise = self._rng.uniform(-0.5, 0.5, self.n_distractors).astype(np.float32)
        return super().reset(seed=seed, options=options)

    def observation(self, observation: np.ndarray) -> np.ndarray:
        self.noise = np.clip(self.noise + self._rng.normal(0.0, self.scale, self.n_distractors), -1, 1).astype(
            np.float32)
        return np.concatenate([observation.astype(np.float32), self.noise])


def make_cartpole_distractors(n_distractors: int = 4, render_mode: str | None = None) -> gym.Env:
    """CartPole-v1 (500-step limit) with ``n_distractors`` action-independent features."""
    return DistractorObservation(gym.make("CartPole-v1", render_mode=render_mode), n_distractors)


def _register() -> None:
    if SLIDE_ID not in gym.registry:
        gym.register(id=SLIDE_ID, entry_point="causaltorch.rl.envs:Slide1DEnv", max_episode_steps=100)
    if CARTPOLE_DISTRACTORS_ID not in gym.registry:
        gym.register(id=CARTPOLE_DISTRACTORS_ID, entry_point="causaltorch.rl.envs:make_cartpole_distractors")


_register()
