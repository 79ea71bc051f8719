"""`CausalDAOStrategy` and the ClientApp's reply, with real Flower (flwr 1.42) records and messages."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

pytest.importorskip("flwr")
pytest.importorskip("cryptography")

from flwr.app import ArrayRecord, ConfigRecord, Message, RecordDict  # noqa: E402

from causaltorch.federated import CausalDAO, FederatedClient  # noqa: E402
from causaltorch.federated.flower import CausalDAOStrategy, FederatedTask, train_reply  # noqa: E402


@pytest.fixture(autouse=True)
def _server_process_identity(monkeypatch):
    """Flower stamps messages with the run and task of the process (set by the ServerApp runtime)."""
    from flwr.supercore.task_identity import TaskIdentity

    for field, value in (("_run_id", 1), ("_task_id", 1), ("_node_id", 0)):
        monkeypatch.setattr(TaskIdentity, field, value)


def _task(name: str, seed: int, attack: str | None = None) -> FederatedTask:
    torch.manual_seed(seed)
    model = nn.Linear(2, 1)
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(64, 2, generator=g)
    y = x @ torch.tensor([[1.0], [-2.0]]) + 0.5
    client = FederatedClient(name, model, data_size=64)
    return FederatedTask(client, DataLoader(TensorDataset(x, y), batch_size=16),
                         torch.optim.SGD(model.parameters(), lr=0.1), nn.MSELoss(), attack=attack)


def _instruction(state, dao_round: int, node: int) -> Message:
    content = RecordDict({"arrays": ArrayRecord(state), "config": ConfigRecord({"causaltorch-round": dao_round})})
    return Message(content=content, dst_node_id=node, message_type="train")


def _setup(rule: str, *tasks: FederatedTask):
    dao = CausalDAO(model_aggregation=rule)
    for task in tasks:
        dao.register_client(task.client.client_id, task.client.public_key)
    start = {k: torch.zeros_like(v) for k, v in tasks[0].client.model.state_dict().items()}
    return dao, CausalDAOStrategy(dao), start


def test_signed_replies_are_aggregated_and_chained():
    tasks = [_task(f"site{k}", k) for k in range(3)]
    dao, strategy, start = _setup("median", *tasks)
    replies = [train_reply(t, _instruction(start, dao.round, k + 1)) for k, t in enumerate(tasks)]
    sent = [r.content["arrays"].to_torch_state_dict()["weight"] for r in replies]
    arrays, metrics = strategy.aggregate_train(1, replies)
    assert torch.allclose(arrays.to_torch_state_dict()["weight"], torch.stack(sent).median(0).values)
    assert "train-loss" in metrics
    assert dao.round == 1 and dao.chain[-1]["body"]["method"] == "flower:FedMedian"
    assert type(strategy.flower_builtin()).__name__ == "FedMedian"


def test_a_forged_or_replayed_reply_is_left_out():
    tasks = [_task(f"site{k}", k) for k in range(3)]
    dao, strategy, start = _setup("fedavg", *tasks)
    replies = [train_reply(t, _instruction(start, dao.round, k + 1)) for k, t in enumerate(tasks)]
    forged = replies[2].content["arrays"].to_torch_state_dict()
    replies[2].content["arrays"] = ArrayRecord({k: v + 1 for k, v in forged.items()})  # changed in transit
    arrays, _ = strategy.aggregate_train(1, replies)
    honest = torch.stack([r.content["arrays"].to_torch_state_dict()["weight"] for r in replies[:2]]).mean(0)
    assert torch.allclose(arrays.to_torch_state_dict()["weight"], honest, atol=1e-6)
    assert strategy.rejected == [(1, "site2", "SignatureError")]
    old = train_reply(tasks[0], _instruction(start, 0, 1))  # signed for round 0, sent in round 1
    assert strategy.aggregate_train(2, [old]) == (None, None)
    assert strategy.rejected[-1] == (2, "site0", "ReplayError")


def test_centred_clipping_comes_from_causaltorch_and_bounds_a_sign_flipper():
    tasks = [_task(f"site{k}", k) for k in range(4)] + [_task("bad", 9, attack="sign_flip")]
    dao, strategy, start = _setup("centered_clip", *tasks)
    assert strategy.flower_builtin() is None
    replies = [train_reply(t, _instruction(start, dao.round, k + 1)) for k, t in enumerate(tasks)]
    honest = torch.stack([r.content["arrays"].to_torch_state_dict()["weight"] for r in replies[:4]]).mean(0)
    arrays, _ = strategy.aggregate_train(1, replies)
    robust = arrays.to_torch_state_dict()["weight"]
    mean_all = torch.stack([r.content["arrays"].to_torch_state_dict()["weight"] for r in replies]).mean(0)
    assert (robust - honest).norm() < 0.5 * (mean_all - honest).norm()
    assert dao.chain[-1]["body"]["method"] == "centered_clip"


def test_without_flower_builtins_the_dao_aggregates_and_graphs_travel_signed():
    tasks = [_task(f"site{k}", k) for k in range(3)]
    for task in tasks:
        task.discover_graph = True
    dao = CausalDAO(model_aggregation="median")
    for task in tasks:
        dao.register_client(task.client.client_id, task.client.public_key)
    strategy = CausalDAOStrategy(dao, use_flower_builtin=False)
    start = {k: torch.zeros_like(v) for k, v in tasks[0].client.model.state_dict().items()}
    replies = [train_reply(t, _instruction(start, dao.round, k + 1)) for k, t in enumerate(tasks)]
    strategy.aggregate_train(1, replies)
    assert dao.chain[-1]["body"]["method"] == "median"
    graph_blocks = [b for b in dao.chain if b["kind"] == "graph_update"]
    assert len(graph_blocks) == 3 and all(b["body"]["signed"] for b in graph_blocks)
    # y = x0 - 2 x1 + 0.5 exactly: every site finds x0 -> x2 and x1 -> x2
    assert {(r.cause, r.effect) for r in dao.global_graph.rules} == {("x0", "x2"), ("x1", "x2")}


def test_the_reputation_follows_the_signed_client_id_across_rounds():
    tasks = [_task(f"site{k}", k) for k in range(4)] + [_task("bad", 9, attack="sign_flip")]
    dao, strategy, state = _setup("reputation(0.9)+centered_clip", *tasks)
    assert strategy.flower_builtin() is None
    assert CausalDAOStrategy(CausalDAO(model_aggregation="reputation+median")).flower_builtin() is None
    excluded = []
    for server_round in (1, 2, 3):
        # Flower node ids change between rounds here: the record is keyed by the signed client id, not the node
        replies = [train_reply(t, _instruction(state, dao.round, 10 * server_round + k)) for k, t in enumerate(tasks)]
        arrays, _ = strategy.aggregate_train(server_round, replies)
        state = arrays.to_torch_state_dict()
        excluded.append(dao.chain[-1]["body"]["reputation"]["excluded"])
    # round 1 sets the first model (no evidence); round 2: clipped but counted; left out from round 3
    assert excluded == [[], [], ["bad"]]
    scores = dao.chain[-1]["body"]["reputation"]["scores"]
    assert scores["bad"][0] < 0 < min(scores[f"site{k}"][0] for k in range(4))
