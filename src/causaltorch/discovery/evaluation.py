"""How well a learned model answers causal questions: interventional MMD and counterfactual error.

As in the diffusion-based causal models benchmark (Chao et al. 2023): compare samples drawn under
``do()`` from the learned model with samples from the true one by the maximum mean discrepancy with an
RBF kernel (bandwidth by the median heuristic), and counterfactual predictions with the true
counterfactuals by the mean squared error over the intervened node's descendants.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import Tensor

from causaltorch.errors import DataError

__all__ = ["mmd_rbf", "interventional_mmd", "counterfactual_mse"]


def mmd_rbf(x: Tensor, y: Tensor, bandwidth: float | None = None, max_samples: int = 2000,
            seed: int = 0) -> float:
    """Squared MMD between samples ``x [n, d]`` and ``y [m, d]`` with ``k(a, b) = exp(−‖a−b‖² / (2σ²))``.

    The biased (V-statistic) estimate, ≥ 0 and 0 for identical samples. ``σ`` defaults to the median
    pairwise distance of the pooled samples (median heuristic). At most ``max_samples`` rows of each
    are used (a seeded random subset), keeping the kernel matrices small.
    """
    if x.dim() != 2 or y.dim() != 2 or x.shape[1] != y.shape[1]:
        raise DataError(f"mmd_rbf needs two [n, d] samples with the same d, got {tuple(x.shape)} and {tuple(y.shape)}.")
    if x.shape[0] < 2 or y.shape[0] < 2:
        raise DataError("mmd_rbf needs at least two rows in each sample.")
    generator = torch.Generator().manual_seed(seed)
    if x.shape[0] > max_samples:
        x = x[torch.randperm(x.shape[0], generator=generator)[:max_samples].to(x.device)]
    if y.shape[0] > max_samples:
        y = y[torch.randperm(y.shape[0], generator=generator)[:max_samples].to(y.device)]
    x, y = x.double(), y.to(x.device).double()
    pooled = torch.cat([x, y])
    distances = torch.cdist(pooled, pooled).pow(2)  # (n + m, n + m)
    if bandwidth is None:
        off_diagonal = distances[~torch.eye(pooled.shape[0], dtype=torch.bool, device=pooled.device)]
        bandwidth = float(off_diagonal.sqrt().median())
        bandwidth = bandwidth if bandwidth > 0 else 1.0
    kernel = torch.exp(-distances / (2.0 * bandwidth**2))
    n = x.shape[0]
    value = kernel[:n, :n].mean() + kernel[n:, n:].mean() - 2.0 * kernel[:n, n:].mean()
    return max(float(value), 0.0)


def interventional_mmd(model, truth, interventions: dict, num_samples: int = 2000, seed: int = 0) -> float:
    """`mmd_rbf` between ``num_samples`` draws of ``model.do(interventions)`` and of ``truth.do(interventions)``.

    Both are `StructuralCausalModel`s over the same variables; the intervened columns (constant in
    both) are left out.
    """
    if list(model.variables) != list(truth.variables):
        raise DataError(f"The models have different variables: {model.variables} and {truth.variables}.")
    keep = [k for k, v in enumerate(truth.variables) if v not in interventions]
    with torch.random.fork_rng(devices=[]):  # seeded draws that leave the caller's generator alone
        torch.manual_seed(seed)
        learned = model.do(interventions).sample(num_samples)[:, keep]
        torch.manual_seed(seed + 1)
        true = truth.do(interventions).sample(num_samples)[:, keep]
    return mmd_rbf(learned, true, seed=seed)


def counterfactual_mse(predicted: Tensor, true: Tensor, columns: Sequence[int]) -> float:
    """Mean squared error between counterfactual rows ``[n, d]`` over ``columns`` (the intervened node's
    descendants)."""
    if predicted.shape != true.shape:
        raise DataError(
            f"predicted and true counterfactuals differ in shape: {tuple(predicted.shape)} vs {tuple(true.shape)}."
        )
    if not len(columns):
        raise DataError("counterfactual_mse needs at least one column (the intervened node has no descendants).")
    index = torch.as_tensor(list(columns), device=predicted.device)
    return float((predicted[:, index].double() - true.to(predicted.device)[:, index].double()).pow(2).mean())
