"""Native causal text generation: the cnsg / CausalTransformer model, decoding, logits processors, corpus.

Names are imported lazily (PEP 562), so ``import causaltorch.text`` costs nothing until one is used.
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

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

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
