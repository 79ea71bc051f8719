"""The specification's federated-learning examples (CausalDAO, FederatedClient, secure_aggregate), called as
written once the user's own variables are defined (sizes shrunk where the spec's would be slow).

Each client must be registered with the server before its updates count (`CausalDAO.register_client`): the
spec's blocks leave that setup out, as they leave out the dataloaders.
"""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from causaltorch import CausalRuleSet
from causaltorch.federated import CausalDAO, FederatedClient, secure_aggregate
from causaltorch.federated.errors import UnregisteredClientError

pytest.importorskip("cryptography")


def _core_rules() -> CausalRuleSet:
    rules = CausalRuleSet()
    for name in ("rain", "sprinkler", "wet_ground"):
        rules.add_variable(name)
    rules.add_rule("rain", "wet_ground", 0.9)
    return rules


def _sprinkler_rows(n: int = 300, seed: int = 0) -> DataLoader:
    """Rows of a linear SCM rain -> wet_ground <- sprinkler; inputs (rain, sprinkler), target wet_ground."""
    g = torch.Generator().manual_seed(seed)
    rain, sprinkler = torch.randn(n, 1, generator=g), torch.randn(n, 1, generator=g)
    wet = 1.5 * rain + 1.0 * sprinkler + 0.3 * torch.randn(n, 1, generator=g)
    return DataLoader(TensorDataset(torch.cat([rain, sprinkler], 1), wet), batch_size=50)


def test_spec_L336_causal_dao_starts_with_a_genesis_block_and_processes_updates():
    dao = CausalDAO(initial_graph=None, consensus_threshold=0.6, model_aggregation="fedavg")
    assert dao.global_model == {} and isinstance(dao.global_graph, CausalRuleSet) and dao.clients == {}
    assert dao.consensus_threshold == 0.6 and dao.model_aggregation == "fedavg"
    assert len(dao.chain) == 1 and dao.chain[0]["kind"] == "genesis"
    with pytest.raises(UnregisteredClientError):
        dao.update_local_graph("lab", _core_rules())
    dao.register_client("lab")
    assert dao.update_local_graph("lab", _core_rules(), signature=None) is True
    assert dao.global_graph.get_rule("rain", "wet_ground") is not None  # one voter: its graph is the consensus
    assert dao.update_local_model("lab", {"w": torch.ones(2)}, data_size=None, signature=None) is True
    assert torch.equal(dao.aggregate()["w"], torch.ones(2))
    assert dao.verify_chain()


def test_spec_L1754_architecture_trains_discovers_and_submits_each_epoch():
    torch.manual_seed(0)
    core_causal_rules = _core_rules()
    local_rules = _core_rules()
    local_dataloader = _sprinkler_rows()
    model = nn.Linear(2, 1)  # the user's model over the local columns (the spec's is a text generator)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_fn = nn.MSELoss()

    dao = CausalDAO(initial_graph=core_causal_rules, consensus_threshold=0.6, model_aggregation="fedavg")
    client = FederatedClient(client_id="client_1", model=model, data_size=1000, local_causal_graph=local_rules)
    dao.register_client(client.client_id)

    losses = []
    for _epoch in range(3):
        metrics = client.train(local_dataloader, optimizer, loss_fn)
        model_update = client.get_model_update()
        local_graph = client.discover_causal_graph(local_dataloader)
        dao.update_local_model(client.client_id, model_update)
        dao.update_local_graph(client.client_id, local_graph)
        losses.append(metrics["loss"])
    assert losses[-1] < losses[0]
    edges = {(r.cause, r.effect) for r in dao.global_graph.rules}
    assert edges == {("rain", "wet_ground"), ("sprinkler", "wet_ground")}  # the local data's graph, found locally
    assert torch.allclose(dao.aggregate()["weight"], model.weight.detach())


def test_spec_L1792_secure_aggregate_removes_outliers_then_averages():
    updates = [{"w": torch.tensor([1.0, 2.0])}, {"w": torch.tensor([1.2, 2.2])}, {"w": torch.tensor([0.8, 1.8])},
               {"w": torch.tensor([1.1, 2.1])}, {"w": torch.tensor([-500.0, 900.0])}]
    weights = [0.2] * 5
    aggregated_update = secure_aggregate(updates, weights)
    assert set(aggregated_update) == {"w"}
    # bucketing puts the outlier in one of three buckets; clipping bounds its pull to well under a unit
    assert torch.allclose(aggregated_update["w"], torch.tensor([1.0, 2.0]), atol=0.5)
    assert not torch.allclose(secure_aggregate(updates, weights, method="fedavg")["w"], torch.tensor([1.0, 2.0]),
                              atol=50)


def test_spec_L2045_quick_reference_server_and_client_with_a_text_generator():
    from causaltorch.text import CNSG_TextGenerator

    torch.manual_seed(0)
    core_rules, local_rules = _core_rules(), _core_rules()
    model = CNSG_TextGenerator(vocab_size=20, d_model=16, n_heads=2, n_layers=1, max_seq_length=8)
    tokens = torch.randint(0, 20, (16, 6))
    dataloader = DataLoader(TensorDataset(tokens[:, :-1], tokens[:, 1:]), batch_size=8)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)

    def loss_fn(outputs, targets):
        return nn.functional.cross_entropy(outputs.logits.reshape(-1, 20), targets.reshape(-1))

    dao = CausalDAO(initial_graph=core_rules)
    client = FederatedClient(client_id="research_lab_1", model=model, data_size=1000, local_causal_graph=local_rules)
    dao.register_client(client.client_id)
    before = client.get_model_update()
    client.train(dataloader, optimizer, loss_fn)
    model_update = client.get_model_update()
    assert dao.update_local_model(client.client_id, model_update)
    changed = [k for k in before if not torch.equal(before[k], model_update[k])]
    assert changed  # training moved the weights the server receives
    assert set(dao.aggregate()) == set(model.state_dict())


def test_spec_L2139_sharing_only_the_causal_rules_of_a_local_model():
    rules = _core_rules()
    rules.add_rule("sprinkler", "wet_ground", 0.6)
    local_model = nn.Module()
    local_model.causal_rules = rules  # the filmmaker's model; only its rules leave the site
    dao = CausalDAO(initial_graph=_core_rules(), consensus_threshold=0.5)
    client = FederatedClient("filmmaker_1", nn.Linear(1, 1), data_size=10)
    dao.register_client("filmmaker_1", client.public_key)

    def upload_to_server(causal_rules):
        return dao.update_local_graph("filmmaker_1", causal_rules, signature=client.sign(causal_rules, dao.round))

    assert upload_to_server(local_model.causal_rules)
    assert dao.global_graph.get_rule("sprinkler", "wet_ground").strength == pytest.approx(0.6)
    graph_updates = [b for b in dao.chain if b["kind"] == "graph_update"]
    assert len(graph_updates) == 1 and graph_updates[0]["body"]["signed"]


def test_spec_L2045_imports_from_the_top_level():
    from causaltorch import CausalDAO as TopDAO  # noqa: F401
    from causaltorch import FederatedClient as TopClient  # noqa: F401
