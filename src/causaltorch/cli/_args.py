"""Parsing and checking command-line values: ``name=value`` pairs, ``name@frame=value`` schedules, edges, options.

Every error is a `CausalTorchError` that names the option and the form it expects, so `causaltorch.cli.main`
prints it as one line. Numeric option checks go through `causaltorch._validate`, the library's one wording.
Output paths are checked here before any work starts (`output_option`, `output_folder`, through
`causaltorch._files.check_output`), and so are the hardware options (`torch_device`, `parse_accelerator`,
`parse_devices`) and arguments whose bytes are not UTF-8 (`utf8_argument`). The edge and tier forms (``a->b``,
``"a,b;c;d"``) are the library's own (`causaltorch.discovery.knowledge`, whose `BackgroundKnowledge` also
accepts ``"a->b"`` strings), re-exported here beside the other forms.
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from causaltorch import _validate
from causaltorch._files import check_output
from causaltorch.discovery.knowledge import parse_edges, parse_tiers
from causaltorch.errors import CausalTorchError, DataError, InterventionError, OutputError

if TYPE_CHECKING:
    import torch

__all__ = [
    "ACCELERATORS", "ASSIGNMENT_FORM", "FRAME_FORM", "MAX_SEED", "PRECISIONS", "STREAM", "add_trainer_options",
    "check_seed", "option_name", "output_folder", "output_option", "parse_precision", "tracking_option",
    "trainer_options",
    "parse_accelerator", "parse_assignments", "parse_devices", "parse_edges", "parse_frame_interventions",
    "parse_tiers", "positive_options", "torch_device", "utf8_argument",
]

ASSIGNMENT_FORM = "name=value[,name=value]"
FRAME_FORM = "name@frame=value or name=value"
STREAM = "-"  # an output option's value that means standard output
ACCELERATORS = ("auto", "cpu", "gpu", "cuda", "mps", "tpu")  # Lightning's accelerator names
MAX_SEED = 2**32 - 1  # Lightning, NumPy and every --seed take seeds in [0, 2**32 - 1]
# Lightning's precision names (an int 16 / 32 / 64 means the same as "16-mixed" / "32-true" / "64-true")
PRECISIONS = ("32-true", "32", "16-mixed", "16", "bf16-mixed", "bf16", "16-true", "bf16-true", "64-true", "64",
              "transformer-engine", "transformer-engine-float16")


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
                raise error(f"{option} got {pair.strip()!r}; expected the form {ASSIGNMENT_FORM}, e.g. rain=1.")
            value = _finite(text, pair, option, f"expected the form {ASSIGNMENT_FORM} with numeric values, e.g. "
                                                "rain=1", error)
            if name in values:
                raise error(f"{option} gives {name!r} twice; give each variable once.")
            values[name] = value
    return values


def parse_frame_interventions(items: Sequence[str] | None) -> dict[str, Any]:
    """``["arrow_hit@5=1", "explosion=0"]`` → ``{"arrow_hit": {5: 1.0}, "explosion": 0.0}`` (``--do`` of videos).

    ``name@frame=value`` intervenes at one frame, ``name=value`` at every frame.

    Raises:
        InterventionError: bad syntax, a non-integer frame, a non-finite value, or a variable given both
            at every frame and at one frame (or twice at one frame).
    """
    schedule: dict[str, Any] = {}
    for item in items or []:
        for pair in item.split(","):
            target, sep, text = (part.strip() for part in pair.partition("="))
            name, at, frame_text = (part.strip() for part in target.partition("@"))
            if not sep or not name or (at and not frame_text):
                raise InterventionError(f"--do got {pair.strip()!r}; expected {FRAME_FORM}, e.g. arrow_hit@5=1.")
            value = _finite(text, pair, "--do", f"expected {FRAME_FORM}, e.g. arrow_hit@5=1", InterventionError)
            if not at:
                if name in schedule:
                    raise InterventionError(
                        f"--do gives {name!r} more than once; an every-frame value excludes others.")
                schedule[name] = value
                continue
            try:
                frame = int(frame_text)
            except ValueError:
                raise InterventionError(
                    f"--do got {pair.strip()!r}: the frame {frame_text!r} is not an integer.") from None
            steps = schedule.setdefault(name, {})
            if not isinstance(steps, dict) or frame in steps:
                raise InterventionError(f"--do gives {name!r} twice for the same frames; give each frame once.")
            steps[frame] = value
    return schedule


def _finite(text: str, pair: str, option: str, expected: str, error: type[CausalTorchError]) -> float:
    """The number ``text`` of one ``pair``; a non-number or a non-finite value raises ``error``."""
    try:
        value = float(text)
    except ValueError:
        raise error(f"{option} got {pair.strip()!r}: {text!r} is not a number; {expected}.") from None
    if not math.isfinite(value):
        raise error(f"{option} got {pair.strip()!r}: the value must be a finite number.")
    return value


def parse_devices(value: str, accelerator: str = "auto", option: str = "--devices") -> int | str | list[int]:
    """``--devices`` for Lightning: ``auto``, a count (``2``) or GPU ids (``0,1``), checked against this machine.

    ``accelerator`` is the checked ``--accelerator`` (`parse_accelerator`): on GPUs the count and ids must
    exist; on CPUs only a count of processes makes sense.

    Raises:
        DataError: not one of those forms, a count below 1, an id given twice, or more GPUs than there are.
    """
    if value == "auto":
        return value
    try:
        ids = [int(part) for part in value.split(",")]
    except ValueError:
        raise DataError(f"{option} got {value!r}; expected auto, a count such as 2, or ids such as 0,1.") from None
    count = ids[0] if len(ids) == 1 and "," not in value else None
    if count is not None and count < 1:
        raise DataError(f"{option} got {value!r}; a device count must be 1 or more (or auto).")
    if count is None and (min(ids) < 0 or len(set(ids)) != len(ids)):
        raise DataError(f"{option} got {value!r}; device ids are distinct numbers from 0, such as 0,1.")
    kind = _lightning_device_type(accelerator)
    if kind == "cpu" and count is None:
        raise DataError(f"{option} {value} names device ids, but training runs on CPUs (--accelerator "
                        f"{accelerator}); give a number of processes such as 2, or auto.")
    if kind in ("cuda", "mps"):
        available = _device_count(kind)
        needed = count if count is not None else max(ids) + 1
        if needed > available:
            wanted = f"{needed} GPUs" if count is not None else f"GPU {needed - 1}"
            raise DataError(f"{option} {value} needs {wanted}, but this machine has {available}.")
    return count if count is not None else ids


def parse_accelerator(value: str, option: str = "--accelerator") -> str:
    """A Lightning accelerator name (`ACCELERATORS`) whose hardware this machine has.

    Raises:
        DataError: an unknown name, or a GPU / TPU accelerator on a machine (or PyTorch build) without one.
    """
    if value not in ACCELERATORS:
        raise DataError(f"{option} got {value!r}; expected one of {', '.join(ACCELERATORS)}.")
    kind = _lightning_device_type(value)
    if value == "tpu" and importlib.util.find_spec("torch_xla") is None:
        raise DataError(f"{option} tpu needs torch_xla, which is not installed; use auto or cpu.")
    if kind in ("cuda", "mps") and not _device_count(kind):
        raise DataError(f"{option} {value}: this machine (or this PyTorch build) has no GPU; use auto or cpu.")
    return value


def _lightning_device_type(accelerator: str) -> str:
    """The torch device type Lightning picks for ``accelerator`` on this machine (``tpu`` stays ``tpu``)."""
    if accelerator in ("gpu", "auto"):
        if _device_count("cuda"):
            return "cuda"
        if _device_count("mps"):
            return "mps"
        return "cpu" if accelerator == "auto" else "cuda"
    return accelerator


def torch_device(value: str | None, option: str = "--device") -> torch.device:
    """The torch device ``value`` names (``cpu``, ``cuda``, ``cuda:1``, ``mps`` …), checked to exist here.

    None means ``cuda`` if this machine has a GPU, else ``cpu``.

    Raises:
        DataError: not a device name, a device type this machine (or PyTorch build) lacks, or an index past
            the last device.
    """
    import torch

    if value is None:
        return torch.device("cuda" if _device_count("cuda") else "cpu")
    try:
        device = torch.device(value)
    except (RuntimeError, ValueError):
        raise DataError(f"{option} got {value!r}; expected a torch device such as cpu, cuda or cuda:1.") from None
    available = _device_count(device.type)
    if not available:
        raise DataError(f"{option} {value}: this machine (or this PyTorch build) has no {device.type} device; "
                        "use cpu, or leave it out to use a GPU when there is one.")
    if device.index is not None and device.index >= available:
        raise DataError(f"{option} {value}: this machine has {available} {device.type} device"
                        f"{'s' if available > 1 else ''} (index 0 to {available - 1}).")
    return device


def _device_count(kind: str) -> int:
    """How many devices of the torch device type ``kind`` this machine can use (0 for meta: it holds no data)."""
    import torch

    if kind == "cpu":
        return 1
    if kind == "mps":
        return int(torch.backends.mps.is_available())
    backend = getattr(torch, kind, None) if kind != "meta" else None
    if backend is None or not callable(getattr(backend, "is_available", None)) or not backend.is_available():
        return 0
    count = getattr(backend, "device_count", None)
    return int(count()) if callable(count) else 1


def utf8_argument(value: str, what: str) -> str:
    """``value`` if it is text; a command-line argument with bytes that are not UTF-8 is refused.

    Python keeps such bytes in ``sys.argv`` as lone surrogates (``\\udcff`` for the byte 0xff), which no
    tokenizer or file can take.

    Raises:
        DataError: ``what`` (e.g. ``PROMPT 2``) is not valid UTF-8, naming the first bad byte and its position.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = ord(value[exc.start])
        shown = f"byte 0x{bad - 0xDC00:02x}" if 0xDC80 <= bad <= 0xDCFF else f"character U+{bad:04X}"
        position = len(value[:exc.start].encode("utf-8"))
        raise DataError(f"{what} is not valid UTF-8 text ({shown} at byte {position}); "
                        "give text in UTF-8 (check the terminal's or the file's encoding).") from None
    return value


