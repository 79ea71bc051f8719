"""whole_word_pattern: the one regex over surface forms that generation and the Causal Fidelity Score share."""

import pytest

from causaltorch import CausalRuleSet
from causaltorch.metrics.text import _phrase_pattern
from causaltorch.text.surface_forms import SurfaceFormMatcher, whole_word_pattern


def spans(pattern, text):
    return [(match.start(1), match.end(1)) for match in pattern.finditer(text)]


def test_a_form_matches_only_as_whole_words_in_any_case_and_spacing():
    pattern = whole_word_pattern(["wet ground"])
    assert spans(pattern, "The Wet \n Ground.") == [(4, 16)]
    assert spans(pattern, "wetground, wet grounds, the_wet ground") == []


def test_the_longest_form_wins_at_one_position():
    pattern = whole_word_pattern(["wet", "wet ground"])
    assert [match.group(1) for match in pattern.finditer("wet ground, wet")] == ["wet ground", "wet"]


def test_overlapping_scans_find_a_form_that_starts_inside_another_match():
    forms = ["heavy rain", "rain storm"]
    text = "heavy rain storm"
    assert spans(whole_word_pattern(forms), text) == [(0, 10)]
    assert spans(whole_word_pattern(forms, overlapping=True), text) == [(0, 10), (6, 16)]


@pytest.mark.parametrize("forms", [[], ["", "  \n"]])
def test_blank_forms_give_no_pattern(forms):
    assert whole_word_pattern(forms) is None


def test_generation_and_cfs_match_a_variable_in_the_same_places():
    rules = CausalRuleSet()
    rules.add_variable("wet_ground", synonyms=["soaked ground", "puddles"])
    text = "Puddles formed; the WET  ground was soaked ground, not wetground."
    complete, _ = SurfaceFormMatcher(rules).scan(text)
    cfs_hits = [match.span() for match in _phrase_pattern(rules.surface_forms("wet_ground")).finditer(text)]
    assert complete == {0}
    assert cfs_hits == [(0, 7), (20, 31), (36, 49)]
    assert cfs_hits == spans(whole_word_pattern([form.lower() for form in rules.surface_forms("wet_ground")],
                                                overlapping=True), text)


# ---------------------------------------------------------------------- forms derived from a variable's name
def test_forms_are_derived_from_a_modifier_head_name():
    from causaltorch.text.surface_forms import derived_forms

    assert derived_forms("frightened_dog") == ["frightened dog", "the dog is frightened", "the dog gets frightened",
                                               "the dog got frightened", "the dog was frightened"]
    assert derived_forms("slippery_roads")[1:3] == ["the roads are slippery", "the roads get slippery"]
    assert derived_forms("wear_and_tear") == ["wear and tear"]  # a function word: no clause
    assert derived_forms("rain") == ["rain"]


def test_realisations_add_metadata_forms_and_derive_only_without_synonyms():
    from causaltorch.text.surface_forms import realisations

    rules = CausalRuleSet()
    rules.add_rule("thunderstorm", "frightened_dog", 1.0)
    assert "the dog is frightened" in realisations(rules, "frightened_dog")
    rules.add_variable("frightened_dog", synonyms=["scared dog"])
    assert realisations(rules, "frightened_dog") == ["frightened dog", "scared dog"]
    rules.add_variable("thunderstorm", forms={"past": ["a storm broke"]})
    assert realisations(rules, "thunderstorm") == ["thunderstorm", "a storm broke"]
    assert rules.surface_forms("frightened_dog") == ["frightened dog", "scared dog"]  # unchanged for the CFS


def test_the_matcher_can_match_realisations():
    from causaltorch.text.surface_forms import realisations

    rules = CausalRuleSet()
    rules.add_rule("thunderstorm", "frightened_dog", 1.0)
    forms = {name: realisations(rules, name) for name in rules.variables}
    assert SurfaceFormMatcher(rules, forms).scan("In the storm the dog got frightened.")[0] == {1}
    assert SurfaceFormMatcher(rules).scan("In the storm the dog got frightened.")[0] == set()
