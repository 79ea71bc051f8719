"""Training on several processes (DDP, FSDP): which process writes, and which data each one reads.

- `is_first_process`: whether this process is the one that writes (global rank 0), read from what a
  launcher sets before any process group exists — Lightning's own launcher (``LOCAL_RANK``, ``NODE_RANK``),
  ``torchrun`` (``RANK``) or SLURM's ``srun`` (``SLURM_PROCID``). A plain ``python`` process is the first.
  Code that runs before ``fit`` (tokenizing, opening a tracking run, printing) asks it; inside ``fit`` the
  trainer's ``is_global_zero`` says the same.
- `WindowSampler`: the training order of a map-style dataset drawn from ``(seed, epoch)`` alone and dealt out
  to the ranks in turn, so the ranks never read the same item, and the global batches (one batch from every
  rank) hold the same items whatever the number of processes. Each item also gets a random offset, for
  datasets that read windows (`causaltorch.training.tokens.TokenWindows`).
- `rank_seed`: the seed of a rank's share of an endless stream (a different seed per rank: no duplicates).

No Lightning here: plain ``torch.utils.data``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import torch
from torch.utils.data import DistributedSampler

from causaltorch import _validate
from causaltorch.errors import DataError

__all__ = ["RANK_SEED_STRIDE", "WindowSampler", "is_first_process", "launch_rank", "rank_seed"]

RANK_SEED_STRIDE = 1_000_003  # a prime: rank r of seed s streams from s + r * stride


def _env_int(name: str) -> int | None:
    value = os.environ.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def launch_rank() -> int:
    """The global rank a launcher gave this process, read from its environment (0 for a plain process).

    ``RANK`` (torchrun, and Lightning once the group is set up), else ``SLURM_PROCID`` inside an ``srun`` step
    of several tasks, else Lightning's launcher's ``NODE_RANK`` / ``LOCAL_RANK``: these say only whether this is
    the first process, so any other is reported as rank 1.
    """
    rank = _env_int("RANK")
    if rank is not None:
        return rank
    if (_env_int("SLURM_NTASKS") or 1) > 1 and _env_int("SLURM_PROCID") is not None:
        return int(_env_int("SLURM_PROCID"))
    node = _env_int("NODE_RANK") or _env_int("GROUP_RANK") or 0
    local = _env_int("LOCAL_RANK") or 0
    return 1 if node or local else 0  # only "first or not" is known without the per-node process count


def is_first_process() -> bool:
    """True in the process that writes run folders, token files, tracking runs and reports (global rank 0)."""
    return launch_rank() == 0


def rank_seed(seed: int, rank: int) -> int:
    """The seed of rank ``rank``'s share of a stream seeded ``seed`` (rank 0 keeps ``seed``)."""
    return seed + rank * RANK_SEED_STRIDE


class WindowSampler(DistributedSampler):
    """Shuffled indices of ``num_items`` items, with a random offset in ``[0, num_offsets)`` each, for one rank.

    Every epoch draws one permutation and one offset per item from ``seed + epoch`` (`set_epoch`, which
    Lightning calls); the first ``num_items - num_items % num_replicas`` of the permutation are dealt to the
    ranks in turn (rank ``r`` reads positions ``r, r + R, r + 2R …``). So ``R`` ranks with batches of ``B``
    together read, step by step, the same items as one process with batches of ``R · B``, and no item twice.
    Yields ``(index, offset)`` pairs (``TokenWindows`` takes them); ``num_offsets=1`` gives offset 0 always.

    Being a `DistributedSampler`, Lightning keeps it as it is instead of wrapping it in its own.
    """

    def __init__(self, num_items: int, num_offsets: int = 1, *, seed: int = 0, num_replicas: int = 1, rank: int = 0):
        _validate.positive_int("num_items", num_items)
        _validate.positive_int("num_offsets", num_offsets)
        _validate.positive_int("num_replicas", num_replicas)
        _validate.integer("rank", rank, 0, num_replicas - 1)
        if num_items < num_replicas:
            raise DataError(f"{num_items} items cannot be shared among {num_replicas} processes without repeats; "
                            "use fewer devices or more data.")
        super().__init__(range(num_items), num_replicas=num_replicas, rank=rank, shuffle=True, seed=seed,
                         drop_last=True)
        self.num_items, self.num_offsets = num_items, num_offsets
        self.total_size = num_items - num_items % num_replicas
        self.num_samples = self.total_size // num_replicas

    def __iter__(self) -> Iterator[tuple[int, int]]:
        generator = torch.Generator().manual_seed(self.seed + self.epoch)
        order = torch.randperm(self.num_items, generator=generator)
        offsets = torch.randint(self.num_offsets, (self.num_items,), generator=generator)
        mine = order[self.rank:self.total_size:self.num_replicas]
        return iter(zip(mine.tolist(), offsets[mine].tolist()))

    def __len__(self) -> int:
        return self.num_samples
