"""Data → graph → fitted model: `discover` (NOTEARS with background knowledge, thresholding and
bootstrap confidence) and `scm_from_data` (behind `StructuralCausalModel.from_data`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch._checkpoint import check_memory
from causaltorch.discovery.data import as_data_matrix
from causaltorch.discovery.knowledge import BackgroundKnowledge, Edge
from causaltorch.discovery.notears import SCORES, notears_linear, notears_mlp, threshold_to_dag
from causaltorch.errors import DataError, RuleValidationError
from causaltorch.rules import CausalRule, CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel

__all__ = ["MAX_BOOTSTRAP", "METHODS", "discover", "bootstrap_edges", "scm_from_data", "fit_graph"]

MAX_BOOTSTRAP = 10_000  # resamples; each is a whole NOTEARS fit

log = logging.getLogger(__name__)

METHODS = ("notears", "notears-mlp")
_DEFAULT_LAMBDA1 = {"notears": 0.1, "notears-mlp": 0.01}

Progress = Callable[[int, int], None]


def _spread(matrix: Tensor) -> Tensor:
    return (matrix - matrix.mean(dim=0)).pow(2).mean(dim=0).sqrt()


def _least_squares_weights(matrix: Tensor, edges: Tensor) -> Tensor:
    """Ordinary least squares (with intercept) of each variable on its parents in ``edges`` → ``[d, d]``."""
    n, d = matrix.shape
    weights = torch.zeros(d, d, dtype=matrix.dtype, device=matrix.device)
    centred = matrix - matrix.mean(dim=0)
    for j in range(d):
        parents = edges[:, j].nonzero().flatten()
        if parents.numel():
            solution = torch.linalg.lstsq(centred[:, parents], centred[:, j:j + 1]).solution
            weights[parents, j] = solution.flatten()
    return weights


def _mean_partial_derivatives(model: torch.nn.Module, inputs: Tensor) -> Tensor:
    """``D[i, j]`` = mean over rows of ``∂f_j/∂x_i`` for ``model: [n, d] → [n, d]``."""
    d = inputs.shape[1]
    with torch.enable_grad():
        x = inputs.detach().clone().requires_grad_(True)
        output = model(x)
        rows = [torch.autograd.grad(output[:, j].sum(), x, retain_graph=j < d - 1)[0].mean(dim=0) for j in range(d)]
    return torch.stack(rows, dim=1).detach()  # (i, j)


def fit_graph(matrix: Tensor, method: str = "notears", score: str = "l2", lambda1: float | None = None,
              threshold: float = 0.3, allowed: Tensor | None = None, required: Tensor | None = None,
              hidden: int = 10, seed: int = 0, max_iter: int = 100) -> tuple[Tensor, Tensor]:
    """One discovery run on a validated ``matrix [n, d]`` → ``(edges [d, d] bool DAG, weights [d, d])``.

    ``weights[i, j]`` is in data units: the least-squares coefficient of i in j's regression on its
    discovered parents (``notears``), or the mean partial derivative ``∂E[x_j | pa]/∂x_i`` of the
    fitted network (``notears-mlp``). With ``score="nv"`` the threshold applies to standardised
    weights, so the graph does not depend on the columns' units.
    """
    lambda1 = _DEFAULT_LAMBDA1[method] if lambda1 is None else lambda1
    spread = _spread(matrix)
    to_standard = spread.unsqueeze(1) / spread.unsqueeze(0)  # w_ij · s_i / s_j
    if method == "notears":
        raw = notears_linear(matrix, lambda1=lambda1, score=score, allowed=allowed, required=required,
                             max_iter=max_iter)
        edges = threshold_to_dag(raw * to_standard if score == "nv" else raw, threshold, required)
        return edges, _least_squares_weights(matrix, edges)
    with torch.random.fork_rng(devices=[matrix.device] if matrix.device.type == "cuda" else []):
        torch.manual_seed(seed)
        strength, model = notears_mlp(matrix, hidden=hidden, lambda1=lambda1, score=score, allowed=allowed,
                                      required=required, max_iter=max_iter)
    edges = threshold_to_dag(strength, threshold, required)
    if score == "nv":
        derivatives = _mean_partial_derivatives(model, (matrix - matrix.mean(dim=0)) / spread) / to_standard
    else:
        derivatives = _mean_partial_derivatives(model, matrix - matrix.mean(dim=0))
    return edges, derivatives * edges


def bootstrap_edges(matrix: Tensor, rounds: int, seed: int = 0, progress: Progress | None = None,
                    **options: Any) -> Tensor:
    """Edge frequencies over ``rounds`` bootstrap resamples of the rows → ``[d, d]`` in [0, 1].

    Each resample draws n rows with replacement from a generator seeded with ``seed``, so the same
    seed gives the same frequencies. ``options`` go to `fit_graph`; ``progress(done, total)`` is
    called after each round.
    """
    _validate.positive_int("bootstrap", rounds, what="a positive number of resamples")
    generator = torch.Generator().manual_seed(seed)
    n, d = matrix.shape
    counts = torch.zeros(d, d, dtype=matrix.dtype, device=matrix.device)
    for done in range(1, rounds + 1):
        for _ in range(100):  # a column whose rare values all miss the resample is constant: draw again
            resample = matrix[torch.randint(n, (n,), generator=generator).to(matrix.device)]
            if bool((_spread(resample) > 0).all()):
                break
        else:
            raise DataError("Bootstrap resamples keep making a column constant (too few distinct values); "
                            "drop near-constant columns or bootstrap less.")
        edges, _ = fit_graph(resample, seed=seed + done, **options)
        counts += edges.to(counts.dtype)
        if progress is not None:
            progress(done, rounds)
    return counts / rounds


def _check_options(method: str, score: str, threshold: float, bootstrap: int, min_confidence: float,
                   lambda1: float | None = None, seed: int = 0, hidden: int = 10, max_iter: int = 100) -> None:
    if method not in METHODS:
        raise RuleValidationError(f"Unknown discovery method {method!r}; use one of {', '.join(METHODS)}.")
    if score not in SCORES:
        raise RuleValidationError(
            f"Unknown score {score!r}; use 'l2' (NOTEARS least squares) or 'nv' (scale-invariant likelihood)."
        )
    _validate.nonnegative("threshold", threshold, what="a number >= 0", error=RuleValidationError)
    _validate.integer("bootstrap", bootstrap, 0, MAX_BOOTSTRAP, error=RuleValidationError,
                      what=f"a whole number of resamples from 0 to {MAX_BOOTSTRAP} (at {MAX_BOOTSTRAP} an edge's "
                      "confidence has a standard error under 0.005; more cannot change it, only take longer)")
    _validate.fraction("min_confidence", min_confidence, error=RuleValidationError)
    if min_confidence > 0 and not bootstrap:
        raise RuleValidationError("min_confidence needs bootstrap resamples (bootstrap >= 1) to measure confidence.")
    _validate.optional(_validate.nonnegative, "lambda1", lambda1, error=RuleValidationError,
                       what="a number >= 0 (the L1 penalty; a negative one rewards dense graphs) or None")
    _validate.integer("seed", seed, -(2**63), 2**63 - 1 - bootstrap, error=RuleValidationError)
    _validate.positive_int("hidden", hidden, error=RuleValidationError)
    _validate.positive_int("max_iter", max_iter, error=RuleValidationError)


def _device(device: torch.device | str | None) -> torch.device | None:
    if device is None:
        return None
    try:
        return torch.device(device)
    except (RuntimeError, ValueError, TypeError):
        raise DataError(f"device {device!r} is not a torch device; use e.g. 'cpu' or 'cuda'.") from None


def _check_fits(matrix: Tensor, method: str, hidden: int, bootstrap: int) -> None:
    """Refuse, before fitting, a problem too large for the memory left.

    Linear NOTEARS holds a few copies of the data ``[n, d]`` (centred, resampled) and about 40 ``[d, d]``
    matrices (the weights, gradients, the matrix exponential's work and ten quasi-Newton pairs); NOTEARS-MLP
    also every variable's hidden layer ``[n, d·hidden]`` with its gradients, and its quasi-Newton pairs are
    ``d·hidden·d`` long.
    """
    n, d = matrix.shape
    data_copies = 4 + (1 if bootstrap else 0) + (6 * hidden if method == "notears-mlp" else 0)
    square_copies = 40 + (30 * hidden if method == "notears-mlp" else 0)
    needed = (n * d * data_copies + d * d * square_copies) * matrix.element_size()
    check_memory(needed, f"{method} on {n} rows x {d} columns",
                 "use fewer rows (a random sample of them finds the same graph) or fewer columns", device=matrix.device)


def discover(data: Any, method: str = "notears", score: str = "l2", *, names: Sequence[str] | None = None,
             required: Iterable[Edge | str] = (), forbidden: Iterable[Edge | str] = (),
             tiers: Sequence[Sequence[str]] = (), threshold: float = 0.3, lambda1: float | None = None,
             bootstrap: int = 0, min_confidence: float = 0.0, seed: int = 0, hidden: int = 10,
             max_iter: int = 100, device: torch.device | str | None = None,
             progress: Progress | None = None) -> CausalRuleSet:
    """Learn a causal graph from data → a `CausalRuleSet`.

    Args:
        data: ``[n, d]`` tensor or array, or a pandas DataFrame (column names become the variables).
        method: ``"notears"`` (linear) or ``"notears-mlp"`` (nonlinear).
        score: ``"l2"`` (NOTEARS' least squares; depends on the columns' scales) or ``"nv"``
            (non-equal-variance likelihood on standardised data: the same graph whatever the units).
        names: variable names for a tensor or array (default ``x0 … x{d-1}``).
        required, forbidden: edges as ``("a", "b")`` or ``"a->b"``; tiers: ordered groups of names,
            a later tier never causing an earlier one. All enforced exactly.
        threshold: edges with ``|weight|`` at or below it are dropped (standardised weights for ``"nv"``).
        lambda1: L1 penalty (default 0.1 linear, 0.01 MLP).
        bootstrap: number of resamples for edge confidence (0: none); min_confidence drops non-required
            edges found in fewer resamples than this share.
        seed: seeds the bootstrap resampling and the MLP's initial weights.
        device: where to compute (``"cuda"`` works unchanged); data are used in float64.
        progress: ``progress(done, total)`` after each bootstrap resample.

    Returns a rule set over all columns (in column order). Each rule's ``strength`` is its fitted weight
    in data units, clipped to [-1, 1] and rounded to 3 decimals; ``metadata`` holds the unclipped
    ``weight``, ``confidence`` (the bootstrap frequency, with ``bootstrap``) and ``required: true`` for
    required edges. Rules carry ``mechanism`` ``"linear"`` or ``"mlp"``: ``StructuralCausalModel(rules)``
    uses it for every variable with parents (roots name none; pass ``mechanisms="linear"`` to match).
    """
    _check_options(method, score, threshold, bootstrap, min_confidence, lambda1, seed, hidden, max_iter)
    matrix, columns = as_data_matrix(data, names, device=_device(device))
    _check_fits(matrix, method, hidden, bootstrap)
    knowledge = BackgroundKnowledge(list(required), list(forbidden), [list(t) for t in tiers])
    allowed, required_mask = knowledge.masks(columns, device=matrix.device)
    options = dict(method=method, score=score, lambda1=lambda1, threshold=threshold, allowed=allowed,
                   required=required_mask, hidden=hidden, max_iter=max_iter)
    log.info("discover: %s (%s score) on %d rows x %d columns", method, score, *matrix.shape)
    edges, weights = fit_graph(matrix, seed=seed, **options)
    confidence = bootstrap_edges(matrix, bootstrap, seed=seed, progress=progress, **options) if bootstrap else None
    if confidence is not None and min_confidence > 0:
        edges = edges & ((confidence >= min_confidence) | required_mask)
    return _to_ruleset(columns, edges, weights, confidence, required_mask, method, score)


def _to_ruleset(columns: list[str], edges: Tensor, weights: Tensor, confidence: Tensor | None,
                required: Tensor, method: str, score: str) -> CausalRuleSet:
    ruleset = CausalRuleSet(name=f"discovered by {method} ({score} score)")
    mechanism = "linear" if method == "notears" else "mlp"
    for name in columns:
        ruleset.add_variable(name, mechanism=mechanism)
    edges, weights, required = edges.cpu(), weights.cpu(), required.cpu()
    rules, clipped = [], []
    for j in range(len(columns)):  # grouped by effect, causes in column order: a stable parent order
        for i in edges[:, j].nonzero().flatten().tolist():
            weight = float(weights[i, j])
            metadata: dict[str, Any] = {"weight": round(weight, 6)}
            if confidence is not None:
                metadata["confidence"] = round(float(confidence[i, j]), 6)
            if bool(required[i, j]):
                metadata["required"] = True
            if abs(weight) > 1.0:
                clipped.append(f"{columns[i]}->{columns[j]}")
            rules.append(CausalRule(columns[i], columns[j], round(max(-1.0, min(1.0, weight)), 3),
                                    mechanism=mechanism, metadata=metadata))
    ruleset.add_rules(rules)  # acyclic by construction (threshold_to_dag); checked once
    if clipped:
        log.info("discover: strengths of %s clipped to [-1, 1]; metadata['weight'] keeps the fitted value",
                 ", ".join(clipped))
    return ruleset


def scm_from_data(data: Any, ruleset: CausalRuleSet | Any | None = None, mechanism: str = "linear",
                  epochs: int = 300, lr: float = 0.01, **discover_options: Any) -> StructuralCausalModel:
    """Discover the graph (unless ``ruleset`` is given), fit the mechanisms, return the model.

    `StructuralCausalModel.from_data` is this function (see its arguments); it lives here because learning a
    graph is discovery's job, a layer above the model.
    """
    if mechanism not in ("linear", "mlp"):
        raise RuleValidationError(f"from_data fits 'linear' or 'mlp' mechanisms, got {mechanism!r}.")
    if ruleset is None:
        method = discover_options.pop("method", "notears" if mechanism == "linear" else "notears-mlp")
        ruleset = discover(data, method=method, **discover_options)
    elif discover_options:
        raise RuleValidationError(
            f"Discovery options {sorted(discover_options)} were given with a ruleset; they apply only when "
            "from_data discovers the graph (ruleset=None)."
        )
    else:
        ruleset = as_ruleset(ruleset)
        if getattr(data, "columns", None) is None and not isinstance(data, dict):
            as_data_matrix(data, ruleset.variables)
        else:
            as_data_matrix(data)
    model = StructuralCausalModel(ruleset, mechanisms=mechanism)
    return model.fit(data, epochs=epochs, lr=lr)
