"""``causaltorch vision …``: train a causal image generator, generate under do(), explain a picture.

    causaltorch vision train --dataset causal-scenes --steps N --out DIR [--image-size 32] [--rules vision]
                             [--devices --num-nodes --strategy --precision --track [STORE]]
    causaltorch vision generate --model DIR --do rain=0.9 -n 16 -o grid.png
    causaltorch vision explain IMAGE.png --model DIR

Torch, Lightning and PIL load inside the handlers: every command builds the whole parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rich.table import Table

from causaltorch import _validate
from causaltorch._checkpoint import check_memory
from causaltorch.cli._args import (
    ASSIGNMENT_FORM,
    add_trainer_options,
    output_folder,
    output_option,
    parse_assignments,
    positive_options,
    tracking_option,
    trainer_options,
)
from causaltorch.cli._ui import add_row, quiet_lightning, say
from causaltorch.errors import DataError, OutputError, require

__all__ = ["add_commands"]

DATASETS = ("causal-scenes",)
MODEL_FILES = ("model/config.json", "model/model.safetensors")  # what train writes under --out, checked first


def add_commands(subparsers: Any) -> None:
    """Register ``vision train``, ``vision generate`` and ``vision explain``."""
    vision = subparsers.add_parser("vision", help="causal image generation (do() on an SCM latent) and a causal ViT")
    actions = vision.add_subparsers(dest="vision_command", required=True, metavar="ACTION")

    train = actions.add_parser("train", help="train a CausalGAN (or, with --model-type vit, a CausalVisionTransformer)")
    train.add_argument("--dataset", default="causal-scenes", choices=DATASETS, help="training pictures (rendered here)")
    train.add_argument("--steps", type=int, required=True, help="training batches")
    train.add_argument("--out", type=Path, required=True, help="output folder: model/, checkpoints, logs")
    train.add_argument("--model-type", choices=("gan", "vit"), default="gan",
                       help="gan: a CausalGAN generator (default); vit: a CausalVisionTransformer classifier")
    train.add_argument("--rules", default="vision", metavar="FILE|NAME",
                       help="the factor graph: a rule file or bundled name (default: vision)")
    train.add_argument("--image-size", type=int, default=32, choices=(32, 64), help="picture side (default: 32)")
    train.add_argument("--latent-dim", type=int, default=32, help="generator noise dimensions (default: 32)")
    train.add_argument("--channels", type=int, default=16, help="generator/critic width (default: 16)")
    train.add_argument("--batch-size", type=int, default=32, help="pictures per batch (default: 32)")
    train.add_argument("--lr", type=float, default=None, help="learning rate (default: 2e-4 GAN, 1e-3 ViT)")
    train.add_argument("--intervention-prob", type=float, default=0.3,
                       help="share of each batch drawn under a random do() on one factor (default: 0.3)")
    train.add_argument("--checkpoint-every", type=int, default=None, help="batches between exports (default: end)")
    train.add_argument("--logger", choices=("csv", "mlflow", "none"), default="csv",
                       help="Lightning logger (mlflow needs mlflow installed; default: csv)")
    train.add_argument("--progress-bar", choices=("tqdm", "rich", "none"), default="tqdm")
    train.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    add_trainer_options(train, "vision")
    train.set_defaults(handler=_cmd_train)

    generate = actions.add_parser("generate", help="generate a picture grid, optionally under do() interventions")
    generate.add_argument("--model", type=Path, required=True, help="folder of a saved generator")
    generate.add_argument("--rules", default=None, metavar="FILE|NAME",
                          help="rules to generate with (same variables as the model's; default: the model's)")
    generate.add_argument("--do", action="append", metavar=ASSIGNMENT_FORM,
                          help="intervention(s) on the latent factors, values in [0, 1]; repeat or use commas")
    generate.add_argument("-n", "--num-samples", type=int, default=16, help="pictures (default: 16)")
    generate.add_argument("-o", "--output", type=Path, required=True, help="PNG grid to write")
    generate.add_argument("--compare", action="store_true",
                          help="put an observational row (same noise, no do()) above the intervened pictures")
    generate.add_argument("--scale", type=int, default=3, help="pixel enlargement in the grid (default: 3)")
    generate.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    generate.set_defaults(handler=_cmd_generate)

    explain = actions.add_parser("explain", help="explain a CausalVisionTransformer's prediction for a picture")
    explain.add_argument("image", type=Path, help="a PNG/JPEG picture (resized to the model's size)")
    explain.add_argument("--model", type=Path, required=True, help="folder of a saved CausalVisionTransformer")
    explain.set_defaults(handler=_cmd_explain)


def _load_rules(name: str | None):
    from causaltorch.rules import CausalRuleSet

    return None if name is None else CausalRuleSet.load(name)


# ---------------------------------------------------------------------------------------- train
def _cmd_train(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "steps", "latent_dim", "channels", "batch_size", "checkpoint_every")
    _validate.optional(_validate.positive, "--lr", args.lr, what="a positive learning rate")
    _validate.fraction("--intervention-prob", args.intervention_prob)
    hardware = trainer_options(args)
    output_folder(args.out, files=MODEL_FILES)
    rules = _load_rules(args.rules)
    for module in ("lightning", "safetensors"):
        require(module, "vision", "training image models")
    if args.logger == "mlflow":
        require("mlflow", "mlops", "MLflow logging")
    quiet_lightning(bool(getattr(args, "verbose", False)))
    from causaltorch.training.distributed import is_first_process
    from causaltorch.training.options import lightning_trainer
    from causaltorch.training.seeding import seed_everything

    lightning_trainer(logger=False, enable_checkpointing=False, **hardware)  # Lightning's verdict on the setup
    first = is_first_process()  # the others (DDP ranks a launcher started) write nothing
    seed_everything(args.seed)
    if args.model_type == "vit":
        from causaltorch.training.vision import train_vit_classifier

        tracking = tracking_option(args, "vision")
        model, accuracy = train_vit_classifier(args.steps, args.image_size, args.batch_size, args.lr or 1e-3,
                                               rules=rules, seed=args.seed, progress=args.progress_bar != "none",
                                               tracking=tracking, **hardware)
        if first:
            model.save_pretrained(args.out / "model")
            say(console, f"trained a CausalVisionTransformer for {args.steps} steps; held-out class accuracy "
                         f"{accuracy:.3f}; saved to {args.out / 'model'}")
        return
    from causaltorch.training.vision import CausalGAN, SceneDataModule, make_vision_trainer

    gan = CausalGAN(latent_dim=args.latent_dim, img_size=args.image_size, causal_rules=rules, channels=args.channels,
                    lr=args.lr or 2e-4, intervention_prob=args.intervention_prob)
    check_memory(gan.step_bytes(args.batch_size), f"Training on batches of {args.batch_size} pictures",
                 "use a smaller --batch-size or --channels")
    data = SceneDataModule(args.image_size, args.batch_size, seed=args.seed, intervention_prob=args.intervention_prob,
                           rules=rules)
    trainer = make_vision_trainer(args.steps, args.out, logger=args.logger, progress_bar=args.progress_bar,
                                  checkpoint_every=args.checkpoint_every, tracking=tracking_option(args, "vision"),
                                  **hardware)
    trainer.fit(gan, data)
    if first:
        say(console, f"trained to step {trainer.global_step // 2}; generator saved to {args.out / 'model'}")


# ---------------------------------------------------------------------------------------- generate
def _cmd_generate(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "num_samples", "scale")
    if args.output.suffix.lower() != ".png":
        raise OutputError(f"-o {args.output}: the grid is written as PNG; give a path ending in .png.")
    output_option(args.output, "-o")
    interventions = parse_assignments(args.do, "--do")
    require("PIL.Image", "vision", "writing picture grids")
    import torch

    from causaltorch.vision.data import image_grid_bytes, save_image_grid
    from causaltorch.vision.generator import CausalImageGenerator

    generator = CausalImageGenerator.from_pretrained(args.model, causal_rules=_load_rules(args.rules)).eval()
    runs = 2 if args.compare and interventions else 1  # --compare draws an observational row as well
    count = runs * args.num_samples
    check_memory(runs * generator.generation_bytes(args.num_samples)
                 + image_grid_bytes(count, generator.img_size, nrow=min(args.num_samples, 8), scale=args.scale),
                 f"-n {args.num_samples} pictures of {generator.img_size}x{generator.img_size} in a grid enlarged "
                 f"{args.scale} times", "ask for fewer pictures (-n) or a smaller --scale")
    images, z_causal = generator.generate(args.num_samples, interventions or None,
                                          generator=torch.Generator().manual_seed(args.seed))
    labels = None
    if args.compare and interventions:
        baseline, _ = generator.generate(args.num_samples, None, generator=torch.Generator().manual_seed(args.seed))
        shown = ", ".join(f"{k}={v:g}" for k, v in interventions.items())
        images = torch.cat([baseline, images])
        nrow = min(args.num_samples, 8)
        per = (args.num_samples + nrow - 1) // nrow
        labels = ["observed"] * per + [f"do({shown})"] * per
    nrow = min(args.num_samples, 8)
    save_image_grid(images, args.output, nrow=nrow, scale=args.scale, row_labels=labels)
    means = z_causal[:, : len(generator.variables)].mean(0).tolist()
    say(console, f"wrote {images.shape[0]} pictures to {args.output}")
    say(console, "mean factor intensities in the latent: "
                 + ", ".join(f"{name}={value:.2f}" for name, value in zip(generator.variables, means)))


# ---------------------------------------------------------------------------------------- explain
def _cmd_explain(args: argparse.Namespace, console: Any) -> None:
    if not args.image.is_file():
        raise DataError(f"{args.image} is not a picture file; give a PNG or JPEG.")
    image_module = require("PIL.Image", "vision", "reading pictures")
    import torch

    from causaltorch.vision.vit import CausalVisionTransformer

    model = CausalVisionTransformer.from_pretrained(args.model)
    try:
        picture = image_module.open(args.image).convert("RGB").resize((model.image_size, model.image_size),
                                                                      image_module.BILINEAR)
    except (image_module.UnidentifiedImageError, OSError, image_module.DecompressionBombError) as exc:
        raise DataError(f"Cannot read {args.image} as a picture: {exc}.") from None
    pixels = torch.frombuffer(bytearray(picture.tobytes()), dtype=torch.uint8).view(model.image_size,
                                                                                   model.image_size, 3)
    image = pixels.permute(2, 0, 1).float() / 127.5 - 1.0
    report = model.explain_prediction(image)
    names = model.class_names or [str(i) for i in range(model.num_classes)]
    say(console, f"predicted class: {names[report['class']]} (logit {report['logit']:.3f})")
    say(console, "causal path: " + " -> ".join(report["causal_path"]))

    table = Table("factor", "evidence", "intensity", "contribution")
    for name in model.variables:
        add_row(table, name, f"{report['evidence'][name]:.3f}", f"{report['intensities'][name]:.3f}",
                f"{report['contributions'][name]:+.3f}")
    add_row(table, "(not via factors)", "", "", f"{report['unexplained']:+.3f}")
    add_row(table, "(bias)", "", "", f"{report['bias']:+.3f}")
    console.print(table)
