"""generate() with a constitution: sentences are checked when they end, a blocked one is rolled back and redrawn.

A tiny untrained model writes "sentences" of three tokens and a full stop (a logits processor forces the stop), so
where each sentence starts and ends is known; deterministic constitutions block chosen sentences. Greedy decoding
makes the continuation after a rollback comparable with a fresh generation from the kept text.
"""

import logging

import pytest
import torch

from causaltorch.ethics import EthicalConstitution
from causaltorch.models import cnsg
from causaltorch.text.generation import _CONSTITUTION_ATTEMPTS
from logit_boost import booster


@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.from_pretrained("causal-basic")


def tiny_model(tokenizer, constitution=None):
    torch.manual_seed(0)
    model = cnsg(vocab_size=tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=64)
    model.tokenizer = tokenizer
    model.ethical_constitution = constitution
    return model


def three_word_sentences(tokenizer):
    """A processor: a full stop after every three tokens of a row (counting from its last stop), never EOS."""
    stop, pad, eos = tokenizer.encode(".")[0], tokenizer.pad_token_id, tokenizer.eos_token_id

    def process(input_ids, scores):
        scores = scores.clone()
        for b, row in enumerate(input_ids.tolist()):
            real = row[next((i for i, t in enumerate(row) if t != pad), len(row)):]
            since = next((i for i, t in enumerate(reversed(real)) if t == stop), len(real))
            if since >= 3:
                scores[b, stop] += 30.0
            else:
                scores[b, stop] = float("-inf")
            scores[b, eos] = float("-inf")
        return scores

    return process


def ban_at(token, length):
    """A processor banning ``token`` where a row holds ``length`` real tokens (what a rollback bans there)."""
    def process(input_ids, scores):
        scores = scores.clone()
        for b, row in enumerate(input_ids.tolist()):
            if sum(t != 1 for t in row) == length:  # causal-basic pads with 1
                scores[b, token] = float("-inf")
        return scores

    return process


class Blocks:
    """Blocks a continuation (``text[start:]``) holding any of ``phrases``; records every verdict."""

    def __init__(self, *phrases):
        self.phrases = phrases
        self.verdicts = []

    def check_continuation(self, text, start):
        allowed = not any(phrase in text[start:] for phrase in self.phrases)
        self.verdicts.append(allowed)
        return allowed, []

    def __call__(self, text):
        return text, self.check_continuation(text, 0)[0], []


class Only(Blocks):
    """Allows a continuation only while it is ``allowed_text`` exactly (a row that cannot get past it)."""

    def __init__(self, allowed_text):
        super().__init__()
        self.allowed_text = allowed_text

    def check_continuation(self, text, start):
        allowed = text[start:] == self.allowed_text
        self.verdicts.append(allowed)
        return allowed, []


def greedy(model, prompt, tokenizer, max_new_tokens=12, extra=(), **kwargs):
    return model.generate(prompt, max_new_tokens=max_new_tokens, do_sample=False,
                          logits_processor=[three_word_sentences(tokenizer), *extra], **kwargs)


def sentences(tokens, tokenizer):
    """``tokens`` cut after each full stop."""
    stop, out, current = tokenizer.encode(".")[0], [], []
    for token in tokens:
        current.append(token)
        if token == stop:
            out.append(current)
            current = []
    return out + ([current] if current else [])


# ---------------------------------------------------------------------- the guarantee
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_blocked_word_never_appears_in_any_row_and_the_rows_go_on(tokenizer, seed):
    prompt = "She made tea in the"
    kwargs = dict(max_new_tokens=10, top_k=None, top_p=1.0, logits_processor=[booster(tokenizer, " kitchen", 6.0)])
    free = tiny_model(tokenizer).generate([prompt] * 8, generator=torch.Generator().manual_seed(seed), **kwargs)
    constitution = Blocks("kitchen")
    guarded = tiny_model(tokenizer, constitution).generate([prompt] * 8, generator=torch.Generator().manual_seed(seed),
                                                           **kwargs)
    assert sum("kitchen" in text[len(prompt):] for text in free) >= 4  # the boosted model does say it
    assert not any("kitchen" in text[len(prompt):] for text in guarded)
    assert all(text.startswith(prompt) for text in guarded)
    assert False in constitution.verdicts  # sentences were rolled back ...
    assert sum(len(text) > len(prompt) for text in guarded) >= 6  # ... and most rows still wrote something


