"""Edge-wise voting on causal graphs (`graph_consensus`, `CausalDAO.update_local_graph`)."""

from __future__ import annotations

import logging

import pytest
import torch

from causaltorch.errors import UnknownVariableError
from causaltorch.federated import CausalDAO
from causaltorch.federated.consensus import graph_consensus
from causaltorch.rules import CausalRuleSet


def _graph(*edges, variables=("a", "b", "c")):
    graph = CausalRuleSet()
    for v in variables:
        graph.add_variable(v)
    for cause, effect, strength in edges:
        graph.add_rule(cause, effect, strength)
    return graph


def _edges(graph):
    return {(r.cause, r.effect) for r in graph.rules}


def test_an_edge_enters_when_its_vote_share_reaches_the_threshold():
    graphs = [_graph(("a", "b", 0.5)), _graph(("a", "b", 0.7), ("b", "c", 0.2)), _graph(("a", "b", 0.9)),
              _graph(("b", "c", 0.4)), _graph()]
    result = graph_consensus(graphs, threshold=0.6)  # a->b 3/5 = 0.6 passes, b->c 2/5 does not
    assert _edges(result.graph) == {("a", "b")}
    assert result.shares == pytest.approx({("a", "b"): 0.6, ("b", "c"): 0.4})
    assert result.graph.get_rule("a", "b").strength == pytest.approx(0.7)  # median of 0.5, 0.7, 0.9
    assert _edges(graph_consensus(graphs, threshold=0.4).graph) == {("a", "b"), ("b", "c")}


def test_weights_change_the_vote():
    graphs = [_graph(("a", "b", 0.5)), _graph(), _graph()]
    assert not _edges(graph_consensus(graphs, [1, 1, 1], 0.6).graph)
    assert _edges(graph_consensus(graphs, [4, 1, 1], 0.6).graph) == {("a", "b")}  # 4/6


def test_a_median_strength_ignores_one_extreme_report():
    graphs = [_graph(("a", "b", 0.3)), _graph(("a", "b", 0.4)), _graph(("a", "b", -1.0))]
    assert graph_consensus(graphs, threshold=0.5).graph.get_rule("a", "b").strength == pytest.approx(0.3)


def test_the_weakest_edge_of_a_cycle_is_dropped_and_logged(caplog):
    # all three edges of a -> b -> c -> a pass at threshold 0.5
    # shares: a->b 3/4, b->c 2/4, c->a 2/4; c->a is the weaker of the two at 2/4 (0.5 < 0.9)
    graphs = [_graph(("a", "b", 0.9), ("b", "c", 0.9)), _graph(("a", "b", 0.9), ("c", "a", 0.5)),
              _graph(("a", "b", 0.9), ("c", "a", 0.5)), _graph(("b", "c", 0.9))]
    with caplog.at_level(logging.WARNING, logger="causaltorch.federated.consensus"):
        result = graph_consensus(graphs, threshold=0.5)
    assert _edges(result.graph) == {("a", "b"), ("b", "c")}
    assert result.dropped == [("c", "a")]
    assert "dropped c -> a" in caplog.text


def test_among_equal_shares_the_weaker_strength_is_dropped():
    graphs = [_graph(("a", "b", 0.9)), _graph(("b", "a", 0.2))]
    result = graph_consensus(graphs, threshold=0.5)
    assert _edges(result.graph) == {("a", "b")} and result.dropped == [("b", "a")]


def test_a_graph_naming_an_unknown_variable_is_refused():
    with pytest.raises(UnknownVariableError, match="'z'"):
        graph_consensus([_graph(("a", "z", 0.5), variables=("a", "z"))], variables=["a", "b", "c"])


