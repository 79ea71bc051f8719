"""Reputation across rounds (`causaltorch.federated.reputation`): hand-computed records, admission, the DAO's
chain, resuming, and the Flower strategy keyed by the signed client id."""

from __future__ import annotations

import math

import pytest
import torch

from causaltorch.federated.aggregation import Aggregator, centered_clip
from causaltorch.federated.attacks import inner_product_manipulation
from causaltorch.federated.dao import CausalDAO, secure_aggregate
from causaltorch.federated.errors import UpdateError
from causaltorch.federated.reputation import Reputation

S = math.sqrt(0.75)  # [0.5, S] has norm 1 and cosine 0.5 with [1, 0]


def t(rows):
    return torch.tensor(rows, dtype=torch.float64)


def test_a_record_is_the_discounted_mean_cosine_with_the_aggregate():
    history = Reputation(decay=0.5)
    assert history.score("a") is None and history.admitted(["a"]) == [True]  # no record: admitted
    history.observe(["a", "b", "c"], t([[2, 0], [-0.8, 0.6], [0, 3]]), t([1, 0]))  # cosines 1, -0.8, 0
    assert history.score("a") == pytest.approx(1.0, abs=1e-12)
    assert history.score("b") == pytest.approx(-0.8, abs=1e-12)
    assert history.admitted(["a", "b", "c"]) == [True, False, False]  # a score of exactly 0 is not positive
    history.observe(["b"], t([[0.5, S]]), t([3, 0]))  # cosine 0.5; only b took part
    assert history.score("b") == pytest.approx((0.5 * -0.8 + 0.5) / (0.5 + 1), abs=1e-12)  # 0.0667: readmitted
    assert history.score("a") == pytest.approx(1.0, abs=1e-12)  # untouched: it did not take part
    assert history.state()["b"] == pytest.approx([0.5 * -0.8 + 0.5, 1.5], abs=1e-12)


def test_the_record_measures_against_the_progress_not_the_rounds_aggregate():
    history = Reputation()
    history.observe(["a"], t([[1, 0]]), t([3, 0]))  # progress [3, 0]: cosine 1
    history.observe(["a"], t([[0, 1]]), t([0, 1]))  # progress [3, 1]: cosine 1 / sqrt(10), not 1
    assert history.progress.tolist() == [3.0, 1.0]
    assert history.score("a") == pytest.approx((1 + 1 / math.sqrt(10)) / 2, abs=1e-12)
    with pytest.raises(UpdateError, match="one Reputation follows one model"):
        history.observe(["a"], t([[1, 0, 0]]), t([1, 0, 0]))


def test_a_coalition_that_bends_one_round_does_not_turn_the_progress():
    # rounds 0-2: everyone pushes [1, 0]; round 3: the aggregate is bent to [-0.5, 0] by a coalition. Against that
    # round's aggregate the honest client h ([1, 0]) would score cos -1; against the progress [2.5, 0] it scores +1
    history = Reputation()
    for _ in range(3):
        history.observe(["h", "x"], t([[1, 0], [1, 0]]), t([1, 0]))
    history.observe(["h", "x"], t([[1, 0], [-1, 0]]), t([-0.5, 0]))
    assert history.score("h") == pytest.approx(1.0, abs=1e-12)
    assert history.score("x") == pytest.approx(0.5, abs=1e-12)  # (1 + 1 + 1 - 1) / 4


def test_the_decay_decides_whether_an_old_opposition_still_counts():
    plain, forgetful = Reputation(decay=1.0), Reputation(decay=0.5)
    for history in (plain, forgetful):
        history.observe(["a", "b"], t([[1, 0], [-0.8, 0.6]]), t([1, 0]))
        history.observe(["a", "b"], t([[1, 0], [0.5, S]]), t([1, 0]))
    assert plain.score("b") == pytest.approx(-0.15, abs=1e-12)  # (-0.8 + 0.5) / 2
    assert forgetful.admitted(["a", "b"]) == [True, True] and plain.admitted(["a", "b"]) == [True, False]


