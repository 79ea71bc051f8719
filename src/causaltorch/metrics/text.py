"""Text-generation metrics: the Causal Fidelity Score and perplexity (optionally under rule biasing).

- `calculate_cfs`: the share of cause prompts whose continuation states the expected effect — the spec's
  Causal Fidelity Score, with the effect matched on its surface forms as whole words, any case, and
  greedy decoding by default so the score is deterministic. Generation follows the rules given, else the
  model's own (``calculate_cfs(model, cases)``, as the spec writes it); ``guided=False`` scores the model
  without rule guidance.
- `perplexity`: ``exp`` of the mean next-token negative log-likelihood of texts. With rules given, each
  next-token distribution is first passed through the same `CausalRuleLogitsProcessor` that guides
  generation, so "perplexity with rule biasing" measures what the bias costs on ordinary text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.text.default_tokenizer import resolve_tokenizer
from causaltorch.text.processors import CausalRuleLogitsProcessor
from causaltorch.text.surface_forms import whole_word_pattern

__all__ = ["calculate_cfs", "perplexity"]

Rules = CausalRuleSet | Mapping[str, Any] | None


def _phrase_pattern(forms: Sequence[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive, any-whitespace alternation of ``forms``: generation's own matcher."""
    pattern = whole_word_pattern(forms)
    if pattern is None:
        raise DataError("An expected effect needs at least one non-blank surface form.")
    return pattern


def _tokenizer_of(model: nn.Module, tokenizer: Any) -> Any:
    """The call's tokenizer, the model's, or its fallback (`causaltorch.text.default_tokenizer`)."""
    return resolve_tokenizer(model, tokenizer, "Text metrics read and write text, so they")


def _effect_forms(expected: Any, vocabulary: CausalRuleSet, position: int) -> list[str]:
    if isinstance(expected, str):
        if expected in vocabulary.variables:
            return vocabulary.surface_forms(expected)
        forms = [expected]
    elif isinstance(expected, Sequence) and expected and all(isinstance(form, str) for form in expected):
        forms = list(expected)
    else:
        raise DataError(
            f"Test case {position}: the expected effect must be a variable name, a phrase or a list of phrases, "
            f"got {expected!r}."
        )
    if not all(form.strip() for form in forms):
        raise DataError(f"Test case {position}: an expected phrase is blank.")
    return forms


def calculate_cfs(model: nn.Module, test_cases: Sequence[tuple[str, Any]], tokenizer: Any = None,
                  rules: Rules = None, causal_interventions: Mapping[str, Any] | None = None, *,
                  guided: bool = True, max_new_tokens: int = 24, rule_strength: float = 5.0, batch_size: int = 64,
                  do_sample: bool = False, temperature: float = 1.0, top_k: int | None = None, top_p: float = 1.0,
                  generator: torch.Generator | None = None, decoding: str = "processors",
                  return_continuations: bool = False) -> float | tuple[float, list[str]]:
    """Causal Fidelity Score: the share of ``test_cases`` whose continuation states the expected effect.

    Args:
        model: a text model with ``generate`` (`causaltorch.text.CausalTransformer`).
        test_cases: ``(prompt, expected)`` pairs. ``expected`` is a variable of ``rules`` (or of the
            model's own rules), matched by all its surface forms; otherwise a phrase or a list of phrases.
            A case counts when one of them appears, as whole words and in any case, in the generated
            continuation (the text after the prompt, up to the end-of-text token).
        tokenizer: the model's tokenizer (default ``model.tokenizer``, else the model's fallback).
        rules: rules that guide generation (`CausalRuleLogitsProcessor`). None: the model's own
            ``causal_rules``; a model without rules then needs ``rules=`` (or ``guided=False``).
        causal_interventions: ``do()`` values applied during generation (on the guiding rules).
        guided: False generates without rule guidance (``rules`` or the model's rules then only say
            which surface forms a variable has) — the "without rules" score.
        max_new_tokens: continuation length budget.
        rule_strength: logit bias per unit effect intensity when ``rules`` are given.
        batch_size: prompts generated together.
        do_sample, temperature, top_k, top_p, generator: sampling; the default is greedy (deterministic).
        decoding: how ``generate`` applies the rules: ``"processors"`` (the default here: logit biasing, fast and
            deterministic, the score the library has always reported) or ``"auto"`` / ``"constrained"`` (the
            lookahead beam search ``generate`` uses by default when given rules: the score of what a user sees).
        return_continuations: also return the generated continuation of every case.

    Returns:
        The score in [0, 1] (and the continuations, in case order).

    Raises:
        DataError: no cases, a malformed case, a missing tokenizer, guidance without any rules, or
            interventions without guidance.
    """
    tokenizer = _tokenizer_of(model, tokenizer)
    _validate.positive_int("batch_size", batch_size)
    if not isinstance(guided, bool):
        raise DataError(f"guided must be True or False, got {guided!r}.")
    cases = list(test_cases)
    if not cases:
        raise DataError("calculate_cfs needs at least one (prompt, expected effect) test case.")
    own = getattr(model, "causal_rules", None)
    vocabulary = as_ruleset(rules) if rules is not None else own if own is not None else CausalRuleSet()
    prompts, patterns = [], []
    for position, case in enumerate(cases):
        if not (isinstance(case, Sequence) and len(case) == 2 and isinstance(case[0], str) and case[0].strip()):
            raise DataError(f"Test case {position} must be a (prompt, expected effect) pair with a non-empty prompt, "
                            f"got {case!r}.")
        prompts.append(case[0])
        patterns.append(_phrase_pattern(_effect_forms(case[1], vocabulary, position)))
    if guided and not len(vocabulary):
        raise DataError("calculate_cfs guides generation with rules, and the model has none: pass rules=... "
                        "(a CausalRuleSet), or guided=False for the score without rule guidance.")
    if causal_interventions and not guided:
        raise DataError("causal_interventions act on the guiding rules; they need guided=True.")
    guide = vocabulary if guided else CausalRuleSet()

    continuations: list[str] = []
    for first in range(0, len(prompts), batch_size):
        batch = prompts[first:first + batch_size]
        texts = model.generate(
            batch, max_new_tokens=max_new_tokens, do_sample=do_sample, temperature=temperature, top_k=top_k,
            top_p=top_p, causal_rules=guide, causal_interventions=causal_interventions,
            rule_strength=rule_strength, tokenizer=tokenizer, generator=generator, decoding=decoding,
        )
        continuations.extend(text[len(prompt):] for prompt, text in zip(batch, texts))
    hits = sum(
        any(match.end() > len(prompt) for match in pattern.finditer(prompt + continuation))
        for prompt, continuation, pattern in zip(prompts, continuations, patterns)
    )
    score = hits / len(cases)
    return (score, continuations) if return_continuations else score


@torch.no_grad()
def perplexity(model: nn.Module, texts: Sequence[str], tokenizer: Any = None, rules: Rules = None,
               causal_interventions: Mapping[str, Any] | None = None, *, rule_strength: float = 5.0,
               batch_size: int = 32) -> float:
    """Perplexity of ``texts``: ``exp(mean negative log-likelihood per predicted token)``.

    Each text is scored on its own, after the beginning-of-text token (``tokenizer.bos_token_id``, else
    ``eos_token_id``), so its first token is predicted too; it must fit ``model.config.max_seq_length``
    with that token.

    Args:
        model: a text model whose ``forward(input_ids, attention_mask)`` returns ``logits`` (left padding).
        texts: the documents to score.
        tokenizer: the model's tokenizer (default ``model.tokenizer``).
        rules: with rules (or interventions), every next-token distribution is first passed through
            `CausalRuleLogitsProcessor` (``strength=rule_strength``, continuation strength twice that, as
            in `generate`) reading the text so far — perplexity with rule biasing. None: the plain model.
        causal_interventions: ``do()`` values for the processor (needs ``rules``). A token it bans scores
            as impossible, so text that states a suppressed variable has infinite perplexity.
        rule_strength: logit bias per unit effect intensity.
        batch_size: texts per forward pass.

    Raises:
        DataError: no texts, a blank or too long text, a missing tokenizer, or interventions without rules.
    """
    tokenizer = _tokenizer_of(model, tokenizer)
    _validate.positive_int("batch_size", batch_size)
    if isinstance(texts, str) or not texts:
        raise DataError("perplexity needs a non-empty list of texts.")
    if causal_interventions and rules is None:
        raise DataError("causal_interventions act on rules: pass rules= as well.")
    bos = getattr(tokenizer, "bos_token_id", None)
    bos = bos if bos is not None else tokenizer.eos_token_id
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else bos
    limit = model.config.max_seq_length
    rows = []
    for position, text in enumerate(texts):
        if not isinstance(text, str) or not text.strip():
            raise DataError(f"Text {position} is blank or not a string; perplexity needs text.")
        ids = [bos, *tokenizer.encode(text)]
        if len(ids) > limit:
            raise DataError(f"Text {position} has {len(ids)} tokens with the beginning-of-text token; the model reads "
                            f"at most max_seq_length={limit}. Split it into shorter texts.")
        rows.append(ids)
    processor = None
    if rules is not None:
        processor = CausalRuleLogitsProcessor(rules, tokenizer, causal_interventions, strength=rule_strength,
                                              continuation_strength=2 * rule_strength, pad_token_id=pad)

    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    total_nll, total_tokens = 0.0, 0
    try:
        for first in range(0, len(rows), batch_size):
            batch = rows[first:first + batch_size]
            width = max(len(ids) for ids in batch)
            ids = torch.tensor([[pad] * (width - len(r)) + r for r in batch], device=device)  # (B, W), left-padded
            mask = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r in batch], device=device)
            logits = model(ids, attention_mask=mask).logits.float()  # (B, W, V)
            scored = (mask[:, :-1] * mask[:, 1:]).bool()  # predict token t + 1 where both are real
            if processor is None:
                log_probs = F.log_softmax(logits[:, :-1], dim=-1)
            else:  # the processor reads the prefix up to t, as during generation
                log_probs = torch.stack([
                    F.log_softmax(processor(ids[:, : t + 1], logits[:, t]), dim=-1) for t in range(width - 1)
                ], dim=1)  # (B, W - 1, V)
            target = log_probs.gather(-1, ids[:, 1:, None]).squeeze(-1)  # (B, W - 1)
            total_nll -= float(target[scored].sum())
            total_tokens += int(scored.sum())
    finally:
        model.train(was_training)
    return math.exp(total_nll / total_tokens)
