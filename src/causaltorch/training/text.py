"""Language-model training with Lightning: how to train a text model, not the model itself.

- `TokenDataModule`: batches of random windows from a token file (`causaltorch.training.tokens`).
- `CausalLMModule`: next-token cross-entropy for any model whose ``forward(input_ids)`` returns an object
  with ``logits [B, T, V]`` (`causaltorch.text.CausalTransformer` and its front doors), AdamW with
  decoupled weight decay on matrices only, linear warm-up then cosine decay.
- `SafetensorsCheckpoint`: the weights as ``config.json`` + ``model.safetensors`` (``save_pretrained``)
  every N steps and at the end — the files users load; Lightning's own ``.ckpt`` files (optimizer and
  loop state) are for resuming.
- `make_trainer`: a `lightning.Trainer` with those callbacks, Lightning's `ModelCheckpoint`, a CSV logger
  and a progress bar; devices, strategy (``ddp``, ``fsdp`` …) and precision go straight to Lightning, and a
  setup Lightning refuses is a `DataError` when the trainer is made, before any data is prepared.
- Ctrl-C: `InterruptCheckpoint` saves a resumable ``checkpoints/last.ckpt``, and the trainer's ``fit``
  raises `TrainingInterrupted` (a `KeyboardInterrupt`) saying where it is (Lightning itself would exit the
  process with code 1).

Lightning is imported when this module is; ``import causaltorch`` never imports it.
"""

from __future__ import annotations

import logging
import math
import signal
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from torch.utils.data import DataLoader

from causaltorch import _validate
from causaltorch._checkpoint import read_torch_checkpoint
from causaltorch.errors import CheckpointError, DataError, require
from causaltorch.training.distributed import WindowSampler
from causaltorch.training.options import Tracking, add_tracking, lightning_trainer
from causaltorch.training.tokens import TokenWindows

L = require("lightning", "text", "training")

__all__ = [
    "CHECKPOINT_DIR", "CausalLMModule", "InterruptCheckpoint", "SafetensorsCheckpoint", "TokenDataModule",
    "TrainingInterrupted", "cfs_fidelity", "checkpoint_model_config", "latest_checkpoint", "make_trainer",
]

log = logging.getLogger(__name__)

CHECKPOINT_DIR = "checkpoints"  # Lightning .ckpt files inside the output folder
_LAST = "last.ckpt"
_PROGRESS_BARS = ("tqdm", "rich", "none")


