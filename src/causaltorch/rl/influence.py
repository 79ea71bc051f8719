"""How much the agent's action influences what happens next: causal action influence (CAI, Seitzer et al. 2021).

A learned forward model ``p(s' - s, r | s, a)`` is a diagonal Gaussian per action. CAI at state ``s`` is the
conditional mutual information between the action and the next state,

    I(A; S' | S = s) = sum_a pi(a|s) KL( p(s'|s, a) || sum_b pi(b|s) p(s'|s, b) ),

which is 0 where no action changes the next state and at most the policy's entropy (``log |A|`` nats for a
uniform policy) where every action leads somewhere different. The KL to a mixture has no closed form; we use
the variational approximation of Hershey and Olsen (2007), ``KL(f_a || sum_b pi_b f_b) ~ -log sum_b pi_b
exp(-KL(f_a || f_b))``, exact in both limits above and deterministic (no Monte Carlo noise in priorities).
Per feature, the same formula on one coordinate gives the action's influence on that feature.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.rl._optim import adam_step

__all__ = ["CausalReasoningEngine", "mixture_influence"]

MIN_STD = 0.05  # in units of each target's own spread: a deterministic effect still has a finite KL


def mixture_influence(mean: Tensor, std: Tensor, policy: Tensor) -> Tensor:
    """Per-coordinate CAI: ``sum_a pi_a [-log sum_b pi_b exp(-KL_k(a || b))]`` for each coordinate ``k``.

    Args:
        mean, std: (B, A, K) Gaussian predictions for each of ``A`` actions.
        policy: (B, A) action probabilities (rows sum to 1).

    Returns:
        (B, K) influence in nats, >= 0.
    """
    var = std.pow(2)
    # KL(N(mu_a, s_a) || N(mu_b, s_b)) per coordinate: (B, A, A, K)
    mu_a, mu_b = mean.unsqueeze(2), mean.unsqueeze(1)
    var_a, var_b = var.unsqueeze(2), var.unsqueeze(1)
    kl = 0.5 * (torch.log(var_b / var_a) + (var_a + (mu_a - mu_b).pow(2)) / var_b - 1.0)
    log_pi = torch.log(policy.clamp_min(1e-12))
    # -log sum_b pi_b exp(-KL(a||b)): (B, A, K)
    divergence = -torch.logsumexp(log_pi[:, None, :, None] - kl, dim=2)
    return (policy.unsqueeze(-1) * divergence).sum(dim=1).clamp_min(0.0)


class CausalReasoningEngine(nn.Module):
    """The learned forward model and the action-influence estimate behind causal prioritisation.

    Args:
        causal_config: ``hidden_dim`` (default 64) and ``model_learning_rate`` (default 1e-3); other keys are
            for the agent and are ignored here.
        state_dim, action_dim: sizes; when omitted the model is built on the first call to `fit_step`.

    Targets are ``(s' - s, r)``, each scaled by a running estimate of its spread so that one network fits
    features of any scale; influence is invariant to that scaling.
    """

    def __init__(self, causal_config: Mapping[str, Any] | None = None, state_dim: int | None = None,
                 action_dim: int | None = None):
        super().__init__()
        config = dict(causal_config or {})
        self.hidden_dim = _validate.positive_int("hidden_dim", config.get("hidden_dim", 64))
        self.learning_rate = _validate.positive("model_learning_rate", config.get("model_learning_rate", 1e-3))
        self.state_dim = _validate.optional(_validate.positive_int, "state_dim", state_dim)
        self.action_dim = _validate.optional(_validate.positive_int, "action_dim", action_dim)
        self.model: nn.Module | None = None
        self.optimizer: torch.optim.Optimizer | None = None
        if self.state_dim is not None and self.action_dim is not None:
            self._build(self.state_dim, self.action_dim)

    def _build(self, state_dim: int, action_dim: int) -> None:
        self.state_dim, self.action_dim = state_dim, action_dim
        outputs = state_dim + 1  # next-state change and reward
        self.model = nn.Sequential(nn.Linear(state_dim + action_dim, self.hidden_dim), nn.SiLU(),
                                   nn.Linear(self.hidden_dim, self.hidden_dim), nn.SiLU(),
                                   nn.Linear(self.hidden_dim, 2 * outputs))
        self.register_buffer("target_scale", torch.ones(outputs))
        self.register_buffer("fitted_batches", torch.zeros((), dtype=torch.long))
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=self.learning_rate, fused=True)

    @property
    def fitted(self) -> bool:
        return self.model is not None and int(self.fitted_batches) > 0

    def forward(self, states: Tensor, actions: Tensor) -> tuple[Tensor, Tensor]:
        """Scaled Gaussian prediction of ``(s' - s, r)``: mean and std, each (B, D + 1)."""
        if self.model is None:
            raise DataError("The forward model has no sizes yet; call fit_step with data first.")
        # the first layer on [state, one_hot(action)] is W_s s + W[:, D + a] + b: a column lookup instead of
        # building and multiplying the one-hot part; the rest of `self.model` applied layer by layer
        first, act1, second, act2, last = self.model  # type: ignore[misc]
        dim = states.shape[-1]
        hidden = F.linear(states, first.weight[:, :dim], first.bias) + first.weight[:, dim:].t()[actions.long()]
        out = last(act2(second(act1(hidden))))
        mean, raw_std = out.chunk(2, dim=-1)
        return mean, MIN_STD + F.softplus(raw_std)

    def _every_action(self, states: Tensor) -> tuple[Tensor, Tensor]:
        """`forward` for every action at each state: mean and std (B, A, D + 1). The state's part of the first
        layer is computed once per state and the action's column added to it, the same sums as `forward` on
        each (state, action) pair (rows do not interact in a product)."""
        first, act1, second, act2, last = self.model  # type: ignore[misc]
        dim = states.shape[-1]
        hidden = F.linear(states, first.weight[:, :dim], first.bias)[:, None, :] + first.weight[:, dim:].t()
        out = last(act2(second(act1(hidden.reshape(-1, hidden.shape[-1])))))
        mean, raw_std = out.chunk(2, dim=-1)
        batch, actions = hidden.shape[:2]
        return mean.view(batch, actions, -1), (MIN_STD + F.softplus(raw_std)).view(batch, actions, -1)

    def fit_step(self, states: Tensor, actions: Tensor, next_states: Tensor, rewards: Tensor) -> float:
        """One Adam step of Gaussian negative log-likelihood on a batch; returns the loss."""
        states, next_states = states.float(), next_states.float()
        if self.model is None:
            self._build(states.shape[-1], int(actions.max()) + 1)
        targets = torch.cat([next_states - states, rewards.float().reshape(-1, 1)], dim=-1)
        with torch.no_grad():  # running spread of each target, so influence does not depend on units
            spread = targets.std(dim=0, unbiased=False).clamp_min(1e-6) if len(targets) > 1 else self.target_scale
            momentum = 1.0 if int(self.fitted_batches) == 0 else 0.01
            self.target_scale.lerp_(spread, momentum)
        mean, std = self(states, actions)
        # Gaussian negative log-likelihood, as F.gaussian_nll_loss (whose variance clamp at 1e-6 never acts here:
        # std >= MIN_STD) without its argument checks
        var = std.pow(2)
        loss = 0.5 * (var.log() + (mean - targets / self.target_scale).pow(2) / var).mean()
        assert self.optimizer is not None
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        adam_step(self.optimizer)
        self.fitted_batches += 1
        return float(loss.detach())

    @torch.no_grad()
    def influence_per_feature(self, states: Tensor, policy: Tensor | None = None) -> Tensor:
        """(B, D + 1): the action's influence (nats) on each next-state feature and, last, on the reward.

        ``policy`` (B, A) defaults to uniform, as in the CAI paper's experiments. Zero before any fitting.
        """
        if not self.fitted:
            return torch.zeros(states.shape[0], (states.shape[-1]) + 1)
        states = states.float()
        batch, actions = states.shape[0], self.action_dim
        assert actions is not None
        mean, std = self._every_action(states)
        if policy is None:
            policy = torch.full((batch, actions), 1.0 / actions)
        return mixture_influence(mean, std, policy)

    @torch.no_grad()
    def influence(self, states: Tensor, policy: Tensor | None = None) -> Tensor:
        """(B,): CAI on the whole next state (the reward excluded), in nats, in ``[0, entropy(policy)]``.

        Zero before the model has been fitted (an untrained model's differences between actions are noise).
        """
        if not self.fitted:
            return torch.zeros(states.shape[0])
        states = states.float()
        batch, actions = states.shape[0], self.action_dim
        assert actions is not None
        mean, std = self._every_action(states)
        mean, std = mean[..., :-1], std[..., :-1]
        if policy is None:
            policy = torch.full((batch, actions), 1.0 / actions)
        # diagonal Gaussians: the joint KL is the sum of the per-coordinate KLs
        var = std.pow(2)
        kl = 0.5 * (torch.log(var.unsqueeze(1) / var.unsqueeze(2))
                    + (var.unsqueeze(2) + (mean.unsqueeze(2) - mean.unsqueeze(1)).pow(2)) / var.unsqueeze(1)
                    - 1.0).sum(-1)
        log_pi = torch.log(policy.clamp_min(1e-12))
        divergence = -torch.logsumexp(log_pi[:, None, :] - kl, dim=2)
        return (policy * divergence).sum(dim=1).clamp_min(0.0)


def max_influence(action_dim: int) -> float:
    """The largest CAI a uniform policy over ``action_dim`` actions can show: ``log action_dim`` nats."""
    return math.log(action_dim)
