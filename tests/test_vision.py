"""Causal vision: the SCM latent (closed forms), CausalScenes, generators, ViT, attention, multimodal, bad input."""

import math
import re

import pytest
import torch

from causaltorch.errors import (
    CheckpointError,
    DataError,
    InterventionError,
    RuleValidationError,
    UnknownVariableError,
)
from causaltorch.layers import CausalAttention
from causaltorch.models import CausalCNN, CausalImageGenerator, CausalVisionTransformer
from causaltorch.rules import CausalRuleSet
from causaltorch.scm import StructuralCausalModel
from causaltorch.vision.data import CausalScenes, CausalScenesStream, save_image_grid, vision_rules
from causaltorch.vision.latent import CausalLatentEncoder, intensity_scm

N = 200_000
TOL = 0.006  # > 5 standard errors of a mean of N intensities in [0, 1]


@pytest.fixture(scope="module")
def rules():
    return vision_rules()


def latent_means(encoder, interventions=None, seed=0):
    z = torch.randn(N, encoder.input_dim, generator=torch.Generator().manual_seed(seed))
    return dict(zip(encoder.variables, encoder(z, interventions)[:, : encoder.num_factors].mean(0).tolist()))


# ------------------------------------------------------------------ the causal latent
def test_latent_matches_noisy_or_closed_forms_observationally(rules):
    means = latent_means(CausalLatentEncoder(16, rules))
    clouds, night = 0.5, 0.3  # base rates of the roots
    rain = 1 - (1 - 0.05) * (1 - 0.8 * clouds)
    wet = 1 - (1 - 0.05) * (1 - 0.9 * rain)
    sun = 0.9 * (1 - 0.8 * clouds) * (1 - 0.9 * night)  # inhibitors multiply the leak
    assert means["clouds"] == pytest.approx(clouds, abs=TOL)
    assert means["night"] == pytest.approx(night, abs=TOL)
    assert means["rain"] == pytest.approx(rain, abs=TOL)
    assert means["wet_ground"] == pytest.approx(wet, abs=TOL)
    assert means["sun"] == pytest.approx(sun, abs=TOL)


def test_do_on_the_latent_moves_descendants_and_not_ancestors(rules):
    encoder = CausalLatentEncoder(16, rules)
    means = latent_means(encoder, {"rain": 1.0})
    wet = 1 - (1 - 0.05) * (1 - 0.9)
    puddles = 1 - (1 - 0.02) * (1 - 0.7 * wet)  # E[product] = product of means: independent leaks
    assert means["rain"] == 1.0
    assert means["wet_ground"] == pytest.approx(wet, abs=TOL)
    assert means["puddles"] == pytest.approx(puddles, abs=TOL)
    assert means["clouds"] == pytest.approx(0.5, abs=TOL)  # an ancestor stays put
    assert means["night"] == pytest.approx(0.3, abs=TOL)


def test_do_on_a_cause_of_an_inhibited_effect_lowers_it(rules):
    means = latent_means(CausalLatentEncoder(16, rules), {"night": 1.0})
    assert means["sun"] == pytest.approx(0.9 * (1 - 0.8 * 0.5) * (1 - 0.9), abs=TOL)
    assert means["shadows"] == pytest.approx(1 - (1 - 0.02) * (1 - 0.9 * means["sun"]), abs=TOL)


def test_latent_agrees_with_sampling_the_intervened_scm(rules):
    scm = intensity_scm(rules)
    torch.manual_seed(1)
    sampled = scm.do({"clouds": 0.2}).sample(N).mean(0)
    means = latent_means(CausalLatentEncoder(16, rules), {"clouds": 0.2})
    for j, name in enumerate(scm.variables):
        assert means[name] == pytest.approx(float(sampled[j]), abs=2 * TOL)


def test_latent_is_the_same_function_of_the_same_noise(rules):
    encoder = CausalLatentEncoder(16, rules)
    z = torch.randn(8, 16)
    assert torch.equal(encoder(z), encoder(z))
    assert torch.equal(encoder(z)[:, 7:], z[:, 7:])  # free dimensions pass through


