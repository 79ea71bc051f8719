"""Causal video: clips that obey temporal rules, the model that generates them, and GIF / PNG output.

- `CNSGNet`: **the video generator**. The rules' temporal `StructuralCausalModel` rolls out the per-frame
  causal state (with ``causal_interventions`` at given frames), and a `CausalFramePredictor` draws the clip
  frame by frame from it: ``CNSGNet(VideoModelConfig(...)).generate(first_frame, num_frames=24)`` →
  ``[1, 24, 3, S, S]``. Saved as ``config.json`` + ``model.safetensors``.
- `CausalFramePredictor`: the next-frame network inside `CNSGNet` (temporal causal convolutions); it also
  predicts one frame from a frame and a latent.
- `VideoModelConfig`: the architecture of both.
- `CausalClips`, `render_frames`, `load_video_rules`, `EffectDetector`: synthetic clips whose events follow
  the bundled ``video`` rules, and a detector that reads the events back off frames.
- `write_gif`, `read_gif`, `write_frame_grid`: output.

Not to be confused with `causaltorch.models.cnsg`, the *text* model (a `CausalTransformer`); the
"CNSG" in both names is the spec's "causal neuro-symbolic generator". Training (`train_video`,
`VideoPredictionModule`) lives in ``causaltorch.training``, and so does the spec's `CNSG_VideoGenerator`: a
LightningModule around a `CNSGNet` (it trains, loads Lightning checkpoints and generates), so
``causaltorch.video.CNSG_VideoGenerator`` is a deprecated path to ``causaltorch.training.CNSG_VideoGenerator``.
Names are imported lazily (PEP 562), so ``import causaltorch.video`` costs nothing until one is used.
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "CausalClips": "causaltorch.video.data",
    "EffectDetector": "causaltorch.video.data",
    "SCENE_VARIABLES": "causaltorch.video.data",
    "load_video_rules": "causaltorch.video.data",
    "render_frames": "causaltorch.video.data",
    "scene_palettes": "causaltorch.video.data",
    "VideoModelConfig": "causaltorch.video.models",
    "CausalFramePredictor": "causaltorch.video.models",
    "CNSGNet": "causaltorch.video.models",
    "write_gif": "causaltorch.video.gif",
    "read_gif": "causaltorch.video.gif",
    "write_frame_grid": "causaltorch.video.gif",
}

__all__ = list(_EXPORTS)

# Training lives in causaltorch.training, the only package that imports Lightning.
_DEPRECATED = {
    "VideoPredictionModule": ("causaltorch.training.video", "VideoPredictionModule",
                              "causaltorch.training.VideoPredictionModule"),
    "train_video": ("causaltorch.training.video", "train_video", "causaltorch.training.train_video"),
    "CNSG_VideoGenerator": ("causaltorch.training.video", "CNSG_VideoGenerator",
                            "causaltorch.training.CNSG_VideoGenerator (a LightningModule around the plain model, "
                            "causaltorch.video.CNSGNet)"),
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
