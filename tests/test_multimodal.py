"""The multimodal model's rules act: evidence → SCM intensities → slots and logits, checked against the noisy-OR."""

import importlib
import warnings

import pytest
import torch

from causaltorch.errors import DataError, UnknownVariableError
from causaltorch.models import CausalVisionTransformer, MultimodalCausalTransformer, cnsg
from causaltorch.rules import CausalRuleSet, as_ruleset

TOL = 1e-6  # float32 noisy-OR arithmetic on numbers in [0, 1]
SPEC_RULES = {'cause_effect_pairs': [
    {'cause': 'visual_objects', 'effect': 'text_description', 'strength': 0.9},
    {'cause': 'text_context', 'effect': 'visual_attention', 'strength': 0.8}]}


def rules_of(*edges):
    rules = CausalRuleSet()
    for cause, effect, strength in edges:
        rules.add_rule(cause, effect, strength)
    return rules


def small_model(rules, seed=0):
    torch.manual_seed(seed)
    model = MultimodalCausalTransformer(vocab_size=50, image_size=16, patch_size=8, d_model=16, num_heads=2,
                                        num_classes=3, causal_rules=rules).eval()
    with torch.no_grad():  # the picture shows nothing: image evidence sigmoid(-30) ~ 1e-13
        model.vision_model.factor_head.weight.zero_()
        model.vision_model.factor_head.bias.fill_(-30.0)
    return model


def inputs(batch, seed=1):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(0, 50, (batch, 4), generator=g), torch.randn(batch, 3, 16, 16, generator=g)


def text_saying(model, levels):
    """Soft text labels [B, 4, d]: token 0 expresses each named variable at the given level (one row per dict)."""
    labels = torch.zeros(len(levels), 4, len(model.variables))
    for row, named in enumerate(levels):
        for name, level in named.items():
            labels[row, 0, model.variables.index(name)] = level
    return labels


def test_cause_evidence_raises_its_effect_by_the_noisy_or():
    model = small_model(rules_of(("rain", "wet_ground", 0.9)))
    levels = [0.0, 0.25, 0.5, 1.0]
    ids, images = inputs(len(levels))
    with torch.no_grad():
        features = model.forward_features(ids, images, text_saying(model, [{"rain": e} for e in levels]))
    rain, wet = model.variables.index("rain"), model.variables.index("wet_ground")
    assert torch.allclose(features.intensities[:, rain], torch.tensor(levels), atol=TOL)
    # wet_ground has no evidence of its own: 1 - (1 - 0)(1 - 0.9 * rain)
    assert torch.allclose(features.intensities[:, wet], 0.9 * torch.tensor(levels), atol=TOL)


def test_effect_slot_moves_along_its_embedding_as_its_cause_rises():
    model = small_model(rules_of(("rain", "wet_ground", 0.9)))
    ids, images = inputs(2)
    with torch.no_grad():
        features = model.forward_features(ids, images, text_saying(model, [{"rain": 0.2}, {"rain": 0.8}]))
    wet = model.variables.index("wet_ground")
    expected = 0.9 * torch.tensor([0.2, 0.8])[:, None] * model.variable_embedding[wet]
    assert torch.allclose(features.slots[:, wet], expected, atol=TOL)


def test_inhibiting_cause_lowers_its_effect():
    model = small_model(rules_of(("rain", "wet_ground", 0.9), ("sun", "wet_ground", -0.8)))
    levels = [0.0, 0.5, 1.0]
    ids, images = inputs(len(levels))
    with torch.no_grad():
        features = model.forward_features(ids, images, text_saying(model, [{"rain": 1.0, "sun": s} for s in levels]))
    wet = model.variables.index("wet_ground")
    # rain at 1 causes 0.9; sun inhibits it: 0.9 * (1 - 0.8 * sun) -> 0.9, 0.54, 0.18
    expected = 0.9 * (1 - 0.8 * torch.tensor(levels))
    assert torch.allclose(features.intensities[:, wet], expected, atol=TOL)


def test_effect_share_of_the_logits_follows_the_rule():
    model = small_model(rules_of(("rain", "wet_ground", 0.9)))
    ids, images = inputs(1)
    ids, images = ids.expand(2, -1), images.expand(2, -1, -1, -1)
    with torch.no_grad():  # only the factor path reads the intensities: silence the pooled one
        model.fusion.weight.zero_()
        logits = model(ids, images, text_saying(model, [{"rain": 0.0}, {"rain": 1.0}]))
    weights = model.factor_weights.weight  # (classes, d)
    rain, wet = model.variables.index("rain"), model.variables.index("wet_ground")
    assert torch.allclose(logits[1] - logits[0], weights[:, rain] * 1.0 + weights[:, wet] * 0.9, atol=1e-5)


def test_do_cause_zero_removes_the_effects_boost():
    model = small_model(rules_of(("rain", "wet_ground", 0.9)))
    ids, images = inputs(1)
    said = text_saying(model, [{"rain": 1.0}])
    with torch.no_grad():
        observed = model.forward_features(ids, images, said)
        intervened = model.forward_features(ids, images, said, interventions={"rain": 0.0})
        unsaid = model.forward_features(ids, images, text_saying(model, [{}]))
        logits, logits_do = model(ids, images, said), model(ids, images, said, interventions={"rain": 0.0})
    wet = model.variables.index("wet_ground")
    assert float(observed.intensities[0, wet]) == pytest.approx(0.9, abs=TOL)
    assert float(intervened.intensities[0, wet]) == pytest.approx(0.0, abs=TOL)
    assert torch.allclose(intervened.slots[0, wet], unsaid.slots[0, wet], atol=TOL)
    assert not torch.allclose(logits, logits_do, atol=1e-3)  # the intervention reaches the output


def spec_models_differing_only_in_strength(*strengths):
    """Small spec models with the same weights whose one rule visual_objects -> text_description differs."""
    models = []
    for strength in strengths:
        torch.manual_seed(0)
        rules = rules_of(("visual_objects", "text_description", strength))
        models.append(MultimodalCausalTransformer.at_spec_sizes(100, d_model=16, causal_rules=rules, n_layers=1,
                                                                image_size=32).eval())
    return models


def spec_inputs():
    g = torch.Generator().manual_seed(2)
    return torch.randint(0, 100, (2, 6), generator=g), torch.randn(2, 3, 32, 32, generator=g)


def test_a_different_rule_set_gives_a_different_output():
    # the spec's call, without text labels: the variables are read from the picture
    ids, images = spec_inputs()
    models = spec_models_differing_only_in_strength(0.9, 0.3, -0.9)
    with torch.no_grad():
        strong, weak, inhibiting = (model(ids, images) for model in models)
    assert not torch.allclose(strong, weak, atol=1e-4)
    assert not torch.allclose(strong, inhibiting, atol=1e-4)


def test_intensities_follow_each_rule_set_from_the_picture():
    ids, images = spec_inputs()
    for model, strength in zip(spec_models_differing_only_in_strength(0.9, 0.3), (0.9, 0.3)):
        with torch.no_grad():
            features = model.forward_features(ids, images)
        seen_cause, seen_effect = features.evidence[:, 0], features.evidence[:, 1]
        assert float(seen_cause.min()) > 0.05  # the picture gives the cause some evidence to pass on
        expected = 1 - (1 - seen_effect) * (1 - strength * seen_cause)
        assert torch.allclose(features.intensities[:, 1], expected, atol=TOL)


def test_spec_model_uses_every_parameter_it_trains():
    torch.manual_seed(0)
    model = MultimodalCausalTransformer.at_spec_sizes(100, d_model=16, causal_rules=SPEC_RULES, n_layers=1,
                                                      image_size=32)
    model(torch.randint(0, 100, (2, 6)), torch.randn(2, 3, 32, 32)).sum().backward()
    unused = [name for name, p in model.named_parameters() if p.requires_grad and p.grad is None]
    assert unused == []  # no vision classifier of 1000 classes that nothing reads
    assert model.vision_model.num_classes == 0


def test_spec_model_keeps_the_spec_call():
    torch.manual_seed(0)
    model = MultimodalCausalTransformer.at_spec_sizes(causal_rules=SPEC_RULES, d_model=32, n_layers=1)  # 224x224
    output = model(torch.randint(0, 1000, (1, 20)), torch.randn(1, 3, 224, 224))
    assert output.shape == (1, 10)


def test_padding_tokens_give_no_evidence():
    model = small_model(rules_of(("rain", "wet_ground", 0.9)))
    ids, images = inputs(1)
    labels = torch.tensor([[-1, -1, -1, model.variables.index("rain")]])  # only the padded token says rain
    mask = torch.tensor([[1, 1, 1, 0]])
    with torch.no_grad():
        features = model.forward_features(ids, images, labels, attention_mask=mask)
    assert float(features.evidence.max()) == pytest.approx(0.0, abs=TOL)


def test_unknown_intervention_is_refused_with_a_suggestion():
    model = small_model(rules_of(("rain", "wet_ground", 0.9)))
    with pytest.raises(UnknownVariableError, match="rain"):
        model(*inputs(1), interventions={"rainn": 0.0})


@pytest.mark.parametrize("labels", [torch.zeros(1, 3, dtype=torch.long), torch.full((1, 4, 2), 1.5)])
def test_text_variables_of_the_wrong_shape_or_range_are_refused(labels):
    model = small_model(rules_of(("rain", "wet_ground", 0.9)))
    with pytest.raises(DataError, match="text_variables"):
        model(*inputs(1), labels)


def small_spec_model(build, seed=0):
    torch.manual_seed(seed)
    return build(100, d_model=16, causal_rules=SPEC_RULES, n_layers=1, image_size=32).eval()


def assert_same_model(model, reference):
    assert type(model) is type(reference)
    assert model.state_dict().keys() == reference.state_dict().keys()
    assert all(torch.equal(model.state_dict()[k], reference.state_dict()[k]) for k in reference.state_dict())
    ids, images = spec_inputs()
    with torch.no_grad():
        assert torch.equal(model(ids, images), reference(ids, images))


def test_at_spec_sizes_builds_the_spec_encoders_joined_as_before():
    def by_hand(text_vocab_size, *, d_model, causal_rules, n_layers, image_size):  # the old subclass's __init__
        rules = as_ruleset(causal_rules)
        text = cnsg(vocab_size=text_vocab_size, d_model=d_model, n_heads=8, n_layers=n_layers, causal_rules=rules)
        vision = CausalVisionTransformer(image_size=image_size, patch_size=16, num_classes=0, d_model=d_model,
                                         n_heads=8, causal_rules=rules)  # 8 heads of 2 at width 16
        return MultimodalCausalTransformer(text, vision, d_model=d_model, num_heads=8, num_classes=10,
                                           causal_rules=rules)

    model = small_spec_model(MultimodalCausalTransformer.at_spec_sizes)
    assert_same_model(model, small_spec_model(by_hand))
    assert model.text_model.config.n_layers == 1 and model.vision_model.num_classes == 0


@pytest.mark.parametrize("where", ["causaltorch", "causaltorch.models", "causaltorch.vision",
                                   "causaltorch.vision.multimodal"])
def test_old_name_multimodal_causal_model_warns_and_builds_the_same_model(where):
    module = importlib.import_module(where)
    with pytest.warns(DeprecationWarning, match="MultimodalCausalTransformer.at_spec_sizes"):
        old = module.MultiModalCausalModel
    assert_same_model(small_spec_model(old), small_spec_model(MultimodalCausalTransformer.at_spec_sizes))
    assert "MultiModalCausalModel" not in getattr(module, "__all__", [])


def test_names_the_spec_writes_import_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from causaltorch import CNSG_VideoGenerator, CNSGNet, EthicalCNSGNet  # noqa: F401
        from causaltorch import MultimodalCausalTransformer as top_level
        from causaltorch.layers import CausalAttention  # noqa: F401
        from causaltorch.models import CausalCNN, CausalVisionTransformer, cnsg  # noqa: F401
        from causaltorch.models import MultimodalCausalTransformer as from_models
        from causaltorch.vision import MultimodalCausalTransformer as from_vision
    assert top_level is from_models is from_vision is MultimodalCausalTransformer


def test_image_embedding_dim_is_the_vision_width_projected_into_the_joint_space():
    rules = rules_of(("rain", "wet_ground", 0.9))
    model = MultimodalCausalTransformer(50, image_embedding_dim=24, d_model=16, num_heads=2, image_size=16,
                                        patch_size=8, num_classes=3, causal_rules=rules)
    assert model.text_model.config.vocab_size == 50  # a number first is the vocabulary size
    assert model.vision_model.d_model == 24 and model.text_model.config.d_model == 16
    assert (model.image_proj.in_features, model.image_proj.out_features) == (24, 16)
    text, images = inputs(2)
    assert model(input_ids=text, images=images).shape == (2, 3)
    default = MultimodalCausalTransformer(50, d_model=16, num_heads=2, image_size=16, patch_size=8, causal_rules=rules)
    assert isinstance(default.image_proj, torch.nn.Identity)  # no image_embedding_dim: the joint width


def test_image_embedding_dim_must_match_a_given_vision_model():
    rules = rules_of(("rain", "wet_ground", 0.9))
    vision = CausalVisionTransformer(16, 8, num_classes=0, d_model=16, n_heads=2, n_layers=1, causal_rules=rules)
    with pytest.raises(DataError, match=r"image_embedding_dim=24 is not the vision model's width \(d_model=16\)"):
        MultimodalCausalTransformer(vision_model=vision, image_embedding_dim=24, d_model=16, causal_rules=rules)
