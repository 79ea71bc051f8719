"""The structural causal model against numbers derived on paper.

Tolerances: with n samples a mean has standard error sd/√n and a variance var·√(2/n); each
check allows five standard errors, so a correct sampler fails with probability < 1e-6 (and the
seed is fixed, so the outcome is deterministic).
"""

import math

import pytest
import torch

from causaltorch import CausalRuleSet, StructuralCausalModel
from causaltorch.errors import DataError, InterventionError, MechanismError, UnknownVariableError
from causaltorch.mechanisms import CallableMechanism, LinearGaussian, NoisyOr

N = 100_000


def five_se_mean(var, n=N):
    return 5 * math.sqrt(var / n)


def five_se_var(var, n=N):
    return 5 * var * math.sqrt(2 / n)


def linear_chain(a=2.0, b=-1.5, sx=1.0, sy=0.5, sz=2.0):
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    rules.add_rule("y", "z", 1.0)
    return StructuralCausalModel(rules, {
        "x": LinearGaussian([], scale=sx), "y": LinearGaussian([a], scale=sy), "z": LinearGaussian([b], scale=sz),
    })


def diamond(a=0.8, b=-0.6, c=1.5, d=0.7, sx=1.0, s1=0.5, s2=0.4, sz=0.3):
    rules = CausalRuleSet()
    for cause, effect in [("x", "y1"), ("x", "y2"), ("y1", "z"), ("y2", "z")]:
        rules.add_rule(cause, effect, 1.0)
    return StructuralCausalModel(rules, {
        "x": LinearGaussian([], scale=sx), "y1": LinearGaussian([a], scale=s1),
        "y2": LinearGaussian([b], scale=s2), "z": LinearGaussian([c, d], scale=sz),
    })


def test_linear_chain_do_root_matches_closed_form():
    a, b, sy, sz = 2.0, -1.5, 0.5, 2.0
    z = linear_chain().do(x=1.5).sample(N, as_dict=True)["z"]
    mean, var = a * b * 1.5, b**2 * sy**2 + sz**2
    assert abs(z.mean().item() - mean) < five_se_mean(var)
    assert abs(z.var().item() - var) < five_se_var(var)


def test_linear_chain_do_middle_matches_closed_form():
    b, sz = -1.5, 2.0
    z = linear_chain().do(y=-2.0).sample(N, as_dict=True)["z"]
    assert abs(z.mean().item() - b * -2.0) < five_se_mean(sz**2)
    assert abs(z.var().item() - sz**2) < five_se_var(sz**2)


def test_diamond_do_source_matches_closed_form():
    a, b, c, d, s1, s2, sz = 0.8, -0.6, 1.5, 0.7, 0.5, 0.4, 0.3
    z = diamond().do(x=2.0).sample(N, as_dict=True)["z"]
    mean, var = (a * c + b * d) * 2.0, c**2 * s1**2 + d**2 * s2**2 + sz**2
    assert abs(z.mean().item() - mean) < five_se_mean(var)
    assert abs(z.var().item() - var) < five_se_var(var)


def test_diamond_do_one_branch_keeps_the_other_path_from_the_source():
    b, c, d, sx, s2, sz = -0.6, 1.5, 0.7, 1.0, 0.4, 0.3
    z = diamond().do(y1=1.0).sample(N, as_dict=True)["z"]
    mean, var = c * 1.0, d**2 * (b**2 * sx**2 + s2**2) + sz**2
    assert abs(z.mean().item() - mean) < five_se_mean(var)
    assert abs(z.var().item() - var) < five_se_var(var)


