"""`CausalDAO`: the server of federated learning with causal graphs.

Clients register with an Ed25519 public key; each round they send a model update and the graph they discovered
locally, never data. The server checks every update (registered sender, signature over (client, round, payload
hash) for the current round, parameter names, shapes and finite values), aggregates the models robustly, votes
edge by edge on the graph, and writes every accepted and rejected update, aggregation and graph change to a
hash chain. A rejected update raises a named error after it is recorded as rejected; nothing it carries is used.

    dao = CausalDAO(initial_graph=rules, consensus_threshold=0.6, chain_path="runs/dao.jsonl")
    dao.register_client("lab_1", client.public_key)
    dao.update_local_model("lab_1", client.get_model_update(), data_size=1000,
                           signature=client.sign(update, dao.round))
    dao.aggregate()                       # -> dao.global_model, next round
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch.errors import CausalTorchError, UnknownVariableError
from causaltorch.federated.aggregation import (
    DEFAULT_AGGREGATION,
    DEFAULT_ROUND_AGGREGATION,
    Aggregator,
    check_update,
    flatten_update,
    unflatten_update,
)
from causaltorch.federated.chain import ChainVerification, HashChain
from causaltorch.federated.consensus import graph_consensus
from causaltorch.federated.errors import (
    DuplicateClientError,
    ReplayError,
    SignatureError,
    UnregisteredClientError,
    UpdateError,
)
from causaltorch.federated.reputation import Reputation
from causaltorch.federated.signing import Signature, payload_hash, public_key_bytes, verify_signature
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["CausalDAO", "secure_aggregate", "aggregate_updates"]

log = logging.getLogger(__name__)


@dataclass
class _Client:
    public_key: bytes | None
    weight: float


def aggregate_updates(updates: Sequence[Mapping[str, Tensor]], weights: Sequence[float] | None = None,
                      aggregator: str | Aggregator = DEFAULT_AGGREGATION, base: Mapping[str, Tensor] | None = None,
                      generator: torch.Generator | None = None, clients: Sequence[str] | None = None,
                      history: Reputation | None = None) -> dict[str, Tensor]:
    """Aggregate state dicts robustly → one state dict shaped like ``updates[0]``.

    With ``base`` (the current global model) the updates are aggregated as differences from it and the result
    is ``base + aggregate(differences)``, so centred clipping clips around "no change". Floating-point entries
    are aggregated by ``aggregator``; integer buffers (a batch-norm counter) take the per-entry median.
    ``clients`` and ``history`` are for a rule with ``reputation(...)+`` in front (see `Aggregator.__call__`).
    """
    rule = Aggregator.parse(aggregator)
    if not updates:
        raise UpdateError("There are no updates to aggregate; send at least one.")
    template = check_update(updates[0], base, "update 0") if base is not None else check_update(updates[0])
    checked = [template] + [check_update(u, template, f"update {i}") for i, u in enumerate(updates[1:], 1)]
    names = [k for k, v in template.items() if v.is_floating_point()]
    others = [k for k in template if k not in names]
    stacked = torch.stack([flatten_update(u, names) for u in checked]) if names else None
    out: dict[str, Tensor] = {}
    if stacked is not None:
        origin = flatten_update(base, names) if base is not None else torch.zeros(stacked.shape[1], dtype=stacked.dtype)
        combined = origin + rule(stacked - origin, weights, generator=generator, clients=clients, history=history)
        out.update(unflatten_update(combined, template, names))
    for name in others:
        values = torch.stack([u[name] for u in checked])
        out[name] = values.median(dim=0).values.to(template[name].dtype)
    return {name: out[name] for name in template}


def secure_aggregate(updates: Sequence[Mapping[str, Tensor]], weights: Sequence[float] | None = None,
                     method: str | Aggregator = DEFAULT_ROUND_AGGREGATION, seed: int = 0) -> dict[str, Tensor]:
    """Byzantine-robust aggregation of state dicts (the spec's ``secure_aggregate(updates, weights)``).

    ``weights`` (data sizes, say) enter the rules that use weights (see `causaltorch.federated.aggregation`);
    ``method`` is any `Aggregator` name without ``reputation(...)+`` (one call has no history across rounds; use
    `CausalDAO` for that), default `DEFAULT_ROUND_AGGREGATION` (the server default's per-round rule); ``seed``
    fixes bucketing's shuffle.
    """
    generator = torch.Generator().manual_seed(_validate.nonnegative_int("seed", seed))
    return aggregate_updates(updates, weights, method, generator=generator)


class CausalDAO:
    """A federated server that aggregates models robustly, agrees on a causal graph and keeps a hash chain.

    Args:
        initial_graph: the graph agreed before any vote (a `CausalRuleSet` or a rule-file dict); its variables
            are the only ones client graphs may name. None: the first accepted graph sets the variables.
        consensus_threshold: share of the voting clients' weight an edge needs to enter the global graph.
        consensus_agreement: weight each client's vote also by how much its graph agrees with the others'
            (`causaltorch.federated.consensus.agreement_weights`), so that clients reporting unrelated graphs
            lose most of their say.
        model_aggregation: an `Aggregator` name (``"fedavg"``, ``"median"``, ``"trimmed_mean(0.2)"``,
            ``"krum(4)"``, ``"multi_krum(4)"``, ``"centered_clip"``, with ``"bucketing(2)+"`` in front of any, and
            ``"reputation(decay)+"`` in front of that: the server then keeps each client id's mean agreement with
            the model's progress across rounds and leaves out clients whose record is <= 0; the records are
            written to each aggregation block of the chain and restored when the chain is resumed; the first
            round, whose updates are whole models rather than changes to a known one, adds no evidence). Default
            `DEFAULT_AGGREGATION`, ``"reputation(1)+centered_clip(cutoff=3)"``.
        require_signatures: refuse clients registered without a public key (a client registered with a key
            must sign in any case).
        chain_path: JSONL file of the chain (resumed if present; round number restored); None keeps it in memory.
        recover: drop a partial last line of ``chain_path`` (an interrupted write) instead of refusing it.
        seed: seeds bucketing's shuffle (round ``r`` uses ``seed + r``).
    """

    def __init__(self, initial_graph: CausalRuleSet | Mapping[str, Any] | None = None,
                 consensus_threshold: float = 0.6, model_aggregation: str | Aggregator = DEFAULT_AGGREGATION, *,
                 require_signatures: bool = False, chain_path: str | Path | None = None, recover: bool = False,
                 seed: int = 0, consensus_agreement: bool = False):
        self.consensus_threshold = _validate.number("consensus_threshold", consensus_threshold, 0.0, 1.0,
                                                    low_open=True, what="a share of votes in (0, 1]")
        if not isinstance(consensus_agreement, bool):
            raise UpdateError(f"consensus_agreement must be True or False, got {consensus_agreement!r}.")
        self.consensus_agreement = consensus_agreement
        self.aggregator = Aggregator.parse(model_aggregation)
        self.model_aggregation = str(self.aggregator)
        self.reputation = self.aggregator.history()  # None unless the rule has reputation(...)+ in front
        self.seed = _validate.nonnegative_int("seed", seed)
        self.require_signatures = bool(require_signatures)
        self.global_graph = as_ruleset(initial_graph).copy()
        self.global_model: dict[str, Tensor] = {}
        self.clients: dict[str, _Client] = {}
        self.round = 0
        self._models: dict[str, tuple[dict[str, Tensor], int]] = {}  # this round's accepted model updates
        self._graphs: dict[str, CausalRuleSet] = {}  # each client's latest accepted graph (its vote)
        self.chain = HashChain(chain_path, recover=recover)
        if len(self.chain) == 0:
            self.chain.append("genesis", None, 0, {"graph": payload_hash(self.global_graph),
                                                   "aggregation": self.model_aggregation})
        else:
            # an aggregation block closes its round: the next one starts after it
            self.round = max(int(b["round"]) + (b["kind"] == "aggregation") for b in self.chain)
            self._resume_reputation()
            log.info("CausalDAO: resumed the chain %s at round %d (%d blocks)", chain_path, self.round,
                     len(self.chain))

    # ------------------------------------------------------------------ clients
    def register_client(self, client_id: str, public_key: Any = None, weight: float = 1.0) -> None:
        """Admit ``client_id`` with its Ed25519 public key (key object or 32 raw bytes) and voting weight."""
        if not isinstance(client_id, str) or not client_id:
            raise UpdateError(f"client_id must be a non-empty string, got {client_id!r}.")
        if client_id in self.clients:
            raise DuplicateClientError(f"Client {client_id!r} is already registered; give each client its own id.")
        key = None if public_key is None else public_key_bytes(public_key)
        if key is None and self.require_signatures:
            raise SignatureError(f"This server requires signatures: register {client_id!r} with its public key "
                                 "(FederatedClient.public_key).")
        weight = _validate.positive("weight (the client's voting weight)", weight)
        self.clients[client_id] = _Client(key, weight)
        self.chain.append("register", client_id, self.round, {"public_key": key.hex() if key else None,
                                                               "weight": weight})

    # ------------------------------------------------------------------ models
    def update_local_model(self, client_id: str, model_update: Mapping[str, Tensor], data_size: int | None = None,
                           signature: Signature | bytes | None = None) -> bool:
        """Accept ``client_id``'s model (a state dict) for this round, or record it as rejected and raise.

        A second update from the same client in the same round replaces its first (the chain records which).

        Raises:
            UnregisteredClientError: the client is not registered.
            SignatureError: the signature is missing or forged.
            ReplayError: the update was signed for another round.
            UpdateError: wrong names or shapes, NaN / inf, or a bad data_size.
        """
        try:
            self._check_client(client_id)
            template = self.global_model or next((u for u, _ in self._models.values()), None)
            update = check_update(model_update, template, f"model update from {client_id!r}")
            digest = payload_hash(update)
            self._check_signature(client_id, "model", digest, signature)
            size = 1 if data_size is None else _validate.positive_int("data_size", data_size, error=UpdateError)
        except CausalTorchError as error:
            self._reject(client_id, "model", error)
            raise
        replaced = payload_hash(self._models[client_id][0]) if client_id in self._models else None
        self._models[client_id] = (update, size)
        self.chain.append("model_update", client_id, self.round, {"payload": digest, "data_size": size,
                                                                  "signed": signature is not None,
                                                                  "replaces": replaced})
        return True

    def accepted_updates(self) -> dict[str, tuple[dict[str, Tensor], int]]:
        """This round's accepted model updates: client id -> (state dict, data size)."""
        return dict(self._models)

    def aggregate(self, aggregated: Mapping[str, Tensor] | None = None, method: str | None = None
                  ) -> dict[str, Tensor]:
        """Aggregate this round's accepted model updates into `global_model`, start the next round, return it.

        ``aggregated`` takes a result computed elsewhere from `accepted_updates` (Flower's built-in FedAvg, FedMedian,
        FedTrimmedAvg, Krum or MultiKrum, in `CausalDAOStrategy`), checked like an update and recorded with
        ``method``; by default the server's own `Aggregator` computes it. A result computed elsewhere bypasses the
        server's rule, a ``reputation(...)+`` in front included (its records are neither used nor updated).
        """
        if not self._models:
            raise UpdateError(f"No model updates were accepted in round {self.round}; nothing to aggregate.")
        clients = list(self._models)
        if aggregated is not None:
            template = self.global_model or next(iter(self._models.values()))[0]
            self.global_model = check_update(aggregated, template, "aggregated model")
        else:
            updates = [self._models[c][0] for c in clients]
            sizes = [self._models[c][1] for c in clients]
            generator = torch.Generator().manual_seed(self.seed + self.round)
            rule, history = self.aggregator, self.reputation
            if history is not None and not self.global_model:
                # the first model: the updates are whole models, not differences from a known one, so they say
                # nothing about direction; the reputation starts with the next round
                rule, history = replace(rule, reputation=None), None
            excluded = [c for c, ok in zip(clients, history.admitted(clients), strict=True) if not ok] \
                if history is not None else []
            self.global_model = aggregate_updates(updates, sizes, rule, self.global_model or None, generator,
                                                  clients, history)
        body = {"clients": clients, "method": method or self.model_aggregation,
                "model": payload_hash(self.global_model)}
        if aggregated is None and self.reputation is not None:
            # who was left out, and every client's record after this round: enough to audit and to resume
            body["reputation"] = {"excluded": excluded, "scores": self.reputation.state()}
        self.chain.append("aggregation", None, self.round, body)
        self._models.clear()
        self.round += 1
        return self.global_model

    def _resume_reputation(self) -> None:
        """Restore the clients' reputation from the last aggregation block that recorded one."""
        if self.reputation is None:
            return
        recorded = [b["body"]["reputation"] for b in self.chain if b["kind"] == "aggregation"
                    and isinstance(b["body"], Mapping) and "reputation" in b["body"]]
        if recorded:
            self.reputation.load_state(recorded[-1]["scores"])

    # ------------------------------------------------------------------ graphs
    def update_local_graph(self, client_id: str, local_graph: CausalRuleSet | Mapping[str, Any] | Any,
                           signature: Signature | bytes | None = None) -> bool:
        """Count ``client_id``'s graph as its vote (replacing its earlier one) and update `global_graph` by consensus.

        ``local_graph`` is a `CausalRuleSet`, a rule-file dict, or a ``[d, d]`` adjacency matrix in the global
        graph's variable order. Raises like `update_local_model`, plus `UnknownVariableError` for a variable
        outside the global graph's and `CausalGraphError` for a cycle.
        """
        try:
            self._check_client(client_id)
            graph = self._as_graph(local_graph)
            digest = payload_hash(graph)
            self._check_signature(client_id, "graph", digest, signature)
        except CausalTorchError as error:
            self._reject(client_id, "graph", error)
            raise
        replaced = payload_hash(self._graphs[client_id]) if client_id in self._graphs else None
        self._graphs[client_id] = graph
        self.chain.append("graph_update", client_id, self.round, {"payload": digest, "edges": len(graph),
                                                                  "signed": signature is not None,
                                                                  "replaces": replaced})
        self._update_global_graph()
        return True

    def _as_graph(self, local_graph: Any) -> CausalRuleSet:
        variables = self.global_graph.variables
        if isinstance(local_graph, (Tensor, np.ndarray)):
            matrix = np.asarray(local_graph.detach().cpu() if isinstance(local_graph, Tensor) else local_graph)
            if matrix.shape != (len(variables), len(variables)):
                raise UpdateError(f"An adjacency matrix must be [{len(variables)}, {len(variables)}] (the global "
                                  f"graph's variables {variables}), got {matrix.shape}.")
            graph = CausalRuleSet()
            for name in variables:
                graph.add_variable(name)
            graph.add_rules(_rules_from_matrix(matrix, variables))
        elif isinstance(local_graph, (CausalRuleSet, Mapping)):
            graph = as_ruleset(local_graph)
        else:
            raise UpdateError(f"A local graph must be a CausalRuleSet, a rule-file dict or an adjacency matrix, got "
                              f"{type(local_graph).__name__}.")
        if variables:
            for name in graph.variables:
                if name not in self.global_graph:
                    raise UnknownVariableError(name, variables, f"the graph from {getattr(graph, 'name', None)!r}")
        return graph

    def _update_global_graph(self) -> None:
        voters = list(self._graphs)
        variables = self.global_graph.variables or None
        result = graph_consensus([self._graphs[c] for c in voters], [self.clients[c].weight for c in voters],
                                 self.consensus_threshold, variables, self.consensus_agreement)
        old = {(r.cause, r.effect) for r in self.global_graph.rules}
        new = {(r.cause, r.effect) for r in result.graph.rules}
        changed = old != new or payload_hash(result.graph) != payload_hash(self.global_graph)
        if changed:
            self.chain.append("graph_change", None, self.round, {
                "graph": payload_hash(result.graph), "added": sorted(map(list, new - old)),
                "removed": sorted(map(list, old - new)), "dropped_for_cycles": [list(e) for e in result.dropped]})
        self.global_graph = result.graph

    # ------------------------------------------------------------------ checks
    def _check_client(self, client_id: str) -> None:
        if client_id not in self.clients:
            raise UnregisteredClientError(f"Client {client_id!r} is not registered; call "
                                          f"dao.register_client({client_id!r}, public_key) first.")

    def _check_signature(self, client_id: str, kind: str, digest: str, signature: Signature | bytes | None) -> None:
        key = self.clients[client_id].public_key
        if signature is None:
            if key is not None or self.require_signatures:
                raise SignatureError(f"The {kind} update from {client_id!r} is unsigned; this client is registered "
                                     f"with a key, so sign it: client.sign(update, dao.round).")
            return
        if key is None:
            raise SignatureError(f"Client {client_id!r} was registered without a public key, so its signature "
                                 "cannot be checked; register it with client.public_key.")
        if isinstance(signature, (bytes, bytearray)):
            signature = Signature(client_id, self.round, kind, digest, bytes(signature))
        if not isinstance(signature, Signature):
            raise SignatureError(f"signature must be a Signature (client.sign(...)) or 64 bytes, got "
                                 f"{type(signature).__name__}.")
        if signature.client_id != client_id or signature.kind != kind or signature.payload_hash != digest:
            raise SignatureError(f"The signature does not cover this {kind} update from {client_id!r} (it was made "
                                 f"for client {signature.client_id!r}, a {signature.kind} payload "
                                 f"{signature.payload_hash[:12]}…); the update is rejected as forged.")
        if not verify_signature(key, signature):
            raise SignatureError(f"The signature on the {kind} update from {client_id!r} does not verify under its "
                                 "registered key; the update is rejected as forged.")
        if signature.round != self.round:
            raise ReplayError(f"The {kind} update from {client_id!r} is signed for round {signature.round}, the "
                              f"current round is {self.round}; a replayed update is rejected.")

    def _reject(self, client_id: Any, kind: str, error: CausalTorchError) -> None:
        self.chain.append("rejected", str(client_id), self.round, {"what": kind, "error": type(error).__name__,
                                                                   "reason": str(error)})
        log.warning("CausalDAO: rejected a %s update from %r: %s", kind, client_id, error)

    def verify_chain(self) -> ChainVerification:
        """Check the hash chain → `ChainVerification` (true when intact; else names the first bad block)."""
        return self.chain.verify()

    def __repr__(self) -> str:
        return (f"CausalDAO(round={self.round}, clients={len(self.clients)}, aggregation={self.model_aggregation!r}, "
                f"graph={len(self.global_graph)} edges, chain={len(self.chain)} blocks)")


def _rules_from_matrix(matrix: np.ndarray, variables: list[str]):
    from causaltorch.rules import CausalRule

    for i, cause in enumerate(variables):
        for j, effect in enumerate(variables):
            if i != j and matrix[i, j] != 0:
                strength = float(np.clip(matrix[i, j], -1.0, 1.0)) if matrix.dtype != bool else 1.0
                yield CausalRule(cause, effect, strength)
