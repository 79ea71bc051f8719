"""Text generation that follows cause -> effect rules, and text under do().

CausalTorch's text model (`cnsg`, also named `CausalTransformer`) is a small GPT-style transformer whose
`generate()` reads a `CausalRuleSet` at generation time: when the prompt states a cause, decoding steers
towards stating its effects; `causal_interventions={"rain": 0.0}` applies do(rain=0), which removes the
cause and everything downstream of it even when the prompt states it; `causal_constraints` bans words
outright. Rules are given at generation time, so they can be rules the model never saw in training.

The package ships a small trained model, `causal-small`, so this tutorial needs no download and no
training (`causaltorch text train` trains your own). Greedy decoding (`temperature=0`) makes each output
reproducible. `rewrite_counterfactual` then rewrites a whole sentence as it would read under do().
"""

# %% Rules with surface forms
# A variable's name (`wet_ground`) is read as "wet ground"; `synonyms` adds the other ways a text can
# state it, which is how the model detects that the prompt states a cause.
import torch

from causaltorch import CausalRuleSet, load_pretrained_model
from causaltorch.text.corpus import knowledge_base
from causaltorch.text.counterfactual import rewrite_counterfactual

rules = CausalRuleSet()
rules.add_variable("rain", synonyms=["rains", "raining"])
rules.add_rule("rain", "wet_ground", 0.9)
rules.add_rule("wet_ground", "slippery_road", 0.7)

# %% Generate with and without the rules
torch.manual_seed(0)
model = load_pretrained_model("causal-small")
prompt = "If it rains,"
plain = model.generate(prompt, max_new_tokens=12, temperature=0)
ruled = model.generate(prompt, max_new_tokens=12, temperature=0, causal_rules=rules)
print("no rules:  ", plain)
print("with rules:", ruled)
assert "wet" in ruled[len(prompt):]  # the rule's effect is stated after the prompt

# %% Intervene: do(rain=0)
# The prompt still says "rains", but under do(rain=0) rain is cut off from its effects, so neither the
# wet ground nor the slippery road may be stated.
cut = model.generate(prompt, max_new_tokens=12, temperature=0, causal_rules=rules,
                     causal_interventions={"rain": 0.0})
print("do(rain=0):", cut)
assert "wet" not in cut and "slippery" not in cut

# %% Forbid words
banned = model.generate(prompt, max_new_tokens=12, temperature=0, causal_rules=rules,
                        causal_constraints={"forbidden_words": ["slippery"]})
print("no 'slippery':", banned)
assert "slippery" not in banned.lower()

# %% Rewrite a sentence under do()
# Every clause is checked against the rules' SCM under the intervention: what the intervention removes
# is negated, everything else is kept word for word. Here the rules are the corpus's knowledge base
# (110 rules), which `causaltorch text counterfactual` uses by default.
knowledge = knowledge_base()
rewrite = rewrite_counterfactual(knowledge, "It rained, so the ground got wet.", {"rain": 0})
print(rewrite.rewritten)
assert rewrite.rewritten == "It did not rain, so the ground did not get wet."
assert set(rewrite.negated) == {"rain", "wet_ground"}