def option_name(attribute: str) -> str:
    """The option an argparse attribute comes from: ``batch_size`` → ``--batch-size``."""
    return "--" + attribute.replace("_", "-")


def positive_options(args: argparse.Namespace, *attributes: str) -> None:
    """Each of ``args``'s ``attributes`` that is set (not None) must be a positive integer.

    Raises:
        DataError: ``--batch-size must be a positive integer, got 0.``
    """
    for attribute in attributes:
        _validate.optional(_validate.positive_int, option_name(attribute), getattr(args, attribute))


def output_option(value: str | Path, option: str, stream_ok: bool = False) -> Path | None:
    """The file an output option writes, checked before any work starts; None for ``-`` (standard output).

    ``stream_ok`` says whether the command can write to standard output; a symbolic link is followed to the
    file it names (`causaltorch._files.check_output`).

    Raises:
        OutputError: ``-`` where a stream is not possible, or a path that is a folder, device, FIFO or socket,
            or cannot be written.
    """
    if str(value) == STREAM:
        if not stream_ok:
            raise OutputError(f"{option} cannot write to standard output ('-'); give the path of a file.")
        return None
    try:
        check_output(value)
    except OutputError as exc:
        raise OutputError(f"{option}: {exc}") from None
    return Path(value)


def output_folder(path: Path, option: str = "--out", files: Iterable[str] = ()) -> Path:
    """``path`` if it can be an output folder (missing, or a writable folder); checked before any work is done.

    ``files`` are the paths inside it that the command will write (``model/config.json`` …): none of them
    may be a folder, device or FIFO, nor lie below a file.

    Raises:
        OutputError: ``path`` is a file, or it (or the folder it would be made in) cannot be written, or one
            of ``files`` cannot be.
    """
    existing = next(folder for folder in (path, *path.parents) if folder.exists() or folder.is_symlink())
    if existing.is_symlink() and not existing.exists():
        raise OutputError(f"{option} {path}: {existing} is a symbolic link to {os.readlink(existing)}, which does "
                          "not exist; create that folder or give another.")
    if not existing.is_dir():
        raise OutputError(f"{option} {path}: {existing} is a file; give a folder.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise OutputError(f"{option} {path}: the folder {existing} is not writable.")
    for name in files:
        try:
            check_output(path / name)
        except OutputError as exc:
            raise OutputError(f"{option} {path}: {exc}") from None
    return path


def check_seed(value: int, option: str = "--seed") -> int:
    """A seed option: an integer in ``[0, MAX_SEED]``, the range every random generator the commands seed takes."""
    return _validate.integer(option, value, 0, MAX_SEED)


def parse_precision(value: str | None) -> str | None:
    """A ``--precision`` Lightning accepts (checked here, so a typo is refused before data or models are built)."""
    if value is None or value in PRECISIONS:
        return value
    raise DataError(f"--precision got {value!r}; use one of {', '.join(PRECISIONS)} (32-true is full precision, "
                    "bf16-mixed or 16-mixed train faster on GPUs).")


def add_trainer_options(parser: argparse.ArgumentParser, area: str, devices_default: str = "auto") -> None:
    """The options every ``train`` command shares: Lightning's hardware options, passed through unchanged
    (`trainer_options`), and ``--track`` (`tracking_option`)."""
    group = parser.add_argument_group("devices and tracking")
    group.add_argument("--accelerator", default="auto", help="Lightning accelerator: auto, cpu, gpu … (default: auto)")
    group.add_argument("--devices", default=devices_default,
                       help=f"Lightning devices: auto, a count, or GPU ids like 0,1 (default: {devices_default})")
    group.add_argument("--num-nodes", type=int, default=1, help="machines for multi-node training (default: 1)")
    group.add_argument("--strategy", default="auto",
                       help="Lightning strategy, passed unchanged: auto, ddp, fsdp, deepspeed … (default: auto)")
    group.add_argument("--precision", default=None, help="Lightning precision: 32-true, bf16-mixed, 16-mixed …")
    group.add_argument("--track", nargs="?", const=True, default=None, metavar="STORE",
                       help="log the run to MLflow (params, per-step losses, the rule graph, fidelity scores) and "
                            "register the final model; STORE: a folder for the embedded SQLite store (default "
                            "./causaltorch-runs, or $MLFLOW_TRACKING_URI) or any MLflow tracking URI")
    group.add_argument("--experiment", default=area,
                       help=f"the MLflow experiment of --track, in project causaltorch (default: {area})")


def trainer_options(args: argparse.Namespace) -> dict[str, Any]:
    """``accelerator``, ``devices``, ``num_nodes``, ``strategy`` and ``precision`` for a trainer factory, from
    `add_trainer_options`'s options: the names are checked here (a typo is refused before any work); a
    strategy goes to Lightning unchanged, which refuses one it does not know when the trainer is made.

    Raises:
        DataError: a bad accelerator, device count, node count or precision, an empty strategy, or an empty
            ``--track`` store or ``--experiment``.
    """
    _validate.positive_int("--num-nodes", args.num_nodes)
    _check_tracking_option(args)
    if not args.strategy.strip():
        raise DataError("--strategy is empty; give auto, ddp, fsdp or another strategy Lightning knows.")
    accelerator = parse_accelerator(args.accelerator)
    return {"accelerator": accelerator, "devices": parse_devices(args.devices, accelerator),
            "num_nodes": args.num_nodes, "strategy": args.strategy, "precision": parse_precision(args.precision)}


def _check_tracking_option(args: argparse.Namespace) -> None:
    if args.track is None:
        return
    if not args.experiment.strip():
        raise DataError("--experiment is empty; give a name for the MLflow experiment.")
    if args.track is not True and not args.track.strip():
        raise DataError("--track got an empty store; give a folder or an MLflow tracking URI, or no value.")


def tracking_option(args: argparse.Namespace, area: str) -> Any:
    """The `CausalMLOps` ``--track [STORE]`` asks for (project ``causaltorch``, experiment ``--experiment``), or
    None without ``--track`` and in every process but the first of a multi-process run (one writer).

    STORE is an MLflow tracking URI (``sqlite:///runs/mlflow.db``, ``http://host:5000`` …; a SQLite database
    keeps its artifacts in an ``artifacts`` folder beside it) or a folder for the embedded store.

    Raises:
        DataError: an empty STORE or experiment name.
        TrackingUnreachableError: the store cannot be created, opened or written.
    """
    if args.track is None:
        return None
    _check_tracking_option(args)
    from causaltorch.training.distributed import is_first_process

    if not is_first_process():
        return None
    from causaltorch.mlops import CausalMLOps
    from causaltorch.mlops.store import TrackingUnreachableError

    store = args.track
    options: dict[str, Any] = {}
    if store is True:
        pass
    elif "://" in store or store.startswith("sqlite:"):
        root = Path(store.split(":///", 1)[1]).parent if store.startswith("sqlite:///") else None
        options = {"tracking_uri": store, "root": root}
    else:
        options = {"root": store}
    where = "" if store is True else f" {store}"
    try:
        return CausalMLOps("causaltorch", args.experiment, **options)
    except TrackingUnreachableError as exc:
        raise TrackingUnreachableError(f"--track{where}: {exc}") from None
    except OSError as exc:  # the store's folder cannot be made (a file in the way, no permission …)
        raise TrackingUnreachableError(f"--track{where}: cannot open the tracking store: {exc.strerror or exc} "
                                       f"({exc.filename}); give a writable folder or another MLflow tracking URI."
                                       ) from None
