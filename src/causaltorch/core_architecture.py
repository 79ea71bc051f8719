"""`FromScratchModelBuilder`: the spec's one entry point that builds a model for a task from a config dict.

``FromScratchModelBuilder(config).build_model(task_type, **sizes)`` looks ``task_type`` up in a registry of
builders (one function per task type), so a new family adds one entry instead of another branch. Model
modules are imported when their task is built, so importing this module stays light.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

from causaltorch.errors import DataError

__all__ = ["FromScratchModelBuilder", "TASK_BUILDERS"]


def _reinforcement_learning(config: Mapping[str, Any], state_dim: int, action_dim: int, agent_type: str = "dqn",
                            memory_capacity: int = 10000) -> Any:
    """A `causaltorch.rl.CausalRLAgent`; ``config['causal_config']`` holds its settings."""
    from causaltorch.rl.agent import CausalRLAgent

    return CausalRLAgent(state_dim, action_dim, agent_type, memory_capacity, config.get("causal_config"))


TASK_BUILDERS: dict[str, Callable[..., Any]] = {"reinforcement_learning": _reinforcement_learning}


class FromScratchModelBuilder:
    """Builds models for tasks from one config dict (``{'causal_config': {...}}`` for reinforcement learning).

    Raises:
        DataError: a config that is not a dict, or (from `build_model`) an unknown task type.
    """

    def __init__(self, config: Mapping[str, Any] | None = None):
        if config is not None and not isinstance(config, Mapping):
            raise DataError(f"FromScratchModelBuilder takes a dict config, got {type(config).__name__}.")
        self.config = dict(config or {})

    def build_model(self, task_type: str, *args: Any, **kwargs: Any) -> Any:
        """The model for ``task_type`` (``'reinforcement_learning'``: ``state_dim, action_dim, agent_type,
        memory_capacity``)."""
        builder = TASK_BUILDERS.get(task_type)
        if builder is None:
            close = difflib.get_close_matches(str(task_type), TASK_BUILDERS, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise DataError(f"Unknown task_type {task_type!r}.{hint} Known: {', '.join(sorted(TASK_BUILDERS))}.")
        return builder(self.config, *args, **kwargs)
