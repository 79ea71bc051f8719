"""Text models on disk: `save_model` writes ``config.json`` + ``model.safetensors``, `load_model` reads them back.

`load_model` also reads a local Hugging Face GPT-2 directory (``"model_type": "gpt2"``), whose names and
layouts `causaltorch.text.gpt2` maps onto ours. The files themselves are written and checked by
`causaltorch._checkpoint`, as for every model family. ``CausalTransformer.save_pretrained`` /
``from_pretrained`` are thin calls into this module.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import torch
from torch import nn

from causaltorch._checkpoint import CONFIG_FILE, load_pretrained, read_config, write_pretrained
from causaltorch.errors import CheckpointError, DataError, RuleValidationError
from causaltorch.text.config import CausalTransformerConfig
from causaltorch.text.gpt2 import config_from_gpt2, state_dict_from_gpt2

__all__ = ["MODEL_TYPE", "load_model", "save_model"]

MODEL_TYPE = "causaltorch"  # ``model_type`` in config.json of the models this package saves
_TIED_HEAD = "lm_head.weight"  # stored once, as the token embedding, when the embeddings are tied

Model = TypeVar("Model", bound=nn.Module)


def save_model(model: nn.Module, directory: str | Path) -> Path:
    """Write ``model`` (a `CausalTransformer`) as ``config.json`` and ``model.safetensors`` in ``directory``.

    Each file is written atomically; a tied output projection is stored once (as the token embedding).
    """
    state = model.state_dict()
    if model.config.tie_word_embeddings:
        del state[_TIED_HEAD]
    config = {"model_type": MODEL_TYPE, "architecture": type(model).__name__, **model.config.to_dict()}
    return write_pretrained(directory, state, config, "text")


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
    raw = read_config(directory, "saved model")
    config, from_gpt2 = _read_config(directory, raw)

    def build(n_layers: int) -> Model:
        return cls(replace(config, n_layers=n_layers))

    model = load_pretrained(directory, build, config.n_layers, "text",
                            rename=state_dict_from_gpt2 if from_gpt2 else None,
                            skip=(_TIED_HEAD,) if config.tie_word_embeddings else ())
    return model.to(device=device, dtype=dtype)
