"""Advantages and losses of the on-policy agents, as plain functions of tensors (tested by hand)."""

from __future__ import annotations

import torch
from torch import Tensor

__all__ = ["gae", "ppo_clip_loss"]


def gae(rewards: Tensor, values: Tensor, next_values: Tensor, terminated: Tensor, ended: Tensor, gamma: float,
        lam: float) -> tuple[Tensor, Tensor]:
    """Generalised advantage estimation (Schulman et al. 2016) over a rollout of shape (T, N) (N environments).

    ``next_values[t]`` is V of the true next state of step ``t`` (the final observation when the episode
    ended there), so a truncated episode is bootstrapped from where it stopped, and a terminated one is not
    (``terminated`` zeroes the bootstrap). ``ended`` (terminated or truncated) stops the advantage recursion at
    an episode boundary. The last step of the rollout bootstraps from its own ``next_values``.

    Returns ``(advantages, returns)`` with ``returns = advantages + values``, both (T, N).
    """
    deltas = rewards + gamma * next_values * (1.0 - terminated) - values
    advantages = torch.zeros_like(rewards)
    running = torch.zeros_like(rewards[0])
    for t in range(rewards.shape[0] - 1, -1, -1):
        running = deltas[t] + gamma * lam * (1.0 - ended[t]) * running
        advantages[t] = running
    return advantages, advantages + values


def ppo_clip_loss(log_probs: Tensor, old_log_probs: Tensor, advantages: Tensor, clip: float) -> Tensor:
    """PPO's clipped surrogate, as a loss to minimise: ``-mean(min(r A, clip(r, 1 - e, 1 + e) A))``."""
    ratio = torch.exp(log_probs - old_log_probs)
    return -torch.min(ratio * advantages, ratio.clamp(1.0 - clip, 1.0 + clip) * advantages).mean()
