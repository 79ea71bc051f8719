"""Text + vision: a causal text model and a CausalVisionTransformer joined by rule-biased cross-attention.

- `MultimodalCausalTransformer`: text tokens (``cnsg.encode``) and image tokens
  (``CausalVisionTransformer.encode``) are projected to one width; each modality attends to the other
  with `causaltorch.layers.CausalAttention`. Image tokens carry the vision model's per-patch factor
  detections as soft rule variables, text tokens may carry variable labels, so an effect token attends
  more to tokens expressing its causes. Pooled, fused and classified.
- `MultiModalCausalModel`: the spec's text–vision example, built from the same parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch.errors import DataError
from causaltorch.layers.attention import CausalAttention
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.vision.vit import CausalVisionTransformer

__all__ = ["MultimodalCausalTransformer", "MultiModalCausalModel"]


def _heads_for(d_model: int, preferred: int = 8) -> int:
    return next(h for h in range(min(preferred, d_model), 0, -1) if d_model % h == 0)


class MultimodalCausalTransformer(nn.Module):
    """Classify a (text, image) pair with rule-biased cross-attention between the modalities.

    Args:
        text_model: a model with ``encode(input_ids [B, T]) -> [B, T, D_text]`` (a `cnsg`); default: a
            small `cnsg` with ``vocab_size``.
        vision_model: a `CausalVisionTransformer`; default: one for ``image_size`` pictures.
        d_model: width of the joint space; num_heads: cross-attention heads.
        num_classes: outputs of the classifier.
        causal_rules: the rules shared by both modalities (the vision model's factors are these variables).
        rule_bias: scale of the rule-derived attention bias.

    ``forward(input_ids, images, text_variables=None, attention_mask=None) -> logits [B, num_classes]``;
    ``text_variables [B, T]`` gives the rule variable each text token expresses (-1: none).
    """

    def __init__(self, text_model: nn.Module | None = None, vision_model: CausalVisionTransformer | None = None, *,
                 vocab_size: int = 1000, image_size: int = 32, patch_size: int = 8, d_model: int = 64,
                 num_heads: int = 4, num_classes: int = 10,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, rule_bias: float = 1.0):
        super().__init__()
        ruleset = as_ruleset(causal_rules)
        if text_model is None:
            from causaltorch.text.model import cnsg

            text_model = cnsg(vocab_size, d_model=d_model, n_heads=_heads_for(d_model), n_layers=2,
                              max_seq_length=256, causal_rules=ruleset if ruleset.variables else None)
        if vision_model is None:
            vision_model = CausalVisionTransformer(image_size, patch_size, num_classes=0, d_model=d_model,
                                                   n_heads=_heads_for(d_model), n_layers=2, causal_rules=ruleset)
        if vision_model.variables != ruleset.variables:
            raise DataError(
                f"The vision model's factors {vision_model.variables} must be the rules' variables "
                f"{ruleset.variables} (same order); build both from the same rules."
            )
        self.text_model, self.vision_model = text_model, vision_model
        text_width = text_model.config.d_model if hasattr(text_model, "config") else d_model
        self.text_proj = nn.Linear(text_width, d_model) if text_width != d_model else nn.Identity()
        self.image_proj = nn.Linear(vision_model.d_model, d_model) if vision_model.d_model != d_model else nn.Identity()
        self.text_to_image = CausalAttention(d_model, num_heads, ruleset, rule_bias=rule_bias)
        self.image_to_text = CausalAttention(d_model, num_heads, ruleset, rule_bias=rule_bias)
        self.fusion = nn.Linear(2 * d_model, d_model)
        self.classifier = nn.Linear(d_model, num_classes)
        self.variables = ruleset.variables

    def forward(self, input_ids: Tensor, images: Tensor, text_variables: Tensor | None = None,
                attention_mask: Tensor | None = None) -> Tensor:
        text = self.text_proj(self.text_model.encode(input_ids, attention_mask))  # (B, T, D)
        tokens = self.vision_model.encode(images)  # (B, 1 + N, D_vision)
        image = self.image_proj(tokens)  # (B, 1 + N, D)
        image_variables = text_labels = None
        if self.variables and text_variables is not None:
            image_variables = torch.sigmoid(self.vision_model.factor_head(tokens))  # (B, 1 + N, d) per-patch evidence
            text_labels = text_variables
        attended_text = self.text_to_image(text, image, image, text_labels, image_variables)
        attended_image = self.image_to_text(image, text, text, image_variables, text_labels,
                                            key_padding_mask=attention_mask)
        if attention_mask is not None:
            weights = attention_mask.float()[..., None]
            text_pool = (attended_text * weights).sum(1) / weights.sum(1).clamp_min(1)
        else:
            text_pool = attended_text.mean(1)
        fused = torch.relu(self.fusion(torch.cat([text_pool, attended_image.mean(1)], dim=-1)))
        return self.classifier(fused)


class MultiModalCausalModel(nn.Module):
    """The spec's text–vision model: ``MultiModalCausalModel(text_vocab_size=10000, vision_num_classes=1000,
    d_model=512, causal_rules=None)``; ``forward(text_input [B, T], image_input [B, 3, 224, 224]) -> [B, 10]``.

    A `cnsg` text encoder (8 heads, so that 512 divides), a 224×224 `CausalVisionTransformer`, one
    `CausalAttention` used in both directions, a fusion layer and a 10-way classifier.
    """

    def __init__(self, text_vocab_size: int = 10000, vision_num_classes: int = 1000, d_model: int = 512,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, n_layers: int = 12,
                 image_size: int = 224):
        super().__init__()
        from causaltorch.text.model import cnsg

        heads = _heads_for(d_model)
        self.text_encoder = cnsg(vocab_size=text_vocab_size, d_model=d_model, n_heads=heads, n_layers=n_layers,
                                 causal_rules=causal_rules)
        self.vision_encoder = CausalVisionTransformer(image_size=image_size, num_classes=vision_num_classes,
                                                      d_model=d_model, n_heads=heads, causal_rules=causal_rules)
        self.cross_modal_attention = CausalAttention(d_model, num_heads=heads, causal_rules=causal_rules)
        self.fusion = nn.Linear(d_model * 2, d_model)
        self.classifier = nn.Linear(d_model, 10)

    def forward(self, text_input: Tensor, image_input: Tensor) -> Tensor:
        text_features = self.text_encoder.encode(text_input)  # (B, T, D)
        image_features = self.vision_encoder.encode(image_input)  # (B, 1 + N, D)
        attended_text = self.cross_modal_attention(text_features, image_features, image_features)
        attended_image = self.cross_modal_attention(image_features, text_features, text_features)
        fused = self.fusion(torch.cat([attended_text.mean(1), attended_image.mean(1)], dim=-1))
        return self.classifier(fused)
