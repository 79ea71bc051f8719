"""Constraint-aware decoding (`causaltorch.text.constrained`): required effects, hard bans, the search, bad input."""

import re

import pytest
import torch

from causaltorch.errors import DataError, UnknownVariableError
from causaltorch.models import cnsg
from causaltorch.rules import CausalRuleSet
from causaltorch.text.constrained import (
    ConstraintConflictError,
    UnspellableConstraintError,
    build_constraints,
    implied_effects,
)

pytest.importorskip("tokenizers")
pytestmark = pytest.mark.usefixtures("one_torch_thread")  # tiny models: one thread beats two contended ones

SENTENCES = [
    "If it rains, the ground gets wet.", "The ground was wet because it had rained.",
    "Wet ground makes the road slippery.", "A slippery road causes accidents on the road.",
    "The cat slept on the warm mat.", "She made tea in the kitchen.", "Dark clouds bring rain and rainfall.",
    "The dog is frightened of the storm.", "A storm came at night.",
] * 4


@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.train(SENTENCES, vocab_size=360, min_frequency=1)


@pytest.fixture(scope="module")
def rules():
    rules = CausalRuleSet()
    rules.add_variable("rain", synonyms=["rains", "rained"])
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule("wet_ground", "slippery_road", 0.8)
    return rules


def word_model(tokenizer, rules=None):
    torch.manual_seed(0)
    model = cnsg(vocab_size=tokenizer.vocab_size, d_model=32, n_heads=4, n_layers=2, max_seq_length=48,
                 causal_rules=rules)
    model.tokenizer = tokenizer
    return model


def says(text, forms):
    return any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text, re.IGNORECASE) for f in forms)


def booster(tokenizer, words, amount=6.0):
    """Pushes the model toward ``words`` (so bans have something to stop)."""
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


# ---------------------------------------------------------------------- the constraints
def test_required_effects_come_from_the_scm_under_do(tokenizer, rules):
    # rain stated: wet_ground 0.9, slippery_road 0.9 * 0.8 = 0.72 (noisy-OR, no leak)
    assert implied_effects(rules, "If it rains,") == ["wet_ground", "slippery_road"]
    assert implied_effects(rules, "If it rains,", min_intensity=0.8) == ["wet_ground"]
    assert implied_effects(rules, "The cat slept,") == []
    constraints = build_constraints(rules, "If it rains,", tokenizer, tokenizer.vocab_size, {"rain": 0.0})
    assert constraints.required == {}
    assert {"rain", "rains", "wet ground", "the ground is wet", "slippery road"} <= set(constraints.banned)


def test_the_model_states_a_required_effect_that_plain_decoding_does_not(tokenizer, rules):
    model = word_model(tokenizer)  # untrained: it never says "wet ground" by itself
    prompts = ["If it rains,"]
    plain = model.generate(prompts, max_new_tokens=12, do_sample=False)
    guided = model.generate(prompts, max_new_tokens=12, do_sample=False, causal_rules=rules)
    forms = ["wet ground", "the ground is wet", "the ground gets wet", "the ground got wet", "the ground was wet"]
    assert not any(says(t[len(p):], forms) for p, t in zip(prompts, plain))
    assert all(says(t[len(p):], forms) for p, t in zip(prompts, guided))


def test_forbidden_words_never_appear_in_sampled_constrained_continuations(tokenizer, rules):
    words = ["slippery", "the ground", "warm mat"]
    model = word_model(tokenizer)
    kwargs = dict(max_new_tokens=10, top_k=None, top_p=1.0, logits_processor=[booster(tokenizer, words)], num_beams=2,
                  lookahead=1)
    free = model.generate(["The cat"] * 6, generator=torch.Generator().manual_seed(0), decoding="constrained",
                          **kwargs)
    assert sum(says(t[7:], words) for t in free) >= 3
    banned = model.generate(["The cat"] * 6, generator=torch.Generator().manual_seed(0),
                            causal_constraints={"forbidden_words": words}, **kwargs)
    assert not any(says(t[7:], words) for t in banned)


