"""The bridge from neural detections to the causal core."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from torch import Tensor, nn

from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel


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
        """``evidence [..., d] -> intensities [..., d]`` (see `StructuralCausalModel.propagate`)."""
        flat = evidence.reshape(-1, evidence.shape[-1]) if evidence.dim() != 2 else evidence
        out = self.scm.propagate(flat, interventions)
        return out.reshape(evidence.shape)

    def extra_repr(self) -> str:
        return f"variables={len(self.variables)}, rules={len(self.ruleset)}"
