"""Sparse layers that skip work instead of masking it (DESIGN §5).

- `SparseFFN`: a transformer MLP whose hidden units are split into blocks; a cheap router (hidden →
  number of blocks) picks the top-k blocks per token and only those blocks are multiplied: the tokens
  routed to each block are gathered into fixed-capacity slots and all blocks run as one batched matmul
  per projection (Switch Transformer / MegaBlocks dispatch), a few operators per forward however many
  blocks there are. A load-balancing loss keeps the router from collapsing onto a few blocks.
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

from causaltorch import _validate
from causaltorch.errors import DataError

__all__ = ["SparseFFN", "SparseLinear", "SparseStats"]

log = logging.getLogger(__name__)

_APPROXIMATE = {"gelu_tanh": "tanh", "gelu": "none"}


# what a sparsity is, in every message that refuses one
_SPARSITY = "a number in [0, 1) (the fraction of the work skipped)"


@dataclass
class SparseStats:
    """What the last forward multiplied.

    ``weights_touched`` counts every weight and bias entry used in a multiply-add, summed over tokens;
    ``dense_weights`` is what the dense layer of the same size would have used for the same tokens.
    ``padding_weights`` counts the multiply-adds a batched product spent on padding (empty token slots,
    repeated units) on top of ``weights_touched``; its results are thrown away.
    """

    tokens: int
    weights_touched: int
    dense_weights: int
    router_weights: int = 0
    padding_weights: int = 0

    @property
    def executed_fraction(self) -> float:
        """Multiply-adds executed, padding of the batched products included, as a fraction of dense."""
        return (self.weights_touched + self.padding_weights) / max(1, self.dense_weights)

    @property
    def touched_fraction(self) -> float:
        """Weights used per token as a fraction of the dense layer's (router included)."""
        return self.weights_touched / max(1, self.dense_weights)

    @property
    def block_fraction(self) -> float:
        """The same fraction without the router's share."""
        return (self.weights_touched - self.router_weights) / max(1, self.dense_weights)


@dataclass
class _DispatchPlan:
    """Where one forward's work goes (``S`` token slots and ``U`` unit slots over all groups)."""

    groups: list[tuple[list[int], int, int, slice, slice]]  # (blocks, capacity, width, its slots, its units)
    slots: int  # S, token slots over all groups
    slot_assignment: Tensor  # (S,) the assignment (index into the token-major N k) each token slot holds
    assignment_slot: Tensor  # (A,) the token slot holding each assignment
    units: Tensor  # (U,) hidden unit (row of c_fc.weight) of each unit slot
    unit_real: Tensor | None  # (U,) False where a slot repeats a narrower block's last unit; None if none do
    hidden_units: int  # token slots × unit slots over all groups: the hidden activations computed


def _ragged_arange(lengths: list[int], device: torch.device) -> tuple[Tensor, Tensor]:
    """For runs of ``lengths``: each element's run (``owner``) and place in it (``rank``), both ``(Σ lengths,)``."""
    total = sum(lengths)
    sizes = torch.tensor(lengths, dtype=torch.long, device=device)
    owner = torch.repeat_interleave(torch.arange(len(lengths), device=device), sizes, output_size=total)
    rank = torch.arange(total, device=device) - (sizes.cumsum(0) - sizes)[owner]
    return owner, rank


