"""CausalTorch: causal neuro-symbolic generative models for PyTorch.

Public names are imported lazily (PEP 562) so that ``import causaltorch`` stays light: heavy
optional dependencies load only when the feature that needs them is used.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from causaltorch._lazy import lazy_exports

try:
    __version__ = version("causaltorch")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+local"

# public name -> module that defines it
_EXPORTS = {
    "CausalRule": "causaltorch.rules",
    "CausalRuleSet": "causaltorch.rules",
    "StructuralCausalModel": "causaltorch.scm",
    "NoisyOr": "causaltorch.mechanisms",
    "LinearGaussian": "causaltorch.mechanisms",
    "MLPMechanism": "causaltorch.mechanisms",
    "CallableMechanism": "causaltorch.mechanisms",
    "CausalLinear": "causaltorch.layers",
    "CausalSymbolicLayer": "causaltorch.layers",
    "TemporalCausalConv": "causaltorch.layers",
    "causal_consistency_loss": "causaltorch.layers",
    "CausalTorchError": "causaltorch.errors",
    "CausalTransformer": "causaltorch.text.model",
    "CausalTransformerConfig": "causaltorch.text.config",
    "cnsg": "causaltorch.text.model",
    "CausalLanguageModel": "causaltorch.text.model",
    "CNSG_TextGenerator": "causaltorch.text.model",
    "load_pretrained_model": "causaltorch.text.pretrained",
    "CausalSelfAttention": "causaltorch.text.model",
    "CausalTransformerBlock": "causaltorch.text.model",
    "CausalPositionalEncoding": "causaltorch.text.positions",
    "CausalBiasingNetwork": "causaltorch.text.biasing",
    "CausalTokenizer": "causaltorch.tokenizers",
    "EthicalRule": "causaltorch.ethics.constitution",
    "EthicalConstitution": "causaltorch.ethics.constitution",
    "load_default_ethical_rules": "causaltorch.ethics.constitution",
    "EthicalTextFilter": "causaltorch.ethics.filters",
    "EthicalLoss": "causaltorch.ethics.loss",
    "EthicalCNSGNet": "causaltorch.ethics.wrappers",
    "SparseFFN": "causaltorch.layers",
    "SparseLinear": "causaltorch.layers",
    "LotteryTicketRouter": "causaltorch.sparse.lottery",
    "find_winning_ticket": "causaltorch.sparse.lottery",
    "CausalHyperNetwork": "causaltorch.meta.hypernetwork",
    "DynamicNetwork": "causaltorch.meta.hypernetwork",
    "MAML": "causaltorch.meta.maml",
    "SelfEvolvingTextGenerator": "causaltorch.text.adaptive",
    "FewShotCausalTransformer": "causaltorch.text.adaptive",
    "DynamicCausalTransformer": "causaltorch.text.adaptive",
    "CausalDiscoveryModule": "causaltorch.discovery.neural",
    "CNSGNet": "causaltorch.video.models",
    "CNSG_VideoGenerator": "causaltorch.training.video",
    "CausalFramePredictor": "causaltorch.video.models",
    "CausalClips": "causaltorch.video.data",
    "CausalImageGenerator": "causaltorch.vision.generator",
    "CausalCNN": "causaltorch.vision.generator",
    "CausalVisionTransformer": "causaltorch.vision.vit",
    "CausalScenes": "causaltorch.vision.data",
    "CausalGAN": "causaltorch.training.vision",
    "MultimodalCausalTransformer": "causaltorch.vision.multimodal",
    "CausalAttention": "causaltorch.layers",
    "CausalDAO": "causaltorch.federated.dao",
    "FederatedClient": "causaltorch.federated.client",
    "secure_aggregate": "causaltorch.federated.dao",
    "QuantumCausalCircuit": "causaltorch.quantum.circuit",
    "CausalMLOps": "causaltorch.mlops.platform",
    "CausalRLAgent": "causaltorch.rl.agent",
    "EpisodicMemory": "causaltorch.rl.memory",
    "CausalReasoningEngine": "causaltorch.rl.influence",
    "CausalQNetwork": "causaltorch.rl.networks",
    "CausalPolicyNetwork": "causaltorch.rl.networks",
    "FromScratchModelBuilder": "causaltorch.core_architecture",
    "CounterfactualDreamer": "causaltorch.creative.dreamer",
    "CausalIntervention": "causaltorch.creative.intervention",
    "CreativeMetrics": "causaltorch.creative.metrics",
    "NoveltySearch": "causaltorch.creative.novelty",
    "SimpleVAE": "causaltorch.creative.vae",
    "EvolutionaryCausalTrainer": "causaltorch.creative.evolution",
    "CausalAttentionLayer": "causaltorch.text.rule_attention",
    "CausalGraphManager": "causaltorch.layers",
    "blur_sensitive_content": "causaltorch.ethics.constitution",
    "SemanticHarmDetector": "causaltorch.ethics.semantic",
    "HybridHarmDetector": "causaltorch.ethics.hybrid",
}

__all__ = ["__version__", *_EXPORTS]

# MultiModalCausalModel was MultimodalCausalTransformer at the spec's sizes: now its at_spec_sizes().
_DEPRECATED = {
    "MultiModalCausalModel": ("causaltorch.vision.multimodal", "_spec_sized_model",
                              "causaltorch.MultimodalCausalTransformer.at_spec_sizes"),
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, _DEPRECATED)
