"""Procedural causal clips: a battle scene whose per-frame causal state is a rollout of the temporal SCM.

The scene (drawn on a 32 × 32 grid, scaled up for 64 × 64): sky and ground, a galloping horse whose legs
alternate every frame, a soldier, and the right-hand side of the field. The bundled ``video`` rule set
says what happens over time:

- ``hoof_impact → dust``: dust starts 1 frame after the impact and lasts 4 frames;
- ``arrow_hit → soldier_fall``: the soldier falls 3 frames after the hit and stays down (a temporal
  self-loop ``soldier_fall → soldier_fall`` holds the state);
- ``explosion → smoke``: smoke from the blast's frame on, for 10 frames.

Which events happen when is not written here: the per-frame state ``[T, d]`` of every clip is
``StructuralCausalModel(rules).rollout(T)`` (causes fire by chance per frame, at their ``base_rate``),
and frames are drawn from it. Interventions are the SCM's: ``{"arrow_hit": {5: 1.0}}`` fixes one
frame, ``{"arrow_hit": 0.0}`` every frame. The same seed gives the same noise in every world, so an
observational and an interventional dataset of one seed are paired clip by clip.

`EffectDetector` reads each variable back from frames through the scene's known regions, with a
threshold fitted on real clips; the video metrics use it to check where generated effects appear.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor
from torch.utils.data import Dataset

from causaltorch._checkpoint import check_memory
from causaltorch._validate import integer
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["SCENE_VARIABLES", "CausalClips", "EffectDetector", "clip_bytes", "load_video_rules", "render_frames",
           "rollout_bytes", "scene_palettes"]

BASE_GRID = 32  # the scene is laid out on a 32 × 32 grid; 64 × 64 scales every region by 2
SIZES = (32, 64)
SCENE_VARIABLES = ("hoof_impact", "dust", "arrow_hit", "soldier_fall", "explosion", "smoke")
_OBJECT_BYTES = 512  # a generous size of one small Python object holding a tensor (a dict entry, a list slot)


@dataclass(frozen=True)
class _Sprite:
    """A rectangle of one colour on the 32-grid: rows ``r0:r1``, columns ``c0:c1``."""

    r0: int
    r1: int
    c0: int
    c1: int
    color: tuple[float, float, float]


_SKY, _GROUND = (0.55, 0.75, 0.95), (0.45, 0.6, 0.3)
_HORIZON = 20
_HORSE = (_Sprite(13, 18, 3, 13, (0.45, 0.28, 0.12)), _Sprite(10, 14, 11, 14, (0.45, 0.28, 0.12)))
_LEGS_EVEN = (_Sprite(18, 23, 4, 5, (0.28, 0.16, 0.06)), _Sprite(18, 23, 11, 12, (0.28, 0.16, 0.06)))
_LEGS_ODD = (_Sprite(18, 23, 6, 7, (0.28, 0.16, 0.06)), _Sprite(18, 23, 9, 10, (0.28, 0.16, 0.06)))
_RED, _SKIN = (0.8, 0.1, 0.1), (0.95, 0.8, 0.65)
_STANDING = (_Sprite(7, 10, 19, 22, _SKIN), _Sprite(10, 22, 19, 22, _RED))
_FALLEN = (_Sprite(19, 22, 14, 27, _RED), _Sprite(19, 22, 27, 30, _SKIN))
_SPARK = (_Sprite(23, 24, 3, 13, (1.0, 0.95, 0.4)),)
_DUST = (_Sprite(24, 30, 1, 15, (0.8, 0.74, 0.62)),)
_ARROW = (_Sprite(12, 13, 12, 19, (0.1, 0.1, 0.1)), _Sprite(11, 14, 12, 13, (0.95, 0.95, 0.95)))
_BLAST = (_Sprite(23, 29, 24, 31, (1.0, 0.55, 0.0)), _Sprite(25, 27, 26, 29, (1.0, 0.95, 0.3)))
_SMOKE = (_Sprite(2, 13, 23, 32, (0.35, 0.35, 0.38)),)

# Where the detector looks for each variable: pixels only that variable paints, and its colour there.
_SIGNATURES: dict[str, tuple[_Sprite, ...]] = {
    "hoof_impact": _SPARK,
    "dust": (_Sprite(25, 29, 2, 14, _DUST[0].color),),
    "arrow_hit": (_Sprite(12, 13, 13, 19, _ARROW[0].color),),
    "soldier_fall": (_Sprite(19, 22, 14, 18, _RED), _Sprite(19, 22, 23, 27, _RED)),
    "explosion": (_Sprite(23, 29, 24, 31, (1.0, 0.6, 0.05)),),
    "smoke": (_Sprite(3, 12, 24, 31, _SMOKE[0].color),),
}


def rollout_bytes(num_frames: int, num_clips: int, num_variables: int) -> int:
    """About how many bytes `StructuralCausalModel.rollout` needs for ``num_clips`` states of ``num_frames``
    frames: per frame, each variable's values (its history, the step's columns, the stacked result) and the
    small Python objects that hold them (the schedule, the history's lists)."""
    return num_frames * (num_variables * (3 * num_clips * 4 + _OBJECT_BYTES) + _OBJECT_BYTES)


def clip_bytes(num_clips: int, num_frames: int, size: int) -> int:
    """Bytes of ``num_clips`` rendered clips ``[T, 3, size, size]`` in float32."""
    return num_clips * num_frames * 3 * size * size * 4


def load_video_rules(rules: CausalRuleSet | Mapping[str, Any] | str | None = None) -> CausalRuleSet:
    """The scene's rule set: the bundled ``video`` rules by default, or a rule file, name, dict or set.

    Raises:
        DataError: the rules lack one of the scene's variables (the scene could not draw it).
        RuleValidationError: a bad rule file (a negative ``temporal_offset``, for one).
    """
    if rules is None or isinstance(rules, str):
        ruleset = CausalRuleSet.load(rules or "video")
    else:
        ruleset = as_ruleset(rules)
    missing = [v for v in SCENE_VARIABLES if v not in ruleset.variables]
    if missing:
        raise DataError(
            f"The video scene draws {', '.join(SCENE_VARIABLES)}, but the rules have no {', '.join(missing)}. "
            "Start from the bundled rules (CausalRuleSet.load('video')) and change offsets, durations or rates."
        )
    return ruleset


def scene_palettes(n: int, seed: int) -> Tensor:
    """Per-clip sky and ground colours ``[n, 2, 3]``: the base colours jittered by ±0.08, fixed by ``seed``."""
    generator = torch.Generator().manual_seed(seed)
    jitter = (torch.rand(n, 2, 3, generator=generator) - 0.5) * 0.16
    return (torch.tensor([_SKY, _GROUND]) + jitter).clamp(0.0, 1.0)


def _paint(frames: Tensor, sprites: tuple[_Sprite, ...], alpha: Tensor, scale: int) -> None:
    """Blend ``sprites`` into ``frames [..., T, 3, H, W]`` in place with per-frame ``alpha [..., T]``."""
    a = alpha[..., None, None, None].to(frames.dtype)  # (..., T, 1, 1, 1)
    for s in sprites:
        region = frames[..., s.r0 * scale:s.r1 * scale, s.c0 * scale:s.c1 * scale]
        color = torch.tensor(s.color, dtype=frames.dtype)[:, None, None]
        region.mul_(1 - a).add_(a * color)


def render_frames(state: Tensor, palettes: Tensor, variables: list[str] | tuple[str, ...] = SCENE_VARIABLES,
                  size: int = 32, start_frame: int = 0) -> Tensor:
    """Draw frames from a causal state: ``state [N, T, d]`` + ``palettes [N, 2, 3]`` → ``[N, T, 3, size, size]``.

    ``variables`` names the state's columns (the rule set's ``variables``); intensities in [0, 1] are
    opacities. ``start_frame`` is the index of the first frame (the horse's legs alternate with it).
    """
    if size not in SIZES:
        raise DataError(f"Clips are {' or '.join(map(str, SIZES))} pixels square, got size={size}.")
    if state.dim() != 3 or palettes.shape != (state.shape[0], 2, 3):
        raise DataError(f"render_frames needs state [N, T, d] and palettes [N, 2, 3], got {tuple(state.shape)} "
                        f"and {tuple(palettes.shape)}.")
    scale = size // BASE_GRID
    n, t = state.shape[:2]
    column = {v: i for i, v in enumerate(variables)}
    missing = [v for v in SCENE_VARIABLES if v not in column]
    if missing or len(column) != state.shape[-1]:
        raise DataError(f"render_frames draws {', '.join(SCENE_VARIABLES)} from state columns named by variables; "
                        f"got {len(column)} names for {state.shape[-1]} columns, missing {missing or 'none'}.")
    value = {v: state[..., column[v]].float().clamp(0.0, 1.0) for v in SCENE_VARIABLES}
    frames = torch.empty(n, t, 3, size, size)
    horizon = _HORIZON * scale
    frames[..., :horizon, :] = palettes[:, None, 0, :, None, None]
    frames[..., horizon:, :] = palettes[:, None, 1, :, None, None]
    on = torch.ones(n, t)
    even = ((torch.arange(t) + start_frame) % 2 == 0).float().expand(n, t)
    _paint(frames, _HORSE, on, scale)
    _paint(frames, _LEGS_EVEN, even, scale)
    _paint(frames, _LEGS_ODD, 1 - even, scale)
    fall = value["soldier_fall"]
    _paint(frames, _STANDING, 1 - fall, scale)
    _paint(frames, _FALLEN, fall, scale)
    _paint(frames, _DUST, value["dust"], scale)
    _paint(frames, _SMOKE, value["smoke"], scale)
    _paint(frames, _SPARK, value["hoof_impact"], scale)
    _paint(frames, _ARROW, value["arrow_hit"], scale)
    _paint(frames, _BLAST, value["explosion"], scale)
    return frames


class CausalClips(Dataset):
    """Clips of the battle scene with per-frame causal state, deterministic by ``seed``.

    Args:
        num_clips: clips in the dataset.
        num_frames: frames per clip (default 24).
        size: 32 or 64 pixels square.
        rules: the temporal rules (default: the bundled ``video`` set; a file, name, dict or rule set).
        interventions: ``{variable: {frame: value}}`` or ``{variable: value}`` (every frame), applied in
            the rollout: ``{"arrow_hit": {5: 0.0}}`` is ``do(arrow_hit = 0 at t = 5)``.
        seed: fixes the events (the SCM's noise) and the colours.

    Items are ``{"frames": [T, 3, H, W] in [0, 1], "state": [T, d]}``, state columns in
    ``variables`` order. ``states`` holds every clip's state ``[N, T, d]``.
    """

    def __init__(self, num_clips: int = 256, num_frames: int = 24, size: int = 32,
                 rules: CausalRuleSet | Mapping[str, Any] | str | None = None,
                 interventions: Mapping[str, Any] | None = None, seed: int = 0):
        for name, value, least in (("num_clips", num_clips, 1), ("num_frames", num_frames, 2)):
            integer(name, value, least)
        if size not in SIZES:
            raise DataError(f"Clips are {' or '.join(map(str, SIZES))} pixels square, got size={size!r}.")
        self.ruleset = load_video_rules(rules)
        self.variables = self.ruleset.variables
        check_memory(rollout_bytes(num_frames, num_clips, len(self.variables)),
                     f"The causal states of {num_clips} clips of {num_frames} frames", "ask for fewer clips or frames")
        self.num_frames, self.size, self.seed = num_frames, size, seed
        self.interventions = None if interventions is None else dict(interventions)
        scm = StructuralCausalModel(self.ruleset)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            self.states: Tensor = scm.rollout(num_frames, self.interventions, n=num_clips)  # (N, T, d)
        self.palettes = scene_palettes(num_clips, seed)

    def __len__(self) -> int:
        return self.states.shape[0]

    def __getitem__(self, index: int) -> dict[str, Tensor]:
        frames = render_frames(self.states[index:index + 1], self.palettes[index:index + 1], self.variables,
                               self.size)
        return {"frames": frames[0], "state": self.states[index]}

    def frames(self, indices: slice | list[int] | Tensor | None = None) -> Tensor:
        """Rendered frames of several clips at once → ``[n, T, 3, H, W]`` (all clips by default)."""
        chosen = slice(None) if indices is None else indices
        return render_frames(self.states[chosen], self.palettes[chosen], self.variables, self.size)

    def column(self, name: str) -> int:
        """Index of variable ``name`` in the state."""
        return self.ruleset.index(name)


class EffectDetector:
    """Reads each scene variable back from frames: is it visible in frame ``t``?

    A variable's feature is the mean colour distance between its signature pixels (pixels only that
    variable paints) and its colour; `fit` places each threshold halfway between the mean feature of
    frames where the variable is on and where it is off, in real clips. ``accuracy`` tells how well
    the fitted detector reads held-out real clips.
    """

    def __init__(self, size: int = 32, thresholds: Mapping[str, float] | None = None):
        if size not in SIZES:
            raise DataError(f"Clips are {' or '.join(map(str, SIZES))} pixels square, got size={size!r}.")
        self.size = size
        self.thresholds = dict(thresholds or {})

    def features(self, frames: Tensor) -> dict[str, Tensor]:
        """``frames [..., T, 3, H, W]`` → ``{variable: distance [..., T]}`` (small = the variable is visible)."""
        if frames.shape[-3:] != (3, self.size, self.size):
            raise DataError(f"The detector reads frames [..., 3, {self.size}, {self.size}], got {tuple(frames.shape)}.")
        scale = self.size // BASE_GRID
        out = {}
        for name, sprites in _SIGNATURES.items():
            parts = []
            for s in sprites:
                region = frames[..., s.r0 * scale:s.r1 * scale, s.c0 * scale:s.c1 * scale]
                color = torch.tensor(s.color, dtype=frames.dtype, device=frames.device)[:, None, None]
                parts.append((region - color).abs().mean(dim=-3).flatten(-2))
            out[name] = torch.cat(parts, dim=-1).mean(dim=-1)
        return out

    def fit(self, frames: Tensor, state: Tensor, variables: list[str]) -> EffectDetector:
        """Fit thresholds on real ``frames [N, T, 3, H, W]`` with their ``state [N, T, d]``; returns self."""
        features = self.features(frames)
        for name, feature in features.items():
            present = state[..., variables.index(name)] > 0.5
            if present.all() or not present.any():
                raise DataError(f"Fitting the detector needs clips where {name!r} is both on and off; use more clips.")
            self.thresholds[name] = float((feature[present].mean() + feature[~present].mean()) / 2)
        return self

    def detect(self, frames: Tensor) -> dict[str, Tensor]:
        """``frames [..., T, 3, H, W]`` → ``{variable: bool [..., T]}`` (visible or not)."""
        if not self.thresholds:
            raise DataError("The detector has no thresholds yet; call fit(real_frames, state, variables) first.")
        return {name: feature < self.thresholds[name] for name, feature in self.features(frames).items()}

    def accuracy(self, frames: Tensor, state: Tensor, variables: list[str]) -> dict[str, float]:
        """Share of frames where the detector agrees with the state, per variable."""
        detected = self.detect(frames)
        return {name: float((seen == (state[..., variables.index(name)] > 0.5)).float().mean())
                for name, seen in detected.items()}
