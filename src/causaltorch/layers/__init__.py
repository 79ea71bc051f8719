"""Causal layers: graph-masked linear maps, the symbolic bridge to the SCM, time-causal convolution."""

from causaltorch.layers.causal_linear import CausalLinear
from causaltorch.layers.losses import causal_consistency_loss
from causaltorch.layers.symbolic import CausalSymbolicLayer
from causaltorch.layers.temporal import TemporalCausalConv

__all__ = ["CausalLinear", "CausalSymbolicLayer", "TemporalCausalConv", "causal_consistency_loss"]
