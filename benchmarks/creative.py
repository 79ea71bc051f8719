"""Creative generation (issue 20): counterfactual fidelity, novelty vs random search, evolutionary training.

Needs a trained causal image generator (``causaltorch vision train`` writes ``DIR/model``) and a factor regressor
trained on real CausalScenes pictures (``benchmarks/vision.py regressor`` writes ``regressor.pt``; without one this
script trains one for ``--regressor-steps`` and saves it under ``--out``). Nothing is downloaded.

    python benchmarks/creative.py --model runs/vision/model --regressor runs/vision/regressor.pt \
        [--only fidelity,search,evolve] [--samples 512] [--seeds 5] [--population 16] [--generations 10]

Phases (each writes its section into ``--out``/creative.json and a PNG):

- ``fidelity``: for every factor x and v in {0, 1}, pictures from ``imagine([do(x=v)])`` and from the plain
  generator with the same noise, read by the regressor: |read x − v|; for each descendant the read shift next to
  the latent's own shift (what the rules say); for each ancestor the read shift (goal ≤ 0.02). Then with
  ``counterfactual_of`` (abduction on the plain draw's latents): the per-picture change of every non-descendant's
  reading (goal ≤ 0.02) and of its latent value (exactly 0).
- ``search``: `NoveltySearch` against ``strategy="random"`` and ``strategy="map_elites"`` (a pyribs GridArchive,
  coherence as quality) at the same evaluation budget, ``--seeds`` seeds;
  behaviour = the regressor's reading of (wet_ground, shadows); archive size (one novelty threshold for both), mean
  k-NN novelty of everything evaluated, coverage and QD-score of a 10×10 grid over the behaviour square with causal
  coherence (under the intervened graph) as the objective, and the mean causal coherence of the outputs.
- ``evolve``: `EvolutionaryCausalTrainer` for a goal (puddles read at 0.8): reward, adherence, goal and novelty over
  generations against the starting generator.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import cpu_model, load_average, merge_section  # noqa: E402
from causaltorch.creative import (  # noqa: E402
    CausalIntervention,
    CounterfactualDreamer,
    CreativeMetrics,
    EvolutionaryCausalTrainer,
    NoveltySearch,
    factor_consistency,
    knn_novelty,
)
from causaltorch.metrics.vision import FactorRegressor  # noqa: E402
from causaltorch.vision.generator import CausalImageGenerator  # noqa: E402

BEHAVIOUR = ("wet_ground", "shadows")


def percentiles(values):
    q = torch.tensor(values, dtype=torch.float64).quantile(torch.tensor([0.1, 0.5, 0.9], dtype=torch.float64))
    return dict(zip(("p10", "p50", "p90"), q.tolist()))


def load_regressor(args, generator):
    regressor = FactorRegressor(len(generator.variables), generator.img_size)
    path = args.regressor if args.regressor is not None else args.out / "regressor.pt"
    if path.is_file():
        regressor.load_state_dict(torch.load(path, weights_only=True))
        return regressor.eval(), str(path)
    from causaltorch.training.factors import train_factor_regressor
    from causaltorch.vision.data import CausalScenesStream

    stream = iter(CausalScenesStream(generator.img_size, seed=1000, intervention_prob=0.5))

    def batches():
        while True:
            pairs = [next(stream) for _ in range(64)]
            yield torch.stack([p[0] for p in pairs]), torch.stack([p[1] for p in pairs])

    regressor = train_factor_regressor(batches(), len(generator.variables), generator.img_size,
                                       steps=args.regressor_steps)
    args.out.mkdir(parents=True, exist_ok=True)
    torch.save(regressor.state_dict(), path)
    return regressor, f"{path} (trained here, {args.regressor_steps} steps)"


# ------------------------------------------------------------------ fidelity
def fidelity(dreamer, regressor, args):
    rules, names = dreamer.original_rules, dreamer.variables
    n, seed = args.samples, args.seed
    base_latent = dreamer.latent(n, None, seed)
    base_read = regressor.read(dreamer.decode(base_latent))
    timings, rows = [], []
    for j, name in enumerate(names):
        descendants, ancestors = set(rules.descendants(name)), set(rules.ancestors(name))
        for value in (0.0, 1.0):
            do = [CausalIntervention(name, value)]
            start = time.perf_counter()
            pictures = dreamer.imagine(do, n, seed)
            timings.append((time.perf_counter() - start) / n * 1000)
            read = regressor.read(pictures)
            latent = dreamer.latent(n, do, seed)
            cf_latent = dreamer.counterfactual_latent(base_latent, do)
            cf_read = regressor.read(dreamer.decode(cf_latent))
            row = {"factor": name, "value": value, "read_error": float((read[:, j] - value).abs().mean()),
                   "descendants": {}, "ancestors": {}, "cf_non_descendants": {}}
            for k, other in enumerate(names):
                if k == j:
                    continue
                read_shift = float(read[:, k].mean() - base_read[:, k].mean())
                latent_shift = float(latent[:, k].mean() - base_latent[:, k].mean())
                if other in descendants:
                    row["descendants"][other] = {"read_shift": read_shift, "latent_shift": latent_shift}
                else:
                    if other in ancestors:
                        row["ancestors"][other] = read_shift
                    row["cf_non_descendants"][other] = {
                        "read_change": float((cf_read[:, k] - base_read[:, k]).abs().mean()),
                        "latent_change": float((cf_latent[:, k] - base_latent[:, k]).abs().max())}
            rows.append(row)
    worst_ancestor = max((abs(v) for r in rows for v in r["ancestors"].values()), default=0.0)
    worst_cf = max(v["read_change"] for r in rows for v in r["cf_non_descendants"].values())
    worst_cf_latent = max(v["latent_change"] for r in rows for v in r["cf_non_descendants"].values())
    direction = [np.sign(d["read_shift"]) == np.sign(d["latent_shift"]) for r in rows
                 for d in r["descendants"].values() if abs(d["latent_shift"]) > 0.05]
    summary = {"samples": n, "rows": rows, "worst_ancestor_read_shift": worst_ancestor,
               "worst_cf_non_descendant_read_change": worst_cf,
               "worst_cf_non_descendant_latent_change": worst_cf_latent,
               "descendants_right_direction": f"{sum(direction)}/{len(direction)}",
               "mean_read_error": float(np.mean([r["read_error"] for r in rows])),
               "imagine_ms_per_picture": percentiles(timings)}
    plot_fidelity(rows, args.out / "fidelity.png")
    return summary


def plot_fidelity(rows, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, 2, figsize=(10, 4))
    latent = [d["latent_shift"] for r in rows for d in r["descendants"].values()]
    read = [d["read_shift"] for r in rows for d in r["descendants"].values()]
    axes[0].scatter(latent, read, s=12)
    axes[0].plot([-1, 1], [-1, 1], c="0.6", lw=1)
    axes[0].set_xlabel("descendant shift in the latent (the rules)")
    axes[0].set_ylabel("descendant shift read off pictures")
    ancestors = [abs(v) for r in rows for v in r["ancestors"].values()]
    cf = [v["read_change"] for r in rows for v in r["cf_non_descendants"].values()]
    axes[1].hist([ancestors, cf], bins=20, label=["|ancestor read shift| under do()", "non-descendant change, cf"])
    axes[1].axvline(0.02, c="k", ls="--", lw=1)
    axes[1].legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


# ------------------------------------------------------------------ search
def search(dreamer, regressor, args):
    from ribs.archives import GridArchive

    columns = [dreamer.variables.index(name) for name in BEHAVIOUR]
    consistency = factor_consistency(dreamer.scm)

    def behaviour(pictures):
        return regressor.read(pictures)[:, columns]

    def coherence(pictures, interventions):
        graph = dreamer.mutilated_graph(interventions)
        return CreativeMetrics.causal_coherence(regressor.read(pictures), graph, consistency)

    results = {"novelty": [], "random": [], "map_elites": []}
    clouds = {}
    solution_dim = 2 * len(dreamer.variables)
    for strategy in results:
        for seed in range(args.seeds):
            start = time.perf_counter()
            elites = GridArchive(solution_dim=solution_dim, dims=[10, 10], ranges=[(0, 1), (0, 1)], seed=seed)
            run = NoveltySearch(dreamer, behaviour, population_size=args.population, num_generations=args.generations,
                                archive=elites if strategy == "map_elites" else None, samples_per_eval=4,
                                random_seed=seed, k=10, novelty_threshold=args.novelty_threshold,
                                objective_fn=coherence, strategy=strategy)
            run.run_search()
            behaviours = np.stack(run.behaviors)
            grid = GridArchive(solution_dim=behaviours.shape[1], dims=[10, 10], ranges=[(0, 1), (0, 1)])
            grid.add(behaviours, np.asarray(run.objectives), np.clip(behaviours, 0, 1 - 1e-9))
            results[strategy].append({
                "seed": seed, "evaluations": len(behaviours), "archive_size": len(run.archive),
                "mean_novelty": float(knn_novelty(torch.as_tensor(behaviours), None, 10).mean()),
                "coverage": float(grid.stats.coverage), "qd_score": float(grid.stats.qd_score),
                "coherence": float(np.mean(run.objectives)), "wall_s": time.perf_counter() - start})
            if seed == 0:
                clouds[strategy] = behaviours
    summary = {"behaviour": list(BEHAVIOUR), "population": args.population, "generations": args.generations,
               "novelty_threshold": args.novelty_threshold, "runs": results}
    for strategy, runs in results.items():
        summary[strategy] = {key: {"mean": float(np.mean([r[key] for r in runs])),
                                   "sd": float(np.std([r[key] for r in runs]))}
                             for key in ("archive_size", "mean_novelty", "coverage", "qd_score", "coherence")}
    plot_search(clouds, args.out / "search.png")
    return summary


def plot_search(clouds, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, len(clouds), figsize=(4.5 * len(clouds), 4), sharex=True, sharey=True)
    for ax, (strategy, points) in zip(axes, clouds.items()):
        ax.scatter(points[:, 0], points[:, 1], s=6)
        ax.set_title(f"{strategy} search, seed 0")
        ax.set_xlabel(f"read {BEHAVIOUR[0]}")
    axes[0].set_ylabel(f"read {BEHAVIOUR[1]}")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


# ------------------------------------------------------------------ evolve
def evolve(dreamer, regressor, args):
    column = dreamer.variables.index("puddles")

    def read(pictures):
        return regressor.read(pictures)

    def goal(pictures):
        return -float((read(pictures)[:, column] - 0.8).abs().mean())

    trainer = EvolutionaryCausalTrainer(dreamer, read, goal, population_size=args.population,
                                        num_generations=args.generations, samples_per_eval=16,
                                        weights=(1.0, 1.0, 0.1), random_seed=args.seed)
    start = time.perf_counter()
    policy, history = trainer.train()
    summary = {"goal": "puddles read at 0.8", "start": trainer.start, "history": history,
               "policy": [str(i) for i in policy.interventions()], "wall_s": time.perf_counter() - start}
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 4))
    for key in ("reward", "adherence", "goal", "novelty"):
        line = axes.plot([h[key] for h in history], label=key)[0]
        axes.axhline(trainer.start[key], ls=":", c=line.get_color())
    axes.set_xlabel("generation (dotted: the starting generator)")
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(args.out / "evolve.png", dpi=100)
    plt.close(figure)
    return summary


def report(path):
    """Markdown tables of every phase in ``creative.json`` (for docs/benchmarks.md)."""
    data = json.loads(path.read_text())
    lines = []
    if "fidelity" in data:
        f = data["fidelity"]
        lines += [f"Fidelity: `{f['command']}` ({f['date']}, load {f['load_before']} → {f['load_after']}), "
                  f"{f['samples']} pictures per world.", "",
                  "| do() | mean abs(read x − v) | worst abs(ancestor read shift) | worst abs(descendant read shift − "
                  "latent shift) | worst non-descendant change with counterfactual_of (read / latent) |",
                  "|---|---|---|---|---|"]
        for r in f["rows"]:
            ancestors = [abs(v) for v in r["ancestors"].values()]
            descendants = [abs(v["read_shift"] - v["latent_shift"]) for v in r["descendants"].values()]
            cf = max(v["read_change"] for v in r["cf_non_descendants"].values())
            cf_latent = max(v["latent_change"] for v in r["cf_non_descendants"].values())
            worst_ancestor = f"{max(ancestors):.3f}" if ancestors else "— (none)"
            worst_descendant = f"{max(descendants):.3f}" if descendants else "— (none)"
            lines.append(f"| {r['factor']}={r['value']:g} | {r['read_error']:.3f} | "
                         f"{worst_ancestor} | {worst_descendant} | {cf:.3f} / {cf_latent:.1f} |")
        t = f["imagine_ms_per_picture"]
        lines += ["", f"Descendants moving in the rules' direction (|latent shift| > 0.05): "
                      f"{f['descendants_right_direction']}. imagine() ms per picture p10/p50/p90: "
                      f"{t['p10']:.1f} / {t['p50']:.1f} / {t['p90']:.1f}.", ""]
    if "search" in data:
        s = data["search"]
        lines += [f"Search: `{s['command']}` ({s['date']}, load {s['load_before']} → {s['load_after']}); "
                  f"population {s['population']} × {s['generations']} generations, {len(s['runs']['novelty'])} "
                  f"seeds, behaviour = read ({', '.join(s['behaviour'])}).", "",
                  "| strategy | archive size | mean k-NN novelty | coverage (10×10) | QD-score | causal coherence |",
                  "|---|---|---|---|---|---|"]
        for strategy in ("novelty", "random", "map_elites"):
            if strategy not in s:
                continue
            m = s[strategy]
            cells = " | ".join(f"{m[k]['mean']:.3f} ± {m[k]['sd']:.3f}"
                               for k in ("archive_size", "mean_novelty", "coverage", "qd_score", "coherence"))
            lines.append(f"| {strategy} | {cells} |")
        lines.append("")
    if "evolve" in data:
        e = data["evolve"]
        lines += [f"Evolution: `{e['command']}` ({e['date']}, load {e['load_before']} → {e['load_after']}), goal: "
                  f"{e['goal']}, {e['wall_s']:.0f} s.", "", "| generation | reward | adherence | goal | novelty |",
                  "|---|---|---|---|---|"]
        rows = [("start", e["start"])] + [(str(h["generation"]), h) for h in e["history"]]
        for name, h in rows:
            lines.append(f"| {name} | {h['reward']:.4f} | {h['adherence']:.4f} | {h['goal']:.4f} | "
                         f"{h['novelty']:.4f} |")
        lines += ["", "Best policy: " + (", ".join(e["policy"]) or "no intervention"), ""]
    print("\n".join(lines))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=Path("runs/vision/model"))
    parser.add_argument("--regressor", type=Path, default=None)
    parser.add_argument("--regressor-steps", type=int, default=1500)
    parser.add_argument("--only", default="fidelity,search,evolve")
    parser.add_argument("--samples", type=int, default=512)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--population", type=int, default=16)
    parser.add_argument("--generations", type=int, default=10)
    parser.add_argument("--novelty-threshold", type=float, default=0.1,
                        help="novelty an evaluation needs to join the ProximityArchive (all strategies)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("runs/creative"))
    parser.add_argument("--report", action="store_true", help="print markdown tables of --out/creative.json")
    args = parser.parse_args(argv)
    if args.report:
        return report(args.out / "creative.json")
    torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    generator = CausalImageGenerator.from_pretrained(args.model).eval()
    regressor, regressor_source = load_regressor(args, generator)
    dreamer = CounterfactualDreamer(generator)
    command = "python benchmarks/creative.py " + " ".join(argv if argv is not None else sys.argv[1:])
    for phase in args.only.split(","):
        load_before = load_average()
        start = time.perf_counter()
        result = {"fidelity": fidelity, "search": search, "evolve": evolve}[phase](dreamer, regressor, args)
        result.update({"model": str(args.model), "regressor": regressor_source, "load_before": load_before,
                       "load_after": load_average(), "phase_wall_s": time.perf_counter() - start, "cpu": cpu_model()})
        merge_section(args.out / "creative.json", phase, command, result)
        print(json.dumps({k: v for k, v in result.items() if k not in ("rows", "runs", "history")}, indent=1))


if __name__ == "__main__":
    main()
