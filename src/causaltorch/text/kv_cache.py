"""The key/value cache of autoregressive decoding (`KVCache`), shared by `generate` and the constrained search."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import Tensor, nn

from causaltorch.errors import DataError

__all__ = ["KVCache"]


class KVCache(nn.Module):
    """Keys and values of every layer for one batch, preallocated for ``max_length`` positions.

    ``update(layer, k, v)`` writes a layer's new keys/values ``[B, nh, T, hs]`` after the ``length``
    positions already held and returns all of them; the model calls ``advance(input_ids)`` once its
    layers are done, which also records the token ids (the rule attention bias reads them).
    """

    def __init__(self, n_layers: int, batch_size: int, n_heads: int, head_dim: int, max_length: int, *,
                 device: torch.device | str | None = None, dtype: torch.dtype | None = None):
        super().__init__()
        shape = (n_layers, batch_size, n_heads, max_length, head_dim)
        self.register_buffer("keys", torch.zeros(shape, device=device, dtype=dtype), persistent=False)
        self.register_buffer("values", torch.zeros(shape, device=device, dtype=dtype), persistent=False)
        self.register_buffer("token_ids", torch.zeros(batch_size, max_length, dtype=torch.long, device=device),
                             persistent=False)
        self.register_buffer("rule_labels", torch.zeros(batch_size, max_length, dtype=torch.long, device=device),
                             persistent=False)
        self.length = 0

    @classmethod
    def for_model(cls, model: nn.Module, batch_size: int, max_length: int) -> KVCache:
        """A cache shaped for ``model`` (its ``config``), on its device and in its dtype."""
        config = model.config
        weight = next(model.parameters())
        return cls(config.n_layers, batch_size, config.n_heads, config.head_dim, max_length,
                   device=weight.device, dtype=weight.dtype)

    @property
    def max_length(self) -> int:
        return self.keys.shape[3]

    def update(self, layer: int, keys: Tensor, values: Tensor) -> tuple[Tensor, Tensor]:
        """Store keys/values ``[B, nh, T, hs]`` at positions ``length … length + T``; return all so far."""
        end = self.length + keys.shape[2]
        self.keys[layer, :, :, self.length:end] = keys
        self.values[layer, :, :, self.length:end] = values
        return self.keys[layer, :, :, :end].to(keys.dtype), self.values[layer, :, :, :end].to(values.dtype)

    def advance(self, input_ids: Tensor) -> None:
        """Record ``input_ids [B, T]`` as the tokens of the positions just written, and move past them."""
        end = self.length + input_ids.shape[1]
        self.token_ids[:, self.length:end] = input_ids
        self.length = end

    def reset(self) -> None:
        self.length = 0

    def select(self, rows: Sequence[int] | Tensor, length: int | None = None) -> KVCache:
        """A new cache of the same size holding ``rows`` of this one (in that order, repeats allowed: a beam search
        reorders and copies beams) and their first ``length`` positions (default: all that are held)."""
        length = self.length if length is None else length
        if not 0 <= length <= self.length:
            raise DataError(f"length must be in [0, {self.length}] (the positions held), got {length}.")
        index = torch.as_tensor(rows, dtype=torch.long, device=self.keys.device)
        out = self._empty(len(index))
        torch.index_select(self.keys[:, :, :, :length], 1, index, out=out.keys[:, :, :, :length])
        torch.index_select(self.values[:, :, :, :length], 1, index, out=out.values[:, :, :, :length])
        torch.index_select(self.token_ids[:, :length], 0, index, out=out.token_ids[:, :length])
        torch.index_select(self.rule_labels[:, :length], 0, index, out=out.rule_labels[:, :length])
        out.length = length
        return out

    def _empty(self, batch_size: int) -> KVCache:
        """A cache of this size for ``batch_size`` rows, its buffers not cleared (only written positions are read)."""
        out = KVCache.__new__(KVCache)
        nn.Module.__init__(out)
        shape = (self.keys.shape[0], batch_size, *self.keys.shape[2:])
        out.register_buffer("keys", self.keys.new_empty(shape), persistent=False)
        out.register_buffer("values", self.values.new_empty(shape), persistent=False)
        out.register_buffer("token_ids", self.token_ids.new_empty(batch_size, self.max_length), persistent=False)
        out.register_buffer("rule_labels", self.rule_labels.new_empty(batch_size, self.max_length), persistent=False)
        out.length = 0
        return out

    @classmethod
    def cat(cls, caches: Sequence[KVCache]) -> KVCache:
        """The rows of ``caches`` one after another (they hold the same number of positions and have one size)."""
        if not caches or len({(c.length, c.keys.shape[0], c.keys.shape[2:]) for c in caches}) != 1:
            raise DataError("KVCache.cat needs one or more caches of one size holding the same number of positions.")
        if len(caches) == 1:
            return caches[0]
        first = caches[0]
        out = KVCache(first.keys.shape[0], sum(c.keys.shape[1] for c in caches), first.keys.shape[2],
                      first.keys.shape[4], first.max_length, device=first.keys.device, dtype=first.keys.dtype)
        out.keys.copy_(torch.cat([c.keys for c in caches], dim=1))
        out.values.copy_(torch.cat([c.values for c in caches], dim=1))
        out.token_ids.copy_(torch.cat([c.token_ids for c in caches], dim=0))
        out.rule_labels.copy_(torch.cat([c.rule_labels for c in caches], dim=0))
        out.length = first.length
        return out
