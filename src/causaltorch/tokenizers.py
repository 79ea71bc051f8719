"""`CausalTokenizer`: a byte-level BPE tokenizer with Hugging Face-style method names.

It wraps a Hugging Face ``tokenizers.Tokenizer`` (imported lazily; ``pip install 'causaltorch[text]'``).
Byte-level means every string round-trips exactly: text is split into UTF-8 bytes before merging, and
no normaliser touches it, so accents, emoji, CJK and zero-width characters come back unchanged.

A saved tokenizer is a folder with ``tokenizer.json`` (the Hugging Face file, also readable by
``transformers.PreTrainedTokenizerFast``) and ``tokenizer_config.json`` (special tokens and padding
side). ``CausalTokenizer.from_pretrained("causal-basic")`` loads the one bundled with the package,
trained by ``scripts/train_tokenizer.py`` on the bundled corpus.

Special tokens: ``<|endoftext|>`` is both the end-of-text and the beginning-of-text token (as in GPT-2);
``<pad>`` pads batches. Special tokens enter only as ids: ``add_special_tokens=True`` prepends
``bos_token_id``, padding adds ``pad_token_id``, and a training pipeline appends ``eos_token_id`` after
each document. Text that merely spells a special token (a user typing ``<|endoftext|>``) is encoded as
ordinary bytes, so user text can never inject an end-of-text, and every string round-trips exactly.
``encode`` adds nothing by default, so ``encode(prompt)`` gives exactly the prompt's tokens.
"""

from __future__ import annotations

import itertools
import json
import logging
import numbers
import os
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import torch

from causaltorch import _validate
from causaltorch._files import atomic_path
from causaltorch.errors import CheckpointError, DataError, OutputError, require
from causaltorch.text.corpus import check_utf8

logger = logging.getLogger(__name__)

__all__ = ["BatchEncoding", "CausalTokenizer", "bundled_tokenizers"]

EOS_TOKEN = "<|endoftext|>"
PAD_TOKEN = "<pad>"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "tokenizer_config.json"
_BYTE_ALPHABET_SIZE = 256
_SIDES = ("left", "right")


def _backend():
    return require("tokenizers", "text", "CausalTokenizer")


def bundled_tokenizers() -> dict[str, Path]:
    """Tokenizers shipped with the package, by name (``"causal-basic"``) → folder."""
    folder = resources.files("causaltorch") / "data" / "tokenizers"
    if not folder.is_dir():
        return {}
    return {Path(str(p)).name: Path(str(p)) for p in folder.iterdir() if p.is_dir()}


class BatchEncoding(dict):
    """The ``dict`` that `CausalTokenizer.__call__` returns: ``input_ids`` and ``attention_mask``.

    Keys are also attributes (``batch.input_ids``), and ``to(device)`` moves every tensor, so
    ``model(**tokenizer(texts).to(device))`` works as with Hugging Face.
    """

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def to(self, device: str | torch.device) -> BatchEncoding:
        return BatchEncoding({k: v.to(device) if isinstance(v, torch.Tensor) else v for k, v in self.items()})


