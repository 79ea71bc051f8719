"""Logits processors with the Hugging Face signature ``processor(input_ids [B, T], scores [B, V]) -> scores``.

- `CausalRuleLogitsProcessor` (DESIGN §4): the variables the context expresses → `CausalSymbolicLayer`
  (with interventions) → effect intensities → a logit bias toward every effect not yet expressed;
  ``do(x=0)`` bans x and the effects it no longer causes.
- `ForbiddenWordsLogitsProcessor`: words, phrases, token ids or token-id sequences that never appear.

Both keep per-row state between calls and update it from the newly appended columns only; a call with
a batch that does not continue the previous one starts afresh, so one processor can serve several
`generate` calls.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.layers import CausalSymbolicLayer
from causaltorch.rules import CausalRuleSet
from causaltorch.scm import StructuralCausalModel
from causaltorch.text.surface_forms import (
    DecodedRows,
    PhraseBan,
    SurfaceFormMatcher,
    surface_form_tokens,
    vocabulary_text,
)

__all__ = ["CausalRuleLogitsProcessor", "ForbiddenWordsLogitsProcessor"]

log = logging.getLogger(__name__)


def _ban(scores: Tensor, rows: list[list[int]]) -> Tensor:
    """Set ``scores[b, t] = -inf`` for every ``t`` in ``rows[b]`` (ids beyond the vocabulary are skipped)."""
    vocab = scores.shape[-1]
    pairs = [(b, t) for b, tokens in enumerate(rows) for t in tokens if t < vocab]
    if pairs:
        index = torch.tensor(pairs, device=scores.device).T
        scores = scores.index_put((index[0], index[1]), torch.tensor(float("-inf"), device=scores.device,
                                                                      dtype=scores.dtype))
    return scores


class ForbiddenWordsLogitsProcessor:
    """Bans words so they never appear in the continuation.

    Args:
        forbidden_words: each item is a string (a word or phrase: banned as a whole word, any case,
            however the tokenizer splits it), a token id (never sampled), or a sequence of token ids
            (its last token is banned whenever the tokens before it end the input).
        tokenizer: needed for string items.
        pad_token_id: leading tokens of this id are left padding, not text (default: the tokenizer's).

    Banning completes at the token that would finish the word, so a multi-token word may start but
    never finish. The prompt itself is not checked.
    """

    def __init__(self, forbidden_words: Sequence[str | int | Sequence[int]], tokenizer: Any = None,
                 pad_token_id: int | None = None):
        if isinstance(forbidden_words, (str, int)) or not isinstance(forbidden_words, Sequence):
            raise DataError(
                f"forbidden_words must be a list of words, token ids or token-id lists, got {forbidden_words!r}."
            )
        self.token_ids: list[int] = []
        self.token_sequences: list[tuple[int, ...]] = []
        words: list[str] = []
        for item in forbidden_words:
            if isinstance(item, str):
                words.append(item)
            elif isinstance(item, int) and not isinstance(item, bool):
                if item < 0:
                    raise DataError(f"A forbidden token id must be >= 0, got {item}.")
                self.token_ids.append(item)
            elif isinstance(item, Sequence) and item and all(
                isinstance(t, int) and not isinstance(t, bool) and t >= 0 for t in item
            ):
                sequence = tuple(item)
                if len(sequence) == 1:
                    self.token_ids.append(sequence[0])
                else:
                    self.token_sequences.append(sequence)
            else:
                raise DataError(
                    f"Cannot forbid {item!r}: give a word (str), a token id (int >= 0) or a non-empty list "
                    "of token ids."
                )
        if words and tokenizer is None:
            raise DataError(
                f"Forbidding words {words!r} needs a tokenizer: pass tokenizer= (or set model.tokenizer), "
                "or give token ids instead of words."
            )
        vocabulary = vocabulary_text(tokenizer) if words else None
        self.bans = [PhraseBan(word, vocabulary) for word in words] if vocabulary is not None else []
        self._tail = max((len(ban.phrase) for ban in self.bans), default=0) + 1
        pad = pad_token_id if pad_token_id is not None else getattr(tokenizer, "pad_token_id", None)
        self._rows = DecodedRows(tokenizer, pad) if self.bans else None

    def __call__(self, input_ids: Tensor, scores: Tensor) -> Tensor:
        if self.token_ids:
            ids = torch.tensor([t for t in self.token_ids if t < scores.shape[-1]], device=scores.device)
            scores = scores.index_fill(-1, ids, float("-inf"))
        banned: list[list[int]] = [[] for _ in range(scores.shape[0])]
        if self.token_sequences:
            rows = input_ids.tolist()
            for b, row in enumerate(rows):
                for sequence in self.token_sequences:
                    head = list(sequence[:-1])
                    if len(row) >= len(head) and row[len(row) - len(head):] == head:
                        banned[b].append(sequence[-1])
        if self._rows is not None:
            for b, text in enumerate(self._rows.update(input_ids)):
                tail = text[-self._tail:].lower()
                for ban in self.bans:
                    banned[b].extend(ban.banned(tail))
        return _ban(scores, banned)


class CausalRuleLogitsProcessor:
    """Biases generation toward the effects of the causes the context expresses (DESIGN §4).

    At each step, per row: the variables whose surface forms the decoded context (prompt + generated
    text) contains are the evidence ``e`` (1 = expressed); the `CausalSymbolicLayer` propagates it under
    the interventions to intensities ``x`` in [0, 1]. Then:

    - every variable with ``x > 0`` that is not yet expressed (an effect of an expressed cause, or a
      variable an intervention sets above 0) adds ``strength · x`` to the logit of the first token of
      each of its surface forms (the leading-space spelling after a word or punctuation, the bare one
      after whitespace or at the start);
    - where such a form has started (its first tokens end the input), its next token gets
      ``continuation_strength · x``;
    - every variable fixed by an intervention, or downstream of one, whose intensity is at most
      ``suppress_below`` is banned like a forbidden word (all its surface forms, however tokenised) —
      so ``do(rain=0)`` keeps rain and the effects it alone would cause out of the text, even when
      the prompt states rain.

    Args:
        causal_rules: a `CausalRuleSet`, rules dict, `StructuralCausalModel` or `CausalSymbolicLayer`.
        tokenizer: the tokenizer of the model's vocabulary.
        interventions: ``{"rain": 0.0}``; names are checked against the rules (`UnknownVariableError`
            with a suggestion) and values by the SCM (`InterventionError`).
        strength, continuation_strength: logit bias per unit intensity (natural-log odds).
        suppress_below: intensity at or below which an intervened-on variable or its descendant is banned.
        pad_token_id: leading tokens of this id are left padding (default: the tokenizer's).

    Evidence is monotone within a generation except for a form at the very end of the text, which is
    re-checked at the next step ("rain" may become "rainbow").
    """

    def __init__(self, causal_rules: CausalRuleSet | Mapping[str, Any] | StructuralCausalModel | CausalSymbolicLayer,
                 tokenizer: Any, interventions: Mapping[str, Any] | None = None, strength: float = 5.0,
                 continuation_strength: float = 10.0, suppress_below: float = 0.01,
                 pad_token_id: int | None = None):
        layer = causal_rules if isinstance(causal_rules, CausalSymbolicLayer) else CausalSymbolicLayer(causal_rules)
        interventions = dict(interventions or {})
        scm = layer.scm.do(interventions)  # validates names (with a suggestion) and values before anything else
        if tokenizer is None:
            raise DataError(
                "Rule-guided generation reads the generated text, so it needs a tokenizer: pass tokenizer= "
                "(or set model.tokenizer)."
            )
        for name, value in (("strength", strength), ("continuation_strength", continuation_strength)):
            _validate.nonnegative(name, value, what="a finite number >= 0 (a logit bias per unit intensity)")
        _validate.fraction("suppress_below", suppress_below, high_open=True, what="an intensity in [0, 1)")
        self.layer = CausalSymbolicLayer(scm)
        self.variables = self.layer.variables
        self.strength = float(strength)
        self.continuation_strength = float(continuation_strength)
        ruleset = self.layer.ruleset
        self.matcher = SurfaceFormMatcher(ruleset)
        self.forms = surface_form_tokens(ruleset, tokenizer)
        suppressible: set[str] = set()
        for name in interventions:
            suppressible.add(name)
            suppressible.update(ruleset.descendants(name, instantaneous_only=True))
        self._suppressible = [i for i, v in enumerate(self.variables) if v in suppressible]
        self.suppress_below = float(suppress_below)
        vocabulary = vocabulary_text(tokenizer) if self._suppressible else None
        self._bans: dict[int, list[PhraseBan]] = {
            i: [PhraseBan(form, vocabulary) for form in ruleset.surface_forms(self.variables[i])]
            for i in self._suppressible
        } if vocabulary is not None else {}
        self._tail = max((len(b.phrase) for bans in self._bans.values() for b in bans), default=0) + 1
        pad = pad_token_id if pad_token_id is not None else getattr(tokenizer, "pad_token_id", None)
        self._rows = DecodedRows(tokenizer, pad)
        self._complete: list[set[int]] = []
        self._evidence: list[tuple[int, ...]] = []
        self._intensity: Tensor | None = None
        self.last_intensity: Tensor | None = None  # [B, d] intensities of the latest call, for inspection
        self._static: dict[tuple[torch.device, int], tuple[Tensor, Tensor, Tensor, Tensor]] = {}

    # ------------------------------------------------------------------ evidence
    def _update_evidence(self, input_ids: Tensor) -> list[str]:
        texts = self._rows.update(input_ids)
        fresh = self._rows.restarted
        if fresh:
            self._complete = [set() for _ in texts]
        evidence = []
        for b, text in enumerate(texts):
            start = max(0, self._rows.previous_lengths[b] - self.matcher.max_chars - 1)
            complete, at_end = self.matcher.scan(text, start)
            self._complete[b] |= complete
            evidence.append(tuple(sorted(self._complete[b] | at_end)))
        if fresh or evidence != self._evidence:
            self._evidence = evidence
            scm = self.layer.scm
            observed = torch.zeros(len(texts), len(self.variables), device=scm.device, dtype=scm.dtype)
            for b, present in enumerate(evidence):
                observed[b, list(present)] = 1.0
            with torch.no_grad():
                self._intensity = self.layer(observed).detach().cpu()
        return texts

    # ------------------------------------------------------------------ the processor
    def __call__(self, input_ids: Tensor, scores: Tensor) -> Tensor:
        texts = self._update_evidence(input_ids)
        assert self._intensity is not None
        intensity = self._intensity  # (B, d), on the CPU
        batch = len(texts)
        expressed = torch.zeros_like(intensity, dtype=torch.bool)
        for b, present in enumerate(self._evidence):
            expressed[b, list(present)] = True
        suppressed = torch.zeros_like(expressed)
        if self._suppressible:
            columns = torch.tensor(self._suppressible)
            suppressed[:, columns] = intensity[:, columns] <= self.suppress_below
        promoted = torch.where(~expressed & ~suppressed & (intensity > 0), intensity, torch.zeros_like(intensity))
        promoted = torch.cat([promoted, promoted.new_zeros(batch, 1)], dim=1)  # the column of unspellable forms
        self.last_intensity = intensity

        if len(self.forms) and bool(promoted.any()):
            scores = scores + self._bias(input_ids, texts, promoted, scores)
        if self._bans and bool(suppressed.any()):
            banned: list[list[int]] = [[] for _ in range(batch)]
            for b, text in enumerate(texts):
                tail = text[-self._tail:].lower()
                for i in suppressed[b].nonzero().flatten().tolist():
                    for ban in self._bans[i]:
                        banned[b].extend(ban.banned(tail))
            scores = _ban(scores, banned)
        return scores

    def _bias(self, input_ids: Tensor, texts: list[str], promoted: Tensor, scores: Tensor) -> Tensor:
        """``[B, V]`` logit bias toward the first and continuation tokens of promoted variables' forms."""
        device, vocab, batch = scores.device, scores.shape[-1], len(texts)
        left, lengths, owners, spaced = self._form_tensors(device, vocab)
        weight = promoted.to(device=device, dtype=scores.dtype)[:, owners]  # (B, F), 0 for unspellable forms
        # A form's first token fits the text in one spelling: " wet" after a word or a comma, "wet" after a space.
        after_space = torch.tensor([not t or t[-1].isspace() for t in texts], device=device)
        fits = spaced[None, :] != after_space[:, None]  # (B, F)
        bias = torch.zeros_like(scores)
        bias.scatter_reduce_(1, left[:, 0].expand(batch, -1), self.strength * weight * fits, reduce="amax")
        length = input_ids.shape[1]
        # Forms are sorted longest first, so for every k below max_length some form continues after k tokens.
        for k in range(1, min(self.forms.max_length, length + 1)):
            started = (input_ids[:, None, length - k:] == left[None, :, :k]).all(-1) & (lengths > k)  # (B, F)
            follow = left[:, k].clamp(min=0).expand(batch, -1)
            bias.scatter_reduce_(1, follow, self.continuation_strength * weight * started, reduce="amax")
        return bias

    def _form_tensors(self, device: torch.device, vocab: int) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        """``(left [F, L], lengths [F], owners [F], spaced [F])`` on ``device``; owners of forms with ids
        outside the model's vocabulary point at an extra, never-promoted column."""
        key = (device, vocab)
        if key not in self._static:
            left, _, lengths, owners = self.forms.tensors(device)
            spellable = (left < vocab).all(-1)
            left = left.clamp(max=vocab - 1)
            owners = torch.where(spellable, owners, torch.full_like(owners, len(self.variables)))
            spaced = torch.tensor(self.forms.starts_with_space, dtype=torch.bool, device=device)
            self._static[key] = (left, lengths, owners, spaced)
        return self._static[key]
