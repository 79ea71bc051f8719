"""`HyperparameterOptimizer`: Optuna searches whose trials are MLflow child runs.

TPE sampling, one or several objectives (validation loss *and* Causal Fidelity Score: the causal-aware search
keeps the Pareto front of both), pruning through Optuna's Lightning callback, and an RDB storage that several
processes share: by default ``optuna.db`` beside the embedded MLflow database (Optuna and MLflow each keep an
``alembic_version`` table, so they cannot share one database file), or any SQLAlchemy URL.
"""

from __future__ import annotations

import inspect
import logging
import math
import numbers
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from causaltorch._validate import nonnegative_int, optional, positive, positive_int
from causaltorch.errors import require
from causaltorch.mlops.store import MLOpsError

if TYPE_CHECKING:
    from causaltorch.mlops.platform import CausalMLOps

__all__ = ["HyperparameterOptimizer", "TrialContext", "distributions", "optimize_hyperparameters"]

log = logging.getLogger(__name__)

_KINDS = ("categorical", "int", "float", "loguniform", "uniform")


def _distribution(name: str, spec: Any) -> Any:
    """The Optuna distribution of one ``param_space`` entry (see `HyperparameterOptimizer.optimize`)."""
    optuna = require("optuna", "mlops", "hyperparameter search")
    dists = optuna.distributions
    if isinstance(spec, dists.BaseDistribution):
        return spec
    if isinstance(spec, (list, tuple)):
        if not spec:
            raise MLOpsError(f"param_space[{name!r}] is an empty list; give the values to choose from.")
        if not all(v is None or isinstance(v, (bool, int, float, str)) for v in spec):
            raise MLOpsError(f"param_space[{name!r}] choices must be None, bools, numbers or strings, got {spec!r}.")
        return dists.CategoricalDistribution(list(spec))
    if not isinstance(spec, Mapping):
        raise MLOpsError(f"param_space[{name!r}] must be a list of choices or a dict like {{'type': 'float', 'low': "
                         f"1e-4, 'high': 1e-2, 'log': True}}, got {spec!r}.")
    kind = spec.get("type", spec.get("distribution"))
    if kind not in _KINDS:
        raise MLOpsError(f"param_space[{name!r}] has the unknown distribution {kind!r}; use one of "
                         f"{', '.join(_KINDS)}.")
    if kind == "categorical":
        return _distribution(name, list(spec.get("choices", [])))
    unknown = sorted(set(spec) - {"type", "distribution", "low", "high", "log", "step"})
    if unknown:
        raise MLOpsError(f"param_space[{name!r}] has unknown key(s) {unknown}; a range takes low, high, log, step.")
    low, high = spec.get("low"), spec.get("high")
    for bound in (low, high):
        if isinstance(bound, bool) or not isinstance(bound, numbers.Real) or not math.isfinite(bound):
            raise MLOpsError(f"param_space[{name!r}] needs finite numbers low and high, got {low!r} and {high!r}.")
    if low > high:
        raise MLOpsError(f"param_space[{name!r}] has low {low} above high {high}.")
    log_scale = bool(spec.get("log", kind == "loguniform"))
    if log_scale and low <= 0:
        raise MLOpsError(f"param_space[{name!r}] is on a log scale, so low must be > 0, got {low}.")
    try:
        if kind == "int":
            return dists.IntDistribution(int(low), int(high), log=log_scale, step=int(spec.get("step", 1)))
        return dists.FloatDistribution(float(low), float(high), log=log_scale, step=spec.get("step"))
    except ValueError as exc:
        raise MLOpsError(f"param_space[{name!r}]: {exc}") from None


def distributions(param_space: Mapping[str, Any]) -> dict[str, Any]:
    """``{name: optuna distribution}`` for a whole ``param_space``; raises `MLOpsError` on any bad entry."""
    if not isinstance(param_space, Mapping) or not param_space:
        raise MLOpsError(f"param_space must be a non-empty dict of name -> choices or range, got {param_space!r}.")
    return {str(name): _distribution(str(name), spec) for name, spec in param_space.items()}