class TokenDataModule(L.LightningDataModule):
    """Training (and optional validation) batches of ``(inputs [B, T], targets [B, T])`` from token files.

    Args:
        train_file: token file of the training text (`prepare_tokens`).
        block_size: tokens per window (the context length trained on).
        batch_size: windows per batch (per device: the global batch is ``batch_size`` × processes).
        val_file: token file of held-out text; its windows tile it without overlap.
        num_workers: DataLoader worker processes (0: load in the training process).
        seed: seed of the training order and window offsets (`WindowSampler`): every process draws the same
            order and reads its own share, so under DDP no window is read twice in an epoch, and ``R`` processes
            read, step by step, the windows one process reads with ``R`` times the batch.
        defer_open: open the token files in ``setup`` (inside ``fit``, after the first process has written them)
            instead of now: for processes a launcher (torchrun, srun) starts beside the first one.

    Raises:
        DataError: a bad size, a token file that is missing or shorter than one window, or fewer training windows
            than one batch (per process).
    """

    def __init__(self, train_file: str | Path, block_size: int, batch_size: int, val_file: str | Path | None = None,
                 num_workers: int = 0, seed: int = 0, defer_open: bool = False):
        super().__init__()
        _validate.positive_int("block_size", block_size)
        _validate.positive_int("batch_size", batch_size)
        _validate.nonnegative_int("num_workers", num_workers)
        _validate.integer("seed", seed, 0)
        self.train_file, self.val_file = Path(train_file), Path(val_file) if val_file is not None else None
        self.block_size, self.batch_size, self.num_workers, self.seed = block_size, batch_size, num_workers, seed
        self.train_windows: TokenWindows | None = None
        self.val_windows: TokenWindows | None = None
        if not defer_open:
            self._open()

    def _open(self) -> None:
        self.train_windows = TokenWindows(self.train_file, self.block_size, random_offsets=True)
        self._check_batches(1)
        self.val_windows = TokenWindows(self.val_file, self.block_size) if self.val_file is not None else None

    def _check_batches(self, processes: int) -> None:
        windows = len(self.train_windows) // processes
        if self.batch_size > windows:  # every batch is full (drop_last): there would be none
            share = f" ({processes} processes share them)" if processes > 1 else ""
            raise DataError(f"batch_size {self.batch_size} is more than the {windows} windows of {self.block_size} "
                            f"tokens that {self.train_file} holds{share}, so not one batch could be drawn; use a "
                            f"batch size of at most {windows}, or more text.")

    def setup(self, stage: str) -> None:
        if self.train_windows is None:
            self._open()

    def _rank(self) -> tuple[int, int]:
        trainer = getattr(self, "trainer", None)
        return (trainer.world_size, trainer.global_rank) if trainer is not None else (1, 0)

    def _loader(self, windows: TokenWindows, shuffle: bool) -> DataLoader:
        sampler = None
        if shuffle:
            world, rank = self._rank()
            self._check_batches(world)
            sampler = WindowSampler(len(windows), windows.block_size, seed=self.seed, num_replicas=world, rank=rank)
        return DataLoader(windows, batch_size=self.batch_size, sampler=sampler, drop_last=shuffle,
                          num_workers=self.num_workers, persistent_workers=self.num_workers > 0,
                          pin_memory=torch.cuda.is_available())

    def train_dataloader(self) -> DataLoader:
        self.setup("fit")
        return self._loader(self.train_windows, shuffle=True)

    def val_dataloader(self) -> DataLoader | list:
        self.setup("validate")
        return self._loader(self.val_windows, shuffle=False) if self.val_windows is not None else []


