"""generate(): sampling, KV cache, batching, stopping, logits processors, rules, interventions, bans, hooks."""

import re

import pytest
import torch

from causaltorch import CausalRuleSet
from causaltorch.errors import DataError, InterventionError, UnknownVariableError
from causaltorch.models import cnsg
from causaltorch.text import CausalRuleLogitsProcessor, ForbiddenWordsLogitsProcessor, sample
from causaltorch.text.surface_forms import DecodedRows, PhraseBan, SurfaceFormMatcher, VocabularyText, is_word_char

SENTENCES = [
    "If it rains, the ground gets wet.", "The ground was wet because it had rained.",
    "Wet ground makes the road slippery.", "A slippery road causes accidents on the road.",
    "The cat slept on the warm mat.", "She made tea in the kitchen.", "Dark clouds bring rain and rainfall.",
] * 4


@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.train(SENTENCES, vocab_size=360, min_frequency=1)


@pytest.fixture(scope="module")
def rules():
    rules = CausalRuleSet()
    rules.add_variable("rain", synonyms=["rains", "rained"])
    rules.add_variable("wet_ground", synonyms=["the ground gets wet"])
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule("wet_ground", "slippery_road", 0.8)
    return rules


def tiny(vocab_size=97, **overrides):
    torch.manual_seed(0)
    settings = dict(vocab_size=vocab_size, d_model=32, n_heads=4, n_layers=2, max_seq_length=48)
    settings.update(overrides)
    return cnsg(**settings)


def word_model(tokenizer, rules=None, **overrides):
    model = tiny(tokenizer.vocab_size, causal_rules=rules, **overrides)
    model.tokenizer = tokenizer
    return model


def mentions(text, words, after=0):
    """Whether ``text`` holds one of ``words`` as a whole word (any case) that ends after character ``after``."""
    return any(
        match.end() > after
        for w in words for match in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)
    )


def new_mentions(texts, prompt, words):
    """How many generated ``texts`` (each starting with ``prompt``) mention ``words`` in their continuation."""
    assert all(text.startswith(prompt) for text in texts)
    return sum(mentions(text, words, after=len(prompt)) for text in texts)


# ---------------------------------------------------------------------- sample()
def test_sample_with_temperature_zero_or_below_is_argmax():
    logits = torch.randn(5, 11)
    assert torch.equal(sample(logits, temperature=0.0), logits.argmax(-1))
    assert torch.equal(sample(logits, temperature=-1.0, top_p=0.5), logits.argmax(-1))


def test_top_k_samples_only_the_k_most_likely_tokens():
    logits = torch.tensor([[3.0, 2.9, 0.0, 2.8, -1.0]]).repeat(2000, 1)
    drawn = set(sample(logits, top_k=2).tolist())
    assert drawn == {0, 1}


def test_top_p_keeps_the_smallest_set_that_reaches_the_mass():
    logits = torch.tensor([[0.5, 0.3, 0.2]]).log().repeat(2000, 1)
    assert set(sample(logits, top_p=0.6).tolist()) == {0, 1}
    assert set(sample(logits, top_p=0.5).tolist()) == {0}
    assert set(sample(logits, top_p=1.0).tolist()) == {0, 1, 2}


@pytest.mark.parametrize("arguments, message", [
    (dict(top_p=0.0), r"top_p must be in \(0, 1\]"),
    (dict(top_p=1.5), r"top_p must be in \(0, 1\]"),
    (dict(top_k=-1), "top_k must be None or an integer >= 0"),
    (dict(temperature=float("nan")), "temperature must be a number"),
])
def test_bad_sampling_arguments_are_named(arguments, message):
    with pytest.raises(DataError, match=message):
        sample(torch.randn(1, 4), **arguments)


# ---------------------------------------------------------------------- the loop
def test_greedy_output_with_kv_cache_is_identical_to_without():
    model = tiny()
    prompt = torch.randint(0, 97, (3, 5))
    cached = model.generate(prompt, max_new_tokens=25, do_sample=False)
    recomputed = model.generate(prompt, max_new_tokens=25, do_sample=False, use_cache=False)
    assert cached.shape == (3, 30) and torch.equal(cached, recomputed)


def test_batched_left_padded_generation_equals_one_sequence_at_a_time():
    model = tiny().double()
    prompts = [[5, 17, 3], [8, 1, 44, 60, 2, 9], [70]]
    batched = model.generate(prompts, max_new_tokens=12, do_sample=False, pad_token_id=0)
    width = batched.shape[1] - 12
    for b, prompt in enumerate(prompts):
        alone = model.generate(prompt, max_new_tokens=12, do_sample=False)[0]
        assert torch.equal(batched[b, width - len(prompt):], alone)
        assert torch.all(batched[b, : width - len(prompt)] == 0)


