"""Which tokenizer a text model uses when none is set: the folder's, else the bundled ``causal-basic``.

A model only needs a tokenizer to read or write text: a text prompt, ``causal_interventions``, forbidden
words given as words, a constitution, rule biasing and the rule attention bias (they read the text the
model writes), the text metrics and training on text. When ``model.tokenizer`` is None, those calls use
the model's `TokenizerFallback`:

- a freshly built model falls back on the bundled ``causal-basic`` tokenizer when it fits, that is when
  every id of the tokenizer is below the model's ``vocab_size`` (the ids of a fresh model mean nothing yet);
- a model loaded with ``from_pretrained`` falls back on the tokenizer saved in its folder, else (for our
  own models) on ``causal-basic`` when it fits; a GPT-2 checkpoint without a tokenizer of ours has none,
  since its ids are GPT-2's and ``causal-basic`` would misread them.

When there is none, the error says exactly what to pass. Calls that need no tokenizer (token-id prompts
on a model without rules) never load one, so they work without the ``tokenizers`` package and their
output does not change.
"""

from __future__ import annotations

import functools
import json
import logging
from pathlib import Path
from typing import Any

from causaltorch.errors import DataError, MissingDependencyError

__all__ = [
    "DEFAULT_TOKENIZER", "TokenizerFallback", "bundled_tokenizer_size", "has_saved_tokenizer", "resolve_tokenizer",
    "saved_tokenizer_files",
]

log = logging.getLogger(__name__)

DEFAULT_TOKENIZER = "causal-basic"
_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json")  # what `CausalTokenizer.save_pretrained` writes


@functools.cache
def bundled_tokenizer_size(name: str = DEFAULT_TOKENIZER) -> int:
    """Number of ids of a bundled tokenizer (its largest id + 1), read from its JSON without ``tokenizers``."""
    from causaltorch.tokenizers import bundled_tokenizers

    data = json.loads((bundled_tokenizers()[name] / _TOKENIZER_FILES[0]).read_text(encoding="utf-8"))
    ids = [*data["model"]["vocab"].values(), *(token["id"] for token in data.get("added_tokens", []))]
    return max(ids) + 1


def saved_tokenizer_files(directory: str | Path) -> list[Path]:
    """The files of a tokenizer saved in ``directory`` by `CausalTokenizer.save_pretrained`."""
    return [Path(directory) / name for name in _TOKENIZER_FILES]


def has_saved_tokenizer(directory: str | Path) -> bool:
    """Whether ``directory`` holds a tokenizer saved by `CausalTokenizer.save_pretrained`."""
    return all(path.is_file() for path in saved_tokenizer_files(directory))


class TokenizerFallback:
    """Where a model's tokenizer comes from when ``model.tokenizer`` is None; loaded once, on first need.

    Args:
        source: a bundled tokenizer's name (used only when it fits the model's vocabulary), a folder
            holding a saved tokenizer, or None for no fallback.
        reason: why there is none (``source=None``), said in the error of a call that needs one.
    """

    def __init__(self, source: str | Path | None = DEFAULT_TOKENIZER, reason: str = ""):
        self.source = source
        self.reason = reason
        self._loaded: Any = None

    def _bundled(self) -> bool:
        return isinstance(self.source, str)

    def fits(self, vocab_size: int) -> bool:
        """Whether the fallback exists and (for a bundled one) every id of it is below ``vocab_size``."""
        if self.source is None:
            return False
        return not self._bundled() or bundled_tokenizer_size(self.source) <= vocab_size

    def get(self, vocab_size: int) -> Any:
        """The fallback tokenizer for a model with ``vocab_size`` ids, or None when there is none that fits.

        Raises:
            MissingDependencyError: the ``tokenizers`` package is missing.
            DataError: a saved tokenizer has more ids than the model.
        """
        if not self.fits(vocab_size):
            return None
        if self._loaded is None:
            from causaltorch.tokenizers import CausalTokenizer

            tokenizer = CausalTokenizer.from_pretrained(self.source)
            if tokenizer.vocab_size > vocab_size:
                raise DataError(
                    f"The tokenizer saved in {self.source} has {tokenizer.vocab_size} ids but the model only "
                    f"{vocab_size}; pass tokenizer= (the one the model was trained with) or set model.tokenizer."
                )
            self._loaded = tokenizer
        return self._loaded

    def missing(self, purpose: str, vocab_size: int) -> str:
        """The error message for a call that needs a tokenizer and has none."""
        fix = "pass tokenizer= or set model.tokenizer"
        if self.source is None:
            return f"{purpose} needs a tokenizer: {fix}. {self.reason}".strip()
        size = bundled_tokenizer_size(self.source)
        return (
            f"{purpose} needs a tokenizer: {fix} (one whose ids are all below the model's vocab_size={vocab_size}). "
            f"The bundled {self.source!r} tokenizer has {size} ids, too many for this model; build the model with "
            f"vocab_size >= {size} to use it without passing one."
        )


def resolve_tokenizer(model: Any, tokenizer: Any = None, purpose: str = "This call", *, required: bool = True) -> Any:
    """The tokenizer a call uses: ``tokenizer``, else ``model.tokenizer``, else the model's fallback.

    Args:
        model: a text model (``config.vocab_size``; optionally ``tokenizer`` and ``tokenizer_fallback``).
        tokenizer: the call's own tokenizer, if any.
        purpose: what needs it, for the error message ("A text prompt").
        required: raise when there is none (else return None; a missing ``tokenizers`` package is then
            logged rather than raised).

    Raises:
        DataError: ``required`` and no tokenizer can be had; the message says what to pass.
        MissingDependencyError: ``required`` and the fallback needs the ``tokenizers`` package.
    """
    if tokenizer is not None:
        return tokenizer
    own = getattr(model, "tokenizer", None)
    if own is not None:
        return own
    fallback = getattr(model, "tokenizer_fallback", None)
    if fallback is None:
        if required:
            raise DataError(f"{purpose} needs a tokenizer: pass tokenizer= or set model.tokenizer.")
        return None
    vocab_size = int(model.config.vocab_size)
    try:
        found = fallback.get(vocab_size)
    except MissingDependencyError:
        if required:
            raise
        log.info("The tokenizers package is missing, so the model's fallback tokenizer cannot be loaded.")
        return None
    if found is None and required:
        raise DataError(fallback.missing(purpose, vocab_size))
    return found
