"""Robust aggregators and attacks of `causaltorch.federated`, against hand-computed cases."""

from __future__ import annotations

import pytest
import torch

from causaltorch.federated.aggregation import (
    Aggregator,
    bucketing,
    centered_clip,
    coordinate_median,
    fedavg,
    krum,
    multi_krum,
    trimmed_mean,
)
from causaltorch.federated.attacks import (
    alie,
    alie_z,
    flip_labels,
    gaussian_noise,
    inner_product_manipulation,
    sign_flip,
)
from causaltorch.federated.dao import aggregate_updates, secure_aggregate
from causaltorch.federated.errors import UpdateError


def t(rows):
    return torch.tensor(rows, dtype=torch.float64)


def test_fedavg_is_the_weighted_mean():
    assert torch.allclose(fedavg(t([[0, 0], [4, 8]]), [3, 1]), t([1, 2]), atol=1e-12)
    assert torch.allclose(fedavg(t([[0, 0], [4, 8]])), t([2, 4]), atol=1e-12)


def test_median_takes_the_middle_value_per_coordinate():
    assert torch.allclose(coordinate_median(t([[1, 5], [2, -1], [9, 0]])), t([2, 0]), atol=1e-12)
    assert torch.allclose(coordinate_median(t([[1], [2], [3], [10]])), t([2.5]), atol=1e-12)


def test_trimmed_mean_drops_the_extremes_per_coordinate():
    # beta 0.25 of 4 drops one value at each end: (2 + 3) / 2 and (20 + 30) / 2
    assert torch.allclose(trimmed_mean(t([[1, 30], [2, 10], [3, 20], [100, 40]]), beta=0.25), t([2.5, 25]),
                          atol=1e-12)
    # beta 0.2 of 4 drops nothing (floor(0.8) = 0): the plain mean
    assert torch.allclose(trimmed_mean(t([[1], [2], [3], [100]]), beta=0.2), t([26.5]), atol=1e-12)


def test_krum_picks_the_update_closest_to_its_neighbours():
    # f=0, n=4: two neighbours each. Scores: 0 -> 1+9=10, 1 -> 1+4=5, 3 -> 4+9=13, 100 -> 97^2+99^2
    updates = t([[0], [1], [3], [100]])
    assert torch.allclose(krum(updates, f=0), t([1]), atol=1e-12)
    assert torch.allclose(multi_krum(updates, f=0, m=2), t([0.5]), atol=1e-12)  # mean of 1 and 0


def test_krum_refuses_too_few_updates_for_f():
    with pytest.raises(UpdateError, match="n - f - 2"):
        krum(t([[0], [1], [2]]), f=1)


def test_centered_clip_with_a_radius_clips_the_step():
    assert torch.allclose(centered_clip(t([[3, 4]]), tau=1.0, iterations=1), t([0.6, 0.8]), atol=1e-12)


def test_centered_clip_default_radius_is_the_median_distance():
    # distances 1, 1, 10 from 0: radius 1, the outlier scaled by 0.1 -> ([1,0] + [0,1] + [1,0]) / 3
    out = centered_clip(t([[1, 0], [0, 1], [10, 0]]), iterations=1)
    assert not torch.allclose(centered_clip(t([[1, 0], [0, 1], [10, 0]]), iterations=2), out)
    assert torch.allclose(out, t([2 / 3, 1 / 3]), atol=1e-12)


def test_centered_clip_starts_from_the_given_center():
    out = centered_clip(t([[3, 4]]), center=t([3, 3]), tau=0.5, iterations=1)
    assert torch.allclose(out, t([3, 3.5]), atol=1e-12)


def test_bucketing_aggregates_the_means_of_shuffled_buckets():
    updates = t([[0], [2], [4], [6], [8], [100]])
    order = torch.randperm(6, generator=torch.Generator().manual_seed(3)).tolist()
    means = sorted(float(updates[order[k]] + updates[order[k + 1]]) / 2 for k in (0, 2, 4))
    out = bucketing(updates, None, coordinate_median, 2, torch.Generator().manual_seed(3))
    assert float(out) == pytest.approx(means[1], abs=1e-12)  # the median of the three bucket means
    # with FedAvg behind it, bucketing changes nothing
    weights = [1, 1, 1, 5, 1, 2]
    assert torch.allclose(bucketing(updates, weights, fedavg, 2), fedavg(updates, weights), atol=1e-12)


def test_aggregator_names_parse_and_select_the_rule():
    rule = Aggregator.parse("bucketing(3)+trimmed_mean(0.25)")
    assert (rule.method, rule.options, rule.bucket) == ("trimmed_mean", (("beta", 0.25),), 3)
    assert str(rule) == "bucketing(3)+trimmed_mean(0.25)"
    updates = t([[1], [2], [3], [100]])
    assert float(Aggregator.parse("median")(updates)) == pytest.approx(2.5, abs=1e-12)
    assert float(Aggregator.parse("fedavg")(updates)) == pytest.approx(26.5, abs=1e-12)