def test_a_pre_padded_batch_with_an_attention_mask_is_generated_like_the_lists():
    model = tiny().double()
    ids = torch.tensor([[0, 0, 5, 17], [8, 1, 44, 60]])
    mask = torch.tensor([[0, 0, 1, 1], [1, 1, 1, 1]])
    out = model.generate(ids, attention_mask=mask, max_new_tokens=6, do_sample=False, pad_token_id=0)
    assert torch.equal(out, model.generate([[5, 17], [8, 1, 44, 60]], max_new_tokens=6, do_sample=False,
                                           pad_token_id=0))


def test_each_sequence_stops_at_eos_and_is_padded_while_the_others_go_on():
    model = tiny()

    def eos_for_row_zero_at_step_three(input_ids, scores):
        if input_ids.shape[1] == 4 + 3:
            scores[0] = float("-inf")
            scores[0, 96] = 0.0
        scores[1:, 96] = float("-inf")
        return scores

    out = model.generate(torch.randint(0, 90, (2, 4)), max_new_tokens=10, do_sample=False, eos_token_id=96,
                         pad_token_id=95, logits_processor=[eos_for_row_zero_at_step_three])
    assert out.shape == (2, 14)
    assert out[0, 7].item() == 96 and torch.all(out[0, 8:] == 95)
    assert not torch.any(out[1, 4:] == 95) and not torch.any(out[1, 4:] == 96)


def test_max_length_counts_the_prompt_and_max_new_tokens_does_not():
    model = tiny()
    prompt = torch.randint(0, 97, (1, 6))
    assert model.generate(prompt, max_length=10, do_sample=False).shape == (1, 10)
    assert model.generate(prompt, max_new_tokens=10, do_sample=False).shape == (1, 16)
    assert model.generate(prompt, do_sample=False).shape == (1, 56 - 8)  # 50 new tokens, capped at 48


def test_generation_stops_at_max_seq_length():
    model = tiny()
    out = model.generate(torch.randint(0, 97, (1, 45)), max_new_tokens=10, do_sample=False)
    assert out.shape == (1, 48)


def test_sampling_is_reproducible_with_a_generator_and_greedy_matches_temperature_zero():
    model = tiny()
    prompt = torch.randint(0, 97, (2, 4))
    first = model.generate(prompt, max_new_tokens=8, generator=torch.Generator().manual_seed(3))
    again = model.generate(prompt, max_new_tokens=8, generator=torch.Generator().manual_seed(3))
    assert torch.equal(first, again)
    assert torch.equal(model.generate(prompt, max_new_tokens=8, do_sample=False),
                       model.generate(prompt, max_new_tokens=8, temperature=0.0))


def test_temperature_top_k_and_top_p_reach_the_sampler():
    model = tiny()
    prompt = torch.randint(0, 97, (64, 2))
    top1 = model.generate(prompt, max_new_tokens=3, top_k=1)
    assert torch.equal(top1, model.generate(prompt, max_new_tokens=3, do_sample=False))
    tiny_p = model.generate(prompt, max_new_tokens=3, top_p=1e-6, top_k=None)
    assert torch.equal(tiny_p, top1)
    cold = model.generate(prompt, max_new_tokens=3, temperature=1e-4, top_k=None, top_p=1.0)
    assert torch.equal(cold, top1)
    hot = model.generate(prompt, max_new_tokens=3, temperature=5.0, top_k=None, top_p=1.0)
    assert not torch.equal(hot, top1)


def test_user_logits_processors_get_the_hugging_face_signature():
    model = tiny()
    seen = []

    def never_seven(input_ids, scores):
        seen.append((tuple(input_ids.shape), tuple(scores.shape)))
        scores[:, 7] = float("-inf")
        return scores

    out = model.generate(torch.randint(0, 97, (2, 3)), max_new_tokens=4, logits_processor=[never_seven],
                         temperature=3.0, top_k=None, top_p=1.0)
    assert seen == [((2, 3 + i), (2, 97)) for i in range(4)]
    assert not torch.any(out[:, 3:] == 7)