@pytest.mark.parametrize("use_cache", [True, False])
def test_after_a_rollback_the_row_continues_as_a_fresh_generation_from_the_kept_text(tokenizer, use_cache):
    prompt = tokenizer.encode("The cat")
    free = greedy(tiny_model(tokenizer), [prompt], tokenizer, use_cache=use_cache)[0, len(prompt):].tolist()
    first, second = sentences(free, tokenizer)[:2]
    blocked = tokenizer.decode(second)
    constitution = Blocks(blocked)
    guarded = greedy(tiny_model(tokenizer, constitution), [prompt], tokenizer, use_cache=use_cache)
    # a fresh generation from the prompt and the first sentence, with the rolled-back sentence's first token banned
    kept = prompt + first
    fresh = greedy(tiny_model(tokenizer, Blocks(blocked)), [kept], tokenizer, max_new_tokens=12 - len(first),
                   extra=[ban_at(second[0], len(kept))], use_cache=use_cache)
    assert constitution.verdicts[:2] == [True, False]  # the second sentence was blocked once
    assert guarded.shape == fresh.shape
    assert guarded[0].tolist() == fresh[0].tolist()
    assert blocked not in tokenizer.decode(guarded[0, len(prompt):].tolist())


def test_the_prompt_columns_of_token_id_output_are_unchanged_by_a_rollback_of_the_first_sentence(tokenizer):
    prompts = [tokenizer.encode("The cat"), tokenizer.encode("She made tea in the")]
    free = greedy(tiny_model(tokenizer), prompts, tokenizer)
    width = max(map(len, prompts))
    first = sentences(free[0, width:].tolist(), tokenizer)[0]
    guarded = greedy(tiny_model(tokenizer, Blocks(tokenizer.decode(first))), prompts, tokenizer)
    assert torch.equal(guarded[:, :width], free[:, :width])  # left padding and prompts as given
    assert guarded[0, width:width + len(first)].tolist() != first
    assert torch.equal(guarded[1], free[1])  # the other row is untouched


def test_batch_rows_are_unaffected_by_another_rows_rollback(tokenizer):
    prompts = ["The cat", "She made tea", "If it rains,"]
    alone = [greedy(tiny_model(tokenizer), p, tokenizer) for p in prompts]
    blocked = alone[0][len(prompts[0]):].split(".")[1] + "."  # the first row's second sentence
    assert all(blocked not in text for text in alone[1:])
    constitution = Blocks(blocked)
    batch = greedy(tiny_model(tokenizer, constitution), prompts, tokenizer)
    assert False in constitution.verdicts
    assert batch[0] != alone[0] and blocked not in batch[0]
    assert batch[0] == greedy(tiny_model(tokenizer, Blocks(blocked)), prompts[0], tokenizer)  # as on its own
    assert batch[1:] == alone[1:]


@pytest.mark.parametrize("use_cache", [True, False])
def test_a_row_that_cannot_escape_ends_at_the_sentence_start(tokenizer, use_cache, caplog):
    prompt = "The cat"
    free = greedy(tiny_model(tokenizer), prompt, tokenizer, use_cache=use_cache)
    first_sentence = free[len(prompt):].split(".")[0] + "."
    constitution = Only(first_sentence)  # nothing may follow the first sentence
    with caplog.at_level(logging.WARNING, logger="causaltorch.text.generation"):
        out = greedy(tiny_model(tokenizer, constitution), [prompt, prompt], tokenizer, use_cache=use_cache)
    assert out == [prompt + first_sentence] * 2
    per_row = _CONSTITUTION_ATTEMPTS + 1  # the first draw and its redraws, each blocked
    assert constitution.verdicts.count(False) == 2 * per_row
    assert "ending it at the sentence start" in caplog.text


