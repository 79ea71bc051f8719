"""`CausalRLAgent`: DQN, REINFORCE with a baseline, A2C or PPO, with an episodic memory that prioritises the
experiences in which the action causally mattered.

The loop is the spec's: ``select_action`` -> environment step -> ``store_experience`` -> ``learn``. Every call
takes one transition (a state of shape (state_dim,) or (1, state_dim)) or one per environment of a vector
environment (shape (N, state_dim)).

* DQN (double-Q, target network, Huber loss) learns from `EpisodicMemory` samples drawn by TD error mixed with
  causal action influence; ``learn`` trains ``gradient_steps`` times per ``train_freq`` environment steps.
* The on-policy agents collect ``n_steps`` per environment, then ``learn`` computes GAE advantages and updates:
  REINFORCE (``policy_gradient``: Monte-Carlo returns, lambda = 1, within each rollout, bootstrapped from a
  learned value baseline where the rollout cuts an episode, one step per rollout), A2C (5-step returns, one
  step) or PPO (clipped surrogate, epochs of minibatches). Their episodic memory feeds the forward model and
  `analyze_causal_patterns`; it is not replayed.

``done`` means terminated (no bootstrap); pass ``truncated=True`` where a time limit cut the episode, with the
episode's true last observation as ``next_state`` (Gymnasium's ``final_obs``).

Inputs are checked where they enter (`select_action`, `store_experience`); `causaltorch.rl.training.train`,
whose inputs come from an environment with checked spaces, uses the unchecked ``_act`` / ``_store`` and leaves
each new transition's causal strength to one batched forward-model pass before the memory is next sampled by
priority (or analysed).
"""

from __future__ import annotations

import copy
import math
import random
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from causaltorch import _validate
from causaltorch._checkpoint import load_pretrained, read_config, write_pretrained
from causaltorch.errors import CheckpointError, DataError
from causaltorch.rl._optim import adam_step as _adam_step
from causaltorch.rl.config import ON_POLICY, check_agent_type, resolve_config
from causaltorch.rl.influence import CausalReasoningEngine
from causaltorch.rl.memory import EpisodicMemory
from causaltorch.rl.networks import CausalPolicyNetwork, CausalQNetwork
from causaltorch.rl.returns import gae, ppo_clip_loss

__all__ = ["CausalRLAgent"]


