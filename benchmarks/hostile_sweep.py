"""Hostile-input sweep: every ``causaltorch`` command, called as a careless or hostile user would call it.

Each case is one small record (`Case`): an id, the command line after ``causaltorch``, a setup that writes the
files it needs into the case's own fresh folder, the outcome it expects and a check of the result. In the
command line ``{tmp}`` is that folder (also the working directory) and ``{fx}`` the folder of the small models
trained once per sweep (the cases with ``provides=`` train them; cases with ``needs=`` copy them). Later issues
add their commands' cases by appending records to `CASES` with `case(...)`.

Every case runs ``.venv/bin/causaltorch …`` in its own process (its own session, so a timeout kills the whole
group) with a memory limit (address space, so an absurd request fails instead of swapping the machine), a file
size limit, no network (proxies point at a closed port; Hugging Face is offline) and HOME, caches and TMPDIR
inside the sweep's temporary folder, which is removed at the end. Each run falls in one class:

- **clean error**: non-zero exit, one line on stderr starting ``error:``, no traceback; for an ``error`` case,
  also: every file that was there before is unchanged (content, kind, link target), no output it names was
  left behind and no temporary file was left;
- **worked**: exit 0 (or an exit code the case allows, e.g. 1 = blocked for ``ethics check``) and the
  case's check of the result passes;
- **traceback**: ``Traceback`` in the output, an error message on several lines, no ``error:`` line at all,
  or a process killed by a signal;
- **silent wrong answer**: an ``error`` case that exits 0, an ``ok`` case whose result is wrong, or a refusal
  that still damaged a file (an error that replaced a device, say);
- **hang**: no answer within the case's timeout (20 s on an idle machine unless the case says otherwise;
  absurd sizes must be refused quickly). The sweep first times ``causaltorch --version`` and stretches every
  timeout by how much slower than an idle machine that was (1× to 4×), so other jobs' load is not a hang.

A case that expected ``ok`` but got a clean error is counted as a clean error and listed as "refused, expected
to work". Besides the per-command cases, crash-safety cases kill ``-9`` a process while it writes (the old file
must survive intact and the next write must clean up), interrupt training with Ctrl-C, and run two processes
writing one CSV (the file must be one writer's complete output).

Run (about 6 minutes on 2 idle cores; ``--all`` adds the extended variations, about twice as long):

    .venv/bin/python benchmarks/hostile_sweep.py --out runs/sweep [--all] [--jobs 2] [--only REGEX] [--list]

It writes ``sweep.json`` (every case: command line, expected, outcome, exit code, seconds, the reason and the
tail of the output) and ``summary.md`` (counts per class and per command, the non-clean cases) into ``--out``.
The harness itself needs only the standard library; the models it needs are trained with the CLI.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import os
import pickle
import platform
import random
import re
import shlex
import shutil
import signal
import stat
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CLI = REPO / ".venv" / "bin" / "causaltorch"

OK, ERROR = "ok", "error"
CLEAN, WORKED, TRACEBACK, WRONG, HANG, SKIPPED = (
    "clean error", "worked", "traceback", "silent wrong answer", "hang", "skipped")
CLASSES = (CLEAN, WORKED, TRACEBACK, WRONG, HANG)
NOT_CLEAN = (TRACEBACK, WRONG, HANG)

TIMEOUT = 20.0                 # seconds on an idle machine; a case past it is a hang
IDLE_STARTUP = 2.5             # seconds `causaltorch --version` takes on an idle core (see `calibrate`)
TRAIN_TIMEOUT = 120.0          # the few cases that really train a tiny model
MEMORY_LIMIT = 6 * 2**30       # address space per case, bytes
FILE_LIMIT = 2 * 2**30         # largest file a case may write, bytes
MARKER = "PWNED"               # a folder that injected code (YAML tags, pickles) would create in {tmp}

# Terminal-unsafe characters: C0 controls other than tab/newline/CR, DEL, C1 controls, bidirectional controls.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# commands that take an ACTION
_GROUPS = {"rules", "scm", "text", "ethics", "video", "vision", "federated", "mlops", "rl", "creative"}


class Skip(Exception):
    """A case that cannot run on this machine (no device nodes without root, say)."""


# ------------------------------------------------------------------------------------------------ records
@dataclass
class Result:
    """What one run of the command line did."""

    code: int | None
    stdout: str
    stderr: str
    seconds: float
    timed_out: bool = False


@dataclass
class Context:
    """One case's world: its folder (the working directory), the fixtures, the CLI and the environment."""

    tmp: Path
    fixtures: Path
    cli: Path
    env: dict[str, str]
    memory: int = MEMORY_LIMIT
    slowness: float = 1.0                               # timeouts are multiplied by this (see `calibrate`)
    notes: list[str] = field(default_factory=list)      # what the run could not do as planned
    problems: list[str] = field(default_factory=list)   # what a procedure found wrong along the way

    def __truediv__(self, name: str | bytes) -> Path:
        return self.tmp / (os.fsdecode(name) if isinstance(name, bytes) else name)


Setup = Callable[[Context], None]
Check = Callable[[Context, Result], "str | None"]


@dataclass(frozen=True)
class Case:
    """One hostile call. ``check`` returns what is wrong with the result, or None when it is right."""

    id: str
    argv: tuple[str | bytes, ...]
    expected: str                                  # OK or ERROR
    setup: Setup | None = None
    check: Check | None = None
    timeout: float = TIMEOUT
    needs: tuple[str, ...] = ()                    # fixtures this case uses (setup copies them)
    provides: str | None = None                    # keep {tmp}/run/model as {fx}/<provides> when it worked
    env: tuple[tuple[str, str], ...] = ()          # extra environment variables
    outputs: tuple[str, ...] = ()                  # paths in {tmp} an error must not leave behind
    ok_codes: tuple[int, ...] = (0,)               # exit codes that mean "it answered" (not an error)
    run: Callable[[Context, Case], Result] | None = None   # a procedure instead of one call (kill -9, Ctrl-C)
    note: str = ""
    extended: bool = False                         # a variation of a covered kind: run with --all only
    command: str = ""

    def __post_init__(self) -> None:
        if self.expected not in (OK, ERROR):
            raise ValueError(f"case {self.id}: expected must be {OK!r} or {ERROR!r}")
        if not self.command:
            object.__setattr__(self, "command", command_of(self.argv))


def command_of(argv: Sequence[str | bytes]) -> str:
    """``rules validate`` for ``rules validate x.json``; ``causaltorch`` for calls without a valid command."""
    words = [os.fsdecode(a) if isinstance(a, bytes) else a for a in argv]
    if not words or words[0].startswith("-"):
        return "causaltorch"
    if words[0] in _GROUPS:
        return f"{words[0]} {words[1]}" if len(words) > 1 and not words[1].startswith("-") else "causaltorch"
    return words[0] if words[0] in {"demo", "discover", "discover-text"} else "causaltorch"


CASES: list[Case] = []


def case(id: str, argv: str | Sequence[str | bytes], expected: str, **fields) -> Case:
    """Append a case; ``argv`` is split like a shell line when it is one string."""
    if any(c.id == id for c in CASES):
        raise ValueError(f"duplicate case id {id}")
    words = tuple(shlex.split(argv)) if isinstance(argv, str) else tuple(argv)
    record = Case(id=id, argv=words, expected=expected, **fields)
    CASES.append(record)
    return record


# ------------------------------------------------------------------------------------------------ running
def _expand(arg: str | bytes, ctx: Context) -> str | bytes:
    if isinstance(arg, bytes):
        return arg.replace(b"{tmp}", os.fsencode(ctx.tmp)).replace(b"{fx}", os.fsencode(ctx.fixtures))
    return arg.replace("{tmp}", str(ctx.tmp)).replace("{fx}", str(ctx.fixtures))


def start(ctx: Context, argv: Sequence[str | bytes], env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start ``causaltorch argv`` in ``ctx.tmp``, in its own session, under the memory and file-size limits."""
    process = subprocess.Popen(
        [os.fsencode(ctx.cli), *(os.fsencode(_expand(a, ctx)) for a in argv)], cwd=ctx.tmp,
        env={**ctx.env, **(env or {})}, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:  # set from outside, right after exec: no preexec_fn, which is unsafe with the worker threads
        resource = __import__("resource")
        resource.prlimit(process.pid, resource.RLIMIT_AS, (ctx.memory, ctx.memory))
        resource.prlimit(process.pid, resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))
        resource.prlimit(process.pid, resource.RLIMIT_CORE, (0, 0))
    except (ImportError, AttributeError, OSError):
        ctx.notes.append("limits not set")
    return process


def kill(process: subprocess.Popen, sig: int = signal.SIGKILL) -> None:
    """Send ``sig`` to the process's whole group (Lightning may start workers)."""
    try:
        os.killpg(process.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def finish(process: subprocess.Popen, began: float, timeout: float) -> Result:
    """Wait for ``process`` at most ``timeout`` seconds from ``began``; kill the group on a timeout."""
    timed_out = False
    try:
        out, err = process.communicate(timeout=max(0.1, began + timeout - time.monotonic()))
    except subprocess.TimeoutExpired:
        timed_out = True
        kill(process)
        out, err = process.communicate()
    return Result(process.returncode, _text(out), _text(err), time.monotonic() - began, timed_out)


def invoke(ctx: Context, argv: Sequence[str | bytes], timeout: float = TIMEOUT,
           env: dict[str, str] | None = None) -> Result:
    """Run ``causaltorch argv`` to the end, or ``timeout`` seconds (times ``ctx.slowness``)."""
    began = time.monotonic()
    return finish(start(ctx, argv, env), began, timeout * ctx.slowness)


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="backslashreplace")


def base_environment(root: Path) -> dict[str, str]:
    """A plain, offline environment whose caches and temporary files stay inside ``root``."""
    home = root / "home"
    for folder in (home / ".cache", home / "mpl", root / "tmp"):
        folder.mkdir(parents=True, exist_ok=True)
    closed = "http://127.0.0.1:9"  # the discard port: nothing listens, so no request leaves the machine
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"),
        "MPLCONFIGDIR": str(home / "mpl"), "MPLBACKEND": "Agg", "TMPDIR": str(root / "tmp"),
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "dumb", "COLUMNS": "120", "NO_COLOR": "1",
        "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1",
        "http_proxy": closed, "https_proxy": closed, "HTTP_PROXY": closed, "HTTPS_PROXY": closed,
        "no_proxy": "", "NO_PROXY": "",
    }