def test_an_intervened_away_effect_never_appears(tokenizer, rules):
    model = word_model(tokenizer)
    forms = ["rain", "rains", "rained", "wet ground", "the ground gets wet", "slippery road"]
    kwargs = dict(max_new_tokens=10, logits_processor=[booster(tokenizer, forms, 4.0)], num_beams=2, lookahead=1,
                  top_k=None, top_p=1.0, generator=torch.Generator().manual_seed(0))
    free = model.generate(["If it rains,"] * 4, decoding="constrained", causal_rules=CausalRuleSet(), **kwargs)
    assert sum(says(t[12:], forms) for t in free) >= 2
    done = model.generate(["If it rains,"] * 4, causal_rules=rules, causal_interventions={"rain": 0.0}, **kwargs)
    assert not any(says(t[12:], forms) for t in done)


def test_num_beams_and_lookahead_change_the_search(tokenizer, rules):
    model = word_model(tokenizer)
    rows: list[int] = []
    handle = model.register_forward_pre_hook(lambda module, args: rows.append(args[0].shape[0]))
    try:
        for beams in (1, 3):
            rows.clear()
            model.generate("If it rains,", max_new_tokens=6, do_sample=False, causal_rules=rules, num_beams=beams,
                           lookahead=0)
            assert max(rows) == beams
        calls = []
        for lookahead in (0, 2):
            rows.clear()
            model.generate("If it rains,", max_new_tokens=6, do_sample=False, causal_rules=rules, num_beams=2,
                           lookahead=lookahead)
            calls.append(len(rows))
        assert calls[1] > calls[0]
    finally:
        handle.remove()


def test_processors_mode_is_the_cheap_path_and_auto_picks_constrained_for_rules(tokenizer, rules):
    model = word_model(tokenizer)
    rows: list[int] = []
    handle = model.register_forward_pre_hook(lambda module, args: rows.append(args[0].shape[0]))
    kwargs = dict(max_new_tokens=6, do_sample=False, causal_rules=rules)
    try:
        model.generate("If it rains,", decoding="processors", **kwargs)
        assert set(rows) == {1}  # one row, one token at a time
        rows.clear()
        auto = model.generate("If it rains,", **kwargs)
        assert max(rows) > 1  # the beams
        rows.clear()
        model.generate("If it rains,", max_new_tokens=6, do_sample=False)  # no constraints: the cheap path
        assert set(rows) == {1}
    finally:
        handle.remove()
    assert model.generate("If it rains,", decoding="constrained", **kwargs) == auto


# ---------------------------------------------------------------------- bad input
@pytest.mark.parametrize(("arguments", "message"), [
    (dict(num_beams=0), "num_beams"),
    (dict(lookahead=-1), "lookahead"),
    (dict(constraint_weight=-1.0), "constraint_weight"),
    (dict(decoding="beam"), "decoding must be"),
])
def test_bad_search_arguments_are_named(tokenizer, rules, arguments, message):
    with pytest.raises(DataError, match=message):
        word_model(tokenizer).generate("If it rains,", causal_rules=rules, **arguments)


def test_an_effect_both_required_and_forbidden_is_a_named_error(tokenizer, rules):
    with pytest.raises(ConstraintConflictError, match="'wet_ground' is both required .* and forbidden"):
        word_model(tokenizer).generate("If it rains,", causal_rules=rules,
                                       causal_constraints={"forbidden_words": ["wet ground"]})


def test_a_forbidden_sub_word_of_a_required_effect_wins(tokenizer, rules):
    constraints = build_constraints(rules, "If it rains,", tokenizer, tokenizer.vocab_size, forbidden_words=["ground"])
    assert "wet_ground" not in constraints.required  # every form of it says "ground"
    assert list(constraints.required) == ["slippery_road"]
    assert constraints.required["slippery_road"][:2] == ["slippery road", "the road is slippery"]
    out = word_model(tokenizer).generate("If it rains,", max_new_tokens=12, do_sample=False, causal_rules=rules,
                                         causal_constraints={"forbidden_words": ["ground"]})
    assert not says(out[12:], ["ground"])
    assert says(out[12:], constraints.required["slippery_road"])  # the effect left is still stated


