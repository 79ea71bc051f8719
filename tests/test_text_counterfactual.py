"""Counterfactual rewriting under do() (`causaltorch.text.counterfactual`) and ``causaltorch text counterfactual``."""

import pytest

from causaltorch.cli import main
from causaltorch.errors import DataError, InterventionError, UnknownVariableError
from causaltorch.rules import CausalRuleSet
from causaltorch.text.counterfactual import negate_clause, rewrite_counterfactual


@pytest.fixture()
def rules():
    rules = CausalRuleSet()
    rules.add_variable("rain", synonyms=["it rained", "it rains"], forms={"noun": ["rain"]})
    rules.add_variable("wet_ground", synonyms=["the ground got wet", "the ground gets wet"])
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule("sprinkler", "wet_ground", 0.8)
    rules.add_rule("lightning", "thunder", 0.95)
    return rules


@pytest.mark.parametrize(("clause", "negated"), [
    ("it rained", "it did not rain"), ("it rains", "it does not rain"),
    ("the ground was wet", "the ground was not wet"), ("the ground gets wet", "the ground does not get wet"),
    ("the roads get slippery", "the roads do not get slippery"), ("the pipes froze", "the pipes did not freeze"),
    ("wet ground", "no wet ground"),
])
def test_clauses_are_negated(clause, negated):
    assert negate_clause(clause, noun=clause == "wet ground") == negated


def test_the_cause_and_its_effects_are_negated_and_the_rest_kept(rules):
    result = rewrite_counterfactual(rules, "It rained, so the ground got wet. The cat slept.", {"rain": 0})
    assert result.rewritten == "It did not rain, so the ground did not get wet. The cat slept."
    assert result.negated == ["rain", "wet_ground"]


def test_an_effect_with_another_stated_cause_is_kept(rules):
    text = "It rained and the sprinkler ran, so the ground got wet."
    result = rewrite_counterfactual(rules, text, {"rain": 0})
    assert result.rewritten.endswith("so the ground got wet.")  # the sprinkler still wets it
    assert "wet_ground" in result.kept and result.negated == ["rain"]


def test_an_unrelated_intervention_changes_nothing(rules):
    text = "It rained, so the ground got wet."
    assert rewrite_counterfactual(rules, text, {"lightning": 0}).rewritten == text


def test_bad_counterfactual_input_is_named(rules):
    with pytest.raises(UnknownVariableError, match="Did you mean 'rain'"):
        rewrite_counterfactual(rules, "It rained.", {"rian": 0})
    with pytest.raises(InterventionError):
        rewrite_counterfactual(rules, "It rained.", {"rain": 3})
    with pytest.raises(DataError, match="at least one intervention"):
        rewrite_counterfactual(rules, "It rained.", {})
    with pytest.raises(DataError, match="Give some text"):
        rewrite_counterfactual(rules, "  ", {"rain": 0})


def test_the_cli_rewrites_with_the_bundled_knowledge_base(capsys):
    assert main(["text", "counterfactual", "It rained, so the ground got wet.", "--do", "rain=0"]) == 0
    out = capsys.readouterr().out
    assert "It did not rain, so the ground did not get wet." in out


def test_the_cli_names_an_unknown_variable(capsys):
    assert main(["text", "counterfactual", "It rained.", "--do", "rian=0"]) == 2
    assert "error: Unknown variable 'rian'" in capsys.readouterr().err


@pytest.mark.parametrize(("text", "do", "expected"), [
    ("If it rains, the ground gets wet and the roads get slippery.", {"rain": 0},
     "If it does not rain, the ground does not get wet and the roads do not get slippery."),
    ("It snowed, so the roads were icy, and then there were accidents on the road.", {"snow": 0},
     "It did not snow, so the roads were not icy, and then there were no accidents on the road."),
    ("The pipes froze, so the pipes burst and the streets flooded.", {"frozen_pipes": 0},
     "The pipes did not freeze, so the pipes did not burst and the streets did not flood."),
    ("She kept smoking, so she got lung disease.", {"smoking": 0},
     "She did not keep smoking, so she did not get lung disease."),
    ("The engine overheated because the coolant leaked.", {"coolant_leak": 0},
     "The engine did not overheat because the coolant did not leak."),
    ("Rain fell all night.", {"rain": 0}, "No rain fell all night."),
])
def test_counterfactuals_of_the_knowledge_base_read_as_english(text, do, expected):
    from causaltorch.text.corpus import knowledge_base

    assert rewrite_counterfactual(knowledge_base(), text, do).rewritten == expected


def test_a_noun_after_a_determiner_takes_no_in_its_place():
    rules = CausalRuleSet()
    rules.add_rule("thunderstorm", "frightened_dog", 1.0)
    assert rewrite_counterfactual(rules, "There was a thunderstorm, so the dog got frightened.",
                                  {"thunderstorm": 0}).rewritten == \
        "There was no thunderstorm, so the dog did not get frightened."
    came = rewrite_counterfactual(rules, "The thunderstorm came and the dog was frightened.", {"thunderstorm": 0})
    assert came.rewritten == "No thunderstorm came and the dog was not frightened."


@pytest.mark.parametrize(("text", "word", "negated"), [
    ("It did not rain, so", "rain", True), ("It didn't rain", "rain", True), ("Without rain, crops fail", "rain", True),
    ("The rain did not come", "rain", True), ("no wet ground", "wet ground", True),
    ("The ground stays dry because it did not rain", "rain", True),
    ("It rained, so the ground got wet", "rained", False), ("No rain fell, and then it rained", "rained", False),
    ("It was not raining but the rain came", "rain", False),
])
def test_negated_mentions_are_told_apart(text, word, negated):
    from causaltorch.text.surface_forms import is_negated

    start = text.rfind(word)
    assert is_negated(text, start, start + len(word)) is negated


def test_the_matcher_can_skip_negated_mentions():
    from causaltorch.text.surface_forms import SurfaceFormMatcher

    rules = CausalRuleSet()
    rules.add_variable("rain", synonyms=["rained"])
    rules.add_rule("rain", "wet_ground", 0.9)
    matcher = SurfaceFormMatcher(rules)
    text = "It did not rain, so the ground stays dry. Later it rained and there was wet ground."
    assert matcher.scan(text) == ({0, 1}, set())
    assert matcher.scan("It did not rain, so no wet ground.", skip_negated=True) == (set(), set())
    assert matcher.scan(text, skip_negated=True) == ({0, 1}, set())  # the later, affirmed mentions