def test_text_prompts_return_text(tokenizer):
    model = word_model(tokenizer)
    one = model.generate("The cat", max_new_tokens=4, do_sample=False)
    both = model.generate(["The cat", "If it rains,"], max_new_tokens=4, do_sample=False)
    assert isinstance(one, str) and one.startswith("The cat")
    assert both[0] == one and both[1].startswith("If it rains,")


def test_generation_does_not_change_the_train_mode():
    model = tiny().train()
    model.generate(torch.randint(0, 97, (1, 3)), max_new_tokens=2)
    assert model.training


# ---------------------------------------------------------------------- bad input
def _unchanged_after(model, call):
    """Run ``call``, which must raise; check that the model and the RNG were left as they were."""
    state = {k: v.clone() for k, v in model.state_dict().items()}
    rng = torch.get_rng_state()
    mode = model.training
    with pytest.raises(Exception) as caught:
        call()
    assert model.training == mode and torch.equal(torch.get_rng_state(), rng)
    assert all(torch.equal(state[k], v) for k, v in model.state_dict().items())
    return caught.value


@pytest.mark.parametrize("prompt", [torch.zeros(1, 0, dtype=torch.long), [], [[]], "", [[1, 2], []]])
def test_an_empty_prompt_is_a_named_error(prompt, tokenizer):
    model = word_model(tokenizer).train()
    error = _unchanged_after(model, lambda: model.generate(prompt))
    assert isinstance(error, DataError) and "empty" in str(error)


@pytest.mark.parametrize("arguments, message", [
    (dict(top_p=0.0), r"top_p must be in \(0, 1\]"),
    (dict(top_p=1.01), r"top_p must be in \(0, 1\]"),
    (dict(max_new_tokens=0), "max_new_tokens must be a positive integer"),
    (dict(max_length=10, max_new_tokens=3), "not both"),
    (dict(causal_constraints={"forbidden_word": ["x"]}), "Unknown causal_constraints key"),
    (dict(logits_processor=[3]), "must be callable"),
    (dict(rule_strength=-1.0), "rule_strength must be a finite number >= 0"),
])
def test_bad_generation_arguments_are_named_and_change_nothing(arguments, message):
    model = tiny().train()
    prompt = torch.randint(0, 97, (1, 3))
    error = _unchanged_after(model, lambda: model.generate(prompt, **arguments))
    assert isinstance(error, DataError) and re.search(message, str(error))


def test_a_prompt_longer_than_max_seq_length_is_a_named_error():
    model = tiny().train()
    prompt = torch.randint(0, 97, (1, 49))
    error = _unchanged_after(model, lambda: model.generate(prompt))
    assert isinstance(error, DataError) and "max_seq_length=48" in str(error)


def test_a_right_padded_prompt_is_a_named_error():
    model = tiny()
    with pytest.raises(DataError, match="left padding"):
        model.generate(torch.ones(1, 3, dtype=torch.long), attention_mask=torch.tensor([[1, 1, 0]]))


def test_token_ids_outside_the_vocabulary_are_a_named_error():
    with pytest.raises(DataError, match=r"must be in \[0, 97\)"):
        tiny().generate([[3, 97]])


def test_a_text_prompt_without_a_tokenizer_is_a_named_error():
    with pytest.raises(DataError, match="needs a tokenizer"):
        tiny().generate("If it rains,")


def test_an_unknown_intervention_variable_suggests_the_known_one(tokenizer, rules):
    model = word_model(tokenizer, rules).train()
    error = _unchanged_after(model, lambda: model.generate("If it rains,", causal_interventions={"rian": 0.0}))
    assert isinstance(error, UnknownVariableError) and "Did you mean 'rain'?" in str(error)


def test_an_intervention_value_outside_the_intensity_range_is_refused(tokenizer, rules):
    with pytest.raises(InterventionError, match=r"outside \[0, 1\]"):
        word_model(tokenizer, rules).generate("If it rains,", causal_interventions={"rain": 2.0})


# ---------------------------------------------------------------------- forbidden words
def _booster(tokenizer, words, amount=6.0):
    """A processor that pushes the model toward writing ``words`` (so that bans have something to stop):
    it raises every spelling's first token, and the next token of a spelling whose previous token was just written."""
    spellings = [seq for w in words for seq in tokenizer.token_ids_for_phrase(w)]
    firsts = sorted({seq[0] for seq in spellings})
    follows = {(seq[k - 1], seq[k]) for seq in spellings for k in range(1, len(seq))}

    def boost(input_ids, scores):
        scores[:, firsts] += amount
        for b, last in enumerate(input_ids[:, -1].tolist()):
            for previous, following in follows:
                if previous == last:
                    scores[b, following] += 3 * amount
        return scores

    return boost


