"""``causaltorch demo [--out runs/demo] [--smoke] [--seed N]``: train a small causal text model and show what rules do.

The work is the library's (`causaltorch.training.demo.run_demo` trains and measures, `causaltorch.report`
draws and writes the report); this module checks the setup, shows a spinner with the current stage and prints
the results as tables.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from causaltorch.cli._args import output_folder
from causaltorch.cli._ui import add_row, quiet_lightning, say, stages, table
from causaltorch.errors import require

if TYPE_CHECKING:
    from causaltorch.rules import CausalRuleSet
    from causaltorch.text.demo import DemoResult

__all__ = ["add_commands"]

# Every optional dependency of the demo, checked before training rather than at the report.
_NEEDED = (("lightning", "text"), ("tokenizers", "text"), ("safetensors", "text"), ("matplotlib", "viz"))
# What the demo writes inside --out, checked before training rather than when the report is written.
_FILES = ("model/config.json", "model/model.safetensors", "model/tokenizer.json", "model/tokenizer_config.json",
          "data/train.bin", "checkpoints/last.ckpt", "logs/version_0/metrics.csv", "training_curve.png", "rules.png",
          "cfs.png", "report.html")


def add_commands(subparsers: Any) -> None:
    """Register ``demo``."""
    demo = subparsers.add_parser("demo", help="train a small causal text model and show what its rules do")
    demo.add_argument("--out", type=Path, default=Path("runs/demo"), help="output folder (default: runs/demo)")
    demo.add_argument("--smoke", action="store_true", help="a tiny model and a few steps: the same path in seconds")
    demo.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    demo.set_defaults(handler=_cmd_demo)


def _cmd_demo(args: argparse.Namespace, console: Console) -> None:
    import torch

    from causaltorch.text.demo import FULL, SMOKE

    settings = SMOKE if args.smoke else FULL
    output_folder(args.out, files=_FILES)
    for module, extra in _NEEDED:
        require(module, extra, "the demo")
    quiet_lightning(args.verbose)
    from causaltorch.report import write_report
    from causaltorch.text.corpus import knowledge_base
    from causaltorch.training.demo import run_demo

    started = time.perf_counter()
    # One intra-op thread: this model's matrices are small, and on a machine where anything else runs, a
    # second OpenMP thread spin-waits for a core (measured: 174 s with one thread, 476-719 s with two,
    # under other load; docs/benchmarks.md). The numbers are the same either way.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with stages(console) as on_stage:
            result = run_demo(args.out, settings, args.seed, on_stage=on_stage)
    except KeyboardInterrupt:  # the demo starts over when run again: no checkpoint to point at
        raise KeyboardInterrupt from None
    finally:
        torch.set_num_threads(threads)
    rules = knowledge_base()
    files = write_report(result, args.out, rules)
    elapsed = time.perf_counter() - started
    _print_result(console, result, rules)
    say(console, f"wrote {args.out / 'model'}  (config.json, model.safetensors, tokenizer)")
    for name, path in files.items():
        say(console, f"wrote {path}  ({name})")
    say(console, f"done in {elapsed:.0f} s")


def _print_result(console: Console, result: DemoResult, rules: CausalRuleSet) -> None:
    """The demo's measurements as three tables with their notes."""
    from causaltorch.text.demo import CFS_NOTE, COUNTERFACTUAL_LABEL, COUNTERFACTUAL_PROMPT
    from causaltorch.text.surface_forms import SurfaceFormMatcher

    s = result.settings
    layers = f"{s.n_layers} layer" + ("s" if s.n_layers != 1 else "")
    say(console, f"Trained a cnsg model ({result.num_parameters:,} parameters; d_model {s.d_model}, {layers}) for "
                 f"{s.steps} steps on the bundled corpus ({result.train_tokens:,} tokens) in "
                 f"{result.train_seconds:.0f} s.")
    say(console, "")
    say(console, "Causal Fidelity Score: share of cause prompts whose greedy continuation states the effect")
    scores = table("case set", "rules given", "without rules", "with rules", align="ll", compact=False)
    for row in result.fidelity:
        add_row(scores, f"{row.cases} ({row.prompts} prompts)", row.rules, f"{row.without_rules:.3f}",
                f"{row.with_rules:.3f}")
    console.print(scores)
    say(console, "Held-out pairs never appear in the training text; only rules given at generation produce them. "
                 f"Rule strength {s.rule_strength:g}.")
    say(console, CFS_NOTE)
    say(console, "")
    baseline = next(iter(result.perplexity.values()))
    ppl = table(f"perplexity on validation text ({result.perplexity_lines} lines)", "value", "change", compact=False)
    for label, value in result.perplexity.items():
        add_row(ppl, label, f"{value:.3f}", f"{100 * (value / baseline - 1):+.1f}%")
    console.print(ppl)
    say(console, "")
    say(console, f"Counterfactual: the same prompt {COUNTERFACTUAL_PROMPT!r}, with the rules and under "
                 f"{COUNTERFACTUAL_LABEL}")
    matcher = SurfaceFormMatcher(rules)
    examples = table("generation", "text", "rule variables stated after the prompt", align="lll", compact=False)
    for label, text in result.counterfactual.items():
        complete, at_end = matcher.scan(text, len(COUNTERFACTUAL_PROMPT), skip_negated=True)
        stated = ", ".join(rules.variables[i] for i in sorted(complete | at_end)) or "none"
        add_row(examples, label, text, stated)
    console.print(examples)
    say(console, "")
