"""Constraint-aware decoding: a lookahead beam search over whole continuations (NeuroLogic-style).

Logit biasing (`causaltorch.text.processors`) pushes an effect's tokens up wherever they score, so an
effect is spliced in where no sentence can carry it. Here the search keeps ``num_beams`` candidate
continuations and ranks each by the model's log-likelihood plus ``constraint_weight`` per constraint it
has met, keeping the best candidate of each number of constraints met (Lu et al. 2021, "NeuroLogic
decoding"). With ``lookahead > 0`` a short greedy rollout also tells whether a candidate token leads the model to
a constraint by itself, and at what cost in likelihood (2022, "NeuroLogic A*esque"). The default is no lookahead
(``DEFAULT_LOOKAHEAD = 0``): on the shipped ``causal-small`` and the bundled prompts it met every constraint
as the lookahead did, with 2-3 times fewer model calls and no worse judge perplexity (docs/benchmarks.md, issue 16).

A form of an unmet constraint starts only where the model finds its first token no more than ``constraint_weight``
below its likeliest next token (`_start_floors`): the bonus a met constraint earns pays for at most that much
likelihood, so no form is spliced in where the sentence cannot carry it ("the chance inflation drops"); it waits for
a place where it can start. Where the model would end the text, and once the budget has room only for a form, any
form may start, so a constraint on a word the model rarely writes is still met. A form under way is always
continued.

A required variable is met by a mention that `states` it: not negated in its clause ("there was no rain") and
not held off ("the chance of rain goes down"). After a sentence's end, forms are offered capitalised.

The constraints of one prompt (`build_constraints`):

- **required**: every variable the rules imply from what the prompt states, under the interventions
  (`CausalSymbolicLayer` on the SCM with ``do()``), with intensity at least ``min_intensity`` and not
  yet stated. A required variable is met when the continuation states one of its `realisations` (its
  surface forms, metadata forms, or forms derived from its name), as whole words, any case.
- **banned**: forbidden words, and every realisation of a variable an intervention sets (or leaves) at
  intensity ``<= suppress_below`` — the intervened-on variable and its instantaneous descendants. Banned
  phrases are hard: their completing token is removed at every step (`PhraseBan`), so they never appear.

Cost: the search keeps one row of a key/value cache per beam (`KVCache`; reordered when beams are picked), so the
prompt and each token are computed once; a step's rollouts run in one batch that starts from their parents' rows,
and its first call also gives the next-token logits of the candidates that become beams. A lookahead runs only
while the best candidate has some constraint unmet, and only when a form of one is near (a beam has a token that
starts one among its ``rollout_top_k`` likeliest, or a form is under way); the rest is a plain beam search, which
stops once a finished beam meets every constraint and no live beam can still beat it (`_settled`).
Models whose attention reads every hidden state (a `CausalBiasingNetwork` in attention) recompute instead.

Conflicts: a forbidden word equal to a form of a required variable's name is a contradiction
(`ConstraintConflictError`). A forbidden word that is only part of some forms ("dog" in "frightened
dog") wins: those forms are dropped, and a variable left with no form is no longer required (logged).
A required variable none of whose forms the tokenizer can spell within the model's vocabulary raises
`UnspellableConstraintError` (add ``synonyms=[...]`` the tokenizer can spell).
"""

from __future__ import annotations

import json
import logging
import math
import re
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError, UnknownVariableError
from causaltorch.layers import CausalSymbolicLayer
from causaltorch.rules import CausalRuleSet
from causaltorch.text.surface_forms import (
    PhraseBan,
    SurfaceFormMatcher,
    is_negated,
    normalize_phrase,
    realisations,
    vocabulary_text,
    whole_word_pattern,
)

__all__ = [
    "ConstraintConflictError", "Constraints", "UnspellableConstraintError", "build_constraints",
    "constrained_search", "implied_effects", "states",
]

log = logging.getLogger(__name__)

DEFAULT_NUM_BEAMS = 4
DEFAULT_LOOKAHEAD = 0  # measured: the rollouts cost 2-3x the model calls and did not make the text read better
DEFAULT_CONSTRAINT_WEIGHT = 6.0
ROLLOUT_TOP_K = 20  # a step rolls out when a form's next token is among a beam's 20 likeliest (or one is under way)
MIN_INTENSITY = 0.5
SUPPRESS_BELOW = 0.01


class ConstraintConflictError(DataError):
    """Constraints that cannot all hold: an effect both required (by the rules) and forbidden."""


class UnspellableConstraintError(DataError):
    """A required variable none of whose forms the tokenizer can spell within the model's vocabulary."""


