"""Pretrained text models shipped inside the package: `load_pretrained_model("causal-small")`.

A shipped model is a folder under ``causaltorch/data/models/<name>/``: ``config.json``, ``model.safetensors``,
the tokenizer it was trained with (``tokenizer.json``, ``tokenizer_config.json``), its training log
(``training_log.csv``, ``training_log.json``) and ``manifest.json``, which records the SHA-256 and size of
every other file. Loading checks every file against the manifest first, then loads through the same
checked path as any saved model (`causaltorch.text.checkpoint.load_model`). A file that is missing, cut
short or changed raises `PretrainedModelError` naming it: there is never a silent fallback to another model
or to random weights.

``causal-small`` (d_model 256, 4 layers, 4 heads, 128 tokens of context, the ``causal-basic`` tokenizer) was
trained by ``scripts/train_small_model.py`` on the large generated corpus (``scripts/make_corpus.py
--large``); its ``training_log.json`` says on how many tokens, for how long, and what it measured.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

import torch

from causaltorch.errors import CheckpointError, DataError

__all__ = [
    "DEFAULT_PRETRAINED", "PRETRAINED_MODELS", "PretrainedModelError", "check_pretrained", "load_pretrained_model",
    "pretrained_path",
]

DEFAULT_PRETRAINED = "causal-small"
PRETRAINED_MODELS = ("causal-small",)
MANIFEST = "manifest.json"
REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json")
_HASH_CHUNK = 1 << 20


class PretrainedModelError(CheckpointError):
    """A shipped pretrained model's files are missing, cut short or changed (a broken install)."""


def _fix(name: str) -> str:
    return (f"Reinstall causaltorch (pip install --force-reinstall causaltorch), or, in a source checkout, rebuild "
            f"the model with `python scripts/train_small_model.py --install` (it writes {name}'s files).")


def pretrained_path(name: str = DEFAULT_PRETRAINED) -> Path:
    """The folder of the shipped model ``name`` (whether or not its files are there).

    Raises:
        DataError: ``name`` is not a shipped model.
    """
    if name not in PRETRAINED_MODELS:
        raise DataError(f"Unknown pretrained model {name!r}; the shipped models are: {', '.join(PRETRAINED_MODELS)}. "
                        "To load a folder of your own, use CausalTransformer.from_pretrained(path).")
    return Path(str(resources.files("causaltorch") / "data" / "models" / name))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_pretrained(name: str = DEFAULT_PRETRAINED) -> Path:
    """Check every file of the shipped model ``name`` against its manifest; return its folder.

    Raises:
        DataError: ``name`` is not a shipped model.
        PretrainedModelError: the folder, the manifest or a file is missing, or a file's size or SHA-256
            differs from the manifest's.
    """
    folder = pretrained_path(name)
    manifest_path = folder / MANIFEST
    if not manifest_path.is_file():
        raise PretrainedModelError(f"The pretrained model {name!r} is not installed: {manifest_path} is missing. "
                                   + _fix(name))
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        files = manifest["files"]
        expected = {file: (int(entry["bytes"]), str(entry["sha256"])) for file, entry in files.items()}
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PretrainedModelError(f"The manifest of the pretrained model {name!r} ({manifest_path}) is unreadable "
                                   f"({exc.__class__.__name__}: {exc}). " + _fix(name)) from None
    unlisted = [file for file in REQUIRED_FILES if file not in expected]
    if unlisted:
        raise PretrainedModelError(f"The manifest of the pretrained model {name!r} lists no {', '.join(unlisted)}. "
                                   + _fix(name))
    for file, (size, digest) in expected.items():
        path = folder / file
        if not path.is_file():
            raise PretrainedModelError(f"The pretrained model {name!r} is missing {path}. " + _fix(name))
        actual = path.stat().st_size
        if actual != size:
            raise PretrainedModelError(f"The pretrained model {name!r} is corrupt: {path} holds {actual} bytes, "
                                       f"not the {size} its manifest records. " + _fix(name))
        if _sha256(path) != digest:
            raise PretrainedModelError(f"The pretrained model {name!r} is corrupt: the SHA-256 of {path} differs "
                                       "from its manifest's. " + _fix(name))
    return folder


def load_pretrained_model(name: str = DEFAULT_PRETRAINED, *, device: torch.device | str | None = None,
                          dtype: torch.dtype | None = None, causal_rules: Any = None) -> Any:
    """The shipped pretrained model ``name`` as a `CausalTransformer` in eval mode, with its tokenizer.

    Args:
        name: a shipped model (`PRETRAINED_MODELS`).
        device, dtype: where and in what precision to put the weights (default: CPU, as stored).
        causal_rules: rules for generation to follow (a `CausalRuleSet` or either dict form); the shipped
            model has none of its own.

    Raises:
        DataError: ``name`` is not a shipped model.
        RuleValidationError: ``causal_rules`` is not a valid rule set (checked first).
        PretrainedModelError: a file of the model is missing or corrupt (checked against its manifest, then
            by the checked loader: weights that do not fit the config or hold NaN or infinity).
    """
    from causaltorch.rules import as_ruleset

    rules = as_ruleset(causal_rules) if causal_rules is not None else None  # bad rules are the caller's error
    folder = check_pretrained(name)
    from causaltorch.text.model import CausalTransformer
    from causaltorch.tokenizers import CausalTokenizer

    try:
        tokenizer = CausalTokenizer.from_pretrained(folder)
        model = CausalTransformer.from_pretrained(folder, causal_rules=rules, device=device, dtype=dtype,
                                                  tokenizer=tokenizer)
    except PretrainedModelError:
        raise
    except CheckpointError as exc:
        raise PretrainedModelError(f"The pretrained model {name!r} cannot be loaded: {exc} " + _fix(name)) from None
    except (OSError, ValueError) as exc:
        raise PretrainedModelError(f"The pretrained model {name!r} cannot be loaded ({exc.__class__.__name__}: "
                                   f"{exc}). " + _fix(name)) from None
    return model.eval()
