"""NOTEARS in torch: continuous optimisation over DAGs, linear and nonlinear (MLP).

Zheng et al. 2018 ("DAGs with NO TEARS") and 2020 ("Learning sparse nonparametric DAGs"): minimise a
score plus an L1 penalty subject to the smooth acyclicity constraint ``h(W) = tr(exp(W∘W)) − d = 0``,
by the augmented Lagrangian ``score + λ₁‖W‖₁ + ρ/2·h² + α·h``, each inner problem solved by OWL-QN
(L-BFGS that keeps steps inside an orthant, so the L1 penalty yields exact zeros).

Scores:
    ``"l2"``: NOTEARS' least squares ``½n⁻¹‖X − XW‖²``. It is *not* invariant to rescaling the
        columns; on simulated data much of its accuracy comes from marginal variance growing along the
        causal order (Reisach et al. 2021), which standardising removes.
    ``"nv"``: the non-equal-variance Gaussian log-likelihood (GOLEM-NV, Ng et al. 2020),
        ``½ Σ_j log(RSS_j / n) − log|det(I − W)|``, computed on internally standardised data and
        started from the ``l2`` solution there. Rescaling any column of the input leaves the learned
        graph unchanged, so raw and standardised data give the same answer.

Background knowledge is exact: a boolean mask holds forbidden weights at zero throughout, and
required edges are exempt from the L1 penalty and kept by the thresholding. Everything runs on the
data's device (CPU or CUDA) in its dtype; float64 is recommended.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

import torch
from torch import Tensor, nn

from causaltorch.errors import DataError

__all__ = ["SCORES", "acyclicity", "notears_linear", "notears_mlp", "threshold_to_dag", "is_acyclic"]

log = logging.getLogger(__name__)

SCORES = ("l2", "nv")


def acyclicity(weights: Tensor) -> tuple[Tensor, Tensor]:
    """``h(W) = tr(exp(W∘W)) − d`` and its gradient ``exp(W∘W)ᵀ ∘ 2W`` for ``W [d, d]``.

    ``h`` is zero exactly when the graph of ``W``'s non-zero entries is acyclic.
    """
    exponential = torch.linalg.matrix_exp(weights * weights)
    return exponential.diagonal().sum() - weights.shape[0], 2.0 * exponential.T * weights


def is_acyclic(adjacency: Tensor) -> bool:
    """Whether the directed graph of the boolean ``adjacency [d, d]`` (``[i, j]``: i → j) has no cycle."""
    remaining = adjacency.detach().to("cpu", torch.bool).clone()
    alive = torch.ones(remaining.shape[0], dtype=torch.bool)
    while bool(alive.any()):
        sources = alive & ~remaining[alive].any(dim=0)
        if not bool(sources.any()):
            return False
        alive &= ~sources
        remaining[sources] = False
    return True


def threshold_to_dag(weights: Tensor, threshold: float, required: Tensor | None = None) -> Tensor:
    """Edges of ``|weights| > threshold`` plus ``required``, made acyclic → boolean ``[d, d]``.

    If the thresholded graph still has a cycle (the constraint is met only up to a tolerance), the
    threshold is raised past the weakest remaining edge until it is acyclic. Required edges are never
    removed; they must be acyclic on their own (`BackgroundKnowledge.check` makes sure).
    """
    magnitude = weights.detach().abs()
    required = torch.zeros_like(magnitude, dtype=torch.bool) if required is None else required.to(magnitude.device)
    edges = (magnitude > threshold) | required
    while not is_acyclic(edges):
        removable = edges & ~required
        weakest = magnitude[removable].min()
        edges &= ~(removable & (magnitude <= weakest))
    return edges


# ------------------------------------------------------------------------------ optimisation
ValueAndGrad = Callable[[Tensor], tuple[Tensor, Tensor]]


def _owlqn(start: Tensor, smooth: ValueAndGrad, penalty: Tensor, max_steps: int, history: int = 10,
           rel_tol: float = 1e-10, grad_tol: float = 1e-7) -> Tensor:
    """Minimise ``smooth(x) + Σ penalty·|x|`` over the flat vector ``x`` from ``start``; returns the minimiser.

    Orthant-wise limited-memory quasi-Newton (Andrew & Gao 2007): L-BFGS on the smooth part, each step
    kept inside the orthant of the current point, so weights reach exact zeros (which L-BFGS on a
    smoothed |x| never does, and which thresholding then needs less of).
    """

    def evaluate(x: Tensor) -> tuple[Tensor, Tensor]:
        value, grad = smooth(x)
        return value + (penalty * x.abs()).sum(), grad

    def pseudo_gradient(x: Tensor, grad: Tensor) -> Tensor:
        right, left = grad + penalty, grad - penalty
        at_zero = torch.where(right < 0, right, torch.where(left > 0, left, torch.zeros_like(grad)))
        return torch.where(x != 0, grad + penalty * x.sign(), at_zero)

    free = penalty == 0  # unpenalised coordinates: plain L-BFGS, free to change sign
    point = start
    value, grad = evaluate(point)
    memory: list[tuple[Tensor, Tensor, Tensor]] = []
    for _ in range(max_steps):
        pseudo = pseudo_gradient(point, grad)
        if float(pseudo.abs().max()) <= grad_tol:
            break
        direction = -pseudo
        coefficients = []
        for s, y, rho in reversed(memory):  # L-BFGS two-loop recursion
            a = rho * (s @ direction)
            direction = direction - a * y
            coefficients.append(a)
        if memory:
            s, y, _ = memory[-1]
            direction = direction * ((s @ y) / (y @ y))
        for (s, y, rho), a in zip(memory, reversed(coefficients)):
            direction = direction + s * (a - rho * (y @ direction))
        # A coordinate at zero may only leave it downhill; the others keep their quasi-Newton step
        # (the projection below stops them at zero instead of crossing it).
        direction = torch.where(free | (point != 0) | (direction * pseudo < 0), direction, torch.zeros_like(direction))
        if float(pseudo @ direction) >= 0:  # no longer a descent direction: restart from steepest descent
            direction, memory = -pseudo, []
        orthant = torch.where(point != 0, point.sign(), -pseudo.sign())
        step = 1.0 if memory else 1.0 / max(1.0, float(pseudo.norm()))
        for _ in range(40):  # backtracking line search, projected onto the orthant
            trial = point + step * direction
            trial = torch.where(free | (trial.sign() == orthant), trial, torch.zeros_like(trial))
            trial_value, trial_grad = evaluate(trial)
            if float(trial_value) <= float(value) + 1e-4 * float(pseudo @ (trial - point)):
                break
            step *= 0.5
        else:
            break
        s, y = trial - point, trial_grad - grad
        curvature = s @ y
        if float(curvature) > 1e-16:
            memory.append((s, y, 1.0 / curvature))
            if len(memory) > history:
                memory.pop(0)
        decrease = float(value - trial_value)
        point, value, grad = trial, trial_value, trial_grad
        if decrease <= rel_tol * max(abs(float(value)), 1.0):
            break
    return point


def _augmented_lagrangian(start: Tensor, score: ValueAndGrad, penalty: Tensor, constraint: ValueAndGrad,
                          max_iter: int, h_tol: float, rho_max: float, inner_steps: int) -> Tensor:
    """Minimise ``score(x) + Σ penalty·|x|`` subject to ``constraint(x) = h = 0``; returns the solution.

    NOTEARS' schedule: each inner problem starts from the last accepted point; ρ grows tenfold until
    ``h`` falls below a quarter of its previous value, then ``α += ρ·h``.
    """
    rho, alpha, h_value = 1.0, 0.0, math.inf
    point = start
    for _ in range(max_iter):
        while True:
            def objective(x: Tensor, rho: float = rho, alpha: float = alpha) -> tuple[Tensor, Tensor]:
                value, grad = score(x)
                h, h_grad = constraint(x)
                return value + 0.5 * rho * h * h + alpha * h, grad + (rho * h + alpha) * h_grad

            candidate = _owlqn(point, objective, penalty, inner_steps)
            h_new = float(constraint(candidate)[0])
            if not math.isfinite(h_new):
                raise DataError(
                    "The optimisation diverged (non-finite acyclicity). Rescale the data (very large values) "
                    "or raise lambda1."
                )
            if h_new > 0.25 * h_value and rho < rho_max:
                rho *= 10.0
                continue
            break
        point, h_value = candidate, h_new
        alpha += rho * h_value
        if h_value <= h_tol or rho >= rho_max:
            break
    log.debug("augmented Lagrangian ended with h=%.3g, rho=%.3g", h_value, rho)
    return point


def _standardise(data: Tensor) -> tuple[Tensor, Tensor]:
    """Zero mean, unit variance per column, rounded to 10 decimals → ``(standardised, scale)``.

    Rescaled copies of the same data standardise to values that differ only in the last bits, and the
    optimiser's path amplifies such bits; rounding makes them identical, so the graph really does not
    depend on the units.
    """
    centred = data - data.mean(dim=0, keepdim=True)
    scale = centred.pow(2).mean(dim=0).sqrt().clamp_min(torch.finfo(data.dtype).tiny)
    return torch.round(centred / scale, decimals=10), scale


def _check(data: Tensor, allowed: Tensor | None, required: Tensor | None, score: str) -> tuple[Tensor, Tensor]:
    if data.dim() != 2:
        raise DataError(f"data must have shape [n, d], got {tuple(data.shape)}.")
    if score not in SCORES:
        raise DataError(f"Unknown score {score!r}; use one of {', '.join(SCORES)}.")
    d = data.shape[1]
    eye = torch.eye(d, dtype=torch.bool, device=data.device)
    allowed = ~eye if allowed is None else allowed.to(data.device, torch.bool) & ~eye
    required = torch.zeros_like(eye) if required is None else required.to(data.device, torch.bool)
    if tuple(allowed.shape) != (d, d) or tuple(required.shape) != (d, d):
        raise DataError(f"The allowed and required masks must have shape ({d}, {d}), one entry per edge.")
    if bool((required & ~allowed).any()):
        raise DataError("A required edge is not allowed (forbidden, a self-loop or against the tiers).")
    return allowed, required


# ------------------------------------------------------------------------------ linear
def _least_squares(covariance: Tensor, weights: Tensor) -> tuple[Tensor, Tensor]:
    """NOTEARS' ``½n⁻¹‖X − XW‖²`` and its gradient, from ``S = XᵀX / n`` (cost independent of n)."""
    residual_map = torch.eye(weights.shape[0], dtype=weights.dtype, device=weights.device) - weights
    product = covariance @ residual_map  # (d, d)
    return 0.5 * (residual_map * product).sum(), -product


