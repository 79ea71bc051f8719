"""Scores for creative generation: novelty, diversity, causal coherence, and the novelty index.

Every score compares feature vectors. Outputs are flattened to ``[n, k]``; pass ``feature_fn`` (e.g. the
``features`` of a `causaltorch.metrics.vision.FactorRegressor` trained here, never downloaded weights) to compare
pictures in a learned space instead of pixels. Similarity is cosine unless ``similarity_fn(a, b) -> float`` is
given (the spec's form, called pair by pair).

- `CreativeMetrics.novelty_score(output, references)`: ``1 − mean_j sim(output, ref_j)``.
- `CreativeMetrics.diversity_score(outputs)`: mean over pairs ``i < j`` of ``1 − sim(o_i, o_j)``; 0 for one output.
- `CreativeMetrics.causal_coherence(output, rules, consistency_fn)`: the mean over rules of
  ``consistency_fn(output, cause, effect)``; 1.0 for no rules. `factor_consistency` builds a consistency
  function from an SCM over factor values read off outputs.
- `novelty_index(generated, training_data)`: ``1 − mean_i max_j sim(g_i, t_j)``.
- `knn_novelty(points, others, k)`: Lehman & Stanley's novelty, the mean distance to the k nearest neighbours.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["CreativeMetrics", "factor_consistency", "knn_novelty", "novelty_index"]

Similarity = Callable[[Any, Any], float]


def _features(outputs: Any, feature_fn: Callable[[Tensor], Tensor] | None, what: str) -> Tensor:
    """``outputs`` (a tensor ``[n, ...]`` or a sequence of tensors) → finite ``[n, k]`` float64 features."""
    if isinstance(outputs, Tensor):
        stacked = outputs
    elif isinstance(outputs, Sequence) and outputs and all(isinstance(o, Tensor) for o in outputs):
        stacked = torch.stack([torch.as_tensor(o) for o in outputs])
    else:
        try:
            stacked = torch.as_tensor(outputs, dtype=torch.float64)
        except (TypeError, ValueError, RuntimeError):
            raise DataError(f"{what} must be a tensor [n, ...] or a sequence of tensors, got "
                            f"{type(outputs).__name__}.") from None
    if stacked.dim() == 0 or stacked.shape[0] == 0:
        raise DataError(f"{what} is empty; give at least one output.")
    if feature_fn is not None:
        with torch.no_grad():
            stacked = feature_fn(stacked)
    flat = stacked.reshape(stacked.shape[0], -1).double()
    if not bool(torch.isfinite(flat).all()):
        raise DataError(f"{what} contains NaN or inf.")
    return flat


def _cosine(a: Tensor, b: Tensor) -> Tensor:
    """``[n, k] × [m, k] → [n, m]`` cosine similarities (a zero vector has similarity 0 with everything)."""
    an = a / a.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    bn = b / b.norm(dim=-1, keepdim=True).clamp_min(1e-12)
    return an @ bn.T


def _similarities(a: Any, b: Any, similarity_fn: Similarity | None, feature_fn: Any, what: tuple[str, str]) -> Tensor:
    if similarity_fn is None:
        return _cosine(_features(a, feature_fn, what[0]), _features(b, feature_fn, what[1]))
    return torch.tensor([[float(similarity_fn(x, y)) for y in b] for x in a], dtype=torch.float64)


class CreativeMetrics:
    """The spec's creative metrics, as static methods (``CreativeMetrics.novelty_score(out, refs)``)."""

    @staticmethod
    def novelty_score(output: Any, reference_outputs: Any, similarity_fn: Similarity | None = None,
                      feature_fn: Callable[[Tensor], Tensor] | None = None) -> float:
        """How different one output is from references: ``1 − mean similarity`` (cosine: in [0, 2])."""
        one = output.unsqueeze(0) if isinstance(output, Tensor) else [output]
        return float(1.0 - _similarities(one, reference_outputs, similarity_fn, feature_fn,
                                          ("output", "reference_outputs")).mean())

    @staticmethod
    def diversity_score(outputs: Any, similarity_fn: Similarity | None = None,
                        feature_fn: Callable[[Tensor], Tensor] | None = None) -> float:
        """Mean ``1 − similarity`` over all pairs of outputs; 0.0 for fewer than two."""
        if len(outputs) <= 1:
            return 0.0
        sims = _similarities(outputs, outputs, similarity_fn, feature_fn, ("outputs", "outputs"))
        n = sims.shape[0]
        upper = torch.triu_indices(n, n, offset=1)
        return float((1.0 - sims[upper[0], upper[1]]).mean())

    @staticmethod
    def causal_coherence(output: Any, causal_rules: CausalRuleSet | Mapping[str, Any],
                         consistency_fn: Callable[[Any, str, str], float]) -> float:
        """Mean of ``consistency_fn(output, cause, effect)`` over the rules; 1.0 when there are none."""
        ruleset = as_ruleset(causal_rules)
        scores = [float(consistency_fn(output, rule.cause, rule.effect)) for rule in ruleset]
        return sum(scores) / len(scores) if scores else 1.0