def _load_groups(counts: list[int], max_groups: int, padding_budget: float) -> list[list[int]]:
    """The blocks with work, by descending load, cut into 1, 2, 4, … runs of near-equal length.

    Each run becomes one batched product padded to its largest load, so neighbours in load order waste
    little padding. The fewest runs (at most ``max_groups``) whose padding stays within ``padding_budget``
    of the routed assignments win: every extra run costs operators, and on a loaded CPU each operator
    costs a wait for its slowest thread.
    """
    active = sorted((block for block, count in enumerate(counts) if count), key=lambda block: -counts[block])
    routed = sum(counts)
    groups = 1
    while True:
        cuts = [round(i * len(active) / groups) for i in range(groups + 1)]
        runs = [active[lo:hi] for lo, hi in zip(cuts[:-1], cuts[1:]) if hi > lo]
        padding = sum(len(run) * counts[run[0]] - sum(counts[b] for b in run) for run in runs)
        if padding <= padding_budget * routed or groups >= min(max_groups, len(active)):
            return runs
        groups *= 2


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

    How it runs: the token→block assignments are sorted by block; the blocks with work, ordered by load,
    are cut into the fewest groups (1, 2, 4, … up to ``max_groups``) whose padding stays within
    ``padding_budget`` of the routed assignments, and each group is two batched matmuls over
    ``[blocks, capacity, H]`` slots holding only the tokens routed there and ``[blocks, H, width]`` slices
    of only those blocks' weights. A per-block loop (two small matmuls, a gather and a scatter for each
    block) issues hundreds of operators, each its own OpenMP region; on a loaded CPU a region waits for
    its slowest thread, and that made the old loop's time swing by 20× from call to call. Padding slots
    (a group's loads differ; blocks may differ by one unit) are counted in
    ``last_stats.padding_weights``.
    """

    max_groups: int = 4  # most batched products per projection in one forward
    padding_budget: float = 0.125  # padding (empty token slots) allowed, as a share of the routed assignments

    def __init__(self, hidden_dim: int, intermediate_dim: int, sparsity: float = 0.9, *,
                 num_blocks: int | None = None, top_k: int | None = None, activation: str = "gelu_tanh",
                 bias: bool = True, dropout: float = 0.0, aux_loss_weight: float = 0.01):
        super().__init__()
        _validate.positive_int("hidden_dim", hidden_dim)
        _validate.positive_int("intermediate_dim", intermediate_dim)
        sparsity = _validate.fraction("sparsity", sparsity, high_open=True, what=_SPARSITY)
        if activation not in _APPROXIMATE:
            raise DataError(f"activation must be one of {sorted(_APPROXIMATE)}, got {activation!r}.")
        if num_blocks is None:
            num_blocks, default_k = _default_blocks(intermediate_dim, hidden_dim, sparsity, bias)
        else:
            _validate.positive_int("num_blocks", num_blocks)
            if num_blocks > intermediate_dim:
                raise DataError(
                    f"num_blocks={num_blocks} is more blocks than the layer has hidden units "
                    f"(intermediate_dim={intermediate_dim}); use at most {intermediate_dim}."
                )
            default_k = max(1, math.floor((1.0 - sparsity) * num_blocks + 1e-9))
        if top_k is None:
            top_k = default_k
        _validate.integer("top_k", top_k, 1, num_blocks,
                          what=f"a number of blocks per token in [1, {num_blocks}] (the layer has {num_blocks} blocks)")
        self.hidden_dim, self.intermediate_dim, self.sparsity = hidden_dim, intermediate_dim, sparsity
        self.num_blocks, self.top_k = num_blocks, top_k
        self.approximate = _APPROXIMATE[activation]
        self.aux_loss_weight = float(aux_loss_weight)
        # near-equal blocks; plain integers so that building under torch.device("meta") works too
        bounds = [(2 * i * intermediate_dim + num_blocks) // (2 * num_blocks) for i in range(num_blocks + 1)]
        self.block_starts: list[int] = bounds[:-1]
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

        assignment = top_i.reshape(-1)  # (A,) with A = N k: the block of each token→block assignment
        order = assignment.argsort(stable=True)  # assignments grouped by block
        per_block = torch.bincount(assignment, minlength=self.num_blocks)  # (E,) assignments per block
        counts = per_block.tolist()
        plan = self._plan(_load_groups(counts, self.max_groups, self.padding_budget), counts, order, per_block)

        # one gather each for the routed tokens and for the chosen blocks' weights, then two batched
        # products per group: a fixed number of operators whatever the number of blocks
        picked = tokens.index_select(0, plan.slot_assignment // self.top_k)  # (S, H)
        w_in = self.c_fc.weight.index_select(0, plan.units)  # (U, H)
        w_out = self.c_proj.weight.index_select(1, plan.units)  # (H, U)
        if plan.unit_real is not None:
            w_out = w_out * plan.unit_real.to(w_out.dtype)  # a repeated unit's result adds nothing
        b_in = None if self.c_fc.bias is None else self.c_fc.bias.index_select(0, plan.units)
        results = []
        for blocks, capacity, width, slots, units in plan.groups:
            g = len(blocks)
            batch = picked[slots].view(g, capacity, self.hidden_dim)
            weight = w_in[units].view(g, width, self.hidden_dim).transpose(1, 2)  # (G, H, W)
            if b_in is None:
                hidden = torch.bmm(batch, weight)
            else:
                hidden = torch.baddbmm(b_in[units].view(g, 1, width), batch, weight)  # (G, C, W)
            hidden = F.gelu(hidden, approximate=self.approximate)
            projection = w_out[:, units].view(self.hidden_dim, g, width).permute(1, 2, 0)  # (G, W, H)
            results.append(torch.bmm(hidden, projection).view(g * capacity, self.hidden_dim))  # (G C, H)
        # each token's k slot results times their gates, summed, in one operator: (N, k) bags over (S, H) -> (N, H)
        table = results[0] if len(results) == 1 else torch.cat(results) if results else picked  # picked: (0, H)
        out = F.embedding_bag(plan.assignment_slot.view(n, self.top_k), table, mode="sum",
                              per_sample_weights=gate)
        if self.c_proj.bias is not None:
            out = out + self.c_proj.bias

        per_unit = 2 * self.hidden_dim + (self.c_fc.bias is not None)
        touched = sum(count * size for count, size in zip(counts, self.block_sizes)) * per_unit
        executed = plan.hidden_units * per_unit
        if self.c_proj.bias is not None:
            touched += n * self.hidden_dim
            executed += n * self.hidden_dim
        router_weights = n * (self.hidden_dim + 1) * self.num_blocks
        dense = n * (2 * self.hidden_dim * self.intermediate_dim + (self.c_fc.bias is not None) * self.intermediate_dim
                     + (self.c_proj.bias is not None) * self.hidden_dim)
        self.last_stats = SparseStats(n, touched + router_weights, dense, router_weights, executed - touched)

        load = per_block.to(probs.dtype) / max(1, assignment.numel())
        # With no tokens there is no load to balance: a zero that keeps the graph, not the NaN of an empty mean.
        mean_probs = probs.mean(dim=0) if n else probs.sum(dim=0)
        self.aux_loss = self.aux_loss_weight * self.num_blocks * (load * mean_probs).sum()
        return self.dropout(out.reshape(shape))

    def _plan(self, groups: list[list[int]], counts: list[int], order: Tensor, per_block: Tensor) -> _DispatchPlan:
        """Where each assignment and each hidden unit goes in the groups' batched products.

        A group of ``G`` blocks gets ``G × capacity`` token slots (capacity: the group's largest load) and
        ``G × width`` unit slots (width: its widest block). An empty token slot repeats one of the block's
        tokens and its result is never gathered back; an empty unit slot repeats the block's last unit and is
        zeroed after the activation. Only the blocks in ``groups`` (those with work) are ever touched.
        """
        device = order.device
        members = [block for group in groups for block in group]
        capacities = [max(counts[b] for b in group) for group in groups]
        widths = [max(self.block_sizes[b] for b in group) for group in groups]
        slots_per_member = [c for c, group in zip(capacities, groups) for _ in group]
        units_per_member = [w for w, group in zip(widths, groups) for _ in group]
        blocks = torch.tensor(members, dtype=torch.long, device=device)  # (M,)

        owner, rank = _ragged_arange(slots_per_member, device)  # (S,) each slot's member and place in it
        slot_block = blocks[owner]
        first = per_block.cumsum(0) - per_block  # (E,) each block's first position in `order`
        filled = rank < per_block[slot_block]
        slot_assignment = order[first[slot_block] + torch.where(filled, rank, 0)]  # (S,)
        # the inverse map, for the filled slots; empty slots write to a spare last entry that is cut off
        spare, owner_slots = order.numel(), owner.numel()
        assignment_slot = order.new_empty(spare + 1).scatter_(
            0, torch.where(filled, slot_assignment, spare), torch.arange(owner_slots, device=device))[:spare]

        owner, rank = _ragged_arange(units_per_member, device)  # (U,)
        unit_block = blocks[owner]
        size = torch.tensor(self.block_sizes, device=device)[unit_block]
        units = torch.tensor(self.block_starts, device=device)[unit_block] + torch.minimum(rank, size - 1)
        uneven = any(self.block_sizes[b] < w for w, group in zip(widths, groups) for b in group)

        spans, slot_start, unit_start = [], 0, 0
        for group, capacity, width in zip(groups, capacities, widths):
            slot_end, unit_end = slot_start + len(group) * capacity, unit_start + len(group) * width
            spans.append((group, capacity, width, slice(slot_start, slot_end), slice(unit_start, unit_end)))
            slot_start, unit_start = slot_end, unit_end
        hidden_units = sum(len(g) * c * w for g, c, w in zip(groups, capacities, widths))
        return _DispatchPlan(spans, owner_slots, slot_assignment, assignment_slot, units,
                             rank < size if uneven else None, hidden_units)

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
        _validate.positive_int("in_features", in_features)
        _validate.positive_int("out_features", out_features)
        self.sparsity = _validate.fraction("sparsity", sparsity, high_open=True, what=_SPARSITY)
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