# ------------------------------------------------------------------ CausalScenes
def test_scenes_are_deterministic_by_seed_and_item_matches_batch():
    a, b = CausalScenes(6, 32, seed=4), CausalScenes(6, 32, seed=4)
    assert torch.equal(a.images(), b.images())
    image, factors = a[3]
    assert torch.equal(image, a.images(3, 4)[0]) and torch.equal(factors, a.factors[3])
    assert not torch.equal(a.images(), CausalScenes(6, 32, seed=5).images())


def test_interventional_scenes_fix_the_factor_and_move_its_effects():
    rainy = CausalScenes(400, 32, seed=0, interventions={"rain": 1.0})
    dry = CausalScenes(400, 32, seed=0, interventions={"rain": 0.0})
    rain = rainy.variables.index("rain")
    wet = rainy.variables.index("wet_ground")
    clouds = rainy.variables.index("clouds")
    assert bool((rainy.factors[:, rain] == 1).all())
    assert float(rainy.factors[:, wet].mean() - dry.factors[:, wet].mean()) > 0.8
    assert torch.equal(rainy.factors[:, clouds], dry.factors[:, clouds])  # same noise, ancestors identical


def test_stream_yields_images_with_factors_in_range():
    image, factors = next(iter(CausalScenesStream(64, seed=2, chunk=4)))
    assert image.shape == (3, 64, 64) and factors.shape == (7,)
    assert float(image.min()) >= -1 and float(image.max()) <= 1
    assert bool(((factors >= 0) & (factors <= 1)).all())


def test_image_grid_is_a_png(tmp_path):
    path = save_image_grid(CausalScenes(4, 32).images(), tmp_path / "grid.png", nrow=2, row_labels=["a", "b"])
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------ generators
@pytest.mark.parametrize("size", [32, 64])
def test_generator_output_shape_and_range(rules, size):
    generator = CausalImageGenerator(latent_dim=24, img_size=size, causal_rules=rules, channels=8).eval()
    images, z_causal = generator.generate(3, {"rain": 0.9})
    assert images.shape == (3, 3, size, size) and z_causal.shape == (3, 24)
    assert float(images.min()) >= -1 and float(images.max()) <= 1
    assert torch.allclose(z_causal[:, generator.causal_encoder.causal_var_indices["rain"]], torch.tensor(0.9))


def test_spec_cnn_example_runs():
    vision = CausalRuleSet()
    vision.add_rule("sunny_weather", "shadows_present", 0.8)
    vision.add_rule("rain_intensity", "ground_wetness", 0.9)
    generator = CausalCNN(latent_dim=128, image_size=64, causal_rules=vision.to_dict(), channels=8)
    images, z_causal = generator.generate(num_samples=1, causal_interventions={"sunny_weather": 0.9})
    assert images.shape == (1, 3, 64, 64) and float(z_causal[0, 0]) == pytest.approx(0.9)


def test_constitution_sees_and_replaces_generated_images(rules):
    calls = []

    def constitution(images):
        calls.append(images.shape)
        return torch.zeros_like(images), False, [{"action": "blur"}]

    generator = CausalImageGenerator(16, 32, rules, channels=8, ethical_constitution=constitution)
    images, _ = generator.generate(2)
    assert calls == [(2, 3, 32, 32)] and float(images.abs().sum()) == 0
    assert not any("constitution" in key for key in generator.state_dict())


def test_save_and_load_round_trip(rules, tmp_path):
    generator = CausalImageGenerator(16, 32, rules, channels=8).eval()
    generator.save_pretrained(tmp_path / "gen")
    loaded = CausalImageGenerator.from_pretrained(tmp_path / "gen").eval()
    first, _ = generator.generate(2, {"rain": 1.0}, generator=torch.Generator().manual_seed(3))
    second, _ = loaded.generate(2, {"rain": 1.0}, generator=torch.Generator().manual_seed(3))
    assert torch.equal(first, second)
    assert loaded.causal_rules.to_dict() == rules.to_dict()


def test_vit_save_and_load_round_trip(rules, tmp_path):
    model = CausalVisionTransformer(32, 8, num_classes=4, d_model=32, n_heads=4, n_layers=1, causal_rules=rules).eval()
    model.save_pretrained(tmp_path / "vit")
    loaded = CausalVisionTransformer.from_pretrained(tmp_path / "vit").eval()
    image = torch.randn(2, 3, 32, 32)
    assert torch.equal(model(image)[0], loaded(image)[0])



