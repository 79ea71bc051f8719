"""Rule files under careless and hostile input (issue 14): formats that only look like rules, values of the
wrong type, mechanisms `scm sample` cannot build, and graphs large enough to expose a cubic cycle check."""

from __future__ import annotations

import json
import time

import pytest

from causaltorch import CausalRule, CausalRuleSet, StructuralCausalModel
from causaltorch.cli import main
from causaltorch.errors import CausalGraphError, RuleValidationError


def write(tmp_path, name: str, data) -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def one_error_line(code: int, captured) -> str:
    assert code == 2, captured
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), captured.err
    return lines[0]


# ------------------------------------------------------------------ the legacy form must look like one
def test_a_name_and_a_description_alone_are_not_two_rules():
    with pytest.raises(RuleValidationError, match="no 'cause_effect_pairs'"):
        CausalRuleSet.from_dict({"name": "my rules", "description": "rules about the weather"})


def test_a_legacy_cause_whose_value_is_a_bare_string_is_refused():
    with pytest.raises(RuleValidationError, match="'rain' is not a rule"):
        CausalRuleSet.from_dict({"rain": "wet_ground"})


def test_a_legacy_cause_with_an_empty_list_of_effects_is_refused():
    with pytest.raises(RuleValidationError, match="'rain' is not a rule"):
        CausalRuleSet.from_dict({"rain": []})


def test_the_legacy_form_with_mappings_and_lists_of_mappings_still_loads():
    rules = CausalRuleSet.from_dict({"rain": [{"effect": "wet", "strength": 0.9}, {"effect": "cold"}],
                                     "wet": {"effect": "slip", "intensity": 0.5}})
    assert [(r.cause, r.effect, r.strength) for r in rules] == [("rain", "wet", 0.9), ("rain", "cold", 1.0),
                                                               ("wet", "slip", 0.5)]


def test_rules_validate_refuses_a_file_that_is_only_a_name_and_a_description(tmp_path, capsys):
    path = write(tmp_path, "named.json", {"name": "my rules", "description": "…"})
    line = one_error_line(main(["rules", "validate", path]), capsys.readouterr())
    assert "cause_effect_pairs" in line


@pytest.mark.parametrize("text", ["{}", '{"cause_effect_pairs": []}', "", "# nothing\n"])
def test_an_empty_rule_file_is_refused_when_loaded(tmp_path, text):
    suffix = "json" if text.startswith("{") else "yaml"
    with pytest.raises(RuleValidationError, match="declares no variables and no rules"):
        CausalRuleSet.load(write(tmp_path, f"empty.{suffix}", text))


def test_an_empty_rule_set_cannot_build_a_model():
    with pytest.raises(RuleValidationError, match="needs at least one variable"):
        StructuralCausalModel(CausalRuleSet())


@pytest.mark.parametrize("command", [["rules", "validate"], ["scm", "sample"]])
def test_validate_and_sample_refuse_an_empty_rule_file_alike(tmp_path, capsys, command):
    path = write(tmp_path, "empty.json", "{}")
    line = one_error_line(main([*command, path]), capsys.readouterr())
    assert "declares no variables and no rules" in line


# ------------------------------------------------------------------ validate checks what sample checks
@pytest.mark.parametrize("command", [["rules", "validate"], ["scm", "sample"], ["rules", "show"]])
def test_an_unknown_mechanism_fails_every_command_with_the_same_message(tmp_path, capsys, command):
    path = write(tmp_path, "banana.json", {"cause_effect_pairs": [
        {"cause": "a", "effect": "b", "mechanism": "linaer"}]})
    line = one_error_line(main([*command, path]), capsys.readouterr())
    assert "unknown mechanism 'linaer'. Did you mean 'linear'?" in line


def test_an_unknown_mechanism_in_a_variables_metadata_is_refused():
    with pytest.raises(RuleValidationError, match="Variable 'a': unknown mechanism 'banana'"):
        CausalRuleSet.from_dict({"variables": {"a": {"mechanism": "banana"}}, "cause_effect_pairs": []})