@dataclass
class Constraints:
    """What one prompt's continuation must and must not state."""

    required: dict[str, list[str]]  # variable -> the forms that meet it (banned forms removed)
    banned: list[str]  # phrases that never appear (forbidden words, intervened-away variables' forms)
    expressed: list[str]  # variables the prompt states
    intensity: dict[str, float] = field(default_factory=dict)  # every variable's intensity under do()


def _evidence(layer: CausalSymbolicLayer, matcher: SurfaceFormMatcher, text: str) -> tuple[list[str], Tensor]:
    """Variables ``text`` states and every variable's intensity given them (``[d]``)."""
    complete, at_end = matcher.scan(text)
    present = tuple(sorted(complete | at_end))
    known = _INTENSITIES.setdefault(layer, {})
    if present not in known:
        scm = layer.scm
        observed = torch.zeros(1, len(layer.variables), device=scm.device, dtype=scm.dtype)
        observed[0, list(present)] = 1.0
        with torch.no_grad():
            known[present] = layer(observed).detach().cpu()[0]
        if len(known) > 256:
            known.pop(next(iter(known)))
    return [layer.variables[i] for i in present], known[present].clone()


# intensities the layer gives each set of stated variables (its weights do not change: built by `_prepare`)
_INTENSITIES: weakref.WeakKeyDictionary[CausalSymbolicLayer, dict[tuple[int, ...], Tensor]] = \
    weakref.WeakKeyDictionary()


_PREPARED: OrderedDict[Any, tuple[CausalSymbolicLayer, dict[str, list[str]], SurfaceFormMatcher]] = OrderedDict()
_PREPARED_SIZE = 8


def _prepare(rules: CausalRuleSet, interventions: Mapping[str, Any]) -> tuple[CausalSymbolicLayer, dict[str, list[str]],
                                                                              SurfaceFormMatcher]:
    """The SCM layer under ``do(interventions)``, every variable's realisations and their matcher; the last few
    are kept, keyed by the rules' content and the interventions, since building them costs more than a short
    continuation."""
    try:
        key: Any = (json.dumps(rules.to_dict(), sort_keys=True, default=repr),
                    tuple(sorted((str(name), float(value)) for name, value in interventions.items())))
    except (TypeError, ValueError):  # a value that is no plain number: built afresh (and checked) each time
        key = None
    if key is not None and key in _PREPARED:
        _PREPARED.move_to_end(key)
        return _PREPARED[key]
    layer = CausalSymbolicLayer(CausalSymbolicLayer(rules).scm.do(dict(interventions)))  # checks names and values
    forms = {name: realisations(layer.ruleset, name) for name in layer.variables}
    prepared = (layer, forms, SurfaceFormMatcher(layer.ruleset, forms))
    if key is not None:
        _PREPARED[key] = prepared
        while len(_PREPARED) > _PREPARED_SIZE:
            _PREPARED.popitem(last=False)
    return prepared


def implied_effects(rules: CausalRuleSet, prompt: str, interventions: Mapping[str, Any] | None = None,
                    min_intensity: float = MIN_INTENSITY) -> list[str]:
    """The variables the rules imply from what ``prompt`` states (under ``do(interventions)``), not yet stated:
    what constraint-aware decoding requires and what coverage counts."""
    layer, _, matcher = _prepare(rules, dict(interventions or {}))
    expressed, intensity = _evidence(layer, matcher, prompt)
    return [name for i, name in enumerate(layer.variables)
            if name not in expressed and float(intensity[i]) >= min_intensity]


def _spellable(tokenizer: Any, form: str, vocab: int) -> bool:
    """Whether the tokenizer writes `` form`` back as itself with ids inside the model's vocabulary."""
    ids = list(tokenizer.encode(" " + form))
    return bool(ids) and max(ids) < vocab and normalize_phrase(tokenizer.decode(ids)) == normalize_phrase(form)


def _contains_word(form: str, word: str) -> bool:
    pattern = whole_word_pattern([word])
    return pattern is not None and pattern.search(form) is not None


