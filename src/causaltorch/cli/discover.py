"""``causaltorch discover`` and ``causaltorch discover-text``.

    causaltorch discover data.csv --method notears --forbid a->b --require c->d --tiers "a,b;c;d" \\
        --bootstrap 20 --out rules.json --draw graph.png
    causaltorch discover-text corpus.txt --out rules.json

The rules written by ``discover`` carry their mechanism (``linear`` or ``mlp``), so
``causaltorch scm sample rules.json --do a=1`` samples from the discovered graph.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rich.console import Console

from causaltorch import _validate
from causaltorch._checkpoint import check_memory
from causaltorch.cli._args import output_option, parse_edges, parse_tiers, torch_device
from causaltorch.cli._ui import add_row, progress_bar, say, table
from causaltorch.errors import DataError, OutputError, require

__all__ = ["add_commands"]

_RULE_SUFFIXES = {".json", ".yaml", ".yml"}


def add_commands(subparsers: Any) -> None:
    """Register ``discover`` and ``discover-text``."""
    from causaltorch.discovery.learn import METHODS
    from causaltorch.discovery.notears import SCORES

    discover = subparsers.add_parser(
        "discover", help="learn a causal graph from a CSV table (NOTEARS, with background knowledge)")
    discover.add_argument("data", type=Path, metavar="DATA", help="CSV file with a header row of column names")
    discover.add_argument("--method", choices=METHODS, default="notears",
                          help="linear or MLP NOTEARS (default: notears)")
    discover.add_argument("--score", choices=SCORES, default="l2",
                          help="l2: NOTEARS least squares (depends on column scales); nv: scale-invariant "
                               "likelihood, same graph on raw and standardised data (default: l2)")
    discover.add_argument("--forbid", action="append", metavar="A->B",
                          help="forbidden edge(s); repeat or separate with commas")
    discover.add_argument("--require", action="append", metavar="A->B",
                          help="required edge(s); repeat or separate with commas")
    discover.add_argument("--tiers", metavar='"a,b;c;d"', default=None,
                          help="time order: tiers separated by ';', a later tier never causes an earlier one")
    discover.add_argument("--bootstrap", type=int, default=0, metavar="N",
                          help="resamples for edge confidence (default: 0, none)")
    discover.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                          help="with --bootstrap: drop edges found in fewer than this share of resamples")
    discover.add_argument("--threshold", type=float, default=0.3,
                          help="drop edges with |weight| <= this (default: 0.3)")
    discover.add_argument("--lambda1", type=float, default=None, help="L1 penalty (default: 0.1 linear, 0.01 MLP)")
    discover.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    discover.add_argument("--device", default=None, help="torch device, e.g. cuda (default: cpu)")
    discover.add_argument("--out", type=Path, default=None, help="write the rules here (.json / .yaml)")
    discover.add_argument("--draw", type=Path, default=None, help="draw the graph to this image (.png, .svg, …)")
    discover.set_defaults(handler=_cmd_discover)

    text = subparsers.add_parser("discover-text", help="mine cause→effect rules from text")
    text.add_argument("corpus", type=Path, metavar="CORPUS", help="UTF-8 text file")
    text.add_argument("--max-words", type=int, default=3, help="longest phrase kept per variable (default: 3)")
    text.add_argument("--min-support", type=int, default=1, help="mentions a pair needs to become a rule (default: 1)")
    text.add_argument("--out", type=Path, default=None, help="write the rules here (.json / .yaml)")
    text.set_defaults(handler=_cmd_discover_text)


def _check_outputs(out: Path | None, draw: Path | None) -> None:
    """Refuse unusable output paths (a folder, a device, an unwritable place, an unknown format) before any work."""
    if out is not None:
        if out.suffix.lower() not in _RULE_SUFFIXES:
            raise OutputError(f"Cannot tell the format of {out}: use a .json, .yaml or .yml suffix.")
        output_option(out, "--out")
    if draw is not None:
        output_option(draw, "--draw")
        require("matplotlib", "viz", "drawing graphs")
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        supported = FigureCanvasAgg.get_supported_filetypes()
        if draw.suffix.lower().lstrip(".") not in supported:
            raise OutputError(
                f"Cannot draw to {draw}: unknown image format {draw.suffix or '(no suffix)'!r}. "
                f"Use one of: {', '.join('.' + s for s in sorted(supported))}."
            )


def _cmd_discover(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.discovery.data import read_csv
    from causaltorch.discovery.learn import MAX_BOOTSTRAP, discover

    forbidden = parse_edges(args.forbid, "--forbid")
    required = parse_edges(args.require, "--require")
    tiers = parse_tiers(args.tiers)
    _validate.integer("--bootstrap", args.bootstrap, 0, MAX_BOOTSTRAP,
                      what=f"a number of resamples from 0 to {MAX_BOOTSTRAP} (more cannot change the confidences)")
    _validate.optional(_validate.nonnegative, "--lambda1", args.lambda1,
                       what="a number >= 0 (the L1 penalty; a negative one rewards dense graphs)")
    device = torch_device(args.device) if args.device is not None else None
    _check_outputs(args.out, args.draw)
    values, columns = read_csv(args.data)
    options = dict(method=args.method, score=args.score, names=columns, required=required, forbidden=forbidden,
                   tiers=tiers, threshold=args.threshold, lambda1=args.lambda1, bootstrap=args.bootstrap,
                   min_confidence=args.min_confidence, seed=args.seed, device=device)
    if args.bootstrap:
        with progress_bar(console, "bootstrap", args.bootstrap) as update:
            ruleset = discover(values, progress=update, **options)
    else:
        ruleset = discover(values, **options)

    say(console, f"{args.data}: {values.shape[0]} rows, {len(columns)} columns; {args.method} ({args.score} score) "
                 f"found {len(ruleset)} edges")
    headings = ["cause", "effect", "weight", "strength"] + (["confidence"] if args.bootstrap else []) + ["note"]
    grid = table(*headings, align="llrrrl" if args.bootstrap else "llrrl")
    for rule in ruleset.rules:
        cells = [rule.cause, rule.effect, f"{rule.metadata['weight']:.3f}", f"{rule.strength:.3f}"]
        if args.bootstrap:
            cells.append(f"{rule.metadata['confidence']:.2f}")
        cells.append("required" if rule.metadata.get("required") else "")
        add_row(grid, *cells)
    console.print(grid)
    say(console, "weight: fitted effect in data units; strength: the weight clipped to [-1, 1]"
                 + ("; confidence: share of bootstrap resamples that found the edge" if args.bootstrap else ""))
    if args.out is not None:
        ruleset.save(args.out)
        say(console, f"wrote {args.out}")
    if args.draw is not None:
        from causaltorch.viz import draw_ruleset

        say(console, f"wrote {draw_ruleset(ruleset, args.draw)}")


def _cmd_discover_text(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.discovery.text import CausalTextMiner

    miner = CausalTextMiner(max_words=args.max_words, min_support=args.min_support)
    _check_outputs(args.out, None)
    if not args.corpus.is_file():
        raise DataError(f"No text file at {args.corpus}.")
    size = args.corpus.stat().st_size
    # the bytes, then the text (up to 4 bytes a character) and the sentences cut from it
    check_memory(5 * size, f"Reading {args.corpus} ({size / 1e6:,.1f} MB)",
                 "mine a smaller file (split the corpus and merge the rules)", device="cpu")
    try:
        text = args.corpus.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{args.corpus} is not UTF-8 text (undecodable byte at offset {exc.start}).") from None
    ruleset = miner.mine(text)
    if args.out is not None and not ruleset.variables:
        raise DataError(f"{args.corpus} states no cause and effect that the miner recognises (\"X causes Y\", "
                        f"\"if X then Y\" …), so there are no rules to write to {args.out}.")
    say(console, f"{args.corpus}: {len(ruleset)} rules over {len(ruleset.variables)} variables")
    grid = table("cause", "effect", "strength", "support", "against", align="llrrr")
    for rule in ruleset.rules:
        add_row(grid, rule.cause, rule.effect, f"{rule.strength:.3f}", str(rule.metadata["support"]),
                str(rule.metadata["against"]))
    console.print(grid)
    say(console, "strength = support / (support + against + 1): more mentions, stronger; denials weaken.")
    if args.out is not None:
        ruleset.save(args.out)
        say(console, f"wrote {args.out}")
