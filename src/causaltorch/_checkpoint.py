"""Saved models on disk: ``config.json`` + ``model.safetensors`` in one directory, shared by every
model family (text, image, vision transformer, video) so they save, load and fail the same way.

Nothing in a folder is trusted before it is checked, and nothing is allocated before the checks pass:

1. `read_config` reads a bounded JSON object; a config dataclass (`ConfigDict`) checks every field's type
   (``"no"`` is not a bool, ``2.0`` is not a layer count) and value.
2. `read_header` reads the weights' names, shapes and dtypes without loading a tensor.
3. `check_stored_state` compares them with the model the config describes, built on the ``meta`` device
   (which allocates nothing), and checks that model and weights fit in memory.
4. `load_pretrained` then builds the model, loads the weights and refuses any that are NaN or infinite.

`check_model_fits` is step 3's memory check for a model built from sizes alone, and `read_torch_checkpoint`
reads a Lightning checkpoint without running anything in it.
"""

from __future__ import annotations

import functools
import json
import math
import pickle
import re
import struct
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch._files import atomic_path
from causaltorch.errors import CheckpointError, DataError, OutputError, require

__all__ = [
    "ALWAYS_FITS", "CONFIG_FILE", "WEIGHTS_FILE", "ConfigDict", "LegacyNames", "available_memory", "byte_size",
    "check_memory", "check_model_fits", "check_stored_state", "load_checked", "load_pretrained", "read_config",
    "read_header", "read_torch_checkpoint", "read_weights", "write_pretrained",
]

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"
MAX_CONFIG_BYTES = 64 * 2**20  # a config is sizes and a rule set; anything larger is not one of ours
MAX_HEADER_BYTES = 100 * 2**20  # the safetensors format's own limit on its JSON header
ALWAYS_FITS = 256 * 2**20  # `check_memory` never refuses a request this small

# safetensors dtype names -> torch dtypes (those torch can hold)
_DTYPES = {
    "F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
    "F8_E4M3": torch.float8_e4m3fn, "F8_E5M2": torch.float8_e5m2, "I64": torch.int64, "I32": torch.int32,
    "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8, "BOOL": torch.bool,
}


class ConfigDict:
    """Mixin for a model's config dataclass: ``to_dict`` for config.json, ``from_dict`` that names
    unknown keys instead of failing with a TypeError, and `check_types` for ``__post_init__``."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        unknown = sorted(set(data) - known)
        if unknown:
            raise DataError(f"Unknown config key(s) {unknown}. Known keys: {sorted(known)}.")
        return cls(**data)

    def check_types(self) -> None:
        """Refuse any field whose value is not of its annotated type, before values are checked.

        A bool must be a bool (``"false"`` would count as true), a string a string, a mapping a mapping;
        ``X | None`` also takes None. Numeric fields are left to the config's value checks, which go through
        `causaltorch._validate` and so refuse ``True``, ``"12"`` and ``2.0`` (for an integer) with the range
        in the message: every numeric field of a config must have one.

        Raises:
            DataError: naming the field, the type it needs and the value given.
        """
        for name, kinds in _field_kinds(type(self)):
            value = getattr(self, name)
            if int in kinds or float in kinds:
                continue
            if not any(_is_instance(value, kind) for kind in kinds):
                wanted = " or ".join(_describe_kind(kind) for kind in kinds)
                raise DataError(f"{type(self).__name__}.{name} must be {wanted}, got {value!r} "
                                f"({type(value).__name__}).")


@functools.cache
def _field_kinds(cls: type) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    """``(field name, accepted types)`` of a config dataclass, its annotations resolved once."""
    hints = typing.get_type_hints(cls)
    return tuple((field.name, _union_members(hints[field.name])) for field in fields(cls))


def _union_members(hint: Any) -> tuple[Any, ...]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return typing.get_args(hint)
    return (hint,)


def _is_instance(value: Any, kind: Any) -> bool:
    """Whether ``value`` is of the non-numeric annotation ``kind`` (numbers are `causaltorch._validate`'s)."""
    if kind is Any:
        return True
    if kind is type(None):
        return value is None
    origin = typing.get_origin(kind)
    if origin in (dict, Mapping):
        return isinstance(value, Mapping)
    return isinstance(value, origin or kind)


def _describe_kind(kind: Any) -> str:
    names = {bool: "true or false", str: "a string", type(None): "null (None)"}
    if kind in names:
        return names[kind]
    origin = typing.get_origin(kind)
    if origin in (dict, Mapping):
        return "a mapping (a JSON object)"
    if origin in (list, tuple):
        return "a list"
    return f"a {getattr(kind, '__name__', kind)}"


# ---------------------------------------------------------------------------------------- writing
def write_pretrained(directory: str | Path, state: Mapping[str, Tensor], config: Mapping[str, Any],
                     extra: str) -> Path:
    """Write ``state`` as ``model.safetensors`` and ``config`` as ``config.json``, each atomically."""
    safetensors_torch = require("safetensors.torch", extra, "saving models")
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{directory} is a file; save_pretrained needs a directory.")
    tensors = {name: tensor.detach().cpu().contiguous() for name, tensor in state.items()}
    with atomic_path(directory / WEIGHTS_FILE) as temporary:
        safetensors_torch.save_file(tensors, str(temporary), metadata={"format": "pt"})
    with atomic_path(directory / CONFIG_FILE) as temporary:
        temporary.write_text(json.dumps(dict(config), indent=2) + "\n", encoding="utf-8")
    return directory


# ---------------------------------------------------------------------------------------- reading
def read_config(directory: Path, what: str, hint: str = "") -> dict[str, Any]:
    """The JSON object in ``directory/config.json``, after checking both files are there.

    ``what`` names the kind of model in the error (``"saved video model"``); ``hint`` says how to make one.
    """
    if not directory.is_dir():
        raise CheckpointError(f"{directory} is not a directory with {CONFIG_FILE} and {WEIGHTS_FILE}.{hint}")
    missing = [name for name in (CONFIG_FILE, WEIGHTS_FILE) if not (directory / name).is_file()]
    if missing:
        raise CheckpointError(f"{directory} has no {' or '.join(missing)}; it is not a {what}.{hint}")
    path = directory / CONFIG_FILE
    if path.stat().st_size > MAX_CONFIG_BYTES:
        raise CheckpointError(f"{path} is {path.stat().st_size:,} bytes; a model config is a few kilobytes of "
                              f"sizes and rules (at most {MAX_CONFIG_BYTES:,} bytes), so this is not one.")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, RecursionError) as exc:  # bad JSON, bad UTF-8, a number too long to convert, deep nesting
        raise CheckpointError(f"{path} is not valid JSON: {str(exc) or type(exc).__name__}.") from None
    if not isinstance(raw, dict):
        raise CheckpointError(f"{path} must hold a JSON object, got {type(raw).__name__}.")
    return raw


