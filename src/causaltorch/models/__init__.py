"""Re-exports of every model, so ``from causaltorch.models import cnsg`` works (imported lazily)."""

from __future__ import annotations

import importlib

# public name -> module that defines it
_EXPORTS = {
    "cnsg": "causaltorch.text.model",
    "CausalTransformer": "causaltorch.text.model",
    "CausalTransformerConfig": "causaltorch.text.model",
    "CausalLanguageModel": "causaltorch.text.model",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'causaltorch.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