def test_evaluate_computes_the_chain_from_given_noise_in_closed_form_and_differentiably():
    scm = linear_chain(a=2.0, b=-1.5, sx=1.0, sy=0.5, sz=2.0)
    noise = torch.tensor([[0.3, -1.0, 0.25], [-2.0, 0.5, 1.0]], requires_grad=True)
    x = 1.0 * noise[:, 0]
    y = 2.0 * x + 0.5 * noise[:, 1]
    z = -1.5 * y + 2.0 * noise[:, 2]
    values = scm.evaluate(noise)
    assert torch.allclose(values, torch.stack([x, y, z], dim=-1), atol=1e-6)
    values[:, 2].sum().backward()  # dz/dε_x = -1.5 · 2 · 1 for every row
    assert torch.allclose(noise.grad[:, 0], torch.full((2,), -3.0), atol=1e-6)
    # do(y = 4): y ignores its noise and its parent; z reads the fixed value; x is untouched
    intervened = scm.do(y=4.0).evaluate(noise.detach())
    assert torch.allclose(intervened[:, 0], x.detach(), atol=1e-6)
    assert torch.allclose(intervened[:, 1], torch.full((2,), 4.0), atol=1e-6)
    assert torch.allclose(intervened[:, 2], -1.5 * 4.0 + 2.0 * noise.detach()[:, 2], atol=1e-6)
    with pytest.raises(DataError, match=r"noise must have shape \[n, 3\]"):
        scm.evaluate(torch.zeros(2, 2))


def test_linear_counterfactual_is_exact():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    rules.add_rule("y", "z", 1.0)
    scm = StructuralCausalModel(rules, {
        "x": LinearGaussian([]), "y": LinearGaussian([2.0], bias=1.0, scale=0.5),
        "z": LinearGaussian([-3.0], scale=2.0),
    }).double()
    # abduction: u_y = (3.5 - 2·1 - 1)/0.5 = 1, u_z = (-8 + 3·3.5)/2 = 1.25
    # prediction under do(x=0): y = 1 + 0.5·1 = 1.5, z = -3·1.5 + 2·1.25 = -2
    cf = scm.counterfactual({"x": 1.0, "y": 3.5, "z": -8.0}, {"x": 0.0}, as_dict=True)
    assert abs(cf["y"].item() - 1.5) < 1e-5
    assert abs(cf["z"].item() - -2.0) < 1e-5
    assert cf["x"].item() == 0.0


def test_counterfactual_without_intervention_returns_the_observation():
    scm = linear_chain().double()
    cf = scm.counterfactual({"x": 0.3, "y": 1.1, "z": -0.7}, {})
    assert torch.allclose(cf, torch.tensor([[0.3, 1.1, -0.7]], dtype=torch.float64), atol=1e-12)


# Rule strengths are stored as float32 parameters (0.9 -> 0.89999998), so exact answers hold to ~1e-7.
EXACT = 1e-6


def one_edge(power, leak):
    rules = CausalRuleSet.from_dict({"variables": {"effect": {"base_rate": leak}},
                                     "cause_effect_pairs": [{"cause": "cause", "effect": "effect", "strength": power}]})
    return StructuralCausalModel(rules).double()


def test_noisy_or_counterfactual_is_the_posterior_over_leak_and_edge():
    # Evidence cause = 1, effect = 1: the leak fired or the edge acted, P = 1 - (1 - l)(1 - s). Under
    # do(cause = 0) only the leak can produce the effect: P(effect = 1) = l / (1 - (1 - l)(1 - s)).
    for power, leak in [(0.9, 0.05), (0.9, 0.2), (0.5, 0.5), (0.3, 0.01)]:
        cf = one_edge(power, leak).counterfactual({"cause": 1.0, "effect": 1.0}, {"cause": 0.0}, as_dict=True)
        assert abs(cf["effect"].item() - leak / (1 - (1 - leak) * (1 - power))) < EXACT, (power, leak)


def test_noisy_or_counterfactual_depends_on_the_causal_power():
    weak = one_edge(0.2, 0.1).counterfactual({"cause": 1.0, "effect": 1.0}, {"cause": 0.0}, as_dict=True)
    strong = one_edge(0.9, 0.1).counterfactual({"cause": 1.0, "effect": 1.0}, {"cause": 0.0}, as_dict=True)
    assert abs(weak["effect"].item() - 0.1 / 0.28) < EXACT and abs(strong["effect"].item() - 0.1 / 0.91) < EXACT


