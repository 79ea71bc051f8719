"""The bridge from neural detections to the causal core: evidence propagated through the rules' noisy-OR."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch.errors import DataError, InterventionError, MechanismError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["CausalSymbolicLayer", "propagate", "propagate_in_time"]


def _check_intensity_model(scm: StructuralCausalModel, what: str) -> None:
    for name, mechanism in scm.mechanisms.items():
        if not callable(getattr(mechanism, "intensity", None)):
            raise MechanismError(
                f"{what} combines detected and caused intensities with the noisy-OR, but {name!r} uses "
                f"{type(mechanism).__name__}. Use noisy_or mechanisms for intensity models, or sample / "
                "evaluate this model instead."
            )


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
    _check_intensity_model(scm, "propagate()")
    column = {name: j for j, name in enumerate(scm.variables)}

    def seen_or_caused(name: str, parents: Tensor) -> Tensor:
        detected = evidence[:, column[name]]
        if parents.shape[-1] == 0:
            return detected
        # The evidence takes the leak's place: seen or caused, then shared down by inhibitors.
        return scm.mechanisms[name].intensity(parents, detected)

    return scm.evaluate_with(seen_or_caused, evidence.shape[0], interventions, dtype=evidence.dtype)


def propagate_in_time(scm: StructuralCausalModel, evidence: Tensor) -> Tensor:
    """`propagate` over a clip, with the rules' delays: ``[n, T, d] -> [n, T, d]`` (``scm.variables`` order).

    Frame by frame, each variable is present if it is detected at that frame *or* caused: a rule
    ``c → e`` with ``temporal_offset`` o and ``duration`` D feeds ``e`` at frame ``t`` the largest value of
    ``c`` over frames ``t−o−D+1 … t−o`` (as `StructuralCausalModel.rollout` does), and the noisy-OR
    combines it with the evidence in the leak's place. So a cause detected at frame 3 gives its effect
    ``strength`` from frame ``3 + o`` for ``D`` frames, and nothing before. Frames before 0 are absent.
    Differentiable in ``evidence``. Noisy-OR models only (`MechanismError` otherwise), without ``do()``:
    give the intervened values as evidence instead.
    """
    if evidence.dim() != 3 or evidence.shape[-1] != len(scm.variables):
        raise DataError(
            f"evidence must have shape [n, frames, {len(scm.variables)}] (one column per variable: "
            f"{', '.join(scm.variables)}); got {tuple(evidence.shape)}."
        )
    _check_intensity_model(scm, "propagate_in_time()")
    if scm.interventions:
        raise InterventionError(f"propagate_in_time() reads a model without do() (this one fixes "
                                f"{', '.join(scm.interventions)}); give those values as evidence instead.")
    n, steps, _ = evidence.shape
    column = {name: j for j, name in enumerate(scm.variables)}
    inputs = {name: [(column[r.cause], r.temporal_offset, r.hold) for r in scm.ruleset.incoming(name)]
              for name in scm.variables}
    absent = evidence.new_zeros(n)
    history: list[list[Tensor]] = []  # history[t][column] -> [n]
    for t in range(steps):
        frame: list[Tensor] = [absent] * len(scm.variables)
        for name in scm.order:
            detected = evidence[:, t, column[name]]
            parents = []
            for cause, offset, hold in inputs[name]:
                window = [frame[cause] if s == t else history[s][cause]
                          for s in range(max(0, t - offset - hold + 1), t - offset + 1)]
                parents.append(torch.stack(window, dim=-1).amax(dim=-1) if window else absent)
            frame[column[name]] = (scm.mechanisms[name].intensity(torch.stack(parents, dim=-1), detected)
                                   if parents else detected)
        history.append(frame)
    return torch.stack([torch.stack(frame, dim=-1) for frame in history], dim=1)  # (n, T, d)


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