def _nv_likelihood(covariance: Tensor, weights: Tensor) -> tuple[Tensor, Tensor]:
    """GOLEM-NV's ``½ Σ_j log(RSS_j / n) − log|det(I − W)|`` and its gradient."""
    residual_map = torch.eye(weights.shape[0], dtype=weights.dtype, device=weights.device) - weights
    product = covariance @ residual_map  # (d, d)
    residual_variance = (residual_map * product).sum(dim=0)  # (d,): RSS_j / n
    value = 0.5 * torch.log(residual_variance).sum() - torch.linalg.slogdet(residual_map).logabsdet
    grad = -product / residual_variance + torch.linalg.inv(residual_map).T
    return value, grad


def _fit_linear(covariance: Tensor, loss: Callable[[Tensor, Tensor], tuple[Tensor, Tensor]], lambda1: float,
                allowed: Tensor, penalised: Tensor, start: Tensor, max_iter: int, h_tol: float,
                rho_max: float, inner_steps: int) -> Tensor:
    d = covariance.shape[0]
    mask = allowed.to(covariance.dtype)
    # The optimiser works on V[i, j] = W[i, j]·s_i (s_i the std of variable i): the same problem with the
    # same minimiser, but the least-squares Hessian becomes the correlation matrix instead of S, which is
    # what makes quasi-Newton steps fast on raw data whose variances span orders of magnitude.
    spread = covariance.diagonal().sqrt().unsqueeze(1)  # (d, 1)

    def score(x: Tensor) -> tuple[Tensor, Tensor]:
        value, grad = loss(covariance, x.view(d, d) / spread)
        return value, (grad * mask / spread).reshape(-1)  # forbidden entries never move from zero

    def constraint(x: Tensor) -> tuple[Tensor, Tensor]:
        h, grad = acyclicity(x.view(d, d) / spread)
        return h, (grad * mask / spread).reshape(-1)

    penalty = (lambda1 * penalised.to(covariance.dtype) * mask / spread).reshape(-1)
    solution = _augmented_lagrangian((start * mask * spread).reshape(-1), score, penalty, constraint,
                                     max_iter, h_tol, rho_max, inner_steps)
    return solution.view(d, d) * mask / spread


