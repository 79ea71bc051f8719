"""`CausalTransformerConfig`: every setting that fixes the text model's architecture, saved as ``config.json``.

Its own module so that the model (`causaltorch.text.model`), its checkpoints (`causaltorch.text.checkpoint`)
and the GPT-2 mapping (`causaltorch.text.gpt2`) all build on it without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from causaltorch import _validate
from causaltorch._checkpoint import ConfigDict
from causaltorch._sizes import default_heads
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["GELU_APPROXIMATION", "CausalTransformerConfig", "make_config"]

# activation name -> the ``approximate`` argument of F.gelu
GELU_APPROXIMATION = {"gelu_tanh": "tanh", "gelu": "none"}


@dataclass
class CausalTransformerConfig(ConfigDict):
    """Everything that fixes the architecture; saved as ``config.json``.

    Args:
        vocab_size: number of token ids.
        d_model: width of the residual stream. ``n_heads`` must divide it.
        n_heads, n_layers: attention heads per layer, layers.
        d_ff: hidden width of the MLP; ``None`` means ``4 * d_model``.
        max_seq_length: longest sequence (learned position embeddings exist for this many positions).
        dropout: dropout on embeddings, attention weights and residual branches (training only).
        bias: biases in linear layers and LayerNorms (GPT-2 has them).
        activation: ``"gelu_tanh"`` (GPT-2's tanh approximation) or ``"gelu"`` (exact).
        layer_norm_epsilon: LayerNorm epsilon.
        tie_word_embeddings: share the output projection with the token embedding.
        causal_rules: the model's rules in `CausalRuleSet.to_dict` form (a `CausalRuleSet` or either dict
            form is accepted and normalised); ``None`` for none.
        rule_attention_bias: scale of the rule-derived attention bias; 0 turns it off.
        sparsity: fraction of the MLP's multiply-adds skipped per token, in [0, 1). Above 0 every block's
            MLP is a `causaltorch.layers.SparseFFN` (top-k block routing that computes only the chosen
            blocks); 0 is the dense MLP.
        pad_token_id, eos_token_id: defaults for generation when neither the call nor the tokenizer says;
            ids inside the vocabulary.

    Every field is checked for its type first (`ConfigDict.check_types`: ``bias="no"`` is refused, not
    read as true), then for its value.
    """

    vocab_size: int = 50257
    d_model: int = 768
    n_heads: int = 12
    n_layers: int = 12
    d_ff: int | None = None
    max_seq_length: int = 1024
    dropout: float = 0.0
    bias: bool = True
    activation: str = "gelu_tanh"
    layer_norm_epsilon: float = 1e-5
    tie_word_embeddings: bool = True
    causal_rules: dict[str, Any] | CausalRuleSet | None = None
    rule_attention_bias: float = 0.0
    sparsity: float = 0.0
    pad_token_id: int | None = None
    eos_token_id: int | None = None

    def __post_init__(self) -> None:
        self.check_types()
        for name in ("vocab_size", "d_model", "n_heads", "n_layers", "max_seq_length"):
            _validate.positive_int(name, getattr(self, name))
        if self.d_ff is None:
            self.d_ff = 4 * self.d_model
        _validate.positive_int("d_ff", self.d_ff, what="a positive integer or None (4 * d_model)")
        if self.d_model % self.n_heads:
            raise DataError(
                f"d_model={self.d_model} is not divisible by n_heads={self.n_heads}; every head gets "
                "d_model / n_heads channels, so choose sizes where it divides."
            )
        _validate.fraction("dropout", self.dropout, high_open=True, what="in [0, 1)")
        if self.activation not in GELU_APPROXIMATION:
            raise DataError(f"activation must be one of {sorted(GELU_APPROXIMATION)}, got {self.activation!r}.")
        _validate.positive("layer_norm_epsilon", self.layer_norm_epsilon, what="> 0")
        _validate.number("rule_attention_bias", self.rule_attention_bias)
        _validate.fraction("sparsity", self.sparsity, high_open=True,
                           what="in [0, 1) (the fraction of MLP work skipped per token; 0 is dense)")
        for name in ("pad_token_id", "eos_token_id"):
            _validate.optional(_validate.integer, name, getattr(self, name), 0, self.vocab_size - 1,
                               what=f"a token id in the vocabulary (0 … {self.vocab_size - 1}) or None")
        if self.causal_rules is not None:
            ruleset = as_ruleset(self.causal_rules)
            self.causal_rules = ruleset.to_dict() if ruleset.variables else None

    @property
    def head_dim(self) -> int:
        return self.d_model // self.n_heads

    @classmethod
    def from_name(cls, name: str, **overrides: Any) -> CausalTransformerConfig:
        """A named size (``causal-tiny``, ``causal-small``, ``gpt2``, ``gpt2-medium``) with ``overrides``."""
        if name not in _PRESETS:
            raise DataError(f"Unknown model size {name!r}. Known sizes: {', '.join(_PRESETS)}.")
        return cls.from_dict({**_PRESETS[name], **overrides})


_PRESETS: dict[str, dict[str, Any]] = {
    "causal-tiny": dict(d_model=64, n_heads=4, n_layers=2, max_seq_length=256),
    "causal-small": dict(d_model=256, n_heads=4, n_layers=4, max_seq_length=512),
    "gpt2": dict(vocab_size=50257, d_model=768, n_heads=12, n_layers=12, max_seq_length=1024),
    "gpt2-medium": dict(vocab_size=50257, d_model=1024, n_heads=16, n_layers=24, max_seq_length=1024),
}


def make_config(**settings: Any) -> CausalTransformerConfig:
    """A config from the model constructors' arguments; a wrong keyword is a `DataError` naming the valid ones.

    ``causal_rules`` may be a `CausalRuleSet`; ``n_heads=None`` means 64 channels per head
    (`causaltorch._sizes.default_heads`).
    """
    known = {f.name for f in fields(CausalTransformerConfig)}
    unknown = sorted(set(settings) - known)
    if unknown:
        raise DataError(f"Unknown model argument(s) {unknown}. Config fields: {sorted(known)}.")
    if isinstance(settings.get("causal_rules"), CausalRuleSet):
        settings["causal_rules"] = settings["causal_rules"].to_dict()
    if settings.get("n_heads", 0) is None:
        settings["n_heads"] = default_heads(settings.get("d_model", CausalTransformerConfig.d_model))
    return CausalTransformerConfig(**settings)
