"""Reinforcement learning with causally prioritised episodic memory: `CausalRLAgent` (DQN, REINFORCE, A2C,
PPO), `EpisodicMemory` (sum-tree replay mixing TD error with causal action influence), `CausalReasoningEngine`
(the forward model and the influence estimate), and Gymnasium environments where influence matters
(`causaltorch.rl.envs`, needs the ``rl`` extra)."""

from causaltorch._lazy import lazy_exports

_EXPORTS = {
    "CausalRLAgent": "causaltorch.rl.agent",
    "EpisodicMemory": "causaltorch.rl.memory",
    "SumTree": "causaltorch.rl.memory",
    "Batch": "causaltorch.rl.memory",
    "CausalReasoningEngine": "causaltorch.rl.influence",
    "CausalQNetwork": "causaltorch.rl.networks",
    "CausalPolicyNetwork": "causaltorch.rl.networks",
    "gae": "causaltorch.rl.returns",
    "ppo_clip_loss": "causaltorch.rl.returns",
    "train": "causaltorch.rl.training",
    "evaluate": "causaltorch.rl.training",
    "UnsupportedEnvironmentError": "causaltorch.rl.training",
}

__all__ = list(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
