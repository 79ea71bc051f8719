import json

import networkx as nx
import pytest
import torch
import yaml

from causaltorch import CausalRule, CausalRuleSet
from causaltorch.errors import CausalGraphError, OutputError, RuleValidationError, UnknownVariableError
from causaltorch.rules import as_ruleset, bundled_rule_files


def chain():
    rules = CausalRuleSet()
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule(CausalRule("wet_ground", "slippery_road", 0.7))
    return rules


def test_both_add_rule_forms_build_the_same_edge():
    a, b = CausalRuleSet(), CausalRuleSet()
    a.add_rule("rain", "wet_ground", 0.9)
    b.add_rule(CausalRule("rain", "wet_ground", strength=0.9))
    assert a == b and len(a) == 1


def test_variables_keep_insertion_order():
    rules = CausalRuleSet()
    rules.add_rule("b", "a", 0.5)
    rules.add_rule("c", "a", 0.5)
    assert rules.variables == ["b", "a", "c"]


def test_graph_queries_follow_the_edges():
    rules = chain()
    rules.add_rule("clouds", "rain", 0.6)
    assert rules.parents("wet_ground") == ["rain"]
    assert rules.children("rain") == ["wet_ground"]
    assert rules.ancestors("slippery_road") == ["rain", "wet_ground", "clouds"]
    assert rules.descendants("clouds") == ["rain", "wet_ground", "slippery_road"]
    assert rules.topological_order() == ["clouds", "rain", "wet_ground", "slippery_road"]


def test_adjacency_matrix_holds_strengths_at_cause_row_effect_column():
    rules = chain()
    rules.add_rule("wet_ground", "mud", -0.4)
    matrix = rules.to_adjacency_matrix()
    expected = torch.zeros(4, 4)
    expected[0, 1], expected[1, 2], expected[1, 3] = 0.9, 0.7, -0.4
    assert torch.equal(matrix, expected)


def test_items_gives_the_seed_legacy_view():
    pairs = list(chain().items())
    assert pairs[0][0] == "rain"
    assert pairs[0][1]["effect"] == "wet_ground" and pairs[0][1]["strength"] == 0.9


def test_instantaneous_cycle_is_refused_with_the_cycle_named():
    rules = chain()
    with pytest.raises(CausalGraphError, match="slippery_road -> rain -> wet_ground -> slippery_road"):
        rules.add_rule("slippery_road", "rain", 0.5)
    assert len(rules) == 2 and rules.get_rule("slippery_road", "rain") is None


def test_feedback_through_a_lagged_edge_is_accepted():
    rules = chain()
    rules.add_rule("slippery_road", "rain", 0.5, temporal_offset=1)
    rules.add_rule("rain", "rain", 0.3, temporal_offset=1)
    assert len(rules) == 4
    assert rules.topological_order() == ["rain", "wet_ground", "slippery_road"]


def test_instantaneous_self_loop_is_refused():
    with pytest.raises(CausalGraphError, match="rain -> rain"):
        CausalRule("rain", "rain", 0.5)


@pytest.mark.parametrize("strength", [1.5, -1.01, float("nan"), float("inf")])
def test_strength_outside_unit_interval_is_refused(strength):
    with pytest.raises(RuleValidationError, match=r"\[-1, 1\]"):
        CausalRule("a", "b", strength)


@pytest.mark.parametrize("field,value", [("temporal_offset", -1), ("temporal_offset", 1.5), ("duration", 0)])
def test_bad_temporal_fields_are_refused(field, value):
    with pytest.raises(RuleValidationError, match=field):
        CausalRule("a", "b", 0.5, **{field: value})


def test_conflicting_duplicate_edge_is_refused_and_the_first_kept():
    rules = chain()
    with pytest.raises(RuleValidationError, match="Conflicting duplicate rule rain -> wet_ground"):
        rules.add_rule("rain", "wet_ground", 0.2)
    assert rules.get_rule("rain", "wet_ground").strength == 0.9


def test_identical_duplicate_edge_is_a_no_op():
    rules = chain()
    rules.add_rule("rain", "wet_ground", 0.9)
    assert len(rules) == 2


def test_unknown_variable_suggests_a_close_match():
    with pytest.raises(UnknownVariableError, match="Did you mean 'wet_ground'"):
        chain().parents("wet_grund")