class WordTokenizer:
    """A word-level tokenizer that writes words it does not know as <unk>."""

    def __init__(self, words):
        self.words = ["<unk>", *words]
        self.vocab_size = len(self.words)
        self.eos_token_id = None
        self.pad_token_id = 0

    def encode(self, text):
        return [self.words.index(w) if w in self.words else 0 for w in re.findall(r"\w+|[^\w\s]", text)]

    def decode(self, ids):
        return "".join(" " + self.words[i] if self.words[i].isalnum() else self.words[i] for i in ids)


def test_a_required_effect_the_tokenizer_cannot_spell_is_a_named_error():
    tokenizer = WordTokenizer(["if", "it", "rains", ",", "the", "ground", "is", "wet", "."])
    rules = CausalRuleSet()
    rules.add_rule("rains", "frightened_dog", 1.0)
    torch.manual_seed(0)
    model = cnsg(vocab_size=tokenizer.vocab_size, d_model=16, n_heads=2, n_layers=1, max_seq_length=16)
    with pytest.raises(UnspellableConstraintError, match="cannot spell any form of 'frightened_dog'.*synonyms"):
        model.generate("if it rains,", causal_rules=rules, tokenizer=tokenizer)
    rules.add_variable("frightened_dog", synonyms=["the ground is wet"])  # a form it can spell
    out = model.generate("if it rains,", causal_rules=rules, tokenizer=tokenizer, max_new_tokens=6, do_sample=False)
    assert "the ground is wet" in out


def test_an_unknown_intervention_is_named_before_anything_is_generated(tokenizer, rules):
    with pytest.raises(UnknownVariableError, match="Did you mean 'rain'"):
        word_model(tokenizer).generate("If it rains,", causal_rules=rules, causal_interventions={"rian": 0.0})


# ---------------------------------------------------------------------- the key/value cache and the pruning
def _search(model, tokenizer, rules, max_new=10, **options):
    from causaltorch.text.constrained import constrained_search

    prompt = "If it rains,"
    ids = tokenizer.encode(prompt)
    constraints = build_constraints(rules, prompt, tokenizer, model.config.vocab_size)
    return constrained_search(model.eval(), ids, prompt, constraints, tokenizer, max_new=max_new, eos_ids=[],
                              num_beams=3, lookahead=2, **options)


def test_the_cached_search_writes_the_tokens_of_the_search_that_recomputes(tokenizer, rules):
    model = word_model(tokenizer)
    widths: list[int] = []
    handle = model.register_forward_pre_hook(lambda module, args: widths.append(args[0].shape[1]))
    try:
        cached = _search(model, tokenizer, rules, use_cache=True)
        fed_with_cache = list(widths)
        widths.clear()
        recomputed = _search(model, tokenizer, rules, use_cache=False)
    finally:
        handle.remove()
    assert cached == recomputed and len(cached) == 10
    assert fed_with_cache[0] == len(tokenizer.encode("If it rains,")) and set(fed_with_cache[1:]) == {1}
    assert max(widths) > len(tokenizer.encode("If it rains,"))  # without the cache every call reads it all again
    sampled = [model.generate("If it rains,", causal_rules=rules, max_new_tokens=8, use_cache=use,
                              generator=torch.Generator().manual_seed(3), top_k=None, top_p=1.0)
               for use in (True, False)]
    assert sampled[0] == sampled[1]


def test_rollouts_run_only_when_a_form_is_among_the_likeliest_tokens(tokenizer, rules):
    model = word_model(tokenizer)
    calls: list[int] = []
    handle = model.register_forward_pre_hook(lambda module, args: calls.append(args[0].shape[0]))
    counts = {}
    try:
        for top_k in (None, 0, 360):  # always / never (no token is among the 0 likeliest) / every token is
            calls.clear()
            _search(model, tokenizer, rules, max_new=1, rollout_top_k=top_k)
            counts[top_k] = list(calls)
    finally:
        handle.remove()
    # one step: the prompt's call, then the greedy rollout of the candidates (3 beams: the 3 likeliest and the 3
    # likeliest starting a form, 2 tokens deep: the lookahead) unless pruned (no form is under way at the start)
    assert counts[0] == [1]
    assert counts[None] == counts[360] == [1, 6, 6]


