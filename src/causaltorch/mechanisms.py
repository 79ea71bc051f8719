"""Mechanisms: how one endogenous variable is computed from its parents and its noise.

Every mechanism is an ``nn.Module`` with the same small interface, batched over samples:

- ``forward(parents, noise) -> value``: ``parents`` is ``[n, k]`` (one column per incoming rule, in
  ``CausalRuleSet.incoming`` order), ``noise`` and ``value`` are ``[n]``.
- ``sample_noise(n, like)``: exogenous noise ``[n]`` on ``like``'s device and dtype.
- ``expected(parents)``: ``E[value | parents]`` over the noise (what layers propagate).
- ``abduct(parents, value) -> noise``: the noise that reproduces ``value`` (counterfactuals);
  raises `MechanismError` where the mechanism is not invertible.
- ``log_prob(parents, value)`` for additive-Gaussian mechanisms.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch.errors import DataError, MechanismError, RuleValidationError

__all__ = [
    "Mechanism", "NoisyOr", "LinearGaussian", "MLPMechanism", "CallableMechanism", "build_mechanism",
    "MECHANISMS",
]


class Mechanism(nn.Module):
    """Base class. Subclasses set ``additive_gaussian`` and ``learnable``."""

    additive_gaussian = False
    learnable = False
    value_range: tuple[float, float] | None = None  # the values this mechanism can produce, if bounded

    def __init__(self, num_parents: int):
        super().__init__()
        self.num_parents = num_parents
        self.variable = "?"  # set by the SCM for error messages

    def sample_noise(self, n: int, like: Tensor) -> Tensor:
        return torch.randn(n, device=like.device, dtype=like.dtype)

    def expected(self, parents: Tensor) -> Tensor:
        raise MechanismError(f"Mechanism {type(self).__name__} of {self.variable!r} has no closed-form mean.")

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        raise MechanismError(
            f"The mechanism of {self.variable!r} ({type(self).__name__}) is not invertible, so its noise "
            "cannot be recovered from an observation. Give it an inverse (CallableMechanism(fn, inverse=...)) "
            "or use an additive-noise mechanism ('linear' or 'mlp')."
        )

    def log_prob(self, parents: Tensor, value: Tensor) -> Tensor:
        raise MechanismError(
            f"log_prob needs additive-Gaussian mechanisms; {self.variable!r} uses {type(self).__name__}. "
            "Use mechanism='linear' or 'mlp' for a model with a density."
        )


class NoisyOr(Mechanism):
    """Noisy-OR with inhibition over intensities in [0, 1].

    ``x = (1 − (1 − u) · Π_{s>0}(1 − s·x_i)) · Π_{s<0}(1 − |s|·x_i)``: a positive strength is the
    causal power of that parent, a negative one the share of the effect it suppresses, and ``u`` is
    the leak (the effect's own base intensity). ``E[u] = leak``; with ``noise="bernoulli"`` the leak
    fires or not, with ``"beta"`` it is a continuous intensity with mean ``leak``.
    """

    learnable = True
    value_range = (0.0, 1.0)

    def __init__(self, strengths: Tensor | list[float], leak: float = 0.05, noise: str = "bernoulli",
                 concentration: float = 4.0):
        strengths = torch.as_tensor(strengths, dtype=torch.float32).reshape(-1)
        super().__init__(strengths.numel())
        if noise not in {"bernoulli", "beta"}:
            raise RuleValidationError(f"NoisyOr noise must be 'bernoulli' or 'beta', got {noise!r}.")
        if not 0.0 <= leak <= 1.0:
            raise RuleValidationError(f"NoisyOr leak must be in [0, 1], got {leak}.")
        self.strengths = nn.Parameter(strengths)
        self.leak = nn.Parameter(torch.tensor(float(leak)))
        self.noise = noise
        self.concentration = concentration

    def _factors(self, parents: Tensor) -> tuple[Tensor, Tensor]:
        strengths = self.strengths.clamp(-1.0, 1.0)
        # (n, k) -> (n,): probability that no excitatory parent fires, and share left by inhibitors
        excite = (1.0 - F.relu(strengths) * parents).prod(dim=-1)
        inhibit = (1.0 - F.relu(-strengths) * parents).prod(dim=-1)
        return excite, inhibit

    def forward(self, parents: Tensor, noise: Tensor) -> Tensor:
        excite, inhibit = self._factors(parents)
        return (1.0 - (1.0 - noise) * excite) * inhibit

    def expected(self, parents: Tensor) -> Tensor:
        return self.forward(parents, self.leak.clamp(0.0, 1.0).expand(parents.shape[:-1]))

    def sample_noise(self, n: int, like: Tensor) -> Tensor:
        leak = self.leak.detach().clamp(0.0, 1.0).to(like.dtype)
        if self.noise == "bernoulli":
            return (torch.rand(n, device=like.device, dtype=like.dtype) < leak).to(like.dtype)
        mean = leak.clamp(1e-4, 1 - 1e-4)
        beta = torch.distributions.Beta(mean * self.concentration, (1 - mean) * self.concentration)
        return beta.sample((n,)).to(device=like.device, dtype=like.dtype)

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        excite, inhibit = self._factors(parents)
        if bool((inhibit == 0).any()) or bool((excite == 0).any()):
            blocker = "an inhibitor of strength -1 is fully on" if bool((inhibit == 0).any()) else (
                "a parent with strength 1 is fully on"
            )
            raise MechanismError(
                f"Cannot recover the noise of {self.variable!r}: {blocker}, so its value does not depend on "
                "its noise (the noisy-OR is not invertible there). Observe a value that leaves the leak "
                "identifiable, or use strengths strictly inside (-1, 1)."
            )
        # With u in [0, 1] the value lies in [(1 - excite)·inhibit, inhibit]; outside it no noise explains it.
        low, high = (1.0 - excite) * inhibit, inhibit
        outside = (value < low - 1e-6) | (value > high + 1e-6)
        if bool(outside.any()):
            i = int(outside.nonzero()[0])
            raise DataError(
                f"Observed {self.variable}={float(value[i]):.4g} cannot happen given its observed causes: "
                f"the noisy-OR allows only [{float(low[i]):.4g}, {float(high[i]):.4g}] there. "
                "Check the observation or the rule strengths."
            )
        return 1.0 - (1.0 - value / inhibit) / excite


class LinearGaussian(Mechanism):
    """``x = Σ w_i x_i + b + σ·u`` with ``u ~ N(0, 1)``; fitted in closed form by least squares."""

    additive_gaussian = True
    learnable = True

    def __init__(self, weights: Tensor | list[float], bias: float = 0.0, scale: float = 1.0):
        weights = torch.as_tensor(weights, dtype=torch.float32).reshape(-1)
        super().__init__(weights.numel())
        if not scale > 0:
            raise RuleValidationError(f"LinearGaussian scale must be > 0, got {scale}.")
        self.weights = nn.Parameter(weights)
        self.bias = nn.Parameter(torch.tensor(float(bias)))
        self.register_buffer("scale", torch.tensor(float(scale)))

    def expected(self, parents: Tensor) -> Tensor:
        return parents @ self.weights + self.bias

    def forward(self, parents: Tensor, noise: Tensor) -> Tensor:
        return self.expected(parents) + self.scale * noise

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        return (value - self.expected(parents)) / self.scale

    def log_prob(self, parents: Tensor, value: Tensor) -> Tensor:
        residual = (value - self.expected(parents)) / self.scale
        return -0.5 * residual**2 - torch.log(self.scale) - 0.5 * math.log(2 * math.pi)

    @torch.no_grad()
    def fit_closed_form(self, parents: Tensor, value: Tensor) -> None:
        """Ordinary least squares with an intercept; ``scale`` is the residual standard deviation."""
        design = torch.cat([parents, torch.ones_like(value).unsqueeze(-1)], dim=-1).double()
        solution = torch.linalg.lstsq(design, value.double().unsqueeze(-1)).solution.squeeze(-1)
        self.weights.copy_(solution[:-1].to(self.weights.dtype))
        self.bias.copy_(solution[-1].to(self.bias.dtype))
        residual = value - self.expected(parents)
        self.scale.copy_(residual.pow(2).mean().sqrt().clamp_min(1e-6))


class MLPMechanism(Mechanism):
    """``x = f(pa) + σ·u`` with ``f`` a small MLP and ``u ~ N(0, 1)``; learned by ``SCM.fit``."""

    additive_gaussian = True
    learnable = True

    def __init__(self, num_parents: int, hidden_dim: int = 32, scale: float = 1.0):
        super().__init__(num_parents)
        # A root has nothing to transform: its mean is a single learnable constant.
        self.net = (
            nn.Sequential(nn.Linear(num_parents, hidden_dim), nn.SiLU(), nn.Linear(hidden_dim, 1))
            if num_parents else None
        )
        self.bias = nn.Parameter(torch.zeros(()))
        self.register_buffer("scale", torch.tensor(float(scale)))

    def expected(self, parents: Tensor) -> Tensor:
        if self.net is None:
            return self.bias.expand(parents.shape[:-1])
        return self.net(parents).squeeze(-1) + self.bias

    def forward(self, parents: Tensor, noise: Tensor) -> Tensor:
        return self.expected(parents) + self.scale * noise

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        return (value - self.expected(parents)) / self.scale

    def log_prob(self, parents: Tensor, value: Tensor) -> Tensor:
        residual = (value - self.expected(parents)) / self.scale
        return -0.5 * residual**2 - torch.log(self.scale) - 0.5 * math.log(2 * math.pi)


class CallableMechanism(Mechanism):
    """A user function ``fn(parents [n, k], noise [n]) -> value [n]``.

    ``inverse(parents, value) -> noise`` makes it usable for counterfactuals; ``noise`` is a function
    ``(n, like) -> Tensor[n]`` (default standard normal); ``mean`` an optional ``E[value | parents]``.
    """

    def __init__(self, fn: Callable[[Tensor, Tensor], Tensor], inverse: Callable | None = None,
                 noise: Callable[[int, Tensor], Tensor] | None = None, mean: Callable | None = None,
                 num_parents: int = -1):
        super().__init__(num_parents)
        self.fn, self.inverse, self.noise_fn, self.mean_fn = fn, inverse, noise, mean

    def forward(self, parents: Tensor, noise: Tensor) -> Tensor:
        return self.fn(parents, noise)

    def sample_noise(self, n: int, like: Tensor) -> Tensor:
        return self.noise_fn(n, like) if self.noise_fn is not None else super().sample_noise(n, like)

    def expected(self, parents: Tensor) -> Tensor:
        if self.mean_fn is None:
            return super().expected(parents)
        return self.mean_fn(parents)

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        if self.inverse is None:
            return super().abduct(parents, value)
        return self.inverse(parents, value)


MECHANISMS = ("noisy_or", "linear", "mlp")


def build_mechanism(kind: str, strengths: list[float], leak: float) -> Mechanism:
    """A built-in mechanism named ``kind`` for a variable whose incoming rules have ``strengths``."""
    if kind == "noisy_or":
        return NoisyOr(strengths, leak=leak)
    if kind == "linear":
        return LinearGaussian(strengths)
    if kind == "mlp":
        return MLPMechanism(len(strengths))
    raise RuleValidationError(
        f"Unknown mechanism {kind!r}. Use one of {', '.join(MECHANISMS)}, a Mechanism instance or a callable."
    )