# ------------------------------------------------------------------ the plain ablation's latent
def plain_generator(rules):
    return CausalImageGenerator(16, 8, rules, channels=4, independent_factors=True).eval()


def test_plain_latent_draws_factors_independently_one_sample_at_a_time(rules):
    generator, samples = plain_generator(rules), 1000
    z = torch.randn(samples, 16, generator=torch.Generator().manual_seed(5))
    factors = torch.cat([generator.encode(z[i:i + 1])[:, :7] for i in range(samples)])  # batch size 1
    off_diagonal = torch.corrcoef(factors.T)[~torch.eye(7, dtype=torch.bool)]
    # independent factors: each sample correlation is ~N(0, 1/sqrt(1000)) (sd 0.032); 0.15 is 4.7 sd,
    # while the SCM's own rain-wet_ground correlation is about 0.9
    assert float(off_diagonal.abs().max()) < 0.15


def test_plain_latent_factors_have_the_scm_marginals(rules):
    generator = plain_generator(rules)
    z = torch.randn(N, 16, generator=torch.Generator().manual_seed(6))
    plain, causal = generator.encode(z)[:, :7], generator.causal_encoder(z)[:, :7]
    rain = 1 - (1 - 0.05) * (1 - 0.8 * 0.5)
    means = dict(zip(generator.variables, plain.mean(0).tolist()))
    assert means["rain"] == pytest.approx(rain, abs=TOL)
    assert means["wet_ground"] == pytest.approx(1 - (1 - 0.05) * (1 - 0.9 * rain), abs=TOL)
    assert means["sun"] == pytest.approx(0.9 * (1 - 0.8 * 0.5) * (1 - 0.9 * 0.3), abs=TOL)
    levels = torch.tensor([0.1, 0.25, 0.5, 0.75, 0.9])
    # quantiles of N draws: standard error < 0.004 for these densities; the Sobol table adds less
    assert torch.allclose(plain.quantile(levels, dim=0), causal.quantile(levels, dim=0), atol=0.01)


def test_do_on_the_plain_latent_sets_only_the_named_factor(rules):
    generator = plain_generator(rules)
    z = torch.randn(64, 16, generator=torch.Generator().manual_seed(7))
    observed, intervened = generator.encode(z), generator.encode(z, {"rain": 1.0})
    rain = generator.variables.index("rain")
    assert torch.equal(intervened[:, rain], torch.ones(64))
    keep = [j for j in range(16) if j != rain]
    assert torch.equal(intervened[:, keep], observed[:, keep])  # wet_ground and puddles do not follow


def test_plain_generator_round_trips_without_saving_its_quantile_table(rules, tmp_path):
    generator = plain_generator(rules)
    generator.save_pretrained(tmp_path / "plain")
    loaded = CausalImageGenerator.from_pretrained(tmp_path / "plain").eval()
    z = torch.randn(32, 16, generator=torch.Generator().manual_seed(8))
    assert not any("quantiles" in key for key in generator.state_dict())
    assert torch.equal(loaded.encode(z), generator.encode(z))


# ------------------------------------------------------------------ GAN training
def test_gan_training_step_updates_both_networks(rules, tmp_path):
    pytest.importorskip("lightning")
    from causaltorch.training.vision import CausalGAN, SceneDataModule, make_vision_trainer

    torch.manual_seed(0)
    gan = CausalGAN(latent_dim=16, img_size=32, causal_rules=rules, channels=8)
    before_g = [p.detach().clone() for p in gan.generator.parameters() if p.requires_grad]
    before_d = [p.detach().clone() for p in gan.discriminator.parameters()]
    trainer = make_vision_trainer(1, tmp_path, logger="none", progress_bar="none")
    trainer.fit(gan, SceneDataModule(32, batch_size=4, chunk=4))
    trained_g = (p for p in gan.generator.parameters() if p.requires_grad)
    changed_g = [not torch.equal(a, b) for a, b in zip(before_g, trained_g)]
    changed_d = [not torch.equal(a, b) for a, b in zip(before_d, gan.discriminator.parameters())]
    assert all(changed_g) and all(changed_d)
    assert trainer.global_step == 2  # one critic step and one generator step
    assert (tmp_path / "model" / "model.safetensors").is_file()