def test_rules_naming_two_mechanisms_for_one_effect_are_refused_when_read(tmp_path, capsys):
    path = write(tmp_path, "two.json", {"cause_effect_pairs": [
        {"cause": "a", "effect": "c", "mechanism": "linear"}, {"cause": "b", "effect": "c", "mechanism": "mlp"}]})
    line = one_error_line(main(["rules", "validate", path]), capsys.readouterr())
    assert "one variable has one mechanism" in line


def test_the_mechanism_a_model_uses_is_the_one_the_rules_name():
    rules = CausalRuleSet.from_dict({"variables": {"root": {"mechanism": "linear"}}, "cause_effect_pairs": [
        {"cause": "root", "effect": "x"}, {"cause": "y", "effect": "x", "mechanism": "linear"}]})
    assert [rules.mechanism_of(v) for v in rules.variables] == ["linear", "linear", "noisy_or"]


# ------------------------------------------------------------------ numbers are numbers, never booleans
@pytest.mark.parametrize("field, value", [
    ("strength", True), ("strength", False), ("strength", "0.5"), ("temporal_offset", True), ("duration", True),
    ("temporal_offset", 1.5),
])
def test_a_boolean_or_a_string_where_a_rule_needs_a_number_is_refused(field, value):
    with pytest.raises(RuleValidationError, match=field):
        CausalRule.from_dict({"cause": "a", "effect": "b", field: value})


@pytest.mark.parametrize("value", [True, "2", float("nan")])
def test_a_metadata_weight_that_is_not_a_finite_number_is_refused(value):
    with pytest.raises(RuleValidationError, match="metadata weight"):
        CausalRule("a", "b", 0.5, metadata={"weight": value})


@pytest.mark.parametrize("meta", [{"base_rate": True}, {"synonyms": 5}, {"synonyms": "rain"}])
def test_variable_metadata_of_the_wrong_type_is_refused(meta):
    with pytest.raises(RuleValidationError):
        CausalRuleSet.from_dict({"variables": {"a": meta}, "cause_effect_pairs": []})


def test_a_name_that_is_not_a_string_is_refused():
    with pytest.raises(RuleValidationError, match="'name' must be a string"):
        CausalRuleSet.from_dict({"name": 5, "cause_effect_pairs": [{"cause": "a", "effect": "b"}]})


def test_strength_true_in_a_file_is_one_error_line_not_a_strength_of_one(tmp_path, capsys):
    path = write(tmp_path, "bool.json", '{"cause_effect_pairs": [{"cause": "a", "effect": "b", "strength": true}]}')
    line = one_error_line(main(["rules", "validate", path]), capsys.readouterr())
    assert "strength must be a number in [-1, 1]" in line and "got True" in line


# ------------------------------------------------------------------ cycles: linear time, still caught and named
def chain_pairs(n: int, reverse: bool) -> list[dict]:
    pairs = [{"cause": f"v{i}", "effect": f"v{i + 1}", "strength": 0.5} for i in range(n - 1)]
    return pairs[::-1] if reverse else pairs


@pytest.mark.parametrize("reverse", [False, True], ids=["topological", "reversed"])
def test_loading_a_3000_edge_chain_takes_linear_time_in_either_order(reverse):
    # The old check searched the graph once per rule, scanning every rule per step: about 60 s reversed here.
    start = time.perf_counter()
    rules = CausalRuleSet.from_dict({"cause_effect_pairs": chain_pairs(3000, reverse)})
    model = StructuralCausalModel(rules)
    assert time.perf_counter() - start < 3.0
    assert model.order == [f"v{i}" for i in range(3000)]


@pytest.mark.parametrize("reverse", [False, True], ids=["topological", "reversed"])
def test_adding_3000_rules_one_by_one_takes_linear_time_in_either_order(reverse):
    rules = CausalRuleSet()
    start = time.perf_counter()
    for pair in chain_pairs(3000, reverse):
        rules.add_rule(pair["cause"], pair["effect"], pair["strength"])
    assert time.perf_counter() - start < 3.0
    assert rules.topological_order()[:3] == ["v0", "v1", "v2"]