class CausalTokenizer:
    """Byte-level BPE tokenizer with ``encode`` / ``decode`` / ``__call__`` / ``save_pretrained``.

    Build one with `from_pretrained` (a bundled name or a folder) or `train`; the constructor wraps
    an existing ``tokenizers.Tokenizer`` whose vocabulary holds ``eos_token`` and ``pad_token``, and
    switches it to encoding special-token spellings as plain text (see the module docstring).

    Attributes:
        padding_side: ``"right"`` (default) or ``"left"``; batched generation wants ``"left"`` so
            that every prompt ends at the last position.
        truncation_side: which end ``truncation=True`` cuts, ``"right"`` (default) or ``"left"``.
        model_max_length: the length ``truncation=True`` cuts to when no ``max_length`` is given.
    """

    def __init__(
        self,
        tokenizer: Any,
        *,
        eos_token: str = EOS_TOKEN,
        bos_token: str | None = None,
        pad_token: str = PAD_TOKEN,
        padding_side: str = "right",
        truncation_side: str = "right",
        model_max_length: int | None = None,
        name_or_path: str = "",
    ):
        bos_token = eos_token if bos_token is None else bos_token
        ids = {}
        for role, token in (("eos_token", eos_token), ("bos_token", bos_token), ("pad_token", pad_token)):
            if not isinstance(token, str):
                raise DataError(f"{role} must be a token string, got {token!r}.")
            token_id = tokenizer.token_to_id(token)
            if token_id is None:
                raise DataError(
                    f"The tokenizer's vocabulary has no {role} {token!r}; train it with that special token "
                    f"(CausalTokenizer.train adds {EOS_TOKEN!r} and {PAD_TOKEN!r})."
                )
            ids[role] = token_id
        _check_side(padding_side, "padding_side")
        _check_side(truncation_side, "truncation_side")
        _check_max_length(model_max_length, "model_max_length")
        tokenizer.encode_special_tokens = True  # special-token spellings in text stay text
        self._tokenizer = tokenizer
        self.eos_token, self.bos_token, self.pad_token = eos_token, bos_token, pad_token
        self.eos_token_id, self.bos_token_id, self.pad_token_id = ids["eos_token"], ids["bos_token"], ids["pad_token"]
        self._padding_side = padding_side
        self._truncation_side = truncation_side
        self.model_max_length = model_max_length
        self.name_or_path = name_or_path

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_pretrained(cls, name_or_path: str | os.PathLike) -> CausalTokenizer:
        """Load a saved tokenizer folder, or a bundled one by name (``"causal-basic"``).

        Raises:
            CheckpointError: no such folder or bundled name, a missing or unreadable file, or a
                config whose special tokens are not in the vocabulary.
        """
        backend = _backend()
        folder = Path(name_or_path)
        if not folder.exists():
            bundled = bundled_tokenizers()
            if str(name_or_path) not in bundled:
                raise CheckpointError(
                    f"No tokenizer folder at {str(name_or_path)!r}, and no bundled tokenizer of that name "
                    f"(bundled: {', '.join(sorted(bundled)) or 'none'})."
                )
            folder = bundled[str(name_or_path)]
        if not folder.is_dir():
            raise CheckpointError(
                f"{folder} is a file; from_pretrained needs the folder holding {TOKENIZER_FILE} and {CONFIG_FILE}."
            )
        for needed in (TOKENIZER_FILE, CONFIG_FILE):
            if not (folder / needed).is_file():
                raise CheckpointError(
                    f"Tokenizer folder {folder} is missing {needed}; save the tokenizer with "
                    "save_pretrained(folder), which writes both files."
                )
        config = _read_config(folder / CONFIG_FILE)
        try:
            tokenizer = backend.Tokenizer.from_file(str(folder / TOKENIZER_FILE))
        except Exception as exc:  # the Rust side raises a bare Exception on malformed JSON
            raise CheckpointError(f"Cannot read {folder / TOKENIZER_FILE}: {exc}.") from None
        eos_token = _token_text(config.get("eos_token")) or EOS_TOKEN
        pad_token = _token_text(config.get("pad_token"))
        if pad_token is None:  # a Hugging Face GPT-2 folder names none: pad with end-of-text, as GPT-2 users do
            pad_token = PAD_TOKEN if tokenizer.token_to_id(PAD_TOKEN) is not None else eos_token
        try:
            return cls(
                tokenizer,
                eos_token=eos_token,
                bos_token=_token_text(config.get("bos_token")),
                pad_token=pad_token,
                padding_side=config.get("padding_side", "right"),
                truncation_side=config.get("truncation_side", "right"),
                model_max_length=config.get("model_max_length"),
                name_or_path=str(name_or_path),
            )
        except DataError as exc:
            raise CheckpointError(f"{folder / CONFIG_FILE}: {exc}") from None

    @classmethod
    def train(
        cls,
        files_or_iterator: str | os.PathLike | Iterable[str | os.PathLike],
        vocab_size: int = 4096,
        min_frequency: int = 2,
    ) -> CausalTokenizer:
        """Train a new byte-level BPE tokenizer.

        Args:
            files_or_iterator: a text file path; a list of paths (``Path`` objects, or strings that
                all name existing files); or any other iterable of texts (one document per item).
            vocab_size: the target vocabulary size, special tokens and the 256 byte tokens included.
                Training stops earlier when no pair of tokens occurs ``min_frequency`` times.
            min_frequency: the fewest occurrences for a pair of tokens to be merged.

        Raises:
            DataError: a missing file, a file that is not UTF-8 or a text that is not valid Unicode, no
                non-blank text, or a bad ``vocab_size`` / ``min_frequency``.
        """
        backend = _backend()
        specials = [EOS_TOKEN, PAD_TOKEN]
        smallest = _BYTE_ALPHABET_SIZE + len(specials)
        _validate.integer("vocab_size", vocab_size, smallest,
                          what=f"an integer ≥ {smallest} (256 bytes + 2 special tokens)")
        _validate.positive_int("min_frequency", min_frequency)
        files, texts = _training_source(files_or_iterator)

        tokenizer = backend.Tokenizer(backend.models.BPE())
        tokenizer.pre_tokenizer = backend.pre_tokenizers.ByteLevel(add_prefix_space=False)
        tokenizer.decoder = backend.decoders.ByteLevel()
        trainer = backend.trainers.BpeTrainer(
            vocab_size=vocab_size,
            min_frequency=min_frequency,
            special_tokens=specials,
            initial_alphabet=backend.pre_tokenizers.ByteLevel.alphabet(),
            show_progress=False,
        )
        if files is not None:
            try:
                tokenizer.train([str(f) for f in files], trainer)
            except Exception:  # the Rust trainer says only "stream did not contain valid UTF-8": say where
                for path in files:
                    check_utf8(path)
                raise
        else:
            try:
                tokenizer.train_from_iterator(texts, trainer)
            except UnicodeEncodeError as exc:  # a lone surrogate: a byte that was not UTF-8, kept by Python
                raise DataError(
                    f"A training text holds {exc.object[exc.start:exc.end]!r} at character {exc.start}, which is not "
                    "valid Unicode; decode the source as UTF-8 with errors='replace', or fix it."
                ) from None
        logger.info("trained a byte-level BPE tokenizer with %d tokens", tokenizer.get_vocab_size())
        return cls(tokenizer)

    def save_pretrained(self, directory: str | os.PathLike) -> tuple[Path, Path]:
        """Write ``tokenizer.json`` and ``tokenizer_config.json`` into ``directory`` (created if needed).

        Each file is written atomically. Returns the two paths.
        """
        folder = Path(directory)
        if folder.exists() and not folder.is_dir():
            raise OutputError(f"{folder} is a file; save_pretrained needs a folder path.")
        config = {
            "tokenizer_class": "PreTrainedTokenizerFast",  # lets transformers.AutoTokenizer read the folder too
            "eos_token": self.eos_token,
            "bos_token": self.bos_token,
            "pad_token": self.pad_token,
            "padding_side": self.padding_side,
            "truncation_side": self.truncation_side,
            "model_max_length": self.model_max_length,
        }
        tokenizer_path, config_path = folder / TOKENIZER_FILE, folder / CONFIG_FILE
        with atomic_path(tokenizer_path) as temporary:
            temporary.write_text(self._tokenizer.to_str(pretty=True) + "\n", encoding="utf-8")
        with atomic_path(config_path) as temporary:
            temporary.write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
        return tokenizer_path, config_path

    # ------------------------------------------------------------------ properties
    @property
    def backend_tokenizer(self) -> Any:
        """The wrapped ``tokenizers.Tokenizer``."""
        return self._tokenizer

    @property
    def vocab_size(self) -> int:
        """Number of token ids, special tokens included (ids run from 0 to ``vocab_size - 1``)."""
        return self._tokenizer.get_vocab_size(with_added_tokens=True)

    def __len__(self) -> int:
        return self.vocab_size

    @property
    def all_special_ids(self) -> list[int]:
        return sorted({self.eos_token_id, self.bos_token_id, self.pad_token_id})

    @property
    def padding_side(self) -> str:
        return self._padding_side

    @padding_side.setter
    def padding_side(self, side: str) -> None:
        _check_side(side, "padding_side")
        self._padding_side = side

    @property
    def truncation_side(self) -> str:
        return self._truncation_side

    @truncation_side.setter
    def truncation_side(self, side: str) -> None:
        _check_side(side, "truncation_side")
        self._truncation_side = side

    def get_vocab(self) -> dict[str, int]:
        """Token string → id, special tokens included."""
        return self._tokenizer.get_vocab(with_added_tokens=True)

    def convert_tokens_to_ids(self, tokens: str | Sequence[str]) -> int | None | list[int | None]:
        """Id of a token string (``None`` if unknown), or a list of them."""
        if isinstance(tokens, str):
            return self._tokenizer.token_to_id(tokens)
        return [self._tokenizer.token_to_id(t) for t in tokens]

    def convert_ids_to_tokens(self, ids: int | Sequence[int]) -> str | list[str]:
        """Token string of an id (byte-level: a leading space shows as ``Ġ``), or a list of them."""
        if isinstance(ids, int):
            return self._tokenizer.id_to_token(self._check_ids([ids])[0])
        return [self._tokenizer.id_to_token(i) for i in self._check_ids(ids)]

    def __repr__(self) -> str:
        name = f"{self.name_or_path!r}, " if self.name_or_path else ""
        return f"CausalTokenizer({name}vocab_size={self.vocab_size}, padding_side={self.padding_side!r})"

    # ------------------------------------------------------------------ encoding
    def encode(
        self, text: str, return_tensors: str | None = None, add_special_tokens: bool = False
    ) -> list[int] | torch.Tensor:
        """Token ids of ``text``: ``list[int]``, or ``LongTensor[1, T]`` with ``return_tensors="pt"``.

        ``add_special_tokens=True`` prepends ``bos_token_id``.
        """
        _check_return_tensors(return_tensors)
        ids = self._encode_batch([_check_text(text)], add_special_tokens)[0]
        if return_tensors == "pt":
            return torch.tensor([ids], dtype=torch.long)
        return ids

    def __call__(
        self,
        text: str | Sequence[str],
        padding: bool | str = True,
        truncation: bool = False,
        max_length: int | None = None,
        return_tensors: str | None = "pt",
        add_special_tokens: bool = False,
    ) -> BatchEncoding:
        """Encode a text or a batch: ``{"input_ids", "attention_mask"}``.

        Args:
            text: one string, or a sequence of strings.
            padding: ``True`` / ``"longest"`` pads to the longest sequence, ``"max_length"`` to
                ``max_length``, ``False`` / ``"do_not_pad"`` not at all. Pads go on ``padding_side``.
            truncation: cut sequences longer than ``max_length`` (or ``model_max_length``) on
                ``truncation_side``.
            max_length: the length for ``truncation`` and ``padding="max_length"`` (a longer sequence
                is kept whole unless ``truncation=True``, and the others are padded to its length).
            return_tensors: ``"pt"`` for ``LongTensor[B, T]`` (``[1, T]`` for one string), ``None``
                for lists (a flat list for one string).

        Returns:
            `BatchEncoding` with ``input_ids`` and ``attention_mask`` (1 = real token, 0 = pad).

        Raises:
            DataError: a bad argument, or sequences of different lengths with ``padding=False`` and
                ``return_tensors="pt"``.
        """
        single = isinstance(text, str)
        texts = [text] if single else _check_batch(text)
        padding = _check_padding(padding)
        _check_return_tensors(return_tensors)
        _check_max_length(max_length, "max_length")
        limit = max_length if max_length is not None else self.model_max_length
        if truncation and limit is None:
            raise DataError("truncation=True needs max_length (or a tokenizer with model_max_length set).")
        if padding == "max_length" and max_length is None:
            raise DataError('padding="max_length" needs max_length.')

        sequences = self._encode_batch(texts, add_special_tokens)
        if truncation:
            sequences = [self._truncate(ids, limit) for ids in sequences]
        masks = [[1] * len(ids) for ids in sequences]
        if padding != "do_not_pad":
            width = max_length if padding == "max_length" else max(len(ids) for ids in sequences)
            width = max(width, max(len(ids) for ids in sequences))
            sequences = [self._pad(ids, width, self.pad_token_id) for ids in sequences]
            masks = [self._pad(mask, width, 0) for mask in masks]

        if return_tensors == "pt":
            if len({len(ids) for ids in sequences}) > 1:
                raise DataError(
                    "The texts encode to different lengths, so they cannot form one tensor; "
                    "use padding=True, or return_tensors=None for lists."
                )
            input_ids = torch.tensor(sequences, dtype=torch.long).reshape(len(sequences), -1)
            attention_mask = torch.tensor(masks, dtype=torch.long).reshape(len(sequences), -1)
            return BatchEncoding(input_ids=input_ids, attention_mask=attention_mask)
        if single:
            return BatchEncoding(input_ids=sequences[0], attention_mask=masks[0])
        return BatchEncoding(input_ids=sequences, attention_mask=masks)

    def token_ids_for_phrase(self, phrase: str, capitalized: bool = False) -> list[list[int]]:
        """The token id sequences that write ``phrase`` in running text.

        BPE tokenizes a word differently after a space (``" rain"``) and at the start of a text
        (``"rain"``), so a phrase has more than one spelling in ids; a decoder that looks for the
        phrase, or biases its first token, needs them all. Returned in this order, without repeats:
        after a space, at the start; with ``capitalized=True`` also the same two with the first
        letter upper-cased (``" Rain"``, ``"Rain"``), as at the start of a sentence.

        Raises:
            DataError: ``phrase`` is not a string or is blank.
        """
        if not isinstance(phrase, str) or not phrase.strip():
            raise DataError(f"token_ids_for_phrase needs a non-blank string, got {phrase!r}.")
        core = phrase.strip()
        spellings = [" " + core, core]
        if capitalized:
            upper = core[:1].upper() + core[1:]
            spellings += [" " + upper, upper]
        out: list[list[int]] = []
        for ids in self._encode_batch(spellings, add_special_tokens=False):
            if ids not in out:
                out.append(ids)
        return out

    # ------------------------------------------------------------------ decoding
    def decode(self, ids: Sequence[int] | torch.Tensor, skip_special_tokens: bool = True) -> str:
        """The text of a sequence of ids (a list, a 1-D tensor, or a ``[1, T]`` tensor).

        Raises:
            DataError: an id outside ``[0, vocab_size)``, or a batch of several sequences (use
                `batch_decode`).
        """
        sequence = _as_id_list(ids)
        if sequence and isinstance(sequence[0], list):
            if len(sequence) != 1:
                raise DataError(f"decode got a batch of {len(sequence)} sequences; use batch_decode.")
            sequence = sequence[0]
        return self._tokenizer.decode(self._check_ids(sequence), skip_special_tokens=skip_special_tokens)

    def batch_decode(
        self, sequences: Sequence[Sequence[int]] | torch.Tensor, skip_special_tokens: bool = True
    ) -> list[str]:
        """The texts of a batch of id sequences (a list of lists, or a ``[B, T]`` tensor)."""
        batch = _as_id_list(sequences)
        if batch and not all(isinstance(row, list) for row in batch):
            raise DataError("batch_decode needs a list of id sequences or a 2-D tensor; use decode for one sequence.")
        checked = [self._check_ids(row) for row in batch]
        return self._tokenizer.decode_batch(checked, skip_special_tokens=skip_special_tokens)

    # ------------------------------------------------------------------ helpers
    def _encode_batch(self, texts: list[str], add_special_tokens: bool) -> list[list[int]]:
        # The HF post-processor is not used: special tokens are added here, the same way for every
        # call, so the saved tokenizer.json needs no template.
        try:
            encodings = self._tokenizer.encode_batch(texts, add_special_tokens=False)
        except TypeError:  # the Rust tokenizer takes only UTF-8: a lone surrogate (an undecodable byte) is refused
            _check_encodable(texts)
            raise
        prefix = [self.bos_token_id] if add_special_tokens else []
        return [prefix + encoding.ids for encoding in encodings]

    def _truncate(self, ids: list[int], limit: int) -> list[int]:
        if len(ids) <= limit:
            return ids
        return ids[:limit] if self.truncation_side == "right" else ids[len(ids) - limit:]

    def _pad(self, values: list[int], width: int, fill: int) -> list[int]:
        pad = [fill] * (width - len(values))
        return values + pad if self.padding_side == "right" else pad + values

    def _check_ids(self, ids: Sequence[int]) -> list[int]:
        size = self.vocab_size
        out = []
        for token_id in ids:
            if isinstance(token_id, bool) or not isinstance(token_id, numbers.Integral) or not 0 <= token_id < size:
                raise DataError(f"Token id {token_id!r} is not in this tokenizer's range [0, {size}).")
            out.append(int(token_id))
        return out