def test_gan_trains_on_pictures_alone_without_the_factor_terms(rules, tmp_path):
    pytest.importorskip("lightning")
    import lightning
    from torch.utils.data import DataLoader, TensorDataset

    from causaltorch.training.vision import CausalGAN

    torch.manual_seed(0)
    gan = CausalGAN(latent_dim=16, img_size=8, causal_rules=rules, channels=4)
    before = [p.detach().clone() for p in gan.generator.decoder.parameters()]
    pictures = DataLoader(TensorDataset(torch.rand(4, 3, 8, 8) * 2 - 1), batch_size=4)  # yields (images,)
    trainer = lightning.Trainer(max_steps=2, logger=False, enable_checkpointing=False, enable_progress_bar=False,
                                enable_model_summary=False, accelerator="cpu")
    trainer.fit(gan, pictures)
    assert all(not torch.equal(a, b) for a, b in zip(before, gan.generator.decoder.parameters()))
    assert {"d_loss", "g_loss", "visual_loss"} <= set(trainer.logged_metrics)
    assert not {"factor_loss_real", "factor_loss_fake"} & set(trainer.logged_metrics)


def test_gan_adds_the_sparse_decoder_balance_loss(rules):
    from causaltorch.training.vision import CausalGAN

    generator = CausalImageGenerator(16, 8, rules, channels=4, sparsity=0.5)
    gan = CausalGAN(generator=generator, channels=4)
    assert gan._balance_loss() is None  # nothing decoded yet
    generator.generate(4)
    blocks = generator.decoder.blocks
    assert float(gan._balance_loss().detach()) == pytest.approx(sum(float(block.aux_loss.detach()) for block in blocks))


def test_gan_refuses_a_batch_it_cannot_read(rules):
    from causaltorch.training.vision import CausalGAN

    with pytest.raises(DataError, match="CausalGAN batch"):
        CausalGAN._split(("pictures", "factors"))


def test_gan_without_rules_uses_the_bundled_vision_rules():
    from causaltorch.training.vision import CausalGAN

    assert CausalGAN(latent_dim=16, img_size=8, channels=4).causal_rules.variables == vision_rules().variables


# ------------------------------------------------------------------ ViT
def test_vit_spec_example_returns_logits_and_causal_features():
    vision = CausalRuleSet()
    vision.add_rule("sunny_weather", "shadows_present", 0.8)
    vision.add_rule("rain_intensity", "ground_wetness", 0.9)
    model = CausalVisionTransformer(image_size=224, num_classes=1000, d_model=64, n_heads=4, n_layers=1,
                                    causal_rules=vision.to_dict())
    logits, causal_features = model(torch.randn(1, 3, 224, 224))
    assert logits.shape == (1, 1000) and causal_features.shape == (1, 4)


def test_vit_causal_features_obey_the_rules(rules):
    model = CausalVisionTransformer(32, 8, num_classes=4, d_model=32, n_heads=4, n_layers=1, causal_rules=rules)
    with torch.no_grad():
        model.factor_head.weight.zero_()
        model.factor_head.bias.fill_(-30.0)  # nothing detected ...
        model.factor_head.bias[model.variables.index("rain")] = 30.0  # ... but rain
    _, features = model(torch.randn(1, 3, 32, 32))
    intensity = dict(zip(model.variables, features[0].tolist()))
    assert intensity["wet_ground"] == pytest.approx(0.9, abs=1e-4)  # caused by rain with power 0.9
    assert intensity["puddles"] == pytest.approx(0.7 * 0.9, abs=1e-4)
    assert intensity["clouds"] == pytest.approx(0.0, abs=1e-4)  # causes are not inferred from effects


