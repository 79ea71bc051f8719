"""Causal discovery: data → graph (NOTEARS with background knowledge) and text → rules (pattern miner, and
`CausalDiscoveryModule`'s extractor learned over hidden states).

    rules = discover(data, method="notears", forbidden=["b->a"], tiers=[["age"], ["smoking"], ["cancer"]])
    model = StructuralCausalModel.from_data(data)          # discover, then fit mechanisms
    rules = mine_rules("Smoking causes cancer. Rain does not cause sunshine.")

Names are imported lazily (PEP 562).
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "discover": "causaltorch.discovery.learn",
    "bootstrap_edges": "causaltorch.discovery.learn",
    "fit_graph": "causaltorch.discovery.learn",
    "scm_from_data": "causaltorch.discovery.learn",
    "METHODS": "causaltorch.discovery.learn",
    "notears_linear": "causaltorch.discovery.notears",
    "notears_mlp": "causaltorch.discovery.notears",
    "threshold_to_dag": "causaltorch.discovery.notears",
    "NotearsMLP": "causaltorch.discovery.notears",
    "SCORES": "causaltorch.discovery.notears",
    "BackgroundKnowledge": "causaltorch.discovery.knowledge",
    "as_data_matrix": "causaltorch.discovery.data",
    "read_csv": "causaltorch.discovery.data",
    "CausalTextMiner": "causaltorch.discovery.text",
    "CausalDiscoveryModule": "causaltorch.discovery.neural",
    "CausalMention": "causaltorch.discovery.text",
    "mine_rules": "causaltorch.discovery.text",
    "mmd_rbf": "causaltorch.discovery.evaluation",
    "interventional_mmd": "causaltorch.discovery.evaluation",
    "counterfactual_mse": "causaltorch.discovery.evaluation",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
