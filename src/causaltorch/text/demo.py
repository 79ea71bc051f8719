"""``causaltorch demo``: train a small causal text model on the bundled corpus and show what rules do.

The pipeline, in order: tokenize the bundled corpus into token files; train a `cnsg` model with Lightning;
measure the Causal Fidelity Score with and without rules on held-in pairs (stated in the training text)
and on held-out pairs (never stated: only an injected rule can produce them); measure perplexity on the
validation text with and without rule biasing; generate one counterfactual (the same prompt under
``do(rain=0)``); save the model and write ``report.html`` with its pictures.

`run_demo` does the work and returns a `DemoResult`; `handler` is the command-line entry that prints it.
"""

from __future__ import annotations

import argparse
import base64
import csv
import html
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from causaltorch._files import atomic_path
from causaltorch.errors import OutputError, require
from causaltorch.rules import CausalRuleSet

__all__ = [
    "DemoResult", "DemoSettings", "FULL", "FidelityRow", "SMOKE", "TrainedModel", "handler", "heldin_cases",
    "heldout_cases", "heldout_rules", "run_demo", "train_model", "write_report",
]

COUNTERFACTUAL_PROMPT = "If it rains,"
COUNTERFACTUAL_DO = {"rain": 0.0}
# CFS and the rule processor read the same surface forms: said wherever the score is shown.
CFS_NOTE = ("CFS counts the effect's surface forms, which are exactly the forms the rule processor biases during "
            "generation, so the score with rules partly measures that bias itself, not how well the text reads "
            "(docs/benchmarks.md also reports fluency judged by a second model).")


@dataclass(frozen=True)
class DemoSettings:
    """Model size, training length and evaluation sizes of one demo run."""

    d_model: int
    n_layers: int
    n_heads: int
    block_size: int  # also the model's max_seq_length
    batch_size: int
    steps: int
    learning_rate: float
    warmup_steps: int
    rule_strength: float  # logit bias per unit effect intensity, for generation and perplexity alike
    max_new_tokens: int
    perplexity_lines: int | None  # validation lines scored (None: all)
    case_limit: int | None  # held-in and held-out cases used (None: all)


# Sized so that the whole demo takes under 3 minutes on one CPU core (docs/benchmarks.md has the timings).
FULL = DemoSettings(d_model=96, n_layers=3, n_heads=4, block_size=64, batch_size=32, steps=600,
                    learning_rate=3e-3, warmup_steps=30, rule_strength=10.0, max_new_tokens=24,
                    perplexity_lines=None, case_limit=None)
SMOKE = DemoSettings(d_model=32, n_layers=1, n_heads=2, block_size=32, batch_size=8, steps=6,
                     learning_rate=3e-3, warmup_steps=2, rule_strength=10.0, max_new_tokens=8,
                     perplexity_lines=16, case_limit=4)


@dataclass(frozen=True)
class FidelityRow:
    """Causal Fidelity Score of one case set, without and with the rules named in ``rules``."""

    cases: str
    prompts: int
    rules: str
    without_rules: float
    with_rules: float


@dataclass
class DemoResult:
    """Everything the demo measured; scores in [0, 1], times in seconds."""

    settings: DemoSettings
    num_parameters: int
    train_tokens: int
    train_seconds: float
    fidelity: list[FidelityRow]
    perplexity: dict[str, float]  # "without rule biasing" first, then one entry per rule set
    perplexity_lines: int
    counterfactual: dict[str, str]  # label -> generated text
    losses: list[tuple[int, float]]  # (step, training loss)


def heldout_cases() -> list[tuple[str, str]]:
    """``(prompt, effect)`` for every prompt of every held-out pair of the bundled corpus."""
    from causaltorch.text.corpus import corpus_path

    data = json.loads((corpus_path("train").parent / "heldout_pairs.json").read_text(encoding="utf-8"))
    return [(prompt, pair["effect"]) for pair in data["pairs"] for prompt in pair["prompts"]]