def test_legacy_mapping_and_pairs_form_load_the_same_rules():
    legacy = CausalRuleSet.from_dict({
        "rain": {"effect": "ground_wet", "strength": 0.9},
        "arrow_hit": {"effect": "soldier_fall", "temporal_offset": 3, "intensity": 0.9},
        "explosion": {"effect": "smoke_cloud", "duration": 10},
    })
    pairs = CausalRuleSet.from_dict({"cause_effect_pairs": [
        {"cause": "rain", "effect": "ground_wet", "strength": 0.9},
        {"cause": "arrow_hit", "effect": "soldier_fall", "strength": 0.9, "temporal_offset": 3},
        {"cause": "explosion", "effect": "smoke_cloud", "strength": 1.0, "duration": 10},
    ]})
    assert legacy.rules == pairs.rules
    assert legacy.get_rule("explosion", "smoke_cloud").hold == 10


def test_dict_with_a_bad_rule_builds_nothing():
    with pytest.raises(RuleValidationError, match="strength 1.5"):
        as_ruleset({"cause_effect_pairs": [
            {"cause": "a", "effect": "b", "strength": 0.5},
            {"cause": "b", "effect": "c", "strength": 1.5},
        ]})


def test_unknown_keys_are_refused_with_the_allowed_ones_listed():
    with pytest.raises(RuleValidationError, match=r"Unknown key\(s\) \['strenght'\]"):
        CausalRuleSet.from_dict({"cause_effect_pairs": [{"cause": "a", "effect": "b", "strenght": 0.5}]})


def test_surface_forms_are_the_name_then_synonyms():
    rules = CausalRuleSet.from_dict({
        "variables": {"wet_ground": {"synonyms": ["soaked ground"]}},
        "cause_effect_pairs": [{"cause": "rain", "effect": "wet_ground", "strength": 0.9}],
    })
    assert rules.surface_forms("wet_ground") == ["wet ground", "soaked ground"]
    assert rules.surface_forms("rain") == ["rain"]


def test_json_and_yaml_files_round_trip(tmp_path):
    rules = CausalRuleSet.load("weather")
    rules.save(tmp_path / "w.json")
    rules.save(tmp_path / "w.yaml")
    assert CausalRuleSet.load(tmp_path / "w.json") == rules
    assert CausalRuleSet.load(tmp_path / "w.yaml") == rules


def test_malformed_json_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{\n  "cause_effect_pairs": [\n    {"cause": "a" "effect": "b"}\n  ]\n}\n')
    with pytest.raises(RuleValidationError, match=r"line 3, column 19"):
        CausalRuleSet.load(path)


def test_yaml_with_unknown_keys_is_refused(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump({"cause_effect_pairs": [{"cause": "a", "effect": "b", "delay": 2}]}))
    with pytest.raises(RuleValidationError, match=r"bad.yaml: Unknown key\(s\) \['delay'\]"):
        CausalRuleSet.load(path)


def test_cyclic_rule_file_is_refused(tmp_path):
    path = tmp_path / "cycle.json"
    path.write_text(json.dumps({"cause_effect_pairs": [
        {"cause": "a", "effect": "b"}, {"cause": "b", "effect": "a"}]}))
    with pytest.raises(CausalGraphError, match="b -> a -> b"):
        CausalRuleSet.load(path)


def test_failed_save_leaves_the_old_file_intact(tmp_path):
    path = tmp_path / "rules.json"
    chain().save(path)
    before = path.read_text()
    with pytest.raises(OutputError, match="suffix"):
        chain().save(tmp_path / "rules.txt")
    assert path.read_text() == before and not (tmp_path / "rules.txt").exists()


def test_networkx_round_trip_keeps_every_field():
    rules = CausalRuleSet.load("weather")
    graph = rules.to_networkx()
    assert isinstance(graph, nx.DiGraph)
    assert graph.edges["rain", "flooding"]["temporal_offset"] == 2
    assert CausalRuleSet.from_networkx(graph) == rules


def test_bundled_rule_files_meet_their_contract():
    assert {"weather", "medical"} <= set(bundled_rule_files())
    weather = CausalRuleSet.load("weather")
    assert len(weather.variables) >= 8
    assert any(r.strength < 0 for r in weather) and any(r.is_temporal for r in weather)
    medical = CausalRuleSet.load("medical")
    assert medical.get_rule("gene_mutation_X", "neuropathy").strength == 0.95
    assert medical.get_rule("treatment_Z", "reduced_pain").strength == 0.8
