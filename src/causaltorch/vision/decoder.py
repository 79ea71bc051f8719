"""The convolutional decoder of image generators: causal latent → picture, every stage seeing the factors.

``z_causal [B, latent_dim]`` (the factors first, then free dimensions) → a linear projection to 4×4 feature
maps → ``log2(S / 4)`` stages that each double the resolution → a 3×3 convolution to RGB → tanh. Each stage
starts with `CausalUpsampling`, so it reads the factors as constant maps at its own resolution. A stage is a
`DecoderBlock` (dense) or, with ``sparsity > 0``, a `SparseConvBlock` that computes only the channels its
router picks.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch._validate import fraction, integer, positive_int
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.vision.sparse_conv import SparseConvBlock
from causaltorch.vision.upsampling import CausalUpsampling

__all__ = ["DecoderBlock", "CausalSpatialDecoder"]


class DecoderBlock(nn.Module):
    """``DecoderBlock(in_channels, out_channels, causal_rules=None)``: `CausalUpsampling` (×2 nearest, the
    factor maps appended), then a 3×3 convolution over features and factor maps, BN, LeakyReLU(0.2).

    ``forward(x [B, in_channels, H, W], factors [B, d] = None) -> [B, out_channels, 2H, 2W]``.
    """

    def __init__(self, in_channels: int, out_channels: int,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None):
        super().__init__()
        self.in_channels, self.out_channels = in_channels, out_channels
        self.upsample = CausalUpsampling(causal_rules)
        self.num_factors = self.upsample.num_factors
        self.conv = nn.Conv2d(in_channels + self.num_factors, out_channels, kernel_size=3, padding=1)
        self.norm = nn.BatchNorm2d(out_channels)

    def forward(self, x: Tensor, factors: Tensor | None = None) -> Tensor:
        x = self.upsample(x, factors)  # (B, C, H, W) -> (B, C + d, 2H, 2W)
        return F.leaky_relu(self.norm(self.conv(x)), 0.2)


class CausalSpatialDecoder(nn.Module):
    """``CausalSpatialDecoder(latent_dim=128, image_size=64, causal_rules=None, *, channels=32, in_channels=3,
    sparsity=0.0)``; ``forward(z_causal [B, latent_dim]) -> images [B, in_channels, S, S]`` in [-1, 1].

    The first ``d`` columns of ``z_causal`` are the factors of ``causal_rules`` (``variables`` order, as
    `CausalLatentEncoder` writes them); every stage also reads them as feature maps. With no rules it is a
    plain DCGAN-style decoder of the whole latent.

    Args:
        latent_dim: width of ``z_causal``.
        image_size: picture side, a power of two >= 8.
        channels: feature maps of the last stage (each earlier stage has twice as many, up to 8×).
        in_channels: colour channels of the pictures.
        sparsity: 0: dense `DecoderBlock` stages. In (0, 1): `SparseConvBlock` stages that compute only
            ``1 - sparsity`` of their output channels per picture.
    """

    def __init__(self, latent_dim: int = 128, image_size: int = 64,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, *, channels: int = 32,
                 in_channels: int = 3, sparsity: float = 0.0):
        super().__init__()
        for name, value in (("image_size", image_size), ("channels", channels), ("in_channels", in_channels)):
            positive_int(name, value)
        if image_size < 8 or image_size & (image_size - 1):
            raise DataError(f"image_size must be a power of two >= 8 (32, 64, 128 …), got {image_size}.")
        self.sparsity = fraction("sparsity", sparsity, high_open=True,
                                 what="a number in [0, 1) (the fraction of each stage's channels skipped)")
        ruleset = as_ruleset(causal_rules)
        self.variables = ruleset.variables
        self.num_factors = d = len(self.variables)
        self.latent_dim = integer("latent_dim", latent_dim, max(1, d),
                                  what=f"a positive integer >= the number of factors ({d}), which lead the latent")
        self.image_size, self.in_channels = image_size, in_channels
        stages = int(math.log2(image_size // 4))
        widths = [channels * min(2 ** (stages - i), 8) for i in range(stages + 1)]  # 4x4 stage first
        self.project = nn.Linear(latent_dim, widths[0] * 16)
        if self.sparsity:
            self.blocks = nn.ModuleList(SparseConvBlock(widths[i], widths[i + 1], self.sparsity, ruleset)
                                        for i in range(stages))
        else:
            self.blocks = nn.ModuleList(DecoderBlock(widths[i], widths[i + 1], ruleset) for i in range(stages))
        self.to_rgb = nn.Conv2d(widths[-1], in_channels, kernel_size=3, padding=1)

    def forward(self, z_causal: Tensor) -> Tensor:
        if z_causal.dim() != 2 or z_causal.shape[1] != self.latent_dim:
            raise DataError(f"z_causal must have shape [batch, {self.latent_dim}], got {tuple(z_causal.shape)}.")
        factors = z_causal[:, : self.num_factors]
        x = F.leaky_relu(self.project(z_causal).view(z_causal.shape[0], -1, 4, 4), 0.2)  # (B, C0, 4, 4)
        for block in self.blocks:
            x = block(x, factors)  # (B, C, H, W) -> (B, C', 2H, 2W)
        return torch.tanh(self.to_rgb(x))

    def activation_bytes(self, num_samples: int) -> int:
        """About how many bytes decoding ``num_samples`` pictures needs, counted before anything is allocated:
        the largest stage's activations (the upsampled input, input and factor maps joined, the convolution,
        normalisation and activation outputs) plus the pictures, in the weights' dtype. A sparse stage holds
        less (only its computed channels); the dense count bounds it."""
        d = self.num_factors
        peak = 2 * self.project.out_features  # the 4x4 projection, before and after its activation
        for i, block in enumerate(self.blocks):
            side = 8 * 2**i  # (B, C, side/2, side/2) -> (B, C', side, side)
            peak = max(peak, (2 * block.in_channels + d + 3 * block.out_channels) * side * side)
        pictures = 2 * self.in_channels * self.image_size**2  # the RGB convolution and its tanh
        return num_samples * (peak + pictures) * self.project.weight.element_size()

    def extra_repr(self) -> str:
        return f"latent_dim={self.latent_dim}, image_size={self.image_size}, factors={self.num_factors}, " \
               f"sparsity={self.sparsity:g}"
