"""Causal vision: CausalScenes data, generators with an SCM latent, a causal ViT and text–vision models.

Names are imported lazily (PEP 562). Training them (`CausalGAN`, the ViT classifier) lives in
``causaltorch.training``, the only package that imports Lightning.
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "CausalScenes": "causaltorch.vision.data",
    "CausalScenesStream": "causaltorch.vision.data",
    "render_scenes": "causaltorch.vision.data",
    "save_image_grid": "causaltorch.vision.data",
    "scene_classes": "causaltorch.vision.data",
    "vision_rules": "causaltorch.vision.data",
    "SCENE_CLASSES": "causaltorch.vision.data",
    "CausalLatentEncoder": "causaltorch.vision.latent",
    "IntensityNoisyOr": "causaltorch.vision.latent",
    "CausalImageGenerator": "causaltorch.vision.generator",
    "CausalImageGeneratorConfig": "causaltorch.vision.generator",
    "CausalCNN": "causaltorch.vision.generator",
    "CausalDiscriminator": "causaltorch.vision.generator",
    "IndependentFactorLatent": "causaltorch.vision.generator",
    "CausalVisionTransformer": "causaltorch.vision.vit",
    "MultimodalCausalTransformer": "causaltorch.vision.multimodal",
    "MultiModalCausalModel": "causaltorch.vision.multimodal",
    "MultimodalFeatures": "causaltorch.vision.multimodal",
}

__all__ = list(_EXPORTS)

# CausalGAN is a LightningModule (how to train a generator, not a model): it lives in causaltorch.training.
_DEPRECATED = {"CausalGAN": ("causaltorch.training.vision", "CausalGAN", "causaltorch.training.CausalGAN")}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
