"""Quality of rule-guided generation: Causal Fidelity Score, fluency by a judge, perplexity cost, data frugality.

    python benchmarks/text_quality.py [--out docs/results] [--fractions 0.1 0.3 1.0] [--threads 1] [--name NAME]

Trains the demo's model (`causaltorch.text.demo.FULL`: same size, same number of steps, seed 0) on 10%,
30% and 100% of the bundled training corpus, and for each measures, greedy, on the bundled evaluation sets:

- CFS on held-out pairs (never stated in any training text) without rules, with their 13 rules injected,
  and with the whole knowledge base; goal ≥ 0.9 with rules.
- CFS on held-in pairs without rules and with the knowledge base.
- Perplexity on the validation split without rule biasing, with the held-out rules and with the whole
  knowledge base; goal: ≤ 5% above without.

CFS matches an effect on its surface forms, and those are exactly the forms the rule processor pushes up
during generation, so "CFS with rules" partly measures that the bias works. Fluency is therefore judged
apart: a second model (same config, same corpus, same steps, seed 1, no rules) reads every continuation
after its prompt, and its perplexity of the rule-guided continuations is set against that of the unguided
ones (judged on the largest corpus fraction, whose corpus the judge shares).

Then, on the largest model, the same numbers across rule strengths (the trade-off).

``--decoding DIR`` instead measures constraint-aware decoding (`causaltorch.text.constrained`) on the saved
model in DIR (e.g. ``runs/demo/model``) at the CLI's sampling defaults (temperature 0.8, top-k 50, top-p 0.9) and
the library's search defaults (`DEFAULT_NUM_BEAMS`, `DEFAULT_LOOKAHEAD`, `DEFAULT_CONSTRAINT_WEIGHT`;
``--lookahead`` / ``--num-beams`` override), with the whole knowledge base: coverage (share of the effects the
rules imply from each prompt that the continuation states, any realisation, not negated: `states`) and CFS on
held-in and held-out prompts; the judge's perplexity of the guided continuations against unguided ones sampled
with the same settings (``--unguided-samples`` per prompt) and against greedy ones, and of the guided continuations'
parts (before the effect, the effect phrase, after it, and every token outside the effect phrases); a reference
row (``--reference-per-pair``): the judge's perplexity of the corpus grammar's own
sentences stating held-out against held-in pairs; violations (forbidden words and intervened-away effects) in
``--violation-samples`` sampled continuations; and time per prompt at batch 1 against greedy decoding (alternating).
The judge has the evaluated model's config, corpus and tokenizer, seed 1 (`JUDGE_SEED`) and no rules
(``--judge-corpus``, default ``auto``: the model's own corpus, read from its ``training_log.json``):

- a model trained on the bundled small corpus (the demo's): a judge trained here like the demo's model,
  ``--steps`` steps, saved in / reused from ``--judge-dir``;
- a model trained on `scripts/make_corpus.py --large` (the shipped ``causal-small``): a judge trained by
  `scripts/train_small_model.py` ``--seed 1`` with the model's context length and batch size, at most
  ``--judge-steps`` steps or ``--judge-minutes`` minutes (700 steps: the 1.43 M tokens causal-small saw), saved in
  / reused from ``--judge-dir`` (default ``runs/text_quality_judge_large``; a folder from ``train_small_model.py
  --seed 1 --out FOLDER`` works too). Its seed, corpus (SHA-256) and config are checked against the model's, and
  its validation perplexity and the model's are measured on the same windows of the large corpus's valid split.

``--compare-judge-dir`` adds judges saved by earlier runs (either kind) that read the same continuations.
``--wording-judge-dir`` adds the *wording* judge (`load_wording_judge`): trained exactly like the large-corpus judge
but on ``scripts/make_corpus.py --large DIR --with-heldout`` (held-out pairs stated like held-in ones, nothing
dropped), so that no pairing is new to it and its guided / unguided ratio measures wording apart from the novelty
of a held-out effect phrase. It is an extra row, not the judge the fluency goal names (that one reads the model's
own corpus), and it is refused unless its training log says ``with_heldout``; the large-corpus judge, in turn,
refuses a with-heldout judge. Under it the grammar reference's held-out / held-in ratio should be near 1x.
Writes ``NAME.json`` (default ``text_quality.json``) and, with more than one fraction, ``text_frugality.png``
to ``--out``, and prints markdown tables.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import torch
import torch.nn.functional as F

from causaltorch.errors import DataError
from causaltorch.metrics.text import calculate_cfs, perplexity
from causaltorch.text.corpus import knowledge_base, load_corpus
from causaltorch.text.demo import FULL, heldin_cases, heldout_cases, heldout_rules
from causaltorch.training.demo import train_model

MODEL_SEED, JUDGE_SEED = 0, 1

# (key, description) of every set of continuations scored: which prompts, which rules guided generation
CASE_SETS = (
    ("heldout_without", "held-out prompts, no rules"),
    ("heldout_injected", "held-out prompts, the held-out rules injected"),
    ("heldout_knowledge_base", "held-out prompts, the whole knowledge base"),
    ("heldin_without", "held-in prompts, no rules"),
    ("heldin_knowledge_base", "held-in prompts, the knowledge base"),
)


@torch.no_grad()
def judge_perplexity(judge, prompts: Sequence[str], continuations: Sequence[str], batch_size: int = 32) -> dict:
    """How fluent ``continuations`` read to ``judge``: each is scored after its prompt, the prompt only as context.

    Returns ``{"perplexity": exp(total NLL / tokens), "tokens": continuation tokens scored,
    "empty": continuations with no token}`` (NLL in nats, summed over every continuation token).
    """
    tokenizer = judge.tokenizer
    bos = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else bos
    rows = []  # (token ids with bos, index of the first continuation token)
    for prompt, continuation in zip(prompts, continuations, strict=True):
        context = [bos, *tokenizer.encode(prompt)]
        ids = [bos, *tokenizer.encode(prompt + continuation)]
        if ids[: len(context)] != context:
            raise DataError(f"The prompt {prompt!r} tokenizes differently followed by {continuation!r}; "
                            "give continuations that start at a token boundary.")
        if len(ids) > judge.config.max_seq_length:
            raise DataError(f"{prompt + continuation!r} has {len(ids)} tokens with the beginning-of-text token; "
                            f"the judge reads at most {judge.config.max_seq_length}. Generate fewer new tokens.")
        rows.append((ids, len(context)))
    judge.eval()
    total_nll, total_tokens = 0.0, 0
    for first in range(0, len(rows), batch_size):
        batch = rows[first:first + batch_size]
        width = max(len(ids) for ids, _ in batch)
        ids = torch.tensor([[pad] * (width - len(r)) + r for r, _ in batch])  # (B, W), left-padded
        mask = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r, _ in batch])
        # score token t + 1 where it belongs to the continuation
        scored = torch.tensor([[width - len(r) + start <= t + 1 for t in range(width - 1)] for r, start in batch])
        log_probs = F.log_softmax(judge(ids, attention_mask=mask).logits.float()[:, :-1], dim=-1)  # (B, W-1, V)
        target = log_probs.gather(-1, ids[:, 1:, None]).squeeze(-1)  # (B, W - 1)
        total_nll -= float(target[scored].sum())
        total_tokens += int(scored.sum())
    empty = sum(len(ids) == start for ids, start in rows)
    return {"perplexity": math.exp(total_nll / total_tokens) if total_tokens else math.nan,
            "tokens": total_tokens, "empty": empty}


def evaluate(model, rules, strength: float, valid: list[str], max_new_tokens: int, judge=None) -> dict:
    """Every score of one model at one rule strength; with ``judge``, also its perplexity of every continuation
    set and the continuations themselves."""
    injected = heldout_rules(rules)
    heldout, heldin = heldout_cases(), heldin_cases(rules)
    cases = {"heldout": heldout, "heldin": heldin}
    guides = {"without": None, "injected": injected, "knowledge_base": rules}
    scores: dict = {}
    continuations = {}
    for key, _ in CASE_SETS:
        prompts, guide = key.split("_", 1)
        score, texts = calculate_cfs(model, cases[prompts], rules=guides[guide], guided=guides[guide] is not None,
                                     rule_strength=strength,
                                     max_new_tokens=max_new_tokens, return_continuations=True)
        scores[f"cfs_{key}"] = score
        if judge is not None:
            scores[f"judge_{key}"] = judge_perplexity(judge, [prompt for prompt, _ in cases[prompts]], texts)
            continuations[key] = texts
    scores["perplexity_without"] = perplexity(model, valid)
    scores["perplexity_injected"] = perplexity(model, valid, rules=injected, rule_strength=strength)
    scores["perplexity_knowledge_base"] = perplexity(model, valid, rules=rules, rule_strength=strength)
    if judge is not None:
        scores["continuations"] = continuations
    return scores


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
                        help="rule strengths of the trade-off sweep on the largest model")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    parser.add_argument("--steps", type=int, default=FULL.steps, help=f"training steps (default: {FULL.steps})")
    parser.add_argument("--name", default="text_quality", help="the JSON file's name in --out, without .json")
    parser.add_argument("--decoding", type=Path, default=None, metavar="MODEL_DIR",
                        help="measure constraint-aware decoding on this saved model instead (see the docstring)")
    parser.add_argument("--case-limit", type=int, default=None, help="--decoding: prompts per case set (default: all)")
    parser.add_argument("--violation-samples", type=int, default=1000,
                        help="--decoding: sampled continuations checked for violations (default: 1000)")
    parser.add_argument("--max-new-tokens", type=int, default=24, help="--decoding: new tokens (default: 24)")
    parser.add_argument("--lookahead", type=int, default=None,
                        help="--decoding: the search's lookahead (default: the library's, DEFAULT_LOOKAHEAD)")
    parser.add_argument("--num-beams", type=int, default=None,
                        help="--decoding: the search's beams (default: the library's, DEFAULT_NUM_BEAMS)")
    parser.add_argument("--unguided-samples", type=int, default=5,
                        help="--decoding: sampled unguided continuations per prompt (default: 5)")
    parser.add_argument("--reference-per-pair", type=int, default=20,
                        help="--decoding: grammar sentences per pair for the reference row; 0: none (default: 20)")
    parser.add_argument("--judge-dir", type=Path, default=None,
                        help="--decoding: reuse the judge saved here by an earlier run (small corpus: with the same "
                             "--steps), else train one and save it here (large corpus default: "
                             "runs/text_quality_judge_large)")
    parser.add_argument("--judge-corpus", choices=("auto", "small", "large"), default="auto",
                        help="--decoding: the judge's corpus: the bundled small one (a judge trained here like the "
                             "demo's model, --steps steps) or the large one of scripts/make_corpus.py --large (a "
                             "judge trained by scripts/train_small_model.py with the model's config); auto: the "
                             "evaluated model's, from its training_log.json (default: auto)")
    parser.add_argument("--judge-minutes", type=float, default=60.0,
                        help="--decoding, large judge: training time limit in minutes (default: 60)")
    parser.add_argument("--judge-steps", type=int, default=700,
                        help="--decoding, large judge: training steps at most (default: 700: at causal-small's batch "
                             "16 x 128 tokens, the 1.43 M tokens causal-small saw)")
    parser.add_argument("--judge-data-from", type=Path, default=None,
                        help="--decoding, large judge: reuse this train_small_model --out folder's corpus and tokens "
                             "(default: generate them again, deterministically)")
    parser.add_argument("--sampling-seed", type=int, default=0,
                        help="--decoding: seed of the guided and unguided sampled draws (default: 0)")
    parser.add_argument("--compare-judge-dir", type=Path, nargs="+", default=None,
                        help="--decoding: judges saved by earlier runs that also read the same continuations")
    parser.add_argument("--wording-judge-dir", type=Path, default=None,
                        help="--decoding: also read the same continuations with this wording judge: trained like the "
                             "large-corpus judge but on scripts/make_corpus.py --large DIR --with-heldout (refused "
                             "unless its training log says so); an extra row, never the goal's judge")
    args = parser.parse_args(argv)
    if args.wording_judge_dir is not None and args.decoding is None:
        parser.error("--wording-judge-dir applies to --decoding MODEL_DIR only")
    for name in ("judge_steps", "violation_samples", "unguided_samples", "max_new_tokens"):
        if getattr(args, name) < 1 and not (name == "violation_samples" and args.violation_samples == 0):
            parser.error(f"--{name.replace('_', '-')} must be >= 1, got {getattr(args, name)}")
    if args.sampling_seed < 0:
        parser.error(f"--sampling-seed must be >= 0, got {args.sampling_seed}")
    if args.judge_minutes <= 0:
        parser.error(f"--judge-minutes must be > 0, got {args.judge_minutes}")
    if args.threads:
        torch.set_num_threads(args.threads)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.decoding is not None:
        return decoding_main(args, argv)
    rules, corpus, valid = knowledge_base(), load_corpus("train"), load_corpus("valid")
    settings = dataclasses.replace(FULL, steps=args.steps)
    results: dict = {"command": " ".join(["python", "benchmarks/text_quality.py", *(argv or sys.argv[1:])]),
                     "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "load_average_start": os.getloadavg(),
                     "settings": dataclasses.asdict(settings), "threads": torch.get_num_threads(),
                     "fractions": {}, "strengths": {}}
    started = time.perf_counter()
    fractions = sorted(args.fractions)
    with tempfile.TemporaryDirectory() as scratch:
        for fraction in fractions:
            lines = corpus[: max(1, round(fraction * len(corpus)))]
            trained = train_model(Path(scratch) / f"{fraction:g}", settings, seed=MODEL_SEED, corpus=lines,
                                  progress_bar="none")
            judge = None
            if fraction == fractions[-1]:
                judge = train_judge(Path(scratch) / "judge", settings, lines, valid, results)
                full = trained.model
            scores = evaluate(trained.model, rules, settings.rule_strength, valid, settings.max_new_tokens, judge)
            results["fractions"][f"{fraction:g}"] = {"lines": len(lines), "train_tokens": trained.train_tokens,
                                                     "train_seconds": trained.train_seconds, **scores}
            print(f"{fraction:.0%} of the corpus: {_brief(scores)} ({time.perf_counter() - started:.0f} s)",
                  flush=True)
    for strength in args.strengths:
        if strength == settings.rule_strength:  # measured above
            row = {k: v for k, v in runs_at(results, fractions[-1]).items()
                   if k.startswith(("cfs_", "perplexity_", "judge_"))}
        else:
            row = evaluate(full, rules, strength, valid, settings.max_new_tokens, judge)
            row.pop("continuations")
        results["strengths"][f"{strength:g}"] = row
        print(f"strength {strength:g}: {_brief(row)} ({time.perf_counter() - started:.0f} s)", flush=True)
    results["seconds"] = time.perf_counter() - started
    results["load_average_end"] = os.getloadavg()
    if len(fractions) > 1:
        plot(fractions, {f: runs_at(results, f) for f in fractions}, args.out / "text_frugality.png")
    (args.out / f"{args.name}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(markdown(results, settings.rule_strength))
    return 0


def train_judge(out: Path, settings, lines: list[str], valid: list[str], results: dict):
    """The fluency judge: the evaluated model's config, corpus and steps, another seed, and no rules.

    Training never reads the rules (the demo's model has no rule attention bias), and the judge's rules
    are removed before it scores anything, so no rule touches its scores.
    """
    trained = train_model(out, settings, seed=JUDGE_SEED, corpus=lines, progress_bar="none")
    judge = trained.model
    judge.causal_rules = None
    results["judge"] = {"seed": JUDGE_SEED, "lines": len(lines), "train_seconds": trained.train_seconds,
                        "perplexity_validation": perplexity(judge, valid)}
    return judge


def _brief(scores: dict) -> dict:
    """Scores without the continuations, judge perplexities as plain numbers: one readable progress line."""
    return {key: round(value["perplexity"] if isinstance(value, dict) else value, 3)
            for key, value in scores.items() if key != "continuations"}


def markdown(results: dict, strength: float) -> str:
    def change(row: dict, key: str) -> str:
        return f"{row[key]:.3f} ({100 * (row[key] / row['perplexity_without'] - 1):+.1f}%)"

    def judged(row: dict, key: str, baseline: str) -> str:
        value, base = row[f"judge_{key}"]["perplexity"], row[f"judge_{baseline}"]["perplexity"]
        return f"{value:.2f} ({100 * (value / base - 1):+.0f}%)"

    lines = [f"Rule strength {strength:g}; {len(heldout_cases())} held-out prompts, "
             f"{len(heldin_cases(knowledge_base()))} held-in prompts; greedy. CFS counts the surface forms that "
             "the rule processor biases, so CFS with rules partly measures the bias itself.", "",
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
    fraction, row = list(results["fractions"].items())[-1]
    judge = results["judge"]
    lines += ["", f"Fluency judge: seed {judge['seed']}, no rules, the {float(fraction):.0%} corpus; its "
                  f"validation perplexity {judge['perplexity_validation']:.3f}. Judge perplexity of the "
                  "continuations (prompt as context, continuation tokens scored):", "",
              "| continuations | CFS | judge perplexity | tokens | empty |", "|---|---:|---:|---:|---:|"]
    for key, description in CASE_SETS:
        baseline = key.split("_", 1)[0] + "_without"
        value = row[f"judge_{key}"]
        shown = f"{value['perplexity']:.2f}" if key == baseline else judged(row, key, baseline)
        lines.append(f"| {description} | {row[f'cfs_{key}']:.3f} | {shown} | {value['tokens']} | "
                     f"{value['empty']} |")
    lines += ["", "| rule strength | CFS held-out: injected / knowledge base | CFS held-in: knowledge base | "
                  "perplexity with held-out rules | with knowledge base | judge perplexity: held-out, injected | "
                  "held-out, knowledge base | held-in, knowledge base |", "|---:|---|---:|---:|---:|---:|---:|---:|"]
    for value, row in results["strengths"].items():
        lines.append(f"| {value} | {row['cfs_heldout_injected']:.3f} / {row['cfs_heldout_knowledge_base']:.3f} | "
                     f"{row['cfs_heldin_knowledge_base']:.3f} | {change(row, 'perplexity_injected')} | "
                     f"{change(row, 'perplexity_knowledge_base')} | "
                     f"{judged(row, 'heldout_injected', 'heldout_without')} | "
                     f"{judged(row, 'heldout_knowledge_base', 'heldout_without')} | "
                     f"{judged(row, 'heldin_knowledge_base', 'heldin_without')} |")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------- --decoding
def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)

    def at(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    return {"p10": at(0.1), "p50": at(0.5), "p90": at(0.9), "n": len(ordered)}


def _mean_tokens(tokenizer, texts: Sequence[str]) -> float:
    return sum(len(tokenizer.encode(text)) for text in texts) / max(1, len(texts))


def judge_scores(judge, prompts: Sequence[str], guided: Sequence[str], sampled: Sequence[str], plain: Sequence[str],
                 patterns: Sequence[Sequence], unguided_samples: int) -> dict:
    """One judge's reading of one prompt set: perplexity of the guided, sampled unguided (``unguided_samples`` per
    prompt, in draw order) and greedy continuations, the guided ones by part (`judge_parts`), and the ratios."""
    scores = {"judge_guided": judge_perplexity(judge, prompts, guided),
              "judge_unguided": judge_perplexity(judge, list(prompts) * unguided_samples, sampled),
              "judge_greedy": judge_perplexity(judge, prompts, plain),
              "judge_guided_parts": judge_parts(judge, prompts, guided, patterns)}
    scores["judge_ratio"] = scores["judge_guided"]["perplexity"] / scores["judge_unguided"]["perplexity"]
    scores["judge_ratio_greedy"] = scores["judge_guided"]["perplexity"] / scores["judge_greedy"]["perplexity"]
    outside = outside_effect(scores["judge_guided_parts"])
    scores["judge_guided_outside_effect"] = outside
    scores["judge_ratio_outside_effect"] = outside["perplexity"] / scores["judge_unguided"]["perplexity"]
    scores["judge_ratio_outside_effect_greedy"] = outside["perplexity"] / scores["judge_greedy"]["perplexity"]
    return scores


def outside_effect(parts: dict) -> dict:
    """The judge's perplexity of every guided token outside the effect phrases (before, after, and continuations
    stating no effect), pooled from `judge_parts`' per-part perplexities and token counts."""
    names = [name for name in parts if name != "effect" and parts[name]["tokens"]]
    tokens = sum(parts[name]["tokens"] for name in names)
    nll = sum(parts[name]["tokens"] * math.log(parts[name]["perplexity"]) for name in names)
    return {"perplexity": math.exp(nll / tokens) if tokens else math.nan, "tokens": tokens}