def test_noisy_or_counterfactual_draws_follow_the_posterior():
    torch.manual_seed(0)
    draws = one_edge(0.9, 0.2).counterfactual({"cause": 1.0, "effect": 1.0}, {"cause": 0.0}, num_samples=N,
                                               as_dict=True)["effect"]
    p = 0.2 / (1 - 0.8 * 0.1)
    assert set(draws.unique().tolist()) == {0.0, 1.0}
    assert draws.numel() == N and abs(draws.mean().item() - p) < five_se_mean(p * (1 - p))


def test_noisy_or_counterfactual_with_two_causes():
    rules = CausalRuleSet.from_dict({"variables": {"e": {"base_rate": 0.1}}, "cause_effect_pairs": [
        {"cause": "a", "effect": "e", "strength": 0.7}, {"cause": "b", "effect": "e", "strength": 0.4}]})
    cf = StructuralCausalModel(rules).double().counterfactual({"a": 1.0, "b": 1.0, "e": 1.0}, {"a": 0.0},
                                                             as_dict=True)
    # Without a, only the leak or b's edge can have produced e: P(L or B_b | L or B_a or B_b).
    expected = (1 - 0.9 * 0.6) / (1 - 0.9 * 0.3 * 0.6)
    assert abs(cf["e"].item() - expected) < EXACT
    assert cf["b"].item() == 1.0 and cf["a"].item() == 0.0


def test_noisy_or_counterfactual_through_an_inhibitor():
    rules = CausalRuleSet.from_dict({"variables": {"e": {"base_rate": 0.1}}, "cause_effect_pairs": [
        {"cause": "c", "effect": "e", "strength": 0.8}, {"cause": "i", "effect": "e", "strength": -0.5}]})
    scm = StructuralCausalModel(rules).double()
    # e = (L or B_c) and not B_i. Seen c = i = 1 and e = 0; removing the inhibitor lets e happen exactly when
    # it was produced but suppressed: P = q t / ((1 - q) + q t), q = 1 - (1 - l)(1 - s).
    q, t = 1 - 0.9 * 0.2, 0.5
    cf = scm.counterfactual({"c": 1.0, "i": 1.0, "e": 0.0}, {"i": 0.0}, as_dict=True)
    assert abs(cf["e"].item() - q * t / ((1 - q) + q * t)) < EXACT
    # Seen e = 1 with the inhibitor on: the inhibitor did not act, so removing it changes nothing.
    cf = scm.counterfactual({"c": 1.0, "i": 1.0, "e": 1.0}, {"i": 0.0}, as_dict=True)
    assert abs(cf["e"].item() - 1.0) < EXACT


def test_probability_of_necessity_on_the_weather_rules():
    scm = StructuralCausalModel(CausalRuleSet.load("weather")).double()
    torch.manual_seed(0)
    cf = scm.counterfactual({"rain": 1.0, "wet_ground": 1.0, "slippery_road": 1.0}, {"rain": 0.0}, as_dict=True)
    # rain -> wet_ground (s = 0.9, leak 0.05): PN = P(wet_{rain=0} = 0 | rain, wet) = 1 - l / (1 - (1 - l)(1 - s)).
    p_wet = 0.05 / (1 - 0.95 * 0.1)
    assert abs((1 - cf["wet_ground"].item()) - (1 - p_wet)) < EXACT
    # wet_ground -> slippery_road (s = 0.7, leak 0.02), seen slippery: its leak or its edge fired. Without rain
    # the road is slippery if its leak fired, or its edge acted and the ground is still wet.
    z = 1 - 0.98 * 0.3
    p_slip = 0.02 / z + (0.98 * 0.7 / z) * p_wet
    assert abs(cf["slippery_road"].item() - p_slip) < EXACT
    # road_accidents is unobserved and no ancestor of the evidence: prior noise, with night ~ Bernoulli(0.5).
    p_accident = 1 - 0.98 * (1 - 0.3 * p_slip) * (1 - 0.1 * 0.5)
    assert abs(cf["road_accidents"].item() - p_accident) < EXACT
    assert math.isnan(cf["sun"].item())  # clouds is an unobserved ancestor of the evidence: unknown


