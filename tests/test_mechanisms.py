"""Mechanisms on their own, against numbers derived on paper."""

import math

import pytest
import torch

from causaltorch import CausalRuleSet
from causaltorch.errors import RuleValidationError
from causaltorch.mechanisms import (
    DEFAULT_LEAK,
    DEFAULT_ROOT_RATE,
    AdditiveNoiseMechanism,
    LinearGaussian,
    MLPMechanism,
    NoisyOr,
    base_rate,
)


def additive_mechanisms():
    torch.manual_seed(0)
    return [LinearGaussian([2.0, -1.0], bias=0.5, scale=0.5).double(), MLPMechanism(2, scale=0.3).double()]


@pytest.mark.parametrize("mechanism", additive_mechanisms(), ids=lambda m: type(m).__name__)
def test_abduction_recovers_the_noise_that_produced_a_value(mechanism):
    assert isinstance(mechanism, AdditiveNoiseMechanism)
    torch.manual_seed(1)
    parents, noise = torch.randn(64, 2, dtype=torch.float64), torch.randn(64, dtype=torch.float64)
    recovered = mechanism.abduct(parents, mechanism(parents, noise))
    torch.testing.assert_close(recovered, noise, rtol=0, atol=1e-12)


@pytest.mark.parametrize("mechanism", additive_mechanisms(), ids=lambda m: type(m).__name__)
def test_log_prob_is_the_gaussian_density_of_the_value_around_its_mean(mechanism):
    parents = torch.tensor([[1.0, 3.0]], dtype=torch.float64)
    value = mechanism.expected(parents) + 0.25
    sigma = float(mechanism.scale)
    by_hand = -0.5 * (0.25 / sigma) ** 2 - math.log(sigma) - 0.5 * math.log(2 * math.pi)
    assert mechanism.log_prob(parents, value).item() == pytest.approx(by_hand, abs=1e-12)


def test_linear_gaussian_value_and_noise_by_hand():
    mechanism = LinearGaussian([2.0, -1.0], bias=0.5, scale=0.5).double()
    parents = torch.tensor([[1.0, 3.0]], dtype=torch.float64)
    # 2·1 − 1·3 + 0.5 + 0.5·0.4 = −0.3, and back: (−0.3 − (−0.5)) / 0.5 = 0.4
    value = mechanism(parents, torch.tensor([0.4], dtype=torch.float64))
    assert value.item() == pytest.approx(-0.3, abs=1e-12)
    assert mechanism.abduct(parents, value).item() == pytest.approx(0.4, abs=1e-12)


def test_fit_scale_sets_the_residual_standard_deviation():
    mechanism = LinearGaussian([1.0], scale=5.0).double()
    parents = torch.tensor([[0.0], [1.0], [2.0], [3.0]], dtype=torch.float64)
    value = parents[:, 0] + torch.tensor([1.0, -1.0, 1.0, -1.0], dtype=torch.float64)  # residuals ±1
    mechanism.fit_scale(parents, value)
    assert mechanism.scale.item() == pytest.approx(1.0, abs=1e-12)


@pytest.mark.parametrize("build", [lambda s: LinearGaussian([1.0], scale=s), lambda s: MLPMechanism(1, scale=s)],
                         ids=["LinearGaussian", "MLPMechanism"])
@pytest.mark.parametrize("scale", [0.0, -1.0, float("nan"), True])
def test_additive_mechanisms_refuse_a_scale_that_is_not_positive(build, scale):
    with pytest.raises(RuleValidationError, match="scale must be a number > 0"):
        build(scale)


@pytest.mark.parametrize("leak", [-0.1, 1.5, float("nan"), "0.1"])
def test_noisy_or_refuses_a_leak_outside_zero_one(leak):
    with pytest.raises(RuleValidationError, match=r"NoisyOr leak must be a number in \[0, 1\]"):
        NoisyOr([0.5], leak=leak)


def test_base_rate_defaults_to_one_half_for_a_root_and_the_leak_for_an_effect_unless_the_rules_say():
    rules = CausalRuleSet()
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule("wet_ground", "slippery", 0.7)
    rules.add_variable("slippery", base_rate=0.2)
    assert (DEFAULT_ROOT_RATE, DEFAULT_LEAK) == (0.5, 0.05)
    assert base_rate(rules, "rain") == DEFAULT_ROOT_RATE
    assert base_rate(rules, "wet_ground") == DEFAULT_LEAK
    assert base_rate(rules, "slippery") == 0.2
    assert NoisyOr([0.9]).leak.item() == pytest.approx(DEFAULT_LEAK)
