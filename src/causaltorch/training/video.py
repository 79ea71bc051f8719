"""Training causal video models with Lightning: how to train, not the model itself.

- `VideoPredictionModule` (also named `CNSG_VideoGenerator`, the spec's name): next-frame prediction on
  windows of `CausalClips` — the predictor sees frames ``s … s+W−1`` with the state of frames
  ``s+1 … s+W`` and is scored (squared error) against frames ``s+1 … s+W``. Pixels that change between
  consecutive frames weigh ``1 + change_weight``: events cover a few pixels of a mostly still scene, and an
  unweighted loss would let the model ignore them. It generates too (``module.generate(...)`` is its
  `CNSGNet`'s), so the spec's ``CNSG_VideoGenerator.load_from_checkpoint("global.ckpt")`` followed by
  ``lightning.Trainer(...).fit(model, loader)`` works as written.
- `train_video`: clips → Lightning `Trainer` (the text trainer factory: progress bar, CSV log,
  Lightning checkpoints, safetensors export to ``out_dir/model``) → the trained `CNSGNet`.

Lightning is imported when this module is; ``import causaltorch`` never imports it.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import torch
from torch import Tensor
from torch.utils.data import DataLoader

from causaltorch._checkpoint import check_memory, read_torch_checkpoint
from causaltorch._validate import integer, nonnegative, optional, positive, positive_int
from causaltorch.errors import CheckpointError, DataError, require
from causaltorch.rules import CausalRuleSet
from causaltorch.video.data import CausalClips, clip_bytes, load_video_rules
from causaltorch.video.models import CausalFramePredictor, CNSGNet, VideoModelConfig

L = require("lightning", "video", "training video models")

__all__ = ["CNSG_VideoGenerator", "VideoPredictionModule", "step_bytes", "train_video"]

DEFAULT_CLIPS = 256  # clips `train_video` draws when given none
_SETTINGS = ("learning_rate", "window", "change_weight", "input_noise")  # the training settings in hparams


def _checked_settings(learning_rate: float = 3e-3, window: int = 8, change_weight: float = 10.0,
                      input_noise: float = 0.03) -> dict[str, Any]:
    """The training settings, checked, as stored in the hyperparameters."""
    return {"learning_rate": positive("learning_rate", learning_rate), "window": positive_int("window", window),
            "change_weight": nonnegative("change_weight", change_weight),
            "input_noise": nonnegative("input_noise", input_noise)}


class VideoPredictionModule(L.LightningModule):
    """Trains ``model.predictor`` (a `CNSGNet`'s) to predict the next frame; generates with the model.

    Also exported as `CNSG_VideoGenerator` (the same class): the spec's video generator as a LightningModule.

    Args:
        model: the `CNSGNet` to train (it stays a plain module: ``module.model``), or a `VideoModelConfig`
            to build one from (default: ``VideoModelConfig()``, the bundled ``video`` rules at 32 × 32).
        learning_rate: peak AdamW learning rate (cosine decay to 10 % over the run).
        window: frames predicted per training example (a random window of each batch's clips); at most the
            clips' length − 1 (a longer window is refused at the first batch).
        change_weight: extra weight of pixels that change between consecutive frames.
        input_noise: standard deviation of Gaussian noise added to the input frames (not the targets), so
            the model learns to correct small errors of its own earlier predictions instead of copying them.

    Batches are `CausalClips` items, ``{"frames": [B, T, C, H, W], "state": [B, T, d]}``, so
    ``lightning.Trainer(max_steps=...).fit(module, DataLoader(CausalClips(256), batch_size=16))`` trains it.
    A Lightning checkpoint of it loads with `load_from_checkpoint` (weights only, checked);
    ``module.generate(first_frame, num_frames=24, causal_interventions=...)`` is `CNSGNet.generate`.
    """

    def __init__(self, model: CNSGNet | VideoModelConfig | None = None, learning_rate: float = 3e-3, window: int = 8,
                 change_weight: float = 10.0, input_noise: float = 0.03):
        super().__init__()
        if model is not None and not isinstance(model, (CNSGNet, VideoModelConfig)):
            raise DataError(f"model must be a CNSGNet or a VideoModelConfig, got {type(model).__name__}.")
        settings = _checked_settings(learning_rate=learning_rate, window=window, change_weight=change_weight,
                                     input_noise=input_noise)
        self.model = model if isinstance(model, CNSGNet) else CNSGNet(model)
        self.save_hyperparameters({**settings, "model_config": self.model.config.to_dict()})

    @property
    def causal_rules(self) -> CausalRuleSet:
        """The temporal rules the model draws clips under (its `CNSGNet`'s ``ruleset``)."""
        return self.model.ruleset

    def forward(self, frames: Tensor, next_state: Tensor | None = None, first_frame: Tensor | None = None) -> Tensor:
        """The model's next-frame predictions (see `CausalFramePredictor.forward`)."""
        return self.model(frames, next_state, first_frame)

    def generate(self, initial_frame: Tensor, *args: Any, **kwargs: Any) -> Tensor | tuple[Tensor, Tensor]:
        """A clip from an initial frame: `CNSGNet.generate` (same arguments and result)."""
        return self.model.generate(initial_frame, *args, **kwargs)

    def save_pretrained(self, directory: str | Path) -> Path:
        """Write the model as ``config.json`` + ``model.safetensors`` (`CNSGNet.save_pretrained`)."""
        return self.model.save_pretrained(directory)

    @classmethod
    def from_pretrained(cls, directory: str | Path, device: torch.device | str | None = None,
                        **settings: Any) -> VideoPredictionModule:
        """A module around a model saved with ``save_pretrained`` (`CNSGNet.from_pretrained`); ``settings`` are
        the training settings (``learning_rate``, ``window``, …)."""
        return cls(CNSGNet.from_pretrained(directory, device), **settings)

    @classmethod
    def load_from_checkpoint(cls, checkpoint_path: str | Path, map_location: torch.device | str | None = None,
                             **overrides: Any) -> VideoPredictionModule:
        """The module saved in a Lightning checkpoint (``trainer.save_checkpoint(path)``, ``checkpoints/last.ckpt``).

        Unlike Lightning's own loader, the file is read with ``weights_only=True`` (nothing in it is run), and the
        weights are checked against the model config in its hyperparameters before the model is built
        (`CNSGNet.load_from_checkpoint`). The training settings come from the checkpoint; ``overrides`` replace
        some (``learning_rate=1e-3``). ``map_location``: the device to put the module on.

        Raises:
            CheckpointError: the file cannot be read, was not written by this module, or holds weights or
                settings that do not fit.
            DataError: an override that is not a training setting, or a bad value.
        """
        unknown = sorted(set(overrides) - set(_SETTINGS))
        if unknown:
            raise DataError(f"load_from_checkpoint takes the training settings {', '.join(_SETTINGS)} as overrides; "
                            f"got {', '.join(unknown)}.")
        path = Path(checkpoint_path)
        checkpoint = read_torch_checkpoint(path)
        model = CNSGNet.from_checkpoint_contents(checkpoint, path)  # checks the file holds this module's model
        stored = checkpoint["hyper_parameters"]
        try:
            settings = _checked_settings(**{name: stored[name] for name in _SETTINGS if name in stored})
        except DataError as exc:
            raise CheckpointError(f"{path} holds bad training settings: {exc}") from None
        module = cls(model, **{**settings, **overrides})
        return module.to(map_location) if map_location is not None else module

    def _loss(self, batch: dict[str, Tensor]) -> Tensor:
        frames, state = batch["frames"], batch["state"]  # (B, T, C, H, W), (B, T, d)
        steps = frames.shape[1] - 1
        window = self.hparams.window
        if window > steps:
            raise DataError(f"window={window} frames are predicted per step, but the clips have {frames.shape[1]} "
                            f"frames (at most {steps} predictions); use window <= {steps} or longer clips.")
        start = int(torch.randint(0, steps - window + 1, ()))
        inputs, targets = frames[:, start:start + window], frames[:, start + 1:start + window + 1]
        next_state = state[:, start + 1:start + window + 1] if self.model.predictor.use_causal_state else None
        noisy = inputs + self.hparams.input_noise * torch.randn_like(inputs)
        predictions = self.model.predictor(noisy, next_state, frames[:, 0])
        changed = (targets - inputs).abs().amax(dim=2, keepdim=True) > 0.02  # (B, W, 1, H, W)
        weight = 1.0 + self.hparams.change_weight * changed
        return (weight * (predictions - targets).pow(2)).mean()

    def training_step(self, batch: dict[str, Tensor], batch_idx: int) -> Tensor:
        loss = self._loss(batch)
        self.log("train_loss", loss, prog_bar=True)
        return loss

    def configure_optimizers(self) -> dict[str, Any]:
        optimizer = torch.optim.AdamW(self.model.predictor.parameters(), lr=self.hparams.learning_rate,
                                      weight_decay=0.0)
        total = max(1, int(self.trainer.estimated_stepping_batches))

        def factor(step: int) -> float:
            return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, step / total)))

        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, factor)
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}