def read_header(directory: Path) -> dict[str, Tensor]:
    """The tensors ``directory/model.safetensors`` holds, as ``meta`` tensors (names, shapes, dtypes; no data).

    Only the file's JSON header is read. Every entry is checked: a known dtype, a shape of non-negative
    integers, and a byte range inside the file that matches the shape.

    Raises:
        CheckpointError: the file is too short, its header is not safetensors JSON, or an entry is broken.
    """
    path = directory / WEIGHTS_FILE
    size = path.stat().st_size
    with path.open("rb") as handle:
        length = int.from_bytes(handle.read(8), "little") if size >= 8 else -1
        if not 0 < length <= min(size - 8, MAX_HEADER_BYTES):
            raise CheckpointError(f"{path} is not a safetensors file (it has no valid header); save the model "
                                  "again with save_pretrained.")
        text = handle.read(length)
    try:
        header = json.loads(text)
    except (ValueError, RecursionError):
        raise CheckpointError(f"{path} has a broken safetensors header (not JSON); save the model again.") from None
    if not isinstance(header, dict):
        raise CheckpointError(f"{path} has a broken safetensors header (not a JSON object); save the model again.")
    data_bytes = size - 8 - length
    tensors: dict[str, Tensor] = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        tensors[name] = _header_entry(path, name, entry, data_bytes)
    return tensors


def _header_entry(path: Path, name: str, entry: Any, data_bytes: int) -> Tensor:
    """One header entry as a meta tensor, after checking its dtype, shape and byte range."""
    def broken(why: str) -> CheckpointError:
        return CheckpointError(f"{path} has a broken entry for {name!r}: {why}. Save the model again.")

    if not isinstance(entry, dict):
        raise broken("not a JSON object")
    dtype_name, shape, offsets = entry.get("dtype"), entry.get("shape"), entry.get("data_offsets")
    if dtype_name not in _DTYPES:
        raise broken(f"unknown dtype {dtype_name!r} (known: {', '.join(_DTYPES)})")
    if not isinstance(shape, list) or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0
                                              for n in shape):
        raise broken(f"the shape {shape!r} is not a list of sizes")
    if (not isinstance(offsets, list) or len(offsets) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in offsets)):
        raise broken(f"the data offsets {offsets!r} are not two integers")
    dtype = _DTYPES[dtype_name]
    expected = math.prod(shape) * torch.empty(0, dtype=dtype).element_size()
    start, stop = offsets
    if not 0 <= start <= stop <= data_bytes or stop - start != expected:
        raise broken(f"its bytes {start}..{stop} do not hold a {dtype_name} tensor of shape {shape} inside the "
                     f"file's {data_bytes:,} data bytes (the file is truncated or was not written whole)")
    return torch.empty(shape, dtype=dtype, device="meta")


