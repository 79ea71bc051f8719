"""Re-exports of every model, so ``from causaltorch.models import cnsg`` works (imported lazily)."""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "cnsg": "causaltorch.text.model",
    "CausalTransformer": "causaltorch.text.model",
    "CausalTransformerConfig": "causaltorch.text.model",
    "CausalLanguageModel": "causaltorch.text.model",
    "CausalImageGenerator": "causaltorch.vision.generator",
    "CausalCNN": "causaltorch.vision.generator",
    "CausalDiscriminator": "causaltorch.vision.generator",
    "CausalVisionTransformer": "causaltorch.vision.vit",
    "MultimodalCausalTransformer": "causaltorch.vision.multimodal",
    "MultiModalCausalModel": "causaltorch.vision.multimodal",
    "CNSGNet": "causaltorch.video.models",
    "CNSG_VideoGenerator": "causaltorch.video.models",
    "CausalFramePredictor": "causaltorch.video.models",
}

__all__ = list(_EXPORTS)

# CausalGAN is a LightningModule (how to train a generator, not a model): it lives in causaltorch.training.
_DEPRECATED = {"CausalGAN": ("causaltorch.training.vision", "CausalGAN", "causaltorch.training.CausalGAN")}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
