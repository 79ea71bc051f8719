"""Text + vision: a text model and a CausalVisionTransformer joined through the rules' variables.

Read top to bottom: `MultimodalFeatures` (what one forward pass computes), then `MultimodalCausalTransformer`
(its ``at_spec_sizes`` builds the spec's example: the same model with 512-wide, full-depth encoders).
``MultiModalCausalModel`` is the deprecated old name of ``MultimodalCausalTransformer.at_spec_sizes``.

The rules act in three places, all driven by one `CausalSymbolicLayer` (DESIGN §3, §4):

1. Evidence. Each rule variable is seen in the text (``text_variables``: which tokens express it) or in
   the picture (the vision model's factor head on the class token), ``e = 1 − (1 − e_text)(1 − e_image)``.
2. Intensities. The symbolic layer propagates the evidence through the rule graph's SCM, under optional
   ``interventions`` (``{"rain": 0.0}`` is ``do(rain=0)``: rain and what it causes lose their boost).
3. Rule slots. Each variable becomes one token, its learned embedding scaled by its intensity. Text and
   image tokens attend across modalities *and* to these slots with `CausalAttention`'s rule bias, so a
   token that expresses an effect attends more to the slots and tokens of its causes. The slots are
   pooled into the fused representation, and the logits read the intensities directly::

       logits = factor_weights · intensities + classifier(fused)

so a stronger cause raises (a positive rule) or lowers (a negative rule) its effect's intensity, its
slot and its share of every logit, exactly as the SCM says.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch._checkpoint import check_memory
from causaltorch._lazy import lazy_exports
from causaltorch._validate import optional, positive_int
from causaltorch.errors import DataError
from causaltorch.layers.attention import CausalAttention, variable_intensities
from causaltorch.layers.symbolic import CausalSymbolicLayer
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.vision.vit import CausalVisionTransformer

__all__ = ["MultimodalFeatures", "MultimodalCausalTransformer"]


def _heads_for(d_model: int, preferred: int = 8) -> int:
    return next(h for h in range(min(preferred, d_model), 0, -1) if d_model % h == 0)


@dataclass
class MultimodalFeatures:
    """What `MultimodalCausalTransformer.forward_features` computes for B (text, image) pairs and d variables."""

    text: Tensor  # (B, T, D) text tokens after attending to the image tokens and the rule slots
    image: Tensor  # (B, 1 + N, D) image tokens after attending to the text tokens and the rule slots
    slots: Tensor  # (B, d, D) one token per rule variable: its embedding times its intensity
    evidence: Tensor  # (B, d) how strongly each variable is seen in the text or the image, in [0, 1]
    intensities: Tensor  # (B, d) the evidence propagated through the rules (and interventions), in [0, 1]
    text_mask: Tensor | None  # (B, T) True for real text tokens; None: all are real


class MultimodalCausalTransformer(nn.Module):
    """Classify a (text, image) pair; the rules' variables link the two modalities (see the module docstring).

    ``MultimodalCausalTransformer(text_model=None, vision_model=None, *, vocab_size=1000, image_size=32, ...)``;
    the spec's ``MultimodalCausalTransformer(vocab_size, image_embedding_dim=512, ...)`` builds too: a number
    in the first place is the vocabulary size of the default text model.

    Args:
        text_model: a model with ``encode(input_ids [B, T], attention_mask) -> [B, T, D_text]`` (a `cnsg`);
            default: a small `cnsg` with ``vocab_size``. An ``int`` here is ``vocab_size``.
        vision_model: a `CausalVisionTransformer` whose factors are the rules' variables; default: one for
            ``image_size`` pictures without a classifier of its own, ``image_embedding_dim`` wide.
        image_embedding_dim: width of the image features (the vision model's ``d_model``), projected to
            ``d_model`` before the modalities meet; default ``d_model`` (no projection). With a
            ``vision_model`` it must be that model's width.
        d_model: width of the joint space; num_heads: cross-attention heads.
        num_classes: outputs of the classifier.
        causal_rules: the rules shared by both modalities; they decide the intensities.
        rule_bias: scale of the rule-derived attention bias (0: plain attention; the intensities still act).

    ``forward(input_ids [B, T], images [B, 3, S, S], text_variables=None, attention_mask=None,
    interventions=None) -> logits [B, num_classes]``. ``text_variables`` says which variable each text
    token expresses: indices ``[B, T]`` (-1: none) or intensities ``[B, T, d]`` in [0, 1]. Without it the
    text gives no evidence and the variables are read from the picture alone.
    """

    def __init__(self, text_model: nn.Module | int | None = None, vision_model: CausalVisionTransformer | None = None,
                 *, vocab_size: int = 1000, image_size: int = 32, patch_size: int = 8, d_model: int = 64,
                 num_heads: int = 4, num_classes: int = 10, image_embedding_dim: int | None = None,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, rule_bias: float = 1.0):
        super().__init__()
        ruleset = as_ruleset(causal_rules)
        if isinstance(text_model, numbers.Integral) and not isinstance(text_model, bool):
            text_model, vocab_size = None, int(text_model)  # the spec's MultimodalCausalTransformer(vocab_size, ...)
        for name, value in (("num_classes", num_classes), ("d_model", d_model), ("num_heads", num_heads),
                            ("vocab_size", vocab_size)):
            positive_int(name, value)
        image_width = optional(positive_int, "image_embedding_dim", image_embedding_dim,
                               what="a positive integer or None")
        if image_width is not None and vision_model is not None and image_width != vision_model.d_model:
            raise DataError(f"image_embedding_dim={image_width} is not the vision model's width "
                            f"(d_model={vision_model.d_model}); leave it out or give a matching vision model.")
        image_width = image_width or d_model
        if text_model is None:
            from causaltorch.text.model import cnsg

            text_model = cnsg(vocab_size, d_model=d_model, n_heads=_heads_for(d_model), n_layers=2,
                              max_seq_length=256, causal_rules=ruleset if ruleset.variables else None)
        if vision_model is None:
            vision_model = CausalVisionTransformer(image_size, patch_size, num_classes=0, d_model=image_width,
                                                   n_heads=_heads_for(image_width), n_layers=2, causal_rules=ruleset)
        if vision_model.variables != ruleset.variables:
            raise DataError(
                f"The vision model's factors {vision_model.variables} must be the rules' variables "
                f"{ruleset.variables} (same order); build both from the same rules."
            )
        d = len(ruleset.variables)
        text_width = text_model.config.d_model if hasattr(text_model, "config") else d_model
        # the joint part's weights: two attention blocks (4·D² each), the fusion (3·D²), the projections, the heads
        joint = 11 * d_model**2 + (text_width + vision_model.d_model + d) * d_model + (d_model + d) * num_classes
        check_memory(4 * joint, f"A multimodal model with d_model={d_model} (its joint part's weights)",
                     "choose a smaller d_model")
        self.text_model, self.vision_model = text_model, vision_model
        self.variables = ruleset.variables
        self.text_proj = nn.Linear(text_width, d_model) if text_width != d_model else nn.Identity()
        self.image_proj = nn.Linear(vision_model.d_model, d_model) if vision_model.d_model != d_model else nn.Identity()
        self.symbolic = CausalSymbolicLayer(ruleset) if d else None
        if self.symbolic is not None:
            self.symbolic.requires_grad_(False)  # the rules are given, not learned from (text, image) pairs
        self.variable_embedding = nn.Parameter(torch.randn(d, d_model) * 0.02)  # (d, D): one slot per variable
        self.text_to_image = CausalAttention(d_model, num_heads, ruleset, rule_bias=rule_bias)
        self.image_to_text = CausalAttention(d_model, num_heads, ruleset, rule_bias=rule_bias)
        self.fusion = nn.Linear(3 * d_model, d_model)  # [text pool, image pool, slot sum] -> D
        self.classifier = nn.Linear(d_model, num_classes)
        self.factor_weights = nn.Linear(d, num_classes, bias=False) if d else None

    @classmethod
    def at_spec_sizes(cls, text_vocab_size: int = 10000, *, d_model: int = 512,
                      causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, num_classes: int = 10,
                      n_layers: int = 12, image_size: int = 224, patch_size: int = 16,
                      rule_bias: float = 1.0) -> MultimodalCausalTransformer:
        """The spec's text–vision model: ``at_spec_sizes(text_vocab_size=10000, d_model=512, causal_rules=None)``,
        then ``model(text_input [B, T], image_input [B, 3, 224, 224]) -> [B, 10]``.

        A `cnsg` text encoder with ``n_layers`` layers (1024 tokens of context) and a ``image_size`` ×
        ``image_size`` `CausalVisionTransformer` (6 layers, no classifier of its own), both ``d_model`` wide with
        the largest head count up to 8 that divides it, joined with as many cross-attention heads. The spec's
        ``vision_num_classes`` is gone: the vision model's features feed the joint classifier, so a vision
        classifier would never be used. ``num_classes`` (10, as in the spec) sizes the joint classifier.
        """
        from causaltorch.text.model import cnsg

        ruleset = as_ruleset(causal_rules)
        heads = _heads_for(d_model)
        text_encoder = cnsg(vocab_size=text_vocab_size, d_model=d_model, n_heads=heads, n_layers=n_layers,
                            causal_rules=ruleset if ruleset.variables else None)
        vision_encoder = CausalVisionTransformer(image_size=image_size, patch_size=patch_size, num_classes=0,
                                                 d_model=d_model, n_heads=heads, causal_rules=ruleset)
        return cls(text_encoder, vision_encoder, d_model=d_model, num_heads=heads, num_classes=num_classes,
                   causal_rules=ruleset, rule_bias=rule_bias)

    @property
    def causal_rules(self) -> CausalRuleSet:
        return self.symbolic.ruleset if self.symbolic is not None else CausalRuleSet()

    def forward_features(self, input_ids: Tensor, images: Tensor, text_variables: Tensor | None = None,
                         attention_mask: Tensor | None = None,
                         interventions: Mapping[str, Any] | None = None) -> MultimodalFeatures:
        """Encode both modalities, read and propagate the variables, and attend across (see the module docstring)."""
        if input_ids.dim() != 2 or images.dim() != 4 or input_ids.shape[0] != images.shape[0]:
            raise DataError(
                f"input_ids [batch, length] and images [batch, channels, size, size] must share the batch, got "
                f"{tuple(input_ids.shape)} and {tuple(images.shape)}."
            )
        if interventions and self.symbolic is None:
            raise DataError("interventions need rule variables; this model was built without causal_rules.")
        batch, length = input_ids.shape
        d = len(self.variables)
        text_mask = attention_mask.bool() if attention_mask is not None else None
        text = self.text_proj(self.text_model.encode(input_ids, attention_mask))  # (B, T, D)
        tokens = self.vision_model.encode(images)  # (B, 1 + N, D_vision)
        image = self.image_proj(tokens)  # (B, 1 + N, D)

        image_labels = torch.sigmoid(self.vision_model.factor_head(tokens))  # (B, 1 + N, d) per-token detections
        if text_variables is None:
            text_labels = text.new_zeros(batch, length, d)
        else:
            text_labels = variable_intensities(text_variables, batch, length, d, "text").to(text.device)
        if text_mask is not None:
            text_labels = text_labels * text_mask[..., None].to(text_labels.dtype)  # padding expresses nothing
        text_seen = text_labels.amax(dim=1)  # (B, d)
        image_seen = image_labels[:, 0]  # (B, d): the class token, as the vision model reads its factors
        evidence = 1.0 - (1.0 - text_seen) * (1.0 - image_seen)  # (B, d): seen in either modality
        intensities = self.symbolic(evidence, interventions) if self.symbolic is not None else evidence

        slots = intensities[..., None] * self.variable_embedding  # (B, d, 1) * (d, D) -> (B, d, D)
        slot_labels = torch.eye(d, device=slots.device).expand(batch, d, d)  # slot v expresses variable v
        image_and_slots = torch.cat([image, slots], 1)  # (B, 1 + N + d, D)
        attended_text = self.text_to_image(text, image_and_slots, image_and_slots,
                                           text_labels, torch.cat([image_labels, slot_labels], 1))
        text_and_slots = torch.cat([text, slots], 1)  # (B, T + d, D)
        key_mask = None
        if text_mask is not None:
            key_mask = torch.cat([text_mask, text_mask.new_ones(batch, d)], 1)  # (B, T + d)
        attended_image = self.image_to_text(image, text_and_slots, text_and_slots,
                                            image_labels, torch.cat([text_labels, slot_labels], 1),
                                            key_padding_mask=key_mask)
        return MultimodalFeatures(attended_text, attended_image, slots, evidence, intensities, text_mask)

    def forward_head(self, features: MultimodalFeatures) -> Tensor:
        """``MultimodalFeatures -> logits [B, num_classes]``: pooled tokens and slots, plus the factors' share."""
        if features.text_mask is not None:
            weights = features.text_mask.to(features.text.dtype)[..., None]  # (B, T, 1)
            text_pool = (features.text * weights).sum(1) / weights.sum(1).clamp_min(1)
        else:
            text_pool = features.text.mean(1)
        pooled = torch.cat([text_pool, features.image.mean(1), features.slots.sum(1)], dim=-1)  # (B, 3D)
        logits = self.classifier(torch.relu(self.fusion(pooled)))
        if self.factor_weights is not None:
            logits = logits + self.factor_weights(features.intensities)
        return logits

    def forward(self, input_ids: Tensor, images: Tensor, text_variables: Tensor | None = None,
                attention_mask: Tensor | None = None, interventions: Mapping[str, Any] | None = None) -> Tensor:
        return self.forward_head(self.forward_features(input_ids, images, text_variables, attention_mask,
                                                       interventions))

    def extra_repr(self) -> str:
        return f"variables={len(self.variables)}, rules={len(self.causal_rules)}"


# ``MultiModalCausalModel`` was a subclass that only changed the constructor's sizes; it is now
# ``MultimodalCausalTransformer.at_spec_sizes``. The old name still builds the same model, with a warning.
_spec_sized_model = MultimodalCausalTransformer.at_spec_sizes
__getattr__, __dir__ = lazy_exports(__name__, {}, {
    "MultiModalCausalModel": (__name__, "_spec_sized_model", "MultimodalCausalTransformer.at_spec_sizes"),
})
