"""Causal video models: `CausalFramePredictor` (next frame) and `CNSGNet` (a clip).

The predictor is a stack of `TemporalCausalConv` blocks over ``[B, C, T, H, W]``: output ``t`` is the
prediction of frame ``t + 1`` from frames ``≤ t``, the clip's first frame and the causal state of the
frame being predicted (broadcast over space as extra channels in every block). Time is padded on the
left only, so nothing after ``t`` reaches output ``t``. It also takes one frame and a latent and returns
the next frame (``predictor(prev_frame [B, 3, H, W], prev_latent [B, latent_dim]) -> [B, 3, H, W]``).

`CNSGNet` pairs the predictor with the rules' `StructuralCausalModel`: ``generate`` rolls the SCM out
(with interventions at given frames) to get the per-frame state, then predicts the clip frame by frame.
So an effect lands where the rule puts it — ``temporal_offset`` frames after its cause, for
``duration`` frames — and ``do(arrow_hit = 0)`` removes the fall from the state the frames are drawn from.

A model saves as ``config.json`` + ``model.safetensors`` (`save_pretrained` / `from_pretrained`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch._checkpoint import (
    CONFIG_FILE,
    ConfigDict,
    check_memory,
    check_model_fits,
    check_stored_state,
    load_checked,
    load_pretrained,
    read_config,
    read_torch_checkpoint,
    write_pretrained,
)
from causaltorch._validate import integer, optional, positive_int
from causaltorch.errors import CheckpointError, DataError, InterventionError, RuleValidationError
from causaltorch.layers.temporal import TemporalCausalConv
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel
from causaltorch.video.data import rollout_bytes

__all__ = ["CNSGNet", "CausalFramePredictor", "VideoModelConfig"]

_MODEL_TYPE = "causaltorch-video"


@dataclass
class VideoModelConfig(ConfigDict):
    """Everything that fixes a video model's architecture; saved as ``config.json``.

    Args:
        frame_size: frames are ``channels × frame_size × frame_size``.
        channels: colour channels.
        hidden_channels: width of every block.
        num_layers: `TemporalCausalConv` blocks.
        temporal_kernel: frames each block looks at (its own and ``temporal_kernel − 1`` before).
        causal_rules: the temporal rules: a rules dict, a `CausalRuleSet`, or a rule file / bundled name
            (stored as a dict). ``None``: the bundled ``video`` rules.
        use_causal_state: False builds the same network (same parameters) fed a constant state instead
            of the causal one: a baseline that learns from frames only.
        num_frames: default clip length of ``generate``.
        state_map_channels: channels of each rule variable's learned spatial map.
        latent_dim: width of the latent a `CausalFramePredictor` is conditioned on: the ``d`` rule variables
            (in ``ruleset.variables`` order) first, then ``latent_dim − d`` free latent dimensions, each with
            its own learned spatial map. ``None``: ``d`` (the causal state alone, which `CNSGNet` needs).
    """

    frame_size: int = 32
    channels: int = 3
    hidden_channels: int = 32
    num_layers: int = 3
    temporal_kernel: int = 2
    causal_rules: dict[str, Any] | str | CausalRuleSet | None = None
    use_causal_state: bool = True
    num_frames: int = 24
    state_map_channels: int = 8
    latent_dim: int | None = None

    def __post_init__(self) -> None:
        self.check_types()
        for name in ("frame_size", "channels", "hidden_channels", "num_layers", "temporal_kernel",
                     "state_map_channels"):
            positive_int(f"VideoModelConfig.{name}", getattr(self, name))
        integer("VideoModelConfig.num_frames", self.num_frames, 2)
        if self.causal_rules is None or isinstance(self.causal_rules, str):
            self.causal_rules = CausalRuleSet.load(self.causal_rules or "video").to_dict()
        elif isinstance(self.causal_rules, CausalRuleSet):
            self.causal_rules = self.causal_rules.to_dict()
        else:
            self.causal_rules = as_ruleset(self.causal_rules).to_dict()  # validates, normal form
        variables = len(self.ruleset.variables)
        optional(integer, "VideoModelConfig.latent_dim", self.latent_dim, variables,
                 what=f"an integer >= {variables} (the {variables} rule variables come first in the latent) or None")

    @property
    def latent_width(self) -> int:
        """``latent_dim``, or the number of rule variables when it is None."""
        return self.latent_dim if self.latent_dim is not None else len(self.ruleset.variables)

    @property
    def ruleset(self) -> CausalRuleSet:
        return CausalRuleSet.from_dict(self.causal_rules)



def _check_frames(frames: Tensor, config: VideoModelConfig, what: str, dims: int) -> None:
    expected = (config.channels, config.frame_size, config.frame_size)
    if not isinstance(frames, Tensor) or frames.dim() != dims or tuple(frames.shape[-3:]) != expected:
        got = tuple(frames.shape) if isinstance(frames, Tensor) else type(frames).__name__
        layout = "[batch, frames, channels, height, width]" if dims == 5 else "[batch, channels, height, width]"
        raise DataError(f"Wrong frame shape for {what}: expected {layout} with (channels, height, width) = "
                        f"{expected}, got {got}.")


class CausalFramePredictor(nn.Module):
    """Predicts frame ``t + 1`` from frames ``≤ t``, the first frame and the causal state of frame ``t + 1``.

    Two ways to call it:

    - a clip: ``predictor(frames [B, T, C, H, W], next_state [B, T, latent_dim])`` → ``[B, T, C, H, W]``,
      row ``t`` the prediction of frame ``t + 1`` (what `CNSGNet` trains and generates with);
    - one step: ``predictor(prev_frame [B, C, H, W], prev_latent [B, latent_dim])`` → the next frame
      ``[B, C, H, W]``. ``prev_latent`` is the latent the next frame is drawn under: its first ``d`` columns
      the causal state (``ruleset.variables`` order, intensities in [0, 1]; e.g. ``hoof_impact`` on puts
      the hoof's spark into the frame), the rest free latent dimensions (``VideoModelConfig.latent_dim``).
      ``prev_frame`` is also the clip's first frame, which the prediction is drawn relative to.

    ``CausalFramePredictor(frame_size=64, latent_dim=16)`` builds the spec's sizes (64 × 64 frames, a
    16-wide latent over the bundled ``video`` rules' 6 variables and 10 free dimensions).

    Input channels per frame: the frame, the clip's first frame, two pixel-coordinate planes, and
    ``state_map_channels`` planes ``Σ_v latent_v · map_v`` — each latent dimension owns a learned spatial
    map, so "dust is on" becomes features where dust is drawn. Every block is a `TemporalCausalConv` with
    kernel ``(temporal_kernel, 3, 3)`` that also gets the ``d`` state intensities as channels; GELU and
    residual connections; a 1×1×1 head predicts the difference from the first frame. (Adding it to the
    first frame rather than to frame ``t`` keeps an autoregressive rollout from piling up its own errors:
    frame ``t`` reaches the output only through the learned path.) ``receptive_field`` frames of
    history reach one output.

    With ``use_causal_state=False`` the network is the same, parameter for parameter, but its state is
    a constant vector of ones (the maps become plain positional features): a same-size baseline that
    learns from frames only.
    """

    def __init__(self, config: VideoModelConfig | None = None, **overrides: Any):
        config = config if config is not None else VideoModelConfig(**overrides)
        check_model_fits(lambda depth: CausalFramePredictor(replace(config, num_layers=depth)), config.num_layers,
                         f"A video model with frame_size={config.frame_size}, hidden_channels="
                         f"{config.hidden_channels}, num_layers={config.num_layers} and state_map_channels="
                         f"{config.state_map_channels}", "choose smaller sizes")
        super().__init__()
        self.config = config
        rules = config.ruleset
        self.causal_dim = len(rules.variables)
        self.state_dim = config.latent_width  # the causal state, then any free latent dimensions
        self.use_causal_state = config.use_causal_state
        kernel = (config.temporal_kernel, 3, 3)
        maps = config.state_map_channels
        widths = [2 * config.channels + 2 + maps] + [config.hidden_channels] * config.num_layers
        self.state_maps = nn.Parameter(0.1 * torch.randn(self.state_dim, maps, config.frame_size, config.frame_size))
        self.blocks = nn.ModuleList(
            TemporalCausalConv(widths[i], widths[i + 1], kernel, causal_rules=rules) for i in range(config.num_layers)
        )
        self.head = nn.Conv3d(config.hidden_channels, config.channels, 1)
        nn.init.zeros_(self.head.weight)  # starts as "the next frame is the first frame"
        nn.init.zeros_(self.head.bias)
        axis = torch.linspace(-1.0, 1.0, config.frame_size)
        self.register_buffer("coords", torch.stack(torch.meshgrid(axis, axis, indexing="ij")), persistent=False)

    @property
    def receptive_field(self) -> int:
        """Frames ``t − receptive_field + 1 … t`` are all that reach output ``t``."""
        return self.config.num_layers * (self.config.temporal_kernel - 1) + 1

    def forward(self, frames: Tensor, next_state: Tensor | None = None, first_frame: Tensor | None = None) -> Tensor:
        """Next-frame predictions for every position, or the next frame of one frame.

        Args:
            frames: ``[B, T, C, H, W]`` frames ``0 … T−1`` (or a window of them); or one frame ``[B, C, H, W]``.
            next_state: ``[B, T, latent_dim]`` (``[B, latent_dim]`` with one frame); row ``t`` is the latent of
                the frame being predicted (``t + 1``): its causal state, then any free dimensions. Required
                with ``use_causal_state``, refused without.
            first_frame: ``[B, C, H, W]`` the clip's first frame (default ``frames[:, 0]``; with one frame,
                that frame).

        Returns:
            ``[B, T, C, H, W]``: row ``t`` predicts frame ``t + 1``; with one frame, ``[B, C, H, W]``.
        """
        if isinstance(frames, Tensor) and frames.dim() == 4:  # one step: (B, C, H, W) -> (B, 1, C, H, W)
            _check_frames(frames, self.config, "prev_frame", 4)
            if next_state is not None and (not isinstance(next_state, Tensor) or next_state.dim() != 2):
                got = tuple(next_state.shape) if isinstance(next_state, Tensor) else type(next_state).__name__
                raise DataError(f"With one frame [batch, channels, height, width], the latent must be [batch, "
                                f"{self.state_dim}] (the next frame's causal state, then free dimensions), got {got}.")
            latent = None if next_state is None else next_state[:, None]
            return self(frames[:, None], latent, frames if first_frame is None else first_frame)[:, 0]
        _check_frames(frames, self.config, "frames", 5)
        b, t = frames.shape[:2]
        if self.use_causal_state:
            if not isinstance(next_state, Tensor) or tuple(next_state.shape) != (b, t, self.state_dim):
                got = tuple(next_state.shape) if isinstance(next_state, Tensor) else next_state
                raise DataError(f"next_state must be [batch, frames, {self.state_dim}] = {(b, t, self.state_dim)} "
                                f"(the causal state of each predicted frame), got {got}.")
            state = next_state.to(frames.dtype)
        elif next_state is not None:
            raise DataError("This predictor was built without causal state (use_causal_state=False); "
                            "pass next_state=None.")
        else:
            state = frames.new_ones(b, t, self.state_dim)
        first = frames[:, 0] if first_frame is None else first_frame
        _check_frames(first, self.config, "first_frame", 4)
        size = self.config.frame_size
        context = torch.cat([first, self.coords.to(frames.dtype).expand(b, 2, size, size)], dim=1)  # (B, C+2, H, W)
        placed = torch.einsum("btd,dkhw->btkhw", state, self.state_maps)  # (B, T, maps, H, W)
        x = torch.cat([frames, context[:, None].expand(b, t, *context.shape[1:]), placed], dim=2)
        x = x.transpose(1, 2)  # (B, T, C', H, W) -> (B, C', T, H, W)
        causal = state[..., :self.causal_dim]  # (B, T, d): what the blocks see of the latent
        for i, block in enumerate(self.blocks):
            y = F.gelu(block(x, causal))
            x = y if i == 0 else x + y
        change = self.head(x).transpose(1, 2)  # (B, C, T, H, W) -> (B, T, C, H, W)
        return first[:, None] + change


class CNSGNet(nn.Module):
    """Causal video generator: the rules' temporal SCM gives the per-frame state, the predictor the frames.

    Example (a trained model; ``first`` is a ``[3, 32, 32]`` frame, e.g. ``CausalClips(1).frames()[0, 0]``)::

        model = CNSGNet.from_pretrained("runs/video")
        clip = model.generate(first, num_frames=24, causal_interventions={"arrow_hit": {5: 1.0}})
        clip.shape  # (1, 24, 3, 32, 32); the soldier is down from frame 8 on
    """

    def __init__(self, config: VideoModelConfig | None = None, **overrides: Any):
        super().__init__()
        self.config = config if config is not None else VideoModelConfig(**overrides)
        self.ruleset = self.config.ruleset
        self.variables = self.ruleset.variables
        if self.config.latent_width != len(self.variables):
            d = len(self.variables)
            raise DataError(f"CNSGNet draws every frame from the rules' causal state ({d} variables), so its "
                            f"latent_dim must be None or {d}, got {self.config.latent_dim}. Free latent dimensions "
                            "are for a stand-alone CausalFramePredictor.")
        self.predictor = CausalFramePredictor(self.config)
        self.scm = StructuralCausalModel(self.ruleset)

    @property
    def event_variables(self) -> list[str]:
        """Variables without causes in the rules: the events that fire by chance (``base_rate``)."""
        return [v for v in self.variables if not self.ruleset.parents(v)]

    def forward(self, frames: Tensor, next_state: Tensor | None = None, first_frame: Tensor | None = None) -> Tensor:
        """The predictor's next-frame predictions (see `CausalFramePredictor.forward`)."""
        return self.predictor(frames, next_state, first_frame)

    # ------------------------------------------------------------------ causal state
    def _schedule(self, interventions: Mapping[str, Any] | None, num_frames: int,
                  spontaneous_events: bool) -> dict[str, Any]:
        schedule: dict[str, Any] = {}
        for name, spec in (interventions or {}).items():
            self.ruleset.check_variable(name, "causal_interventions")
            if isinstance(spec, Mapping):
                for step in spec:
                    integer(f"Intervention on {name!r} at frame {step!r} is outside the clip of {num_frames} frames; "
                            "the frame", step, 0, num_frames - 1, what=f"an integer in 0 … {num_frames - 1}",
                            error=InterventionError)
                schedule[name] = dict(spec)
            else:
                schedule[name] = spec
        if not spontaneous_events:
            for name in self.event_variables:
                given = schedule.get(name, {})
                if isinstance(given, Mapping):  # every frame the caller left open is held at 0
                    schedule[name] = {t: given.get(t, 0.0) for t in range(num_frames)}
        return schedule

    def rollout_state(self, num_frames: int, causal_interventions: Mapping[str, Any] | None = None, n: int = 1,
                      spontaneous_events: bool = True, seed: int | None = None) -> Tensor:
        """Per-frame causal state ``[n, num_frames, d]`` from the rules' SCM under ``causal_interventions``.

        Args:
            causal_interventions: ``{variable: {frame: value}}`` (``{"arrow_hit": {5: 1.0}}``) or
                ``{variable: value}`` for every frame.
            spontaneous_events: False holds every event variable at 0 wherever it is not intervened on,
                so only the requested events happen.
            seed: seeds the SCM's noise (the global generator is left as it was).

        Raises:
            UnknownVariableError: an event name not in the rules.
            InterventionError: a frame outside ``0 … num_frames − 1`` or a value outside [0, 1].
        """
        integer("num_frames", num_frames, 2)
        positive_int("n", n)
        check_memory(rollout_bytes(num_frames, n, len(self.variables)),
                     f"Rolling out {n} causal state(s) of {num_frames} frames", "ask for fewer frames or clips")
        schedule = self._schedule(causal_interventions, num_frames, spontaneous_events)
        if seed is None:
            return self.scm.rollout(num_frames, schedule, n=n)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            return self.scm.rollout(num_frames, schedule, n=n)

    # ------------------------------------------------------------------ generation
    def generation_bytes(self, num_frames: int, batch: int = 1) -> int:
        """About how many bytes `generate` needs for ``batch`` clips of ``num_frames`` frames, counted before
        anything is allocated: the causal state, the clip (twice, to leave room for the caller's copy) and one
        prediction step's activations over the ``receptive_field`` frames it reads."""
        config = self.config
        pixels = config.frame_size**2
        frames = 2 * batch * num_frames * config.channels * pixels
        widths = [block.conv.in_channels for block in self.predictor.blocks] + [config.hidden_channels]
        step = 3 * batch * self.predictor.receptive_field * sum(widths) * pixels
        item = self.predictor.state_maps.element_size()
        return (frames + step) * item + rollout_bytes(num_frames, batch, len(self.variables))

    @torch.no_grad()
    def generate(self, initial_frame: Tensor, num_frames: int | None = None,
                 causal_interventions: Mapping[str, Any] | None = None, causal_state: Tensor | None = None,
                 spontaneous_events: bool = True, seed: int | None = None, return_state: bool = False,
                 ) -> Tensor | tuple[Tensor, Tensor]:
        """A clip from an initial frame, autoregressively: ``[C, H, W]`` or ``[B, C, H, W]`` → ``[B, T, C, H, W]``.

        Args:
            initial_frame: frame 0 (values in [0, 1]).
            num_frames: clip length ``T`` including frame 0 (default ``config.num_frames``).
            causal_interventions: ``{variable: {frame: value}}`` or ``{variable: value}`` — do() on the
                rollout of the rules' SCM, e.g. ``{"arrow_hit": {5: 1.0}}``.
            causal_state: a ready state ``[B, T, d]`` instead of a rollout (then no interventions).
            spontaneous_events, seed: as in `rollout_state`.
            return_state: also return the state ``[B, T, d]`` the clip was drawn from.

        Each frame is predicted from the last ``receptive_field`` frames only (all that reaches the
        output), so generation costs the same per frame at any clip length.
        """
        num_frames = self.config.num_frames if num_frames is None else num_frames
        integer("num_frames", num_frames, 2)
        if isinstance(initial_frame, Tensor) and initial_frame.dim() == 3:
            initial_frame = initial_frame[None]
        _check_frames(initial_frame, self.config, "initial_frame", 4)
        check_memory(self.generation_bytes(num_frames, initial_frame.shape[0]),
                     f"Generating {initial_frame.shape[0]} clip(s) of {num_frames} frames", "ask for fewer frames",
                     device=self.predictor.state_maps.device)
        if not bool(torch.isfinite(initial_frame).all()):
            raise DataError("initial_frame contains NaN or inf; give a frame with values in [0, 1].")
        b = initial_frame.shape[0]
        if causal_state is not None:
            if causal_interventions:
                raise InterventionError("Give causal_interventions or a ready causal_state, not both.")
            if tuple(causal_state.shape) != (b, num_frames, len(self.variables)):
                raise DataError(f"causal_state must be [batch, num_frames, {len(self.variables)}] = "
                                f"{(b, num_frames, len(self.variables))}, got {tuple(causal_state.shape)}.")
            state = causal_state
        else:
            state = self.rollout_state(num_frames, causal_interventions, n=b,
                                       spontaneous_events=spontaneous_events, seed=seed)
        parameter = next(self.predictor.parameters())
        first = initial_frame.to(device=parameter.device, dtype=parameter.dtype)
        state = state.to(device=parameter.device, dtype=parameter.dtype)
        use_state = self.predictor.use_causal_state
        window = self.predictor.receptive_field
        # one clip tensor filled frame by frame: thousands of small frame tensors kept between each step's
        # large temporaries would fragment the heap until it held many times the clip
        clip = first.new_empty(b, num_frames, *first.shape[1:])  # (B, T, C, H, W)
        clip[:, 0] = first
        for t in range(1, num_frames):
            start = max(0, t - window)
            next_state = state[:, start + 1:t + 1] if use_state else None
            prediction = self.predictor(clip[:, start:t], next_state, first)[:, -1]  # (B, w, C, H, W) -> (B, C, H, W)
            clip[:, t] = prediction.clamp(0.0, 1.0)
        return (clip, state) if return_state else clip

    # ------------------------------------------------------------------ files
    def save_pretrained(self, directory: str | Path) -> Path:
        """Write ``config.json`` and ``model.safetensors`` into ``directory`` (each atomically)."""
        config = {"model_type": _MODEL_TYPE, "architecture": type(self).__name__, **self.config.to_dict()}
        return write_pretrained(directory, self.state_dict(), config, "video")

    @classmethod
    def from_pretrained(cls, directory: str | Path, device: torch.device | str | None = None) -> CNSGNet:
        """Load a model written by `save_pretrained` (a training run's folder with ``model/`` works too).

        Raises:
            CheckpointError: a missing or unreadable file, or weights that do not fit the config.
        """
        directory = Path(directory)
        if not (directory / CONFIG_FILE).is_file() and (directory / "model" / CONFIG_FILE).is_file():
            directory = directory / "model"
        raw = read_config(directory, "saved video model", " Train one with: causaltorch video train --out DIR.")
        if raw.get("model_type") != _MODEL_TYPE:
            found = raw.get("model_type")
            raise CheckpointError(f"{directory} holds a {found!r} model, not a causal video model ({_MODEL_TYPE!r}).")
        try:
            settings = {k: v for k, v in raw.items() if k not in ("model_type", "architecture")}
            config = VideoModelConfig.from_dict(settings)
        except (DataError, RuleValidationError, TypeError) as exc:
            raise CheckpointError(f"{directory / CONFIG_FILE} has a bad config: {exc}") from None
        model = load_pretrained(directory, lambda depth: cls(replace(config, num_layers=depth)), config.num_layers,
                                "video")
        return model.to(device) if device is not None else model

    @classmethod
    def load_from_checkpoint(cls, path: str | Path, device: torch.device | str | None = None) -> CNSGNet:
        """Load the model from a Lightning checkpoint of `VideoPredictionModule` (``checkpoints/last.ckpt``).

        The file is read with ``weights_only=True`` (`causaltorch._checkpoint.read_torch_checkpoint`: nothing
        in it is run); the architecture comes from the model config saved in its hyperparameters, and the
        weights are checked against it (names, shapes, dtypes, memory) before the model is built.

        Raises:
            CheckpointError: the file cannot be read, holds code, was not written by `VideoPredictionModule`, or
                holds weights that do not fit its config or hold NaN or infinity.
        """
        path = Path(path)
        return cls.from_checkpoint_contents(read_torch_checkpoint(path), path, device)

    @classmethod
    def from_checkpoint_contents(cls, checkpoint: Any, path: str | Path,
                                 device: torch.device | str | None = None) -> CNSGNet:
        """The model in a Lightning checkpoint already read with `causaltorch._checkpoint.read_torch_checkpoint`
        (``path`` names it in errors); see `load_from_checkpoint`."""
        hyper = checkpoint.get("hyper_parameters") if isinstance(checkpoint, dict) else None
        settings = hyper.get("model_config") if isinstance(hyper, dict) else None
        if not isinstance(settings, dict) or not isinstance(checkpoint.get("state_dict"), dict):
            raise CheckpointError(f"{path} holds no video model; it was not written by VideoPredictionModule.")
        try:
            config = VideoModelConfig.from_dict(settings)
        except (DataError, RuleValidationError, TypeError) as exc:
            raise CheckpointError(f"{path} does not hold a usable video model: {exc}") from None
        prefix = "model."
        state = {k[len(prefix):]: v for k, v in checkpoint["state_dict"].items()
                 if isinstance(k, str) and k.startswith(prefix) and isinstance(v, Tensor)}

        def build(depth: int) -> CNSGNet:
            return cls(replace(config, num_layers=depth))

        options = dict(config_name="its model config", hint="the checkpoint was not written by VideoPredictionModule")
        check_stored_state(build, config.num_layers, state, path, **options)
        model = build(config.num_layers)
        load_checked(model, state, path, **options)
        return model.to(device) if device is not None else model

