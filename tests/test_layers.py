import pytest
import torch

from causaltorch import CausalRuleSet, StructuralCausalModel
from causaltorch.errors import DataError, MechanismError, RuleValidationError
from causaltorch.layers import CausalLinear, CausalSymbolicLayer, TemporalCausalConv, causal_consistency_loss
from causaltorch.layers.symbolic import propagate


def weather():
    return CausalRuleSet.load("weather")


def test_causal_linear_gradient_is_exactly_zero_off_the_graph():
    mask = torch.tensor([[1, 0, 1], [0, 1, 0]], dtype=torch.bool)  # inputs 0 -> {0, 2}, 1 -> {1}
    layer = CausalLinear(2, 3, mask)
    x = torch.randn(5, 2, requires_grad=True)
    for j in range(3):
        (grad,) = torch.autograd.grad(layer(x)[:, j].sum(), x)
        for i in range(2):
            if mask[i, j]:
                assert grad[:, i].abs().sum() > 0
            else:
                assert torch.all(grad[:, i] == 0)
    layer(x).sum().backward()
    assert torch.all(layer.weight.grad[~mask.T] == 0)


def test_causal_linear_from_a_ruleset_uses_its_edges():
    rules = CausalRuleSet()
    rules.add_rule("a", "b", 0.5)
    layer = CausalLinear(2, 2, rules)
    assert torch.equal(layer.mask, torch.tensor([[0.0, 0.0], [1.0, 0.0]]))


def test_causal_linear_refuses_a_mask_of_the_wrong_shape():
    with pytest.raises(RuleValidationError, match=r"\[in_features, out_features\] = \[2, 3\]"):
        CausalLinear(2, 3, torch.ones(3, 2))


def test_temporal_conv_never_sees_the_future():
    layer = TemporalCausalConv(2, 4, kernel_size=3)
    x = torch.randn(1, 2, 8, 6, 6)
    before = layer(x)
    for t in range(7):
        future = x.clone()
        future[:, :, t + 1:] += torch.randn_like(future[:, :, t + 1:])
        after = layer(future)
        assert torch.equal(before[:, :, : t + 1], after[:, :, : t + 1]), t
        assert not torch.allclose(before[:, :, t + 1:], after[:, :, t + 1:])


def test_temporal_conv_keeps_the_clip_shape_and_takes_a_causal_state():
    rules = weather()
    layer = TemporalCausalConv(3, 5, kernel_size=(2, 3, 3), causal_rules=rules, dilation=2)
    state = StructuralCausalModel(rules).rollout(6, n=2)
    out = layer(torch.randn(2, 3, 6, 8, 8), state)
    assert out.shape == (2, 5, 6, 8, 8)


def test_temporal_conv_refuses_a_wrong_frame_shape():
    with pytest.raises(DataError, match=r"\[batch, 3, frames, height, width\]"):
        TemporalCausalConv(3, 4)(torch.randn(2, 3, 8, 8))


def test_symbolic_layer_propagates_detected_causes_to_effects():
    rules = weather()
    layer = CausalSymbolicLayer(rules)
    evidence = torch.zeros(1, len(rules.variables))
    evidence[0, rules.index("rain")] = 1.0
    out = dict(zip(rules.variables, layer(evidence)[0].tolist()))
    assert out["wet_ground"] == pytest.approx(0.9, abs=1e-6)
    assert out["slippery_road"] == pytest.approx(0.9 * 0.7, abs=1e-6)
    assert out["clouds"] == 0.0  # an effect never raises its cause


def test_symbolic_layer_do_zero_suppresses_the_cause_and_its_effects():
    rules = weather()
    layer = CausalSymbolicLayer(rules)
    evidence = torch.zeros(1, len(rules.variables))
    evidence[0, rules.index("rain")] = 1.0
    out = dict(zip(rules.variables, layer(evidence, {"rain": 0.0})[0].tolist()))
    assert out["rain"] == 0.0 and out["wet_ground"] == 0.0 and out["slippery_road"] == 0.0


