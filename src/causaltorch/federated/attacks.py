"""Byzantine attacks on federated aggregation, as plain functions, for tests and benchmarks.

Model-update attacks take the honest updates ``[n_honest, p]`` the attackers can see (the omniscient threat
model of the papers) and return ``[n_attackers, p]``:

- `alie` — "a little is enough" (Baruch et al. 2019): ``mean - z * std`` per coordinate, with ``z`` the largest
  shift that still looks like a majority: ``z = Phi^-1((n - s) / n)``, ``s = floor(n / 2 + 1) - f``.
- `inner_product_manipulation` (Xie et al. 2020): ``-epsilon * mean``, aimed to make the aggregate's inner product
  with the true direction negative.
- `sign_flip`: each attacker sends ``-scale`` times its own honest update.
- `gaussian_noise`: updates drawn from ``N(0, std^2)``.

`flip_labels` is the data attack: an attacker trains honestly on labels ``c - 1 - y``.
"""

from __future__ import annotations

import math

import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch.errors import DataError

__all__ = ["ATTACKS", "alie", "alie_z", "inner_product_manipulation", "sign_flip", "gaussian_noise", "flip_labels"]

ATTACKS = ("none", "alie", "ipm", "sign_flip", "label_flip", "gaussian")


def _honest(honest: Tensor) -> Tensor:
    if not isinstance(honest, Tensor) or honest.ndim != 2 or honest.shape[0] == 0:
        raise DataError(f"honest updates must be a non-empty [n_honest, n_params] tensor, got "
                        f"{getattr(honest, 'shape', type(honest).__name__)}.")
    return honest


def alie_z(n_clients: int, n_attackers: int) -> float:
    """Baruch et al.'s ``z_max = Phi^-1((n - s) / n)``, ``s = floor(n / 2 + 1) - f`` (e.g. 0.385 for n=20, f=4)."""
    n = _validate.positive_int("n_clients", n_clients)
    f = _validate.integer("n_attackers", n_attackers, 0, n)
    s = math.floor(n / 2 + 1) - f
    return float(torch.distributions.Normal(0.0, 1.0).icdf(torch.tensor((n - s) / n, dtype=torch.float64)))


def alie(honest: Tensor, n_attackers: int, z: float | None = None, n_clients: int | None = None) -> Tensor:
    """``n_attackers`` copies of ``mean - z * std`` of the honest updates → ``[n_attackers, p]``.

    ``z`` defaults to `alie_z` for ``n_clients`` (default: honest + attackers).
    """
    honest = _honest(honest)
    f = _validate.nonnegative_int("n_attackers", n_attackers)
    if z is None:
        z = alie_z(n_clients if n_clients is not None else honest.shape[0] + f, f)
    std = honest.std(dim=0, unbiased=False) if honest.shape[0] > 1 else torch.zeros_like(honest[0])
    return (honest.mean(dim=0) - z * std).expand(f, -1).clone()


def inner_product_manipulation(honest: Tensor, n_attackers: int, epsilon: float = 0.1) -> Tensor:
    """``n_attackers`` copies of ``-epsilon * mean(honest)`` → ``[n_attackers, p]``."""
    honest = _honest(honest)
    f = _validate.nonnegative_int("n_attackers", n_attackers)
    epsilon = _validate.positive("epsilon", epsilon)
    return (-epsilon * honest.mean(dim=0)).expand(f, -1).clone()


def sign_flip(own: Tensor, scale: float = 10.0) -> Tensor:
    """``-scale * own`` for the attackers' own honest updates ``[n_attackers, p]``."""
    scale = _validate.positive("scale", scale)
    return -scale * own


def gaussian_noise(n_attackers: int, n_params: int, std: float = 1.0, generator: torch.Generator | None = None,
                   dtype: torch.dtype = torch.float64) -> Tensor:
    """``[n_attackers, n_params]`` draws from ``N(0, std^2)``."""
    f = _validate.nonnegative_int("n_attackers", n_attackers)
    p = _validate.positive_int("n_params", n_params)
    std = _validate.positive("std", std)
    return torch.randn(f, p, generator=generator, dtype=dtype) * std


def flip_labels(labels: Tensor, num_classes: int) -> Tensor:
    """Labels ``y`` → ``num_classes - 1 - y`` (the label-flipping attack)."""
    c = _validate.integer("num_classes", num_classes, 2)
    if labels.numel() and (labels.min() < 0 or labels.max() >= c):
        raise DataError(f"labels must lie in [0, {c - 1}], got values in [{int(labels.min())}, {int(labels.max())}].")
    return c - 1 - labels