def read_weights(directory: Path, extra: str) -> dict[str, Tensor]:
    """The tensors of ``directory/model.safetensors``, on the CPU."""
    safetensors = require("safetensors", extra, "loading models")
    safetensors_torch = require("safetensors.torch", extra, "loading models")
    try:
        return safetensors_torch.load_file(str(directory / WEIGHTS_FILE), device="cpu")
    except (safetensors.SafetensorError, OSError, ValueError) as exc:
        raise CheckpointError(f"Cannot read {directory / WEIGHTS_FILE}: {exc}.") from None


def read_torch_checkpoint(path: str | Path, what: str = "training checkpoint") -> Any:
    """The object in a PyTorch checkpoint (a Lightning ``.ckpt``), read with ``weights_only=True``.

    Only tensors and plain values are rebuilt; nothing in the file is run. A file that needs more (code,
    other objects) is refused, and the message never suggests loading it with ``weights_only=False``.

    Raises:
        CheckpointError: the file is missing, is not a PyTorch checkpoint, or holds code or other objects.
    """
    path = Path(path)
    if not path.is_file():  # a folder, a missing path, or a FIFO or device that would block or never end
        raise CheckpointError(f"Cannot read the {what} {path}: it is not a file.")
    try:
        try:
            return torch.load(path, map_location="cpu", weights_only=True, mmap=True)
        except RuntimeError as exc:
            if "mmap can only be used" not in str(exc):
                raise
            return torch.load(path, map_location="cpu", weights_only=True)  # an older format: read it whole
    except pickle.UnpicklingError as exc:
        found = re.search(r"GLOBAL (\S+)", str(exc))
        if found:
            why = (f"it holds code or objects other than tensors and plain values (it refers to {found.group(1)}), "
                   "and CausalTorch never runs anything stored in a checkpoint")
        else:
            why = "it is not made of tensors and plain values only, so it is not a checkpoint CausalTorch wrote"
        raise CheckpointError(f"Cannot read the {what} {path}: {why}. Use a checkpoint written by CausalTorch, "
                              "or a model folder (config.json + model.safetensors).") from None
    except struct.error:  # torch's reader on a file too short to hold a header
        raise CheckpointError(f"Cannot read the {what} {path}: it is too short to be a checkpoint.") from None
    except (OSError, RuntimeError, ValueError, EOFError) as exc:
        reason = str(exc).split(". ")[0].splitlines()[0] if str(exc) else type(exc).__name__
        raise CheckpointError(f"Cannot read the {what} {path}: {reason}.") from None


# ---------------------------------------------------------------------------------------- memory
def available_memory(device: torch.device | str | None = None) -> int | None:
    """Bytes that can be allocated now on ``device`` (default: the default device); None if unknown.

    A CUDA device's is its free memory. The CPU's is ``MemAvailable`` of ``/proc/meminfo`` (free memory plus
    reclaimable caches), lowered to what a container's memory limit (cgroup ``memory.max``) and this
    process's address-space limit (``ulimit -v``) leave, since an allocation past either fails as surely.
    """
    device = torch.device(device) if device is not None else torch.get_default_device()
    if device.type == "cuda":
        return torch.cuda.mem_get_info(device)[0]
    limits = [_meminfo("/proc/meminfo", "MemAvailable:"), _cgroup_room(), _address_space_room()]
    known = [limit for limit in limits if limit is not None]
    return min(known) if known else None


def _meminfo(path: str, key: str) -> int | None:
    """The ``key`` line of a ``/proc`` status file, in bytes (its values are in kB)."""
    try:
        with open(path, encoding="ascii") as handle:
            for line in handle:
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _cgroup_room() -> int | None:
    """What this process's cgroup (v2) memory limit leaves, or None without one."""
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text(encoding="ascii").strip()
        if limit == "max":
            return None
        return int(limit) - int(Path("/sys/fs/cgroup/memory.current").read_text(encoding="ascii"))
    except (OSError, ValueError):
        return None


