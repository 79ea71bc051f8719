"""``causaltorch federated run``: a local Flower deployment (SuperLink + N SuperNodes on 127.0.0.1).

    causaltorch federated run --clients 10 --rounds 5 --attack alie --attackers 3 --aggregation centered_clip(cutoff=3)

Trains logistic regression on scikit-learn's bundled digits with a `CausalDAO` server behind Flower, streams
Flower's progress, stops every process it started, and prints the test accuracy per round. The run folder
(``--out``, default a temporary folder) keeps the keys, logs, ``results.json`` and the DAO's ``chain.jsonl``.
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console

from causaltorch import _validate
from causaltorch.cli._args import output_folder
from causaltorch.cli._ui import add_row, say, table
from causaltorch.errors import DataError

__all__ = ["add_commands"]

_COLOUR = re.compile(r"\x1b\[[0-9;]*m")  # Flower's log colours
_ATTACKS = ("none", "alie", "sign_flip", "gaussian", "label_flip")  # causaltorch.federated.deploy.DEPLOY_ATTACKS


def add_commands(subparsers: Any) -> None:
    """Register ``federated run``."""
    federated = subparsers.add_parser("federated", help="federated learning on Flower with a CausalDAO server")
    commands = federated.add_subparsers(dest="federated_command", required=True, metavar="COMMAND")
    run = commands.add_parser("run", help="run a local Flower deployment (SuperLink + SuperNodes on 127.0.0.1) "
                                          "on the bundled digits data and print the accuracy per round")
    run.add_argument("--clients", type=int, default=3, help="SuperNodes to start, 2-64 (default: 3)")
    run.add_argument("--rounds", type=int, default=3, help="federated rounds (default: 3)")
    run.add_argument("--attack", choices=_ATTACKS, default="none",
                     help="what the attackers do (ALIE attackers collude; default: none)")
    run.add_argument("--attackers", type=int, default=0, help="how many of the clients attack (default: 0)")
    run.add_argument("--aggregation", default=None,
                     help="server rule, e.g. centered_clip, median, krum(3), bucketing(2)+trimmed_mean(0.2) "
                          "(default: the library's default, reputation(1)+centered_clip(cutoff=3))")
    run.add_argument("--out", type=Path, default=None,
                     help="run folder for keys, logs, results.json and chain.jsonl (default: a temporary folder)")
    run.add_argument("--timeout", type=float, default=900.0, help="give up after this many seconds (default: 900)")
    run.set_defaults(handler=_cmd_run)


def _cmd_run(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.federated.aggregation import DEFAULT_AGGREGATION, Aggregator
    from causaltorch.federated.deploy import run_local_deployment

    _validate.integer("--clients", args.clients, 2, 64, what="a number of clients from 2 to 64")
    _validate.positive_int("--rounds", args.rounds)
    _validate.integer("--attackers", args.attackers, 0, args.clients - 1,
                      what=f"a number from 0 to {args.clients - 1} (fewer than --clients)")
    _validate.positive("--timeout", args.timeout)
    if (args.attack == "none") != (args.attackers == 0):
        raise DataError("Give --attack together with --attackers > 0 (or neither).")
    aggregation = str(Aggregator.parse(args.aggregation or DEFAULT_AGGREGATION))
    if args.out is not None:
        output_folder(args.out, "--out")
    folder = args.out or Path(tempfile.mkdtemp(prefix="causaltorch-federated-"))

    def show(line: str) -> None:
        line = _COLOUR.sub("", line).strip()
        if any(mark in line for mark in ("[ROUND", "accuracy", "aggregate_train", "rejected", "ERROR")):
            say(console, line)

    say(console, f"starting a SuperLink and {args.clients} SuperNodes on 127.0.0.1 (insecure, telemetry off); "
                 f"server rule {aggregation}; run folder {folder}")
    results = run_local_deployment(folder, args.clients, args.rounds, args.attack, args.attackers, aggregation,
                                   on_line=show, timeout=args.timeout)
    grid = table("round", "test accuracy", "seconds", align="lrr")
    for row in results["history"]:
        add_row(grid, str(row["round"]), f"{100 * row['accuracy']:.1f}%", f"{row['seconds']:.1f}")
    console.print(grid)
    rejected = results["rejected"]
    say(console, f"{len(rejected)} replies rejected" + (": " + ", ".join(f"round {r} {c} ({e})" for r, c, e in
                                                                          rejected) if rejected else ""))
    say(console, f"hash chain: {results['chain_blocks']} blocks, {'intact' if results['chain_ok'] else 'BROKEN'}; "
                 f"{results['seconds']:.0f} s in all; every process stopped; results in {folder / 'results.json'}")
