"""``causaltorch video …``: train a causal video model and generate clips with interventions at given frames.

    causaltorch video train --out DIR --steps N [--clips 256 --size 32 --rules video --batch-size 16 …]
                            [--devices --num-nodes --strategy --precision --track [STORE]]
    causaltorch video generate --model DIR --do arrow_hit@5=1 [--frames 24 --seed 0] -o clip.gif

``--do name@frame=value`` intervenes at one frame, ``--do name=value`` at every frame. Torch, Lightning and
Pillow load inside the handlers: every command builds the whole parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rich.table import Table

from causaltorch import _validate
from causaltorch._checkpoint import check_memory
from causaltorch.cli._args import (
    add_trainer_options,
    check_seed,
    output_folder,
    output_option,
    parse_frame_interventions,
    positive_options,
    tracking_option,
    trainer_options,
)
from causaltorch.cli._ui import add_row, quiet_lightning, say
from causaltorch.errors import DataError, OutputError, require

__all__ = ["add_commands"]

MODEL_FILES = ("model/config.json", "model/model.safetensors")  # what train writes under --out, checked first


def add_commands(subparsers: Any) -> None:
    """Register ``video train`` and ``video generate`` on the top-level subparsers."""
    video = subparsers.add_parser("video", help="train causal video models and generate clips with do() at frames")
    actions = video.add_subparsers(dest="video_command", required=True, metavar="ACTION")

    train = actions.add_parser("train", help="train a CNSGNet frame predictor on procedural causal clips (Lightning)")
    train.add_argument("--out", type=Path, required=True, help="output folder: model/, checkpoints/, logs/")
    train.add_argument("--steps", type=int, required=True, help="optimizer steps")
    train.add_argument("--clips", type=int, default=256, help="training clips (default: 256)")
    train.add_argument("--frames", type=int, default=24, help="frames per clip (default: 24)")
    train.add_argument("--size", type=int, default=32, choices=(32, 64), help="frame size in pixels (default: 32)")
    train.add_argument("--rules", default="video", metavar="FILE|NAME",
                       help="temporal rules of the scene: a rule file or bundled name (default: video)")
    train.add_argument("--hidden", type=int, default=32, help="channels per block (default: 32)")
    train.add_argument("--layers", type=int, default=3, help="TemporalCausalConv blocks (default: 3)")
    train.add_argument("--batch-size", type=int, default=16, help="clips per batch (default: 16)")
    train.add_argument("--window", type=int, default=8, help="frames predicted per clip and step (default: 8)")
    train.add_argument("--lr", type=float, default=3e-3, help="peak learning rate (default: 3e-3)")
    train.add_argument("--no-causal-state", action="store_true",
                       help="train the baseline that sees frames only (no causal state)")
    train.add_argument("--progress-bar", choices=("tqdm", "rich", "none"), default="tqdm",
                       help="progress bar on stderr (default: tqdm)")
    train.add_argument("--seed", type=int, default=0, help="seed of the clips and the training (default: 0)")
    add_trainer_options(train, "video")
    train.set_defaults(handler=_cmd_train)

    generate = actions.add_parser("generate", help="generate a clip as a GIF, with interventions at given frames")
    generate.add_argument("--model", type=Path, required=True, help="a trained model folder (or a training run's)")
    generate.add_argument("--do", action="append", metavar="name@frame=value",
                          help="do(): 'arrow_hit@5=1' at frame 5, 'arrow_hit=0' at every frame; repeat or use commas")
    generate.add_argument("--frames", type=int, default=None, help="clip length (default: the model's, 24)")
    generate.add_argument("--seed", type=int, default=0, help="seed of the chance events (default: 0)")
    generate.add_argument("--scene-seed", type=int, default=0, help="seed of the scene's colours (default: 0)")
    generate.add_argument("--only-interventions", action="store_true",
                          help="no chance events: only the events given with --do happen")
    generate.add_argument("-o", "--output", type=Path, required=True, help="the GIF to write (.gif)")
    generate.add_argument("--fps", type=float, default=6.0, help="frames per second of the GIF (default: 6)")
    generate.add_argument("--scale", type=int, default=6, help="pixel upscaling of the GIF (default: 6)")
    generate.set_defaults(handler=_cmd_generate)


def _cmd_train(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "steps", "clips", "hidden", "layers", "batch_size", "window")
    _validate.integer("--frames", args.frames, 2, what="at least 2")
    _validate.integer("--window", args.window, 1, args.frames - 1,
                      what=f"in [1, {args.frames - 1}] (frames predicted per step: at most --frames - 1)")
    _validate.positive("--lr", args.lr, what="a positive learning rate")
    hardware = trainer_options(args)
    output_folder(args.out, files=MODEL_FILES)
    for module in ("lightning", "safetensors"):
        require(module, "video", "training video models")
    from causaltorch.video.data import CausalClips, load_video_rules
    from causaltorch.video.models import VideoModelConfig

    rules = load_video_rules(args.rules)
    config = VideoModelConfig(frame_size=args.size, hidden_channels=args.hidden, num_layers=args.layers,
                              causal_rules=rules.to_dict(), use_causal_state=not args.no_causal_state,
                              num_frames=args.frames)
    quiet_lightning(args.verbose)
    from causaltorch.training.distributed import is_first_process
    from causaltorch.training.options import lightning_trainer
    from causaltorch.training.video import step_bytes, train_video

    lightning_trainer(logger=False, enable_checkpointing=False, **hardware)  # Lightning's verdict on the setup

    batch = min(args.batch_size, args.clips)  # checked before the clips are rolled out, which takes a while
    check_memory(batch * step_bytes(config, args.frames, args.window),
                 f"Training on batches of {batch} clips of {args.frames} frames ({args.window} predicted per step)",
                 "use a smaller --batch-size, fewer --frames or a smaller --window")
    clips = CausalClips(args.clips, num_frames=args.frames, size=args.size, rules=rules, seed=args.seed)

    train_video(args.out, args.steps, clips=clips, config=config, batch_size=args.batch_size, learning_rate=args.lr,
                window=args.window, progress_bar=args.progress_bar, seed=args.seed,
                tracking=tracking_option(args, "video"), **hardware)
    if is_first_process():
        say(console, f"trained {args.steps} steps on {args.clips} clips; wrote {args.out / 'model'} "
                     "(config.json, model.safetensors)")


def _cmd_generate(args: argparse.Namespace, console: Any) -> None:
    interventions = parse_frame_interventions(args.do)
    if args.output.suffix.lower() != ".gif":
        raise OutputError(f"-o {args.output} must end in .gif.")
    positive_options(args, "scale")
    _validate.optional(_validate.integer, "--frames", args.frames, 2, what="at least 2")
    _validate.number("--fps", args.fps, 0, 100, low_open=True)
    _validate.integer("--scale", args.scale, 1, 32)
    check_seed(args.scene_seed, "--scene-seed")  # (--seed is checked for every command by `causaltorch.cli.main`)
    output_option(args.output, "-o")

    from causaltorch.video.data import render_frames, scene_palettes
    from causaltorch.video.gif import gif_bytes, write_gif
    from causaltorch.video.models import CNSGNet

    model = CNSGNet.from_pretrained(args.model).eval()
    if not model.predictor.use_causal_state:
        raise DataError(f"{args.model} is a baseline trained without causal state; it cannot take --do. "
                        "Train a model without --no-causal-state.")
    frames = args.frames or model.config.num_frames
    check_memory(model.generation_bytes(frames) + gif_bytes(frames, model.config.frame_size, scale=args.scale),
                 f"A clip of --frames {frames} enlarged {args.scale} times", "ask for fewer --frames or a smaller "
                 "--scale")
    state = model.rollout_state(frames, interventions, n=1, spontaneous_events=not args.only_interventions,
                                seed=args.seed)
    initial = render_frames(state[:, :1], scene_palettes(1, args.scene_seed), model.variables,
                            model.config.frame_size)[:, 0]
    clip = model.generate(initial, num_frames=frames, causal_state=state)[0]
    active = [[v for v, x in zip(model.variables, row.tolist()) if x > 0.5] for row in state[0]]
    write_gif(clip, args.output, fps=args.fps, scale=args.scale, captions=[" ".join(names) for names in active])

    table = Table(title="causal state (SCM rollout)", title_justify="left")
    table.add_column("frame", justify="right")
    table.add_column("active")
    for t, names in enumerate(active):
        marks = [f"{n} (do)" if isinstance(interventions.get(n), dict) and t in interventions[n] else n for n in names]
        add_row(table, str(t), ", ".join(marks) or "-")
    console.print(table)
    say(console, f"wrote {args.output} ({frames} frames, {args.fps:g} fps)")
