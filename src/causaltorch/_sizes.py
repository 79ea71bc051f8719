"""Default sizes shared by the models."""

from __future__ import annotations

from typing import Any

__all__ = ["default_heads"]


def default_heads(d_model: Any, fallback: int = 12) -> int:
    """Attention heads when none are given: 64 channels per head as in GPT-2 and ViT-B (768 → 12,
    512 → 8, 256 → 4), else the largest count up to 12 that divides ``d_model``. For an invalid
    ``d_model`` it returns ``fallback``, so the caller's own check names the real problem."""
    if isinstance(d_model, bool) or not isinstance(d_model, int) or d_model < 1:
        return fallback
    if d_model % 64 == 0:
        return d_model // 64
    return next(h for h in range(min(12, d_model), 0, -1) if d_model % h == 0)