def test_a_bad_rollout_top_k_is_named(tokenizer, rules):
    with pytest.raises(DataError, match="rollout_top_k"):
        _search(word_model(tokenizer), tokenizer, rules, rollout_top_k=-1)


def test_constraints_follow_rules_changed_after_a_call(tokenizer):
    rules = CausalRuleSet()
    rules.add_variable("rain", synonyms=["rains"])
    rules.add_rule("rain", "wet_ground", 0.9)
    assert implied_effects(rules, "If it rains,") == ["wet_ground"]
    rules.add_rule("rain", "flood", 0.7)
    assert implied_effects(rules, "If it rains,") == ["wet_ground", "flood"]
    assert implied_effects(rules, "If it rains,", {"rain": 0.0}) == []


# ---------------------------------------------------------------------- what counts as stated, capitals, sampling
def test_a_negated_or_held_off_mention_does_not_state_the_effect():
    from causaltorch.text.constrained import states
    from causaltorch.text.surface_forms import whole_word_pattern

    pattern = whole_word_pattern(["rain", "wet ground"])
    for text in (" it did not rain.", " there was no wet ground.", " the chance of rain goes down.",
                 " there was less chance of wet ground.", " the cover can prevent wet ground.", " without rain."):
        assert not states(pattern, text), text
    for text in (" it will rain.", " wet ground, and the chance of rain goes down.", " no snow, but wet ground."):
        assert states(pattern, text), text
    assert not states(None, " rain")


def test_a_form_that_starts_a_sentence_is_offered_capitalised(tokenizer, rules):
    from causaltorch.text.constrained import _Beam, _Tracker

    forms = build_constraints(rules, "If it rains,", tokenizer, tokenizer.vocab_size).required
    constraints = build_constraints(rules, "If it rains,", tokenizer, tokenizer.vocab_size)
    beam = _Beam([], 0.0, "", frozenset())
    firsts = {}
    for prompt in ("If it rains,", "It rains."):
        offered = _Tracker(constraints, tokenizer, tokenizer.vocab_size, prompt).constraint_tokens(beam)
        firsts[prompt] = set(offered)  # no token written yet: only forms' first tokens
    lower = {tokenizer.encode(" " + form)[0] for names in forms.values() for form in names}
    upper = {tokenizer.encode(" " + form[0].upper() + form[1:])[0] for names in forms.values() for form in names}
    assert lower != upper
    assert firsts["If it rains,"] == lower and firsts["It rains."] == upper
    assert firsts["If it rains,"] and firsts["It rains."]


def test_sampled_candidates_are_drawn_without_replacement_from_the_filtered_distribution():
    from causaltorch.text.constrained import _pick

    logits = torch.tensor([[2.0, 1.0, 0.5, 0.0, -1.0, float("-inf")]])
    generator = torch.Generator().manual_seed(0)
    draws = 4000
    first = torch.zeros(6)
    for _ in range(draws):
        row = _pick(logits, 3, 1.0, None, 1.0, generator)[0]
        assert len(row) == len(set(row)) == 3 and 5 not in row  # without replacement, never the banned token
        first[row[0]] += 1
    assert torch.allclose(first / draws, torch.softmax(logits[0], -1), atol=0.03)
    kept = {t for _ in range(300) for t in _pick(logits, 2, 1.0, 2, 1.0, generator)[0]}
    assert kept == {0, 1}  # top-k 2: only the two likeliest
    # top-p 0.8: softmax of [2, 1, .5, 0, -1] is [.563, .207, .126, .076, .028]; the mass before token 2 is .770
    # (< .8: kept), before token 3 .896 (dropped), so the nucleus is {0, 1, 2}
    nucleus = {t for _ in range(300) for t in _pick(logits, 1, 1.0, None, 0.8, generator)[0]}
    assert nucleus == {0, 1, 2}
    assert _pick(logits, 8, 1.0, None, 1.0, generator)[0].__len__() == 5  # only five tokens are allowed
    assert _pick(logits, 2, 0.0, None, 1.0, generator) == [[0, 1]]  # greedy


