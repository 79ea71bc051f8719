"""CausalVisionTransformer: a ViT whose prediction goes through factor intensities kept consistent with rules.

``image [B, 3, S, S]`` → `CausalPatchEmbedding` (patches, class token, positions) → `CausalVisionBlock` s →
LayerNorm → `CausalClassificationHead`. The head reads how strongly each rule variable is present from the
class token (evidence in [0, 1]); `CausalSymbolicLayer` turns evidence into intensities consistent with the
rule graph (a variable is present if seen *or* caused). The logits are

    logits = factor_weights · intensities  +  residual(class token)  +  bias

so ``explain_prediction`` can say exactly how much each factor contributed to the predicted class
(``factor_weights[class, j] · intensity_j``), plus the part no factor explains, and they sum to the
logit. timm-style `forward_features`, `forward_head` and `reset_classifier` are provided.

The three pieces are public, under the spec's names, for building other vision models; each takes
``causal_rules`` (None: no rules, the plain piece):

- `CausalPatchEmbedding`: with rules, each patch token also carries the factor intensities its patch
  implies under the rules (detected per patch, propagated, optionally intervened on).
- `CausalVisionBlock` (also ``VisionBlock``): with rules, its self-attention carries `CausalAttention`'s
  rule bias between tokens labelled by per-token factor detections (effects look at their causes).
- `CausalClassificationHead`: the head described above.

`CausalVisionTransformer` uses the rules in its head only (its embedding and blocks are the plain pieces),
as it always has. Weights saved before the pieces were modules (``cls_token``, ``pos_embed``,
``patch_embed.weight``, ``factor_head.*``, ``head.weight`` …) load under their new names.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch._checkpoint import (
    CONFIG_FILE,
    LegacyNames,
    check_model_fits,
    load_pretrained,
    read_config,
    write_pretrained,
)
from causaltorch._sizes import default_heads
from causaltorch._validate import fraction, nonnegative_int, number, positive, positive_int
from causaltorch.errors import CheckpointError, DataError, RuleValidationError
from causaltorch.layers.attention import variable_intensities
from causaltorch.layers.symbolic import CausalSymbolicLayer
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["CausalPatchEmbedding", "CausalVisionBlock", "VisionBlock", "CausalClassificationHead",
           "CausalVisionTransformer"]

_MODEL_TYPE = "causaltorch-vit"
_CONFIG_KEYS = ("image_size", "patch_size", "num_classes", "d_model", "n_heads", "n_layers", "causal_rules",
                "in_channels", "dropout", "class_names")  # the constructor's arguments, saved in config.json

Rules = CausalRuleSet | Mapping[str, Any] | None


def _given_rules(causal_rules: Rules) -> tuple[CausalRuleSet, CausalSymbolicLayer | None]:
    """The rule set and, if it has variables, a frozen symbolic layer over it (rules are given, not learned)."""
    ruleset = as_ruleset(causal_rules)
    if not ruleset.variables:
        return ruleset, None
    symbolic = CausalSymbolicLayer(ruleset)
    symbolic.requires_grad_(False)
    return ruleset, symbolic


class CausalPatchEmbedding(nn.Module):
    """``CausalPatchEmbedding(image_size=224, patch_size=16, d_model=768, causal_rules=None, in_channels=3)``.

    ``forward(images [B, C, S, S], interventions=None) -> tokens [B, 1 + N, d_model]``: a class token, then
    one token per ``patch_size`` × ``patch_size`` patch (a strided convolution), plus learned positions.

    With rules, each patch token also carries its patch's factors: a detector reads how strongly each rule
    variable shows in the patch (``[B, N, d]`` evidence in [0, 1]), the rules propagate it (rain seen in a
    patch makes its wet ground likely, see `CausalSymbolicLayer`), and ``factor_embedding(intensities)``
    is added to the token. ``interventions`` (``{"rain": 0.0}``) set a factor in every patch, and what it
    causes follows. `patch_factors` returns those intensities.
    """

    def __init__(self, image_size: int = 224, patch_size: int = 16, d_model: int = 768, causal_rules: Rules = None,
                 in_channels: int = 3):
        super().__init__()
        for name, value in (("image_size", image_size), ("patch_size", patch_size), ("d_model", d_model),
                            ("in_channels", in_channels)):
            positive_int(name, value)
        if image_size % patch_size:
            raise DataError(f"image_size={image_size} is not a multiple of patch_size={patch_size}.")
        self.image_size, self.patch_size, self.in_channels = image_size, patch_size, in_channels
        self.num_patches = (image_size // patch_size) ** 2
        self.proj = nn.Conv2d(in_channels, d_model, kernel_size=patch_size, stride=patch_size)
        self.cls_token = nn.Parameter(torch.zeros(1, 1, d_model))
        self.pos_embed = nn.Parameter(torch.randn(1, 1 + self.num_patches, d_model) * 0.02)
        ruleset, self.symbolic = _given_rules(causal_rules)
        self.variables = ruleset.variables
        if self.symbolic is not None:
            self.factor_detector = nn.Linear(d_model, len(self.variables))
            self.factor_embedding = nn.Linear(len(self.variables), d_model, bias=False)

    def check_images(self, images: Tensor) -> None:
        expected = (self.in_channels, self.image_size, self.image_size)
        if images.dim() != 4 or tuple(images.shape[1:]) != expected:
            raise DataError(
                f"images must have shape [batch, {self.in_channels}, {self.image_size}, {self.image_size}] "
                f"(this model was built for {self.image_size}x{self.image_size} pictures with {self.in_channels} "
                f"channels), got {tuple(images.shape)}."
            )

    def patches(self, images: Tensor) -> Tensor:
        """``[B, C, S, S] -> [B, N, d_model]``: the patch embeddings before positions and factors."""
        self.check_images(images)
        return self.proj(images).flatten(2).transpose(1, 2)  # (B, d_model, S/p, S/p) -> (B, N, d_model)

    def patch_factors(self, patches: Tensor, interventions: Mapping[str, Any] | None = None) -> Tensor:
        """Patch embeddings ``[B, N, d_model]`` → factor intensities per patch ``[B, N, d]`` under the rules."""
        if self.symbolic is None:
            raise DataError("This patch embedding has no causal rules, so its patches carry no factors; "
                            "build it with causal_rules.")
        return self.symbolic(torch.sigmoid(self.factor_detector(patches)), interventions)

    def forward(self, images: Tensor, interventions: Mapping[str, Any] | None = None) -> Tensor:
        x = self.patches(images)  # (B, N, D)
        if self.symbolic is not None:
            x = x + self.factor_embedding(self.patch_factors(x, interventions))  # (B, N, d) -> (B, N, D)
        elif interventions:
            raise DataError("interventions need rule variables; this patch embedding has no causal_rules.")
        return torch.cat([self.cls_token.expand(x.shape[0], -1, -1), x], dim=1) + self.pos_embed  # (B, 1 + N, D)

    def extra_repr(self) -> str:
        return f"image_size={self.image_size}, patch_size={self.patch_size}, factors={len(self.variables)}"


class CausalVisionBlock(nn.Module):
    """Pre-norm transformer block: multi-head self-attention (SDPA) and a GELU MLP; ``VisionBlock`` is the same class.

    ``CausalVisionBlock(d_model, n_heads, causal_rules=None, mlp_ratio=4.0, dropout=0.0, rule_bias=1.0)``;
    ``forward(x [B, T, d_model], token_variables=None) -> [B, T, d_model]``.

    With rules, attention carries `CausalAttention`'s rule bias: each token is labelled with the rule
    variables it expresses (``token_variables``: indices ``[B, T]`` with -1 for none, or intensities
    ``[B, T, d]``; by default a detector's ``sigmoid(factor_detector(norm1(x)))``), and a token expressing
    an effect gets ``rule_bias · strength · label_cause · label_effect`` added to its attention logit on
    every token expressing a cause: ``bias = rule_bias · labels @ A^T @ labels^T`` with ``A[i, j]`` the
    strength of ``i → j``. A token that expresses no effect attends exactly as without rules.
    """

    def __init__(self, d_model: int, n_heads: int, causal_rules: Rules = None, mlp_ratio: float = 4.0,
                 dropout: float = 0.0, rule_bias: float = 1.0):
        super().__init__()
        positive_int("d_model", d_model)
        positive_int("n_heads", n_heads)
        if d_model % n_heads:
            raise DataError(f"d_model={d_model} is not divisible by n_heads={n_heads}.")
        positive("mlp_ratio", mlp_ratio)
        self.n_heads = n_heads
        self.norm1 = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.proj = nn.Linear(d_model, d_model)
        self.norm2 = nn.LayerNorm(d_model)
        hidden = int(d_model * mlp_ratio)
        self.mlp = nn.Sequential(nn.Linear(d_model, hidden), nn.GELU(), nn.Linear(hidden, d_model))
        self.dropout = dropout
        self.rule_bias = number("rule_bias", rule_bias, what="a finite number (0 turns the rule bias off)")
        ruleset = as_ruleset(causal_rules)
        self.variables = ruleset.variables
        if self.variables:
            self.factor_detector = nn.Linear(d_model, len(self.variables))
            self.register_buffer("adjacency", ruleset.to_adjacency_matrix(instantaneous_only=True),
                                 persistent=False)  # [cause, effect]

    def attention_bias(self, normed: Tensor, token_variables: Tensor | None = None) -> Tensor | None:
        """The additive attention logits ``[B, 1, T, T]`` from the rules, or None without rules or bias."""
        if not self.variables or not self.rule_bias:
            return None
        b, t, _ = normed.shape
        if token_variables is None:
            labels = torch.sigmoid(self.factor_detector(normed))  # (B, T, d)
        else:
            labels = variable_intensities(token_variables, b, t, len(self.variables), "token").to(normed.device)
        labels = labels.to(normed.dtype)
        bias = self.rule_bias * (labels @ self.adjacency.T.to(labels.dtype) @ labels.transpose(1, 2))  # (B, T, T)
        return bias[:, None]

    def forward(self, x: Tensor, token_variables: Tensor | None = None) -> Tensor:
        if token_variables is not None and not self.variables:
            raise DataError("token_variables need rule variables; this block was built without causal_rules.")
        b, t, c = x.shape
        normed = self.norm1(x)
        q, k, v = self.qkv(normed).split(c, dim=2)
        q, k, v = (y.view(b, t, self.n_heads, c // self.n_heads).transpose(1, 2) for y in (q, k, v))  # (B, nh, T, hs)
        attended = F.scaled_dot_product_attention(q, k, v, attn_mask=self.attention_bias(normed, token_variables),
                                                  dropout_p=self.dropout if self.training else 0.0)
        x = x + self.proj(attended.transpose(1, 2).reshape(b, t, c))
        return x + self.mlp(self.norm2(x))


VisionBlock = CausalVisionBlock  # the block's name inside CausalTorch before the spec's name was exported


class CausalClassificationHead(nn.Module):
    """``CausalClassificationHead(d_model, num_classes, causal_rules=None)``: token features → logits through
    the rules' factors.

    ``forward(features, interventions=None, pre_logits=False) -> (logits [B, K], intensities [B, d])``;
    ``features`` are tokens ``[B, T, d_model]`` (the first, the class token, is read) or pooled
    ``[B, d_model]``. ``factor_head`` reads each variable's evidence, the rules (under ``interventions``)
    turn it into intensities, and ``logits = factor_weights(intensities) + residual(class token)``.
    ``num_classes=0`` (or ``pre_logits``) returns the class token features in place of logits. Without rules
    the intensities are empty (``[B, 0]``) and it is a linear head.
    """

    def __init__(self, d_model: int, num_classes: int, causal_rules: Rules = None):
        super().__init__()
        self.d_model = positive_int("d_model", d_model)
        nonnegative_int("num_classes", num_classes)
        ruleset, self.symbolic = _given_rules(causal_rules)
        self.variables = ruleset.variables
        self.factor_head = nn.Linear(d_model, len(self.variables))
        self.reset(num_classes)

    def reset(self, num_classes: int) -> None:
        """A fresh classifier for ``num_classes`` classes (0: none), on the head's device and in its dtype."""
        self.num_classes = nonnegative_int("num_classes", num_classes)
        place = {"device": self.factor_head.weight.device, "dtype": self.factor_head.weight.dtype}
        d = len(self.variables)
        self.factor_weights = nn.Linear(d, num_classes, bias=False, **place) if num_classes else None
        self.residual = nn.Linear(self.d_model, num_classes, **place) if num_classes else nn.Identity()

    @property
    def ruleset(self) -> CausalRuleSet:
        return self.symbolic.ruleset if self.symbolic is not None else CausalRuleSet()

    def _class_token(self, features: Tensor) -> Tensor:
        if features.dim() not in (2, 3) or features.shape[-1] != self.d_model:
            raise DataError(f"features must have shape [batch, tokens, {self.d_model}] or [batch, {self.d_model}], "
                            f"got {tuple(features.shape)}.")
        return features[:, 0] if features.dim() == 3 else features

    def evidence(self, features: Tensor) -> Tensor:
        """How strongly each variable is seen, ``[B, d]`` in [0, 1], before the rules."""
        return torch.sigmoid(self.factor_head(self._class_token(features)))

    def causal_features(self, features: Tensor, interventions: Mapping[str, Any] | None = None) -> Tensor:
        """Factor intensities ``[B, d]``: the evidence through the rule graph (and ``interventions``)."""
        evidence = self.evidence(features)
        if self.symbolic is None:
            if interventions:
                raise DataError("interventions need rule variables; this head was built without causal_rules.")
            return evidence
        return self.symbolic(evidence, interventions)

    def forward(self, features: Tensor, interventions: Mapping[str, Any] | None = None,
                pre_logits: bool = False) -> tuple[Tensor, Tensor]:
        intensities = self.causal_features(features, interventions)
        token = self._class_token(features)
        if pre_logits or self.factor_weights is None:
            return token, intensities
        return self.factor_weights(intensities) + self.residual(token), intensities

    def extra_repr(self) -> str:
        return f"num_classes={self.num_classes}, factors={len(self.variables)}"


_LEGACY_NAMES = {"cls_token": "patch_embed.cls_token", "pos_embed": "patch_embed.pos_embed",
                 "patch_embed.weight": "patch_embed.proj.weight", "patch_embed.bias": "patch_embed.proj.bias",
                 "head.weight": "head.residual.weight", "head.bias": "head.residual.bias"}
_LEGACY_PREFIXES = {"factor_head.": "head.factor_head.", "factor_weights.": "head.factor_weights.",
                    "symbolic.": "head.symbolic."}


def _legacy_names(names: list[str], prefix: str = "") -> dict[str, str]:
    """``{old: new}`` for the weights of a ViT saved before its embedding and head were modules (it had a
    top-level ``cls_token``); ``{}`` for a state in today's layout."""
    if f"{prefix}cls_token" not in names:
        return {}
    renames = {}
    for name in names:
        if not name.startswith(prefix):
            continue
        local = name[len(prefix):]
        new = _LEGACY_NAMES.get(local) or next(
            (head + local[len(old):] for old, head in _LEGACY_PREFIXES.items() if local.startswith(old)), None)
        if new is not None:
            renames[name] = prefix + new
    return renames


# load_state_dict(...) of an old state dict, directly or as part of a Lightning checkpoint, and load_pretrained
_LEGACY = LegacyNames(_legacy_names)


class CausalVisionTransformer(nn.Module):
    """``CausalVisionTransformer(image_size=224, patch_size=16, num_classes=1000, d_model=768, n_heads=None,
    n_layers=6, causal_rules=None)``; ``forward(image) -> (logits [B, K], causal_features [B, d])``.
    ``n_heads=None`` gives 64 channels per head (768 → 12, 512 → 8; see `causaltorch._sizes.default_heads`).

    ``causal_features`` are the factor intensities (``variables`` order) after the rule graph; with no
    rules they are empty (``[B, 0]``) and the model is a plain ViT. ``encode(image)`` returns all token
    features ``[B, 1 + N, d_model]`` (class token first) for multimodal models.

    Parts: ``patch_embed`` (`CausalPatchEmbedding`, without rules), ``blocks`` (`CausalVisionBlock` s, without
    rules), ``norm`` and ``head`` (`CausalClassificationHead`, with the rules).
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
        self.patch_embed = CausalPatchEmbedding(image_size, patch_size, d_model, causal_rules=None,
                                                in_channels=in_channels)  # the rules act in the head
        self.num_patches = self.patch_embed.num_patches
        self.blocks = nn.ModuleList(CausalVisionBlock(d_model, n_heads, dropout=dropout) for _ in range(n_layers))
        self.norm = nn.LayerNorm(d_model)
        ruleset = as_ruleset(causal_rules)
        self.variables = ruleset.variables
        self.class_names = list(class_names) if class_names is not None else None
        self.config = {"image_size": image_size, "patch_size": patch_size, "num_classes": num_classes,
                       "d_model": d_model, "n_heads": n_heads, "n_layers": n_layers,
                       "causal_rules": ruleset.to_dict() if self.variables else None, "in_channels": in_channels,
                       "dropout": dropout, "class_names": self.class_names}
        self.head = CausalClassificationHead(d_model, num_classes, ruleset)
        self.register_load_state_dict_pre_hook(_LEGACY.hook)

    # the parts' weights under the names they had when they were the model's own attributes
    @property
    def cls_token(self) -> nn.Parameter:
        return self.patch_embed.cls_token

    @property
    def pos_embed(self) -> nn.Parameter:
        return self.patch_embed.pos_embed

    @property
    def factor_head(self) -> nn.Linear:
        return self.head.factor_head

    @property
    def factor_weights(self) -> nn.Linear | None:
        return self.head.factor_weights

    @property
    def symbolic(self) -> CausalSymbolicLayer | None:
        return self.head.symbolic

    @property
    def causal_rules(self) -> CausalRuleSet:
        return self.head.ruleset

    def reset_classifier(self, num_classes: int) -> None:
        """A fresh classifier for ``num_classes`` classes (0: none; ``forward_head`` returns features)."""
        self.head.reset(num_classes)
        self.num_classes = num_classes
        self.class_names = None
        self.config.update(num_classes=num_classes, class_names=None)

    def forward_features(self, images: Tensor) -> Tensor:
        """``[B, C, S, S] -> [B, 1 + N, d_model]`` token features after the final LayerNorm."""
        x = self.patch_embed(images)  # (B, 1 + N, d_model)
        for block in self.blocks:
            x = block(x)
        return self.norm(x)

    encode = forward_features

    def causal_features(self, features: Tensor, interventions: Mapping[str, Any] | None = None) -> Tensor:
        """Factor intensities ``[B, d]`` from token features: detected evidence through the rule graph."""
        return self.head.causal_features(features, interventions)

    def forward_head(self, features: Tensor, pre_logits: bool = False,
                     interventions: Mapping[str, Any] | None = None) -> tuple[Tensor, Tensor]:
        """Token features → ``(logits [B, K], causal_features [B, d])`` (``pre_logits``: class token instead)."""
        return self.head(features, interventions, pre_logits)

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
        evidence = self.head.evidence(features)[0]
        logits, intensities = self.head(features)
        intensities = intensities[0]
        self.train(was_training)
        chosen = int(logits[0].argmax()) if class_index is None else int(class_index)
        if not 0 <= chosen < self.num_classes:
            raise DataError(f"class_index must be in [0, {self.num_classes}), got {class_index!r}.")
        contributions = self.factor_weights.weight[chosen] * intensities  # (d,)
        bias = float(self.head.residual.bias[chosen])
        unexplained = float(self.head.residual.weight[chosen] @ features[0, 0])
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
        model = load_pretrained(directory, lambda layers: cls(**{**raw, "n_layers": layers}), depth, "vision",
                                rename=_LEGACY.rename)
        return model.to(device)

    def extra_repr(self) -> str:
        return (f"image_size={self.image_size}, patch_size={self.patch_size}, patches={self.num_patches}, "
                f"factors={len(self.variables)}")

