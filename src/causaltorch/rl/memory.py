"""Replay memory whose sampling prefers experiences in which the action mattered.

`SumTree` holds one priority per slot in a binary tree of partial sums: updating a priority and drawing a
slot with probability proportional to its priority both take O(log n). `EpisodicMemory` stores transitions
in preallocated arrays (a ring buffer) and samples them

* uniformly (``use_causal_priority=False``), or
* in proportion to ``priority_i = (eps + (1 - w) |td_i| + w c_i) ** alpha`` (prioritised replay, Schaul et al.
  2016), where ``c_i`` is the transition's causal action influence (Seitzer et al. 2021) counted only when it
  reaches ``causal_threshold``, and ``w = causal_weight`` mixes the two (``w = 0`` is plain TD-error PER).

Prioritised samples carry importance-sampling weights ``(N P(i)) ** -beta`` divided by the batch's largest, with
``beta`` annealed linearly from ``beta_start`` to 1 over ``beta_steps`` calls to `EpisodicMemory.sample`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import Tensor

from causaltorch import _validate
from causaltorch.errors import DataError

__all__ = ["Batch", "EpisodicMemory", "SumTree"]


class SumTree:
    """Priorities of ``capacity`` slots in a tree of partial sums with ``fanout`` children per node.

    Level 0 holds the priorities (padded with zeros to a multiple of ``fanout``); each level above holds the
    sums of ``fanout`` consecutive entries of the level below, up to a top level of ``fanout`` entries.
    ``update(indices, priorities)`` and ``find(values)`` are vectorised over a batch and walk the
    ``log_fanout(n)`` levels once: O(fanout log_fanout n) per element, i.e. O(log n). A wide node keeps the
    number of levels, and so of NumPy calls per batch, small (3 levels for 10^5 slots at the default 64).
    ``total`` is the sum of all priorities.
    """

    def __init__(self, capacity: int, fanout: int = 64):
        self.capacity = _validate.positive_int("capacity", capacity)
        self.fanout = _validate.integer("fanout", fanout, 2)
        f = self.fanout
        self.levels = [np.zeros(-(-self.capacity // f) * f, dtype=np.float64)]
        while len(self.levels[-1]) > f:
            groups = len(self.levels[-1]) // f
            self.levels.append(np.zeros(-(-groups // f) * f, dtype=np.float64))

    @property
    def total(self) -> float:
        return float(self.levels[-1].sum())

    def priorities(self, indices: np.ndarray) -> np.ndarray:
        return self.levels[0][np.asarray(indices, dtype=np.int64)]

    def update(self, indices: np.ndarray, priorities: np.ndarray) -> None:
        """Set the priority of each slot in ``indices`` (later duplicates win), then recompute the sums above."""
        nodes = np.asarray(indices, dtype=np.int64)
        f = self.fanout
        self.levels[0][nodes] = np.asarray(priorities, dtype=np.float64)
        for below, level in zip(self.levels[:-1], self.levels[1:]):
            nodes = nodes // f  # a repeated parent is recomputed from its children and gets the same sum
            level[nodes] = below.reshape(-1, f)[nodes].sum(axis=1)

    def update_one(self, index: int, priority: float) -> None:
        """`update` for a single slot without the batch machinery."""
        f = self.fanout
        self.levels[0][index] = priority
        for below, level in zip(self.levels[:-1], self.levels[1:]):
            index //= f
            level[index] = below[index * f:(index + 1) * f].sum()

    def find(self, values: np.ndarray) -> np.ndarray:
        """The slot whose cumulative-priority interval holds each of ``values`` (each in ``[0, total)``)."""
        values = np.array(values, dtype=np.float64)
        f = self.fanout
        starts = np.arange(len(values)) * f
        ends = starts + f
        nodes = np.zeros(len(values), dtype=np.int64)  # the group (of f entries) to descend into, per value
        running = np.zeros(len(values) * f + 1)
        sums = torch.from_numpy(running)[1:]  # torch's cumsum: the same sequential sums, three times faster
        for level in reversed(self.levels):
            # the chosen groups side by side under one running sum (running[j]: the first j entries), so each
            # value's child is one binary search for (the sum of the groups before its own) + value
            torch.cumsum(torch.from_numpy(level.reshape(-1, f)[nodes]).reshape(-1), 0, out=sums)
            target = running[starts] + values
            after = np.minimum(running.searchsorted(target, side="right"), ends)  # 1 + the child's position
            values = target - running[after - 1]
            nodes = nodes * f + (after - 1 - starts)
        slots = nodes
        # rounding can step past the last non-zero leaf; fall back to the nearest filled slot on the left
        leaves = self.levels[0]
        empty = (slots >= self.capacity) | (leaves[np.minimum(slots, len(leaves) - 1)] <= 0)
        if empty.any():
            filled = np.flatnonzero(leaves[:self.capacity] > 0)
            position = np.searchsorted(filled, slots[empty], side="right") - 1
            slots[empty] = filled[np.clip(position, 0, len(filled) - 1)]
        return slots


@dataclass
class Batch:
    """A batch of transitions as tensors: ``states`` (B, D) float, ``actions`` (B,) long, ``rewards`` (B,),
    ``next_states`` (B, D), ``dones`` (B,) 1.0 where the episode terminated (not where it was truncated),
    ``causal_strength`` (B,), ``weights`` (B,) importance-sampling weights (ones when uniform), ``indices``
    (B,) the slots, for `EpisodicMemory.update_priorities`."""

    states: Tensor
    actions: Tensor
    rewards: Tensor
    next_states: Tensor
    dones: Tensor
    causal_strength: Tensor
    weights: Tensor
    indices: np.ndarray

    def __len__(self) -> int:
        return len(self.indices)


class EpisodicMemory:
    """A ring buffer of ``capacity`` transitions sampled uniformly or by TD error mixed with causal influence.

    Args:
        capacity: transitions kept; the oldest is overwritten first.
        causal_threshold: a causal strength (nats of action influence) below this counts as 0 in the priority.
        causal_weight: ``w`` in ``(1 - w) |td| + w c``; 0 gives TD-error prioritised replay.
        alpha: how strongly priorities skew sampling (0 is uniform).
        beta_start, beta_steps: importance-sampling exponent, annealed linearly to 1 over ``beta_steps`` samples.
        eps: keeps every priority positive.
        seed: seed of the sampler's generator.
    """

    def __init__(self, capacity: int = 10000, causal_threshold: float = 0.5, *, causal_weight: float = 0.5,
                 alpha: float = 0.6, beta_start: float = 0.4, beta_steps: int = 100_000, eps: float = 1e-3,
                 seed: int | None = None):
        self.capacity = _validate.positive_int("capacity", capacity)
        self.causal_threshold = _validate.nonnegative("causal_threshold", causal_threshold)
        self.causal_weight = _validate.fraction("causal_weight", causal_weight)
        self.alpha = _validate.nonnegative("alpha", alpha)
        self.beta_start = _validate.fraction("beta_start", beta_start)
        self.beta_steps = _validate.positive_int("beta_steps", beta_steps)
        self.eps = _validate.positive("eps", eps)
        self.tree = SumTree(self.capacity)
        self.rng = np.random.default_rng(seed)
        self.position = 0
        self.count = 0
        self.samples_drawn = 0
        self.max_td = 1.0
        self._arrays: dict[str, np.ndarray] | None = None

    def __len__(self) -> int:
        return self.count

    @property
    def state_dim(self) -> int | None:
        return None if self._arrays is None else self._arrays["states"].shape[1]

    @property
    def beta(self) -> float:
        progress = min(1.0, self.samples_drawn / self.beta_steps)
        return self.beta_start + progress * (1.0 - self.beta_start)

    # ------------------------------------------------------------------------------------------- storing
    def push(self, state: Any, action: Any, reward: Any, next_state: Any, done: Any, causal_strength: Any = 0.0
             ) -> None:
        """Store one transition (``state`` and ``next_state`` of shape (D,) or (1, D))."""
        state = np.asarray(_numpy(state), dtype=np.float32).reshape(1, -1)
        next_state = np.asarray(_numpy(next_state), dtype=np.float32).reshape(1, -1)
        values = (_scalar(action), _scalar(reward), _scalar(done), _scalar(causal_strength))
        if self._arrays is None or not _plain_transition(state, next_state, values, self.state_dim):
            self.push_batch(state, np.asarray(values[:1]), np.asarray(values[1:2]), next_state,
                            np.asarray(values[2:3]), np.asarray(values[3:]))
            return
        # one checked transition: scalar writes and one walk up the tree, no batch machinery
        slot = self.position
        a = self._arrays
        a["states"][slot], a["next_states"][slot] = state[0], next_state[0]
        a["actions"][slot], a["rewards"][slot] = int(values[0]), float(values[1])
        a["dones"][slot], a["causal_strength"][slot], a["td"][slot] = float(values[2] != 0), values[3], self.max_td
        causal = values[3] if values[3] >= self.causal_threshold else 0.0
        priority = (self.eps + (1.0 - self.causal_weight) * self.max_td + self.causal_weight * causal) ** self.alpha
        self.tree.update_one(slot, priority)
        self.position = (self.position + 1) % self.capacity
        self.count = min(self.capacity, self.count + 1)

    def push_batch(self, states: Any, actions: Any, rewards: Any, next_states: Any, dones: Any,
                   causal_strength: Any) -> None:
        """Store B transitions at once: ``states`` and ``next_states`` (B, D), the rest (B,)."""
        self._push_unchecked(*self._checked(states, actions, rewards, next_states, dones, causal_strength))

    def _push_unchecked(self, states: np.ndarray, actions: np.ndarray, rewards: np.ndarray, next_states: np.ndarray,
                        dones: np.ndarray, strength: np.ndarray | None) -> np.ndarray:
        """`push_batch` on arrays already checked (states (B, D) float32, the rest (B,)); returns the slots.

        ``strength`` None stores 0 for now (the caller sets it later with `_set_strength`)."""
        if self._arrays is None:
            dim = states.shape[1]
            self._arrays = {
                "states": np.zeros((self.capacity, dim), np.float32),
                "next_states": np.zeros((self.capacity, dim), np.float32),
                "actions": np.zeros(self.capacity, np.int64), "rewards": np.zeros(self.capacity, np.float32),
                "dones": np.zeros(self.capacity, np.float32), "causal_strength": np.zeros(self.capacity, np.float32),
                "td": np.zeros(self.capacity, np.float64),
            }
        n = len(states)
        if n == 1:  # one environment: scalar writes and one walk up the tree (the same numbers as below)
            return self._push_one(states[0], actions[0], rewards[0], next_states[0], dones[0],
                                  0.0 if strength is None else float(strength[0]))
        if strength is None:
            strength = np.zeros(n)
        if n > self.capacity:  # only the last `capacity` survive a ring buffer anyway
            states, actions, rewards, next_states, dones, strength = (
                x[-self.capacity:] for x in (states, actions, rewards, next_states, dones, strength))
            n = self.capacity
        if self.position + n <= self.capacity:
            slots = np.arange(self.position, self.position + n)
        else:
            slots = (self.position + np.arange(n)) % self.capacity
        a = self._arrays
        a["states"][slots], a["next_states"][slots] = states, next_states
        a["actions"][slots], a["rewards"][slots], a["dones"][slots] = actions, rewards, dones
        a["causal_strength"][slots] = strength
        a["td"][slots] = self.max_td  # new experiences are seen at least once, as in PER
        self.tree.update(slots, self._priority(a["td"][slots], np.asarray(strength, dtype=np.float64)))
        self.position = int((self.position + n) % self.capacity)
        self.count = min(self.capacity, self.count + n)
        return slots

    def _push_one(self, state: np.ndarray, action: Any, reward: Any, next_state: np.ndarray, done: Any,
                  strength: float) -> np.ndarray:
        """`_push_unchecked` for a single transition; returns its slot (shape (1,))."""
        slot = self.position
        a = self._arrays
        assert a is not None
        a["states"][slot], a["next_states"][slot] = state, next_state
        a["actions"][slot], a["rewards"][slot], a["dones"][slot] = action, reward, done
        a["causal_strength"][slot], a["td"][slot] = strength, self.max_td
        causal = strength if strength >= self.causal_threshold else 0.0
        self.tree.update_one(slot, (self.eps + (1.0 - self.causal_weight) * abs(self.max_td)
                                    + self.causal_weight * causal) ** self.alpha)
        self.position = (slot + 1) % self.capacity
        self.count = min(self.capacity, self.count + 1)
        return np.array([slot])

    def _checked(self, states: Any, actions: Any, rewards: Any, next_states: Any, dones: Any, strength: Any
                 ) -> tuple[np.ndarray, ...]:
        states = np.asarray(_numpy(states), dtype=np.float32)
        next_states = np.asarray(_numpy(next_states), dtype=np.float32)
        if states.ndim != 2 or next_states.shape != states.shape:
            raise DataError(f"states and next_states must both have shape (batch, state_dim); got "
                            f"{states.shape} and {next_states.shape}.")
        if self._arrays is not None and states.shape[1] != self.state_dim:
            raise DataError(f"This memory holds states of {self.state_dim} features; got {states.shape[1]}. "
                            "Use one memory per environment.")
        n = len(states)
        out = []
        for name, value, dtype in (("actions", actions, np.float64), ("rewards", rewards, np.float64),
                                   ("dones", dones, np.float64), ("causal_strength", strength, np.float64)):
            array = np.asarray(_numpy(value), dtype=dtype).reshape(-1)
            if array.shape != (n,):
                raise DataError(f"{name} must hold one value per state ({n}); got shape {array.shape}.")
            if not np.isfinite(array).all():
                raise DataError(f"{name} must be finite; got {array[~np.isfinite(array)][:3].tolist()} "
                                "(check the environment's rewards and observations).")
            out.append(array)
        if not (np.isfinite(states).all() and np.isfinite(next_states).all()):
            raise DataError("states and next_states must be finite; got NaN or infinity.")
        actions_, rewards_, dones_, strength_ = out
        if (actions_ != np.round(actions_)).any() or (actions_ < 0).any():
            raise DataError(f"actions must be non-negative integers (discrete actions); got {actions_[:3].tolist()}.")
        if (strength_ < 0).any():
            raise DataError("causal_strength is an influence in nats and cannot be negative.")
        return states, actions_.astype(np.int64), rewards_, next_states, (dones_ != 0).astype(np.float32), strength_

    def _priority(self, td: np.ndarray, strength: np.ndarray) -> np.ndarray:
        causal = np.where(strength >= self.causal_threshold, strength, 0.0)
        mixed = self.eps + (1.0 - self.causal_weight) * np.abs(td) + self.causal_weight * causal
        return mixed ** self.alpha

    def update_priorities(self, indices: np.ndarray, td_errors: Any, causal_strength: Any = None) -> None:
        """New TD errors (and optionally causal strengths) for the slots a batch came from."""
        if self._arrays is None:
            raise DataError("update_priorities was called on an empty memory; push experiences first.")
        indices = np.asarray(indices, dtype=np.int64)
        td = np.abs(np.asarray(_numpy(td_errors), dtype=np.float64).reshape(-1))
        if td.shape != indices.shape or not np.isfinite(td).all():
            raise DataError(f"td_errors must be {len(indices)} finite numbers, one per index; got shape {td.shape}.")
        if len(indices) and (indices.min() < 0 or indices.max() >= self.count):
            raise DataError(f"indices must be slots in [0, {self.count}); got {indices.min()}..{indices.max()}.")
        strength = None
        if causal_strength is not None:
            strength = np.asarray(_numpy(causal_strength), dtype=np.float64).reshape(-1)
            if strength.shape != indices.shape or not np.isfinite(strength).all() or (strength < 0).any():
                raise DataError(f"causal_strength must be {len(indices)} finite non-negative numbers, one per "
                                f"index; got shape {strength.shape}.")
        self._set_priorities(indices, td, strength)

    def _set_priorities(self, indices: np.ndarray, td: np.ndarray, strength: np.ndarray | None = None) -> None:
        """`update_priorities` without checks: ``td`` holds |TD errors| (finite), ``indices`` valid slots."""
        a = self._arrays
        assert a is not None
        if strength is not None:
            a["causal_strength"][indices] = strength
        a["td"][indices] = td
        if len(td):
            self.max_td = max(self.max_td, float(td.max()))
        self.tree.update(indices, self._priority(td, a["causal_strength"][indices].astype(np.float64)))

    def _set_strength(self, indices: np.ndarray, strength: np.ndarray) -> None:
        """New causal strengths for ``indices`` (valid slots), their TD errors kept: the priorities follow."""
        a = self._arrays
        assert a is not None
        a["causal_strength"][indices] = strength
        self.tree.update(indices, self._priority(a["td"][indices], a["causal_strength"][indices].astype(np.float64)))

    # ------------------------------------------------------------------------------------------- sampling
    def sample(self, batch_size: int, use_causal_priority: bool = True) -> Batch:
        """``batch_size`` transitions with replacement: by priority (with IS weights) or uniformly (weights 1)."""
        batch_size = _validate.positive_int("batch_size", batch_size)
        if batch_size > self.count:
            raise DataError(f"sample asked for {batch_size} experiences but the memory holds {self.count}; "
                            "store more first or ask for fewer.")
        return self._sample(batch_size, use_causal_priority)

    def _sample(self, batch_size: int, prioritised: bool) -> Batch:
        """`sample` without checks (``0 < batch_size <= len(self)``)."""
        if not prioritised:
            indices = self.rng.integers(0, self.count, size=batch_size)
            weights = torch.ones(batch_size)
        else:
            total = self.tree.total
            bounds = np.linspace(0.0, total, batch_size + 1)  # stratified: one draw per equal segment
            low = bounds[:-1]  # rng.uniform(low, high), written out: the same draws and sums, a fifth of the cost
            values = low + (bounds[1:] - low) * self.rng.random(batch_size)
            indices = self.tree.find(np.minimum(values, np.nextafter(total, 0)))
            probabilities = self.tree.priorities(indices) / total
            w = (self.count * probabilities) ** (-self.beta)
            weights = torch.from_numpy((w / w.max()).astype(np.float32))
            self.samples_drawn += 1
        a = self._arrays
        assert a is not None
        return Batch(
            states=torch.from_numpy(a["states"][indices]), actions=torch.from_numpy(a["actions"][indices]),
            rewards=torch.from_numpy(a["rewards"][indices]), next_states=torch.from_numpy(a["next_states"][indices]),
            dones=torch.from_numpy(a["dones"][indices]),
            causal_strength=torch.from_numpy(a["causal_strength"][indices]), weights=weights, indices=indices)

    def recent(self, n: int) -> Batch:
        """The last ``min(n, len(self))`` stored transitions, oldest first (uniform weights)."""
        n = min(_validate.positive_int("n", n), self.count)
        indices = (self.position - n + np.arange(n)) % self.capacity
        a = self._arrays
        if a is None:
            raise DataError("The memory is empty; push experiences first.")
        return Batch(torch.from_numpy(a["states"][indices]), torch.from_numpy(a["actions"][indices]),
                     torch.from_numpy(a["rewards"][indices]), torch.from_numpy(a["next_states"][indices]),
                     torch.from_numpy(a["dones"][indices]), torch.from_numpy(a["causal_strength"][indices]),
                     torch.ones(n), indices)


def _plain_transition(state: np.ndarray, next_state: np.ndarray, values: tuple, state_dim: int | None) -> bool:
    """Whether one transition needs none of `push_batch`'s error messages (anything else goes through them)."""
    action, reward, done, strength = values
    return (state.shape == next_state.shape == (1, state_dim) and isinstance(action, (int, np.integer))
            and not isinstance(action, bool) and action >= 0 and isinstance(reward, (int, float))
            and math.isfinite(reward) and isinstance(strength, (int, float)) and math.isfinite(strength)
            and strength >= 0 and isinstance(done, (bool, int, float)) and math.isfinite(done)
            and bool(np.isfinite(state).all()) and bool(np.isfinite(next_state).all()))


def _numpy(value: Any) -> Any:
    if isinstance(value, Tensor):
        return value.detach().cpu().numpy()
    return value


def _scalar(value: Any) -> Any:
    value = _numpy(value)
    array = np.asarray(value)
    if array.size != 1:
        raise DataError(f"push takes one transition; got a value of shape {array.shape} (use push_batch for many).")
    return array.reshape(()).item()
