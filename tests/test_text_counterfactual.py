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
