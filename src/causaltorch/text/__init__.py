"""Native causal text generation: the text model, decoding, logits processors, corpus.

One model, three front doors (all in `causaltorch.text.model`, configured by one `CausalTransformerConfig`):

- `CausalTransformer`: the model itself, a GPT-style decoder whose generation is biased toward what its
  causal rules predict; ``CausalTransformer(vocab_size, hidden_dim=768, num_layers=12, ...)``.
- `cnsg` ("Causal Neuro-Symbolic Generator", the spec's name): a subclass of `CausalTransformer` that only
  renames the constructor's arguments (``cnsg(vocab_size, d_model=768, n_heads=None, n_layers=12, ...)``);
  same architecture, same weights, ``isinstance(model, CausalTransformer)`` holds.
- `CausalLanguageModel`: a subclass of `CausalTransformer` that comes with its tokenizer (a name such as
  ``"causal-basic"`` is loaded), so ``model.generate("If it rains,")`` returns text.
- `CNSG_TextGenerator`: the spec's name for `cnsg` in its federated example (the same class).

Every front door trains on text with ``model.train(dataset, causal_discovery=True)`` (`fit`), and a model
built without a tokenizer uses the bundled ``causal-basic`` one for text when it fits its vocabulary
(`default_tokenizer`). The spec's building blocks are the model's own: `CausalSelfAttention` and
`CausalTransformerBlock` are its attention and block classes, `CausalPositionalEncoding` its positions,
`CausalBiasingNetwork` the rule-derived attention bias for attention that sees hidden states only.

Names that look alike but live elsewhere: `CNSGNet` is the causal *video* generator
(`causaltorch.video`), not a text model; `EthicalCNSGNet` (`causaltorch.ethics`) wraps any model and checks
its outputs against an ethical constitution.

Modules: `config` (the config), `model` (the network), `positions` and `biasing` (two of its pieces),
`generation` (`generate`, `sample`), `kv_cache` (`KVCache`, also for the constrained search's beams),
`constrained` (constraint-aware decoding), `fit` (training on text), `default_tokenizer`,
`processors` (rule biasing and word bans), `surface_forms` (how variables appear in text and tokens),
`checkpoint` (``save_pretrained`` / ``from_pretrained`` files), `gpt2` (Hugging Face GPT-2 weights),
`corpus` (the bundled cause→effect corpus), `adaptive` (models that adapt to a task:
`SelfEvolvingTextGenerator`, `FewShotCausalTransformer`).
Names are imported lazily (PEP 562), so ``import causaltorch.text`` costs nothing until one is used.
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "CausalTransformerConfig": "causaltorch.text.config",
    "CausalTransformer": "causaltorch.text.model",
    "cnsg": "causaltorch.text.model",
    "CausalLanguageModel": "causaltorch.text.model",
    "CausalLMOutput": "causaltorch.text.model",
    "CNSG_TextGenerator": "causaltorch.text.model",
    "CausalSelfAttention": "causaltorch.text.model",
    "CausalTransformerBlock": "causaltorch.text.model",
    "CausalPositionalEncoding": "causaltorch.text.positions",
    "CausalBiasingNetwork": "causaltorch.text.biasing",
    "TextTrainingResult": "causaltorch.text.fit",
    "train_on_texts": "causaltorch.text.fit",
    "KVCache": "causaltorch.text.kv_cache",
    "generate": "causaltorch.text.generation",
    "sample": "causaltorch.text.generation",
    "CausalRuleLogitsProcessor": "causaltorch.text.processors",
    "ForbiddenWordsLogitsProcessor": "causaltorch.text.processors",
    "corpus_path": "causaltorch.text.corpus",
    "load_corpus": "causaltorch.text.corpus",
    "knowledge_base": "causaltorch.text.corpus",
    "heldout_pairs": "causaltorch.text.corpus",
    "CausalAttentionLayer": "causaltorch.text.rule_attention",
    "ConstraintConflictError": "causaltorch.text.constrained",
    "UnspellableConstraintError": "causaltorch.text.constrained",
    "rewrite_counterfactual": "causaltorch.text.counterfactual",
    "load_pretrained_model": "causaltorch.text.pretrained",
    "PretrainedModelError": "causaltorch.text.pretrained",
    "SelfEvolvingTextGenerator": "causaltorch.text.adaptive",
    "FewShotCausalTransformer": "causaltorch.text.adaptive",
    "DynamicCausalTransformer": "causaltorch.text.adaptive",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
