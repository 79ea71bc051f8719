"""Saved models on disk: ``config.json`` + ``model.safetensors`` in one directory, shared by every
model family (text, image, vision transformer, video) so they save, load and fail the same way."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

from torch import Tensor, nn

from causaltorch._files import atomic_path
from causaltorch.errors import CheckpointError, DataError, OutputError, require

__all__ = [
    "CONFIG_FILE", "WEIGHTS_FILE", "ConfigDict", "load_checked", "read_config", "read_weights", "write_pretrained",
]

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "model.safetensors"


class ConfigDict:
    """Mixin for a model's config dataclass: ``to_dict`` for config.json, ``from_dict`` that names
    unknown keys instead of failing with a TypeError."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        unknown = sorted(set(data) - known)
        if unknown:
            raise DataError(f"Unknown config key(s) {unknown}. Known keys: {sorted(known)}.")
        return cls(**data)


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


def read_config(directory: Path, what: str, hint: str = "") -> dict[str, Any]:
    """The JSON object in ``directory/config.json``, after checking both files are there.

    ``what`` names the kind of model in the error (``"saved video model"``); ``hint`` says how to make one.
    """
    if not directory.is_dir():
        raise CheckpointError(f"{directory} is not a directory with {CONFIG_FILE} and {WEIGHTS_FILE}.{hint}")
    missing = [name for name in (CONFIG_FILE, WEIGHTS_FILE) if not (directory / name).is_file()]
    if missing:
        raise CheckpointError(f"{directory} has no {' or '.join(missing)}; it is not a {what}.{hint}")
    try:
        raw = json.loads((directory / CONFIG_FILE).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CheckpointError(f"{directory / CONFIG_FILE} is not valid JSON: {exc}.") from None
    if not isinstance(raw, dict):
        raise CheckpointError(f"{directory / CONFIG_FILE} must hold a JSON object, got {type(raw).__name__}.")
    return raw


def read_weights(directory: Path, extra: str) -> dict[str, Tensor]:
    """The tensors of ``directory/model.safetensors``, on the CPU."""
    safetensors = require("safetensors", extra, "loading models")
    safetensors_torch = require("safetensors.torch", extra, "loading models")
    try:
        return safetensors_torch.load_file(str(directory / WEIGHTS_FILE), device="cpu")
    except (safetensors.SafetensorError, OSError, ValueError) as exc:
        raise CheckpointError(f"Cannot read {directory / WEIGHTS_FILE}: {exc}.") from None


def load_checked(model: nn.Module, tensors: Mapping[str, Tensor], source: Path, *, skip: tuple[str, ...] = (),
                 hint: str = "save them together with save_pretrained") -> None:
    """Load ``tensors`` into ``model`` after naming every missing, unexpected and wrongly shaped entry.

    Names starting with a prefix in ``skip`` are neither expected nor loaded (tied weights, a part the
    caller rebuilt from other settings).
    """
    def kept(name: str) -> bool:
        return not name.startswith(skip) if skip else True

    expected = {name: tensor.shape for name, tensor in model.state_dict().items() if kept(name)}
    tensors = {name: tensor for name, tensor in tensors.items() if kept(name)}
    missing = sorted(set(expected) - set(tensors))
    unexpected = sorted(set(tensors) - set(expected))
    wrong = sorted(f"{k} {tuple(tensors[k].shape)} (config needs {tuple(expected[k])})"
                   for k in set(expected) & set(tensors) if tensors[k].shape != expected[k])
    if missing or unexpected or wrong:
        parts = [f"{label}: {', '.join(items[:5])}{' …' if len(items) > 5 else ''}"
                 for label, items in (("missing", missing), ("unexpected", unexpected), ("wrong shape", wrong))
                 if items]
        raise CheckpointError(f"The weights in {source} do not match its config.json ({'; '.join(parts)}). "
                              f"The config and the weights come from different models; {hint}.")
    model.load_state_dict(tensors, strict=False)
