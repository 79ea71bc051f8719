"""Flower (``flwr==1.42``) integration: a server `Strategy` around a `CausalDAO`, and a ClientApp around a
`FederatedClient`. Flower does the networking (SuperLink, SuperNodes, gRPC); CausalTorch does the checks.

Each training reply carries, besides Flower's ``"arrays"`` (the client's model) and ``"metrics"``
(``num-examples``), a ConfigRecord ``"causaltorch"``: ``client-id``, ``round`` (the DAO round it was signed for),
``signature`` (Ed25519, 64 bytes) and, when the client discovers graphs, ``graph`` (rule-set JSON) and
``graph-signature``. `CausalDAOStrategy.aggregate_train` hands every reply to the DAO (registration, signature,
replay, names / shapes / NaN checks, hash chain); rejected replies are logged and left out, the rest are
aggregated by the DAO's rule. For ``fedavg``, ``median``, ``trimmed_mean``, ``krum`` and ``multi_krum`` without
bucketing or reputation it uses Flower's own FedAvg, FedMedian, FedTrimmedAvg, Krum and MultiKrum on the accepted
replies; centred clipping, bucketing and the reputation across rounds, which Flower lacks, come from
`causaltorch.federated.aggregation`. The reputation is keyed by the signed ``client-id`` of each reply, so it
follows an institution across rounds whatever Flower node carries it.

    strategy = CausalDAOStrategy(dao, min_available_nodes=3)
    result = strategy.start(grid=grid, initial_arrays=ArrayRecord(model.state_dict()), num_rounds=5)

    app = client_app(make_task)        # make_task(context) -> FederatedTask (client, data, optimizer, loss)
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import torch

from causaltorch.errors import CausalTorchError, require
from causaltorch.federated.client import FederatedClient
from causaltorch.federated.dao import CausalDAO
from causaltorch.federated.signing import Signature, payload_hash
from causaltorch.rules import CausalRuleSet

require("flwr", "federated", "the Flower strategy and client app")

from flwr.app import ArrayRecord, ConfigRecord, Context, Message, MetricRecord, RecordDict  # noqa: E402
from flwr.clientapp import ClientApp  # noqa: E402
from flwr.serverapp.strategy import FedAvg, FedMedian, FedTrimmedAvg, Krum, MultiKrum  # noqa: E402

__all__ = ["CausalDAOStrategy", "FederatedTask", "client_app", "train_reply", "RECORD"]

log = logging.getLogger(__name__)

RECORD = "causaltorch"  # the ConfigRecord key of a reply's client id, round, signatures and graph


class CausalDAOStrategy(FedAvg):
    """A Flower strategy whose aggregation, graph voting, signature checks and log are the `CausalDAO`'s.

    Args:
        dao: the server; register every client (id and public key) before the run.
        use_flower_builtin: aggregate with Flower's own strategy where it has the DAO's rule (see module doc).
        fraction_train, min_train_nodes, min_available_nodes, fraction_evaluate: as Flower's `FedAvg`.
    """

    def __init__(self, dao: CausalDAO, *, use_flower_builtin: bool = True, fraction_train: float = 1.0,
                 fraction_evaluate: float = 0.0, min_train_nodes: int = 2, min_available_nodes: int = 2):
        super().__init__(fraction_train=fraction_train, fraction_evaluate=fraction_evaluate,
                         min_train_nodes=min_train_nodes, min_evaluate_nodes=0,
                         min_available_nodes=min_available_nodes)
        self.dao = dao
        self.use_flower_builtin = bool(use_flower_builtin)
        self.rejected: list[tuple[int, str, str]] = []  # (server round, client id, error name)

    def flower_builtin(self) -> FedAvg | None:
        """Flower's strategy computing the DAO's aggregation rule, or None where Flower has none."""
        rule = self.dao.aggregator
        if not self.use_flower_builtin or rule.bucket or rule.reputation is not None:
            return None
        options = dict(rule.options)
        common = dict(fraction_evaluate=0.0, min_evaluate_nodes=0)
        if rule.method == "fedavg":
            return FedAvg(**common)
        if rule.method == "median":
            return FedMedian(**common)
        if rule.method == "trimmed_mean":
            return FedTrimmedAvg(beta=options.get("beta", 0.1), **common)
        if rule.method == "krum":
            return Krum(num_malicious_nodes=int(options.get("f", 0)), **common)
        if rule.method == "multi_krum":
            f = int(options.get("f", 0))
            return MultiKrum(num_malicious_nodes=f, num_nodes_to_select=int(options.get("m", 0)) or None, **common) \
                if "m" in options else MultiKrum(num_malicious_nodes=f, **common)
        return None

    def configure_train(self, server_round: int, arrays: ArrayRecord, config: ConfigRecord, grid: Any
                        ) -> Iterable[Message]:
        config["causaltorch-round"] = self.dao.round  # what clients sign for
        return super().configure_train(server_round, arrays, config, grid)

    def aggregate_train(self, server_round: int, replies: Iterable[Message]
                        ) -> tuple[ArrayRecord | None, MetricRecord | None]:
        valid, _ = self._check_and_log_replies(replies, is_train=True, validate=False)
        accepted = [message for message in valid if self._submit(server_round, message)]
        if not accepted:
            log.warning("round %d: no update was accepted; the global model stays as it was", server_round)
            return None, None
        metrics = self.train_metrics_aggr_fn([m.content for m in accepted], self.weighted_by_key)
        builtin = self.flower_builtin()
        if builtin is not None:
            arrays, _ = builtin.aggregate_train(server_round, accepted)
            state = self.dao.aggregate(arrays.to_torch_state_dict(), f"flower:{type(builtin).__name__}")
        else:
            state = self.dao.aggregate()
        return ArrayRecord(state), metrics

    def _submit(self, server_round: int, message: Message) -> bool:
        content = message.content
        meta = content.config_records.get(RECORD)
        client_id = str(meta["client-id"]) if meta is not None and "client-id" in meta \
            else f"node-{message.metadata.src_node_id}"
        try:
            if meta is None or len(content.array_records) != 1:
                raise CausalTorchError(f"The reply of {client_id!r} lacks its {RECORD!r} record or its one model.")
            state = next(iter(content.array_records.values())).to_torch_state_dict()
            size = _data_size(content, self.weighted_by_key)
            round_number = int(meta.get("round", self.dao.round))
            signature = _signature(meta, "signature", client_id, "model", round_number, state)
            self.dao.update_local_model(client_id, state, size, signature)
            if "graph" in meta:
                graph = CausalRuleSet.from_dict(json.loads(str(meta["graph"])))
                signature = _signature(meta, "graph-signature", client_id, "graph", round_number, graph)
                self.dao.update_local_graph(client_id, graph, signature)
        except (CausalTorchError, ValueError) as error:  # recorded in the DAO's chain; the reply is left out
            self.rejected.append((server_round, client_id, type(error).__name__))
            log.warning("round %d: rejected the reply of %s: %s", server_round, client_id, error)
            return False
        return True


def _data_size(content: RecordDict, key: str) -> int | None:
    for record in content.metric_records.values():
        if key in record:
            return int(record[key])
    return None


def _signature(meta: ConfigRecord, key: str, client_id: str, kind: str, round_number: int, payload: Any
               ) -> Signature | None:
    """The reply's signature over the payload as received: a payload changed in transit fails verification."""
    if key not in meta:
        return None
    return Signature(client_id, round_number, kind, payload_hash(payload), bytes(meta[key]))


