"""Graph and model metrics against hand-derived values."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from causaltorch import CausalRuleSet, metrics
from causaltorch.discovery.evaluation import counterfactual_mse, mmd_rbf
from causaltorch.errors import DataError
from causaltorch.metrics.graph import cpdag, edge_scores, graph_metrics, shd, sid


def dag(d: int, *edges: tuple[int, int]) -> np.ndarray:
    out = np.zeros((d, d), dtype=bool)
    for i, j in edges:
        out[i, j] = True
    return out


CHAIN = dag(3, (0, 1), (1, 2))


def test_shd_counts_a_missing_an_extra_and_a_reversed_edge_once_each():
    estimate = dag(4, (1, 0), (2, 3))  # 0→1 reversed, 1→2 missing, 2→3 extra
    assert shd(dag(4, (0, 1), (1, 2)), estimate) == 3


def test_shd_counts_an_undirected_edge_where_the_truth_is_directed_once():
    undirected = dag(3, (0, 1), (1, 0), (1, 2))
    assert shd(CHAIN, undirected) == 1


def test_shd_of_identical_graphs_is_zero_whatever_the_weights():
    assert shd(CHAIN * 0.7, torch.tensor(CHAIN * -2.0)) == 0


def test_edge_scores_separate_skeleton_from_orientation():
    estimate = dag(3, (1, 0), (1, 2), (0, 2))  # one reversed, one right, one extra
    scores = edge_scores(CHAIN, estimate)
    assert scores["precision"] == pytest.approx(2 / 3) and scores["recall"] == pytest.approx(1.0)
    assert scores["orientation_precision"] == pytest.approx(1 / 3)
    assert scores["orientation_recall"] == pytest.approx(1 / 2)
    assert scores["orientation_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def test_cpdag_of_a_chain_is_fully_undirected():
    assert cpdag(CHAIN).tolist() == (CHAIN | CHAIN.T).tolist()


def test_cpdag_keeps_a_v_structure_and_the_edge_it_forces():
    collider = dag(4, (0, 2), (1, 2), (2, 3))  # 0 → 2 ← 1, then 2 → 3 forced by Meek's rule 1
    assert cpdag(collider).tolist() == collider.tolist()


def test_sid_of_the_true_graph_is_zero():
    assert sid(CHAIN, CHAIN) == 0


def test_sid_of_a_reversed_edge_counts_both_directions():
    # do(x) read from the estimate y → x says "no effect on y": wrong; do(y) adjusts for nothing: wrong.
    assert sid(dag(2, (0, 1)), dag(2, (1, 0))) == 2


def test_sid_of_the_empty_graph_counts_only_unadjusted_confounded_pairs():
    # Truth x → y. Empty estimate: p(y | do(x)) = p(y | x) is right; p(x | do(y)) = p(x | y) is wrong.
    assert sid(dag(2, (0, 1)), dag(2)) == 1


def test_sid_needs_a_dag_estimate():
    with pytest.raises(DataError, match="undirected"):
        sid(CHAIN, dag(3, (0, 1), (1, 0)))


def test_graph_metrics_compare_rule_sets_by_variable_name():
    truth = CausalRuleSet()
    truth.add_rule("a", "b")
    truth.add_rule("b", "c")
    estimate = CausalRuleSet()
    estimate.add_variable("c")  # a different variable order must not matter
    estimate.add_rule("b", "c")
    estimate.add_rule("a", "b")
    assert graph_metrics(truth, estimate)["shd"] == 0
    assert graph_metrics(truth, estimate)["sid"] == 0


def test_mmd_is_zero_for_identical_samples_and_grows_with_a_shift():
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(500, 2, generator=generator)
    assert mmd_rbf(x, x) == pytest.approx(0.0, abs=1e-12)
    near, far = mmd_rbf(x, x + 0.5), mmd_rbf(x, x + 2.0)
    assert 0.0 < near < far


def test_counterfactual_mse_averages_over_the_given_columns_only():
    predicted = torch.tensor([[0.0, 1.0, 5.0], [0.0, 3.0, 5.0]])
    true = torch.tensor([[9.0, 0.0, 5.0], [9.0, 0.0, 3.0]])
    assert counterfactual_mse(predicted, true, [1, 2]) == pytest.approx((1 + 9 + 0 + 4) / 4)


def test_metrics_package_exports_names_lazily():
    assert metrics.shd is shd
    with pytest.raises(AttributeError):
        metrics.not_a_metric  # noqa: B018


def test_interventional_mmd_is_small_for_the_same_model_and_large_for_a_wrong_effect():
    from causaltorch import LinearGaussian, StructuralCausalModel

    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    rules.add_variable("z")
    truth = StructuralCausalModel(rules, {"x": "linear", "y": LinearGaussian([1.0]), "z": "linear"})
    wrong = StructuralCausalModel(rules, {"x": "linear", "y": LinearGaussian([-1.0]), "z": "linear"})
    same = metrics.interventional_mmd(truth, truth, {"x": 2.0}, num_samples=1000)
    different = metrics.interventional_mmd(wrong, truth, {"x": 2.0}, num_samples=1000)
    assert same < 0.01 < different