@pytest.mark.parametrize("spec", ["mean", "krum(1, 2)", "bucketing(2)+bucketing(2)+median", "median+bucketing(2)",
                                  "bucketing(1.5)+median", "trimmed_mean(x)", "median(1)"])
def test_aggregator_names_that_cannot_be_read_are_refused(spec):
    with pytest.raises(UpdateError):
        Aggregator.parse(spec)


def test_aggregate_updates_works_on_state_dicts_relative_to_the_base():
    base = {"w": torch.zeros(2), "steps": torch.tensor(4)}
    updates = [{"w": torch.tensor([1.0, 1.0]), "steps": torch.tensor(5)},
               {"w": torch.tensor([3.0, 1.0]), "steps": torch.tensor(7)},
               {"w": torch.tensor([2.0, 100.0]), "steps": torch.tensor(6)}]
    out = aggregate_updates(updates, None, "median", base)
    assert torch.allclose(out["w"], torch.tensor([2.0, 1.0]))
    assert out["w"].dtype == torch.float32 and out["steps"].dtype == base["steps"].dtype
    assert int(out["steps"]) == 6


def test_secure_aggregate_matches_the_named_method_and_rejects_nan():
    updates = [{"w": torch.tensor([float(v)])} for v in (1, 2, 3, 1000)]
    assert float(secure_aggregate(updates, [1, 1, 1, 1], method="median")["w"]) == pytest.approx(2.5)
    assert float(secure_aggregate(updates, [1, 1, 1, 1], method="fedavg")["w"]) == pytest.approx(251.5)
    with pytest.raises(UpdateError, match="NaN"):
        secure_aggregate(updates + [{"w": torch.tensor([float("nan")])}], [1] * 5)


def test_alie_z_matches_baruch_et_al():
    # n=20, f=4: s = floor(11) - 4 = 7, z = Phi^-1(13/20) = 0.38532
    assert alie_z(20, 4) == pytest.approx(0.38532, abs=1e-4)


def test_attacks_compute_their_formulas():
    honest = t([[0, 1], [2, 3]])
    assert torch.allclose(alie(honest, 2, z=1.0), t([[0, 1], [0, 1]]), atol=1e-12)  # mean 1,2 minus std 1,1
    assert torch.allclose(inner_product_manipulation(honest, 1, epsilon=0.1), t([[-0.1, -0.2]]), atol=1e-12)
    assert torch.allclose(sign_flip(t([[1, -2]])), t([[-10, 20]]), atol=1e-12)
    assert torch.equal(flip_labels(torch.tensor([0, 3, 9]), 10), torch.tensor([9, 6, 0]))
    noise = gaussian_noise(2000, 3, std=2.0, generator=torch.Generator().manual_seed(0))
    assert noise.std().item() == pytest.approx(2.0, abs=0.1)  # 6000 draws: std error ~0.02