class CausalLMModule(L.LightningModule):
    """Trains ``model`` to predict the next token (mean cross-entropy over every position of a window).

    Args:
        model: the ``nn.Module`` to train; it stays a plain module (``module.model``), usable without Lightning.
        learning_rate: peak learning rate, reached after ``warmup_steps``.
        weight_decay: AdamW's decoupled decay, applied to weight matrices and embeddings only (not to
            biases or LayerNorm gains).
        betas: AdamW's moment decay rates.
        warmup_steps: steps of linear warm-up from 0.
        min_lr_ratio: the cosine decays to ``learning_rate * min_lr_ratio`` at the trainer's last step.

    Logs ``train_loss`` and ``lr`` every step and ``val_loss`` on validation. The hyperparameters and the
    model's config (``model.config.to_dict()``, if it has one) are saved in every Lightning checkpoint, so
    a run can be rebuilt for resuming (`checkpoint_model_config`).
    """

    def __init__(self, model: nn.Module, learning_rate: float = 1e-3, weight_decay: float = 0.1,
                 betas: Sequence[float] = (0.9, 0.95), warmup_steps: int = 100, min_lr_ratio: float = 0.1):
        super().__init__()
        if not isinstance(model, nn.Module):
            raise DataError(f"model must be a torch.nn.Module, got {type(model).__name__}.")
        _validate.nonnegative("learning_rate", learning_rate)
        _validate.nonnegative("weight_decay", weight_decay)
        if len(betas) != 2:
            raise DataError(f"betas must be two numbers in [0, 1), got {tuple(betas)!r}.")
        for i, beta in enumerate(betas):
            _validate.fraction(f"betas[{i}]", beta, high_open=True)
        _validate.nonnegative_int("warmup_steps", warmup_steps)
        _validate.fraction("min_lr_ratio", min_lr_ratio)
        self.model = model
        config = getattr(model, "config", None)
        self.save_hyperparameters({
            "learning_rate": float(learning_rate), "weight_decay": float(weight_decay),
            "betas": [float(b) for b in betas], "warmup_steps": warmup_steps, "min_lr_ratio": float(min_lr_ratio),
            "model_config": config.to_dict() if hasattr(config, "to_dict") else None,
        })

    def forward(self, input_ids: Tensor) -> Tensor:
        """``input_ids [B, T] -> logits [B, T, V]``."""
        return self.model(input_ids).logits

    def _loss(self, batch: tuple[Tensor, Tensor]) -> Tensor:
        inputs, targets = batch  # (B, T) each
        output = self.model(inputs)
        loss = F.cross_entropy(output.logits.flatten(0, 1).float(), targets.flatten())
        return self._with_aux_loss(loss, output)

    def _with_aux_loss(self, loss: Tensor, output: Any) -> Tensor:
        """Add a sparse model's load-balancing loss while training (validation reports plain cross-entropy)."""
        aux_loss = getattr(output, "aux_loss", None)
        return loss + aux_loss if self.training and aux_loss is not None else loss

    def training_step(self, batch: tuple[Tensor, Tensor], batch_idx: int) -> Tensor:
        loss = self._loss(batch)
        self.log("train_loss", loss, prog_bar=True, sync_dist=True)  # the global batch's mean under DDP
        self.log("lr", self.lr_schedulers().get_last_lr()[0])
        return loss

    def validation_step(self, batch: tuple[Tensor, Tensor], batch_idx: int) -> None:
        self.log("val_loss", self._loss(batch), prog_bar=True, sync_dist=True)

    def configure_optimizers(self) -> dict[str, Any]:
        hparams = self.hparams
        decay = [p for p in self.model.parameters() if p.requires_grad and p.dim() >= 2]
        no_decay = [p for p in self.model.parameters() if p.requires_grad and p.dim() < 2]
        optimizer = torch.optim.AdamW(
            [{"params": decay, "weight_decay": hparams.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
            lr=hparams.learning_rate, betas=tuple(hparams.betas),
        )
        total = max(1, int(self.trainer.estimated_stepping_batches))
        warmup, floor = min(hparams.warmup_steps, total), hparams.min_lr_ratio

        def lr_factor(step: int) -> float:
            if step < warmup:
                return (step + 1) / warmup
            progress = min(1.0, (step - warmup) / max(1, total - warmup))
            return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * progress))

        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_factor)
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}


class SafetensorsCheckpoint(L.Callback):
    """Exports the trained model with ``save_pretrained`` (``config.json`` + ``model.safetensors``).

    Args:
        dirpath: folder of the step exports: ``dirpath/checkpoint-N`` after every ``every_n_train_steps``.
        every_n_train_steps: export cadence; None exports only at the end.
        final_dir: where the model goes when training ends (None: no final export).

    The module's model must have ``config`` and ``save_pretrained`` (`CausalTransformer` does). Weights
    come from the strategy's full state dict, so sharded training (FSDP) exports whole weights too; only
    global rank 0 writes. Nothing is pickled.
    """

    def __init__(self, dirpath: str | Path, every_n_train_steps: int | None = None,
                 final_dir: str | Path | None = None):
        _validate.optional(_validate.positive_int, "every_n_train_steps", every_n_train_steps)
        self.dirpath = Path(dirpath)
        self.every_n_train_steps = every_n_train_steps
        self.final_dir = Path(final_dir) if final_dir is not None else None
        self._last_exported_step = -1

    def on_train_batch_end(self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any,
                           batch_idx: int) -> None:
        step = trainer.global_step
        if self.every_n_train_steps and step % self.every_n_train_steps == 0 and step != self._last_exported_step:
            self._last_exported_step = step
            self.export(trainer, pl_module, self.dirpath / f"checkpoint-{step}")

    def on_train_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if self.final_dir is not None:
            self.export(trainer, pl_module, self.final_dir)

    @staticmethod
    def export(trainer: L.Trainer, pl_module: L.LightningModule, directory: Path) -> None:
        """Write ``pl_module.model``'s weights to ``directory`` with ``save_pretrained`` (every rank must call)."""
        state = trainer.strategy.lightning_module_state_dict()  # whole weights on rank 0, also when sharded
        if trainer.is_global_zero:
            model = pl_module.model
            prefix = "model."
            weights = {name[len(prefix):]: tensor for name, tensor in state.items() if name.startswith(prefix)}
            with torch.device("meta"):  # a shell of the same class and config, filled with the gathered weights
                shell = type(model)(model.config)
            shell.load_state_dict(weights, assign=True)
            shell.save_pretrained(directory)
            log.info("Saved the model at step %d to %s.", trainer.global_step, directory)
        trainer.strategy.barrier()


