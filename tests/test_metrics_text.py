"""Causal Fidelity Score and perplexity: matching, hand-derivable values, rule injection on a trained model."""

import math

import pytest
import torch

from causaltorch import CausalRuleSet
from causaltorch.errors import DataError
from causaltorch.metrics import calculate_cfs, perplexity
from causaltorch.models import cnsg

pytest.importorskip("lightning")


@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.from_pretrained("causal-basic")


@pytest.fixture(scope="module")
def knowledge():
    from causaltorch.text.corpus import knowledge_base

    return knowledge_base()


def pair_rules(knowledge, cause, effect):
    """One rule of the knowledge base, with both variables' surface forms."""
    rules = CausalRuleSet()
    for name in (cause, effect):
        rules.add_variable(name, **knowledge.variable_metadata(name))
    rules.add_rule(knowledge.get_rule(cause, effect))
    return rules


@pytest.fixture(scope="module")
def trained(tokenizer, tmp_path_factory):
    """A tiny model trained briefly on the bundled corpus, which never states the held-out pairs."""
    import lightning

    from causaltorch.text.corpus import load_corpus
    from causaltorch.training import CausalLMModule, TokenDataModule, make_trainer, prepare_tokens

    out = tmp_path_factory.mktemp("trained")
    tokens = prepare_tokens(load_corpus("train")[:4000], tokenizer, out / "train.bin")
    lightning.seed_everything(0, verbose=False)
    model = cnsg(tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=2, max_seq_length=48)
    model.tokenizer = tokenizer
    trainer = make_trainer(60, out, progress_bar="none", logger=False)
    trainer.fit(CausalLMModule(model, learning_rate=3e-3, warmup_steps=5), datamodule=TokenDataModule(tokens, 32, 16))
    return model.eval()


class Scripted(torch.nn.Module):
    """A stand-in model whose generate() appends a fixed continuation to each prompt."""

    def __init__(self, continuations, rules=None):
        super().__init__()
        self.continuations = continuations
        self.causal_rules = rules or CausalRuleSet()
        self.calls = []

    def generate(self, prompts, **options):
        self.calls.append(options)
        return [prompt + self.continuations[prompt] for prompt in prompts]


# ---------------------------------------------------------------------- CFS
def test_cfs_counts_whole_word_effect_forms_in_the_continuation_only(tokenizer, knowledge):
    model = Scripted({
        "If it rains,": " The Ground  Gets Wet.",  # a synonym of wet_ground, other case and spacing
        "When it rains,": " the wetland grew.",  # 'wet' inside a word is no match
        "The ground was wet, so": " nothing.",  # the effect only in the prompt
        "It rained, so": " puddles formed.",  # another surface form
    })
    cases = [(prompt, "wet_ground") for prompt in model.continuations]
    assert calculate_cfs(model, cases, tokenizer, rules=knowledge) == 0.5


def test_cfs_takes_phrases_when_the_effect_is_no_variable(tokenizer):
    model = Scripted({"If it snows,": " black ice forms.", "When it snows,": " kids play."})
    cases = [("If it snows,", ["icy roads", "black ice"]), ("When it snows,", "icy roads")]
    score, continuations = calculate_cfs(model, cases, tokenizer, guided=False, return_continuations=True)
    assert score == 0.5 and continuations == [" black ice forms.", " kids play."]


def test_cfs_unguided_turns_rule_guidance_off_and_is_greedy_by_default(tokenizer, knowledge):
    model = Scripted({"If it rains,": " wet ground."}, rules=knowledge)
    calculate_cfs(model, [("If it rains,", "wet_ground")], tokenizer, guided=False)
    calculate_cfs(model, [("If it rains,", "wet_ground")], tokenizer, rules=knowledge, rule_strength=7.0)
    plain, guided = model.calls
    assert len(plain["causal_rules"]) == 0 and plain["do_sample"] is False
    assert guided["causal_rules"] == knowledge and guided["rule_strength"] == 7.0


def test_cfs_decoding_reaches_generate_and_defaults_to_the_processors(tokenizer, knowledge):
    model = Scripted({"If it rains,": " wet ground."}, rules=knowledge)
    calculate_cfs(model, [("If it rains,", "wet_ground")], tokenizer)
    calculate_cfs(model, [("If it rains,", "wet_ground")], tokenizer, decoding="auto")
    assert [call["decoding"] for call in model.calls] == ["processors", "auto"]


def test_cfs_without_rules_given_is_guided_by_the_models_own_rules(tokenizer, knowledge):
    model = Scripted({"If it rains,": " wet ground."}, rules=knowledge)
    assert calculate_cfs(model, [("If it rains,", "wet_ground")], tokenizer) == 1.0
    assert model.calls[0]["causal_rules"] is knowledge


def test_cfs_of_a_model_without_rules_needs_rules_or_guided_false(tokenizer):
    model = Scripted({"If it rains,": " wet ground."})
    with pytest.raises(DataError, match="the model has none: pass rules=.*guided=False"):
        calculate_cfs(model, [("If it rains,", "wet ground")], tokenizer)
    assert model.calls == []
    assert calculate_cfs(model, [("If it rains,", "wet ground")], tokenizer, guided=False) == 1.0