def _honest_and_mean(n=16, p=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    honest = 1.0 + 0.1 * torch.randn(n, p, generator=g, dtype=torch.float64)
    return honest, honest.mean(dim=0)


@pytest.mark.parametrize("attack", ["sign_flip", "gaussian", "ipm"])
def test_robust_rules_bound_what_fedavg_does_not(attack):
    honest, mean = _honest_and_mean()
    f = 4
    bad = {"sign_flip": lambda: sign_flip(honest[:f]), "ipm": lambda: inner_product_manipulation(honest, f, 100.0),
           "gaussian": lambda: gaussian_noise(f, 6, 50.0, torch.Generator().manual_seed(1))}[attack]()
    updates = torch.cat([honest, bad])
    assert (fedavg(updates) - mean).norm() > 1.0  # the honest mean has norm ~2.4; FedAvg is dragged away
    for rule in ("median", "trimmed_mean(0.2)", "krum(4)", "multi_krum(4)", "centered_clip",
                 "bucketing(2)+centered_clip"):
        error = (Aggregator.parse(rule)(updates, generator=torch.Generator().manual_seed(0)) - mean).norm()
        assert error < 0.5, (rule, float(error))


def test_alie_hides_inside_the_honest_range_and_centered_clip_moves_less_than_it():
    honest, mean = _honest_and_mean()
    bad = alie(honest, 4)
    assert ((bad[0] >= honest.min(0).values) & (bad[0] <= honest.max(0).values)).all()  # no coordinate outlier
    shift = (bad[0] - mean).norm()
    out = centered_clip(torch.cat([honest, bad]), center=mean)
    assert (out - mean).norm() < shift / 2  # ALIE cannot be spotted, but it moves the aggregate less than itself


def test_the_dao_seed_changes_only_bucketings_shuffle():
    from causaltorch.federated import CausalDAO

    results = {}
    for rule in ("bucketing(2)+median", "median"):
        for seed in (0, 1):
            dao = CausalDAO(model_aggregation=rule, seed=seed)
            for k, value in enumerate([0.0, 1.0, 2.0, 10.0, 20.0, 40.0]):
                dao.register_client(f"c{k}")
                dao.update_local_model(f"c{k}", {"w": torch.tensor([value])})
            results[rule, seed] = float(dao.aggregate()["w"])
    assert results["median", 0] == results["median", 1] == 6.0
    assert results["bucketing(2)+median", 0] != results["bucketing(2)+median", 1]


def test_centered_clip_cutoff_gives_a_far_update_no_weight():
    # distances 1, 1, 100 from 0, median 1: with cutoff 4 the third is dropped and the rest averaged: (0.5, 0.5);
    # without it the third keeps a clipped full vote, (1, 0): ([1,0] + [0,1] + [1,0]) / 3
    updates = t([[1, 0], [0, 1], [100, 0]])
    assert torch.allclose(centered_clip(updates, iterations=1, cutoff=4), t([0.5, 0.5]), atol=1e-12)
    assert torch.allclose(centered_clip(updates, iterations=1), t([2 / 3, 1 / 3]), atol=1e-12)
    # a cut-off beyond the far update's distance (100 / 1) changes nothing
    assert torch.allclose(centered_clip(updates, iterations=1, cutoff=101), t([2 / 3, 1 / 3]), atol=1e-12)
    # weights are renormalised over the kept updates: (3 * [1,0] + 1 * [0,1]) / 4
    assert torch.allclose(centered_clip(updates, [3, 1, 100], iterations=1, cutoff=4), t([0.75, 0.25]), atol=1e-12)


def test_centered_clip_cutoff_keeps_an_update_inside_it_clipped():
    # distances 1, 1, 3 (median 1): 3 < 4 * 1, so it stays, clipped to radius 1 -> as plain clipping
    updates = t([[1, 0], [0, 1], [0, 3]])
    assert torch.allclose(centered_clip(updates, iterations=1, cutoff=4), t([1 / 3, 2 / 3]), atol=1e-12)
    # cutoff 2 drops it: (0.5, 0.5)
    assert torch.allclose(centered_clip(updates, iterations=1, cutoff=2), t([0.5, 0.5]), atol=1e-12)


def test_the_default_rule_drops_a_sign_flip_x10_that_plain_clipping_only_clips():
    from causaltorch.federated.aggregation import DEFAULT_AGGREGATION, DEFAULT_ROUND_AGGREGATION

    honest, mean = _honest_and_mean()
    updates = torch.cat([honest, sign_flip(honest[:4], 10.0)])
    assert Aggregator.parse(DEFAULT_AGGREGATION) == Aggregator.parse("reputation(1)+centered_clip(cutoff=3)")
    default = Aggregator.parse(DEFAULT_ROUND_AGGREGATION)  # the default's per-round rule (round 0: no records yet)
    assert default == Aggregator.parse("centered_clip(cutoff=3)")
    # the flipped updates lie ~10x the median distance away: dropped, the result is clipping over the honest alone
    # (up to the radius, a median over all 20); plain clipping keeps four clipped votes pulling the other way
    honest_only = centered_clip(honest)
    assert (default(updates) - honest_only).norm() < 0.005
    assert (centered_clip(updates) - honest_only).norm() > 0.05


def test_aggregator_options_by_name():
    rule = Aggregator.parse("centered_clip(0.5, cutoff=4)")
    assert rule.options == (("tau", 0.5), ("cutoff", 4.0))
    assert str(rule) == "centered_clip(tau=0.5, cutoff=4)" and Aggregator.parse(str(rule)) == rule
    assert str(Aggregator.parse("multi_krum(f=4, m=10)")) == "multi_krum(4, 10)"
    assert Aggregator.parse("bucketing(2)+centered_clip(cutoff=6)").bucket == 2


@pytest.mark.parametrize("spec, message", [
    ("centered_clip(cutoff=4, 3)", "named ones last"),
    ("centered_clip(foo=1)", "no option 'foo'"),
    ("centered_clip(tau=1, tau=2)", "twice"),
    ("centered_clip(cutoff=0.5)", "cutoff"),
    ("centered_clip(1 2=3)", "not an option"),
])
def test_aggregator_refuses_bad_named_options(spec, message):
    with pytest.raises(UpdateError, match=message):
        Aggregator.parse(spec)
