"""The bridge from neural detections to the causal core: evidence propagated through the rules' noisy-OR."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from torch import Tensor, nn

from causaltorch.errors import DataError, MechanismError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["CausalSymbolicLayer", "propagate"]


def propagate(scm: StructuralCausalModel, evidence: Tensor, interventions: Mapping[str, Any] | None = None) -> Tensor:
    """Expected intensities given detected evidence, differentiably: ``[n, d] -> [n, d]`` (``scm.variables`` order).

    For intensity models only (every mechanism of the noisy-OR family; others raise `MechanismError`):
    each variable is present if it is detected *or* caused, and inhibitors share down both:
    ``out_v = (1 − (1 − evidence_v)·Π_{s>0}(1 − s·out_pa))·Π_{s<0}(1 − |s|·out_pa)`` — the noisy-OR's
    expectation with the evidence in the leak's place — evaluated in topological order (lagged inputs
    are zero, as in `StructuralCausalModel.sample`). Hard interventions (the model's own ``do()`` and
    ``interventions``) replace the value whatever the evidence says, so ``do(x=0)`` suppresses ``x`` and,
    through it, its effects; soft ones transform it. Gradients flow to ``evidence`` and to the mechanisms'
    parameters.
    """
    if evidence.dim() != 2 or evidence.shape[1] != len(scm.variables):
        raise DataError(
            f"evidence must have shape [n, {len(scm.variables)}] (one column per variable: "
            f"{', '.join(scm.variables)}); got {tuple(evidence.shape)}."
        )
    for name, mechanism in scm.mechanisms.items():
        if not callable(getattr(mechanism, "intensity", None)):
            raise MechanismError(
                f"propagate() combines detected and caused intensities with the noisy-OR, but {name!r} uses "
                f"{type(mechanism).__name__}. Use noisy_or mechanisms for intensity models, or sample / "
                "evaluate this model instead."
            )
    column = {name: j for j, name in enumerate(scm.variables)}

    def seen_or_caused(name: str, parents: Tensor) -> Tensor:
        detected = evidence[:, column[name]]
        if parents.shape[-1] == 0:
            return detected
        # The evidence takes the leak's place: seen or caused, then shared down by inhibitors.
        return scm.mechanisms[name].intensity(parents, detected)

    return scm.evaluate_with(seen_or_caused, evidence.shape[0], interventions, dtype=evidence.dtype)


class CausalSymbolicLayer(nn.Module):
    """Detected cause intensities → structural causal model → effect intensities.

    The text, image and video models call this one object: they detect how strongly each rule
    variable is present (``[..., d]`` in ``variables`` order, values in [0, 1]), and the layer returns
    the intensities implied by the rules — detected or caused — under optional interventions
    (``{"rain": 0.0}`` suppresses rain and what it causes). Differentiable in the evidence and in
    the mechanisms' parameters (rule strengths are learnable).

    Args:
        causal_rules: a `CausalRuleSet` or rules dict (either form), or a ready `StructuralCausalModel`.
        mechanisms: passed to `StructuralCausalModel` when rules are given (default ``noisy_or``).
    """

    def __init__(self, causal_rules: CausalRuleSet | Mapping[str, Any] | StructuralCausalModel | None,
                 mechanisms: str | Mapping[str, Any] | None = None):
        super().__init__()
        if isinstance(causal_rules, StructuralCausalModel):
            self.scm = causal_rules
        else:
            self.scm = StructuralCausalModel(as_ruleset(causal_rules), mechanisms)

    @property
    def variables(self) -> list[str]:
        return self.scm.variables

    @property
    def ruleset(self) -> CausalRuleSet:
        return self.scm.ruleset

    def forward(self, evidence: Tensor, interventions: Mapping[str, Any] | None = None) -> Tensor:
        """``evidence [..., d] -> intensities [..., d]`` (see `propagate`)."""
        flat = evidence.reshape(-1, evidence.shape[-1]) if evidence.dim() != 2 else evidence
        out = propagate(self.scm, flat, interventions)
        return out.reshape(evidence.shape)

    def extra_repr(self) -> str:
        return f"variables={len(self.variables)}, rules={len(self.ruleset)}"
