"""Signed, replay-proof updates and the hash-chained log of `CausalDAO`."""

from __future__ import annotations

import json

import pytest
import torch
from torch import nn

from causaltorch.errors import CausalGraphError, UnknownVariableError
from causaltorch.federated import CausalDAO, FederatedClient, HashChain
from causaltorch.federated.errors import (
    ChainError,
    DuplicateClientError,
    ReplayError,
    SignatureError,
    UnregisteredClientError,
    UpdateError,
)
from causaltorch.federated.signing import Signature, payload_hash
from causaltorch.rules import CausalRuleSet

pytest.importorskip("cryptography")


def _client(name="lab", seed=0):
    torch.manual_seed(seed)
    return FederatedClient(name, nn.Linear(3, 2), data_size=10)


def _graph(*edges, variables=("a", "b", "c")):
    graph = CausalRuleSet()
    for v in variables:
        graph.add_variable(v)
    for cause, effect in edges:
        graph.add_rule(cause, effect, 0.5)
    return graph


def _registered(tmp_path=None, **options):
    dao = CausalDAO(_graph(), chain_path=None if tmp_path is None else tmp_path / "chain.jsonl", **options)
    client = _client()
    dao.register_client(client.client_id, client.public_key)
    return dao, client


def _kinds(dao):
    return [block["kind"] for block in dao.chain]


def test_a_signed_update_is_accepted_and_chained():
    dao, client = _registered()
    update = client.get_model_update()
    assert dao.update_local_model("lab", update, 10, client.sign(update, dao.round))
    assert _kinds(dao) == ["genesis", "register", "model_update"]
    assert dao.chain[-1]["body"]["payload"] == payload_hash(update)


def test_unregistered_unsigned_and_forged_updates_are_rejected_and_recorded():
    dao, client = _registered()
    update = client.get_model_update()
    with pytest.raises(UnregisteredClientError, match="register_client"):
        dao.update_local_model("stranger", update)
    with pytest.raises(SignatureError, match="unsigned"):
        dao.update_local_model("lab", update)
    forger = _client("lab", seed=1)  # same id, another key
    with pytest.raises(SignatureError, match="does not verify"):
        dao.update_local_model("lab", update, signature=forger.sign(update, dao.round))
    tampered = {k: v + 1 for k, v in update.items()}
    with pytest.raises(SignatureError, match="does not cover"):
        dao.update_local_model("lab", tampered, signature=client.sign(update, dao.round))
    assert _kinds(dao)[2:] == ["rejected"] * 4
    assert [b["body"]["error"] for b in list(dao.chain)[2:]] == ["UnregisteredClientError"] + ["SignatureError"] * 3
    with pytest.raises(UpdateError, match="No model updates"):
        dao.aggregate()  # nothing a rejected update carried was kept


def test_a_forged_round_number_fails_verification_not_replay():
    dao, client = _registered()
    update = client.get_model_update()
    signature = client.sign(update, 0)
    moved = Signature(signature.client_id, 5, signature.kind, signature.payload_hash, signature.value)
    with pytest.raises(SignatureError):
        dao.update_local_model("lab", update, signature=moved)


def test_an_old_rounds_update_is_rejected_as_a_replay():
    dao, client = _registered()
    update = client.get_model_update()
    old = client.sign(update, dao.round)
    dao.update_local_model("lab", update, signature=old)
    before = {k: v.clone() for k, v in dao.aggregate().items()}
    with pytest.raises(ReplayError, match="signed for round 0, the current round is 1"):
        dao.update_local_model("lab", update, signature=old)
    assert dao.chain[-1]["kind"] == "rejected" and dao.chain[-1]["body"]["error"] == "ReplayError"
    assert all(torch.equal(before[k], dao.global_model[k]) for k in before)


def test_a_second_update_in_a_round_replaces_the_first():
    dao = CausalDAO(model_aggregation="fedavg")
    dao.register_client("lab")
    dao.update_local_model("lab", {"w": torch.tensor([1.0])})
    dao.update_local_model("lab", {"w": torch.tensor([3.0])})
    assert dao.chain[-1]["body"]["replaces"] == payload_hash({"w": torch.tensor([1.0])})
    assert float(dao.aggregate()["w"]) == 3.0


def test_a_model_signature_cannot_pass_for_a_graph():
    dao, client = _registered()
    update, graph = client.get_model_update(), _graph(("a", "b"))
    signature = client.sign(update, 0)
    with pytest.raises(SignatureError):
        dao.update_local_graph("lab", graph, signature=signature)
    assert dao.update_local_graph("lab", graph, signature=client.sign(graph, 0))


