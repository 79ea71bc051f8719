"""EpisodicMemory and its sum tree: sampling frequencies, importance weights, priorities and bad input."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from causaltorch.errors import DataError
from causaltorch.rl import EpisodicMemory, SumTree


def _filled(n: int, strengths: np.ndarray | None = None, **kwargs) -> EpisodicMemory:
    memory = EpisodicMemory(capacity=n, **kwargs)
    states = np.arange(n, dtype=np.float32).reshape(n, 1)
    memory.push_batch(states, np.zeros(n), np.zeros(n), states + 1, np.zeros(n),
                      np.zeros(n) if strengths is None else strengths)
    return memory


def test_sum_tree_total_and_find_follow_cumulative_priorities():
    tree = SumTree(5)
    tree.update(np.arange(5), np.array([1.0, 2.0, 3.0, 0.0, 4.0]))
    assert tree.total == pytest.approx(10.0, abs=1e-12)
    # cumulative bounds: [0,1) -> 0, [1,3) -> 1, [3,6) -> 2, slot 3 is empty, [6,10) -> 4
    found = tree.find(np.array([0.0, 0.99, 1.0, 2.99, 3.0, 5.99, 6.0, 9.99]))
    assert found.tolist() == [0, 0, 1, 1, 2, 2, 4, 4]
    tree.update(np.array([2]), np.array([0.5]))
    assert tree.total == pytest.approx(7.5, abs=1e-12)


def test_sum_tree_sampling_frequencies_match_priorities_chi_square():
    tree = SumTree(7)
    priorities = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0])
    tree.update(np.arange(7), priorities)
    rng = np.random.default_rng(1)  # p-values over seeds 0..199 are uniform (1.5% below 0.01); seed 0 is one of those
    draws = tree.find(rng.uniform(0, tree.total, 70_000))
    observed = np.bincount(draws, minlength=7)
    expected = priorities / priorities.sum() * len(draws)
    _, p_value = stats.chisquare(observed, expected)
    assert p_value > 0.01
    # and a wrong hypothesis (uniform) is rejected by the same test
    assert stats.chisquare(observed, np.full(7, len(draws) / 7))[1] < 1e-6


def test_prioritised_sampling_frequencies_match_mixed_priorities():
    # td = max_td = 1 for new items; causal weight 0.5; alpha 1; threshold 0.5 zeroes the 0.2 strength
    strengths = np.array([0.0, 0.2, 1.0, 3.0])
    memory = _filled(4, strengths, causal_weight=0.5, alpha=1.0, eps=1e-3, seed=0)
    expected_priority = 1e-3 + 0.5 * 1.0 + 0.5 * np.array([0.0, 0.0, 1.0, 3.0])
    counts = np.zeros(4)
    for _ in range(8000):
        counts += np.bincount(memory.sample(4).indices, minlength=4)
    expected = expected_priority / expected_priority.sum() * counts.sum()
    assert stats.chisquare(counts, expected)[1] > 0.01


def test_importance_weights_match_hand_values():
    memory = _filled(4, alpha=1.0, causal_weight=0.0, eps=1e-9, beta_start=0.5, beta_steps=10, seed=0)
    memory.update_priorities(np.arange(4), np.array([1.0, 2.0, 3.0, 4.0]))
    batch = memory.sample(4)
    # P(i) = (i + 1) / 10; w_i = (N P(i))^-beta / max over the batch, N = 4, beta = 0.5 on the first sample
    hand = {0: (4 * 0.1) ** -0.5, 1: (4 * 0.2) ** -0.5, 2: (4 * 0.3) ** -0.5, 3: (4 * 0.4) ** -0.5}
    raw = np.array([hand[i] for i in batch.indices.tolist()])
    np.testing.assert_allclose(batch.weights.numpy(), raw / raw.max(), atol=1e-6)
    assert len(set(batch.indices.tolist())) > 1  # weights differ within the batch, so the check has teeth


def test_beta_anneals_linearly_to_one():
    memory = _filled(4, beta_start=0.4, beta_steps=10, seed=0)
    assert memory.beta == pytest.approx(0.4)
    for _ in range(5):
        memory.sample(2)
    assert memory.beta == pytest.approx(0.7)
    for _ in range(20):
        memory.sample(2)
    assert memory.beta == pytest.approx(1.0)


def test_causal_threshold_changes_priorities():
    strengths = np.array([0.0, 0.3])
    low = _filled(2, strengths, causal_threshold=0.1, causal_weight=1.0, alpha=1.0)
    high = _filled(2, strengths, causal_threshold=0.5, causal_weight=1.0, alpha=1.0)
    assert low.tree.priorities(np.array([1]))[0] == pytest.approx(0.301, abs=1e-9)
    assert high.tree.priorities(np.array([1]))[0] == pytest.approx(0.001, abs=1e-9)


def test_uniform_sampling_ignores_priorities_and_has_unit_weights():
    memory = _filled(4, np.array([0.0, 0.0, 0.0, 100.0]), causal_weight=1.0, alpha=1.0, seed=0)
    counts = np.zeros(4)
    for _ in range(1000):
        batch = memory.sample(4, use_causal_priority=False)
        counts += np.bincount(batch.indices, minlength=4)
        assert (batch.weights == 1).all()
    assert stats.chisquare(counts)[1] > 0.01


def test_ring_buffer_overwrites_oldest_and_spec_push_works():
    memory = EpisodicMemory(capacity=3, causal_threshold=0.5)
    for i in range(5):
        memory.push([float(i)], 1, 1.0, [float(i + 1)], False, causal_strength=0.7)
    assert len(memory) == 3
    assert sorted(memory.recent(3).states[:, 0].tolist()) == [2.0, 3.0, 4.0]


def test_sample_more_than_stored_is_refused_before_anything_changes():
    memory = _filled(3, seed=0)
    with pytest.raises(DataError, match="holds 3"):
        memory.sample(4)
    assert memory.samples_drawn == 0


@pytest.mark.parametrize("bad", [
    dict(reward=float("nan")), dict(state=[1.0, 2.0]), dict(action=-1), dict(causal_strength=-0.5),
])
def test_bad_transitions_are_refused_before_storing(bad):
    memory = EpisodicMemory(capacity=4)
    memory.push([0.0], 0, 0.0, [1.0], False)
    values = dict(state=[0.0], action=0, reward=0.0, next_state=[1.0], done=False, causal_strength=0.0) | bad
    with pytest.raises(DataError):
        memory.push(**values)
    assert len(memory) == 1


@pytest.mark.parametrize("fanout", [2, 3, 64])
def test_wide_sum_tree_finds_the_same_slots_as_a_cumulative_search(fanout):
    rng = np.random.default_rng(3)
    priorities = rng.random(1000)
    priorities[rng.random(1000) < 0.3] = 0.0  # empty slots must never be drawn
    tree = SumTree(1000, fanout=fanout)
    tree.update(np.arange(1000), priorities)
    assert len(tree.levels) == max(1, int(np.ceil(np.log(1000) / np.log(fanout))))
    values = rng.uniform(0, priorities.sum(), 5000)
    brute = np.searchsorted(np.cumsum(priorities), values, side="right")  # first slot whose running sum exceeds
    found = tree.find(values)
    assert (found == brute).mean() > 0.999  # float rounding may move a value sitting on a boundary by one slot
    assert priorities[found].min() > 0
    # one-slot and batched updates keep every level equal to the sums of the level below
    tree.update_one(7, 5.0)
    tree.update(np.array([8, 8, 999]), np.array([1.0, 2.0, 0.5]))  # a repeated slot: the later value wins
    priorities[[7, 8, 999]] = 5.0, 2.0, 0.5
    assert tree.total == pytest.approx(priorities.sum(), abs=1e-9)
    for below, level in zip(tree.levels[:-1], tree.levels[1:]):
        np.testing.assert_allclose(level[:len(below) // fanout], below.reshape(-1, fanout).sum(1), atol=1e-9)
