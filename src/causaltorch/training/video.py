"""Training causal video models with Lightning: how to train, not the model itself.

- `VideoPredictionModule`: next-frame prediction on windows of `CausalClips` — the predictor sees frames
  ``s … s+W−1`` with the state of frames ``s+1 … s+W`` and is scored (squared error) against frames
  ``s+1 … s+W``. Pixels that change between consecutive frames weigh ``1 + change_weight``: events
  cover a few pixels of a mostly still scene, and an unweighted loss would let the model ignore them.
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

from causaltorch._checkpoint import check_memory
from causaltorch._validate import integer, nonnegative, positive, positive_int
from causaltorch.errors import DataError, require
from causaltorch.video.data import CausalClips, clip_bytes
from causaltorch.video.models import CausalFramePredictor, CNSGNet, VideoModelConfig

L = require("lightning", "video", "training video models")

__all__ = ["VideoPredictionModule", "step_bytes", "train_video"]


class VideoPredictionModule(L.LightningModule):
    """Trains ``model.predictor`` (a `CNSGNet`'s) to predict the next frame.

    Args:
        model: the `CNSGNet` to train; it stays a plain module (``module.model``).
        learning_rate: peak AdamW learning rate (cosine decay to 10 % over the run).
        window: frames predicted per training example (a random window of each batch's clips).
        change_weight: extra weight of pixels that change between consecutive frames.
        input_noise: standard deviation of Gaussian noise added to the input frames (not the targets), so
            the model learns to correct small errors of its own earlier predictions instead of copying them.
    """

    def __init__(self, model: CNSGNet, learning_rate: float = 3e-3, window: int = 8, change_weight: float = 10.0,
                 input_noise: float = 0.03):
        super().__init__()
        if not isinstance(model, CNSGNet):
            raise DataError(f"model must be a CNSGNet, got {type(model).__name__}.")
        positive_int("window", window)
        positive("learning_rate", learning_rate)
        nonnegative("change_weight", change_weight)
        nonnegative("input_noise", input_noise)
        self.model = model
        self.save_hyperparameters({"learning_rate": float(learning_rate), "window": window,
                                   "change_weight": float(change_weight), "input_noise": float(input_noise),
                                   "model_config": model.config.to_dict()})

    def _loss(self, batch: dict[str, Tensor]) -> Tensor:
        frames, state = batch["frames"], batch["state"]  # (B, T, C, H, W), (B, T, d)
        steps = frames.shape[1] - 1
        window = min(self.hparams.window, steps)
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
                accelerator: str = "auto", devices: Any = "auto", logger: Any = True) -> CNSGNet:
    """Train a `CNSGNet` on ``clips`` for ``steps`` optimizer steps; the model is saved to ``out_dir/model``.

    Args:
        clips: training clips (default ``CausalClips(256, seed=seed)``).
        config: the architecture (default: `VideoModelConfig` sized to the clips, with their rules).
        progress_bar: ``"tqdm"``, ``"rich"`` or ``"none"``.
    """
    from causaltorch.training.text import make_trainer

    positive_int("steps", steps)
    positive_int("batch_size", batch_size)
    L.seed_everything(seed, verbose=False)
    clips = clips if clips is not None else CausalClips(256, seed=seed)
    if config is None:
        config = VideoModelConfig(frame_size=clips.size, causal_rules=clips.ruleset.to_dict(),
                                  num_frames=clips.num_frames)
    integer("window", window, 1, clips.num_frames - 1,
            what=f"in [1, {clips.num_frames - 1}] (frames predicted per step; the clips have {clips.num_frames})")
    if config.frame_size != clips.size or config.ruleset.variables != clips.variables:
        raise DataError(f"The model is built for {config.frame_size}-pixel frames over {config.ruleset.variables}, "
                        f"but the clips have {clips.size}-pixel frames over {clips.variables}.")
    model = CNSGNet(config)
    module = VideoPredictionModule(model, learning_rate=learning_rate, window=window, change_weight=change_weight)
    batch = min(batch_size, len(clips))
    check_memory(batch * step_bytes(config, clips.num_frames, window),
                 f"Training on batches of {batch} clips of {clips.num_frames} frames ({window} predicted per step)",
                 "use a smaller batch_size, clips of fewer frames or a smaller window")
    loader = DataLoader(clips, batch_size=batch, shuffle=True, drop_last=True)
    trainer = make_trainer(steps, out_dir, accelerator=accelerator, devices=devices, progress_bar=progress_bar,
                           logger=logger, log_every_n_steps=max(1, min(10, steps)))
    trainer.fit(module, train_dataloaders=loader)
    return model.cpu().eval()