def _directions(directions: Sequence[str] | Mapping[str, str] | str | None) -> tuple[list[str], list[str]]:
    """``(objective names, directions)``; names are ``value`` / ``value_0`` … unless given as a dict."""
    if directions is None:
        directions = ["minimize"]
    if isinstance(directions, str):
        directions = [directions]
    if isinstance(directions, Mapping):
        names, values = [str(k) for k in directions], list(directions.values())
    else:
        values = list(directions)
        names = ["value"] if len(values) == 1 else [f"value_{i}" for i in range(len(values))]
    if not values or any(v not in ("minimize", "maximize") for v in values):
        raise MLOpsError(f"directions must be 'minimize' or 'maximize' (one per objective), got {directions!r}.")
    return names, values


class TrialContext:
    """What an objective taking two arguments gets besides the params: the Optuna ``trial``, the trial's MLflow
    ``run_id``, `log_metrics` into that run, and `pruning_callback` for a Lightning ``Trainer``."""

    def __init__(self, trial: Any, run_id: str | None, mlops: CausalMLOps | None):
        self.trial, self.run_id, self.mlops = trial, run_id, mlops

    def log_metrics(self, metrics: Mapping[str, Any], step: int | None = None) -> None:
        """Log into this trial's child run (a no-op without tracking)."""
        if self.mlops is not None:
            self.mlops.log_metrics(metrics, step, run_id=self.run_id)

    def report(self, value: float, step: int) -> None:
        """Report an intermediate value; raises ``optuna.TrialPruned`` when the pruner stops the trial."""
        self.trial.report(value, step)
        if self.trial.should_prune():
            optuna = require("optuna", "mlops", "hyperparameter search")
            raise optuna.TrialPruned(f"pruned at step {step}")

    def pruning_callback(self, monitor: str = "val_loss") -> Any:
        """Optuna's Lightning callback: stops this trial's ``Trainer`` when the pruner says so (one objective
        only: Optuna does not prune multi-objective studies)."""
        integration = require("optuna_integration", "mlops", "pruning Lightning trials")
        return integration.PyTorchLightningPruningCallback(self.trial, monitor=monitor)


