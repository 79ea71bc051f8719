"""Mechanisms: how one endogenous variable is computed from its parents and its noise.

Every mechanism is an ``nn.Module`` with the same small interface, batched over samples:

- ``forward(parents, noise) -> value``: ``parents`` is ``[n, k]`` (one column per incoming rule, in
  ``CausalRuleSet.incoming`` order), ``value`` is ``[n]``, ``noise`` is ``[n]`` when ``noise_dim == 1`` and
  ``[n, noise_dim]`` otherwise (the noisy-OR has one noise per edge).
- ``sample_noise(n, like)``: exogenous noise on ``like``'s device and dtype.
- ``expected(parents)``: ``E[value | parents]`` over the noise (what layers propagate).
- ``posterior(parents, value) -> (support [n, m, ...], probs [n, m])``: the noise consistent with an
  observation and its posterior weights (counterfactuals). Invertible mechanisms return one point
  (``abduct``); the noisy-OR, whose noise is discrete, returns every configuration that explains it.
- ``noise_support(like)``: ``(configurations, prior)`` for discrete noise, ``None`` for continuous noise.
- ``log_prob(parents, value)`` for additive-Gaussian mechanisms (`AdditiveNoiseMechanism`: `LinearGaussian`,
  `MLPMechanism`), which also share `forward`, the closed-form `abduct` and `fit_scale`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError, InterventionError, MechanismError, RuleValidationError
from causaltorch.rules import MECHANISMS

if TYPE_CHECKING:
    from causaltorch.rules import CausalRuleSet

__all__ = [
    "Mechanism", "NoisyOr", "AdditiveNoiseMechanism", "LinearGaussian", "MLPMechanism", "CallableMechanism",
    "build_mechanism", "base_rate", "MECHANISMS", "DEFAULT_LEAK", "DEFAULT_ROOT_RATE",
]

# A noisy-OR's leak when the rules give its variable no ``base_rate``: an effect seldom happens on its own...
DEFAULT_LEAK = 0.05
# ...while a root (no rule causes it) is a cause present half the time, the least informed guess.
DEFAULT_ROOT_RATE = 0.5


class Mechanism(nn.Module):
    """Base class. Subclasses set ``additive_gaussian`` and ``learnable``."""

    additive_gaussian = False
    learnable = False
    value_range: tuple[float, float] | None = None  # the values this mechanism can produce, if bounded

    def __init__(self, num_parents: int):
        super().__init__()
        self.num_parents = num_parents
        self.noise_dim = 1  # exogenous noise values per sample; 1 means noise is [n], else [n, noise_dim]
        self.variable = "?"  # set by the SCM for error messages

    def sample_noise(self, n: int, like: Tensor) -> Tensor:
        return torch.randn(n, device=like.device, dtype=like.dtype)

    def workspace(self) -> int:
        """Values per sample held at once while this mechanism runs: its noise and parents, and what a
        subclass computes from them (the SCM's memory estimates read it)."""
        return self.noise_dim + max(self.num_parents, 0)

    def noise_support(self, like: Tensor) -> tuple[Tensor, Tensor] | None:
        """``(configurations [m, ...], prior [m])`` when the noise is discrete; ``None`` when continuous."""
        return None

    def posterior(self, parents: Tensor, value: Tensor) -> tuple[Tensor, Tensor]:
        """Noise consistent with ``value`` given ``parents``: ``(support [n, m, ...], probs [n, m])``.

        An invertible mechanism has exactly one such noise (``abduct``), so ``m = 1`` with probability 1.
        """
        noise = self.abduct(parents, value)
        return noise.unsqueeze(1), torch.ones(noise.shape[0], 1, device=noise.device, dtype=noise.dtype)

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
    """Noisy-OR with inhibition over intensities in [0, 1], with noise per edge (Pearl's noisy-OR).

    The exogenous noise of a variable with ``k`` incoming rules is ``[n, 1 + k]`` Bernoulli draws: column 0
    is the leak ``L ~ Bernoulli(leak)`` (the effect happens on its own), column ``1 + i`` is edge ``i``'s
    activation ``B_i ~ Bernoulli(|s_i|)`` (the cause, when present, acts). The value is

        ``x = (1 − (1 − L) · Π_{s_i>0}(1 − B_i·x_i)) · Π_{s_i<0}(1 − B_i·x_i)``

    so a positive strength is the causal power of that parent (the probability that it alone produces the
    effect), a negative one the probability that it suppresses the effect, and with binary causes the
    effect is binary. The value is multilinear in independent noise, so its expectation is the same
    formula with ``L → leak`` and ``B_i → |s_i|`` (DESIGN §3): `expected`, `intensity` and every layer that
    propagates expectations are exact. Abduction is a posterior over the ``2^(1+k)`` noise configurations
    (`posterior`), not a point.
    """

    learnable = True
    value_range = (0.0, 1.0)
    max_parents = 15  # the posterior enumerates 2^(1+k) noise configurations

    def __init__(self, strengths: Tensor | list[float], leak: float = DEFAULT_LEAK):
        strengths = torch.as_tensor(strengths, dtype=torch.float32).reshape(-1)
        super().__init__(strengths.numel())
        leak = _validate.fraction(f"{type(self).__name__} leak", leak, error=RuleValidationError,
                                  what="a number in [0, 1] (the chance of the effect when no cause acts)")
        self.strengths = nn.Parameter(strengths)
        self.leak = nn.Parameter(torch.tensor(leak))
        self.noise_dim = 1 + self.num_parents

    def _split(self) -> tuple[Tensor, Tensor]:
        """Per-edge excitatory and inhibitory powers ``([k], [k])``, each in [0, 1]."""
        strengths = self.strengths.clamp(-1.0, 1.0)
        return F.relu(strengths), F.relu(-strengths)

    def factors(self, parents: Tensor) -> tuple[Tensor, Tensor]:
        """``[..., k] → ([...], [...])``: the chance that no excitatory edge acts, and the share of the
        effect the inhibitors leave, with every edge at its power."""
        excite_power, inhibit_power = self._split()
        excite = (1.0 - excite_power * parents).prod(dim=-1)
        inhibit = (1.0 - inhibit_power * parents).prod(dim=-1)
        return excite, inhibit

    def intensity(self, parents: Tensor, leak: Tensor | float) -> Tensor:
        """The noisy-OR formula with every edge at its power: ``[..., k] → [...]``.

        ``leak`` is the leak intensity (broadcast against ``parents[..., 0]``): the mechanism's own leak
        gives the expectation, 0 gives what the parents alone cause.
        """
        excite, inhibit = self.factors(parents)
        return (1.0 - (1.0 - leak) * excite) * inhibit

    def forward(self, parents: Tensor, noise: Tensor) -> Tensor:
        if noise.shape[-1] != self.noise_dim or noise.dim() != parents.dim():
            raise DataError(
                f"The noisy-OR of {self.variable!r} takes noise of shape [..., {self.noise_dim}] (its leak and one "
                f"activation per incoming rule), got {tuple(noise.shape)}; draw it with sample_noise."
            )
        strengths = self.strengths.clamp(-1.0, 1.0)
        fired = noise[..., 1:] * parents                      # (..., k): edge i acts with the cause's intensity
        excite = torch.where(strengths > 0, 1.0 - fired, torch.ones_like(fired)).prod(dim=-1)
        inhibit = torch.where(strengths < 0, 1.0 - fired, torch.ones_like(fired)).prod(dim=-1)
        return (1.0 - (1.0 - noise[..., 0]) * excite) * inhibit

    def expected(self, parents: Tensor) -> Tensor:
        return self.intensity(parents, self.leak.clamp(0.0, 1.0))

    def _noise_probabilities(self) -> Tensor:
        """``[1 + k]``: P(leak fires), then P(edge i acts) = |s_i|."""
        leak = self.leak.detach().clamp(0.0, 1.0).reshape(1)
        return torch.cat([leak, self.strengths.detach().clamp(-1.0, 1.0).abs()])

    def sample_noise(self, n: int, like: Tensor) -> Tensor:
        p = self._noise_probabilities().to(device=like.device, dtype=like.dtype)
        return (torch.rand(n, self.noise_dim, device=like.device, dtype=like.dtype) < p).to(like.dtype)

    def noise_support(self, like: Tensor) -> tuple[Tensor, Tensor] | None:
        """Every noise configuration and its prior probability: ``([m, 1 + k] in {0, 1}, [m])``, m = 2^(1+k).

        ``None`` above ``max_parents`` incoming rules, where enumerating is too large: the prior is then
        sampled (Monte Carlo), and only `posterior` refuses.
        """
        if self.num_parents > self.max_parents:
            return None
        m = 1 << self.noise_dim
        bits = torch.arange(m, device=like.device).unsqueeze(-1) >> torch.arange(self.noise_dim, device=like.device)
        configs = (bits & 1).to(like.dtype)                                   # (m, 1 + k)
        p = self._noise_probabilities().to(device=like.device, dtype=like.dtype)
        prior = torch.where(configs.bool(), p, 1.0 - p).prod(dim=-1)           # (m,)
        return configs, prior

    def posterior(self, parents: Tensor, value: Tensor) -> tuple[Tensor, Tensor]:
        """The noise configurations consistent with ``value`` given ``parents``, with their posterior weights.

        Returns ``(support [n, m, 1 + k], probs [n, m])`` (rows of ``probs`` sum to 1). Raises
        `InterventionError` naming the values the variable could take when no configuration with positive
        prior probability produces ``value`` (an observation the model cannot make).
        """
        support = self.noise_support(parents)
        if support is None:
            raise MechanismError(
                f"{self.variable!r} has {self.num_parents} incoming noisy-OR rules; its counterfactual posterior "
                f"enumerates 2^(1+k) noise configurations and is limited to k <= {self.max_parents}. Merge causes "
                "into intermediate variables, or use a 'linear' or 'mlp' mechanism."
            )
        configs, prior = support
        n, m = parents.shape[0], configs.shape[0]
        produced = self(parents.unsqueeze(1).expand(n, m, self.num_parents),
                        configs.unsqueeze(0).expand(n, m, self.noise_dim))                 # (n, m)
        tolerance = 1e-5 if parents.dtype == torch.float64 else 1e-4
        weight = prior * ((produced - value.unsqueeze(-1)).abs() <= tolerance)           # (n, m)
        mass = weight.sum(dim=-1)
        impossible = mass <= 0
        if bool(impossible.any()):
            i = int(impossible.nonzero()[0])
            possible = sorted({round(float(v), 6) for v, p in zip(produced[i], prior) if p > 0})
            given = ", ".join(f"{float(x):g}" for x in parents[i]) or "no parents"
            raise InterventionError(
                f"Observed {self.variable}={float(value[i]):g} cannot happen under its noisy-OR mechanism given "
                f"its causes ({given}): it can only take the values {', '.join(f'{v:g}' for v in possible)}. "
                "Observe a value the model can produce (with binary causes, 0 or 1), or change the rules."
            )
        return configs.unsqueeze(0).expand(n, m, self.noise_dim), weight / mass.unsqueeze(-1)

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        raise MechanismError(
            f"The noisy-OR noise of {self.variable!r} is discrete, so an observation determines a posterior over "
            "its noise, not one value; use posterior(parents, value) (StructuralCausalModel.counterfactual does)."
        )


class AdditiveNoiseMechanism(Mechanism):
    """``x = E[x | pa] + σ·u`` with ``u ~ N(0, 1)``: a deterministic mean plus scaled Gaussian noise.

    Subclasses give the mean (`expected`); the rest follows from the additive form and is written here once:
    the value (`forward`), the noise recovered exactly from an observation (`abduct`: ``u = (x − mean) / σ``),
    the Gaussian density (`log_prob`) and ``σ`` refitted as the residual standard deviation (`fit_scale`).
    ``scale`` (``σ``) is a buffer: fitted from data, never by gradient.
    """

    additive_gaussian = True
    learnable = True

    def __init__(self, num_parents: int, scale: float = 1.0):
        super().__init__(num_parents)
        scale = _validate.positive(f"{type(self).__name__} scale", scale, error=RuleValidationError,
                                   what="a number > 0 (the noise's standard deviation)")
        self.register_buffer("scale", torch.tensor(scale))

    def forward(self, parents: Tensor, noise: Tensor) -> Tensor:
        return self.expected(parents) + self.scale * noise

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        return (value - self.expected(parents)) / self.scale

    def log_prob(self, parents: Tensor, value: Tensor) -> Tensor:
        residual = self.abduct(parents, value)
        return -0.5 * residual**2 - torch.log(self.scale) - 0.5 * math.log(2 * math.pi)

    @torch.no_grad()
    def fit_scale(self, parents: Tensor, value: Tensor) -> None:
        """Set ``scale`` to the residual standard deviation of ``value [n]`` around the mean (at least 1e-6)."""
        residual = value - self.expected(parents)
        self.scale.copy_(residual.pow(2).mean().sqrt().clamp_min(1e-6))


class LinearGaussian(AdditiveNoiseMechanism):
    """``x = Σ w_i x_i + b + σ·u`` with ``u ~ N(0, 1)``; fitted in closed form by least squares."""

    def __init__(self, weights: Tensor | list[float], bias: float = 0.0, scale: float = 1.0):
        weights = torch.as_tensor(weights, dtype=torch.float32).reshape(-1)
        super().__init__(weights.numel(), scale)
        self.weights = nn.Parameter(weights)
        self.bias = nn.Parameter(torch.tensor(float(bias)))

    def expected(self, parents: Tensor) -> Tensor:
        return parents @ self.weights + self.bias

    @torch.no_grad()
    def fit_closed_form(self, parents: Tensor, value: Tensor) -> None:
        """Ordinary least squares with an intercept; ``scale`` is the residual standard deviation."""
        design = torch.cat([parents, torch.ones_like(value).unsqueeze(-1)], dim=-1).double()
        solution = torch.linalg.lstsq(design, value.double().unsqueeze(-1)).solution.squeeze(-1)
        self.weights.copy_(solution[:-1].to(self.weights.dtype))
        self.bias.copy_(solution[-1].to(self.bias.dtype))
        self.fit_scale(parents, value)


class MLPMechanism(AdditiveNoiseMechanism):
    """``x = f(pa) + σ·u`` with ``f`` a small MLP and ``u ~ N(0, 1)``; learned by ``SCM.fit``."""

    def __init__(self, num_parents: int, hidden_dim: int = 32, scale: float = 1.0):
        super().__init__(num_parents, scale)
        # A root has nothing to transform: its mean is a single learnable constant.
        self.net = (
            nn.Sequential(nn.Linear(num_parents, hidden_dim), nn.SiLU(), nn.Linear(hidden_dim, 1))
            if num_parents else None
        )
        self.bias = nn.Parameter(torch.zeros(()))

    def workspace(self) -> int:
        hidden = self.net[0].out_features if self.net is not None else 0
        return super().workspace() + hidden

    def expected(self, parents: Tensor) -> Tensor:
        if self.net is None:
            return self.bias.expand(parents.shape[:-1])
        return self.net(parents).squeeze(-1) + self.bias


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




def base_rate(ruleset: CausalRuleSet, variable: str) -> float:
    """The noisy-OR leak of ``variable``: its ``base_rate`` metadata, else `DEFAULT_ROOT_RATE` for a root (no
    incoming rule) and `DEFAULT_LEAK` for an effect."""
    default = DEFAULT_LEAK if ruleset.incoming(variable) else DEFAULT_ROOT_RATE
    return float(ruleset.variable_metadata(variable).get("base_rate", default))


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
