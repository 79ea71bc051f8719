"""`NoveltySearch`: evolve interventions whose outputs behave unlike anything seen so far (Lehman & Stanley).

An individual is a set of interventions on a dreamer's variables: for each variable, whether it is intervened
on and at which value (in the variable's range; strength 1). Its behaviour is ``behavior_fn(outputs)`` for the
outputs ``dreamer.imagine(interventions, num_samples=samples_per_eval, random_seed=seed)`` — one seed for every
individual, so behaviours differ only through the interventions. Its novelty is the mean distance to its ``k``
nearest neighbours in behaviour space over the population and the archive (`knn_novelty`), finite from the
first generation on.

Each generation, ``population_size`` children are made from parents picked by novelty (binary tournaments):
Gaussian steps on the values (``mutation_scale`` × the range) and each variable switched on or off with
probability ``1 / d``. Parents and children are ranked by novelty and the best ``population_size`` survive
((μ + λ)). The archive is a pyribs `ProximityArchive` (``pip install 'causaltorch[creative]'``): a behaviour joins
it when its novelty against the archive reaches ``novelty_threshold`` (default: the median novelty of generation
0). ``strategy="random"`` draws every generation at random instead (the baseline at the same budget).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np
import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch.creative.intervention import CausalIntervention
from causaltorch.creative.metrics import knn_novelty
from causaltorch.errors import CausalTorchError, DataError, require

__all__ = ["BehaviorError", "NoveltySearch"]

log = logging.getLogger(__name__)

MAX_POPULATION = 4096  # novelty compares every pair of parents and children: 8192² distances at most
UNBOUNDED_RANGE = (-2.0, 2.0)  # values searched for a variable whose mechanism is unbounded (linear, MLP)


class BehaviorError(CausalTorchError, ValueError):
    """A behaviour function returned something that is not a finite vector of the same width every time."""


class NoveltySearch:
    """Novelty search over interventions on a `CounterfactualDreamer`.

    Args:
        base_model: a `CounterfactualDreamer` (anything with ``variables``, ``scm`` and ``imagine``).
        behavior_fn: ``outputs -> [b]`` or ``[num_samples, b]`` (averaged over samples): what an output does.
        population_size, num_generations: the budget is ``population_size × num_generations`` evaluations.
        archive: a pyribs archive to add behaviours to (``add(solution, objective, measures)``); ``None`` builds a
            `ProximityArchive` over the genome (2 numbers per variable) and the behaviour.
        k: neighbours in the novelty; ``novelty_threshold``: see the module docstring.
        samples_per_eval: outputs per evaluation; ``random_seed``: seeds the search and every evaluation's noise.
        variables: which variables may be intervened on (default: all).
        objective_fn: ``(outputs, interventions) -> float`` recorded per evaluation (e.g. causal coherence) and
            given to the archive as the objective; default 0.
        strategy: ``"novelty"``, ``"random"`` or ``"map_elites"`` (MAP-Elites: parents drawn uniformly from the
            elites of ``archive``, which must then be a pyribs grid-like archive, e.g.
            ``GridArchive(solution_dim=2 * d, dims=[10, 10], ranges=[(0, 1), (0, 1)])``, with ``objective_fn``
            as the quality each cell keeps the best of).
    """

    def __init__(self, base_model: Any, behavior_fn: Callable[[Any], Any], population_size: int = 50,
                 num_generations: int = 100, archive: Any = None, *, k: int = 15, mutation_scale: float = 0.15,
                 samples_per_eval: int = 4, random_seed: int = 0, novelty_threshold: float | None = None,
                 variables: list[str] | None = None, objective_fn: Callable[[Any, list[CausalIntervention]], float]
                 | None = None, strategy: str = "novelty"):
        if not callable(behavior_fn):
            raise BehaviorError(f"behavior_fn must be callable (outputs -> behaviour vector), got {behavior_fn!r}.")
        if not (hasattr(base_model, "imagine") and hasattr(base_model, "scm")):
            raise DataError("NoveltySearch needs a CounterfactualDreamer as base_model (imagine() over an SCM latent).")
        self.population_size = _validate.integer(
            "population_size", population_size, 2, MAX_POPULATION,
            what=f"an integer in [2, {MAX_POPULATION}] (selection compares two; novelty compares every pair)")
        self.num_generations = _validate.positive_int("num_generations", num_generations)
        self.k = _validate.positive_int("k", k)
        self.mutation_scale = _validate.positive("mutation_scale", mutation_scale)
        self.samples_per_eval = _validate.positive_int("samples_per_eval", samples_per_eval)
        self.random_seed = _validate.integer("random_seed", random_seed, 0, 2**32 - 1)
        self.novelty_threshold = _validate.optional(_validate.positive, "novelty_threshold", novelty_threshold,
                                                    what="a positive number or None")
        if strategy not in ("novelty", "random", "map_elites"):
            raise DataError(f"strategy must be 'novelty', 'random' or 'map_elites', got {strategy!r}.")
        if strategy == "map_elites" and not callable(getattr(archive, "sample_elites", None)):
            raise DataError("strategy='map_elites' needs archive=a pyribs GridArchive (or CVTArchive) over the "
                            "behaviour space, with solution_dim = 2 × the number of variables.")
        scm = base_model.scm
        names = list(scm.variables) if variables is None else list(variables)
        for name in names:
            scm.ruleset.check_variable(name, "NoveltySearch(variables)")
        if not names:
            raise DataError("NoveltySearch needs at least one variable to intervene on.")
        self.base_model, self.behavior_fn, self.archive = base_model, behavior_fn, archive
        self.objective_fn, self.strategy, self.variables = objective_fn, strategy, names
        ranges = [scm.mechanisms[name].value_range or UNBOUNDED_RANGE for name in names]
        self._low = np.array([r[0] for r in ranges], dtype=np.float64)
        self._high = np.array([r[1] for r in ranges], dtype=np.float64)
        self._rng = np.random.default_rng(self.random_seed)
        self._width: int | None = None
        self.genomes: list[np.ndarray] = []        # every evaluated genome: [values (d), active (d)]
        self.behaviors: list[np.ndarray] = []      # its behaviour [b]
        self.objectives: list[float] = []
        self.novelty_history: list[Tensor] = []    # per generation: the survivors' novelty [population_size]

    # ------------------------------------------------------------------ genomes
    def interventions(self, genome: np.ndarray) -> list[CausalIntervention]:
        """The interventions a genome stands for (`CounterfactualDreamer.imagine` takes them)."""
        d = len(self.variables)
        return [CausalIntervention(name, float(genome[j]))
                for j, name in enumerate(self.variables) if genome[d + j] > 0.5]

    def _random_genomes(self, n: int) -> np.ndarray:
        d = len(self.variables)
        values = self._rng.uniform(self._low, self._high, size=(n, d))
        active = (self._rng.random((n, d)) < 0.5).astype(np.float64)
        return np.concatenate([values, active], axis=1)

    def _mutate(self, parents: np.ndarray) -> np.ndarray:
        d = len(self.variables)
        children = parents.copy()
        step = self._rng.normal(0.0, self.mutation_scale, size=(len(parents), d)) * (self._high - self._low)
        children[:, :d] = np.clip(children[:, :d] + step, self._low, self._high)
        flips = self._rng.random((len(parents), d)) < 1.0 / d
        children[:, d:] = np.where(flips, 1.0 - children[:, d:], children[:, d:])
        return children

    # ------------------------------------------------------------------ evaluation
    def _behaviour(self, outputs: Any) -> np.ndarray:
        raw = self.behavior_fn(outputs)
        try:
            value = torch.as_tensor(raw, dtype=torch.float64).detach().cpu()
        except (TypeError, ValueError, RuntimeError):
            raise BehaviorError(f"behavior_fn must return a vector [b] or [num_samples, b] of numbers, got "
                                f"{type(raw).__name__}.") from None
        if value.dim() == 2 and value.shape[0] == self.samples_per_eval:
            value = value.mean(0)
        if value.dim() != 1 or value.numel() == 0:
            raise BehaviorError(f"behavior_fn must return a vector [b] or [{self.samples_per_eval}, b] (one row per "
                                f"sample), got shape {tuple(value.shape)}.")
        if not bool(torch.isfinite(value).all()):
            raise BehaviorError("behavior_fn returned NaN or inf; a behaviour must be finite numbers.")
        if self._width is not None and value.numel() != self._width:
            raise BehaviorError(f"behavior_fn returned {value.numel()} numbers where it returned {self._width} "
                                "before; a behaviour has the same width every time.")
        self._width = value.numel()
        return value.numpy()

    def _evaluate(self, genomes: np.ndarray) -> np.ndarray:
        behaviours = []
        for genome in genomes:
            interventions = self.interventions(genome)
            outputs = self.base_model.imagine(interventions, num_samples=self.samples_per_eval,
                                              random_seed=self.random_seed)
            behaviour = self._behaviour(outputs)
            objective = float(self.objective_fn(outputs, interventions)) if self.objective_fn else 0.0
            self.genomes.append(genome)
            self.behaviors.append(behaviour)
            self.objectives.append(objective)
            behaviours.append(behaviour)
        return np.stack(behaviours)

    def _archived(self) -> Tensor | None:
        if self.archive is None or len(self.archive) == 0:
            return None
        return torch.as_tensor(np.asarray(self.archive.data("measures")), dtype=torch.float64)

    def _archive_add(self, genomes: np.ndarray, behaviours: np.ndarray, start: int) -> None:
        objectives = np.asarray(self.objectives[start:start + len(genomes)], dtype=np.float64)
        self.archive.add(genomes, objectives, behaviours)

    # ------------------------------------------------------------------ the search
    def run_search(self) -> tuple[list[CausalIntervention], Tensor]:
        """Run every generation → ``(best_params, novelty_scores)``.

        ``best_params``: the interventions of the most novel behaviour found (novelty against everything
        evaluated), ready for ``dreamer.imagine(best_params)``. ``novelty_scores``: ``[num_generations]``, the
        surviving population's mean novelty in each generation. Raises `BehaviorError` as soon as
        ``behavior_fn`` returns a bad value.
        """
        ribs = require("ribs.archives", "creative", "the novelty search archive")
        population = self._random_genomes(self.population_size)
        start = len(self.objectives)
        behaviours = self._evaluate(population)
        novelty = knn_novelty(torch.as_tensor(behaviours), self._archived(), self.k)
        if self.archive is None:
            threshold = self.novelty_threshold or max(float(novelty.median()), 1e-9)
            self.archive = ribs.ProximityArchive(solution_dim=2 * len(self.variables), measure_dim=behaviours.shape[1],
                                                 k_neighbors=self.k, novelty_threshold=threshold,
                                                 seed=self.random_seed)
        self._archive_add(population, behaviours, start)
        self.novelty_history = [novelty]
        for generation in range(1, self.num_generations):
            start = len(self.objectives)
            if self.strategy in ("random", "map_elites"):
                if self.strategy == "random":
                    population = self._random_genomes(self.population_size)
                else:  # MAP-Elites: children of elites drawn uniformly from the grid
                    population = self._mutate(np.asarray(self.archive.sample_elites(self.population_size)["solution"]))
                behaviours = self._evaluate(population)
                novelty = knn_novelty(torch.as_tensor(behaviours), self._archived(), self.k)
                self._archive_add(population, behaviours, start)
            else:
                children = self._mutate(population[self._tournament(novelty)])
                child_behaviours = self._evaluate(children)
                union = np.concatenate([population, children])
                union_behaviours = np.concatenate([behaviours, child_behaviours])
                union_novelty = knn_novelty(torch.as_tensor(union_behaviours), self._archived(), self.k)
                keep = union_novelty.argsort(descending=True)[: self.population_size].numpy()
                population, behaviours, novelty = union[keep], union_behaviours[keep], union_novelty[keep]
                self._archive_add(children, child_behaviours, start)
            self.novelty_history.append(novelty)
            log.info("generation %d: mean novelty %.4f, archive %d", generation, float(novelty.mean()),
                     len(self.archive))
        return self.best_params(), torch.stack([n.mean() for n in self.novelty_history])

    def _tournament(self, novelty: Tensor) -> np.ndarray:
        a = self._rng.integers(0, len(novelty), self.population_size)
        b = self._rng.integers(0, len(novelty), self.population_size)
        scores = novelty.numpy()
        return np.where(scores[a] >= scores[b], a, b)

    def best_params(self) -> list[CausalIntervention]:
        """The interventions whose behaviour is most novel against every behaviour evaluated so far."""
        if not self.behaviors:
            raise DataError("Nothing evaluated yet; call run_search() first.")
        novelty = knn_novelty(torch.as_tensor(np.stack(self.behaviors)), None, self.k)
        return self.interventions(self.genomes[int(novelty.argmax())])
