"""The ethical constitution: rules that block, modify, blur, warn about or log generated outputs.

- `EthicalRule`, `EthicalConstitution`: rules in priority order; ``output, passed, violations =
  constitution(output)``; fails closed on a broken detector. ``constitution.assess(output)`` is a harm score in
  [0, 1]; `blur_sensitive_content` masks (text) or blurs (images) what the rules flag.
- `EthicalTextFilter`: detectors for harmful content, personal data, bias and known false claims, robust to
  common obfuscations; `load_default_ethical_rules`, `load_ethical_rules` (YAML / JSON).
- `SemanticHarmDetector` (the ``ethics-semantic`` extra): harm read from sentence embeddings (all-MiniLM-L6-v2,
  shipped in a wheel) by a shipped classifier (an MLP head on layers 6, 5, 4 and 3) and by similarity to a rule's own
  examples, lowered near its counter-examples (benign look-alikes), both of which users extend without
  retraining; `HybridHarmDetector` (semantic OR a lexical hit, pattern or borderline, the semantic
  detector confirms) is the default ``no_harm`` detector when the extra is installed.
- `EthicalLoss`: a differentiable penalty on the probability of flagged continuations.
- `EthicalCNSGNet`: a wrapper, not a model of its own: ``EthicalCNSGNet(base_model, constitution)`` runs
  *any* model (text, image or video) and passes what it returns through the constitution. Despite the
  name it is neither the video generator `causaltorch.video.CNSGNet` nor the text model
  `causaltorch.models.cnsg`; the name is the spec's.

Fine-tuning a text model against the constitution (`EthicalLMModule`) lives in ``causaltorch.training``.
Names are imported lazily (PEP 562).
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "EthicalRule": "causaltorch.ethics.constitution",
    "EthicalConstitution": "causaltorch.ethics.constitution",
    "load_default_ethical_rules": "causaltorch.ethics.constitution",
    "load_ethical_rules": "causaltorch.ethics.constitution",
    "blur_regions": "causaltorch.ethics.constitution",
    "blur_sensitive_content": "causaltorch.ethics.constitution",
    "EthicalTextFilter": "causaltorch.ethics.filters",
    "Detection": "causaltorch.ethics.filters",
    "PIIMatch": "causaltorch.ethics.filters",
    "keyword_detector": "causaltorch.ethics.filters",
    "load_claims": "causaltorch.ethics.filters",
    "normalize_for_matching": "causaltorch.ethics.normalize",
    "SemanticHarmDetector": "causaltorch.ethics.semantic",
    "SemanticClassifierError": "causaltorch.ethics.semantic",
    "default_examples": "causaltorch.ethics.semantic",
    "default_counter_examples": "causaltorch.ethics.semantic",
    "HybridHarmDetector": "causaltorch.ethics.hybrid",
    "SentenceEncoder": "causaltorch.ethics.encoder",
    "EthicalLoss": "causaltorch.ethics.loss",
    "EthicalCNSGNet": "causaltorch.ethics.wrappers",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