def notears_linear(data: Tensor, lambda1: float = 0.1, score: str = "l2", allowed: Tensor | None = None,
                   required: Tensor | None = None, max_iter: int = 100, h_tol: float = 1e-8,
                   rho_max: float = 1e16, inner_steps: int = 500) -> Tensor:
    """Linear NOTEARS → unthresholded weights ``W [d, d]`` (``W[i, j]``: effect of i on j, data units).

    Args:
        data: ``[n, d]`` observations (float64 recommended), on any device.
        lambda1: L1 penalty per unit weight (for ``"nv"``: per unit standardised weight).
        score: ``"l2"`` (NOTEARS) or ``"nv"`` (scale-invariant likelihood); see the module docstring.
        allowed, required: boolean ``[d, d]`` masks from `BackgroundKnowledge.masks`. Entries outside
            ``allowed`` are exactly zero; ``required`` entries carry no L1 penalty.
        max_iter, h_tol, rho_max: augmented-Lagrangian limits (NOTEARS' defaults).
        inner_steps: quasi-Newton iterations per inner problem.

    Threshold the result with `threshold_to_dag`.
    """
    allowed, required = _check(data, allowed, required, score)
    penalised = ~required
    d = data.shape[1]
    zeros = torch.zeros(d, d, dtype=data.dtype, device=data.device)
    with torch.no_grad():
        if score == "l2":
            centred = data - data.mean(dim=0, keepdim=True)
            covariance = centred.T @ centred / data.shape[0]  # (d, d)
            return _fit_linear(covariance, _least_squares, lambda1, allowed, penalised, zeros,
                               max_iter, h_tol, rho_max, inner_steps)
        standardised, scale = _standardise(data)
        correlation = torch.round(standardised.T @ standardised / data.shape[0], decimals=10)  # (d, d)
        start = _fit_linear(correlation, _least_squares, lambda1, allowed, penalised, zeros,
                            max_iter, h_tol, rho_max, inner_steps)
        fitted = _fit_linear(correlation, _nv_likelihood, lambda1, allowed, penalised, start,
                             max_iter, h_tol, rho_max, inner_steps)
    # x_j/s_j = Σ_i w_ij x_i/s_i + …  ⇒  the weight in data units is w_ij · s_j / s_i.
    return fitted * scale.unsqueeze(0) / scale.unsqueeze(1)


