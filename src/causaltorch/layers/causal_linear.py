"""Linear maps whose connectivity is a causal graph: `CausalLinear`, and `CausalGraphManager` for existing layers."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from torch.nn.utils import prune

from causaltorch.errors import DataError, RuleValidationError
from causaltorch.rules import CausalRuleSet

__all__ = ["CausalGraphManager", "CausalLinear", "weight_mask"]


def _adjacency(dag: Tensor | CausalRuleSet) -> Tensor:
    """A DAG as a boolean ``[causes, effects]`` matrix (nonzero = edge); a rule set in ``variables`` order."""
    if isinstance(dag, CausalRuleSet):
        return dag.to_adjacency_matrix() != 0
    if not isinstance(dag, Tensor):
        try:
            dag = torch.as_tensor(dag)
        except (TypeError, ValueError, RuntimeError):
            raise RuleValidationError(f"A causal graph must be a [causes, effects] matrix or a CausalRuleSet, got "
                                      f"{type(dag).__name__}.") from None
    if dag.dim() != 2:
        raise RuleValidationError(f"A causal graph must be a 2-D [causes, effects] matrix, got shape "
                                  f"{tuple(dag.shape)}.")
    return dag != 0


def weight_mask(dag: Tensor | CausalRuleSet, in_features: int, out_features: int) -> Tensor:
    """``[out_features, in_features]`` float mask of a weight (``nn.Linear`` layout): ``mask[j, i] = 1`` iff the
    graph has the edge input ``i`` → output ``j``.

    ``dag`` is ``[in_features, out_features]`` (nonzero = edge) or a `CausalRuleSet` (square, ``variables`` order).
    """
    adjacency = _adjacency(dag)
    if tuple(adjacency.shape) != (in_features, out_features):
        raise RuleValidationError(
            f"adjacency_mask has shape {tuple(adjacency.shape)}, expected [in_features, out_features] = "
            f"[{in_features}, {out_features}] with mask[i, j] != 0 for an edge input i -> output j."
        )
    return adjacency.T.float()


class CausalLinear(nn.Module):
    """``y = x @ (W ⊙ M)ᵀ + b`` where ``M[j, i] = 1`` only if input ``i`` causes output ``j``.

    Args:
        in_features, out_features: sizes, as in ``nn.Linear``.
        adjacency_mask: ``[in_features, out_features]`` tensor (nonzero = edge ``i → j``) or a
            `CausalRuleSet` (square, in ``variables`` order; every rule is an edge).

    The mask multiplies the weight inside the product, so ``∂y_j/∂x_i`` and ``∂y_j/∂W[j, i]`` are
    exactly zero off the graph — the layer cannot learn a dependency the graph forbids.
    """

    def __init__(self, in_features: int, out_features: int, adjacency_mask: Tensor | CausalRuleSet, bias: bool = True):
        super().__init__()
        mask = weight_mask(adjacency_mask, in_features, out_features)
        self.in_features, self.out_features = in_features, out_features
        self.register_buffer("mask", mask)  # (out, in), like the weight
        self.weight = nn.Parameter(torch.empty(out_features, in_features))
        self.bias = nn.Parameter(torch.zeros(out_features)) if bias else None
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        with torch.no_grad():
            self.weight.mul_(self.mask)

    def forward(self, x: Tensor) -> Tensor:
        if x.shape[-1] != self.in_features:
            raise DataError(f"CausalLinear expects {self.in_features} input features, got {x.shape[-1]}.")
        return F.linear(x, self.weight * self.mask, self.bias)

    def extra_repr(self) -> str:
        return f"in_features={self.in_features}, out_features={self.out_features}, edges={int(self.mask.sum())}"


class CausalGraphManager:
    """Holds a causal graph and restricts existing layers to it: ``CausalGraphManager(dag).apply_mask(layer)``.

    Args:
        dag_matrix: binary adjacency ``[causes, effects]`` (nonzero = edge ``i → j``), or a `CausalRuleSet`.

    ``apply_mask(layer)`` makes a layer with a ``[out, in]`` weight (``nn.Linear``, `SparseLinear`, …) behave
    like `CausalLinear`: output ``j`` reads input ``i`` only along an edge ``i → j``. It is PyTorch's own
    pruning re-parametrisation (``torch.nn.utils.prune.custom_from_mask``), so the mask stays applied: the
    layer computes with ``weight = weight_orig ⊙ weight_mask`` on every forward, the gradient off the
    graph is exactly zero, and training cannot grow a forbidden edge. The state dict holds ``weight_orig``
    and ``weight_mask``; ``torch.nn.utils.prune.remove(layer, "weight")`` makes the masked weight permanent.
    Masking a layer twice keeps only the edges both graphs allow.
    """

    def __init__(self, dag_matrix: Tensor | CausalRuleSet):
        self.dag = _adjacency(dag_matrix)  # (causes, effects), bool

    def mask_for(self, layer: nn.Module, name: str = "weight") -> Tensor:
        """The ``[out, in]`` mask this graph puts on ``layer``'s weight (on its device and dtype)."""
        weight = getattr(layer, name, None)
        if not isinstance(weight, Tensor) or weight.dim() != 2:
            raise DataError(f"apply_mask needs a layer with a 2-D {name!r} [out_features, in_features] (nn.Linear), "
                            f"got {type(layer).__name__}.")
        out_features, in_features = weight.shape
        mask = weight_mask(self.dag, in_features, out_features)
        return mask.to(device=weight.device, dtype=weight.dtype)

    def apply_mask(self, layer: nn.Module, name: str = "weight") -> nn.Module:
        """Restrict ``layer`` to the graph (see the class docstring); returns the layer."""
        prune.custom_from_mask(layer, name, self.mask_for(layer, name))
        return layer

    def __repr__(self) -> str:
        causes, effects = self.dag.shape
        return f"CausalGraphManager(causes={causes}, effects={effects}, edges={int(self.dag.sum())})"
