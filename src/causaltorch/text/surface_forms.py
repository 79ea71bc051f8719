"""How rule variables show up in text and in token ids.

A variable's surface forms are `CausalRuleSet.surface_forms(v)`: its name with ``_`` → space, then the
``synonyms`` in its metadata. Text is matched as whole words, case-insensitively, by one regular expression
built in one place, `whole_word_pattern` (the Causal Fidelity Score in `causaltorch.metrics.text` uses it too).
Four small tools build on it:

- `SurfaceFormMatcher`: which variables a piece of text expresses (``skip_negated=True``: not where `is_negated`
  says the clause denies them, "it did not rain").
- `SurfaceFormTokens`: the token-id sequences of every form (with and without a leading space), padded
  into tensors for vectorised matching against token ids.
- `PhraseBan`: the token ids whose decoded text would complete a phrase as a whole word, given the
  text so far — exact whichever way the tokenizer splits the phrase.
- `DecodedRows`: the decoded text of every row of a batch that grows column by column (generation),
  updated incrementally instead of re-decoding each row at every step.

Constraint-aware decoding (`causaltorch.text.constrained`) may state a variable in more ways than its surface
forms: `realisations(ruleset, name)` adds the metadata's ``forms`` (``{"noun": [...], "past": [...]}``) and,
for a variable declared without synonyms, clauses derived from its name by `derived_forms`
("frightened_dog" → "the dog is frightened", "the dog gets frightened", "the dog got frightened"). Give
``synonyms=[...]`` to `CausalRuleSet.add_variable` to choose the forms yourself: then nothing is derived.
The cheap logits processors and the CFS keep using `CausalRuleSet.surface_forms` only.

Tokenizers are duck-typed: ``encode(text) -> list[int]``, ``decode(ids) -> str``, ``vocab_size``,
optionally ``token_ids_for_phrase(phrase)`` and ``pad_token_id``. Decoding is assumed to concatenate at
character boundaries (``decode(a + b) == decode(a) + decode(b)`` when ``a`` ends on a whole character),
which holds for byte-level BPE such as GPT-2's and `causaltorch.tokenizers.CausalTokenizer`.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable, Mapping
from typing import Any

import torch
from torch import Tensor

from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet

__all__ = [
    "DecodedRows", "PhraseBan", "SurfaceFormMatcher", "SurfaceFormTokens", "VocabularyText", "derived_forms",
    "normalize_phrase", "phrase_token_ids", "realisations", "surface_form_tokens", "vocabulary_text",
    "whole_word_pattern",
]

_REPLACEMENT = "\ufffd"  # what a decoder prints for an incomplete UTF-8 sequence


def is_word_char(char: str) -> bool:
    """The characters of a word, as regular expressions' ``\\w`` sees them."""
    return char.isalnum() or char == "_"


def normalize_phrase(phrase: str) -> str:
    """Lower case, single spaces, no outer whitespace: the form phrases are compared in."""
    return " ".join(phrase.lower().split())


def whole_word_pattern(forms: Iterable[str], *, overlapping: bool = False) -> re.Pattern[str] | None:
    """A case-insensitive regex matching any of ``forms`` as whole words; None when every form is blank.

    Whitespace inside a form matches any run of whitespace ("wet  ground" is "wet ground"), and a form
    must neither follow nor precede a word character (``\\w``), so "wet" is no match inside "wetland". At
    one position the longest form wins. Group 1 is the matched form. ``overlapping=False`` scans as
    `re.finditer` does, resuming after each match; ``overlapping=True`` tries every start position (a
    zero-width lookahead), so matches at different positions may overlap ("heavy rain" and "rain storm"
    in "heavy rain storm").
    """
    words = dict.fromkeys(" ".join(form.split()) for form in forms)  # distinct, in first-seen order
    alternatives = sorted((form for form in words if form), key=len, reverse=True)
    if not alternatives:
        return None
    body = "|".join(r"\s+".join(re.escape(word) for word in form.split()) for form in alternatives)
    if overlapping:
        return re.compile(rf"(?<!\w)(?=({body})(?!\w))", re.IGNORECASE)
    return re.compile(rf"(?<!\w)({body})(?!\w)", re.IGNORECASE)