# ---------------------------------------------------------------------- argument checks
def _check_side(side: Any, what: str) -> None:
    if side not in _SIDES:
        raise DataError(f"{what} must be 'left' or 'right', got {side!r}.")


def _check_max_length(value: Any, what: str) -> None:
    _validate.optional(_validate.positive_int, what, value, what="a positive integer or None")


def _check_return_tensors(value: Any) -> None:
    if value not in (None, "pt"):
        raise DataError(f"return_tensors must be None (lists) or 'pt' (PyTorch tensors), got {value!r}.")


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise DataError(f"Expected a string to encode, got {type(text).__name__}; use tokenizer(texts) for a batch.")
    return text


def _check_encodable(texts: list[str]) -> None:
    """Raise `DataError` for the first text that is not valid Unicode (it holds a lone surrogate)."""
    for position, text in enumerate(texts):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            bad = ord(text[exc.start])
            byte = f" (the byte 0x{bad - 0xDC00:02x}, which was not UTF-8)" if 0xDC80 <= bad <= 0xDCFF else ""
            raise DataError(
                f"Text {position} holds a lone surrogate U+{bad:04X} at character {exc.start}{byte}; the tokenizer "
                "encodes only valid Unicode text. Decode the source as UTF-8 with errors='replace', or fix it."
            ) from None


