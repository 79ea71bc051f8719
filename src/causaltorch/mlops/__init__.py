"""MLOps on MLflow and Optuna: `CausalMLOps` (tracking on an embedded SQLite store or any MLflow tracking URI),
`ModelRegistry` (safetensors models as MLflow registered-model versions with aliases), `HyperparameterOptimizer`
(multi-objective Optuna search, every trial an MLflow child run) and `DashboardGenerator` (one offline HTML
page). Needs the ``mlops`` extra."""

from causaltorch._lazy import lazy_exports

_EXPORTS = {
    "CausalMLOps": "causaltorch.mlops.platform",
    "ModelRegistry": "causaltorch.mlops.registry",
    "RegisteredVersion": "causaltorch.mlops.registry",
    "HyperparameterOptimizer": "causaltorch.mlops.search",
    "TrialContext": "causaltorch.mlops.search",
    "optimize_hyperparameters": "causaltorch.mlops.search",
    "DashboardGenerator": "causaltorch.mlops.dashboard",
    "ExperimentTracker": "causaltorch.mlops.platform",
    "MLOpsError": "causaltorch.mlops.store",
    "TrackingUnreachableError": "causaltorch.mlops.store",
    "make_mlflow_logger": "causaltorch.training.mlops",
    "RegistryCallback": "causaltorch.training.mlops",
    "text_demo_objective": "causaltorch.mlops.objectives",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
