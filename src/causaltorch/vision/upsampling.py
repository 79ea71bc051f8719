"""CausalUpsampling: enlarge a feature map and append one constant map per causal factor.

A decoder stage that paints a picture from an SCM latent must see the factors at every resolution, not
only through the 4×4 projection: ``CausalUpsampling`` upsamples the features and concatenates each
factor's intensity as a constant feature map, so the convolution after it reads "how much rain" at every
pixel. It has no weights; the rules fix which factors there are and their order (``variables``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch._validate import positive_int
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["CausalUpsampling", "factor_maps"]

_MODES = ("nearest", "bilinear")


def factor_maps(factors: Tensor, height: int, width: int) -> Tensor:
    """``factors [B, d]`` → constant feature maps ``[B, d, height, width]`` (a view, nothing copied)."""
    return factors[:, :, None, None].expand(-1, -1, height, width)


class CausalUpsampling(nn.Module):
    """``CausalUpsampling(causal_rules=None, scale_factor=2, mode="nearest")``.

    ``forward(x [B, C, H, W], factors [B, d] = None) -> [B, C + d, sH, sW]``: the features upsampled
    by ``scale_factor``, then one constant map per rule variable (``variables`` order) holding that
    factor's intensity. With no rules (``causal_rules=None`` or no variables) it is plain upsampling and
    ``factors`` is not needed.
    """

    def __init__(self, causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, scale_factor: int = 2,
                 mode: str = "nearest"):
        super().__init__()
        self.scale_factor = positive_int("scale_factor", scale_factor)
        if mode not in _MODES:
            raise DataError(f"mode must be one of {', '.join(_MODES)}, got {mode!r}.")
        self.mode = mode
        self.variables = as_ruleset(causal_rules).variables
        self.num_factors = len(self.variables)

    def forward(self, x: Tensor, factors: Tensor | None = None) -> Tensor:
        if x.dim() != 4:
            raise DataError(f"x must have shape [batch, channels, height, width], got {tuple(x.shape)}.")
        d = self.num_factors
        if d and (factors is None or factors.dim() != 2 or tuple(factors.shape) != (x.shape[0], d)):
            got = None if factors is None else tuple(factors.shape)
            raise DataError(f"factors must have shape [{x.shape[0]}, {d}] (one intensity per factor: "
                            f"{', '.join(self.variables)}), got {got}.")
        align = False if self.mode == "bilinear" else None
        x = F.interpolate(x, scale_factor=self.scale_factor, mode=self.mode, align_corners=align)  # (B, C, sH, sW)
        if not d:
            return x
        return torch.cat([x, factor_maps(factors.to(x.dtype), x.shape[2], x.shape[3])], dim=1)  # (B, C + d, sH, sW)

    def extra_repr(self) -> str:
        return f"scale_factor={self.scale_factor}, mode={self.mode!r}, factors={self.num_factors}"
