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
``CNSG_TextGenerator``            text        the spec's name for ``cnsg`` (the same class)
``CausalImageGenerator``          image       the image generator: SCM latent over named factors → decoder;
                                              ``generate(causal_interventions=...)`` is do()
``CausalCNN``                     image       ``CausalImageGenerator`` with the spec's arguments (``image_size``)
``CausalDiscriminator``           image       the GAN critic, one head per rule
``CausalVisionTransformer``       image       the image classifier: a ViT that also reads the rules' factors
``CausalLatentEncoder``           image       the SCM latent over the rules' factors (``do()`` on named factors)
``CausalPatchEmbedding``,         image       the ViT's building blocks: patches + propagated factor values,
``CausalVisionBlock``,                        a block whose tokens showing an effect attend to their causes,
``CausalClassificationHead``                  the factor-based class head
``CausalSpatialDecoder``,         image       the generator's decoder and its stages: upsampling that appends
``CausalUpsampling``,                         one map per factor; ``SparseConvBlock`` runs only each picture's
``SparseConvBlock``                           top-k output channels (``sparsity=``)
``MultimodalCausalTransformer``   text+image  a (text, image) classifier joined through the rules' variables;
                                              ``.at_spec_sizes()`` builds the spec's example
``CNSGNet``                       video       the video generator: temporal SCM rollout → frames
``CausalFramePredictor``          video       the next-frame network inside ``CNSGNet``
================================  ==========  ================================================================

Deprecated names (they still work and warn with `DeprecationWarning`): ``CausalGAN`` (a LightningModule:
``causaltorch.training.CausalGAN``), ``CNSG_VideoGenerator`` (the LightningModule that trains and generates
with a ``CNSGNet``: ``causaltorch.training.CNSG_VideoGenerator``, also ``causaltorch.CNSG_VideoGenerator``) and
``MultiModalCausalModel`` (``MultimodalCausalTransformer.at_spec_sizes``).
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
    "CNSG_TextGenerator": "causaltorch.text.model",
    "CausalImageGenerator": "causaltorch.vision.generator",
    "CausalCNN": "causaltorch.vision.generator",
    "CausalDiscriminator": "causaltorch.vision.generator",
    "CausalVisionTransformer": "causaltorch.vision.vit",
    "CausalLatentEncoder": "causaltorch.vision.latent",
    "CausalPatchEmbedding": "causaltorch.vision.vit",
    "CausalVisionBlock": "causaltorch.vision.vit",
    "CausalClassificationHead": "causaltorch.vision.vit",
    "CausalSpatialDecoder": "causaltorch.vision.decoder",
    "CausalUpsampling": "causaltorch.vision.upsampling",
    "SparseConvBlock": "causaltorch.vision.sparse_conv",
    "MultimodalCausalTransformer": "causaltorch.vision.multimodal",
    "CNSGNet": "causaltorch.video.models",
    "CausalFramePredictor": "causaltorch.video.models",
}

__all__ = list(_EXPORTS)

# CausalGAN is a LightningModule (how to train a generator, not a model): it lives in causaltorch.training.
# MultiModalCausalModel was MultimodalCausalTransformer at the spec's sizes: now its at_spec_sizes().
_DEPRECATED = {
    "CNSG_VideoGenerator": ("causaltorch.training.video", "CNSG_VideoGenerator",
                            "causaltorch.training.CNSG_VideoGenerator (a LightningModule around the plain model "
                            "causaltorch.models.CNSGNet)"),
    "CausalGAN": ("causaltorch.training.vision", "CausalGAN", "causaltorch.training.CausalGAN"),
    "MultiModalCausalModel": ("causaltorch.vision.multimodal", "_spec_sized_model",
                              "causaltorch.models.MultimodalCausalTransformer.at_spec_sizes"),
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
