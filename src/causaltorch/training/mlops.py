"""Tracking a Lightning training run in CausalMLOps: Lightning's own `MLFlowLogger` on the same store and run, and
`RegistryCallback`, which logs the rule graph, CFS / fidelity metrics and registers the final model.

A trainer asked to track (``tracking=`` in Python, ``--track`` on the command line) adds both::

    mlops = tracking_for(tracking, "text")        # True, a project name, or a CausalMLOps
    logger = make_mlflow_logger(mlops)
    callbacks = [RegistryCallback(mlops, "text-model", fidelity=score)]
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

import lightning as L
from torch import nn

from causaltorch.errors import DataError, require
from causaltorch.mlops.platform import CausalMLOps, model_info
from causaltorch.mlops.registry import FAMILIES, RegisteredVersion

__all__ = ["RegistryCallback", "check_tracking", "find_model", "make_mlflow_logger", "tracking_for"]

log = logging.getLogger(__name__)


def check_tracking(tracking: Any) -> None:
    """Refuse a ``tracking=`` that is not None/False, True, a project name or a `CausalMLOps` (nothing is opened).

    Raises:
        DataError: naming the value and the forms it may take.
    """
    if tracking is None or isinstance(tracking, (bool, CausalMLOps)):
        return
    if isinstance(tracking, str) and tracking.strip():
        return
    raise DataError(f"tracking must be True, False, a project name or a CausalMLOps, got {tracking!r}; "
                    "e.g. tracking=True tracks into ./causaltorch-runs, or tracking=CausalMLOps('proj', "
                    "tracking_uri='sqlite:///runs.db') into any MLflow store.")


def tracking_for(tracking: bool | str | CausalMLOps | None, area: str) -> CausalMLOps | None:
    """The `CausalMLOps` a trainer's ``tracking=`` asks for: None/False (no tracking), True (project
    ``causaltorch``, experiment ``area``, the default store), a project name, or a `CausalMLOps`."""
    check_tracking(tracking)
    if tracking is None or tracking is False:
        return None
    if isinstance(tracking, CausalMLOps):
        return tracking
    return CausalMLOps("causaltorch" if tracking is True else tracking, area)


def make_mlflow_logger(mlops: CausalMLOps, **options: Any) -> Any:
    """Lightning's `MLFlowLogger` writing into ``mlops``'s current run (same store, same run id), so the
    trainer's hyperparameters and per-step losses sit beside what `CausalMLOps` logs. ``options`` go to
    `MLFlowLogger` (``log_model`` stays off: the registry stores models as safetensors)."""
    require("mlflow", "mlops", "MLflow logging")
    from lightning.pytorch.loggers import MLFlowLogger

    return MLFlowLogger(experiment_name=mlops.mlflow_experiment, tracking_uri=mlops.tracking_uri,
                        run_id=mlops.run_id, log_model=False, **options)


def find_model(module: nn.Module) -> nn.Module | None:
    """The CausalTorch model (a `FAMILIES` class) inside a LightningModule: the module itself or its first such
    child (a GAN's generator, a language model's transformer)."""
    for candidate in module.modules():
        if f"{type(candidate).__module__}.{type(candidate).__qualname__}" in FAMILIES:
            return candidate
    return None


class RegistryCallback(L.Callback):
    """On fit start: the model's info and rules (``rules.json`` and the graph ``rules.png``). On train end:
    ``fidelity(model)`` (a dict of CFS / fidelity scores) as metrics, then the model into the registry as
    ``name`` (alias ``alias``). Only the global-zero process writes.

    Args:
        mlops: where to log (the run `make_mlflow_logger` writes into).
        name: the registered model's name.
        version: your label for the version (default none: MLflow's number).
        alias: the alias set on the new version (default ``"champion"``; None for none).
        fidelity: ``fidelity(model) -> {metric: number}``, run once after training.
        metadata: kept with the registered version.
    """

    def __init__(self, mlops: CausalMLOps, name: str, *, version: str | None = None, alias: str | None = "champion",
                 fidelity: Callable[[nn.Module], Mapping[str, float]] | None = None,
                 metadata: Mapping[str, Any] | None = None):
        if fidelity is not None and not callable(fidelity):
            raise DataError(f"fidelity must be a function of the model, got {type(fidelity).__name__}.")
        self.mlops, self.name, self.version, self.alias = mlops, name, version, alias
        self.fidelity, self.metadata = fidelity, dict(metadata or {})
        self.registered: RegisteredVersion | None = None

    def _model(self, pl_module: L.LightningModule) -> nn.Module:
        model = find_model(pl_module)
        if model is None:
            raise DataError(f"{type(pl_module).__name__} holds no CausalTorch model to track (one of "
                            f"{', '.join(k.rsplit('.', 1)[1] for k in FAMILIES)}).")
        return model

    def on_fit_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if trainer.is_global_zero:
            self.mlops.log_model_info(self._model(pl_module), self.name)

    def on_train_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if not trainer.is_global_zero:
            return
        model = self._model(pl_module)
        step = trainer.global_step
        if self.fidelity is not None:
            was_training = model.training
            scores = dict(self.fidelity(model.eval()))
            model.train(was_training)
            self.mlops.log_metrics(scores, step=step)
            self.metadata.update({k: float(v) for k, v in scores.items()})
        info = model_info(model)
        self.registered = self.mlops.model_registry.save_model(
            model, self.name, self.version, {"global_step": step, "parameters": info["parameters"], **self.metadata},
            alias=self.alias)
        log.info("Registered %s version %d.", self.name, self.registered.version)