def test_explain_prediction_sums_to_the_logit(rules):
    torch.manual_seed(0)
    model = CausalVisionTransformer(32, 8, num_classes=4, d_model=32, n_heads=4, n_layers=1, causal_rules=rules)
    image = torch.randn(3, 32, 32)
    report = model.explain_prediction(image)
    total = sum(report["contributions"].values()) + report["unexplained"] + report["bias"]
    assert total == pytest.approx(report["logit"], abs=1e-5)
    assert report["class"] == int(model(image[None])[0].argmax())
    path = report["causal_path"]
    assert path[-1] == max(report["contributions"], key=report["contributions"].get)
    assert not rules.parents(path[0])  # the path starts at a root cause
    assert all(rules.get_rule(a, b) is not None for a, b in zip(path, path[1:]))


def test_vit_timm_interface(rules):
    model = CausalVisionTransformer(32, 8, num_classes=4, d_model=32, n_heads=4, n_layers=1, causal_rules=rules)
    features = model.forward_features(torch.randn(2, 3, 32, 32))
    assert features.shape == (2, 17, 32)
    pooled, _ = model.forward_head(features, pre_logits=True)
    assert pooled.shape == (2, 32)
    model.reset_classifier(7)
    assert model(torch.randn(2, 3, 32, 32))[0].shape == (2, 7)


# ------------------------------------------------------------------ attention and multimodal
def test_causal_attention_bias_matches_closed_form(rules):
    attention = CausalAttention(8, num_heads=1, causal_rules=rules, rule_bias=2.0)
    with torch.no_grad():
        for proj in (attention.q_proj, attention.k_proj):
            proj.weight.zero_()
            proj.bias.zero_()  # all scores 0: weights come from the rule bias alone
        attention.v_proj.weight.copy_(torch.eye(8))
        attention.v_proj.bias.zero_()
        attention.out_proj.weight.copy_(torch.eye(8))
        attention.out_proj.bias.zero_()
    index = {v: i for i, v in enumerate(rules.variables)}
    values = torch.randn(1, 3, 8)
    query = torch.randn(1, 1, 8)
    query_vars = torch.tensor([[index["rain"]]])
    key_vars = torch.tensor([[index["clouds"], index["night"], -1]])  # clouds -> rain (0.8); night: no rule
    out = attention(query, values, values, query_vars, key_vars)
    weights = torch.softmax(torch.tensor([2.0 * 0.8, 0.0, 0.0]), 0)
    assert torch.allclose(out[0, 0], weights @ values[0], atol=1e-6)
    plain = attention(query, values, values)
    assert torch.allclose(plain[0, 0], values[0].mean(0), atol=1e-6)


def test_multimodal_transformer_classifies_text_and_image(rules):
    from causaltorch.models import MultimodalCausalTransformer

    model = MultimodalCausalTransformer(vocab_size=100, image_size=32, d_model=32, num_classes=4, causal_rules=rules)
    logits = model(torch.randint(0, 100, (2, 6)), torch.randn(2, 3, 32, 32),
                   text_variables=torch.tensor([[0, 2, -1, -1, 3, -1]] * 2))
    assert logits.shape == (2, 4) and bool(torch.isfinite(logits).all())


SPEC_RULES = {'cause_effect_pairs': [
    {'cause': 'visual_objects', 'effect': 'text_description', 'strength': 0.9},
    {'cause': 'text_context', 'effect': 'visual_attention', 'strength': 0.8}]}


def test_multimodal_model_from_the_spec_runs():
    from causaltorch.models import MultimodalCausalTransformer

    model = MultimodalCausalTransformer.at_spec_sizes(causal_rules=SPEC_RULES, n_layers=2)
    output = model(torch.randint(0, 1000, (1, 20)), torch.randn(1, 3, 224, 224))
    assert output.shape == (1, 10)


