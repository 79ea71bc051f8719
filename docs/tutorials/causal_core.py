"""The causal core: rules, a structural causal model, `do()` and counterfactuals.

Every causal feature of CausalTorch goes through two objects. A `CausalRuleSet` is the declared graph:
which variable causes which, how strongly (a strength in [-1, 1]; negative inhibits), and for temporal
rules how many steps later and for how long. A `StructuralCausalModel` gives that graph one meaning:
each variable gets a *mechanism* that computes it from its causes and its own noise, so the model can

* **sample** the world as it is (observational data),
* **intervene**: `do(rain=1)` sets a variable by hand and cuts the edges into it, so its descendants
  change and its ancestors do not,
* answer **counterfactuals**: given what was observed, what would have happened under an intervention
  (abduction of the noise, then action, then prediction).

The default mechanism for 0/1 variables is noisy-OR: a root is 1 with probability 0.5, and an effect is
1 with probability `1 - (1 - leak) * Π (1 - strength_i * cause_i)` with a leak of 0.05. Every number
this tutorial asserts can be checked on paper from that formula.
"""

# %% Declare the rules
# Rules are added one at a time (or loaded from a dict, JSON/YAML file or networkx graph). A rule that
# would close a cycle, a strength outside [-1, 1] or an unknown name is refused with a message saying
# how to fix it.
import torch

from causaltorch import CausalRule, CausalRuleSet, StructuralCausalModel
from causaltorch.errors import CausalTorchError

rules = CausalRuleSet()
rules.add_rule("clouds", "rain", 0.6)
rules.add_rule(CausalRule("rain", "wet_ground", strength=0.9))
rules.add_rule("clouds", "sun", -0.8)  # negative strength: clouds inhibit sun
print(rules.topological_order())
assert rules.topological_order().index("clouds") < rules.topological_order().index("wet_ground")
assert set(rules.descendants("clouds")) == {"rain", "wet_ground", "sun"}
assert rules.ancestors("rain") == ["clouds"]

try:
    rules.add_rule("wet_ground", "clouds", 0.5)  # wet_ground -> clouds -> rain -> wet_ground
except CausalTorchError as error:
    print("refused:", error)
else:
    raise AssertionError("a cycle must be refused")

# %% Sample, then intervene
# `do()` returns a new model; the original is unchanged. Worlds drawn with the same seed share their
# noise, so the ancestors of the intervened variable are identical draw for draw.
torch.manual_seed(0)
scm = StructuralCausalModel(rules)
observed = scm.sample(20_000, as_dict=True)
raining = scm.do(rain=1.0).sample(20_000, as_dict=True)

# P(rain) = 1 - 0.95 * (1 - 0.6 * P(clouds)) = 1 - 0.95 * 0.7 = 0.335
# P(wet | do(rain=1)) = 1 - 0.95 * 0.1 = 0.905
p_rain = observed["rain"].mean().item()
p_wet_do = raining["wet_ground"].mean().item()
print(f"P(rain) = {p_rain:.3f}   P(wet | do(rain=1)) = {p_wet_do:.3f}")
assert abs(p_rain - 0.335) < 0.015
assert abs(p_wet_do - 0.905) < 0.01
# Ancestors do not move: P(clouds) stays at 0.5 under do(rain=1).
assert abs(raining["clouds"].mean().item() - 0.5) < 0.015

# %% Ask a counterfactual
# The ground was wet while it rained. Had it not rained, would it still have been wet? Only the leak
# could have wetted it: P = 0.05 / (1 - 0.95 * 0.1) = 0.05 / 0.905.
cf = scm.counterfactual({"rain": 1.0, "wet_ground": 1.0}, {"rain": 0.0}, as_dict=True)
p_cf = cf["wet_ground"].item()
print(f"P(wet had it not rained | it rained and was wet) = {p_cf:.4f}")
assert abs(p_cf - 0.05 / 0.905) < 1e-4

# %% Temporal rules
# A temporal rule puts its effect `temporal_offset` steps after the cause and holds it for `duration`
# steps. Rain at step 3 can flood steps 5, 6 and 7 (each with probability 0.6), never earlier or later.
timed = CausalRuleSet()
timed.add_rule("rain", "flooding", 0.6, temporal_offset=2, duration=3)
timed.add_variable("flooding", base_rate=0.0)  # no floods without rain
torch.manual_seed(0)
steps = StructuralCausalModel(timed).rollout(
    10, {"rain": {t: float(t == 3) for t in range(10)}}, n=5_000, as_dict=True)
flood = steps["flooding"].mean(dim=0)
print("P(flooding) per step:", [round(p, 2) for p in flood.tolist()])
assert flood[:5].max().item() == 0.0 and flood[8:].max().item() == 0.0
assert all(abs(flood[t].item() - 0.6) < 0.03 for t in (5, 6, 7))

# %% Continuous variables: linear-Gaussian and learned mechanisms
# The same API works with `"linear"` (x = Σ strength * parent + unit Gaussian noise) and `"mlp"`
# mechanisms; `fit` learns the mechanisms from data and `log_prob` scores rows.
chain = CausalRuleSet.from_dict({"cause_effect_pairs": [
    {"cause": "dose", "effect": "blood_level", "strength": 0.8},
    {"cause": "blood_level", "effect": "response", "strength": 0.5},
]})
torch.manual_seed(0)
truth = StructuralCausalModel(chain, "linear")
data = truth.sample(4_000)
learned = StructuralCausalModel(chain, "linear").fit(data, epochs=150)
effect = learned.do(dose=2.0).sample(20_000, as_dict=True)["response"].mean().item()
print(f"E[response | do(dose=2)] = {effect:.3f} (on paper: 0.8 * 0.5 * 2 = 0.8)")
assert abs(effect - 0.8) < 0.08
assert truth.log_prob(data[:3]).shape == (3,)