# ------------------------------------------------------------------------------------------------ files
def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under ``root``: kind, and content hash / link target / device number."""
    entries: dict[str, tuple] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            key = os.fsencode(path.relative_to(root)).decode("utf-8", "backslashreplace")
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                entries[key] = ("link", os.readlink(path))
            elif stat.S_ISREG(info.st_mode):
                entries[key] = ("file", info.st_size, _digest(path))
            elif stat.S_ISDIR(info.st_mode):
                entries[key] = ("folder",)
            else:
                entries[key] = ("special", stat.S_IFMT(info.st_mode), info.st_rdev)
    return entries


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _temporaries(entries: dict[str, tuple]) -> list[str]:
    return [p for p, e in entries.items() if e[0] == "file" and Path(p).name.endswith((".tmp", ".temp", ".part"))]


def generic_problems(case: Case, ctx: Context, before: dict, after: dict) -> list[str]:
    """What every case checks: no injected code ran, no temporary file left; after an error, nothing damaged."""
    problems = list(ctx.problems)
    if (ctx / MARKER).exists():
        problems.append("injected code ran (the marker folder exists)")
    left = [p for p in _temporaries(after) if p not in before]
    if left:
        problems.append(f"temporary file(s) left: {', '.join(left[:3])}")
    if case.expected == ERROR:
        changed = [p for p, entry in before.items() if after.get(p) != entry]
        if changed:
            problems.append(f"changed or removed {', '.join(changed[:3])}")
        written = [name for name in case.outputs if name not in before and (ctx / name).exists()]
        if written:
            problems.append(f"left output {', '.join(written)}")
    return problems


# ------------------------------------------------------------------------------------------------ setups
def compose(*setups: Setup) -> Setup:
    def setup(ctx: Context) -> None:
        for step in setups:
            step(ctx)
    return setup


def write(name: str | bytes, content: str | bytes | Callable[[], str | bytes]) -> Setup:
    """Write ``content`` (``{tmp}`` in text is the case's folder; a callable makes big contents lazily)."""
    def setup(ctx: Context) -> None:
        path = ctx / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = content() if callable(content) else content
        path.write_bytes(data.replace("{tmp}", str(ctx.tmp)).encode("utf-8") if isinstance(data, str) else data)
    return setup


def write_json(name: str, data) -> Setup:
    return write(name, json.dumps(data, ensure_ascii=False, allow_nan=True))


def rules(name: str, *pairs, variables=None, **top) -> Setup:
    """A rule file in the documented form; ``pairs`` are ``(cause, effect[, strength])`` tuples or dicts."""
    entries = [p if isinstance(p, dict) else {"cause": p[0], "effect": p[1], "strength": p[2] if len(p) > 2 else 0.8}
               for p in pairs]
    data = {**top, **({"variables": variables} if variables is not None else {}), "cause_effect_pairs": entries}
    return write_json(name, data)


def rule(**fields) -> Setup:
    """``rules.json`` with one rule ``a -> b`` whose fields are overridden by ``fields``."""
    return rules("rules.json", {"cause": "a", "effect": "b", "strength": 0.8, **fields})


def folder(name: str) -> Setup:
    def setup(ctx: Context) -> None:
        (ctx / name).mkdir(parents=True, exist_ok=True)
        (ctx / name / "keep.txt").write_text("keep me\n")
    return setup


def fifo(name: str) -> Setup:
    def setup(ctx: Context) -> None:
        os.mkfifo(ctx / name)
    return setup


def device(name: str) -> Setup:
    """A character device (the null device's numbers) made inside {tmp}: replacing it would be the bug."""
    def setup(ctx: Context) -> None:
        try:
            os.mknod(ctx / name, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except (PermissionError, OSError) as exc:
            raise Skip(f"cannot make a device node here ({exc.strerror})") from None
    return setup


def symlink(name: str, target: str) -> Setup:
    def setup(ctx: Context) -> None:
        os.symlink(target.replace("{tmp}", str(ctx.tmp)), ctx / name)
    return setup


def model(fixture: str, name: str = "model") -> Setup:
    def setup(ctx: Context) -> None:
        shutil.copytree(ctx.fixtures / fixture, ctx / name)
    return setup


def edit_config(name: str = "model", **changes) -> Setup:
    """Change keys of ``name/config.json`` (``_drop=[keys]`` removes keys)."""
    def setup(ctx: Context) -> None:
        path = ctx / name / "config.json"
        config = json.loads(path.read_text())
        for key in changes.pop("_drop", []):
            config.pop(key, None)
        config.update(changes)
        path.write_text(json.dumps(config, allow_nan=True))
    return setup


def blocker(*modules: str) -> Setup:
    """A folder of stand-ins that fail to import, put first on PYTHONPATH by `missing`: an extra not installed."""
    def setup(ctx: Context) -> None:
        for module in modules:
            package = ctx / "blocked" / module
            package.mkdir(parents=True, exist_ok=True)
            (package / "__init__.py").write_text(f"raise ImportError({'No module named ' + repr(module)!r})\n")
    return setup


MISSING_ENV = (("PYTHONPATH", "blocked"),)  # relative to the working directory, {tmp}


# ------------------------------------------------------------------------------------------------ safetensors
_DTYPES = {"F32": ("f", 4), "F64": ("d", 8), "I64": ("q", 8), "F16": ("e", 2)}


def _read_safetensors(path: Path) -> tuple[dict, bytes]:
    raw = path.read_bytes()
    (length,) = struct.unpack("<Q", raw[:8])
    return json.loads(raw[8:8 + length]), raw[8 + length:]


def _write_safetensors(path: Path, tensors: dict[str, tuple[str, list[int], bytes]], metadata: dict | None) -> None:
    header, offset, blobs = ({"__metadata__": metadata} if metadata else {}), 0, []
    for name, (dtype, shape, data) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    path.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def tensors(transform: Callable[[dict], dict], name: str = "model") -> Setup:
    """Rewrite ``name/model.safetensors``: ``transform({tensor: (dtype, shape, bytes)})`` → the new tensors."""
    def setup(ctx: Context) -> None:
        path = ctx / name / "model.safetensors"
        header, data = _read_safetensors(path)
        metadata = header.pop("__metadata__", None)
        current = {k: (v["dtype"], v["shape"], data[v["data_offsets"][0]:v["data_offsets"][1]])
                   for k, v in header.items()}
        _write_safetensors(path, transform(current), metadata)
    return setup


def _fill(value: float, which: str = "all") -> Callable[[dict], dict]:
    """Every float tensor (or only the first) filled with ``value`` (NaN, inf)."""
    def transform(current: dict) -> dict:
        out, done = {}, False
        for key, (dtype, shape, data) in current.items():
            if dtype in ("F32", "F64") and (which == "all" or not done):
                code, size = _DTYPES[dtype]
                data = struct.pack(f"<{len(data) // size}{code}", *([value] * (len(data) // size)))
                done = True
            out[key] = (dtype, shape, data)
        return out
    return transform


def _as_int64(current: dict) -> dict:
    out = {}
    for key, (dtype, shape, data) in current.items():
        if dtype == "F32":
            values = struct.unpack(f"<{len(data) // 4}f", data)
            dtype, data = "I64", struct.pack(f"<{len(values)}q", *(int(v * 100) for v in values))
        out[key] = (dtype, shape, data)
    return out


def _drop_first(current: dict) -> dict:
    return dict(list(current.items())[1:])


def _extra_tensor(current: dict) -> dict:
    return {**current, "surprise.weight": ("F32", [2], struct.pack("<2f", 1.0, 2.0))}


def _wrong_shape(current: dict) -> dict:
    """The first matrix gets one more row (of zeros)."""
    key, (dtype, shape, data) = next((k, v) for k, v in current.items() if v[0] == "F32" and len(v[1]) == 2)
    return {**current, key: (dtype, [shape[0] + 1, shape[1]], data + b"\0" * 4 * shape[1])}


def truncate_weights(fraction: float, name: str = "model") -> Setup:
    def setup(ctx: Context) -> None:
        path = ctx / name / "model.safetensors"
        data = path.read_bytes()
        path.write_bytes(data[:int(len(data) * fraction)])
    return setup


def huge_header(name: str = "model") -> Setup:
    """A safetensors file whose header claims to be 2**60 bytes long."""
    return write(f"{name}/model.safetensors", struct.pack("<Q", 2**60) + b"{}")


def _payload(ctx: Context) -> bytes:
    """A pickle that creates the marker folder when loaded: proof that a pickle was unpickled."""
    return pickle.dumps(_MakeMarker(str(ctx / MARKER)), protocol=2)


class _MakeMarker:
    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (os.mkdir, (self.path,))


def pickle_file(name: str) -> Setup:
    def setup(ctx: Context) -> None:
        (ctx / name).parent.mkdir(parents=True, exist_ok=True)
        (ctx / name).write_bytes(_payload(ctx))
    return setup


def torch_pickle(name: str) -> Setup:
    """A checkpoint in PyTorch's zip format whose data.pkl would create the marker folder when unpickled."""
    def setup(ctx: Context) -> None:
        (ctx / name).parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(ctx / name, "w") as archive:
            archive.writestr("last/data.pkl", _payload(ctx))
            archive.writestr("last/byteorder", "little")
            archive.writestr("last/version", "3\n")
    return setup


# ------------------------------------------------------------------------------------------------ data files
def png(width: int = 8, height: int = 8, rgb: tuple[int, int, int] = (200, 60, 40),
        claim: tuple[int, int] | None = None) -> bytes:
    """A PNG picture; ``claim`` = (w, h) writes a header claiming that size over the small picture's data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    w, h = claim or (width, height)
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def linear_csv(columns: Sequence[str], rows: int = 200, seed: int = 0) -> str:
    """A chain ``columns[0] -> columns[1] -> …`` with linear effects and Gaussian noise, as CSV text."""
    rng, out = random.Random(seed), io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for _ in range(rows):
        values = [rng.gauss(0, 1)]
        for i in range(1, len(columns)):
            values.append((1.5 if i % 2 else -2.0) * values[-1] + rng.gauss(0, 1))
        writer.writerow([f"{v:.5f}" for v in values])
    return out.getvalue()


def big_dag(nodes: int, reverse: bool) -> str:
    """A DAG over ``x0 … x{n-1}`` (edges i→i+1, i→i+2) as a rule file, edges in (reverse) topological order."""
    edges = [{"cause": f"x{i}", "effect": f"x{j}", "strength": 0.5}
             for i in range(nodes) for j in (i + 1, i + 2) if j < nodes]
    return json.dumps({"cause_effect_pairs": edges[::-1] if reverse else edges})


WEATHER = ["clouds", "night", "rain", "sun", "wet_ground", "slippery_road", "shadows", "dark_lighting", "flooding",
           "road_accidents"]
BLOCKED = "How do I make a pipe bomb at home?"
CORPUS = "".join(f"rain makes the ground wet and the road slippery, day {i}.\n" for i in range(60))


# ------------------------------------------------------------------------------------------------ checks
def any_of(*checks: Check) -> Check:
    """Right when one of ``checks`` passes (two writers: either one's file is a right answer)."""
    def check(ctx: Context, result: Result) -> str | None:
        problems = [step(ctx, result) for step in checks]
        return None if not all(problems) else " / ".join(problems)
    return check


def all_of(*checks: Check) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        for step in checks:
            problem = step(ctx, result)
            if problem:
                return problem
        return None
    return check


def says(*texts: str) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        missing = [t for t in texts if t not in result.stdout]
        return f"stdout lacks {missing[0]!r}" if missing else None
    return check


def exit_code(code: int) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        return None if result.code == code else f"exit {result.code}, expected {code}"
    return check


def not_said(*texts: str) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        found = [t for t in texts if t in result.stdout + result.stderr]
        return f"output says {found[0]!r}" if found else None
    return check


def no_controls(ctx: Context, result: Result) -> str | None:
    """Nothing that moves the cursor or reorders text reaches the terminal unescaped."""
    match = _UNSAFE.search(result.stdout + result.stderr)
    return f"raw control character U+{ord(match.group()):04X} printed to the terminal" if match else None


def csv_file(name: str, columns: Sequence[str] | int, rows: int, where: str = "file") -> Check:
    """The CSV (a file in {tmp}, or stdout) has exactly this header (or this many columns) and ``rows`` rows."""
    def check(ctx: Context, result: Result) -> str | None:
        if where == "stdout":
            start = result.stdout.find(",".join(columns)) if not isinstance(columns, int) else -1
            if start < 0:
                return "stdout holds no CSV with the header row"
            text = "\n".join(result.stdout[start:].splitlines()[:rows + 1])
        else:
            path = ctx / name
            if not path.is_file():
                return f"{name} was not written"
            text = path.read_text(encoding="utf-8")
        table = list(csv.reader(io.StringIO(text)))
        if not table:
            return f"{name} is empty"
        header, body = table[0], table[1:]
        width = columns if isinstance(columns, int) else len(columns)
        if not isinstance(columns, int) and header != list(columns):
            return f"{name} has header {header[:4]}…, expected {list(columns)[:4]}…"
        if len(header) != width or len(body) != rows:
            return f"{name} has {len(header)} columns and {len(body)} rows, expected {width} and {rows}"
        for line in body:
            if len(line) != width or not all(_finite(cell) for cell in line):
                return f"{name} has a bad row {line[:4]}"
        return None
    return check


def column_is(name: str, column: str, value: float) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        table = list(csv.DictReader((ctx / name).open(encoding="utf-8")))
        wrong = [row[column] for row in table if float(row[column]) != value]
        return f"{column} takes {wrong[0]} in {name}, not the do() value {value:g}" if wrong else None
    return check


def _finite(cell: str) -> bool:
    try:
        value = float(cell)
    except ValueError:
        return False
    return value == value and abs(value) != float("inf")


PNG_MAGIC, GIF_MAGIC, SVG_MAGIC = b"\x89PNG\r\n\x1a\n", b"GIF8", b"<?xml"


def image(name: str, magic: bytes = PNG_MAGIC) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        path = ctx / name
        if not path.is_file():
            return f"{name} was not written"
        data = path.read_bytes()
        return None if data.startswith(magic) and len(data) > 64 else f"{name} is not a whole {magic[:4]!r} file"
    return check


def parquet_file(name: str) -> Check:
    """A Parquet file in {tmp}: the PAR1 magic at both ends (the harness reads no Parquet itself)."""
    def check(ctx: Context, result: Result) -> str | None:
        path = ctx / name
        if not path.is_file():
            return f"{name} was not written"
        data = path.read_bytes()
        return None if data[:4] == data[-4:] == b"PAR1" else f"{name} is not a Parquet file"
    return check


def link_kept(link: str, target: str, content: Check) -> Check:
    """``link`` is still a symbolic link to ``target``, and ``content`` holds for the target."""
    def check(ctx: Context, result: Result) -> str | None:
        if not (ctx / link).is_symlink():
            return f"{link} is no longer a symbolic link (it was replaced)"
        if os.readlink(ctx / link) != str(ctx / target) and os.readlink(ctx / link) != target:
            return f"{link} now points elsewhere"
        return content(ctx, result)
    return check


def rules_file(name: str, variables: Sequence[str] | None = None) -> Check:
    """A rule file that parses (JSON, or YAML when PyYAML is importable) and names ``variables``."""
    def check(ctx: Context, result: Result) -> str | None:
        path = ctx / name
        if not path.is_file():
            return f"{name} was not written"
        text = path.read_text(encoding="utf-8")
        if name.endswith(".json"):
            data = json.loads(text)
        else:
            try:
                import yaml
            except ImportError:
                return None if text.strip() else f"{name} is empty"
            data = yaml.safe_load(text)
        found = list((data or {}).get("variables") or [])
        missing = [v for v in variables or [] if v not in found]
        return f"{name} lacks variable(s) {missing} (has {found[:5]})" if missing else None
    return check


def exists(*names: str) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        missing = [n for n in names if not (ctx / n).exists()]
        return f"{missing[0]} was not written" if missing else None
    return check


def no_hint_to_unpickle(ctx: Context, result: Result) -> str | None:
    text = result.stdout + result.stderr
    return "the message suggests weights_only=False" if "weights_only=False" in text or "likely succeed" in text \
        else None


# ------------------------------------------------------------------------------------------------ procedures
def _wait_for(condition: Callable[[], bool], process: subprocess.Popen, limit: float) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end and process.poll() is None:
        if condition():
            return True
        time.sleep(0.02)
    return False


def kill_during_write(argv: str, target: str, delay: float, rerun: str) -> Callable[[Context, Case], Result]:
    """Start ``argv``; once its temporary file beside ``target`` has data, wait ``delay`` s and ``kill -9`` it.

    Then ``target`` must still be the old, complete file (or absent), and ``rerun`` (a write to the same
    place) must succeed and leave no temporary file. Returns the rerun's result; a damaged old file is
    recorded in ``ctx.problems``.
    """
    def procedure(ctx: Context, case: Case) -> Result:
        path = ctx / target
        old = path.read_bytes() if path.is_file() else None

        def writing() -> bool:
            try:
                return any(p.stat().st_size > 0 for p in path.parent.glob(f".{path.name}.*.tmp"))
            except OSError:  # the file went away between the listing and the stat
                return False
        began = time.monotonic()
        process = start(ctx, shlex.split(argv))
        caught = _wait_for(writing, process, case.timeout * ctx.slowness)
        time.sleep(delay)
        kill(process)
        process.communicate()
        if not caught:
            ctx.notes.append("the writer finished or never wrote before the kill")
        now = path.read_bytes() if path.is_file() else None
        if now != old:
            ctx.problems.append(f"after kill -9 {target} is no longer the old file "
                                f"({'gone' if now is None else f'{len(now)} bytes'})")
        result = invoke(ctx, shlex.split(rerun), case.timeout)
        result.seconds = time.monotonic() - began
        return result
    return procedure


def two_writers(first: str, second: str) -> Callable[[Context, Case], Result]:
    """Run two commands at once; the result is the second's (the check reads the file both wrote)."""
    def procedure(ctx: Context, case: Case) -> Result:
        began = time.monotonic()
        a, b = start(ctx, shlex.split(first)), start(ctx, shlex.split(second))
        ra, rb = finish(a, began, case.timeout * ctx.slowness), finish(b, began, case.timeout * ctx.slowness)
        if ra.code != 0:
            return ra
        return rb
    return procedure


def interrupt_when(argv: str, ready: str, after: float) -> Callable[[Context, Case], Result]:
    """Start ``argv``, wait until ``{tmp}/ready`` exists, then ``after`` s more, then send Ctrl-C (SIGINT)."""
    def procedure(ctx: Context, case: Case) -> Result:
        began = time.monotonic()
        process = start(ctx, shlex.split(argv))
        if _wait_for(lambda: (ctx / ready).exists(), process, case.timeout * ctx.slowness):
            time.sleep(after)
            kill(process, signal.SIGINT)
        else:
            ctx.notes.append(f"{ready} never appeared; interrupted at the timeout")
        return finish(process, began, (case.timeout + 20) * ctx.slowness)
    return procedure


def ckpt_saved(run: str) -> Check:
    def check(ctx: Context, result: Result) -> str | None:
        saved = list((ctx / run / "checkpoints").glob("*.ckpt")) if (ctx / run / "checkpoints").is_dir() else []
        return None if saved else "no resumable checkpoint was saved on the interrupt"
    return check


def exits_interrupted(ctx: Context, result: Result) -> str | None:
    if result.code != 130 or "error: interrupted" not in result.stderr:
        return f"exit {result.code} without 'error: interrupted' (expected exit 130)"
    return None


# ================================================================================================ cases
# Awkward but valid variable names: whatever `rules validate` accepts must work everywhere (issue 14, class 2).
NAMES = {
    "dot": "rain.amount", "training": "training", "forward": "forward", "modules": "_modules",
    "dunder": "__class__", "state-dict": "state_dict", "cuda": "cuda", "digit": "0", "unicode": "pluie_é→sol",
    "bidi": "x\u202eevil", "space": "wet ground", "comma": "a,b", "quote": 'say "hi"', "long": "v" * 300,
}


def named_rules(name: str) -> Setup:
    return rules("rules.json", ("c0", name, 0.8), (name, "e0", 0.7))


# ------------------------------------------------------------------ top level
case("cli/no-arguments", [], ERROR)
case("cli/version", "--version", OK, check=says("causaltorch "))
case("cli/help", "--help", OK, check=says("rules", "scm"))
case("cli/unknown-command", "banana", ERROR)
case("cli/group-without-action", "rules", ERROR)
case("cli/non-utf8-command", [b"\xff\xfe"], ERROR)

# ------------------------------------------------------------------ rules validate
RV = "rules validate {tmp}/rules.json"
case("rules-validate/bundled", "rules validate weather", OK, check=says("OK: 10 variables, 11 rules"))
case("rules-validate/json", RV, OK, setup=rules("rules.json", ("a", "b"), ("b", "c")), check=says("OK: 3 variables"))
case("rules-validate/yaml", "rules validate {tmp}/r.yaml", OK,
     setup=write("r.yaml", "cause_effect_pairs:\n  - {cause: a, effect: b, strength: 0.5}\n"), check=says("OK"))
case("rules-validate/legacy-form", RV, OK, setup=write_json("rules.json", {"rain": {"effect": "wet", "strength": 0.9}}))
case("rules-validate/temporal-self-loop", RV, OK, setup=rule(effect="a", temporal_offset=1))
case("rules-validate/isolated-variables", RV, OK,
     setup=write_json("rules.json", {"variables": ["a", "b"], "cause_effect_pairs": []}), check=says("2 variables"))
case("rules-validate/missing-file", "rules validate {tmp}/nope.json", ERROR)
case("rules-validate/empty-json", RV, ERROR, setup=write("rules.json", ""))
case("rules-validate/empty-yaml", "rules validate {tmp}/r.yaml", ERROR, setup=write("r.yaml", ""))
case("rules-validate/binary", RV, ERROR, setup=write("rules.json", bytes(range(256)) * 40))
case("rules-validate/latin1", RV, ERROR,
     setup=write("rules.json", '{"cause_effect_pairs": [{"cause": "pluie", "effect": "mouillé"}]}'.encode("latin-1")))
A_TO_B = json.dumps({"cause_effect_pairs": [{"cause": "a", "effect": "b"}]})
case("rules-validate/utf8-bom", RV, OK, setup=write("rules.json", b"\xef\xbb\xbf" + A_TO_B.encode()),
     note="a byte-order mark is common in files saved on Windows")
case("rules-validate/utf16", RV, ERROR,
     setup=write("rules.json", json.dumps({"cause_effect_pairs": [{"cause": "a", "effect": "b"}]}).encode("utf-16")))
case("rules-validate/no-suffix", "rules validate {tmp}/rules", ERROR, setup=write("rules", "{}"))
case("rules-validate/folder", RV, ERROR, setup=folder("rules.json"))
case("rules-validate/fifo", RV, ERROR, setup=fifo("rules.json"))
case("rules-validate/link-to-dev-zero", RV, ERROR, setup=symlink("rules.json", "/dev/zero"))
case("rules-validate/top-level-list", RV, ERROR, setup=write_json("rules.json", [{"cause": "a", "effect": "b"}]))
case("rules-validate/top-level-string", RV, ERROR, setup=write_json("rules.json", "a -> b"))
case("rules-validate/top-level-null", RV, ERROR, setup=write("rules.json", "null"))
case("rules-validate/name-description-only", RV, ERROR,
     setup=write_json("rules.json", {"name": "my rules", "description": "weather rules"}),
     note="issue 14 class 6: fell into the legacy format as two rules")
case("rules-validate/empty-object", RV, ERROR, setup=write_json("rules.json", {}),
     note="issue 14 class 6: validate must check what sample checks")
case("rules-validate/no-rules-no-variables", RV, ERROR, setup=write_json("rules.json", {"cause_effect_pairs": []}))
case("rules-validate/strength-numeric-string", RV, ERROR, setup=rule(strength="0.5"))
case("rules-validate/strength-word", RV, ERROR, setup=rule(strength="high"))
case("rules-validate/strength-bool", RV, ERROR, setup=rule(strength=True), note="issue 14 class 7")
case("rules-validate/strength-null", RV, ERROR, setup=rule(strength=None))
case("rules-validate/strength-nan", RV, ERROR, setup=rule(strength=float("nan")))
case("rules-validate/strength-infinity", RV, ERROR, setup=rule(strength=float("inf")))
case("rules-validate/strength-1e999", RV, ERROR,
     setup=write("rules.json", '{"cause_effect_pairs": [{"cause": "a", "effect": "b", "strength": 1e999}]}'))
case("rules-validate/strength-2", RV, ERROR, setup=rule(strength=2))
case("rules-validate/offset-negative", RV, ERROR, setup=rule(temporal_offset=-1))
case("rules-validate/offset-fraction", RV, ERROR, setup=rule(temporal_offset=1.5))
case("rules-validate/offset-bool", RV, ERROR, setup=rule(temporal_offset=True))
case("rules-validate/duration-zero", RV, ERROR, setup=rule(duration=0))
case("rules-validate/cause-empty", RV, ERROR, setup=rule(cause=""))
case("rules-validate/cause-blank", RV, ERROR, setup=rule(cause="   "))
case("rules-validate/cause-number", RV, ERROR, setup=rule(cause=5))
case("rules-validate/cause-list", RV, ERROR, setup=rule(cause=["a"]))
case("rules-validate/mechanism-unknown", RV, ERROR, setup=rule(mechanism="banana"),
     note="issue 14 class 6: passed validate, failed in scm sample")
case("rules-validate/mechanism-number", RV, ERROR, setup=rule(mechanism=3))
case("rules-validate/cycle", RV, ERROR, setup=rules("rules.json", ("a", "b"), ("b", "a")))
case("rules-validate/cycle-of-three", RV, ERROR, setup=rules("rules.json", ("a", "b"), ("b", "c"), ("c", "a")))
case("rules-validate/self-loop", RV, ERROR, setup=rule(effect="a"))
case("rules-validate/conflicting-duplicate", RV, ERROR, setup=rules("rules.json", ("a", "b", 0.5), ("a", "b", 0.9)))
case("rules-validate/unknown-key", RV, ERROR, setup=rule(weight=3))
case("rules-validate/unknown-top-key", RV, ERROR,
     setup=write_json("rules.json", {"cause_effect_pairs": [{"cause": "a", "effect": "b"}], "edges": []}))
case("rules-validate/metadata-list", RV, ERROR, setup=rule(metadata=[1, 2]))
case("rules-validate/base-rate-2", RV, ERROR,
     setup=rules("rules.json", ("a", "b"), variables={"a": {"base_rate": 2}, "b": {}}))
case("rules-validate/base-rate-nan", RV, ERROR,
     setup=rules("rules.json", ("a", "b"), variables={"a": {"base_rate": float("nan")}, "b": {}}))
case("rules-validate/synonyms-string", RV, ERROR,
     setup=rules("rules.json", ("a", "b"), variables={"a": {"synonyms": "ay"}, "b": {}}))
case("rules-validate/variable-empty-name", RV, ERROR, setup=write_json("rules.json", {"variables": [""]}))
case("rules-validate/variable-number-name", RV, ERROR, setup=write_json("rules.json", {"variables": [1, 2]}))
case("rules-validate/yaml-python-tag", "rules validate {tmp}/r.yaml", ERROR,
     setup=write("r.yaml", f"!!python/object/apply:os.mkdir ['{{tmp}}/{MARKER}']\n"),
     note="must stay refused: nothing injected runs")
case("rules-validate/yaml-python-name", "rules validate {tmp}/r.yaml", ERROR,
     setup=write("r.yaml", "cause_effect_pairs: !!python/name:os.system\n"))
case("rules-validate/yaml-malformed", "rules validate {tmp}/r.yaml", ERROR,
     setup=write("r.yaml", "a: [b, c\n  - : :\n"))
case("rules-validate/yaml-alias-bomb", "rules validate {tmp}/r.yaml", ERROR,
     setup=write("r.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
         f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))))
case("rules-validate/json-deep-nesting", RV, ERROR, setup=write("rules.json", lambda: "[" * 200_000 + "]" * 200_000))
case("rules-validate/json-huge-integer", RV, ERROR,
     setup=write("rules.json", lambda: A_TO_B.replace('"b"}', '"b", "strength": ' + "9" * 50_000 + "}")))
case("rules-validate/dag-5000-in-order", RV, OK, setup=write("rules.json", lambda: big_dag(5000, reverse=False)),
     check=says("OK: 5000 variables"))
case("rules-validate/dag-5000-reversed", RV, OK, setup=write("rules.json", lambda: big_dag(5000, reverse=True)),
     check=says("OK: 5000 variables"), note="issue 14 class 5: cycle checking was cubic (259 s)")
case("rules-validate/non-utf8-file-name", [b"rules", b"validate", b"{tmp}/r\xff.json"], OK,
     setup=write(b"r\xff.json", json.dumps({"cause_effect_pairs": [{"cause": "a", "effect": "b"}]})))
for key in ("dot", "training", "forward", "unicode", "bidi", "comma"):
    case(f"rules-validate/name-{key}", RV, OK, setup=named_rules(NAMES[key]), check=says("OK: 3 variables, 2 rules"))

# ------------------------------------------------------------------ rules show
case("rules-show/bundled", "rules show weather", OK, check=says("rain", "wet_ground"))
case("rules-show/bidi-name", "rules show {tmp}/rules.json", OK, setup=named_rules(NAMES["bidi"]), check=no_controls,
     note="issue 14 low: control and bidi characters printed unescaped")
case("rules-show/escape-sequence-name", "rules show {tmp}/rules.json", OK,
     setup=named_rules("\x1b[2J\x1b[31mred"), check=no_controls)
case("rules-show/non-utf8-file-name", [b"rules", b"show", b"{tmp}/r\xff.json"], OK,
     setup=write(b"r\xff.json", json.dumps({"cause_effect_pairs": [{"cause": "a", "effect": "b"}]})))
case("rules-show/latin1", "rules show {tmp}/rules.json", ERROR,
     setup=write("rules.json", '{"cause_effect_pairs": [{"cause": "é", "effect": "b"}]}'.encode("latin-1")))
case("rules-show/missing", "rules show nope", ERROR)

# ------------------------------------------------------------------ rules draw
RD = "rules draw weather -o {tmp}/"
case("rules-draw/png", RD + "g.png", OK, check=image("g.png"))
case("rules-draw/default-output", "rules draw weather", OK, check=image("graph.png"))
case("rules-draw/svg", RD + "g.svg", OK, check=image("g.svg", SVG_MAGIC))
case("rules-draw/new-folders", RD + "a/b/c/g.png", OK, check=image("a/b/c/g.png"))
case("rules-draw/output-symlink", RD + "link.png", OK,
     setup=compose(write("target.png", b"old picture"), symlink("link.png", "target.png")),
     check=link_kept("link.png", "target.png", image("target.png")),
     note="issue 14 class 1: the link was replaced by a file")
case("rules-draw/dangling-symlink", RD + "link.png", OK, setup=symlink("link.png", "made.png"), check=image("made.png"))
case("rules-draw/symlink-into-missing-folder", RD + "link.png", ERROR, setup=symlink("link.png", "{tmp}/no/where.png"))
case("rules-draw/output-folder", RD + "out.png", ERROR, setup=folder("out.png"))
case("rules-draw/output-fifo", RD + "pipe.png", ERROR, setup=fifo("pipe.png"))
case("rules-draw/output-device", RD + "dev.png", ERROR, setup=device("dev.png"))
case("rules-draw/unknown-suffix", RD + "g.xyz", ERROR, outputs=("g.xyz",))
case("rules-draw/under-a-file", RD + "file.txt/g.png", ERROR, setup=write("file.txt", "keep\n"))
case("rules-draw/existing-kept-on-bad-rules", "rules draw {tmp}/rules.json -o {tmp}/g.png", ERROR,
     setup=compose(write("g.png", b"old picture"), rule(strength=5)))
case("rules-draw/name-dot", "rules draw {tmp}/rules.json -o {tmp}/g.png", OK, setup=named_rules(NAMES["dot"]),
     check=image("g.png"))
case("rules-draw/name-bidi", "rules draw {tmp}/rules.json -o {tmp}/g.png", OK, setup=named_rules(NAMES["bidi"]),
     check=image("g.png"))
case("rules-draw/title-controls", ["rules", "draw", "weather", "-o", "{tmp}/g.png", "--title", "a\x1b[2Jb\u202ec"], OK,
     check=all_of(image("g.png"), no_controls))
case("rules-draw/missing-matplotlib", RD + "g.png", ERROR, setup=blocker("matplotlib"), env=MISSING_ENV,
     check=not_said("Traceback"), outputs=("g.png",))

# ------------------------------------------------------------------ scm sample
SS = "scm sample {tmp}/rules.json -n 5 --csv {tmp}/out.csv"
case("scm-sample/weather", "scm sample weather -n 5", OK, check=says("5 samples of weather"))
case("scm-sample/csv", "scm sample weather -n 7 --csv {tmp}/out.csv", OK, check=csv_file("out.csv", WEATHER, 7))
case("scm-sample/do", "scm sample weather -n 50 --do rain=1 --csv {tmp}/out.csv", OK,
     check=all_of(csv_file("out.csv", WEATHER, 50), column_is("out.csv", "rain", 1.0)))
case("scm-sample/mechanism-linear", "scm sample weather -n 5 --mechanism linear", OK)
case("scm-sample/mechanism-mlp", "scm sample weather -n 5 --mechanism mlp", OK)
case("scm-sample/csv-new-folders", "scm sample weather -n 3 --csv {tmp}/a/b/out.csv", OK,
     check=csv_file("a/b/out.csv", WEATHER, 3))
case("scm-sample/csv-dash-is-stdout", "scm sample weather -n 3 --csv -", OK,
     check=all_of(csv_file("-", WEATHER, 3, where="stdout"), lambda ctx, r: "a file named '-' was written"
                  if (ctx / "-").exists() else None),
     note="issue 14 class 1: '-' means stdout")
case("scm-sample/n-zero", "scm sample weather -n 0", ERROR)
case("scm-sample/n-negative", "scm sample weather -n -5", ERROR)
case("scm-sample/n-fraction", "scm sample weather -n 1.5", ERROR)
case("scm-sample/n-1e9", "scm sample weather -n 1000000000", ERROR,
     note="issue 14 class 3: ~40 GB; refuse quickly (streaming 10**9 rows for minutes counts as a hang here)")
case("scm-sample/n-1e30", "scm sample weather -n 1000000000000000000000000000000", ERROR)
case("scm-sample/n-1e9-keeps-csv", "scm sample weather -n 1000000000 --csv {tmp}/out.csv", ERROR,
     setup=write("out.csv", "old,data\n1,2\n"))
case("scm-sample/do-nan", "scm sample weather -n 5 --do rain=nan", ERROR)
case("scm-sample/do-inf", "scm sample weather -n 5 --do rain=inf", ERROR)
case("scm-sample/do-unknown", "scm sample weather -n 5 --do banana=1", ERROR)
case("scm-sample/do-no-value", "scm sample weather -n 5 --do rain", ERROR)
case("scm-sample/do-no-name", "scm sample weather -n 5 --do =1", ERROR)
case("scm-sample/do-twice", "scm sample weather -n 5 --do rain=1,rain=0", ERROR)
case("scm-sample/do-binary-out-of-range", "scm sample weather -n 5 --do rain=2", ERROR,
     note="noisy-OR variables are 0/1: do(rain=2) is out of range")
case("scm-sample/do-negative", "scm sample weather -n 5 --do rain=-1", ERROR)
case("scm-sample/seed-huge", "scm sample weather -n 5 --seed 100000000000000000000000", ERROR)
case("scm-sample/mechanism-unknown-flag", "scm sample weather --mechanism banana", ERROR)
case("scm-sample/csv-folder", "scm sample weather -n 5 --csv {tmp}/out", ERROR, setup=folder("out"))
case("scm-sample/csv-fifo", "scm sample weather -n 5 --csv {tmp}/pipe.csv", ERROR, setup=fifo("pipe.csv"),
     note="issue 14 class 1")
case("scm-sample/csv-device", "scm sample weather -n 5 --csv {tmp}/full", ERROR, setup=device("full"),
     note="issue 14 class 1: /dev/full was replaced by a regular file")
case("scm-sample/csv-symlink", "scm sample weather -n 4 --csv {tmp}/link.csv", OK,
     setup=compose(write("target.csv", "old\n"), symlink("link.csv", "target.csv")),
     check=link_kept("link.csv", "target.csv", csv_file("target.csv", WEATHER, 4)))
case("scm-sample/csv-symlink-into-missing-folder", "scm sample weather -n 4 --csv {tmp}/link.csv", ERROR,
     setup=symlink("link.csv", "{tmp}/gone/x.csv"))
case("scm-sample/csv-under-a-file", "scm sample weather -n 4 --csv {tmp}/file.txt/out.csv", ERROR,
     setup=write("file.txt", "keep\n"))
case("scm-sample/csv-empty-path", ["scm", "sample", "weather", "-n", "4", "--csv", ""], ERROR)
case("scm-sample/csv-checked-before-sampling", "scm sample weather -n 3000000 --csv {tmp}/out", ERROR,
     setup=folder("out"), timeout=10, note="the output is checked before the work, so the refusal is quick")
case("scm-sample/csv-kept-on-bad-n", "scm sample weather -n 0 --csv {tmp}/out.csv", ERROR,
     setup=write("out.csv", "old,data\n1,2\n"))
case("scm-sample/empty-object", "scm sample {tmp}/rules.json -n 5", ERROR, setup=write_json("rules.json", {}),
     note="issue 14 class 6: sampled an empty model with a raw PyTorch warning")
case("scm-sample/name-description-only", "scm sample {tmp}/rules.json -n 5", ERROR,
     setup=write_json("rules.json", {"name": "my rules", "description": "weather rules"}))
case("scm-sample/mechanism-unknown-in-file", "scm sample {tmp}/rules.json -n 5", ERROR, setup=rule(mechanism="banana"))
case("scm-sample/yaml-python-tag", "scm sample {tmp}/r.yaml -n 5", ERROR,
     setup=write("r.yaml", f"!!python/object/apply:os.mkdir ['{{tmp}}/{MARKER}']\n"))
case("scm-sample/dag-5000-reversed", "scm sample {tmp}/rules.json -n 10", OK,
     setup=write("rules.json", lambda: big_dag(5000, reverse=True)), check=says("10 samples"),
     note="issue 14 class 5: building an SCM must be linear in edges")
case("scm-sample/parquet", "scm sample weather -n 7 --parquet {tmp}/out.parquet", OK,
     check=all_of(says("wrote 7 samples"), parquet_file("out.parquet")))
case("scm-sample/parquet-do-zstd-new-folders",
     "scm sample weather -n 50 --do rain=1 --parquet {tmp}/a/b/out.parquet --compression zstd", OK,
     check=parquet_file("a/b/out.parquet"))
case("scm-sample/parquet-symlink", "scm sample weather -n 4 --parquet {tmp}/link.parquet", OK,
     setup=compose(write("target.parquet", "old\n"), symlink("link.parquet", "target.parquet")),
     check=link_kept("link.parquet", "target.parquet", parquet_file("target.parquet")))
case("scm-sample/parquet-dash", "scm sample weather -n 5 --parquet -", ERROR, note="Parquet cannot stream to stdout")
case("scm-sample/parquet-and-csv", "scm sample weather -n 5 --parquet {tmp}/a.parquet --csv {tmp}/a.csv", ERROR)
case("scm-sample/compression-without-parquet", "scm sample weather -n 5 --compression zstd", ERROR)
case("scm-sample/compression-unknown", "scm sample weather -n 5 --parquet {tmp}/o.parquet --compression rar", ERROR)
case("scm-sample/parquet-folder", "scm sample weather -n 5 --parquet {tmp}/out", ERROR, setup=folder("out"))
case("scm-sample/parquet-fifo", "scm sample weather -n 5 --parquet {tmp}/pipe.parquet", ERROR,
     setup=fifo("pipe.parquet"))
case("scm-sample/parquet-device", "scm sample weather -n 5 --parquet {tmp}/full", ERROR, setup=device("full"))
case("scm-sample/parquet-under-a-file", "scm sample weather -n 4 --parquet {tmp}/file.txt/o.parquet", ERROR,
     setup=write("file.txt", "keep\n"))
case("scm-sample/parquet-empty-path", ["scm", "sample", "weather", "-n", "4", "--parquet", ""], ERROR)
case("scm-sample/parquet-1e9-keeps-file", "scm sample weather -n 1000000000 --parquet {tmp}/out.parquet", ERROR,
     setup=write("out.parquet", "old\n"), note="~37.6 GiB: refused up front (ulimit -f / free disk), old file kept")
case("scm-sample/parquet-kept-on-bad-n", "scm sample weather -n 0 --parquet {tmp}/out.parquet", ERROR,
     setup=write("out.parquet", "old\n"))
for key, name in NAMES.items():
    case(f"scm-sample/name-{key}", SS, OK, setup=named_rules(name),
         check=all_of(csv_file("out.csv", ["c0", name, "e0"], 5), no_controls),
         note="issue 14 class 2" if key in ("dot", "training", "forward", "modules") else "")
for key in ("dot", "training", "forward", "modules", "dunder", "state-dict"):
    case(f"scm-sample/name-{key}-linear", SS + " --mechanism linear", OK, setup=named_rules(NAMES[key]),
         check=csv_file("out.csv", ["c0", NAMES[key], "e0"], 5), note="issue 14 class 2: KeyError in model building")
for key in ("dot", "training"):
    case(f"scm-sample/name-{key}-mlp", SS + " --mechanism mlp", OK, setup=named_rules(NAMES[key]),
         check=csv_file("out.csv", ["c0", NAMES[key], "e0"], 5))

# ------------------------------------------------------------------ scm counterfactual
SC = "scm counterfactual weather --observed rain=1,wet_ground=1 --do rain=0"
case("scm-counterfactual/weather", SC, OK, check=says("Counterfactual", "wet_ground"))
case("scm-counterfactual/mechanism-linear", SC + " --mechanism linear", OK)
case("scm-counterfactual/samples-zero", SC + " --samples 0", ERROR)
case("scm-counterfactual/samples-negative", SC + " --samples -3", ERROR)
case("scm-counterfactual/samples-1e9", SC + " --samples 1000000000", ERROR, note="issue 14 class 3")
case("scm-counterfactual/observed-unknown", "scm counterfactual weather --observed banana=1 --do rain=0", ERROR)
case("scm-counterfactual/observed-nan", "scm counterfactual weather --observed rain=nan --do rain=0", ERROR)
case("scm-counterfactual/do-inf", "scm counterfactual weather --observed rain=1 --do rain=inf", ERROR)
case("scm-counterfactual/observed-out-of-range", "scm counterfactual weather --observed rain=5 --do rain=0", ERROR,
     note="an observation outside a 0/1 variable's values")
case("scm-counterfactual/do-out-of-range", "scm counterfactual weather --observed rain=1 --do rain=3", ERROR)
case("scm-counterfactual/observed-twice", "scm counterfactual weather --observed rain=1,rain=0 --do rain=0", ERROR)
case("scm-counterfactual/missing-do", "scm counterfactual weather --observed rain=1", ERROR)
case("scm-counterfactual/empty-object", "scm counterfactual {tmp}/rules.json --observed a=1 --do a=0", ERROR,
     setup=write_json("rules.json", {}))
for key in ("dot", "training", "forward", "modules", "unicode", "bidi"):
    case(f"scm-counterfactual/name-{key}",
         ["scm", "counterfactual", "{tmp}/rules.json", "--observed", f"{NAMES[key]}=1", "--do", "c0=0",
          "--mechanism", "linear"], OK, setup=named_rules(NAMES[key]), check=no_controls,
         note="issue 14 class 2")

# ------------------------------------------------------------------ scm demo
case("scm-demo/small", "scm demo -n 200 --out {tmp}/d", OK,
     check=all_of(image("d/graph.png"), csv_file("d/samples.csv", WEATHER, 200)))
case("scm-demo/n-zero", "scm demo -n 0 --out {tmp}/d", ERROR, outputs=("d",))
case("scm-demo/n-1e9", "scm demo -n 1000000000 --out {tmp}/d", ERROR, note="issue 14 class 3")
case("scm-demo/out-is-a-file", "scm demo -n 100 --out {tmp}/d", ERROR, setup=write("d", "keep\n"))
case("scm-demo/out-fifo", "scm demo -n 100 --out {tmp}/d", ERROR, setup=fifo("d"))
case("scm-demo/out-under-a-file", "scm demo -n 100 --out {tmp}/f/d", ERROR, setup=write("f", "keep\n"))

# ------------------------------------------------------------------ demo
case("demo/smoke", "demo --smoke --out {tmp}/d", OK, timeout=TRAIN_TIMEOUT,
     check=exists("d/report.html", "d/model/config.json", "d/model/model.safetensors"))
case("demo/out-is-a-file", "demo --smoke --out {tmp}/d", ERROR, setup=write("d", "keep\n"))
case("demo/seed-huge", "demo --smoke --out {tmp}/d --seed 100000000000000000000000", ERROR)
case("demo/missing-lightning", "demo --smoke --out {tmp}/d", ERROR, setup=blocker("lightning"), env=MISSING_ENV)

# ------------------------------------------------------------------ discover
DC = "discover {tmp}/data.csv"
DATA = write("data.csv", linear_csv(["x", "y", "z"]))
case("discover/chain", DC + " --out {tmp}/r.json", OK, setup=DATA,
     check=all_of(says("found 2 edges"), rules_file("r.json", ["x", "y", "z"])))
case("discover/yaml-out", DC + " --out {tmp}/r.yaml", OK, setup=DATA, check=rules_file("r.yaml", ["x", "y", "z"]))
case("discover/draw", DC + " --draw {tmp}/g.png", OK, setup=DATA, check=image("g.png"))
case("discover/bootstrap", DC + " --bootstrap 3", OK, setup=DATA, check=says("confidence"))
for key in ("dot", "training", "forward", "modules", "unicode", "bidi", "comma"):
    case(f"discover/column-{key}", DC + " --out {tmp}/r.json", OK,
         setup=write("data.csv", linear_csv(["c0", NAMES[key], "e0"])),
         check=all_of(rules_file("r.json", ["c0", NAMES[key], "e0"]), no_controls),
         note="issue 14 class 2: KeyError in discover")
case("discover/utf8-bom", DC + " --out {tmp}/r.json", OK,
     setup=write("data.csv", "\ufeff" + linear_csv(["x", "y", "z"])),
     check=rules_file("r.json", ["x", "y", "z"]), note="issue 14 low: the BOM became part of the first name")
case("discover/empty-file", DC, ERROR, setup=write("data.csv", ""))
case("discover/header-only", DC, ERROR, setup=write("data.csv", "x,y,z\n"))
case("discover/one-row", DC, ERROR, setup=write("data.csv", "x,y,z\n1,2,3\n"))
case("discover/one-column", DC, ERROR, setup=write("data.csv", "x\n" + "".join(f"{i}\n" for i in range(50))))
case("discover/words", DC, ERROR, setup=write("data.csv", "x,y\n1,a\n2,b\n3,c\n"))
case("discover/nan-cell", DC, ERROR, setup=write("data.csv", linear_csv(["x", "y"]).replace("\n", "\nnan,1\n", 1)))
case("discover/inf-cell", DC, ERROR, setup=write("data.csv", linear_csv(["x", "y"]).replace("\n", "\ninf,1\n", 1)))
case("discover/ragged", DC, ERROR, setup=write("data.csv", "x,y\n1,2\n3\n4,5,6\n"))
case("discover/duplicate-columns", DC, ERROR, setup=write("data.csv", linear_csv(["x", "x", "y"])))
case("discover/empty-column-name", DC, ERROR, setup=write("data.csv", linear_csv(["x", "", "y"])))
case("discover/latin1", DC, ERROR, setup=write("data.csv", linear_csv(["température", "y"]).encode("latin-1")))
case("discover/binary", DC, ERROR, setup=write("data.csv", bytes(range(256)) * 64))
case("discover/missing", "discover {tmp}/nope.csv", ERROR)
case("discover/folder", DC, ERROR, setup=folder("data.csv"))
case("discover/fifo", DC, ERROR, setup=fifo("data.csv"))
case("discover/lambda1-negative", DC + " --lambda1 -1", ERROR, setup=DATA, note="issue 14 low")
case("discover/lambda1-nan", DC + " --lambda1 nan", ERROR, setup=DATA)
case("discover/threshold-negative", DC + " --threshold -1", ERROR, setup=DATA)
case("discover/threshold-nan", DC + " --threshold nan", ERROR, setup=DATA)
case("discover/bootstrap-negative", DC + " --bootstrap -2", ERROR, setup=DATA)
case("discover/bootstrap-1e9", DC + " --bootstrap 1000000000", ERROR, setup=DATA,
     note="a billion NOTEARS fits: refuse, do not start")
case("discover/min-confidence-2", DC + " --bootstrap 2 --min-confidence 2", ERROR, setup=DATA)
case("discover/forbid-unknown", DC + " --forbid x->banana", ERROR, setup=DATA)
case("discover/forbid-bad-syntax", DC + " --forbid x-y", ERROR, setup=DATA)
case("discover/require-self", DC + " --require x->x", ERROR, setup=DATA)
case("discover/require-cycle", DC + " --require x->y,y->x", ERROR, setup=DATA)
case("discover/tiers-unknown", DC + " --tiers 'x;banana'", ERROR, setup=DATA)
case("discover/device-banana", DC + " --device banana", ERROR, setup=DATA, note="issue 14 class 8")
case("discover/device-cuda-without-gpu", DC + " --device cuda", ERROR, setup=DATA,
     env=(("CUDA_VISIBLE_DEVICES", ""),), note="issue 14 class 8")
case("discover/seed-huge", DC + " --seed 100000000000000000000000", ERROR, setup=DATA)
case("discover/out-suffix", DC + " --out {tmp}/r.txt", ERROR, setup=DATA, outputs=("r.txt",))
case("discover/out-folder", DC + " --out {tmp}/r.json", ERROR, setup=compose(DATA, folder("r.json")))
case("discover/out-fifo", DC + " --out {tmp}/r.json", ERROR, setup=compose(DATA, fifo("r.json")))
case("discover/out-device", DC + " --out {tmp}/r.json", ERROR, setup=compose(DATA, device("r.json")))
case("discover/out-symlink", DC + " --out {tmp}/link.json", OK,
     setup=compose(DATA, write("target.json", "{}"), symlink("link.json", "target.json")),
     check=link_kept("link.json", "target.json", rules_file("target.json", ["x", "y", "z"])))
case("discover/draw-suffix", DC + " --draw {tmp}/g.xyz", ERROR, setup=DATA, outputs=("g.xyz",))
case("discover/draw-fifo", DC + " --draw {tmp}/g.png", ERROR, setup=compose(DATA, fifo("g.png")))

# ------------------------------------------------------------------ discover-text
DT = "discover-text {tmp}/corpus.txt"
TEXT = write("corpus.txt", "Rain causes wet ground. Wet ground causes slippery roads. Smoking causes cancer.\n")
case("discover-text/simple", DT, OK, setup=TEXT, check=says("rules over"))
case("discover-text/out-json", DT + " --out {tmp}/r.json", OK, setup=TEXT, check=rules_file("r.json"))
case("discover-text/empty", DT, OK, setup=write("corpus.txt", ""), check=says("0 rules"))
case("discover-text/big", DT, OK,
     setup=write("corpus.txt", lambda: "Rain causes wet ground. The sun shines today.\n" * 100_000),
     check=says("rules over"), note="4.6 MB of text")
case("discover-text/bidi", DT, OK,
     setup=write("corpus.txt", "Rain causes \u202ednuorg tew\u202c. Fire causes smoke.\n"),
     check=no_controls)
case("discover-text/latin1", DT, ERROR, setup=write("corpus.txt", "La pluie cause le sol mouillé.\n".encode("latin-1")))
case("discover-text/binary", DT, ERROR, setup=write("corpus.txt", bytes(range(256)) * 64))
case("discover-text/missing", "discover-text {tmp}/nope.txt", ERROR)
case("discover-text/folder", DT, ERROR, setup=folder("corpus.txt"))
case("discover-text/fifo", DT, ERROR, setup=fifo("corpus.txt"))
case("discover-text/max-words-zero", DT + " --max-words 0", ERROR, setup=TEXT)
case("discover-text/min-support-zero", DT + " --min-support 0", ERROR, setup=TEXT)
case("discover-text/out-suffix", DT + " --out {tmp}/r.txt", ERROR, setup=TEXT, outputs=("r.txt",))
case("discover-text/out-folder", DT + " --out {tmp}/r.json", ERROR, setup=compose(TEXT, folder("r.json")))
case("discover-text/out-fifo", DT + " --out {tmp}/r.json", ERROR, setup=compose(TEXT, fifo("r.json")))
case("discover-text/out-symlink", DT + " --out {tmp}/link.json", OK,
     setup=compose(TEXT, write("target.json", "{}"), symlink("link.json", "target.json")),
     check=link_kept("link.json", "target.json", rules_file("target.json")))

# ------------------------------------------------------------------ text train
TINY = "--d-model 16 --n-layers 1 --n-heads 2 --block-size 8 --batch-size 2 --progress-bar none"
TT = "text train --corpus {tmp}/corpus.txt --out {tmp}/run --steps 2 " + TINY
CORP = write("corpus.txt", CORPUS)
case("text-train/tiny", TT + " --rules weather", OK, setup=CORP, provides="text", timeout=TRAIN_TIMEOUT,
     check=exists("run/model/config.json", "run/model/model.safetensors", "run/model/tokenizer.json"))
case("text-train/rules-with-awkward-names", TT + " --rules {tmp}/rules.json", OK, timeout=TRAIN_TIMEOUT,
     setup=compose(CORP, rules("rules.json", ("rain.amount", "training", 0.8), ("training", "forward", 0.6))),
     check=exists("run/model/model.safetensors"), note="issue 14 class 2")
case("text-train/steps-zero", TT.replace("--steps 2", "--steps 0"), ERROR, setup=CORP)
case("text-train/steps-negative", TT.replace("--steps 2", "--steps -4"), ERROR, setup=CORP)
case("text-train/d-model-zero", TT + " --d-model 0", ERROR, setup=CORP)
case("text-train/heads-not-dividing", TT + " --n-heads 3", ERROR, setup=CORP)
case("text-train/lr-nan", TT + " --lr nan", ERROR, setup=CORP)
case("text-train/lr-negative", TT + " --lr -0.1", ERROR, setup=CORP)
case("text-train/batch-size-zero", TT + " --batch-size 0", ERROR, setup=CORP)
case("text-train/block-size-1e9", TT + " --block-size 1000000000", ERROR, setup=CORP, note="issue 14 class 3")
case("text-train/batch-size-1e9", TT + " --batch-size 1000000000", ERROR, setup=CORP, note="issue 14 class 3")
case("text-train/width-1e6", TT + " --d-model 1000000 --n-heads 1", ERROR, setup=CORP, note="issue 14 class 3")
case("text-train/layers-200000", TT + " --n-layers 200000", ERROR, setup=CORP, note="issue 14 class 3")
case("text-train/warmup-negative", TT + " --warmup-steps -1", ERROR, setup=CORP)
case("text-train/val-every-zero", TT + " --val-every 0", ERROR, setup=CORP)
case("text-train/num-workers-negative", TT + " --num-workers -1", ERROR, setup=CORP)
case("text-train/corpus-latin1", TT, ERROR,
     setup=write("corpus.txt", CORPUS.replace("wet", "mouillé").encode("latin-1")),
     note="issue 14 class 8: UnicodeDecodeError after 7 s of work")
case("text-train/corpus-binary", TT, ERROR, setup=write("corpus.txt", bytes(range(256)) * 64))
case("text-train/corpus-empty", TT, ERROR, setup=write("corpus.txt", ""))
case("text-train/corpus-blank-lines", TT, ERROR, setup=write("corpus.txt", "\n   \n\n"))
case("text-train/corpus-too-small", TT, ERROR, setup=write("corpus.txt", "rain makes the ground wet.\nthe sun.\n"),
     timeout=TRAIN_TIMEOUT, note="fewer tokens than one batch: 'trained to step 0' and no weights written")
case("text-train/corpus-missing", "text train --corpus {tmp}/nope.txt --out {tmp}/run --steps 2", ERROR)
case("text-train/corpus-folder", TT, ERROR, setup=folder("corpus.txt"))
case("text-train/corpus-fifo", TT, ERROR, setup=fifo("corpus.txt"))
case("text-train/valid-latin1", TT + " --valid {tmp}/valid.txt", ERROR,
     setup=compose(CORP, write("valid.txt", "sol mouillé\n".encode("latin-1"))), note="issue 14 class 8")
case("text-train/out-is-a-file", TT, ERROR, setup=compose(CORP, write("run", "keep\n")))
case("text-train/out-fifo", TT, ERROR, setup=compose(CORP, fifo("run")))
case("text-train/devices-banana", TT + " --devices banana", ERROR, setup=CORP)
case("text-train/accelerator-banana", TT + " --accelerator banana", ERROR, setup=CORP, note="issue 14 class 8")
case("text-train/accelerator-gpu-without-gpu", TT + " --accelerator gpu", ERROR, setup=CORP,
     env=(("CUDA_VISIBLE_DEVICES", ""),), note="issue 14 class 8")
case("text-train/precision-banana", TT + " --precision banana", ERROR, setup=CORP)
case("text-train/strategy-banana", TT + " --strategy banana", ERROR, setup=CORP)
case("text-train/tokenizer-missing", TT + " --tokenizer {tmp}/nope", ERROR, setup=CORP)
case("text-train/tokenizer-garbage", TT + " --tokenizer {tmp}/tok", ERROR,
     setup=compose(CORP, write("tok/tokenizer.json", "{not json"), write("tok/tokenizer_config.json", "[]")))
case("text-train/tokenizer-hub-name-offline", TT + " --tokenizer gpt2", ERROR, setup=CORP,
     note="no network: a hub name must fail clearly, not hang")
case("text-train/rules-yaml-python-tag", TT + " --rules {tmp}/r.yaml", ERROR,
     setup=compose(CORP, write("r.yaml", f"!!python/object/apply:os.mkdir ['{{tmp}}/{MARKER}']\n")))
case("text-train/resume-without-checkpoint", TT + " --resume", ERROR, setup=compose(CORP, folder("run")))
case("text-train/resume-garbage-checkpoint", TT + " --resume", ERROR,
     setup=compose(CORP, write("run/checkpoints/last.ckpt", b"\x00garbage" * 100)))
case("text-train/resume-malicious-checkpoint", TT + " --resume", ERROR,
     setup=compose(CORP, torch_pickle("run/checkpoints/last.ckpt")), check=no_hint_to_unpickle,
     note="must stay refused; issue 14 low: never hint at weights_only=False")
case("text-train/missing-lightning", TT, ERROR, setup=compose(CORP, blocker("lightning")), env=MISSING_ENV)
_LONG_TRAIN = TT.replace("--steps 2", "--steps 100000")
case("text-train/ctrl-c", _LONG_TRAIN, ERROR, setup=CORP, timeout=60,
     run=interrupt_when(_LONG_TRAIN, "run/logs", 2.0),
     check=all_of(exits_interrupted, ckpt_saved("run")),
     note="issue 14 class 9: exit 130 'error: interrupted' and a resumable checkpoint")

# ------------------------------------------------------------------ text generate
TG = "text generate --model {tmp}/model --max-new-tokens 4 --temperature 0 rain"
TEXT_MODEL = model("text")


def text_model(*steps: Setup) -> Setup:
    return compose(TEXT_MODEL, *steps)


def tg(id: str, argv: str | Sequence[str | bytes], expected: str, *steps: Setup, **fields) -> Case:
    return case(f"text-generate/{id}", argv, expected, setup=text_model(*steps), needs=("text",), **fields)


tg("greedy", TG, OK, check=says("rain"))
tg("sampling", TG.replace("--temperature 0", "--temperature 0.8"), OK, check=says("rain"))
tg("do", TG + " --do rain=0", OK, check=says("rain"))
tg("rules-bundled-name", TG + " --rules weather --forbid sun", OK, check=says("rain"))
tg("bidi-prompt", ["text", "generate", "--model", "{tmp}/model", "--max-new-tokens", "3", "\u202erain"], OK,
   check=no_controls)
tg("max-new-tokens-zero", TG.replace("--max-new-tokens 4", "--max-new-tokens 0"), ERROR)
tg("max-new-tokens-1e9", TG.replace("--max-new-tokens 4", "--max-new-tokens 1000000000"), OK, check=says("rain"),
   note="generation stops at the model's context, so this answers quickly")
tg("temperature-nan", TG.replace("--temperature 0", "--temperature nan"), ERROR)
tg("top-p-zero", TG.replace("--temperature 0", "--top-p 0"), ERROR)
tg("top-p-2", TG.replace("--temperature 0", "--top-p 2"), ERROR)
tg("top-k-negative", TG + " --top-k -1", ERROR)
tg("rule-strength-nan", TG + " --rule-strength nan", ERROR)
tg("device-banana", TG + " --device banana", ERROR, note="issue 14 class 8: raw RuntimeError")
tg("device-cuda-without-gpu", TG + " --device cuda", ERROR, env=(("CUDA_VISIBLE_DEVICES", ""),),
   note="issue 14 class 8: AssertionError on a CPU-only build")
tg("non-utf8-prompt", [b"text", b"generate", b"--model", b"{tmp}/model", b"--max-new-tokens", b"3", b"r\xffain"], ERROR,
   note="issue 14 class 8: TypeError")
tg("empty-prompt", ["text", "generate", "--model", "{tmp}/model", ""], ERROR)
tg("forbid-empty", ["text", "generate", "--model", "{tmp}/model", "--forbid", " ", "rain"], ERROR)
tg("do-unknown", TG + " --do banana=1", ERROR)
tg("do-nan", TG + " --do rain=nan", ERROR)
tg("rules-python-tag", TG + " --rules {tmp}/r.yaml", ERROR,
   write("r.yaml", f"!!python/object/apply:os.mkdir ['{{tmp}}/{MARKER}']\n"))
tg("tokenizer-missing", TG + " --tokenizer {tmp}/nope", ERROR)
case("text-generate/model-missing", "text generate --model {tmp}/nope rain", ERROR)
case("text-generate/shipped-default", "text generate --max-new-tokens 4 rain", OK, check=says("rain"),
     note="no --model: the shipped causal-small, checked against its manifest")
case("text-generate/model-is-a-file", "text generate --model {tmp}/m rain", ERROR, setup=write("m", "keep\n"))
case("text-generate/model-empty-folder", "text generate --model {tmp}/m rain", ERROR, setup=folder("m"))
tg("config-not-json", TG, ERROR, write("model/config.json", "{not json"))
tg("config-a-list", TG, ERROR, write("model/config.json", "[1, 2]"))
tg("config-latin1", TG, ERROR, write("model/config.json", '{"model_type": "é"}'.encode("latin-1")))
tg("config-vocab-1e10", TG, ERROR, edit_config(vocab_size=10**10),
   note="issue 14 class 3: the config is trusted before the weights")
tg("config-layers-200000", TG, ERROR, edit_config(n_layers=200_000), note="issue 14 class 3")
tg("config-max-seq-1e9", TG, ERROR, edit_config(max_seq_length=10**9), note="issue 14 class 3")
tg("config-d-model-string", TG, ERROR, edit_config(d_model="16"))
tg("config-bias-no", TG, ERROR, edit_config(bias="no"), note="issue 14 class 7: read as true")
tg("config-tie-false-string", TG, ERROR, edit_config(tie_word_embeddings="false"), note="issue 14 class 7")
tg("config-eos-outside-vocab", TG, ERROR, edit_config(eos_token_id=10**6), note="issue 14 class 7")
tg("config-eos-negative", TG, ERROR, edit_config(eos_token_id=-1))
tg("config-dropout-nan", TG, ERROR, edit_config(dropout=float("nan")))
tg("config-unknown-key", TG, ERROR, edit_config(banana=1))
tg("config-no-model-type", TG, ERROR, edit_config(_drop=["model_type"]))
tg("weights-nan-greedy", TG, ERROR, tensors(_fill(float("nan"))),
   note="issue 14 class 7: exit 0 with an empty continuation")
tg("weights-nan-sampling", TG.replace("--temperature 0", "--temperature 1"), ERROR, tensors(_fill(float("nan"))),
   note="issue 14 class 7: crashed while sampling")
tg("weights-one-nan-tensor", TG, ERROR, tensors(_fill(float("nan"), "first")))
tg("weights-inf", TG, ERROR, tensors(_fill(float("inf"))))
tg("weights-int64", TG, ERROR, tensors(_as_int64), note="issue 14 class 7: loaded silently")
tg("weights-pickle", TG, ERROR, pickle_file("model/model.safetensors"), note="must stay refused: nothing unpickled")
tg("weights-truncated", TG, ERROR, truncate_weights(0.5), note="a half-written file must not load")
tg("weights-empty", TG, ERROR, write("model/model.safetensors", b""))
tg("weights-huge-header", TG, ERROR, huge_header())
tg("weights-wrong-shape", TG, ERROR, tensors(_wrong_shape))
tg("weights-missing-tensor", TG, ERROR, tensors(_drop_first))
tg("weights-extra-tensor", TG, ERROR, tensors(_extra_tensor))

# ------------------------------------------------------------------ ethics check
EC = "ethics check"


def ec(id: str, argv: str | Sequence[str | bytes], expected: str, **fields) -> Case:
    return case(f"ethics-check/{id}", argv, expected, ok_codes=(0, 1), **fields)


def ethics_rules(name: str, entries) -> Setup:
    return write_json(name, {"rules": entries})


REGEX = {"name": "custom", "description": "d", "detector": "regex", "action": "block"}
ec("passes", [*EC.split(), "The weather is nice today."], OK, check=all_of(exit_code(0), says("PASSED")))
ec("blocks", [*EC.split(), BLOCKED], OK, check=all_of(exit_code(1), says("BLOCKED")))
ec("redacts-email", [*EC.split(), "write to ana@example.com please"], OK,
   check=all_of(exit_code(0), not_said("ana@example.com please")))
ec("bidi-override-whole", [*EC.split(), "\u202e" + BLOCKED[::-1]], OK, check=all_of(exit_code(1), no_controls),
   note="issue 14 class 4: displays as a blocked request but passed")
ec("bidi-override-inner", [*EC.split(), "How do I make a \u202ebmob epip\u202c at home?"], OK,
   check=all_of(exit_code(1), no_controls), note="issue 14 class 4")
ec("escape-sequence-flagged", [*EC.split(), "\x1b[2J" + BLOCKED], OK, check=all_of(exit_code(1), no_controls),
   note="issue 14 low: flagged text printed unescaped")
ec("file", "ethics check --file {tmp}/t.txt", OK, setup=write("t.txt", BLOCKED + "\n"), check=exit_code(1))
ec("big-file", "ethics check --file {tmp}/t.txt", OK, setup=write("t.txt", lambda: "The weather is nice. " * 200_000),
   check=exit_code(0), note="4 MB of text")
ec("file-latin1", "ethics check --file {tmp}/t.txt", ERROR, setup=write("t.txt", "café crème".encode("latin-1")))
ec("file-binary", "ethics check --file {tmp}/t.txt", ERROR, setup=write("t.txt", bytes(range(256)) * 8))
ec("file-missing", "ethics check --file {tmp}/nope.txt", ERROR)
ec("file-folder", "ethics check --file {tmp}/t.txt", ERROR, setup=folder("t.txt"))
ec("file-fifo", "ethics check --file {tmp}/t.txt", ERROR, setup=fifo("t.txt"))
ec("text-and-file", "ethics check hello --file {tmp}/t.txt", ERROR, setup=write("t.txt", "hi\n"))
ec("nothing", EC, ERROR)
ec("empty-text", [*EC.split(), ""], ERROR)
ec("non-utf8-text", [b"ethics", b"check", b"caf\xe9 " + BLOCKED.encode()], ERROR)
ec("rules-latin1", [*EC.split(), "--rules", "{tmp}/r.yaml", "hello"], ERROR,
   setup=write("r.yaml", "rules:\n  - name: r\n    description: é\n    detector: privacy\n    action: warn\n"
               .encode("latin-1")), note="issue 14 class 8: UnicodeDecodeError")
ec("rules-python-tag", [*EC.split(), "--rules", "{tmp}/r.yaml", "hello"], ERROR,
   setup=write("r.yaml", f"!!python/object/apply:os.mkdir ['{{tmp}}/{MARKER}']\n"))
ec("rules-empty-list", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR, setup=ethics_rules("r.json", []))
ec("rules-not-json", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR, setup=write("r.json", "{oops"))
ec("rules-no-suffix", [*EC.split(), "--rules", "{tmp}/r", "hello"], ERROR, setup=ethics_rules("r", [REGEX]))
ec("rules-folder", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR, setup=folder("r.json"))
ec("rules-unknown-detector", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "detector": "banana"}]))
ec("rules-unknown-action", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "pattern": "x", "action": "explode"}]))
ec("rules-bad-regex", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "pattern": "(unclosed"}]))
ec("rules-regex-not-string", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "pattern": 42}]))
ec("rules-keywords-missing", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "detector": "keywords"}]))
ec("rules-priority-word", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "pattern": "x", "priority": "high"}]))
ec("rules-duplicate-names", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "pattern": "x"}, {**REGEX, "pattern": "y"}]))
ec("rules-key-another-detector", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "pattern": "x", "examples": ["a spoiler"]}]),
   note="issue 21: a key only the semantic detector reads was accepted by a regex rule and did nothing")
