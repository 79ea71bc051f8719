"""Causal vision: scenes that obey rules, image generators with an SCM latent, a causal ViT, text + vision.

Models (each a plain ``nn.Module``):

- `CausalImageGenerator`: **the image generator**. Noise → `CausalLatentEncoder` (the rules' SCM over named
  factors, plus free dimensions) → a convolutional decoder; ``generate(causal_interventions={"rain": 0.9})``
  is do() on the latent SCM. Configured by `CausalImageGeneratorConfig`.
- `CausalCNN`: the spec's name and arguments (``image_size``) for the same generator; a subclass.
- `CausalDiscriminator`: the GAN critic, with one head per rule that reads (cause, effect) off a picture.
- `IndependentFactorLatent`: the ablation latent (factors drawn independently, no rules between them).
- `CausalVisionTransformer`: **the image classifier** (a ViT whose class token also reads the rules' factors).
- `MultimodalCausalTransformer`: **text + image classifier**; a text model and a `CausalVisionTransformer`
  joined through the rules' variables (`MultimodalFeatures` is what its ``forward_features`` returns).
  ``MultimodalCausalTransformer.at_spec_sizes(...)`` builds it at the spec's sizes; its old name
  ``MultiModalCausalModel`` still works, with a `DeprecationWarning`.

Building blocks (the spec's names; the models above are built from them):

- `CausalLatentEncoder`: noise → the rules' SCM factors + free dimensions (``causal_dim``, ``hidden_dim``).
- `CausalSpatialDecoder`: causal latent → picture, every stage reading the factors through `CausalUpsampling`
  (upsampling plus one constant map per factor); dense stages, or `SparseConvBlock` s that compute only the
  output channels a router picks per picture (``sparsity``), skipping the rest of the convolution.
- `CausalPatchEmbedding`, `CausalVisionBlock`, `CausalClassificationHead`: the ViT's parts; with rules, the
  embedding adds each patch's rule-propagated factors, the block biases attention from effects to causes, and
  the head reads the factors into the logits.

``causal_rules=None``: models that need factors (the generators, `CausalLatentEncoder`, ``CausalGAN``) use
the bundled ``vision`` rules and log it; the other pieces and `CausalVisionTransformer` are then plain.

Data: `CausalScenes` (a dataset of rendered weather scenes with known factors), `CausalScenesStream`
(endless, for training), `render_scenes`, `scene_classes` / `SCENE_CLASSES`, `vision_rules`, `save_image_grid`.

Training (`CausalGAN`, `SceneDataModule`, `train_vit_classifier`) lives in ``causaltorch.training``, the only
package that imports Lightning; ``causaltorch.vision.CausalGAN`` still works, with a `DeprecationWarning`.
Names are imported lazily (PEP 562).
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
    "CausalPatchEmbedding": "causaltorch.vision.vit",
    "CausalVisionBlock": "causaltorch.vision.vit",
    "CausalClassificationHead": "causaltorch.vision.vit",
    "CausalSpatialDecoder": "causaltorch.vision.decoder",
    "CausalUpsampling": "causaltorch.vision.upsampling",
    "SparseConvBlock": "causaltorch.vision.sparse_conv",
    "MultimodalCausalTransformer": "causaltorch.vision.multimodal",
    "MultimodalFeatures": "causaltorch.vision.multimodal",
}

__all__ = list(_EXPORTS)

# CausalGAN is a LightningModule (how to train a generator, not a model): it lives in causaltorch.training.
# MultiModalCausalModel was MultimodalCausalTransformer at the spec's sizes: now its at_spec_sizes().
_DEPRECATED = {
    "CausalGAN": ("causaltorch.training.vision", "CausalGAN", "causaltorch.training.CausalGAN"),
    "MultiModalCausalModel": ("causaltorch.vision.multimodal", "_spec_sized_model",
                              "causaltorch.vision.MultimodalCausalTransformer.at_spec_sizes"),
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
