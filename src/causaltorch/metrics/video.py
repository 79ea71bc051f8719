"""Video metrics: frame-to-frame consistency and temporal rule fidelity.

- `ssim`, `psnr`: weight-free image similarity (SSIM with an 11×11 Gaussian window, σ = 1.5, as in
  Wang et al. 2004; PSNR for intensities in [0, 1]). No learned weights, nothing downloaded.
- `temporal_consistency`: mean similarity of consecutive frames — the spec's ``1 − LPIPS(f[:-1], f[1:])``
  with SSIM (or PSNR) in place of LPIPS, whose weights this library does not ship.
- `temporal_rule_fidelity`: per temporal rule, the share of cause events whose effect is seen exactly
  where the rule says — starting ``temporal_offset`` frames after the cause (not earlier) and held
  ``duration`` frames (not longer), or to the end of the clip for a persistent effect.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor

from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["psnr", "ssim", "temporal_consistency", "temporal_rule_fidelity"]


def _check_pair(a: Tensor, b: Tensor) -> None:
    if not isinstance(a, Tensor) or not isinstance(b, Tensor) or a.shape != b.shape or a.dim() < 3:
        raise DataError(f"Compare images of one shape [..., C, H, W]; got {getattr(a, 'shape', a)} and "
                        f"{getattr(b, 'shape', b)}.")


def ssim(a: Tensor, b: Tensor, window: int = 11, sigma: float = 1.5, data_range: float = 1.0) -> Tensor:
    """Structural similarity of images ``[..., C, H, W]`` → ``[...]`` (1 = identical).

    Gaussian-weighted local means, variances and covariance (``window`` × ``window``, ``sigma``), with
    the usual constants ``C1 = (0.01 L)²``, ``C2 = (0.03 L)²``; the map is averaged over channels and
    the valid (unpadded) positions. The window shrinks to the image where the image is smaller.
    """
    _check_pair(a, b)
    lead, (c, h, w) = a.shape[:-3], a.shape[-3:]
    size = min(window, h, w)
    coords = torch.arange(size, dtype=a.dtype, device=a.device) - (size - 1) / 2
    gauss = torch.exp(-coords.pow(2) / (2 * sigma**2))
    gauss = gauss / gauss.sum()
    kernel = (gauss[:, None] * gauss[None, :]).expand(c, 1, size, size)
    x, y = a.reshape(-1, c, h, w), b.reshape(-1, c, h, w)

    def blur(image: Tensor) -> Tensor:
        return F.conv2d(image, kernel, groups=c)

    mu_x, mu_y = blur(x), blur(y)
    var_x = blur(x * x) - mu_x.pow(2)
    var_y = blur(y * y) - mu_y.pow(2)
    cov = blur(x * y) - mu_x * mu_y
    c1, c2 = (0.01 * data_range) ** 2, (0.03 * data_range) ** 2
    index = ((2 * mu_x * mu_y + c1) * (2 * cov + c2)) / ((mu_x.pow(2) + mu_y.pow(2) + c1) * (var_x + var_y + c2))
    return index.mean(dim=(-3, -2, -1)).reshape(lead)


def psnr(a: Tensor, b: Tensor, data_range: float = 1.0, max_db: float = 100.0) -> Tensor:
    """Peak signal-to-noise ratio in dB of images ``[..., C, H, W]`` → ``[...]``, capped at ``max_db``
    (identical images would be infinite)."""
    _check_pair(a, b)
    mse = (a - b).pow(2).mean(dim=(-3, -2, -1))
    return (10 * torch.log10(data_range**2 / mse.clamp_min(1e-30))).clamp(max=max_db)


def temporal_consistency(frames: Tensor, metric: str = "ssim") -> Tensor:
    """Mean similarity of consecutive frames: ``[T, C, H, W]`` → scalar, ``[B, T, C, H, W]`` → ``[B]``.

    ``metric`` is ``"ssim"`` (1 = every frame equals the next) or ``"psnr"`` (dB). Compare a generated
    clip's value with real clips': a flickering or frozen generator moves it away from theirs.
    """
    if not isinstance(frames, Tensor) or frames.dim() not in (4, 5) or frames.shape[-4] < 2:
        raise DataError("temporal_consistency needs frames [T, C, H, W] or [B, T, C, H, W] with T ≥ 2, got "
                        f"{getattr(frames, 'shape', frames)}.")
    if metric not in ("ssim", "psnr"):
        raise DataError(f"metric must be 'ssim' or 'psnr', got {metric!r} (LPIPS needs weights that are not "
                        "shipped; it is not offered).")
    score = ssim if metric == "ssim" else psnr
    return score(frames[..., :-1, :, :, :], frames[..., 1:, :, :, :]).mean(dim=-1)


def _persistent(ruleset: CausalRuleSet, effect: str) -> bool:
    loop = ruleset.get_rule(effect, effect)
    return loop is not None and loop.strength > 0


def temporal_rule_fidelity(detected: Mapping[str, Tensor], state: Tensor,
                           rules: CausalRuleSet | Mapping[str, Any], threshold: float = 0.5,
                           return_counts: bool = False) -> dict[str, Any]:
    """Per rule ``cause -> effect``: the share of cause events whose effect appears exactly on time.

    Args:
        detected: ``{variable: bool [B, T]}`` — whether each effect is visible in each frame (e.g. from
            `causaltorch.video.EffectDetector.detect` on generated frames).
        state: ``[B, T, d]`` the causal state the clips should show (the SCM rollout), columns in
            ``rules.variables`` order; ``> threshold`` is "on".
        rules: the rule set (temporal rules are scored; a temporal self-loop ``e -> e`` marks ``e``
            as persistent and is not scored itself).

    A cause event at frame ``t`` with offset ``o`` and hold ``D`` counts as correct when the detected
    effect equals the expected effect (``state``) at every frame from ``t + o − 1`` (the onset is not
    early) to ``t + o + D`` (the effect does not outlast ``D`` frames) — to the last frame for a
    persistent effect. Events whose onset ``t + o`` falls after the clip are not scored. A rule with no
    scorable event gets ``nan``.

    Returns:
        ``{"cause->effect": fidelity}``; with ``return_counts`` ``{"cause->effect": (correct, events)}``.
    """
    ruleset = as_ruleset(rules)
    if not isinstance(state, Tensor) or state.dim() != 3 or state.shape[-1] != len(ruleset.variables):
        raise DataError(f"state must be [batch, frames, {len(ruleset.variables)}] in the rules' variable order, "
                        f"got {getattr(state, 'shape', state)}.")
    b, t_max, _ = state.shape
    results: dict[str, Any] = {}
    for rule in ruleset:
        if rule.cause == rule.effect or rule.strength <= 0:
            continue
        if rule.effect not in detected:
            raise DataError(f"detected has no entry for {rule.effect!r}; give every effect's per-frame detections.")
        seen = detected[rule.effect]
        if tuple(seen.shape) != (b, t_max):
            raise DataError(
                f"detected[{rule.effect!r}] must be [batch, frames] = {(b, t_max)}, got {tuple(seen.shape)}.")
        expected = state[..., ruleset.index(rule.effect)] > threshold
        causes = (state[..., ruleset.index(rule.cause)] > threshold).nonzero().tolist()
        persistent = _persistent(ruleset, rule.effect)
        correct = events = 0
        for clip, frame in causes:
            onset = frame + rule.temporal_offset
            if onset >= t_max:
                continue
            first = max(0, onset - 1)
            last = t_max - 1 if persistent else min(t_max - 1, onset + rule.hold)
            events += 1
            correct += bool((seen[clip, first:last + 1].bool() == expected[clip, first:last + 1]).all())
        key = f"{rule.cause}->{rule.effect}"
        results[key] = (correct, events) if return_counts else (correct / events if events else float("nan"))
    return results
