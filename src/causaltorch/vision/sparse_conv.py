"""SparseConvBlock: a decoder stage that computes only the output channels its router picks (DESIGN §5).

A cheap router reads each picture's pooled input (``C_in × C_out`` multiply-adds per picture, against
``9 · C_in × C_out`` per *pixel* for the convolution) and picks the ``top_k`` output channels that picture
gets. Only those filters are gathered and convolved: the chosen filters of all pictures run as one grouped
convolution (one group per picture), so a block at ``sparsity=0.9`` executes about a tenth of the dense
convolution's multiply-adds, and the filters nobody picked are never read. The channels not computed are
zero in the output. ``last_stats`` counts what the last forward multiplied, as `SparseFFN` does.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.layers.sparse import SparseStats
from causaltorch.rules import CausalRuleSet
from causaltorch.vision.upsampling import CausalUpsampling

__all__ = ["SparseConvBlock"]

_KERNEL = 3


class SparseConvBlock(nn.Module):
    """``SparseConvBlock(in_channels, out_channels, sparsity=0.9, causal_rules=None, *, top_k=None,
    scale_factor=2, mode="nearest", aux_loss_weight=0.01)``.

    ``forward(x [B, in_channels, H, W], factors [B, d] = None) -> [B, out_channels, sH, sW]``:
    `CausalUpsampling` (with ``causal_rules``, each factor is appended as a constant map), then for each
    picture only its ``top_k`` routed channels of a 3×3 convolution, normalised together (GroupNorm with
    one group over the channels computed: which channels exist differs per picture, so batch statistics
    would mix channels), a per-channel scale and shift, and LeakyReLU(0.2). Every other output channel is 0.

    Args:
        sparsity: fraction of the output channels (and so of the convolution's multiply-adds) skipped per
            picture, in [0, 1); ``top_k`` defaults to ``max(1, floor((1 - sparsity) · out_channels))``.
        top_k: channels computed per picture, overriding ``sparsity``.
        aux_loss_weight: weight of the load-balancing loss left in ``self.aux_loss`` after each forward
            (Switch Transformer's ``out_channels · Σ_c f_c · P_c``, 1 at uniform load), so that training
            does not route every picture to the same few filters.

    The gate of a chosen channel has the value 1 and the gradient of the router's softmax probability
    (a straight-through gate, as in `SparseFFN`), so the router learns which filters lower the loss. The
    filters are stored as a dense ``conv.weight [out_channels, C, 3, 3]``; only the chosen rows are read.
    """

    def __init__(self, in_channels: int, out_channels: int, sparsity: float = 0.9,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, *, top_k: int | None = None,
                 scale_factor: int = 2, mode: str = "nearest", aux_loss_weight: float = 0.01):
        super().__init__()
        self.in_channels = _validate.positive_int("in_channels", in_channels)
        self.out_channels = _validate.positive_int("out_channels", out_channels)
        self.sparsity = _validate.fraction("sparsity", sparsity, high_open=True,
                                           what="a number in [0, 1) (the fraction of output channels skipped)")
        if top_k is None:
            top_k = max(1, math.floor((1.0 - self.sparsity) * out_channels + 1e-9))
        self.top_k = _validate.integer("top_k", top_k, 1, out_channels,
                                       what=f"a number of channels per picture in [1, {out_channels}]")
        self.aux_loss_weight = _validate.nonnegative("aux_loss_weight", aux_loss_weight)
        self.upsample = CausalUpsampling(causal_rules, scale_factor, mode)
        self.num_factors = self.upsample.num_factors
        width = in_channels + self.num_factors
        self.router = nn.Linear(width, out_channels)  # reads the pooled input: cheap next to the convolution
        self.conv = nn.Conv2d(width, out_channels, kernel_size=_KERNEL, padding=_KERNEL // 2)
        self.scale = nn.Parameter(torch.ones(out_channels))
        self.shift = nn.Parameter(torch.zeros(out_channels))
        self.aux_loss: Tensor | None = None
        self.last_stats: SparseStats | None = None

    def route(self, x: Tensor) -> tuple[Tensor, Tensor, Tensor]:
        """Upsampled input ``[B, C, H, W]`` → ``(channels [B, k], gates [B, k], probabilities [B, out])``."""
        probs = F.softmax(self.router(x.mean(dim=(2, 3))).float(), dim=-1)  # (B, out)
        top_p, channels = probs.topk(self.top_k, dim=-1)  # (B, k)
        return channels, (1.0 + top_p - top_p.detach()).to(x.dtype), probs  # gate: value 1, router's gradient

    def forward(self, x: Tensor, factors: Tensor | None = None) -> Tensor:
        if x.dim() != 4 or x.shape[1] != self.in_channels:
            raise DataError(f"SparseConvBlock expects x of shape [batch, {self.in_channels}, height, width], "
                            f"got {tuple(x.shape)}.")
        x = self.upsample(x, factors)  # (B, C, sH, sW), C = in_channels + d
        b, c, h, w = x.shape
        k = self.top_k
        if b == 0:
            return x.new_zeros(0, self.out_channels, h, w)
        channels, gates, probs = self.route(x)
        # only the chosen filters are read: (B, k, C, 3, 3) -> one grouped convolution, a group per picture
        weight = self.conv.weight[channels].reshape(b * k, c, _KERNEL, _KERNEL)
        bias = self.conv.bias[channels].reshape(b * k)
        y = F.conv2d(x.reshape(1, b * c, h, w), weight, bias, padding=_KERNEL // 2, groups=b)  # (1, B k, H, W)
        y = F.group_norm(y.view(b, k, h, w), 1)  # each picture's computed channels, normalised together
        y = y * self.scale[channels][..., None, None] + self.shift[channels][..., None, None]
        y = F.leaky_relu(y, 0.2) * gates[..., None, None]
        pictures = torch.arange(b, device=x.device)[:, None].expand(-1, k)  # (B, k)
        out = y.new_zeros(b, self.out_channels, h, w).index_put((pictures, channels), y)  # skipped channels: 0

        per_channel = c * _KERNEL * _KERNEL + 1  # weights and the bias of one filter, per output pixel
        router_weights = b * (c + 1) * self.out_channels
        self.last_stats = SparseStats(tokens=b * h * w, weights_touched=b * h * w * k * per_channel + router_weights,
                                      dense_weights=b * h * w * self.out_channels * per_channel,
                                      router_weights=router_weights)
        load = torch.bincount(channels.reshape(-1), minlength=self.out_channels).to(probs.dtype) / (b * k)
        self.aux_loss = self.aux_loss_weight * self.out_channels * (load * probs.mean(dim=0)).sum()
        return out

    def extra_repr(self) -> str:
        return (f"in_channels={self.in_channels}, out_channels={self.out_channels}, top_k={self.top_k}, "
                f"sparsity={self.sparsity:g}, factors={self.num_factors}")
