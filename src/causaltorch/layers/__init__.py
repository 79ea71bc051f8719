"""Causal layers: graph-masked linear maps (and a manager that masks existing layers), the symbolic bridge to
the SCM, time-causal convolution, rule-biased cross-attention, sparse (work-skipping) feed-forward and linear
layers.

`CausalAttentionLayer` (the spec's rule bias on token scores) needs a tokenizer, so it lives with the text
model: ``causaltorch.text.rule_attention`` (``from causaltorch import CausalAttentionLayer``).
"""

from causaltorch.layers.attention import CausalAttention
from causaltorch.layers.causal_linear import CausalGraphManager, CausalLinear
from causaltorch.layers.losses import causal_consistency_loss
from causaltorch.layers.sparse import SparseFFN, SparseLinear
from causaltorch.layers.symbolic import CausalSymbolicLayer, propagate, propagate_in_time
from causaltorch.layers.temporal import TemporalCausalConv

__all__ = [
    "CausalAttention",
    "CausalGraphManager",
    "CausalLinear",
    "CausalSymbolicLayer",
    "SparseFFN",
    "SparseLinear",
    "TemporalCausalConv",
    "causal_consistency_loss",
    "propagate",
    "propagate_in_time",
]
