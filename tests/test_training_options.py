"""Trainer options every `train` command and factory shares: tracking into MLflow (``--track`` / ``tracking=``),
Lightning's devices, nodes and strategy passed through, and data sharded by rank with one writer."""

from __future__ import annotations

import pytest
import torch

pytest.importorskip("lightning")
pytest.importorskip("tokenizers")
needs_mlflow = pytest.mark.skipif(__import__("importlib").util.find_spec("mlflow") is None,
                                  reason="tracking needs mlflow (pip install 'causaltorch[mlops]')")

from causaltorch.cli import main  # noqa: E402
from causaltorch.errors import DataError  # noqa: E402
from causaltorch.training.distributed import WindowSampler, is_first_process, rank_seed  # noqa: E402

SENTENCES = ["If it rains, the ground gets wet.", "It rained, so the ground got wet.",
             "The sun was out and the ground was dry.", "Clouds came and then it rained."]
TINY = ["--d-model", "16", "--n-layers", "1", "--n-heads", "2", "--block-size", "8", "--batch-size", "2",
        "--progress-bar", "none", "--accelerator", "cpu"]
LAUNCHER_VARIABLES = ("RANK", "LOCAL_RANK", "NODE_RANK", "GROUP_RANK", "SLURM_NTASKS", "SLURM_PROCID")