# ------------------------------------------------------------------------------ nonlinear
class NotearsMLP(nn.Module):
    """One sigmoid MLP per variable, ``x̂_j = f_j(x)``, whose first layer decides the graph.

    ``first [d·hidden, d]`` holds, for every output variable j, the weights from every input i to
    its hidden units; the edge i → j exists when those weights are not all zero, and its strength
    is their L2 norm. Inputs outside ``allowed[:, j]`` are held at exactly zero.
    """

    def __init__(self, d: int, hidden: int, allowed: Tensor):
        super().__init__()
        self.d, self.hidden = d, hidden
        # mask[j·hidden + m, i] = allowed[i, j]
        self.register_buffer("mask", allowed.cpu().T.repeat_interleave(hidden, dim=0).float())
        bound = 1.0 / math.sqrt(d)
        self.first = nn.Parameter(torch.empty(d * hidden, d).uniform_(-bound, bound) * self.mask)
        self.first_bias = nn.Parameter(torch.empty(d * hidden).uniform_(-bound, bound))
        bound = 1.0 / math.sqrt(hidden)
        self.second = nn.Parameter(torch.empty(d, hidden).uniform_(-bound, bound))
        self.second_bias = nn.Parameter(torch.empty(d).uniform_(-bound, bound))

    def forward(self, x: Tensor) -> Tensor:
        hidden = torch.sigmoid(x @ (self.first * self.mask).T + self.first_bias)  # (n, d) -> (n, d·hidden)
        hidden = hidden.view(x.shape[0], self.d, self.hidden)  # (n, d, hidden)
        return (hidden * self.second).sum(dim=-1) + self.second_bias  # (n, d)

    def edge_weights(self) -> Tensor:
        """``W[i, j] = ‖first[j, :, i]‖₂`` → ``[d, d]`` (the graph NOTEARS-MLP constrains)."""
        squared = (self.first * self.mask).pow(2).view(self.d, self.hidden, self.d).sum(dim=1).T
        return squared.sqrt()