def test_spec_multimodal_example_as_written():
    import torch.nn as nn

    from causaltorch.models import cnsg

    class SpecModel(nn.Module):  # the seed's example, verbatim in what it calls
        def __init__(self, text_vocab_size=10000, vision_num_classes=1000, d_model=512, causal_rules=None):
            super().__init__()
            self.text_encoder = cnsg(vocab_size=text_vocab_size, d_model=d_model, causal_rules=causal_rules)
            self.vision_encoder = CausalVisionTransformer(image_size=224, num_classes=vision_num_classes,
                                                          d_model=d_model, causal_rules=causal_rules)
            self.cross_modal_attention = CausalAttention(d_model, num_heads=8, causal_rules=causal_rules)
            self.fusion = nn.Linear(d_model * 2, d_model)
            self.classifier = nn.Linear(d_model, 10)

        def forward(self, text_input, image_input):
            text_features = self.text_encoder.encode(text_input)
            image_features = self.vision_encoder.encode(image_input)
            attended_text = self.cross_modal_attention(text_features, image_features, image_features)
            attended_image = self.cross_modal_attention(image_features, text_features, text_features)
            fused = torch.cat([attended_text.mean(1), attended_image.mean(1)], dim=-1)
            return self.classifier(self.fusion(fused))

    model = SpecModel(causal_rules=SPEC_RULES)
    assert model(torch.randint(0, 1000, (1, 20)), torch.randn(1, 3, 224, 224)).shape == (1, 10)


# ------------------------------------------------------------------ bad input
def test_unknown_factor_in_interventions_is_refused(rules):
    generator = CausalImageGenerator(16, 32, rules, channels=8)
    with pytest.raises(UnknownVariableError, match="Did you mean 'rain'"):
        generator.generate(2, {"rainn": 1.0})


@pytest.mark.parametrize("value", [1.5, -0.1, math.nan])
def test_noisy_or_factor_outside_unit_interval_is_refused(rules, value):
    generator = CausalImageGenerator(16, 32, rules, channels=8)
    with pytest.raises(InterventionError):
        generator.generate(2, {"rain": value})


def test_wrong_image_size_or_channels_is_refused(rules):
    model = CausalVisionTransformer(32, 8, num_classes=4, d_model=32, n_heads=4, n_layers=1, causal_rules=rules)
    with pytest.raises(DataError, match="32x32"):
        model(torch.randn(1, 3, 64, 64))
    with pytest.raises(DataError, match="3 channels"):
        model(torch.randn(1, 1, 32, 32))
    from causaltorch.vision.generator import CausalDiscriminator

    with pytest.raises(DataError, match="shape"):
        CausalDiscriminator(32, rules)(torch.randn(1, 4, 32, 32))
    with pytest.raises(DataError, match="32 or 64"):
        CausalScenes(4, image_size=48)


def test_checkpoint_with_other_rule_variables_is_refused(rules, tmp_path):
    CausalImageGenerator(16, 32, rules, channels=8).save_pretrained(tmp_path / "gen")
    with pytest.raises(CheckpointError, match="trained on"):
        CausalImageGenerator.from_pretrained(tmp_path / "gen", causal_rules=CausalRuleSet.load("weather"))


@pytest.mark.parametrize("sparsity", [1.0, -0.1, math.nan])
def test_sparsity_outside_zero_to_one_is_refused(rules, sparsity):
    with pytest.raises(DataError, match=r"sparsity must be a finite number in \[0, 1\)"):
        CausalImageGenerator(16, 32, rules, sparsity=sparsity)


def test_a_sparse_generator_computes_a_tenth_of_its_decoder_channels(rules):
    from causaltorch.vision import SparseConvBlock

    generator = CausalImageGenerator(16, 32, rules, channels=16, sparsity=0.9).eval()
    images, z_causal = generator.generate(3, {"rain": 0.9})
    assert images.shape == (3, 3, 32, 32) and torch.allclose(z_causal[:, 2], torch.tensor(0.9))
    assert all(isinstance(block, SparseConvBlock) for block in generator.decoder.blocks)
    for block in generator.decoder.blocks:  # out channels 64, 32, 16: top_k 6, 3, 1 per picture
        assert block.top_k == max(1, int(0.1 * block.out_channels + 1e-9))
        assert block.last_stats.block_fraction == pytest.approx(block.top_k / block.out_channels)


def test_a_sparse_generator_round_trips(rules, tmp_path):
    generator = CausalImageGenerator(16, 32, rules, channels=8, sparsity=0.5).eval()
    generator.save_pretrained(tmp_path / "sparse")
    loaded = CausalImageGenerator.from_pretrained(tmp_path / "sparse").eval()
    z = torch.randn(2, 16, generator=torch.Generator().manual_seed(4))
    assert loaded.config.sparsity == 0.5 and torch.equal(loaded(z), generator(z))


