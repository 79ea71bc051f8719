"""Federated learning of models and causal graphs: robust aggregation, graph consensus, signed updates and a
hash-chained log (`CausalDAO` on the server, `FederatedClient` at each site), and a Flower strategy / client app.

    dao = CausalDAO(initial_graph=rules, consensus_threshold=0.6)        # server
    client = FederatedClient("lab_1", model, data_size=1000, local_causal_graph=rules)
    dao.register_client(client.client_id, client.public_key)
    client.train(loader, optimizer, loss_fn)
    update = client.get_model_update()
    dao.update_local_model(client.client_id, update, client.data_size, client.sign(update, dao.round))
    dao.aggregate()

Names are imported lazily (PEP 562); ``cryptography`` and ``flwr`` load only when used.
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "CausalDAO": "causaltorch.federated.dao",
    "secure_aggregate": "causaltorch.federated.dao",
    "aggregate_updates": "causaltorch.federated.dao",
    "FederatedClient": "causaltorch.federated.client",
    "Aggregator": "causaltorch.federated.aggregation",
    "DEFAULT_AGGREGATION": "causaltorch.federated.aggregation",
    "DEFAULT_ROUND_AGGREGATION": "causaltorch.federated.aggregation",
    "Reputation": "causaltorch.federated.reputation",
    "fedavg": "causaltorch.federated.aggregation",
    "coordinate_median": "causaltorch.federated.aggregation",
    "trimmed_mean": "causaltorch.federated.aggregation",
    "krum": "causaltorch.federated.aggregation",
    "multi_krum": "causaltorch.federated.aggregation",
    "centered_clip": "causaltorch.federated.aggregation",
    "bucketing": "causaltorch.federated.aggregation",
    "graph_consensus": "causaltorch.federated.consensus",
    "ConsensusResult": "causaltorch.federated.consensus",
    "agreement_weights": "causaltorch.federated.consensus",
    "HashChain": "causaltorch.federated.chain",
    "ChainVerification": "causaltorch.federated.chain",
    "Signature": "causaltorch.federated.signing",
    "FederatedError": "causaltorch.federated.errors",
    "UnregisteredClientError": "causaltorch.federated.errors",
    "DuplicateClientError": "causaltorch.federated.errors",
    "SignatureError": "causaltorch.federated.errors",
    "ReplayError": "causaltorch.federated.errors",
    "UpdateError": "causaltorch.federated.errors",
    "ChainError": "causaltorch.federated.errors",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