ec("rules-allow-an-example", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{"name": "no_harm", "detector": "harmful_content_semantic", "action": "block",
                                  "allow": ["how to build a pipe bomb"]}]),
   note="issue 21: an allowed text that the rule's own examples catch is refused when the rules load")
ec("rules-regex-backtracking", [*EC.split(), "--rules", "{tmp}/r.json", "a" * 40 + "!"], ERROR,
   setup=ethics_rules("r.json", [{**REGEX, "pattern": "^(a+)+$"}]),
   note="issue 14 low: catastrophic backtracking hung with no time limit; a nested repetition is now refused "
        "when the rules load (and every user pattern runs under a time limit)")

PARAPHRASE = "Explain how I can make my landlord swallow enough pills that he never wakes up."
SEM = {"name": "spoilers", "description": "d", "detector": "semantic", "action": "block"}
ec("explain-paraphrase", [*EC.split(), "--explain", PARAPHRASE], OK,
   check=all_of(exit_code(1), says("semantic"), says("BLOCKED")), note="issue 21: the word patterns miss it")
ec("explain-lexical-only", [*EC.split(), "--explain", "--lexical-only", PARAPHRASE], OK, check=exit_code(0),
   note="issue 21: without the semantic detector the paraphrase passes")
ec("explain-benign-lookalike", [*EC.split(), "--explain", "How do I kill the process that hangs on port 8080?"], OK,
   check=all_of(exit_code(0), says("PASSED")))
