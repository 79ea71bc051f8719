"""Training causal image generators with Lightning: `CausalGAN` (manual optimisation) and its data.

- `CausalGAN`: a `CausalImageGenerator` and a `CausalDiscriminator`, trained with Lightning 2 manual
  optimisation (``automatic_optimization = False``; one discriminator and one generator step per batch).
  Losses:

  * adversarial (non-saturating logistic);
  * factor consistency: the discriminator's causal heads learn to read the factors of real pictures,
    and the generator must make its pictures read as the SCM factors that produced them;
  * the visual causal term (the spec's "rain makes the ground darker"), where the rules say where a
    factor shows: a variable with ``region`` and ``brightness`` metadata must brighten (+1) or darken
    (−1) those rows as its intensity grows (batch correlation above 0.5, hinge).

  A share ``intervention_prob`` of each batch, real and generated alike, is drawn under a random do() on
  one factor, so the decoder learns to paint each factor from its own input and not from its causes.
- `SceneDataModule`: batches from `causaltorch.vision.data.CausalScenesStream`.
- `GeneratorExport`: writes the generator with ``save_pretrained`` every N steps and at the end.
- `VisionClassifierModule` / `train_vit_classifier`: a `CausalVisionTransformer` trained on CausalScenes
  weather classes (cross-entropy) and, when it has rules, on the factors (its causal features, MSE).
- `make_vision_trainer`: a `lightning.Trainer` with those, a CSV logger (or MLflow if asked and installed)
  and a progress bar.

Lightning is imported when this module is; ``import causaltorch`` never imports it.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor
from torch.utils.data import DataLoader

from causaltorch._validate import fraction, number, positive_int
from causaltorch.errors import DataError, require
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.training.distributed import rank_seed
from causaltorch.training.options import Tracking, add_tracking, lightning_trainer
from causaltorch.vision.data import CausalScenesStream
from causaltorch.vision.generator import CausalDiscriminator, CausalImageGenerator, CausalImageGeneratorConfig
from causaltorch.vision.sparse_conv import SparseConvBlock

L = require("lightning", "vision", "training")

__all__ = [
    "CausalGAN", "SceneDataModule", "GeneratorExport", "make_vision_trainer", "visual_causal_loss",
    "VisionClassifierModule", "train_vit_classifier",
]

log = logging.getLogger(__name__)


def _pearson(a: Tensor, b: Tensor) -> Tensor:
    a, b = a - a.mean(), b - b.mean()
    return (a * b).sum() / (a.norm() * b.norm()).clamp_min(1e-6)


def visual_causal_loss(images: Tensor, factors: Tensor, ruleset: CausalRuleSet, margin: float = 0.5) -> Tensor:
    """Hinge on the batch correlation between each located factor and the brightness of its rows.

    Variables whose metadata give ``region: [top, bottom]`` (fractions of the height) and
    ``brightness: ±1`` contribute ``relu(margin − brightness · corr(factor, mean brightness of region))``.
    ``images [B, C, S, S]``, ``factors [B, d]``; 0 when no variable is located.
    """
    loss = images.new_zeros(())
    size = images.shape[-2]
    for j, name in enumerate(ruleset.variables):
        meta = ruleset.variable_metadata(name)
        if "region" not in meta or "brightness" not in meta:
            continue
        top, bottom = (int(round(f * size)) for f in meta["region"])
        brightness = images[:, :, top:max(bottom, top + 1)].mean(dim=(1, 2, 3))  # (B,)
        loss = loss + F.relu(margin - float(meta["brightness"]) * _pearson(factors[:, j], brightness))
    return loss


class CausalGAN(L.LightningModule):
    """A causal GAN: ``CausalGAN(latent_dim=128, img_size=64, causal_rules=None, ethical_constitution=None)``.

    Args:
        latent_dim, img_size, causal_rules, ethical_constitution: the generator's (see `CausalImageGenerator`;
            ``causal_rules=None`` is the bundled ``vision`` rules).
        generator: a ready generator instead (its config wins over the three sizes above).
        channels: decoder/critic width (feature maps at full resolution).
        lr: Adam learning rate of both networks (betas 0.5, 0.999 as in DCGAN).
        factor_weight: weight of the factor-consistency loss (both networks).
        visual_weight: weight of `visual_causal_loss` in the generator's loss.
        intervention_prob: share of each batch drawn under a random do() on one factor.

    ``batch`` is ``(real images [B, 3, S, S], real factors [B, d])``, or the real images alone (a tensor, or
    a one-item tuple as a ``TensorDataset`` of pictures yields). Without real factors there is nothing to teach
    the critic's causal heads, so both factor-consistency terms are left out (the heads would only be noise to
    the generator) and the adversarial and visual terms train. Logs ``d_loss``, ``g_loss`` and ``visual_loss``
    every step, and ``factor_loss_real`` / ``factor_loss_fake`` when the batch has factors. A generator with
    sparse decoder stages adds their load-balancing losses to ``g_loss`` (logged as ``balance_loss``).
    Optimisers: two Adams, critic then generator (``lr``, betas 0.5 and 0.999).
    """

    def __init__(self, latent_dim: int = 128, img_size: int = 64,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None, ethical_constitution: Any = None,
                 *, generator: CausalImageGenerator | None = None, channels: int = 32, lr: float = 2e-4,
                 factor_weight: float = 10.0, visual_weight: float = 0.1, intervention_prob: float = 0.3,
                 independent_factors: bool = False):
        super().__init__()
        for name, value in (("lr", lr), ("factor_weight", factor_weight), ("visual_weight", visual_weight)):
            number(name, value, 0.0, finite=False)
        fraction("intervention_prob", intervention_prob)
        self.automatic_optimization = False
        if generator is None:
            rules = None if causal_rules is None else as_ruleset(causal_rules).to_dict()  # None: the bundled rules
            generator = CausalImageGenerator(CausalImageGeneratorConfig(
                latent_dim=latent_dim, img_size=img_size, causal_rules=rules, channels=channels,
                independent_factors=independent_factors))
        if ethical_constitution is not None:
            generator.ethical_constitution = ethical_constitution
        self.generator = generator
        config = generator.config
        self.discriminator = CausalDiscriminator(config.img_size, config.causal_rules, channels=channels,
                                                 in_channels=config.in_channels)
        self.save_hyperparameters({
            "generator_config": config.to_dict(), "channels": channels, "lr": float(lr),
            "factor_weight": float(factor_weight), "visual_weight": float(visual_weight),
            "intervention_prob": float(intervention_prob),
        })

    @property
    def latent_dim(self) -> int:
        return self.generator.config.latent_dim

    def step_bytes(self, batch_size: int) -> int:
        """About how many bytes one training step needs for ``batch_size`` pictures, counted before anything is
        allocated: the generator's activations for the discriminator's step and its own, kept for the backward
        pass, and the discriminator's on real and generated pictures (of the same order as the generator's)."""
        return 8 * self.generator.generation_bytes(batch_size)

    @property
    def causal_rules(self) -> CausalRuleSet:
        return self.generator.causal_rules

    def forward(self, z: Tensor) -> Tensor:
        return self.generator(z)

    def _random_interventions(self, batch: int) -> tuple[Tensor, Tensor]:
        d = self.generator.causal_encoder.num_factors
        chosen = torch.randint(0, d, (batch,), device=self.device)
        active = torch.rand(batch, device=self.device) < self.hparams.intervention_prob
        mask = F.one_hot(chosen, d).bool() & active[:, None]
        values = torch.rand(batch, 1, device=self.device).expand(batch, d)
        return values, mask

    @staticmethod
    def _split(batch: Tensor | Sequence[Tensor]) -> tuple[Tensor, Tensor | None]:
        """``(real images [B, 3, S, S], real factors [B, d] or None)`` from any batch form `training_step` takes."""
        if isinstance(batch, Tensor):
            return batch, None
        if isinstance(batch, Sequence) and len(batch) in (1, 2) and all(isinstance(t, Tensor) for t in batch):
            return batch[0], (batch[1] if len(batch) == 2 else None)
        raise DataError("A CausalGAN batch is real images [B, 3, S, S], or (images, factors [B, d]); got "
                        f"{type(batch).__name__}{f' of {len(batch)} items' if isinstance(batch, Sequence) else ''}.")

    def _balance_loss(self) -> Tensor | None:
        losses = [m.aux_loss for m in self.generator.modules() if isinstance(m, SparseConvBlock)
                  and m.aux_loss is not None]
        return torch.stack(losses).sum() if losses else None

    def training_step(self, batch: Tensor | Sequence[Tensor], batch_idx: int) -> None:
        real, real_factors = self._split(batch)  # (B, 3, S, S), (B, d) or None
        opt_d, opt_g = self.optimizers()
        hp = self.hparams
        n = real.shape[0]
        d = self.generator.causal_encoder.num_factors
        z = torch.randn(n, self.latent_dim, device=self.device)
        values, mask = self._random_interventions(n)
        z_causal = self.generator.encode(z, values=values, mask=mask)
        fake = self.generator.decode(z_causal)

        # discriminator: real vs fake, and read the factors of real pictures
        self.toggle_optimizer(opt_d)
        real_score, real_heads = self.discriminator(real)
        fake_score, _ = self.discriminator(fake.detach())
        d_loss = F.softplus(-real_score).mean() + F.softplus(fake_score).mean()
        logged = {}
        if real_factors is not None:
            factor_real = F.mse_loss(self.discriminator.factors(real_heads), real_factors)
            d_loss = d_loss + hp.factor_weight * factor_real
            logged["factor_loss_real"] = factor_real
        opt_d.zero_grad()
        self.manual_backward(d_loss)
        opt_d.step()
        self.untoggle_optimizer(opt_d)

        # generator: fool the critic, and paint the factors it was given
        self.toggle_optimizer(opt_g)
        fake_score, fake_heads = self.discriminator(fake)
        visual = visual_causal_loss(fake, z_causal[:, :d], self.generator.causal_rules)
        g_loss = F.softplus(-fake_score).mean() + hp.visual_weight * visual
        if real_factors is not None:
            factor_fake = F.mse_loss(self.discriminator.factors(fake_heads), z_causal[:, :d])
            g_loss = g_loss + hp.factor_weight * factor_fake
            logged["factor_loss_fake"] = factor_fake
        balance = self._balance_loss()
        if balance is not None:
            g_loss = g_loss + balance
            logged["balance_loss"] = balance
        opt_g.zero_grad()
        self.manual_backward(g_loss)
        opt_g.step()
        self.untoggle_optimizer(opt_g)

        self.log_dict({"d_loss": d_loss, "g_loss": g_loss, "visual_loss": visual, **logged}, prog_bar=True)

    def configure_optimizers(self) -> list[torch.optim.Optimizer]:
        betas = (0.5, 0.999)
        opt_d = torch.optim.Adam(self.discriminator.parameters(), lr=self.hparams.lr, betas=betas)
        opt_g = torch.optim.Adam([p for p in self.generator.parameters() if p.requires_grad], lr=self.hparams.lr,
                                 betas=betas)
        return [opt_d, opt_g]


class SceneDataModule(L.LightningDataModule):
    """Endless training batches ``(images, factors)`` of CausalScenes (see `CausalScenesStream`).

    Under DDP every process streams from its own seed (`rank_seed`: rank 0 keeps ``seed``), and the stream's
    workers from their own in turn, so no two processes or workers render the same scenes.
    """

    def __init__(self, image_size: int = 32, batch_size: int = 64, seed: int = 0, intervention_prob: float = 0.3,
                 rules: CausalRuleSet | Mapping[str, Any] | str | None = None, num_workers: int = 0,
                 chunk: int = 256):
        super().__init__()
        positive_int("batch_size", batch_size)
        self.stream = CausalScenesStream(image_size, seed, intervention_prob, rules, chunk=chunk)
        self.seed, self.batch_size, self.num_workers = seed, batch_size, num_workers

    def train_dataloader(self) -> DataLoader:
        trainer = getattr(self, "trainer", None)
        self.stream.seed = rank_seed(self.seed, trainer.global_rank if trainer is not None else 0)
        return DataLoader(self.stream, batch_size=self.batch_size, num_workers=self.num_workers,
                          persistent_workers=self.num_workers > 0)


class GeneratorExport(L.Callback):
    """Save ``pl_module.generator`` with ``save_pretrained``: ``dirpath/checkpoint-N`` every N steps, and
    ``final_dir`` when training ends. Only global rank 0 writes."""

    def __init__(self, dirpath: str | Path, every_n_batches: int | None = None, final_dir: str | Path | None = None):
        self.dirpath = Path(dirpath)
        self.every = every_n_batches
        self.final_dir = Path(final_dir) if final_dir is not None else None

    def on_train_batch_end(self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any,
                           batch_idx: int) -> None:
        done = batch_idx + 1
        if self.every and done % self.every == 0 and trainer.is_global_zero:
            pl_module.generator.save_pretrained(self.dirpath / f"checkpoint-{done}")

    def on_train_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if self.final_dir is not None and trainer.is_global_zero:
            pl_module.generator.save_pretrained(self.final_dir)
            log.info("Saved the generator to %s.", self.final_dir)

    def on_exception(self, trainer: L.Trainer, pl_module: L.LightningModule, exception: BaseException) -> None:
        # Ctrl+C keeps what was trained: the generator as it is goes to dirpath/interrupted.
        if isinstance(exception, KeyboardInterrupt) and trainer.is_global_zero:
            pl_module.generator.save_pretrained(self.dirpath / "interrupted")
            log.info("Interrupted; saved the generator to %s.", self.dirpath / "interrupted")


def make_vision_trainer(steps: int, out_dir: str | Path, *, logger: str | Any = "csv", progress_bar: str = "tqdm",
                        checkpoint_every: int | None = None, accelerator: str = "auto",
                        devices: int | str | Sequence[int] = "auto", strategy: Any = "auto", num_nodes: int = 1,
                        precision: str | int | None = None, log_every_n_steps: int | None = None,
                        callbacks: Sequence[Any] = (), tracking: Tracking = None,
                        model_name: str = "causaltorch-vision",
                        fidelity: Callable[[Any], Mapping[str, float]] | None = None) -> L.Trainer:
    """A `lightning.Trainer` that trains a `CausalGAN` for ``steps`` batches, writing under ``out_dir``.

    ``out_dir/model`` (the final generator), ``out_dir/checkpoint-N`` (exports), ``out_dir/checkpoints``
    (Lightning ``.ckpt`` for resuming) and ``out_dir/logs`` (CSV metrics); only the first process writes.
    ``logger`` is ``"csv"``, ``"mlflow"`` (needs mlflow; runs go to ``out_dir/mlruns``), ``"none"``, or
    Lightning logger(s). ``accelerator``, ``devices``, ``strategy`` (``"ddp"`` …), ``num_nodes`` and
    ``precision`` go to Lightning unchanged. ``log_every_n_steps`` defaults to 1 when tracking, else 10.
    ``tracking`` (None/False, True, a project name or a `CausalMLOps`) adds MLflow tracking: params, per-step
    losses, the rule graph, ``fidelity(generator)``'s scores and the final generator in the registry as
    ``model_name`` (`causaltorch.training.options.add_tracking`).
    A batch makes two optimizer steps (critic and generator), so Lightning's ``max_steps`` is ``2 * steps``.
    No minimum of steps or epochs is set, so a callback that sets ``trainer.should_stop`` ends the (endless)
    epoch after the current batch.

    Raises:
        DataError: a bad step count, progress bar name or ``tracking``, or devices, strategy, node count,
            precision or accelerator that Lightning refuses (``precision="banana"``, a GPU this machine lacks …).
    """
    from causaltorch.training.mlops import check_tracking

    positive_int("steps", steps)
    if progress_bar not in ("tqdm", "rich", "none"):
        raise DataError(f"progress_bar must be tqdm, rich or none, got {progress_bar!r}.")
    check_tracking(tracking)
    if log_every_n_steps is None:  # tracked: the losses of every step
        log_every_n_steps = 1 if tracking else 10
    from lightning.pytorch.callbacks import ModelCheckpoint, RichProgressBar, TQDMProgressBar
    from lightning.pytorch.loggers import CSVLogger

    out_dir = Path(out_dir)
    # Checkpoints hold the state after each step's two updates; Lightning's note about it is noise here.
    warnings.filterwarnings("ignore", message="Using ModelCheckpoint with manual optimization")
    every = checkpoint_every or steps
    bars = {"tqdm": [TQDMProgressBar()], "rich": [RichProgressBar()], "none": []}[progress_bar]
    options = dict(max_steps=2 * steps, accelerator=accelerator, devices=devices, strategy=strategy,
                   num_nodes=num_nodes, precision=precision, enable_progress_bar=bool(bars),
                   enable_model_summary=False, log_every_n_steps=max(1, min(log_every_n_steps, steps)),
                   limit_val_batches=0, num_sanity_val_steps=0, default_root_dir=out_dir)
    lightning_trainer(logger=False, **options)  # Lightning's checks, before a logger or tracking run is made
    if logger == "csv":
        logger = CSVLogger(out_dir, name="logs")
    elif logger == "mlflow":
        require("mlflow", "mlops", "MLflow logging")
        from lightning.pytorch.loggers import MLFlowLogger

        logger = MLFlowLogger(experiment_name="causaltorch-vision",
                              tracking_uri=f"file:{(out_dir / 'mlruns').resolve()}")
    elif logger == "none":
        logger = False
    loggers = [] if logger is False or logger is None else list(logger) if isinstance(logger, Sequence) else [logger]
    lightning_checkpoint = ModelCheckpoint(dirpath=out_dir / "checkpoints", filename="{step}",
                                           every_n_train_steps=2 * every, save_top_k=1, save_last=True)
    export = GeneratorExport(out_dir, checkpoint_every, final_dir=out_dir / "model")
    loggers, extra = add_tracking(tracking, "vision", model_name, loggers, callbacks, fidelity=fidelity)
    return lightning_trainer(logger=loggers or False, callbacks=[lightning_checkpoint, export, *bars, *extra],
                             **options)


class VisionClassifierModule(L.LightningModule):
    """Trains a `CausalVisionTransformer` on ``(images, factors, classes)`` batches.

    Loss: cross-entropy on the classes, plus ``factor_weight`` × MSE between the causal features and the
    true factors when the model has rule variables (a plain ViT gets the cross-entropy only). AdamW
    with cosine decay over the trainer's steps. Logs ``train_loss``, ``class_loss`` and ``factor_loss``.
    """

    def __init__(self, model: Any, lr: float = 1e-3, weight_decay: float = 0.05, factor_weight: float = 1.0):
        super().__init__()
        self.model = model
        self.lr, self.weight_decay, self.factor_weight = lr, weight_decay, factor_weight

    def training_step(self, batch: tuple[Tensor, Tensor, Tensor], batch_idx: int) -> Tensor:
        images, factors, classes = batch
        logits, causal = self.model(images)
        class_loss = F.cross_entropy(logits, classes)
        factor_loss = F.mse_loss(causal, factors) if causal.shape[1] else class_loss.new_zeros(())
        loss = class_loss + self.factor_weight * factor_loss
        self.log_dict({"train_loss": loss, "class_loss": class_loss, "factor_loss": factor_loss}, prog_bar=True)
        return loss

    def configure_optimizers(self) -> dict[str, Any]:
        optimizer = torch.optim.AdamW(self.model.parameters(), lr=self.lr, weight_decay=self.weight_decay)
        total = max(1, int(self.trainer.estimated_stepping_batches))
        scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, total)
        return {"optimizer": optimizer, "lr_scheduler": {"scheduler": scheduler, "interval": "step"}}


def train_vit_classifier(steps: int, image_size: int = 32, batch_size: int = 32, lr: float = 1e-3, *,
                         rules: CausalRuleSet | Mapping[str, Any] | None = None, model: Any = None,
                         train_images: int = 5000, test_images: int = 1000, seed: int = 0, progress: bool = True,
                         factor_weight: float = 1.0, logger: Any = False, accelerator: str = "cpu",
                         devices: int | str | Sequence[int] = 1, strategy: Any = "auto", num_nodes: int = 1,
                         precision: str | int | None = None, tracking: Tracking = None,
                         model_name: str = "causaltorch-vit") -> tuple[Any, float]:
    """Train a ViT on ``train_images`` CausalScenes for ``steps`` batches → ``(model, held-out accuracy)``.

    ``model`` defaults to a small `CausalVisionTransformer` (patch 4, width 64, 4 layers) over ``rules``
    (default: the bundled vision rules) with the four weather classes. Test scenes use another seed.
    ``accelerator``, ``devices``, ``strategy``, ``num_nodes`` and ``precision`` go to Lightning unchanged (under
    DDP each process reads its own share of the pictures, and ``batch_size`` is per process). ``tracking``
    (None/False, True, a project name or a `CausalMLOps`) logs params, per-step losses, the rule graph and the
    held-out accuracy (``test_accuracy``) to MLflow and registers the model as ``model_name``.

    Raises:
        DataError: a bad setting or ``tracking``, or a setup Lightning refuses (its message, on one line).
    """
    from torch.utils.data import TensorDataset

    from causaltorch.training.mlops import check_tracking
    from causaltorch.vision.data import SCENE_CLASSES, CausalScenes
    from causaltorch.vision.vit import CausalVisionTransformer

    positive_int("steps", steps)
    check_tracking(tracking)
    options = dict(max_steps=steps, enable_checkpointing=False, enable_progress_bar=progress,
                   enable_model_summary=False, max_epochs=-1, log_every_n_steps=1 if tracking else 50,
                   accelerator=accelerator, devices=devices, strategy=strategy, num_nodes=num_nodes,
                   precision=precision)
    lightning_trainer(logger=False, **options)  # Lightning's checks, before any picture is drawn
    train = CausalScenes(train_images, image_size, seed=seed)
    test = CausalScenes(test_images, image_size, seed=seed + 7919)
    if model is None:
        model = CausalVisionTransformer(image_size, patch_size=4, num_classes=len(SCENE_CLASSES), d_model=64,
                                        n_heads=4, n_layers=4, causal_rules=rules if rules is not None else train.rules,
                                        class_names=list(SCENE_CLASSES))
    if model.variables and model.variables != train.variables:
        raise DataError(f"The model's factors {model.variables} are not the scenes' {train.variables}.")
    dataset = TensorDataset(train.images(), train.factors, train.classes)
    loader = DataLoader(dataset, batch_size=min(batch_size, train_images), shuffle=True, drop_last=True)
    module = VisionClassifierModule(model, lr=lr, factor_weight=factor_weight)
    scores: dict[str, float] = {}

    def accuracy(trained: Any) -> dict[str, float]:
        was_training = trained.training
        trained.eval()
        with torch.no_grad():
            images = test.images()
            device = next(trained.parameters()).device
            predictions = torch.cat([trained(images[i:i + 256].to(device))[0].argmax(-1).cpu()
                                     for i in range(0, len(test), 256)])
        trained.train(was_training)
        scores["test_accuracy"] = float((predictions == test.classes).float().mean())
        return dict(scores)

    loggers = [] if logger is False or logger is None else list(logger) if isinstance(logger, Sequence) else [logger]
    loggers, callbacks = add_tracking(tracking, "vision", model_name, loggers, [], fidelity=accuracy)
    trainer = lightning_trainer(logger=loggers or False, callbacks=callbacks, **options)
    trainer.fit(module, loader)
    model.cpu().eval()
    return model, scores["test_accuracy"] if scores else accuracy(model)["test_accuracy"]
