"""Autoregressive generation: a KV cache, a plain `sample` function and the `generate` loop.

`generate(model, ...)` is what ``model.generate(...)`` runs. It works with any model whose
``forward(input_ids, attention_mask=None, *, kv_cache=None)`` returns an object with ``logits`` and that
has ``config`` (``max_seq_length``, ``vocab_size``, ``n_layers``, ``n_heads``, ``head_dim``), ``causal_rules``,
``tokenizer`` and ``ethical_constitution`` — `causaltorch.text.CausalTransformer` and its front doors.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.text.constrained import (
    DEFAULT_CONSTRAINT_WEIGHT,
    DEFAULT_LOOKAHEAD,
    DEFAULT_NUM_BEAMS,
    build_constraints,
    check_search,
    constrained_search,
)
from causaltorch.text.default_tokenizer import resolve_tokenizer
from causaltorch.text.kv_cache import KVCache
from causaltorch.text.processors import CausalRuleLogitsProcessor, ForbiddenWordsLogitsProcessor

__all__ = ["KVCache", "generate", "sample"]

log = logging.getLogger(__name__)

LogitsProcessor = Callable[[Tensor, Tensor], Tensor]
_CONSTRAINT_KEYS = {"forbidden_words"}
_CONSTITUTION_ATTEMPTS = 5


def _check_sampling(temperature: float, top_k: int | None, top_p: float) -> None:
    _validate.number("temperature", temperature, finite=False, what="a number (<= 0 means greedy)")
    _validate.optional(_validate.nonnegative_int, "top_k", top_k,
                       what="None or an integer >= 0 (0 or None: no top-k filter)")
    _validate.fraction("top_p", top_p, low_open=True,
                       what="in (0, 1] (the probability mass to sample from; 1 turns nucleus sampling off)")


def sample(logits: Tensor, temperature: float = 1.0, top_k: int | None = None, top_p: float = 1.0,
           generator: torch.Generator | None = None) -> Tensor:
    """Draw one token id per row: ``logits [B, V] -> ids [B]``.

    ``temperature <= 0`` is greedy (argmax). ``top_k`` keeps the k most likely tokens (None or 0: all);
    ``top_p`` keeps the smallest set of most likely tokens whose probability reaches ``top_p`` (1: all).
    Each row needs at least one finite logit. ``generator`` must live on ``logits``' device.
    """
    _check_sampling(temperature, top_k, top_p)
    if temperature <= 0:
        return logits.argmax(dim=-1)
    logits = logits.float() / temperature
    if top_k and top_k < logits.shape[-1]:
        kth = torch.topk(logits, top_k, dim=-1).values[..., -1:]
        logits = logits.masked_fill(logits < kth, float("-inf"))
    if top_p < 1.0:
        sorted_logits, order = torch.sort(logits, dim=-1, descending=True)
        probs = torch.softmax(sorted_logits, dim=-1)
        mass_before = probs.cumsum(dim=-1) - probs  # probability of the more likely tokens
        drop = mass_before >= top_p  # never the most likely token, since top_p > 0
        logits = logits.masked_fill(drop.scatter(-1, order, drop), float("-inf"))
    probs = torch.softmax(logits, dim=-1)
    return torch.multinomial(probs, num_samples=1, generator=generator).squeeze(-1)


# ---------------------------------------------------------------------- generate(), step by step
@torch.no_grad()
def generate(
    model: nn.Module,
    input_ids: Tensor | str | Sequence[str] | Sequence[int] | Sequence[Sequence[int]] | None = None,
    max_length: int | None = None,
    *,
    max_new_tokens: int | None = None,
    attention_mask: Tensor | None = None,
    temperature: float = 1.0,
    top_k: int | None = 50,
    top_p: float = 0.9,
    do_sample: bool = True,
    eos_token_id: int | Sequence[int] | None = None,
    pad_token_id: int | None = None,
    causal_constraints: Mapping[str, Any] | None = None,
    causal_interventions: Mapping[str, Any] | None = None,
    causal_rules: CausalRuleSet | Mapping[str, Any] | None = None,
    rule_strength: float = 5.0,
    logits_processor: Sequence[LogitsProcessor] | None = None,
    tokenizer: Any = None,
    use_cache: bool = True,
    generator: torch.Generator | None = None,
    decoding: str = "auto",
    num_beams: int = DEFAULT_NUM_BEAMS,
    lookahead: int = DEFAULT_LOOKAHEAD,
    constraint_weight: float = DEFAULT_CONSTRAINT_WEIGHT,
) -> Tensor | str | list[str]:
    """Continue prompts token by token, guided by the model's causal rules.

    Args:
        input_ids: a string or list of strings (then text is returned), or token ids: a tensor
            ``[B, T]`` or ``[T]`` (left-padded, with ``attention_mask``), a list of ids, or a list of
            lists (padded here). Then ids ``[B, T + n]`` are returned: the prompt, the new tokens, and
            ``pad_token_id`` after a sequence ends.
        max_length: longest sequence, prompt included (counting real tokens, not padding).
        max_new_tokens: most new tokens per sequence. Give one of the two; neither means 50 new tokens.
        temperature, top_k, top_p: as in `sample`; ``temperature <= 0`` or ``do_sample=False`` is greedy.
        eos_token_id: id(s) that end a sequence (default: the tokenizer's, else the config's).
        pad_token_id: fills finished sequences and padding (default: tokenizer's, config's, EOS, 0).
        causal_constraints: ``{"forbidden_words": [...]}`` — words/phrases, token ids or token-id lists
            that never appear (`ForbiddenWordsLogitsProcessor`).
        causal_interventions: ``{"rain": 0.0}`` applies do() to the rules' SCM during generation
            (`CausalRuleLogitsProcessor`); an unknown name raises `UnknownVariableError`.
        causal_rules: rules for this call instead of ``model.causal_rules`` (e.g. rules never seen in training).
        rule_strength: logit bias per unit effect intensity; 0 turns rule biasing off (interventions
            still suppress).
        logits_processor: extra ``(input_ids, scores) -> scores`` callables, applied first; the rule
            processor and then the forbidden words (hard constraints) come after them.
        tokenizer: overrides ``model.tokenizer``; needed for text prompts, interventions, rule biasing, word
            bans and the constitution. When neither is set, those use the model's fallback (the bundled
            ``causal-basic`` when it fits the vocabulary, `causaltorch.text.default_tokenizer`); a call
            that needs one and has none raises `DataError` saying what to pass.
        use_cache: reuse keys/values (`KVCache`), in the constrained search too (its beams' and rollouts' rows);
            False recomputes the whole sequence each step.
        generator: a `torch.Generator` on the model's device, for reproducible sampling.
        decoding: ``"constrained"``: the lookahead beam search of `causaltorch.text.constrained` (the
            effects the rules imply from the prompt, under the interventions, are required; forbidden words
            and intervened-away effects never appear); ``"processors"``: the cheap token-level logit
            processors, one token at a time; ``"auto"`` (default): constrained when this call gives
            ``causal_rules`` (non-empty), ``causal_interventions`` or forbidden words (strings; bans of token ids
            alone stay on the processors path), else processors.
        num_beams, lookahead, constraint_weight: the constrained search's beams (>= 1, default 4), greedy
            rollout tokens per candidate (>= 0; default 0: none, the cheaper setting that met every constraint as
            well; 3 reads a little better to the judge at about 1.6 times the time) and log-likelihood credited per
            constraint met (>= 0, default 6). With
            ``rule_strength=0`` nothing is required (bans still hold); sampling arguments draw each beam's
            candidates instead of taking the likeliest (a stochastic beam search).

    Rules are applied when the rules are non-empty, a tokenizer is available (given, the model's or its
    fallback) and ``rule_strength > 0``, or when interventions are given. Each sequence stops at EOS, at
    its length budget, or at the model's ``max_seq_length``; a prompt longer than ``max_seq_length``
    raises `DataError`. A callable ``model.ethical_constitution`` judges each row's text whenever a sentence ends
    (``. ! ?``, a line break, EOS, the length limit); a blocked sentence is rolled back and drawn again (its first
    token banned there, up to 5 redraws, then the row ends where the sentence started), so only text it passed is
    returned. One with ``check_continuation(text, start)`` (`causaltorch.ethics.EthicalConstitution`) judges only
    the generated part; ``prefetch_continuations(texts, starts)`` gets every check of a step at once (unless its
    ``batches_checks`` is False: `EthicalConstitution` says so when no rule embeds text, and each sentence is then
    checked as soon as it ends); an optional
    cheap ``screen_continuation(text, start)`` (`EthicalConstitution` has one, its lexical rules, used when it was
    made with ``screen_generation=True``; one with ``screen_generation`` False is not screened) is asked whenever a
    token may end a word and rolls the sentence back at once when it rejects it (the sentence check still decides
    what passes). With batched checks the screen is asked anyway, once, when each sentence ends, so a sentence it
    rejects is redrawn without waiting for the batch. See `_ConstitutionGuard`.
    Everything is checked before the model is touched; the model's train/eval mode is restored.
    """
    config = model.config
    _check_arguments(temperature, top_k, top_p, max_length, max_new_tokens, rule_strength, logits_processor,
                     causal_constraints)
    if decoding not in ("auto", "constrained", "processors"):
        raise DataError(f"decoding must be 'auto', 'constrained' or 'processors', got {decoding!r}.")
    check_search(num_beams, lookahead, constraint_weight)
    if decoding == "auto":
        forbidden = dict(causal_constraints or {}).get("forbidden_words")
        given_rules = causal_rules is not None and len(as_ruleset(causal_rules)) > 0
        words = isinstance(forbidden, Sequence) and any(isinstance(item, str) for item in forbidden)
        decoding = "constrained" if given_rules or causal_interventions or words else "processors"
    if decoding == "constrained":
        tokenizer = _call_tokenizer(model, tokenizer, input_ids, causal_constraints, causal_rules, causal_interventions,
                                    rule_strength)
        if tokenizer is None:
            tokenizer = resolve_tokenizer(model, None, "Constrained decoding reads and writes text, so it")
        prompt = _prepare_prompt(input_ids, attention_mask, tokenizer, config)
        stopping = _stopping(prompt.lengths, max_length, max_new_tokens, eos_token_id, pad_token_id, tokenizer,
                             config)
        search = _Search(num_beams, lookahead, constraint_weight,
                         _Sampling(temperature if do_sample else 0.0, top_k, top_p, generator), use_cache)
        ids, mask = _constrained(model, prompt, stopping, tokenizer, causal_rules, causal_interventions,
                                 causal_constraints, rule_strength, logits_processor, search)
        return _assemble_output(ids, mask, prompt, stopping, tokenizer)
    tokenizer = _call_tokenizer(model, tokenizer, input_ids, causal_constraints, causal_rules, causal_interventions,
                                rule_strength)
    prompt = _prepare_prompt(input_ids, attention_mask, tokenizer, config)
    stopping = _stopping(prompt.lengths, max_length, max_new_tokens, eos_token_id, pad_token_id, tokenizer, config)
    processors = _assemble_processors(model, logits_processor, causal_constraints, causal_rules, causal_interventions,
                                      rule_strength, tokenizer, stopping.pad_token_id)
    guard = _constitution_guard(model, tokenizer, stopping.pad_token_id)
    sampling = _Sampling(temperature if do_sample else 0.0, top_k, top_p, generator)
    ids, mask = _decode(model, prompt, stopping, processors, sampling, guard, tokenizer, use_cache)
    return _assemble_output(ids, mask, prompt, stopping, tokenizer)


# 1. argument checking
def _check_arguments(temperature: float, top_k: int | None, top_p: float, max_length: int | None,
                     max_new_tokens: int | None, rule_strength: float, logits_processor: Any,
                     causal_constraints: Mapping[str, Any] | None) -> None:
    """Everything about the call that can be checked without the prompt (nothing has been touched yet)."""
    _check_sampling(temperature, top_k, top_p)
    for name, value in (("max_length", max_length), ("max_new_tokens", max_new_tokens)):
        _validate.optional(_validate.positive_int, name, value)
    if max_length is not None and max_new_tokens is not None:
        raise DataError("Give max_length (prompt included) or max_new_tokens, not both.")
    _validate.nonnegative("rule_strength", rule_strength)
    for processor in logits_processor or []:
        if not callable(processor):
            raise DataError(f"Each logits processor must be callable (input_ids, scores) -> scores, got {processor!r}.")
    unknown = sorted(set(dict(causal_constraints or {})) - _CONSTRAINT_KEYS)
    if unknown:
        raise DataError(f"Unknown causal_constraints key(s) {unknown}; supported: {sorted(_CONSTRAINT_KEYS)}.")


def _call_tokenizer(model: nn.Module, tokenizer: Any, input_ids: Any, causal_constraints: Mapping[str, Any] | None,
                    causal_rules: CausalRuleSet | Mapping[str, Any] | None,
                    causal_interventions: Mapping[str, Any] | None, rule_strength: float) -> Any:
    """The tokenizer of this call: given, the model's, or, when the call reads or writes text, the model's
    fallback (`resolve_tokenizer`). A call on token ids that needs no text loads none, so its output does
    not depend on one; rule biasing uses the fallback when there is one and goes without it otherwise."""
    if tokenizer is not None or getattr(model, "tokenizer", None) is not None:
        return resolve_tokenizer(model, tokenizer)
    forbidden = dict(causal_constraints or {}).get("forbidden_words")
    needs = [
        (_is_text(input_ids), "A text prompt"),
        (bool(causal_interventions), "causal_interventions (they act on the variables the text states)"),
        (isinstance(forbidden, Sequence) and not isinstance(forbidden, str)
         and any(isinstance(word, str) for word in forbidden), "Forbidding words (not token ids)"),
        (callable(getattr(model, "ethical_constitution", None)),
         "The model's ethical_constitution checks text, so generation"),
    ]
    for needed, purpose in needs:
        if needed:
            return resolve_tokenizer(model, None, purpose)
    rules = as_ruleset(causal_rules) if causal_rules is not None else getattr(model, "causal_rules", None)
    if rules is not None and len(rules) and rule_strength > 0:
        return resolve_tokenizer(model, None, required=False)
    return None


def _is_text(input_ids: Any) -> bool:
    """Whether a prompt is text: a string or a non-empty list of strings."""
    if isinstance(input_ids, str):
        return True
    return isinstance(input_ids, Sequence) and bool(input_ids) and all(isinstance(item, str) for item in input_ids)


# 2. prompt preparation
@dataclass
class _Prompt:
    """The prompts as one left-padded batch: ``ids [B, T]`` (zeros on padding), ``mask [B, T]`` (1 = token)."""

    ids: Tensor
    mask: Tensor
    text_in: bool  # the prompts were text, so text is returned
    single: bool  # one string, so one string is returned

    @property
    def lengths(self) -> list[int]:
        """Real tokens per row."""
        return self.mask.sum(-1).tolist()


def _prepare_prompt(input_ids: Any, attention_mask: Tensor | None, tokenizer: Any, config: Any) -> _Prompt:
    """The prompt as a batch, after checking its ids fit the vocabulary and its length fits the model."""
    prompt = _prompt_rows(input_ids, attention_mask, tokenizer)
    real = prompt.ids[prompt.mask.bool()]
    if int(real.min()) < 0 or int(real.max()) >= config.vocab_size:
        raise DataError(f"Token ids must be in [0, {config.vocab_size}) for this model; the prompt has "
                        f"{int(real.min())} … {int(real.max())}.")
    longest = max(prompt.lengths)
    if longest > config.max_seq_length:
        raise DataError(
            f"The prompt has {longest} tokens but the model reads at most max_seq_length="
            f"{config.max_seq_length}. Shorten it (keep its last {config.max_seq_length} tokens)."
        )
    return prompt


def _prompt_rows(input_ids: Any, attention_mask: Tensor | None, tokenizer: Any) -> _Prompt:
    """Text, token ids or a tensor as one batch, rows left-padded by zeros in ``ids``."""
    if input_ids is None:
        raise DataError("generate() needs a prompt: token ids or text.")
    if isinstance(input_ids, Tensor):
        return _Prompt(*_tensor_prompt(input_ids, attention_mask), text_in=False, single=False)
    if isinstance(input_ids, (str, Sequence)) and len(input_ids) == 0:
        raise DataError("The prompt is empty: give at least one token or character.")
    single = isinstance(input_ids, str)
    text_in = single or (isinstance(input_ids, Sequence) and all(isinstance(item, str) for item in input_ids))
    if text_in:
        if tokenizer is None:
            raise DataError("A text prompt needs a tokenizer: pass tokenizer= or set model.tokenizer.")
        rows = [list(tokenizer.encode(text)) for text in ([input_ids] if single else input_ids)]
    else:
        rows = _token_rows(input_ids)
    return _Prompt(*_left_pad(rows), text_in=text_in, single=single)


def _tensor_prompt(input_ids: Tensor, attention_mask: Tensor | None) -> tuple[Tensor, Tensor]:
    """A token-id tensor ``[B, T]`` or ``[T]`` (already left-padded) and its mask, checked."""
    if input_ids.dim() == 1:
        input_ids = input_ids[None]
        if attention_mask is not None and attention_mask.dim() == 1:
            attention_mask = attention_mask[None]
    if input_ids.dim() != 2 or input_ids.dtype.is_floating_point or input_ids.dtype == torch.bool:
        raise DataError(f"input_ids must be integer token ids of shape [batch, length], got {input_ids.dtype} "
                        f"{tuple(input_ids.shape)}.")
    if input_ids.shape[0] == 0 or input_ids.shape[1] == 0:
        raise DataError("The prompt is empty: give at least one token per sequence.")
    if attention_mask is None:
        mask = torch.ones_like(input_ids, dtype=torch.long)
    else:
        if tuple(attention_mask.shape) != tuple(input_ids.shape):
            raise DataError(f"attention_mask must have the shape of input_ids {tuple(input_ids.shape)}, "
                            f"got {tuple(attention_mask.shape)}.")
        mask = attention_mask.to(device=input_ids.device).long()
        if bool(((mask != 0) & (mask != 1)).any()):
            raise DataError("attention_mask must hold only 0 (padding) and 1 (token).")
        if bool((mask.diff(dim=-1) < 0).any()):
            raise DataError("The prompt is padded on the right; generation needs left padding "
                            "(tokenizer.padding_side = 'left').")
    if bool((mask.sum(-1) == 0).any()):
        raise DataError("The prompt is empty: every sequence needs at least one token.")
    return input_ids.long(), mask


def _token_rows(input_ids: Any) -> list[list[int]]:
    """A list of token ids (one row) or a list of such lists (a batch), as rows of ints."""
    if isinstance(input_ids, Sequence) and all(_is_int(t) for t in input_ids):
        return [list(input_ids)]
    if isinstance(input_ids, Sequence) and all(
        isinstance(row, Sequence) and not isinstance(row, str) for row in input_ids
    ):
        rows = [list(row) for row in input_ids]
        if not all(_is_int(t) for row in rows for t in row):
            raise DataError("Token-id prompts must hold integers only.")
        return rows
    raise DataError(
        f"Cannot read a prompt from {type(input_ids).__name__}: give a string, a list of strings, a list of "
        "token ids, a list of such lists, or a tensor [batch, length]."
    )


def _left_pad(rows: list[list[int]]) -> tuple[Tensor, Tensor]:
    """``(ids, mask)`` of rows of different lengths, padded on the left with zeros."""
    if not rows or any(len(row) == 0 for row in rows):
        raise DataError("The prompt is empty: every sequence needs at least one token.")
    width = max(len(row) for row in rows)
    ids = torch.tensor([[0] * (width - len(row)) + row for row in rows], dtype=torch.long)
    mask = torch.tensor([[0] * (width - len(row)) + [1] * len(row) for row in rows], dtype=torch.long)
    return ids, mask


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_token_id(value: Any) -> bool:
    return _is_int(value) and value >= 0


# 3. stopping: end-of-sequence ids, the padding id and each row's length budget
@dataclass
class _Stopping:
    """When each row ends: at one of ``eos_ids`` or at ``limits[b]`` tokens (prompt included)."""

    eos_ids: list[int]
    pad_token_id: int  # what a finished row is filled with
    limits: list[int]


def _stopping(lengths: list[int], max_length: int | None, max_new_tokens: int | None,
              eos_token_id: int | Sequence[int] | None, pad_token_id: int | None, tokenizer: Any,
              config: Any) -> _Stopping:
    """EOS and padding ids (the call's, else the tokenizer's, else the config's) and each row's length limit."""
    if eos_token_id is None:
        eos_token_id = getattr(tokenizer, "eos_token_id", None)
    if eos_token_id is None:
        eos_token_id = config.eos_token_id
    if eos_token_id is None:
        eos_ids = []
    elif isinstance(eos_token_id, int):
        eos_ids = [eos_token_id]
    elif isinstance(eos_token_id, Sequence) and not isinstance(eos_token_id, str):
        eos_ids = list(eos_token_id)
    else:
        eos_ids = [None]
    if not all(_is_token_id(t) for t in eos_ids):
        raise DataError(f"eos_token_id must be a token id (an integer >= 0) or a list of them, got {eos_token_id!r}.")
    if pad_token_id is None:
        candidates = (getattr(tokenizer, "pad_token_id", None), config.pad_token_id, eos_ids[0] if eos_ids else None)
        pad_token_id = next((p for p in candidates if p is not None), 0)
    if not _is_token_id(pad_token_id):
        raise DataError(f"pad_token_id must be a token id (an integer >= 0), got {pad_token_id!r}.")
    if max_length is not None:
        limits = [min(config.max_seq_length, max_length)] * len(lengths)
    else:
        budget = 50 if max_new_tokens is None else max_new_tokens
        limits = [min(config.max_seq_length, n + budget) for n in lengths]
    return _Stopping(eos_ids, pad_token_id, limits)


# 4. processor assembly
def _assemble_processors(model: nn.Module, logits_processor: Sequence[LogitsProcessor] | None,
                         causal_constraints: Mapping[str, Any] | None,
                         causal_rules: CausalRuleSet | Mapping[str, Any] | None,
                         causal_interventions: Mapping[str, Any] | None, rule_strength: float, tokenizer: Any,
                         pad_token_id: int) -> list[LogitsProcessor]:
    """The user's processors, then rule biasing (if it can read the text), then word bans (hard constraints)."""
    processors: list[LogitsProcessor] = list(logits_processor or [])
    rules = as_ruleset(causal_rules) if causal_rules is not None else model.causal_rules
    if causal_interventions or (len(rules) and rule_strength > 0 and tokenizer is not None):
        processors.append(CausalRuleLogitsProcessor(
            rules, tokenizer, causal_interventions, strength=rule_strength,
            continuation_strength=2 * rule_strength, pad_token_id=pad_token_id,
        ))
    elif len(rules) and rule_strength > 0:
        log.info("No tokenizer, so the causal rules cannot read the text: generating without rule biasing.")
    forbidden = dict(causal_constraints or {}).get("forbidden_words")
    if forbidden:
        processors.append(ForbiddenWordsLogitsProcessor(forbidden, tokenizer, pad_token_id=pad_token_id))
    return processors


# 5. the decode loop: one step at a time, with the state of the batch in one object
@dataclass
class _Sampling:
    """How the next token is drawn (see `sample`); temperature 0 is greedy."""

    temperature: float
    top_k: int | None
    top_p: float
    generator: torch.Generator | None

    def draw(self, scores: Tensor) -> Tensor:
        return sample(scores, self.temperature, self.top_k, self.top_p, self.generator)


@dataclass
class _Batch:
    """The growing batch of one `generate` call."""

    ids: Tensor  # (B, S): prompt, then one column per step
    mask: Tensor  # (B, S): 1 for real tokens, 0 for left padding and for the padding after a row ended
    length: Tensor  # (B,) real tokens per row
    limit: Tensor  # (B,) the length at which a row ends
    eos: Tensor  # (E,) ids that end a row
    finished: Tensor  # (B,) bool
    padded: bool  # whether any row has padding, so the model needs the mask
    step_input: Tensor  # what the model reads next: everything at first, then the last column (with a cache)
    cache: KVCache | None


def _decode(model: nn.Module, prompt: _Prompt, stopping: _Stopping, processors: list[LogitsProcessor],
            sampling: _Sampling, guard: _ConstitutionGuard | None, tokenizer: Any,
            use_cache: bool) -> tuple[Tensor, Tensor]:
    """Run the steps on the model's device in eval mode (then restore its mode); ``(ids, mask)`` after them."""
    lengths = prompt.lengths
    steps = max(limit - n for limit, n in zip(stopping.limits, lengths))
    if any(limit <= n for limit, n in zip(stopping.limits, lengths)):
        log.info("Some prompts already reach their length limit (max_length or max_seq_length); "
                 "they get no new tokens.")
    device = next(model.parameters()).device
    ids, mask = prompt.ids.to(device), prompt.mask.to(device)
    ids = torch.where(mask.bool(), ids, torch.full_like(ids, stopping.pad_token_id))
    was_training = model.training
    model.eval()
    try:
        if steps > 0:
            ids, mask = _decode_steps(model, ids, mask, lengths, steps, stopping, processors, sampling, guard,
                                      tokenizer, use_cache)
    finally:
        model.train(was_training)
    return ids, mask


def _decode_steps(model: nn.Module, ids: Tensor, mask: Tensor, lengths: list[int], steps: int, stopping: _Stopping,
                  processors: list[LogitsProcessor], sampling: _Sampling, guard: _ConstitutionGuard | None,
                  tokenizer: Any, use_cache: bool) -> tuple[Tensor, Tensor]:
    """Up to ``steps`` calls of `_decode_step`, fewer when every row ends early (more with a constitution that rolls
    rows back: a rolled-back sentence is generated again, at most ``_CONSTITUTION_ATTEMPTS`` more times)."""
    device = ids.device
    length = torch.tensor(lengths, device=device)
    limit = torch.tensor(stopping.limits, device=device)
    finished = length >= limit
    batch = _Batch(ids, mask, length, limit, torch.tensor(stopping.eos_ids, dtype=torch.long, device=device),
                   finished, bool((mask == 0).any()) or bool(finished.any()), ids,
                   KVCache.for_model(model, ids.shape[0], ids.shape[1] + steps) if use_cache else None)
    # ids the tokenizer cannot decode (a model vocabulary padded beyond it) are never generated
    decodable = int(tokenizer.vocab_size) if tokenizer is not None else None
    if guard is not None:
        guard.start(batch, stopping, sampling)
    budget = steps if guard is None else steps * (_CONSTITUTION_ATTEMPTS + 2) + 1
    for _ in range(budget):
        if _decode_step(model, batch, processors, sampling, guard, stopping.pad_token_id, decodable, steps):
            break
    else:
        if guard is not None:  # cannot happen (each sentence has bounded attempts); still, emit only checked text
            guard.end_unchecked(batch)
    if guard is not None:
        return guard.output(batch)
    return batch.ids, batch.mask


def _decode_step(model: nn.Module, batch: _Batch, processors: list[LogitsProcessor], sampling: _Sampling,
                 guard: _ConstitutionGuard | None, pad_token_id: int, decodable: int | None, steps: int) -> bool:
    """Append one token to every row (the padding id to finished rows); True once every row has finished (and,
    with a constitution, every row's text has been checked)."""
    step_mask = batch.mask if batch.padded else None
    if batch.cache is not None:
        if batch.cache.length + batch.step_input.shape[1] > batch.cache.max_length:  # only after rollbacks
            batch.cache = _grown(batch.cache, steps)
        logits = model(batch.step_input, attention_mask=step_mask, kv_cache=batch.cache).logits[:, -1]
    else:
        logits = model(batch.ids, attention_mask=step_mask).logits[:, -1]
    scores = logits.float()  # (B, V)
    if decodable is not None and decodable < scores.shape[-1]:
        scores[:, decodable:] = float("-inf")
    context = batch.ids if guard is None else guard.context(batch.ids)
    for processor in processors:
        scores = processor(context, scores)
    finished = batch.finished
    banning = guard is not None and guard.bans(scores, finished)
    if guard is not None:
        guard.remember(scores, finished)
    if processors or banning:  # bans can leave a row with no allowed token (checked only then: it costs a sync)
        stuck = ~torch.isfinite(scores).any(dim=-1) & ~finished
        if bool(stuck.any()):
            log.warning("Every token is banned for sequence(s) %s; ending them here.",
                        stuck.nonzero().flatten().tolist())
            finished = finished | stuck
    scores = scores.masked_fill(finished[:, None], 0.0)  # finished rows get a pad token below
    next_ids = sampling.draw(scores)
    if guard is not None and guard.screen is not None:
        next_ids, finished = guard.screen_sentence_starts(next_ids, scores, finished)
    next_ids = torch.where(finished, torch.full_like(next_ids, pad_token_id), next_ids)
    batch.ids = torch.cat([batch.ids, next_ids[:, None]], dim=1)
    batch.mask = torch.cat([batch.mask, (~finished).long()[:, None]], dim=1)
    batch.length = batch.length + (~finished).long()
    batch.finished = finished | torch.isin(next_ids, batch.eos) | (batch.length >= batch.limit)
    if guard is not None:
        guard.after_step(batch)  # may roll rows back (a redrawn first token then replaces the step's token)
    state = batch.finished.tolist()
    if all(state) and (guard is None or guard.settled):
        return True
    batch.padded = batch.padded or any(state) or (guard is not None and guard.rolled_back)
    batch.step_input = batch.ids[:, -1:]
    return False


def _grown(cache: KVCache, extra: int) -> KVCache:
    """A copy of ``cache`` with room for ``extra`` more positions (rolled-back sentences take new columns)."""
    layers, rows, heads, size, head_dim = cache.keys.shape
    out = KVCache(layers, rows, heads, head_dim, size + max(1, extra), device=cache.keys.device,
                  dtype=cache.keys.dtype)
    held = cache.length
    out.keys[:, :, :, :held] = cache.keys[:, :, :, :held]
    out.values[:, :, :, :held] = cache.values[:, :, :, :held]
    out.token_ids[:, :held] = cache.token_ids[:, :held]
    out.rule_labels[:, :held] = cache.rule_labels[:, :held]
    out.length = held
    return out


# 6. output assembly
def _assemble_output(ids: Tensor, mask: Tensor, prompt: _Prompt, stopping: _Stopping,
                     tokenizer: Any) -> Tensor | str | list[str]:
    """Token ids for token-id prompts; for text prompts each row's real tokens decoded, up to its first EOS."""
    if not prompt.text_in:
        return ids
    lengths = prompt.lengths
    texts = []
    for b, row in enumerate(ids.tolist()):
        real = [t for t, keep in zip(row, mask[b].tolist()) if keep]
        new = real[lengths[b]:]
        cut = next((i for i, t in enumerate(new) if t in stopping.eos_ids), len(new))
        texts.append(tokenizer.decode(real[: lengths[b]] + new[:cut]))
    return texts[0] if prompt.single else texts


# ---------------------------------------------------------------------- constrained decoding
@dataclass
class _Search:
    num_beams: int
    lookahead: int
    constraint_weight: float
    sampling: _Sampling
    use_cache: bool = True


def _constrained(model: nn.Module, prompt: _Prompt, stopping: _Stopping, tokenizer: Any,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None, causal_interventions: Mapping[str, Any] | None,
                 causal_constraints: Mapping[str, Any] | None, rule_strength: float,
                 logits_processor: Sequence[LogitsProcessor] | None, search: _Search) -> tuple[Tensor, Tensor]:
    """Each prompt through `constrained_search`, every prompt's constraints built (and checked) first."""
    rules = as_ruleset(causal_rules) if causal_rules is not None else getattr(model, "causal_rules", None)
    rules = rules if rules is not None else CausalRuleSet()
    forbidden = list(dict(causal_constraints or {}).get("forbidden_words") or [])
    words = [item for item in forbidden if isinstance(item, str)]
    processors: list[LogitsProcessor] = list(logits_processor or [])
    ids_only = [item for item in forbidden if not isinstance(item, str)]
    if ids_only:  # token ids and token-id sequences: the processor bans them (it reads no text for them)
        processors.append(ForbiddenWordsLogitsProcessor(ids_only, None, pad_token_id=stopping.pad_token_id))
    elif forbidden and not isinstance(causal_constraints["forbidden_words"], Sequence):
        ForbiddenWordsLogitsProcessor(causal_constraints["forbidden_words"], tokenizer)  # raises its error
    for word in words:
        if not word.strip():
            raise DataError(f"A forbidden word must contain a non-space character, got {word!r}.")
    rows = []
    for b, length in enumerate(prompt.lengths):
        real = prompt.ids[b, prompt.ids.shape[1] - length:].tolist()
        rows.append((real, tokenizer.decode(real)))
    plans = []
    for real, text in rows:
        constraints = build_constraints(rules, text, tokenizer, model.config.vocab_size, causal_interventions, words)
        if rule_strength <= 0:
            constraints.required = {}
        plans.append(constraints)
    constitution = getattr(model, "ethical_constitution", None)
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    outputs = []
    try:
        for b, ((real, text), constraints) in enumerate(zip(rows, plans)):
            allowed = None
            if callable(constitution):
                def allowed(continuation: str, _text: str = text) -> bool:
                    return _continuation_allowed(constitution, _text + continuation, len(_text))
            sampling = search.sampling
            outputs.append(constrained_search(
                model, real, text, constraints, tokenizer, max_new=stopping.limits[b] - len(real),
                eos_ids=stopping.eos_ids, num_beams=search.num_beams, lookahead=search.lookahead,
                constraint_weight=search.constraint_weight, temperature=sampling.temperature, top_k=sampling.top_k,
                top_p=sampling.top_p, generator=sampling.generator, processors=processors, allowed=allowed,
                use_cache=search.use_cache,
            ))
    finally:
        model.train(was_training)
    width = max(len(real) + len(new) for (real, _), new in zip(rows, outputs))
    prompt_width = prompt.ids.shape[1]
    ids = torch.full((len(rows), prompt_width + width), stopping.pad_token_id, dtype=torch.long)
    mask = torch.zeros_like(ids)
    for b, ((real, _), new) in enumerate(zip(rows, outputs)):
        start = prompt_width - len(real)
        ids[b, start:start + len(real) + len(new)] = torch.tensor(real + new, dtype=torch.long)
        mask[b, start:start + len(real) + len(new)] = 1
    keep = int(mask.sum(0).nonzero().max()) + 1
    return ids[:, :keep].to(device), mask[:, :keep].to(device)


# ---------------------------------------------------------------------- the constitution hook
def _constitution_guard(model: nn.Module, tokenizer: Any, pad_token_id: int) -> _ConstitutionGuard | None:
    """A guard around ``model.ethical_constitution`` when it is callable (it needs the tokenizer), else None."""
    constitution = getattr(model, "ethical_constitution", None)
    if not callable(constitution):
        return None
    if tokenizer is None:
        raise DataError("The model's ethical_constitution checks text, so generation needs a tokenizer: "
                        "pass tokenizer= or set model.tokenizer.")
    return _ConstitutionGuard(constitution, tokenizer, pad_token_id)


_SENTENCE_ENDS = frozenset(".!?\n\r\u3002\uff01\uff1f")  # a token holding one of these closes a sentence
_PENDING_SENTENCES = 3  # a row with this many unchecked sentences is checked without waiting for the others


class _ConstitutionGuard:
    """The constitution judges each row's text a sentence at a time; a blocked sentence is rolled back and redrawn.

    Each row's generated tokens are held until checked. A sentence is complete at a token whose text holds
    ``. ! ?`` or a line break, and at whatever ends the row (EOS, its length limit, every token banned). The
    constitution reads the row's whole continuation up to the end of each complete sentence (``check_continuation
    (text, start)`` of `causaltorch.ethics.EthicalConstitution`, or any callable on the whole text); the checks of
    every row due at one step go to its ``prefetch_continuations(texts, starts)`` first, so a semantic detector
    embeds them in one batch. With that batched hook, checks wait until every unfinished row has a complete sentence
    (or one row has `_PENDING_SENTENCES`), so that each encoder call covers many rows; meanwhile rows go on writing.
    A constitution whose ``batches_checks`` is False (`EthicalConstitution` without a rule that embeds text) is asked
    as soon as each sentence ends, so a blocked one is redrawn without waiting for the other rows.

    A blocked sentence is rolled back: the row's tokens from the sentence's start on are dropped (the row goes back to
    where the sentence starts, also if it had written further) and the sentence is drawn again, with every first
    token of a blocked attempt at that place banned, so greedy decoding never repeats it. After
    `_CONSTITUTION_ATTEMPTS` redraws all blocked, the row ends at the sentence start. Only text the constitution
    passed is returned: `generate` returns when every row has ended and all of its text has been checked.

    A constitution may also offer a cheap ``screen_continuation(text, start)``, asked after every token that may end
    a word (its text holds a character other than a letter, digit, ``'``, ``-`` or ``_``): when it
    rejects the text, the sentence being written is rolled back at once (same bans and attempts), which saves the
    tokens up to the sentence's end and the wait for the batched check; a sentence's first token is screened before
    it is appended, where rolling back is just another draw from the same scores (no model step). It only ever
    rolls back; what it passes is still checked in full at the sentence's end. (Redrawing only the rejected token
    in the middle of a sentence instead teaches the sampler near-miss spellings of a banned word.)
    When checks are batched, the screen is also asked once when each sentence ends, whatever ``screen_generation``
    says: a sentence it rejects is rolled back at once instead of waiting for the batch (and never embedded), and
    the batch does not wait for that row's redraw (`_due`); what passes is still decided by the sentence check.

    The batch keeps one column per step, so a rollback does not move other rows: the dropped tokens' columns are
    masked out of the row (``mask`` 0, their ids set to the padding id). The scores a sentence's first token was
    drawn from are kept until the sentence passes, so the redraw needs no model step: the new first token takes
    the step's newest column, which the model has not read yet. Positions count a row's real tokens (the model
    derives them from the mask) and masked columns are never attended to, so the row goes on exactly as a
    generation that starts from the kept text; keys and values of the kept tokens stay valid in the `KVCache`
    (each depends only on earlier kept tokens). Logits processors see each row with the masked columns moved to the left
    (as left padding). Holes are dropped again from the returned ids. One approximation: with a model's
    ``rule_attention_bias`` (off by default) the rule labels of the first tokens after a rollback are matched
    against token ids by column, so a variable's surface form that spans the rollback point is not recognised.
    """

    def __init__(self, constitution: Callable[[str], Any], tokenizer: Any, pad_token_id: int):
        self.constitution = constitution
        self.tokenizer = tokenizer
        self.pad_token_id = pad_token_id
        prefetch = getattr(constitution, "prefetch_continuations", None)
        batches = getattr(constitution, "batches_checks", True)  # EthicalConstitution: False without an encoder
        self.prefetch = prefetch if callable(prefetch) and batches else None
        screen = getattr(constitution, "screen_continuation", None)
        screen = screen if callable(screen) else None
        self.screen = screen if getattr(constitution, "screen_generation", True) else None  # after every word
        self.sentence_screen = screen if self.prefetch is not None else None  # when a sentence ends, batched checks
        self.redrawing: set[int] = set()  # rows a screen rolled back, redrawing: a batched check need not wait
        self._closes: dict[int, bool] = {}
        self._breaks: dict[int, bool] = {}
        self.rolled_back = False  # whether any row was rolled back (the batch then has holes)
        self.settled = True  # whether every row's text so far has been checked

    def start(self, batch: _Batch, stopping: _Stopping, sampling: _Sampling) -> None:
        """Remember each row's prompt (its real tokens and where its text ends) before the first step."""
        self.sampling = sampling
        rows, keep = batch.ids.tolist(), batch.mask.tolist()
        self.width = len(rows[0])
        self.prompt_ids, self.prompt_mask = batch.ids.clone(), batch.mask.clone()
        self.prompts = [[t for t, k in zip(row, m) if k] for row, m in zip(rows, keep)]
        self.prompt_chars = [len(self.tokenizer.decode(p)) for p in self.prompts]
        self.eos = set(stopping.eos_ids)
        n = len(rows)
        self.tokens: list[list[int]] = [[] for _ in range(n)]  # generated tokens per row, checked or not
        self.columns: list[list[int]] = [[] for _ in range(n)]  # the batch column of each generated token
        self.start_scores: list[dict[int, Tensor]] = [{} for _ in range(n)]  # sentence start -> scores drawn from
        self.checked = [0] * n  # generated tokens the constitution has passed
        self.ends: list[list[int]] = [[] for _ in range(n)]  # ends of complete, unchecked sentences (token counts)
        self.attempts: list[dict[int, int]] = [{} for _ in range(n)]  # position -> blocked attempts starting there
        self.banned: list[dict[int, set[int]]] = [{} for _ in range(n)]  # position -> first tokens of blocked tries
        self.holes: Tensor | None = None  # (B, S) bool: columns masked out by a rollback
        self.order: Tensor | None = None  # (B, S): column order that moves holes to the left (for processors)

    # ---------------------------------------------------------------- what the decode step asks
    def context(self, ids: Tensor) -> Tensor:
        """``ids`` as the logits processors should read them: with a rollback's holes moved to the left."""
        return ids if self.order is None else ids.gather(1, self.order)

    def bans(self, scores: Tensor, finished: Tensor) -> bool:
        """Ban, in place, the first tokens of blocked attempts where a row redraws a sentence; True if any."""
        banning = False
        for b, banned in enumerate(self.banned):
            tokens = banned.get(len(self.tokens[b])) if banned else None
            if tokens and not bool(finished[b]):
                scores[b, list(tokens)] = float("-inf")
                banning = True
        return banning

    def remember(self, scores: Tensor, finished: Tensor) -> None:
        """Keep the scores each row draws a sentence's first token from: a rollback redraws from them (the model
        would compute the same ones again from the kept text)."""
        for b, done in enumerate(finished.tolist()):
            start = self.ends[b][-1] if self.ends[b] else self.checked[b]
            if not done and len(self.tokens[b]) == start and start not in self.start_scores[b]:
                self.start_scores[b][start] = scores[b:b + 1].clone()

    def after_step(self, batch: _Batch) -> None:
        """Record the step's tokens, note complete sentences, and check them when due (rolling blocked ones back)."""
        column = batch.ids.shape[1] - 1
        if self.holes is not None:
            self.holes = torch.cat([self.holes, self.holes.new_zeros(self.holes.shape[0], 1)], dim=1)
            self.order = torch.cat([self.order, self.order.new_full((self.order.shape[0], 1), column)], dim=1)
        appended = batch.mask[:, -1].tolist()
        tokens = batch.ids[:, -1].tolist()
        for b, (added, token, done) in enumerate(zip(appended, tokens, batch.finished.tolist())):
            if added:
                self.tokens[b].append(token)
                self.columns[b].append(column)
            start = self.ends[b][-1] if self.ends[b] else self.checked[b]  # where the sentence being written starts
            screened = len(self.tokens[b]) - 1 == start  # a sentence's first token: screened before it was drawn
            asked = (self.screen is not None and added and not screened and token not in self.eos
                     and self._breaks_word(token))
            rejected = asked and not self._screen_allows(b, self._text(b, len(self.tokens[b])))
            closes = len(self.tokens[b]) > start and (done or (added and self._closes_sentence(token)))
            if closes and not asked and self.sentence_screen is not None:
                rejected = not self._screen_allows(b, self._text(b, len(self.tokens[b])), self.sentence_screen)
            if rejected:  # the screen saw enough: redraw the sentence now
                self._roll_back(b, start, batch)
                self.redrawing.add(b)
            elif closes:
                self.ends[b].append(len(self.tokens[b]))
                self.redrawing.discard(b)
        finished = batch.finished.tolist()
        pending = [b for b, ends in enumerate(self.ends) if ends]
        self.settled = not pending
        if pending and self._due(pending, finished):
            self._check(pending, batch)
            self.settled = not any(self.ends)

    def screen_sentence_starts(self, next_ids: Tensor, scores: Tensor, finished: Tensor) -> tuple[Tensor, Tensor]:
        """Screen the drawn tokens that start a sentence before they are appended: rolling back to a sentence's
        start right after its first token is a fresh draw from the same scores, so it is done here, without
        another model step (the token is banned there and counts as an attempt, as in `_roll_back`)."""
        out, ended = next_ids, finished
        for b, done in enumerate(finished.tolist()):
            start = self.ends[b][-1] if self.ends[b] else self.checked[b]
            if done or len(self.tokens[b]) != start:
                continue
            token = self._screened_first_token(b, start, int(next_ids[b]), scores[b:b + 1])
            if token is None:
                ended = ended.clone() if ended is finished else ended
                ended[b] = True
            elif token != int(next_ids[b]):
                out = out.clone() if out is next_ids else out
                out[b] = token
        return out, ended

    def _screened_first_token(self, b: int, start: int, token: int, row: Tensor) -> int | None:
        """``token`` or a redraw from ``row`` (scores ``[1, V]``) as the first token of a sentence at ``start`` of
        row ``b``, each rejected one banned there and counted as an attempt; None once attempts run out."""
        while self.screen is not None and token not in self.eos and self._breaks_word(token) and not (
                self._screen_allows(b, self._text(b, start, token))):
            attempts = self.attempts[b].get(start, 0) + 1
            self.attempts[b][start] = attempts
            self.banned[b].setdefault(start, set()).add(token)
            row = row.index_fill(-1, torch.tensor([token], device=row.device), float("-inf"))
            if attempts > _CONSTITUTION_ATTEMPTS or not bool(torch.isfinite(row).any()):
                log.warning("The ethical constitution blocked %d attempts at a sentence of sequence %d; ending it at "
                            "the sentence start.", attempts, b)
                return None
            token = int(self.sampling.draw(row)[0])
        return token

    def _breaks_word(self, token: int) -> bool:
        """Whether ``token``'s text holds a character that is not part of a word (not a letter, digit, ``'``,
        ``-`` or ``_``): only then may a word have ended, so only then is the screen asked (it judges complete
        words: `causaltorch.ethics.EthicalConstitution.screen_continuation`)."""
        breaks = self._breaks.get(token)
        if breaks is None:
            breaks = self._breaks[token] = any(not (c.isalnum() or c in "'-_") for c in self.tokenizer.decode([token]))
        return breaks

    def _screen_allows(self, b: int, text: str, screen: Callable[[str, int], Any] | None = None) -> bool:
        return _allowed((screen or self.screen)(text, min(self.prompt_chars[b], len(text))))

    def _closes_sentence(self, token: int) -> bool:
        closes = self._closes.get(token)
        if closes is None:
            closes = self._closes[token] = token not in self.eos and not _SENTENCE_ENDS.isdisjoint(
                self.tokenizer.decode([token]))
        return closes

    def _due(self, pending: list[int], finished: list[bool]) -> bool:
        """Check now: at once for a constitution without the batched hook; with it, when every unfinished row
        has a complete sentence waiting (so one encoder call covers them all) or is redrawing one the screen sent
        back, or when one row has several."""
        if self.prefetch is None or all(finished):
            return True
        ready = set(pending) | self.redrawing  # a row the screen sent back (it was blocked) is not waited for
        return (all(done or b in ready for b, done in enumerate(finished))
                or any(len(self.ends[b]) >= _PENDING_SENTENCES for b in pending))

    # ---------------------------------------------------------------- checking and rolling back
    def _text(self, b: int, end: int, *then: int) -> str:
        """The prompt and the first ``end`` generated tokens of row ``b`` (and the tokens ``then``) as text, up to
        the first EOS."""
        new = self.tokens[b][:end] + list(then)
        cut = next((i for i, t in enumerate(new) if t in self.eos), len(new))
        return self.tokenizer.decode(self.prompts[b] + new[:cut])

    def _check(self, pending: list[int], batch: _Batch) -> None:
        texts = {(b, end): self._text(b, end) for b in pending for end in self.ends[b]}
        if self.prefetch is not None:  # one batched pass of the semantic detectors over every sentence due
            keys = list(texts)
            self.prefetch([texts[k] for k in keys], [min(self.prompt_chars[b], len(texts[b, e])) for b, e in keys])
        for b in pending:
            start, ends, self.ends[b] = self.checked[b], self.ends[b], []
            for end in ends:
                text = texts[b, end]
                if not _continuation_allowed(self.constitution, text, min(self.prompt_chars[b], len(text))):
                    self._roll_back(b, start, batch)
                    self.redrawing.discard(b)  # sent back by the check itself: the next batch waits for it
                    break
                self._accept(b, end)
                start = end

    def _accept(self, b: int, end: int) -> None:
        self.checked[b] = end
        self.attempts[b] = {p: n for p, n in self.attempts[b].items() if p >= end}
        self.banned[b] = {p: t for p, t in self.banned[b].items() if p >= end}
        self.start_scores[b] = {p: t for p, t in self.start_scores[b].items() if p >= end}

    def _roll_back(self, b: int, start: int, batch: _Batch) -> None:
        """Drop row ``b``'s tokens from ``start`` (a blocked sentence's first token) on and redraw that first token
        from the scores kept for it, the blocked attempt's first token banned there; after `_CONSTITUTION_ATTEMPTS`
        redraws, or when nothing may be drawn, end the row there. The redrawn token takes the newest column (not
        read by the model yet), so the row goes on without an extra step."""
        attempts = self.attempts[b].get(start, 0) + 1
        self.attempts[b] = {p: n for p, n in self.attempts[b].items() if p < start} | {start: attempts}
        self.banned[b] = {p: t for p, t in self.banned[b].items() if p <= start}
        self.banned[b].setdefault(start, set()).add(self.tokens[b][start])
        self.start_scores[b] = {p: t for p, t in self.start_scores[b].items() if p <= start}
        self.ends[b] = [end for end in self.ends[b] if end <= start]
        dropped = self.columns[b][start:]
        del self.tokens[b][start:], self.columns[b][start:]
        if self.holes is None:
            self.holes = torch.zeros_like(batch.mask, dtype=torch.bool)
        index = torch.tensor(dropped, device=batch.ids.device)
        batch.ids[b, index] = self.pad_token_id
        batch.mask[b, index] = 0
        self.holes[b, index] = True
        self.order = torch.sort((~self.holes).to(torch.int8), dim=1, stable=True).indices
        self.rolled_back = True
        batch.length[b] = len(self.prompts[b]) + start
        token = None
        if attempts > _CONSTITUTION_ATTEMPTS:
            log.warning("The ethical constitution blocked %d attempts at a sentence of sequence %d; ending it at "
                        "the sentence start.", attempts, b)
        else:
            row = self.start_scores[b][start].index_fill(
                -1, torch.tensor(sorted(self.banned[b][start]), device=batch.ids.device), float("-inf"))
            if bool(torch.isfinite(row).any()):
                token = self._screened_first_token(b, start, int(self.sampling.draw(row)[0]), row)
            else:
                log.warning("Every token is banned for sequence %d after a blocked sentence; ending it there.", b)
        if token is None:
            batch.finished[b] = True
            return
        column = batch.ids.shape[1] - 1
        batch.ids[b, column], batch.mask[b, column] = token, 1
        self.holes[b, column] = False
        self.order = torch.sort((~self.holes).to(torch.int8), dim=1, stable=True).indices
        self.tokens[b].append(token)
        self.columns[b].append(column)
        batch.length[b] += 1
        done = token in self.eos or bool(batch.length[b] >= batch.limit[b])
        batch.finished[b] = done
        if done or self._closes_sentence(token):
            self.ends[b].append(start + 1)

    def end_unchecked(self, batch: _Batch) -> None:
        """End every row at the end of its checked text (drops whatever was not checked)."""
        for b in range(len(self.tokens)):
            if len(self.tokens[b]) > self.checked[b]:
                self.attempts[b][self.checked[b]] = _CONSTITUTION_ATTEMPTS
                self._roll_back(b, self.checked[b], batch)
            self.ends[b] = []
        self.settled = True

    def output(self, batch: _Batch) -> tuple[Tensor, Tensor]:
        """``(ids, mask)``: the batch itself when nothing was rolled back, else each row's prompt (as given) and
        its generated tokens, then padding."""
        if not self.rolled_back:
            return batch.ids, batch.mask
        width = self.width + max(len(t) for t in self.tokens)
        ids = torch.full((len(self.tokens), width), self.pad_token_id, dtype=torch.long, device=batch.ids.device)
        mask = torch.zeros_like(ids)
        ids[:, :self.width], mask[:, :self.width] = self.prompt_ids, self.prompt_mask
        for b, tokens in enumerate(self.tokens):
            if tokens:
                ids[b, self.width:self.width + len(tokens)] = torch.tensor(tokens, device=ids.device)
                mask[b, self.width:self.width + len(tokens)] = 1
        return ids, mask


def _allowed(verdict: Any) -> bool:
    return bool(verdict[0]) if isinstance(verdict, tuple) else bool(verdict)


def _continuation_allowed(constitution: Callable[[str], Any], text: str, start: int) -> bool:
    """Ask the constitution about ``text`` whose characters from ``start`` on are generated.

    A constitution with ``check_continuation(text, start)`` (`causaltorch.ethics.EthicalConstitution`)
    judges only what the continuation adds, so a prompt that quotes a flagged phrase does not stop
    generation; any other callable is asked about the whole text.
    """
    check_continuation = getattr(constitution, "check_continuation", None)
    if callable(check_continuation):
        return bool(check_continuation(text, start)[0])
    return _constitution_allows(constitution(text))


def _constitution_allows(verdict: Any) -> bool:
    if isinstance(verdict, bool):
        return verdict
    if isinstance(verdict, tuple) and len(verdict) >= 2:
        return bool(verdict[1])
    raise DataError(
        "ethical_constitution(text) must return a bool or a tuple (output, passed, ...); "
        f"got {type(verdict).__name__}."
    )
