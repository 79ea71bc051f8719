"""Quality of rule-guided generation: Causal Fidelity Score, perplexity cost, and data frugality.

    python benchmarks/text_quality.py [--out docs/results] [--fractions 0.1 0.3 1.0] [--threads 1]

Trains the demo's model (`causaltorch.text.demo.FULL`: same size, same number of steps) on 10%, 30% and
100% of the bundled training corpus, and for each measures, greedy, on the bundled evaluation sets:

- CFS on held-out pairs (never stated in any training text) without rules, with their 13 rules injected,
  and with the whole knowledge base; goal ≥ 0.9 with rules.
- CFS on held-in pairs without rules and with the knowledge base.
- Perplexity on the validation split without rule biasing, with the held-out rules and with the whole
  knowledge base; goal: ≤ 5% above without.

Then, on the 100% model, the same CFS and perplexity numbers across rule strengths (the trade-off).
Writes ``text_quality.json`` and ``text_frugality.png`` to ``--out`` and prints markdown tables.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from pathlib import Path

import torch

from causaltorch.metrics.text import calculate_cfs, perplexity
from causaltorch.text.corpus import knowledge_base, load_corpus
from causaltorch.text.demo import FULL, heldin_cases, heldout_cases, heldout_rules, train_model


def evaluate(model, rules, strength: float, valid: list[str], max_new_tokens: int) -> dict[str, float]:
    """Every score of one model at one rule strength."""
    injected = heldout_rules(rules)
    heldout, heldin = heldout_cases(), heldin_cases(rules)

    def cfs(cases, guide):
        return calculate_cfs(model, cases, rules=guide, rule_strength=strength, max_new_tokens=max_new_tokens)

    plain = perplexity(model, valid)
    return {
        "cfs_heldout_without": cfs(heldout, None),
        "cfs_heldout_injected": cfs(heldout, injected),
        "cfs_heldout_knowledge_base": cfs(heldout, rules),
        "cfs_heldin_without": cfs(heldin, None),
        "cfs_heldin_knowledge_base": cfs(heldin, rules),
        "perplexity_without": plain,
        "perplexity_injected": perplexity(model, valid, rules=injected, rule_strength=strength),
        "perplexity_knowledge_base": perplexity(model, valid, rules=rules, rule_strength=strength),
    }


def runs_at(results: dict, fraction: float) -> dict:
    return results["fractions"][f"{fraction:g}"]


def plot(fractions: list[float], runs: dict[float, dict], path: Path) -> None:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 3.6), layout="constrained")
    cfs_axes, ppl_axes = figure.subplots(1, 2)
    percent = [100 * f for f in fractions]
    for key, label, style, color in (
        ("cfs_heldout_injected", "held-out pairs, rules injected", "-o", "tab:blue"),
        ("cfs_heldout_without", "held-out pairs, no rules", "--o", "tab:blue"),
        ("cfs_heldin_knowledge_base", "held-in pairs, knowledge base", "-s", "tab:green"),
        ("cfs_heldin_without", "held-in pairs, no rules", "--s", "tab:green"),
    ):
        cfs_axes.plot(percent, [runs[f][key] for f in fractions], style, color=color, label=label)
    cfs_axes.axhline(0.9, color="grey", linewidth=0.8, linestyle=":")
    cfs_axes.set(xlabel="% of the training corpus", ylabel="Causal Fidelity Score", ylim=(-0.05, 1.05),
                 title="rules stand in for data")
    cfs_axes.legend(fontsize=7)
    for key, label, style in (("perplexity_without", "no rule biasing", "-o"),
                              ("perplexity_injected", "held-out rules", "-s"),
                              ("perplexity_knowledge_base", "knowledge base", "-^")):
        ppl_axes.plot(percent, [runs[f][key] for f in fractions], style, label=label)
    ppl_axes.set(xlabel="% of the training corpus", ylabel="validation perplexity", title="perplexity")
    ppl_axes.legend(fontsize=7)
    figure.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/results"), help="folder for the JSON and the plot")
    parser.add_argument("--fractions", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    parser.add_argument("--strengths", type=float, nargs="+", default=[2.0, 5.0, 10.0, 15.0],
                        help="rule strengths of the trade-off sweep on the 100%% model")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    parser.add_argument("--steps", type=int, default=FULL.steps, help=f"training steps (default: {FULL.steps})")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    rules, corpus, valid = knowledge_base(), load_corpus("train"), load_corpus("valid")
    settings = dataclasses.replace(FULL, steps=args.steps)
    results: dict = {"settings": dataclasses.asdict(settings),
                     "threads": torch.get_num_threads(), "fractions": {}, "strengths": {}}
    started = time.perf_counter()
    fractions = sorted(args.fractions)
    models = {}
    with tempfile.TemporaryDirectory() as scratch:
        for fraction in fractions:
            lines = corpus[: max(1, round(fraction * len(corpus)))]
            trained = train_model(Path(scratch) / f"{fraction:g}", settings, corpus=lines, progress_bar="none")
            scores = evaluate(trained.model, rules, settings.rule_strength, valid, settings.max_new_tokens)
            results["fractions"][f"{fraction:g}"] = {"lines": len(lines), "train_tokens": trained.train_tokens,
                                                     "train_seconds": trained.train_seconds, **scores}
            models[fraction] = trained.model
            print(f"{fraction:.0%} of the corpus: {scores} ({time.perf_counter() - started:.0f} s)", flush=True)
    full = models[fractions[-1]]
    for strength in args.strengths:
        if strength == settings.rule_strength:  # measured above
            results["strengths"][f"{strength:g}"] = {k: v for k, v in runs_at(results, fractions[-1]).items()
                                                     if k.startswith(("cfs_", "perplexity_"))}
        else:
            results["strengths"][f"{strength:g}"] = evaluate(full, rules, strength, valid, settings.max_new_tokens)
        print(f"strength {strength:g}: {results['strengths'][f'{strength:g}']}", flush=True)
    results["seconds"] = time.perf_counter() - started
    runs = {f: runs_at(results, f) for f in fractions}
    plot(fractions, runs, args.out / "text_frugality.png")
    (args.out / "text_quality.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(results, settings.rule_strength))
    return 0


def markdown(results: dict, strength: float) -> str:
    def change(row: dict, key: str) -> str:
        return f"{row[key]:.3f} ({100 * (row[key] / row['perplexity_without'] - 1):+.1f}%)"

    lines = [f"Rule strength {strength:g}; {len(heldout_cases())} held-out prompts, "
             f"{len(heldin_cases(knowledge_base()))} held-in prompts; greedy.", "",
             "| corpus | CFS held-out: none / injected / knowledge base | CFS held-in: none / knowledge base | "
             "perplexity: none | with held-out rules | with knowledge base |",
             "|---|---|---|---:|---:|---:|"]
    for fraction, row in results["fractions"].items():
        lines.append(
            f"| {float(fraction):.0%} ({row['train_tokens']:,} tokens) | {row['cfs_heldout_without']:.3f} / "
            f"{row['cfs_heldout_injected']:.3f} / {row['cfs_heldout_knowledge_base']:.3f} | "
            f"{row['cfs_heldin_without']:.3f} / {row['cfs_heldin_knowledge_base']:.3f} | "
            f"{row['perplexity_without']:.3f} | {change(row, 'perplexity_injected')} | "
            f"{change(row, 'perplexity_knowledge_base')} |")
    lines += ["", "| rule strength (100% model) | CFS held-out: injected / knowledge base | "
                  "CFS held-in: knowledge base | "
                  "perplexity with held-out rules | with knowledge base |", "|---:|---|---:|---:|---:|"]
    for value, row in results["strengths"].items():
        lines.append(f"| {value} | {row['cfs_heldout_injected']:.3f} / {row['cfs_heldout_knowledge_base']:.3f} | "
                     f"{row['cfs_heldin_knowledge_base']:.3f} | {change(row, 'perplexity_injected')} | "
                     f"{change(row, 'perplexity_knowledge_base')} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
