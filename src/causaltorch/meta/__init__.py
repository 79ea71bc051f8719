"""Meta-learning: networks generated from causal graphs (`CausalHyperNetwork`) and MAML for any module."""

from causaltorch._lazy import lazy_exports

_EXPORTS = {
    "CausalHyperNetwork": "causaltorch.meta.hypernetwork",
    "DynamicNetwork": "causaltorch.meta.hypernetwork",
    "MAML": "causaltorch.meta.maml",
    "AdaptedModel": "causaltorch.meta.maml",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
