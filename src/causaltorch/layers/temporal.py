"""3-D convolution that is causal in time, conditioned on the rules' per-frame causal state."""

from __future__ import annotations

from collections.abc import Mapping
from numbers import Real
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch.errors import DataError, RuleValidationError
from causaltorch.layers.symbolic import propagate_in_time
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["TemporalCausalConv"]


class TemporalCausalConv(nn.Module):
    """``Conv3d`` over ``[B, C, T, H, W]`` in which output frame ``t`` sees input frames ``≤ t`` only.

    Time is padded on the left by ``(kt − 1)·dilation`` (never on the right); space is padded to
    keep ``H × W``. With ``causal_rules``, the per-frame causal state ``[B, T, d]`` (one intensity in
    [0, 1] per rule variable, in ``ruleset.variables`` order) is broadcast over space and concatenated as
    ``d`` extra input channels, so the convolution sees which causes and effects are active at each frame.

    ``forward(x, metadata)`` takes that state in either of two forms:

    - a tensor ``[B, T, d]``: the whole state, used as given (e.g. ``scm.rollout(T, n=B)``);
    - a mapping of named causal variables, ``{"hoof_impact": intensity}`` with a number, a ``[B]``
      tensor (the same at every frame) or a ``[B, T]`` tensor per variable: what was observed. The
      variables it does not name are filled in by the rules (`causal_state`): an effect gets its
      rule's strength from ``temporal_offset`` frames after its cause, for ``duration`` frames.

    Args:
        in_channels, out_channels: channel counts.
        kernel_size: ``k`` or ``(kt, kh, kw)``; spatial sizes must be odd.
        causal_rules: the rules whose variables form the causal state (a `CausalRuleSet` or a rules dict
            in either form); the rule strengths are used as declared (they are not trained here).
        dilation: temporal dilation.
        bias: add a learned bias, as in ``nn.Conv3d``.
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
        # The rules' noisy-OR model, for metadata given by name. Kept outside the module tree: the declared
        # strengths are not trained here, and the layer's parameters (and saved weights) stay the convolution's.
        self.__dict__["_scm"] = StructuralCausalModel(self.ruleset).requires_grad_(False) if self.causal_dim else None

    def causal_state(self, metadata: Mapping[str, Any], batch: int, frames: int,
                     device: torch.device | str | None = None) -> Tensor:
        """The per-frame state ``[batch, frames, d]`` implied by observed variables (see `propagate_in_time`).

        ``metadata`` maps variable names to intensities in [0, 1]: a number, ``[batch]`` or ``[batch, frames]``.
        A variable not named is taken as not observed (0), so it is present only where the rules cause it.
        """
        if self.ruleset is None:
            raise DataError("This layer has no causal_rules, so there is no causal state to build; "
                            "build it with causal_rules=... or call it without metadata.")
        columns = {}
        for name, value in metadata.items():
            self.ruleset.check_variable(name, "TemporalCausalConv metadata")
            columns[name] = self._frame_values(name, value, batch, frames, device)
        absent = torch.zeros(batch, frames, device=device)
        evidence = torch.stack([columns.get(name, absent) for name in self.ruleset.variables], dim=-1)
        return propagate_in_time(self._scm.to(evidence.device), evidence)  # differentiable in the metadata

    @staticmethod
    def _frame_values(name: str, value: Any, batch: int, frames: int, device: torch.device | str | None) -> Tensor:
        """One observed variable as ``[batch, frames]`` intensities in [0, 1]."""
        if isinstance(value, Real) and not isinstance(value, bool):
            values = torch.full((batch, frames), float(value), device=device)
        elif isinstance(value, Tensor) and value.is_floating_point() and tuple(value.shape) in (
                (), (batch,), (batch, frames)):
            values = value.to(device=device, dtype=torch.float32)
            values = values.reshape(-1, 1).expand(batch, frames) if value.dim() < 2 else values
        else:
            shape = tuple(value.shape) if isinstance(value, Tensor) else type(value).__name__
            raise DataError(f"metadata[{name!r}] must be a number or a float tensor [batch] = [{batch}] or "
                            f"[batch, frames] = [{batch}, {frames}], got {shape}.")
        if bool(((values < 0) | (values > 1) | values.isnan()).any()):
            raise DataError(f"metadata[{name!r}] holds values outside [0, 1]; give intensities (0 absent, 1 fully "
                            "present).")
        return values

    def forward(self, x: Tensor, metadata: Tensor | Mapping[str, Any] | None = None) -> Tensor:
        """``x [B, C, T, H, W]`` (+ the causal state, see the class docstring) → ``[B, out_channels, T, H, W]``."""
        if x.dim() != 5 or x.shape[1] != self.in_channels:
            raise DataError(
                f"TemporalCausalConv expects [batch, {self.in_channels}, frames, height, width], got {tuple(x.shape)}."
            )
        if self.causal_dim:
            b, _, t, h, w = x.shape
            if isinstance(metadata, Mapping):
                state = self.causal_state(metadata, b, t, device=x.device)
            elif isinstance(metadata, Tensor) and tuple(metadata.shape) == (b, t, self.causal_dim):
                state = metadata
            else:
                got = tuple(metadata.shape) if isinstance(metadata, Tensor) else metadata
                raise DataError(
                    f"This layer was built with {self.causal_dim} rule variables and needs the causal state: a "
                    f"tensor [batch, frames, {self.causal_dim}] = {(b, t, self.causal_dim)} or a mapping "
                    f"{{variable: intensity}} over {', '.join(self.ruleset.variables)}; got {got}."
                )
            # (B, T, d) -> (B, d, T, H, W)
            state = state.permute(0, 2, 1)[..., None, None].expand(b, self.causal_dim, t, h, w)
            x = torch.cat([x, state.to(x.dtype)], dim=1)
        elif metadata is not None:
            raise DataError("A causal state was given but this layer has no causal_rules; build it with "
                            "causal_rules=...")
        # pad (W_left, W_right, H_top, H_bottom, T_front, T_back): only the past is padded in time
        x = F.pad(x, (0, 0, 0, 0, self.time_padding, 0))
        return self.conv(x)