@dataclass
class FederatedTask:
    """What one SuperNode trains: its `FederatedClient`, local batches, optimiser, loss and options.

    ``attack`` makes this node a Byzantine client for experiments: ``"sign_flip"`` (sends ``-10`` times its
    change from the global model) or ``"gaussian"`` (sends the global model plus N(0, 1) noise).
    """

    client: FederatedClient
    train_loader: Iterable[Any]
    optimizer: torch.optim.Optimizer
    loss_fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
    epochs: int = 1
    discover_graph: bool = False
    attack: str | None = None


def train_reply(task: FederatedTask, message: Message) -> Message:
    """Train ``task`` from the global model in ``message`` and build the signed reply."""
    client = task.client
    config = message.content.config_records.get("config", ConfigRecord())
    round_number = int(config.get("causaltorch-round", 0))
    global_state = next(iter(message.content.array_records.values())).to_torch_state_dict()
    client.set_global_model(global_state)
    metrics = client.train(task.train_loader, task.optimizer, task.loss_fn, task.epochs)
    update = client.get_model_update()
    if task.attack == "sign_flip":
        update = {k: global_state[k] - 10 * (v - global_state[k]) if v.is_floating_point() else v
                  for k, v in update.items()}
    elif task.attack == "gaussian":
        update = {k: global_state[k] + torch.randn_like(v) if v.is_floating_point() else v for k, v in update.items()}
    signature = client.sign(update, round_number)
    meta: dict[str, Any] = {"client-id": client.client_id, "round": round_number, "signature": signature.value}
    if task.discover_graph:
        graph = client.discover_causal_graph(task.train_loader)
        meta["graph"] = json.dumps(graph.to_dict())
        meta["graph-signature"] = client.sign(graph, round_number).value
    content = RecordDict({"arrays": ArrayRecord(update),
                          "metrics": MetricRecord({"train-loss": metrics["loss"],
                                                   "num-examples": int(metrics["samples"] / task.epochs)}),
                          RECORD: ConfigRecord(meta)})
    return Message(content=content, reply_to=message)


def client_app(make_task: Callable[[Context], FederatedTask]) -> ClientApp:
    """A Flower ClientApp whose ``train`` runs ``make_task(context)`` (built once per node and kept)."""
    app = ClientApp()
    tasks: dict[int, FederatedTask] = {}

    @app.train()
    def train(message: Message, context: Context) -> Message:
        task = tasks.get(context.node_id)
        if task is None:
            task = tasks[context.node_id] = make_task(context)
        return train_reply(task, message)

    return app
