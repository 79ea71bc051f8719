"""3-D convolution that is causal in time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch.errors import DataError, RuleValidationError
from causaltorch.rules import CausalRuleSet, as_ruleset


class TemporalCausalConv(nn.Module):
    """``Conv3d`` over ``[B, C, T, H, W]`` in which output frame ``t`` sees input frames ``≤ t`` only.

    Time is padded on the left by ``(kt − 1)·dilation`` (never on the right); space is padded to
    keep ``H × W``. With ``causal_rules``, a per-frame causal state ``[B, T, d]`` (for example
    ``scm.rollout(...)``) is broadcast over space and concatenated as ``d`` extra input channels, so
    the convolution sees which causes and effects are active at each frame.

    Args:
        in_channels, out_channels: channel counts.
        kernel_size: ``k`` or ``(kt, kh, kw)``; spatial sizes must be odd.
        causal_rules: optional rules whose variables form the causal state.
        dilation: temporal dilation.
    """

    def __init__(self, in_channels: int, out_channels: int, kernel_size: int | tuple[int, int, int] = 3,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, dilation: int = 1, bias: bool = True):
        super().__init__()
        kt, kh, kw = (kernel_size,) * 3 if isinstance(kernel_size, int) else tuple(kernel_size)
        if kh % 2 == 0 or kw % 2 == 0 or min(kt, kh, kw) < 1:
            raise RuleValidationError(
                f"kernel_size {kernel_size!r}: sizes must be ≥ 1 and the spatial ones odd (to keep H × W)."
            )
        self.ruleset = as_ruleset(causal_rules) if causal_rules is not None else None
        self.causal_dim = len(self.ruleset.variables) if self.ruleset is not None else 0
        self.in_channels = in_channels
        self.time_padding = (kt - 1) * dilation
        self.conv = nn.Conv3d(
            in_channels + self.causal_dim, out_channels, (kt, kh, kw),
            padding=(0, kh // 2, kw // 2), dilation=(dilation, 1, 1), bias=bias,
        )

    def forward(self, x: Tensor, causal_state: Tensor | None = None) -> Tensor:
        """``x [B, C, T, H, W]`` (+ ``causal_state [B, T, d]``) → ``[B, out_channels, T, H, W]``."""
        if x.dim() != 5 or x.shape[1] != self.in_channels:
            raise DataError(
                f"TemporalCausalConv expects [batch, {self.in_channels}, frames, height, width], got {tuple(x.shape)}."
            )
        if self.causal_dim:
            b, _, t, h, w = x.shape
            if causal_state is None or causal_state.shape != (b, t, self.causal_dim):
                got = None if causal_state is None else tuple(causal_state.shape)
                raise DataError(
                    f"This layer was built with {self.causal_dim} rule variables and needs causal_state of "
                    f"shape [batch, frames, {self.causal_dim}] = {(b, t, self.causal_dim)}, got {got}."
                )
            # (B, T, d) -> (B, d, T, H, W)
            state = causal_state.permute(0, 2, 1)[..., None, None].expand(b, self.causal_dim, t, h, w)
            x = torch.cat([x, state.to(x.dtype)], dim=1)
        elif causal_state is not None:
            raise DataError("causal_state was given but this layer has no causal_rules; build it with causal_rules=...")
        # pad (W_left, W_right, H_top, H_bottom, T_front, T_back): only the past is padded in time
        x = F.pad(x, (0, 0, 0, 0, self.time_padding, 0))
        return self.conv(x)
