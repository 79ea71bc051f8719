"""Token files: a corpus tokenized once into a flat ``uint16`` array on disk, read back memory-mapped.

The layout is nanoGPT's ``train.bin``: every document's token ids, each followed by the end-of-text id,
concatenated, as raw little-endian ``uint16``. Training reads random windows of it through `np.memmap`,
so a corpus larger than memory trains without being loaded. No Lightning here: a plain
`torch.utils.data.Dataset` serves any training loop.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor
from torch.utils.data import Dataset

from causaltorch import _validate
from causaltorch._files import atomic_path
from causaltorch.errors import DataError, OutputError

__all__ = ["TOKEN_DTYPE", "TokenWindows", "prepare_tokens", "read_token_file"]

log = logging.getLogger(__name__)

TOKEN_DTYPE = np.dtype("<u2")  # uint16: vocabularies up to 65,536 ids, two bytes per token
_CHUNK = 4096  # documents tokenized per batch call


def prepare_tokens(texts: Iterable[str], tokenizer: Any, path: str | Path) -> Path:
    """Tokenize ``texts`` into the token file ``path`` and return the path.

    Args:
        texts: documents (a list of lines, a generator over a file …); each is encoded without special
            tokens and followed by ``tokenizer.eos_token_id``, which the tokenizer never produces from
            text. Blank documents are skipped. Read in chunks, so a generator over a large file is never
            held in memory whole.
        tokenizer: ``tokenizer(list_of_texts, padding=False, return_tensors=None)["input_ids"]``
            (a `CausalTokenizer` or a Hugging Face tokenizer), ``eos_token_id`` and ``vocab_size``.
        path: the ``.bin`` file to write. It is written atomically: an existing file is replaced only
            once the new one is complete, and a failure leaves it untouched.

    Raises:
        DataError: the vocabulary does not fit ``uint16``, the tokenizer has no end-of-text id, a
            document is not a string, or there is no text at all.
    """
    path = Path(path)
    vocab_size = int(tokenizer.vocab_size)
    if vocab_size > np.iinfo(TOKEN_DTYPE).max + 1:
        raise DataError(
            f"The tokenizer has {vocab_size} ids, but token files store uint16 (at most 65536 ids); "
            "use a smaller vocabulary."
        )
    eos = getattr(tokenizer, "eos_token_id", None)
    if eos is None:
        raise DataError("Token files end every document with the end-of-text id, but the tokenizer has none.")
    if path.is_dir():
        raise OutputError(f"{path} is a directory; prepare_tokens needs a file path such as {path / 'train.bin'}.")
    total = documents = 0
    with atomic_path(path) as temporary, temporary.open("wb") as handle:
        for chunk in _chunks(texts):
            encoded = tokenizer(chunk, padding=False, return_tensors=None)["input_ids"]
            flat = np.fromiter(
                itertools.chain.from_iterable(itertools.chain(ids, (eos,)) for ids in encoded), dtype=TOKEN_DTYPE
            )
            flat.tofile(handle)
            total += flat.size
            documents += len(chunk)
        if total == 0:
            raise DataError("There is no text to tokenize: every document is blank.")
    log.info("Wrote %d tokens of %d documents to %s.", total, documents, path)
    return path


def _chunks(texts: Iterable[str]) -> Iterator[list[str]]:
    if isinstance(texts, str):
        raise DataError("prepare_tokens takes an iterable of documents (e.g. a list of lines), not one string.")
    chunk: list[str] = []
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            raise DataError(f"Document {position} is {type(text).__name__}, not text.")
        if text.strip():
            chunk.append(text)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def read_token_file(path: str | Path) -> np.memmap:
    """The token ids of a token file, memory-mapped read-only (``uint16 [N]``).

    Raises:
        DataError: the file is missing, empty, or not a whole number of ``uint16`` values.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"Token file {path} does not exist; build it with prepare_tokens(texts, tokenizer, path).")
    size = path.stat().st_size
    if size == 0 or size % TOKEN_DTYPE.itemsize:
        raise DataError(
            f"{path} holds {size} bytes, which is not a non-empty uint16 token file; rebuild it with prepare_tokens."
        )
    return np.memmap(path, dtype=TOKEN_DTYPE, mode="r")


class TokenWindows(Dataset):
    """Windows of ``block_size + 1`` consecutive tokens of a token file, as ``(inputs [T], targets [T])``.

    The file is cut into ``(N - 1) // block_size`` tiles; window ``i`` starts at token ``i * block_size``.
    With ``random_offsets=True`` (training) each access shifts the start by a random ``0 … block_size - 1``
    tokens (drawn from torch's global generator, so ``seed_everything`` fixes it), so over the epochs every
    position is a possible start, as in nanoGPT's random windows, while a sampler still shuffles only one
    index per tile (cheap for files larger than memory). Without it (evaluation) the tiles do not overlap.
    An item may also be asked for as ``(index, offset)``, the shift given (`WindowSampler` yields those, so
    the windows read do not depend on the number of processes). ``targets`` are ``inputs`` shifted by one token.

    The file is memory-mapped on first access in each process (the map itself is not pickled), so the
    dataset can go to DataLoader workers and DDP processes.
    """

    def __init__(self, path: str | Path, block_size: int, random_offsets: bool = False):
        _validate.positive_int("block_size", block_size)
        self.path = Path(path)
        self.block_size = block_size
        self.random_offsets = random_offsets
        self.num_tokens = len(read_token_file(self.path))
        if self.num_tokens < block_size + 1:
            raise DataError(
                f"{self.path} holds {self.num_tokens} tokens, too few for one window of block_size + 1 = "
                f"{block_size + 1}; use a smaller block size or more text."
            )
        self._tokens: np.memmap | None = None

    def __len__(self) -> int:
        return (self.num_tokens - 1) // self.block_size

    def __getitem__(self, index: int | tuple[int, int]) -> tuple[Tensor, Tensor]:
        offset = None
        if isinstance(index, tuple):
            index, offset = index
            if not 0 <= offset < self.block_size:
                raise IndexError(f"offset {offset} of a window of {self.block_size} tokens")
        if not 0 <= index < len(self):
            raise IndexError(f"window {index} of {len(self)}")
        if self._tokens is None:
            self._tokens = read_token_file(self.path)
        start = index * self.block_size
        if offset is None and self.random_offsets:
            offset = int(torch.randint(self.block_size, ()))
        if offset:
            start = min(start + offset, self.num_tokens - self.block_size - 1)
        window = torch.from_numpy(self._tokens[start:start + self.block_size + 1].astype(np.int64))
        return window[:-1], window[1:]

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_tokens": None}
