"""`CausalPositionalEncoding`: the text model's learned absolute positions (GPT-2's ``wpe``), as a module."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError

__all__ = ["CausalPositionalEncoding"]


class CausalPositionalEncoding(nn.Module):
    """Adds a learned vector per position to token embeddings: ``x + weight[position]``.

    ``CausalPositionalEncoding(d_model, max_seq_length)`` holds ``weight [max_seq_length, d_model]``
    (initialised N(0, 0.02), as in GPT-2). ``forward(x, position_ids=None)`` takes embeddings
    ``x [B, T, d_model]`` and returns them with the vectors of positions ``0 … T - 1`` added, or of
    ``position_ids [B|1, T]`` (each below ``max_seq_length``) when given, as during cached decoding or
    with left padding. "Causal" as in the decoder it serves: a position's vector depends on nothing but
    the position, so no token sees what comes after it. `CausalTransformer` uses it as
    ``transformer.wpe``; GPT-2 checkpoints load into ``weight`` unchanged.
    """

    def __init__(self, d_model: int, max_seq_length: int = 1024):
        _validate.positive_int("d_model", d_model)
        _validate.positive_int("max_seq_length", max_seq_length)
        super().__init__()
        self.weight = nn.Parameter(torch.empty(max_seq_length, d_model))
        self.reset_parameters()

    @property
    def max_seq_length(self) -> int:
        return self.weight.shape[0]

    def reset_parameters(self) -> None:
        nn.init.normal_(self.weight, mean=0.0, std=0.02)

    def forward(self, x: Tensor, position_ids: Tensor | None = None) -> Tensor:
        if x.dim() != 3 or x.shape[-1] != self.weight.shape[1]:
            raise DataError(f"CausalPositionalEncoding takes embeddings [batch, length, {self.weight.shape[1]}], "
                            f"got {tuple(x.shape)}.")
        if position_ids is None:
            if x.shape[1] > self.max_seq_length:
                raise DataError(f"The sequence has {x.shape[1]} positions but the encoding has "
                                f"max_seq_length={self.max_seq_length}; shorten it.")
            position_ids = torch.arange(x.shape[1], device=x.device)[None]
        return x + F.embedding(position_ids, self.weight)  # (B, T, C) + (B|1, T, C)

    def extra_repr(self) -> str:
        return f"d_model={self.weight.shape[1]}, max_seq_length={self.max_seq_length}"
