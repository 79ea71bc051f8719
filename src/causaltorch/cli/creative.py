"""``causaltorch creative …``: "what if" pictures from a saved image generator, novelty search, evolution.

    causaltorch creative imagine --model DIR --do rain=1 [--counterfactual-of 3] [-n 8] -o grid.png
    causaltorch creative search --model DIR [--population 16 --generations 10] -o archive.png [--json out.json]
    causaltorch creative evolve --model DIR --goal puddles=0.8 [--regressor FILE | --regressor-steps N] -o out.json

``imagine`` draws ``-n`` pictures and, with the same noise, each ``--do`` world (one row each; a ``--do`` item may
set several factors with commas). With ``--counterfactual-of I`` it keeps sample ``I`` of that draw and shows it
next to its counterfactuals (abduction: only the intervened factors' descendants change). ``search`` runs
`NoveltySearch` over interventions, with the pictures' behaviour read by a factor regressor (``--regressor``) or,
without one, the brightness of the sky and the ground. ``evolve`` runs `EvolutionaryCausalTrainer` on the
bundled vision rules; it needs a factor regressor to read the pictures (a saved state dict, or trained here on
rendered CausalScenes for ``--regressor-steps`` steps).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from causaltorch import _validate
from causaltorch.cli._args import ASSIGNMENT_FORM, output_option, parse_assignments, positive_options
from causaltorch.cli._ui import add_row, say, table
from causaltorch.errors import CheckpointError, InterventionError, OutputError, require

__all__ = ["add_commands"]


def add_commands(subparsers: Any) -> None:
    """Register ``creative imagine``, ``creative search`` and ``creative evolve``."""
    creative = subparsers.add_parser("creative", help="counterfactual dreaming, novelty search and evolution on a "
                                                      "causal image generator")
    actions = creative.add_subparsers(dest="creative_command", required=True, metavar="ACTION")

    imagine = actions.add_parser("imagine", help="pictures and their what-if variations under do()")
    imagine.add_argument("--model", type=Path, required=True, help="folder of a saved image generator")
    imagine.add_argument("--do", action="append", metavar=ASSIGNMENT_FORM, required=True,
                         help="one what-if world (values in [0, 1]); repeat for more worlds")
    imagine.add_argument("--strength", type=float, default=1.0,
                         help="1: hard do(); below 1: soft, s*value + (1-s)*natural (default: 1)")
    imagine.add_argument("--counterfactual-of", type=int, default=None, metavar="I",
                         help="show sample I of the draw next to its counterfactuals")
    imagine.add_argument("-n", "--num-samples", type=int, default=8, help="pictures per world (default: 8)")
    imagine.add_argument("-o", "--output", type=Path, required=True, help="PNG grid to write")
    imagine.add_argument("--scale", type=int, default=3, help="pixel enlargement in the grid (default: 3)")
    imagine.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    imagine.set_defaults(handler=_cmd_imagine)

    search = actions.add_parser("search", help="novelty search over interventions; plots the behaviour archive")
    _model_options(search)
    search.add_argument("--population", type=int, default=16, help="individuals per generation (default: 16)")
    search.add_argument("--generations", type=int, default=10, help="generations (default: 10)")
    search.add_argument("--samples", type=int, default=4, help="pictures per evaluation (default: 4)")
    search.add_argument("--strategy", choices=("novelty", "random"), default="novelty")
    search.add_argument("-o", "--output", type=Path, required=True, help="PNG plot of the behaviour archive")
    search.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    search.set_defaults(handler=_cmd_search)

    evolve = actions.add_parser("evolve", help="evolve a latent policy: causal adherence + goal + novelty")
    _model_options(evolve)
    evolve.add_argument("--goal", action="append", metavar=ASSIGNMENT_FORM, required=True,
                        help="target factor readings, e.g. puddles=0.8 (the goal is -mean |read - target|)")
    evolve.add_argument("--regressor-steps", type=int, default=300,
                        help="steps to train a factor regressor when --regressor is not given (default: 300)")
    evolve.add_argument("--population", type=int, default=12, help="policies per generation (default: 12)")
    evolve.add_argument("--generations", type=int, default=8, help="generations (default: 8)")
    evolve.add_argument("--samples", type=int, default=16, help="pictures per evaluation (default: 16)")
    evolve.add_argument("--novelty-weight", type=float, default=0.1, help="weight of novelty (default: 0.1)")
    evolve.add_argument("-o", "--output", type=Path, required=True, help="JSON of the reward history")
    evolve.set_defaults(handler=_cmd_evolve)


def _model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", type=Path, required=True, help="folder of a saved image generator")
    parser.add_argument("--regressor", type=Path, default=None,
                        help="a FactorRegressor state dict (.pt) to read factors off the pictures")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")


def _load_generator(folder: Path) -> Any:
    from causaltorch.vision.generator import CausalImageGenerator

    return CausalImageGenerator.from_pretrained(folder).eval()


def _load_regressor(path: Path, generator: Any) -> Any:
    from causaltorch._checkpoint import read_torch_checkpoint
    from causaltorch.metrics.vision import FactorRegressor

    expected = (f"a FactorRegressor state dict for {len(generator.variables)} factors and {generator.img_size}-pixel "
                "pictures")
    fix = ("save one with torch.save(FactorRegressor(factors, image_size).state_dict(), path) after training it, "
           "or leave --regressor out")
    if not path.is_file():
        raise CheckpointError(f"--regressor {path}: no such file; give {expected} (.pt).")
    try:
        state = read_torch_checkpoint(path, "factor regressor")
    except CheckpointError:  # not a checkpoint at all (the reader's reason names no regressor)
        raise CheckpointError(f"--regressor {path} is not {expected}; {fix}.") from None
    regressor = FactorRegressor(len(generator.variables), generator.img_size)
    try:
        regressor.load_state_dict(state)
    except (RuntimeError, ValueError, KeyError, TypeError, AttributeError):
        raise CheckpointError(f"--regressor {path} is not {expected} (its tensors do not match); {fix}.") from None
    return regressor.eval()


def _check_population(population: int) -> None:
    from causaltorch.creative.novelty import MAX_POPULATION

    _validate.integer("--population", population, 2, MAX_POPULATION,
                      what=f"an integer in [2, {MAX_POPULATION}] (selection compares individuals)")


def _write_json(path: Path, data: Any) -> None:
    from causaltorch._files import atomic_path

    with atomic_path(path) as temporary:
        temporary.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def _check_png(path: Path, option: str = "-o") -> None:
    if path.suffix.lower() != ".png":
        raise OutputError(f"{option} {path}: the picture is written as PNG; give a path ending in .png.")
    output_option(path, option)


# ---------------------------------------------------------------------------------------- imagine
def _cmd_imagine(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "num_samples", "scale")
    _validate.fraction("--strength", args.strength, error=InterventionError)
    _check_png(args.output)
    worlds = [parse_assignments([item], "--do") for item in args.do]
    if args.counterfactual_of is not None:
        _validate.integer("--counterfactual-of", args.counterfactual_of, 0, args.num_samples - 1,
                          what=f"a sample index in 0 … {args.num_samples - 1} (the draw has -n {args.num_samples})")
    require("PIL.Image", "vision", "writing picture grids")
    import torch

    from causaltorch.creative import CausalIntervention, CounterfactualDreamer
    from causaltorch.creative.intervention import scm_actions
    from causaltorch.vision.data import save_image_grid

    dreamer = CounterfactualDreamer(_load_generator(args.model))
    dreamer.check_num_samples(args.num_samples * (len(args.do) + 1))
    plans = [[CausalIntervention(name, value, args.strength) for name, value in world.items()] for world in worlds]
    for plan in plans:  # every world checked before any picture is drawn
        scm_actions(dreamer.scm, plan)
    labels = [", ".join(str(item) for item in plan) for plan in plans]
    if args.counterfactual_of is None:
        pictures = [dreamer.imagine(None, args.num_samples, args.seed)]
        pictures += [dreamer.imagine(plan, args.num_samples, args.seed) for plan in plans]
        nrow = args.num_samples
        row_labels = ["observed"] + labels
    else:
        original = dreamer.latent(args.num_samples, None, args.seed)[args.counterfactual_of:args.counterfactual_of + 1]
        pictures = [dreamer.decode(original)]
        pictures += [dreamer.imagine(plan, counterfactual_of=original) for plan in plans]
        nrow = 1  # one picture a row, each labelled with its world
        row_labels = [f"sample {args.counterfactual_of}"] + labels
    images = torch.cat(pictures)
    save_image_grid(images, args.output, nrow=nrow, scale=args.scale, row_labels=row_labels)
    if args.counterfactual_of is not None:
        say(console, f"sample {args.counterfactual_of} (top row) above its counterfactuals: " + "; ".join(labels))
    say(console, f"wrote {images.shape[0]} pictures to {args.output}")


# ---------------------------------------------------------------------------------------- search
def _behaviour_fn(regressor: Any) -> Any:
    if regressor is not None:
        return lambda images: regressor.read(images.float().cpu())

    def brightness(images: Any) -> Any:  # mean brightness of the sky (top 60%) and the ground, per picture
        rows = images.shape[-2]
        cut = int(0.6 * rows)
        gray = images.float().mean(1)                                  # (n, H, W)
        return __import__("torch").stack([gray[:, :cut].mean((1, 2)), gray[:, cut:].mean((1, 2))], dim=-1)

    return brightness


def _cmd_search(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "population", "generations", "samples")
    _check_population(args.population)
    _check_png(args.output)
    if args.json is not None:
        output_option(args.json, "--json")
    require("ribs", "creative", "novelty search")
    require("matplotlib", "viz", "plotting the archive")
    import numpy as np

    from causaltorch.creative import CounterfactualDreamer, NoveltySearch
    from causaltorch.creative.metrics import factor_consistency

    generator = _load_generator(args.model)
    regressor = _load_regressor(args.regressor, generator) if args.regressor is not None else None
    dreamer = CounterfactualDreamer(generator)
    dreamer.check_num_samples(args.samples)
    objective = None
    if regressor is not None:
        from causaltorch.creative import CreativeMetrics

        consistency = factor_consistency(dreamer.scm)

        def objective(images: Any, interventions: Any) -> float:
            graph = dreamer.mutilated_graph(interventions)
            return CreativeMetrics.causal_coherence(regressor.read(images.float().cpu()), graph, consistency)

    search = NoveltySearch(dreamer, _behaviour_fn(regressor), population_size=args.population,
                           num_generations=args.generations, samples_per_eval=args.samples, random_seed=args.seed,
                           k=min(15, args.population - 1), objective_fn=objective, strategy=args.strategy)
    best, scores = search.run_search()
    behaviours = np.stack(search.behaviors)
    archived = np.asarray(search.archive.data("measures"))
    _plot_archive(behaviours, archived, args.output, "factor readings (first two)" if regressor is not None
                  else "brightness of sky / ground")
    grid = table("generation", "mean novelty", align="lr")
    for generation, value in enumerate(scores.tolist()):
        add_row(grid, str(generation), f"{value:.4f}")
    console.print(grid)
    say(console, f"evaluations: {len(search.behaviors)}; archive: {len(search.archive)} behaviours")
    say(console, "most novel interventions: " + (", ".join(str(i) for i in best) or "(none: the plain generator)"))
    say(console, f"wrote the archive plot to {args.output}")
    if args.json is not None:
        _write_json(args.json, {
            "novelty_per_generation": scores.tolist(), "archive_size": len(search.archive),
            "evaluations": len(search.behaviors), "best": [str(i) for i in best],
            "mean_objective": float(np.mean(search.objectives))})


def _plot_archive(behaviours: Any, archived: Any, path: Path, label: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from causaltorch._files import atomic_path

    figure, axes = plt.subplots(figsize=(5, 4.5))
    axes.scatter(behaviours[:, 0], behaviours[:, 1 % behaviours.shape[1]], s=8, c="0.7", label="evaluated")
    axes.scatter(archived[:, 0], archived[:, 1 % archived.shape[1]], s=14, c="tab:red", label="archive")
    axes.set_xlabel(f"{label}: 1")
    axes.set_ylabel(f"{label}: 2")
    axes.legend(loc="best")
    figure.tight_layout()
    with atomic_path(path) as temporary:
        figure.savefig(temporary, format="png", dpi=100)
    plt.close(figure)


# ---------------------------------------------------------------------------------------- evolve
def _cmd_evolve(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "population", "generations", "samples", "regressor_steps")
    _check_population(args.population)
    _validate.nonnegative("--novelty-weight", args.novelty_weight)
    if args.output.suffix.lower() != ".json":
        raise OutputError(f"-o {args.output}: the history is written as JSON; give a path ending in .json.")
    output_option(args.output, "-o")
    goals = parse_assignments(args.goal, "--goal")
    import torch

    from causaltorch.creative import CounterfactualDreamer, EvolutionaryCausalTrainer

    generator = _load_generator(args.model)
    dreamer = CounterfactualDreamer(generator)
    dreamer.check_num_samples(args.samples)
    for name, value in goals.items():
        generator.causal_rules.check_variable(name, "--goal")
        _validate.fraction(f"--goal {name}", value, error=InterventionError)
    if args.regressor is not None:
        regressor = _load_regressor(args.regressor, generator)
    else:
        from causaltorch.training.factors import train_factor_regressor
        from causaltorch.vision.data import CausalScenesStream

        stream = iter(CausalScenesStream(generator.img_size, seed=1000 + args.seed, intervention_prob=0.5,
                                         rules=generator.causal_rules))

        def batches():
            while True:
                pairs = [next(stream) for _ in range(64)]
                yield torch.stack([p[0] for p in pairs]), torch.stack([p[1] for p in pairs])

        torch.manual_seed(args.seed)
        regressor = train_factor_regressor(batches(), len(generator.variables), generator.img_size,
                                           steps=args.regressor_steps)
    columns = [generator.variables.index(name) for name in goals]
    targets = torch.tensor(list(goals.values()))

    def read(images: Any) -> Any:
        return regressor.read(images.float().cpu())

    def goal(images: Any) -> float:
        return -float((read(images)[:, columns] - targets).abs().mean())

    trainer = EvolutionaryCausalTrainer(dreamer, read, goal, population_size=args.population,
                                        num_generations=args.generations, samples_per_eval=args.samples,
                                        weights=(1.0, 1.0, args.novelty_weight), random_seed=args.seed)
    policy, history = trainer.train()
    grid = table("generation", "reward", "adherence", "goal", "novelty", align="lrrrr")
    add_row(grid, "start", *(f"{trainer.start[k]:.4f}" for k in ("reward", "adherence", "goal", "novelty")))
    for row in history:
        add_row(grid, str(row["generation"]), *(f"{row[k]:.4f}" for k in ("reward", "adherence", "goal", "novelty")))
    console.print(grid)
    say(console, "best policy: " + (", ".join(str(i) for i in policy.interventions()) or "no intervention"))
    _write_json(args.output, {"start": trainer.start, "history": history,
                              "policy": [str(i) for i in policy.interventions()], "goal": goals})
    say(console, f"wrote the reward history to {args.output}")