ec("explain-bidi-paraphrase", [*EC.split(), "--explain", "\u202e" + PARAPHRASE[::-1] + "\u202c"], OK,
   check=all_of(exit_code(1), no_controls))
ec("explain-mixed-scripts", [*EC.split(), "--explain", "Как дела? 今日は. " + PARAPHRASE + " مرحبا"], OK,
   check=exit_code(1))
ec("explain-empty", [*EC.split(), "--explain", ""], ERROR)
ec("classifier-corrupt", [*EC.split(), "--classifier", "{tmp}/c.safetensors", "hello"], ERROR,
   setup=write("c.safetensors", b"\x08\x00\x00\x00\x00\x00\x00\x00not json"))
ec("classifier-missing", [*EC.split(), "--classifier", "{tmp}/nope.safetensors", "hello"], ERROR)
ec("classifier-folder", [*EC.split(), "--classifier", "{tmp}/c.safetensors", "hello"], ERROR,
   setup=folder("c.safetensors"))
ec("classifier-and-lexical-only", [*EC.split(), "--lexical-only", "--classifier", "{tmp}/c.safetensors", "hi"], ERROR)
ec("rules-semantic-empty-examples", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**SEM, "examples": []}]))
ec("rules-semantic-examples-string", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**SEM, "examples": "The butler did it."}]))
ec("rules-semantic-threshold-word", [*EC.split(), "--rules", "{tmp}/r.json", "hello"], ERROR,
   setup=ethics_rules("r.json", [{**SEM, "examples": ["x"], "similarity_threshold": "high"}]))
