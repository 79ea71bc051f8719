"""The causal latent of image models: noise → named factor intensities through a `StructuralCausalModel`.

A picture is decoded from ``z_causal = [factors (d), free (latent_dim - d)]``. The factors are the SCM's
variables (``ruleset.variables`` order), computed from the first ``d`` noise dimensions in the SCM's
topological order, so ``do(rain=0.9)`` moves wet ground and puddles (descendants) and leaves clouds
(an ancestor) alone — Pearl's do(), exactly as `StructuralCausalModel.do(...).sample` has it.

Noisy-OR variables get a continuous leak here (an image factor is an intensity, not a coin flip):
``u = U ** ((1 - leak) / leak)`` with ``U`` uniform, which has ``E[u] = leak`` — the same mean as the
SCM's default Bernoulli leak, so every closed-form expectation of the noisy-OR holds unchanged.

An image latent needs factors, so where a generator or an encoder is given no rules (``causal_rules=None``)
it uses the bundled ``vision`` rules and logs that it did (`image_rules`); an empty rule set is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError, InterventionError, MechanismError, RuleValidationError
from causaltorch.mechanisms import DEFAULT_LEAK, NoisyOr, base_rate
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["IntensityNoisyOr", "CausalLatentEncoder", "image_rules", "intensity_scm", "propagate_from_uniform"]

log = logging.getLogger(__name__)


def image_rules(causal_rules: CausalRuleSet | Mapping[str, Any] | None, model: str) -> CausalRuleSet:
    """``causal_rules`` as a rule set; None gives the bundled ``vision`` rules, with an INFO log line naming ``model``.

    Image latents need named factors, so "no rules given" means the rules CausalScenes is drawn from (clouds,
    night, rain, wet_ground, puddles, sun, shadows), not an empty graph. An empty rule set that *is* given
    stays empty and is refused where the factors are built (`intensity_scm`).
    """
    if causal_rules is not None:
        return as_ruleset(causal_rules)
    ruleset = CausalRuleSet.load("vision")
    log.info("%s got no causal_rules: using the bundled 'vision' rules over %s.", model, ", ".join(ruleset.variables))
    return ruleset


class IntensityNoisyOr(NoisyOr):
    """A noisy-OR over intensities whose only noise is a continuous leak ``u = U ** ((1 - leak) / leak)``.

    Every edge acts at its power (``x = (1 − (1 − u)·Π(1 − s_i·x_i))·Π(1 − |s_i|·x_i)``, the noisy-OR's
    expectation over its edges), so the value is a smooth intensity and ``E[x | parents]`` is the noisy-OR
    formula exactly, as for `NoisyOr`. The noise is one value per sample and invertible where the leak
    matters, so abduction is a point.
    """

    def __init__(self, strengths: Tensor | list[float], leak: float = DEFAULT_LEAK):
        super().__init__(strengths, leak=leak)
        self.noise_dim = 1

    def forward(self, parents: Tensor, noise: Tensor) -> Tensor:
        return self.intensity(parents, noise)

    def noise_from_uniform(self, uniform: Tensor) -> Tensor:
        """Map ``U ~ Uniform(0, 1)`` ``[n]`` to leak noise ``[n]`` with ``E = leak`` (monotone in ``U``)."""
        leak = self.leak.detach().clamp(1e-6, 1.0).to(uniform.dtype)
        return uniform.clamp(0.0, 1.0).pow((1.0 - leak) / leak)

    def sample_noise(self, n: int, like: Tensor) -> Tensor:
        return self.noise_from_uniform(torch.rand(n, device=like.device, dtype=like.dtype))

    def noise_support(self, like: Tensor) -> None:
        return None  # a continuous leak

    def posterior(self, parents: Tensor, value: Tensor) -> tuple[Tensor, Tensor]:
        noise = self.abduct(parents, value)
        return noise.unsqueeze(1), torch.ones_like(noise).unsqueeze(1)

    def abduct(self, parents: Tensor, value: Tensor) -> Tensor:
        """The leak ``u`` that reproduces ``value``: ``u = 1 − (1 − value / inhibit) / excite``."""
        excite, inhibit = self.factors(parents)
        if bool((inhibit == 0).any()) or bool((excite == 0).any()):
            raise MechanismError(
                f"Cannot recover the leak of {self.variable!r}: a parent of strength ±1 is fully on, so its value "
                "does not depend on the leak. Use strengths strictly inside (-1, 1)."
            )
        low, high = (1.0 - excite) * inhibit, inhibit
        outside = (value < low - 1e-6) | (value > high + 1e-6)
        if bool(outside.any()):
            i = int(outside.nonzero()[0])
            raise InterventionError(
                f"Observed {self.variable}={float(value[i]):.4g} cannot happen given its causes: this mechanism "
                f"produces only values in [{float(low[i]):.4g}, {float(high[i]):.4g}] there. "
                "Check the observation or the rule strengths."
            )
        return 1.0 - (1.0 - value / inhibit) / excite


def intensity_scm(rules: CausalRuleSet | Mapping[str, Any]) -> StructuralCausalModel:
    """An SCM over ``rules`` with `IntensityNoisyOr` mechanisms (leak = each variable's ``base_rate``)."""
    ruleset = as_ruleset(rules)
    if not ruleset.variables:
        raise RuleValidationError(
            "Image models need causal rules with at least one variable (the picture's factors); "
            "give causal_rules, e.g. CausalRuleSet.load('vision')."
        )
    mechanisms = {}
    for name in ruleset.variables:
        incoming = ruleset.incoming(name)
        if any(rule.temporal_offset for rule in incoming):
            raise RuleValidationError(
                f"Image latents are instantaneous, but a rule into {name!r} has temporal_offset >= 1; "
                "use video models for rules that act over time."
            )
        mechanisms[name] = IntensityNoisyOr([rule.strength for rule in incoming], leak=base_rate(ruleset, name))
    scm = StructuralCausalModel(ruleset, mechanisms)
    scm.requires_grad_(False)  # the declared rules are the model's knowledge, not trainable weights
    return scm


def _noise_from_uniform(mechanism: nn.Module, uniform: Tensor) -> Tensor:
    if isinstance(mechanism, IntensityNoisyOr):
        return mechanism.noise_from_uniform(uniform)
    # Any other mechanism: Gaussian noise through the normal quantile (the SCM's default noise).
    return torch.special.ndtri(uniform.clamp(1e-6, 1 - 1e-6))


def intervention_table(scm: StructuralCausalModel, interventions: Mapping[str, Any] | None,
                       n: int) -> tuple[Tensor, Tensor]:
    """``{name: value or Tensor[n]}`` → ``(values [n, d], mask [n, d] bool)``, validated by ``scm.do``.

    Raises `UnknownVariableError` for a name the rules do not have and `InterventionError` for a value
    outside a noisy-OR factor's range [0, 1] (before anything is computed).
    """
    d = len(scm.variables)
    values = torch.zeros(n, d, device=scm.device, dtype=scm.dtype)
    mask = torch.zeros(n, d, dtype=torch.bool, device=scm.device)
    if not interventions:
        return values, mask
    checked = scm.do(dict(interventions)).interventions
    for name, value in checked.items():
        if callable(value) and not isinstance(value, Tensor):
            raise InterventionError(
                f"Image latents take hard interventions (numbers or per-sample tensors); {name!r} got a callable."
            )
        j = scm.index(name)
        column = torch.as_tensor(value, device=scm.device, dtype=scm.dtype).reshape(-1)
        if column.numel() not in (1, n):
            raise InterventionError(
                f"causal_interventions[{name!r}] has {column.numel()} values for {n} samples; give a number "
                "or one value per sample."
            )
        values[:, j] = column.expand(n)
        mask[:, j] = True
    return values, mask


def propagate_from_uniform(scm: StructuralCausalModel, uniform: Tensor, values: Tensor | None = None,
                           mask: Tensor | None = None) -> Tensor:
    """Evaluate ``scm`` in topological order with exogenous noise given as uniforms ``[n, d]`` → ``[n, d]``.

    ``mask [n, d]`` marks (per sample) variables fixed by do() to ``values [n, d]``: their value is the
    fixed one whatever their parents and noise (incoming edges cut) and their children read it. The
    evaluation is the SCM's own (`StructuralCausalModel.evaluate`); differentiable in ``uniform`` where
    the mechanisms are.
    """
    d = len(scm.variables)
    if uniform.dim() != 2 or uniform.shape[1] != d:
        raise DataError(f"uniform noise must have shape [n, {d}], got {tuple(uniform.shape)}.")
    noise = torch.stack([_noise_from_uniform(scm.mechanisms[name], uniform[:, j])
                         for j, name in enumerate(scm.variables)], dim=-1)
    if mask is not None:  # per-sample do(): a soft intervention that keeps the natural value where unmasked
        scm = scm.do({name: (lambda natural, j=j: torch.where(mask[:, j], values[:, j], natural))
                      for j, name in enumerate(scm.variables) if bool(mask[:, j].any())})
    return scm.evaluate(noise)


class CausalLatentEncoder(nn.Module):
    """Noise ``z [B, input_dim]`` → ``z_causal [B, causal_dim]``: SCM factors first, free dimensions after.

    ``CausalLatentEncoder(input_dim, causal_rules=None, causal_dim=None, hidden_dim=None)``; the spec's
    ``CausalLatentEncoder(input_dim=128, causal_dim=20, hidden_dim=256)`` builds too.

    The first ``d`` noise dimensions are the factors' exogenous noise (through the normal CDF to
    uniforms), pushed through the rules' SCM in topological order, so do() moves only descendants.
    The other ``input_dim - d`` noise dimensions make the free (non-causal) part of the latent: pose,
    layout, texture. ``causal_var_indices`` maps each factor name to its column.

    Args:
        input_dim: noise dimensions (a generator's ``latent_dim``); must exceed the number of factors.
        causal_rules: the factor graph (rule set or dict); None: the bundled ``vision`` rules (logged).
        causal_dim: width of ``z_causal`` (factors + free dimensions), larger than the number of factors;
            default ``input_dim``.
        hidden_dim: None: the free noise passes through unchanged (needs ``causal_dim == input_dim``).
            A number: the free dimensions are a learned MLP of the free noise (two hidden layers of
            ``hidden_dim``, LeakyReLU 0.2), ``input_dim - d → causal_dim - d``. It never reads the factors'
            noise, so the free part stays independent of the factors and do() leaves it alone.
    """

    def __init__(self, input_dim: int, causal_rules: CausalRuleSet | Mapping[str, Any] | None = None,
                 causal_dim: int | None = None, hidden_dim: int | None = None):
        super().__init__()
        scm = intensity_scm(image_rules(causal_rules, "CausalLatentEncoder"))
        d = len(scm.variables)
        more_than_factors = (f"an integer larger than the number of causal factors ({d}: "
                             f"{', '.join(scm.variables)})")
        self.input_dim = _validate.integer("latent_dim", input_dim, d + 1, what=more_than_factors)
        causal_dim = self.input_dim if causal_dim is None else causal_dim
        self.causal_dim = _validate.integer("causal_dim", causal_dim, d + 1, what=more_than_factors)
        self.hidden_dim = _validate.optional(_validate.positive_int, "hidden_dim", hidden_dim,
                                             what="a positive integer or None")
        if self.hidden_dim is None and self.causal_dim != self.input_dim:
            raise DataError(
                f"causal_dim={self.causal_dim} differs from input_dim={self.input_dim}, so the free dimensions "
                "cannot pass through unchanged; give hidden_dim (the width of the network that maps the free "
                "noise to them) or leave causal_dim unset."
            )
        self.scm, self.num_factors = scm, d
        self.causal_var_indices = {name: i for i, name in enumerate(scm.variables)}
        self.free: nn.Module = nn.Identity()
        if self.hidden_dim is not None:
            width = self.hidden_dim
            self.free = nn.Sequential(nn.Linear(self.input_dim - d, width), nn.LeakyReLU(0.2),
                                      nn.Linear(width, width), nn.LeakyReLU(0.2),
                                      nn.Linear(width, self.causal_dim - d))

    @property
    def variables(self) -> list[str]:
        return self.scm.variables

    def forward(self, z: Tensor, causal_interventions: Mapping[str, Any] | None = None,
                values: Tensor | None = None, mask: Tensor | None = None) -> Tensor:
        """``z [B, input_dim] -> z_causal [B, causal_dim]`` under optional do() interventions.

        ``causal_interventions`` is ``{factor: value or Tensor[B]}``; ``values``/``mask`` ``[B, d]`` give
        per-sample interventions directly (used in training).
        """
        if z.dim() != 2 or z.shape[1] != self.input_dim:
            raise DataError(f"z must have shape [batch, {self.input_dim}], got {tuple(z.shape)}.")
        if causal_interventions:
            values, mask = intervention_table(self.scm, causal_interventions, z.shape[0])
        uniform = torch.special.ndtr(z[:, : self.num_factors].to(self.scm.dtype))
        factors = propagate_from_uniform(self.scm, uniform, values, mask).to(z.dtype)
        return torch.cat([factors, self.free(z[:, self.num_factors:])], dim=-1)  # (B, d) + (B, causal_dim - d)

    def extra_repr(self) -> str:
        return f"latent_dim={self.input_dim}, causal_dim={self.causal_dim}, factors={self.variables}"
