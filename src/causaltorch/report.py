"""The text demo's report: its pictures and one self-contained HTML page (`write_report`).

Reads a `causaltorch.text.demo.DemoResult` (what `causaltorch.training.demo.run_demo` measured) and writes
``training_curve.png``, ``rules.png``, ``cfs.png`` and ``report.html``. matplotlib is imported only when a
picture is drawn (``pip install 'causaltorch[viz]'``); no Lightning and no terminal output here.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

from causaltorch._files import atomic_path
from causaltorch.errors import require
from causaltorch.rules import CausalRuleSet
from causaltorch.text.demo import CFS_NOTE, DemoResult
from causaltorch.viz import draw_ruleset

__all__ = ["write_report"]


def write_report(result: DemoResult, out: str | Path, rules: CausalRuleSet) -> dict[str, Path]:
    """Write the pictures (``training_curve.png``, ``rules.png``, ``cfs.png``) and ``report.html`` to ``out``.

    The report is self-contained: the pictures are embedded (base64), and also kept beside it.
    Returns the written files by name.
    """
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