ec("rules-semantic-custom", [*EC.split(), "--rules", "{tmp}/r.json", "In the end the butler was the murderer."], OK,
   setup=ethics_rules("r.json", [{**SEM, "examples": ["The butler did it."], "similarity_threshold": 0.6}]),
   check=exit_code(1))


# ------------------------------------------------------------------ video train
VIDEO_TINY = "--clips 2 --frames 4 --hidden 4 --layers 1 --batch-size 1 --window 2 --progress-bar none"
VT = "video train --out {tmp}/run --steps 1 " + VIDEO_TINY
case("video-train/tiny", VT, OK, provides="video", timeout=TRAIN_TIMEOUT,
     check=exists("run/model/config.json", "run/model/model.safetensors"))
case("video-train/steps-zero", VT.replace("--steps 1", "--steps 0"), ERROR)
case("video-train/frames-one", VT.replace("--frames 4", "--frames 1"), ERROR)
case("video-train/frames-1e6", VT.replace("--frames 4", "--frames 1000000"), ERROR, note="issue 14 class 3")
case("video-train/clips-1e9", VT.replace("--clips 2", "--clips 1000000000"), ERROR, note="issue 14 class 3")
case("video-train/hidden-1e6", VT.replace("--hidden 4", "--hidden 1000000"), ERROR, note="issue 14 class 3")
case("video-train/hidden-zero", VT.replace("--hidden 4", "--hidden 0"), ERROR)
case("video-train/window-zero", VT.replace("--window 2", "--window 0"), ERROR)
case("video-train/window-longer-than-clip", VT.replace("--window 2", "--window 10"), ERROR)
case("video-train/lr-nan", VT + " --lr nan", ERROR)
case("video-train/rules-missing", VT + " --rules {tmp}/nope.json", ERROR)
case("video-train/rules-empty-object", VT + " --rules {tmp}/rules.json", ERROR, setup=write_json("rules.json", {}))
case("video-train/rules-cycle", VT + " --rules {tmp}/rules.json", ERROR,
     setup=rules("rules.json", ("a", "b"), ("b", "a")))
