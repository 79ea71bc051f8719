"""Sparse models: task-conditioned structured masks (`LotteryTicketRouter`) and lottery tickets.

The sparse layers themselves (`SparseFFN`, `SparseLinear`) live in `causaltorch.layers`.
"""

from causaltorch._lazy import lazy_exports

_EXPORTS = {
    "LotteryTicketRouter": "causaltorch.sparse.lottery",
    "find_winning_ticket": "causaltorch.sparse.lottery",
    "WinningTicket": "causaltorch.sparse.lottery",
    "TicketRound": "causaltorch.sparse.lottery",
    "weight_sparsity": "causaltorch.sparse.lottery",
    "SparseFFN": "causaltorch.layers.sparse",
    "SparseLinear": "causaltorch.layers.sparse",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
