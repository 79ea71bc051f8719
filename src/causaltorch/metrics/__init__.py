"""Metrics for CausalTorch models, imported lazily by name (PEP 562).

Graph recovery (``causaltorch.metrics.graph``): `shd`, `edge_scores`, `cpdag`, `sid`, `graph_metrics`.
Learned causal models (``causaltorch.discovery.evaluation``): `mmd_rbf`, `interventional_mmd`,
`counterfactual_mse`.
Text generation (``causaltorch.metrics.text``): `calculate_cfs` (Causal Fidelity Score), `perplexity`.
Vision (``causaltorch.metrics.vision``): `FactorRegressor`, `frechet_distance` (on features of a network
trained here), `intervention_fidelity`.
Video (``causaltorch.metrics.video``): `ssim`, `psnr`, `temporal_consistency`, `temporal_rule_fidelity`.
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "novelty_index": "causaltorch.creative.metrics",
    "adjacency": "causaltorch.metrics.graph",
    "shd": "causaltorch.metrics.graph",
    "edge_scores": "causaltorch.metrics.graph",
    "cpdag": "causaltorch.metrics.graph",
    "sid": "causaltorch.metrics.graph",
    "graph_metrics": "causaltorch.metrics.graph",
    "mmd_rbf": "causaltorch.discovery.evaluation",
    "interventional_mmd": "causaltorch.discovery.evaluation",
    "counterfactual_mse": "causaltorch.discovery.evaluation",
    "calculate_cfs": "causaltorch.metrics.text",
    "perplexity": "causaltorch.metrics.text",
    "FactorRegressor": "causaltorch.metrics.vision",
    "frechet_distance": "causaltorch.metrics.vision",
    "intervention_fidelity": "causaltorch.metrics.vision",
    "ssim": "causaltorch.metrics.video",
    "psnr": "causaltorch.metrics.video",
    "temporal_consistency": "causaltorch.metrics.video",
    "temporal_rule_fidelity": "causaltorch.metrics.video",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
