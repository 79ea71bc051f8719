"""Training a text model on text with a short plain-PyTorch loop: what ``model.train(dataset)`` runs.

The spec's ``model.train(dataset, causal_discovery=True)`` (`CausalTransformer.train`) calls
`train_on_texts`: read the documents, optionally mine cause → effect rules from them
(`causaltorch.discovery.mine_rules`) and attach them to the model, then a few epochs of AdamW on
next-token prediction. Long runs with checkpoints, devices, precision and logging belong to
`causaltorch.training` (Lightning); this loop is for the few-document case the spec shows.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.discovery.text import mine_rules
from causaltorch.errors import CausalGraphError, DataError, RuleValidationError
from causaltorch.rules import CausalRuleSet
from causaltorch.text.default_tokenizer import resolve_tokenizer

__all__ = ["TRAINING_OPTIONS", "TextTrainingResult", "read_texts", "train_on_texts"]

log = logging.getLogger(__name__)

_IGNORE = -100  # label of padding: no loss
# the keyword arguments of `train_on_texts`, which ``model.train(dataset, ...)`` passes on
TRAINING_OPTIONS = ("causal_discovery", "epochs", "batch_size", "learning_rate", "weight_decay", "block_size",
                    "max_grad_norm", "seed", "tokenizer")


@dataclass
class TextTrainingResult:
    """What `train_on_texts` did.

    Attributes:
        epoch_losses: mean next-token cross-entropy (nats per token) of each epoch, in order.
        steps: optimizer steps taken.
        discovered_rules: the rules mined from the texts (empty without ``causal_discovery``).
        causal_rules: the model's rules after training (its own plus the discovered ones it could take).
    """

    epoch_losses: list[float]
    steps: int
    discovered_rules: CausalRuleSet
    causal_rules: CausalRuleSet


def read_texts(dataset: Any) -> list[str]:
    """The documents in ``dataset``, as a list of non-blank strings.

    Accepted: a list (or any iterable) of strings; a path to a UTF-8 text file (each non-blank line is a
    document, as Hugging Face's ``load_dataset("text", ...)`` reads it); a Hugging Face ``datasets``
    ``Dataset`` or a mapping with a ``"text"`` column; a ``DatasetDict`` (its ``"train"`` split); an
    iterable of rows with a ``"text"`` field.

    Raises:
        DataError: nothing to read, a file that is missing or not UTF-8, or an item that is not text.
    """
    if isinstance(dataset, (str, os.PathLike)):
        texts = _file_lines(Path(dataset))
    elif isinstance(dataset, Mapping) and "text" not in dataset and "train" in dataset:
        return read_texts(dataset["train"])
    elif _has_text_column(dataset):
        texts = list(dataset["text"])
    elif isinstance(dataset, Iterable):
        texts = [row["text"] if isinstance(row, Mapping) and "text" in row else row for row in dataset]
    else:
        raise DataError(f"Cannot read texts from {type(dataset).__name__}: give a list of strings, a path to a text "
                        "file, or a dataset with a 'text' column.")
    for position, text in enumerate(texts):
        if not isinstance(text, str):
            raise DataError(f"Item {position} of the dataset is {type(text).__name__}, not text; give strings "
                            "(or rows with a 'text' field).")
    texts = [text for text in texts if text.strip()]
    if not texts:
        raise DataError("The dataset holds no text: give at least one non-blank document.")
    return texts


def _has_text_column(dataset: Any) -> bool:
    """A ``datasets.Dataset`` (``column_names``) or a mapping with a ``"text"`` column."""
    columns = getattr(dataset, "column_names", None)
    if isinstance(columns, (list, tuple)) and "text" in columns:
        return True
    return isinstance(dataset, Mapping) and "text" in dataset


def _file_lines(path: Path) -> list[str]:
    if not path.is_file():
        raise DataError(f"No text file at {str(path)!r}. train() reads a path as a text file; to train on a string, "
                        "pass it in a list: model.train([text]).")
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DataError(f"{path} is not UTF-8 text (byte {exc.start}); convert it to UTF-8 first.") from None


def _merge_rules(own: CausalRuleSet, discovered: CausalRuleSet) -> CausalRuleSet:
    """``own`` plus every discovered rule it can take; a rule the model already has, or one that would close
    a cycle with its rules, is left out (logged)."""
    merged = own.copy()
    for rule in discovered.rules:
        if merged.get_rule(rule.cause, rule.effect) is not None:
            continue
        try:
            merged.add_rule(rule)
        except (CausalGraphError, RuleValidationError) as exc:
            log.warning("train: left out the discovered rule %s -> %s: %s", rule.cause, rule.effect, exc)
    return merged


def _token_blocks(texts: list[str], tokenizer: Any, vocab_size: int, block_size: int,
                  pad_token_id: int) -> tuple[Tensor, Tensor]:
    """``(input_ids, labels)``, each ``[N, block_size]``: the documents, each followed by end-of-text, as one
    stream cut into blocks that overlap by one token (so every next-token pair is trained once); the last
    block is padded on the right, with labels -100 there."""
    eos = getattr(tokenizer, "eos_token_id", None)
    stream: list[int] = []
    for text in texts:
        stream += list(tokenizer.encode(text)) + ([eos] if eos is not None else [])
    if stream and (min(stream) < 0 or max(stream) >= vocab_size):
        raise DataError(f"The tokenizer gives ids up to {max(stream)} but the model has vocab_size={vocab_size}; "
                        "use a tokenizer whose ids fit the model.")
    if len(stream) < 2:
        raise DataError("The dataset is one token long; next-token training needs at least two tokens.")
    rows, labels = [], []
    for start in range(0, len(stream) - 1, block_size - 1):
        chunk = stream[start:start + block_size]
        padding = block_size - len(chunk)
        rows.append(chunk + [pad_token_id] * padding)
        labels.append(chunk + [_IGNORE] * padding)
    return torch.tensor(rows, dtype=torch.long), torch.tensor(labels, dtype=torch.long)


def train_on_texts(model: nn.Module, dataset: Any, *, causal_discovery: bool = False, epochs: int = 3,
                   batch_size: int = 8, learning_rate: float = 3e-4, weight_decay: float = 0.01,
                   block_size: int | None = None, max_grad_norm: float = 1.0, seed: int = 0,
                   tokenizer: Any = None) -> TextTrainingResult:
    """Train ``model`` (a `causaltorch.text.CausalTransformer`) on the documents of ``dataset``.

    Args:
        model: the text model; trained in place on its device, its train/eval mode restored afterwards.
        dataset: documents, in any form `read_texts` accepts.
        causal_discovery: first mine cause → effect rules from the documents ("X causes Y", "if X then Y",
            "Y because of X" …, `causaltorch.discovery.CausalTextMiner`) and add them to
            ``model.causal_rules``, so that generation follows them.
        epochs: passes over the documents.
        batch_size: blocks per optimizer step.
        learning_rate, weight_decay: AdamW's.
        block_size: tokens per training block (default ``min(max_seq_length, 128)``), at least 2.
        max_grad_norm: gradients are clipped to this norm.
        seed: order of the blocks in each epoch.
        tokenizer: default ``model.tokenizer``, else the model's fallback (`resolve_tokenizer`).

    Returns:
        A `TextTrainingResult` with each epoch's mean loss.

    Raises:
        DataError: a bad argument or dataset (before the model changes).
    """
    for name, value in (("epochs", epochs), ("batch_size", batch_size)):
        _validate.positive_int(name, value)
    _validate.positive("learning_rate", learning_rate)
    _validate.nonnegative("weight_decay", weight_decay)
    _validate.positive("max_grad_norm", max_grad_norm)
    _validate.integer("seed", seed)
    config = model.config
    block_size = min(config.max_seq_length, 128) if block_size is None else block_size
    _validate.integer("block_size", block_size, 2, config.max_seq_length,
                      what=f"an integer in [2, max_seq_length={config.max_seq_length}]")
    if not isinstance(causal_discovery, bool):
        raise DataError(f"causal_discovery must be True or False, got {causal_discovery!r}.")
    texts = read_texts(dataset)
    tokenizer = resolve_tokenizer(model, tokenizer, "Training on text")
    pad = next((p for p in (getattr(tokenizer, "pad_token_id", None), getattr(tokenizer, "eos_token_id", None))
                if p is not None), 0)
    inputs, labels = _token_blocks(texts, tokenizer, config.vocab_size, block_size, pad)
    discovered = mine_rules(texts) if causal_discovery else CausalRuleSet()
    if causal_discovery:
        model.causal_rules = _merge_rules(model.causal_rules, discovered)
        log.info("train: discovered %d rules; the model now has %d.", len(discovered), len(model.causal_rules))

    device = next(model.parameters()).device
    optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=weight_decay)
    order = torch.Generator().manual_seed(seed)
    was_training = model.training
    nn.Module.train(model, True)
    epoch_losses, steps = [], 0
    try:
        for _ in range(epochs):
            total, count = 0.0, 0
            for batch in torch.randperm(len(inputs), generator=order).split(batch_size):
                loss = model(inputs[batch].to(device), labels=labels[batch].to(device)).loss
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), max_grad_norm)
                optimizer.step()
                total, count, steps = total + float(loss.detach()) * len(batch), count + len(batch), steps + 1
            epoch_losses.append(total / count)
    finally:
        nn.Module.train(model, was_training)
    return TextTrainingResult(epoch_losses, steps, discovered, model.causal_rules)
