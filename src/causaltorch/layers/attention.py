"""CausalAttention: multi-head (cross-)attention with an additive bias derived from the rules.

Queries attend to keys as usual (``F.scaled_dot_product_attention``). When tokens are labelled with the
rule variables they express, a query that expresses an *effect* gets an extra ``rule_bias · strength``
on the logits of keys that express its *cause*: effects look back at their causes (DESIGN §4, the text
model's rule bias, here across modalities). Labels are hard (``[B, T]`` variable indices, ``-1`` for
none) or soft (``[B, T, d]`` intensities, e.g. a vision model's per-patch factor detections):

    bias[b, q, k] = rule_bias · Σ_ij key_vars[b, k, i] · A[i, j] · query_vars[b, q, j]

with ``A[i, j]`` the strength of the rule ``i → j``. Without labels the layer is plain attention.
`variable_intensities` turns either form of labels into intensities; the multimodal model uses it too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["CausalAttention", "variable_intensities"]


def variable_intensities(labels: Tensor, batch: int, length: int, num_variables: int, role: str) -> Tensor:
    """Token labels → how strongly each token expresses each rule variable, ``[B, T, d]`` in [0, 1].

    ``labels`` are hard (``[B, T]`` integer variable indices, ``-1`` for none; one-hot rows) or soft
    (``[B, T, d]`` intensities in [0, 1]). ``role`` names the argument in error messages.
    """
    d = num_variables
    if labels.dim() == 2 and not labels.is_floating_point():
        if tuple(labels.shape) != (batch, length):
            raise DataError(f"{role}_variables must have shape [{batch}, {length}], got {tuple(labels.shape)}.")
        if bool(((labels < -1) | (labels >= d)).any()):
            raise DataError(f"{role}_variables holds indices outside [-1, {d}) ({d} rule variables).")
        return F.one_hot(labels.clamp_min(0), d).float() * (labels >= 0)[..., None].float()
    if labels.dim() != 3 or tuple(labels.shape) != (batch, length, d):
        raise DataError(
            f"{role}_variables must be indices [{batch}, {length}] or intensities [{batch}, {length}, {d}], "
            f"got {tuple(labels.shape)}."
        )
    if not labels.is_floating_point() or bool(((labels < 0) | (labels > 1) | labels.isnan()).any()):
        raise DataError(
            f"{role}_variables given as intensities must be floats in [0, 1] (how strongly each token expresses "
            "each variable); pass integer indices [batch, length] for hard labels."
        )
    return labels.float()


class CausalAttention(nn.Module):
    """``CausalAttention(d_model, num_heads=8, causal_rules=None, dropout=0.0, rule_bias=1.0)``.

    ``forward(query [B, Tq, D], key [B, Tk, D], value [B, Tk, D], query_variables=None,
    key_variables=None, key_padding_mask=None) -> [B, Tq, D]``. ``key_padding_mask [B, Tk]`` is True
    where a key is real (False: padding, never attended to).
    """

    def __init__(self, d_model: int, num_heads: int = 8, causal_rules: CausalRuleSet | Mapping[str, Any] | None = None,
                 dropout: float = 0.0, rule_bias: float = 1.0):
        super().__init__()
        _validate.positive_int("d_model", d_model)
        dividing = f"a positive integer dividing d_model={d_model}"
        _validate.positive_int("num_heads", num_heads, what=dividing)
        if d_model % num_heads:
            raise DataError(f"num_heads must be {dividing}, got {num_heads!r}.")
        rule_bias = _validate.number("rule_bias", rule_bias, what="a finite number (0 turns the rule bias off)")
        self.d_model, self.num_heads, self.dropout, self.rule_bias = d_model, num_heads, dropout, rule_bias
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)
        self.ruleset = as_ruleset(causal_rules)
        self.variables = self.ruleset.variables
        adjacency = self.ruleset.to_adjacency_matrix(instantaneous_only=True) if self.variables else torch.zeros(0, 0)
        self.register_buffer("adjacency", adjacency.float(), persistent=False)  # [cause, effect]

    def rule_bias_matrix(self, query_variables: Tensor, key_variables: Tensor, batch: int, tq: int, tk: int) -> Tensor:
        """The additive logit bias ``[B, Tq, Tk]`` from the tokens' variables."""
        d = len(self.variables)
        q = variable_intensities(query_variables, batch, tq, d, "query")  # (B, Tq, d)
        k = variable_intensities(key_variables, batch, tk, d, "key")  # (B, Tk, d)
        return self.rule_bias * (q @ self.adjacency.T.to(q.dtype) @ k.transpose(1, 2))  # (B, Tq, Tk)

    def forward(self, query: Tensor, key: Tensor, value: Tensor, query_variables: Tensor | None = None,
                key_variables: Tensor | None = None, key_padding_mask: Tensor | None = None) -> Tensor:
        for name, tensor in (("query", query), ("key", key), ("value", value)):
            if tensor.dim() != 3 or tensor.shape[-1] != self.d_model:
                raise DataError(f"{name} must have shape [batch, length, {self.d_model}], got {tuple(tensor.shape)}.")
        if key.shape[:2] != value.shape[:2] or query.shape[0] != key.shape[0]:
            raise DataError(
                f"key {tuple(key.shape)} and value {tuple(value.shape)} must share batch and length, and query "
                f"{tuple(query.shape)} the batch."
            )
        b, tq, _ = query.shape
        tk = key.shape[1]
        h, hs = self.num_heads, self.d_model // self.num_heads
        q = self.q_proj(query).view(b, tq, h, hs).transpose(1, 2)  # (B, Tq, D) -> (B, h, Tq, hs)
        k = self.k_proj(key).view(b, tk, h, hs).transpose(1, 2)
        v = self.v_proj(value).view(b, tk, h, hs).transpose(1, 2)
        mask = None
        if query_variables is not None and key_variables is not None and self.variables and self.rule_bias:
            mask = self.rule_bias_matrix(query_variables, key_variables, b, tq, tk).to(q.dtype)[:, None]  # (B,1,Tq,Tk)
        if key_padding_mask is not None:
            if tuple(key_padding_mask.shape) != (b, tk):
                raise DataError(f"key_padding_mask must have shape [{b}, {tk}], got {tuple(key_padding_mask.shape)}.")
            padding = torch.zeros(b, 1, 1, tk, dtype=q.dtype, device=q.device).masked_fill(
                ~key_padding_mask.bool()[:, None, None, :], float("-inf"))
            mask = padding if mask is None else mask + padding
        attended = F.scaled_dot_product_attention(q, k, v, attn_mask=mask,
                                                  dropout_p=self.dropout if self.training else 0.0)
        return self.out_proj(attended.transpose(1, 2).reshape(b, tq, self.d_model))

    def extra_repr(self) -> str:
        return f"d_model={self.d_model}, num_heads={self.num_heads}, variables={len(self.variables)}"
