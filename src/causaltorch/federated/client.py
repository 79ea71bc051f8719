"""`FederatedClient`: one institution's side of federated learning. Its data never leave it.

    client = FederatedClient("lab_1", model, data_size=1000, local_causal_graph=rules)
    client.train(loader, optimizer, loss_fn)               # local epochs
    update = client.get_model_update()                     # the model's state dict
    graph = client.discover_causal_graph(loader)           # NOTEARS on the local rows
    dao.update_local_model(client.client_id, update, client.data_size, client.sign(update, dao.round))
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError
from causaltorch.federated.aggregation import check_update
from causaltorch.federated.signing import Signature, generate_key, public_key_bytes, sign_payload
from causaltorch.rules import CausalRuleSet, as_ruleset

__all__ = ["FederatedClient"]

log = logging.getLogger(__name__)


def _split_batch(batch: Any) -> tuple[Any, Any]:
    if isinstance(batch, Mapping) and {"inputs", "targets"} <= set(batch):
        return batch["inputs"], batch["targets"]
    if isinstance(batch, (tuple, list)) and len(batch) == 2:
        return batch[0], batch[1]
    raise DataError(f"Each batch must be (inputs, targets) or a dict with 'inputs' and 'targets', got "
                    f"{type(batch).__name__}{f' of {len(batch)}' if isinstance(batch, (tuple, list)) else ''}.")


def _columns(batch: Any) -> Tensor:
    """A batch as a ``[B, d]`` float64 table: a tensor, or the tensors of a tuple / dict side by side."""
    parts = list(batch.values()) if isinstance(batch, Mapping) else list(batch) if isinstance(batch, (tuple, list)) \
        else [batch]
    columns = []
    for part in parts:
        if not isinstance(part, Tensor):
            raise DataError(f"discover_causal_graph reads tensors from each batch, got {type(part).__name__}.")
        columns.append(part.detach().cpu().double().reshape(part.shape[0], -1))
    return torch.cat(columns, dim=1)


class FederatedClient:
    """A federated participant: trains locally, reports its model and its locally discovered causal graph.

    Args:
        client_id: the id the server registered.
        model: the shared architecture (an ``nn.Module``).
        data_size: rows of local data (the weight of its update in weighted rules).
        local_causal_graph: the graph this site believes (a `CausalRuleSet` or rule-file dict), if any.
        private_key: an Ed25519 private key; a new one is generated when None (register `public_key`).
    """

    def __init__(self, client_id: str, model: nn.Module, data_size: int, local_causal_graph: Any = None,
                 private_key: Any = None):
        if not isinstance(client_id, str) or not client_id:
            raise DataError(f"client_id must be a non-empty string, got {client_id!r}.")
        if not isinstance(model, nn.Module):
            raise DataError(f"model must be a torch.nn.Module, got {type(model).__name__}.")
        self.client_id = client_id
        self.model = model
        self.data_size = _validate.positive_int("data_size", data_size)
        self.local_causal_graph = None if local_causal_graph is None else as_ruleset(local_causal_graph)
        self._key = private_key if private_key is not None else generate_key()
        self.public_key = public_key_bytes(self._key)

    def train(self, dataloader: Iterable[Any], optimizer: torch.optim.Optimizer,
              loss_fn: Callable[[Tensor, Tensor], Tensor], epochs: int = 1) -> dict[str, float]:
        """Train on local batches of ``(inputs, targets)`` → ``{"loss": mean batch loss, "batches", "samples"}``."""
        epochs = _validate.positive_int("epochs", epochs)
        self.model.train()
        device = next(self.model.parameters(), torch.empty(0)).device
        total, batches, samples = 0.0, 0, 0
        for _ in range(epochs):
            for batch in dataloader:
                inputs, targets = _split_batch(batch)
                inputs, targets = inputs.to(device), targets.to(device)
                optimizer.zero_grad()
                loss = loss_fn(self.model(inputs), targets)
                if not torch.isfinite(loss):
                    raise DataError(f"The loss became {float(loss)} at batch {batches}; lower the learning rate or "
                                    "check the data for NaN.")
                loss.backward()
                optimizer.step()
                total += loss.item()
                batches += 1
                samples += int(inputs.shape[0])
        if batches == 0:
            raise DataError("The dataloader gave no batches; the client has no local data to train on.")
        return {"loss": total / batches, "batches": float(batches), "samples": float(samples)}

    def get_model_update(self) -> dict[str, Tensor]:
        """The model's state dict as detached CPU copies (what the server aggregates)."""
        return {name: value.detach().cpu().clone() for name, value in self.model.state_dict().items()}

    def set_global_model(self, global_model: Mapping[str, Tensor]) -> None:
        """Load the server's aggregated model (every parameter, matching shapes) into the local model."""
        template = self.model.state_dict()
        checked = check_update(global_model, template, "global model")
        self.model.load_state_dict({k: v.to(template[k].device) for k, v in checked.items()})

    def discover_causal_graph(self, dataloader: Iterable[Any], names: Sequence[str] | None = None,
                              **discover_options: Any) -> CausalRuleSet:
        """Run NOTEARS (`causaltorch.discovery.discover`) on every local row → the local graph (also stored).

        Each batch is a tensor ``[B, d]``, or tensors side by side (``(inputs, targets)`` makes ``inputs``'
        columns then the targets'). ``names`` default to the variables of ``local_causal_graph`` when their
        count matches the columns, else ``x0 … x{d-1}``. Options go to `discover` (``threshold``, ``lambda1`` …).
        """
        from causaltorch.discovery.learn import discover

        batches = [_columns(batch) for batch in dataloader]
        if not batches:
            raise DataError("The dataloader gave no batches; there are no local rows to discover a graph from.")
        data = torch.cat(batches)
        if names is None and self.local_causal_graph is not None \
                and len(self.local_causal_graph.variables) == data.shape[1]:
            names = self.local_causal_graph.variables
        graph = discover(data, names=names, **discover_options)
        log.info("client %s: discovered %d edges from %d local rows", self.client_id, len(graph), data.shape[0])
        self.local_causal_graph = graph
        return graph

    def sign(self, payload: Mapping[str, Tensor] | CausalRuleSet, round_number: int = 0) -> Signature:
        """Sign a model update (state dict) or a graph for ``round_number`` (the server's ``dao.round``)."""
        round_number = _validate.nonnegative_int("round_number", round_number)
        kind = "graph" if isinstance(payload, CausalRuleSet) else "model"
        return sign_payload(self._key, kind, self.client_id, round_number, payload)

    def __repr__(self) -> str:
        return f"FederatedClient({self.client_id!r}, data_size={self.data_size})"
