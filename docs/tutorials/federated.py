"""Federated learning: train one model and agree on one causal graph without sharing data.

Each institution keeps its rows. A `FederatedClient` trains a local copy of the model and signs what it
sends (Ed25519); a `CausalDAO` server checks every update (registered client, valid signature, the right
round, the right parameter names and shapes, no NaN), aggregates the models robustly (by default
centred clipping, so one attacker cannot drag the model far), votes on the causal graph edge by edge,
and writes everything it accepted or rejected to a tamper-evident hash chain.

This tutorial runs the protocol in one process: five clients fit a linear model `y = 2 x0 - x1 + 0.5`,
one of them an attacker that sends its update flipped and scaled by 10. Over the network the same
objects run under Flower (`causaltorch federated run`, see the federated guide).
"""

# %% Five clients with private data
import tempfile
from pathlib import Path

import torch
from torch import nn

from causaltorch import CausalRuleSet
from causaltorch.errors import CausalTorchError
from causaltorch.federated import CausalDAO, FederatedClient


def private_rows(seed: int, n: int = 64) -> list[tuple[torch.Tensor, torch.Tensor]]:
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 2, generator=generator)
    y = (2.0 * x[:, :1] - x[:, 1:] + 0.5) + 0.1 * torch.randn(n, 1, generator=generator)
    return [(x[i:i + 16], y[i:i + 16]) for i in range(0, n, 16)]  # four batches of 16


def run(aggregation: str, rounds: int = 6) -> tuple[CausalDAO, nn.Module]:
    torch.manual_seed(0)
    start = nn.Linear(2, 1)
    dao = CausalDAO(model_aggregation=aggregation, require_signatures=True)
    dao.global_model = {k: v.clone() for k, v in start.state_dict().items()}
    clients = [FederatedClient(f"lab_{i}", nn.Linear(2, 1), data_size=64) for i in range(5)]
    for client in clients:
        dao.register_client(client.client_id, client.public_key)
    for _ in range(rounds):
        for i, client in enumerate(clients):
            client.set_global_model(dao.global_model)
            optimizer = torch.optim.SGD(client.model.parameters(), lr=0.1)
            client.train(private_rows(seed=i), optimizer, nn.functional.mse_loss)
            update = client.get_model_update()
            if client.client_id == "lab_4":  # the attacker: the honest step, flipped and scaled by 10
                update = {k: dao.global_model[k] - 10 * (v - dao.global_model[k]) for k, v in update.items()}
            dao.update_local_model(client.client_id, update, data_size=64, signature=client.sign(update, dao.round))
        dao.aggregate()
    model = nn.Linear(2, 1)
    model.load_state_dict(dao.global_model)
    return dao, model


def test_loss(model: nn.Module) -> float:
    x, y = private_rows(seed=100, n=256)[0]
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


# %% Robust aggregation against an attacker
dao, robust = run("centered_clip")
_, averaged = run("fedavg")
print(f"test MSE after 6 rounds: centred clipping {test_loss(robust):.3f}, plain FedAvg {test_loss(averaged):.3f}")
print("learned weights:", robust.weight.data.tolist(), robust.bias.data.tolist())
assert test_loss(robust) < 0.1  # close to the noise level (0.01) despite the attacker
assert test_loss(averaged) > 10 * test_loss(robust)  # the plain mean is dragged away

# %% Checks on every update
# An update signed for an earlier round is a replay; one signed with another client's key is a forgery.
# Both are refused (and recorded as rejected) before anything they carry is used.
honest = FederatedClient("late", nn.Linear(2, 1), data_size=64)
dao.register_client("late", honest.public_key)
update = honest.get_model_update()
for bad_signature in (honest.sign(update, dao.round - 1), FederatedClient("x", nn.Linear(2, 1), 1).sign(update)):
    try:
        dao.update_local_model("late", update, signature=bad_signature)
    except CausalTorchError as error:
        print(type(error).__name__ + ":", error)
    else:
        raise AssertionError("a replayed or forged update must be refused")

# %% Agreeing on a causal graph
# Each client's graph is its vote; an edge enters the global graph when at least `consensus_threshold`
# of the voting weight holds it. Two of three clients say smoking -> tar: it is in. One says tar -> age:
# it is not.
variables = CausalRuleSet.from_dict({"cause_effect_pairs": [
    {"cause": "smoking", "effect": "tar", "strength": 0.5}, {"cause": "age", "effect": "tar", "strength": 0.5}]})
with tempfile.TemporaryDirectory() as folder:
    chain_file = Path(folder) / "dao.jsonl"
    council = CausalDAO(initial_graph=variables, consensus_threshold=0.6, chain_path=chain_file)
    votes = {
        "a": [("smoking", "tar", 0.8)],
        "b": [("smoking", "tar", 0.6), ("age", "tar", 0.3)],
        "c": [("tar", "age", 0.4)],
    }
    for name, edges in votes.items():
        voter = FederatedClient(name, nn.Linear(1, 1), data_size=10)
        council.register_client(name, voter.public_key)
        graph = CausalRuleSet()
        for variable in variables.variables:
            graph.add_variable(variable)
        for cause, effect, strength in edges:
            graph.add_rule(cause, effect, strength)
        council.update_local_graph(name, graph, signature=voter.sign(graph, council.round))
    agreed = {(rule.cause, rule.effect): rule.strength for rule in council.global_graph}
    print("global graph:", agreed)
    # 2 of 3 votes; the strength is the median of 0.8 and 0.6 (of two values, the lower one)
    assert agreed == {("smoking", "tar"): 0.6}

    # %% A tamper-evident log
    # Every registration and update is a block holding the hash of the one before. Edit one and
    # `verify_chain()` names it.
    assert council.verify_chain()
    lines = chain_file.read_text().splitlines()
    assert '"client":"a"' in lines[2]  # block 2: client a's graph vote
    lines[2] = lines[2].replace('"client":"a"', '"client":"mallory"')
    chain_file.write_text("\n".join(lines) + "\n")
    verdict = council.verify_chain()
    print("after editing block 2:", verdict)
    assert not verdict and verdict.first_bad == 2
