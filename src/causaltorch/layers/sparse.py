"""Sparse layers that skip work instead of masking it (DESIGN §5).

- `SparseFFN`: a transformer MLP whose hidden units are split into blocks; a cheap router (hidden →
  number of blocks) picks the top-k blocks per token and only those blocks are multiplied, token by
  token group (the Switch / Mixtral expert loop). A load-balancing loss keeps the router from
  collapsing onto a few blocks.
- `SparseLinear`: a linear layer with a learned, fixed fraction of zero weights (magnitude masks with a
  straight-through gradient while training). At inference it runs a CSR sparse kernel when that is
  measured faster than the dense product for the input at hand, the dense product otherwise, and logs
  which it chose.

Both count what they multiply: ``layer.last_stats`` after a forward holds the multiply-adds actually
executed, so "parameters touched per token" is measured, not derived from the configuration.
"""

from __future__ import annotations

import logging
import math
import time
import warnings
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch.errors import DataError

__all__ = ["SparseFFN", "SparseLinear", "SparseStats"]

log = logging.getLogger(__name__)

_APPROXIMATE = {"gelu_tanh": "tanh", "gelu": "none"}


def _check_sparsity(sparsity: object) -> float:
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)) or not 0.0 <= sparsity < 1.0:
        raise DataError(
            f"sparsity must be a number in [0, 1) (the fraction of the work skipped), got {sparsity!r}."
        )
    return float(sparsity)


@dataclass
class SparseStats:
    """What the last forward multiplied.

    ``weights_touched`` counts every weight and bias entry used in a multiply-add, summed over tokens;
    ``dense_weights`` is what the dense layer of the same size would have used for the same tokens.
    """

    tokens: int
    weights_touched: int
    dense_weights: int
    router_weights: int = 0

    @property
    def touched_fraction(self) -> float:
        """Weights used per token as a fraction of the dense layer's (router included)."""
        return self.weights_touched / max(1, self.dense_weights)

    @property
    def block_fraction(self) -> float:
        """The same fraction without the router's share."""
        return (self.weights_touched - self.router_weights) / max(1, self.dense_weights)


def _default_blocks(intermediate_dim: int, hidden_dim: int, sparsity: float, bias: bool) -> tuple[int, int]:
    """``(num_blocks, top_k)`` whose work per token, router included, is at most ``1 - sparsity`` of dense.

    Among block counts up to 32 the one that uses most of that budget wins (more blocks chosen per
    token routes more finely; beyond 32, blocks get too narrow for fast matrix products on a CPU); if none
    fits, the finest split with one block per token. The count uses
    the largest block (blocks differ by at most one unit), so the measured fraction stays within budget.
    """
    if sparsity == 0:
        return 1, 1
    budget = 1.0 - sparsity
    dense = 2 * hidden_dim * intermediate_dim + bias * (intermediate_dim + hidden_dim)
    best: tuple[float, int, int] | None = None
    for num_blocks in range(1, min(32, intermediate_dim) + 1):
        top_k = max(1, math.floor(budget * num_blocks + 1e-9))
        if top_k > num_blocks:
            continue
        block = math.ceil(intermediate_dim / num_blocks)
        used = (top_k * block * (2 * hidden_dim + bias) + bias * hidden_dim + (hidden_dim + 1) * num_blocks) / dense
        if used <= budget + 1e-12 and (best is None or used > best[0]):
            best = (used, num_blocks, top_k)
    if best is None:
        num_blocks = min(intermediate_dim, max(1, math.ceil(1.0 / budget)))
        log.warning("SparseFFN(%d, %d): no block split keeps the work per token under %.1f%% of dense; "
                    "using %d blocks, 1 per token.", hidden_dim, intermediate_dim, 100 * budget, num_blocks)
        return num_blocks, 1
    return best[1], best[2]


