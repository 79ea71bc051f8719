"""Causal vision benchmark: intervention fidelity, causal vs plain conditional generator, Fréchet distance.

    .venv/bin/python benchmarks/vision.py regressor &      # these three are independent:
    .venv/bin/python benchmarks/vision.py causal --cpu-minutes 10 &   # run them side by side
    .venv/bin/python benchmarks/vision.py plain --cpu-minutes 10 &
    wait; .venv/bin/python benchmarks/vision.py evaluate --out docs/results/vision.json --images docs/images

1. A factor regressor is trained only on real CausalScenes pictures (32x32; half of them rendered under a
   random do() on one factor, so it reads each factor from its own visual cue).
2. A CausalGAN (SCM latent) and a plain conditional GAN of the same size (factors drawn independently
   from their marginals, no SCM) are trained on the same stream, each for at most ``--cpu-minutes`` of
   process CPU time (one thread), with Lightning.
3. The regressor reads generated pictures under do() on every factor (`intervention_fidelity`); the same
   is done for real pictures rendered under do() (the ceiling the regressor allows).
4. Fréchet distance between real and generated pictures on the regressor's features (a network trained
   here; not an Inception FID).

Prints a table and writes the raw numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
import warnings
from pathlib import Path

import torch

from causaltorch.metrics.vision import frechet_distance, intervention_fidelity
from causaltorch.training.factors import train_factor_regressor
from causaltorch.vision.data import (
    CausalScenes,
    CausalScenesStream,
    render_scenes,
    sample_scenes,
    save_image_grid,
    vision_rules,
)

SIZE = 32


class RealScenes:
    """The renderer behind the generator interface: do() on the data-generating SCM, then render."""

    def __init__(self):
        self.causal_rules = vision_rules()
        self.variables = self.causal_rules.variables

    def generate(self, n, causal_interventions=None, generator=None):
        rng = torch.Generator().manual_seed(int(torch.randint(0, 2**31 - 1, (1,), generator=generator)))
        factors, nuisance, _ = sample_scenes(n, self.causal_rules, rng, causal_interventions)
        noise = torch.randn(n, 3, SIZE, SIZE, generator=rng)
        return render_scenes(factors, nuisance, SIZE, self.variables, noise), factors


def batches(stream, batch_size):
    return iter(torch.utils.data.DataLoader(stream, batch_size=batch_size))


def train_gan(independent: bool, cpu_seconds: float, max_batches: int, seed: int, out: Path, batch_size: int,
              channels: int, wall_seconds: float = float("inf")):
    import lightning as L

    from causaltorch.training.vision import CausalGAN, SceneDataModule, make_vision_trainer

    class CpuBudget(L.Callback):
        def __init__(self):
            self.start, self.wall = time.process_time(), time.perf_counter()
            self.load = [os.getloadavg()[0]]

        def on_train_batch_end(self, trainer, pl_module, outputs, batch, batch_idx):
            if batch_idx % 50 == 0:
                self.load.append(os.getloadavg()[0])
            if time.process_time() - self.start > cpu_seconds or time.perf_counter() - self.wall > wall_seconds:
                trainer.should_stop = True

    torch.manual_seed(seed)
    gan = CausalGAN(latent_dim=32, img_size=SIZE, causal_rules=vision_rules(), channels=channels,
                    independent_factors=independent)
    data = SceneDataModule(SIZE, batch_size, seed=seed)
    budget = CpuBudget()
    trainer = make_vision_trainer(max_batches, out, progress_bar="tqdm", callbacks=[budget], log_every_n_steps=50,
                                  checkpoint_every=250)
    wall, cpu = time.perf_counter(), time.process_time()
    trainer.fit(gan, data)
    generator = gan.generator.eval()
    return generator, {"batches": trainer.global_step // 2, "wall_s": time.perf_counter() - wall,
                       "cpu_s": time.process_time() - cpu, "batch_size": batch_size, "channels": channels,
                       "parameters_generator": sum(p.numel() for p in generator.parameters()),
                       "parameters_discriminator": sum(p.numel() for p in gan.discriminator.parameters()),
                       "load_average_1min": load_percentiles(budget.load + [os.getloadavg()[0]])}


def load_percentiles(samples):
    """p10 / p50 / p90 of the 1-minute load averages sampled during a run."""
    levels = torch.tensor([0.1, 0.5, 0.9], dtype=torch.float64)
    return dict(zip(("p10", "p50", "p90"), torch.tensor(samples, dtype=torch.float64).quantile(levels).tolist()))


def train_regressor(args):
    from causaltorch.metrics.vision import FactorRegressor

    cpu = time.process_time()
    stream = CausalScenesStream(SIZE, seed=1000 + args.seed, intervention_prob=0.5)
    regressor = train_factor_regressor(batches(stream, 64), len(vision_rules().variables), SIZE,
                                       steps=args.regressor_steps, progress=True)
    args.work.mkdir(parents=True, exist_ok=True)
    torch.save(regressor.state_dict(), args.work / "regressor.pt")
    stats = {"cpu_s": time.process_time() - cpu, "steps": args.regressor_steps,
             "parameters": sum(p.numel() for p in regressor.parameters())}
    (args.work / "regressor.json").write_text(json.dumps(stats), encoding="utf-8")
    assert isinstance(regressor, FactorRegressor)


def load_regressor(work):
    from causaltorch.metrics.vision import FactorRegressor

    regressor = FactorRegressor(len(vision_rules().variables), SIZE)
    regressor.load_state_dict(torch.load(work / "regressor.pt", weights_only=True))
    return regressor.eval(), json.loads((work / "regressor.json").read_text(encoding="utf-8"))


def evaluate(args):
    from causaltorch.vision.generator import CausalImageGenerator

    rules = vision_rules()
    regressor, regressor_stats = load_regressor(args.work)
    results = {"machine": {"python": platform.python_version(), "torch": torch.__version__,
                           "cpu_threads": torch.get_num_threads()},
               "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    test = CausalScenes(2000, SIZE, seed=999)
    read = regressor.read(test.images())
    mae = (read - test.factors).abs().mean(0)
    results["regressor"] = {**regressor_stats, "test_mae": dict(zip(rules.variables, mae.tolist()))}
    real = RealScenes()
    results["real_fidelity"] = intervention_fidelity(real, regressor, args.samples, seed=args.seed)
    with torch.no_grad():
        real_features = regressor.features(test.images())
        other = regressor.features(CausalScenes(2000, SIZE, seed=998).images())
    results["frechet_real_vs_real"] = frechet_distance(real_features, other)
    models = {}
    for label in ("causal", "plain"):
        generator = CausalImageGenerator.from_pretrained(args.work / label / "model").eval()
        models[label] = generator
        results[label] = {"training": json.loads((args.work / label / "training.json").read_text(encoding="utf-8"))}
        results[label]["fidelity"] = intervention_fidelity(generator, regressor, args.samples, seed=args.seed)
        fake, _ = generator.generate(2000, generator=torch.Generator().manual_seed(7))
        with torch.no_grad():
            results[label]["frechet_regressor_features"] = frechet_distance(real_features, regressor.features(fake))
    args.images.mkdir(parents=True, exist_ok=True)
    save_image_grid(CausalScenes(32, SIZE, seed=3).images(), args.images / "vision_causal_scenes.png", nrow=8, scale=3)
    rows, labels = [], []
    for label, source in (("real", real), ("causal", models["causal"]), ("plain", models["plain"])):
        for world, interventions in (("obs", None), ("do(rain=1)", {"rain": 1.0})):
            images, _ = source.generate(8, interventions, generator=torch.Generator().manual_seed(11))
            rows.append(images.float())
            labels.append(f"{label} {world}")
    save_image_grid(torch.cat(rows), args.images / "vision_do_rain.png", nrow=8, scale=3, row_labels=labels)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_summary(results)


def command_line(training):
    """The recorded training command, from ``benchmarks/`` on (the interpreter's path left out)."""
    words = training["command"].split()
    start = next((i for i, w in enumerate(words) if w.endswith("vision.py")), 0)
    return "python benchmarks/vision.py " + " ".join(words[start + 1:])


def verdict(ok):
    return "met" if ok else "**not met**"


def report(args):
    """Write the markdown section (docs/results/vision.md) from the JSON results."""
    results = json.loads(args.out.read_text(encoding="utf-8"))
    vit_path = args.out.with_name("vision_vit.json")
    vit = json.loads(vit_path.read_text(encoding="utf-8")) if vit_path.is_file() else None
    rules = vision_rules()
    roots = [v for v in rules.variables if not rules.parents(v)]
    causal, plain, real = (results["causal"]["fidelity"], results["plain"]["fidelity"], results["real_fidelity"])
    trained = {label: results[label]["training"] for label in ("causal", "plain")}
    load = {label: t.get("load_average_1min") for label, t in trained.items()}
    load_text = "; ".join(f"{label} training p10/p50/p90 {v['p10']:.1f} / {v['p50']:.1f} / {v['p90']:.1f}"
                          for label, v in load.items() if v) or "not recorded"
    lines = ["## Causal vision (CausalScenes, 32x32)", "",
             f"Machine: 2-core x86-64 container shared with other jobs (1-minute load average: {load_text}), "
             f"Python {results['machine']['python']}, torch {results['machine']['torch']}, one torch thread. "
             f"Run {results['date']}.", "",
             "Commands (the first three run side by side, then `evaluate`, then `report`):", "", "```",
             f"python benchmarks/vision.py regressor --regressor-steps {results['regressor']['steps']}",
             *(command_line(t) for t in trained.values()),
             "python benchmarks/vision.py evaluate && python benchmarks/vision.py report",
             "python benchmarks/vision_vit.py --steps 300", "```", "",
             "Factor regressor: a 4-layer CNN trained only on real CausalScenes pictures (half of them rendered "
             "under a random do() on one factor), "
             f"{results['regressor']['steps']} steps, {results['regressor']['cpu_s']:.0f} CPU s. Held-out MAE per "
             "factor: " + ", ".join(f"{k} {v:.3f}" for k, v in results["regressor"]["test_mae"].items()) + ".", "",
             "### Training", "",
             "| model | batches (32 pictures) | CPU s | wall s | generator params | critic params |",
             "|---|---|---|---|---|---|"]
    for label in ("causal", "plain"):
        t = results[label]["training"]
        lines.append(f"| {label} | {t['batches']} | {t['cpu_s']:.0f} | {t['wall_s']:.0f} | "
                     f"{t['parameters_generator']:,} | {t['parameters_discriminator']:,} |")
    lines += ["", "Training CPU time includes rendering the training pictures in the same process.", "",
              "### Intervention fidelity: correlation between the value set by do(x = v) and the value the regressor "
              "reads (11 levels of v in [0, 1])", "",
              "| factor | root? | real pictures (ceiling) | causal GAN | plain conditional GAN |",
              "|---|---|---|---|---|"]
    for name in rules.variables:
        lines.append(f"| {name} | {'yes' if name in roots else ''} | {real['factors'][name]['correlation']:.3f} | "
                     f"{causal['factors'][name]['correlation']:.3f} | {plain['factors'][name]['correlation']:.3f} |")
    root_ok = all(causal["factors"][r]["correlation"] >= 0.8 for r in roots)
    lines += ["", f"Goal: correlation >= 0.8 for do() on each root ({', '.join(roots)}): "
              f"{verdict(root_ok)} for the causal GAN.", "",
              "### Descendants and ancestors (causal GAN)", "",
              "Read shift = E[read y | do(x=1)] - E[read y | do(x=0)]; latent shift = the same for the latent value "
              "of y (the SCM's answer). Drift = E[read y | do(x=1)] - E[read y] (observational).", "",
              "| do() on | other factor | role | latent shift | read shift | drift vs observational |",
              "|---|---|---|---|---|---|"]
    direction_ok, size_ok, ancestors_ok = True, True, True
    worst_size, worst_drift = 0.0, 0.0
    for name in rules.variables:
        for other, e in causal["factors"][name]["effects"].items():
            if e["role"] == "other":
                continue
            lines.append(f"| {name} | {other} | {e['role']} | {e['latent_shift']:+.3f} | {e['read_shift']:+.3f} | "
                         f"{e['drift_vs_observational']:+.3f} |")
            if e["role"] == "descendant":
                if abs(e["latent_shift"]) > 0.05 and e["read_shift"] * e["latent_shift"] <= 0:
                    direction_ok = False
                worst_size = max(worst_size, abs(e["read_shift"] - e["latent_shift"]))
            else:
                worst_drift = max(worst_drift, abs(e["drift_vs_observational"]))
    size_ok = worst_size <= 0.1
    ancestors_ok = worst_drift <= 0.05
    real_drift = max((abs(e["drift_vs_observational"]) for f in real["factors"].values() for e in f["effects"].values()
                      if e["role"] == "ancestor"), default=0.0)
    lines += ["", f"- Descendants move in the direction the rules imply: {verdict(direction_ok)}.",
              f"- ... and by the size they imply (|read shift - latent shift| <= 0.1, worst {worst_size:.3f}): "
              f"{verdict(size_ok)}.",
              f"- Ancestors stay put (|drift| <= 0.05, worst {worst_drift:.3f}): {verdict(ancestors_ok)}. "
              f"(On real pictures rendered under the same do(), the regressor's own worst ancestor drift is "
              f"{real_drift:.3f}.)", "",
              "### Causal vs plain conditional generator under do(rain = 1)", "",
              "| model | wet_ground read under do(rain=0) | under do(rain=1) | shift | latent shift |",
              "|---|---|---|---|---|"]
    for label, rep in (("real pictures", real), ("causal GAN", causal), ("plain conditional GAN", plain)):
        e = rep["factors"]["rain"]["effects"]["wet_ground"]
        high = rep["observational_read"]["wet_ground"] + e["drift_vs_observational"]
        lines.append(f"| {label} | {high - e['read_shift']:.3f} | {high:.3f} | {e['read_shift']:+.3f} | "
                     f"{e['latent_shift']:+.3f} |")
    c_shift = causal["factors"]["rain"]["effects"]["wet_ground"]["read_shift"]
    p_shift = plain["factors"]["rain"]["effects"]["wet_ground"]["read_shift"]
    lines += ["", f"Goal: under do(rain=1) the causal model shows wet ground and the plain one does not: "
              f"{verdict(c_shift > 0.5 and p_shift < 0.1)} (wet-ground shift {c_shift:+.3f} vs {p_shift:+.3f}).", "",
              "![real, causal and plain pictures, observational and under do(rain=1)]"
              "(../images/vision_do_rain.png)", "",
              "### Image quality (weight-free of downloads)", "",
              "Fréchet distance between 2,000 real and 2,000 generated pictures on the 128-d features of the factor "
              "regressor trained here (not an Inception FID; not comparable with published FIDs):", "",
              "| real vs real (other seed) | causal GAN | plain GAN |", "|---|---|---|",
              f"| {results['frechet_real_vs_real']:.4f} | {results['causal']['frechet_regressor_features']:.4f} | "
              f"{results['plain']['frechet_regressor_features']:.4f} |", ""]
    if vit is not None:
        lines += ["### ViT data frugality", "",
                  f"CausalVisionTransformer (32x32, patch 4, width 64, 4 layers; "
                  f"factors through the vision rule graph) "
                  f"vs a plain ViT of the same size without rules, {vit['steps']} steps of 32 pictures, tested on "
                  f"{vit['test_images']} other scenes (4 weather classes; majority class "
                  f"{vit['majority_class_rate']:.3f}).", "",
                  "| training pictures | seed | causal ViT accuracy | causal ViT factor MAE | plain ViT accuracy |",
                  "|---|---|---|---|---|"]
        for size in sorted({r["train_images"] for r in vit["rows"]}):
            for seed in sorted({r["seed"] for r in vit["rows"]}):
                c = next(r for r in vit["rows"]
                         if r["model"] == "causal" and r["train_images"] == size and r["seed"] == seed)
                p = next(r for r in vit["rows"]
                         if r["model"] == "plain" and r["train_images"] == size and r["seed"] == seed)
                lines.append(f"| {size} | {seed} | {c['class_accuracy']:.3f} | {c['factor_mae']:.3f} | "
                             f"{p['class_accuracy']:.3f} |")
        means = vit["mean_accuracy"]
        lines += ["", "Mean accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in means.items()) + ".", ""]
    args.out.with_suffix(".md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("phase", choices=("regressor", "causal", "plain", "evaluate", "report"),
                        help="what to do; the first three can run side by side, evaluate needs all three")
    parser.add_argument("--cpu-minutes", type=float, default=10.0, help="CPU budget per GAN (default 10)")
    parser.add_argument("--wall-minutes", type=float, default=float("inf"),
                        help="also stop training after this much wall time (a loaded machine; default: no limit)")
    parser.add_argument("--max-batches", type=int, default=20000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--channels", type=int, default=16)
    parser.add_argument("--regressor-steps", type=int, default=1500)
    parser.add_argument("--samples", type=int, default=440, help="pictures per world in the fidelity test")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("docs/results/vision.json"))
    parser.add_argument("--images", type=Path, default=Path("docs/images"))
    parser.add_argument("--work", type=Path, default=Path("/tmp/causaltorch-vision-bench"))
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    logging.getLogger("lightning.pytorch").setLevel(logging.ERROR)
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    if args.phase == "regressor":
        train_regressor(args)
    elif args.phase == "evaluate":
        evaluate(args)
    elif args.phase == "report":
        report(args)
    else:
        generator, stats = train_gan(args.phase == "plain", args.cpu_minutes * 60, args.max_batches, args.seed,
                                     args.work / args.phase, args.batch_size, args.channels, args.wall_minutes * 60)
        stats["command"] = " ".join(sys.argv)
        (args.work / args.phase / "training.json").write_text(json.dumps(stats, indent=2), encoding="utf-8")
        print(f"{args.phase}: {stats['batches']} batches, {stats['cpu_s']:.0f} CPU s, {stats['wall_s']:.0f} wall s")


def print_summary(results):
    def row(name, report):
        corr = report["factors"][name]["correlation"]
        return f"{corr:6.3f}"

    variables = list(results["real_fidelity"]["factors"])
    print("\nfactor      corr(real) corr(causal) corr(plain)")
    for name in variables:
        print(f"{name:11s} {row(name, results['real_fidelity'])}     {row(name, results['causal']['fidelity'])}"
              f"       {row(name, results['plain']['fidelity'])}")
    for label in ("real_fidelity", "causal", "plain"):
        report = results[label] if label == "real_fidelity" else results[label]["fidelity"]
        rain = report["factors"]["rain"]["effects"]
        print(f"{label:14s} do(rain=1)-do(rain=0): wet_ground read shift {rain['wet_ground']['read_shift']:+.3f} "
              f"(latent {rain['wet_ground']['latent_shift']:+.3f}); clouds drift "
              f"{rain['clouds']['drift_vs_observational']:+.3f}")
    print(f"Frechet (regressor features): real-real {results['frechet_real_vs_real']:.3f}, "
          f"causal {results['causal']['frechet_regressor_features']:.3f}, "
          f"plain {results['plain']['frechet_regressor_features']:.3f}")


if __name__ == "__main__":
    main()
