"""`CausalMLOps`: one project's experiment on MLflow, with the registry, the search and the dashboard.

Everything is written through MLflow's own client (`mlflow.MlflowClient`), so a run logged here is an ordinary
MLflow run: ``mlflow ui`` shows it, and any MLflow tracking URI (a server with a real database) works unchanged.
"""

from __future__ import annotations

import json
import logging
import math
import numbers
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from torch import nn

from causaltorch._validate import nonnegative_int
from causaltorch.errors import DataError
from causaltorch.mlops.store import (
    MLOpsError,
    TrackingUnreachableError,
    check_reachable,
    import_mlflow,
    resolve_tracking_uri,
    retrying,
)

__all__ = ["CausalMLOps", "ExperimentTracker", "model_info"]

log = logging.getLogger(__name__)


def _flat(prefix: str, value: Any, out: dict[str, str]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            _flat(f"{prefix}.{key}" if prefix else str(key), item, out)
    else:
        out[prefix] = json.dumps(value, default=str) if not isinstance(value, str) else value


def _config_of(model: nn.Module) -> dict[str, Any]:
    config = getattr(model, "config", None)
    if hasattr(config, "to_dict"):
        config = config.to_dict()
    return dict(config) if isinstance(config, Mapping) else {}


def _rules_of(model: nn.Module) -> Any:
    """The model's `CausalRuleSet` (``causal_rules`` or ``rules``), or None."""
    for attribute in ("causal_rules", "rules", "ruleset"):
        rules = getattr(model, attribute, None)
        if rules is not None and hasattr(rules, "to_dict") and hasattr(rules, "variables"):
            return rules
    return None


def model_info(model: nn.Module) -> dict[str, Any]:
    """Parameter counts, class, config and rules of ``model`` (what `CausalMLOps.log_model_info` logs)."""
    if not isinstance(model, nn.Module):
        raise DataError(f"model must be a torch.nn.Module, got {type(model).__name__}.")
    parameters = list(model.parameters())
    rules = _rules_of(model)
    return {
        "class": f"{type(model).__module__}.{type(model).__qualname__}",
        "parameters": sum(p.numel() for p in parameters),
        "trainable_parameters": sum(p.numel() for p in parameters if p.requires_grad),
        "config": {k: v for k, v in _config_of(model).items() if k != "causal_rules"},
        "rules": rules.to_dict() if rules is not None else None,
        "num_rules": len(rules.rules) if rules is not None else 0,
    }


def _metric_values(metrics: Any) -> dict[str, float]:
    if not isinstance(metrics, Mapping) or not metrics:
        raise DataError(f"metrics must be a non-empty dict of name -> number, got {metrics!r}.")
    values = {}
    for name, value in metrics.items():
        if not isinstance(name, str) or not name:
            raise DataError(f"metric names must be non-empty strings, got {name!r}.")
        if hasattr(value, "item") and getattr(value, "ndim", 0) == 0:
            value = value.item()  # a 0-d tensor or NumPy scalar
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(float(value)):
            raise DataError(f"metric {name!r} must be a finite number, got {value!r}.")
        values[name] = float(value)
    return values


class CausalMLOps:
    """Track a causal-AI project on MLflow: metrics, params, models (`ModelRegistry`), searches and a dashboard.

    Args:
        project_name: the project; the MLflow experiment is ``"<project_name>/<experiment_name>"``.
        experiment_name: default ``exp_<unix time>``.
        storage_backend: ``"sqlite"`` (the embedded store under ``root``) or an MLflow tracking URI.
        tracking_uri: any MLflow tracking URI (overrides ``storage_backend`` and ``MLFLOW_TRACKING_URI``).
        root: the embedded store's folder (default ``./causaltorch-runs``); its ``mlflow.db`` and ``artifacts/``.
        run_name: name of the run this object logs into (started on the first log call).

    Raises:
        TrackingUnreachableError: the store cannot be reached or written.
        MLOpsError: an unknown ``storage_backend``.
    """

    def __init__(self, project_name: str, experiment_name: str | None = None, storage_backend: str = "sqlite", *,
                 tracking_uri: str | None = None, root: str | Path | None = None, run_name: str | None = None):
        if not isinstance(project_name, str) or not project_name.strip():
            raise DataError(f"project_name must be a non-empty string, got {project_name!r}.")
        if experiment_name is not None and (not isinstance(experiment_name, str) or not experiment_name.strip()):
            raise DataError(f"experiment_name must be a non-empty string or None, got {experiment_name!r}.")
        if storage_backend != "sqlite" and not (isinstance(storage_backend, str) and ":" in storage_backend):
            raise MLOpsError(f"storage_backend must be 'sqlite' (the embedded store) or an MLflow tracking URI "
                             f"such as 'postgresql://user@host/db' or 'http://host:5000', got {storage_backend!r}.")
        if tracking_uri is None and storage_backend != "sqlite":
            tracking_uri = storage_backend
        self.project_name = project_name
        self.experiment_name = experiment_name or f"exp_{int(time.time())}"
        self.tracking_uri, self.artifact_root = resolve_tracking_uri(tracking_uri, root)
        check_reachable(self.tracking_uri)
        mlflow = import_mlflow()
        self.client = mlflow.MlflowClient(tracking_uri=self.tracking_uri, registry_uri=self.tracking_uri)
        self.mlflow_experiment = f"{project_name}/{self.experiment_name}"
        self.experiment_id = self._experiment(self.mlflow_experiment)
        self.run_name = run_name
        self._run_id: str | None = None
        from causaltorch.mlops.registry import ModelRegistry

        self.model_registry = ModelRegistry(self)

    # ------------------------------------------------------------------ runs
    def _experiment(self, name: str) -> str:
        def find_or_create() -> str:
            found = self.client.get_experiment_by_name(name)
            if found is not None:
                return found.experiment_id
            location = None
            if self.tracking_uri.startswith("sqlite:"):
                location = (self.artifact_root / name.replace("/", "__")).as_uri()
            try:
                return self.client.create_experiment(name, artifact_location=location,
                                                     tags={"causaltorch.project": self.project_name})
            except Exception as exc:  # another process created it first: use theirs
                found = self.client.get_experiment_by_name(name)
                if found is None:
                    raise exc
                return found.experiment_id
        try:
            return retrying(find_or_create, "opening the experiment")
        except TrackingUnreachableError:
            raise
        except Exception as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise TrackingUnreachableError(f"Cannot open the tracking store {self.tracking_uri}: {reason}. Check "
                                           "tracking_uri / MLFLOW_TRACKING_URI, or leave both unset for the "
                                           "embedded SQLite store.") from None

    @property
    def run_id(self) -> str:
        """The id of the MLflow run this object logs into (started on first use)."""
        if self._run_id is None:
            run = retrying(lambda: self.client.create_run(self.experiment_id, run_name=self.run_name,
                                                          tags={"causaltorch.project": self.project_name}),
                           "starting a run")
            self._run_id = run.info.run_id
        return self._run_id

    def start_child_run(self, run_name: str, tags: Mapping[str, str] | None = None) -> str:
        """Start a run nested under this object's run (a search trial); returns its id."""
        parent = self.run_id
        all_tags = {"mlflow.parentRunId": parent, "causaltorch.project": self.project_name, **(tags or {})}
        run = retrying(lambda: self.client.create_run(self.experiment_id, run_name=run_name, tags=all_tags),
                       "starting a child run")
        return run.info.run_id

    def end_run(self, status: str = "FINISHED") -> None:
        """Close the current run (``FINISHED``, ``FAILED`` or ``KILLED``); the next log call starts a new one."""
        if status not in ("FINISHED", "FAILED", "KILLED"):
            raise DataError(f"status must be FINISHED, FAILED or KILLED, got {status!r}.")
        if self._run_id is not None:
            run_id, self._run_id = self._run_id, None
            retrying(lambda: self.client.set_terminated(run_id, status), "ending the run")

    def __enter__(self) -> CausalMLOps:
        return self

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.end_run("FINISHED" if kind is None else ("KILLED" if kind is KeyboardInterrupt else "FAILED"))

    # ------------------------------------------------------------------ logging
    def log_metrics(self, metrics: Mapping[str, Any], step: int | None = None, *, run_id: str | None = None) -> None:
        """Log ``{name: number}`` at ``step`` (default 0) into the current run (or ``run_id``)."""
        values = _metric_values(metrics)
        step = 0 if step is None else nonnegative_int("step", step)
        from mlflow.entities import Metric

        stamp = int(time.time() * 1000)
        batch = [Metric(name, value, stamp, step) for name, value in values.items()]
        target = run_id or self.run_id
        retrying(lambda: self.client.log_batch(target, metrics=batch, synchronous=True), "logging metrics")

    def log_params(self, params: Mapping[str, Any], *, run_id: str | None = None) -> None:
        """Log ``{name: value}`` (nested dicts flattened with dots, values as text) into the current run."""
        if not isinstance(params, Mapping):
            raise DataError(f"params must be a dict of name -> value, got {type(params).__name__}.")
        flat: dict[str, str] = {}
        _flat("", params, flat)
        if not flat:
            return
        from mlflow.entities import Param

        target = run_id or self.run_id
        batch = [Param(name, value[:6000]) for name, value in flat.items()]
        for start in range(0, len(batch), 100):  # MLflow takes at most 100 params per batch
            chunk = batch[start:start + 100]
            retrying(lambda chunk=chunk: self.client.log_batch(target, params=chunk, synchronous=True),
                     "logging params")

    def log_artifact(self, path: str | Path, artifact_path: str | None = None, *, run_id: str | None = None) -> None:
        """Copy a file or folder into the run's artifacts (under ``artifact_path``)."""
        path = Path(path)
        if not path.exists():
            raise DataError(f"Cannot log {path}: it does not exist.")
        target = run_id or self.run_id
        if path.is_dir():
            retrying(lambda: self.client.log_artifacts(target, str(path), artifact_path), "logging artifacts")
        else:
            retrying(lambda: self.client.log_artifact(target, str(path), artifact_path), "logging an artifact")

    def log_model_info(self, model: nn.Module, name: str) -> dict[str, Any]:
        """Log ``model``'s class, parameter counts, config and rules as params of the run under ``name.*``;
        the rules also as ``models/<name>/rules.json`` and, with matplotlib, the rule graph ``rules.png``.
        Returns what was logged (`model_info`)."""
        if not isinstance(name, str) or not name:
            raise DataError(f"name must be a non-empty string, got {name!r}.")
        info = model_info(model)
        self.log_params({name: {k: v for k, v in info.items() if k != "rules"}})
        if info["rules"] is not None:
            self.log_rules(_rules_of(model), f"models/{name}")
        return info

    def log_rules(self, rules: Any, artifact_path: str = "rules", *, run_id: str | None = None) -> None:
        """Log a `CausalRuleSet` as ``rules.json`` and its graph as ``rules.png`` (when matplotlib is installed)."""
        import importlib.util

        with tempfile.TemporaryDirectory() as folder:
            (Path(folder) / "rules.json").write_text(json.dumps(rules.to_dict(), indent=2), encoding="utf-8")
            if importlib.util.find_spec("matplotlib") is not None and rules.variables:
                from causaltorch.viz import draw_ruleset

                draw_ruleset(rules, Path(folder) / "rules.png")
            self.log_artifact(folder, artifact_path, run_id=run_id)

    # ------------------------------------------------------------------ reading back
    def runs(self, max_results: int = 1000) -> list[Any]:
        """This experiment's runs (MLflow ``Run`` objects), newest first."""
        return retrying(lambda: self.client.search_runs([self.experiment_id], max_results=max_results,
                                                        order_by=["attributes.start_time DESC"]), "reading runs")

    def metric_history(self, key: str, run_id: str | None = None) -> list[tuple[int, float]]:
        """``(step, value)`` of every value of ``key`` logged in the run (default: the current run)."""
        history = retrying(lambda: self.client.get_metric_history(run_id or self.run_id, key), "reading metrics")
        return [(m.step, m.value) for m in history]

    # ------------------------------------------------------------------ search and dashboard
    def optimize_hyperparameters(self, param_space: Mapping[str, Any],
                                 objective: Callable[[dict[str, Any]], Any] | None = None, n_trials: int = 20,
                                 directions: Sequence[str] | str | None = None, **options: Any) -> dict[str, Any]:
        """Search ``param_space`` with Optuna (`HyperparameterOptimizer`); returns the best params (for several
        objectives, those of the Pareto-optimal trial best on the first). See `HyperparameterOptimizer.optimize`."""
        from causaltorch.mlops.search import HyperparameterOptimizer

        self.hyperparameter_optimizer = HyperparameterOptimizer(self, **options)
        study = self.hyperparameter_optimizer.optimize(param_space, objective, n_trials=n_trials,
                                                       directions=directions)
        return self.hyperparameter_optimizer.best_params(study)

    def generate_dashboard(self, path: str | Path | None = None, **options: Any) -> Path:
        """Write the experiment's self-contained HTML dashboard (`DashboardGenerator`) and return its path
        (default ``<root>/dashboards/<experiment>.html``)."""
        from causaltorch.mlops.dashboard import DashboardGenerator

        return DashboardGenerator(self, **options).write(path)
ExperimentTracker = CausalMLOps  # the spec names the tracking part of CausalMLOps so
