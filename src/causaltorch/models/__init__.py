"""Re-exports of every model, so ``from causaltorch.models import cnsg`` works (imported lazily).

Which model is which (every one a plain ``nn.Module``; training lives in ``causaltorch.training``):

================================  ==========  ================================================================
name                              modality    what it is
================================  ==========  ================================================================
``CausalTransformer``             text        the text generator: a decoder-only transformer whose generation
                                              follows the rules (``CausalTransformerConfig`` configures it)
``cnsg``                          text        ``CausalTransformer`` with the spec's arguments (``d_model``,
                                              ``n_layers``, ``max_seq_length``): the "causal neuro-symbolic
                                              generator" for text. Not the video model ``CNSGNet``
``CausalLanguageModel``           text        ``CausalTransformer`` that carries its tokenizer, so
                                              ``generate("If it rains,")`` returns text
``CausalImageGenerator``          image       the image generator: SCM latent over named factors → decoder;
                                              ``generate(causal_interventions=...)`` is do()
``CausalCNN``                     image       ``CausalImageGenerator`` with the spec's arguments (``image_size``)
``CausalDiscriminator``           image       the GAN critic, one head per rule
``CausalVisionTransformer``       image       the image classifier: a ViT that also reads the rules' factors
``MultimodalCausalTransformer``   text+image  a (text, image) classifier joined through the rules' variables;
                                              ``.at_spec_sizes()`` builds the spec's example
``CNSGNet``                       video       the video generator: temporal SCM rollout → frames
``CNSG_VideoGenerator``           video       the spec's name for ``CNSGNet`` (the same class)
``CausalFramePredictor``          video       the next-frame network inside ``CNSGNet``
================================  ==========  ================================================================

Deprecated names (they still work and warn with `DeprecationWarning`): ``CausalGAN`` (a LightningModule:
``causaltorch.training.CausalGAN``) and ``MultiModalCausalModel`` (``MultimodalCausalTransformer.at_spec_sizes``).
``causaltorch.EthicalCNSGNet`` is not a model but a wrapper that checks any model's outputs (``causaltorch.ethics``).
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "cnsg": "causaltorch.text.model",
    "CausalTransformer": "causaltorch.text.model",
    "CausalTransformerConfig": "causaltorch.text.config",
    "CausalLanguageModel": "causaltorch.text.model",
    "CausalImageGenerator": "causaltorch.vision.generator",
    "CausalCNN": "causaltorch.vision.generator",
    "CausalDiscriminator": "causaltorch.vision.generator",
    "CausalVisionTransformer": "causaltorch.vision.vit",
    "MultimodalCausalTransformer": "causaltorch.vision.multimodal",
    "CNSGNet": "causaltorch.video.models",
    "CNSG_VideoGenerator": "causaltorch.video.models",
    "CausalFramePredictor": "causaltorch.video.models",
}

__all__ = list(_EXPORTS)

# CausalGAN is a LightningModule (how to train a generator, not a model): it lives in causaltorch.training.
# MultiModalCausalModel was MultimodalCausalTransformer at the spec's sizes: now its at_spec_sizes().
_DEPRECATED = {
    "CausalGAN": ("causaltorch.training.vision", "CausalGAN", "causaltorch.training.CausalGAN"),
    "MultiModalCausalModel": ("causaltorch.vision.multimodal", "_spec_sized_model",
                              "causaltorch.models.MultimodalCausalTransformer.at_spec_sizes"),
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