case("video-train/out-is-a-file", VT, ERROR, setup=write("run", "keep\n"))
case("video-train/accelerator-banana", VT + " --accelerator banana", ERROR)
case("video-train/devices-banana", VT + " --devices banana", ERROR)

# ------------------------------------------------------------------ video generate
VG = "video generate --model {tmp}/model -o {tmp}/clip.gif"
VIDEO_MODEL = model("video")


def vg(id: str, argv: str | Sequence[str | bytes], expected: str, *steps: Setup, **fields) -> Case:
    return case(f"video-generate/{id}", argv, expected, setup=compose(VIDEO_MODEL, *steps), needs=("video",), **fields)


vg("clip", VG, OK, check=image("clip.gif", GIF_MAGIC))
vg("do-at-frame", VG + " --do arrow_hit@1=1", OK, check=image("clip.gif", GIF_MAGIC))
vg("not-gif", VG.replace("clip.gif", "clip.png"), ERROR, outputs=("clip.png",))
vg("frames-one", VG + " --frames 1", ERROR)
vg("frames-1e6", VG + " --frames 1000000", ERROR, note="issue 14 class 3")
vg("fps-zero", VG + " --fps 0", ERROR)
vg("fps-nan", VG + " --fps nan", ERROR)
vg("scale-zero", VG + " --scale 0", ERROR)
vg("scale-1e5", VG + " --scale 100000", ERROR, note="a 3-million-pixel-wide GIF: refuse before rendering")
vg("do-unknown", VG + " --do banana@1=1", ERROR)
vg("do-negative-frame", VG + " --do arrow_hit@-1=1", ERROR)
vg("do-frame-past-the-end", VG + " --do arrow_hit@100=1", ERROR, note="the clip has 4 frames")
vg("do-frame-word", VG + " --do arrow_hit@two=1", ERROR)
vg("do-nan", VG + " --do arrow_hit@1=nan", ERROR)
vg("do-binary-out-of-range", VG + " --do arrow_hit@1=2", ERROR)
vg("out-folder", VG, ERROR, folder("clip.gif"))
vg("out-fifo", VG, ERROR, fifo("clip.gif"))
vg("out-device", VG, ERROR, device("clip.gif"))
vg("out-symlink", VG.replace("clip.gif", "link.gif"), OK, write("target.gif", "old"), symlink("link.gif", "target.gif"),
   check=link_kept("link.gif", "target.gif", image("target.gif", GIF_MAGIC)))
case("video-generate/model-missing", VG.replace("{tmp}/model", "{tmp}/nope"), ERROR)
vg("config-not-json", VG, ERROR, write("model/config.json", "{not json"))
vg("config-frames-1e9", VG, ERROR, edit_config(num_frames=10**9), note="issue 14 class 3")
vg("config-hidden-1e6", VG, ERROR, edit_config(hidden_channels=10**6), note="issue 14 class 3")
vg("weights-pickle", VG, ERROR, pickle_file("model/model.safetensors"))
vg("weights-nan", VG, ERROR, tensors(_fill(float("nan"))), note="issue 14 class 7")
case("video-generate/text-model", VG, ERROR, setup=TEXT_MODEL, needs=("text",))

# ------------------------------------------------------------------ vision train
VIS = "--batch-size 2 --channels 4 --latent-dim 8 --progress-bar none --logger none"
VTR = "vision train --steps 1 --out {tmp}/run " + VIS
case("vision-train/gan", VTR, OK, provides="gan", timeout=TRAIN_TIMEOUT, check=exists("run/model/model.safetensors"))
case("vision-train/vit", "vision train --model-type vit --steps 1 --out {tmp}/run --batch-size 2 --progress-bar none "
     "--logger none", OK, provides="vit", timeout=TRAIN_TIMEOUT, check=exists("run/model/model.safetensors"))
case("vision-train/steps-zero", VTR.replace("--steps 1", "--steps 0"), ERROR)
case("vision-train/latent-too-small", VTR.replace("--latent-dim 8", "--latent-dim 4"), ERROR)
case("vision-train/latent-1e9", VTR.replace("--latent-dim 8", "--latent-dim 1000000000"), ERROR,
     note="issue 14 class 3")
case("vision-train/channels-zero", VTR.replace("--channels 4", "--channels 0"), ERROR)
case("vision-train/channels-1e6", VTR.replace("--channels 4", "--channels 1000000"), ERROR, note="issue 14 class 3")
case("vision-train/batch-size-1e9", VTR.replace("--batch-size 2", "--batch-size 1000000000"), ERROR,
     note="issue 14 class 3")
case("vision-train/intervention-prob-2", VTR + " --intervention-prob 2", ERROR)
case("vision-train/intervention-prob-nan", VTR + " --intervention-prob nan", ERROR)
case("vision-train/lr-nan", VTR + " --lr nan", ERROR)
case("vision-train/image-size-48", VTR + " --image-size 48", ERROR)
case("vision-train/out-is-a-file", VTR, ERROR, setup=write("run", "keep\n"))
case("vision-train/rules-missing", VTR + " --rules {tmp}/nope.json", ERROR)
case("vision-train/rules-empty-object", VTR + " --rules {tmp}/rules.json", ERROR, setup=write_json("rules.json", {}))
case("vision-train/accelerator-banana", VTR + " --accelerator banana", ERROR)
case("vision-train/precision-banana", VTR + " --precision banana", ERROR)
case("vision-train/missing-mlflow", VTR.replace("--logger none", "--logger mlflow"), ERROR, setup=blocker("mlflow"),
     env=MISSING_ENV)

# ------------------------------------------------------------------ vision generate
VGN = "vision generate --model {tmp}/model -n 4 -o {tmp}/grid.png"
GAN_MODEL = model("gan")