def test_symbolic_layer_is_differentiable_in_evidence_and_strengths():
    rules = weather()
    layer = CausalSymbolicLayer(rules)
    evidence = torch.full((3, len(rules.variables)), 0.3, requires_grad=True)
    layer(evidence)[:, rules.index("slippery_road")].sum().backward()
    assert evidence.grad[:, rules.index("rain")].abs().min() > 0
    assert layer.scm.mechanisms["wet_ground"].strengths.grad.abs().sum() > 0


def test_symbolic_layer_accepts_extra_leading_dimensions():
    rules = weather()
    out = CausalSymbolicLayer(rules)(torch.rand(2, 7, len(rules.variables)))
    assert out.shape == (2, 7, len(rules.variables))


def test_propagate_refuses_mechanisms_outside_the_noisy_or_family():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    with pytest.raises(MechanismError, match=r"'x' uses LinearGaussian"):
        propagate(StructuralCausalModel(rules, "linear"), torch.zeros(2, 2))


def test_propagate_lets_an_inhibitor_share_down_a_detected_effect():
    rules = CausalRuleSet()
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule("sun", "wet_ground", -0.8)
    scm = StructuralCausalModel(rules).double()
    columns = [scm.index(v) for v in ("rain", "sun", "wet_ground")]
    evidence = torch.zeros(3, 3, dtype=torch.float64)
    evidence[:, columns] = torch.tensor([[0.0, 1.0, 0.5], [1.0, 0.0, 0.0], [1.0, 1.0, 0.5]], dtype=torch.float64)
    wet = propagate(scm, evidence)[:, columns[2]]
    # (1 - (1 - e)(1 - 0.9 rain)) (1 - 0.8 sun): seen at 0.5 under full sun -> 0.1; caused by rain alone -> 0.9
    expected = torch.tensor([0.5 * 0.2, 0.9, (1 - 0.5 * 0.1) * 0.2], dtype=torch.float64)
    assert torch.allclose(wet, expected, atol=1e-6)


def test_propagate_keeps_the_models_own_do_and_adds_the_given_interventions():
    rules = CausalRuleSet()
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule("sun", "wet_ground", -0.8)
    scm = StructuralCausalModel(rules).double()
    evidence = torch.zeros(1, 3, dtype=torch.float64)
    out = scm.as_dict(propagate(scm.do(rain=1.0), evidence, {"sun": 0.5}))
    # nothing detected: wet ground is caused by rain alone (0.9) and half shared down by the sun (1 - 0.8 * 0.5)
    assert out["rain"].item() == 1.0 and out["sun"].item() == 0.5
    assert out["wet_ground"].item() == pytest.approx(0.9 * 0.6, abs=1e-6)  # strengths are stored in float32


def test_consistency_loss_is_zero_when_outputs_follow_the_rules_and_matches_by_hand_otherwise():
    rules = CausalRuleSet.from_dict({"variables": {"a": {}, "b": {"base_rate": 0.0}},
                                     "cause_effect_pairs": [{"cause": "a", "effect": "b", "strength": 0.8}]})
    latents = torch.tensor([[1.0, 0.0], [0.5, 0.0]])
    follows = torch.tensor([[1.0, 0.8], [0.5, 0.4]])
    assert causal_consistency_loss(follows, latents, rules).item() == pytest.approx(0.0, abs=1e-7)
    off = torch.tensor([[1.0, 0.6], [0.5, 0.4]], requires_grad=True)
    loss = causal_consistency_loss(off, latents, rules)
    assert loss.item() == pytest.approx((0.2**2 + 0.0) / 2, abs=1e-6)
    loss.backward()
    assert off.grad[0, 1].item() == pytest.approx(2 * (0.6 - 0.8) / 2, abs=1e-6)


def test_consistency_loss_checks_shapes():
    with pytest.raises(DataError, match=r"\[n, 10\]"):
        causal_consistency_loss(torch.zeros(2, 3), torch.zeros(2, 10), weather())
