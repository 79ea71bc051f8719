"""CausalVisionTransformer: a ViT whose prediction goes through factor intensities kept consistent with rules.

``image [B, 3, S, S]`` → patches → transformer → class token. A factor head reads how strongly each
rule variable is present (evidence in [0, 1]); `CausalSymbolicLayer` turns evidence into intensities
consistent with the rule graph (a variable is present if seen *or* caused). The logits are

    logits = factor_weights · intensities  +  residual_head(class token)  +  bias

so ``explain_prediction`` can say exactly how much each factor contributed to the predicted class
(``factor_weights[class, j] · intensity_j``), plus the part no factor explains, and they sum to the
logit. timm-style `forward_features`, `forward_head` and `reset_classifier` are provided.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch._checkpoint import CONFIG_FILE, check_model_fits, load_pretrained, read_config, write_pretrained
from causaltorch._sizes import default_heads
from causaltorch._validate import fraction, nonnegative_int, positive_int
from causaltorch.errors import CheckpointError, DataError, RuleValidationError
from causaltorch.layers.symbolic import CausalSymbolicLayer
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["CausalVisionTransformer", "VisionBlock"]

_MODEL_TYPE = "causaltorch-vit"
_CONFIG_KEYS = ("image_size", "patch_size", "num_classes", "d_model", "n_heads", "n_layers", "causal_rules",
                "in_channels", "dropout", "class_names")  # the constructor's arguments, saved in config.json


class VisionBlock(nn.Module):
    """Pre-norm transformer block: multi-head self-attention (SDPA) and a GELU MLP."""

    def __init__(self, d_model: int, n_heads: int, mlp_ratio: float = 4.0, dropout: float = 0.0):
        super().__init__()
        self.n_heads = n_heads
        self.norm1 = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.norm2 = nn.LayerNorm(d_model)
        hidden = int(d_model * mlp_ratio)
        self.mlp = nn.Sequential(nn.Linear(d_model, hidden), nn.GELU(), nn.Linear(hidden, d_model))
        self.dropout = dropout

    def forward(self, x: Tensor) -> Tensor:
        b, t, c = x.shape
        q, k, v = self.qkv(self.norm1(x)).split(c, dim=2)
        q, k, v = (y.view(b, t, self.n_heads, c // self.n_heads).transpose(1, 2) for y in (q, k, v))  # (B, nh, T, hs)
        attended = F.scaled_dot_product_attention(q, k, v, dropout_p=self.dropout if self.training else 0.0)
        x = x + self.proj(attended.transpose(1, 2).reshape(b, t, c))
        return x + self.mlp(self.norm2(x))


class CausalVisionTransformer(nn.Module):
    """``CausalVisionTransformer(image_size=224, patch_size=16, num_classes=1000, d_model=768, n_heads=None,
    n_layers=6, causal_rules=None)``; ``forward(image) -> (logits [B, K], causal_features [B, d])``.
    ``n_heads=None`` gives 64 channels per head (768 → 12, 512 → 8; see `causaltorch._sizes.default_heads`).

    ``causal_features`` are the factor intensities (``variables`` order) after the rule graph; with no
    rules they are empty (``[B, 0]``) and the model is a plain ViT. ``encode(image)`` returns all token
    features ``[B, 1 + N, d_model]`` (class token first) for multimodal models.
    """

    def __init__(self, image_size: int = 224, patch_size: int = 16, num_classes: int = 1000, d_model: int = 768,
                 n_heads: int | None = None, n_layers: int = 6,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, in_channels: int = 3,
                 dropout: float = 0.0, class_names: list[str] | None = None):
        n_heads = default_heads(d_model) if n_heads is None else n_heads
        for name, value in (("image_size", image_size), ("patch_size", patch_size), ("d_model", d_model),
                            ("n_heads", n_heads), ("n_layers", n_layers), ("in_channels", in_channels)):
            positive_int(name, value)
        if image_size % patch_size:
            raise DataError(f"image_size={image_size} is not a multiple of patch_size={patch_size}.")
        if d_model % n_heads:
            raise DataError(f"d_model={d_model} is not divisible by n_heads={n_heads}.")
        nonnegative_int("num_classes", num_classes)
        fraction("dropout", dropout, high_open=True, what="in [0, 1)")
        if class_names is not None:
            if not isinstance(class_names, list) or not all(isinstance(name, str) for name in class_names):
                raise DataError(f"class_names must be a list of strings or None, got {class_names!r}.")
            if len(class_names) != num_classes:
                raise DataError(f"class_names has {len(class_names)} names for num_classes={num_classes}.")
        check_model_fits(lambda depth: CausalVisionTransformer(image_size, patch_size, num_classes, d_model, n_heads,
                                                               depth, causal_rules, in_channels, dropout),
                         n_layers, f"A vision transformer with image_size={image_size}, patch_size={patch_size}, "
                         f"d_model={d_model}, n_layers={n_layers} and num_classes={num_classes}",
                         "choose smaller sizes (fewer patches: a larger patch_size or a smaller image_size)")
        super().__init__()
        self.image_size, self.patch_size, self.in_channels = image_size, patch_size, in_channels
        self.d_model, self.num_classes = d_model, num_classes
        self.num_patches = (image_size // patch_size) ** 2
        self.patch_embed = nn.Conv2d(in_channels, d_model, kernel_size=patch_size, stride=patch_size)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, d_model))
        self.pos_embed = nn.Parameter(torch.randn(1, 1 + self.num_patches, d_model) * 0.02)
        self.blocks = nn.ModuleList(VisionBlock(d_model, n_heads, dropout=dropout) for _ in range(n_layers))
        self.norm = nn.LayerNorm(d_model)
        ruleset = as_ruleset(causal_rules)
        self.variables = ruleset.variables
        self.class_names = list(class_names) if class_names is not None else None
        self.config = {"image_size": image_size, "patch_size": patch_size, "num_classes": num_classes,
                       "d_model": d_model, "n_heads": n_heads, "n_layers": n_layers,
                       "causal_rules": ruleset.to_dict() if self.variables else None, "in_channels": in_channels,
                       "dropout": dropout, "class_names": self.class_names}
        self.symbolic = CausalSymbolicLayer(ruleset) if self.variables else None
        if self.symbolic is not None:
            self.symbolic.requires_grad_(False)  # the rules are given, not learned from pictures
        self.factor_head = nn.Linear(d_model, len(self.variables))
        self._build_classifier(num_classes)

    def _build_classifier(self, num_classes: int) -> None:
        self.factor_weights = nn.Linear(len(self.variables), num_classes, bias=False) if num_classes else None
        self.head = nn.Linear(self.d_model, num_classes) if num_classes else nn.Identity()

    @property
    def causal_rules(self) -> CausalRuleSet:
        return self.symbolic.ruleset if self.symbolic is not None else CausalRuleSet()

    def reset_classifier(self, num_classes: int) -> None:
        """A fresh classifier for ``num_classes`` classes (0: none; ``forward_head`` returns features)."""
        self.num_classes = num_classes
        self.class_names = None
        self.config.update(num_classes=num_classes, class_names=None)
        self._build_classifier(num_classes)
        self.head.to(self.cls_token.device)
        if self.factor_weights is not None:
            self.factor_weights.to(self.cls_token.device)

    def _check(self, images: Tensor) -> None:
        expected = (self.in_channels, self.image_size, self.image_size)
        if images.dim() != 4 or tuple(images.shape[1:]) != expected:
            raise DataError(
                f"images must have shape [batch, {self.in_channels}, {self.image_size}, {self.image_size}] "
                f"(this model was built for {self.image_size}x{self.image_size} pictures with {self.in_channels} "
                f"channels), got {tuple(images.shape)}."
            )

    def forward_features(self, images: Tensor) -> Tensor:
        """``[B, C, S, S] -> [B, 1 + N, d_model]`` token features after the final LayerNorm."""
        self._check(images)
        x = self.patch_embed(images).flatten(2).transpose(1, 2)  # (B, d_model, S/p, S/p) -> (B, N, d_model)
        x = torch.cat([self.cls_token.expand(x.shape[0], -1, -1), x], dim=1) + self.pos_embed
        for block in self.blocks:
            x = block(x)
        return self.norm(x)

    encode = forward_features

    def causal_features(self, features: Tensor, interventions: Mapping[str, Any] | None = None) -> Tensor:
        """Factor intensities ``[B, d]`` from token features: detected evidence through the rule graph."""
        evidence = torch.sigmoid(self.factor_head(features[:, 0]))  # (B, d)
        if self.symbolic is None:
            return evidence
        return self.symbolic(evidence, interventions)

    def forward_head(self, features: Tensor, pre_logits: bool = False,
                     interventions: Mapping[str, Any] | None = None) -> tuple[Tensor, Tensor]:
        """Token features → ``(logits [B, K], causal_features [B, d])`` (``pre_logits``: class token instead)."""
        intensities = self.causal_features(features, interventions)
        if pre_logits or self.factor_weights is None:
            return features[:, 0], intensities
        return self.factor_weights(intensities) + self.head(features[:, 0]), intensities

    def forward(self, images: Tensor, interventions: Mapping[str, Any] | None = None) -> tuple[Tensor, Tensor]:
        return self.forward_head(self.forward_features(images), interventions=interventions)

    @torch.no_grad()
    def explain_prediction(self, image: Tensor, class_index: int | None = None) -> dict[str, Any]:
        """Why the model predicts a class for one picture ``[3, S, S]`` or ``[1, 3, S, S]``.

        Returns ``{"class", "logit", "contributions": {factor: w·intensity}, "intensities", "evidence",
        "unexplained", "bias", "causal_path"}``; ``sum(contributions) + unexplained + bias == logit``.
        ``causal_path`` runs from a root cause to the factor that contributes most to the class (through
        the factors that carry the most intensity), e.g. ``["clouds", "rain", "wet_ground"]``.
        """
        if self.factor_weights is None:
            raise DataError("explain_prediction needs a classifier; this model has num_classes=0.")
        images = image.unsqueeze(0) if image.dim() == 3 else image
        if images.shape[0] != 1:
            raise DataError(f"explain_prediction explains one picture; got a batch of {images.shape[0]}.")
        was_training = self.training
        self.eval()
        features = self.forward_features(images)
        evidence = torch.sigmoid(self.factor_head(features[:, 0]))[0]
        intensities = self.causal_features(features)[0]
        logits = self.factor_weights(intensities[None]) + self.head(features[:, 0])
        self.train(was_training)
        chosen = int(logits[0].argmax()) if class_index is None else int(class_index)
        if not 0 <= chosen < self.num_classes:
            raise DataError(f"class_index must be in [0, {self.num_classes}), got {class_index!r}.")
        contributions = self.factor_weights.weight[chosen] * intensities  # (d,)
        bias = float(self.head.bias[chosen])
        unexplained = float(self.head.weight[chosen] @ features[0, 0])
        path: list[str] = []
        if self.variables:
            node = self.variables[int(contributions.argmax())]
            path = [node]
            rules = self.causal_rules
            while rules.parents(node):
                node = max(rules.parents(node), key=lambda p: float(intensities[self.variables.index(p)]))
                path.insert(0, node)
        return {
            "class": chosen,
            "logit": float(logits[0, chosen]),
            "contributions": dict(zip(self.variables, contributions.tolist())),
            "intensities": dict(zip(self.variables, intensities.tolist())),
            "evidence": dict(zip(self.variables, evidence.tolist())),
            "unexplained": unexplained,
            "bias": bias,
            "causal_path": path,
        }

    # ------------------------------------------------------------------ checkpoints
    def save_pretrained(self, directory: str | Path) -> Path:
        """Write ``config.json`` (sizes, rules, class names) and ``model.safetensors`` into ``directory``."""
        return write_pretrained(directory, self.state_dict(), {"model_type": _MODEL_TYPE, **self.config}, "vision")

    @classmethod
    def from_pretrained(cls, directory: str | Path, *, device: torch.device | str | None = None
                        ) -> CausalVisionTransformer:
        """Load a model saved by `save_pretrained`; `CheckpointError` if the files are missing or do not fit."""
        directory = Path(directory)
        raw = read_config(directory, "saved vision transformer")
        if raw.pop("model_type", None) != _MODEL_TYPE:
            raise CheckpointError(f"{directory / CONFIG_FILE} is not a CausalVisionTransformer config.")
        unknown = sorted(set(raw) - set(_CONFIG_KEYS))
        if unknown:
            raise CheckpointError(f"{directory / CONFIG_FILE} has unknown key(s) {unknown}; known keys: "
                                  f"{', '.join(_CONFIG_KEYS)}.")
        depth = raw.get("n_layers", 6)
        try:
            positive_int("n_layers", depth)
            with torch.device("meta"):  # every other setting is checked by a one-layer build that allocates nothing
                cls(**{**raw, "n_layers": 1})
        except (DataError, RuleValidationError, TypeError) as exc:
            raise CheckpointError(f"{directory / CONFIG_FILE} is not a valid model config: {exc}") from None
        model = load_pretrained(directory, lambda layers: cls(**{**raw, "n_layers": layers}), depth, "vision")
        return model.to(device)

    def extra_repr(self) -> str:
        return (f"image_size={self.image_size}, patch_size={self.patch_size}, patches={self.num_patches}, "
                f"factors={len(self.variables)}")