def decoding_quality(model, judge, rules, cases: dict, max_new_tokens: int, violation_samples: int,
                     search: dict | None = None, unguided_samples: int = 5, other_judges: dict | None = None,
                     sampling_seed: int = 0) -> dict:
    """Coverage, CFS, judge perplexity, violations and timing of constrained decoding at the CLI defaults (the
    library's search defaults unless ``search`` overrides them).

    The unguided baseline is sampled with the same settings (temperature, top-k, top-p; ``unguided_samples`` draws
    per prompt, other seeds) and, as before, greedy. A mention counts as stating an effect when `states` says so
    (not negated, not held off), for the search and for coverage alike. ``other_judges`` (name -> judge) read the
    same continuations too (``row["other_judges"][name]``: `judge_scores`). ``sampling_seed`` seeds the guided
    draws (``sampling_seed``) and the unguided ones (``100 + draw + 1000 * sampling_seed``): another seed, other
    sampled continuations, to see how much the judge's numbers move."""
    from causaltorch.text.constrained import (
        DEFAULT_CONSTRAINT_WEIGHT,
        DEFAULT_LOOKAHEAD,
        DEFAULT_NUM_BEAMS,
        build_constraints,
        implied_effects,
        states,
    )
    from causaltorch.text.surface_forms import realisations, whole_word_pattern

    forms = {name: whole_word_pattern(realisations(rules, name)) for name in rules.variables}
    surface = {name: whole_word_pattern(rules.surface_forms(name)) for name in rules.variables}
    sampling = dict(temperature=0.8, top_k=50, top_p=0.9)
    cli = {"max_new_tokens": max_new_tokens, **sampling, "num_beams": DEFAULT_NUM_BEAMS,
           "lookahead": DEFAULT_LOOKAHEAD, "constraint_weight": DEFAULT_CONSTRAINT_WEIGHT, **(search or {})}
    out: dict = {"settings": cli, "unguided_samples": unguided_samples, "sampling_seed": sampling_seed}
    timing = {"greedy": [], "constrained": []}
    for set_name, set_cases in cases.items():
        prompts = [prompt for prompt, _ in set_cases]
        guided, plain = [], []
        generator = torch.Generator().manual_seed(sampling_seed)
        for prompt in prompts:  # guided and greedy alternate, so that load hits both alike
            started = time.perf_counter()
            text = model.generate(prompt, causal_rules=rules, generator=generator, **cli)
            timing["constrained"].append(time.perf_counter() - started)
            guided.append(text[len(prompt):])
            started = time.perf_counter()
            text = model.generate(prompt, max_new_tokens=max_new_tokens, do_sample=False)
            timing["greedy"].append(time.perf_counter() - started)
            plain.append(text[len(prompt):])
        sampled = []
        for draw in range(unguided_samples):
            generator = torch.Generator().manual_seed(100 + draw + 1000 * sampling_seed)
            sampled += [model.generate(prompt, max_new_tokens=max_new_tokens, generator=generator, **sampling)[
                len(prompt):] for prompt in prompts]
        implied = [implied_effects(rules, prompt) for prompt in prompts]
        stated = sum(states(forms[name], continuation) for effects, continuation in zip(implied, guided)
                     for name in effects)
        total = sum(len(effects) for effects in implied)
        patterns = [[forms[name] for name in effects] for effects in implied]
        row = out[set_name] = {
            "prompts": len(prompts), "implied_effects": total,
            "coverage": stated / total if total else math.nan,
            "cfs": sum(bool(surface[effect].search(c)) for (_, effect), c in zip(set_cases, guided)) / len(prompts),
            "cfs_any_realisation": sum(bool(forms[effect].search(c))
                                       for (_, effect), c in zip(set_cases, guided)) / len(prompts),
            **judge_scores(judge, prompts, guided, sampled, plain, patterns, unguided_samples),
            "examples": [prompt + c for prompt, c in zip(prompts, guided)],
            "new_tokens_mean": {"guided": _mean_tokens(model.tokenizer, guided),
                                "greedy": _mean_tokens(model.tokenizer, plain),
                                "unguided": _mean_tokens(model.tokenizer, sampled)},
        }
        if other_judges:
            row["other_judges"] = {name: judge_scores(other, prompts, guided, sampled, plain, patterns,
                                                      unguided_samples) for name, other in other_judges.items()}
    # violations: each prompt's cause intervened to 0 and one forbidden word, sampled at the CLI defaults
    all_cases = [case for set_cases in cases.values() for case in set_cases]
    violations, checked = 0, 0
    generator = torch.Generator().manual_seed(1)
    forbidden = ["the", "and"]
    for i in range(violation_samples):
        prompt, effect = all_cases[i % len(all_cases)]
        causes = [r.cause for r in rules.incoming(effect)]
        do = {causes[0]: 0.0} if causes else {}
        word = [forbidden[i % 2]]
        text = model.generate(prompt, causal_rules=rules, causal_interventions=do,
                              causal_constraints={"forbidden_words": word}, generator=generator, **cli)
        banned = build_constraints(rules, prompt, model.tokenizer, model.config.vocab_size, do, word).banned
        for phrase in banned:
            # the continuation as generated, read after the prompt's last character (a ban spans the join)
            pattern = whole_word_pattern([phrase])
            if pattern is not None and any(m.end() > len(prompt) for m in pattern.finditer(text)):
                violations += 1
                out.setdefault("violation_examples", []).append({"text": text, "phrase": phrase})
        checked += 1
    out["violations"] = {"continuations": checked, "violations": violations}
    out["timing_seconds"] = {key: _percentiles(values) for key, values in timing.items()}
    out["time_ratio_p50"] = out["timing_seconds"]["constrained"]["p50"] / out["timing_seconds"]["greedy"]["p50"]
    return out