def test_a_cycle_closing_a_long_chain_is_caught_and_named_in_a_bulk_load():
    pairs = chain_pairs(2000, reverse=True) + [{"cause": "v1999", "effect": "v0"}]
    with pytest.raises(CausalGraphError, match=r"The rule v1999 -> v0 creates an instantaneous cycle: v1999 -> v0 -> "
                                               r"v1 -> .* -> v1998 -> v1999\."):
        CausalRuleSet.from_dict({"cause_effect_pairs": pairs})


def test_a_cycle_in_the_middle_of_a_file_is_named_by_its_last_rule():
    pairs = [{"cause": "a", "effect": "b"}, {"cause": "x", "effect": "y"}, {"cause": "b", "effect": "c"},
             {"cause": "c", "effect": "a"}, {"cause": "y", "effect": "z"}]
    with pytest.raises(CausalGraphError, match=r"c -> a creates an instantaneous cycle: c -> a -> b -> c\."):
        CausalRuleSet.from_dict({"cause_effect_pairs": pairs})


def test_add_rule_names_the_cycle_found_by_its_two_sided_search():
    rules = CausalRuleSet.from_dict({"cause_effect_pairs": chain_pairs(50, reverse=False)})
    with pytest.raises(CausalGraphError, match=r"Adding v49 -> v0 would create an instantaneous cycle: v49 -> v0 -> "
                                               r"v1 -> .* -> v48 -> v49\."):
        rules.add_rule("v49", "v0")
    assert len(rules) == 49 and rules.get_rule("v49", "v0") is None


def test_a_failed_bulk_add_leaves_the_rule_set_unchanged():
    rules = CausalRuleSet.from_dict({"cause_effect_pairs": chain_pairs(5, reverse=False)})
    before = rules.to_dict()
    with pytest.raises(CausalGraphError):
        rules.add_rules([CausalRule("new", "v0"), CausalRule("v4", "new")])
    with pytest.raises(RuleValidationError):
        rules.add_rules([CausalRule("other", "v0"), CausalRule("v0", "v1", 0.2)])  # conflicts with v0 -> v1
    assert rules.to_dict() == before


def test_lagged_edges_may_close_a_loop_in_a_bulk_load():
    rules = CausalRuleSet.from_dict({"cause_effect_pairs": [
        {"cause": "a", "effect": "b"}, {"cause": "b", "effect": "a", "temporal_offset": 1}]})
    assert rules.topological_order() == ["a", "b"]


@pytest.mark.parametrize("name, text", [("deep.json", "[" * 100_000 + "]" * 100_000),
                                        ("deep.yaml", "a: " + "[" * 100_000 + "]" * 100_000)])
def test_a_file_nested_thousands_of_levels_deep_is_one_error_line(tmp_path, capsys, name, text):
    line = one_error_line(main(["rules", "validate", write(tmp_path, name, text)]), capsys.readouterr())
    assert "nested too deeply" in line


@pytest.mark.parametrize("name, text", [("huge.json", '{"a": {"effect": "b", "strength": ' + "1" * 50_000 + "}}"),
                                        ("huge.yaml", "a:\n  effect: b\n  strength: " + "1" * 50_000 + "\n")])
def test_an_integer_of_thousands_of_digits_is_one_error_line(tmp_path, capsys, name, text):
    line = one_error_line(main(["rules", "validate", write(tmp_path, name, text)]), capsys.readouterr())
    assert "integer more than 4300 digits long" in line and "set_int_max_str_digits" not in line


def test_a_byte_order_mark_is_not_part_of_the_first_variable(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"rain": {"effect": "wet", "strength": 0.5}}')
    assert CausalRuleSet.from_json(path).variables == ["rain", "wet"]
