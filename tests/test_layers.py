import pytest
import torch

from causaltorch import CausalRuleSet, StructuralCausalModel
from causaltorch.errors import CausalTorchError, DataError, MechanismError, RuleValidationError
from causaltorch.layers import (
    CausalGraphManager,
    CausalLinear,
    CausalSymbolicLayer,
    TemporalCausalConv,
    causal_consistency_loss,
    propagate,
    propagate_in_time,
)


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


# ---------------------------------------------------------------------- causal state from named variables
def video_rules():
    return CausalRuleSet.load("video")  # hoof_impact -> dust (offset 1, 4 frames), explosion -> smoke (10 frames)


def test_propagate_in_time_puts_an_effect_offset_frames_after_its_cause_for_its_duration():
    rules = video_rules()
    evidence = torch.zeros(1, 12, len(rules.variables))
    evidence[0, 3, rules.index("hoof_impact")] = 1.0
    evidence[0, 5, rules.index("arrow_hit")] = 0.5
    state = propagate_in_time(StructuralCausalModel(rules), evidence)[0]
    dust = state[:, rules.index("dust")]
    assert dust.tolist() == [0.0] * 4 + [1.0] * 4 + [0.0] * 4  # frames 4 … 7: offset 1, duration 4
    fall = state[:, rules.index("soldier_fall")]  # offset 3, then held by its own lag-1 self-loop
    assert fall[:8].eq(0).all() and torch.allclose(fall[8:], torch.full((4,), 0.5))


def test_propagate_in_time_is_differentiable_in_the_evidence():
    rules = video_rules()
    evidence = torch.zeros(2, 6, len(rules.variables), requires_grad=True)
    propagate_in_time(StructuralCausalModel(rules), evidence)[:, 4, rules.index("dust")].sum().backward()
    grad = evidence.grad[:, :, rules.index("hoof_impact")]
    assert grad[:, 3].gt(0).all() and grad[:, 4:].eq(0).all()  # dust at 4 reads the impacts of frames 0 … 3


def test_temporal_conv_builds_the_state_from_named_metadata_along_the_rules():
    rules = video_rules()
    layer = TemporalCausalConv(3, 1, kernel_size=(1, 1, 1), causal_rules=rules, bias=False)
    with torch.no_grad():  # the output reads the dust channel only: out[t] = 2 * dust[t]
        layer.conv.weight.zero_()
        layer.conv.weight[0, 3 + rules.index("dust")] = 2.0
    x = torch.randn(2, 3, 10, 4, 4)
    impact = torch.zeros(2, 10)
    impact[0, 2] = 1.0  # clip 0: the hoof strikes at frame 2; clip 1: never
    out = layer(x, {"hoof_impact": impact})[:, 0, :, 0, 0]  # (B, T)
    assert out[0].tolist() == [0.0] * 3 + [2.0] * 4 + [0.0] * 3
    assert out[1].eq(0).all()
    assert torch.equal(layer(x, {"hoof_impact": impact}), layer(x, layer.causal_state({"hoof_impact": impact}, 2, 10)))


def test_temporal_conv_metadata_per_clip_holds_for_every_frame_and_unnamed_variables_are_absent():
    rules = video_rules()
    layer = TemporalCausalConv(3, 4, causal_rules=rules)
    state = layer.causal_state({"explosion": torch.tensor([1.0, 0.0])}, 2, 3)
    assert state[0, :, rules.index("smoke")].tolist() == [1.0, 1.0, 1.0]  # offset 0: smoke with the blast
    assert state[1].eq(0).all()
    assert state[:, :, rules.index("arrow_hit")].eq(0).all()


@pytest.mark.parametrize("metadata, message", [
    ({"hoof_impakt": 1.0}, "Did you mean 'hoof_impact'"),
    ({"hoof_impact": 1.5}, r"metadata\['hoof_impact'\] holds values outside \[0, 1\]"),
    ({"hoof_impact": torch.ones(3)}, r"must be a number or a float tensor \[batch\] = \[2\]"),
    ({"hoof_impact": "yes"}, r"must be a number or a float tensor"),
])
def test_temporal_conv_refuses_bad_metadata_naming_it(metadata, message):
    layer = TemporalCausalConv(3, 4, causal_rules=video_rules())
    with pytest.raises(CausalTorchError, match=message):
        layer(torch.randn(2, 3, 5, 4, 4), metadata)


def test_temporal_conv_without_rules_refuses_metadata():
    with pytest.raises(DataError, match="has no causal_rules"):
        TemporalCausalConv(3, 4)(torch.randn(1, 3, 5, 4, 4), {"rain": 1.0})


# ---------------------------------------------------------------------- masking existing layers with a graph
def test_graph_manager_cuts_every_dependency_off_the_graph_and_keeps_it_cut_through_training():
    dag = torch.tensor([[1, 0], [0, 1], [1, 1]])  # inputs 0 -> 0, 1 -> 1, 2 -> {0, 1}
    layer = CausalGraphManager(dag).apply_mask(torch.nn.Linear(3, 2))
    optimizer = torch.optim.SGD(layer.parameters(), lr=0.5, momentum=0.9)
    for _ in range(3):
        optimizer.zero_grad()
        layer(torch.randn(8, 3)).pow(2).sum().backward()
        optimizer.step()
    x = torch.randn(4, 3, requires_grad=True)
    for j in range(2):
        (grad,) = torch.autograd.grad(layer(x)[:, j].sum(), x)
        for i in range(3):
            assert bool(grad[:, i].eq(0).all()) == (dag[i, j] == 0), (i, j)
    assert torch.equal(layer.weight == 0, dag.T == 0)


def test_graph_manager_takes_a_ruleset_and_refuses_a_layer_of_another_shape():
    rules = CausalRuleSet()
    rules.add_rule("a", "b", 0.5)
    manager = CausalGraphManager(rules)
    layer = manager.apply_mask(torch.nn.Linear(2, 2))
    assert torch.equal(layer.weight != 0, torch.tensor([[False, False], [True, False]]))
    with pytest.raises(RuleValidationError, match=r"expected \[in_features, out_features\] = \[3, 2\]"):
        manager.apply_mask(torch.nn.Linear(3, 2))
    with pytest.raises(DataError, match="needs a layer with a 2-D 'weight'"):
        manager.apply_mask(torch.nn.ReLU())
