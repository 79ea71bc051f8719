"""Training loops: Lightning modules, data modules and a trainer factory (the only place that imports Lightning).

Models stay plain ``nn.Module``s; these objects say how to train them. Names are imported lazily (PEP 562),
so ``import causaltorch.training`` does not import Lightning until one of them is used, and a missing
Lightning raises an error that names the extra to install (``pip install 'causaltorch[text]'``).
"""

from __future__ import annotations

from causaltorch._lazy import lazy_exports

# public name -> module that defines it
_EXPORTS = {
    "CausalLMModule": "causaltorch.training.text",
    "TokenDataModule": "causaltorch.training.text",
    "TokenWindows": "causaltorch.training.tokens",
    "SafetensorsCheckpoint": "causaltorch.training.text",
    "checkpoint_model_config": "causaltorch.training.text",
    "latest_checkpoint": "causaltorch.training.text",
    "make_trainer": "causaltorch.training.text",
    "TrainingInterrupted": "causaltorch.training.text",
    "InterruptCheckpoint": "causaltorch.training.text",
    "prepare_tokens": "causaltorch.training.tokens",
    "read_token_file": "causaltorch.training.tokens",
    "CausalGAN": "causaltorch.training.vision",
    "SceneDataModule": "causaltorch.training.vision",
    "make_vision_trainer": "causaltorch.training.vision",
    "train_vit_classifier": "causaltorch.training.vision",
    "VideoPredictionModule": "causaltorch.training.video",
    "CNSG_VideoGenerator": "causaltorch.training.video",
    "train_video": "causaltorch.training.video",
    "EthicalLMModule": "causaltorch.training.ethics",
    "train_factor_regressor": "causaltorch.training.factors",
    "train_model": "causaltorch.training.demo",
    "run_demo": "causaltorch.training.demo",
    "TrainedModel": "causaltorch.training.demo",
    "seed_everything": "causaltorch.training.seeding",
    "make_mlflow_logger": "causaltorch.training.mlops",
    "RegistryCallback": "causaltorch.training.mlops",
    "check_tracking": "causaltorch.training.mlops",
    "cfs_fidelity": "causaltorch.training.text",
    "add_tracking": "causaltorch.training.options",
    "lightning_trainer": "causaltorch.training.options",
    "WindowSampler": "causaltorch.training.distributed",
    "is_first_process": "causaltorch.training.distributed",
    "rank_seed": "causaltorch.training.distributed",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
