"""`CausalDiscoveryModule`: causal rules read from text, by a learned extractor over hidden states or by the miner.

One module, two ways to read a text (the spec's module has both):

* **Learned** — ``CausalDiscoveryModule(hidden_dim)``: a neural rule extractor over a language model's hidden
  states ``h [B, T, hidden_dim]`` (`CausalTransformer.encode`). Each position is read twice, as a possible
  cause ``c_i = W_c h_i + b_c`` and as a possible effect ``e_j = W_e h_j + b_e`` (``projection_dim`` wide), and
  the strength with which what stands at position i causes what stands at position j is

      s_ij = σ(w₂ · relu(W₁ [c_i ; e_j] + b₁) + b₂)          # [B, T, T], s_ij ∈ (0, 1)

  (``W₁`` is split into its cause and effect halves, so the ``[B, T, T, 2·projection_dim]`` concatenation is
  never built). Padding (``attention_mask == 0``) and the diagonal score 0. It learns from pairs whose
  answer is known: `pair_targets` marks, for positions named by the variables they express, the strength of
  every known rule between them (rules given by hand, or mined from the training texts by `CausalTextMiner`
  — then the extractor learns to see relations the patterns only see when a causal verb states them);
  `fit` minimises the binary cross-entropy. `extract_rules` names positions (words, from token ids through
  the tokenizer, or any labels) and averages each ordered pair of names' scores into a `CausalRuleSet`.
* **Mined** — ``CausalDiscoveryModule(tokenizer=tok)``: called on integer token ids it decodes each row and
  returns the rules `CausalTextMiner` finds in the text (``.discover(texts)`` does the same from strings).

``module(inputs, attention_mask=None)`` dispatches on the input: floating hidden states give the learned
scores ``[B, T, T]``; integer token ids give the mined `CausalRuleSet`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.discovery.text import CausalTextMiner
from causaltorch.errors import CausalGraphError, DataError, RuleValidationError
from causaltorch.rules import CausalRule, CausalRuleSet

__all__ = ["CausalDiscoveryModule"]

log = logging.getLogger(__name__)

Names = Sequence[Sequence[str | None]] | Sequence[str | None] | Tensor

_WORD_CHARS = re.compile(r"[\w'-]+")


class CausalDiscoveryModule(nn.Module):
    """Discovers cause → effect rules in text: learned from hidden states, or mined from the words.

    Args:
        hidden_dim: width of the hidden states the learned extractor reads (a model's ``d_model``); None
            builds only the miner.
        tokenizer: anything with ``decode(ids) -> str``; needed to call the module on token ids and to name
            positions from token ids in `extract_rules` / `pair_targets`.
        miner: a configured `CausalTextMiner` for the mined path (default: its defaults).
        projection_dim: width of the cause and effect projections (the spec's 128).
        predictor_dim: hidden width of the strength predictor (the spec's 64).

    Attributes (learned path, as the spec names them): ``cause_extractor`` and ``effect_extractor``
    (``hidden_dim → projection_dim``) and ``strength_predictor`` (``2·projection_dim → predictor_dim → 1``,
    sigmoid). The learned scores say how strongly one position's content causes another's, in (0, 1): an
    inhibiting rule is learned by its magnitude, not its sign.

    Memory: the scorer holds ``B · T² · predictor_dim`` numbers, so score long texts in windows.
    """

    def __init__(self, hidden_dim: int | None = None, *, tokenizer: Any = None, miner: CausalTextMiner | None = None,
                 projection_dim: int = 128, predictor_dim: int = 64):
        super().__init__()
        if hidden_dim is not None and not isinstance(hidden_dim, int) and hasattr(hidden_dim, "decode"):
            raise DataError("CausalDiscoveryModule's first argument is hidden_dim (an int, the hidden states' width); "
                            "pass a tokenizer by name: CausalDiscoveryModule(tokenizer=tokenizer).")
        if miner is not None and not isinstance(miner, CausalTextMiner):
            raise RuleValidationError(f"miner must be a CausalTextMiner, got {type(miner).__name__}.")
        self.hidden_dim = _validate.optional(_validate.positive_int, "hidden_dim", hidden_dim)
        projection_dim = _validate.positive_int("projection_dim", projection_dim)
        predictor_dim = _validate.positive_int("predictor_dim", predictor_dim)
        self.tokenizer = tokenizer
        self.miner = miner or CausalTextMiner()
        self.projection_dim = projection_dim
        if self.hidden_dim is not None:
            self.cause_extractor = nn.Linear(self.hidden_dim, projection_dim)
            self.effect_extractor = nn.Linear(self.hidden_dim, projection_dim)
            self.strength_predictor = nn.Sequential(
                nn.Linear(2 * projection_dim, predictor_dim), nn.ReLU(), nn.Linear(predictor_dim, 1), nn.Sigmoid()
            )

    # ------------------------------------------------------------------ mined path
    def discover(self, texts: str | Iterable[str]) -> CausalRuleSet:
        """The rules `CausalTextMiner` finds in ``texts`` (one string or many)."""
        return self.miner.mine(texts)

    def _mine_ids(self, input_ids: Tensor, attention_mask: Tensor | None) -> CausalRuleSet:
        if self.tokenizer is None or not hasattr(self.tokenizer, "decode"):
            raise RuleValidationError(
                "CausalDiscoveryModule needs a tokenizer with decode() to read token ids; pass "
                "CausalDiscoveryModule(tokenizer=...) or call .discover(texts) with strings."
            )
        rows = input_ids if input_ids.dim() == 2 else input_ids.unsqueeze(0)  # (B, T)
        texts = []
        for b, row in enumerate(rows):
            if attention_mask is not None:
                row = row[attention_mask.reshape(rows.shape)[b].bool()]
            texts.append(self.tokenizer.decode(row.tolist()))
        return self.miner.mine(texts)

    # ------------------------------------------------------------------ learned path
    def forward(self, inputs: Tensor, attention_mask: Tensor | None = None) -> Tensor | CausalRuleSet:
        """Hidden states ``[B, T, hidden_dim]`` -> strengths ``[B, T, T]`` (``[b, i, j]``: position i causes j);
        integer token ids ``[B, T]`` -> the `CausalRuleSet` mined from their text."""
        if isinstance(inputs, Tensor) and not inputs.is_floating_point():
            return self._mine_ids(inputs, attention_mask)
        hidden, valid = self._checked(inputs, attention_mask)
        return torch.sigmoid(self._logits(hidden)) * valid

    def pair_logits(self, hidden_states: Tensor, attention_mask: Tensor | None = None) -> Tensor:
        """``[B, T, T]`` pre-sigmoid scores; pairs with padding or ``i == j`` are ``-inf``."""
        hidden, valid = self._checked(hidden_states, attention_mask)
        return self._logits(hidden).masked_fill(~valid, float("-inf"))

    def _logits(self, hidden: Tensor) -> Tensor:
        first, relu, last, _ = self.strength_predictor
        width = self.projection_dim
        causes = self.cause_extractor(hidden) @ first.weight[:, :width].T  # (B, T, H) -> (B, T, predictor)
        effects = self.effect_extractor(hidden) @ first.weight[:, width:].T + first.bias
        joint = relu(causes[:, :, None, :] + effects[:, None, :, :])  # (B, T, T, predictor): W₁[c_i; e_j] + b₁
        return last(joint).squeeze(-1)  # (B, T, T)

    def _checked(self, hidden_states: Any, attention_mask: Tensor | None) -> tuple[Tensor, Tensor]:
        """``(hidden [B, T, H], valid pairs [B, T, T] bool)`` after checking shapes."""
        if self.hidden_dim is None:
            raise DataError("This CausalDiscoveryModule has no learned extractor: build it with "
                            "CausalDiscoveryModule(hidden_dim=...) to score hidden states.")
        if not isinstance(hidden_states, Tensor) or not hidden_states.is_floating_point() \
                or hidden_states.dim() not in (2, 3) or hidden_states.shape[-1] != self.hidden_dim:
            got = tuple(hidden_states.shape) if isinstance(hidden_states, Tensor) else type(hidden_states).__name__
            raise DataError(f"hidden_states must be a float tensor [batch, seq, {self.hidden_dim}] (or [seq, "
                            f"{self.hidden_dim}]), got {got}.")
        hidden = hidden_states if hidden_states.dim() == 3 else hidden_states.unsqueeze(0)
        batch, length, _ = hidden.shape
        present = torch.ones(batch, length, dtype=torch.bool, device=hidden.device)
        if attention_mask is not None:
            if attention_mask.numel() != batch * length or attention_mask.shape[-1] != length:
                raise DataError(
                    f"attention_mask must have shape [{batch}, {length}], got {tuple(attention_mask.shape)}."
                )
            present = attention_mask.reshape(batch, length).to(hidden.device).bool()
        distinct = ~torch.eye(length, dtype=torch.bool, device=hidden.device)
        return hidden, present[:, :, None] & present[:, None, :] & distinct

    def loss(self, hidden_states: Tensor, targets: Tensor, attention_mask: Tensor | None = None) -> Tensor:
        """Binary cross-entropy between the scores and ``targets [B, T, T]`` (in [0, 1]) over the valid pairs."""
        hidden, valid = self._checked(hidden_states, attention_mask)
        targets = targets if targets.dim() == 3 else targets.unsqueeze(0)
        if targets.shape != valid.shape:
            raise DataError(f"targets must have shape {tuple(valid.shape)} (batch, cause position, effect position), "
                            f"got {tuple(targets.shape)}.")
        logits = self._logits(hidden)
        return F.binary_cross_entropy_with_logits(logits[valid], targets.to(logits)[valid])

    def fit(self, hidden_states: Tensor, targets: Tensor, attention_mask: Tensor | None = None, steps: int = 200,
            lr: float = 1e-2) -> list[float]:
        """Train the extractor on ``(hidden_states, targets)`` with Adam (full batch); returns every step's loss.

        ``targets``: `pair_targets` of known or mined rules. A short plain loop: for a corpus, call `loss` in
        your own training loop.
        """
        steps = _validate.nonnegative_int("steps", steps)
        lr = _validate.positive("lr", lr)
        self.loss(hidden_states, targets, attention_mask)  # every check before the first step
        optimizer = torch.optim.Adam(self.parameters(), lr=lr)
        losses = []
        for _ in range(steps):
            loss = self.loss(hidden_states, targets, attention_mask)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            losses.append(float(loss.detach()))
        return losses

    # ------------------------------------------------------------------ names and rules
    def position_names(self, input_ids: Tensor) -> list[list[str | None]]:
        """Each position's word, from token ids through the tokenizer: ``[B][T]`` lower-case names.

        Tokens are decoded one at a time; a token that starts with a space or follows punctuation starts a
        new word, so every piece of a word split into sub-word tokens gets the whole word's name (``" ca",
        "us", "es"`` -> ``"causes"`` three times). Punctuation and blank tokens get None (they name nothing).
        """
        if self.tokenizer is None or not hasattr(self.tokenizer, "decode"):
            raise DataError("Naming positions from token ids needs the tokenizer: CausalDiscoveryModule(..., "
                            "tokenizer=tokenizer), or pass the names yourself.")
        rows = input_ids if input_ids.dim() == 2 else input_ids.unsqueeze(0)
        names = []
        for row in rows.tolist():
            pieces = [self.tokenizer.decode([token]) for token in row]
            words: list[list[int]] = []  # positions of each word
            previous_is_word = False
            for position, piece in enumerate(pieces):
                is_word = _WORD_CHARS.fullmatch(piece.strip()) is not None
                if is_word and (not previous_is_word or piece[:1].isspace() or not words):
                    words.append([])
                if is_word:
                    words[-1].append(position)
                previous_is_word = is_word
            row_names: list[str | None] = [None] * len(pieces)
            for positions in words:
                word = "".join(pieces[p] for p in positions).strip().lower()
                for p in positions:
                    row_names[p] = word
            names.append(row_names)
        return names

    def _names(self, names: Names, batch: int, length: int) -> list[list[str | None]]:
        if isinstance(names, Tensor):
            names = self.position_names(names)
        elif names and all(n is None or isinstance(n, str) for n in names):
            names = [names]
        rows = [list(row) for row in names]
        if len(rows) != batch or any(len(row) != length for row in rows):
            raise DataError(f"names must give one name (or None) per position: {batch} rows of {length}, got "
                            f"{len(rows)} rows of {sorted({len(row) for row in rows})}.")
        return [[name if isinstance(name, str) and name.strip() else None for name in row] for row in rows]

    def pair_targets(self, names: Names, rules: CausalRuleSet) -> Tensor:
        """``[B, T, T]`` training targets: ``|strength|`` of the rule ``names[i] -> names[j]``, else 0.

        ``names``: ``[B][T]`` variable names (None where a position names nothing), a single row, or token
        ids (named with `position_names`). ``rules``: known rules, or rules mined from the same texts.
        """
        if not isinstance(rules, CausalRuleSet):
            raise DataError(f"rules must be a CausalRuleSet, got {type(rules).__name__}.")
        rows = self._names(names, *self._shape_of(names))
        vocabulary, index = _name_index(rows)
        table = torch.zeros(len(vocabulary) + 1, len(vocabulary) + 1)  # the last row and column: no name
        for rule in rules:
            if rule.cause in vocabulary and rule.effect in vocabulary:
                table[vocabulary[rule.cause], vocabulary[rule.effect]] = abs(rule.strength)
        return table[index[:, :, None], index[:, None, :]]  # (B, T, T)

    @staticmethod
    def _shape_of(names: Names) -> tuple[int, int]:
        if isinstance(names, Tensor):
            rows = names if names.dim() == 2 else names.unsqueeze(0)
            return rows.shape[0], rows.shape[1]
        if names and all(n is None or isinstance(n, str) for n in names):
            return 1, len(names)
        if not names:
            raise DataError("names is empty: give one name (or None) per position.")
        return len(names), len(names[0])

    @torch.no_grad()
    def extract_rules(self, hidden_states: Tensor, names: Names, attention_mask: Tensor | None = None,
                      threshold: float = 0.5) -> CausalRuleSet:
        """The rules the learned extractor reads in ``hidden_states``, between the positions' ``names``.

        Each ordered pair of distinct names ``(a, b)`` gets the mean score over every pair of positions named
        ``a`` and ``b`` (across the batch); pairs at or above ``threshold`` become rules of that strength,
        strongest first (one that would close an instantaneous cycle with stronger ones is left out and
        logged). ``metadata``: ``score`` (the mean) and ``pairs`` (position pairs averaged).
        """
        threshold = _validate.fraction("threshold", threshold)
        hidden, valid = self._checked(hidden_states, attention_mask)
        rows = self._names(names, hidden.shape[0], hidden.shape[1])
        scores = torch.sigmoid(self._logits(hidden)).cpu()
        vocabulary, index = _name_index(rows)
        size = len(vocabulary) + 1  # the last: no name
        pair = (index[:, :, None] * size + index[:, None, :])[valid.cpu()]  # (name_i, name_j) of each valid pair
        totals = torch.zeros(size * size, dtype=torch.float64).index_add_(0, pair, scores[valid.cpu()].double())
        counts = torch.bincount(pair, minlength=size * size)
        names_by_id = list(vocabulary)
        means = {}
        for flat in torch.nonzero(counts).flatten().tolist():
            cause, effect = divmod(flat, size)
            if cause != effect and size - 1 not in (cause, effect):
                means[(names_by_id[cause], names_by_id[effect])] = (float(totals[flat] / counts[flat]),
                                                                    int(counts[flat]))
        kept = sorted((pair for pair, (score, _) in means.items() if score >= threshold),
                      key=lambda pair: (-means[pair][0], pair))
        rules = CausalRuleSet(name="learned from hidden states")
        left_out = []
        for cause, effect in kept:
            score, count = means[(cause, effect)]
            try:
                rules.add_rule(CausalRule(cause, effect, round(score, 6), metadata={"score": score, "pairs": count}))
            except CausalGraphError:
                left_out.append(f"{cause} -> {effect}")
        if left_out:
            log.warning("extract_rules: left out %d pair(s) that would close a cycle with stronger ones: %s",
                        len(left_out), ", ".join(left_out))
        return rules


def _name_index(rows: list[list[str | None]]) -> tuple[dict[str, int], Tensor]:
    """``({name: id}, ids [B, T])`` with ids in order of first appearance; a position without a name gets
    ``len(names)``."""
    vocabulary: dict[str, int] = {}
    for row in rows:
        for name in row:
            if name is not None:
                vocabulary.setdefault(name, len(vocabulary))
    none = len(vocabulary)
    return vocabulary, torch.tensor([[none if name is None else vocabulary[name] for name in row] for row in rows])