def test_counterfactual_integrates_out_free_continuous_noise():
    scm = linear_chain(a=2.0, b=-1.5, sy=0.5, sz=2.0).double()
    torch.manual_seed(0)
    # u_y = (3.5 - 2·1)/0.5 = 3, y_cf = 0.5·3 = 1.5 under do(x=0); z is unobserved and no ancestor of the
    # evidence, so its noise keeps its N(0, 1) prior: E[z_cf] = -1.5·1.5 = -2.25, sd 2.
    expected = scm.counterfactual({"x": 1.0, "y": 3.5}, {"x": 0.0}, as_dict=True)
    assert abs(expected["y"].item() - 1.5) < 1e-12
    assert abs(expected["z"].item() - -2.25) < 5 * 2.0 / math.sqrt(4096)   # a 4096-draw Monte Carlo mean
    draws = scm.counterfactual({"x": 1.0, "y": 3.5}, {"x": 0.0}, num_samples=N, as_dict=True)["z"]
    assert abs(draws.mean().item() - -2.25) < five_se_mean(4.0) and abs(draws.var().item() - 4.0) < five_se_var(4.0)


def test_counterfactual_is_batched_over_observed_units():
    scm = linear_chain().double()
    observed = {"x": torch.tensor([1.0, 2.0]), "y": torch.tensor([2.0, 4.5]), "z": torch.tensor([0.0, 0.0])}
    cf = scm.counterfactual(observed, {"x": 0.0}, as_dict=True)
    # u_y = (y - 2x)/0.5 = [0, 1]; y_cf = 0.5·u_y = [0, 0.5]
    assert torch.allclose(cf["y"], torch.tensor([0.0, 0.5], dtype=torch.float64), atol=1e-12)


def test_counterfactual_of_a_non_invertible_mechanism_is_a_clear_error():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    scm = StructuralCausalModel(rules, {"y": CallableMechanism(lambda pa, u: (pa[:, 0] + u).abs())})
    with pytest.raises(MechanismError, match="'y'.*not invertible"):
        scm.counterfactual({"x": 1.0, "y": 2.0}, {"x": 0.0})


def test_counterfactual_uses_a_user_inverse():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    mech = CallableMechanism(lambda pa, u: pa[:, 0] * torch.exp(u), inverse=lambda pa, y: torch.log(y / pa[:, 0]))
    cf = StructuralCausalModel(rules, {"x": "linear", "y": mech}).double().counterfactual(
        {"x": 2.0, "y": 2.0 * math.e}, {"x": 3.0}, as_dict=True)
    assert abs(cf["y"].item() - 3.0 * math.e) < 1e-9


def test_counterfactual_that_evidence_cannot_identify_names_what_to_observe():
    rules = CausalRuleSet()
    rules.add_rule("c", "x", 0.5)
    rules.add_rule("c", "y", 0.5)
    rules.add_rule("x", "y", 0.5)
    scm = StructuralCausalModel(rules)
    with pytest.raises(DataError, match="add c to the observation"):
        scm.counterfactual({"x": 1.0, "y": 1.0}, {"x": 0.0})
    relaxed = scm.counterfactual({"x": 1.0, "y": 1.0}, {"x": 0.0}, strict=False, as_dict=True)
    assert math.isnan(relaxed["y"].item()) and relaxed["x"].item() == 0.0


