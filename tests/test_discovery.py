"""Causal discovery from data: NOTEARS with exact background knowledge, bootstrap, from_data."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from causaltorch import CausalRuleSet, LinearGaussian, StructuralCausalModel
from causaltorch.discovery import BackgroundKnowledge, bootstrap_edges, discover, notears_mlp, threshold_to_dag
from causaltorch.discovery.notears import is_acyclic
from causaltorch.errors import CausalGraphError, DataError, RuleValidationError, UnknownVariableError
from causaltorch.metrics.graph import shd

FIVE_NODE_EDGES = [("a", "b", 1.0), ("a", "c", -0.9), ("b", "d", 0.8), ("c", "d", 0.9), ("d", "e", -1.0)]


def five_node_rules() -> CausalRuleSet:
    rules = CausalRuleSet()
    for cause, effect, weight in FIVE_NODE_EDGES:
        rules.add_rule(cause, effect, weight)
    return rules


def linear_sample(rules: CausalRuleSet, n: int, seed: int) -> torch.Tensor:
    torch.manual_seed(seed)
    return StructuralCausalModel(rules, "linear").double().sample(n)


def edge_set(ruleset: CausalRuleSet) -> set[tuple[str, str]]:
    return {(rule.cause, rule.effect) for rule in ruleset.rules}


@pytest.fixture(scope="module")
def five_node_data() -> torch.Tensor:
    return linear_sample(five_node_rules(), 2000, seed=0)


@pytest.fixture(scope="module")
def five_node_discovered(five_node_data) -> CausalRuleSet:
    return discover(five_node_data, names=five_node_rules().variables)


# ------------------------------------------------------------------------------------------ recovery
def test_notears_recovers_a_known_five_node_linear_dag_exactly(five_node_discovered):
    assert edge_set(five_node_discovered) == {(c, e) for c, e, _ in FIVE_NODE_EDGES}


def test_rule_strengths_are_the_fitted_weights(five_node_discovered):
    # Least squares on n = 2000 rows with unit noise: standard errors ≈ 0.02, so 0.1 is five of them.
    fitted = {(r.cause, r.effect): r.strength for r in five_node_discovered.rules}
    for cause, effect, weight in FIVE_NODE_EDGES:
        assert fitted[(cause, effect)] == pytest.approx(weight, abs=0.1)


def test_discovered_rules_name_the_linear_mechanism_and_keep_the_unclipped_weight(five_node_discovered):
    for rule in five_node_discovered.rules:
        assert rule.mechanism == "linear"
        assert rule.metadata["weight"] == pytest.approx(rule.strength, abs=0.05)


def test_large_fitted_weights_are_clipped_into_strength_range():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    scm = StructuralCausalModel(rules, {"x": "linear", "y": LinearGaussian([3.0])}).double()
    torch.manual_seed(0)
    found = discover(scm.sample(1000), names=["x", "y"])
    (rule,) = found.rules
    assert rule.strength == 1.0 and rule.metadata["weight"] == pytest.approx(3.0, abs=0.1)


def test_nv_score_finds_the_same_graph_whatever_the_units_of_the_columns(five_node_data):
    names = five_node_rules().variables
    rescaled = five_node_data * torch.tensor([1000.0, 0.01, 3.7, 1.0, 42.0], dtype=torch.float64)
    assert edge_set(discover(rescaled, score="nv", names=names)) == edge_set(
        discover(five_node_data, score="nv", names=names))


def test_nv_score_recovers_the_skeleton_of_the_five_node_dag(five_node_data):
    found = discover(five_node_data, score="nv", names=five_node_rules().variables)
    assert {frozenset(e) for e in edge_set(found)} == {frozenset((c, e)) for c, e, _ in FIVE_NODE_EDGES}


def test_notears_mlp_finds_the_skeleton_of_a_nonlinear_chain():
    torch.manual_seed(0)
    x = torch.randn(500, dtype=torch.float64)
    y = 2.0 * torch.tanh(2.0 * x) + torch.randn(500, dtype=torch.float64)
    z = torch.sin(1.5 * y) + 0.3 * torch.randn(500, dtype=torch.float64)
    found = discover(torch.stack([x, y, z], dim=1), method="notears-mlp", names=["x", "y", "z"], max_iter=20)
    assert {frozenset(e) for e in edge_set(found)} == {frozenset(("x", "y")), frozenset(("y", "z"))}
    assert all(rule.mechanism == "mlp" for rule in found.rules)


def test_threshold_to_dag_drops_the_weakest_edge_of_a_remaining_cycle():
    weights = torch.tensor([[0.0, 0.9, 0.0], [0.0, 0.0, 0.8], [0.4, 0.0, 0.0]])
    edges = threshold_to_dag(weights, threshold=0.3)
    assert edges.tolist() == [[False, True, False], [False, False, True], [False, False, False]]


# ------------------------------------------------------------------------------------------ knowledge
def random_problem(seed: int, d: int) -> tuple[torch.Tensor, list[str]]:
    generator = np.random.default_rng(seed)
    weights = np.triu(generator.random((d, d)) < 0.5, k=1) * generator.uniform(0.5, 1.5, (d, d))
    data = np.zeros((200, d))
    for j in range(d):
        data[:, j] = data @ weights[:, j] + generator.standard_normal(200)
    order = generator.permutation(d)
    return torch.tensor(data[:, order]), [f"v{k}" for k in range(d)]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), d=st.integers(3, 5), data=st.data())
def test_required_and_forbidden_edges_are_honoured_on_random_problems(seed, d, data):
    matrix, names = random_problem(seed, d)
    pairs = [(a, b) for a in names for b in names if a != b]
    # Required edges point forward in a random order, so they are acyclic; forbidden ones are the rest.
    order = data.draw(st.permutations(names))
    forward = [(a, b) for a, b in pairs if order.index(a) < order.index(b)]
    required = data.draw(st.lists(st.sampled_from(forward), max_size=2, unique=True))
    forbidden = data.draw(st.lists(st.sampled_from([p for p in pairs if p not in required]), max_size=4, unique=True))
    found = edge_set(discover(matrix, names=names, required=required, forbidden=forbidden, max_iter=20))
    assert set(required) <= found
    assert not found & set(forbidden)


def test_tiers_forbid_every_edge_back_to_an_earlier_tier(five_node_data):
    # The truth runs a → … → e; tiers that put e first make every edge into e's tier point back in time.
    found = discover(five_node_data, names=five_node_rules().variables, tiers=[["e", "d"], ["a", "b", "c"]])
    assert not {(c, e) for c, e in edge_set(found) if c in "abc" and e in "de"}
    assert ("e", "d") in edge_set(found) or ("d", "e") in edge_set(found)


def test_a_required_edge_stays_even_when_the_data_do_not_support_it(five_node_data):
    found = discover(five_node_data, names=five_node_rules().variables, required=["b->c"])
    rule = found.get_rule("b", "c")
    assert rule.metadata["required"] is True
    assert is_acyclic(found.to_adjacency_matrix() != 0)


def test_required_edges_that_form_a_cycle_are_refused_naming_the_cycle(five_node_data):
    with pytest.raises(CausalGraphError, match="c -> a -> b -> c"):
        discover(five_node_data, names=five_node_rules().variables, required=["a->b", "b->c", "c->a"])


def test_a_required_edge_that_is_also_forbidden_is_refused(five_node_data):
    with pytest.raises(RuleValidationError, match="both required and forbidden"):
        discover(five_node_data, names=five_node_rules().variables, required=["a->b"], forbidden=[("a", "b")])


def test_a_required_edge_against_the_tiers_is_refused():
    with pytest.raises(RuleValidationError, match="back to tier 1"):
        BackgroundKnowledge(required=["c->a"], tiers=[["a"], ["c"]]).check(["a", "b", "c"])


def test_an_unknown_name_in_the_knowledge_suggests_the_close_column(five_node_data):
    with pytest.raises(UnknownVariableError, match="Did you mean 'b'"):
        discover(five_node_data, names=five_node_rules().variables, forbidden=["a->bb"])


# ------------------------------------------------------------------------------------------ bootstrap
def test_bootstrap_frequencies_lie_in_the_unit_interval_and_repeat_with_the_seed(five_node_data):
    first = bootstrap_edges(five_node_data[:200], rounds=2, seed=7, max_iter=20)
    again = bootstrap_edges(five_node_data[:200], rounds=2, seed=7, max_iter=20)
    assert bool(((first >= 0) & (first <= 1)).all())
    assert torch.equal(first, again)
    assert set(first.flatten().tolist()) <= {0.0, 0.5, 1.0}


def test_bootstrap_confidence_is_recorded_on_every_rule(five_node_data):
    found = discover(five_node_data[:200], names=five_node_rules().variables, bootstrap=2, max_iter=20)
    assert all(0.0 <= rule.metadata["confidence"] <= 1.0 for rule in found.rules)


def test_bootstrap_reports_progress_after_each_resample(five_node_data):
    calls = []
    bootstrap_edges(five_node_data[:200], rounds=2, progress=lambda done, total: calls.append((done, total)),
                    max_iter=20)
    assert calls == [(1, 2), (2, 2)]


# ------------------------------------------------------------------------------------------ bad input
def test_a_constant_column_is_refused_by_name():
    data = torch.randn(50, 3, dtype=torch.float64)
    data[:, 1] = 4.0
    with pytest.raises(DataError, match=r"\['x1'\] are constant"):
        discover(data)


def test_nan_is_refused_naming_row_and_column():
    data = torch.randn(50, 3, dtype=torch.float64)
    data[7, 2] = float("nan")
    with pytest.raises(DataError, match="row 7, column 'x2'"):
        discover(data)


def test_fewer_rows_than_columns_is_refused():
    with pytest.raises(DataError, match="3 rows but 4 columns"):
        discover(torch.randn(3, 4))


def test_non_numeric_dataframe_columns_are_refused_by_name():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"age": [1.0, 2.0, 3.0, 4.0], "city": ["a", "b", "a", "c"], "z": [0.1, 0.5, 0.2, 0.9]})
    with pytest.raises(DataError, match=r"\['city'\] are not numeric"):
        discover(frame)


def test_an_unknown_method_is_refused():
    with pytest.raises(RuleValidationError, match="Unknown discovery method 'pc'"):
        discover(torch.randn(20, 2), method="pc")


# ------------------------------------------------------------------------------------------ from_data
def test_from_data_interventional_means_match_the_truth_on_a_linear_scm():
    rules = five_node_rules()
    data = linear_sample(rules, 5000, seed=1)
    model = StructuralCausalModel.from_data(data.numpy())  # columns x0..x4 = a..e
    torch.manual_seed(0)
    means = model.do(x0=2.0).sample(20_000).mean(dim=0)
    # E[d | do(a=2)] = 2·(1.0·0.8 + (−0.9)·0.9) = −0.02; E[e] = −1·E[d]; E[b] = 2; E[c] = −1.8.
    expected = torch.tensor([2.0, 2.0, -1.8, -0.02, 0.02])
    assert torch.allclose(means.float(), expected, atol=0.08)


def test_from_data_takes_dataframe_column_names_as_variables():
    pd = pytest.importorskip("pandas")
    rules = five_node_rules()
    frame = pd.DataFrame(linear_sample(rules, 2000, seed=2).numpy(), columns=rules.variables)
    model = StructuralCausalModel.from_data(frame)
    assert model.variables == rules.variables
    assert edge_set(model.ruleset) == edge_set(rules)


def test_from_data_with_a_ruleset_fits_its_mechanisms_without_discovery():
    rules = five_node_rules()
    model = StructuralCausalModel.from_data(linear_sample(rules, 3000, seed=3), ruleset=rules)
    assert edge_set(model.ruleset) == edge_set(rules)
    assert model.mechanisms["e"].weights.item() == pytest.approx(-1.0, abs=0.05)


def test_from_data_mlp_model_answers_counterfactuals():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    torch.manual_seed(0)
    x = torch.randn(500)
    data = torch.stack([x, torch.tanh(2 * x) + 0.1 * torch.randn(500)], dim=1)
    model = StructuralCausalModel.from_data(data, ruleset=rules, mechanism="mlp", epochs=300, lr=0.03)
    # Observed x = 0, y = 0.05 (noise 0.05); had x been 1: y = tanh(2) + 0.05 ≈ 1.01.
    cf = model.counterfactual({"x": 0.0, "y": 0.05}, {"x": 1.0}, as_dict=True)
    assert cf["y"].item() == pytest.approx(float(torch.tanh(torch.tensor(2.0))) + 0.05, abs=0.1)


def test_from_data_refuses_other_mechanisms():
    with pytest.raises(RuleValidationError, match="'linear' or 'mlp'"):
        StructuralCausalModel.from_data(torch.randn(20, 2), mechanism="noisy_or")


def test_from_data_refuses_discovery_options_together_with_a_ruleset():
    with pytest.raises(RuleValidationError, match="apply only when"):
        StructuralCausalModel.from_data(torch.randn(20, 5), ruleset=five_node_rules(), tiers=[["a"]])


# ------------------------------------------------------------------------------------------ devices
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_discovery_runs_on_the_gpu_unchanged(five_node_data):
    found = discover(five_node_data.cuda(), names=five_node_rules().variables, device="cuda")
    assert shd(five_node_rules(), found) == 0
    mlp, model = notears_mlp(five_node_data[:300].cuda(), max_iter=5)
    assert mlp.device.type == "cuda" and next(model.parameters()).device.type == "cuda"