def test_a_client_registered_twice_is_refused():
    dao, client = _registered()
    with pytest.raises(DuplicateClientError, match="already registered"):
        dao.register_client("lab", client.public_key)
    assert len(dao.clients) == 1


def test_require_signatures_refuses_a_keyless_registration():
    dao = CausalDAO(require_signatures=True)
    with pytest.raises(SignatureError, match="requires signatures"):
        dao.register_client("lab")
    assert not dao.clients


@pytest.mark.parametrize("change, match", [
    (lambda u: {k: v for k, v in list(u.items())[:1]}, "missing"),
    (lambda u: {**u, "extra": torch.zeros(1)}, "extra"),
    (lambda u: {k: torch.zeros(5) if k == "bias" else v for k, v in u.items()}, "shape"),
    (lambda u: {k: torch.full_like(v, float("inf")) for k, v in u.items()}, "NaN or infinite"),
    (lambda u: {k: torch.full_like(v, float("nan")) for k, v in u.items()}, "NaN or infinite"),
])
def test_bad_model_updates_are_rejected_and_never_averaged(change, match):
    dao = CausalDAO(model_aggregation="fedavg")
    first, second = _client("a"), _client("b", seed=1)
    for c in (first, second):
        dao.register_client(c.client_id)
    dao.update_local_model("a", first.get_model_update())
    with pytest.raises(UpdateError, match=match):
        dao.update_local_model("b", change(second.get_model_update()))
    assert dao.chain[-1]["kind"] == "rejected"
    out = dao.aggregate()
    assert all(torch.equal(out[k], first.get_model_update()[k]) for k in out)  # only the good update counted


def test_graphs_with_unknown_variables_or_cycles_are_rejected():
    dao, client = _registered()
    dao.register_client("open")
    with pytest.raises(UnknownVariableError, match="'d'"):
        dao.update_local_graph("open", _graph(("a", "d"), variables=("a", "b", "c", "d")))
    with pytest.raises(CausalGraphError, match="cycle"):
        dao.update_local_graph("open", torch.tensor([[0, 1, 0], [0, 0, 1], [1, 0, 0]]))
    assert _kinds(dao)[-2:] == ["rejected", "rejected"]
    assert len(dao.global_graph) == 0


def test_the_chain_names_the_first_edited_deleted_or_reordered_block(tmp_path):
    dao, client = _registered(tmp_path)
    for round_number in range(3):
        update = client.get_model_update()
        dao.update_local_model("lab", update, signature=client.sign(update, round_number))
        dao.aggregate()
    assert dao.verify_chain()
    path = tmp_path / "chain.jsonl"
    original = path.read_text().splitlines(keepends=True)
    assert len(original) == len(dao.chain) == 8

    edited = [json.loads(line) for line in original]
    edited[4]["body"]["data_size"] = 1000
    path.write_text("".join(json.dumps(b) + "\n" for b in edited))
    result = dao.verify_chain()
    assert not result and result.first_bad == 4 and "edited" in result.reason

    path.write_text("".join(original[:3] + original[4:]))
    assert dao.verify_chain().first_bad == 3

    path.write_text("".join(original[:2] + [original[3], original[2]] + original[4:]))
    assert dao.verify_chain().first_bad == 2

    path.write_text("".join(original[:-1]))
    result = dao.verify_chain()
    assert result.first_bad == 7 and "missing" in result.reason

    path.write_text("".join(original))
    assert dao.verify_chain()


def test_reopening_the_chain_file_resumes_it(tmp_path):
    dao, client = _registered(tmp_path)
    update = client.get_model_update()
    dao.update_local_model("lab", update, signature=client.sign(update, 0))
    dao.aggregate()
    head = dao.chain.head
    again = CausalDAO(_graph(), chain_path=tmp_path / "chain.jsonl")
    assert again.round == 1 and len(again.chain) == 4 and again.chain.head == head
    again.register_client("lab", client.public_key)
    assert again.chain[-1]["previous"] == head and again.verify_chain()


def test_a_chain_file_cut_mid_line_is_refused_unless_recovered(tmp_path):
    dao, _ = _registered(tmp_path)
    path = tmp_path / "chain.jsonl"
    text = path.read_text()
    path.write_text(text + text.splitlines()[1][:30])
    with pytest.raises(ChainError, match="cut short.*recover=True"):
        HashChain(path)
    chain = HashChain(path, recover=True)
    assert len(chain) == 2 and chain.verify() and path.read_text() == text


def test_a_broken_chain_file_is_refused_on_open(tmp_path):
    _registered(tmp_path)
    path = tmp_path / "chain.jsonl"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text(lines[1] + lines[0])
    with pytest.raises(ChainError, match="block 0"):
        HashChain(path)