class HyperparameterOptimizer:
    """Optuna studies tracked in MLflow (see the module docstring).

    Args:
        mlops: the `CausalMLOps` whose run becomes each trial's parent (None: no tracking).
        storage: an SQLAlchemy URL (``sqlite:///study.db``, ``postgresql://…``) shared by every process of
            the search; default ``optuna.db`` in the embedded store's folder, or in memory without ``mlops``.
        study_name: default ``"<project>/<experiment>"``; processes with the same name share the study.
        seed: the TPE sampler's seed.
        pruner: an Optuna pruner (default the median pruner).
    """

    def __init__(self, mlops: CausalMLOps | None = None, storage: str | None = None, study_name: str | None = None,
                 seed: int | None = None, pruner: Any = None):
        self.optuna = require("optuna", "mlops", "hyperparameter search")
        self.mlops = mlops
        if storage is None and mlops is not None and mlops.tracking_uri.startswith("sqlite:"):
            storage = f"sqlite:///{Path(mlops.tracking_uri[len('sqlite:///'):]).parent / 'optuna.db'}"
        if storage is not None and (not isinstance(storage, str) or "://" not in storage):
            raise MLOpsError(f"storage must be an SQLAlchemy URL such as 'sqlite:///study.db', got {storage!r}.")
        self.storage = storage
        self.study_name = study_name or (mlops.mlflow_experiment if mlops is not None else "causaltorch-search")
        self.seed = optional(nonnegative_int, "seed", seed)
        self.pruner = pruner if pruner is not None else self.optuna.pruners.MedianPruner(n_warmup_steps=1)

    def _storage(self) -> Any:
        if self.storage is None:
            return None
        kwargs = {"connect_args": {"timeout": 60}} if self.storage.startswith("sqlite:") else {}
        attempt = 0
        while True:
            try:
                return self.optuna.storages.RDBStorage(self.storage, engine_kwargs=kwargs)
            except Exception as exc:
                # another process is creating the same storage's tables: wait for it, then open what it made
                racing = "UNIQUE constraint failed" in str(exc) or "already exists" in str(exc) or "locked" in str(exc)
                if not racing or attempt == 9:
                    raise MLOpsError(f"Cannot open the study storage {self.storage}: "
                                     f"{str(exc).splitlines()[0]}.") from None
                attempt += 1
                time.sleep(0.2 * attempt)

    def study(self, directions: Sequence[str] | Mapping[str, str] | str | None = None) -> Any:
        """Create (or join: same storage and name) the Optuna study."""
        names, values = _directions(directions)
        sampler = self.optuna.samplers.TPESampler(seed=self.seed)
        try:
            study = self.optuna.create_study(storage=self._storage(), study_name=self.study_name,
                                             directions=values, sampler=sampler, pruner=self.pruner,
                                             load_if_exists=True)
        except ValueError as exc:  # joined a study with other directions
            raise MLOpsError(f"Study {self.study_name!r} exists with other directions: {exc}. Use another "
                             "study_name.") from None
        study.set_metric_names(names)
        return study

    def optimize(self, param_space: Mapping[str, Any], objective: Callable[..., Any] | None = None,
                 n_trials: int = 20, directions: Sequence[str] | Mapping[str, str] | str | None = None,
                 timeout: float | None = None) -> Any:
        """Run ``n_trials`` trials (in this process) and return the Optuna study.

        Args:
            param_space: ``{name: [choices]}`` (categorical) or ``{name: {"type": "int" | "float" |
                "loguniform" | "categorical", "low", "high", "log", "step", "choices"}}``, or Optuna
                distributions.
            objective: ``objective(params)`` or ``objective(params, context)`` (`TrialContext`: the trial,
                its run, reporting and the Lightning pruning callback), returning a number, a sequence (one
                per direction) or a dict keyed by the names of ``directions``; a dict's other finite numbers
                are logged in the trial's run and kept as the trial's ``user_attrs``, not optimised. Default:
                the demo text model (`causaltorch.mlops.objectives.text_demo_objective`: validation loss and
                CFS).
            directions: ``"minimize"``, a list, or ``{metric name: direction}``.
            timeout: stop starting trials after this many seconds.

        A trial whose objective raises fails (its run is marked FAILED, with the error) and the study goes on.
        """
        space = distributions(param_space)
        positive_int("n_trials", n_trials)
        optional(positive, "timeout", timeout)
        if objective is None:
            from causaltorch.mlops.objectives import text_demo_objective

            objective = text_demo_objective()
            directions = directions or {"val_loss": "minimize", "cfs": "maximize"}
        if not callable(objective):
            raise MLOpsError(f"objective must be a function of the params, got {type(objective).__name__}.")
        names, _ = _directions(directions)
        takes_context = _positional_count(objective) >= 2
        study = self.study(directions)
        if self.mlops is not None:
            self.mlops.client.set_tag(self.mlops.run_id, "causaltorch.study", self.study_name)
            if self.storage is not None:
                self.mlops.client.set_tag(self.mlops.run_id, "causaltorch.study_storage", self.storage)

        def run_trial(trial: Any) -> Any:
            params = {name: trial._suggest(name, dist) for name, dist in space.items()}
            run_id = None
            if self.mlops is not None:
                run_id = self.mlops.start_child_run(f"trial-{trial.number}",
                                                    {"causaltorch.trial": str(trial.number),
                                                     "causaltorch.study": self.study_name})
                self.mlops.log_params(params, run_id=run_id)
            try:
                result = objective(params, TrialContext(trial, run_id, self.mlops)) if takes_context \
                    else objective(params)
                values = _values(result, names)
            except self.optuna.TrialPruned:
                self._finish(run_id, "KILLED", "pruned")
                raise
            except Exception as exc:
                log.warning("Trial %d failed: %s", trial.number, exc)
                self._finish(run_id, "FAILED", f"{type(exc).__name__}: {exc}")
                raise
            extra = _extra_numbers(result, names)
            for key, value in extra.items():
                trial.set_user_attr(key, value)
            if self.mlops is not None:
                self.mlops.log_metrics({**dict(zip(names, values)), **extra}, run_id=run_id)
            self._finish(run_id, "FINISHED", None)
            return values if len(values) > 1 else values[0]

        study.optimize(run_trial, n_trials=n_trials, timeout=timeout, catch=(Exception,), gc_after_trial=False)
        self._mark_pareto(study)
        return study

    def _finish(self, run_id: str | None, status: str, error: str | None) -> None:
        if self.mlops is None or run_id is None:
            return
        if error is not None:
            self.mlops.client.set_tag(run_id, "causaltorch.error", error[:5000])
        self.mlops.client.set_terminated(run_id, status)

    def _mark_pareto(self, study: Any) -> None:
        """Tag the runs of the best trials (the Pareto front, for several objectives) ``causaltorch.best``."""
        if self.mlops is None:
            return
        best = {t.number for t in study.best_trials} if _complete(study) else set()
        runs = self.mlops.client.search_runs([self.mlops.experiment_id],
                                             f"tags.`causaltorch.study` = '{self.study_name}'", max_results=5000)
        for run in runs:
            number = run.data.tags.get("causaltorch.trial")
            if number is not None:
                self.mlops.client.set_tag(run.info.run_id, "causaltorch.best", str(int(number) in best).lower())

    @staticmethod
    def best_params(study: Any) -> dict[str, Any]:
        """The best trial's params: for several objectives, the Pareto-optimal trial best on the first.

        Raises:
            MLOpsError: no trial completed (every one failed or was pruned).
        """
        if not _complete(study):
            raise MLOpsError(f"No trial of study {study.study_name!r} completed (all failed or were pruned); see "
                             "the trials' runs for their errors.")
        if len(study.directions) == 1:
            return dict(study.best_params)
        sign = 1 if study.directions[0].name == "MINIMIZE" else -1
        return dict(min(study.best_trials, key=lambda t: sign * t.values[0]).params)