class CausalRLAgent(nn.Module):
    """An RL agent with causal reasoning and episodic memory.

    Args:
        state_dim: features of a (flat) observation.
        action_dim: number of discrete actions.
        agent_type: ``'dqn'``, ``'policy_gradient'``, ``'a2c'`` or ``'ppo'``.
        memory_capacity: transitions the episodic memory keeps.
        causal_config: settings (see `causaltorch.rl.config`): network sizes (``hidden_dim``), the algorithm's
            hyperparameters, the causal priority (``causal_weight``, ``causal_threshold``,
            ``use_causal_priority``), ``causal_rules`` to compare with what is measured, ``feature_names``
            and ``seed``.

    Raises:
        DataError: an unknown agent type or setting, or a setting out of range.
    """

    def __init__(self, state_dim: int, action_dim: int, agent_type: str = "dqn", memory_capacity: int = 10000,
                 causal_config: Mapping[str, Any] | None = None):
        super().__init__()
        self.state_dim = _validate.positive_int("state_dim", state_dim)
        self.action_dim = _validate.positive_int("action_dim", action_dim)
        self.agent_type = check_agent_type(agent_type)
        memory_capacity = _validate.positive_int("memory_capacity", memory_capacity)
        self.config = resolve_config(agent_type, causal_config)
        self.causal_config = dict(causal_config or {})
        names = self.config["feature_names"] or [f"state_{i}" for i in range(self.state_dim)]
        if len(names) != self.state_dim:
            raise DataError(f"feature_names has {len(names)} names for {self.state_dim} state features.")
        self.feature_names = names
        c = self.config
        self.generator = torch.Generator()
        self.generator.manual_seed(c["seed"] if c["seed"] is not None else random.randrange(2**31))
        if c["seed"] is not None:
            torch.manual_seed(c["seed"])  # network initialisation
        self.episodic_memory = EpisodicMemory(
            memory_capacity, c["causal_threshold"], causal_weight=c["causal_weight"], alpha=c["priority_alpha"],
            beta_start=c["beta_start"], beta_steps=c["beta_steps"], seed=c["seed"])
        self.causal_core = CausalReasoningEngine(
            {"hidden_dim": 64, "model_learning_rate": c["model_learning_rate"]}, self.state_dim, self.action_dim)
        if agent_type == "dqn":
            self.q_network = CausalQNetwork(self.state_dim, self.action_dim, c)
            self.target_network = copy.deepcopy(self.q_network).requires_grad_(False)
            self._q_parameters = list(self.q_network.parameters())
            network: nn.Module = self.q_network
        else:
            self.policy_network = CausalPolicyNetwork(self.state_dim, self.action_dim, c)
            network = self.policy_network
        if c["optimizer"] == "rmsprop":  # SB3's A2C: RMSprop(alpha=0.99, eps=1e-5)
            self.optimizer: torch.optim.Optimizer = torch.optim.RMSprop(network.parameters(), lr=c["learning_rate"],
                                                                        alpha=0.99, eps=1e-5, foreach=True)
        else:  # fused: one kernel for all parameters instead of a Python loop over them (same arithmetic)
            self.optimizer = torch.optim.Adam(network.parameters(), lr=c["learning_rate"],
                                              eps=1e-5 if agent_type in ON_POLICY else 1e-8, fused=True)
        self.env_steps = 0
        self.updates = 0
        self._train_rounds = 0
        self._last_target_sync = 0
        self._rollout: dict[str, list[Tensor]] = {}
        self._model_calls = 0
        self._pending = np.zeros(memory_capacity, dtype=bool)  # slots whose causal strength is not computed yet

    # ------------------------------------------------------------------------------------------- inputs
    def _states(self, value: Any, name: str = "state") -> tuple[Tensor, bool]:
        """``value`` as a float tensor (B, state_dim) and whether it was a single unbatched state."""
        if isinstance(value, Tensor):
            states = value.detach().to("cpu", torch.float32)
        else:
            try:
                states = torch.as_tensor(np.asarray(value, dtype=np.float32))
            except (TypeError, ValueError) as exc:
                raise DataError(f"{name} must be an array of numbers, got {type(value).__name__}: {exc}") from None
        single = states.ndim == 1
        if single:
            states = states.unsqueeze(0)
        if states.ndim != 2 or states.shape[1] != self.state_dim:
            raise DataError(f"{name} must have shape ({self.state_dim},) or (batch, {self.state_dim}) for this agent "
                            f"(state_dim={self.state_dim}); got {tuple(states.shape)}.")
        if not torch.isfinite(states).all():
            raise DataError(f"{name} holds NaN or infinity; check the environment's observations.")
        return states, single

    def _per_state(self, value: Any, name: str, batch: int) -> np.ndarray:
        array = np.asarray(value.detach().cpu().numpy() if isinstance(value, Tensor) else value, dtype=np.float64)
        array = array.reshape(-1)
        if name in ("done", "truncated") and array.shape == (1,):  # one flag for the whole batch
            array = np.repeat(array, batch)
        if array.shape != (batch,):
            raise DataError(f"{name} must hold one value per state ({batch}); got shape {array.shape}.")
        if not np.isfinite(array).all():
            raise DataError(f"{name} must be finite; got {array.tolist()[:4]} (a NaN reward usually comes from the "
                            "environment or a reward wrapper).")
        return array

    # ------------------------------------------------------------------------------------------- acting
    def exploration_rate(self) -> float:
        """DQN's epsilon: linear from ``exploration_initial`` to ``exploration_final`` over ``exploration_steps``."""
        c = self.config
        progress = min(1.0, self.env_steps / c["exploration_steps"])
        return c["exploration_initial"] + progress * (c["exploration_final"] - c["exploration_initial"])

    @torch.no_grad()
    def select_action(self, state: Any, explore: bool = True) -> Tensor:
        """Actions (long) for a state (D,) -> 0-dim, or states (B, D) -> (B,).

        ``explore`` samples (epsilon-greedy for DQN, from the policy otherwise); False takes the greedy action.
        """
        states, single = self._states(state)
        actions = self._act(states, explore)
        return actions[0] if single else actions

    @torch.no_grad()
    def _act(self, states: Tensor, explore: bool = True) -> Tensor:
        """`select_action` on checked float states (B, D), no input checks (the training loop's hot path)."""
        if self.agent_type == "dqn":
            batch = states.shape[0]
            epsilon = self.exploration_rate() if explore else 0.0
            if epsilon > 0:
                random = torch.rand(batch, generator=self.generator) < epsilon
                uniform = torch.randint(self.action_dim, (batch,), generator=self.generator)
                if bool(random.all()):  # every action is a uniform draw: the Q-values would not be used
                    return uniform
                return torch.where(random, uniform, self.q_network.forward(states).argmax(-1))
            return self.q_network.forward(states).argmax(-1)
        logits = self.policy_network.actor(states)
        if explore:  # inverse-CDF draw from the policy (torch.multinomial costs twice as much per call)
            cdf = torch.softmax(logits, -1).cumsum(-1)
            draw = torch.rand(len(states), 1, generator=self.generator) * cdf[:, -1:]
            return (cdf <= draw).sum(-1).clamp_max(self.action_dim - 1)
        return logits.argmax(-1)

    # ------------------------------------------------------------------------------------------- storing
    def store_experience(self, state: Any, action: Any, reward: Any, next_state: Any, done: Any,
                         truncated: Any = False) -> Tensor:
        """Store transitions, computing each one's causal action influence (nats); returns those strengths (B,).

        Raises:
            DataError: shapes that do not match the agent, an action outside ``[0, action_dim)``, a NaN reward
                or state, or a batch of a different size from the rest of an on-policy rollout; nothing is
                stored then.
        """
        states, _ = self._states(state, "state")
        next_states, _ = self._states(next_state, "next_state")
        batch = len(states)
        if len(next_states) != batch:
            raise DataError(f"state and next_state must hold the same number of states; got {batch} and "
                            f"{len(next_states)}.")
        actions = self._per_state(action, "action", batch)
        if (actions != np.round(actions)).any() or (actions < 0).any() or (actions >= self.action_dim).any():
            raise DataError(f"action must be an integer in [0, {self.action_dim}) for this agent; got "
                            f"{actions.tolist()[:4]}.")
        rewards = self._per_state(reward, "reward", batch)
        terminated = self._per_state(done, "done", batch) != 0
        ended = terminated | (self._per_state(truncated, "truncated", batch) != 0)
        if self.agent_type in ON_POLICY and self._rollout and self._rollout["states"][0].shape[0] != batch:
            raise DataError(f"This rollout is collecting {self._rollout['states'][0].shape[0]} environments; got "
                            f"{batch} states. Call learn() until the rollout is used, or keep the batch size.")
        strength = self.causal_core.influence(states)
        self._store(states, actions.astype(np.int64), rewards, next_states, terminated, ended, strength)
        return strength

    def _store(self, states: Tensor, actions: np.ndarray, rewards: np.ndarray, next_states: Tensor,
               terminated: np.ndarray, ended: np.ndarray, strength: Tensor | None) -> None:
        """Store checked transitions (states float32 (B, D), the rest (B,)), no input checks.

        ``strength`` None defers the causal influence: the slots are computed in one batch before the memory
        is next sampled by priority (`_flush_influence`), instead of one forward-model pass per step.
        """
        slots = self.episodic_memory._push_unchecked(
            states.numpy(), actions, rewards, next_states.numpy(), terminated,
            None if strength is None else strength.numpy())
        if strength is None:
            self._pending[slots] = True
        else:
            self._pending[slots] = False
        if self.agent_type in ON_POLICY:
            step = {"states": states, "next_states": next_states, "actions": torch.from_numpy(actions),
                    "rewards": torch.as_tensor(rewards, dtype=torch.float32),
                    "terminated": torch.as_tensor(terminated, dtype=torch.float32),
                    "ended": torch.as_tensor(ended, dtype=torch.float32)}
            for key, value in step.items():
                self._rollout.setdefault(key, []).append(value)
        self.env_steps += len(actions)

    def _flush_influence(self, chunk: int = 8192) -> None:
        """Compute the causal strength of every stored transition still waiting for it, in batches."""
        if not self._pending.any() or not self.causal_core.fitted:
            return
        slots = np.flatnonzero(self._pending)
        states = self.episodic_memory._arrays["states"]  # type: ignore[index]
        for start in range(0, len(slots), chunk):
            part = slots[start:start + chunk]
            strength = self.causal_core.influence(torch.from_numpy(states[part]))
            self.episodic_memory._set_strength(part, strength.numpy())
        self._pending[slots] = False

    # ------------------------------------------------------------------------------------------- learning
    def learn(self) -> dict[str, float]:
        """Update when an update is due; returns the losses (an empty dict when nothing was due yet).

        DQN: once the memory holds ``max(batch_size, learning_starts)`` transitions, ``gradient_steps`` updates
        per ``train_freq`` environment steps. On-policy: one update per ``n_steps`` steps per environment.
        """
        if self.agent_type == "dqn":
            return self._learn_dqn()
        if not self._rollout or len(self._rollout["states"]) < self.config["n_steps"]:
            return {}
        return self._learn_on_policy()

    def _fit_forward_model(self) -> dict[str, float]:
        """``model_steps`` Adam steps of the forward model, on every ``model_every``-th call (one per update)."""
        c = self.config
        self._model_calls += 1
        if c["model_steps"] == 0 or len(self.episodic_memory) < 2 or (self._model_calls - 1) % c["model_every"]:
            return {}
        size = min(c["model_batch_size"], len(self.episodic_memory))
        losses = []
        for _ in range(c["model_steps"]):
            b = self.episodic_memory._sample(size, False)
            losses.append(self.causal_core.fit_step(b.states, b.actions, b.next_states, b.rewards))
        return {"model_loss": float(np.mean(losses))}

    def _learn_dqn(self) -> dict[str, float]:
        c = self.config
        memory = self.episodic_memory
        if len(memory) < max(c["batch_size"], c["learning_starts"]):
            self._train_rounds = self.env_steps // c["train_freq"]  # as SB3: count rounds from learning_starts on
            return {}
        rounds = self.env_steps // c["train_freq"] - self._train_rounds
        if rounds <= 0:
            return {}
        self._train_rounds += rounds
        if self.env_steps - self._last_target_sync >= c["target_update_interval"]:
            self.target_network.load_state_dict(self.q_network.state_dict())
            self._last_target_sync = self.env_steps
        info = self._fit_forward_model()
        prioritised = c["use_causal_priority"]
        refresh = prioritised and c["causal_weight"] > 0
        if refresh:
            self._flush_influence()
        losses, td_sizes, sampled = [], [], []
        for _ in range(rounds * c["gradient_steps"]):
            b = memory._sample(c["batch_size"], prioritised)
            # loss.backward() of the (importance-weighted) Huber loss, written out for this MLP; with double-Q
            # the online values of s' (its action choice) come from the same forward pass as those of s
            loss, q, target = self.q_network.huber_backward_with_next(
                b.states, b.actions, lambda next_online, b=b: self._dqn_targets(b, next_online),
                b.weights if prioritised else None, b.next_states if c["double_q"] else None)
            _clip_grad_norm(self._q_parameters, c["max_grad_norm"])
            _adam_step(self.optimizer)
            td_size = (target - q).abs()
            if prioritised:
                memory._set_priorities(b.indices, td_size.numpy())
                sampled.append(b.indices)
            losses.append(loss)
            td_sizes.append(td_size.mean())
            self.updates += 1
        if refresh and self.causal_core.fitted:
            # the forward model has moved on since these were stored: one batched pass renews their strengths
            slots = np.unique(np.concatenate(sampled))
            states = torch.from_numpy(memory._arrays["states"][slots])  # type: ignore[index]
            memory._set_strength(slots, self.causal_core.influence(states).numpy())
        return {"q_loss": float(torch.stack(losses).mean()), "td_error": float(torch.stack(td_sizes).mean()),
                "epsilon": self.exploration_rate(), **info}

    @torch.no_grad()
    def _dqn_targets(self, b: Any, next_online: Tensor | None = None) -> Tensor:
        """``r + gamma (1 - terminated) Q_target(s', argmax_a Q(s', a))`` (double-Q; plain max without it).

        Only termination stops the bootstrap: a transition cut by a time limit (truncated, stored with its
        true last observation as ``s'``) is bootstrapped like any other. ``next_online``: the online
        network's ``Q(s', .)`` when already computed (`CausalQNetwork.huber_backward_with_next`).
        """
        c = self.config
        next_target = self.target_network.forward(b.next_states)
        if c["double_q"]:
            if next_online is None:
                next_online = self.q_network.forward(b.next_states)
            next_actions = next_online.argmax(-1, keepdim=True)
            next_q = next_target.gather(1, next_actions).squeeze(1)
        else:
            next_q = next_target.max(-1).values
        return b.rewards + c["gamma"] * (1.0 - b.dones) * next_q

    def _schedule(self) -> float:
        """Fraction of the learning rate (and PPO clip) left: ``1 - env_steps / total_steps`` when annealing."""
        c = self.config
        if not c["anneal"] or c["total_steps"] is None:
            return 1.0
        return max(0.0, 1.0 - self.env_steps / c["total_steps"])

    def _learn_on_policy(self) -> dict[str, float]:
        c = self.config
        roll = {key: torch.stack(values) for key, values in self._rollout.items()}  # each (T, N) or (T, N, D)
        self._rollout = {}
        steps, envs = roll["rewards"].shape
        states = roll["states"].reshape(-1, self.state_dim)
        actions = roll["actions"].reshape(-1)
        with torch.no_grad():  # the networks have not changed since the rollout began: one batched pass
            old_log_probs = torch.log_softmax(self.policy_network.actor(states), -1).gather(
                1, actions[:, None]).squeeze(1)
            values = self.policy_network.critic(
                torch.cat([states, roll["next_states"].reshape(-1, self.state_dim)])).squeeze(-1)
        values, next_values = values[:len(states)].view(steps, envs), values[len(states):].view(steps, envs)
        advantages, returns = gae(roll["rewards"], values, next_values, roll["terminated"], roll["ended"],
                                  c["gamma"], c["gae_lambda"])
        advantages, returns = advantages.reshape(-1), returns.reshape(-1)
        fraction = self._schedule()
        for group in self.optimizer.param_groups:
            group["lr"] = c["learning_rate"] * fraction
        clip = c["clip_range"] * fraction if self.agent_type == "ppo" else 0.0
        epochs = c["n_epochs"] if self.agent_type == "ppo" else 1
        size = c["batch_size"] if self.agent_type == "ppo" else len(states)
        stats: dict[str, list[float]] = {}
        for _ in range(epochs):
            order = torch.randperm(len(states), generator=self.generator)
            for start in range(0, len(states), size):
                index = order[start:start + size]
                adv = advantages[index]
                if c["normalize_advantage"] and len(index) > 1:
                    adv = (adv - adv.mean()) / (adv.std() + 1e-8)
                logits, values = self.policy_network(states[index])
                all_log_probs = torch.log_softmax(logits, -1)
                log_probs = all_log_probs.gather(1, actions[index][:, None]).squeeze(1)
                if self.agent_type == "ppo":
                    policy_loss = ppo_clip_loss(log_probs, old_log_probs[index], adv, max(clip, 1e-8))
                    with torch.no_grad():
                        ratio = torch.exp(log_probs - old_log_probs[index])
                        stats.setdefault("clip_fraction", []).append(float(((ratio - 1).abs() > clip).float().mean()))
                        stats.setdefault("approx_kl", []).append(float(((ratio - 1) - torch.log(ratio)).mean()))
                else:
                    policy_loss = -(log_probs * adv).mean()
                value_loss = F.mse_loss(values, returns[index])
                entropy = -(all_log_probs.exp() * all_log_probs).sum(-1).mean()
                loss = policy_loss + c["vf_coef"] * value_loss - c["ent_coef"] * entropy
                self.optimizer.zero_grad(set_to_none=True)
                loss.backward()
                nn.utils.clip_grad_norm_(self.policy_network.parameters(), c["max_grad_norm"], foreach=True)
                self.optimizer.step()
                self.updates += 1
                for key, value in (("policy_loss", policy_loss), ("value_loss", value_loss), ("entropy", entropy)):
                    stats.setdefault(key, []).append(float(value.detach()))
        info = {key: float(np.mean(values)) for key, values in stats.items()}
        info.update(self._fit_forward_model())
        return info

    # ------------------------------------------------------------------------------------------- analysis
    def analyze_causal_patterns(self, num_states: int = 1024) -> dict[str, Any]:
        """The action's measured influence (nats) on each state feature and on the reward, over the last
        ``num_states`` stored states, with each ``causal_rules`` entry set beside what was measured.

        ``measured_strength`` is influence divided by ``log(action_dim)``, the most a uniform policy can show,
        so it is comparable with a rule's strength in [0, 1]. Only rules whose cause is ``'action'`` can be
        measured; the others get ``None``.
        """
        num_states = _validate.positive_int("num_states", num_states)
        if len(self.episodic_memory) == 0:
            raise DataError("analyze_causal_patterns needs stored experiences; call store_experience first.")
        self._flush_influence()
        states = self.episodic_memory.recent(num_states).states
        per_feature = self.causal_core.influence_per_feature(states).mean(0)
        scale = math.log(self.action_dim) if self.action_dim > 1 else 1.0
        by_name = dict(zip(self.feature_names, per_feature[:-1].tolist()))
        by_name["reward"] = float(per_feature[-1])
        rules = []
        for rule in self.config["causal_rules"]:
            measured = by_name.get(rule["effect"]) if rule["cause"] == "action" else None
            rules.append({**rule, "measured_nats": measured,
                          "measured_strength": None if measured is None else min(1.0, measured / scale)})
        return {
            "feature_influence": {name: by_name[name] for name in self.feature_names},
            "reward_influence": by_name["reward"],
            "mean_influence": float(self.causal_core.influence(states).mean()),
            "max_influence": scale,
            "states_analyzed": len(states),
            "forward_model_fitted": self.causal_core.fitted,
            "rules": rules,
        }

    # ------------------------------------------------------------------------------------------- saving
    def save_pretrained(self, directory: str | Path) -> Path:
        """Write ``config.json`` and ``model.safetensors`` (networks and forward model; not the memory)."""
        config = {"kind": "causaltorch.rl.CausalRLAgent", "state_dim": self.state_dim, "action_dim": self.action_dim,
                  "agent_type": self.agent_type, "memory_capacity": self.episodic_memory.capacity,
                  "causal_config": self.causal_config, "env_steps": self.env_steps}
        return write_pretrained(directory, self.state_dict(), config, "rl")

    @classmethod
    def from_pretrained(cls, directory: str | Path) -> CausalRLAgent:
        """An agent saved by `save_pretrained` (weights checked against its config before loading)."""
        directory = Path(directory)
        config = read_config(directory, "saved RL agent", " Save one with CausalRLAgent.save_pretrained.")
        if config.get("kind") != "causaltorch.rl.CausalRLAgent":
            raise CheckpointError(f"{directory} does not hold a CausalRLAgent (kind {config.get('kind')!r}).")
        try:
            def build(_depth: int) -> CausalRLAgent:
                return cls(config["state_dim"], config["action_dim"], config["agent_type"],
                           config["memory_capacity"], config["causal_config"])
            agent = load_pretrained(directory, build, 1, "rl", hint="save agents with save_pretrained")
        except (KeyError, DataError) as exc:
            raise CheckpointError(f"{directory / 'config.json'} does not describe an agent: {exc}") from None
        assert isinstance(agent, CausalRLAgent)
        agent.env_steps = _validate.nonnegative_int("env_steps", config.get("env_steps", 0), error=CheckpointError)
        return agent


def _clip_grad_norm(parameters: list[nn.Parameter], max_norm: float) -> None:
    """`torch.nn.utils.clip_grad_norm_` (L2 norm over all gradients, scale ``max_norm / (norm + 1e-6)`` when
    above ``max_norm``) in four kernels, without its per-call argument handling."""
    grads = [p.grad for p in parameters if p.grad is not None]
    if not grads:
        return
    total = torch.linalg.vector_norm(torch.stack(torch._foreach_norm(grads)))
    scale = max_norm / (total + 1e-6)
    if not scale >= 1.0:  # clamped to 1 otherwise, and a product with 1 changes nothing (NaN: multiplied, as torch)
        torch._foreach_mul_(grads, scale)

