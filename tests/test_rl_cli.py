"""``causaltorch rl train`` and ``rl evaluate`` end to end (the area registered for the test if the lead has not)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("gymnasium")

import causaltorch.cli as cli  # noqa: E402
from causaltorch.cli import rl as rl_cli  # noqa: E402


@pytest.fixture(autouse=True)
def registered(monkeypatch):
    if rl_cli not in cli._AREAS:
        monkeypatch.setattr(cli, "_AREAS", (*cli._AREAS, rl_cli))


def test_train_then_evaluate_writes_agent_history_and_gif(tmp_path, capsys):
    out = tmp_path / "run"
    code = cli.main(["rl", "train", "--env", "causaltorch/Slide1D-v0", "--agent", "a2c", "--steps", "400",
                     "--eval-every", "200", "--eval-episodes", "2", "--out", str(out), "--no-mlflow"])
    assert code == 0
    record = json.loads((out / "training.json").read_text())
    assert record["env"] == "causaltorch/Slide1D-v0" and [e["step"] for e in record["evaluations"]] == [200, 400]
    assert (out / "model.safetensors").is_file()
    gif = tmp_path / "episode.gif"
    assert cli.main(["rl", "evaluate", str(out), "--episodes", "2", "--gif", str(gif)]) == 0
    assert gif.read_bytes()[:6] == b"GIF89a"
    assert "mean return" in capsys.readouterr().out


def test_train_with_track_logs_to_the_shared_store_and_registers_the_agent(tmp_path, capsys):
    pytest.importorskip("mlflow")
    import torch

    from causaltorch.mlops import CausalMLOps

    out, store = tmp_path / "run", tmp_path / "store"
    code = cli.main(["rl", "train", "--env", "causaltorch/Slide1D-v0", "--agent", "a2c", "--steps", "400",
                     "--eval-every", "200", "--eval-episodes", "2", "--out", str(out), "--track", str(store),
                     "--experiment", "slide"])
    assert code == 0 and "registered rl-causaltorch-Slide1D-v0-a2c version 1" in capsys.readouterr().out
    assert not (out / "mlflow.db").exists()  # the run went to the shared store, not the folder's own
    mlops = CausalMLOps("causaltorch", "slide", root=store)
    runs = mlops.client.search_runs([mlops.experiment_id])
    assert len(runs) == 1 and runs[0].data.params["agent"] == "a2c"
    assert [m.step for m in mlops.client.get_metric_history(runs[0].info.run_id, "eval_mean_return")] == [200, 400]
    from causaltorch.rl.agent import CausalRLAgent

    loaded = mlops.model_registry.load_model("rl-causaltorch-Slide1D-v0-a2c", alias="champion").state_dict()
    trained = CausalRLAgent.from_pretrained(out).state_dict()
    assert loaded.keys() == trained.keys() and all(torch.equal(loaded[k], trained[k]) for k in trained)


def test_train_with_track_and_no_mlflow_is_refused(tmp_path, capsys):
    assert cli.main(["rl", "train", "--steps", "10", "--out", str(tmp_path / "o"), "--track", str(tmp_path / "s"),
                     "--no-mlflow"]) == 2
    assert "contradict" in capsys.readouterr().err and not (tmp_path / "s").exists()


@pytest.mark.parametrize("argv, message", [
    (["rl", "train", "--env", "Pendulum-v1", "--agent", "dqn", "--steps", "10"], "continuous actions"),
    (["rl", "train", "--steps", "0"], "--steps must be a positive integer"),
    (["rl", "evaluate", "nowhere", "--episodes", "1"], "training.json"),
])
def test_bad_input_is_one_error_line_and_exit_2(tmp_path, capsys, argv, message):
    if argv[1] == "train":
        argv = argv + ["--out", str(tmp_path / "o"), "--no-mlflow"]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
