"""Metrics for causal image models, with networks trained here (nothing downloaded).

- `FactorRegressor`: a small CNN that reads factor intensities ``[B, d]`` off pictures; trained only on
  real CausalScenes pictures (``causaltorch.training.factors.train_factor_regressor``). Its penultimate
  features also serve as the
  feature space of `frechet_distance` (a Fréchet distance on features of a network trained here — not
  an Inception FID, and not comparable with published FIDs).
- `intervention_fidelity`: for do() on each factor, what the regressor reads off generated pictures
  against what the SCM says: correlation between set and read value, descendants' shift against the
  closed-form shift, ancestors' drift.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import Tensor, nn

from causaltorch.errors import DataError

__all__ = ["FactorRegressor", "frechet_distance", "intervention_fidelity", "pearson"]


class FactorRegressor(nn.Module):
    """Pictures ``[B, 3, S, S]`` in [-1, 1] → factor intensities ``[B, d]`` in [0, 1] (and features)."""

    def __init__(self, num_factors: int, image_size: int = 32, width: int = 32):
        super().__init__()
        layers: list[nn.Module] = []
        channels, size = 3, image_size
        while size > 4:
            layers += [nn.Conv2d(channels, width, 3, padding=1), nn.BatchNorm2d(width), nn.ReLU(), nn.MaxPool2d(2)]
            channels, size = width, size // 2
            width = min(width * 2, 128)
        self.backbone = nn.Sequential(*layers, nn.Flatten(), nn.Linear(channels * 16, 128), nn.ReLU())
        self.head = nn.Linear(128, num_factors)
        self.image_size = image_size

    def features(self, images: Tensor) -> Tensor:
        """``[B, 3, S, S] -> [B, 128]`` (the space `frechet_distance` compares pictures in)."""
        return self.backbone(images)

    def forward(self, images: Tensor) -> Tensor:
        return torch.sigmoid(self.head(self.features(images)))

    @torch.no_grad()
    def read(self, images: Tensor, batch_size: int = 256) -> Tensor:
        """Factor intensities ``[n, d]`` for many pictures, in eval mode."""
        was_training = self.training
        self.eval()
        out = torch.cat([self(images[i:i + batch_size]) for i in range(0, images.shape[0], batch_size)])
        self.train(was_training)
        return out


def pearson(a: Tensor, b: Tensor) -> float:
    """Pearson correlation of two ``[n]`` tensors (nan when either is constant)."""
    a, b = a.double() - a.double().mean(), b.double() - b.double().mean()
    denominator = a.norm() * b.norm()
    return float((a * b).sum() / denominator) if float(denominator) > 0 else float("nan")


def frechet_distance(features_a: Tensor, features_b: Tensor) -> float:
    """Fréchet distance between Gaussians fitted to two feature sets ``[n, k]`` and ``[m, k]``.

    ``|μa − μb|² + tr(Σa + Σb − 2 (Σa^½ Σb Σa^½)^½)``, with matrix roots by symmetric eigendecomposition.
    """
    if features_a.dim() != 2 or features_b.dim() != 2 or features_a.shape[1] != features_b.shape[1]:
        raise DataError("frechet_distance needs two [n, k] feature matrices with the same k.")
    a, b = features_a.double(), features_b.double()
    mu_a, mu_b = a.mean(0), b.mean(0)
    cov_a, cov_b = torch.cov(a.T), torch.cov(b.T)

    def sqrtm(matrix: Tensor) -> Tensor:
        values, vectors = torch.linalg.eigh((matrix + matrix.T) / 2)
        return vectors @ torch.diag(values.clamp_min(0).sqrt()) @ vectors.T

    root_a = sqrtm(cov_a)
    cross = sqrtm(root_a @ cov_b @ root_a)
    return float((mu_a - mu_b).pow(2).sum() + torch.trace(cov_a + cov_b - 2 * cross))


@torch.no_grad()
def intervention_fidelity(generator: Any, regressor: FactorRegressor, num_samples: int = 512,
                          levels: int = 11, seed: int = 0) -> dict[str, Any]:
    """How well do() on the generator's latent shows up in its pictures, read by ``regressor``.

    For every factor ``x`` (``generator.variables``):

    - ``correlation``: Pearson correlation, over ``levels`` values ``v`` in [0, 1] × ``num_samples // levels``
      pictures each, between ``v`` and the regressor's reading of ``x`` under do(x = v).
    - for every other factor ``y``: the read shift ``E[y | do(x=1)] − E[y | do(x=0)]`` next to the shift the
      latent itself has (the SCM's answer for the generator's own latent), and its role (descendant,
      ancestor, other).
    - ``ancestor_drift``: ``E[y | do(x=1)] − E[y]`` read off pictures, for each ancestor ``y``.

    The generator must have ``variables``, ``generate(n, causal_interventions, generator=...)`` and
    ``causal_rules``. Same seed → same noise in every world (common random numbers).
    """
    variables = list(generator.variables)
    rules = generator.causal_rules
    per_level = max(1, num_samples // levels)

    def read(interventions: dict[str, float] | None, n: int) -> tuple[Tensor, Tensor]:
        rng = torch.Generator().manual_seed(seed)
        images, z_causal = generator.generate(n, interventions, generator=rng)
        return regressor.read(images.float().cpu()), z_causal[:, : len(variables)].float().cpu()

    observed_read, observed_latent = read(None, num_samples)
    report: dict[str, Any] = {"observational_read": dict(zip(variables, observed_read.mean(0).tolist())),
                              "factors": {}}
    for j, name in enumerate(variables):
        set_values, read_values = [], []
        for v in torch.linspace(0, 1, levels).tolist():
            measured, _ = read({name: v}, per_level)
            set_values.append(torch.full((per_level,), v))
            read_values.append(measured[:, j])
        correlation = pearson(torch.cat(set_values), torch.cat(read_values))
        low_read, low_latent = read({name: 0.0}, num_samples)
        high_read, high_latent = read({name: 1.0}, num_samples)
        descendants = set(rules.descendants(name))
        ancestors = set(rules.ancestors(name))
        others = {}
        for k, other in enumerate(variables):
            if k == j:
                continue
            role = "descendant" if other in descendants else "ancestor" if other in ancestors else "other"
            others[other] = {
                "role": role,
                "read_shift": float(high_read[:, k].mean() - low_read[:, k].mean()),
                "latent_shift": float(high_latent[:, k].mean() - low_latent[:, k].mean()),
                "drift_vs_observational": float(high_read[:, k].mean() - observed_read[:, k].mean()),
            }
        report["factors"][name] = {
            "correlation": correlation,
            "read_at_0": float(low_read[:, j].mean()), "read_at_1": float(high_read[:, j].mean()),
            "effects": others,
        }
    return report
