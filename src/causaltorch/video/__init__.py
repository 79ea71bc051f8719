"""Causal video: temporal-rule clips, the causal frame predictor / CNSGNet generator, GIF output.

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
    "CNSG_VideoGenerator": "causaltorch.video.models",
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
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
