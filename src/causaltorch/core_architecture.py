"""`FromScratchModelBuilder`: the spec's one entry point that builds a model for a task from a config dict.

``FromScratchModelBuilder(config).build_model(task_type, **sizes)`` looks ``task_type`` up in a registry of
builders (one function per task type), so a new family adds one entry instead of another branch. Model
modules are imported when their task is built, so importing this module stays light.

=========================  ====================================  =============================================
task type                  class                                 ``hidden_dim`` sets · other keyword arguments
=========================  ====================================  =============================================
``text_generation``        `causaltorch.text.cnsg`               ``d_model`` · ``vocab_size``, ``n_layers`` …
``image_generation``       `causaltorch.vision.CausalImageGenerator`  ``latent_dim`` · ``img_size``, ``sparsity`` …
``vision_classification``  `causaltorch.vision.CausalVisionTransformer`  ``d_model`` · ``image_size``, ``num_classes`` …
``video_generation``       `causaltorch.video.CNSGNet`           ``hidden_channels`` · ``frame_size``, ``num_layers`` …
``multimodal``             `causaltorch.vision.MultimodalCausalTransformer`  ``d_model`` · ``vocab_size`` …
``reinforcement_learning`` `causaltorch.rl.CausalRLAgent`        (its settings) · ``state_dim``, ``action_dim`` …
=========================  ====================================  =============================================

For every task but reinforcement learning, ``config["causal_config"]`` may hold ``hidden_dim`` (the model's
width, as the table says) and ``causal_rules`` (a `CausalRuleSet`, a rule file's dict, or a list of
``{"cause", "effect", "strength", …}`` dicts); keyword arguments of `build_model` go to the class and win over
the config. A CausalGAN (the LightningModule that trains an image generator) lives in `causaltorch.training`:
build the generator here and train it there.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
from collections.abc import Callable, Mapping
from typing import Any

from causaltorch.errors import DataError
from causaltorch.rules import as_ruleset

__all__ = ["FromScratchModelBuilder", "TASK_BUILDERS", "list_task_types"]

_MODEL_KEYS = ("hidden_dim", "causal_rules")  # what causal_config may hold for the model tasks


def _rules(value: Any) -> Any:
    """``causal_rules`` as the models take them: a list of rule dicts becomes a rule set (validated: no cycles)."""
    if value is None:
        return None
    if isinstance(value, list):
        value = {"cause_effect_pairs": value}
    return as_ruleset(value)


def _model_task(module: str, name: str, width: str) -> Callable[..., Any]:
    """A builder for ``module.name`` whose ``causal_config['hidden_dim']`` sets the argument ``width``."""

    def build(config: Mapping[str, Any], *args: Any, **kwargs: Any) -> Any:
        causal = config.get("causal_config") or {}
        if not isinstance(causal, Mapping):
            raise DataError(f"causal_config must be a dict, got {type(causal).__name__}.")
        unknown = sorted(set(causal) - set(_MODEL_KEYS))
        if unknown:
            raise DataError(f"causal_config has unknown keys {unknown}; a {name} takes {', '.join(_MODEL_KEYS)}.")
        cls = getattr(importlib.import_module(module), name)
        settings: dict[str, Any] = {}
        if causal.get("hidden_dim") is not None:
            settings[width] = causal["hidden_dim"]
        if causal.get("causal_rules") is not None:
            settings["causal_rules"] = _rules(causal["causal_rules"])
        if "causal_rules" in kwargs:
            kwargs["causal_rules"] = _rules(kwargs["causal_rules"])
        settings.update(kwargs)
        try:
            return cls(*args, **settings)
        except TypeError as exc:  # an argument the class does not take
            accepted = [p for p in inspect.signature(cls).parameters
                        if inspect.signature(cls).parameters[p].kind not in (inspect.Parameter.VAR_POSITIONAL,
                                                                             inspect.Parameter.VAR_KEYWORD)]
            raise DataError(f"{name} cannot be built with these arguments ({exc}); it takes "
                            f"{', '.join(accepted)}.") from None

    build.__doc__ = f"A `{module}.{name}`; ``causal_config['hidden_dim']`` sets ``{width}``."
    return build


def _reinforcement_learning(config: Mapping[str, Any], state_dim: int, action_dim: int, agent_type: str = "dqn",
                            memory_capacity: int = 10000) -> Any:
    """A `causaltorch.rl.CausalRLAgent`; ``config['causal_config']`` holds its settings."""
    from causaltorch.rl.agent import CausalRLAgent

    return CausalRLAgent(state_dim, action_dim, agent_type, memory_capacity, config.get("causal_config"))


TASK_BUILDERS: dict[str, Callable[..., Any]] = {
    "text_generation": _model_task("causaltorch.text.model", "cnsg", "d_model"),
    "image_generation": _model_task("causaltorch.vision.generator", "CausalImageGenerator", "latent_dim"),
    "vision_classification": _model_task("causaltorch.vision.vit", "CausalVisionTransformer", "d_model"),
    "video_generation": _model_task("causaltorch.video.models", "CNSGNet", "hidden_channels"),
    "multimodal": _model_task("causaltorch.vision.multimodal", "MultimodalCausalTransformer", "d_model"),
    "reinforcement_learning": _reinforcement_learning,
}


def list_task_types() -> list[str]:
    """The task types `FromScratchModelBuilder.build_model` builds."""
    return sorted(TASK_BUILDERS)


class FromScratchModelBuilder:
    """Builds models for tasks from one config dict (``{'causal_config': {...}}``; see the module's table).

    Raises:
        DataError: a config that is not a dict, or (from `build_model`) an unknown task type.
    """

    def __init__(self, config: Mapping[str, Any] | None = None):
        if config is not None and not isinstance(config, Mapping):
            raise DataError(f"FromScratchModelBuilder takes a dict config, got {type(config).__name__}.")
        self.config = dict(config or {})

    def list_task_types(self) -> list[str]:
        """The task types `build_model` builds (the module's table)."""
        return list_task_types()

    def build_model(self, task_type: str, *args: Any, **kwargs: Any) -> Any:
        """The model for ``task_type`` (see the module's table; ``'reinforcement_learning'``: ``state_dim,
        action_dim, agent_type, memory_capacity``)."""
        builder = TASK_BUILDERS.get(task_type)
        if builder is None:
            close = difflib.get_close_matches(str(task_type), TASK_BUILDERS, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise DataError(f"Unknown task_type {task_type!r}.{hint} Known: {', '.join(sorted(TASK_BUILDERS))}.")
        return builder(self.config, *args, **kwargs)