def test_when_every_record_is_negative_all_clients_are_aggregated():
    history = Reputation()
    history.observe(["a", "b"], t([[-1, 0], [0, -1]]), t([1, 1]))
    assert history.admitted(["a", "b"]) == [True, True]


def test_no_progress_adds_no_evidence():
    history = Reputation()
    history.observe(["a"], t([[1, 0]]), t([0, 0]))
    assert history.score("a") is None
    history.observe(["a"], t([[1, 0]]), t([2, 0]))
    history.observe(["a"], t([[1, 0]]), t([-2, 0]))  # back to where it started: no direction, no evidence
    assert history.score("a") == pytest.approx(1.0, abs=1e-12)


def _rounds(rule: str) -> list[torch.Tensor]:
    """Three rounds of a, b = [10, 0] and c, d pulling back: cosines -0.8, then 0.5, then -0.8 again."""
    aggregator = Aggregator.parse(rule)
    history = aggregator.history()
    second = t([[10, 0], [10, 0], [0.5, S], [0.5, -S]])
    first = t([[10, 0], [10, 0], [-0.8, 0.6], [-0.8, -0.6]])
    return [aggregator(u, clients=["a", "b", "c", "d"], history=history) for u in (first, second, first)]


def test_reputation_in_front_of_fedavg_against_hand_computed_rounds():
    # round 0: no records, FedAvg of all four: [(20 - 1.6) / 4, 0] = [4.6, 0]; c and d score cos = -0.8
    # round 1: c, d left out -> [10, 0]; progress [14.6, 0], their cosine with it 0.5
    # round 2, decay 1: (-0.8 + 0.5) / 2 = -0.15 -> still out -> [10, 0]
    #          decay 0.5: (-0.4 + 0.5) / 1.5 = 0.067 -> back in -> [4.6, 0]
    expected = {"reputation(1)+fedavg": [[4.6, 0], [10, 0], [10, 0]],
                "reputation(0.5)+fedavg": [[4.6, 0], [10, 0], [4.6, 0]],
                "fedavg": [[4.6, 0], [5.25, 0], [4.6, 0]]}
    for rule, rounds in expected.items():
        assert torch.allclose(torch.stack(_rounds(rule)), t(rounds), atol=1e-12), rule


def test_the_default_leaves_out_inner_product_manipulation_after_one_round():
    generator = torch.Generator().manual_seed(0)
    from causaltorch.federated.aggregation import DEFAULT_AGGREGATION

    rule = Aggregator.parse(DEFAULT_AGGREGATION)
    history = rule.history()
    clients = [f"c{k}" for k in range(20)]
    for round_number in range(3):
        honest = torch.randn(16, 30, generator=generator, dtype=torch.float64) + 1.0
        updates = torch.cat([honest, inner_product_manipulation(honest, 4, 0.1)])
        out = rule(updates, clients=clients, history=history)
        if round_number == 0:  # no record yet: the four sit near zero and are kept, clipped
            assert (out - centered_clip(honest, cutoff=3)).norm() > 1e-3
        else:  # cosine about -1 with the progress: left out, the result is the per-round rule over the honest
            assert torch.allclose(out, centered_clip(honest, cutoff=3), atol=1e-12)
    assert max(history.score(f"c{k}") for k in range(16, 20)) < -0.9
    assert min(history.score(f"c{k}") for k in range(16)) > 0.3


def test_a_reputation_rule_needs_ids_and_a_history():
    rule = Aggregator.parse("reputation+median")
    assert rule.reputation == 1.0 and str(rule) == "reputation(1)+median"
    with pytest.raises(UpdateError, match="clients="):
        rule(t([[1.0], [2.0]]))
    with pytest.raises(UpdateError, match="decay"):
        rule(t([[1.0], [2.0]]), clients=["a", "b"], history=Reputation(0.9))
    with pytest.raises(UpdateError, match="reputation"):
        secure_aggregate([{"w": torch.ones(2)}, {"w": torch.zeros(2)}], method="reputation+median")


