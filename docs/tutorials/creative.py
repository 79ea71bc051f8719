"""Creative generation: "what if" variations by intervening on a generator's causal latent.

A generator in CausalTorch can have a *causal latent*: before decoding, the leading latent dimensions are
computed by a structural causal model (SCM) over named variables, in the order the rules give. That makes
"what if" questions well defined. ``do(ground_condition = 2)`` fixes one variable, cuts the edges into it, and
recomputes its effects; its causes keep their values. With plain latent noise, where nudging a dimension moves
whatever the decoder tangled it with, you get none of that.

This tutorial walks through the pieces in ``causaltorch.creative``:

1. `CausalIntervention`: a hard ``do()`` (strength 1) or a soft one (strength s: ``s·value + (1−s)·natural``).
2. `CounterfactualDreamer`: drives a generator through its SCM latent; ``imagine()`` draws outputs under
   interventions, ``counterfactual_of=`` rewrites given samples (abduction, then action, then prediction).
3. `SimpleVAE`: the spec's small VAE, whose leading latent dimensions are the rules' variables.
4. `NoveltySearch`: evolves interventions whose outputs behave unlike anything seen so far.
5. `CreativeMetrics` and `novelty_index`: novelty, diversity and causal coherence scores.

Everything runs on CPU in a few seconds; the data are made up here, and no weights are downloaded.
Run it with ``python docs/tutorials/creative.py``.
"""

# %% [markdown]
# ## The rules and a generator with a causal latent
#
# The spec's example: weather drives the state of the ground, which drives plant growth. A `SimpleVAE`
# with ``latent_dim=6`` uses its first three latent dimensions for these variables, in ``rules.variables``
# order, and leaves the other three free. We train it for a few hundred steps on synthetic 16-dimensional
# data generated from the factors. `loss` with ``factors=`` ties each leading dimension to its variable.

# %%
import math

import torch

from causaltorch.creative import (
    CausalIntervention,
    CounterfactualDreamer,
    CreativeMetrics,
    NoveltySearch,
    SimpleVAE,
    factor_consistency,
    novelty_index,
)
from causaltorch.rules import CausalRule, CausalRuleSet

torch.manual_seed(0)
torch.set_num_threads(1)
rules = CausalRuleSet()
rules.add_rule(CausalRule("weather", "ground_condition", strength=0.9))
rules.add_rule("ground_condition", "plant_growth", strength=0.7)
print("variables:", rules.variables)

vae = SimpleVAE(latent_dim=6, input_dim=16, hidden_dim=64, causal_rules=rules)
scm = vae.latent_scm()                     # linear-Gaussian: x_j = sum(strength * parent) + N(0, 1)
mixing = torch.randn(3, 16) / math.sqrt(3)  # how the factors show in the data


def make_data(n):
    factors = scm.sample(n)                             # (n, 3) in rules.variables order
    return factors @ mixing + 0.05 * torch.randn(n, 16), factors


optimizer = torch.optim.Adam(vae.parameters(), lr=3e-3)
for step in range(400):
    data, factors = make_data(128)
    loss = vae.loss(data, factors=factors, beta=0.1)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(f"VAE loss after training: {loss.item():.3f}")

# %% [markdown]
# ## Dreaming under do()
#
# The spec's calls work as written. With one ``random_seed`` every world shares its noise, so the plain draw and
# the ``do()`` draw differ only downstream of the intervention. `CounterfactualDreamer.latent` shows the SCM's
# values directly: weather (an ancestor of ground_condition) is unchanged bit for bit, ground_condition is fixed,
# and plant_growth shifts by ``0.7 × (2 − ground)`` for each sample.

# %%
dreamer = CounterfactualDreamer(base_generator=vae, rules=rules, latent_dim=6)
wet = CausalIntervention(variable="ground_condition", value=2.0, strength=1.0,
                         description="What if the ground were soaked?")
outputs = dreamer.imagine(interventions=[wet], num_samples=5, random_seed=1)
print("decoded outputs:", tuple(outputs.shape))

