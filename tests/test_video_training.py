"""Training causal video models: the spec's `CNSG_VideoGenerator` as a LightningModule, and `train_video`'s checks."""

import re

import pytest
import torch
from torch.utils.data import DataLoader

from causaltorch import _checkpoint as checkpoint
from causaltorch.errors import CheckpointError, DataError
from causaltorch.video import CausalClips, CNSGNet, VideoModelConfig

L = pytest.importorskip("lightning")

from causaltorch.training import video as training_video  # noqa: E402
from causaltorch.training.video import CNSG_VideoGenerator, VideoPredictionModule, train_video  # noqa: E402

FRAMES = 6


pytestmark = pytest.mark.usefixtures("one_torch_thread")


def tiny_config(**overrides):
    settings = {"hidden_channels": 4, "num_layers": 1, "state_map_channels": 1, "num_frames": FRAMES}
    return VideoModelConfig(**{**settings, **overrides})


def loader(clips=4, frames=FRAMES):
    return DataLoader(CausalClips(clips, num_frames=frames, seed=0), batch_size=2)


def trainer(**options):
    settings = dict(max_steps=2, logger=False, enable_checkpointing=False, enable_progress_bar=False,
                    enable_model_summary=False, accelerator="cpu")
    return L.Trainer(**{**settings, **options})


def test_cnsg_video_generator_is_the_video_lightning_module():
    assert CNSG_VideoGenerator is VideoPredictionModule
    module = CNSG_VideoGenerator(tiny_config(), window=3)
    assert isinstance(module, L.LightningModule) and isinstance(module.model, CNSGNet)
    assert module.causal_rules.variables == module.model.variables


def test_lightning_fit_trains_it_and_its_checkpoint_generates_the_same_frames(tmp_path):
    module = CNSG_VideoGenerator(tiny_config(), window=3, learning_rate=1e-2)
    before = {k: v.clone() for k, v in module.state_dict().items()}
    fit = trainer()
    fit.fit(module, loader())
    assert any(not torch.equal(before[k], v) for k, v in module.state_dict().items())
    fit.save_checkpoint(tmp_path / "global.ckpt")
    loaded = CNSG_VideoGenerator.load_from_checkpoint(tmp_path / "global.ckpt")
    assert loaded.hparams.window == 3 and loaded.hparams.learning_rate == 1e-2
    first = CausalClips(2, seed=5).frames()[:, 0]
    torch.testing.assert_close(loaded.generate(first, num_frames=5, seed=1), module.generate(first, num_frames=5,
                                                                                            seed=1), atol=0, rtol=0)
    trainer(max_epochs=1, max_steps=-1).fit(loaded, loader())  # the spec's local fine-tuning from the checkpoint


def test_load_from_checkpoint_takes_training_overrides_and_refuses_other_names(tmp_path):
    module = CNSG_VideoGenerator(tiny_config(), window=3)
    fit = trainer(max_steps=1)
    fit.fit(module, loader())
    fit.save_checkpoint(tmp_path / "run.ckpt")
    assert CNSG_VideoGenerator.load_from_checkpoint(tmp_path / "run.ckpt", learning_rate=1e-4).hparams.learning_rate \
        == 1e-4
    with pytest.raises(DataError, match="takes the training settings .* got frame_size"):
        CNSG_VideoGenerator.load_from_checkpoint(tmp_path / "run.ckpt", frame_size=64)


def test_a_checkpoint_with_bad_training_settings_is_refused_as_a_checkpoint(tmp_path):
    module = CNSG_VideoGenerator(tiny_config(), window=3)
    state = {"state_dict": module.state_dict(), "hyper_parameters": {**module.hparams, "window": 0}}
    torch.save(state, tmp_path / "bad.ckpt")
    with pytest.raises(CheckpointError, match="holds bad training settings: window must be a positive integer"):
        CNSG_VideoGenerator.load_from_checkpoint(tmp_path / "bad.ckpt")


def test_a_window_longer_than_the_clips_is_refused_at_the_first_batch_naming_both():
    module = CNSG_VideoGenerator(tiny_config(), window=8)
    with pytest.raises(DataError, match=r"window=8 .* the clips have 6 frames \(at most 5 predictions\)"):
        trainer(max_steps=1).fit(module, loader())