class InterruptCheckpoint(L.Callback):
    """On Ctrl-C (`KeyboardInterrupt`), saves a Lightning checkpoint to ``path`` that ``fit(ckpt_path=…)`` resumes.

    Lightning catches the interrupt, calls every callback's ``on_exception`` and then exits the process;
    this callback writes the checkpoint there (weights, optimizer, schedule and loop state, as
    `ModelCheckpoint` does) and keeps its path in ``saved`` (None until then, or when no step was done).
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.saved: Path | None = None

    def on_exception(self, trainer: L.Trainer, pl_module: L.LightningModule, exception: BaseException) -> None:
        if isinstance(exception, KeyboardInterrupt) and trainer.global_step > 0:
            trainer.save_checkpoint(self.path)
            self.saved = self.path
            log.info("Interrupted at step %d; saved %s.", trainer.global_step, self.path)


class TrainingInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped ``fit`` at ``step``; ``checkpoint`` is the resumable checkpoint saved then (or None)."""

    def __init__(self, step: int, checkpoint: Path | None):
        where = f"; a resumable checkpoint is in {checkpoint}" if checkpoint is not None else ""
        super().__init__(f"stopped at step {step}{where}")
        self.step = step
        self.checkpoint = checkpoint


class _Trainer(L.Trainer):
    """`lightning.Trainer` whose ``fit`` raises `TrainingInterrupted` on Ctrl-C instead of exiting the process.

    Lightning answers Ctrl-C with ``sys.exit(1)`` after its callbacks' ``on_exception`` and leaves Ctrl-C
    ignored; this restores the Ctrl-C handler and raises `TrainingInterrupted` (a `KeyboardInterrupt`) with
    the step reached and the checkpoint `InterruptCheckpoint` saved, so a caller can say where it stopped.
    """

    def fit(self, *args: Any, **kwargs: Any) -> None:
        handler = signal.getsignal(signal.SIGINT)
        try:
            super().fit(*args, **kwargs)
        except SystemExit as exc:
            if not isinstance(exc.__context__, KeyboardInterrupt):
                raise
            saved = next((callback.saved for callback in self.callbacks
                          if isinstance(callback, InterruptCheckpoint) and callback.saved is not None), None)
            raise TrainingInterrupted(self.global_step, saved) from None
        finally:
            if threading.current_thread() is threading.main_thread() and handler is not None:
                signal.signal(signal.SIGINT, handler)


def latest_checkpoint(out_dir: str | Path) -> Path:
    """The Lightning checkpoint to resume a run in ``out_dir`` from (``out_dir/checkpoints/last.ckpt``).

    Raises:
        CheckpointError: the folder holds no checkpoint.
    """
    path = Path(out_dir) / CHECKPOINT_DIR / _LAST
    if not path.is_file():
        raise CheckpointError(
            f"{out_dir} has no training checkpoint ({path} is missing), so there is nothing to resume."
        )
    return path