def test_the_dao_reaches_the_known_graph_from_noisy_votes():
    truth = {("a", "b"), ("b", "c")}
    dao = CausalDAO(_graph(), consensus_threshold=0.6)
    for k in range(5):
        dao.register_client(f"site{k}")
    votes = [_graph(("a", "b", 0.8), ("b", "c", 0.5)), _graph(("a", "b", 0.7), ("b", "c", 0.6)),
             _graph(("a", "b", 0.9), ("b", "c", 0.4), ("a", "c", 0.3)), _graph(("c", "a", 0.9)),
             _graph(("a", "b", 0.6))]
    for k, graph in enumerate(votes):
        assert dao.update_local_graph(f"site{k}", graph)
    assert _edges(dao.global_graph) == truth
    changes = [b for b in dao.chain if b["kind"] == "graph_change"]
    assert changes and changes[0]["body"]["added"]  # the first vote changed the (empty) initial graph
    dao.update_local_graph("site3", _graph(("a", "b", 0.5)))  # site3 changes its vote: a->b now 5/5
    assert dao.global_graph.get_rule("a", "b").metadata["votes"] == pytest.approx(1.0)


def test_the_dao_accepts_an_adjacency_matrix_in_its_variable_order():
    dao = CausalDAO(_graph())
    dao.register_client("x")
    dao.update_local_graph("x", torch.tensor([[0.0, 0.5, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]))
    assert _edges(dao.global_graph) == {("a", "b")}


def test_agreement_weights_are_median_jaccard_similarities_of_adjacencies():
    from causaltorch.federated.consensus import agreement_weights

    # adjacencies {ab, bc}, {ab, bc}, {ab} (b->a: direction ignored), {ac}: Jaccard 1, 1/2, 0 ... -> medians
    graphs = [_graph(("a", "b", 0.5), ("b", "c", 0.5)), _graph(("a", "b", 0.5), ("b", "c", 0.5)),
              _graph(("b", "a", 0.5)), _graph(("a", "c", 0.5))]
    assert agreement_weights(graphs) == pytest.approx([0.5, 0.5, 0.5, 0.0])
    assert agreement_weights([_graph(), _graph()]) == [1.0, 1.0]  # two empty graphs agree
    assert agreement_weights([_graph(("a", "b", 0.5))]) == [1.0]


def test_agreement_takes_the_vote_from_a_graph_nobody_shares():
    graphs = [_graph(("a", "b", 0.5), ("b", "c", 0.5)), _graph(("a", "b", 0.5), ("b", "c", 0.5)),
              _graph(("a", "b", 0.5)), _graph(("a", "c", 0.5))]
    # plain: b->c 2/4 = 0.5 < 0.6; with agreement weights (.5, .5, .5, 0): b->c 1/1.5 = 0.67, a->c 0
    assert _edges(graph_consensus(graphs, threshold=0.6).graph) == {("a", "b")}
    result = graph_consensus(graphs, threshold=0.6, agreement=True)
    assert _edges(result.graph) == {("a", "b"), ("b", "c")}
    assert result.weights == pytest.approx([1 / 3, 1 / 3, 1 / 3, 0.0])
    assert result.shares[("b", "c")] == pytest.approx(2 / 3)
    # data weights still count: (3, 1, 1, 1) * agreement -> b->c (1.5 + 0.5) / 2.5 = 0.8
    assert graph_consensus(graphs, [3, 1, 1, 1], 0.6, agreement=True).shares[("b", "c")] == pytest.approx(0.8)


def test_agreement_falls_back_to_plain_weights_when_no_graph_shares_an_edge():
    graphs = [_graph(("a", "b", 0.5)), _graph(("b", "c", 0.5))]
    result = graph_consensus(graphs, threshold=0.5, agreement=True)
    assert result.weights == pytest.approx([0.5, 0.5])
    assert _edges(result.graph) == {("a", "b"), ("b", "c")}


def test_the_dao_counts_votes_with_agreement_when_asked():
    votes = [(("a", "b", 0.5), ("b", "c", 0.5)), (("a", "b", 0.5), ("b", "c", 0.5)), (("a", "b", 0.5),),
             (("a", "c", 0.5),)]
    found = {}
    for agreement in (False, True):
        dao = CausalDAO(_graph(), consensus_threshold=0.6, consensus_agreement=agreement)
        for k, edges in enumerate(votes):
            dao.register_client(f"c{k}")
            dao.update_local_graph(f"c{k}", _graph(*edges))
        found[agreement] = _edges(dao.global_graph)
    assert found == {False: {("a", "b")}, True: {("a", "b"), ("b", "c")}}
    with pytest.raises(Exception, match="consensus_agreement"):
        CausalDAO(consensus_agreement="yes")