# Words after which a name is not "<modifier> <head>" (so no clause is derived from it).
_FUNCTION_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or",
                             "the", "to", "with", "without"})


def derived_forms(name: str) -> list[str]:
    """Clauses stating a variable, derived from its name: ``"<modifiers> <head>"`` read as "the head is modifiers".

    "frightened_dog" → ``["frightened dog", "the dog is frightened", "the dog gets frightened",
    "the dog got frightened", "the dog was frightened"]``; a plural head ("slippery_roads") takes
    "are"/"get"/"were". A one-word name, or one with a function word ("wear_and_tear"), gives only
    its name with spaces. The forms are candidates: the decoder uses one only where the model finds it likely.
    """
    words = [w for w in name.replace("_", " ").split() if w]
    base = " ".join(words)
    if len(words) < 2 or any(w.lower() in _FUNCTION_WORDS for w in words) or not all(w.isalpha() for w in words):
        return [base] if base else []
    head, modifiers = words[-1], " ".join(words[:-1])
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    be, get, be_past = ("are", "get", "were") if plural else ("is", "gets", "was")
    return [base, f"the {head} {be} {modifiers}", f"the {head} {get} {modifiers}", f"the {head} got {modifiers}",
            f"the {head} {be_past} {modifiers}"]


def realisations(ruleset: CausalRuleSet, name: str) -> list[str]:
    """Every way the text may state ``name``: its surface forms, its metadata ``forms`` and, when it was
    declared without synonyms and without forms, `derived_forms` of its name (distinct, in that order)."""
    metadata = ruleset.variable_metadata(name)
    found = list(ruleset.surface_forms(name))
    forms = metadata.get("forms")
    if isinstance(forms, Mapping):
        for group in forms.values():
            if isinstance(group, (list, tuple)):
                found.extend(form for form in group if isinstance(form, str))
    if not metadata.get("synonyms") and not forms:
        found.extend(derived_forms(name))
    out: dict[str, str] = {}
    for form in found:
        key = normalize_phrase(form)
        if key and key not in out:
            out[key] = form
    return list(out.values())


def phrase_token_ids(tokenizer: Any, phrase: str) -> list[tuple[int, ...]]:
    """The distinct non-empty token-id sequences of ``phrase`` with and without a leading space.

    Uses ``tokenizer.token_ids_for_phrase`` when the tokenizer has it, else encodes both spellings.
    """
    finder = getattr(tokenizer, "token_ids_for_phrase", None)
    if callable(finder):
        found = finder(phrase)
        spellings = list(found.values()) if isinstance(found, Mapping) else list(found)
    else:
        spellings = [tokenizer.encode(phrase), tokenizer.encode(" " + phrase)]
    sequences: list[tuple[int, ...]] = []
    for ids in spellings:
        ids = ids.tolist() if isinstance(ids, Tensor) else ids
        sequence = tuple(int(t) for t in ids)
        if sequence and sequence not in sequences:
            sequences.append(sequence)
    return sequences


_CLAUSE_START = re.compile(r"(?:[,.;:!?]|\b(?:and|but|or|so|then|because|since|when|if|while|after|before|which|"
                           r"that|as)\b)(?!.*(?:[,.;:!?]|\b(?:and|but|or|so|then|because|since|when|if|while|after|"
                           r"before|which|that|as)\b))", re.IGNORECASE | re.DOTALL)
_NEGATION_BEFORE = re.compile(r"\b(?:not|no|never|without|nor|neither|none)\b|n't\b", re.IGNORECASE)
_NEGATION_AFTER = re.compile(r"^\s+(?:(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can)\s+not|"
                             r"(?:did|does|do|was|were|is|are|has|have|had|wo|would|could|ca)n't|never)\b",
                             re.IGNORECASE)


