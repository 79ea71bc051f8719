"""Evolutionary causal training: a population-based optimiser of a generator's latent policy (the spec's
"Novel Training Paradigm": rewards for adhering to causal rules, for a user's goal, and for novelty).

A `LatentPolicy` says how a `CounterfactualDreamer` draws: for every variable a soft intervention
(``value``, ``strength`` — strength 0 is no intervention) and a shift of the free latent dimensions. The
all-zero-strength, zero-shift policy is the starting generator itself. `EvolutionaryCausalTrainer` scores a
policy on ``samples_per_eval`` outputs (one noise seed, ``random_seed``, for every policy in every generation,
so policies are compared on the same draws):

    reward = w_adherence · adherence + w_goal · goal + w_novelty · novelty

- adherence: `CreativeMetrics.causal_coherence` of the factor values ``read_fn(outputs)`` reads off the outputs
  (e.g. a `FactorRegressor`), under the dreamer's rules (`factor_consistency`): do the pictures obey the rules?
- goal: ``goal_fn(outputs) -> float`` (higher is better), the user's.
- novelty: `knn_novelty` of the policy's behaviour (mean of ``behavior_fn(outputs)``, default the read factors)
  against the rest of the population and an archive of every earlier generation's best behaviour.

Each generation keeps the best ``elite_fraction`` (truncation selection) and refills the population with
Gaussian mutations of them; the best policy so far is always kept (elitism).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch.creative.intervention import CausalIntervention
from causaltorch.creative.metrics import CreativeMetrics, factor_consistency, knn_novelty
from causaltorch.creative.novelty import MAX_POPULATION, UNBOUNDED_RANGE, BehaviorError
from causaltorch.errors import DataError

__all__ = ["EvolutionaryCausalTrainer", "LatentPolicy"]

COMPONENTS = ("reward", "adherence", "goal", "novelty")


@dataclass
class LatentPolicy:
    """Soft interventions ``{variable: (value, strength)}`` and a shift ``[latent_dim - d]`` of the free dims."""

    values: dict[str, float]
    strengths: dict[str, float]
    free_shift: Tensor = field(default_factory=lambda: torch.zeros(0))

    def interventions(self) -> list[CausalIntervention]:
        return [CausalIntervention(name, value, self.strengths[name]) for name, value in self.values.items()
                if self.strengths[name] > 0]

    def sample(self, dreamer: Any, num_samples: int, random_seed: int) -> Any:
        """Outputs of ``dreamer`` under this policy (``num_samples``, noise from ``random_seed``)."""
        latent = dreamer.latent(num_samples, self.interventions(), random_seed)
        d = len(dreamer.variables)
        if self.free_shift.numel():
            latent = torch.cat([latent[:, :d], latent[:, d:] + self.free_shift.to(latent)], dim=-1)
        with torch.no_grad():
            return dreamer.decode(latent)


class EvolutionaryCausalTrainer:
    """Evolve a `LatentPolicy` for ``dreamer`` (an image generator's or a `SimpleVAE`'s) by the reward above.

    Args:
        dreamer: a `CounterfactualDreamer` with a one-step latent.
        read_fn: ``outputs -> [n, d]`` factor values in ``dreamer.variables`` order.
        goal_fn: ``outputs -> float``; ``None`` scores 0.
        behavior_fn: ``outputs -> [n, b]`` or ``[b]``; default ``read_fn``.
        weights: ``(w_adherence, w_goal, w_novelty)``, each >= 0.
        shift_free: also evolve a shift of the free latent dimensions (default True).
    """

    def __init__(self, dreamer: Any, read_fn: Callable[[Any], Tensor], goal_fn: Callable[[Any], float] | None = None,
                 behavior_fn: Callable[[Any], Any] | None = None, population_size: int = 16, num_generations: int = 10,
                 samples_per_eval: int = 16, weights: tuple[float, float, float] = (1.0, 1.0, 0.1),
                 mutation_scale: float = 0.1, elite_fraction: float = 0.25, k: int = 5, shift_free: bool = True,
                 random_seed: int = 0):
        if not callable(getattr(dreamer, "latent", None)) or not hasattr(dreamer, "scm"):
            raise DataError("EvolutionaryCausalTrainer needs a CounterfactualDreamer.")
        dreamer._one_step("EvolutionaryCausalTrainer")  # image generators and SimpleVAEs only
        if not callable(read_fn):
            raise DataError("read_fn must be callable: outputs -> factor values [n, d].")
        self.population_size = _validate.integer("population_size", population_size, 2, MAX_POPULATION)
        self.num_generations = _validate.positive_int("num_generations", num_generations)
        self.samples_per_eval = _validate.positive_int("samples_per_eval", samples_per_eval)
        self.mutation_scale = _validate.positive("mutation_scale", mutation_scale)
        self.elite_fraction = _validate.fraction("elite_fraction", elite_fraction, low_open=True)
        self.k = _validate.positive_int("k", k)
        self.random_seed = _validate.integer("random_seed", random_seed, 0, 2**32 - 1)
        if len(weights) != 3:
            raise DataError(f"weights must be (w_adherence, w_goal, w_novelty), got {weights!r}.")
        self.weights = tuple(_validate.nonnegative(f"weights[{i}]", w) for i, w in enumerate(weights))
        self.dreamer, self.read_fn, self.goal_fn = dreamer, read_fn, goal_fn
        self.behavior_fn = behavior_fn or read_fn
        self.variables = list(dreamer.variables)
        self.free_dim = dreamer.latent_dim - len(self.variables) if shift_free else 0
        ranges = [dreamer.scm.mechanisms[v].value_range or UNBOUNDED_RANGE for v in self.variables]
        self._low = np.array([r[0] for r in ranges])
        self._high = np.array([r[1] for r in ranges])
        self._consistency = factor_consistency(dreamer.scm)
        self._rng = np.random.default_rng(self.random_seed)
        self.history: list[dict[str, float]] = []
        self.start: dict[str, float] = {}
        self.archive: list[np.ndarray] = []

    # ------------------------------------------------------------------ genome <-> policy
    def policy(self, genome: np.ndarray) -> LatentPolicy:
        """Genome ``[value fractions (d), strengths (d), free shift (m)]`` → a `LatentPolicy`."""
        d = len(self.variables)
        values = self._low + np.clip(genome[:d], 0, 1) * (self._high - self._low)
        strengths = np.clip(genome[d:2 * d], 0, 1)
        return LatentPolicy({v: float(values[j]) for j, v in enumerate(self.variables)},
                            {v: float(strengths[j]) for j, v in enumerate(self.variables)},
                            torch.as_tensor(genome[2 * d:], dtype=torch.float32))

    def starting_genome(self) -> np.ndarray:
        """The starting generator: no intervention, no shift."""
        d = len(self.variables)
        return np.concatenate([np.full(d, 0.5), np.zeros(d), np.zeros(self.free_dim)])

    # ------------------------------------------------------------------ scoring
    def _score(self, genome: np.ndarray, seed: int) -> tuple[dict[str, float], np.ndarray]:
        outputs = self.policy(genome).sample(self.dreamer, self.samples_per_eval, seed)
        factors = torch.as_tensor(self.read_fn(outputs), dtype=torch.float64)
        if factors.dim() != 2 or factors.shape[1] != len(self.variables) or not bool(torch.isfinite(factors).all()):
            raise BehaviorError(f"read_fn must return finite factor values [n, {len(self.variables)}], got shape "
                                f"{tuple(factors.shape)}.")
        adherence = CreativeMetrics.causal_coherence(factors, self.dreamer.scm.ruleset, self._consistency)
        goal = float(self.goal_fn(outputs)) if self.goal_fn is not None else 0.0
        behaviour = torch.as_tensor(self.behavior_fn(outputs), dtype=torch.float64)
        behaviour = behaviour.mean(0) if behaviour.dim() == 2 else behaviour
        if behaviour.dim() != 1 or not bool(torch.isfinite(behaviour).all()):
            raise BehaviorError(f"behavior_fn must return finite [n, b] or [b], got shape {tuple(behaviour.shape)}.")
        return {"adherence": adherence, "goal": goal}, behaviour.numpy()

    def _rewards(self, genomes: np.ndarray, seed: int) -> list[dict[str, float]]:
        scored = [self._score(g, seed) for g in genomes]
        behaviours = torch.as_tensor(np.stack([b for _, b in scored]))
        archive = torch.as_tensor(np.stack(self.archive)) if self.archive else None
        novelty = knn_novelty(behaviours, archive, self.k)
        out = []
        for (parts, _), nov in zip(scored, novelty.tolist()):
            w_a, w_g, w_n = self.weights
            out.append({"reward": w_a * parts["adherence"] + w_g * parts["goal"] + w_n * nov,
                        "adherence": parts["adherence"], "goal": parts["goal"], "novelty": nov})
        self._last_behaviours = behaviours.numpy()
        return out

    # ------------------------------------------------------------------ training
    def train(self) -> tuple[LatentPolicy, list[dict[str, float]]]:
        """Run the generations → ``(best policy, history)``; ``history[g]`` holds the best policy's reward and
        components in generation ``g`` (and the population's mean reward); `start` holds the starting
        generator's, scored in generation 0's population."""
        d = len(self.variables)
        width = 2 * d + self.free_dim
        start = self.starting_genome()
        population = np.concatenate([start[None], self._rng.uniform(0, 1, (self.population_size - 1, width))])
        population[1:, 2 * d:] = self._rng.normal(0, 0.5, (self.population_size - 1, self.free_dim))
        elite_count = max(1, int(round(self.elite_fraction * self.population_size)))
        best_genome, best_reward = start, -np.inf
        for generation in range(self.num_generations):
            scores = self._rewards(population, self.random_seed)
            if generation == 0:
                self.start = dict(scores[0])
            rewards = np.array([s["reward"] for s in scores])
            order = np.argsort(-rewards)
            top = int(order[0])
            if rewards[top] > best_reward:
                best_genome, best_reward = population[top].copy(), float(rewards[top])
            self.archive.append(self._last_behaviours[top])
            self.history.append({**scores[top], "mean_reward": float(rewards.mean()), "generation": generation})
            elites = population[order[:elite_count]]
            parents = elites[self._rng.integers(0, elite_count, self.population_size - 1)]
            children = parents + self._rng.normal(0, self.mutation_scale, parents.shape)
            children[:, :2 * d] = np.clip(children[:, :2 * d], 0, 1)
            population = np.concatenate([best_genome[None], children])
        return self.policy(best_genome), self.history