def _check_batch(texts: Any) -> list[str]:
    if not isinstance(texts, Sequence):
        raise DataError(f"Expected a string or a sequence of strings, got {type(texts).__name__}.")
    if len(texts) == 0:
        raise DataError("Expected at least one text to encode, got an empty sequence.")
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            raise DataError(f"Item {position} of the batch is {type(text).__name__}, not a string.")
    return list(texts)


def _check_padding(padding: Any) -> str:
    if padding is True or padding == "longest":
        return "longest"
    if padding is False or padding == "do_not_pad":
        return "do_not_pad"
    if padding == "max_length":
        return "max_length"
    raise DataError(f"padding must be True, False, 'longest', 'max_length' or 'do_not_pad', got {padding!r}.")


def _as_id_list(ids: Any) -> list:
    if isinstance(ids, torch.Tensor):
        if ids.dim() > 2:
            raise DataError(f"Expected token ids of shape [T] or [B, T], got a tensor of shape {tuple(ids.shape)}.")
        return ids.tolist()
    if isinstance(ids, int):
        return [ids]
    if hasattr(ids, "tolist"):  # numpy arrays
        return _as_id_list(torch.as_tensor(ids))
    rows = []
    for row in ids:
        if hasattr(row, "tolist"):  # a tensor or numpy row, or a numpy / 0-d tensor scalar
            row = row.tolist()
        rows.append(list(row) if isinstance(row, tuple) else row)
    return rows


