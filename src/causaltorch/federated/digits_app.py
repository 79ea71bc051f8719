"""A Flower App that trains logistic regression on scikit-learn's bundled digits with a `CausalDAO` server.

``causaltorch federated run`` deploys it on 127.0.0.1; the same components run against any SuperLink:

    [tool.flwr.app.components]
    serverapp = "causaltorch.federated.digits_app:server_app"
    clientapp = "causaltorch.federated.digits_app:client_app"

Run config (``[tool.flwr.app.config]``): ``num-server-rounds``, ``aggregation`` (an `Aggregator` name),
``keys-dir`` (one ``<client-id>.pub`` file per client, the hex of its Ed25519 public key), ``results``
(a JSON file the server writes: accuracy per round, rejected replies), ``chain`` (the DAO's JSONL log),
``lr``, ``local-epochs``. Node config (``--node-config``): ``partition-id``, ``num-partitions``,
``client-id``, ``key-file`` (the client's PEM private key), ``attack`` (``none``, ``sign_flip``,
``gaussian``, ``label_flip``, ``alie``) and, for ALIE, ``collude-dir`` and ``attackers`` (the colluding
attackers share their honest updates there and send ``mean - z * std`` of them, as Baruch et al. do).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from causaltorch.errors import DataError, require
from causaltorch.federated.client import FederatedClient
from causaltorch.federated.dao import CausalDAO
from causaltorch.federated.flower import CausalDAOStrategy, FederatedTask, train_reply

require("flwr", "federated", "the Flower digits app")

from flwr.app import ArrayRecord, Context, Message, MetricRecord  # noqa: E402
from flwr.clientapp import ClientApp  # noqa: E402
from flwr.serverapp import Grid, ServerApp  # noqa: E402

__all__ = ["server_app", "client_app", "digits_split", "make_model"]

SEED = 0


def digits_split() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """(train x, train y, test x, test y): 80/20 split of ``load_digits`` (seeded), scaled to [0, 1]."""
    datasets = require("sklearn.datasets", "federated", "the digits data (scikit-learn's bundled load_digits)")
    data = datasets.load_digits()
    x, y = torch.tensor(data.data, dtype=torch.float32) / 16.0, torch.tensor(data.target)
    order = torch.randperm(len(y), generator=torch.Generator().manual_seed(SEED))
    cut = int(0.8 * len(y))
    return x[order[:cut]], y[order[:cut]], x[order[cut:]], y[order[cut:]]


def make_model() -> nn.Module:
    torch.manual_seed(SEED)
    return nn.Linear(64, 10)


def _accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    with torch.no_grad():
        return float((model(x).argmax(1) == y).float().mean())


server_app = ServerApp()


@server_app.main()
def _server(grid: Grid, context: Context) -> None:
    config = context.run_config
    results_path = Path(str(config["results"]))
    dao = CausalDAO(model_aggregation=str(config["aggregation"]), require_signatures=True,
                    chain_path=str(config["chain"]) or None)
    keys = sorted(Path(str(config["keys-dir"])).glob("*.pub"))
    if not keys:
        raise DataError(f"No <client-id>.pub files in keys-dir {config['keys-dir']!r}; the server registers "
                        "every client's public key before the run.")
    for key in keys:
        dao.register_client(key.stem, bytes.fromhex(key.read_text().strip()))
    strategy = CausalDAOStrategy(dao, min_train_nodes=len(keys), min_available_nodes=len(keys))
    _, _, x_test, y_test = digits_split()
    model = make_model()
    history: list[dict[str, Any]] = []
    started = time.perf_counter()

    def evaluate(server_round: int, arrays: ArrayRecord) -> MetricRecord:
        model.load_state_dict(arrays.to_torch_state_dict())
        accuracy = _accuracy(model, x_test, y_test)
        history.append({"round": server_round, "accuracy": accuracy, "seconds": time.perf_counter() - started})
        return MetricRecord({"accuracy": accuracy})

    strategy.start(grid=grid, initial_arrays=ArrayRecord(model.state_dict()),
                   num_rounds=int(config["num-server-rounds"]), evaluate_fn=evaluate)
    results_path.write_text(json.dumps({"aggregation": dao.model_aggregation, "history": history,
                                        "rejected": strategy.rejected, "chain_ok": bool(dao.verify_chain()),
                                        "chain_blocks": len(dao.chain)}, indent=2) + "\n")


def _task(context: Context) -> FederatedTask:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from causaltorch.federated.attacks import flip_labels

    node = context.node_config
    config = context.run_config
    partition, partitions = int(node["partition-id"]), int(node["num-partitions"])
    x, y, _, _ = digits_split()
    rows = torch.randperm(len(y), generator=torch.Generator().manual_seed(SEED + 1)).tensor_split(partitions)[partition]
    attack = str(node.get("attack", "none"))
    labels = flip_labels(y[rows], 10) if attack == "label_flip" else y[rows]
    model = make_model()
    key = load_pem_private_key(Path(str(node["key-file"])).read_bytes(), password=None)
    client = FederatedClient(str(node["client-id"]), model, data_size=len(rows), private_key=key)
    loader = DataLoader(TensorDataset(x[rows], labels), batch_size=32, shuffle=True,
                        generator=torch.Generator().manual_seed(partition))
    optimizer = torch.optim.SGD(model.parameters(), lr=float(config.get("lr", 0.5)))
    wire_attack = attack if attack in ("sign_flip", "gaussian") else None
    return FederatedTask(client, loader, optimizer, nn.CrossEntropyLoss(), int(config.get("local-epochs", 1)),
                         attack=wire_attack)


client_app = ClientApp()
_TASKS: dict[int, FederatedTask] = {}


@client_app.train()
def _train(message: Message, context: Context) -> Message:
    task = _TASKS.get(context.node_id)
    if task is None:
        task = _TASKS[context.node_id] = _task(context)
    reply = train_reply(task, message)
    if str(context.node_config.get("attack", "none")) == "alie":
        _alie(reply, message, context)
    return reply


def _alie(reply: Message, message: Message, context: Context) -> None:
    """Replace the reply's model by the colluders' ``mean - z * std`` (their own honest updates) and re-sign."""
    from causaltorch.federated.attacks import alie_z
    from causaltorch.federated.flower import RECORD

    node = context.node_config
    folder = Path(str(node["collude-dir"])) / f"round-{message.content['config']['causaltorch-round']}"
    folder.mkdir(parents=True, exist_ok=True)
    state = reply.content["arrays"].to_torch_state_dict()
    torch.save(state, folder / f"{node['client-id']}.pt.tmp")
    (folder / f"{node['client-id']}.pt.tmp").rename(folder / f"{node['client-id']}.pt")
    attackers = int(node["attackers"])
    deadline = time.monotonic() + 120
    while len(list(folder.glob("*.pt"))) < attackers and time.monotonic() < deadline:
        time.sleep(0.05)
    states = [torch.load(p, weights_only=True) for p in sorted(folder.glob("*.pt"))]  # tensors only
    z = alie_z(int(node["num-partitions"]), attackers)
    stacked = {k: torch.stack([s[k] for s in states]) for k in state}
    forged = {k: v.mean(0) - z * v.std(0, unbiased=False) for k, v in stacked.items()}
    task = _TASKS[context.node_id]
    round_number = int(message.content["config"]["causaltorch-round"])
    reply.content["arrays"] = ArrayRecord(forged)
    reply.content[RECORD]["signature"] = task.client.sign(forged, round_number).value