def _address_space_room() -> int | None:
    """What this process's address-space limit (``RLIMIT_AS``) leaves beyond what it has mapped, or None."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return None
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    mapped = _meminfo("/proc/self/status", "VmSize:")
    if soft == resource.RLIM_INFINITY or mapped is None:
        return None
    return soft - mapped


class LegacyNames:
    """Loading weights saved under a model's older parameter names: ``names(keys, prefix)`` gives ``{old: new}``.

    ``rename`` maps a whole state dict (for `load_pretrained`'s ``rename=``); ``hook`` is a
    ``register_load_state_dict_pre_hook`` hook, so ``load_state_dict`` of an old state (directly, or inside a
    Lightning checkpoint of a module that holds the model) loads too.
    """

    def __init__(self, names: Callable[[list[str], str], dict[str, str]]):
        self.names = names

    def rename(self, state: Mapping[str, Tensor]) -> dict[str, Tensor]:
        renames = self.names(list(state), "")
        return {renames.get(name, name): tensor for name, tensor in state.items()}

    def hook(self, module: nn.Module, state_dict: dict[str, Tensor], prefix: str, *_: Any) -> None:
        for old, new in self.names(list(state_dict), prefix).items():
            state_dict[new] = state_dict.pop(old)


def byte_size(nbytes: float) -> str:
    """``nbytes`` for a message: ``1.5 GiB``, ``12.0 MiB`` or ``900 bytes``."""
    if nbytes >= 2**28:
        return f"{nbytes / 2**30:,.1f} GiB"
    return f"{nbytes / 2**20:,.1f} MiB" if nbytes >= 2**20 else f"{nbytes:,.0f} bytes"


def check_memory(nbytes: float, what: str, fix: str, *, device: torch.device | str | None = None,
                 error: type[Exception] = DataError) -> None:
    """Refuse ``what`` (needing about ``nbytes``) when it does not fit in the memory available now.

    Call it before allocating: the message says what was asked, how much it needs, how much there is, and
    ``fix``. Requests up to `ALWAYS_FITS` always pass: the available memory is an estimate that a busy machine
    can push to zero while small allocations still succeed, and a refusal is for requests that cannot.
    """
    available = available_memory(device)
    if available is not None and nbytes > max(available, ALWAYS_FITS):
        raise error(f"{what} needs about {byte_size(nbytes)}, more than the {byte_size(available)} of memory "
                    f"available; {fix}.")


def _state_bytes(model: nn.Module) -> int:
    """Bytes of ``model``'s parameters and buffers (each shared tensor once); works on the meta device."""
    tensors = {id(t): t for t in (*model.parameters(), *model.buffers())}
    return sum(t.numel() * t.element_size() for t in tensors.values())


def _stored_elements(model: nn.Module, skip: tuple[str, ...]) -> int:
    return sum(t.numel() for name, t in model.state_dict().items() if not (skip and name.startswith(skip)))


def _at_depths(build: Callable[[int], nn.Module], depth: int, measure: Callable[[nn.Module], int]) -> int:
    """``measure(build(depth))`` from meta builds one and two blocks deep (sizes grow linearly with depth)."""
    with torch.device("meta"):
        one = measure(build(1))
        if depth == 1:
            return one
        return one + (depth - 1) * (measure(build(2)) - one)


def check_model_fits(build: Callable[[int], nn.Module], depth: int, what: str, fix: str) -> None:
    """Refuse to build a model ``depth`` blocks deep whose weights do not fit in memory; allocates nothing.

    ``build(k)`` builds the same model ``k`` blocks deep. It is measured on the meta device, so call this
    from a constructor before its first allocation; on the meta device itself it does nothing.
    """
    if torch.get_default_device().type == "meta":
        return
    check_memory(_at_depths(build, depth, _state_bytes), f"{what} (its weights alone)", fix)


# ---------------------------------------------------------------------------------------- matching
def _compare(expected: Mapping[str, Tensor], stored: Mapping[str, Tensor], source: Path, config_name: str,
             hint: str) -> None:
    """Name every missing, unexpected, wrongly shaped and wrongly typed entry of ``stored``."""
    missing = sorted(set(expected) - set(stored))
    unexpected = sorted(set(stored) - set(expected))
    common = sorted(set(expected) & set(stored))
    wrong = [f"{k} {tuple(stored[k].shape)} (config needs {tuple(expected[k].shape)})"
             for k in common if stored[k].shape != expected[k].shape]
    problems = [(label, items) for label, items in (("missing", missing), ("unexpected", unexpected),
                                                    ("wrong shape", wrong)) if items]
    if problems:
        parts = [f"{label}: {', '.join(items[:5])}{' …' if len(items) > 5 else ''}" for label, items in problems]
        raise CheckpointError(f"The weights in {source} do not match {config_name} ({'; '.join(parts)}). "
                              f"The config and the weights come from different models; {hint}.")
    for name in common:
        wanted, given = expected[name].dtype, stored[name].dtype
        if wanted.is_floating_point != given.is_floating_point or given.is_complex or given == torch.bool:
            kind = "floating-point" if wanted.is_floating_point else "integer"
            raise CheckpointError(f"{source} stores {name} as {given}, but the model holds {kind} values there "
                                  f"({wanted}); the file was not written by this model. Save the model again.")


def check_stored_state(build: Callable[[int], nn.Module], depth: int, stored: Mapping[str, Tensor], source: Path,
                       *, skip: tuple[str, ...] = (), config_name: str = "its config.json",
                       hint: str = "save them together with save_pretrained") -> None:
    """Refuse ``stored`` unless the model ``build(depth)`` holds exactly its names, shapes and kinds of dtype,
    and model and weights fit in memory together. Allocates nothing.

    ``stored`` may be meta tensors (`read_header`) or tensors already read. The config's size is counted
    first from meta builds one and two blocks deep, so a config that asks for far more than the file holds
    (``n_layers: 200000``) is refused without building it at all. Names starting with a prefix in ``skip``
    are neither expected nor checked.
    """
    stored = {name: t for name, t in stored.items() if not (skip and name.startswith(skip))}
    held = sum(t.numel() for t in stored.values())
    counted = _at_depths(build, depth, lambda model: _stored_elements(model, skip))
    if counted > held:
        raise CheckpointError(f"{config_name} describes a model with {counted:,} weights, but {source} holds "
                              f"{held:,}. The config and the weights come from different models; {hint}.")
    with torch.device("meta"):
        model = build(depth)
    _compare({name: t for name, t in model.state_dict().items() if not (skip and name.startswith(skip))},
             stored, source, config_name, hint)
    stored_bytes = sum(t.numel() * t.element_size() for t in stored.values())
    check_memory(_state_bytes(model) + stored_bytes, f"Loading {source}", "free memory or load it on a larger "
                 "machine", error=CheckpointError)


def load_checked(model: nn.Module, tensors: Mapping[str, Tensor], source: Path, *, skip: tuple[str, ...] = (),
                 config_name: str = "its config.json", hint: str = "save them together with save_pretrained") -> None:
    """Load ``tensors`` into ``model`` after naming every missing, unexpected, wrongly shaped or typed entry,
    and every tensor holding NaN or infinity.

    Names starting with a prefix in ``skip`` are neither expected nor loaded (tied weights, a part the
    caller rebuilt from other settings).
    """
    def kept(name: str) -> bool:
        return not name.startswith(skip) if skip else True

    tensors = {name: tensor for name, tensor in tensors.items() if kept(name)}
    _compare({name: t for name, t in model.state_dict().items() if kept(name)}, tensors, source, config_name, hint)
    for name, tensor in tensors.items():
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise CheckpointError(f"{source} holds NaN or infinite values in {name}; the model was saved after "
                                  "training diverged or the file is damaged. Use an earlier checkpoint.")
    model.load_state_dict(tensors, strict=False)


def load_pretrained(directory: Path, build: Callable[[int], nn.Module], depth: int, extra: str, *,
                    rename: Callable[[Mapping[str, Tensor]], Mapping[str, Tensor]] | None = None,
                    skip: tuple[str, ...] = (), hint: str = "save them together with save_pretrained") -> nn.Module:
    """``build(depth)`` with the weights of ``directory/model.safetensors``, checked before anything is allocated.

    ``build(k)`` builds the model the folder's config describes, ``k`` blocks deep (``depth`` is the config's
    own depth; a model without repeated blocks ignores ``k`` and passes 1). ``rename`` maps stored names
    and layouts onto the model's (a GPT-2 folder). See `check_stored_state` and `load_checked`.

    Raises:
        CheckpointError: the weights do not match the config, do not fit in memory, or hold NaN or infinity.
    """
    stored = read_header(directory)
    if rename is not None:
        stored = dict(rename(stored))
    check_stored_state(build, depth, stored, directory / WEIGHTS_FILE, skip=skip, hint=hint)
    model = build(depth)
    tensors = read_weights(directory, extra)
    load_checked(model, rename(tensors) if rename is not None else tensors, directory / WEIGHTS_FILE, skip=skip,
                 hint=hint)
    return model
