"""A linear layer whose connectivity is a causal graph."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch.errors import DataError, RuleValidationError
from causaltorch.rules import CausalRuleSet


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
        if isinstance(adjacency_mask, CausalRuleSet):
            adjacency_mask = adjacency_mask.to_adjacency_matrix() != 0
        mask = torch.as_tensor(adjacency_mask)
        if mask.shape != (in_features, out_features):
            raise RuleValidationError(
                f"adjacency_mask has shape {tuple(mask.shape)}, expected [in_features, out_features] = "
                f"[{in_features}, {out_features}] with mask[i, j] != 0 for an edge input i -> output j."
            )
        self.in_features, self.out_features = in_features, out_features
        self.register_buffer("mask", (mask != 0).T.float())  # (out, in), like the weight
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