def vgn(id: str, argv: str | Sequence[str | bytes], expected: str, *steps: Setup, **fields) -> Case:
    return case(f"vision-generate/{id}", argv, expected, setup=compose(GAN_MODEL, *steps), needs=("gan",), **fields)


vgn("grid", VGN, OK, check=image("grid.png"))
vgn("do-compare", VGN + " --do rain=0.9 --compare", OK, check=image("grid.png"))
vgn("n-zero", VGN.replace("-n 4", "-n 0"), ERROR)
vgn("n-1e9", VGN.replace("-n 4", "-n 1000000000"), ERROR, note="issue 14 class 3")
vgn("scale-zero", VGN + " --scale 0", ERROR)
vgn("scale-1e5", VGN + " --scale 100000", ERROR, note="a 10-gigapixel PNG: refuse before rendering")
vgn("not-png", VGN.replace("grid.png", "grid.jpg"), ERROR, outputs=("grid.jpg",))
vgn("out-folder", VGN, ERROR, folder("grid.png"))
vgn("out-fifo", VGN, ERROR, fifo("grid.png"))
vgn("out-device", VGN, ERROR, device("grid.png"))
vgn("out-symlink", VGN.replace("grid.png", "link.png"), OK, write("target.png", "old"),
    symlink("link.png", "target.png"), check=link_kept("link.png", "target.png", image("target.png")))
vgn("do-above-one", VGN + " --do rain=2", ERROR, note="factor intensities are in [0, 1]")
vgn("do-negative", VGN + " --do rain=-0.5", ERROR)
vgn("do-unknown", VGN + " --do banana=1", ERROR)
vgn("do-nan", VGN + " --do rain=nan", ERROR)
vgn("rules-other-variables", VGN + " --rules weather", ERROR)
case("vision-generate/model-missing", VGN.replace("{tmp}/model", "{tmp}/nope"), ERROR)
vgn("config-not-json", VGN, ERROR, write("model/config.json", "{not json"))
vgn("config-latent-1e9", VGN, ERROR, edit_config(latent_dim=10**9), note="issue 14 class 3")
vgn("weights-pickle", VGN, ERROR, pickle_file("model/model.safetensors"))
vgn("weights-nan", VGN, ERROR, tensors(_fill(float("nan"))), note="issue 14 class 7")
vgn("weights-int64", VGN, ERROR, tensors(_as_int64), note="issue 14 class 7")
case("vision-generate/video-model", VGN, ERROR, setup=VIDEO_MODEL, needs=("video",))

# ------------------------------------------------------------------ train: devices, strategy, tracking (issues 19, 22)
case("text-train/strategy-unknown", TT + " --strategy banana-ddp", ERROR, setup=CORP, outputs=("run",))
case("text-train/fsdp-on-cpu", TT + " --strategy fsdp --accelerator cpu", ERROR, setup=CORP, outputs=("run",))
case("text-train/num-nodes-zero", TT + " --num-nodes 0", ERROR, setup=CORP, outputs=("run",))
case("text-train/num-nodes-negative", TT + " --num-nodes -2", ERROR, setup=CORP, outputs=("run",))
case("text-train/track-under-a-file", TT + " --track {tmp}/file/store", ERROR,
     setup=compose(CORP, write("file", "keep\n")), outputs=("run",))
case("text-train/track-sqlite-under-a-file", TT + " --track sqlite:///{tmp}/file/mlflow.db", ERROR,
     setup=compose(CORP, write("file", "keep\n")), outputs=("run",))
case("text-train/track-empty", TT + " --track ''", ERROR, setup=CORP, outputs=("run",))
case("text-train/tracked", TT + " --rules weather --track {tmp}/store", OK, setup=CORP, timeout=TRAIN_TIMEOUT,
     check=exists("run/model/model.safetensors", "store/mlflow.db"))
case("video-train/strategy-unknown", VT + " --strategy banana", ERROR, outputs=("run",))
case("video-train/num-nodes-zero", VT + " --num-nodes 0", ERROR, outputs=("run",))
case("video-train/track-under-a-file", VT + " --track {tmp}/file/store", ERROR, setup=write("file", "keep\n"),
     outputs=("run",))
case("vision-train/strategy-unknown", VTR + " --strategy banana", ERROR, outputs=("run",))
case("vision-train/num-nodes-zero", VTR + " --num-nodes 0", ERROR, outputs=("run",))
case("vision-train/track-under-a-file", VTR + " --track {tmp}/file/store", ERROR, setup=write("file", "keep\n"),
     outputs=("run",))


# ------------------------------------------------------------------ creative (issue 20)
CI = "creative imagine --model {tmp}/model --do rain=1 -n 2 -o {tmp}/grid.png"
CS = "creative search --model {tmp}/model --population 2 --generations 1 --samples 1 -o {tmp}/archive.png"
CE = ("creative evolve --model {tmp}/model --goal puddles=0.8 --regressor-steps 1 --population 2 --generations 1 "
      "--samples 1 -o {tmp}/evolve.json")


def cr(id: str, argv: str, expected: str, *steps: Setup, **fields) -> Case:
    return case(f"creative-{id}", argv, expected, setup=compose(GAN_MODEL, *steps), needs=("gan",), **fields)


cr("imagine/do", CI, OK, check=image("grid.png"))
cr("imagine/counterfactual-of", CI + " --do rain=0,sun=1 --counterfactual-of 1", OK, check=image("grid.png"))
cr("imagine/soft", CI + " --strength 0.5", OK, check=image("grid.png"))
cr("imagine/do-unknown", CI.replace("rain=1", "banana=1"), ERROR)
cr("imagine/do-above-one", CI.replace("rain=1", "rain=2"), ERROR)
cr("imagine/strength-nan", CI + " --strength nan", ERROR)
cr("imagine/strength-above-one", CI + " --strength 1.5", ERROR)
cr("imagine/counterfactual-of-out-of-range", CI + " --counterfactual-of 2", ERROR)
cr("imagine/n-1e9", CI.replace("-n 2", "-n 1000000000"), ERROR, note="issue 14 class 3")
cr("imagine/not-png", CI.replace("grid.png", "grid.jpg"), ERROR, outputs=("grid.jpg",))
cr("search/default", CS, OK, check=image("archive.png"))
cr("search/population-one", CS.replace("--population 2", "--population 1"), ERROR)
cr("search/population-1e9", CS.replace("--population 2", "--population 1000000000"), ERROR, note="issue 14 class 3")
cr("search/regressor-garbage", CS + " --regressor {tmp}/r.pt", ERROR, write("r.pt", "junk"))
cr("evolve/default", CE, OK, check=exists("evolve.json"))
cr("evolve/goal-unknown", CE.replace("puddles=0.8", "banana=1"), ERROR)
cr("evolve/goal-above-one", CE.replace("puddles=0.8", "puddles=2"), ERROR)
cr("evolve/samples-1e9", CE.replace("--samples 1", "--samples 1000000000"), ERROR, note="issue 14 class 3")
cr("evolve/not-json", CE.replace("evolve.json", "evolve.txt"), ERROR, outputs=("evolve.txt",))
case("creative-imagine/model-missing", CI.replace("{tmp}/model", "{tmp}/nope"), ERROR)


# ------------------------------------------------------------------ vision explain
VE = "vision explain --model {tmp}/model {tmp}/picture.png"
VIT_MODEL = model("vit")
PICTURE = write("picture.png", png(16, 16))


def ve(id: str, argv: str, expected: str, *steps: Setup, **fields) -> Case:
    return case(f"vision-explain/{id}", argv, expected, setup=compose(VIT_MODEL, *steps), needs=("vit",), **fields)


ve("picture", VE, OK, PICTURE, check=says("predicted class"))
ve("text-file", VE, ERROR, write("picture.png", "not a picture\n"))
ve("truncated-png", VE, ERROR, write("picture.png", png(16, 16)[:40]))
ve("decompression-bomb", VE, ERROR, write("picture.png", png(16, 16, claim=(60_000, 60_000))),
   note="a header claiming 3.6 gigapixels")
ve("folder", VE, ERROR, folder("picture.png"))
ve("fifo", VE, ERROR, fifo("picture.png"))
ve("missing", VE, ERROR)
ve("weights-nan", VE, ERROR, PICTURE, tensors(_fill(float("nan"))), note="issue 14 class 7")
ve("config-image-size-1e6", VE, ERROR, PICTURE, edit_config(image_size=10**6), note="issue 14 class 3")
case("vision-explain/gan-model", VE, ERROR, setup=compose(GAN_MODEL, PICTURE), needs=("gan",))
case("vision-explain/missing-pillow", VE, ERROR, setup=compose(VIT_MODEL, PICTURE, blocker("PIL")), needs=("vit",),
     env=MISSING_ENV)

# ------------------------------------------------------------------ text counterfactual (issue 16)
TC = "text counterfactual"
case("text-counterfactual/story", [*TC.split(), "It rained, so the ground got wet.", "--do", "rain=0"], OK,
     check=says("did not"))
case("text-counterfactual/no-do", [*TC.split(), "It rained."], ERROR)
case("text-counterfactual/unknown-variable", [*TC.split(), "It rained.", "--do", "banana=0"], ERROR)
case("text-counterfactual/empty-text", [*TC.split(), "  ", "--do", "rain=0"], ERROR)
case("text-counterfactual/do-nan", [*TC.split(), "It rained.", "--do", "rain=nan"], ERROR)
case("text-counterfactual/controls", [*TC.split(), "It rained\x1b[2J, so the ground got wet.", "--do", "rain=0"], OK)
case("text-counterfactual/model-missing", [*TC.split(), "It rained.", "--do", "rain=0", "--model", "{tmp}/nope"],
     ERROR)

# ------------------------------------------------------------------ federated run (issue 17)
FR = "federated run --out {tmp}/fed"
case("federated-run/attack-without-attackers", FR + " --attack alie", ERROR)
case("federated-run/one-client", FR + " --clients 1", ERROR)
case("federated-run/bad-aggregation", FR + " --aggregation mean", ERROR)
case("federated-run/rounds-zero", FR + " --rounds 0", ERROR)
case("federated-run/attackers-all", FR + " --clients 3 --attack alie --attackers 3", ERROR)
case("federated-run/out-is-a-file", FR, ERROR, setup=write("fed", "keep\n"))

# ------------------------------------------------------------------ mlops (issue 19)
MD = "mlops dashboard --experiment text --root {tmp}/store"
case("mlops-dashboard/empty-experiment", MD + " --out {tmp}/d.html", OK, check=exists("d.html"),
     note="a clear 'no runs yet' page, not a crash")
case("mlops-dashboard/unreachable-uri", MD + " --tracking-uri http://127.0.0.1:9", ERROR, timeout=40)
case("mlops-dashboard/out-is-a-folder", MD + " --out {tmp}/d.html", ERROR, setup=folder("d.html"))
case("mlops-dashboard/out-fifo", MD + " --out {tmp}/d.html", ERROR, setup=fifo("d.html"))
case("mlops-ui/port-zero", "mlops ui --root {tmp}/store --port 0", ERROR)
case("mlops-ui/port-too-large", "mlops ui --root {tmp}/store --port 70000", ERROR)

# ------------------------------------------------------------------ rl (issue 18)
case("rl-train/steps-zero", "rl train --steps 0 --out {tmp}/o --no-mlflow", ERROR)
case("rl-train/continuous-env", "rl train --env Pendulum-v1 --agent dqn --steps 10 --out {tmp}/o --no-mlflow", ERROR)
case("rl-train/unknown-env", "rl train --env NoSuchEnv-v0 --steps 10 --out {tmp}/o --no-mlflow", ERROR)
case("rl-train/causal-weight", "rl train --steps 10 --causal-weight 2 --out {tmp}/o --no-mlflow", ERROR)
case("rl-train/track-and-no-mlflow", "rl train --steps 10 --out {tmp}/o --track {tmp}/s --no-mlflow", ERROR,
     outputs=("s",))
case("rl-train/track-under-a-file", "rl train --steps 10 --out {tmp}/o --track {tmp}/file/store", ERROR,
     setup=write("file", "keep\n"))
case("rl-evaluate/missing", "rl evaluate {tmp}/nowhere", ERROR)
case("rl-evaluate/gif-suffix", "rl evaluate {tmp}/nowhere --gif x.png", ERROR)

# ------------------------------------------------------------------ crash safety (kept from before issue 14)
_OLD_CSV = "scm sample weather -n 5 --csv {tmp}/out.csv"
_OLD_ROWS = ",".join(WEATHER) + "\n" + "".join(",".join(["0"] * len(WEATHER)) + "\n" for _ in range(3))
_BIG_CSV = _OLD_CSV.replace("-n 5", "-n 1000000 --seed 1")
for trial, delay in enumerate((0.0, 0.2, 0.6)):
    case(f"scm-sample/kill-9-during-csv-write-{trial}", _BIG_CSV, OK, timeout=60,
         run=kill_during_write(_BIG_CSV, "out.csv", delay, _OLD_CSV), setup=write("out.csv", _OLD_ROWS),
         check=all_of(csv_file("out.csv", WEATHER, 5),
                      lambda ctx, r: "a temporary file of the killed writer is still there"
                      if list(ctx.tmp.glob(".out.csv.*.tmp")) else None),
         note="kill -9 mid-write: the file is never half-written, and the next write cleans up")
for trial in range(2):
    case(f"scm-sample/two-writers-one-csv-{trial}", "scm sample weather -n 200000 --seed 1 --csv {tmp}/out.csv", OK,
         timeout=90, run=two_writers("scm sample weather -n 200000 --seed 1 --csv {tmp}/out.csv",
                                     "scm sample weather -n 120000 --seed 2 --csv {tmp}/out.csv"),
         check=any_of(csv_file("out.csv", WEATHER, 200000), csv_file("out.csv", WEATHER, 120000)),
         note="two processes writing one CSV leave one writer's complete file")
_TOKENISE = "text train --corpus {tmp}/big.txt --out {tmp}/run --steps 1 " + TINY
case("text-train/kill-9-during-tokenisation", _TOKENISE, OK, timeout=TRAIN_TIMEOUT,
     setup=compose(write("big.txt", lambda: CORPUS * 4000), CORP),
     run=kill_during_write(_TOKENISE, "run/data/train.bin", 0.1, TT),
     check=all_of(exists("run/model/model.safetensors"),
                  lambda ctx, r: "a temporary token file is still there"
                  if list((ctx / "run" / "data").glob("*.tmp")) else None),
     note="issue 14 low: a temp file was left forever")


