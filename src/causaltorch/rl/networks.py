"""The agents' networks: `CausalQNetwork` (action values) and `CausalPolicyNetwork` (actor and critic)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import torch
import torch.nn.functional as F
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
        # the layers of `self.net` applied directly: the same arithmetic without nn.Module's per-call machinery
        # (hooks, __getattr__), which on CartPole-sized batches costs as much as the matrix products
        layers = self._linears
        x = states
        for layer in layers[:-1]:
            x = torch.relu(F.linear(x, layer.weight, layer.bias))
        return F.linear(x, layers[-1].weight, layers[-1].bias)

    @torch.no_grad()
    def huber_backward(self, states: Tensor, actions: Tensor, targets: Tensor, weights: Tensor | None = None
                       ) -> tuple[Tensor, Tensor]:
        """DQN's loss and its gradients in one pass: ``mean(w * huber(Q(s, a) - target))`` (Huber with delta 1,
        i.e. `F.smooth_l1_loss`; ``w`` = 1 when ``weights`` is None), its gradient written to each parameter's
        ``.grad`` as ``zero_grad(set_to_none=True)`` followed by ``loss.backward()`` would.

        The backward pass of this ReLU MLP is written out (three products per layer) instead of recorded by
        autograd, whose bookkeeping costs about as much as the arithmetic at these sizes; a test checks the
        gradients against autograd's. Returns ``(loss, Q(s, a))``, both without gradient.
        """
        loss, q, _ = self.huber_backward_with_next(states, actions, lambda _: targets, weights)
        return loss, q

    @torch.no_grad()
    def huber_backward_with_next(self, states: Tensor, actions: Tensor, targets: Callable[[Tensor | None], Tensor],
                                 weights: Tensor | None = None, next_states: Tensor | None = None
                                 ) -> tuple[Tensor, Tensor, Tensor]:
        """`huber_backward` whose targets come from ``targets(Q(next_states, .))`` (``targets(None)`` without
        ``next_states``), this network's values on the next states computed in the same forward pass as
        ``Q(s, .)``: one matrix product per layer over ``[s; s']`` instead of a second pass (double-Q's action
        choice). Rows do not interact in a product, so each half equals a pass on its own, to the bit; the
        backward pass uses the ``s`` half only. Returns ``(loss, Q(s, a), targets)``.
        """
        layers = self._linears
        n = states.shape[0]
        x = states if next_states is None else torch.cat([states, next_states])
        inputs = []
        for layer in layers[:-1]:
            inputs.append(x)
            x = torch.addmm(layer.bias, x, layer.weight.t()).relu_()
        inputs.append(x)
        out = torch.addmm(layers[-1].bias, x, layers[-1].weight.t())
        if next_states is None:
            target = targets(None)
        else:
            target = targets(out[n:])
            out = out[:n]
            inputs = [value[:n] for value in inputs]
        column = actions.reshape(-1, 1)
        q = out.gather(1, column).squeeze(1)
        diff = q - target
        size = diff.abs()
        loss_each = torch.where(size < 1.0, 0.5 * diff * diff, size - 0.5)
        slope = diff.clamp(-1.0, 1.0) / n
        if weights is not None:
            loss_each = loss_each * weights
            slope = slope * weights
        grad = torch.zeros_like(out).scatter_(1, column, slope.reshape(-1, 1))
        for i in range(len(layers) - 1, -1, -1):
            layers[i].weight.grad = grad.t() @ inputs[i]
            layers[i].bias.grad = grad.sum(0)
            if i:
                grad = (grad @ layers[i].weight).mul_(inputs[i] > 0)
        return loss_each.mean(), q, target

    @property
    def _linears(self) -> list[nn.Linear]:
        cached = self.__dict__.get("_linear_cache")
        if cached is None or cached[0] is not self.net:
            cached = (self.net, [m for m in self.net if isinstance(m, nn.Linear)])
            self.__dict__["_linear_cache"] = cached
        return cached[1]


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