def test_save_and_from_pretrained_go_through_the_plain_model(tmp_path):
    module = CNSG_VideoGenerator(tiny_config(), window=2)
    module.save_pretrained(tmp_path / "model")
    again = CNSG_VideoGenerator.from_pretrained(tmp_path / "model", window=2)
    plain = CNSGNet.from_pretrained(tmp_path / "model")
    for name, tensor in module.model.state_dict().items():
        assert torch.equal(tensor, again.model.state_dict()[name]) and torch.equal(tensor, plain.state_dict()[name])


def test_the_module_refuses_a_model_of_another_kind():
    with pytest.raises(DataError, match="model must be a CNSGNet or a VideoModelConfig, got Linear"):
        CNSG_VideoGenerator(torch.nn.Linear(2, 2))


# ---------------------------------------------------------------------- train_video checks before any work
def no_clips(*args, **kwargs):
    raise AssertionError("clips were drawn before the settings were checked")


def test_train_video_refuses_a_window_longer_than_the_clips_naming_both(tmp_path):
    with pytest.raises(DataError, match=re.escape("window must be in [1, 3] (frames predicted per step; the clips "
                                                  "have 4 frames), got 10.")):
        train_video(tmp_path, 1, clips=CausalClips(2, num_frames=4), window=10)
    with pytest.raises(DataError, match=re.escape("the clips have 4 frames), got 10.")):
        train_video(tmp_path, 1, config=tiny_config(num_frames=4), window=10)


def test_train_video_refuses_clips_too_long_for_memory_before_drawing_any(tmp_path, monkeypatch):
    monkeypatch.setattr(training_video, "CausalClips", no_clips)
    monkeypatch.setattr(checkpoint, "available_memory", lambda device=None: 2**30)  # any machine: 1 GiB free
    with pytest.raises(DataError, match=r"Training on batches of 16 clips of 1000000 frames .* needs about"):
        train_video(tmp_path, 1, config=VideoModelConfig(num_frames=1_000_000))
    assert list(tmp_path.iterdir()) == []


def test_train_video_draws_its_default_clips_for_the_config(tmp_path, monkeypatch):
    drawn = {}

    def record(num_clips, **options):
        drawn.update(options, num_clips=num_clips)
        raise DataError("stop here")

    monkeypatch.setattr(training_video, "CausalClips", record)
    with pytest.raises(DataError, match="stop here"):
        train_video(tmp_path, 1, config=tiny_config(frame_size=64, num_frames=9), window=2, seed=4)
    assert drawn["num_frames"] == 9 and drawn["size"] == 64 and drawn["seed"] == 4
    assert drawn["num_clips"] == training_video.DEFAULT_CLIPS


def test_train_video_draws_as_many_clips_as_asked_and_refuses_clips_and_a_count_together(tmp_path, monkeypatch):
    drawn = {}

    def record(num_clips, **options):
        drawn["num_clips"] = num_clips
        raise DataError("stop here")

    monkeypatch.setattr(training_video, "CausalClips", record)
    with pytest.raises(DataError, match="stop here"):
        train_video(tmp_path, 1, config=tiny_config(), window=2, num_clips=7)
    assert drawn["num_clips"] == 7
    with pytest.raises(DataError, match="Give clips or num_clips"):
        train_video(tmp_path, 1, clips=object(), num_clips=7)
    with pytest.raises(DataError, match="num_clips must be a positive integer, got 0"):
        train_video(tmp_path, 1, num_clips=0)


@pytest.mark.parametrize("settings, message", [
    (dict(learning_rate=0.0), "learning_rate must be a positive number, got 0.0."),
    (dict(change_weight=-1.0), "change_weight must be a finite number >= 0, got -1.0."),
])
def test_train_video_refuses_bad_training_settings_before_drawing_clips(tmp_path, monkeypatch, settings, message):
    monkeypatch.setattr(training_video, "CausalClips", no_clips)
    with pytest.raises(DataError, match=re.escape(message)):
        train_video(tmp_path, 1, **settings)


def test_cnsg_video_generator_is_importable_where_the_spec_names_it_and_the_old_path_warns():
    import causaltorch
    import causaltorch.training
    import causaltorch.video

    assert causaltorch.CNSG_VideoGenerator is causaltorch.training.CNSG_VideoGenerator is VideoPredictionModule
    with pytest.warns(DeprecationWarning, match="use causaltorch.training.CNSG_VideoGenerator"):
        assert causaltorch.video.CNSG_VideoGenerator is VideoPredictionModule
