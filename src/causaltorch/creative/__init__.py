"""Creative generation: "what if" variations by do() on a generator's causal latent, novelty search, and scores.

- `CausalIntervention`: ``do(variable = value)``, hard (strength 1) or soft (``s · value + (1 − s) · natural``,
  the SCM core's soft-intervention form).
- `CounterfactualDreamer`: drives an image generator, a `SimpleVAE`, a video model or a text model through its
  latent SCM (`StructuralCausalModel.do` / ``evaluate``); ``imagine(interventions, num_samples, random_seed,
  counterfactual_of=...)``. An intervention reaches the variable's effects, never its causes.
- `SimpleVAE`: a small VAE whose leading latent dimensions are the rules' variables.
- `NoveltySearch`: evolves interventions whose outputs behave unlike anything seen (k-nearest-neighbour novelty
  over population ∪ a pyribs archive); ``run_search() -> (best_params, novelty_scores)``.
- `EvolutionaryCausalTrainer`: a population-based optimiser of a latent policy whose reward adds causal
  adherence, a user goal and novelty (the spec's "Evolutionary Causal Reinforcement Learning").
- `CreativeMetrics` (``novelty_score``, ``diversity_score``, ``causal_coherence``), `novelty_index`,
  `knn_novelty`, `factor_consistency`.

Names are imported lazily (PEP 562); pyribs loads only when a search runs.
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "CausalIntervention": "causaltorch.creative.intervention",
    "CounterfactualDreamer": "causaltorch.creative.dreamer",
    "NoCausalLatentError": "causaltorch.creative.dreamer",
    "SimpleVAE": "causaltorch.creative.vae",
    "NoveltySearch": "causaltorch.creative.novelty",
    "BehaviorError": "causaltorch.creative.novelty",
    "EvolutionaryCausalTrainer": "causaltorch.creative.evolution",
    "LatentPolicy": "causaltorch.creative.evolution",
    "CreativeMetrics": "causaltorch.creative.metrics",
    "novelty_index": "causaltorch.creative.metrics",
    "knn_novelty": "causaltorch.creative.metrics",
    "factor_consistency": "causaltorch.creative.metrics",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
