"""Causal discovery: from a table of data, or from text, to a rule set.

Users often have data and no graph. `causaltorch.discovery.discover` learns a `CausalRuleSet` from a
table (NOTEARS: a score plus a penalty, under a constraint that keeps the graph acyclic), and
`StructuralCausalModel.from_data` goes one step further and fits the mechanisms, so `do()` works on
the result. Background knowledge (edges that must or must not exist, tiers of time order) is applied
exactly. From text, `mine_rules` reads explicit statements ("X causes Y", "if X then Y", "Y because of
X") and skips negated ones.

This tutorial simulates a chain `dose -> level -> response` with known coefficients, so the right
answer is known on paper, and checks that discovery recovers it.
"""

# %% Simulate data with a known graph
import torch

from causaltorch import StructuralCausalModel
from causaltorch.discovery import discover, mine_rules
from causaltorch.errors import CausalTorchError

torch.manual_seed(0)
n = 2_000
dose = torch.randn(n)
level = 1.5 * dose + 0.5 * torch.randn(n)
response = -1.0 * level + 0.5 * torch.randn(n)
data = {"dose": dose, "level": level, "response": response}

# %% Discover the graph
# Each rule carries the fitted weight (in data units) in `metadata["weight"]`; `strength` is that
# weight clipped to [-1, 1], the range rule strengths live in.
rules = discover(data)
edges = {(rule.cause, rule.effect): rule.metadata["weight"] for rule in rules}
print(edges)
assert set(edges) == {("dose", "level"), ("level", "response")}
assert abs(edges[("dose", "level")] - 1.5) < 0.1
assert abs(edges[("level", "response")] + 1.0) < 0.1

# %% Background knowledge is exact
# A forbidden edge never appears. Here we forbid the true edge level -> response: discovery must then
# explain `response` some other way, and the forbidden edge is absent from the result.
constrained = discover(data, forbidden=["level->response"])
assert constrained.get_rule("level", "response") is None
print("with level->response forbidden:", [(r.cause, r.effect) for r in constrained])

# Contradictory knowledge is refused before any fitting.
try:
    discover(data, forbidden=["dose->level"], required=[("dose", "level")])
except CausalTorchError as error:
    print("refused:", error)
else:
    raise AssertionError("a required edge that is also forbidden must be refused")

# %% From data to a model you can intervene on
# `from_data` discovers the graph and fits linear mechanisms. do(dose=1) should move `response` by
# 1.5 * -1.0 = -1.5 on average.
model = StructuralCausalModel.from_data(data)
effect = model.do(dose=1.0).sample(20_000, as_dict=True)["response"].mean().item()
print(f"E[response | do(dose=1)] = {effect:.3f} (on paper: -1.5)")
assert abs(effect + 1.5) < 0.1

# %% Rules from text
mined = mine_rules("Smoking causes lung cancer. If the temperature drops, then the pipes freeze. "
                   "Vaccines do not cause autism.")
pairs = {(rule.cause, rule.effect) for rule in mined}
print(pairs)
assert ("smoking", "lung_cancer") in pairs
assert ("temperature_drops", "pipes_freeze") in pairs
assert not any("autism" in effect for _, effect in pairs)  # the negated statement is left out