@torch.no_grad()
def judge_parts(judge, prompts: Sequence[str], continuations: Sequence[str], patterns: Sequence[Sequence]) -> dict:
    """Where the judge's surprise sits in the guided continuations: its perplexity of the tokens before the first
    stated effect, of the effect phrases themselves, and of the tokens after the last one (a token belongs to
    the part its first character falls in); ``patterns`` are each prompt's required effects' form patterns."""
    tokenizer = judge.tokenizer
    bos = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else tokenizer.eos_token_id
    parts = {"before": [0.0, 0], "effect": [0.0, 0], "after": [0.0, 0], "no_effect": [0.0, 0]}
    for prompt, continuation, found in zip(prompts, continuations, patterns, strict=True):
        context = [bos, *tokenizer.encode(prompt)]
        ids = [bos, *tokenizer.encode(prompt + continuation)]
        log_probs = F.log_softmax(judge(torch.tensor([ids])).logits[0, :-1].float(), dim=-1)
        spans = sorted(m.span() for pattern in found if pattern is not None for m in pattern.finditer(continuation))
        at = 0
        for t in range(len(context), len(ids)):
            piece = tokenizer.decode([ids[t]])
            first = at + (len(piece) - len(piece.lstrip()))
            at += len(piece)
            if not spans:
                part = "no_effect"
            elif first < spans[0][0]:
                part = "before"
            elif any(a <= first < b for a, b in spans):
                part = "effect"
            elif first >= spans[-1][1]:
                part = "after"
            else:
                part = "before"  # between two effects: counted with the text that leads to one
            parts[part][0] -= float(log_probs[t - 1, ids[t]])
            parts[part][1] += 1
    return {name: {"perplexity": math.exp(nll / n) if n else math.nan, "tokens": n} for name, (nll, n) in parts.items()}