def build_constraints(rules: CausalRuleSet, prompt: str, tokenizer: Any, vocab: int,
                      interventions: Mapping[str, Any] | None = None, forbidden_words: Sequence[str] = (),
                      min_intensity: float = MIN_INTENSITY, suppress_below: float = SUPPRESS_BELOW) -> Constraints:
    """The constraints of one prompt (see the module docstring); raises before anything is generated."""
    interventions = dict(interventions or {})
    if not rules.variables:  # no rules: only the forbidden words
        for name in interventions:
            raise UnknownVariableError(name, [], "causal_interventions (the rules are empty)")
        return Constraints({}, list(dict.fromkeys(normalize_phrase(w) for w in forbidden_words)), [], {})
    layer, forms, matcher = _prepare(rules, interventions)  # checks names and values
    ruleset = layer.ruleset
    expressed, intensity = _evidence(layer, matcher, prompt)
    suppressible: set[str] = set()
    for name in interventions:
        suppressible.add(name)
        suppressible.update(ruleset.descendants(name, instantaneous_only=True))
    values = {name: float(intensity[i]) for i, name in enumerate(ruleset.variables)}
    banned = [normalize_phrase(word) for word in forbidden_words]
    for name in ruleset.variables:
        if name in suppressible and values[name] <= suppress_below:
            banned.extend(normalize_phrase(form) for form in forms[name])
    banned = list(dict.fromkeys(b for b in banned if b))
    required: dict[str, list[str]] = {}
    user_banned = [normalize_phrase(word) for word in forbidden_words]
    for name in ruleset.variables:
        if name in expressed or values[name] < min_intensity:
            continue
        name_form = normalize_phrase(name.replace("_", " "))
        clash = [word for word in user_banned if word == name_form]
        if clash:
            raise ConstraintConflictError(
                f"{name!r} is both required (the rules imply it from the prompt at intensity {values[name]:.2f}) "
                f"and forbidden (--forbid / forbidden_words {clash[0]!r}); drop the forbidden word, or set "
                f"causal_interventions={{{name!r}: 0}} to keep the effect out."
            )
        kept = [form for form in forms[name] if not any(_contains_word(form, word) for word in banned)]
        if len(kept) < len(forms[name]):
            log.info("Forbidden words win over %r: its forms %s are not used.", name,
                     [form for form in forms[name] if form not in kept])
        if not kept:
            log.warning("Every form of %r contains a forbidden word, so it is not required.", name)
            continue
        spelled = [form for form in kept if _spellable(tokenizer, form, vocab)]
        if not spelled:
            raise UnspellableConstraintError(
                f"The tokenizer cannot spell any form of {name!r} ({kept}) within the model's {vocab} token ids; "
                f"declare the variable with synonyms=[...] in words the tokenizer knows."
            )
        required[name] = spelled
    return Constraints(required, banned, expressed, values)


