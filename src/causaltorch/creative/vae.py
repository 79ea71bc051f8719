"""`SimpleVAE`: the spec's small variational autoencoder, whose leading latent dimensions are causal variables.

``SimpleVAE(latent_dim=10, input_dim=64)`` encodes ``x [B, input_dim]`` to a Gaussian posterior over
``z [B, latent_dim]`` and decodes ``z`` back. Its first ``d`` latent dimensions are the variables of a rule set
(``causal_rules`` here, or the rules a `CounterfactualDreamer` is given), in ``ruleset.variables`` order; the rest
are free. Under the prior those ``d`` dimensions follow a linear-Gaussian structural causal model over the rules
(`latent_scm`: ``x_j = Σ_i strength_ij · x_i + u_j``, ``u_j ~ N(0, 1)``), so a dreamer's ``do()`` on the latent
propagates to the effects only. `loss` with ``factors`` also pulls the posterior means of those dimensions
towards known factor values, which is what ties a dimension to its variable when training.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch.errors import DataError, RuleValidationError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["SimpleVAE"]


class SimpleVAE(nn.Module):
    """An MLP VAE: ``encode(x) -> (mu, logvar)``, ``decode(z) -> x̂``, ``forward(x) -> (x̂, mu, logvar)``.

    Args:
        latent_dim: latent dimensions (the causal variables first, then free ones).
        input_dim: width of the data vectors (e.g. 64 for scikit-learn's 8×8 digits).
        hidden_dim: width of the one hidden layer on each side.
        causal_rules: the variables of the leading latent dimensions (optional: a `CounterfactualDreamer`
            may supply them instead).
    """

    def __init__(self, latent_dim: int = 10, input_dim: int = 64, hidden_dim: int = 128,
                 causal_rules: CausalRuleSet | Mapping[str, Any] | None = None):
        super().__init__()
        self.latent_dim = _validate.positive_int("latent_dim", latent_dim)
        self.input_dim = _validate.positive_int("input_dim", input_dim)
        self.hidden_dim = _validate.positive_int("hidden_dim", hidden_dim)
        self.causal_rules = None if causal_rules is None else as_ruleset(causal_rules)
        if self.causal_rules is not None:
            self._check_fits(self.causal_rules)
        self.encoder = nn.Sequential(nn.Linear(input_dim, hidden_dim), nn.ReLU())
        self.to_mu = nn.Linear(hidden_dim, latent_dim)
        self.to_logvar = nn.Linear(hidden_dim, latent_dim)
        self.decoder = nn.Sequential(nn.Linear(latent_dim, hidden_dim), nn.ReLU(), nn.Linear(hidden_dim, input_dim))

    def _check_fits(self, rules: CausalRuleSet) -> None:
        if not rules.variables:
            raise RuleValidationError("SimpleVAE's causal rules are empty; give rules with at least one variable.")
        if len(rules.variables) > self.latent_dim:
            raise DataError(f"The rules have {len(rules.variables)} variables but latent_dim is {self.latent_dim}; "
                            "the causal variables are the leading latent dimensions, so give a larger latent_dim.")

    def encode(self, x: Tensor) -> tuple[Tensor, Tensor]:
        """``x [B, input_dim] -> (mu, logvar)``, each ``[B, latent_dim]``."""
        if x.dim() != 2 or x.shape[1] != self.input_dim:
            raise DataError(f"x must have shape [batch, {self.input_dim}], got {tuple(x.shape)}.")
        hidden = self.encoder(x)
        return self.to_mu(hidden), self.to_logvar(hidden)

    def reparameterize(self, mu: Tensor, logvar: Tensor) -> Tensor:
        return mu + torch.randn_like(mu) * (0.5 * logvar).exp()

    def decode(self, z: Tensor) -> Tensor:
        """``z [B, latent_dim] -> x̂ [B, input_dim]``."""
        if z.dim() != 2 or z.shape[1] != self.latent_dim:
            raise DataError(f"z must have shape [batch, {self.latent_dim}], got {tuple(z.shape)}.")
        return self.decoder(z)

    def forward(self, x: Tensor) -> tuple[Tensor, Tensor, Tensor]:
        mu, logvar = self.encode(x)
        return self.decode(self.reparameterize(mu, logvar)), mu, logvar

    def loss(self, x: Tensor, factors: Tensor | None = None, beta: float = 1.0, factor_weight: float = 10.0) -> Tensor:
        """Negative ELBO per sample (squared-error reconstruction + ``beta`` · KL to N(0, I)), plus, with
        ``factors [B, d]``, ``factor_weight`` · the squared error between the leading ``d`` means and them."""
        recon, mu, logvar = self(x)
        kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(-1).mean()
        total = F.mse_loss(recon, x, reduction="none").sum(-1).mean() + beta * kl
        if factors is not None:
            d = factors.shape[-1]
            if factors.dim() != 2 or d > self.latent_dim:
                raise DataError(f"factors must be [batch, d] with d <= {self.latent_dim}, got {tuple(factors.shape)}.")
            total = total + factor_weight * F.mse_loss(mu[:, :d], factors)
        return total

    def latent_scm(self, rules: CausalRuleSet | Mapping[str, Any] | None = None) -> StructuralCausalModel:
        """The SCM the leading latent dimensions follow: linear-Gaussian over ``rules`` (default: this VAE's),
        each edge's weight its rule strength, unit noise, no intercept (roots are N(0, 1) like the prior)."""
        ruleset = self.causal_rules if rules is None else as_ruleset(rules)
        if ruleset is None:
            raise RuleValidationError("This SimpleVAE has no causal rules; give rules (SimpleVAE(causal_rules=...) "
                                      "or CounterfactualDreamer(base_generator=vae, rules=...)).")
        self._check_fits(ruleset)
        scm = StructuralCausalModel(ruleset, "linear")
        scm.requires_grad_(False)
        return scm

    def extra_repr(self) -> str:
        return f"latent_dim={self.latent_dim}, input_dim={self.input_dim}, hidden_dim={self.hidden_dim}"