def test_noisy_or_mean_under_do_equals_the_causal_power_formula():
    rules = CausalRuleSet.from_dict({
        "variables": {"effect": {"base_rate": 0.1}},
        "cause_effect_pairs": [
            {"cause": "c1", "effect": "effect", "strength": 0.8},
            {"cause": "c2", "effect": "effect", "strength": 0.6},
            {"cause": "inhibitor", "effect": "effect", "strength": -0.5},
        ],
    })
    scm = StructuralCausalModel(rules)
    cases = {
        (1, 0, 0): 1 - 0.9 * 0.2,            # P = 1 - (1 - leak)(1 - s1)
        (1, 1, 0): 1 - 0.9 * 0.2 * 0.4,      # independent causes multiply their failures
        (1, 0, 1): (1 - 0.9 * 0.2) * 0.5,    # a fully-on inhibitor of strength 0.5 halves it
        (0, 0, 0): 0.1,                      # only the leak
    }
    for (c1, c2, inh), expected in cases.items():
        effect = scm.do(c1=float(c1), c2=float(c2), inhibitor=float(inh)).sample(N, as_dict=True)["effect"]
        var = expected * (1 - expected)  # intensity ∈ [0, 1], variance at most that of a Bernoulli
        assert abs(effect.mean().item() - expected) < five_se_mean(var), (c1, c2, inh)