def _token_text(value: Any) -> Any:
    """A special token as ``tokenizer_config.json`` writes it: a string, or (Hugging Face) ``{"content": ...}``."""
    return value.get("content") if isinstance(value, dict) else value


def _read_config(path: Path) -> dict[str, Any]:
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CheckpointError(
            f"{path} is not valid JSON ({exc}); save the tokenizer again with save_pretrained."
        ) from None
    if not isinstance(config, dict):
        raise CheckpointError(f"{path} must hold a JSON object, got {type(config).__name__}.")
    return config


def _training_source(source: Any) -> tuple[list[Path] | None, Iterator[str] | None]:
    """Split what `CausalTokenizer.train` got into files or texts, and reject empty data up front."""
    if isinstance(source, (str, os.PathLike)):
        source = [Path(source)]
    elif isinstance(source, (list, tuple)) and source and all(
        isinstance(item, os.PathLike) or (isinstance(item, str) and Path(item).is_file()) for item in source
    ):
        source = [Path(item) for item in source]
    else:
        return None, _non_empty_texts(source)
    for path in source:
        if not path.is_file():
            raise DataError(f"Training file {path} does not exist.")
    if not any(_has_text(path) for path in source):
        raise DataError(f"The training files ({', '.join(str(p) for p in source)}) hold no text; give non-empty files.")
    return source, None


def _has_text(path: Path) -> bool:
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            if chunk.strip():
                return True
    return False


def _non_empty_texts(texts: Any) -> Iterator[str]:
    if not isinstance(texts, Iterable):
        raise DataError(
            f"train() needs a file path, a list of paths or an iterable of texts, got {type(texts).__name__}."
        )
    iterator = iter(texts)
    for text in iterator:
        if not isinstance(text, str):
            raise DataError(f"train() needs texts as strings, got a value of type {type(text).__name__}.")
        if text.strip():
            return itertools.chain([text], _strings_only(iterator))
    raise DataError("No text to train on: the iterable is empty or holds only blank strings.")


def _strings_only(texts: Iterator[Any]) -> Iterator[str]:
    for text in texts:
        if not isinstance(text, str):
            raise DataError(f"train() needs texts as strings, got a value of type {type(text).__name__}.")
        yield text
