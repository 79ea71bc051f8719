"""``causaltorch mlops dashboard`` and ``causaltorch mlops ui``: the tracked experiments, offline or in MLflow's UI.

    causaltorch mlops dashboard --project causaltorch --experiment text --out dashboard.html
    causaltorch mlops ui --port 5000        # MLflow's UI on 127.0.0.1 for the same store; Ctrl-C stops it

Both read the embedded store (``./causaltorch-runs``, or ``--root``) unless ``--tracking-uri`` (or
``MLFLOW_TRACKING_URI``) names another.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from rich.console import Console

from causaltorch import _validate
from causaltorch.cli._args import output_option
from causaltorch.cli._ui import say
from causaltorch.errors import DataError

__all__ = ["add_commands"]


def _store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=None,
                        help="folder of the embedded store (default: ./causaltorch-runs)")
    parser.add_argument("--tracking-uri", default=None,
                        help="any MLflow tracking URI instead (default: MLFLOW_TRACKING_URI, else the embedded store)")


def add_commands(subparsers: Any) -> None:
    """Register ``mlops dashboard`` and ``mlops ui``."""
    mlops = subparsers.add_parser("mlops", help="tracked experiments: an offline dashboard, or MLflow's UI")
    commands = mlops.add_subparsers(dest="mlops_command", required=True, metavar="COMMAND")
    dashboard = commands.add_parser("dashboard", help="write one self-contained HTML page of an experiment (runs, "
                                                      "metric curves, Pareto front, causal graph, CFS bars)")
    dashboard.add_argument("--project", default="causaltorch", help="project name (default: causaltorch)")
    dashboard.add_argument("--experiment", required=True, help="experiment name (the trainers use text, vision, "
                                                               "video)")
    dashboard.add_argument("--out", default=None, help="the .html file (default: <root>/dashboards/...)")
    _store_options(dashboard)
    dashboard.set_defaults(handler=_cmd_dashboard)
    ui = commands.add_parser("ui", help="start MLflow's UI on 127.0.0.1 for the same store (Ctrl-C stops it)")
    ui.add_argument("--port", type=int, default=5000, help="port on 127.0.0.1 (default: 5000)")
    _store_options(ui)
    ui.set_defaults(handler=_cmd_ui)


def _cmd_dashboard(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.mlops import CausalMLOps

    out = output_option(args.out, "--out") if args.out is not None else None
    if out is not None and out.suffix.lower() not in (".html", ".htm"):
        raise DataError(f"--out must be an .html file, got {out}.")
    mlops = CausalMLOps(args.project, args.experiment, tracking_uri=args.tracking_uri, root=args.root)
    path = mlops.generate_dashboard(out)
    say(console, f"Dashboard of {mlops.mlflow_experiment} ({len(mlops.runs())} runs): {path}")


def _cmd_ui(args: argparse.Namespace, console: Console) -> int:
    from causaltorch.mlops.store import check_reachable, import_mlflow, resolve_tracking_uri

    _validate.integer("--port", args.port, 1, 65535, what="a port from 1 to 65535")
    uri, artifacts = resolve_tracking_uri(args.tracking_uri, args.root)
    check_reachable(uri)
    import_mlflow()
    command = [sys.executable, "-m", "mlflow", "ui", "--backend-store-uri", uri, "--host", "127.0.0.1",
               "--port", str(args.port)]
    if uri.startswith("sqlite:"):
        command += ["--default-artifact-root", artifacts.as_uri()]
    say(console, f"MLflow UI for {uri} on http://127.0.0.1:{args.port} (Ctrl-C stops it)")
    # its own process group, so Ctrl-C here stops the server and every worker it started, and nothing else
    server = subprocess.Popen(command, start_new_session=True)
    try:
        return server.wait()
    except KeyboardInterrupt:
        _stop(server)
        say(console, "MLflow UI stopped.")
        raise


def _stop(server: subprocess.Popen) -> None:
    for sent, wait in ((signal.SIGINT, 10), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, sent)
        except ProcessLookupError:
            return
        try:
            server.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue
