"""Creative generation (issue 20): interventions, the dreamer, novelty, metrics and evolution against closed forms."""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn

from causaltorch.creative import (
    BehaviorError,
    CausalIntervention,
    CounterfactualDreamer,
    CreativeMetrics,
    EvolutionaryCausalTrainer,
    NoCausalLatentError,
    NoveltySearch,
    SimpleVAE,
    factor_consistency,
    knn_novelty,
    novelty_index,
)
from causaltorch.errors import DataError, InterventionError, RuleValidationError, UnknownVariableError
from causaltorch.rules import CausalRule, CausalRuleSet
from causaltorch.scm import StructuralCausalModel
from causaltorch.vision.generator import CausalImageGenerator

VISION = ["clouds", "night", "rain", "wet_ground", "puddles", "sun", "shadows"]


@pytest.fixture(scope="module")
def image_dreamer():
    torch.manual_seed(0)
    generator = CausalImageGenerator(latent_dim=10, img_size=8, channels=4).eval()
    return CounterfactualDreamer(generator)


def chain_rules() -> CausalRuleSet:
    rules = CausalRuleSet()
    rules.add_rule(CausalRule("weather", "ground_condition", strength=0.9))
    rules.add_rule("ground_condition", "plant_growth", strength=0.7)
    return rules


class IdentityDecoder(nn.Module):
    """A generator whose outputs are its latents: the SCM's values can be read straight off the outputs."""

    latent_dim = 4

    def latent_scm(self, rules):
        return SimpleVAE(latent_dim=4, causal_rules=rules).latent_scm()

    def decode(self, z):
        return z


# ------------------------------------------------------------------ CausalIntervention
def test_intervention_refuses_strength_outside_unit_interval():
    with pytest.raises(InterventionError, match="strength"):
        CausalIntervention("rain", 0.5, strength=1.5)
    with pytest.raises(InterventionError, match="strength"):
        CausalIntervention("rain", 0.5, strength=-0.1)


def test_intervention_refuses_nan_value_and_empty_name():
    with pytest.raises(InterventionError):
        CausalIntervention("rain", float("nan"))
    with pytest.raises(InterventionError):
        CausalIntervention("", 1.0)


def test_soft_intervention_mixes_value_and_natural_value():
    soft = CausalIntervention("rain", 0.9, strength=0.25)
    assert float(soft.mix(torch.tensor(0.1))) == pytest.approx(0.25 * 0.9 + 0.75 * 0.1, abs=1e-7)


# ------------------------------------------------------------------ intervene: the mutilated graph
def test_hard_intervene_cuts_incoming_edges_and_keeps_the_original(image_dreamer):
    graph = image_dreamer.original_rules
    cut = image_dreamer.intervene(graph, CausalIntervention("rain", 1.0))
    assert cut.parents("rain") == [] and cut.children("rain") == ["wet_ground"]
    assert graph.parents("rain") == ["clouds"]
    assert len(cut) == len(graph) - 1


def test_soft_intervene_keeps_the_edges(image_dreamer):
    soft = image_dreamer.intervene(image_dreamer.original_rules, CausalIntervention("rain", 1.0, strength=0.5))
    assert soft.parents("rain") == ["clouds"]


# ------------------------------------------------------------------ the image dreamer against closed forms
def test_imagine_without_interventions_is_the_generators_own_draw(image_dreamer):
    pictures = image_dreamer.imagine(None, num_samples=3, random_seed=5)
    same, _ = image_dreamer.base_generator.generate(3, generator=torch.Generator().manual_seed(5))
    assert torch.equal(pictures, same)


def test_hard_do_matches_the_generators_do(image_dreamer):
    pictures = image_dreamer.imagine([CausalIntervention("rain", 0.8)], num_samples=3, random_seed=5)
    same, _ = image_dreamer.base_generator.generate(3, {"rain": 0.8}, generator=torch.Generator().manual_seed(5))
    assert torch.equal(pictures, same)


def test_hard_do_leaves_ancestors_and_other_branches_bit_for_bit(image_dreamer):
    before = image_dreamer.latent(2000, None, random_seed=1)
    after = image_dreamer.latent(2000, [CausalIntervention("rain", 1.0)], random_seed=1)
    for name in ("clouds", "night", "sun", "shadows"):  # ancestors and unrelated factors
        j = VISION.index(name)
        assert torch.equal(before[:, j], after[:, j])
    assert torch.equal(before[:, 7:], after[:, 7:])  # free dimensions
    assert bool((after[:, VISION.index("rain")] == 1.0).all())


def test_hard_do_moves_descendants_by_the_noisy_or_expectation(image_dreamer):
    # E[wet | do(rain=1)] = 1 - (1 - leak)(1 - 0.9) with leak 0.05; E[puddles] = 1 - 0.98 (1 - 0.7 E[wet]).
    latent = image_dreamer.latent(20000, [CausalIntervention("rain", 1.0)], random_seed=2)
    wet = 1 - 0.95 * 0.1
    assert float(latent[:, VISION.index("wet_ground")].mean()) == pytest.approx(wet, abs=0.01)
    assert float(latent[:, VISION.index("puddles")].mean()) == pytest.approx(1 - 0.98 * (1 - 0.7 * wet), abs=0.015)


def test_soft_do_follows_the_mixing_rule_in_expectation(image_dreamer):
    # E[rain] = 1 - 0.95 (1 - 0.8 E[clouds]) = 0.43 with E[clouds] = 0.5; soft: 0.3 * 0.9 + 0.7 * 0.43.
    latent = image_dreamer.latent(20000, [CausalIntervention("rain", 0.9, strength=0.3)], random_seed=3)
    rain = 0.3 * 0.9 + 0.7 * 0.43
    assert float(latent[:, VISION.index("rain")].mean()) == pytest.approx(rain, abs=0.01)
    assert float(latent[:, VISION.index("wet_ground")].mean()) == pytest.approx(1 - 0.95 * (1 - 0.9 * rain), abs=0.01)


def test_soft_do_keeps_the_edge_from_the_cause(image_dreamer):
    latent = image_dreamer.latent(4000, [CausalIntervention("rain", 0.9, strength=0.3)], random_seed=3)
    clouds, rain = latent[:, 0], latent[:, 2]
    assert float(torch.corrcoef(torch.stack([clouds, rain]))[0, 1]) > 0.3


def test_strength_zero_changes_nothing(image_dreamer):
    plain = image_dreamer.latent(50, None, random_seed=4)
    assert torch.equal(plain, image_dreamer.latent(50, [CausalIntervention("rain", 1.0, strength=0.0)], 4))


def test_counterfactual_keeps_non_descendants_exactly(image_dreamer):
    original = image_dreamer.latent(200, None, random_seed=6)
    counterfactual = image_dreamer.counterfactual_latent(original, [CausalIntervention("wet_ground", 0.9)])
    for name in ("clouds", "night", "rain", "sun", "shadows"):
        j = VISION.index(name)
        assert torch.equal(counterfactual[:, j], original[:, j])
    assert torch.equal(counterfactual[:, 7:], original[:, 7:])
    # abduction recovers each sample's own noise: the counterfactual is the same-seed do() world
    same_noise = image_dreamer.latent(200, [CausalIntervention("wet_ground", 0.9)], random_seed=6)
    assert torch.allclose(counterfactual, same_noise, atol=1e-5)


def test_imagine_counterfactual_of_decodes_the_counterfactual_latents(image_dreamer):
    original = image_dreamer.latent(3, None, random_seed=7)
    pictures = image_dreamer.imagine([CausalIntervention("rain", 0.0)], counterfactual_of=original)
    expected = image_dreamer.decode(image_dreamer.counterfactual_latent(original, [CausalIntervention("rain", 0.0)]))
    assert torch.equal(pictures, expected)
    assert not torch.equal(pictures, image_dreamer.decode(original))


# ------------------------------------------------------------------ the spec's SimpleVAE example
def test_spec_example_with_simple_vae_runs_and_fixes_the_variable():
    vae = SimpleVAE(latent_dim=10)
    dreamer = CounterfactualDreamer(base_generator=vae, rules=chain_rules(), latent_dim=10)
    intervention = CausalIntervention(variable="weather", value=0.9, strength=1.0,
                                      description="What if it were extremely sunny?")
    counterfactual = dreamer.imagine(interventions=[intervention], num_samples=5)
    assert counterfactual.shape == (5, 64)
    assert bool((dreamer.latent(5, [intervention], 0)[:, 0] == 0.9).all())


def test_vae_counterfactual_matches_linear_abduction_by_hand():
    dreamer = CounterfactualDreamer(SimpleVAE(latent_dim=5), rules=chain_rules())
    original = dreamer.latent(4, None, random_seed=0)
    cf = dreamer.counterfactual_latent(original, [CausalIntervention("ground_condition", 2.0)])
    # plant = 0.7 ground + u: the abducted u is kept, so plant' = plant + 0.7 (2 - ground)
    assert torch.equal(cf[:, 0], original[:, 0])
    assert torch.allclose(cf[:, 2], original[:, 2] + 0.7 * (2.0 - original[:, 1]), atol=1e-5)
    assert torch.equal(cf[:, 3:], original[:, 3:])


def test_soft_intervention_is_the_scm_cores_callable_do():
    dreamer = CounterfactualDreamer(IdentityDecoder(), rules=chain_rules())
    outputs = dreamer.imagine([CausalIntervention("ground_condition", 1.5, strength=0.4)], 100, random_seed=9)
    noise = torch.randn(100, 4, generator=torch.Generator().manual_seed(9))
    scm = StructuralCausalModel(chain_rules(), "linear")
    core = scm.do({"ground_condition": lambda natural: 0.4 * 1.5 + 0.6 * natural}).evaluate(noise[:, :3])
    assert torch.allclose(outputs[:, :3], core, atol=1e-6)


# ------------------------------------------------------------------ bad input, refused before anything changes
def test_unknown_variable_is_refused(image_dreamer):
    with pytest.raises(UnknownVariableError, match="Did you mean 'rain'"):
        image_dreamer.imagine([CausalIntervention("rian", 1.0)])


def test_value_outside_the_intensity_range_is_refused(image_dreamer):
    with pytest.raises(InterventionError, match=r"\[0, 1\]"):
        image_dreamer.imagine([CausalIntervention("rain", 1.5)])
    with pytest.raises(InterventionError, match=r"\[0, 1\]"):
        image_dreamer.imagine([CausalIntervention("rain", 1.5, strength=0.5)])


def test_generator_without_scm_latent_is_refused_with_what_it_needs():
    with pytest.raises(NoCausalLatentError, match="latent_scm"):
        CounterfactualDreamer(nn.Linear(4, 4), rules=chain_rules())


def test_rules_over_other_variables_are_refused(image_dreamer):
    with pytest.raises(RuleValidationError, match="same variables"):
        CounterfactualDreamer(image_dreamer.base_generator, rules=chain_rules())


def test_wrong_latent_dim_and_counterfactual_shape_are_refused(image_dreamer):
    with pytest.raises(DataError, match="latent_dim"):
        CounterfactualDreamer(image_dreamer.base_generator, latent_dim=128)
    with pytest.raises(DataError, match="shape"):
        image_dreamer.imagine([CausalIntervention("rain", 1.0)], counterfactual_of=torch.zeros(2, 3))


def test_intervening_twice_on_one_variable_is_refused(image_dreamer):
    with pytest.raises(InterventionError, match="twice"):
        image_dreamer.imagine([CausalIntervention("rain", 1.0), CausalIntervention("rain", 0.0)])


# ------------------------------------------------------------------ novelty
def test_knn_novelty_matches_distances_by_hand():
    points = torch.tensor([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, 0.0]])
    novelty = knn_novelty(points, k=2)
    expected = [(1 + 2) / 2, (1 + 2) / 2, (2 + math.sqrt(5)) / 2, (2 + 3) / 2]
    assert novelty.tolist() == pytest.approx(expected, abs=1e-9)


def test_knn_novelty_counts_the_archive_as_neighbours():
    points = torch.tensor([[0.0, 0.0], [3.0, 0.0]])
    archive = torch.tensor([[0.0, 1.0]])
    assert knn_novelty(points, archive, k=2).tolist() == pytest.approx([(1 + 3) / 2, (3 + math.sqrt(10)) / 2], abs=1e-9)


def test_knn_novelty_is_finite_with_nothing_to_compare():
    assert knn_novelty(torch.tensor([[5.0, 5.0]]), None, k=3).tolist() == [0.0]


def vae_search(**options):
    dreamer = CounterfactualDreamer(IdentityDecoder(), rules=chain_rules())
    settings = {"population_size": 6, "num_generations": 3, "samples_per_eval": 2, "k": 3, **options}
    return NoveltySearch(dreamer, lambda outputs: outputs[:, :3], **settings)


def test_novelty_search_returns_interventions_imagine_accepts():
    search = vae_search()
    best, scores = search.run_search()
    assert scores.shape == (3,) and bool(torch.isfinite(scores).all())
    assert bool(torch.isfinite(search.novelty_history[0]).all())
    assert len(search.behaviors) == 6 * 3
    assert all(isinstance(item, CausalIntervention) for item in best)
    assert search.base_model.imagine(best, num_samples=2).shape == (2, 4)
    assert len(search.archive) >= 1


def test_novelty_search_spreads_behaviours_wider_than_its_first_generation():
    search = vae_search(random_seed=1, population_size=8, num_generations=6)
    search.run_search()
    behaviours = torch.as_tensor(__import__("numpy").stack(search.behaviors))
    first, last = behaviours[:8], behaviours[-8:]
    assert float(torch.cdist(last, last).mean()) > float(torch.cdist(first, first).mean())


def test_behaviour_of_wrong_shape_or_nan_is_refused_before_the_archive_exists():
    search = vae_search(k=2)
    search.behavior_fn = lambda outputs: torch.zeros(2, 2, 2)
    with pytest.raises(BehaviorError, match="shape"):
        search.run_search()
    assert search.archive is None
    search = vae_search()
    search.behavior_fn = lambda outputs: torch.full((3,), float("nan"))
    with pytest.raises(BehaviorError, match="NaN"):
        search.run_search()
    assert search.archive is None


# ------------------------------------------------------------------ creative metrics
def test_novelty_and_diversity_scores_match_cosine_by_hand():
    e1, e2 = torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])
    assert CreativeMetrics.novelty_score(e1, torch.stack([e1, e2])) == pytest.approx(0.5, abs=1e-12)
    assert CreativeMetrics.diversity_score(torch.stack([e1, e2, e1])) == pytest.approx(2 / 3, abs=1e-12)
    assert CreativeMetrics.diversity_score(torch.stack([e1])) == 0.0


def test_novelty_index_matches_the_nearest_training_item():
    e1, e2 = torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])
    assert novelty_index(torch.stack([e1]), torch.stack([e1, e2])) == pytest.approx(0.0, abs=1e-12)
    diagonal = torch.tensor([[1.0, 1.0]])
    assert novelty_index(diagonal, torch.stack([e1])) == pytest.approx(1 - 1 / math.sqrt(2), abs=1e-12)


def test_similarity_fn_replaces_cosine():
    same = lambda a, b: 1.0 if torch.equal(a, b) else 0.25  # noqa: E731
    outputs = torch.eye(3)
    assert CreativeMetrics.diversity_score(outputs, similarity_fn=same) == pytest.approx(0.75, abs=1e-12)


def test_causal_coherence_averages_consistency_over_rules():
    rules = chain_rules()
    scores = {("weather", "ground_condition"): 1.0, ("ground_condition", "plant_growth"): 0.5}
    coherence = CreativeMetrics.causal_coherence("x", rules, lambda out, c, e: scores[(c, e)])
    assert coherence == pytest.approx(0.75, abs=1e-12)


def test_factor_consistency_is_one_at_the_mechanisms_expectation():
    scm = StructuralCausalModel(chain_rules(), "linear")
    weather = torch.linspace(-1, 1, 5)
    ground = 0.9 * weather
    values = torch.stack([weather, ground, 0.7 * ground], dim=-1)
    assert CreativeMetrics.causal_coherence(values, chain_rules(), factor_consistency(scm)) == pytest.approx(1.0)
    values[:, 2] += 0.2
    assert factor_consistency(scm)(values, "ground_condition", "plant_growth") == pytest.approx(0.8, abs=1e-6)


# ------------------------------------------------------------------ evolutionary causal training
def test_starting_policy_adherence_matches_the_half_normal_mean():
    # each effect is E[x | parents] + u with u ~ N(0, 1): consistency 1 - E|u| = 1 - sqrt(2 / pi)
    dreamer = CounterfactualDreamer(IdentityDecoder(), rules=chain_rules())
    trainer = EvolutionaryCausalTrainer(dreamer, lambda out: out[:, :3], population_size=2, num_generations=1,
                                        samples_per_eval=4000)
    trainer.train()
    assert trainer.start["adherence"] == pytest.approx(1 - math.sqrt(2 / math.pi), abs=0.03)


def test_evolution_improves_the_goal_over_the_starting_generator():
    dreamer = CounterfactualDreamer(IdentityDecoder(), rules=chain_rules())
    goal = lambda out: -float((out[:, 2] - 1.5).abs().mean())  # noqa: E731 - plant growth near 1.5
    trainer = EvolutionaryCausalTrainer(dreamer, lambda out: out[:, :3], goal, population_size=12, num_generations=8,
                                        samples_per_eval=64, weights=(0.0, 1.0, 0.0), random_seed=0)
    policy, history = trainer.train()
    assert history[-1]["goal"] > trainer.start["goal"] + 0.3
    assert len(history) == 8 and policy.interventions()


