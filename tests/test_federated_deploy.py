"""``causaltorch federated run``: a real Flower deployment (SuperLink + 2 SuperNodes on 127.0.0.1)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from causaltorch.errors import CausalTorchError

pytest.importorskip("flwr")
pytest.importorskip("cryptography")
pytest.importorskip("sklearn")


def _run(argv: list[str]) -> str:
    from causaltorch.cli import federated

    parser = argparse.ArgumentParser(prog="causaltorch")
    federated.add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    out = io.StringIO()
    args.handler(args, Console(file=out, width=200))
    return out.getvalue()


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            status = (entry / "status").read_text()
        except OSError:
            continue
        if text in cmdline and "State:\tZ" not in status:
            found.append(int(entry.name))
    return found


@pytest.mark.parametrize("argv, match", [
    (["--attack", "alie"], "together with --attackers"),
    (["--attackers", "1"], "together with --attackers"),
    (["--clients", "1"], "from 2 to 64"),
    (["--clients", "3", "--attack", "alie", "--attackers", "3"], "fewer than --clients"),
    (["--aggregation", "mean"], "Unknown aggregation"),
])
def test_bad_options_fail_before_anything_starts(argv, match, tmp_path):
    with pytest.raises(CausalTorchError, match=match):
        _run(["federated", "run", "--out", str(tmp_path / "run"), *argv])
    assert not (tmp_path / "run").exists()


def test_two_supernodes_train_digits_through_flower_and_every_process_stops(tmp_path):
    folder = tmp_path / "run"
    text = _run(["federated", "run", "--clients", "2", "--rounds", "1", "--out", str(folder)])
    results = json.loads((folder / "results.json").read_text())
    assert [row["round"] for row in results["history"]] == [0, 1]
    assert results["history"][0]["accuracy"] < 0.2 < 0.7 < results["history"][1]["accuracy"]  # 10 classes
    assert results["chain_ok"] and results["rejected"] == []
    kinds = [json.loads(line)["kind"] for line in (folder / "chain.jsonl").read_text().splitlines()]
    assert kinds.count("register") == 2 and kinds.count("model_update") == 2 and kinds.count("aggregation") == 1
    assert "test accuracy" in text and "every process stopped" in text
    assert _processes_mentioning(str(folder)) == []
