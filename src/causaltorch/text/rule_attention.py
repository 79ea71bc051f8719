"""`CausalAttentionLayer`: raise the scores of an effect's tokens when the text expresses its cause.

The spec's rule bias on scores over the vocabulary: ``CausalAttentionLayer(causal_rules)(scores, input_text)``
adds each rule's ``strength`` to the scores of the tokens that spell its effect whenever the text contains
the rule's cause. Causes are found as whole words through the variables' surface forms (the name with
``_`` → space, and its ``synonyms``; `causaltorch.text.surface_forms`), as generation and the CFS metric
find them. For the full causal semantics during generation (propagation through the SCM, interventions,
effects already expressed) use `causaltorch.text.CausalRuleLogitsProcessor`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.text.surface_forms import SurfaceFormMatcher, phrase_token_ids

__all__ = ["CausalAttentionLayer"]


class CausalAttentionLayer(nn.Module):
    """``CausalAttentionLayer(causal_rules, tokenizer=None)(scores [..., V], input_text) -> scores + rule bias``.

    Args:
        causal_rules: a `CausalRuleSet` or a rules dict in either form (``{"rain": {"effect": "wet_ground",
            "strength": 0.9}}``).
        tokenizer: turns effects into token ids (anything with ``encode``; default: the bundled
            ``causal-basic`` tokenizer).

    ``forward(attention_scores, input_text)``: ``attention_scores`` are scores whose last axis is indexed by
    token id (``[..., V]``, e.g. next-token logits), ``input_text`` a string (one bias for every row) or a
    list of ``B`` strings, one per row of ``attention_scores`` (``[B, ..., V]``). For every rule
    ``cause → effect`` whose cause the text contains, ``strength`` is added to every token of the effect's
    spellings (with and without a leading space); several rules add up, and a negative strength lowers the
    effect. Returns a new tensor (the input is not changed), differentiable in the scores.
    """

    def __init__(self, causal_rules: CausalRuleSet | Mapping[str, Any], tokenizer: Any = None):
        super().__init__()
        if tokenizer is None:
            from causaltorch.tokenizers import CausalTokenizer

            tokenizer = CausalTokenizer.from_pretrained("causal-basic")
        if not callable(getattr(tokenizer, "encode", None)):
            raise DataError(f"tokenizer must have an encode(text) method, got {type(tokenizer).__name__}.")
        self.ruleset = as_ruleset(causal_rules)
        self.tokenizer = tokenizer
        self._matcher = SurfaceFormMatcher(self.ruleset)
        effect_ids = {}
        for effect in {rule.effect for rule in self.ruleset}:
            ids = {i for form in self.ruleset.surface_forms(effect) for seq in phrase_token_ids(tokenizer, form)
                   for i in seq}
            effect_ids[effect] = sorted(ids)
        # (cause column, effect token ids, strength) for every rule
        self._rules = [(self.ruleset.index(rule.cause), effect_ids[rule.effect], float(rule.strength))
                       for rule in self.ruleset]
        self.max_token_id = max((i for _, ids, _ in self._rules for i in ids), default=-1)

    def causes_in(self, text: str) -> list[str]:
        """The rule variables ``text`` expresses (whole words, any case), in ``variables`` order."""
        if not isinstance(text, str):
            raise DataError(f"input_text must be a string or a list of strings, got {type(text).__name__}.")
        complete, at_end = self._matcher.scan(text)
        found = complete | at_end
        return [name for i, name in enumerate(self.ruleset.variables) if i in found]

    def rule_bias(self, input_text: str, vocab_size: int) -> Tensor:
        """``[vocab_size]``: the sum of the strengths of the rules whose cause ``input_text`` contains, on the
        tokens of their effects."""
        found = {self.ruleset.index(name) for name in self.causes_in(input_text)}
        bias = torch.zeros(vocab_size)
        for cause, ids, strength in self._rules:
            if cause in found and ids:
                bias[ids] += strength
        return bias

    def forward(self, attention_scores: Tensor, input_text: str | Sequence[str]) -> Tensor:
        if not isinstance(attention_scores, Tensor) or attention_scores.dim() < 1 or \
                not attention_scores.is_floating_point():
            raise DataError("attention_scores must be a float tensor [..., vocab_size] (last axis: token ids), "
                            f"got {type(attention_scores).__name__}.")
        vocab = attention_scores.shape[-1]
        if self.max_token_id >= vocab:
            raise DataError(f"The effects' tokens reach id {self.max_token_id}, but attention_scores has only {vocab} "
                            "entries on its last axis; give scores over the tokenizer's vocabulary (tokenizer=...).")
        if isinstance(input_text, str):
            bias = self.rule_bias(input_text, vocab)  # (V,)
        else:
            if not isinstance(input_text, Sequence):
                raise DataError(f"input_text must be a string or a list of strings, got {type(input_text).__name__}.")
            texts = list(input_text)
            if attention_scores.dim() < 2 or len(texts) != attention_scores.shape[0]:
                raise DataError(f"input_text holds {len(texts)} texts; give one per row of attention_scores "
                                f"{tuple(attention_scores.shape)}, or a single string for every row.")
            bias = torch.stack([self.rule_bias(text, vocab) for text in texts])  # (B, V)
            bias = bias.view(len(texts), *([1] * (attention_scores.dim() - 2)), vocab)  # (B, 1, ..., V)
        return attention_scores + bias.to(device=attention_scores.device, dtype=attention_scores.dtype)

    def extra_repr(self) -> str:
        return f"rules={len(self.ruleset)}, variables={len(self.ruleset.variables)}"