def step_bytes(config: VideoModelConfig, num_frames: int, window: int) -> int:
    """About how many bytes one training step needs per clip of ``num_frames`` frames, counted before anything is
    allocated: the rendered clip, and the predictor's activations over ``window`` frames (every block's input and
    output, the noisy copy and the loss terms), kept for the backward pass."""
    with torch.device("meta"):  # the block widths, without allocating the model
        predictor = CausalFramePredictor(config)
    widths = [block.conv.in_channels for block in predictor.blocks] + [config.hidden_channels]
    activations = 4 * min(window, num_frames - 1) * sum(widths) * config.frame_size**2 * 4
    return clip_bytes(1, num_frames, config.frame_size) + activations


def train_video(out_dir: str | Path, steps: int, clips: CausalClips | None = None,
                config: VideoModelConfig | None = None, batch_size: int = 16, learning_rate: float = 3e-3,
                window: int = 8, change_weight: float = 10.0, progress_bar: str = "tqdm", seed: int = 0,
                accelerator: str = "auto", devices: Any = "auto", logger: Any = True,
                num_clips: int | None = None, *, strategy: Any = "auto", num_nodes: int = 1,
                precision: str | int | None = None, tracking: Any = None, model_name: str = "causaltorch-video",
                fidelity: Any = None) -> CNSGNet:
    """Train a `CNSGNet` on ``clips`` for ``steps`` optimizer steps; the model is saved to ``out_dir/model``.

    Args:
        clips: training clips (default: ``num_clips`` clips drawn for ``config``: its rules, frame size and
            ``num_frames``, seeded by ``seed``).
        config: the architecture (default: `VideoModelConfig` sized to the clips, with their rules).
        window: frames predicted per step, in ``[1, frames per clip − 1]``.
        progress_bar: ``"tqdm"``, ``"rich"`` or ``"none"``.
        num_clips: how many clips to draw when ``clips`` is not given (default ``DEFAULT_CLIPS``).
        accelerator, devices, strategy, num_nodes, precision: passed to Lightning unchanged (``strategy="ddp"``
            …; under DDP each process reads its own share of the clips and ``batch_size`` is per process).
        tracking: None/False, True, a project name or a `CausalMLOps`: params, per-step losses, the rule
            graph, ``fidelity(model)``'s scores and the final model (as ``model_name``) go to MLflow
            (`make_trainer`).

    Every setting, the trainer's setup, and the memory one training step needs are checked before any clip is
    drawn or model built.

    Raises:
        DataError: a bad setting (a window longer than the clips, naming both), clips that do not fit the
            config, a setup Lightning refuses, or a step that needs more memory than the machine has.
    """
    from causaltorch.training.mlops import check_tracking
    from causaltorch.training.text import make_trainer

    positive_int("steps", steps)
    positive_int("batch_size", batch_size)
    _checked_settings(learning_rate=learning_rate, change_weight=change_weight)
    optional(positive_int, "num_clips", num_clips)
    check_tracking(tracking)
    if clips is not None and num_clips is not None:
        raise DataError("Give clips or num_clips (how many clips to draw), not both.")
    num_clips = DEFAULT_CLIPS if num_clips is None else num_clips
    if config is None:
        config = VideoModelConfig() if clips is None else VideoModelConfig(
            frame_size=clips.size, causal_rules=clips.ruleset.to_dict(), num_frames=clips.num_frames)
    num_frames = config.num_frames if clips is None else clips.num_frames
    integer("window", window, 1, num_frames - 1,
            what=f"in [1, {num_frames - 1}] (frames predicted per step; the clips have {num_frames} frames)")
    if clips is None:
        load_video_rules(config.ruleset)  # the scene must be able to draw every variable
    elif config.frame_size != clips.size or config.ruleset.variables != clips.variables:
        raise DataError(f"The model is built for {config.frame_size}-pixel frames over {config.ruleset.variables}, "
                        f"but the clips have {clips.size}-pixel frames over {clips.variables}.")
    batch = min(batch_size, num_clips if clips is None else len(clips))
    check_memory(batch * step_bytes(config, num_frames, window),
                 f"Training on batches of {batch} clips of {num_frames} frames ({window} predicted per step)",
                 "use a smaller batch_size, clips of fewer frames or a smaller window")
    every = None if tracking else max(1, min(10, steps))  # tracked: every step
    trainer = make_trainer(steps, out_dir, accelerator=accelerator, devices=devices, strategy=strategy,
                           num_nodes=num_nodes, precision=precision, progress_bar=progress_bar, logger=logger,
                           log_every_n_steps=every, tracking=tracking, model_name=model_name, experiment="video",
                           fidelity=fidelity)
    L.seed_everything(seed, verbose=False)
    if clips is None:
        clips = CausalClips(num_clips, num_frames=num_frames, size=config.frame_size, rules=config.ruleset,
                            seed=seed)
    model = CNSGNet(config)
    module = VideoPredictionModule(model, learning_rate=learning_rate, window=window, change_weight=change_weight)
    loader = DataLoader(clips, batch_size=batch, shuffle=True, drop_last=True)
    trainer.fit(module, train_dataloaders=loader)
    return model.cpu().eval()


CNSG_VideoGenerator = VideoPredictionModule
