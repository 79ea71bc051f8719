"""Rule-derived attention biases: a token that states an effect attends more to the tokens that state its causes.

One quantity, two ways to know which variable each token states:

- `rule_pair_strength(strength, query_labels, key_labels)`: from hard labels (``[B, T]`` variable indices,
  the last index meaning "no variable"), as `CausalTransformer` computes them from the rules' surface forms
  in the token ids (``rule_attention_bias``).
- `CausalBiasingNetwork` (the spec's name): from hidden states, through a learned variable detector, for
  attention that sees no token ids (a standalone `CausalSelfAttention`); with labels it gives the same
  bias as `rule_pair_strength`.

In both, the bias a query ``q`` gives a key ``k`` is ``strength[cause=var(k), effect=var(q)]``: the rule
strength from the key's variable to the query's, 0 when no rule joins them.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["CausalBiasingNetwork", "rule_pair_strength", "rule_strength_matrix"]


def rule_strength_matrix(rules: CausalRuleSet) -> Tensor:
    """``[V + 1, V + 1]`` rule strengths ``[cause, effect]`` in ``rules.variables`` order, with a last row
    and column of zeros for "no variable" (instantaneous rules only: attention looks at one moment)."""
    count = len(rules.variables)
    matrix = torch.zeros(count + 1, count + 1)
    if count:
        matrix[:-1, :-1] = rules.to_adjacency_matrix(instantaneous_only=True)
    return matrix


def rule_pair_strength(strength: Tensor, query_labels: Tensor, key_labels: Tensor) -> Tensor:
    """``[B, T, S]`` bias of each query for each key from hard variable labels.

    Args:
        strength: ``[V + 1, V + 1]`` from `rule_strength_matrix`.
        query_labels: ``[B, T]`` variable index of each query token (``V``: none).
        key_labels: ``[B, S]`` variable index of each key token.
    """
    return strength[key_labels[:, None, :], query_labels[:, :, None]]  # strength[cause=key, effect=query]


class CausalBiasingNetwork(nn.Module):
    """Turns the rules' variables into additive attention-logit biases, from hidden states.

    ``CausalBiasingNetwork(causal_rules, hidden_dim, num_heads=1)``. A linear detector reads each token's
    hidden state and gives a distribution ``p[b, t]`` over the rules' variables plus "none" (softmax);
    the bias of query ``q`` for key ``k`` in head ``h`` is

        ``scale[h] · Σ_{cause, effect} p[b, k, cause] · strength[cause, effect] · p[b, q, effect]``,

    the expected rule strength from the key's variable to the query's. ``forward(x)`` takes
    ``x [B, T, hidden_dim]`` and returns ``[B, num_heads, T, T]`` (add it to the attention scores);
    ``forward(x, variable_ids=labels)`` uses known labels ``[B, T]`` (index ``V`` = none) instead of the
    detector, which gives exactly `rule_pair_strength` times ``scale``. The detector and the per-head
    ``scale`` (initially 1) are learned; the rule strengths are a buffer that follows ``causal_rules``.
    With one head (the default) the output's layout is also ``[B, T, 1, T]``.
    """

    def __init__(self, causal_rules: CausalRuleSet | dict[str, Any] | None, hidden_dim: int, num_heads: int = 1):
        _validate.positive_int("hidden_dim", hidden_dim)
        _validate.positive_int("num_heads", num_heads)
        rules = as_ruleset(causal_rules)
        super().__init__()
        self.variables = list(rules.variables)
        self.detector = nn.Linear(hidden_dim, len(self.variables) + 1)
        self.scale = nn.Parameter(torch.ones(num_heads))
        self.register_buffer("strength", rule_strength_matrix(rules))

    def variable_probabilities(self, x: Tensor) -> Tensor:
        """``x [B, T, hidden_dim] -> p [B, T, V + 1]``: how likely each token states each variable (last: none)."""
        return F.softmax(self.detector(x), dim=-1)

    def forward(self, x: Tensor, variable_ids: Tensor | None = None) -> Tensor:
        if x.dim() != 3 or x.shape[-1] != self.detector.in_features:
            raise DataError(f"CausalBiasingNetwork takes hidden states [batch, length, {self.detector.in_features}], "
                            f"got {tuple(x.shape)}.")
        scale = self.scale.to(x.dtype)[None, :, None, None]
        if variable_ids is not None:
            if tuple(variable_ids.shape) != tuple(x.shape[:2]):
                raise DataError(f"variable_ids must have shape [batch, length] = {tuple(x.shape[:2])}, "
                                f"got {tuple(variable_ids.shape)}.")
            pair = rule_pair_strength(self.strength.to(x.dtype), variable_ids, variable_ids)
            return scale * pair[:, None]
        p = self.variable_probabilities(x)
        # query q states effect e, key k states cause c: sum over c, e of p[k, c] strength[c, e] p[q, e]
        pair = torch.einsum("bqe,ce,bkc->bqk", p, self.strength.to(p.dtype), p)  # (B, T, T)
        return scale * pair[:, None]  # (B, nh, T, T)

    def extra_repr(self) -> str:
        return f"variables={len(self.variables)}, heads={self.scale.numel()}"
