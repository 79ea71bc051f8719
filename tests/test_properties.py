"""Property tests on random DAGs."""

import json

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from causaltorch import CausalRule, CausalRuleSet


@st.composite
def random_dags(draw):
    n = draw(st.integers(2, 9))
    names = [f"v{i}" for i in range(n)]
    edges = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=20))
    rules = []
    for i, j in edges:
        if i == j:
            continue
        low, high = min(i, j), max(i, j)  # orient along a hidden order, so the graph is acyclic
        offset = draw(st.integers(0, 2))
        duration = draw(st.one_of(st.none(), st.integers(1, 4)))
        strength = draw(st.floats(-1, 1, allow_nan=False))
        rules.append(CausalRule(names[low], names[high], strength, temporal_offset=offset, duration=duration))
    order = draw(st.permutations(range(len(rules))))
    ruleset = CausalRuleSet()
    seen = set()
    for k in order:
        key = (rules[k].cause, rules[k].effect)
        if key not in seen:
            seen.add(key)
            ruleset.add_rule(rules[k])
    return ruleset


@settings(max_examples=60, deadline=None)
@given(random_dags())
def test_topological_order_respects_every_instantaneous_edge(rules):
    position = {v: i for i, v in enumerate(rules.topological_order())}
    assert sorted(position) == sorted(rules.variables)
    for rule in rules:
        if not rule.is_temporal:
            assert position[rule.cause] < position[rule.effect]


@settings(max_examples=60, deadline=None)
@given(random_dags())
def test_dict_json_yaml_and_networkx_round_trips_are_lossless(rules):
    assert CausalRuleSet.from_dict(rules.to_dict()) == rules
    assert CausalRuleSet.from_json(rules.to_json()) == rules
    assert CausalRuleSet.from_dict(json.loads(rules.to_json())) == rules
    import yaml
    assert CausalRuleSet.from_dict(yaml.safe_load(rules.to_yaml())) == rules
    assert CausalRuleSet.from_networkx(rules.to_networkx()) == rules


@settings(max_examples=40, deadline=None)
@given(random_dags())
def test_adjacency_matrix_has_exactly_the_rule_strengths(rules):
    matrix = rules.to_adjacency_matrix(dtype=torch.float64)
    expected = torch.zeros_like(matrix)
    for rule in rules:
        expected[rules.index(rule.cause), rules.index(rule.effect)] = rule.strength
    assert torch.equal(matrix, expected)
