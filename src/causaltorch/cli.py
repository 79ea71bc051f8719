"""The ``causaltorch`` command line.

    causaltorch rules validate FILE            load and check a rule file
    causaltorch rules show FILE                the rules as a table
    causaltorch rules draw FILE -o graph.png   the graph as a picture
    causaltorch scm sample RULES -n 1000 [--do rain=1] [--csv out.csv]
    causaltorch scm counterfactual RULES --observed rain=1,wet_ground=1 --do rain=0
    causaltorch scm demo [--out runs/scm-demo] do(), counterfactuals and time on the weather rules
    causaltorch demo [--out runs/demo] [--smoke]  train a small causal text model; rules vs none (text.demo)

RULES is a rule-file path (.json / .yaml) or a bundled rule set by name (``weather``, ``medical``).
This module is the only one that writes to the terminal. Bad input of any kind is reported as one
line ``error: <message>`` on stderr with exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import logging
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from causaltorch import __version__
from causaltorch._files import atomic_path
from causaltorch.errors import CausalTorchError, DataError, InterventionError
from causaltorch.mechanisms import MECHANISMS
from causaltorch.rules import CausalRuleSet
from causaltorch.scm import StructuralCausalModel

__all__ = ["main", "parse_assignments"]

# Feature areas add their subcommands through `add_commands(subparsers)` in these modules. Each module
# must import lightly (heavy libraries inside its handlers), since every command builds the full parser.
# A handler has the signature `handler(args, console)` and raises CausalTorchError on bad input.
_COMMAND_MODULES: tuple[str, ...] = (
    "causaltorch.discovery.commands",
    "causaltorch.text.commands",
    "causaltorch.ethics.commands",
    "causaltorch.video.commands",
    "causaltorch.vision.commands",
)

_ASSIGNMENT_FORM = "name=value[,name=value]"
_UNKNOWN_NOTE = (
    "unknown: the evidence does not determine this variable (it depends on noise or an unobserved cause "
    "that the observation cannot pin down); observe more variables to determine it."
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``) and return the exit code.

    0 on success; 2 on bad input (usage errors, invalid rule files, unknown variables, unreadable or
    unwritable files), with one ``error: …`` line on stderr. A command may return its own code for a
    verdict (``ethics check`` returns 1 when the text is blocked).
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has printed its message
        return exc.code if isinstance(exc.code, int) else 0
    _configure_logging(args.verbose)
    console = Console(file=sys.stdout, highlight=False)
    try:
        code = args.handler(args, console)
    except CausalTorchError as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", code=130)
    return code if isinstance(code, int) else 0


def _fail(message: str, code: int = 2) -> int:
    sys.stderr.write(f"error: {' '.join(message.split())}\n")
    return code


def _configure_logging(verbose: bool) -> None:
    # Library code logs; the command line shows its warnings (why a counterfactual is unknown …) on -v.
    logging.basicConfig(format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("causaltorch").setLevel(logging.INFO if verbose else logging.ERROR)


# ---------------------------------------------------------------------------------------- parsing
def parse_assignments(items: Sequence[str] | None, option: str,
                      error: type[CausalTorchError] = InterventionError) -> dict[str, float]:
    """``["rain=1,clouds=0", "night=1"]`` → ``{"rain": 1.0, "clouds": 0.0, "night": 1.0}``.

    Each item may hold several comma-separated ``name=value`` pairs; values must be finite numbers.
    Raises ``error`` (a `CausalTorchError`) naming ``option`` and the expected form on bad syntax or
    on a name given twice.
    """
    values: dict[str, float] = {}
    for item in items or []:
        for pair in item.split(","):
            name, sep, text = (part.strip() for part in pair.partition("="))
            if not sep or not name:
                raise error(f"{option} got {pair.strip()!r}; expected the form {_ASSIGNMENT_FORM}, e.g. rain=1.")
            try:
                value = float(text)
            except ValueError:
                raise error(
                    f"{option} got {pair.strip()!r}: {text!r} is not a number; expected the form "
                    f"{_ASSIGNMENT_FORM} with numeric values, e.g. rain=1."
                ) from None
            if not math.isfinite(value):
                raise error(f"{option} got {pair.strip()!r}: the value must be a finite number.")
            if name in values:
                raise error(f"{option} gives {name!r} twice; give each variable once.")
            values[name] = value
    return values


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        _fail(f"{message} (see: {self.prog} --help)")
        raise SystemExit(2)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="causaltorch",
        description="Causal rules, structural causal models, interventions and counterfactuals.",
    )
    parser.add_argument("--version", action="version", version=f"causaltorch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the library's log messages")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rules = commands.add_parser("rules", help="validate, show or draw a rule file")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    validate = rules_commands.add_parser("validate", help="load a rule file and report what it holds")
    validate.add_argument("file", metavar="FILE", help="rule file (.json/.yaml) or bundled name")
    validate.set_defaults(handler=_cmd_rules_validate)
    show = rules_commands.add_parser("show", help="print the rules as a table")
    show.add_argument("file", metavar="FILE", help="rule file (.json/.yaml) or bundled name")
    show.set_defaults(handler=_cmd_rules_show)
    draw = rules_commands.add_parser("draw", help="draw the causal graph to an image")
    draw.add_argument("file", metavar="FILE", help="rule file (.json/.yaml) or bundled name")
    draw.add_argument("-o", "--output", default="graph.png", help="image file (default: graph.png)")
    draw.add_argument("--title", default=None, help="figure title (default: the rule set's name)")
    draw.set_defaults(handler=_cmd_rules_draw)

    scm = commands.add_parser("scm", help="sample or ask counterfactuals of a structural causal model")
    scm_commands = scm.add_subparsers(dest="scm_command", required=True, metavar="ACTION")
    sample = scm_commands.add_parser("sample", help="draw samples, optionally under do()")
    sample.add_argument("rules", metavar="RULES", help="rule file (.json/.yaml) or bundled name")
    sample.add_argument("-n", "--num-samples", type=int, default=1000, help="samples to draw (default: 1000)")
    sample.add_argument("--do", action="append", metavar=_ASSIGNMENT_FORM,
                        help="intervention(s); repeat or separate with commas")
    sample.add_argument("--mechanism", choices=MECHANISMS, default=None,
                        help="one mechanism for every variable (default: the rules' own, else noisy_or)")
    sample.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    sample.add_argument("--csv", type=Path, default=None, help="also write every sample to this CSV file")
    sample.set_defaults(handler=_cmd_scm_sample)
    counterfactual = scm_commands.add_parser(
        "counterfactual", help="what would the observed unit have looked like under do()?")
    counterfactual.add_argument("rules", metavar="RULES", help="rule file (.json/.yaml) or bundled name")
    counterfactual.add_argument("--observed", action="append", required=True, metavar=_ASSIGNMENT_FORM,
                                help="the evidence; repeat or separate with commas")
    counterfactual.add_argument("--do", action="append", required=True, metavar=_ASSIGNMENT_FORM,
                                help="intervention(s); repeat or separate with commas")
    counterfactual.add_argument("--samples", type=int, default=1000,
                                help="draws from the posterior, for the std column (default: 1000)")
    counterfactual.add_argument("--mechanism", choices=MECHANISMS, default=None,
                                help="one mechanism for every variable (default: the rules' own, else noisy_or)")
    counterfactual.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    counterfactual.set_defaults(handler=_cmd_scm_counterfactual)
    scm_demo = scm_commands.add_parser("demo", help="do(), counterfactuals and time on the bundled weather rules")
    scm_demo.add_argument("--out", type=Path, default=Path("runs/scm-demo"),
                          help="output folder (default: runs/scm-demo)")
    scm_demo.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    scm_demo.add_argument("-n", "--num-samples", type=int, default=20000, help="samples per world (default: 20000)")
    scm_demo.set_defaults(handler=_cmd_demo)

    demo = commands.add_parser("demo", help="train a small causal text model and show what its rules do")
    demo.add_argument("--out", type=Path, default=Path("runs/demo"), help="output folder (default: runs/demo)")
    demo.add_argument("--smoke", action="store_true", help="a tiny model and a few steps: the same path in seconds")
    demo.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    demo.set_defaults(handler=_cmd_text_demo)
    for module in _COMMAND_MODULES:
        importlib.import_module(module).add_commands(commands)
    return parser


# ---------------------------------------------------------------------------------------- output helpers
def _say(console: Console, text: str) -> None:
    """A plain line: no markup, no highlighting, never wrapped (paths stay copyable)."""
    console.print(text, markup=False, highlight=False, soft_wrap=True)


def _number(value: float) -> str:
    return "unknown" if math.isnan(value) else f"{value:.3f}"


def _table(*columns: str, align: str = "l") -> Table:
    """A table whose cells are plain text (no markup: ``E[flooding]`` stays as written) and never cut.

    ``align`` gives each column's justification, ``l`` or ``r``; columns past its end are right-aligned.
    """
    table = Table(box=box.SIMPLE_HEAVY, pad_edge=False, show_edge=False, collapse_padding=True)
    for i, name in enumerate(columns):
        justify = "left" if i < len(align) and align[i] == "l" else "right"
        table.add_column(Text(name), justify=justify, overflow="fold", no_wrap=i == 0)
    return table


def _add_row(table: Table, *cells: str) -> None:
    table.add_row(*(Text(cell) for cell in cells))


def _do_text(interventions: dict[str, float]) -> str:
    return ", ".join(f"{name}={value:g}" for name, value in interventions.items())


def _build_scm(rules: str, mechanism: str | None, seed: int) -> StructuralCausalModel:
    ruleset = CausalRuleSet.load(rules)
    torch.manual_seed(seed)  # before building: learned mechanisms draw their initial weights
    return StructuralCausalModel(ruleset, mechanisms=mechanism)


def _write_csv(path: Path, header: list[str], rows: torch.Tensor) -> Path:
    """Write ``rows [n, d]`` under a header row, atomically (temporary file in the folder, then rename)."""
    with atomic_path(path) as temporary, temporary.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerow(header)
        np.savetxt(handle, rows.detach().cpu().double().numpy(), delimiter=",", fmt="%.6g")
    return path


# ---------------------------------------------------------------------------------------- rules
def _cmd_rules_validate(args: argparse.Namespace, console: Console) -> None:
    ruleset = CausalRuleSet.load(args.file)
    temporal = sum(rule.is_temporal for rule in ruleset.rules)
    _say(console, f"OK: {len(ruleset.variables)} variables, {len(ruleset)} rules ({temporal} temporal)")


def _cmd_rules_show(args: argparse.Namespace, console: Console) -> None:
    ruleset = CausalRuleSet.load(args.file)
    _say(console, f"{ruleset.name or args.file}: {len(ruleset.variables)} variables, {len(ruleset)} rules")
    table = _table("cause", "effect", "strength", "kind", "temporal offset", "duration", align="llrl")
    for rule in ruleset.rules:
        _add_row(
            table, rule.cause, rule.effect, f"{rule.strength:g}", "inhibitory" if rule.strength < 0 else "excitatory",
            str(rule.temporal_offset), "—" if rule.duration is None else str(rule.duration),
        )
    console.print(table)


def _cmd_rules_draw(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.viz import draw_ruleset

    ruleset = CausalRuleSet.load(args.file)
    path = draw_ruleset(ruleset, args.output, title=args.title)
    _say(console, f"wrote {path}")


# ---------------------------------------------------------------------------------------- scm
def _cmd_scm_sample(args: argparse.Namespace, console: Console) -> None:
    interventions = parse_assignments(args.do, "--do")
    if args.num_samples < 1:
        raise DataError(f"-n must be a positive number of samples, got {args.num_samples}.")
    if args.csv is not None:
        args.csv.parent.mkdir(parents=True, exist_ok=True)  # fail before sampling, not after
    scm = _build_scm(args.rules, args.mechanism, args.seed)
    model = scm.do(interventions) if interventions else scm
    samples = model.sample(args.num_samples)  # (n, d)
    mechanism = f"mechanism {args.mechanism}" if args.mechanism else "mechanisms from the rules"
    under = f" under do({_do_text(interventions)})" if interventions else ""
    _say(console, f"{args.num_samples} samples of {scm.ruleset.name or args.rules} ({mechanism}, "
                  f"seed {args.seed}){under}")
    table = _table("variable", "do", "mean", "std")
    means, stds = samples.mean(dim=0), samples.std(dim=0, correction=0)
    for i, name in enumerate(scm.variables):
        fixed = f"= {interventions[name]:g}" if name in interventions else ""
        _add_row(table, name, fixed, _number(float(means[i])), _number(float(stds[i])))
    console.print(table)
    if interventions:
        _say(console, "do: fixed by the intervention (its incoming edges are cut, its descendants recomputed)")
    if args.csv is not None:
        path = _write_csv(args.csv, scm.variables, samples)
        _say(console, f"wrote {args.num_samples} samples to {path}")


def _print_counterfactual(console: Console, scm: StructuralCausalModel, observed: dict[str, float],
                          interventions: dict[str, float], num_samples: int, heading: str = "") -> None:
    """Abduction, action, prediction for one observed unit, printed as a table with its notes.

    The "counterfactual" column is the expectation over the posterior of the noise given the observation
    (exact for noisy-OR models); "std" is the spread of ``num_samples`` draws from that posterior.
    """
    if num_samples < 1:
        raise DataError(f"--samples must be a positive number, got {num_samples}.")
    expected = scm.counterfactual(observed, interventions, strict=False)[0]                      # (d,)
    draws = scm.counterfactual(observed, interventions, num_samples=num_samples, strict=False)  # (n, d)
    _say(console, f"{heading}Counterfactual: observed {_do_text(observed)}; what if do({_do_text(interventions)})?")
    table = _table("variable", "observed", "do", "counterfactual", "std")
    any_unknown = False
    for i, name in enumerate(scm.variables):
        column = draws[:, i]
        unknown = bool(expected[i].isnan())
        any_unknown |= unknown
        varies = not unknown and float(column.max() - column.min()) > 1e-6
        _add_row(
            table, name,
            f"{observed[name]:g}" if name in observed else "",
            f"= {interventions[name]:g}" if name in interventions else "",
            "unknown" if unknown else _number(float(expected[i])),
            _number(float(column.std(correction=0))) if varies else "",
        )
    console.print(table)
    _say(console, "counterfactual: the expectation over every noise value consistent with the observation (for a "
                  "0/1 variable, the probability that it is 1).")
    _say(console, f"std: spread over {num_samples} draws from that posterior; blank where every draw agrees.")
    if any_unknown:
        _say(console, _UNKNOWN_NOTE)


def _cmd_scm_counterfactual(args: argparse.Namespace, console: Console) -> None:
    observed = parse_assignments(args.observed, "--observed", DataError)
    interventions = parse_assignments(args.do, "--do")
    scm = _build_scm(args.rules, args.mechanism, args.seed)
    _print_counterfactual(console, scm, observed, interventions, args.samples)


# ---------------------------------------------------------------------------------------- demo
def _cmd_text_demo(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.text.demo import handler

    handler(args, console)


def _relation(ruleset: CausalRuleSet, target: str, name: str) -> str:
    if name == target:
        return "intervened"
    if name in ruleset.ancestors(target, instantaneous_only=True):
        return "ancestor"
    if name in ruleset.descendants(target, instantaneous_only=True):
        return "descendant"
    if name in ruleset.descendants(target):
        return "lagged descendant"
    if name in ruleset.ancestors(target):
        return "lagged ancestor"
    return "unrelated"


def _cmd_demo(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.viz import draw_ruleset

    if args.num_samples < 1:
        raise DataError(f"-n must be a positive number of samples, got {args.num_samples}.")
    args.out.mkdir(parents=True, exist_ok=True)  # fail before the work, not after
    n, seed = args.num_samples, args.seed
    scm = _build_scm("weather", None, seed)
    ruleset = scm.ruleset

    # (1) Interventions. Each world is drawn from the same seed, so variables evaluated before rain
    # (its ancestors) get the very same noise in every world: their means agree to the last digit.
    worlds = {}
    for label, interventions in (("observational", {}), ("do(rain=1)", {"rain": 1.0}), ("do(rain=0)", {"rain": 0.0})):
        torch.manual_seed(seed)
        worlds[label] = (scm.do(interventions) if interventions else scm).sample(n)  # (n, d)
    means = {label: samples.mean(dim=0) for label, samples in worlds.items()}
    _say(console, f"1. Intervening on rain: mean of each variable ({n} samples per world, seed {seed})")
    table = _table("variable", "relation to rain", "observational", "do(rain=1)", "do(rain=0)", "effect",
                   align="ll")
    for i, name in enumerate(scm.variables):
        effect = float(means["do(rain=1)"][i] - means["do(rain=0)"][i])
        _add_row(table, name, _relation(ruleset, "rain", name),
                 *(_number(float(m[i])) for m in means.values()), f"{effect:+.3f}")
    console.print(table)
    _say(console, "effect = mean under do(rain=1) − mean under do(rain=0). Descendants move; ancestors keep their "
                  "observational mean; unrelated variables differ only by sampling noise. A lagged descendant "
                  "responds in later steps, not in the same sample (table 3).")
    _say(console, "")

    # (2) A counterfactual about one observed unit.
    torch.manual_seed(seed)
    observed, action = {"rain": 1.0, "wet_ground": 1.0}, {"rain": 0.0}
    _print_counterfactual(console, scm, observed, action, num_samples=1000, heading="2. ")
    _say(console, "")

    # (3) Time: a single rain event and the lagged, held flooding it causes.
    steps, rain_step = 12, 3
    rule = ruleset.get_rule("rain", "flooding")
    torch.manual_seed(seed)
    trajectory = scm.rollout(steps, {"rain": {t: 1.0 if t == rain_step else 0.0 for t in range(steps)}},
                             n=n, as_dict=True)  # {variable: (n, steps)}
    first, last = rain_step + rule.temporal_offset, rain_step + rule.temporal_offset + rule.hold - 1
    _say(console, f"3. Rollout over {steps} steps with do(rain=1) at step {rain_step} only (mean over {n} runs)")
    table = _table("step", "do(rain)", "E[wet_ground]", "E[flooding]", "flooding", align="rrrrl")
    wet, flood = trajectory["wet_ground"].mean(dim=0), trajectory["flooding"].mean(dim=0)
    for t in range(steps):
        _add_row(table, str(t), "1" if t == rain_step else "0", _number(float(wet[t])), _number(float(flood[t])),
                 "█" * round(20 * float(flood[t])))
    console.print(table)
    _say(console, f"rain -> flooding has offset {rule.temporal_offset} and duration {rule.hold}: wet_ground "
                  f"responds at once, flooding appears at step {first} and lasts through step {last}.")
    _say(console, "")

    # (4) Files.
    graph = draw_ruleset(ruleset, args.out / "graph.png", title="weather rules")
    samples = _write_csv(args.out / "samples.csv", scm.variables, worlds["observational"])
    _say(console, f"wrote {graph}  (the causal graph)")
    _say(console, f"wrote {samples}  ({n} observational samples)")