class SparseFFN(nn.Module):
    """Top-k block-routed feed-forward layer: ``y = Σ_{b ∈ topk(router(x))} g_b · W2_b gelu(W1_b x + c_b) + c2``.

    Args:
        hidden_dim: input and output width ``H``.
        intermediate_dim: total hidden units ``F`` (the dense layer of the same size has ``F`` too).
        sparsity: fraction of the dense layer's multiply-adds to skip per token, in [0, 1). The default
            block split keeps the work per token, router included, at or below ``1 - sparsity``.
        num_blocks: how many blocks ``F`` is cut into (near-equal sizes); ``None`` picks one (see above).
        top_k: blocks computed per token; ``None`` means ``max(1, floor((1 - sparsity) * num_blocks))``.
        activation: ``"gelu_tanh"`` or ``"gelu"``.
        bias: biases on both projections.
        dropout: dropout on the output (training only).
        aux_loss_weight: weight of the load-balancing loss stored in ``self.aux_loss`` after each forward.

    The gate ``g_b`` has the value 1 and the gradient of the router's softmax probability for block ``b``
    (a straight-through gate), so with every block selected the output equals the dense MLP with the same
    weights, and the router still learns which blocks lower the loss. The load-balancing loss is Switch
    Transformer's ``num_blocks · Σ_b f_b · P_b`` (``f_b``: share of token→block assignments, ``P_b``: mean
    router probability), 1 when the load is uniform.

    The weights are stored as in the dense MLP (``c_fc.weight [F, H]``, ``c_proj.weight [H, F]``), so a
    trained dense MLP's weights load into it unchanged.
    """

    def __init__(self, hidden_dim: int, intermediate_dim: int, sparsity: float = 0.9, *,
                 num_blocks: int | None = None, top_k: int | None = None, activation: str = "gelu_tanh",
                 bias: bool = True, dropout: float = 0.0, aux_loss_weight: float = 0.01):
        super().__init__()
        for name, value in (("hidden_dim", hidden_dim), ("intermediate_dim", intermediate_dim)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise DataError(f"{name} must be a positive integer, got {value!r}.")
        sparsity = _check_sparsity(sparsity)
        if activation not in _APPROXIMATE:
            raise DataError(f"activation must be one of {sorted(_APPROXIMATE)}, got {activation!r}.")
        if num_blocks is None:
            num_blocks, default_k = _default_blocks(intermediate_dim, hidden_dim, sparsity, bias)
        else:
            if isinstance(num_blocks, bool) or not isinstance(num_blocks, int) or num_blocks < 1:
                raise DataError(f"num_blocks must be a positive integer, got {num_blocks!r}.")
            if num_blocks > intermediate_dim:
                raise DataError(
                    f"num_blocks={num_blocks} is more blocks than the layer has hidden units "
                    f"(intermediate_dim={intermediate_dim}); use at most {intermediate_dim}."
                )
            default_k = max(1, math.floor((1.0 - sparsity) * num_blocks + 1e-9))
        if top_k is None:
            top_k = default_k
        if isinstance(top_k, bool) or not isinstance(top_k, int) or not 1 <= top_k <= num_blocks:
            raise DataError(
                f"top_k={top_k!r} blocks per token were requested but the layer has {num_blocks} blocks; "
                f"choose 1 <= top_k <= {num_blocks}."
            )
        self.hidden_dim, self.intermediate_dim, self.sparsity = hidden_dim, intermediate_dim, sparsity
        self.num_blocks, self.top_k = num_blocks, top_k
        self.approximate = _APPROXIMATE[activation]
        self.aux_loss_weight = float(aux_loss_weight)
        # near-equal blocks; plain integers so that building under torch.device("meta") works too
        bounds = [(2 * i * intermediate_dim + num_blocks) // (2 * num_blocks) for i in range(num_blocks + 1)]
        self.block_sizes: list[int] = [hi - lo for lo, hi in zip(bounds[:-1], bounds[1:])]
        self.router = nn.Linear(hidden_dim, num_blocks)  # cheap: H * num_blocks, not H * F
        self.c_fc = nn.Linear(hidden_dim, intermediate_dim, bias=bias)
        self.c_proj = nn.Linear(intermediate_dim, hidden_dim, bias=bias)
        self.dropout = nn.Dropout(dropout)
        self.aux_loss: Tensor | None = None
        self.last_stats: SparseStats | None = None

    def forward(self, x: Tensor) -> Tensor:
        """``x [..., H] -> [..., H]``; sets ``self.aux_loss`` and ``self.last_stats``."""
        if x.shape[-1] != self.hidden_dim:
            raise DataError(f"SparseFFN expects {self.hidden_dim} input features, got {x.shape[-1]}.")
        shape = x.shape
        tokens = x.reshape(-1, self.hidden_dim)  # (N, H)
        n = tokens.shape[0]
        probs = F.softmax(self.router(tokens).float(), dim=-1)  # (N, E)
        top_p, top_i = probs.topk(self.top_k, dim=-1)  # (N, k)
        gate = (1.0 + top_p - top_p.detach()).to(x.dtype)  # value 1, gradient of the router probability

        assignment = top_i.reshape(-1)  # (N k,): the block of each token→block assignment
        order = assignment.argsort(stable=True)
        token_of = torch.arange(n, device=x.device).repeat_interleave(self.top_k)[order]
        gate_of = gate.reshape(-1)[order]
        per_block = torch.bincount(assignment, minlength=self.num_blocks)  # (E,) assignments per block
        counts = per_block.tolist()

        out = torch.zeros_like(tokens)
        # One split per weight (not a slice per block): autograd then assembles each gradient once.
        w1 = self.c_fc.weight.split(self.block_sizes, dim=0)  # (B_b, H) each
        b1 = None if self.c_fc.bias is None else self.c_fc.bias.split(self.block_sizes)
        w2 = self.c_proj.weight.split(self.block_sizes, dim=1)  # (H, B_b) each
        touched, start = 0, 0
        for block, count in enumerate(counts):
            if count == 0:
                continue
            rows = token_of[start:start + count]
            picked = tokens[rows]  # (c, H): only the tokens routed to this block
            hidden = F.gelu(F.linear(picked, w1[block], None if b1 is None else b1[block]),
                            approximate=self.approximate)  # (c, B_b)
            hidden = hidden * gate_of[start:start + count, None]
            out.index_add_(0, rows, F.linear(hidden, w2[block]))  # (c, H) added to the routed tokens
            touched += count * self.block_sizes[block] * (2 * self.hidden_dim + (b1 is not None))
            start += count
        if self.c_proj.bias is not None:
            out = out + self.c_proj.bias
            touched += n * self.hidden_dim
        router_weights = n * (self.hidden_dim + 1) * self.num_blocks
        dense = n * (2 * self.hidden_dim * self.intermediate_dim + (self.c_fc.bias is not None) * self.intermediate_dim
                     + (self.c_proj.bias is not None) * self.hidden_dim)
        self.last_stats = SparseStats(n, touched + router_weights, dense, router_weights)

        load = per_block.to(probs.dtype) / max(1, assignment.numel())
        self.aux_loss = self.aux_loss_weight * self.num_blocks * (load * probs.mean(dim=0)).sum()
        return self.dropout(out.reshape(shape))

    @classmethod
    def from_dense(cls, fc: nn.Linear, proj: nn.Linear, sparsity: float = 0.9, **options) -> SparseFFN:
        """A `SparseFFN` holding a dense MLP's weights (``fc: H -> F``, ``proj: F -> H``); the router is new."""
        layer = cls(fc.in_features, fc.out_features, sparsity, bias=fc.bias is not None, **options)
        layer.to(device=fc.weight.device, dtype=fc.weight.dtype)
        with torch.no_grad():
            layer.c_fc.weight.copy_(fc.weight)
            layer.c_proj.weight.copy_(proj.weight)
            if fc.bias is not None:
                layer.c_fc.bias.copy_(fc.bias)
                layer.c_proj.bias.copy_(proj.bias)
        return layer

    def extra_repr(self) -> str:
        return (f"hidden_dim={self.hidden_dim}, intermediate_dim={self.intermediate_dim}, "
                f"num_blocks={self.num_blocks}, top_k={self.top_k}, sparsity={self.sparsity}")


class SparseLinear(nn.Module):
    """``y = x @ (W ⊙ M)ᵀ + b`` with a fixed fraction ``sparsity`` of ``M`` zero, learned from magnitudes.

    Args:
        in_features, out_features: sizes, as in ``nn.Linear``.
        sparsity: fraction of weights that are zero, in [0, 1).
        bias: add a bias.
        kernel: ``"auto"`` (measure CSR against dense at inference and take the faster), ``"csr"`` or
            ``"dense"``.

    Training (``module.train()``): ``M`` keeps the ``(1 - sparsity)`` largest weights by magnitude,
    recomputed every forward; the product uses ``W ⊙ M`` but the gradient reaches every weight
    (straight-through), so a pruned weight can grow back. Inference (``module.eval()``): the mask is
    frozen into a CSR matrix; with ``kernel="auto"`` the first call for a given batch size times both
    kernels on this device and logs the choice (``self.kernel_choice``). The cached kernels are rebuilt
    when the weight changes. Inference treats the weights as frozen (no gradient reaches them; the input
    still gets one).
    """

    _KERNELS = ("auto", "csr", "dense")

    def __init__(self, in_features: int, out_features: int, sparsity: float = 0.9, bias: bool = True,
                 kernel: str = "auto"):
        super().__init__()
        for name, value in (("in_features", in_features), ("out_features", out_features)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise DataError(f"{name} must be a positive integer, got {value!r}.")
        self.sparsity = _check_sparsity(sparsity)
        if kernel not in self._KERNELS:
            raise DataError(f"kernel must be one of {', '.join(self._KERNELS)}, got {kernel!r}.")
        self.in_features, self.out_features, self.kernel = in_features, out_features, kernel
        self.keep = max(1, round((1.0 - self.sparsity) * in_features * out_features))
        self.weight = nn.Parameter(torch.empty(out_features, in_features))
        self.bias = nn.Parameter(torch.zeros(out_features)) if bias else None
        nn.init.kaiming_uniform_(self.weight, a=math.sqrt(5))
        self.kernel_choice: dict[int, str] = {}  # batch rows -> "csr" | "dense", as measured
        self._cache: tuple[tuple, Tensor, Tensor] | None = None  # (weight version key, masked dense, CSR)
        self.last_stats: SparseStats | None = None

    def mask(self) -> Tensor:
        """``[out, in]`` boolean: the ``(1 - sparsity)`` largest weights by magnitude."""
        flat = self.weight.detach().abs().flatten()
        threshold = flat.kthvalue(flat.numel() - self.keep + 1).values
        mask = self.weight.detach().abs() >= threshold
        if int(mask.sum()) > self.keep:  # ties at the threshold: keep exactly `keep`
            keep = flat.topk(self.keep).indices
            mask = torch.zeros_like(flat, dtype=torch.bool).index_fill_(0, keep, True).view_as(self.weight)
        return mask

    def _kernels(self) -> tuple[Tensor, Tensor]:
        key = (self.weight._version, self.weight.data_ptr(), self.weight.device, self.weight.dtype)
        if self._cache is None or self._cache[0] != key:
            masked = (self.weight.detach() * self.mask()).contiguous()
            with warnings.catch_warnings():  # "sparse CSR support is in beta": the kernel is timed before use
                warnings.simplefilter("ignore", UserWarning)
                csr = masked.to_sparse_csr()
            self._cache = (key, masked, csr)
            self.kernel_choice = {}
        return self._cache[1], self._cache[2]

    def forward(self, x: Tensor) -> Tensor:
        if x.shape[-1] != self.in_features:
            raise DataError(f"SparseLinear expects {self.in_features} input features, got {x.shape[-1]}.")
        rows = x.numel() // self.in_features
        if self.training:
            mask = self.mask()
            weight = self.weight + (self.weight * mask - self.weight).detach()  # value W⊙M, gradient to all W
            self.last_stats = SparseStats(rows, rows * self.weight.numel(), rows * self.weight.numel())
            return F.linear(x, weight, self.bias)
        masked, csr = self._kernels()
        choice = self._choose(rows, x, masked, csr)
        if choice == "csr":
            flat = x.reshape(-1, self.in_features)
            out = torch.sparse.mm(csr, flat.T).T  # (out, in) @ (in, rows) -> (rows, out)
            if self.bias is not None:
                out = out + self.bias
            out = out.reshape(*x.shape[:-1], self.out_features)
            nnz = int(csr.values().numel())
            self.last_stats = SparseStats(rows, rows * nnz, rows * self.weight.numel())
            return out
        self.last_stats = SparseStats(rows, rows * self.weight.numel(), rows * self.weight.numel())
        return F.linear(x, masked, self.bias)

    def _choose(self, rows: int, x: Tensor, masked: Tensor, csr: Tensor) -> str:
        if self.kernel != "auto":
            return self.kernel
        if rows not in self.kernel_choice:
            flat = x.reshape(-1, self.in_features)
            dense_s = _best_time(lambda: F.linear(flat, masked, self.bias), x.is_cuda)
            sparse_s = _best_time(lambda: torch.sparse.mm(csr, flat.T), x.is_cuda)
            choice = "csr" if sparse_s < dense_s else "dense"
            self.kernel_choice[rows] = choice
            log.info("SparseLinear(%d, %d, sparsity=%.2f) on %s, %d rows: CSR %.3f ms, dense %.3f ms -> %s kernel",
                     self.in_features, self.out_features, self.sparsity, x.device, rows, sparse_s * 1e3,
                     dense_s * 1e3, choice)
        return self.kernel_choice[rows]

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, sparsity={self.sparsity}, "
                f"kernel={self.kernel}")


def _best_time(fn, cuda: bool, repeats: int = 3) -> float:
    """Fastest of a few timed calls, after one warm-up (synchronising CUDA around each)."""
    fn()
    best = math.inf
    for _ in range(repeats):
        if cuda:
            torch.cuda.synchronize()
        start = time.perf_counter()
        fn()
        if cuda:
            torch.cuda.synchronize()
        best = min(best, time.perf_counter() - start)
    return best