def test_no_rules_means_the_bundled_vision_rules_and_says_so(caplog):
    with caplog.at_level("INFO", logger="causaltorch.vision.latent"):
        generator = CausalCNN(latent_dim=16, image_size=8, channels=4)
    assert generator.variables == vision_rules().variables
    assert "CausalCNN got no causal_rules: using the bundled 'vision' rules" in caplog.text
    with pytest.raises(RuleValidationError, match="at least one variable"):
        CausalCNN(latent_dim=16, image_size=8, causal_rules=CausalRuleSet())  # given but empty: still refused


def test_latent_dim_must_exceed_the_number_of_factors(rules):
    with pytest.raises(DataError, match="latent_dim"):
        CausalImageGenerator(5, 32, rules)


@pytest.mark.parametrize("build, message", [
    (lambda rules: CausalScenes(True), "n must be a positive integer (CausalScenes' number of scenes), got True."),
    (lambda rules: CausalScenes(4, intervention_prob=1.5), "intervention_prob must be a number in [0, 1], got 1.5."),
    (lambda rules: CausalScenesStream(intervention_prob=-0.1),
     "intervention_prob must be a number in [0, 1], got -0.1."),
    (lambda rules: CausalImageGenerator(16, 32, rules, channels=0), "channels must be a positive integer, got 0."),
    (lambda rules: CausalImageGenerator(16, 32, rules, channels=8).generate(0),
     "num_samples must be a positive integer, got 0."),
    (lambda rules: CausalVisionTransformer(32, 8, num_classes=-1, d_model=16),
     "num_classes must be an integer >= 0, got -1."),
    (lambda rules: CausalVisionTransformer(32, 8, d_model=16, n_layers=True),
     "n_layers must be a positive integer, got True."),
])
def test_bad_sizes_are_refused_naming_the_argument(rules, build, message):
    with pytest.raises(DataError, match=re.escape(message)):
        build(rules)


@pytest.mark.parametrize("settings, message", [
    (dict(lr=-1.0), "lr must be a number >= 0, got -1.0."),
    (dict(factor_weight="high"), "factor_weight must be a number >= 0, got 'high'."),
    (dict(intervention_prob=True), "intervention_prob must be a number in [0, 1], got True."),
])
def test_bad_gan_settings_are_refused_naming_them(rules, settings, message):
    from causaltorch.training import CausalGAN

    with pytest.raises(DataError, match=re.escape(message)):
        CausalGAN(16, 32, rules, channels=8, **settings)


def test_scene_batches_must_hold_at_least_one_scene():
    from causaltorch.training import SceneDataModule

    with pytest.raises(DataError, match=re.escape("batch_size must be a positive integer, got 0.")):
        SceneDataModule(batch_size=0)


def test_scm_type_is_the_project_scm(rules):
    assert isinstance(CausalLatentEncoder(16, rules).scm, StructuralCausalModel)


# ------------------------------------------------------------------ metrics
def test_frechet_distance_of_a_shift_is_the_squared_shift():
    from causaltorch.metrics.vision import frechet_distance

    features = torch.randn(500, 4, generator=torch.Generator().manual_seed(0))
    shift = torch.tensor([1.0, -2.0, 0.0, 0.5])
    assert frechet_distance(features, features) == pytest.approx(0.0, abs=1e-6)
    assert frechet_distance(features, features + shift) == pytest.approx(float(shift.pow(2).sum()), abs=1e-6)


def test_frechet_distance_of_scaled_gaussians_matches_the_closed_form():
    from causaltorch.metrics.vision import frechet_distance

    a = torch.randn(20000, 2, generator=torch.Generator().manual_seed(1))
    b = 2.0 * torch.randn(20000, 2, generator=torch.Generator().manual_seed(2))
    # N(0, I) vs N(0, 4I): tr(I + 4I - 2 * 2I) = 2 per dimension pair -> 1 * 2 dims
    assert frechet_distance(a, b) == pytest.approx(2.0, abs=0.1)
