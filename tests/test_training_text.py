"""Language-model training: token files, random windows, the LightningModule, checkpoints and resume."""

import math
import os
import signal
import subprocess
import sys

import numpy as np
import pytest
import torch

from causaltorch.errors import CheckpointError, DataError
from causaltorch.models import CausalTransformer, cnsg

pytest.importorskip("lightning")

from causaltorch.training import (  # noqa: E402 - after the skip
    CausalLMModule,
    TokenDataModule,
    TokenWindows,
    latest_checkpoint,
    make_trainer,
    prepare_tokens,
    read_token_file,
)
from causaltorch.training.text import TrainingInterrupted, checkpoint_model_config  # noqa: E402

SENTENCES = ["If it rains, the ground gets wet.", "The ground was wet because it had rained.",
             "Dark clouds bring rain.", "The cat slept on the warm mat."]


@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.from_pretrained("causal-basic")


@pytest.fixture(scope="module")
def token_file(tokenizer, tmp_path_factory):
    return prepare_tokens(SENTENCES * 50, tokenizer, tmp_path_factory.mktemp("tokens") / "train.bin")


def tiny_model(tokenizer, **overrides):
    torch.manual_seed(0)
    settings = dict(vocab_size=tokenizer.vocab_size, d_model=32, n_heads=2, n_layers=1, max_seq_length=32)
    return cnsg(**{**settings, **overrides})


def fit(model, token_file, out, steps, **trainer_options):
    import lightning

    lightning.seed_everything(0, verbose=False)
    module = CausalLMModule(model, learning_rate=3e-3, warmup_steps=2)
    trainer = make_trainer(steps, out, progress_bar="none", logger=False, **trainer_options)
    trainer.fit(module, datamodule=TokenDataModule(token_file, block_size=16, batch_size=8))
    return trainer, module


# ---------------------------------------------------------------------- token files
def test_a_token_file_holds_each_document_followed_by_end_of_text(tokenizer, tmp_path):
    path = prepare_tokens(["If it rains,", "   ", "the ground gets wet."], tokenizer, tmp_path / "t.bin")
    tokens = read_token_file(path)
    eos = tokenizer.eos_token_id
    assert tokens.dtype == np.uint16
    assert tokens.tolist() == [*tokenizer.encode("If it rains,"), eos, *tokenizer.encode("the ground gets wet."), eos]