def grammar_reference(judge, per_pair: int = 20, seed: int = 4242) -> dict:
    """The judge's perplexity of the corpus grammar's own sentences (`scripts/make_corpus.py`: its templates, forms
    and prefixes) stating held-out pairs, which no training text states, against sentences stating held-in pairs:
    what even a perfect writer of held-out pairs scores. Two readings: whole sentences (``per_pair`` each, drawn
    as the corpus draws them), and prompt-style continuations ("If it snows," / "When it snows," -> " the roads turn
    icy."; "It snowed, so" -> " the roads were icy.") over every present / past form of the effect, the prompt
    only as context, as the decoding benchmark scores them."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "make_corpus.py"
    spec = importlib.util.spec_from_file_location("_make_corpus", path)
    grammar = importlib.util.module_from_spec(spec)
    sys.modules["_make_corpus"] = grammar  # dataclasses look their module up while the file runs
    try:
        spec.loader.exec_module(grammar)
    finally:
        sys.modules.pop("_make_corpus", None)
    by_name = {v.name: v for v in grammar.VARIABLES}
    heldout = set(grammar.HELDOUT)
    pairs = {"heldin": [p for p in grammar.PAIRS if (p[0], p[1]) not in heldout and p[2] > 0],
             "heldout": [p for p in grammar.PAIRS if (p[0], p[1]) in heldout and p[2] > 0]}
    rng = grammar._Random(seed)
    out: dict = {"per_pair": per_pair, "seed": seed}
    for split, chosen in pairs.items():
        sentences, prompts, continuations = [], [], []
        for cause, effect, strength in chosen:
            slots = {"c": by_name[cause], "e": by_name[effect]}
            pool = list(grammar.POSITIVE_TEMPLATES) + (grammar.MAKE_TEMPLATES if by_name[effect].make else [])
            pool += grammar.WEAK_TEMPLATES if strength < 0.5 else []
            for _ in range(per_pair):
                template, kind = rng.choice(pool)
                sentences.append(grammar._render(template, slots, rng, kind))
            c, e = by_name[cause], by_name[effect]
            for form in e.present:
                for lead in ("If", "When"):
                    prompts.append(f"{lead} {c.present[0]},")
                    continuations.append(f" {form}.")
            for form in e.past:
                prompts.append(grammar._capitalise(c.past[0]) + ", so")
                continuations.append(f" {form}.")
        out[split] = {"pairs": len(chosen),
                      "sentences": judge_perplexity(judge, [""] * len(sentences), sentences),
                      "prompt_style": judge_perplexity(judge, prompts, continuations),
                      "examples": sentences[:3] + [p + c for p, c in zip(prompts[:2], continuations[:2])]}
    for reading in ("sentences", "prompt_style"):
        out[f"ratio_{reading}"] = (out["heldout"][reading]["perplexity"] / out["heldin"][reading]["perplexity"])
    return out


def load_or_train_judge(folder: Path | None, settings, results: dict):
    """The judge saved in ``folder`` by an earlier run with the same steps, else one trained now (and saved there,
    when a folder is given), so that runs compared with each other share one judge."""
    from causaltorch.text.model import CausalTransformer

    lines, valid = load_corpus("train"), load_corpus("valid")
    record = folder / "judge.json" if folder is not None else None
    if record is not None and record.is_file():
        saved = json.loads(record.read_text())
        if saved.get("steps") == settings.steps:
            judge = CausalTransformer.from_pretrained(folder / "model")
            results["judge"] = {**saved["judge"], "loaded_from": str(folder)}
            return judge
    with tempfile.TemporaryDirectory() as scratch:
        judge = train_judge(Path(scratch) / "judge", settings, lines, valid, results)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        judge.save_pretrained(folder / "model")
        record.write_text(json.dumps({"steps": settings.steps, "judge": results["judge"]}, indent=2) + "\n")
    return judge


LARGE_CORPUS = "scripts/make_corpus.py --large"


def training_log(model_dir: Path) -> dict | None:
    """The ``training_log.json`` of the model saved in ``model_dir`` (there, or in the folder above it, where
    `scripts/train_small_model.py` writes it), else None."""
    for folder in (Path(model_dir), Path(model_dir).parent):
        path = folder / "training_log.json"
        if path.is_file():
            return json.loads(path.read_text())
    return None


def judge_corpus_of(model_dir: Path) -> str:
    """Which corpus the judge of the model in ``model_dir`` comes from: ``"large"`` when its training log says it
    was trained on `scripts/make_corpus.py --large` (the shipped ``causal-small``), else ``"small"`` (the bundled
    corpus the demo's model trains on)."""
    log = training_log(model_dir)
    return "large" if log is not None and log.get("corpus", {}).get("generator") == LARGE_CORPUS else "small"


def _train_small_model_module():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "train_small_model.py"
    spec = importlib.util.spec_from_file_location("_train_small_model", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def large_judge_command(folder: Path, model, model_log: dict, minutes: float, steps: int,
                        data_from: Path | None, threads: int | None) -> list[str]:
    """`scripts/train_small_model.py` arguments that train the judge of a large-corpus model: its config (the
    context length), batch size and corpus, seed `JUDGE_SEED`, no rules (the script never reads any), at most
    ``steps`` steps or ``minutes`` of training, perplexities only."""
    training = model_log.get("training", {})
    command = ["--out", str(folder), "--seed", str(JUDGE_SEED), "--steps", str(steps), "--max-minutes", f"{minutes:g}",
               "--block", str(model.config.max_seq_length), "--batch-size", str(training.get("batch_size", 16)),
               "--learning-rate", "2e-3", "--warmup", "50", "--val-every", "100", "--val-batches", "8",
               "--checkpoint-every", "100", "--skip-cfs"]
    if data_from is not None:
        command += ["--data-from", str(data_from)]
    if threads:
        command += ["--threads", str(threads)]
    return command


def load_large_judge(folder: Path, model, model_dir: Path, results: dict, valid_windows: int = 200,
                     valid_lines: int | None = None):
    """The judge that `scripts/train_small_model.py` saved in ``folder`` (``training_log.json`` and ``model/``),
    checked to be a judge of the model in ``model_dir``: seed `JUDGE_SEED`, the model's corpus (same SHA-256 of
    both splits) and config. Its validation perplexity and the model's are measured on the same windows of the
    large corpus's valid split (and the shipped ``valid.txt``) into ``results["judge"]``."""
    from causaltorch.text.model import CausalTransformer

    folder = Path(folder)
    log_path = folder / "training_log.json"
    if not log_path.is_file() or not (folder / "model" / "config.json").is_file():
        raise DataError(f"No trained judge in {folder} (training_log.json and model/ expected); train one with "
                        "`benchmarks/text_quality.py --decoding MODEL_DIR --judge-dir FOLDER` (or "
                        "`scripts/train_small_model.py --seed 1 --out FOLDER`).")
    log = json.loads(log_path.read_text())
    model_log = training_log(model_dir) or {}
    seed = log.get("training", {}).get("seed")
    if seed != JUDGE_SEED:
        raise DataError(f"The judge in {folder} was trained with seed {seed!r}, not {JUDGE_SEED}: a judge must not "
                        f"share the evaluated model's seed. Train it with --seed {JUDGE_SEED}.")
    if log.get("corpus", {}).get("with_heldout"):
        raise DataError(f"The judge in {folder} read the held-out pairs (`{WORDING_CORPUS}`): it is a wording judge, "
                        "not the judge of the model's own corpus; give it with --wording-judge-dir.")
    theirs, ours = log.get("corpus", {}).get("sha256"), model_log.get("corpus", {}).get("sha256")
    if theirs is None or theirs != ours:
        raise DataError(f"The judge in {folder} was trained on another corpus (SHA-256 {theirs}) than the model in "
                        f"{model_dir} ({ours}); a judge reads the evaluated model's corpus.")
    judge = CausalTransformer.from_pretrained(folder / "model")
    if judge.config != model.config:
        raise DataError(f"The judge in {folder} has the config {judge.config}, the model in {model_dir} "
                        f"{model.config}; a judge has the evaluated model's config.")
    data = Path(log["corpus"].get("data", folder / "data"))
    results["judge"] = _large_judge_record(folder, log, model_log, model_dir, data / "valid.bin", valid_windows,
                                           valid_lines)
    return judge


def _large_judge_record(folder: Path, log: dict, model_log: dict, model_dir: Path, valid_bin: Path,
                        valid_windows: int, valid_lines: int | None) -> dict:
    """How a large-corpus judge was trained, and its and the evaluated model's validation perplexities on the same
    windows of ``valid_bin`` and on the shipped ``valid.txt``."""
    training = log["training"]
    data_valid = valid_bin
    tsm = _train_small_model_module()
    judge_eval = tsm.evaluate(folder / "model", data_valid, windows=valid_windows, cfs=False,
                              shipped_lines=valid_lines)
    model_eval = tsm.evaluate(Path(model_dir), data_valid, windows=valid_windows, cfs=False,
                              shipped_lines=valid_lines)
    model_training = model_log.get("training", {})
    return {
        "corpus": LARGE_CORPUS, "seed": training.get("seed"), "folder": str(folder), "command": log.get("command"),
        "steps_planned": training.get("steps_planned"), "steps_done": training.get("steps_done"),
        "stopped_by_timer": training.get("stopped_by_timer"), "block_size": training.get("block_size"),
        "batch_size": training.get("batch_size"), "learning_rate": training.get("learning_rate"),
        "tokens_seen": training.get("tokens_seen_total", training.get("tokens_seen")),
        "train_seconds": training.get("train_seconds"), "torch_threads": training.get("torch_threads"),
        "large_valid_perplexity": judge_eval["large_valid_perplexity"],
        "shipped_valid_perplexity": judge_eval["shipped_valid_perplexity"],
        "valid_windows": judge_eval.get("large_valid_windows"),
        "shipped_valid_lines": judge_eval["shipped_valid_lines"],
        "evaluated_model": {
            "tokens_seen": model_training.get("tokens_seen_total", model_training.get("tokens_seen")),
            "large_valid_perplexity": model_eval["large_valid_perplexity"],
            "shipped_valid_perplexity": model_eval["shipped_valid_perplexity"]},
    }


WORDING_CORPUS = "scripts/make_corpus.py --large --with-heldout"


def _valid_split_of(model_log: dict, candidates: Sequence[Path]) -> Path | None:
    """The ``valid.bin`` (in the model's own data folder, else one of ``candidates``) whose ``valid.sha256`` stamp is
    the model's corpus's valid split, else None."""
    corpus = model_log.get("corpus", {})
    want = corpus.get("sha256", {}).get("valid")
    folders = ([Path(corpus["data"])] if corpus.get("data") else []) + [Path(c) for c in candidates]
    for folder in folders:
        stamp = folder / "valid.sha256"
        if want and stamp.is_file() and stamp.read_text().strip() == want and (folder / "valid.bin").is_file():
            return folder / "valid.bin"
    return None


def load_wording_judge(folder: Path, model, model_dir: Path, valid_windows: int = 200,
                       valid_lines: int | None = None, data_candidates: Sequence[Path] = ()):
    """The *wording* judge saved in ``folder`` and its record: trained like the large-corpus judge (seed
    `JUDGE_SEED`, no rules, the model's config, batch size and corpus seed) but on the large corpus drawn with the
    held-out pairs (`scripts/make_corpus.py --large DIR --with-heldout`), so that no pairing is new to it and its
    perplexity of guided against unguided text measures wording, not novelty. It is not the judge the fluency
    goal names (that one reads the model's own corpus): an extra row, accepted only from ``--wording-judge-dir``
    and only when its corpus says ``with_heldout``. Its validation perplexities are measured on the evaluated
    model's valid split (the windows the large-corpus judge is measured on) and on its own."""
    from causaltorch.text.model import CausalTransformer

    folder = Path(folder)
    log_path = folder / "training_log.json"
    if not log_path.is_file() or not (folder / "model" / "config.json").is_file():
        raise DataError(f"No trained judge in {folder} (training_log.json and model/ expected); train the wording "
                        "judge with `scripts/make_corpus.py --large DIR/corpus --with-heldout` then "
                        f"`scripts/train_small_model.py --data-from DIR --seed {JUDGE_SEED} --out FOLDER ...`.")
    log = json.loads(log_path.read_text())
    corpus = log.get("corpus", {})
    if corpus.get("with_heldout") is not True:
        raise DataError(f"The judge in {folder} was not trained on a corpus with the held-out pairs (its "
                        f"training_log.json corpus says with_heldout={corpus.get('with_heldout')!r}); a wording judge "
                        "reads `scripts/make_corpus.py --large DIR --with-heldout`. Give the issue's judge with "
                        "--judge-dir instead.")
    seed = log.get("training", {}).get("seed")
    if seed != JUDGE_SEED:
        raise DataError(f"The wording judge in {folder} was trained with seed {seed!r}, not {JUDGE_SEED}; train it "
                        f"like the large-corpus judge, with --seed {JUDGE_SEED}.")
    model_log = training_log(model_dir) or {}
    model_corpus = model_log.get("corpus", {})
    if model_corpus.get("generator") != LARGE_CORPUS:
        raise DataError(f"{model_dir} was not trained on `{LARGE_CORPUS}` (its training_log.json says "
                        f"{model_corpus.get('generator')!r}); a wording judge is drawn from that corpus's grammar.")
    if corpus.get("seed") != model_corpus.get("seed"):
        raise DataError(f"The wording judge in {folder} read a corpus drawn with seed {corpus.get('seed')!r}, the "
                        f"model in {model_dir} one drawn with {model_corpus.get('seed')!r}; draw it with the model's.")
    theirs, ours = log.get("training", {}).get("batch_size"), model_log.get("training", {}).get("batch_size")
    if theirs != ours:
        raise DataError(f"The wording judge in {folder} trained with batch size {theirs!r}, the model in {model_dir} "
                        f"with {ours!r}; train it like the large-corpus judge.")
    judge = CausalTransformer.from_pretrained(folder / "model")
    if judge.config != model.config:
        raise DataError(f"The wording judge in {folder} has the config {judge.config}, the model in {model_dir} "
                        f"{model.config}; a judge has the evaluated model's config.")
    model_valid = _valid_split_of(model_log, data_candidates)
    if model_valid is None:
        raise DataError(f"The token files of {model_dir}'s corpus were not found (its training_log.json names no data "
                        "folder with that valid split); give --judge-dir a large-corpus judge trained with "
                        "--data-from the model's run, whose data folder is used.")
    record = _large_judge_record(folder, log, model_log, model_dir, model_valid, valid_windows, valid_lines)
    own = _train_small_model_module().evaluate(folder / "model", Path(corpus.get("data", folder / "data"))
                                               / "valid.bin", windows=valid_windows, cfs=False, shipped_lines=1)
    record.update(corpus=WORDING_CORPUS, role="wording", corpus_sha256=corpus.get("sha256"),
                  own_valid_perplexity=own.get("large_valid_perplexity"))
    return judge, record


def load_or_train_large_judge(folder: Path, model, model_dir: Path, args, results: dict):
    """The large-corpus judge saved in ``folder``, else one trained there now (`large_judge_command`: at most
    ``args.judge_steps`` steps or ``args.judge_minutes`` minutes; the long pole of a first run)."""
    if not (Path(folder) / "training_log.json").is_file():
        model_log = training_log(model_dir)
        if model_log is None:
            raise DataError(f"{model_dir} has no training_log.json, so its corpus and training are unknown; give "
                            "--judge-corpus small, or a model trained by scripts/train_small_model.py.")
        command = large_judge_command(Path(folder), model, model_log, args.judge_minutes, args.judge_steps,
                                      args.judge_data_from, args.threads)
        print("training the judge: scripts/train_small_model.py " + " ".join(command), flush=True)
        _train_small_model_module().main(command)
    return load_large_judge(Path(folder), model, model_dir, results)


def load_saved_judge(folder: Path, model, model_dir: Path):
    """A judge saved by an earlier run (either kind: the small corpus's ``judge.json`` + ``model/``, or a
    large-corpus training folder) and a description of it, for ``--compare-judge-dir``."""
    from causaltorch.text.model import CausalTransformer

    folder = Path(folder)
    if (folder / "training_log.json").is_file():
        record: dict = {}
        judge = load_large_judge(folder, model, model_dir, record)
        return judge, record["judge"]
    if (folder / "judge.json").is_file():
        saved = json.loads((folder / "judge.json").read_text())
        return CausalTransformer.from_pretrained(folder / "model"), {
            "corpus": "the bundled small corpus (src/causaltorch/data/corpus)", "folder": str(folder), **saved}
    raise DataError(f"No saved judge in {folder}: neither judge.json (a small-corpus judge) nor training_log.json "
                    "(a large-corpus judge) is there.")


def _judge_label(record: dict) -> str:
    if record.get("corpus") == WORDING_CORPUS:
        return f"wording judge, read every pairing ({record.get('folder')})"
    if record.get("corpus") == LARGE_CORPUS:
        return f"large-corpus judge ({record.get('folder')})"
    return f"small-corpus judge ({record.get('folder') or record.get('loaded_from') or 'trained here'})"


def decoding_markdown(results: dict) -> str:
    """The ``--decoding`` results as markdown: the judge(s), coverage / CFS / judge perplexity per judge, where the
    judge's surprise sits (parts, and every token outside the effect phrases against the unguided output), the
    grammar reference row per judge, violations and time per prompt."""
    d = results["decoding"]
    judges = {"main": results["judge"], **results.get("compare_judges", {})}
    lines = [f"settings: {d['settings']}; unguided: {d['unguided_samples']} sampled draws per prompt, same sampling; "
             f"sampling seed {d.get('sampling_seed', 0)}",
             "", "Judges:", ""]
    for name, record in judges.items():
        label = _judge_label(record)
        if record.get("corpus") in (LARGE_CORPUS, WORDING_CORPUS):
            model = record["evaluated_model"]
            lines.append(
                f"- {label}: seed {record['seed']}, no rules, {record['steps_done']} of {record['steps_planned']} "
                f"steps ({'stopped by the time limit' if record['stopped_by_timer'] else 'all planned steps'}), "
                f"{record['tokens_seen']:,} tokens seen in {record['train_seconds'] / 60:.0f} min "
                f"({record['torch_threads']} thread(s)); validation perplexity, large corpus "
                f"({record['valid_windows']} windows of {record['block_size']}): "
                f"{record['large_valid_perplexity']:.2f} "
                f"(evaluated model {model['large_valid_perplexity']:.2f}, {model['tokens_seen']:,} tokens seen); "
                f"shipped valid.txt: {record['shipped_valid_perplexity']:.2f} "
                f"(model {model['shipped_valid_perplexity']:.2f}). Command: `{record['command']}`"
                + (f". Not the goal's judge: trained on `{WORDING_CORPUS}` (held-out pairs stated like held-in ones), "
                   f"so no pairing is new to it and its ratios measure wording only; on its own corpus's valid split "
                   f"{record['own_valid_perplexity']:.2f}" if record.get("role") == "wording" else ""))
        else:
            judge = record.get("judge", record)
            lines.append(f"- {label}: seed {judge.get('seed')}, no rules, {record.get('steps', 'demo')} steps on "
                         f"{judge.get('lines')} lines; validation perplexity (shipped valid.txt) "
                         f"{judge.get('perplexity_validation', math.nan):.2f}")
    lines += ["", "| judge | prompts | coverage | CFS | judge ppl, guided | unguided, same sampling (ratio) | "
                  "unguided, greedy (ratio) |", "|---|---|---:|---:|---:|---:|---:|"]
    for name, record in judges.items():
        for key in ("heldin", "heldout"):
            row = d[key]
            scores = row if name == "main" else row["other_judges"][name]
            lines.append(
                f"| {_judge_label(record)} | {key} ({row['prompts']}) | {row['coverage']:.3f} | {row['cfs']:.3f} | "
                f"{scores['judge_guided']['perplexity']:.2f} | {scores['judge_unguided']['perplexity']:.2f} "
                f"({scores['judge_ratio']:.2f}x) | {scores['judge_greedy']['perplexity']:.2f} "
                f"({scores['judge_ratio_greedy']:.2f}x) |")
    lines += ["", "Judge perplexity of the guided continuations by part (tokens); 'outside' pools every token outside "
                  "the effect phrases, and its ratios are against the unguided continuations (sampled / greedy):", "",
              "| judge | prompts | before the effect | the effect phrase | after it | no effect stated | outside | "
              "outside / unguided sampled | outside / greedy |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]

    def cell(part: dict) -> str:
        return f"{part['perplexity']:.2f} ({part['tokens']})" if part["tokens"] else "–"

    for name, record in judges.items():
        for key in ("heldin", "heldout"):
            scores = d[key] if name == "main" else d[key]["other_judges"][name]
            parts = scores["judge_guided_parts"]
            lines.append(f"| {_judge_label(record)} | {key} | {cell(parts['before'])} | {cell(parts['effect'])} | "
                         f"{cell(parts['after'])} | {cell(parts['no_effect'])} | "
                         f"{cell(scores['judge_guided_outside_effect'])} | "
                         f"{scores['judge_ratio_outside_effect']:.2f}x | "
                         f"{scores['judge_ratio_outside_effect_greedy']:.2f}x |")
    references = [(name, results.get("grammar_reference") if name == "main" else record.get("grammar_reference"))
                  for name, record in judges.items()]
    if any(ref for _, ref in references):
        lines += ["", "| judge | grammar sentences | held-in pairs | held-out pairs | ratio |",
                  "|---|---|---:|---:|---:|"]
        for name, ref in references:
            if not ref:
                continue
            for reading in ("sentences", "prompt_style"):
                lines.append(f"| {_judge_label(judges[name])} | {reading} | {ref['heldin'][reading]['perplexity']:.2f} "
                             f"({ref['heldin'][reading]['tokens']:,} tokens) | "
                             f"{ref['heldout'][reading]['perplexity']:.2f} ({ref['heldout'][reading]['tokens']:,} "
                             f"tokens) | {ref[f'ratio_{reading}']:.2f}x |")
    t = d["timing_seconds"]
    lines += ["", f"violations: {d['violations']['violations']} in {d['violations']['continuations']} continuations; "
              f"time per prompt p10/p50/p90: constrained {t['constrained']['p10']:.3f}/{t['constrained']['p50']:.3f}/"
              f"{t['constrained']['p90']:.3f} s, greedy {t['greedy']['p10']:.3f}/{t['greedy']['p50']:.3f}/"
              f"{t['greedy']['p90']:.3f} s, ratio of medians {d['time_ratio_p50']:.2f}x; load "
              f"{results['load_average_start'][0]:.1f} -> {results['load_average_end'][0]:.1f}; mean new tokens, "
              "guided / greedy: "
              + ", ".join(f"{key} {d[key]['new_tokens_mean']['guided']:.1f} / {d[key]['new_tokens_mean']['greedy']:.1f}"
                          for key in ("heldin", "heldout"))]
    return "\n".join(lines) + "\n"


def decoding_main(args, argv) -> int:
    import platform

    from causaltorch.text.model import CausalTransformer
    from causaltorch.tokenizers import CausalTokenizer

    tokenizer = CausalTokenizer.from_pretrained(args.decoding)
    model = CausalTransformer.from_pretrained(args.decoding, tokenizer=tokenizer)
    model.eval()
    rules = knowledge_base()
    results: dict = {"command": " ".join(["python", "benchmarks/text_quality.py", *(argv or sys.argv[1:])]),
                     "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "machine": platform.platform(),
                     "processor": platform.processor(), "load_average_start": os.getloadavg(),
                     "threads": torch.get_num_threads()}
    started = time.perf_counter()
    settings = dataclasses.replace(FULL, steps=args.steps)
    kind = judge_corpus_of(args.decoding) if args.judge_corpus == "auto" else args.judge_corpus
    if kind == "large":
        folder = args.judge_dir if args.judge_dir is not None else Path("runs") / "text_quality_judge_large"
        judge = load_or_train_large_judge(folder, model, args.decoding, args, results)
    else:
        judge = load_or_train_judge(args.judge_dir, settings, results)
        results["judge"].update(corpus="the bundled small corpus (src/causaltorch/data/corpus)", steps=settings.steps)
    judge.tokenizer = tokenizer
    others = {}
    for folder in args.compare_judge_dir or []:
        other, description = load_saved_judge(folder, model, args.decoding)
        other.tokenizer = tokenizer
        others[str(folder)] = other
        results.setdefault("compare_judges", {})[str(folder)] = description
    if args.wording_judge_dir is not None:
        main_log = training_log(Path(results["judge"]["folder"])) if "folder" in results["judge"] else None
        candidates = [Path(main_log["corpus"]["data"])] if main_log and main_log.get("corpus", {}).get("data") else []
        wording, description = load_wording_judge(args.wording_judge_dir, model, args.decoding,
                                                  data_candidates=candidates)
        wording.tokenizer = tokenizer
        others[str(args.wording_judge_dir)] = wording
        results.setdefault("compare_judges", {})[str(args.wording_judge_dir)] = description
    limit = args.case_limit
    cases = {"heldin": heldin_cases(rules)[:limit], "heldout": heldout_cases()[:limit]}
    search = {key: value for key, value in (("lookahead", args.lookahead), ("num_beams", args.num_beams))
              if value is not None}
    results["decoding"] = decoding_quality(model, judge, rules, cases, args.max_new_tokens, args.violation_samples,
                                           search, args.unguided_samples, others, args.sampling_seed)
    if args.reference_per_pair:
        results["grammar_reference"] = grammar_reference(judge, args.reference_per_pair)
        for name, other in others.items():
            results["compare_judges"][name]["grammar_reference"] = grammar_reference(other, args.reference_per_pair)
    results["seconds"] = time.perf_counter() - started
    results["load_average_end"] = os.getloadavg()
    (args.out / f"{args.name}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(decoding_markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