def heldout_rules(ruleset: CausalRuleSet) -> CausalRuleSet:
    """The rules of ``ruleset`` marked ``metadata["split"] == "heldout"``, with their variables' metadata.

    These are what a user injects at generation to teach the model pairs its training text never stated.
    """
    injected = CausalRuleSet(name="held-out rules")
    for rule in ruleset.rules:
        if rule.metadata.get("split") == "heldout":
            for name in (rule.cause, rule.effect):
                if name not in injected.variables:
                    injected.add_variable(name, **ruleset.variable_metadata(name))
            injected.add_rule(rule)
    return injected


def heldin_cases(ruleset: CausalRuleSet, limit: int | None = None) -> list[tuple[str, str]]:
    """``("If <cause, present tense>,", effect)`` for rules the corpus states, one per cause with one effect.

    Only causes with exactly one excitatory effect (held-out rules included) are used: a continuation
    states one effect, so a cause with several would cap the score below 1 whatever the model does.
    ``limit`` keeps the first cases only (None: all).
    """
    excitatory = [rule for rule in ruleset.rules if rule.strength > 0]
    cases = []
    for rule in excitatory:
        if rule.metadata.get("split") == "heldout" or sum(other.cause == rule.cause for other in excitatory) != 1:
            continue
        present = ruleset.variable_metadata(rule.cause).get("forms", {}).get("present")
        if present:
            cases.append((f"If {present[0]},", rule.effect))
    return cases[:limit] if limit is not None else cases


@dataclass
class TrainedModel:
    """A model trained by `train_model`, with what its training cost."""

    model: Any  # a cnsg model in eval mode, with its tokenizer attached
    train_tokens: int  # tokens in the training token file
    train_seconds: float
    losses: list[tuple[int, float]]  # (step, training loss) from the CSV log