def factor_consistency(scm: StructuralCausalModel, read: Callable[[Any], Tensor] | None = None,
                       ) -> Callable[[Any, str, str], float]:
    """A ``consistency_fn`` for `CreativeMetrics.causal_coherence` from an SCM over factor values.

    ``read(output) -> [n, d]`` gives the factor values (``scm.variables`` order) of outputs, e.g. a
    `FactorRegressor`'s reading of pictures; ``None`` takes ``output`` to be those values. The consistency of
    ``cause → effect`` is ``1 − mean |x_effect − E[x_effect | parents]|``, the expectation being the effect's
    mechanism at the parents' values (``mechanism.expected``); a perfectly rule-abiding expectation scores 1.
    """

    @torch.no_grad()
    def consistency(output: Any, cause: str, effect: str) -> float:
        values = read(output) if read is not None else torch.as_tensor(output)
        values = values.reshape(-1, len(scm.variables)).to(scm.dtype)
        parents = scm.parent_values(effect, values)
        expected = scm.mechanisms[effect].expected(parents)
        return float(1.0 - (values[:, scm.index(effect)] - expected).abs().mean())

    return consistency


def novelty_index(generated: Any, training_data: Any, similarity_fn: Similarity | None = None,
                  feature_fn: Callable[[Tensor], Tensor] | None = None) -> float:
    """How far generated outputs lie from the training data: ``1 − mean_i max_j sim(g_i, t_j)``."""
    sims = _similarities(generated, training_data, similarity_fn, feature_fn, ("generated", "training_data"))
    return float(1.0 - sims.max(dim=1).values.mean())


def knn_novelty(points: Tensor, others: Tensor | None = None, k: int = 15) -> Tensor:
    """Novelty of each point ``[n, b]``: its mean Euclidean distance to its ``k`` nearest neighbours among the
    other points and ``others [m, b]`` (an archive), itself excluded → ``[n]``.

    With fewer than ``k`` neighbours available, the mean is over those there are; a point with none at all
    has novelty 0 (never infinite).
    """
    _validate.positive_int("k", k)
    if points.dim() != 2:
        raise DataError(f"points must be [n, b] behaviour vectors, got shape {tuple(points.shape)}.")
    pool = points if others is None or others.numel() == 0 else torch.cat([points, others.to(points)])
    distances = torch.cdist(points.double(), pool.double())                     # (n, n + m)
    n = points.shape[0]
    distances[torch.arange(n), torch.arange(n)] = float("inf")                  # not its own neighbour
    available = pool.shape[0] - 1
    if available == 0:
        return torch.zeros(n, dtype=torch.float64)
    nearest = distances.topk(min(k, available), dim=1, largest=False).values    # (n, k')
    return nearest.mean(dim=1)
