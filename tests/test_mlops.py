"""CausalMLOps tracking on the embedded SQLite store: values read back, params, model info, retries, bad input."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

pytest.importorskip("mlflow")

from causaltorch.errors import DataError  # noqa: E402
from causaltorch.mlops import (  # noqa: E402
    CausalMLOps,
    MLOpsError,
    TrackingUnreachableError,
    store,  # noqa: E402
)
from causaltorch.models import cnsg  # noqa: E402
from causaltorch.rules import CausalRuleSet  # noqa: E402


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    """One embedded store for the module (creating its tables takes seconds)."""
    folder = tmp_path_factory.mktemp("store")
    CausalMLOps("setup", "setup", root=folder)
    return folder


def rules():
    ruleset = CausalRuleSet(name="weather")
    ruleset.add_rule("rain", "wet_ground", strength=0.9)
    ruleset.add_rule("wet_ground", "slippery", strength=0.6)
    return ruleset


def test_logged_metrics_read_back_step_by_step(root):
    mlops = CausalMLOps("p", "metrics", root=root)
    for step in range(5):
        mlops.log_metrics({"loss": 0.5 * 0.9**step, "causal_adherence": step / 10}, step=step)
    assert mlops.metric_history("loss") == [(s, pytest.approx(0.5 * 0.9**s, abs=1e-12)) for s in range(5)]
    assert [v for _, v in mlops.metric_history("causal_adherence")] == pytest.approx([0, 0.1, 0.2, 0.3, 0.4])


def test_the_default_store_is_sqlite_under_the_root(root):
    mlops = CausalMLOps("p", "where", root=root)
    assert mlops.tracking_uri == f"sqlite:///{root.resolve() / 'mlflow.db'}"
    assert mlops.experiment_name == "where" and mlops.mlflow_experiment == "p/where"


def test_mlflow_tracking_uri_from_the_environment_is_used(monkeypatch, tmp_path):
    monkeypatch.setenv("MLFLOW_TRACKING_URI", "postgresql://u@db.example/x")
    assert store.resolve_tracking_uri(None, tmp_path)[0] == "postgresql://u@db.example/x"
    assert store.resolve_tracking_uri("sqlite:///other.db", tmp_path)[0] == "sqlite:///other.db"


def test_params_are_flattened_and_model_info_counts_parameters(root):
    mlops = CausalMLOps("p", "info", root=root)
    model = cnsg(vocab_size=50, d_model=16, n_layers=1, n_heads=2, causal_rules=rules())
    info = mlops.log_model_info(model, "tiny")
    assert info["parameters"] == sum(p.numel() for p in model.parameters())
    assert info["num_rules"] == 2
    params = mlops.client.get_run(mlops.run_id).data.params
    assert params["tiny.parameters"] == str(info["parameters"])
    assert params["tiny.config.d_model"] == "16"
    names = {f.path for f in mlops.client.list_artifacts(mlops.run_id, "models/tiny")}
    assert "models/tiny/rules.json" in names


def test_bad_metrics_are_refused_before_a_run_starts(root):
    mlops = CausalMLOps("p", "bad", root=root)
    for bad in ({}, {"loss": float("nan")}, {"loss": "low"}, {"": 1.0}, [("loss", 1.0)]):
        with pytest.raises(DataError):
            mlops.log_metrics(bad, step=1)
    with pytest.raises(DataError):
        mlops.log_metrics({"loss": 1.0}, step=-1)
    assert mlops._run_id is None


def test_an_unknown_storage_backend_is_refused():
    with pytest.raises(MLOpsError, match="storage_backend"):
        CausalMLOps("p", storage_backend="mongodb")


def test_an_unreachable_tracking_server_fails_fast_with_the_fix():
    started = time.monotonic()
    with pytest.raises(TrackingUnreachableError, match="Cannot reach the MLflow tracking server"):
        CausalMLOps("p", tracking_uri="http://127.0.0.1:9")
    assert time.monotonic() - started < 10


def test_a_sqlite_store_under_a_file_or_at_a_folder_is_a_named_error(tmp_path):
    (tmp_path / "file").write_text("keep\n")
    with pytest.raises(TrackingUnreachableError, match="is a file, not a folder"):
        CausalMLOps("p", tracking_uri=f"sqlite:///{tmp_path}/file/deeper/x.db")
    (tmp_path / "folder.db").mkdir()
    with pytest.raises(TrackingUnreachableError, match="it is a folder"):
        CausalMLOps("p", tracking_uri=f"sqlite:///{tmp_path}/folder.db")
    assert (tmp_path / "file").read_text() == "keep\n"
    CausalMLOps("p", tracking_uri=f"sqlite:///{tmp_path}/new/store.db")  # a missing folder is made, as MLflow does
    assert (tmp_path / "new" / "store.db").is_file()


def test_a_locked_database_is_retried_until_it_frees():
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise RuntimeError("(sqlite3.OperationalError) database is locked")
        return "written"

    assert store.retrying(flaky) == "written" and len(calls) == 3


def test_other_errors_are_not_retried():
    calls = []

    def broken():
        calls.append(1)
        raise RuntimeError("no such table")

    with pytest.raises(RuntimeError, match="no such table"):
        store.retrying(broken)
    assert len(calls) == 1


def test_two_processes_logging_at_once_lose_no_value(root):
    writer = textwrap.dedent(f"""
        import sys
        from causaltorch.mlops import CausalMLOps
        mlops = CausalMLOps("p", "concurrent", root={str(root)!r}, run_name="w" + sys.argv[1])
        for step in range(40):
            mlops.log_metrics({{"value": float(step)}}, step=step)
        print(mlops.run_id)
    """)
    processes = [subprocess.Popen([sys.executable, "-c", writer, str(i)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for i in range(2)]
    outputs = [p.communicate(timeout=240) for p in processes]
    assert all(p.returncode == 0 for p in processes), [err[-2000:] for _, err in outputs]
    assert "database is locked" not in "".join(err for _, err in outputs)
    reader = CausalMLOps("p", "concurrent", root=root)
    counted = sum(len(reader.metric_history("value", out.strip().splitlines()[-1])) for out, _ in outputs)
    assert counted == 80


def test_the_spec_example_runs_as_written(root, monkeypatch):
    monkeypatch.chdir(root)  # the embedded default store goes under ./causaltorch-runs
    mlops = CausalMLOps(project_name="causal_text_generation", experiment_name="native_cnsg_experiment")
    model = cnsg(vocab_size=5000, d_model=256)
    mlops.log_model_info(model, "native_cnsg_v1")
    mlops.log_metrics({"loss": 0.45, "causal_adherence": 0.89, "generation_quality": 0.76}, step=100)
    model_version = mlops.model_registry.save_model(model=model, name="native_cnsg", version="2.1.0",
                                                    metadata={"architecture": "native_causal_transformer"})
    dashboard_path = mlops.generate_dashboard()
    assert mlops.tracking_uri == f"sqlite:///{root.resolve() / 'causaltorch-runs' / 'mlflow.db'}"
    assert model_version.version == 1 and model_version.label == "2.1.0"
    assert dashboard_path.is_file() and "causal_adherence" in dashboard_path.read_text(encoding="utf-8")
    assert mlops.metric_history("causal_adherence") == [(100, 0.89)]
