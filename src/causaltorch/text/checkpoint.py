"""Text models on disk: `save_model` writes ``config.json`` + ``model.safetensors``, `load_model` reads them back.

`load_model` also reads a local Hugging Face GPT-2 directory (``"model_type": "gpt2"``), whose names and
layouts `causaltorch.text.gpt2` maps onto ours. The files themselves are written and checked by
`causaltorch._checkpoint`, as for every model family. ``CausalTransformer.save_pretrained`` /
``from_pretrained`` are thin calls into this module.

The model's tokenizer is saved beside the weights (``tokenizer.json`` and ``tokenizer_config.json``,
`causaltorch.tokenizers.CausalTokenizer.save_pretrained`) when it can save itself, and a loaded model
falls back on the tokenizer in its folder (`causaltorch.text.default_tokenizer`).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import torch
from torch import nn

from causaltorch._checkpoint import CONFIG_FILE, WEIGHTS_FILE, load_pretrained, read_config, write_pretrained
from causaltorch._files import atomic_path
from causaltorch.errors import CheckpointError, DataError, RuleValidationError
from causaltorch.text.config import CausalTransformerConfig
from causaltorch.text.default_tokenizer import TokenizerFallback, has_saved_tokenizer, saved_tokenizer_files
from causaltorch.text.gpt2 import config_from_gpt2, state_dict_from_gpt2

__all__ = ["MODEL_TYPE", "load_model", "save_model"]

log = logging.getLogger(__name__)

MODEL_TYPE = "causaltorch"  # ``model_type`` in config.json of the models this package saves
_TIED_HEAD = "lm_head.weight"  # stored once, as the token embedding, when the embeddings are tied

Model = TypeVar("Model", bound=nn.Module)


def save_model(model: nn.Module, directory: str | Path) -> Path:
    """Write ``model`` (a `CausalTransformer`) as ``config.json`` and ``model.safetensors`` in ``directory``.

    Each file is written atomically; a tied output projection is stored once (as the token embedding).
    The tokenizer is written too: ``model.tokenizer`` when it has ``save_pretrained``, else the files of the
    tokenizer saved in the folder the model was loaded from (the bundled fallback is not copied: a model
    loaded without a tokenizer in its folder falls back on it again).
    """
    state = model.state_dict()
    if model.config.tie_word_embeddings:
        del state[_TIED_HEAD]
    config = {"model_type": MODEL_TYPE, "architecture": type(model).__name__, **model.config.to_dict()}
    directory = write_pretrained(directory, state, config, "text")
    _save_tokenizer(model, directory)
    return directory


def _save_tokenizer(model: nn.Module, directory: Path) -> None:
    tokenizer = getattr(model, "tokenizer", None)
    if tokenizer is not None:
        if callable(getattr(tokenizer, "save_pretrained", None)):
            tokenizer.save_pretrained(directory)
        else:
            log.info("The model's tokenizer (%s) has no save_pretrained; it is not saved with the model.",
                     type(tokenizer).__name__)
        return
    fallback = getattr(model, "tokenizer_fallback", None)
    source = getattr(fallback, "source", None)
    if isinstance(source, Path) and source.resolve() != directory.resolve():
        for path in saved_tokenizer_files(source):
            with atomic_path(directory / path.name) as temporary:
                temporary.write_bytes(path.read_bytes())


def _read_config(directory: Path, raw: dict[str, Any]) -> tuple[CausalTransformerConfig, bool]:
    """The config in ``raw`` (read from ``directory``) and whether it came from a GPT-2 checkpoint."""
    model_type = raw.get("model_type")
    if model_type == "gpt2":
        return config_from_gpt2(raw), True
    if model_type == MODEL_TYPE:
        settings = {k: v for k, v in raw.items() if k not in ("model_type", "architecture")}
        try:
            return CausalTransformerConfig.from_dict(settings), False
        except (DataError, RuleValidationError, TypeError) as exc:
            raise CheckpointError(f"{directory / CONFIG_FILE} is not a valid model config: {exc}") from None
    raise CheckpointError(
        f"{directory / CONFIG_FILE} has model_type {model_type!r}; CausalTorch loads its own models "
        f"({MODEL_TYPE!r}) and Hugging Face GPT-2 checkpoints ('gpt2')."
    )


def load_model(cls: type[Model], directory: str | Path, *, device: torch.device | str | None = None,
               dtype: torch.dtype | None = None) -> Model:
    """``cls(config)`` with the weights saved in ``directory`` (ours or GPT-2's), moved to ``device``/``dtype``.

    The weights' names, shapes and dtypes are checked against the config before the model is built
    (`causaltorch._checkpoint.load_pretrained`), so a config that does not describe its weights
    (``vocab_size: 10**10``) is refused without allocating it.

    Raises `CheckpointError` when a file is missing or unreadable, when the weights do not fit the config or
    the memory, or when they hold NaN or infinity.
    """
    directory = Path(directory)
    if not directory.exists():
        raise CheckpointError(
            f"{directory} is not a directory with {CONFIG_FILE} and {WEIGHTS_FILE}. CausalTorch loads local "
            "folders only and never downloads: give the path of a folder saved by save_pretrained, or of a "
            "Hugging Face GPT-2 checkpoint folder (download one first, e.g. `huggingface-cli download gpt2 "
            "--local-dir gpt2-local`, and pass that folder)."
        )
    raw = read_config(directory, "saved model")
    config, from_gpt2 = _read_config(directory, raw)

    def build(n_layers: int) -> Model:
        return cls(replace(config, n_layers=n_layers))

    model = load_pretrained(directory, build, config.n_layers, "text",
                            rename=state_dict_from_gpt2 if from_gpt2 else None,
                            skip=(_TIED_HEAD,) if config.tie_word_embeddings else ())
    model.tokenizer_fallback = _tokenizer_fallback(directory, from_gpt2)
    return model.to(device=device, dtype=dtype)


def _tokenizer_fallback(directory: Path, from_gpt2: bool) -> TokenizerFallback:
    """The folder's tokenizer; else, for a model of ours, the bundled one; a GPT-2 checkpoint's ids are
    GPT-2's, so without a tokenizer in its folder it has none."""
    if has_saved_tokenizer(directory):
        return TokenizerFallback(directory.resolve())
    if from_gpt2:
        return TokenizerFallback(None, reason=(
            f"{directory} is a GPT-2 checkpoint with no tokenizer saved beside it, and its token ids are GPT-2's: "
            "pass GPT-2's tokenizer (tokenizer=..., anything with encode, decode, vocab_size and eos_token_id), "
            "or save one into that folder."
        ))
    return TokenizerFallback()
