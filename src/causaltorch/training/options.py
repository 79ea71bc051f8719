"""What every trainer factory shares: Lightning's hardware options, passed through unchanged, and tracking.

- `lightning_trainer`: builds a Trainer (``accelerator``, ``devices``, ``num_nodes``, ``strategy`` — ``"ddp"``,
  ``"fsdp"``, anything Lightning knows — and ``precision`` go to it untouched); a setup Lightning refuses is a
  `DataError` carrying Lightning's own message on one line, raised when the trainer is made, before any data
  is prepared or any file written.
- `add_tracking`: the loggers and callbacks of ``tracking=`` (Lightning's `MLFlowLogger` on a `CausalMLOps`
  run, and `RegistryCallback`: the rule graph, fidelity scores and the final model into the registry). Only
  the first process (`is_first_process`) opens a run; the others train untracked, as Lightning's loggers only
  write on rank 0 anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from torch import nn

from causaltorch import _validate
from causaltorch.errors import DataError, require
from causaltorch.training.distributed import is_first_process

L = require("lightning", "text", "training")

__all__ = ["Tracking", "add_tracking", "lightning_trainer"]

Tracking = Any  # None / False, True, a project name, or a CausalMLOps (see `tracking_for`)


def lightning_trainer(trainer_class: type[L.Trainer] = L.Trainer, **options: Any) -> L.Trainer:
    """``trainer_class(**options)``; Lightning's refusal (an unknown strategy, ``num_nodes=0``, a GPU this
    machine lacks, FSDP on CPUs …) becomes a one-line `DataError` that quotes it."""
    from lightning.fabric.utilities.exceptions import MisconfigurationException

    _validate.positive_int("num_nodes", options.get("num_nodes", 1))
    try:
        return trainer_class(**options)
    except (MisconfigurationException, ValueError, TypeError, ImportError, RuntimeError) as exc:
        message = " ".join(str(exc).split())
        raise DataError(f"Lightning cannot train with this setup: {message}") from None


def add_tracking(tracking: Tracking, area: str, model_name: str, loggers: Sequence[Any], callbacks: Sequence[Any],
                 *, fidelity: Callable[[nn.Module], Mapping[str, float]] | None = None,
                 metadata: Mapping[str, Any] | None = None) -> tuple[list[Any], list[Any]]:
    """``(loggers, callbacks)`` with the tracking ``tracking`` asks for added (unchanged when it is off).

    Args:
        tracking: None / False (off), True (project ``causaltorch``, experiment ``area``, the default store),
            a project name, or a `CausalMLOps` (any store, any experiment).
        area: the experiment's name when ``tracking`` does not give one (``"text"``, ``"vision"`` …).
        model_name: the registered model's name.
        fidelity: ``fidelity(model) -> {metric: number}``, logged when training ends.
        metadata: kept with the registered version.

    Raises:
        DataError: ``tracking`` is none of those (checked on every process, before anything is built).
        TrackingUnreachableError: the store cannot be opened or written.
    """
    from causaltorch.training.mlops import RegistryCallback, check_tracking, make_mlflow_logger, tracking_for

    check_tracking(tracking)
    if fidelity is not None and not callable(fidelity):
        raise DataError(f"fidelity must be a function of the model, got {type(fidelity).__name__}.")
    if not tracking or not is_first_process():
        return list(loggers), list(callbacks)
    mlops = tracking_for(tracking, area)
    registry = RegistryCallback(mlops, model_name, fidelity=fidelity, metadata=metadata)
    return [*loggers, make_mlflow_logger(mlops)], [*callbacks, registry]