@pytest.fixture(autouse=True)
def _plain_process(monkeypatch):
    for name in (*LAUNCHER_VARIABLES, "MLFLOW_TRACKING_URI"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.txt"
    path.write_text("\n".join(SENTENCES * 40) + "\n", encoding="utf-8")
    return path


def train(capsys, corpus, out, *options):
    code = main(["text", "train", "--corpus", str(corpus), "--out", str(out), *TINY, *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# ---------------------------------------------------------------------- tracking (issue 19 part 3)
@needs_mlflow
def test_a_tracked_text_train_logs_params_losses_the_graph_cfs_and_registers_a_model_that_loads(
        corpus, tmp_path, capsys, monkeypatch):
    from causaltorch.mlops import CausalMLOps
    from causaltorch.text.model import CausalTransformer

    monkeypatch.chdir(tmp_path)
    code, _, err = train(capsys, corpus, tmp_path / "run", "--steps", "3", "--rules", "weather",
                         "--track", str(tmp_path / "store"), "--experiment", "tiny")
    assert code == 0, err
    mlops = CausalMLOps("causaltorch", "tiny", root=tmp_path / "store")
    assert mlops.tracking_uri == f"sqlite:///{tmp_path / 'store' / 'mlflow.db'}"
    (run,) = mlops.runs()
    assert run.info.status == "FINISHED"
    assert run.data.params["learning_rate"] == "0.001"  # the LightningModule's hyperparameters
    assert run.data.params["causaltorch-text.num_rules"] != "0"  # the model's info
    losses = mlops.metric_history("train_loss", run.info.run_id)
    assert [step for step, _ in losses] == [0, 1, 2]
    (cfs,) = mlops.metric_history("cfs", run.info.run_id)
    assert cfs[0] == 3 and 0 <= cfs[1] <= 1
    artifacts = {f.path for f in mlops.client.list_artifacts(run.info.run_id, "models/causaltorch-text")}
    assert {"models/causaltorch-text/rules.json", "models/causaltorch-text/rules.png"} <= artifacts
    registered, entry = mlops.model_registry.load_model("causaltorch-text", alias="champion", with_entry=True)
    assert entry.metadata["global_step"] == 3 and entry.metadata["cfs"] == cfs[1]
    exported = CausalTransformer.from_pretrained(tmp_path / "run" / "model")
    probe = torch.arange(1, 9).view(1, 8)
    with torch.no_grad():
        assert torch.equal(registered.eval()(probe).logits, exported.eval()(probe).logits)
    assert not (tmp_path / "causaltorch-runs").exists()  # --track STORE, not the default folder


def test_without_track_nothing_is_written_to_any_tracking_store(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = train(capsys, corpus, tmp_path / "run", "--steps", "1")
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run"]
    assert not list(tmp_path.rglob("*.db")) and not list(tmp_path.rglob("mlruns"))


@needs_mlflow
@pytest.mark.parametrize("store", ["{file}/store", "sqlite:///{file}/mlflow.db"])
def test_track_into_a_store_that_cannot_be_written_is_one_error_line_before_the_run_folder(
        store, corpus, tmp_path, capsys):
    (tmp_path / "file").write_text("not a folder")
    code, _, err = train(capsys, corpus, tmp_path / "run", "--steps", "1",
                         "--track", store.format(file=tmp_path / "file"))
    assert code == 2 and err.count("\n") == 1 and err.startswith("error: ")
    assert "tracking" in err.lower()
    assert not (tmp_path / "run").exists()


@pytest.mark.parametrize("factory", ["make_trainer", "make_vision_trainer", "train_video", "train_vit_classifier"])
@pytest.mark.parametrize("tracking", [3, "", ["proj"]])
def test_a_bad_tracking_value_is_a_named_error_before_anything_is_built(factory, tracking, tmp_path):
    from causaltorch.training import text, video, vision

    calls = {
        "make_trainer": lambda: text.make_trainer(2, tmp_path / "out", tracking=tracking),
        "make_vision_trainer": lambda: vision.make_vision_trainer(2, tmp_path / "out", tracking=tracking),
        "train_video": lambda: video.train_video(tmp_path / "out", 2, num_clips=2, tracking=tracking),
        "train_vit_classifier": lambda: vision.train_vit_classifier(2, train_images=4, tracking=tracking),
    }
    with pytest.raises(DataError, match="tracking must be True, False, a project name or a CausalMLOps"):
        calls[factory]()
    assert list(tmp_path.iterdir()) == []


@needs_mlflow
def test_tracking_true_in_python_opens_the_default_store_and_false_opens_none(tmp_path, monkeypatch):
    from causaltorch.training.text import make_trainer

    monkeypatch.chdir(tmp_path)
    untracked = make_trainer(2, tmp_path / "a", tracking=False, progress_bar="none")
    assert [type(logger).__name__ for logger in untracked.loggers] == ["CSVLogger"]
    assert not (tmp_path / "causaltorch-runs").exists()
    tracked = make_trainer(2, tmp_path / "b", tracking=True, progress_bar="none")
    assert [type(logger).__name__ for logger in tracked.loggers] == ["CSVLogger", "MLFlowLogger"]
    assert (tmp_path / "causaltorch-runs" / "mlflow.db").is_file()
    assert tracked.log_every_n_steps == 1 and untracked.log_every_n_steps == 10


# ---------------------------------------------------------------------- devices, nodes, strategy (issue 22 part 3)
COMMANDS = {
    "text": ["text", "train", "--corpus", "{corpus}", "--steps", "1", *TINY],
    "vision": ["vision", "train", "--steps", "1", "--batch-size", "2", "--channels", "4", "--latent-dim", "8",
               "--progress-bar", "none", "--accelerator", "cpu"],
    "vision-vit": ["vision", "train", "--model-type", "vit", "--steps", "1", "--batch-size", "2",
                   "--progress-bar", "none", "--accelerator", "cpu"],
    "video": ["video", "train", "--steps", "1", "--clips", "2", "--frames", "4", "--hidden", "4", "--layers", "1",
              "--batch-size", "2", "--window", "2", "--progress-bar", "none", "--accelerator", "cpu"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("options, message", [
    (["--strategy", "banana"], "Lightning cannot train with this setup: You selected an invalid strategy name"),
    (["--num-nodes", "0"], "--num-nodes must be a positive integer, got 0"),
    (["--strategy", "fsdp"], "Lightning cannot train with this setup: The strategy `fsdp` requires a GPU"),
])
def test_every_train_command_refuses_a_setup_lightning_refuses_in_one_line_before_writing(
        command, options, message, corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = [word.format(corpus=corpus) for word in COMMANDS[command]]
    code = main([*argv, "--out", str(tmp_path / "run"), *options, "--track", str(tmp_path / "store")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no run folder, no tracking store


@pytest.mark.parametrize("factory", ["make_trainer", "make_vision_trainer"])
def test_strategy_devices_and_nodes_reach_lightning_unchanged(factory, tmp_path):
    from lightning.pytorch.strategies import DDPStrategy, SingleDeviceStrategy

    from causaltorch.training import text, vision

    make = {"make_trainer": text.make_trainer, "make_vision_trainer": vision.make_vision_trainer}[factory]
    single = make(2, tmp_path, accelerator="cpu", devices=1, progress_bar="none")
    spawned = make(2, tmp_path, accelerator="cpu", devices=2, num_nodes=3, strategy="ddp_spawn",
                   progress_bar="none")
    assert isinstance(single.strategy, SingleDeviceStrategy) and single.num_nodes == 1
    assert isinstance(spawned.strategy, DDPStrategy) and spawned.strategy._start_method == "spawn"
    assert spawned.num_devices == 2 and spawned.num_nodes == 3 and spawned.world_size == 6
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- sharding by rank, one writer
@pytest.mark.parametrize("environment, first", [
    ({}, True), ({"RANK": "0"}, True), ({"RANK": "3"}, False), ({"LOCAL_RANK": "1"}, False),
    ({"NODE_RANK": "1", "LOCAL_RANK": "0"}, False), ({"SLURM_NTASKS": "4", "SLURM_PROCID": "2"}, False),
    ({"SLURM_NTASKS": "4", "SLURM_PROCID": "0"}, True), ({"SLURM_NTASKS": "1", "SLURM_PROCID": "5"}, True),
])
def test_the_first_process_is_read_from_the_launchers_environment(environment, first, monkeypatch):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert is_first_process() is first


def test_window_sampler_deals_one_order_to_the_ranks_so_global_batches_match_one_process():
    one = list(WindowSampler(23, 8, seed=5))
    ranks = [list(WindowSampler(23, 8, seed=5, num_replicas=2, rank=r)) for r in (0, 1)]
    assert len(ranks[0]) == len(ranks[1]) == 11
    assert not {i for i, _ in ranks[0]} & {i for i, _ in ranks[1]}  # no window read twice
    batch = 3  # per rank; one process takes 2 * 3
    for step in range(3):
        together = ranks[0][step * batch:(step + 1) * batch] + ranks[1][step * batch:(step + 1) * batch]
        assert sorted(together) == sorted(one[step * 2 * batch:(step + 1) * 2 * batch])
    assert all(0 <= offset < 8 for _, offset in one) and len({offset for _, offset in one}) > 1
    sampler = WindowSampler(23, 8, seed=5)
    sampler.set_epoch(1)
    assert list(sampler) != one


def test_token_windows_read_the_offset_the_sampler_gives(tmp_path):
    import numpy as np

    from causaltorch.training.tokens import TOKEN_DTYPE, TokenWindows

    path = tmp_path / "t.bin"
    np.arange(100, dtype=TOKEN_DTYPE).tofile(path)
    windows = TokenWindows(path, 8, random_offsets=True)
    inputs, targets = windows[(2, 5)]
    assert inputs.tolist() == list(range(21, 29)) and targets.tolist() == list(range(22, 30))
    with pytest.raises(IndexError):
        windows[(2, 8)]


def test_each_rank_streams_different_scenes_and_rank_zero_keeps_the_seed():
    from types import SimpleNamespace

    from causaltorch.training.vision import SceneDataModule

    def first_batch(rank: int) -> torch.Tensor:
        data = SceneDataModule(32, batch_size=4, seed=7, chunk=4)
        data.trainer = SimpleNamespace(global_rank=rank, world_size=2)
        images, _ = next(iter(data.train_dataloader()))
        assert data.stream.seed == rank_seed(7, rank)
        return images

    rank0, rank1 = first_batch(0), first_batch(1)
    assert rank_seed(7, 0) == 7
    assert not torch.equal(rank0, rank1)
    assert torch.equal(rank0, first_batch(0))


def test_a_rank_started_before_the_token_files_exist_opens_them_in_setup(tmp_path):
    import numpy as np

    from causaltorch.training.text import TokenDataModule
    from causaltorch.training.tokens import TOKEN_DTYPE

    path = tmp_path / "train.bin"
    data = TokenDataModule(path, block_size=8, batch_size=4, defer_open=True)  # nothing there yet
    np.arange(100, dtype=TOKEN_DTYPE).tofile(path)  # the first process writes it
    data.setup("fit")
    assert len(data.train_dataloader()) == 3  # 12 windows, batches of 4
    with pytest.raises(DataError, match="3 windows of 8 tokens .* \\(4 processes share them\\)"):
        data._check_batches(4)


# ---------------------------------------------------------------------- tracking the other trainers
@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return tmp_path_factory.mktemp("store")


def _same_weights(a: torch.nn.Module, b: torch.nn.Module) -> bool:
    left, right = a.state_dict(), b.state_dict()
    return left.keys() == right.keys() and all(torch.equal(left[k].cpu(), right[k].cpu()) for k in left)


@needs_mlflow
def test_a_tracked_gan_logs_its_losses_and_registers_the_generator(store, tmp_path):
    from causaltorch.mlops import CausalMLOps
    from causaltorch.training.vision import CausalGAN, SceneDataModule, make_vision_trainer

    mlops = CausalMLOps("causaltorch", "gan", root=store)
    gan = CausalGAN(latent_dim=8, img_size=32, channels=4)
    trainer = make_vision_trainer(2, tmp_path, logger="none", progress_bar="none", accelerator="cpu",
                                  tracking=mlops)
    trainer.fit(gan, SceneDataModule(32, batch_size=4, chunk=4))
    assert len(mlops.metric_history("g_loss")) == 2 and len(mlops.metric_history("d_loss")) == 2
    registered = mlops.model_registry.load_model("causaltorch-vision", alias="champion")
    assert type(registered).__name__ == "CausalImageGenerator" and _same_weights(registered, gan.generator)


@needs_mlflow
def test_a_tracked_video_training_registers_the_model_it_returns(store, tmp_path):
    from causaltorch.mlops import CausalMLOps
    from causaltorch.training.video import train_video
    from causaltorch.video.models import VideoModelConfig

    mlops = CausalMLOps("causaltorch", "video", root=store)
    config = VideoModelConfig(hidden_channels=4, num_layers=1, num_frames=4)
    model = train_video(tmp_path, 2, config=config, num_clips=2, batch_size=2, window=2, progress_bar="none",
                        accelerator="cpu", tracking=mlops)
    assert [step for step, _ in mlops.metric_history("train_loss")] == [0, 1]
    registered = mlops.model_registry.load_model("causaltorch-video", alias="champion")
    assert _same_weights(registered, model)


@needs_mlflow
def test_a_tracked_vit_logs_the_held_out_accuracy_it_returns(store):
    from causaltorch.mlops import CausalMLOps
    from causaltorch.training.vision import train_vit_classifier

    mlops = CausalMLOps("causaltorch", "vit", root=store)
    model, accuracy = train_vit_classifier(2, batch_size=4, train_images=8, test_images=16, progress=False,
                                           tracking=mlops)
    assert mlops.metric_history("test_accuracy") == [(2, accuracy)]
    assert [step for step, _ in mlops.metric_history("train_loss")] == [0, 1]
    assert _same_weights(mlops.model_registry.load_model("causaltorch-vit"), model)
