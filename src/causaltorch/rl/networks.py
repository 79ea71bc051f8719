"""The agents' networks: `CausalQNetwork` (action values) and `CausalPolicyNetwork` (actor and critic)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch import _validate

__all__ = ["CausalPolicyNetwork", "CausalQNetwork", "mlp"]


def mlp(inputs: int, hidden: int, layers: int, outputs: int, activation: type[nn.Module]) -> nn.Sequential:
    """``layers`` hidden layers of width ``hidden`` between ``inputs`` and ``outputs``."""
    sizes = [inputs] + [hidden] * layers
    blocks: list[nn.Module] = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        blocks += [nn.Linear(fan_in, fan_out), activation()]
    blocks.append(nn.Linear(sizes[-1], outputs))
    return nn.Sequential(*blocks)


def _sizes(config: Mapping[str, Any] | None, hidden: int) -> tuple[int, int]:
    config = config or {}
    return (_validate.positive_int("hidden_dim", config.get("hidden_dim", hidden)),
            _validate.positive_int("num_layers", config.get("num_layers", 2)))


class CausalQNetwork(nn.Module):
    """Q(s, .): (B, state_dim) -> (B, action_dim), ReLU MLP of ``hidden_dim`` x ``num_layers`` (default 256 x 2)."""

    def __init__(self, state_dim: int, action_dim: int, causal_config: Mapping[str, Any] | None = None):
        super().__init__()
        self.state_dim = _validate.positive_int("state_dim", state_dim)
        self.action_dim = _validate.positive_int("action_dim", action_dim)
        hidden, layers = _sizes(causal_config, 256)
        self.net = mlp(self.state_dim, hidden, layers, self.action_dim, nn.ReLU)

    def forward(self, states: Tensor) -> Tensor:
        return self.net(states)


class CausalPolicyNetwork(nn.Module):
    """Actor and critic: ``forward(states)`` gives action logits (B, action_dim) and values (B,).

    Separate tanh MLPs of ``hidden_dim`` x ``num_layers`` (default 64 x 2), orthogonal init with a small
    policy head, as in the PPO implementation details of Huang et al. (2022).
    """

    def __init__(self, state_dim: int, action_dim: int, causal_config: Mapping[str, Any] | None = None):
        super().__init__()
        self.state_dim = _validate.positive_int("state_dim", state_dim)
        self.action_dim = _validate.positive_int("action_dim", action_dim)
        hidden, layers = _sizes(causal_config, 64)
        self.actor = mlp(self.state_dim, hidden, layers, self.action_dim, nn.Tanh)
        self.critic = mlp(self.state_dim, hidden, layers, 1, nn.Tanh)
        for net, head_gain in ((self.actor, 0.01), (self.critic, 1.0)):
            linears = [m for m in net if isinstance(m, nn.Linear)]
            for layer in linears:
                nn.init.orthogonal_(layer.weight, gain=head_gain if layer is linears[-1] else 2 ** 0.5)
                nn.init.zeros_(layer.bias)

    def forward(self, states: Tensor) -> tuple[Tensor, Tensor]:
        return self.actor(states), self.critic(states).squeeze(-1)

    def distribution(self, states: Tensor) -> torch.distributions.Categorical:
        return torch.distributions.Categorical(logits=self.actor(states), validate_args=False)
