"""Native causal text generation: the cnsg / CausalTransformer model, decoding, logits processors, corpus.

Names are imported lazily (PEP 562), so ``import causaltorch.text`` costs nothing until one is used.
"""

from __future__ import annotations

import importlib

# public name -> module that defines it
_EXPORTS = {
    "CausalTransformerConfig": "causaltorch.text.model",
    "CausalTransformer": "causaltorch.text.model",
    "cnsg": "causaltorch.text.model",
    "CausalLanguageModel": "causaltorch.text.model",
    "CausalLMOutput": "causaltorch.text.model",
    "KVCache": "causaltorch.text.generation",
    "generate": "causaltorch.text.generation",
    "sample": "causaltorch.text.generation",
    "CausalRuleLogitsProcessor": "causaltorch.text.processors",
    "ForbiddenWordsLogitsProcessor": "causaltorch.text.processors",
    "corpus_path": "causaltorch.text.corpus",
    "load_corpus": "causaltorch.text.corpus",
    "knowledge_base": "causaltorch.text.corpus",
    "heldout_pairs": "causaltorch.text.corpus",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'causaltorch.text' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