def test_noisy_or_mechanism_value_is_exact_for_given_noise():
    mech = NoisyOr([0.8, -0.5], leak=0.1)
    parents = torch.tensor([[1.0, 1.0], [0.5, 0.0], [1.0, 1.0], [1.0, 0.0]])
    # noise columns: leak, activation of edge 0, activation of edge 1
    noise = torch.tensor([[0.0, 1.0, 1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    value = mech(parents, noise)
    assert torch.allclose(value, torch.tensor([0.0, 0.5, 1.0, 0.0]), atol=1e-7)


def test_noisy_or_noise_is_one_bernoulli_per_edge_with_the_causal_power():
    torch.manual_seed(0)
    mech = NoisyOr([0.8, -0.5], leak=0.1)
    noise = mech.sample_noise(N, torch.zeros(()))
    assert noise.shape == (N, 3) and set(noise.unique().tolist()) == {0.0, 1.0}
    for column, p in enumerate([0.1, 0.8, 0.5]):
        assert abs(noise[:, column].mean().item() - p) < five_se_mean(p * (1 - p))


def test_noisy_or_expected_value_is_the_causal_power_formula_for_fractional_causes():
    mech = NoisyOr([0.8, 0.6, -0.5], leak=0.1).double()
    parents = torch.tensor([[0.3, 0.7, 0.4]], dtype=torch.float64)
    configs, prior = mech.noise_support(parents)
    exact = (prior * mech(parents.expand(len(prior), 3), configs)).sum()
    formula = (1 - 0.9 * (1 - 0.8 * 0.3) * (1 - 0.6 * 0.7)) * (1 - 0.5 * 0.4)
    assert abs(exact.item() - mech.expected(parents).item()) < 1e-12   # the enumeration is the formula exactly
    assert abs(exact.item() - formula) < EXACT                          # float32-stored strengths


def test_do_leaves_ancestors_unchanged_and_cuts_incoming_edges():
    rules = CausalRuleSet()
    rules.add_rule("a", "b", 0.9)
    rules.add_rule("b", "c", 0.9)
    scm = StructuralCausalModel(rules, "linear")
    torch.manual_seed(1)
    observational = scm.sample(N, as_dict=True)
    torch.manual_seed(1)
    intervened = scm.do(b=3.0).sample(N, as_dict=True)
    assert torch.equal(observational["a"], intervened["a"])  # same draws: a is computed before b
    assert torch.all(intervened["b"] == 3.0)
    assert abs(torch.corrcoef(torch.stack([intervened["a"], intervened["c"]]))[0, 1].item()) < 5 / math.sqrt(N)
    assert abs(intervened["c"].mean().item() - 0.9 * 3.0) < five_se_mean(1.0)


def test_do_on_a_root_equals_conditioning_on_it():
    rules = CausalRuleSet.from_dict({"variables": {"a": {"base_rate": 0.5}},
                                     "cause_effect_pairs": [{"cause": "a", "effect": "b", "strength": 0.7}]})
    scm = StructuralCausalModel(rules)
    observational = scm.sample(2 * N, as_dict=True)
    conditioned = observational["b"][observational["a"] == 1.0].mean().item()
    intervened = scm.do(a=1.0).sample(N, as_dict=True)["b"].mean().item()
    assert abs(conditioned - intervened) < 2 * five_se_mean(0.25)


def test_do_returns_a_new_model_and_composes():
    scm = linear_chain()
    first = scm.do(x=1.0)
    both = first.do(y=2.0)
    assert scm.interventions == {} and first.interventions == {"x": 1.0}
    assert both.interventions == {"x": 1.0, "y": 2.0}


def test_soft_intervention_transforms_the_natural_value():
    scm = linear_chain()
    torch.manual_seed(3)
    natural = scm.sample(1000, as_dict=True)["y"]
    torch.manual_seed(3)
    shifted = scm.do(y=lambda value: value + 10.0).sample(1000, as_dict=True)["y"]
    assert torch.allclose(shifted, natural + 10.0)


def test_per_sample_tensor_intervention():
    values = torch.linspace(-1, 1, 50)
    y = linear_chain().do(x=values).sample(50, as_dict=True)["x"]
    assert torch.equal(y, values)


def test_intervention_errors_name_the_problem():
    scm = linear_chain()
    with pytest.raises(UnknownVariableError, match="Did you mean 'y'"):
        scm.do(yy=1.0)
    with pytest.raises(InterventionError, match="NaN"):
        scm.do(x=float("nan"))
    with pytest.raises(InterventionError, match="3 values but 5 samples"):
        scm.do(x=torch.ones(3)).sample(5)


def test_observed_nan_is_refused():
    with pytest.raises(DataError, match="'x' contains NaN"):
        linear_chain().counterfactual({"x": float("nan")}, {"y": 0.0})


def test_log_prob_matches_the_gaussian_density():
    scm = linear_chain(a=2.0, b=-1.5, sx=1.0, sy=0.5, sz=2.0).double()
    row = torch.tensor([[0.4, 1.0, -2.0]], dtype=torch.float64)

    def normal(x, mean, sd):
        return -0.5 * ((x - mean) / sd) ** 2 - math.log(sd) - 0.5 * math.log(2 * math.pi)

    expected = normal(0.4, 0, 1.0) + normal(1.0, 0.8, 0.5) + normal(-2.0, -1.5, 2.0)
    assert abs(scm.log_prob(row).item() - expected) < 1e-10
    # under do(y=1) y is a constant and drops out
    assert abs(scm.do(y=1.0).log_prob(row).item() - (expected - normal(1.0, 0.8, 0.5))) < 1e-10


def test_log_prob_of_a_noisy_or_model_is_refused():
    rules = CausalRuleSet()
    rules.add_rule("a", "b", 0.5)
    with pytest.raises(MechanismError, match="additive-Gaussian"):
        StructuralCausalModel(rules).log_prob(torch.zeros(2, 2))


def test_fit_recovers_linear_weights_by_least_squares():
    truth = diamond()
    data = truth.sample(50_000)
    rules = truth.ruleset
    learner = StructuralCausalModel(rules, "linear").fit(data)
    assert torch.allclose(learner.mechanisms["z"].weights, torch.tensor([1.5, 0.7]), atol=0.02)
    assert abs(learner.mechanisms["y1"].scale.item() - 0.5) < 0.01


def test_fit_learns_a_nonlinear_mechanism_with_an_mlp():
    rules = CausalRuleSet()
    rules.add_rule("x", "y", 1.0)
    truth = StructuralCausalModel(rules, {
        "x": LinearGaussian([]),
        "y": CallableMechanism(lambda pa, u: torch.sin(2 * pa[:, 0]) + 0.1 * u),
    })
    data = truth.sample(4000)
    learner = StructuralCausalModel(rules, "mlp").fit(data, epochs=600, lr=0.02)
    # residual sd approaches the true noise sd 0.1 (a linear fit could not get below ~0.55)
    assert learner.mechanisms["y"].scale.item() < 0.15


def test_fit_refuses_bad_data_and_changes_nothing():
    scm = StructuralCausalModel(linear_chain().ruleset, "linear")
    before = {k: v.clone() for k, v in scm.state_dict().items()}
    bad = torch.randn(10, 3)
    bad[4, 1] = float("nan")
    with pytest.raises(DataError, match="row 4, column 'y'"):
        scm.fit(bad)
    bad[4, 1] = float("inf")
    with pytest.raises(DataError, match="NaN or inf"):
        scm.fit(bad)
    with pytest.raises(DataError, match=r"shape \(10, 2\).*3 variables"):
        scm.fit(torch.randn(10, 2))
    after = scm.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)


def test_sample_follows_module_dtype():
    assert linear_chain().double().sample(4).dtype == torch.float64


def test_temporal_effect_lands_exactly_offset_steps_later_and_is_held_for_duration():
    rules = CausalRuleSet.from_dict({
        "variables": {"arrow_hit": {"base_rate": 0.0}, "soldier_fall": {"base_rate": 0.0}},
        "cause_effect_pairs": [
            {"cause": "arrow_hit", "effect": "soldier_fall", "strength": 1.0, "temporal_offset": 3, "duration": 4},
        ],
    })
    trajectory = StructuralCausalModel(rules).rollout(15, {"arrow_hit": {2: 1.0}}, n=3, as_dict=True)
    expected = torch.zeros(15)
    expected[5:9] = 1.0  # onset 2 + 3, held 4 steps
    assert torch.equal(trajectory["soldier_fall"], expected.expand(3, 15))


def test_feedback_through_a_lagged_self_edge_makes_an_effect_persist():
    rules = CausalRuleSet.from_dict({
        "variables": {"explosion": {"base_rate": 0.0}, "smoke": {"base_rate": 0.0}},
        "cause_effect_pairs": [
            {"cause": "explosion", "effect": "smoke", "strength": 1.0, "temporal_offset": 1},
            {"cause": "smoke", "effect": "smoke", "strength": 1.0, "temporal_offset": 1},
        ],
    })
    smoke = StructuralCausalModel(rules).rollout(10, {"explosion": {4: 1.0}}, as_dict=True)["smoke"][0]
    assert torch.equal(smoke, torch.tensor([0, 0, 0, 0, 0, 1, 1, 1, 1, 1.0]))


def test_rollout_intervention_beyond_the_horizon_is_refused():
    rules = CausalRuleSet()
    rules.add_rule("a", "b", 1.0, temporal_offset=1)
    with pytest.raises(InterventionError, match="step 30 is outside the rollout of 24 steps"):
        StructuralCausalModel(rules).rollout(24, {"a": {30: 1.0}})


def test_single_step_sample_equals_the_first_rollout_step():
    rules = CausalRuleSet.load("weather")
    scm = StructuralCausalModel(rules)
    torch.manual_seed(5)
    first = scm.rollout(1, n=200)[:, 0]
    torch.manual_seed(5)
    assert torch.equal(first, scm.sample(200))


def test_worlds_from_one_seed_differ_only_where_the_intervention_reaches():
    scm = StructuralCausalModel(CausalRuleSet.load("weather"))
    torch.manual_seed(2)
    observational = scm.sample(5000, as_dict=True)
    torch.manual_seed(2)
    intervened = scm.do(rain=1.0).sample(5000, as_dict=True)
    for name in ["clouds", "night", "sun", "shadows", "dark_lighting", "flooding"]:  # not descendants of rain
        assert torch.equal(observational[name], intervened[name]), name


def test_noisy_or_observation_that_no_noise_explains_is_refused():
    rules = CausalRuleSet()
    rules.add_rule("rain", "wet_ground", 0.9)
    scm = StructuralCausalModel(rules)
    # With binary causes and noise the noisy-OR is binary: 0.95 is not a value it produces.
    with pytest.raises(InterventionError, match=r"wet_ground=0.95 cannot happen.*only take the values 0, 1"):
        scm.counterfactual({"rain": 1.0, "wet_ground": 0.95}, {"rain": 0.0})
    with pytest.raises(InterventionError, match=r"rain=0.5 cannot happen.*values 0, 1"):
        scm.counterfactual({"rain": 0.5}, {"wet_ground": 0.0})
    # Without its cause observed, the marginal support is checked.
    with pytest.raises(InterventionError, match=r"wet_ground=0.3 cannot happen under this model.*values 0, 1"):
        scm.counterfactual({"wet_ground": 0.3}, {"wet_ground": 0.0})
    with pytest.raises(DataError, match=r"outside \[0, 1\]"):
        scm.counterfactual({"rain": 1.0, "wet_ground": 1.7}, {"rain": 0.0})
    with pytest.raises(InterventionError, match=r"outside \[0, 1\]"):
        scm.do(rain=2.0)


def test_noisy_or_observation_excluded_by_a_certain_inhibitor_is_refused():
    rules = CausalRuleSet.from_dict({"variables": {"sun": {"base_rate": 0.9}},
                                     "cause_effect_pairs": [{"cause": "night", "effect": "sun", "strength": -1.0}]})
    with pytest.raises(InterventionError, match=r"sun=1 cannot happen.*only take the values 0\b"):
        StructuralCausalModel(rules).counterfactual({"night": 1.0, "sun": 1.0}, {"night": 0.0})


def test_a_noisy_or_with_too_many_causes_is_refused_only_where_its_posterior_is_needed():
    rules = CausalRuleSet.from_dict({"cause_effect_pairs": [
        {"cause": f"c{i}", "effect": "e", "strength": 0.1} for i in range(NoisyOr.max_parents + 1)]})
    scm = StructuralCausalModel(rules).double()
    # e unobserved and no ancestor of the evidence: its prior is sampled, not enumerated.
    torch.manual_seed(0)
    cf = scm.counterfactual({"c0": 1.0}, {"c0": 0.0}, as_dict=True)
    assert 0.0 <= cf["e"].item() <= 1.0
    observed = {f"c{i}": 1.0 for i in range(NoisyOr.max_parents + 1)}
    with pytest.raises(MechanismError, match=r"'e' has 16 incoming noisy-OR rules"):
        scm.counterfactual({**observed, "e": 1.0}, {"c0": 0.0})


def test_evaluate_takes_the_noise_sample_noise_draws():
    scm = StructuralCausalModel(CausalRuleSet.load("weather"))
    torch.manual_seed(3)
    noise = scm.sample_noise(64)
    torch.manual_seed(3)
    assert torch.equal(scm.evaluate(noise), scm.sample(64))
    with pytest.raises(DataError, match="mapping"):
        scm.evaluate(torch.zeros(64, len(scm.variables)))


def test_closed_form_linear_sampling_equals_the_sequential_evaluation():
    scm = diamond().double()
    torch.manual_seed(4)
    closed_form = scm.do(y1=0.5).sample(1000)
    torch.manual_seed(4)
    sequential = scm.do(y1=lambda natural: natural * 0.0 + 0.5).sample(1000)  # soft: the per-variable path
    assert torch.allclose(closed_form, sequential, atol=1e-12)


def test_variable_metadata_names_a_roots_mechanism_and_linear_weights_come_from_metadata():
    rules = CausalRuleSet.from_dict({
        "variables": {"x": {"mechanism": "linear"}, "y": {}},
        "cause_effect_pairs": [{"cause": "x", "effect": "y", "strength": 1.0, "mechanism": "linear",
                                "metadata": {"weight": 2.5}}],
    })
    scm = StructuralCausalModel(rules)
    assert isinstance(scm.mechanisms["x"], LinearGaussian)
    assert scm.mechanisms["y"].weights.item() == 2.5
