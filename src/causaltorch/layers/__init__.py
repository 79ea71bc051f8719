"""Causal layers: graph-masked linear maps, the symbolic bridge to the SCM, time-causal convolution,
rule-biased cross-attention, sparse (work-skipping) feed-forward and linear layers."""

from causaltorch.layers.attention import CausalAttention
from causaltorch.layers.causal_linear import CausalLinear
from causaltorch.layers.losses import causal_consistency_loss
from causaltorch.layers.sparse import SparseFFN, SparseLinear
from causaltorch.layers.symbolic import CausalSymbolicLayer
from causaltorch.layers.temporal import TemporalCausalConv

__all__ = [
    "CausalAttention",
    "CausalLinear",
    "CausalSymbolicLayer",
    "SparseFFN",
    "SparseLinear",
    "TemporalCausalConv",
    "causal_consistency_loss",
]