@pytest.mark.parametrize("spec, message", [
    ("reputation(0)+median", "decay"),
    ("reputation(1.5)+median", "decay"),
    ("reputation(foo=1)+median", "one option"),
    ("reputation+reputation+median", "in that order"),
    ("bucketing(2)+reputation+median", "Cannot read"),
])
def test_bad_reputation_specs_are_refused(spec, message):
    with pytest.raises(UpdateError, match=message):
        Aggregator.parse(spec)


def test_reputation_parses_in_front_of_bucketing_and_round_trips():
    rule = Aggregator.parse("reputation(decay=0.8)+bucketing(2)+centered_clip(cutoff=4)")
    assert (rule.reputation, rule.bucket, rule.method) == (0.8, 2, "centered_clip")
    assert Aggregator.parse(str(rule)) == rule


def _dao_round(dao: CausalDAO, values: dict[str, list[float]]) -> dict:
    for client, value in values.items():
        dao.update_local_model(client, {"w": torch.tensor(value, dtype=torch.float64)})
    dao.aggregate()
    return dao.chain[-1]["body"]


def _start(dao: CausalDAO) -> CausalDAO:
    """Register a-d and agree on a first model, zeros (the first round's whole models carry no evidence)."""
    for client in "abcd":
        dao.register_client(client)
    first = _dao_round(dao, {client: [0.0, 0.0] for client in "abcd"})
    assert first.get("reputation", {"excluded": [], "scores": {}}) == {"excluded": [], "scores": {}}
    return dao


ROUND = {"a": [10.0, 0.0], "b": [10.0, 0.0], "c": [-0.8, 0.6], "d": [-0.8, -0.6]}  # from the zero model


def test_the_dao_records_who_was_left_out_and_every_clients_score():
    dao = _start(CausalDAO(model_aggregation="reputation(1)+fedavg"))
    first = _dao_round(dao, ROUND)
    assert first["reputation"]["excluded"] == [] and first["method"] == "reputation(1)+fedavg"
    assert first["reputation"]["scores"]["c"] == pytest.approx([-0.8, 1.0], abs=1e-12)
    assert dao.global_model["w"].tolist() == pytest.approx([4.6, 0.0], abs=1e-12)
    # next round, from the model [4.6, 0]: the same differences again; c and d are left out
    second = _dao_round(dao, {k: [4.6 + v[0], v[1]] for k, v in ROUND.items()})
    assert second["reputation"]["excluded"] == ["c", "d"]
    assert dao.global_model["w"].tolist() == pytest.approx([14.6, 0.0], abs=1e-12)
    assert dao.verify_chain()
    assert "reputation" not in _dao_round(_start(CausalDAO(model_aggregation="fedavg")), ROUND)


def test_the_dao_takes_no_evidence_from_its_first_round():
    dao = CausalDAO(model_aggregation="reputation(1)+fedavg")
    for client in "abcd":
        dao.register_client(client)
    assert _dao_round(dao, ROUND)["reputation"] == {"excluded": [], "scores": {}}
    assert dao.reputation.progress is None


def test_a_resumed_dao_restores_the_records_from_its_chain(tmp_path):
    path = tmp_path / "chain.jsonl"
    dao = _start(CausalDAO(model_aggregation="reputation(1)+fedavg", chain_path=path))
    _dao_round(dao, ROUND)
    reopened = CausalDAO(model_aggregation="reputation(1)+fedavg", chain_path=path)
    assert reopened.round == 2 and reopened.reputation.state() == dao.reputation.state()
    # the new process learns its model again (first round, no evidence); then c and d stay out, as they would have
    for client in "abcd":
        reopened.register_client(client)
    _dao_round(reopened, {client: [0.0, 0.0] for client in "abcd"})
    assert _dao_round(reopened, ROUND)["reputation"]["excluded"] == ["c", "d"]
    assert reopened.global_model["w"].tolist() == pytest.approx([10.0, 0.0], abs=1e-12)
    fresh = _start(CausalDAO(model_aggregation="reputation(1)+fedavg"))  # without the records they are kept
    assert _dao_round(fresh, ROUND)["reputation"]["excluded"] == []
