"""``causaltorch mlops dashboard`` and ``mlops ui`` (run through the area's own parser until the lead registers it)."""

from __future__ import annotations

import argparse
import io
import signal
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request

import pytest

pytest.importorskip("mlflow")
pytest.importorskip("plotly")

from rich.console import Console  # noqa: E402

from causaltorch.cli import mlops as mlops_cli  # noqa: E402
from causaltorch.errors import CausalTorchError  # noqa: E402
from causaltorch.mlops import CausalMLOps  # noqa: E402


def run(*argv: str) -> str:
    parser = argparse.ArgumentParser()
    mlops_cli.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    args.handler(args, Console(file=out, width=200))
    return out.getvalue()


def test_dashboard_writes_the_page_of_the_named_experiment(tmp_path):
    mlops = CausalMLOps("causaltorch", "text", root=tmp_path)
    mlops.log_metrics({"train_loss": 1.0}, step=0)
    mlops.log_metrics({"train_loss": 0.5}, step=1)
    out = tmp_path / "dash.html"
    said = run("mlops", "dashboard", "--experiment", "text", "--root", str(tmp_path), "--out", str(out))
    assert "causaltorch/text (1 runs)" in said and str(out) in said
    assert "chart-metric-0" in out.read_text(encoding="utf-8")


def test_dashboard_refuses_an_output_that_is_not_html(tmp_path):
    with pytest.raises(CausalTorchError, match=".html"):
        run("mlops", "dashboard", "--experiment", "text", "--root", str(tmp_path), "--out", str(tmp_path / "a.txt"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_ui_serves_the_store_and_stops_cleanly_on_ctrl_c(tmp_path):
    CausalMLOps("causaltorch", "text", root=tmp_path).log_metrics({"loss": 1.0})
    port = free_port()
    script = textwrap.dedent(f"""
        import argparse, sys
        from rich.console import Console
        from causaltorch.cli import mlops
        parser = argparse.ArgumentParser()
        mlops.add_commands(parser.add_subparsers(dest="command"))
        args = parser.parse_args(["mlops", "ui", "--root", {str(tmp_path)!r}, "--port", "{port}"])
        try:
            args.handler(args, Console())
        except KeyboardInterrupt:
            sys.exit(130)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    try:
        deadline, healthy = time.monotonic() + 300, False  # MLflow UI starts in ~10 s idle, minutes when busy
        while time.monotonic() < deadline and not healthy and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
                    healthy = answer.status == 200
            except OSError:
                time.sleep(0.5)
        assert healthy, process.stdout.read() if process.poll() is not None else "no answer in 300 s"
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=60)[0]
        assert process.returncode == 130, output
        assert "MLflow UI stopped." in output
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
    finally:
        if process.poll() is None:
            process.kill()