@pytest.mark.parametrize("do_sample", [False, True])
def test_generation_terminates_when_every_sentence_is_blocked(tokenizer, do_sample):
    constitution = Blocks("")  # every continuation holds the empty string
    model = tiny_model(tokenizer, constitution)
    out = model.generate(["The cat", "She made tea"], max_new_tokens=12, do_sample=do_sample,
                         logits_processor=[three_word_sentences(tokenizer)], generator=torch.Generator().manual_seed(0))
    assert out == ["The cat", "She made tea"]  # each row ends where its first sentence would start
    assert len(constitution.verdicts) == 2 * (_CONSTITUTION_ATTEMPTS + 1)


# ---------------------------------------------------------------------- no change when nothing is blocked
class AllowAllBatched:
    """Allows everything, through the batched hook (so checks wait for every row, as the semantic detector's do)."""

    def __init__(self):
        self.prefetched = 0

    def prefetch_continuations(self, texts, starts):
        self.prefetched += len(texts)

    def check_continuation(self, text, start):
        return True, []

    def __call__(self, text):
        return text, True, []


@pytest.mark.parametrize("use_cache", [True, False])
@pytest.mark.parametrize("make", [lambda: EthicalConstitution([]), lambda: (lambda text: True), AllowAllBatched])
def test_an_allow_everything_constitution_gives_exactly_the_output_of_none(tokenizer, use_cache, make):
    prompts = [tokenizer.encode(p) for p in ("The cat", "She made tea in the kitchen", "If it rains,")]
    kwargs = dict(max_new_tokens=20, top_k=None, top_p=1.0, use_cache=use_cache)
    for seed in (0, 1):
        none = tiny_model(tokenizer).generate(prompts, generator=torch.Generator().manual_seed(seed), **kwargs)
        constitution = make()
        checked = tiny_model(tokenizer, constitution).generate(prompts, generator=torch.Generator().manual_seed(seed),
                                                               **kwargs)
        assert torch.equal(checked, none)
    if isinstance(constitution, AllowAllBatched):
        assert constitution.prefetched >= len(prompts)


# ---------------------------------------------------------------------- the optional per-token screen
class ScreenedBlocks(Blocks):
    """`Blocks` with a cheap per-token screen that already rejects the phrase."""

    def __init__(self, *phrases):
        super().__init__(*phrases)
        self.screened = 0

    def screen_continuation(self, text, start):
        self.screened += 1
        return not any(phrase in text[start:] for phrase in self.phrases), []


def test_a_screen_rolls_the_sentence_back_at_once_so_the_full_check_blocks_less(tokenizer):
    prompt = "She made tea in the"
    kwargs = dict(max_new_tokens=10, top_k=None, top_p=1.0, logits_processor=[booster(tokenizer, " kitchen", 6.0)])
    plain, screened = Blocks("kitchen"), ScreenedBlocks("kitchen")
    outputs = {}
    for constitution in (plain, screened):
        outputs[constitution] = tiny_model(tokenizer, constitution).generate(
            [prompt] * 8, generator=torch.Generator().manual_seed(0), **kwargs)
    assert screened.screened > 0
    assert plain.verdicts.count(False) >= 3
    assert screened.verdicts.count(False) == 0  # the screen caught every one before its sentence ended
    assert not any("kitchen" in text[len(prompt):] for texts in outputs.values() for text in texts)


def test_a_screen_rollback_redraws_exactly_as_the_sentence_check_would(tokenizer):
    prompt = "The cat"
    free = greedy(tiny_model(tokenizer), prompt, tokenizer, max_new_tokens=16)
    blocked = free[len(prompt):].split(".")[1][:-2]  # most of the second sentence: seen before its full stop
    plain, screened = Blocks(blocked), ScreenedBlocks(blocked)
    by_check = greedy(tiny_model(tokenizer, plain), prompt, tokenizer, max_new_tokens=16)
    by_screen = greedy(tiny_model(tokenizer, screened), prompt, tokenizer, max_new_tokens=16)
    assert plain.verdicts.count(False) >= 1 and screened.verdicts.count(False) == 0
    assert by_screen == by_check != free


def test_a_screen_that_rejects_everything_ends_rows_where_their_first_sentence_starts(tokenizer):
    class RejectingScreen(AllowAllBatched):
        def screen_continuation(self, text, start):
            return False, []

    out = greedy(tiny_model(tokenizer, RejectingScreen()), ["The cat", "She made tea"], tokenizer)
    assert out == ["The cat", "She made tea"]