def test_forbidden_words_never_appear_across_200_sampled_continuations(tokenizer):
    words = ["slippery", "kitchen", "the ground", "warm mat"]
    assert all(len(tokenizer.encode(" " + w)) > 1 for w in words[2:])  # multi-token words
    model = word_model(tokenizer)
    prompts = ["The cat"] * 200
    free = model.generate(prompts, max_new_tokens=12, logits_processor=[_booster(tokenizer, words)],
                          top_k=None, top_p=1.0, generator=torch.Generator().manual_seed(0))
    for word in words:
        assert new_mentions(free, "The cat", [word]) >= 20, word
    banned = model.generate(prompts, max_new_tokens=12, logits_processor=[_booster(tokenizer, words)], top_k=None,
                            top_p=1.0, causal_constraints={"forbidden_words": words}, decoding="processors",
                            generator=torch.Generator().manual_seed(0))
    assert new_mentions(banned, "The cat", words) == 0


def test_forbidden_token_ids_and_token_sequences_are_banned():
    model = tiny()
    out = model.generate(torch.randint(0, 97, (50, 2)), max_new_tokens=10, top_k=None, top_p=1.0,
                         temperature=3.0, causal_constraints={"forbidden_words": [5, 6, [11, 12]]},
                         decoding="processors")
    new = out[:, 2:]
    assert not torch.any((new == 5) | (new == 6))
    pairs = torch.stack([out[:, 1:-1], out[:, 2:]], dim=-1)
    assert not torch.any((pairs[..., 0] == 11) & (pairs[..., 1] == 12))


def test_forbidding_a_word_needs_a_tokenizer_and_a_real_item():
    with pytest.raises(DataError, match="needs a tokenizer"):
        tiny().generate([[1, 2]], causal_constraints={"forbidden_words": ["rain"]})
    with pytest.raises(DataError, match="Cannot forbid"):
        tiny().generate([[1, 2]], causal_constraints={"forbidden_words": [1.5]})


@pytest.mark.parametrize("context", ["", "It is", "It is ", "It is r", "It is ra", "the wet", "the wet "])
def test_a_phrase_ban_matches_a_brute_force_check_over_the_whole_vocabulary(tokenizer, context):
    vocabulary = VocabularyText(tokenizer)
    for phrase in ["rain", "wet ground"]:
        expected = set()
        for token, text in enumerate(vocabulary.texts):
            joined = (context + text).lower()
            for match in re.finditer(rf"(?<!\w){re.escape(phrase)}", joined):
                end = match.end()
                if end > len(context) and (end == len(joined) or not is_word_char(joined[end])):
                    expected.add(token)
        assert set(PhraseBan(phrase, vocabulary).banned(context.lower())) == expected, (phrase, context)


def test_incremental_decoding_equals_decoding_whole_rows_even_inside_multibyte_characters(tokenizer):
    pad = tokenizer.pad_token_id
    first = tokenizer.encode("Rain 🌧 on the café, naïve ☂ wet ground")
    second = tokenizer.encode("The cat slept")
    assert len(first) > len("Rain 🌧 on the café, naïve ☂ wet ground".encode()) // 3  # emoji split into byte tokens
    rows = DecodedRows(tokenizer, pad_token_id=pad)
    width = len(second)
    for t in range(1, len(first) + 1):
        batch = torch.tensor([first[:t], second[: min(t, width)] + [pad] * max(0, t - width)])  # row 2 ends
        texts = rows.update(batch)
        assert rows.restarted == (t == 1)
        assert texts == [tokenizer.decode(first[:t]), tokenizer.decode(second[:t])]
    rows.update(torch.tensor([second]))
    assert rows.restarted and rows.texts == ["The cat slept"]


def test_surface_forms_are_whole_words_and_a_form_at_the_end_is_provisional(rules):
    matcher = SurfaceFormMatcher(rules)
    rain = rules.variables.index("rain")
    assert matcher.scan("The terrain was dry.") == (set(), set())
    assert matcher.scan("It rains") == (set(), {rain})
    assert matcher.scan("It RAINS.") == ({rain}, set())
    assert matcher.scan("A rainbow") == (set(), set())


# ---------------------------------------------------------------------- rules
def _next_scores(processor, tokenizer, text, vocab):
    ids = torch.tensor([tokenizer.encode(text)])
    return processor(ids, torch.zeros(1, vocab))[0]


