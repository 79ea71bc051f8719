"""Optuna searches on CausalMLOps: param spaces, several objectives, failing trials, shared storage, child runs."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

optuna = pytest.importorskip("optuna")
pytest.importorskip("mlflow")

from causaltorch.mlops import CausalMLOps, HyperparameterOptimizer, MLOpsError, optimize_hyperparameters  # noqa: E402
from causaltorch.mlops.search import distributions  # noqa: E402


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    folder = tmp_path_factory.mktemp("store")
    CausalMLOps("setup", "setup", root=folder)
    return folder


def test_param_space_entries_become_optuna_distributions():
    found = distributions({"d_model": [256, 512], "lr": {"type": "loguniform", "low": 1e-4, "high": 1e-2},
                           "layers": {"type": "int", "low": 1, "high": 4}, "drop": {"type": "float", "low": 0,
                                                                                    "high": 0.5, "step": 0.1}})
    assert found["d_model"] == optuna.distributions.CategoricalDistribution([256, 512])
    assert found["lr"] == optuna.distributions.FloatDistribution(1e-4, 1e-2, log=True)
    assert found["layers"] == optuna.distributions.IntDistribution(1, 4)
    assert found["drop"] == optuna.distributions.FloatDistribution(0, 0.5, step=0.1)


@pytest.mark.parametrize("space, message", [
    ({"lr": {"type": "gaussian", "low": 0, "high": 1}}, "unknown distribution 'gaussian'"),
    ({"lr": {"type": "float", "low": 1, "high": 0}}, "above high"),
    ({"lr": {"type": "loguniform", "low": 0, "high": 1}}, "log scale"),
    ({"lr": []}, "empty list"),
    ({}, "non-empty"),
])
def test_a_bad_param_space_is_refused_before_any_trial(root, space, message):
    mlops = CausalMLOps("p", "badspace", root=root)
    with pytest.raises(MLOpsError, match=message):
        mlops.optimize_hyperparameters(space, lambda p: 0.0, n_trials=2)
    assert mlops._run_id is None


def test_the_search_finds_the_minimum_of_a_known_function():
    study = optimize_hyperparameters({"x": {"type": "float", "low": -3, "high": 3}}, lambda p: (p["x"] - 1) ** 2,
                                     n_trials=40, seed=0)
    assert abs(study.best_params["x"] - 1) < 0.3


def test_a_failing_objective_fails_its_trial_and_the_study_goes_on(root):
    mlops = CausalMLOps("p", "failing", root=root)

    def objective(params):
        if params["k"] == "bad":
            raise RuntimeError("diverged")
        return 1.0

    space = {"k": ["bad", "good"]}
    study = HyperparameterOptimizer(mlops, seed=0).optimize(space, objective, n_trials=8)
    states = [t.state for t in study.trials]
    assert len(states) == 8 and optuna.trial.TrialState.FAIL in states
    assert optuna.trial.TrialState.COMPLETE in states
    children = [r for r in mlops.runs() if "causaltorch.trial" in r.data.tags]
    failed = [r for r in children if r.info.status == "FAILED"]
    assert len(failed) == states.count(optuna.trial.TrialState.FAIL)
    assert all("diverged" in r.data.tags["causaltorch.error"] for r in failed)


def test_two_objectives_keep_the_pareto_front_and_log_child_runs(root):
    mlops = CausalMLOps("p", "pareto", root=root)
    # val_loss = x, cfs = x: every trial is on the front only if its x is the smallest loss or largest cfs... the
    # front of (minimize x, maximize x) is every trial, since no trial beats another on both.
    space = {"x": {"type": "float", "low": 0, "high": 1}}
    best = mlops.optimize_hyperparameters(space, lambda p: {"val_loss": p["x"], "cfs": p["x"]}, n_trials=6,
                                          directions={"val_loss": "minimize", "cfs": "maximize"}, seed=1)
    study = mlops.hyperparameter_optimizer.study({"val_loss": "minimize", "cfs": "maximize"})
    assert len(study.best_trials) == 6
    assert best["x"] == min(t.params["x"] for t in study.trials)
    children = [r for r in mlops.runs() if "causaltorch.trial" in r.data.tags]
    assert len(children) == 6
    assert {r.data.tags["mlflow.parentRunId"] for r in children} == {mlops.run_id}
    assert all(r.data.metrics["val_loss"] == pytest.approx(r.data.metrics["cfs"]) for r in children)
    assert all(r.data.tags["causaltorch.best"] == "true" for r in children)


def test_a_dominated_trial_is_not_on_the_front(root):
    mlops = CausalMLOps("p", "dominated", root=root)
    space = {"k": ["a", "b"]}
    values = {"a": {"val_loss": 1.0, "cfs": 0.9}, "b": {"val_loss": 2.0, "cfs": 0.5}}  # b is worse on both
    mlops.optimize_hyperparameters(space, lambda p: values[p["k"]], n_trials=6,
                                   directions={"val_loss": "minimize", "cfs": "maximize"}, seed=0)
    tags = {r.data.params["k"]: r.data.tags["causaltorch.best"] for r in mlops.runs()
            if "causaltorch.trial" in r.data.tags}
    assert tags == {"a": "true", "b": "false"}


def test_two_processes_share_one_study_through_the_storage(tmp_path):
    storage = f"sqlite:///{tmp_path / 'study.db'}"
    worker = textwrap.dedent(f"""
        from causaltorch.mlops import optimize_hyperparameters
        optimize_hyperparameters({{"x": {{"type": "float", "low": 0, "high": 1}}}}, lambda p: p["x"], n_trials=5,
                                 storage={storage!r}, study_name="shared")
    """)
    processes = [subprocess.Popen([sys.executable, "-c", worker], stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [p.communicate(timeout=240)[1] for p in processes]
    assert all(p.returncode == 0 for p in processes), [e[-1500:] for e in errors]
    study = optuna.load_study(study_name="shared", storage=storage)
    assert len([t for t in study.trials if t.state == optuna.trial.TrialState.COMPLETE]) == 10


def test_the_lightning_pruning_callback_stops_a_bad_trial():
    lightning = pytest.importorskip("lightning")
    import torch

    class Rising(lightning.LightningModule):
        def __init__(self):
            super().__init__()
            self.weight = torch.nn.Parameter(torch.zeros(1))

        def training_step(self, batch, batch_idx):
            return (self.weight * batch[0]).sum()

        def validation_step(self, batch, batch_idx):
            self.log("val_loss", float(self.current_epoch))  # worse every epoch

        def configure_optimizers(self):
            return torch.optim.SGD(self.parameters(), lr=0.0)

    data = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.ones(2, 1)), batch_size=2)

    def objective(params, context):
        trainer = lightning.Trainer(max_epochs=5, logger=False, enable_checkpointing=False, enable_progress_bar=False,
                                    enable_model_summary=False, callbacks=[context.pruning_callback("val_loss")])
        trainer.fit(Rising(), data, data)
        return trainer.callback_metrics["val_loss"].item()

    pruner = optuna.pruners.ThresholdPruner(upper=1.5)
    study = HyperparameterOptimizer(pruner=pruner).optimize({"k": [0]}, objective, n_trials=1)
    trial = study.trials[0]
    assert trial.state == optuna.trial.TrialState.PRUNED
    assert max(trial.intermediate_values) == 2  # epochs 0, 1, 2 reported; 2 > 1.5 stopped it


def test_other_numbers_an_objective_returns_are_logged_but_not_optimised(root):
    mlops = CausalMLOps("p", "extras", root=root)
    space = {"x": {"type": "float", "low": 0, "high": 1}}
    study = HyperparameterOptimizer(mlops, seed=0).optimize(
        space, lambda p: {"value": p["x"], "twice": 2 * p["x"], "label": "not a number"}, n_trials=3)
    for trial in study.trials:
        assert trial.user_attrs == {"twice": pytest.approx(2 * trial.params["x"])}
    children = [r for r in mlops.runs() if "causaltorch.trial" in r.data.tags]
    assert sorted(r.data.metrics["twice"] for r in children) == pytest.approx(
        sorted(2 * t.params["x"] for t in study.trials))
    assert study.best_value == pytest.approx(min(t.params["x"] for t in study.trials))


def test_rule_strength_is_refused_by_the_unguided_text_objective():
    from causaltorch.mlops import text_demo_objective

    with pytest.raises(MLOpsError, match="guided=True"):
        text_demo_objective(steps=1)({"rule_strength": 5.0})


def test_the_guided_text_objective_scores_guidance_and_leaves_the_plain_model_alone():
    """Same seed and training, two rule strengths: only the guided scores move, and strong guidance states
    more of the held-in effects than weak guidance."""
    from causaltorch.mlops import text_demo_objective

    objective = text_demo_objective(steps=3, case_limit=8, perplexity_lines=4, guided=True)
    weak, strong = objective({"rule_strength": 0.25}), objective({"rule_strength": 30.0})
    assert weak["val_loss_unguided"] == strong["val_loss_unguided"]
    assert weak["cfs_unguided"] == strong["cfs_unguided"]
    assert strong["cfs"] > weak["cfs"]
    assert strong["val_loss"] != weak["val_loss"]