def test_a_failed_prepare_keeps_the_old_token_file(tokenizer, tmp_path):
    path = prepare_tokens(SENTENCES, tokenizer, tmp_path / "t.bin")
    before = path.read_bytes()
    with pytest.raises(DataError, match="blank"):
        prepare_tokens(["", "  "], tokenizer, path)
    with pytest.raises(DataError, match="not text"):
        prepare_tokens(["fine", 3], tokenizer, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.bin"]


def test_a_vocabulary_beyond_uint16_is_refused(tmp_path):
    class Huge:
        vocab_size, eos_token_id = 70000, 0

    with pytest.raises(DataError, match="uint16"):
        prepare_tokens(["text"], Huge(), tmp_path / "t.bin")
    assert not (tmp_path / "t.bin").exists()


def test_a_missing_or_odd_sized_token_file_is_a_named_error(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        read_token_file(tmp_path / "none.bin")
    (tmp_path / "odd.bin").write_bytes(b"\x01\x02\x03")
    with pytest.raises(DataError, match="not a non-empty uint16"):
        read_token_file(tmp_path / "odd.bin")


def test_windows_tile_the_file_and_targets_are_inputs_shifted_by_one(tmp_path):
    path = tmp_path / "t.bin"
    np.arange(50, dtype=np.uint16).tofile(path)
    windows = TokenWindows(path, block_size=8)
    assert len(windows) == 6  # (50 - 1) // 8 windows of 9 tokens
    inputs, targets = windows[2]
    assert inputs.tolist() == list(range(16, 24)) and targets.tolist() == list(range(17, 25))
    shifted = TokenWindows(path, block_size=8, random_offsets=True)
    for index in range(len(shifted)):
        inputs, targets = shifted[index]
        start = int(inputs[0])
        assert 8 * index <= start < 8 * index + 8 and start + 9 <= 50
        assert inputs.tolist() == list(range(start, start + 8))
        assert targets.tolist() == list(range(start + 1, start + 9))


def test_a_file_shorter_than_one_window_is_a_named_error(tmp_path):
    path = tmp_path / "t.bin"
    np.arange(8, dtype=np.uint16).tofile(path)
    with pytest.raises(DataError, match="too few"):
        TokenWindows(path, block_size=8)


# ---------------------------------------------------------------------- training
def test_training_a_tiny_model_a_few_steps_reduces_the_loss(tokenizer, token_file, tmp_path):
    model = tiny_model(tokenizer)
    inputs, targets = (torch.stack(column) for column in zip(*(TokenWindows(token_file, 16)[i] for i in range(8))))

    def loss():
        with torch.no_grad():
            return float(torch.nn.functional.cross_entropy(model(inputs).logits.flatten(0, 1), targets.flatten()))

    before = loss()
    fit(model, token_file, tmp_path, steps=30)
    assert loss() < before - 1.0


def test_the_learning_rate_warms_up_linearly_then_follows_a_cosine_to_the_floor(tokenizer, token_file, tmp_path):
    import lightning

    rates = []

    class Record(lightning.Callback):
        def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
            rates.append(trainer.optimizers[0].param_groups[0]["lr"])

    model = tiny_model(tokenizer)
    module = CausalLMModule(model, learning_rate=1e-2, warmup_steps=2, min_lr_ratio=0.1)
    trainer = make_trainer(6, tmp_path, progress_bar="none", logger=False, callbacks=[Record()])
    trainer.fit(module, datamodule=TokenDataModule(token_file, block_size=16, batch_size=8))
    # warm-up: (step + 1) / 2; then 0.1 + 0.9 * (1 + cos(pi * (step - 2) / 4)) / 2 for steps 2 … 5
    expected = [0.5, 1.0, 1.0, 0.1 + 0.45 * (1 + math.cos(math.pi / 4)), 0.55,
                0.1 + 0.45 * (1 + math.cos(3 * math.pi / 4))]
    assert rates == pytest.approx([1e-2 * factor for factor in expected], rel=1e-6)


def test_a_sparse_model_trains_on_its_load_balancing_loss_and_validates_on_cross_entropy():
    torch.manual_seed(0)
    model = CausalTransformer(50, hidden_dim=32, num_layers=2, num_heads=4, sparsity=0.75, max_seq_length=16)
    module = CausalLMModule(model)
    inputs, targets = torch.randint(0, 50, (2, 2, 8)).unbind(0)
    module.train()
    training_loss = module._loss((inputs, targets))
    cross_entropy = torch.nn.functional.cross_entropy(model(inputs).logits.flatten(0, 1), targets.flatten())
    assert model.aux_loss() is not None and model.aux_loss().item() > 0
    assert training_loss.item() == pytest.approx(cross_entropy.item() + model.aux_loss().item(), abs=1e-5)
    module.eval()
    assert module._loss((inputs, targets)).item() == pytest.approx(cross_entropy.item(), abs=1e-5)


def test_weight_decay_skips_biases_and_layer_norms(tokenizer):
    module = CausalLMModule(tiny_model(tokenizer), weight_decay=0.1)

    class Trainer:
        estimated_stepping_batches = 10

    module.trainer = Trainer()
    groups = module.configure_optimizers()["optimizer"].param_groups
    assert groups[0]["weight_decay"] == 0.1 and all(p.dim() == 2 for p in groups[0]["params"])
    assert groups[1]["weight_decay"] == 0.0 and all(p.dim() == 1 for p in groups[1]["params"])


def test_bad_training_settings_are_named_before_anything_runs(tokenizer, token_file, tmp_path):
    with pytest.raises(DataError, match="learning_rate"):
        CausalLMModule(tiny_model(tokenizer), learning_rate=-1)
    with pytest.raises(DataError, match="batch_size"):
        TokenDataModule(token_file, block_size=16, batch_size=0)
    with pytest.raises(DataError, match="progress_bar"):
        make_trainer(5, tmp_path, progress_bar="fancy")
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- checkpoints and resume
def test_checkpoints_are_safetensors_that_load_as_the_trained_model(tokenizer, token_file, tmp_path):
    trainer, module = fit(tiny_model(tokenizer), token_file, tmp_path, steps=4, checkpoint_every=2)
    for name in ("checkpoint-2", "checkpoint-4", "model"):
        assert sorted(p.name for p in (tmp_path / name).iterdir()) == ["config.json", "model.safetensors"]
    loaded = CausalTransformer.from_pretrained(tmp_path / "model")
    ids = torch.tensor([tokenizer.encode("If it rains, the ground")])
    module.model.eval()
    torch.testing.assert_close(loaded(ids).logits, module.model(ids).logits, rtol=0, atol=0)
    assert not torch.equal(CausalTransformer.from_pretrained(tmp_path / "checkpoint-2")(ids).logits, loaded(ids).logits)


def test_resume_continues_from_the_latest_checkpoint(tokenizer, token_file, tmp_path):
    import lightning

    fit(tiny_model(tokenizer), token_file, tmp_path, steps=4, checkpoint_every=2)
    checkpoint = latest_checkpoint(tmp_path)
    config = checkpoint_model_config(checkpoint)
    assert config["d_model"] == 32 and config["n_layers"] == 1
    saved = CausalTransformer.from_pretrained(tmp_path / "checkpoint-4").state_dict()
    seen = {}

    class AtStart(lightning.Callback):
        def on_train_start(self, trainer, pl_module):
            seen["step"] = trainer.global_step
            seen["weights"] = {k: v.clone() for k, v in pl_module.model.state_dict().items()}
            seen["adam_steps"] = float(next(iter(trainer.optimizers[0].state.values()))["step"])

    fresh = CausalTransformer.from_pretrained(tmp_path / "checkpoint-2")  # other weights: the ckpt must win
    module = CausalLMModule(fresh, learning_rate=3e-3, warmup_steps=2)
    trainer = make_trainer(6, tmp_path, progress_bar="none", logger=False, checkpoint_every=2, callbacks=[AtStart()])
    trainer.fit(module, datamodule=TokenDataModule(token_file, block_size=16, batch_size=8), ckpt_path=checkpoint,
                weights_only=True)
    assert seen["step"] == 4 and seen["adam_steps"] == 4
    for name, tensor in saved.items():
        torch.testing.assert_close(seen["weights"][name], tensor, rtol=0, atol=0)
    assert trainer.global_step == 6 and (tmp_path / "checkpoint-6").is_dir()


def test_a_folder_without_a_checkpoint_has_nothing_to_resume(tmp_path):
    with pytest.raises(CheckpointError, match="nothing to resume"):
        latest_checkpoint(tmp_path)


def test_importing_causaltorch_and_its_training_package_does_not_import_lightning():
    code = ("import sys, causaltorch, causaltorch.training, causaltorch.metrics, causaltorch.text; "
            "causaltorch.CausalRuleSet; assert 'lightning' not in sys.modules, 'lightning was imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


# ---------------------------------------------------------------------- Ctrl-C and setups Lightning refuses
@pytest.mark.parametrize("options, message", [
    ({"strategy": "banana"}, "invalid strategy name"),
    ({"precision": "banana"}, "Precision 'banana' is invalid"),
    ({"accelerator": "banana"}, "invalid accelerator name"),
    ({"devices": 0}, "devices=0"),
])
def test_a_setup_lightning_refuses_is_a_data_error_when_the_trainer_is_made(options, message, tmp_path):
    with pytest.raises(DataError, match=f"Lightning cannot train with this setup: .*{message}"):
        make_trainer(4, tmp_path, progress_bar="none", logger=False, **options)
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_saves_a_checkpoint_that_fit_resumes_to_the_last_step(tokenizer, token_file, tmp_path):
    import lightning

    class CtrlC(lightning.Callback):
        def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
            if trainer.global_step == 2:
                raise KeyboardInterrupt

    with pytest.raises(TrainingInterrupted) as stopped:
        fit(tiny_model(tokenizer), token_file, tmp_path, steps=4, callbacks=[CtrlC()])
    checkpoint = tmp_path / "checkpoints" / "last.ckpt"
    assert isinstance(stopped.value, KeyboardInterrupt)
    assert (stopped.value.step, stopped.value.checkpoint) == (2, checkpoint)
    assert str(stopped.value) == f"stopped at step 2; a resumable checkpoint is in {checkpoint}"
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Lightning left Ctrl-C ignored
    assert torch.load(checkpoint, weights_only=True)["global_step"] == 2

    module = CausalLMModule(tiny_model(tokenizer), learning_rate=3e-3, warmup_steps=2)
    trainer = make_trainer(4, tmp_path, progress_bar="none", logger=False)
    trainer.fit(module, datamodule=TokenDataModule(token_file, block_size=16, batch_size=8),
                ckpt_path=latest_checkpoint(tmp_path), weights_only=True)
    assert trainer.global_step == 4


def test_a_failure_that_is_not_ctrl_c_saves_no_checkpoint_and_propagates(tokenizer, token_file, tmp_path):
    import lightning

    class Broken(lightning.Callback):
        def on_train_batch_start(self, trainer, pl_module, batch, batch_idx):
            if trainer.global_step == 1:
                raise RuntimeError("a bug")

    with pytest.raises(RuntimeError, match="a bug"):
        fit(tiny_model(tokenizer), token_file, tmp_path, steps=3, callbacks=[Broken()])
    assert not (tmp_path / "checkpoints" / "last.ckpt").exists()


# ---------------------------------------------------------------------- temporary files of killed writers
def test_prepare_tokens_removes_the_temporary_file_of_a_killed_run(tokenizer, tmp_path):
    stale = tmp_path / f".train.bin.{2 ** 22 + 1}.tmp"  # a pid above Linux's largest pid_max: surely dead
    stale.write_bytes(b"half a token file")
    prepare_tokens(SENTENCES, tokenizer, tmp_path / "train.bin")
    assert sorted(os.listdir(tmp_path)) == ["train.bin"]
