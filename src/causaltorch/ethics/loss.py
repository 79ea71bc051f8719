"""`EthicalLoss`: a training loss plus the probability the model puts on text the constitution forbids.

The penalty is differentiable: at each position it is the model's probability of the next tokens that
would complete (or continue) a flagged word, given the tokens before it. A word the tokenizer splits into
pieces (``" bomb"`` → ``" b" "om" "b"``) is penalised piece by piece after its own earlier pieces, never on
its first piece alone (which starts many harmless words too); a word that is a single token is penalised
everywhere. Gradients therefore push probability away from flagged continuations and nowhere else.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import torch
from torch import Tensor, nn

from causaltorch._validate import number
from causaltorch.errors import DataError
from causaltorch.ethics.constitution import EthicalConstitution

__all__ = ["EthicalLoss", "flagged_token_sequences"]

log = logging.getLogger(__name__)


def flagged_token_sequences(terms: Sequence[str], tokenizer: Any) -> list[tuple[int, ...]]:
    """The token-id sequences of ``terms`` as they appear in running text (with and without a leading
    space, lower case and capitalised), without repeats."""
    sequences: dict[tuple[int, ...], None] = {}
    for term in terms:
        for form in {term, term.capitalize()}:
            for text in (form, " " + form):
                ids = tuple(int(i) for i in tokenizer.encode(text))
                if ids:
                    sequences[ids] = None
    return list(sequences)


class EthicalLoss(nn.Module):
    """``base_loss_fn(logits, targets) + ethical_weight * expected flagged probability``.

    Args:
        constitution: its ``block`` / ``modify`` rules' ``flagged_terms`` are the words penalised.
        base_loss_fn: the task loss (default `nn.CrossEntropyLoss`); logits ``[B, T, V]`` are flattened to
            ``[B*T, V]`` and targets ``[B, T]`` to ``[B*T]`` for it.
        ethical_weight: weight of the penalty (>= 0).
        tokenizer: turns flagged words into token ids (default: the bundled ``causal-basic`` tokenizer,
            loaded on first use).
        flagged_terms: words to penalise instead of the constitution's.

    ``forward(outputs, targets, input_ids=None)``: ``outputs`` are logits ``[B, T, V]`` (or an object with
    ``.logits``); ``targets`` the next tokens ``[B, T]``. The context of position t is ``input_ids[:, :t+1]``;
    without ``input_ids`` it is read from the targets (``input_ids[:, t] = targets[:, t-1]``), which is
    exact for next-token training except at the first position. The latest penalty (a float) is kept in
    ``last_penalty``.
    """

    def __init__(self, constitution: EthicalConstitution,
                 base_loss_fn: Callable[[Tensor, Tensor], Tensor] | None = None, ethical_weight: float = 1.0,
                 *, tokenizer: Any = None, flagged_terms: Sequence[str] | None = None):
        super().__init__()
        if not isinstance(constitution, EthicalConstitution):
            raise DataError(f"EthicalLoss needs an EthicalConstitution, got {type(constitution).__name__}.")
        number("ethical_weight", ethical_weight, 0.0, finite=False)
        if base_loss_fn is not None and not callable(base_loss_fn):
            raise DataError("base_loss_fn must be callable (logits, targets) -> loss.")
        terms = tuple(flagged_terms) if flagged_terms is not None else constitution.flagged_terms()
        if not all(isinstance(t, str) and t.strip() for t in terms):
            raise DataError(f"flagged_terms must be non-empty words, got {terms!r}.")
        self.constitution = constitution
        self.base_loss_fn = base_loss_fn if base_loss_fn is not None else nn.CrossEntropyLoss()
        self.ethical_weight = float(ethical_weight)
        self.flagged_terms = terms
        self.tokenizer = tokenizer
        self.last_penalty = 0.0
        self._index: tuple[list[int], dict[tuple[int, ...], list[int]]] | None = None
        if not terms:
            log.warning("EthicalLoss: the constitution flags no words (no block/modify rule has flagged_terms); "
                        "the penalty is zero.")

    def _flagged_index(self, vocab_size: int) -> tuple[list[int], dict[tuple[int, ...], list[int]]]:
        """``(single-token words, {prefix ids: next ids that continue a flagged word})``."""
        if self._index is None:
            if self.tokenizer is None:
                from causaltorch.tokenizers import CausalTokenizer

                self.tokenizer = CausalTokenizer.from_pretrained("causal-basic")
            singles: set[int] = set()
            continuations: dict[tuple[int, ...], set[int]] = defaultdict(set)
            for sequence in flagged_token_sequences(self.flagged_terms, self.tokenizer):
                if len(sequence) == 1:
                    singles.add(sequence[0])
                for k in range(1, len(sequence)):
                    continuations[sequence[:k]].add(sequence[k])
            self._index = (sorted(singles), {p: sorted(n) for p, n in continuations.items()})
        singles, continuations = self._index
        largest = max([*singles, *(i for p, n in continuations.items() for i in (*p, *n))], default=-1)
        if largest >= vocab_size:
            raise DataError(f"The flagged words use token id {largest}, but the logits have only {vocab_size} "
                            "classes: pass the tokenizer the model was trained with (tokenizer=).")
        return self._index

    def penalty(self, logits: Tensor, input_ids: Tensor) -> Tensor:
        """Mean over positions of the probability of flagged next tokens: ``logits [B, T, V]``,
        ``input_ids [B, T]`` (-1 where unknown) -> a scalar."""
        if not self.flagged_terms:
            return logits.sum() * 0.0
        singles, continuations = self._flagged_index(logits.shape[-1])
        probs = torch.softmax(logits.float(), dim=-1)  # (B, T, V)
        flagged = probs[..., singles].sum(-1) if singles else torch.zeros(probs.shape[:-1], device=probs.device)
        mask = self._continuation_mask(input_ids, continuations, probs.shape[-1])
        if mask is not None:
            flagged = flagged + (probs * mask).sum(-1)
        return flagged.mean()

    @staticmethod
    def _continuation_mask(input_ids: Tensor, continuations: dict[tuple[int, ...], list[int]],
                           vocab_size: int) -> Tensor | None:
        """``[B, T, V]`` True where token v would continue a flagged word whose earlier pieces end at t.

        Windows of the last k ids are compared with the flagged prefixes of length k through a rolling
        hash (one vectorised pass per k); only the few matching positions are then filled in.
        """
        Entry = list[tuple[tuple[int, ...], list[int]]]  # (prefix ids + 1, ids that continue it) per hash
        by_length: dict[int, dict[int, Entry]] = defaultdict(lambda: defaultdict(list))
        base, modulus = 1_000_003, (1 << 40) - 87  # key * base + id stays below 2**63: no int64 overflow
        for prefix, following in continuations.items():
            key = 0
            for token in prefix:
                key = (key * base + token + 1) % modulus
            by_length[len(prefix)][key].append((tuple(t + 1 for t in prefix), following))
        mask = None
        ids = input_ids.long() + 1  # -1 (unknown) becomes 0, which no prefix contains
        batch, length = ids.shape
        for k, table in by_length.items():
            if k > length:
                continue
            windows = ids.unfold(1, k, 1)  # (B, T-k+1, k): the k ids ending at position t = k-1 …
            keys = torch.zeros(windows.shape[:2], dtype=torch.long, device=ids.device)
            for j in range(k):
                keys = (keys * base + windows[..., j]) % modulus
            known = torch.tensor(list(table), dtype=torch.long, device=ids.device)
            hits = torch.isin(keys, known) & (windows > 0).all(-1)
            if not bool(hits.any()):
                continue
            if mask is None:
                mask = torch.zeros(batch, length, vocab_size, dtype=torch.bool, device=ids.device)
            for b, t in hits.nonzero().tolist():
                window = tuple(windows[b, t].tolist())
                for prefix, following in table[int(keys[b, t])]:
                    if prefix == window:  # a hash collision would differ here
                        mask[b, t + k - 1, following] = True
        return mask

    def forward(self, outputs: Any, targets: Tensor, input_ids: Tensor | None = None) -> Tensor:
        logits = getattr(outputs, "logits", outputs)
        if not isinstance(logits, Tensor) or not logits.is_floating_point():
            raise DataError(f"EthicalLoss needs float logits (or an output with .logits), got {type(logits).__name__}.")
        if not isinstance(targets, Tensor):
            raise DataError(f"targets must be a tensor of class ids, got {type(targets).__name__}.")
        if logits.dim() == 3:
            if tuple(targets.shape) != tuple(logits.shape[:2]):
                raise DataError(f"targets must be [B, T] = {tuple(logits.shape[:2])} for logits "
                                f"{tuple(logits.shape)}, got {tuple(targets.shape)}.")
            base = self.base_loss_fn(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))
            if input_ids is None:
                unknown = torch.full_like(targets[:, :1], -1)
                input_ids = torch.cat([unknown, targets[:, :-1]], dim=1)
            elif tuple(input_ids.shape) != tuple(targets.shape):
                raise DataError(f"input_ids must have the targets' shape {tuple(targets.shape)}, "
                                f"got {tuple(input_ids.shape)}.")
            sequence_logits = logits
        elif logits.dim() == 2:
            base = self.base_loss_fn(logits, targets)
            sequence_logits = logits[:, None]
            input_ids = torch.full((logits.shape[0], 1), -1, dtype=torch.long, device=logits.device)
        else:
            raise DataError(f"logits must be [B, T, V] or [N, V], got {tuple(logits.shape)}.")
        if self.ethical_weight == 0:
            self.last_penalty = 0.0
            return base
        penalty = self.penalty(sequence_logits, input_ids)
        self.last_penalty = float(penalty.detach())
        return base + self.ethical_weight * penalty