def is_negated(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is negated in its clause: a negation ("not", "no", "never",
    "without", "n't" …) between the clause's start (punctuation or a conjunction) and the mention, or a negated
    verb right after it ("rain did not fall"). "It did not rain" and "without rain" state no rain."""
    before = text[:start]
    boundary = _CLAUSE_START.search(before)
    clause = before[boundary.end():] if boundary is not None else before
    return _NEGATION_BEFORE.search(clause) is not None or _NEGATION_AFTER.search(text[end:]) is not None


class SurfaceFormMatcher:
    """Finds the variables whose surface forms a text contains (whole words, any case).

    At one position the longest form wins ("wet ground" over "wet"); forms at different positions may
    overlap. A form at the very end of the text counts (the end is a word boundary), but may turn out to
    be the start of a longer word once more text arrives — `scan` reports such matches separately.
    """

    def __init__(self, ruleset: CausalRuleSet, forms: Mapping[str, Iterable[str]] | None = None):
        """``forms``: the forms of each variable to match (default: `CausalRuleSet.surface_forms`)."""
        self.owners: dict[str, list[int]] = {}
        for index, name in enumerate(ruleset.variables):
            for form in (forms[name] if forms is not None and name in forms else ruleset.surface_forms(name)):
                key = normalize_phrase(form)
                if key and index not in self.owners.setdefault(key, []):
                    self.owners[key].append(index)
        self.max_chars = max((len(k) for k in self.owners), default=0)
        # overlapping, so a form that starts inside another one's match is found too
        self._pattern = whole_word_pattern(self.owners, overlapping=True)

    def scan(self, text: str, start: int = 0, skip_negated: bool = False) -> tuple[set[int], set[int]]:
        """Variables whose forms occur in ``text`` at or after ``start``: ``(complete, at_end)``.

        ``complete`` forms are followed by a non-word character, so they stay matches whatever comes
        next; ``at_end`` forms end exactly at the end of ``text``. Characters before ``start`` still
        count as left context (a form inside a longer word is not a match). ``skip_negated``: a form that
        `is_negated` ("it did not rain", "without rain", "no wet ground") is no statement of its variable.
        """
        complete: set[int] = set()
        at_end: set[int] = set()
        if self._pattern is None:
            return complete, at_end
        for match in self._pattern.finditer(text, start):
            if skip_negated and is_negated(text, match.start(1), match.end(1)):
                continue
            found = self.owners[normalize_phrase(match.group(1))]
            (at_end if match.end(1) == len(text) else complete).update(found)
        return complete, at_end


class SurfaceFormTokens:
    """Token-id sequences of every surface form of every variable, for matching against token ids.

    ``sequences[f]`` realises a form of variable ``owners[f]`` (an index into ``variables``); the
    sequences are sorted longest first, and each form contributes its spellings with and without a
    leading space (``starts_with_space[f]`` says which).
    """

    def __init__(self, ruleset: CausalRuleSet, tokenizer: Any):
        self.variables = ruleset.variables
        entries: list[tuple[tuple[int, ...], int]] = []
        for index, name in enumerate(self.variables):
            for form in ruleset.surface_forms(name):
                for sequence in phrase_token_ids(tokenizer, form):
                    if (sequence, index) not in entries:
                        entries.append((sequence, index))
        entries.sort(key=lambda entry: len(entry[0]), reverse=True)
        self.sequences = [sequence for sequence, _ in entries]
        self.owners = [owner for _, owner in entries]
        self.starts_with_space = [tokenizer.decode([s[0]])[:1].isspace() for s in self.sequences]
        self.max_length = max((len(s) for s in self.sequences), default=0)
        self._tensors: dict[torch.device, tuple[Tensor, Tensor, Tensor, Tensor]] = {}

    def __len__(self) -> int:
        return len(self.sequences)

    def tensors(self, device: torch.device) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        """``(left_aligned [F, L], right_aligned [F, L], lengths [F], owners [F])`` on ``device``; pads are -1."""
        device = torch.device(device)
        if device not in self._tensors:
            count, width = len(self.sequences), max(self.max_length, 1)
            left = torch.tensor([list(s) + [-1] * (width - len(s)) for s in self.sequences], dtype=torch.long)
            right = torch.tensor([[-1] * (width - len(s)) + list(s) for s in self.sequences], dtype=torch.long)
            lengths = torch.tensor([len(s) for s in self.sequences], dtype=torch.long)
            owners = torch.tensor(self.owners, dtype=torch.long)
            self._tensors[device] = (
                left.reshape(count, width).to(device), right.reshape(count, width).to(device),
                lengths.to(device), owners.to(device),
            )
        return self._tensors[device]

    def span_end_labels(self, input_ids: Tensor, keep_last: int | None = None) -> Tensor:
        """For each position, the variable whose form *ends* there (``len(variables)`` where none does).

        ``input_ids [B, T] -> labels [B, keep_last or T]``. A label depends only on the token and the
        ones before it, so it is the same whether a sequence is processed whole or token by token.
        The longest form ending at a position wins.
        """
        batch, length = input_ids.shape
        keep = length if keep_last is None else keep_last
        none = len(self.variables)
        if not self.sequences:
            return torch.full((batch, keep), none, dtype=torch.long, device=input_ids.device)
        _, right, _, owners = self.tensors(input_ids.device)
        width = right.shape[1]
        ids = input_ids[:, length - keep - width + 1:] if length - keep - width + 1 > 0 else input_ids
        padded = torch.nn.functional.pad(ids, (width - 1, 0), value=-1)
        windows = padded.unfold(1, width, 1)[:, -keep:]  # (B, keep, L): the L tokens ending at each position
        wildcard = right < 0  # (F, L)
        match = ((windows[:, :, None, :] == right) | wildcard).all(-1)  # (B, keep, F)
        first = match.to(torch.uint8).argmax(-1)  # longest form first, so the first hit wins
        return torch.where(match.any(-1), owners[first], torch.full_like(first, none))


_FORM_TOKENS: weakref.WeakKeyDictionary[Any, dict[tuple, SurfaceFormTokens]] = weakref.WeakKeyDictionary()


def surface_form_tokens(ruleset: CausalRuleSet, tokenizer: Any) -> SurfaceFormTokens:
    """`SurfaceFormTokens` of ``ruleset`` under ``tokenizer``, built once per tokenizer and set of forms."""
    key = tuple((name, tuple(ruleset.surface_forms(name))) for name in ruleset.variables)
    try:
        built = _FORM_TOKENS.setdefault(tokenizer, {})
    except TypeError:  # not weakly referenceable: build it each time
        return SurfaceFormTokens(ruleset, tokenizer)
    if key not in built:
        built[key] = SurfaceFormTokens(ruleset, tokenizer)
    return built[key]


class VocabularyText:
    """The lower-cased decoded text of every token id, with a sorted index for prefix look-ups."""

    def __init__(self, tokenizer: Any, size: int | None = None):
        known = int(tokenizer.vocab_size)
        size = known if size is None else size
        self.texts = [tokenizer.decode([i]).lower() if i < known else "" for i in range(size)]
        self._order = sorted(range(size), key=self.texts.__getitem__)
        self._sorted = [self.texts[i] for i in self._order]

    def __len__(self) -> int:
        return len(self.texts)

    def starting_with(self, prefix: str) -> list[int]:
        low = bisect.bisect_left(self._sorted, prefix)
        high = bisect.bisect_left(self._sorted, prefix + "\U0010ffff")
        return self._order[low:high]

    def containing(self, part: str) -> list[int]:
        return [i for i, text in enumerate(self.texts) if part in text]


_VOCABULARIES: weakref.WeakKeyDictionary[Any, VocabularyText] = weakref.WeakKeyDictionary()


def vocabulary_text(tokenizer: Any) -> VocabularyText:
    """`VocabularyText` of ``tokenizer``, built once per tokenizer object where it can be weakly referenced."""
    try:
        cached = _VOCABULARIES.get(tokenizer)
    except TypeError:  # not weakly referenceable: build it each time
        return VocabularyText(tokenizer)
    if cached is None or len(cached) != int(tokenizer.vocab_size):
        cached = VocabularyText(tokenizer)
        _VOCABULARIES[tokenizer] = cached
    return cached


class PhraseBan:
    """The token ids that would complete ``phrase`` as a whole word, given the text generated so far.

    Works on decoded text, case-insensitively, so it catches every tokenisation of the phrase — the
    canonical one with or without a leading space, and odd splits such as ``"r" + "ain"``. A token is
    banned when appending its text makes the phrase end inside that token, preceded by a non-word
    character (or the start of the text) and followed by a non-word character or the end of the token.
    """

    def __init__(self, phrase: str, vocabulary: VocabularyText):
        target = normalize_phrase(phrase)
        if not target:
            raise DataError(f"A forbidden word must contain a non-space character, got {phrase!r}.")
        self.phrase = target
        texts = vocabulary.texts
        always: set[int] = set()
        at_boundary: set[int] = set()
        for token in vocabulary.containing(target):
            text = texts[token]
            where = text.find(target)
            while where >= 0:
                end = where + len(target)
                if end == len(text) or not is_word_char(text[end]):
                    if where == 0:
                        at_boundary.add(token)
                    elif not is_word_char(text[where - 1]):
                        always.add(token)
                where = text.find(target, where + 1)
        self.always = sorted(always)
        self.at_boundary = sorted(at_boundary - always)
        # The phrase may start in earlier tokens: the text so far ends with target[:k], the token starts with the rest.
        self.after_prefix: list[tuple[str, list[int]]] = []
        for k in range(1, len(target)):
            rest = target[k:]
            tokens = [
                t for t in vocabulary.starting_with(rest)
                if len(texts[t]) == len(rest) or not is_word_char(texts[t][len(rest)])
            ]
            if tokens:
                self.after_prefix.append((target[:k], tokens))

    def banned(self, context: str) -> list[int]:
        """Token ids to ban after ``context``: the text so far, lower-cased (its last ``len(phrase) + 1``
        characters suffice)."""
        out = list(self.always)
        if not context or not is_word_char(context[-1]):
            out.extend(self.at_boundary)
        for prefix, tokens in self.after_prefix:
            if context.endswith(prefix) and (
                len(context) == len(prefix) or not is_word_char(context[-len(prefix) - 1])
            ):
                out.extend(tokens)
        return out


class DecodedRows:
    """The decoded text of each row of a token batch that grows by columns, updated incrementally.

    `update(input_ids)` decodes only the columns added since the previous call (checking that the
    earlier columns are unchanged; otherwise it starts afresh). Leading ``pad_token_id`` tokens (left
    padding) are skipped. Tokens that end inside a multi-byte character are held back until the
    character is complete, so the text equals decoding the whole row.
    """

    def __init__(self, tokenizer: Any, pad_token_id: int | None = None):
        self.tokenizer = tokenizer
        self.pad_token_id = pad_token_id
        self.texts: list[str] = []
        self.previous_lengths: list[int] = []  # length of each text before the latest update
        self.restarted = True  # whether the latest update did not continue the batch before it
        self._committed: list[str] = []
        self._pending: list[list[int]] = []
        self._seen: Tensor | None = None

    def _continues(self, input_ids: Tensor) -> bool:
        seen = self._seen
        return (
            seen is not None and seen.shape[0] == input_ids.shape[0] and seen.shape[1] <= input_ids.shape[1]
            and seen.device == input_ids.device and torch.equal(input_ids[:, : seen.shape[1]], seen)
        )

    def update(self, input_ids: Tensor) -> list[str]:
        """``input_ids [B, T]`` → the decoded text of each row; ``restarted`` says whether it began afresh."""
        self.restarted = not self._continues(input_ids)
        if not self.restarted:
            assert self._seen is not None
            new_columns = input_ids[:, self._seen.shape[1]:].tolist()
        else:
            rows = input_ids.tolist()
            new_columns = []
            for row in rows:
                start = 0
                while start < len(row) and row[start] == self.pad_token_id:
                    start += 1
                new_columns.append(row[start:])
            self._committed = [""] * len(rows)
            self._pending = [[] for _ in rows]
            self.texts = [""] * len(rows)
        self.previous_lengths = [len(text) for text in self.texts]
        for b, tokens in enumerate(new_columns):
            if not tokens:
                continue
            self._pending[b].extend(tokens)
            pending_text = self.tokenizer.decode(self._pending[b])
            if pending_text.endswith(_REPLACEMENT):
                self.texts[b] = self._committed[b] + pending_text
            else:
                self._committed[b] += pending_text
                self._pending[b] = []
                self.texts[b] = self._committed[b]
        self._seen = input_ids
        return self.texts
