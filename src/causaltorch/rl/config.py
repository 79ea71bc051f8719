"""The agents' settings: one table of keys, their checks, and the defaults of each agent type.

Defaults are rl-zoo's tuned CartPole-v1 hyperparameters (Raffin 2020) for DQN, A2C and PPO, so that a
comparison with Stable-Baselines3 runs both sides with the same numbers; REINFORCE has none there and uses
Adam at 3e-3 (annealed linearly to 0 over the run) on 32-step rollouts of 8 environments, tuned on dev seeds.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

from causaltorch import _validate
from causaltorch.errors import DataError

__all__ = ["AGENT_TYPES", "ON_POLICY", "resolve_config"]

AGENT_TYPES = ("dqn", "policy_gradient", "a2c", "ppo")
ON_POLICY = ("policy_gradient", "a2c", "ppo")


def _bool(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise DataError(f"{name} must be true or false, got {value!r}.")
    return value


def _rules(name: str, value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, (list, tuple)):
        raise DataError(f"{name} must be a list of {{'cause', 'effect', 'strength'}} dicts, got {value!r}.")
    rules = []
    for rule in value:
        if not isinstance(rule, Mapping) or not {"cause", "effect"} <= set(rule) or \
                not all(isinstance(rule[k], str) for k in ("cause", "effect")):
            raise DataError(f"Each of {name} needs string 'cause' and 'effect' (and a 'strength'), got {rule!r}.")
        rules.append({"cause": rule["cause"], "effect": rule["effect"],
                      "strength": _validate.fraction(f"{name} strength", rule.get("strength", 1.0))})
    return rules


def _names(name: str, value: Any) -> list[str] | None:
    if value is None:
        return None
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{name} must be a list of strings, one per state feature, got {value!r}.")
    return list(value)


def _seed(name: str, value: Any) -> int | None:
    return _validate.optional(_validate.integer, name, value, 0, 2**32 - 1)


_P, _NN, _F, _POS = _validate.positive_int, _validate.nonnegative_int, _validate.fraction, _validate.positive
CHECKS: dict[str, Callable[[str, Any], Any]] = {
    "hidden_dim": _P, "num_layers": _P, "causal_rules": _rules, "feature_names": _names, "seed": _seed,
    "gamma": _F, "learning_rate": _POS, "batch_size": _P, "max_grad_norm": _POS,
    # memory and causal priority
    "causal_threshold": _validate.nonnegative, "causal_weight": _F, "use_causal_priority": _bool,
    "priority_alpha": _validate.nonnegative, "beta_start": _F, "beta_steps": _P,
    "model_learning_rate": _POS, "model_steps": _NN, "model_batch_size": _P, "model_every": _P,
    # DQN
    "learning_starts": _NN, "train_freq": _P, "gradient_steps": _P, "target_update_interval": _P,
    "exploration_steps": _P, "exploration_initial": _F, "exploration_final": _F, "double_q": _bool,
    # on-policy
    "n_steps": _P, "n_epochs": _P, "gae_lambda": _F, "clip_range": _POS, "ent_coef": _validate.nonnegative,
    "vf_coef": _validate.nonnegative, "normalize_advantage": _bool, "optimizer": None,
    "total_steps": lambda n, v: _validate.optional(_validate.positive_int, n, v), "anneal": _bool,
}

_COMMON = {
    "causal_rules": [], "feature_names": None, "seed": None, "causal_threshold": 0.5, "causal_weight": 0.5,
    "priority_alpha": 0.6, "beta_start": 0.4,
    "beta_steps": 100_000,  # `training.train` anneals over the run's prioritised samples instead, unless it is set
    "model_learning_rate": 1e-3, "model_batch_size": 256, "num_layers": 2, "model_every": 1,
}
DEFAULTS: dict[str, dict[str, Any]] = {
    "dqn": {**_COMMON, "hidden_dim": 256, "gamma": 0.99, "learning_rate": 2.3e-3, "batch_size": 64,
            "max_grad_norm": 10.0, "learning_starts": 1000, "train_freq": 256, "gradient_steps": 128,
            "target_update_interval": 10, "exploration_steps": 8000, "exploration_initial": 1.0,
            "exploration_final": 0.04, "double_q": True, "use_causal_priority": True, "model_steps": 16,
            "optimizer": "adam"},
    # tuned on CartPole-v1 dev seeds 100-101 (benchmarks/rl.py; 1e-3 on 256-step rollouts reached ~100 at 10^5)
    "policy_gradient": {**_COMMON, "hidden_dim": 64, "gamma": 0.99, "learning_rate": 3e-3,
                        "max_grad_norm": 0.5, "n_steps": 32, "gae_lambda": 1.0, "ent_coef": 0.0, "vf_coef": 0.5,
                        "normalize_advantage": True, "model_steps": 4,
                        "optimizer": "adam", "anneal": True, "total_steps": None},
    "a2c": {**_COMMON, "hidden_dim": 64, "gamma": 0.99, "learning_rate": 7e-4,
            "max_grad_norm": 0.5, "n_steps": 5, "gae_lambda": 1.0, "ent_coef": 0.0, "vf_coef": 0.5,
            "normalize_advantage": False, "model_steps": 1, "model_every": 8,
            "optimizer": "rmsprop", "anneal": False, "total_steps": None},
    "ppo": {**_COMMON, "hidden_dim": 64, "gamma": 0.98, "learning_rate": 1e-3, "batch_size": 256,
            "max_grad_norm": 0.5, "n_steps": 32, "n_epochs": 20, "gae_lambda": 0.8, "clip_range": 0.2,
            "ent_coef": 0.0, "vf_coef": 0.5, "normalize_advantage": True, "model_steps": 2,
            "optimizer": "adam", "anneal": True, "total_steps": None},
}


def check_agent_type(agent_type: Any) -> str:
    if agent_type not in AGENT_TYPES:
        close = difflib.get_close_matches(str(agent_type), AGENT_TYPES, n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        raise DataError(f"Unknown agent_type {agent_type!r}.{hint} Use one of: {', '.join(AGENT_TYPES)}.")
    return agent_type


def resolve_config(agent_type: str, causal_config: Mapping[str, Any] | None) -> dict[str, Any]:
    """``agent_type``'s defaults overridden by ``causal_config``, every key and value checked."""
    if causal_config is not None and not isinstance(causal_config, Mapping):
        raise DataError(f"causal_config must be a dict of settings or None, got {type(causal_config).__name__}.")
    config = dict(DEFAULTS[check_agent_type(agent_type)])
    for key, value in (causal_config or {}).items():
        if key not in CHECKS:
            close = difflib.get_close_matches(str(key), CHECKS, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise DataError(f"Unknown causal_config key {key!r}.{hint} Known keys: {', '.join(sorted(CHECKS))}.")
        if key not in config:
            raise DataError(f"causal_config key {key!r} does not apply to agent_type {agent_type!r}; its keys are: "
                            f"{', '.join(sorted(config))}.")
        if key == "optimizer":
            if value not in ("adam", "rmsprop"):
                raise DataError(f"optimizer must be 'adam' or 'rmsprop', got {value!r}.")
            config[key] = value
            continue
        config[key] = CHECKS[key](key, value)
    if agent_type == "dqn" and config["exploration_final"] > config["exploration_initial"]:
        raise DataError("exploration_final must not exceed exploration_initial.")
    return config