def notears_mlp(data: Tensor, hidden: int = 10, lambda1: float = 0.01, lambda2: float = 0.01, score: str = "l2",
                allowed: Tensor | None = None, required: Tensor | None = None, max_iter: int = 100,
                h_tol: float = 1e-8, rho_max: float = 1e16, inner_steps: int = 200) -> tuple[Tensor, NotearsMLP]:
    """Nonlinear NOTEARS (NOTEARS-MLP) with one sigmoid MLP per variable.

    Returns ``(weights [d, d], model)``: ``weights[i, j] ≥ 0`` is the L2 norm of the first-layer weights
    from input i into j's network (threshold it with `threshold_to_dag`), and ``model`` predicts each
    variable from the centred data (standardised for ``"nv"``).

    Args mirror `notears_linear`; ``lambda2`` is an L2 penalty on the network weights. Initial weights
    come from torch's global generator: seed it for reproducible results. With ``"nv"`` the data are
    standardised inside and the score is ``½ Σ_j log(MSE_j)`` (the Gaussian non-equal-variance
    likelihood), so rescaling a column does not change the graph.
    """
    allowed, required = _check(data, allowed, required, score)
    d = data.shape[1]
    inputs = _standardise(data)[0] if score == "nv" else data - data.mean(dim=0, keepdim=True)
    model = NotearsMLP(d, hidden, allowed).to(device=data.device, dtype=data.dtype)
    parameters = [model.first, model.first_bias, model.second, model.second_bias]
    sizes = [p.numel() for p in parameters]
    penalty = torch.cat([
        (lambda1 * (~required).T.repeat_interleave(hidden, dim=0).to(data.dtype) * model.mask).reshape(-1),
        torch.zeros(sum(sizes[1:]), dtype=data.dtype, device=data.device),
    ])

    def load(x: Tensor) -> list[Tensor]:
        with torch.no_grad():
            for parameter, chunk in zip(parameters, x.split(sizes)):
                parameter.copy_(chunk.view_as(parameter))
                parameter.grad = None
        return parameters

    def score_and_grad(x: Tensor) -> tuple[Tensor, Tensor]:
        load(x)
        with torch.enable_grad():
            squared_error = (inputs - model(inputs)).pow(2).mean(dim=0)  # (d,)
            fit = 0.5 * squared_error.log().sum() if score == "nv" else 0.5 * squared_error.sum()
            value = fit + 0.5 * lambda2 * (model.first.pow(2).sum() + model.second.pow(2).sum())
            grads = torch.autograd.grad(value, parameters)
        return value.detach(), torch.cat([g.reshape(-1) for g in grads]) * torch.cat(
            [model.mask.reshape(-1), torch.ones(sum(sizes[1:]), dtype=data.dtype, device=data.device)])

    def constraint(x: Tensor) -> tuple[Tensor, Tensor]:
        first = x[: sizes[0]].view(d, hidden, d)  # (j, m, i)
        squared = first.pow(2).sum(dim=1).T  # (i, j)
        exponential = torch.linalg.matrix_exp(squared)
        # ∂h/∂first[j, m, i] = exp(A)ᵀ[i, j] · 2·first[j, m, i]
        grad_first = 2.0 * exponential.unsqueeze(1) * first  # exp(A)ᵀ[i, j] = exp(A)[j, i] → (j, 1, i)
        return exponential.diagonal().sum() - d, torch.cat(
            [grad_first.reshape(-1), torch.zeros(sum(sizes[1:]), dtype=data.dtype, device=data.device)])

    start = torch.cat([p.detach().reshape(-1) for p in parameters])
    with torch.no_grad():
        solution = _augmented_lagrangian(start, score_and_grad, penalty, constraint,
                                         max_iter, h_tol, rho_max, inner_steps)
        load(solution)
        return model.edge_weights(), model
