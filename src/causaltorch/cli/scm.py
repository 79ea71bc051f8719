"""``causaltorch scm …``: sample a structural causal model, ask it counterfactuals, and a guided demo.

    causaltorch scm sample RULES -n 1000 [--do rain=1] [--csv out.csv | --csv - | --parquet out.parquet]
    causaltorch scm counterfactual RULES --observed rain=1,wet_ground=1 --do rain=0
    causaltorch scm demo [--out runs/scm-demo]   do(), counterfactuals and time on the weather rules

RULES is a rule-file path (.json / .yaml) or a bundled rule set by name (``weather``, ``medical``).

``scm sample`` draws its samples in chunks of bounded memory (`_CHUNK_BYTES`). With ``--csv`` they are streamed
chunk by chunk to a temporary file renamed into place at the end (refused up front if it cannot fit on the
disk), or to standard output with ``--csv -`` (the summary then goes to standard error). ``--parquet`` writes the
same rows (same seed, same chunks) to a Parquet file through `StructuralCausalModel.sample_to_file`, one row
group per chunk, with the same up-front disk and ``ulimit -f`` checks. Without either, a request whose samples
would not fit in memory is refused, since the summary table gains nothing from more.
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import torch
from rich.console import Console

from causaltorch import _stream, _validate
from causaltorch._checkpoint import byte_size, check_memory
from causaltorch._files import atomic_path
from causaltorch._stream import _file_size_limit
from causaltorch.cli._args import ASSIGNMENT_FORM, output_folder, output_option, parse_assignments
from causaltorch.cli._ui import add_row, number, progress_bar, say, table
from causaltorch.errors import DataError, OutputError
from causaltorch.rules import MECHANISMS, CausalRuleSet
from causaltorch.scm import StructuralCausalModel

__all__ = ["add_commands"]

_RULES_HELP = "rule file (.json/.yaml) or bundled name"
_MECHANISM_HELP = "one mechanism for every variable (default: the rules' own, else noisy_or)"
# Samples are drawn and written this many bytes of working memory at a time (about a million rows of a
# ten-variable model), so `-n` is bounded by time and disk, never by memory.
_CHUNK_BYTES = 1 << 28
_PILOT_ROWS = 256  # rows drawn to measure how large a CSV row is before streaming one
_DEMO_FILES = ("graph.png", "samples.csv")
_UNKNOWN_NOTE = (
    "unknown: the evidence does not determine this variable (it depends on noise or an unobserved cause "
    "that the observation cannot pin down); observe more variables to determine it."
)


def add_commands(subparsers: Any) -> None:
    """Register ``scm sample``, ``scm counterfactual`` and ``scm demo``."""
    scm = subparsers.add_parser("scm", help="sample or ask counterfactuals of a structural causal model")
    actions = scm.add_subparsers(dest="scm_command", required=True, metavar="ACTION")

    sample = actions.add_parser("sample", help="draw samples, optionally under do()")
    sample.add_argument("rules", metavar="RULES", help=_RULES_HELP)
    sample.add_argument("-n", "--num-samples", type=int, default=1000, help="samples to draw (default: 1000)")
    sample.add_argument("--do", action="append", metavar=ASSIGNMENT_FORM,
                        help="intervention(s); repeat or separate with commas")
    sample.add_argument("--mechanism", choices=MECHANISMS, default=None, help=_MECHANISM_HELP)
    sample.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    files = sample.add_mutually_exclusive_group()
    files.add_argument("--csv", default=None, metavar="FILE",
                       help="also write every sample to this CSV file ('-': standard output)")
    files.add_argument("--parquet", default=None, metavar="FILE",
                       help="also write every sample to this Parquet file (needs pyarrow: the parquet extra)")
    sample.add_argument("--compression", choices=_stream.COMPRESSIONS, default="none",
                        help="Parquet codec (default: none; Gaussian samples barely compress)")
    sample.set_defaults(handler=_cmd_sample)

    counterfactual = actions.add_parser(
        "counterfactual", help="what would the observed unit have looked like under do()?")
    counterfactual.add_argument("rules", metavar="RULES", help=_RULES_HELP)
    counterfactual.add_argument("--observed", action="append", required=True, metavar=ASSIGNMENT_FORM,
                                help="the evidence; repeat or separate with commas")
    counterfactual.add_argument("--do", action="append", required=True, metavar=ASSIGNMENT_FORM,
                                help="intervention(s); repeat or separate with commas")
    counterfactual.add_argument("--samples", type=int, default=1000,
                                help="draws from the posterior, for the std column (default: 1000)")
    counterfactual.add_argument("--mechanism", choices=MECHANISMS, default=None, help=_MECHANISM_HELP)
    counterfactual.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    counterfactual.set_defaults(handler=_cmd_counterfactual)

    demo = actions.add_parser("demo", help="do(), counterfactuals and time on the bundled weather rules")
    demo.add_argument("--out", type=Path, default=Path("runs/scm-demo"), help="output folder (default: runs/scm-demo)")
    demo.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    demo.add_argument("-n", "--num-samples", type=int, default=20000, help="samples per world (default: 20000)")
    demo.set_defaults(handler=_cmd_demo)


# ---------------------------------------------------------------------------------------- helpers
def _do_text(interventions: dict[str, float]) -> str:
    return ", ".join(f"{name}={value:g}" for name, value in interventions.items())


def _num_samples(value: int, option: str = "-n") -> int:
    return _validate.positive_int(option, value, what="a positive number of samples")


def _build_scm(rules: str, mechanism: str | None, seed: int) -> StructuralCausalModel:
    ruleset = CausalRuleSet.load(rules)
    torch.manual_seed(seed)  # before building: learned mechanisms draw their initial weights
    return StructuralCausalModel(ruleset, mechanisms=mechanism)


def _write_rows(handle: TextIO, rows: torch.Tensor) -> None:
    np.savetxt(handle, rows.detach().cpu().double().numpy(), delimiter=",", fmt="%.6g")


@contextmanager
def _csv_output(path: Path | None, header: list[str]) -> Iterator[TextIO]:
    """A text handle for CSV rows under ``header``: a temporary file renamed to ``path`` when the block ends
    without error (removed otherwise), or standard output when ``path`` is None."""
    if path is None:
        csv.writer(sys.stdout, lineterminator="\n").writerow(header)
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_path(path) as temporary, temporary.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerow(header)
        yield handle


def _write_csv(path: Path, header: list[str], rows: torch.Tensor) -> Path:
    """Write ``rows [n, d]`` under a header row, atomically (temporary file in the folder, then rename)."""
    with _csv_output(path, header) as handle:
        _write_rows(handle, rows)
    return path


def _check_disk(path: Path, model: StructuralCausalModel, n: int) -> None:
    """Refuse a CSV that cannot fit on its disk, measured on a pilot of `_PILOT_ROWS` rows formatted as the file
    will be (drawn aside, so the samples themselves do not change)."""
    with torch.random.fork_rng(devices=[]):
        pilot = model.sample(min(n, _PILOT_ROWS))
    text = io.StringIO()
    _write_rows(text, pilot)
    needed = len(",".join(model.variables)) + 1 + n * len(text.getvalue()) / pilot.shape[0]
    folder = next(folder for folder in (path.parent, *path.parent.parents) if folder.exists())
    limit = _file_size_limit()
    if limit is not None and needed > limit:  # writing past it kills the process (SIGXFSZ) halfway through
        raise OutputError(f"--csv {path}: {n} samples of {len(model.variables)} variables take about "
                          f"{byte_size(needed)}, more than this shell's file-size limit of {byte_size(limit)} "
                          "(ulimit -f); ask for fewer samples (-n) or raise the limit.")
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise OutputError(f"--csv {path}: {n} samples of {len(model.variables)} variables take about "
                          f"{byte_size(needed)}, but {folder} has {byte_size(free)} free; ask for fewer samples "
                          "(-n) or write elsewhere.")


class _Moments:
    """Mean and standard deviation per column over chunks of rows (Chan et al.'s pairwise update, float64)."""

    def __init__(self, width: int):
        self.count = 0
        self.mean = torch.zeros(width, dtype=torch.float64)
        self.squares = torch.zeros(width, dtype=torch.float64)  # sum of squared deviations from the mean

    def add(self, rows: torch.Tensor) -> None:
        rows = rows.detach().cpu().double()  # (k, d)
        k = rows.shape[0]
        mean = rows.mean(dim=0)
        squares = (rows - mean).pow(2).sum(dim=0)
        total = self.count + k
        delta = mean - self.mean
        self.mean += delta * (k / total)
        self.squares += squares + delta.pow(2) * (self.count * k / total)
        self.count = total

    @property
    def std(self) -> torch.Tensor:
        return (self.squares / self.count).sqrt()


# ---------------------------------------------------------------------------------------- sample
def _cmd_sample(args: argparse.Namespace, console: Console) -> None:
    interventions = parse_assignments(args.do, "--do")
    n, seed = _num_samples(args.num_samples), args.seed
    writing = args.csv is not None
    if args.compression != "none" and args.parquet is None:
        raise OutputError("--compression applies to --parquet only; a CSV is written plain.")
    path = output_option(args.csv, "--csv", stream_ok=True) if writing else None  # before any work
    parquet = output_option(args.parquet, "--parquet") if args.parquet is not None else None
    scm = _build_scm(args.rules, args.mechanism, seed)
    model = scm.do(interventions) if interventions else scm
    if path is not None:
        _check_disk(path, model, n)  # streamed in chunks: the disk, not the memory, bounds the file
    elif not writing and parquet is None:
        # The table alone: its means are exact to its three decimals long before the samples outgrow memory.
        check_memory(n * model.bytes_per_sample(), f"-n {n}", "ask for fewer samples, or give --csv FILE to stream "
                     "them to a file in chunks", device=model.device)
    # With the CSV on standard output, everything else goes to standard error.
    report = Console(file=sys.stderr, highlight=False) if writing and path is None else console
    moments = _Moments(len(scm.variables))
    chunk = max(1, min(n, _CHUNK_BYTES // model.bytes_per_sample()))
    bar = progress_bar(report, "sampling", n) if chunk < n else nullcontext(None)
    if parquet is not None:
        with bar as update:
            _write_parquet(model, parquet, n, chunk, args.compression, moments, update)
    else:
        with _csv_output(path, scm.variables) if writing else nullcontext(None) as handle, bar as update:
            for start in range(0, n, chunk):
                rows = model.sample(min(chunk, n - start))  # (chunk, d)
                moments.add(rows)
                if handle is not None:
                    _write_rows(handle, rows)
                if update is not None:
                    update(start + rows.shape[0], n)
    mechanism = f"mechanism {args.mechanism}" if args.mechanism else "mechanisms from the rules"
    under = f" under do({_do_text(interventions)})" if interventions else ""
    say(report, f"{n} samples of {scm.ruleset.name or args.rules} ({mechanism}, seed {seed}){under}")
    grid = table("variable", "do", "mean", "std")
    means, stds = moments.mean.tolist(), moments.std.tolist()
    for i, name in enumerate(scm.variables):
        fixed = f"= {interventions[name]:g}" if name in interventions else ""
        add_row(grid, name, fixed, number(means[i]), number(stds[i]))
    report.print(grid)
    if interventions:
        say(report, "do: fixed by the intervention (its incoming edges are cut, its descendants recomputed)")
    if path is not None or parquet is not None:
        say(report, f"wrote {n} samples to {path if parquet is None else parquet}")


def _write_parquet(model: StructuralCausalModel, path: Path, n: int, chunk: int, compression: str,
                   moments: _Moments, update: Any) -> None:
    """``n`` samples to a Parquet file in chunks of ``chunk`` rows, each also added to ``moments``."""

    def written(rows: torch.Tensor) -> None:
        moments.add(rows)
        if update is not None:
            update(moments.count, n)

    try:
        model.sample_to_file(path, n, chunk_rows=chunk, format="parquet", compression=compression, on_chunk=written)
    except OutputError as exc:
        raise OutputError(f"--parquet {path}: {exc}") from None


# ---------------------------------------------------------------------------------------- counterfactual
def _cmd_counterfactual(args: argparse.Namespace, console: Console) -> None:
    observed = parse_assignments(args.observed, "--observed", DataError)
    interventions = parse_assignments(args.do, "--do")
    samples = _num_samples(args.samples, "--samples")
    scm = _build_scm(args.rules, args.mechanism, args.seed)
    check_memory(samples * scm.bytes_per_sample(worlds=2), f"--samples {samples}",
                 "give fewer --samples (the std column needs a few thousand at most)", device=scm.device)
    _print_counterfactual(console, scm, observed, interventions, samples)


def _print_counterfactual(console: Console, scm: StructuralCausalModel, observed: dict[str, float],
                          interventions: dict[str, float], num_samples: int, heading: str = "") -> None:
    """Abduction, action, prediction for one observed unit, printed as a table with its notes.

    The "counterfactual" column is the expectation over the posterior of the noise given the observation
    (exact for noisy-OR models); "std" is the spread of ``num_samples`` draws from that posterior.
    """
    _validate.positive_int("--samples", num_samples, what="a positive number")
    expected = scm.counterfactual(observed, interventions, strict=False)[0]                      # (d,)
    draws = scm.counterfactual(observed, interventions, num_samples=num_samples, strict=False)  # (n, d)
    say(console, f"{heading}Counterfactual: observed {_do_text(observed)}; what if do({_do_text(interventions)})?")
    grid = table("variable", "observed", "do", "counterfactual", "std")
    any_unknown = False
    for i, name in enumerate(scm.variables):
        column = draws[:, i]
        unknown = bool(expected[i].isnan())
        any_unknown |= unknown
        varies = not unknown and float(column.max() - column.min()) > 1e-6
        add_row(
            grid, name,
            f"{observed[name]:g}" if name in observed else "",
            f"= {interventions[name]:g}" if name in interventions else "",
            "unknown" if unknown else number(float(expected[i])),
            number(float(column.std(correction=0))) if varies else "",
        )
    console.print(grid)
    say(console, "counterfactual: the expectation over every noise value consistent with the observation (for a "
                 "0/1 variable, the probability that it is 1).")
    say(console, f"std: spread over {num_samples} draws from that posterior; blank where every draw agrees.")
    if any_unknown:
        say(console, _UNKNOWN_NOTE)


# ---------------------------------------------------------------------------------------- demo
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

    n, seed = _num_samples(args.num_samples), args.seed
    output_folder(args.out, "--out", _DEMO_FILES)  # fail before the work, not after
    scm = _build_scm("weather", None, seed)
    ruleset = scm.ruleset
    steps = 12
    # three worlds of n samples, then a rollout of n runs over `steps` steps
    check_memory(n * scm.bytes_per_sample(steps=steps), f"-n {n}", "give a smaller -n", device=scm.device)
    args.out.mkdir(parents=True, exist_ok=True)

    # (1) Interventions. Each world is drawn from the same seed, so variables evaluated before rain
    # (its ancestors) get the very same noise in every world: their means agree to the last digit.
    worlds = {}
    for label, interventions in (("observational", {}), ("do(rain=1)", {"rain": 1.0}), ("do(rain=0)", {"rain": 0.0})):
        torch.manual_seed(seed)
        worlds[label] = (scm.do(interventions) if interventions else scm).sample(n)  # (n, d)
    means = {label: samples.mean(dim=0) for label, samples in worlds.items()}
    say(console, f"1. Intervening on rain: mean of each variable ({n} samples per world, seed {seed})")
    grid = table("variable", "relation to rain", "observational", "do(rain=1)", "do(rain=0)", "effect", align="ll")
    for i, name in enumerate(scm.variables):
        effect = float(means["do(rain=1)"][i] - means["do(rain=0)"][i])
        add_row(grid, name, _relation(ruleset, "rain", name), *(number(float(m[i])) for m in means.values()),
                f"{effect:+.3f}")
    console.print(grid)
    say(console, "effect = mean under do(rain=1) − mean under do(rain=0). Descendants move; ancestors keep their "
                 "observational mean; unrelated variables differ only by sampling noise. A lagged descendant "
                 "responds in later steps, not in the same sample (table 3).")
    say(console, "")

    # (2) A counterfactual about one observed unit.
    torch.manual_seed(seed)
    observed, action = {"rain": 1.0, "wet_ground": 1.0}, {"rain": 0.0}
    _print_counterfactual(console, scm, observed, action, num_samples=1000, heading="2. ")
    say(console, "")

    # (3) Time: a single rain event and the lagged, held flooding it causes.
    rain_step = 3
    rule = ruleset.get_rule("rain", "flooding")
    torch.manual_seed(seed)
    trajectory = scm.rollout(steps, {"rain": {t: 1.0 if t == rain_step else 0.0 for t in range(steps)}},
                             n=n, as_dict=True)  # {variable: (n, steps)}
    first, last = rain_step + rule.temporal_offset, rain_step + rule.temporal_offset + rule.hold - 1
    say(console, f"3. Rollout over {steps} steps with do(rain=1) at step {rain_step} only (mean over {n} runs)")
    grid = table("step", "do(rain)", "E[wet_ground]", "E[flooding]", "flooding", align="rrrrl")
    wet, flood = trajectory["wet_ground"].mean(dim=0), trajectory["flooding"].mean(dim=0)
    for t in range(steps):
        add_row(grid, str(t), "1" if t == rain_step else "0", number(float(wet[t])), number(float(flood[t])),
                "█" * round(20 * float(flood[t])))
    console.print(grid)
    say(console, f"rain -> flooding has offset {rule.temporal_offset} and duration {rule.hold}: wet_ground "
                 f"responds at once, flooding appears at step {first} and lasts through step {last}.")
    say(console, "")

    # (4) Files.
    graph = draw_ruleset(ruleset, args.out / _DEMO_FILES[0], title="weather rules")
    samples = _write_csv(args.out / _DEMO_FILES[1], scm.variables, worlds["observational"])
    say(console, f"wrote {graph}  (the causal graph)")
    say(console, f"wrote {samples}  ({n} observational samples)")
