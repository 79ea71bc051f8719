"""The text pattern miner: causal statements → rules, negations ignored, counts → strengths."""

from __future__ import annotations

import pytest
import torch

from causaltorch.discovery.text import CausalDiscoveryModule, CausalTextMiner, mine_rules
from causaltorch.errors import RuleValidationError

HAND_WRITTEN = """
Smoking causes lung cancer.
If the temperature drops, then the pipes freeze.
Deforestation leads to soil erosion.
Heavy rain results in flooding.
The match was cancelled because of the storm.
Crops failed because drought struck.
Stress can cause insomnia.
Lung cancer is caused by asbestos.
"""

EXPECTED = {
    ("smoking", "lung_cancer"), ("temperature_drops", "pipes_freeze"), ("deforestation", "soil_erosion"),
    ("heavy_rain", "flooding"), ("storm", "match"), ("drought_struck", "crops_failed"),
    ("stress", "insomnia"), ("asbestos", "lung_cancer"),
}


def pairs(ruleset) -> set[tuple[str, str]]:
    return {(rule.cause, rule.effect) for rule in ruleset.rules}


def test_miner_extracts_the_pairs_of_hand_written_sentences():
    assert pairs(mine_rules(HAND_WRITTEN)) == EXPECTED


def test_negated_statements_are_ignored():
    text = "Vaccines do not cause autism. Coffee doesn't lead to dehydration. Cold weather never causes colds."
    assert len(mine_rules(text)) == 0


def test_a_denial_weakens_a_rule_and_enough_denials_remove_it():
    supported = mine_rules(["Smoking causes cancer.", "Smoking causes cancer.", "Smoking does not cause cancer."])
    assert supported.get_rule("smoking", "cancer").strength == pytest.approx(2 / 4)
    denied = mine_rules(["Smoking causes cancer.", "Smoking does not cause cancer."])
    assert ("smoking", "cancer") not in pairs(denied)


def test_strength_grows_with_the_number_of_mentions():
    once = mine_rules("Rain causes floods.").get_rule("rain", "floods")
    thrice = mine_rules("Rain causes floods. Rain leads to floods. Rain results in floods.").get_rule(
        "rain", "floods")
    assert (once.strength, thrice.strength) == (pytest.approx(0.5), pytest.approx(0.75))
    assert thrice.metadata["support"] == 3


def test_multi_word_phrases_become_underscored_variables_without_articles():
    rules = mine_rules("The heavy winter storm leads to the power outage in the city.")
    assert pairs(rules) == {("heavy_winter_storm", "power_outage")}


def test_a_mined_cycle_keeps_the_better_supported_direction():
    rules = mine_rules("Poverty causes crime. Poverty leads to crime. Crime causes poverty.")
    assert pairs(rules) == {("poverty", "crime")}


def test_synonyms_merge_phrases_into_one_variable():
    miner = CausalTextMiner(synonyms={"rain": ["rainfall", "heavy rain"]})
    rules = miner.mine("Rainfall causes floods. Heavy rain causes floods.")
    assert pairs(rules) == {("rain", "floods")}


def test_min_support_drops_pairs_mentioned_too_rarely():
    rules = CausalTextMiner(min_support=2).mine("Rain causes floods. Rain causes floods. Wind causes waves.")
    assert pairs(rules) == {("rain", "floods")}


def test_bad_miner_settings_are_refused():
    with pytest.raises(RuleValidationError, match="max_words"):
        CausalTextMiner(max_words=0)


class _CharacterTokenizer:
    def decode(self, ids: list[int]) -> str:
        return "".join(chr(i) for i in ids)


def test_causal_discovery_module_mines_rules_from_token_ids_skipping_padding():
    text = "Rain causes floods."
    ids = torch.tensor([[ord(c) for c in text] + [0, 0]])
    mask = torch.tensor([[1] * len(text) + [0, 0]])
    rules = CausalDiscoveryModule(tokenizer=_CharacterTokenizer())(ids, attention_mask=mask)
    assert pairs(rules) == {("rain", "floods")}


def test_causal_discovery_module_without_a_tokenizer_says_what_to_pass():
    with pytest.raises(RuleValidationError, match="needs a tokenizer"):
        CausalDiscoveryModule()(torch.tensor([[1, 2]]))


def test_known_forms_are_matched_whole_even_across_boundary_words():
    miner = CausalTextMiner(synonyms={"no_start": ["the car would not start"], "battery": ["a dead battery"]})
    rules = miner.mine("The car would not start because of a dead battery.")
    assert pairs(rules) == {("battery", "no_start")}