# ---------------------------------------------------------------------- where a form may start (issue 16)
def test_a_form_may_start_within_the_constraint_weight_of_the_likeliest_token():
    from causaltorch.text.constrained import _start_floors

    logp = torch.tensor([[-0.1, -2.0, -5.0, -10.0], [-3.0, -1.0, -4.0, -0.5]])
    # row 0: the end of text (token 0) is the likeliest: the model would stop here, so any form may start (None);
    # row 1: its likeliest, token 3 at -0.5, less the weight
    assert _start_floors(logp, [0], 6.0) == [None, pytest.approx(-6.5, abs=1e-6)]
    assert _start_floors(logp, [], 6.0) == pytest.approx([-6.1, -6.5], abs=1e-6)  # no end-of-text token: row 0 too
    assert _start_floors(logp, [0], 2.0) == [None, pytest.approx(-2.5, abs=1e-6)]
    assert _start_floors(logp, [0], 6.0, lift=True) == [None, None]  # the budget's end: no floor anywhere


def test_a_form_whose_first_token_is_far_below_the_likeliest_is_not_offered_but_one_under_way_goes_on(tokenizer,
                                                                                                      rules):
    from causaltorch.text.constrained import _Beam, _Tracker

    constraints = build_constraints(rules, "If it rains,", tokenizer, tokenizer.vocab_size)
    tracker = _Tracker(constraints, tokenizer, tokenizer.vocab_size, "If it rains,")
    start = _Beam([], 0.0, "", frozenset())
    firsts = set(tracker.constraint_tokens(start))
    sunk = tokenizer.encode(" wet ground")[0]
    assert sunk in firsts and len(firsts) > 1
    scores = torch.full((tokenizer.vocab_size,), -1.0)
    scores[sunk] = -7.5  # 6.5 below the likeliest: more than the weight 6 pays for
    assert set(tracker.constraint_tokens(start, scores, -1.0 - 6.0)) == firsts - {sunk}
    scores[sunk] = -6.5  # 5.5 below: within it
    assert set(tracker.constraint_tokens(start, scores, -1.0 - 6.0)) == firsts
    # a form under way is continued however unlikely its next token
    seq = tokenizer.encode(" wet ground")
    assert len(seq) >= 2
    beam = _Beam([seq[0]], -1.0, tokenizer.decode([seq[0]]), frozenset())
    scores[:] = -1.0
    scores[seq[1]] = -30.0
    assert seq[1] in tracker.constraint_tokens(beam, scores, -7.0)


def test_the_search_does_not_splice_in_a_form_the_model_finds_far_less_likely_than_its_own_next_word(tokenizer,
                                                                                                     rules):
    from causaltorch.text.constrained import _Tracker

    model = word_model(tokenizer)
    constraints = build_constraints(rules, "If it rains,", tokenizer, tokenizer.vocab_size)
    tracker = _Tracker(constraints, tokenizer, tokenizer.vocab_size, "If it rains,")
    firsts = sorted({seq[0] for spellings in tracker.sequences.values() for spelled in spellings for seq in spelled})
    forms = [form for names in constraints.required.values() for form in names]

    def sink(amount):
        def processor(input_ids, scores):
            scores[:, firsts] -= amount
            return scores
        return processor

    said, texts = {}, {}
    for amount in (2.0, 12.0):  # every form's first token this far below where the untrained model puts it
        texts[amount] = model.generate("If it rains,", max_new_tokens=12, do_sample=False, causal_rules=rules,
                                       logits_processor=[sink(amount)])[len("If it rains,"):]
        said[amount] = says(texts[amount], forms)
    assert said[2.0] and texts[2.0].startswith(" the ground")  # within the weight (6): the bonus pays for it at once
    # beyond it: no place the model would start it, so the model writes its own words until the budget has room only
    # for the form (then the floor lifts and the constraint is still met, at the end, not spliced in early)
    assert said[12.0]
    own = model.generate("If it rains,", max_new_tokens=12, do_sample=False,
                         logits_processor=[sink(12.0)])[len("If it rains,"):]
    start = texts[12.0].index(" the ground")
    assert start > 0 and own.startswith(texts[12.0][:start])