def _complete(study: Any) -> bool:
    import optuna

    return any(t.state == optuna.trial.TrialState.COMPLETE for t in study.get_trials(deepcopy=False))


def _positional_count(function: Callable[..., Any]) -> int:
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return 1
    if any(p.kind == p.VAR_POSITIONAL for p in parameters):
        return 2
    return sum(p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty for p in parameters)


def _values(result: Any, names: list[str]) -> list[float]:
    """The objective's result as one finite float per objective name."""
    if isinstance(result, Mapping):
        missing = [n for n in names if n not in result]
        if missing:
            raise MLOpsError(f"The objective returned {sorted(result)}, without {missing}.")
        result = [result[n] for n in names]
    elif not isinstance(result, (list, tuple)):
        result = [result]
    if len(result) != len(names):
        raise MLOpsError(f"The objective returned {len(result)} value(s) for {len(names)} direction(s).")
    values = []
    for value in result:
        if hasattr(value, "item"):
            value = value.item()
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
            raise MLOpsError(f"The objective returned {value!r}; each value must be a finite number.")
        values.append(float(value))
    return values


def _extra_numbers(result: Any, names: list[str]) -> dict[str, float]:
    """The finite numbers a dict result holds besides the objectives (logged with the trial, not optimised)."""
    if not isinstance(result, Mapping):
        return {}
    extra = {}
    for key, value in result.items():
        if key in names:
            continue
        if hasattr(value, "item"):
            value = value.item()
        if not isinstance(value, bool) and isinstance(value, numbers.Real) and math.isfinite(value):
            extra[str(key)] = float(value)
    return extra


def optimize_hyperparameters(param_space: Mapping[str, Any], objective: Callable[..., Any] | None = None,
                             n_trials: int = 20, directions: Sequence[str] | Mapping[str, str] | str | None = None,
                             *, mlops: CausalMLOps | None = None, **options: Any) -> Any:
    """`HyperparameterOptimizer(mlops, **options).optimize(...)`: returns the Optuna study."""
    return HyperparameterOptimizer(mlops, **options).optimize(param_space, objective, n_trials, directions)