plain = dreamer.latent(1000, None, random_seed=1)
soaked = dreamer.latent(1000, [wet], random_seed=1)
assert torch.equal(plain[:, 0], soaked[:, 0])            # the cause is untouched
assert bool((soaked[:, 1] == 2.0).all())                 # the variable is set
assert torch.allclose(soaked[:, 2], plain[:, 2] + 0.7 * (2.0 - plain[:, 1]), atol=1e-5)
print(f"mean plant growth: plain {plain[:, 2].mean():.3f}, under do(ground=2) {soaked[:, 2].mean():.3f}")

# `intervene` returns the mutilated graph: the edge weather -> ground_condition is gone.
print("edges after do():", [f"{r.cause}->{r.effect}" for r in dreamer.intervene(rules, wet)])

# %% [markdown]
# ## Soft interventions
#
# With ``strength`` below 1 the variable keeps its edges and moves towards the value:
# ``x = s·value + (1−s)·x_natural``. The SCM core's ``do()`` uses the same rule when it is given a callable.

# %%
nudge = CausalIntervention("ground_condition", 2.0, strength=0.25)
nudged = dreamer.latent(1000, [nudge], random_seed=1)
assert torch.allclose(nudged[:, 1], 0.25 * 2.0 + 0.75 * plain[:, 1], atol=1e-6)
print(f"soft: mean ground {plain[:, 1].mean():.3f} -> {nudged[:, 1].mean():.3f}")

# %% [markdown]
# ## Counterfactuals of given samples
#
# ``counterfactual_of=`` takes latents, for example ones the dreamer drew earlier. It recovers each sample's
# noise (abduction), applies the intervention and recomputes. Everything that is not a descendant keeps its
# value exactly, and the free dimensions stay as they were.

# %%
originals = dreamer.latent(4, None, random_seed=7)
what_if = dreamer.counterfactual_latent(originals, [wet])
assert torch.equal(what_if[:, 0], originals[:, 0]) and torch.equal(what_if[:, 3:], originals[:, 3:])
pictures = dreamer.imagine([wet], counterfactual_of=originals)   # decoded counterfactuals, one per original
print("counterfactual outputs:", tuple(pictures.shape))

# %% [markdown]
# ## Novelty search over interventions
#
# `NoveltySearch` evolves sets of interventions. Here an output's *behaviour* is the factor values read back
# through the VAE's encoder. Its *novelty* is the mean distance to its k nearest neighbours among the
# population and an archive (a pyribs ``ProximityArchive``). ``run_search()`` returns the most novel
# interventions, and ``imagine`` accepts them directly.

# %%


def behaviour(decoded):
    return vae.encode(decoded)[0][:, :3].detach()    # posterior means of the causal dimensions


search = NoveltySearch(base_model=dreamer, behavior_fn=behaviour, population_size=8, num_generations=4,
                       samples_per_eval=4, k=4, random_seed=0)
best_params, novelty_scores = search.run_search()
novel_output = dreamer.imagine(best_params)
print("most novel interventions:", ", ".join(str(i) for i in best_params) or "none")
print("mean novelty per generation:", [round(v, 3) for v in novelty_scores.tolist()])
assert bool(torch.isfinite(novelty_scores).all()) and len(search.archive) > 0

# %% [markdown]
# ## Scoring creativity
#
# - `CreativeMetrics.novelty_score(output, references)` is one minus the mean cosine similarity.
# - `diversity_score(outputs)` is the mean pairwise dissimilarity.
# - `novelty_index(generated, training_data)` is one minus the mean similarity to the nearest training item.
# - `causal_coherence(output, rules, consistency_fn)` averages a per-rule consistency. `factor_consistency`
#   scores factor values against the SCM's expectations: 1 is perfect, and under the model's own noise it is
#   ``1 − E|N(0, 1)| ≈ 0.20``.

# %%
training, _ = make_data(200)
generated = dreamer.imagine([wet], num_samples=50, random_seed=3)
novelty = CreativeMetrics.novelty_score(generated[0], training)
diversity = CreativeMetrics.diversity_score(generated)
index = novelty_index(generated, training)
coherence = CreativeMetrics.causal_coherence(dreamer.latent(4000, None, 0)[:, :3], rules, factor_consistency(scm))
print(f"novelty {novelty:.3f}, diversity {diversity:.3f}, novelty index {index:.3f}, coherence {coherence:.3f}")
assert abs(coherence - (1 - math.sqrt(2 / math.pi))) < 0.03