@pytest.mark.parametrize("cases, message", [
    ([], "at least one"),
    ([("", "rain")], "non-empty prompt"),
    ([("If it rains,", 3)], "expected effect"),
    ([("If it rains,", ["  "])], "blank"),
])
def test_bad_cfs_cases_are_named(tokenizer, cases, message):
    with pytest.raises(DataError, match=message):
        calculate_cfs(Scripted({}), cases, tokenizer)


def test_cfs_interventions_need_rules(tokenizer):
    with pytest.raises(DataError, match="pass rules"):
        calculate_cfs(Scripted({}), [("If it rains,", "wet")], tokenizer, causal_interventions={"rain": 0.0})


def test_cfs_of_held_out_pairs_rises_from_zero_to_at_least_0_9_when_their_rules_are_given(trained, knowledge):
    from causaltorch.text.demo import heldout_cases

    for cause, effect in (("snow", "icy_roads"), ("overcooking", "burnt_food")):
        cases = [case for case in heldout_cases() if case[1] == effect]
        forms = knowledge.surface_forms(effect)
        without = calculate_cfs(trained, [(prompt, forms) for prompt, _ in cases], guided=False, max_new_tokens=16)
        with_rule = calculate_cfs(trained, cases, rules=pair_rules(knowledge, cause, effect), max_new_tokens=16)
        assert len(cases) == 3 and without == 0.0 and with_rule >= 0.9


# ---------------------------------------------------------------------- perplexity
class Uniform(torch.nn.Module):
    """Equal logits for every token: perplexity is exactly the vocabulary size."""

    def __init__(self, vocab_size):
        super().__init__()
        self.config = type("Config", (), {"max_seq_length": 64, "vocab_size": vocab_size})()
        self.weight = torch.nn.Parameter(torch.zeros(1))

    def forward(self, input_ids, attention_mask=None):
        return type("Out", (), {"logits": torch.zeros(*input_ids.shape, self.config.vocab_size)})()


def test_perplexity_of_uniform_logits_is_the_vocabulary_size(tokenizer):
    model = Uniform(tokenizer.vocab_size)
    value = perplexity(model, ["If it rains, the ground gets wet.", "Hello."], tokenizer, batch_size=1)
    assert value == pytest.approx(tokenizer.vocab_size, rel=1e-5)


def test_perplexity_is_exp_of_the_models_own_loss_after_the_start_token(trained, tokenizer):
    text = "If it rains, the ground gets wet."
    ids = torch.tensor([[tokenizer.eos_token_id, *tokenizer.encode(text)]])
    with torch.no_grad():
        loss = float(trained(ids, labels=ids).loss)
    assert perplexity(trained, [text]) == pytest.approx(math.exp(loss), rel=1e-5)


def test_left_padding_in_a_batch_does_not_change_perplexity(trained):
    texts = ["If it rains, the ground gets wet.", "Hi.", "The cat slept on the warm mat all day long."]
    batched = perplexity(trained, texts, batch_size=3)
    nll = sum(math.log(perplexity(trained, [t])) * n for t, n in zip(texts, _predicted(trained.tokenizer, texts)))
    assert batched == pytest.approx(math.exp(nll / sum(_predicted(trained.tokenizer, texts))), rel=1e-4)


def _predicted(tokenizer, texts):
    return [len(tokenizer.encode(text)) for text in texts]


def test_rule_biasing_of_strength_zero_leaves_perplexity_unchanged(trained, knowledge):
    texts = ["If it rains, the ground gets wet.", "It snowed, so the roads were icy."]
    assert perplexity(trained, texts, rules=knowledge, rule_strength=0.0) == pytest.approx(perplexity(trained, texts),
                                                                                           rel=1e-6)


def test_rule_biasing_toward_the_stated_effect_lowers_its_perplexity(trained, knowledge):
    text = ["It snowed, so the roads were icy."]
    rules = pair_rules(knowledge, "snow", "icy_roads")
    assert perplexity(trained, text, rules=rules) < perplexity(trained, text)


def test_text_stating_a_variable_suppressed_by_do_is_impossible(trained, knowledge):
    rules = pair_rules(knowledge, "snow", "icy_roads")
    assert perplexity(trained, ["It snowed, so the roads were icy."], rules=rules,
                      causal_interventions={"snow": 0.0}) == math.inf


@pytest.mark.parametrize("texts, options, message", [
    ([], {}, "non-empty list"),
    (["   "], {}, "blank"),
    (["word " * 80], {}, "max_seq_length"),
    (["fine"], {"causal_interventions": {"rain": 0.0}}, "pass rules"),
    (["fine"], {"batch_size": 0}, "batch_size"),
])
def test_bad_perplexity_input_is_named(trained, texts, options, message):
    with pytest.raises(DataError, match=message):
        perplexity(trained, texts, **options)