def test_evolution_refuses_a_reader_of_the_wrong_width():
    dreamer = CounterfactualDreamer(IdentityDecoder(), rules=chain_rules())
    trainer = EvolutionaryCausalTrainer(dreamer, lambda out: out[:, :2], population_size=2, num_generations=1)
    with pytest.raises(BehaviorError, match="read_fn"):
        trainer.train()


# ------------------------------------------------------------------ video and text generators
def test_video_dreamer_is_the_models_own_rollout_under_do():
    from causaltorch.video.models import CNSGNet

    torch.manual_seed(0)
    model = CNSGNet(frame_size=8, hidden_channels=4, num_layers=1, num_frames=6, state_map_channels=2).eval()
    frame = torch.rand(3, 8, 8)
    dreamer = CounterfactualDreamer(model, initial_frame=frame, num_frames=6)
    clips = dreamer.imagine([CausalIntervention("arrow_hit", 1.0)], num_samples=2, random_seed=1)
    expected = model.generate(frame.expand(2, 3, 8, 8), 6, {"arrow_hit": 1.0}, seed=1)
    assert clips.shape == (2, 6, 3, 8, 8) and torch.equal(clips, expected)
    with pytest.raises(DataError, match="one-step"):
        dreamer.imagine([CausalIntervention("arrow_hit", 1.0)], counterfactual_of=torch.zeros(1, 6))


def test_text_dreamer_rewrites_a_text_under_its_rules():
    from causaltorch.text.counterfactual import rewrite_counterfactual
    from causaltorch.text.model import cnsg

    rules = CausalRuleSet.load("weather")
    model = cnsg(vocab_size=4096, d_model=16, n_heads=2, n_layers=1, causal_rules=rules).eval()
    dreamer = CounterfactualDreamer(model, prompt="It rained", max_new_tokens=3)
    story = "It rained, so the ground got wet."
    rewritten = dreamer.imagine([CausalIntervention("rain", 0.0)], counterfactual_of=story)
    assert rewritten == rewrite_counterfactual(rules, story, {"rain": 0.0}).rewritten
    texts = dreamer.imagine([CausalIntervention("rain", 0.0)], num_samples=2, random_seed=0)
    assert len(texts) == 2 and all(text.startswith("It rained") for text in texts)
    with pytest.raises(InterventionError, match="hard"):
        dreamer.imagine([CausalIntervention("rain", 0.0, strength=0.5)])


# ------------------------------------------------------------------ the spec's calls, as written
def test_spec_calls_with_an_image_generator_and_creative_metrics(image_dreamer):
    generator = image_dreamer.base_generator
    ruleset = generator.causal_rules
    dreamer = CounterfactualDreamer(base_generator=generator, rules=ruleset)
    intervention = CausalIntervention(variable="rain", value=0.8, strength=1.0)
    novel_images = dreamer.imagine([intervention], num_samples=10)
    reference_images, _ = generator.generate(6)
    novelty = CreativeMetrics.novelty_score(novel_images[0], reference_images)
    diversity = CreativeMetrics.diversity_score(novel_images)
    assert novel_images.shape == (10, 3, 8, 8)
    assert 0.0 <= novelty <= 2.0 and 0.0 < diversity <= 2.0


def test_feature_fn_changes_the_space_scores_are_computed_in():
    outputs = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
    assert CreativeMetrics.diversity_score(outputs) == pytest.approx(1 - 1 / math.sqrt(2), abs=1e-12)
    assert CreativeMetrics.diversity_score(outputs, feature_fn=lambda x: x[:, :1]) == pytest.approx(0.0, abs=1e-12)


def test_map_elites_fills_grid_cells_from_its_elites():
    from ribs.archives import GridArchive

    grid = GridArchive(solution_dim=6, dims=[5, 5], ranges=[(-3, 3), (-3, 3)])
    search = vae_search(strategy="map_elites", archive=grid, objective_fn=lambda out, iv: -len(iv))
    search.behavior_fn = lambda outputs: outputs[:, :2]
    search.run_search()
    assert len(search.behaviors) == 18 and 1 <= len(grid) <= 18
    with pytest.raises(DataError, match="GridArchive"):
        vae_search(strategy="map_elites")


def test_options_for_another_kind_of_generator_are_refused(image_dreamer):
    with pytest.raises(DataError, match="prompt"):
        CounterfactualDreamer(image_dreamer.base_generator, prompt="It rained")
    with pytest.raises(DataError, match="video"):
        CounterfactualDreamer(image_dreamer.base_generator, initial_frame=torch.zeros(3, 8, 8))
