"""One seed for every random generator a training run draws from (Python, NumPy, torch), through Lightning."""

from __future__ import annotations

from causaltorch.errors import require

__all__ = ["seed_everything"]


def seed_everything(seed: int) -> None:
    """Seed Python's, NumPy's and torch's generators (and the workers Lightning starts) with ``seed``."""
    require("lightning", "text", "training").seed_everything(seed, verbose=False)