# ---------------------------------------------------------------------------------------- the search
# a mention held off in its clause: "less chance of rain", "can prevent rain", "the chance of rain goes down"
_HELD_OFF_BEFORE = re.compile(r"\b(?:(?:less|lower|little) chance of|prevents?|stops?|hold back|holds back|"
                              r"work against|works against)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_HELD_OFF_AFTER = re.compile(r"^\s+(?:goes down|went down|drops|dropped|falls|fell|is lower|was lower|"
                             r"is less likely)\b", re.IGNORECASE)
_CHANCE_OF = re.compile(r"\bchances? of\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)


def states(pattern: re.Pattern | None, text: str) -> bool:
    """Whether ``text`` states a form ``pattern`` matches (`whole_word_pattern`): a mention that is not negated in
    its clause (`is_negated`: "it did not rain", "no rain", "without rain") nor held off ("less chance of rain",
    "can prevent rain", "the chance of rain goes down"). What the search counts as met and coverage counts."""
    if pattern is None:
        return False
    for match in pattern.finditer(text):
        start, end = match.span(1) if match.re.groups else match.span()
        before, after = text[:start], text[end:]
        if is_negated(text, start, end) or _HELD_OFF_BEFORE.search(before):
            continue
        if _CHANCE_OF.search(before) and _HELD_OFF_AFTER.search(after):
            continue
        return True
    return False


@dataclass
class _Beam:
    tokens: list[int]
    logprob: float
    text: str  # decoded continuation
    met: frozenset[str]
    finished: bool = False
    progress: float = 0.0  # share of a form of an unmet constraint that the last tokens have written
    written: int = 0  # how many tokens of that form
    parent: int = -1  # row of the live beam it extends (the search's cache rows)
    base: str = ""  # text of the tokens before ``pending``
    pending: tuple[int, ...] = ()  # last tokens that end inside a multi-byte character (``text`` shows them so far)
    slot: int = -1  # row of this step's rollout that continued it (-1: none)

    def key(self, weight: float) -> float:
        return self.logprob + weight * len(self.met)


class _Tracker:
    """Constraint bookkeeping shared by every beam of one prompt."""

    def __init__(self, constraints: Constraints, tokenizer: Any, vocab: int, prompt_text: str):
        self.tokenizer = tokenizer
        self.prompt_text = prompt_text
        self._pieces: dict[int, str] = {}  # token id -> its text
        self.required = constraints.required
        self.patterns = {name: whole_word_pattern(forms) for name, forms in constraints.required.items()}
        vocabulary = vocabulary_text(tokenizer) if constraints.banned else None
        self.bans = [PhraseBan(phrase, vocabulary) for phrase in constraints.banned] if vocabulary else []
        self.tail = max((len(b.phrase) for b in self.bans), default=0) + 1
        # token sequences of every required form, spelled after a space-less end (" form") and after a space, and
        # capitalised the same two ways (a form that starts a sentence)
        self.sequences: dict[str, list[tuple[tuple[int, ...], ...]]] = {}
        for name, forms in constraints.required.items():
            self.sequences[name] = [spelled for spelled in (_spellings(tokenizer, form, vocab) for form in forms)
                                    if spelled is not None]

    def extend(self, beam: _Beam, tokens: Sequence[int]) -> tuple[str, str, tuple[int, ...]]:
        """``(text, base, pending)`` of ``beam``'s continuation followed by ``tokens``, decoding only the new tokens
        (and those held back inside a multi-byte character): decoding concatenates at character boundaries
        (`causaltorch.text.surface_forms`), so this equals decoding every token."""
        pending = (*beam.pending, *tokens)
        if len(pending) == 1:
            piece = self._pieces.get(pending[0])
            if piece is None:
                piece = self._pieces[pending[0]] = self.tokenizer.decode(list(pending))
        else:
            piece = self.tokenizer.decode(list(pending))
        if piece.endswith("\ufffd"):
            return beam.base + piece, beam.base, pending
        return beam.base + piece, beam.base + piece, ()

    def met(self, text: str) -> frozenset[str]:
        return frozenset(name for name, pattern in self.patterns.items() if states(pattern, text))

    def banned_tokens(self, text: str) -> list[int]:
        """Tokens that would complete a banned phrase, read after the prompt and read alone (so a phrase glued to
        the prompt's last word, "The catthe ground", is no more written than one after a space)."""
        tail = (self.prompt_text + text)[-self.tail:].lower()
        alone = (" " + text)[-self.tail:].lower()
        out: list[int] = []
        for ban in self.bans:
            out.extend(ban.banned(tail))
            if alone != tail:
                out.extend(ban.banned(alone))
        return out

    def constraint_tokens(self, beam: _Beam, scores: Tensor | None = None,
                          floor: float | None = None) -> dict[int, tuple[float, tuple[int, ...]]]:
        """Next tokens that start or continue a form of an unmet constraint -> (share of the form done with
        that token, the form's tokens after it). With ``scores`` (the beam's next-token log-probabilities
        ``[V]``) and ``floor``, a form starts only with a first token whose log-probability is at least ``floor``
        (see `_start_floors`); a form already under way is always offered its next token."""
        out: dict[int, tuple[float, tuple[int, ...]]] = {}

        def offer(token: int, done: float, rest: tuple[int, ...]) -> None:
            if token not in out or out[token][0] < done or (out[token][0] == done and len(out[token][1]) > len(rest)):
                out[token] = (done, rest)

        full = self.prompt_text + beam.text
        after_space = not full or full[-1].isspace()
        sentence_start = not full.strip() or full.rstrip()[-1] in ".!?"
        for name, spellings in self.sequences.items():
            if name in beam.met:
                continue
            for spelled in spellings:
                sequence = spelled[2 * sentence_start + after_space]
                if floor is None or scores is None or float(scores[sequence[0]]) >= floor:
                    offer(sequence[0], 1 / len(sequence), sequence[1:])
                for seq in spelled:  # a form already started: its next token
                    for k in range(1, len(seq)):
                        if len(beam.tokens) >= k and tuple(beam.tokens[-k:]) == seq[:k]:
                            offer(seq[k], (k + 1) / len(seq), seq[k + 1:])
        return out


_SPELLINGS: weakref.WeakKeyDictionary[Any, dict[tuple[str, int], Any]] = weakref.WeakKeyDictionary()


def _spellings(tokenizer: Any, form: str, vocab: int) -> tuple[tuple[int, ...], ...] | None:
    """The token ids of `` form``, ``form``, `` Form`` and ``Form`` (None when one is outside the vocabulary);
    kept per tokenizer, since encoding every form of every variable costs more than a short search."""
    try:
        known = _SPELLINGS.setdefault(tokenizer, {})
    except TypeError:  # a tokenizer that cannot be weakly referenced: encoded each time
        known = {}
    if (form, vocab) not in known:
        capital = form[:1].upper() + form[1:]
        spelled = tuple(tuple(tokenizer.encode(text)) for text in (" " + form, form, " " + capital, capital))
        known[(form, vocab)] = spelled if all(ids and max(ids) < vocab for ids in spelled) else None
    return known[(form, vocab)]


class _Calls:
    """The model calls of one search: the beams' next-token logits and the greedy rollouts.

    With a KV cache (``cached``), the prompt's keys and values are computed once and each beam's tokens once:
    the cache holds one row per live beam; a rollout copies its candidates' parent rows and feeds only new
    tokens, and its first call (the candidate's own token) also gives that candidate's next-token logits, so
    the beams picked from rolled-out candidates cost nothing more; the others are fed their last token in one
    batch, and the rows are reordered to the new beams. Without one (a model whose attention reads every hidden
    state, or ``use_cache=False``) every call recomputes whole sequences.
    """

    def __init__(self, model: nn.Module, prompt: Tensor, decodable: int | None, cached: bool, room: int):
        self.model = model
        self.prompt = prompt
        self.decodable = decodable
        self.cached = cached
        self.limit = model.config.max_seq_length
        self.cache = None  # one row per live beam (prompt + its tokens), in the order of the live beams
        self.logits: Tensor | None = None  # [K, V] raw next-token logits of those rows
        self._rolled: tuple[Any, Tensor | None, int] = (None, None, 0)  # the last rollout's cache, first logits, length
        if cached:
            from causaltorch.text.kv_cache import KVCache

            self.cache = KVCache.for_model(model, 1, room)
            self.logits = model(prompt[None], kv_cache=self.cache).logits[:, -1].float()

    def _rows(self, token_lists: Sequence[Sequence[int]]) -> Tensor:
        return torch.stack([torch.cat([self.prompt, self.prompt.new_tensor(list(t), dtype=torch.long)])
                            for t in token_lists])

    def logprobs(self, beams: list[_Beam], processors: Sequence[Callable]) -> Tensor:
        """Next-token log-probabilities ``[K, V]`` of the live ``beams`` (they have one length)."""
        rows = self._rows([b.tokens for b in beams]) if processors or not self.cached else None
        if self.cached:
            logits = self.logits.clone()
        else:
            logits = self.model(rows).logits[:, -1].float()
        if self.decodable is not None and self.decodable < logits.shape[-1]:
            logits[:, self.decodable:] = float("-inf")
        for processor in processors:
            logits = processor(rows, logits)
        return torch.log_softmax(logits, dim=-1)

    def rollout(self, children: list[_Beam], steps: int) -> tuple[Tensor, list[list[int]]]:
        """Each candidate continued greedily for ``steps`` tokens, the model writing as it would by itself (a
        form is not forced to its end: the lookahead asks whether the model leads to it). Returns ``(summed
        log-probability [N], tokens added)``; with the cache, the
        candidates' rows and next-token logits are kept for `advance` (``child.slot``)."""
        total = torch.zeros(len(children))
        columns: list[Tensor] = []
        if self.cached:
            cache = self.cache.select([c.parent for c in children])
            ids = self.prompt.new_tensor([c.tokens[-1] for c in children])[:, None]
        else:
            cache = None
            ids = self._rows([c.tokens for c in children])
        for j, child in enumerate(children):
            child.slot = j
        first = None
        for step in range(steps):
            if (cache.length + 1 if cache is not None else ids.shape[1]) > self.limit:
                break
            logits = self.model(ids, kv_cache=cache).logits[:, -1].float()
            if step == 0:
                first = logits.clone()
            if self.decodable is not None:
                logits[:, self.decodable:] = float("-inf")
            logp = torch.log_softmax(logits, dim=-1)
            best, token = logp.max(dim=-1)
            total += best.cpu()
            ids = token[:, None] if cache is not None else torch.cat([ids, token[:, None]], dim=1)
            columns.append(token)
        added = torch.stack(columns, dim=1).tolist() if columns else [[] for _ in children]
        self._rolled = (cache, first, self.cache.length + 1 if cache is not None else 0)
        return total, added

    def advance(self, live: list[_Beam], rolled_out: bool) -> None:
        """Make the cache rows (and next-token logits) those of the new live beams, in their order."""
        if not self.cached or not live:
            return
        from causaltorch.text.kv_cache import KVCache

        reuse = rolled_out and self._rolled[1] is not None
        ready = [b for b in live if reuse and b.slot >= 0]
        fresh = [b for b in live if not (reuse and b.slot >= 0)]
        caches, logits, order = [], [], []
        if ready:
            cache, first, length = self._rolled
            caches.append(cache.select([b.slot for b in ready], length))
            logits.append(first[[b.slot for b in ready]])
            order.extend(ready)
        if fresh:
            cache = self.cache.select([b.parent for b in fresh])
            ids = self.prompt.new_tensor([b.tokens[-1] for b in fresh])[:, None]
            logits.append(self.model(ids, kv_cache=cache).logits[:, -1].float())
            caches.append(cache)
            order.extend(fresh)
        position = {id(b): i for i, b in enumerate(order)}
        index = [position[id(b)] for b in live]
        in_order = index == list(range(len(index)))
        self.cache = KVCache.cat(caches) if in_order else KVCache.cat(caches).select(index)
        self.logits = torch.cat(logits) if in_order else torch.cat(logits)[index]
        self._rolled = (None, None, 0)


def _start_floors(logp: Tensor, eos: Sequence[int], constraint_weight: float,
                  lift: bool = False) -> list[float | None]:
    """For each row of next-token log-probabilities ``[K, V]``, the least log-probability a token may have to start
    a form of an unmet constraint: the row's likeliest token less ``constraint_weight``. Meeting the constraint
    earns the candidate ``constraint_weight``; a first token further below the model's own next word costs more
    likelihood than that buys (the splice the model finds ungrammatical here, "the chance inflation drops"), so the
    form waits for a place where it can start.

    None (no floor) where the model would end the text here (an end-of-text token is its likeliest: after a finished
    sentence it is so by far, and a form that starts the next sentence is weighed against the other ways to go on),
    and for every row when ``lift`` (the budget has only room left for a form): a constraint that found no place the
    model likes (a word it rarely writes) then starts a new sentence, or the last words, rather than going unmet."""
    if lift:
        return [None] * logp.shape[0]
    best, likeliest = logp.max(dim=-1)
    ends = [token for token in eos if 0 <= token < logp.shape[-1]]
    stopping = (torch.isin(likeliest, torch.tensor(ends, device=logp.device)) if ends
                else torch.zeros_like(likeliest, dtype=torch.bool))
    return [None if stop else floor for floor, stop in zip((best - constraint_weight).tolist(), stopping.tolist())]


def _settled(beams: list[_Beam], required: int, remaining: int) -> bool:
    """Whether no live beam can become the answer any more: a finished beam meets every constraint and no live
    beam could beat its length-normalised log-likelihood even if every one of its ``remaining`` tokens had
    probability 1 (its average can rise at most to ``logprob / (tokens + remaining)``)."""
    done = [b for b in beams if b.finished and len(b.met) == required]
    if not done:
        return False
    best = max(b.logprob / max(1, len(b.tokens)) for b in done)
    return all(b.logprob / (len(b.tokens) + remaining) < best for b in beams if not b.finished)


def _reads_cache(model: nn.Module) -> bool:
    """Whether ``model`` can decode with a `KVCache`: it has the cache's sizes and no attention layer that reads
    every position's hidden state (`CausalBiasingNetwork`)."""
    config = getattr(model, "config", None)
    if not all(hasattr(config, name) for name in ("n_layers", "n_heads", "head_dim")):
        return False
    return not any(getattr(module, "causal_biasing", None) is not None for module in model.modules())


@torch.no_grad()
def constrained_search(model: nn.Module, prompt_ids: Sequence[int], prompt_text: str, constraints: Constraints,
                       tokenizer: Any, *, max_new: int, eos_ids: Sequence[int], num_beams: int = DEFAULT_NUM_BEAMS,
                       lookahead: int = DEFAULT_LOOKAHEAD, constraint_weight: float = DEFAULT_CONSTRAINT_WEIGHT,
                       temperature: float = 0.0, top_k: int | None = None, top_p: float = 1.0,
                       generator: torch.Generator | None = None, processors: Sequence[Callable] = (),
                       allowed: Callable[[str], bool] | None = None, use_cache: bool = True,
                       rollout_top_k: int | None = ROLLOUT_TOP_K) -> list[int]:
    """The new tokens of the best continuation of one prompt (see the module docstring).

    Each step extends every beam by its ``2 * num_beams`` likeliest tokens (drawn by sampling when
    ``temperature > 0``: a stochastic beam search) plus every token that starts or continues a form of
    an unmet constraint (a form's first token only when its log-probability is within ``constraint_weight`` of the
    likeliest token, or where the text would end, or near the end of the budget: `_start_floors`); banned phrases'
    completing tokens are removed first.
    Each candidate is scored ``log-likelihood + constraint_weight · constraints met``, plus, while the best
    candidate has a constraint unmet, for the best ``num_beams`` (and the best ``num_beams`` that start or continue
    a form), a greedy rollout of ``lookahead`` tokens (0 by default: none), adding its log-likelihood and
    ``constraint_weight`` per constraint the model would meet by itself (a form is not forced to its end in the
    rollout: forcing it would credit every splice with the constraint's weight). The rollouts are pruned: a step
    rolls out only when some candidate continues a form already started, or some beam has a token that starts a
    form of an unmet constraint among its ``rollout_top_k`` likeliest (None: always). Selection keeps the best candidate
    of each number of constraints met and the one furthest into a form, then the best by score,
    ``num_beams`` in all; finished beams stay. The answer is the beam meeting the most constraints, then with
    the best length-normalised log-likelihood.
    ``allowed(text)`` (the ethical constitution) vets each surviving candidate's continuation.
    ``use_cache`` keeps keys and values (`_Calls`); it is off for models that cannot read a cache.
    """
    check_search(num_beams, lookahead, constraint_weight)
    _validate.optional(_validate.nonnegative_int, "rollout_top_k", rollout_top_k,
                       what="None or an integer >= 0 (a form's next token among a beam's likeliest: roll out)")
    device = next(model.parameters()).device
    prompt = torch.tensor(list(prompt_ids), dtype=torch.long, device=device)
    vocab = model.config.vocab_size
    decodable = int(tokenizer.vocab_size) if int(tokenizer.vocab_size) < vocab else None
    tracker = _Tracker(constraints, tokenizer, vocab, prompt_text)
    eos = set(eos_ids)
    steps = min(max_new, model.config.max_seq_length - len(prompt_ids))
    if steps <= 0:
        return []
    longest = max((len(seq) for spellings in tracker.sequences.values() for spelled in spellings
                   for seq in spelled), default=0)
    room = min(model.config.max_seq_length, len(prompt_ids) + steps + max(lookahead, longest) + 1)
    calls = _Calls(model, prompt, decodable, use_cache and _reads_cache(model), room)
    beams = [_Beam([], 0.0, "", frozenset())]
    width = 2 * num_beams
    for step in range(steps):
        live = [b for b in beams if not b.finished]
        if not live:
            break
        logp = calls.logprobs(live, processors)
        candidates: list[tuple[float, _Beam]] = [(b.key(constraint_weight), b) for b in beams if b.finished]
        fresh: list[tuple[float, _Beam, tuple[int, ...]]] = []  # (score before lookahead, beam, form tokens left)
        near = False  # some beam has a token starting an unmet constraint's form among its likeliest
        logp = logp.clone()
        for row, beam in enumerate(live):
            banned = [t for t in tracker.banned_tokens(beam.text) if t < vocab]
            if banned:
                logp[row, banned] = float("-inf")
        movable = torch.isfinite(logp).any(dim=-1).tolist()
        active = [row for row, ok in enumerate(movable) if ok]
        picks = dict(zip(active, _pick(logp[active], width, temperature, top_k, top_p, generator))) if active else {}
        floors = _start_floors(logp, list(eos), constraint_weight, lift=steps - step <= longest + 1)
        for row, beam in enumerate(live):
            scores = logp[row]
            if not movable[row]:  # every token is banned: the beam ends here
                beam.finished = True
                candidates.append((beam.key(constraint_weight), beam))
                continue
            tokens = picks[row]
            pushed = tracker.constraint_tokens(beam, scores, floors[row])
            if pushed and not near and rollout_top_k is not None:
                likeliest = set(torch.topk(scores, min(rollout_top_k, scores.shape[-1])).indices.tolist())
                near = any(token in likeliest for token in pushed)
            options = list(dict.fromkeys([*tokens, *pushed]))
            values = scores[options].tolist()
            for token, value in zip(options, values):
                if not math.isfinite(value):
                    continue
                new_tokens = [*beam.tokens, token]
                finished = token in eos
                text, base, pending = ((beam.text, beam.base, beam.pending) if finished
                                       else tracker.extend(beam, [token]))
                met = tracker.met(text) if not finished else beam.met  # a form at the end may grow into a longer word
                under_way = token in pushed and not finished and len(met) == len(beam.met)
                child = _Beam(new_tokens, beam.logprob + value, text, frozenset(met), finished,
                              pushed[token][0] if under_way else 0.0,
                              round(pushed[token][0] * len(pushed[token][1]) / (1 - pushed[token][0] + 1e-9))
                              if under_way and pushed[token][0] < 1 else 0, parent=row, base=base, pending=pending)
                rest = pushed[token][1] if under_way else ()
                fresh.append((child.key(constraint_weight), child, rest))
        fresh.sort(key=lambda item: item[0], reverse=True)
        scored = [(score, child) for score, child, _ in fresh]
        # the lookahead asks which candidates lead to a constraint being met: once the best candidate has met them
        # all, the answer meets them all (the most met wins), and the rest is a plain beam search
        unmet = bool(fresh) and len(fresh[0][1].met) < len(tracker.required)
        started = any(rest and child.written >= 2 for _, child, rest in fresh)  # a form two or more tokens in
        rolled_out = False
        if lookahead > 0 and unmet and (rollout_top_k is None or near or started):
            # the best candidates by likelihood, and the best few that start or continue a form
            ranked = [i for i, (_, child, _) in enumerate(fresh) if not child.finished]
            top = ranked[:num_beams] + [i for i in ranked[num_beams:] if fresh[i][2]][:num_beams]
            if top:
                gains, added = calls.rollout([fresh[i][1] for i in top], lookahead)
                rolled_out = True
                for j, i in enumerate(top):
                    score, child, _ = fresh[i]
                    ahead = tracker.extend(child, added[j])[0]
                    new = len(tracker.met(ahead) - child.met)
                    scored[i] = (score + float(gains[j]) + constraint_weight * new, child)
                worst = float(gains.min())
                for i in set(range(len(scored))) - set(top):  # not looked ahead: charged the worst rollout seen
                    scored[i] = (scored[i][0] + worst, scored[i][1])
        candidates.extend(scored)
        candidates.sort(key=lambda item: item[0], reverse=True)
        # NeuroLogic's grouping: the best candidate of each number of constraints met goes first (most met
        # first), so a beam that has met a constraint is never crowded out by likelier ones that have not
        # and so is the one furthest into writing a form of a constraint it has not met yet
        leaders: dict[int, tuple[float, _Beam]] = {}
        for item in candidates:
            leaders.setdefault(len(item[1].met), item)
        # (a form two or more tokens in is kept; among fresh starts, the likeliest with its lookahead)
        under_way = [item for item in candidates if item[1].progress > 0]
        first = [leaders[n] for n in sorted(leaders, reverse=True)]
        if under_way:
            first.insert(1, max(under_way, key=lambda item: (len(item[1].met), min(item[1].written, 2), item[0])))
        candidates = first + candidates
        beams = []
        seen: set[tuple[int, ...]] = set()
        for _, child in candidates:
            key = tuple(child.tokens)
            if key in seen:
                continue
            if allowed is not None and not child.finished and not allowed(child.text):
                continue
            seen.add(key)
            beams.append(child)
            if len(beams) == num_beams:
                break
        if not beams:
            log.warning("No candidate continuation is allowed; ending the sequence here.")
            return []
        if _settled(beams, len(tracker.required), steps - step - 1):
            break
        if step < steps - 1:  # the next step reads the new beams' rows
            calls.advance([b for b in beams if not b.finished], rolled_out)
        for b in beams:
            b.slot = -1
    best = max(beams, key=lambda b: (len(b.met), b.logprob / max(1, len(b.tokens))))
    return best.tokens


def _pick(scores: Tensor, count: int, temperature: float, top_k: int | None, top_p: float,
          generator: torch.Generator | None) -> list[list[int]]:
    """For each row of ``scores [K, V]`` (each with a finite entry), its ``count`` likeliest tokens (greedy), or
    ``count`` drawn without replacement from its filtered distribution (``temperature > 0``, with
    ``top_k``/``top_p`` as in `causaltorch.text.generation.sample`); fewer where fewer are allowed.

    Sampling works on the ``top_k`` likeliest tokens only (every other token has probability 0 after the filter)
    and draws without replacement by the Gumbel-top-k trick: the ``count`` largest of ``log p + Gumbel noise``
    are distributed as ``count`` successive draws without replacement (Kool et al. 2019), in one batched call."""
    if temperature <= 0:
        finite = torch.isfinite(scores).sum(dim=-1).tolist()
        order = torch.topk(scores, min(count, max(finite)), dim=-1).indices.tolist()
        return [tokens[:min(count, allowed)] for tokens, allowed in zip(order, finite)]
    logits = scores / temperature
    if top_k and top_k < logits.shape[-1]:
        logits, index = torch.topk(logits, top_k, dim=-1)  # sorted, descending
    else:
        logits, index = torch.sort(logits, dim=-1, descending=True)
    if top_p < 1.0:
        probs = torch.softmax(logits, dim=-1)
        logits = logits.masked_fill((probs.cumsum(-1) - probs) >= top_p, float("-inf"))
    logp = torch.log_softmax(logits, dim=-1)
    uniform = torch.rand(logp.shape, generator=generator, device=logp.device, dtype=logp.dtype)
    keys = logp - torch.log(-torch.log(uniform.clamp_min(1e-20)))
    allowed = torch.isfinite(logp).sum(dim=-1).tolist()
    chosen = torch.topk(keys, min(count, logp.shape[-1]), dim=-1).indices
    tokens = index.gather(-1, chosen).tolist()
    return [row[:min(count, n)] for row, n in zip(tokens, allowed)]


def check_search(num_beams: int, lookahead: int, constraint_weight: float) -> None:
    """Arguments of the search, checked before anything runs."""
    _validate.positive_int("num_beams", num_beams, what="an integer >= 1 (candidate continuations kept)")
    _validate.nonnegative_int("lookahead", lookahead, what="an integer >= 0 (tokens rolled out per candidate)")
    _validate.nonnegative("constraint_weight", constraint_weight,
                          what="a finite number >= 0 (log-likelihood per constraint met)")