def test_the_rule_processor_raises_the_effects_first_token_only_when_the_cause_is_stated(tokenizer, rules):
    processor = CausalRuleLogitsProcessor(rules, tokenizer)
    vocab = tokenizer.vocab_size
    first = tokenizer.token_ids_for_phrase("wet ground")[0][0]  # " wet", after a word
    with_cause = _next_scores(processor, tokenizer, "If it rains, then", vocab)
    assert with_cause[first].item() == pytest.approx(5.0 * 0.9)
    without_cause = _next_scores(processor, tokenizer, "If the cat sleeps, then", vocab)
    assert torch.all(without_cause == 0)
    stated = _next_scores(processor, tokenizer, "It rained and the ground gets wet, so", vocab)
    assert stated[first].item() == 0.0  # wet ground is already expressed ...
    slippery = tokenizer.token_ids_for_phrase("slippery road")[0][0]
    assert stated[slippery].item() == pytest.approx(5.0 * 0.8)  # ... and its own effect is next


def test_the_rule_processor_raises_the_effects_probability_inside_generation(tokenizer, rules):
    model = word_model(tokenizer, rules)
    first = tokenizer.token_ids_for_phrase("wet ground")[0][0]
    prompt = torch.tensor([tokenizer.encode("If it rains, then")])
    plain = torch.softmax(model(prompt).logits[0, -1], -1)[first]
    captured = []
    model.generate(prompt, max_new_tokens=1, logits_processor=[lambda ids, s: captured.append(s) or s])
    guided = CausalRuleLogitsProcessor(rules, tokenizer)(prompt, captured[0].clone())
    assert torch.softmax(guided[0], -1)[first] > 20 * plain


def test_a_started_multi_token_form_is_continued(tokenizer, rules):
    processor = CausalRuleLogitsProcessor(rules, tokenizer)
    sequence = tokenizer.token_ids_for_phrase("the ground gets wet")[0]
    assert len(sequence) >= 3
    ids = torch.tensor([tokenizer.encode("If it rains,") + list(sequence[:2])])
    scores = processor(ids, torch.zeros(1, tokenizer.vocab_size))[0]
    assert scores[sequence[2]].item() == pytest.approx(10.0 * 0.9)


def test_guided_generation_states_the_effect_of_a_stated_cause(tokenizer, rules):
    model = word_model(tokenizer, rules)
    prompt = "If it rains,"
    forms = rules.surface_forms("wet_ground")
    kwargs = dict(max_new_tokens=10, top_k=None, top_p=1.0, generator=torch.Generator().manual_seed(0))
    plain = model.generate([prompt] * 40, rule_strength=0.0, **kwargs)
    guided = model.generate([prompt] * 40, **kwargs)
    assert new_mentions(plain, prompt, forms) <= 2
    assert new_mentions(guided, prompt, forms) >= 20


def test_do_cause_zero_removes_the_cause_and_its_effects_even_when_the_prompt_states_it(tokenizer, rules):
    model = word_model(tokenizer, rules)
    prompt = "If it rains,"
    suppressed = rules.surface_forms("rain") + rules.surface_forms("wet_ground") + rules.surface_forms("slippery_road")
    booster = _booster(tokenizer, suppressed, amount=4.0)
    kwargs = dict(max_new_tokens=12, top_k=None, top_p=1.0, logits_processor=[booster],
                  generator=torch.Generator().manual_seed(0))
    free = model.generate([prompt] * 60, **kwargs)
    assert new_mentions(free, prompt, suppressed) >= 30
    done = model.generate([prompt] * 60, causal_interventions={"rain": 0.0}, decoding="processors", **kwargs)
    assert new_mentions(done, prompt, suppressed) == 0


def test_do_sets_a_variable_that_the_prompt_does_not_state(tokenizer, rules):
    processor = CausalRuleLogitsProcessor(rules, tokenizer, interventions={"rain": 0.95})
    scores = _next_scores(processor, tokenizer, "The cat slept and", tokenizer.vocab_size)
    rain = tokenizer.token_ids_for_phrase("rain")[0][0]
    wet = tokenizer.token_ids_for_phrase("wet ground")[0][0]
    assert scores[rain].item() == pytest.approx(5.0 * 0.95)
    assert scores[wet].item() == pytest.approx(5.0 * 0.95 * 0.9)


