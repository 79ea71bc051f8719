"""Run the digits Flower App (`causaltorch.federated.digits_app`) on this machine: one SuperLink, N SuperNodes.

Every process listens on 127.0.0.1 only, in insecure mode (no TLS), with Flower's telemetry and update check off
and no runtime installation of dependencies (the app runs in this Python environment). Each process is started
in its own session, and all of them are stopped by PID (their process groups) when the run ends, fails or is
interrupted. The same app runs against a real multi-machine SuperLink: see docs/federated.md.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from causaltorch import _validate
from causaltorch.errors import CausalTorchError, require
from causaltorch.federated.aggregation import DEFAULT_AGGREGATION, Aggregator

__all__ = ["run_local_deployment", "DEPLOY_ATTACKS"]

log = logging.getLogger(__name__)

DEPLOY_ATTACKS = ("none", "alie", "sign_flip", "gaussian", "label_flip")

_PYPROJECT = """[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "causaltorch-digits"
version = "1.0.0"
dependencies = []

[tool.hatch.build.targets.wheel]
packages = ["."]

[tool.flwr.app]
publisher = "causaltorch"

[tool.flwr.app.components]
serverapp = "causaltorch.federated.digits_app:server_app"
clientapp = "causaltorch.federated.digits_app:client_app"

[tool.flwr.app.config]
num-server-rounds = {rounds}
aggregation = {aggregation}
keys-dir = {keys}
results = {results}
chain = {chain}
lr = 0.5
local-epochs = 1
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _toml(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid TOML basic string


def _write_keys(folder: Path, clients: list[str]) -> None:
    from cryptography.hazmat.primitives import serialization

    from causaltorch.federated.signing import generate_key, public_key_bytes

    folder.mkdir(parents=True, exist_ok=True)
    for name in clients:
        key = generate_key()
        pem = folder / f"{name}.pem"
        pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
        pem.chmod(0o600)
        (folder / f"{name}.pub").write_text(public_key_bytes(key).hex() + "\n")


def _wait_for_port(port: int, process: subprocess.Popen, what: str, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CausalTorchError(f"{what} exited with code {process.returncode} before listening; see its log.")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise CausalTorchError(f"{what} did not listen on 127.0.0.1:{port} within {timeout:.0f} s.")


def _descendants(roots: set[int]) -> set[int]:
    """PIDs of every living descendant of ``roots`` (Linux ``/proc``; empty elsewhere).

    Flower's SuperLink and SuperNodes start app runners in sessions of their own, out of reach of a process-group
    signal; their PIDs are collected here so that they are stopped too.
    """
    parents: dict[int, int] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    found, frontier = set(), set(roots)
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _stop(processes: list[subprocess.Popen]) -> None:
    """Stop every started process by PID: SIGTERM to its process group, SIGKILL after 10 s; then its descendants."""
    children = _descendants({p.pid for p in processes})
    for process in reversed(processes):
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)  # start_new_session: the group id is the PID
            except ProcessLookupError:
                continue
    for process in reversed(processes):
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            log.warning("process %d did not stop on SIGTERM; killing it", process.pid)
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    for pid in children:  # runners in sessions of their own, found before their parents stopped
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue


def run_local_deployment(folder: str | Path, clients: int = 3, rounds: int = 3, attack: str = "none",
                         attackers: int = 0, aggregation: str = DEFAULT_AGGREGATION,
                         on_line: Callable[[str], None] | None = None, timeout: float = 900.0) -> dict[str, Any]:
    """Start a SuperLink and ``clients`` SuperNodes on 127.0.0.1, run the digits app, stop them, return results.

    Args:
        folder: where the app, keys, logs, ``results.json`` and the DAO's ``chain.jsonl`` go.
        attack, attackers: the first ``attackers`` clients attack (`DEPLOY_ATTACKS`).
        on_line: called with every line ``flwr run --stream`` prints (progress).
        timeout: seconds before the run is abandoned (and every process stopped).

    Returns the server's results: accuracy per round, rejected replies, chain check, and ``seconds``.
    """
    require("flwr", "federated", "causaltorch federated run")
    clients = _validate.integer("clients", clients, 2, 64, what="a number of clients from 2 to 64")
    rounds = _validate.positive_int("rounds", rounds)
    attackers = _validate.integer("attackers", attackers, 0, clients - 1,
                                  what=f"a number of attackers from 0 to {clients - 1} (fewer than the clients)")
    if attack not in DEPLOY_ATTACKS:
        raise CausalTorchError(f"Unknown attack {attack!r}; use one of {', '.join(DEPLOY_ATTACKS)}.")
    if (attack == "none") != (attackers == 0):
        raise CausalTorchError("Give an attack together with a number of attackers > 0 (or neither).")
    aggregation = str(Aggregator.parse(aggregation))
    folder = Path(folder).resolve()
    for sub in ("app", "keys", "flwr", "logs", "collude"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    names = [f"site{k}" for k in range(clients)]
    _write_keys(folder / "keys", names)
    results_path = folder / "results.json"
    results_path.unlink(missing_ok=True)
    (folder / "app" / "pyproject.toml").write_text(_PYPROJECT.format(
        rounds=rounds, aggregation=_toml(aggregation), keys=_toml(str(folder / "keys")),
        results=_toml(str(results_path)), chain=_toml(str(folder / "chain.jsonl"))))
    link_port = _free_port()
    (folder / "flwr" / "config.toml").write_text(
        f'[superlink]\ndefault = "causaltorch-local"\n\n[superlink.causaltorch-local]\n'
        f'address = "127.0.0.1:{link_port}"\ninsecure = true\n')
    binaries = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{binaries}{os.pathsep}{os.environ.get('PATH', '')}",
           "FLWR_HOME": str(folder / "flwr"), "FLWR_TELEMETRY_ENABLED": "0",
           "FLWR_DISABLE_UPDATE_CHECK": "1", "PYTHONUNBUFFERED": "1"}
    processes: list[subprocess.Popen] = []
    started = time.perf_counter()

    def start(command: list[str], log_name: str, **options: Any) -> subprocess.Popen:
        handle = open(folder / "logs" / log_name, "wb")  # noqa: SIM115 - the process owns it until stopped
        process = subprocess.Popen(command, env=env, cwd=folder, stdout=options.pop("stdout", handle),
                                   stderr=subprocess.STDOUT, start_new_session=True, **options)
        processes.append(process)
        return process

    try:
        link = start([str(binaries / "flower-superlink"), "--insecure", "--disable-runtime-dependency-installation",
                      "--host", "127.0.0.1", "--port", str(link_port)], "superlink.log")
        _wait_for_port(link_port, link, "The SuperLink")
        for k, name in enumerate(names):
            bad = k < attackers
            node_config = (f"partition-id={k} num-partitions={clients} client-id={_toml(name)} "
                           f"key-file={_toml(str(folder / 'keys' / f'{name}.pem'))} "
                           f"attack={_toml(attack if bad else 'none')} attackers={attackers} "
                           f"collude-dir={_toml(str(folder / 'collude'))}")
            start([str(binaries / "flower-supernode"), "--insecure", "--superlink", f"127.0.0.1:{link_port}",
                   "--host", "127.0.0.1", "--port", str(_free_port()), "--node-config", node_config],
                  f"supernode-{name}.log")
        runner = start([str(binaries / "flwr"), "run", str(folder / "app"), "causaltorch-local", "--stream"],
                       "flwr-run.log", stdout=subprocess.PIPE)
        deadline = time.monotonic() + timeout
        assert runner.stdout is not None
        with open(folder / "logs" / "flwr-run.log", "a", encoding="utf-8") as copy:
            for raw in runner.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                copy.write(line + "\n")
                if on_line is not None:
                    on_line(line)
                if results_path.exists() or time.monotonic() > deadline:
                    break
        if not results_path.exists():
            raise CausalTorchError(f"The Flower run ended without results (see {folder / 'logs'}).")
    finally:
        _stop(processes)
    results = json.loads(results_path.read_text())
    results["seconds"] = round(time.perf_counter() - started, 1)
    results.update(clients=clients, rounds=rounds, attack=attack, attackers=attackers, folder=str(folder))
    return results
