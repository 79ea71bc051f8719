"""`FederatedClient`: local training, the update it reports, loading the global model, local discovery."""

from __future__ import annotations

import pytest
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

from causaltorch.errors import DataError
from causaltorch.federated import FederatedClient
from causaltorch.federated.errors import UpdateError
from causaltorch.federated.signing import payload_hash, verify_signature

pytest.importorskip("cryptography")


def _client(seed=0):
    torch.manual_seed(seed)
    return FederatedClient("lab", nn.Linear(2, 1), data_size=40)


def test_the_update_is_a_detached_copy_of_the_state_dict():
    client = _client()
    update = client.get_model_update()
    update["weight"] += 1
    assert not torch.equal(update["weight"], client.model.weight.detach())


def test_set_global_model_loads_the_weights_and_refuses_a_mismatch():
    client, other = _client(0), _client(1)
    client.set_global_model(other.get_model_update())
    assert torch.equal(client.model.weight, other.model.weight)
    with pytest.raises(UpdateError, match="missing"):
        client.set_global_model({"weight": torch.zeros(1, 2)})
    assert torch.equal(client.model.weight, other.model.weight)


def test_train_refuses_an_empty_loader():
    client = _client()
    with pytest.raises(DataError, match="no batches"):
        client.train([], torch.optim.SGD(client.model.parameters(), lr=0.1), nn.MSELoss())


def test_discovery_names_columns_by_the_local_graph_and_finds_the_chain():
    from causaltorch import CausalRuleSet

    local = CausalRuleSet()
    for name in ("a", "b", "c"):
        local.add_variable(name)
    g = torch.Generator().manual_seed(0)
    a = torch.randn(400, 1, generator=g)
    b = 1.5 * a + 0.5 * torch.randn(400, 1, generator=g)
    c = -1.2 * b + 0.5 * torch.randn(400, 1, generator=g)
    client = FederatedClient("lab", nn.Linear(2, 1), data_size=400, local_causal_graph=local)
    graph = client.discover_causal_graph(DataLoader(TensorDataset(torch.cat([a, b], 1), c), batch_size=100))
    # NOTEARS l2 on these scales recovers a -> b -> c (equal-variance noise makes the direction identifiable)
    assert {(r.cause, r.effect) for r in graph.rules} == {("a", "b"), ("b", "c")}
    assert client.local_causal_graph is graph


def test_a_signature_covers_exactly_the_signed_update():
    client = _client()
    update = client.get_model_update()
    signature = client.sign(update, 3)
    assert signature.round == 3 and signature.payload_hash == payload_hash(update)
    assert verify_signature(client.public_key, signature)
    changed = {k: v.clone() for k, v in update.items()}
    changed["bias"] += 1e-6
    assert payload_hash(changed) != signature.payload_hash