def test_rules_given_to_one_call_guide_that_call(tokenizer, rules):
    model = word_model(tokenizer)  # trained without rules
    prompt = "If it rains,"
    kwargs = dict(max_new_tokens=10, top_k=None, top_p=1.0, generator=torch.Generator().manual_seed(1))
    plain = model.generate([prompt] * 20, **kwargs)
    guided = model.generate([prompt] * 20, causal_rules=rules, decoding="processors", **kwargs)
    assert new_mentions(plain, prompt, rules.surface_forms("wet_ground")) <= 1
    assert new_mentions(guided, prompt, rules.surface_forms("wet_ground")) >= 10


# ---------------------------------------------------------------------- the constitution hook
def test_a_callable_constitution_vetoes_candidate_text(tokenizer):
    asked = []

    def constitution(text):
        asked.append(text)
        return text, "kitchen" not in text.lower(), []

    model = word_model(tokenizer, ethical_constitution=constitution)
    out = model.generate(["The cat"] * 30, max_new_tokens=8, logits_processor=[_booster(tokenizer, ["kitchen"])],
                         top_k=None, top_p=1.0, generator=torch.Generator().manual_seed(0))
    assert asked and all(text.startswith("The cat") for text in asked)
    assert not any("kitchen" in text.lower() for text in out)


class _BatchingConstitution:
    """A constitution with the batched hook: prefetch_continuations sees every unfinished row's candidate at once,
    then check_continuation judges each row on its own (a blocked candidate must still never be emitted)."""

    def __init__(self):
        self.batches, self.checked = [], 0

    def prefetch_continuations(self, texts, starts):
        self.batches.append((list(texts), list(starts)))

    def check_continuation(self, text, start):  # (passed, violations), as EthicalConstitution's
        self.checked += 1
        return "kitchen" not in text[start:].lower(), []

    def __call__(self, text):
        return text, self.check_continuation(text, 0)[0], []


def test_the_batched_prefetch_sees_every_row_and_the_row_checks_still_block(tokenizer):
    constitution = _BatchingConstitution()
    model = word_model(tokenizer, ethical_constitution=constitution)
    out = model.generate(["The cat"] * 6, max_new_tokens=5, logits_processor=[_booster(tokenizer, ["kitchen"])],
                         top_k=None, top_p=1.0, generator=torch.Generator().manual_seed(0))
    first_texts, first_starts = constitution.batches[0]
    assert len(first_texts) == 6 and all(text.startswith("The cat") for text in first_texts)
    assert first_starts == [len("The cat")] * 6
    assert constitution.checked >= sum(len(texts) for texts, _ in constitution.batches)
    assert not any("kitchen" in text.lower() for text in out)


def test_a_constitution_needs_a_tokenizer():
    model = tiny(ethical_constitution=lambda text: True)
    with pytest.raises(DataError, match="ethical_constitution checks text"):
        model.generate([[1, 2]])


def test_forbidden_words_processor_can_be_used_on_its_own(tokenizer):
    processor = ForbiddenWordsLogitsProcessor(["rain"], tokenizer)
    ids = torch.tensor([tokenizer.encode("It is")])
    scores = processor(ids, torch.zeros(1, tokenizer.vocab_size))[0]
    assert scores[tokenizer.encode(" rain")[0]] == float("-inf")
    assert torch.isfinite(scores).sum() > tokenizer.vocab_size - 20


# ---------------------------------------------------------------------- the fallback tokenizer
def test_interventions_on_token_ids_without_a_tokenizer_use_the_fallback_and_act(rules):
    pytest.importorskip("tokenizers")
    model = tiny(4000, causal_rules=rules)
    ids = torch.randint(0, 1000, (8, 4))
    kwargs = dict(max_new_tokens=30)
    free = model.generate(ids, generator=torch.Generator().manual_seed(0), **kwargs)
    wet = model.generate(ids, causal_interventions={"rain": 1.0}, generator=torch.Generator().manual_seed(0),
                         decoding="processors",
                         **kwargs)
    decode = model.tokenizer_fallback._loaded.decode
    assert model.tokenizer is None
    counts = [sum(mentions(decode(row[4:]), ["ground gets wet", "wet ground"]) for row in out) for out in (free, wet)]
    assert counts[1] >= 6 and counts[0] <= 2  # free text seldom states rain, so its effect seldom follows


def test_interventions_on_a_model_too_small_for_the_fallback_say_what_to_pass(rules):
    model = tiny(causal_rules=rules)
    with pytest.raises(DataError, match=r"causal_interventions .* needs a tokenizer: pass tokenizer=.*vocab_size=97"):
        model.generate([[1, 2]], causal_interventions={"rain": 0.0})