def train_model(out: str | Path, settings: DemoSettings = FULL, seed: int = 0, corpus: Sequence[str] | None = None,
                progress_bar: str = "tqdm") -> TrainedModel:
    """Train the demo's `cnsg` model (the knowledge base as its rules) with Lightning and save it to ``out/model``.

    ``corpus`` is the training text, one document per line (default: the bundled training split). Also
    writes ``out/data/train.bin``, ``out/checkpoints`` and ``out/logs``. ``progress_bar`` as in `make_trainer`.
    """
    import lightning

    from causaltorch.text.corpus import knowledge_base, load_corpus
    from causaltorch.text.model import cnsg
    from causaltorch.tokenizers import CausalTokenizer
    from causaltorch.training.text import CausalLMModule, TokenDataModule, make_trainer
    from causaltorch.training.tokens import prepare_tokens, read_token_file

    out = Path(out)
    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    lines = load_corpus("train") if corpus is None else corpus
    train_file = prepare_tokens(lines, tokenizer, out / "data" / "train.bin")
    lightning.seed_everything(seed, verbose=False)
    model = cnsg(tokenizer.vocab_size, d_model=settings.d_model, n_heads=settings.n_heads, n_layers=settings.n_layers,
                 max_seq_length=settings.block_size, causal_rules=knowledge_base(),
                 eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    model.tokenizer = tokenizer
    started = time.perf_counter()
    data = TokenDataModule(train_file, settings.block_size, settings.batch_size)
    module = CausalLMModule(model, learning_rate=settings.learning_rate, warmup_steps=settings.warmup_steps)
    trainer = make_trainer(settings.steps, out, progress_bar=progress_bar,
                           log_every_n_steps=max(1, settings.steps // 60))
    trainer.fit(module, datamodule=data)
    train_seconds = time.perf_counter() - started
    tokenizer.save_pretrained(out / "model")
    return TrainedModel(model.eval(), len(read_token_file(train_file)), train_seconds,
                        _training_losses(Path(trainer.logger.log_dir) / "metrics.csv"))


def run_demo(out: str | Path, settings: DemoSettings = FULL, seed: int = 0,
             on_stage: Callable[[str], None] | None = None, progress_bar: str = "tqdm") -> DemoResult:
    """Train, evaluate and save the demo model under ``out``; return what was measured.

    Writes what `train_model` writes. ``on_stage(description)`` is called as each stage starts.
    Pictures and the report are written by `write_report`.

    Raises:
        OutputError: ``out`` is a file.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file; give a folder.")
    stage = on_stage or (lambda description: None)
    from causaltorch.metrics.text import calculate_cfs, perplexity
    from causaltorch.text.corpus import knowledge_base, load_corpus

    stage(f"Training {settings.steps} steps on the bundled corpus")
    trained = train_model(out, settings, seed, progress_bar=progress_bar)
    model, tokenizer, rules = trained.model, trained.model.tokenizer, knowledge_base()

    limit, strength = settings.case_limit, settings.rule_strength
    injected = heldout_rules(rules)
    fidelity = []
    for name, cases, guide, label in (
        ("held-in pairs", heldin_cases(rules, limit), rules, "the knowledge base"),
        ("held-out pairs", heldout_cases()[:limit], injected, f"{len(injected)} held-out rules, injected"),
    ):
        scores = []
        for guided in (False, True):
            stage(f"Causal Fidelity Score, {name}, {'with' if guided else 'without'} rules")
            scores.append(calculate_cfs(model, cases, tokenizer, rules=guide if guided else None,
                                        rule_strength=strength, max_new_tokens=settings.max_new_tokens))
        fidelity.append(FidelityRow(name, len(cases), label, *scores))
    valid = load_corpus("valid")[:settings.perplexity_lines]
    perplexities = {}
    for label, guide in (("without rule biasing", None), ("with the held-out rules", injected),
                         ("with the knowledge base", rules)):
        stage(f"Perplexity on the validation text, {label}")
        perplexities[label] = perplexity(model, valid, tokenizer, rules=guide, rule_strength=strength)

    stage("Counterfactual generation")
    counterfactual = {}
    for label, interventions in (("with the rules", None), (_do_label(COUNTERFACTUAL_DO), COUNTERFACTUAL_DO)):
        counterfactual[label] = model.generate(COUNTERFACTUAL_PROMPT, max_new_tokens=settings.max_new_tokens,
                                               do_sample=False, rule_strength=strength,
                                               causal_interventions=interventions)
    return DemoResult(
        settings=settings, num_parameters=model.num_parameters(), train_tokens=trained.train_tokens,
        train_seconds=trained.train_seconds, fidelity=fidelity, perplexity=perplexities, perplexity_lines=len(valid),
        counterfactual=counterfactual, losses=trained.losses,
    )


def _do_label(interventions: dict[str, float]) -> str:
    return "do(" + ", ".join(f"{name}={value:g}" for name, value in interventions.items()) + ")"


def _training_losses(metrics_file: Path) -> list[tuple[int, float]]:
    """``(step, train_loss)`` rows of a Lightning CSV log."""
    with metrics_file.open(newline="", encoding="utf-8") as handle:
        return [(int(row["step"]), float(row["train_loss"])) for row in csv.DictReader(handle) if row.get("train_loss")]


# ---------------------------------------------------------------------------------------- report
def write_report(result: DemoResult, out: str | Path, rules: CausalRuleSet) -> dict[str, Path]:
    """Write the pictures (``training_curve.png``, ``rules.png``, ``cfs.png``) and ``report.html`` to ``out``.

    The report is self-contained: the pictures are embedded (base64), and also kept beside it.
    Returns the written files by name.
    """
    from causaltorch.viz import draw_ruleset

    require("matplotlib", "viz", "the demo report")
    out = Path(out)
    files = {
        "training curve": _save_png(_loss_figure(result.losses), out / "training_curve.png"),
        "rule graph": draw_ruleset(_weather_rules(rules), out / "rules.png",
                                   title="weather rules of the knowledge base (held-out ones included)"),
        "CFS bars": _save_png(_cfs_figure(result), out / "cfs.png"),
    }
    report = out / "report.html"
    with atomic_path(report) as temporary:
        temporary.write_text(_report_html(result, files), encoding="utf-8")
    files["report"] = report
    return files


def _weather_rules(rules: CausalRuleSet) -> CausalRuleSet:
    """The weather domain of the knowledge base: small enough to read as a picture."""
    weather = CausalRuleSet(name="weather")
    for rule in rules.rules:
        if rules.variable_metadata(rule.cause).get("domain") == "weather":
            weather.add_rule(rule)
    return weather


def _save_png(figure: Any, path: Path) -> Path:
    with atomic_path(path) as temporary:
        figure.savefig(temporary, format="png", dpi=110)
    return path


def _loss_figure(losses: list[tuple[int, float]]) -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3.2), layout="constrained")
    axes = figure.add_subplot()
    axes.plot([step for step, _ in losses], [loss for _, loss in losses], color="#1f77b4")
    axes.set_xlabel("step")
    axes.set_ylabel("training loss (nats/token)")
    axes.set_title("training curve")
    axes.grid(alpha=0.3)
    return figure


def _cfs_figure(result: DemoResult) -> Any:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3.2), layout="constrained")
    axes = figure.add_subplot()
    rows = result.fidelity
    width = 0.38
    for offset, guided, color in ((-width / 2, False, "#999999"), (width / 2, True, "#2ca02c")):
        values = [row.with_rules if guided else row.without_rules for row in rows]
        bars = axes.bar([i + offset for i in range(len(rows))], values, width, color=color,
                        label="with rules" if guided else "without rules")
        axes.bar_label(bars, fmt="%.2f", fontsize=8)
    axes.set_xticks(range(len(rows)), [f"{row.cases} ({row.prompts} prompts)\nrules: {row.rules}" for row in rows],
                    fontsize=8)
    axes.set_ylim(0, 1.25)
    axes.set_ylabel("Causal Fidelity Score")
    axes.legend(loc="upper center", ncols=2, fontsize=8)
    axes.set_title("share of cause prompts whose continuation states the effect")
    return figure


def _embedded(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _report_html(result: DemoResult, files: dict[str, Path]) -> str:
    s = result.settings
    escape = html.escape
    cfs_rows = "".join(
        f"<tr><td>{escape(row.cases)} ({row.prompts} prompts)</td><td>{escape(row.rules)}</td>"
        f"<td>{row.without_rules:.3f}</td><td>{row.with_rules:.3f}</td></tr>"
        for row in result.fidelity
    )
    baseline = next(iter(result.perplexity.values()))
    ppl_rows = "".join(
        f"<tr><td>{escape(label)}</td><td>{value:.3f}</td><td>{100 * (value / baseline - 1):+.1f}%</td></tr>"
        for label, value in result.perplexity.items()
    )
    counterfactual = "".join(f"<tr><td>{escape(label)}</td><td>{escape(text)}</td></tr>"
                             for label, text in result.counterfactual.items())
    pictures = "".join(f'<figure><img alt="{escape(name)}" src="{_embedded(path)}"><figcaption>{escape(name)}'
                       f"</figcaption></figure>" for name, path in files.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CausalTorch text demo</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:.3em .7em;text-align:left}}
figure{{display:inline-block;margin:.5em}}img{{max-width:28em}}</style></head><body>
<h1>CausalTorch text demo</h1>
<p>A cnsg model ({result.num_parameters:,} parameters: d_model {s.d_model}, {s.n_layers} layers, {s.n_heads} heads,
context {s.block_size}) trained for {s.steps} steps of {s.batch_size}&times;{s.block_size} tokens on the bundled
corpus ({result.train_tokens:,} tokens) in {result.train_seconds:.0f} s.</p>
<h2>Causal Fidelity Score</h2>
<p>Share of cause prompts whose greedy continuation ({s.max_new_tokens} new tokens at most) states the expected
effect, matched on its surface forms as whole words. Held-out pairs never appear in the training text: only rules
given at generation can produce them.</p>
<table><tr><th>case set</th><th>rules given</th><th>without rules</th><th>with rules</th></tr>{cfs_rows}</table>
<p>{escape(CFS_NOTE)}</p>
<p>Rule strength {s.rule_strength:g} (logit bias per unit effect intensity), for generation and perplexity alike.</p>
<h2>Perplexity</h2>
<p>Validation text ({result.perplexity_lines} lines); with rule biasing, every next-token distribution first passes
through the same rule processor that guides generation.</p>
<table><tr><th>scoring</th><th>perplexity</th><th>change</th></tr>{ppl_rows}</table>
<h2>Counterfactual</h2>
<p>The same prompt, the same model, greedy: with the rules, and with the intervention that rain is absent.</p>
<table>{counterfactual}</table>
<h2>Pictures</h2>
{pictures}
</body></html>
"""


# ---------------------------------------------------------------------------------------- command line
def handler(args: argparse.Namespace, console: Any) -> None:
    """``causaltorch demo [--out runs/demo] [--smoke] [--seed N]``: run the demo and print its tables."""
    import torch
    from rich import box
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.table import Table
    from rich.text import Text

    from causaltorch.text.commands import quiet_lightning
    from causaltorch.text.corpus import knowledge_base
    from causaltorch.text.surface_forms import SurfaceFormMatcher

    settings = SMOKE if args.smoke else FULL
    if args.out.exists() and not args.out.is_dir():
        raise OutputError(f"--out {args.out} is a file; give a folder.")
    needed = (("lightning", "text"), ("tokenizers", "text"), ("safetensors", "text"), ("matplotlib", "viz"))
    for module, extra in needed:
        require(module, extra, "the demo")  # before training, not at the report
    quiet_lightning(args.verbose)
    started = time.perf_counter()
    # One intra-op thread: this model's matrices are small, and on a machine where anything else runs, a
    # second OpenMP thread spin-waits for a core (measured: 174 s with one thread, 476-719 s with two,
    # under other load; docs/benchmarks.md). The numbers are the same either way.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                      transient=True) as progress:
            task = progress.add_task("Starting", total=None)
            result = run_demo(args.out, settings, args.seed,
                              on_stage=lambda description: progress.update(task, description=description))
    finally:
        torch.set_num_threads(threads)
    rules = knowledge_base()
    files = write_report(result, args.out, rules)
    elapsed = time.perf_counter() - started

    def say(text: str) -> None:
        console.print(text, markup=False, highlight=False, soft_wrap=True)

    def table(*columns: str, left: int = 1) -> Table:
        """Plain-text columns, the first ``left`` of them left-aligned, the rest (numbers) right-aligned."""
        grid = Table(box=box.SIMPLE_HEAVY, pad_edge=False, show_edge=False)
        for i, column in enumerate(columns):
            grid.add_column(Text(column), justify="left" if i < left else "right")
        return grid

    s = result.settings
    layers = f"{s.n_layers} layer" + ("s" if s.n_layers != 1 else "")
    say(f"Trained a cnsg model ({result.num_parameters:,} parameters; d_model {s.d_model}, {layers}) for "
        f"{s.steps} steps on the bundled corpus ({result.train_tokens:,} tokens) in {result.train_seconds:.0f} s.")
    say("")
    say("Causal Fidelity Score: share of cause prompts whose greedy continuation states the effect")
    scores = table("case set", "rules given", "without rules", "with rules", left=2)
    for row in result.fidelity:
        scores.add_row(Text(f"{row.cases} ({row.prompts} prompts)"), Text(row.rules), f"{row.without_rules:.3f}",
                       f"{row.with_rules:.3f}")
    console.print(scores)
    say("Held-out pairs never appear in the training text; only rules given at generation produce them. "
        f"Rule strength {s.rule_strength:g}.")
    say(CFS_NOTE)
    say("")
    baseline = next(iter(result.perplexity.values()))
    ppl = table(f"perplexity on validation text ({result.perplexity_lines} lines)", "value", "change")
    for label, value in result.perplexity.items():
        ppl.add_row(Text(label), f"{value:.3f}", f"{100 * (value / baseline - 1):+.1f}%")
    console.print(ppl)
    say("")
    say(f"Counterfactual: the same prompt {COUNTERFACTUAL_PROMPT!r}, with the rules and under "
        f"{_do_label(COUNTERFACTUAL_DO)}")
    matcher = SurfaceFormMatcher(rules)
    examples = table("generation", "text", "rule variables stated after the prompt", left=3)
    for label, text in result.counterfactual.items():
        complete, at_end = matcher.scan(text, len(COUNTERFACTUAL_PROMPT))
        stated = ", ".join(rules.variables[i] for i in sorted(complete | at_end)) or "none"
        examples.add_row(Text(label), Text(text), Text(stated))
    console.print(examples)
    say("")
    say(f"wrote {args.out / 'model'}  (config.json, model.safetensors, tokenizer)")
    for name, path in files.items():
        say(f"wrote {path}  ({name})")
    say(f"done in {elapsed:.0f} s")