def checkpoint_model_config(path: str | Path) -> dict[str, Any]:
    """The model config saved by `CausalLMModule` in a Lightning checkpoint (read with ``weights_only=True``).

    Raises:
        CheckpointError: the file cannot be read (or holds code: nothing in it is run) or holds no model config.
    """
    checkpoint = read_torch_checkpoint(path)
    config = checkpoint.get("hyper_parameters", {}).get("model_config") if isinstance(checkpoint, dict) else None
    if not isinstance(config, dict):
        raise CheckpointError(f"{path} holds no model config; it was not written by CausalLMModule.")
    return config


def make_trainer(max_steps: int, out_dir: str | Path, *, devices: int | str | Sequence[int] = "auto",
                 strategy: Any = "auto", precision: str | int | None = None, accelerator: str = "auto",
                 num_nodes: int = 1, logger: Any = True, progress_bar: str = "tqdm",
                 checkpoint_every: int | None = None, val_every: int | None = None, val_batches: int = 20,
                 gradient_clip_val: float | None = 1.0, accumulate_grad_batches: int = 1,
                 log_every_n_steps: int | None = None, callbacks: Sequence[Any] = (), tracking: Tracking = None,
                 model_name: str = "causaltorch-text", experiment: str = "text",
                 fidelity: Callable[[nn.Module], Mapping[str, float]] | None = None) -> L.Trainer:
    """A `lightning.Trainer` for `CausalLMModule`, writing everything under ``out_dir``.

    Args:
        max_steps: optimizer steps to train for (in total, when resuming).
        out_dir: ``checkpoints/`` (Lightning ``.ckpt``: ``last.ckpt`` and ``step=N.ckpt``), ``checkpoint-N/``
            (safetensors exports), ``model/`` (the final export) and ``logs/`` (CSV metrics) go here; only the
            first process (global rank 0) writes.
        devices, strategy, precision, accelerator, num_nodes: passed to Lightning unchanged (``strategy="ddp"``
            or ``"fsdp"``, ``precision="bf16-mixed"``, ``num_nodes=2`` …).
        logger: True for a `CSVLogger` in ``out_dir/logs``, False for none, or Lightning logger(s).
        progress_bar: ``"tqdm"``, ``"rich"`` or ``"none"``.
        checkpoint_every: steps between checkpoints (Lightning's and safetensors); None: only at the end.
        val_every, val_batches: validate every ``val_every`` steps on ``val_batches`` batches (None: never).
        gradient_clip_val: clip the gradient norm to this (None: no clipping).
        accumulate_grad_batches: as in Lightning.
        log_every_n_steps: steps between logged losses (default: every step when tracking, else every 10).
        callbacks: more Lightning callbacks.
        tracking: log the run to MLflow too (`add_tracking`): None/False (off), True (the default store),
            a project name, or a `CausalMLOps`. Params, per-step losses, the rule graph, ``fidelity``'s scores
            and the final model (registered as ``model_name``, alias ``champion``).
        model_name, experiment: the registered model's name, and the experiment of a run that ``tracking=True``
            or a project name opens.
        fidelity: ``fidelity(model) -> {metric: number}`` (e.g. `cfs_fidelity`), logged when training ends.

    On Ctrl-C the trainer's ``fit`` saves ``checkpoints/last.ckpt`` (when a step was done) and raises
    `TrainingInterrupted` saying where; ``fit(ckpt_path=latest_checkpoint(out_dir))`` continues from it.

    Raises:
        DataError: a bad step count, cadence, progress bar name or ``tracking``, or devices, strategy,
            precision, accelerator or node count that Lightning refuses (an unknown name, a GPU this machine
            lacks …: Lightning's message, on one line).
        TrackingUnreachableError: the tracking store cannot be opened.
    """
    _validate.positive_int("max_steps", max_steps)
    _validate.optional(_validate.positive_int, "checkpoint_every", checkpoint_every)
    _validate.optional(_validate.positive_int, "val_every", val_every)
    _validate.positive_int("val_batches", val_batches)
    if progress_bar not in _PROGRESS_BARS:
        raise DataError(f"progress_bar must be one of {', '.join(_PROGRESS_BARS)}, got {progress_bar!r}.")
    from causaltorch.training.mlops import check_tracking

    check_tracking(tracking)
    _validate.optional(_validate.positive_int, "log_every_n_steps", log_every_n_steps)
    if log_every_n_steps is None:
        log_every_n_steps = 1 if tracking else 10
    from lightning.pytorch.callbacks import ModelCheckpoint, RichProgressBar, TQDMProgressBar
    from lightning.pytorch.loggers import CSVLogger

    out_dir = Path(out_dir)
    every = checkpoint_every or max_steps
    lightning_checkpoint = ModelCheckpoint(dirpath=out_dir / CHECKPOINT_DIR, filename="{step}",
                                           every_n_train_steps=every, save_top_k=1, save_last=True)
    export = SafetensorsCheckpoint(out_dir, every_n_train_steps=checkpoint_every, final_dir=out_dir / "model")
    on_interrupt = InterruptCheckpoint(out_dir / CHECKPOINT_DIR / _LAST)
    bars = {"tqdm": [TQDMProgressBar()], "rich": [RichProgressBar()], "none": []}[progress_bar]
    if logger is True:
        logger = CSVLogger(out_dir, name="logs")
    loggers = [] if logger is False or logger is None else list(logger) if isinstance(logger, Sequence) else [logger]
    options = dict(max_steps=max_steps, accelerator=accelerator, devices=devices, strategy=strategy,
                   num_nodes=num_nodes, precision=precision, enable_progress_bar=bool(bars),
                   enable_model_summary=False, gradient_clip_val=gradient_clip_val,
                   accumulate_grad_batches=accumulate_grad_batches, log_every_n_steps=log_every_n_steps,
                   val_check_interval=val_every, check_val_every_n_epoch=None if val_every else 1,
                   limit_val_batches=val_batches if val_every else 0, num_sanity_val_steps=0, default_root_dir=out_dir)
    lightning_trainer(_Trainer, logger=False, **options)  # Lightning's checks, before a tracking run is opened
    loggers, extra = add_tracking(tracking, experiment, model_name, loggers, callbacks, fidelity=fidelity)
    return lightning_trainer(_Trainer, logger=loggers or False,
                             callbacks=[lightning_checkpoint, export, on_interrupt, *bars, *extra], **options)


def cfs_fidelity(tokenizer: Any, rules: Any, max_cases: int = 16,
                 max_new_tokens: int = 12) -> Callable[[nn.Module], dict[str, float]]:
    """``fidelity(model) -> {"cfs": score}``: the Causal Fidelity Score (`calculate_cfs`, greedy, rule-guided) on
    up to ``max_cases`` prompts ``"If <cause>,"`` whose expected effect is the rule's, for `make_trainer`.

    Raises:
        DataError: ``rules`` has no rule with a positive strength to test.
    """
    from causaltorch.metrics.text import calculate_cfs
    from causaltorch.text.demo import heldin_cases

    cases = heldin_cases(rules, limit=max_cases)
    if not cases:
        cases = [(f"If {rule.cause.replace('_', ' ')},", rule.effect) for rule in rules.rules if rule.strength > 0]
        cases = cases[:max_cases]
    if not cases:
        raise DataError("The rules have no rule with a positive strength, so there is no effect to test.")

    def fidelity(model: nn.Module) -> dict[str, float]:
        with torch.no_grad():
            return {"cfs": float(calculate_cfs(model, cases, tokenizer, rules=rules, max_new_tokens=max_new_tokens))}

    return fidelity