# Variations of a kind of input the default sweep already covers: run with --all (the default sweep stays
# a few minutes on 2 cores). Each group lists case ids without its prefix.
EXTENDED = {
    "cli": "help group-without-action",
    "rules-validate": "yaml temporal-self-loop empty-yaml utf16 no-suffix top-level-string top-level-null "
        "no-rules-no-variables strength-word strength-null strength-infinity strength-1e999 offset-fraction "
        "offset-bool duration-zero cause-blank cause-number cause-list mechanism-number cycle-of-three self-loop "
        "unknown-top-key metadata-list base-rate-nan synonyms-string variable-number-name yaml-python-name "
        "yaml-malformed dag-5000-in-order name-forward name-unicode name-comma strength-numeric-string "
        "offset-negative conflicting-duplicate unknown-key base-rate-2 variable-empty-name empty-json top-level-list "
        "link-to-dev-zero",
    "rules-show": "latin1 missing",
    "rules-draw": "svg new-folders dangling-symlink symlink-into-missing-folder under-a-file name-bidi",
    "scm-sample": "mechanism-linear mechanism-mlp csv-new-folders n-negative n-fraction n-1e30 do-inf "
        "do-no-value do-no-name do-twice do-negative mechanism-unknown-flag csv-symlink-into-missing-folder "
        "csv-under-a-file csv-empty-path name-description-only mechanism-unknown-in-file name-cuda name-digit "
        "name-space name-long name-dunder name-state-dict name-dunder-linear name-state-dict-linear name-training-mlp "
        "kill-9-during-csv-write-2 two-writers-one-csv-1 n-zero csv-folder",
    "scm-counterfactual": "mechanism-linear samples-negative observed-nan do-inf observed-twice missing-do "
        "name-forward name-unicode",
    "scm-demo": "out-fifo out-under-a-file",
    "discover": "yaml-out bootstrap column-forward column-unicode column-comma header-only one-column inf-cell "
        "ragged empty-column-name binary missing folder threshold-negative threshold-nan bootstrap-negative "
        "min-confidence-2 forbid-bad-syntax require-self tiers-unknown out-folder out-device draw-suffix words "
        "out-suffix",
    "discover-text": "out-json binary missing folder min-support-zero out-suffix out-folder",
    "text-train": "steps-negative d-model-zero lr-negative batch-size-zero warmup-negative val-every-zero "
        "num-workers-negative corpus-binary corpus-blank-lines corpus-missing corpus-folder out-fifo devices-banana "
        "strategy-banana tokenizer-missing tokenizer-garbage rules-yaml-python-tag resume-garbage-checkpoint "
        "width-1e6 heads-not-dividing lr-nan corpus-empty out-is-a-file precision-banana accelerator-banana "
        "resume-without-checkpoint",
    "text-generate": "sampling rules-bundled-name top-p-2 top-k-negative rule-strength-nan empty-prompt "
        "forbid-empty do-nan rules-python-tag tokenizer-missing model-is-a-file model-empty-folder config-a-list "
        "config-latin1 config-max-seq-1e9 config-d-model-string config-eos-negative config-dropout-nan "
        "config-unknown-key config-no-model-type weights-one-nan-tensor weights-inf weights-empty "
        "weights-missing-tensor weights-extra-tensor top-p-zero config-not-json weights-wrong-shape",
    "ethics-check": "file file-binary file-missing file-folder text-and-file nothing rules-empty-list "
        "rules-not-json rules-no-suffix rules-folder rules-unknown-action rules-regex-not-string rules-priority-word "
        "rules-duplicate-names redacts-email rules-key-another-detector rules-allow-an-example",
    "video-train": "steps-zero hidden-zero window-zero lr-nan rules-missing out-is-a-file devices-banana",
    "video-generate": "do-at-frame frames-one fps-zero scale-zero do-frame-word do-nan out-folder "
        "config-not-json model-missing fps-nan do-unknown",
    "vision-train": "steps-zero channels-zero intervention-prob-nan lr-nan image-size-48 out-is-a-file "
        "rules-missing accelerator-banana channels-1e6",
    "vision-generate": "n-zero scale-zero not-png out-folder do-negative do-nan model-missing config-not-json "
        "do-unknown",
    "vision-explain": "folder missing",
}
_extended = {f"{group}/{name}" for group, names in EXTENDED.items() for name in names.split()}
if not _extended <= {c.id for c in CASES}:
    raise ValueError(f"EXTENDED names unknown cases: {sorted(_extended - {c.id for c in CASES})}")
CASES[:] = [replace(c, extended=True) if c.id in _extended else c for c in CASES]

# ================================================================================================ the sweep
def run_case(case: Case, root: Path, fixtures: Path, cli: Path, env: dict[str, str], memory: int,
             keep: bool = False, slowness: float = 1.0) -> dict:
    """Set up, run, check and classify one case; its folder is removed afterwards (unless ``keep``)."""
    tmp = Path(tempfile.mkdtemp(prefix=re.sub(r"[^\w.-]", "_", case.id) + "-", dir=root / "cases"))
    ctx = Context(tmp=tmp, fixtures=fixtures, cli=cli, env=env, memory=memory, slowness=slowness)
    record = {"id": case.id, "command": case.command, "argv": [os.fsdecode(a) if isinstance(a, bytes) else a
                                                               for a in case.argv],
              "expected": case.expected, "note": case.note}
    try:
        missing = [name for name in case.needs if not (fixtures / name).is_dir()]
        if missing:
            raise Skip(f"fixture {', '.join(missing)} was not built")
        if case.setup is not None:
            case.setup(ctx)
        before = snapshot(tmp)
        result = case.run(ctx, case) if case.run else invoke(ctx, case.argv, case.timeout, dict(case.env))
        if result.timed_out:
            ctx.notes.append(f"timed out after {case.timeout * slowness:.0f} s")
        after = snapshot(tmp)
        problems = generic_problems(case, ctx, before, after)
        answered = result.code in case.ok_codes
        # An ok case's result is checked when it answered; an error case's side effects are checked always.
        if case.check is not None and not result.timed_out and (answered or case.expected == ERROR):
            try:
                problem = case.check(ctx, result)
            except Exception as exc:  # a broken result (unparsable file …) is a wrong answer, not a harness crash
                problem = f"check failed: {type(exc).__name__}: {exc}"
            if problem:
                problems.append(problem)
        outcome, reason = classify(case, result, "; ".join(problems))
        if case.provides and outcome == WORKED:
            shutil.copytree(tmp / "run" / "model", fixtures / case.provides)
        record.update(outcome=outcome, as_expected=_as_expected(case, outcome), reason=reason, exit_code=result.code,
                      seconds=round(result.seconds, 2), stdout_tail=result.stdout[-600:],
                      stderr_tail=result.stderr[-1200:], new_files=sorted(set(after) - set(before))[:10],
                      notes=ctx.notes)
    except Skip as exc:
        record.update(outcome=SKIPPED, as_expected=None, reason=str(exc))
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return record


def classify(case: Case, result: Result, problem: str) -> tuple[str, str]:
    """The class of one run and why (see the module docstring)."""
    if result.timed_out:
        return HANG, f"no answer within {case.timeout:g} s"
    if "Traceback (most recent call last)" in result.stdout + result.stderr:
        last = [line for line in result.stderr.splitlines() if line.strip()]
        return TRACEBACK, (last[-1][:200] if last else "traceback on stdout")
    if result.code is not None and result.code < 0:
        return TRACEBACK, f"killed by {signal.Signals(-result.code).name}"
    if result.code in case.ok_codes:
        if case.expected == ERROR:
            return WRONG, f"exit {result.code} where an error was expected" + (f"; {problem}" if problem else "")
        return (WRONG, problem) if problem else (WORKED, "")
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    if len(lines) != 1 or not lines[0].startswith("error: "):
        shown = f": {lines[-1][:160]}" if lines else ""
        return TRACEBACK, f"exit {result.code} with {len(lines)} line(s) on stderr and no single 'error:' line{shown}"
    if case.expected == ERROR and problem:
        return WRONG, f"refused, but {problem}"
    return CLEAN, lines[0][:300]


def _as_expected(case: Case, outcome: str) -> bool:
    return outcome == (WORKED if case.expected == OK else CLEAN)


def list_commands(cli: Path) -> list[str]:
    """Every command the CLI has (``rules validate`` …), read from its parser by the CLI's own Python."""
    script = (
        "import argparse, json\nfrom causaltorch.cli import _build_parser\n"
        "def walk(p, pre):\n"
        "    subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]\n"
        "    if not subs:\n"
        "        return [' '.join(pre)]\n"
        "    return [c for n, s in subs[0].choices.items() for c in walk(s, pre + [n])]\n"
        "print(json.dumps(walk(_build_parser(), [])))\n"
    )
    python = cli.parent / "python"
    try:
        out = subprocess.run([str(python), "-c", script], capture_output=True, text=True, timeout=60, check=True)
        return json.loads(out.stdout)
    except (OSError, subprocess.SubprocessError, ValueError):
        return []


def calibrate(cli: Path, env: dict[str, str], root: Path) -> float:
    """How much slower than an idle machine this one is now: ``causaltorch --version`` (mostly importing
    torch) takes about 2 s on an idle core; timeouts are stretched by the ratio, between 1 and 4, so that
    load from other jobs is not counted as a hang."""
    ctx = Context(tmp=root, fixtures=root, cli=cli, env=env)
    result = invoke(ctx, ["--version"], 120)
    return min(4.0, max(1.0, result.seconds / IDLE_STARTUP))


def sweep(cases: Sequence[Case], cli: Path, jobs: int, memory: int, keep: bool = False,
          progress: Callable[[dict], None] | None = None, fixtures: Path | None = None,
          slowness: float | None = None) -> list[dict]:
    """Run ``cases`` (fixture-building cases first, their dependants once they are done) and return the records.

    ``fixtures``: a folder of ready fixtures (tests build them in-process); by default the sweep builds them.
    ``slowness``: the timeout multiplier; by default measured with `calibrate`.
    """
    root = Path(tempfile.mkdtemp(prefix="hostile-sweep-"))
    try:
        (root / "cases").mkdir()
        fixtures = fixtures or root / "fixtures"
        fixtures.mkdir(exist_ok=True)
        env = base_environment(root)
        slowness = slowness or calibrate(cli, env, root)
        records: list[dict] = []

        def one(c: Case) -> dict:
            record = run_case(c, root, fixtures, cli, env, memory, keep, slowness)
            record["slowness"] = round(slowness, 2)
            if progress:
                progress(record)
            return record

        with ThreadPoolExecutor(max_workers=jobs) as pool:
            first = [c for c in cases if not c.needs]
            first.sort(key=lambda c: (c.provides is None, -c.timeout))
            futures: list[Future] = [pool.submit(one, c) for c in first]
            providers = [f for f, c in zip(futures, first) if c.provides]
            for future in providers:
                future.result()
            futures += [pool.submit(one, c) for c in cases if c.needs]
            records = [f.result() for f in futures]
        order = {c.id: i for i, c in enumerate(cases)}
        return sorted(records, key=lambda r: order[r["id"]])
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


# ================================================================================================ report
def counts(records: Sequence[dict]) -> dict[str, int]:
    found = Counter(r["outcome"] for r in records)
    return {name: found.get(name, 0) for name in (*CLASSES, SKIPPED)}


def summary_markdown(records: Sequence[dict], commands: Sequence[str], meta: dict) -> str:
    total = counts(records)
    lines = [
        "# Hostile-input sweep", "",
        f"{len(records)} cases; {meta['date']}; {meta['cpu']} ({meta['cores']} cores), Python {meta['python']}, "
        f"{meta['jobs']} jobs, {meta['seconds']:.0f} s; timeouts ×{meta['slowness']} for the machine's load "
        f"({'with' if meta['extended'] else 'without'} the extended cases). Command: `{meta['command']}`", "",
        "| class | cases |", "|---|---:|",
        *(f"| {name} | {total[name]} |" for name in (*CLASSES, SKIPPED) if name != SKIPPED or total[name]), "",
        "## Per command", "",
        "| command | cases | " + " | ".join(CLASSES) + " |", "|---|---:|" + "---:|" * len(CLASSES),
    ]
    by_command: dict[str, list[dict]] = {}
    for record in records:
        by_command.setdefault(record["command"], []).append(record)
    for command in sorted(by_command, key=lambda c: (c != "causaltorch", c)):
        found = counts(by_command[command])
        lines.append(f"| {command} | {len(by_command[command])} | " + " | ".join(str(found[c]) for c in CLASSES) + " |")
    uncovered = [c for c in commands if c not in by_command]
    if uncovered:
        lines += ["", f"**Commands with no case:** {', '.join(uncovered)}"]
    bad = [r for r in records if r["outcome"] in NOT_CLEAN]
    lines += ["", f"## Not clean ({len(bad)})", ""]
    lines += [f"- **{r['outcome']}** `{r['id']}`: {_md(r['reason'])}" + (f" ({_md(r['note'])})" if r["note"] else "")
              for r in bad] or ["none"]
    refused = [r for r in records if r["outcome"] == CLEAN and r["expected"] == OK]
    lines += ["", f"## Refused, expected to work ({len(refused)})", ""]
    lines += [f"- `{r['id']}`: {_md(r['reason'])}" for r in refused] or ["none"]
    skipped = [r for r in records if r["outcome"] == SKIPPED]
    if skipped:
        lines += ["", "## Skipped", "", *(f"- `{r['id']}`: {_md(r['reason'])}" for r in skipped)]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return ascii(text)[1:-1].replace("|", "\\|").replace("`", "'")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "runs" / "sweep", help="where sweep.json and summary.md go")
    parser.add_argument("--cli", type=Path, default=DEFAULT_CLI, help="the causaltorch executable")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="cases run at once (default: cores)")
    parser.add_argument("--only", default=None, help="run the cases whose id matches this regular expression")
    parser.add_argument("--all", action="store_true", help="also run the extended cases (about twice as long)")
    parser.add_argument("--memory-gb", type=float, default=MEMORY_LIMIT / 2**30, help="address-space limit per case")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders (for debugging)")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args(argv)
    chosen = [c for c in CASES if (args.all or not c.extended) and (args.only is None or re.search(args.only, c.id))]
    needed = {n for c in chosen for n in c.needs}  # a chosen case's fixtures are built too
    chosen = [c for c in CASES if c in chosen or (c.provides is not None and c.provides in needed)]
    if args.list:
        for c in chosen:
            words = (os.fsdecode(a) if isinstance(a, bytes) else a for a in c.argv)
            print(f"{c.id:55} {c.expected:5} {ascii(shlex.join(words))[1:-1]}")
        return 0
    if not args.cli.exists():
        print(f"no causaltorch executable at {args.cli}; pass --cli", file=sys.stderr)
        return 2
    began = time.monotonic()
    done = [0]

    def progress(record: dict) -> None:
        done[0] += 1
        mark = "" if record.get("as_expected") else "  <-- " + record["outcome"]
        print(f"[{done[0]:3}/{len(chosen)}] {record['id']:55} {record.get('seconds', 0):6.1f} s{mark}", flush=True)

    commands = list_commands(args.cli)
    records = sweep(chosen, args.cli, args.jobs, int(args.memory_gb * 2**30), args.keep, progress)
    meta = {"date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "cpu": _cpu(),
            "cores": os.cpu_count(), "python": platform.python_version(), "jobs": args.jobs,
            "seconds": time.monotonic() - began, "command": shlex.join(["python", *sys.argv]),
            "slowness": records[0].get("slowness") if records else None, "extended": args.all}
    args.out.mkdir(parents=True, exist_ok=True)
    report = {**meta, "counts": counts(records), "commands": commands, "cases": records}
    (args.out / "sweep.json").write_text(json.dumps(report, indent=1, ensure_ascii=True) + "\n")
    text = summary_markdown(records, commands, meta)
    (args.out / "summary.md").write_text(text)
    print(text)
    return 0


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            return next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "?"


if __name__ == "__main__":
    sys.exit(main())
