"""Training the factor regressor that the vision metrics read pictures with (plain PyTorch, no Lightning).

`train_factor_regressor` fits a `causaltorch.metrics.vision.FactorRegressor` on real CausalScenes pictures and
their factor intensities; the metrics then use it as an independent reader of generated pictures.
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
import torch.nn.functional as F
from torch import Tensor

from causaltorch.metrics.vision import FactorRegressor

__all__ = ["train_factor_regressor"]


def train_factor_regressor(batches: Iterable[tuple[Tensor, Tensor]], num_factors: int, image_size: int = 32,
                           steps: int = 1500, lr: float = 2e-3, progress: bool = False) -> FactorRegressor:
    """Train a `FactorRegressor` on ``(images, factors)`` batches (mean squared error, Adam, cosine decay)."""
    regressor = FactorRegressor(num_factors, image_size)
    optimizer = torch.optim.Adam(regressor.parameters(), lr=lr)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, steps)
    iterator = iter(batches)
    bar = range(steps)
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(bar, desc="factor regressor", leave=False)
    for _ in bar:
        images, factors = next(iterator)
        loss = F.mse_loss(regressor(images), factors)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        schedule.step()
    regressor.eval()
    return regressor
