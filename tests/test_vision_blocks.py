"""The vision building blocks: upsampling with factor maps, the work-skipping sparse convolution, the decoder,
the latent encoder's free part, the ViT's pieces with rules, and weights saved before the pieces were modules."""

import pytest
import torch
import torch.nn.functional as F
from torch.utils.flop_counter import FlopCounterMode

from causaltorch._checkpoint import write_pretrained
from causaltorch.errors import DataError
from causaltorch.vision import (
    CausalClassificationHead,
    CausalImageGenerator,
    CausalLatentEncoder,
    CausalPatchEmbedding,
    CausalSpatialDecoder,
    CausalUpsampling,
    CausalVisionBlock,
    CausalVisionTransformer,
    SparseConvBlock,
)
from causaltorch.vision.data import vision_rules
from causaltorch.vision.decoder import DecoderBlock
from causaltorch.vision.vit import VisionBlock

RAIN_ONLY = 30.0  # a detector bias: sigmoid(30) is 1 and sigmoid(-30) 1e-13 in float32


@pytest.fixture(scope="module")
def rules():
    return vision_rules()  # clouds -> rain (0.8) -> wet_ground (0.9) -> puddles (0.7); clouds, night ⊣ sun -> shadows


def column(rules, name):
    return rules.variables.index(name)


# ------------------------------------------------------------------ CausalUpsampling
def test_upsampling_appends_one_constant_map_per_factor(rules):
    x, factors = torch.randn(2, 3, 4, 4), torch.rand(2, 7)
    out = CausalUpsampling(rules)(x, factors)
    assert out.shape == (2, 10, 8, 8)
    assert torch.equal(out[:, :3], F.interpolate(x, scale_factor=2))
    assert torch.equal(out[:, 3:], factors[:, :, None, None].expand(-1, -1, 8, 8))


def test_upsampling_without_rules_is_plain_and_with_rules_needs_the_factors(rules):
    x = torch.randn(1, 3, 4, 4)
    assert torch.equal(CausalUpsampling()(x), F.interpolate(x, scale_factor=2))
    with pytest.raises(DataError, match=r"factors must have shape \[1, 7\]"):
        CausalUpsampling(rules)(x)


# ------------------------------------------------------------------ SparseConvBlock
def every_channel_then_chosen(block, x, factors=None):
    """The block's meaning computed the slow way: every output channel densely, then each picture's chosen ones
    normalised together, scaled, shifted and activated; the others zero."""
    upsampled = block.upsample(x, factors)
    full = F.conv2d(upsampled, block.conv.weight, block.conv.bias, padding=1)  # (B, out, H, W)
    channels, _, _ = block.route(upsampled)
    out = torch.zeros_like(full)
    for i, chosen in enumerate(channels):
        normed = F.group_norm(full[i, chosen][None], 1)[0]
        out[i, chosen] = F.leaky_relu(normed * block.scale[chosen, None, None] + block.shift[chosen, None, None], 0.2)
    return out


def test_sparse_block_equals_the_dense_convolution_on_the_channels_it_computes(rules):
    torch.manual_seed(0)
    block = SparseConvBlock(6, 8, sparsity=0.5, causal_rules=rules)
    with torch.no_grad():
        block.scale.uniform_(0.5, 1.5)
        block.shift.normal_()
    x, factors = torch.randn(3, 6, 4, 4), torch.rand(3, 7)
    out = block(x, factors)
    assert out.shape == (3, 8, 8, 8)
    assert torch.allclose(out, every_channel_then_chosen(block, x, factors), atol=1e-5)


def test_sparse_block_routes_each_picture_to_its_own_channels():
    block = SparseConvBlock(2, 4, sparsity=0.75)  # one channel per picture
    with torch.no_grad():
        block.router.weight.copy_(torch.tensor([[5.0, 0.0], [0.0, 5.0], [0.0, 0.0], [0.0, 0.0]]))
        block.router.bias.zero_()
    bright_first = torch.stack([torch.ones(4, 4), torch.zeros(4, 4)])
    x = torch.stack([bright_first, bright_first.flip(0)])  # picture 0 lights input channel 0, picture 1 channel 1
    computed = block(x).abs().sum(dim=(2, 3)) > 0
    assert computed.tolist() == [[True, False, False, False], [False, True, False, False]]


@pytest.mark.parametrize("sparsity, top_k", [(0.0, 32), (0.5, 16), (0.875, 4)])
def test_sparse_block_multiplies_only_the_chosen_filters(sparsity, top_k):
    batch, width, out, side = 4, 16, 32, 16  # the convolution runs at 16x16 after upsampling
    block = SparseConvBlock(width, out, sparsity=sparsity)
    with FlopCounterMode(display=False) as counter:
        block(torch.randn(batch, width, side // 2, side // 2))
    convolution = 2 * batch * top_k * side * side * width * 9  # multiply-adds of the chosen filters only
    router = 2 * batch * width * out
    assert block.top_k == top_k and counter.get_total_flops() == convolution + router
    assert block.last_stats.block_fraction == pytest.approx(top_k / out)
    with FlopCounterMode(display=False) as counter:
        DecoderBlock(width, out)(torch.randn(batch, width, side // 2, side // 2))
    assert counter.get_total_flops() == 2 * batch * out * side * side * width * 9  # dense: every filter


def test_filters_no_picture_chose_get_no_gradient_and_the_router_learns():
    torch.manual_seed(0)
    block = SparseConvBlock(4, 8, sparsity=0.75)  # 2 of 8 channels
    x = torch.randn(1, 4, 4, 4)
    out = block(x)
    (out * torch.randn_like(out)).sum().backward()
    chosen = set(block.route(block.upsample(x))[0][0].tolist())
    per_filter = block.conv.weight.grad.flatten(1).abs().sum(1)
    assert all((float(per_filter[c]) > 0) == (c in chosen) for c in range(8))
    assert float(block.router.weight.grad.abs().sum()) > 0  # through the straight-through gate


def test_balance_loss_of_a_uniform_router_is_its_weight():
    block = SparseConvBlock(4, 8, sparsity=0.5, aux_loss_weight=0.3)
    with torch.no_grad():
        block.router.weight.zero_()
        block.router.bias.zero_()
    block(torch.randn(2, 4, 4, 4))
    # P_c = 1/8 for every channel, so out · Σ f_c P_c = 8 · (1/8) · Σ f_c = 1 whatever the load
    assert float(block.aux_loss.detach()) == pytest.approx(0.3)


def test_sparse_block_settings_out_of_range_are_refused():
    with pytest.raises(DataError, match=r"sparsity must be a number in \[0, 1\)"):
        SparseConvBlock(4, 8, sparsity=1.0)
    with pytest.raises(DataError, match=r"top_k must be a number of channels per picture in \[1, 8\]"):
        SparseConvBlock(4, 8, top_k=9)
    with pytest.raises(DataError, match=r"expects x of shape \[batch, 4, height, width\]"):
        SparseConvBlock(4, 8)(torch.randn(1, 3, 4, 4))


# ------------------------------------------------------------------ CausalSpatialDecoder
def test_every_decoder_stage_reads_the_factors(rules):
    torch.manual_seed(0)
    z = torch.randn(2, 16)
    more_rain = z.clone()
    more_rain[:, column(rules, "rain")] += 0.5
    for causal_rules, follows in ((rules, True), (None, False)):
        decoder = CausalSpatialDecoder(16, 16, causal_rules, channels=4).eval()
        with torch.no_grad():
            decoder.project.weight[:, :7] = 0  # the 4x4 projection ignores the first 7 columns
        assert torch.allclose(decoder(z), decoder(more_rain)) != follows  # only the factor maps carry rain


def test_decoder_with_sparsity_has_sparse_stages_of_the_same_widths(rules):
    dense = CausalSpatialDecoder(16, 32, rules, channels=4)
    sparse = CausalSpatialDecoder(16, 32, rules, channels=4, sparsity=0.75)
    assert all(isinstance(block, SparseConvBlock) for block in sparse.blocks)
    assert [(b.in_channels, b.out_channels) for b in sparse.blocks] == [(b.in_channels, b.out_channels)
                                                                          for b in dense.blocks]
    assert sparse(torch.randn(2, 16)).shape == (2, 3, 32, 32)


# ------------------------------------------------------------------ CausalLatentEncoder: causal_dim, hidden_dim
def test_latent_encoder_network_makes_the_free_part_from_the_free_noise_only(rules):
    torch.manual_seed(0)
    encoder = CausalLatentEncoder(input_dim=16, causal_dim=12, hidden_dim=8, causal_rules=rules)
    z = torch.randn(5, 16)
    out = encoder(z)
    assert out.shape == (5, 12)
    assert torch.equal(out[:, :7], CausalLatentEncoder(16, rules)(z)[:, :7])  # the factors are the SCM's
    other_factor_noise = z.clone()
    other_factor_noise[:, :7] = torch.randn(5, 7)
    assert torch.equal(encoder(other_factor_noise)[:, 7:], out[:, 7:])
    assert torch.equal(encoder(z, {"rain": 1.0})[:, 7:], out[:, 7:])  # do() leaves the free part alone
    other_free_noise = z.clone()
    other_free_noise[:, 7:] += 1.0
    assert not torch.allclose(encoder(other_free_noise)[:, 7:], out[:, 7:])


def test_latent_encoder_spec_call_uses_the_bundled_rules(caplog):
    with caplog.at_level("INFO", logger="causaltorch.vision.latent"):
        encoder = CausalLatentEncoder(input_dim=32, causal_dim=17, hidden_dim=16)
    assert encoder.variables == vision_rules().variables and encoder.causal_dim == 17
    assert "CausalLatentEncoder got no causal_rules: using the bundled 'vision' rules" in caplog.text


def test_latent_encoder_needs_a_network_to_change_the_width(rules):
    with pytest.raises(DataError, match="give hidden_dim"):
        CausalLatentEncoder(16, rules, causal_dim=12)
    with pytest.raises(DataError, match=r"causal_dim must be an integer larger than the number of causal factors \(7"):
        CausalLatentEncoder(16, rules, causal_dim=7, hidden_dim=4)


# ------------------------------------------------------------------ CausalPatchEmbedding
def rain_detecting_embedding(rules):
    torch.manual_seed(0)
    embedding = CausalPatchEmbedding(8, 4, 6, rules)
    with torch.no_grad():
        embedding.factor_detector.weight.zero_()
        embedding.factor_detector.bias.fill_(-RAIN_ONLY)  # every patch shows rain and nothing else
        embedding.factor_detector.bias[column(rules, "rain")] = RAIN_ONLY
    return embedding


def test_patch_embedding_without_rules_is_patches_class_token_and_positions():
    embedding = CausalPatchEmbedding(8, 4, 6)
    images = torch.randn(2, 3, 8, 8)
    patches = F.conv2d(images, embedding.proj.weight, embedding.proj.bias, stride=4).flatten(2).transpose(1, 2)
    expected = torch.cat([embedding.cls_token.expand(2, -1, -1), patches], 1) + embedding.pos_embed
    assert torch.equal(embedding(images), expected)


def test_patch_factors_follow_the_rules_in_every_patch(rules):
    embedding = rain_detecting_embedding(rules)
    intensities = embedding.patch_factors(embedding.patches(torch.randn(2, 3, 8, 8)))  # (2, 4 patches, 7)
    assert intensities.shape == (2, 4, 7)
    assert torch.allclose(intensities[..., column(rules, "wet_ground")], torch.tensor(0.9), atol=1e-5)
    assert torch.allclose(intensities[..., column(rules, "puddles")], torch.tensor(0.9 * 0.7), atol=1e-5)
    assert torch.allclose(intensities[..., column(rules, "clouds")], torch.tensor(0.0), atol=1e-5)


def test_do_no_rain_removes_rain_and_its_effects_from_every_patch_token(rules):
    embedding = rain_detecting_embedding(rules)
    images = torch.randn(2, 3, 8, 8)
    observed, no_rain = embedding(images), embedding(images, {"rain": 0.0})
    weights = embedding.factor_embedding.weight  # (6, 7): one direction per factor
    lost = (weights[:, column(rules, "rain")] + 0.9 * weights[:, column(rules, "wet_ground")]
            + 0.63 * weights[:, column(rules, "puddles")])
    assert torch.allclose(observed[:, 1:] - no_rain[:, 1:], lost.expand(2, 4, 6), atol=1e-5)
    assert torch.equal(observed[:, 0], no_rain[:, 0])  # the class token carries no patch's factors


# ------------------------------------------------------------------ CausalVisionBlock
def test_vision_block_is_the_causal_vision_block():
    assert VisionBlock is CausalVisionBlock


def test_rule_bias_moves_only_tokens_that_express_an_effect(rules):
    torch.manual_seed(0)
    block = CausalVisionBlock(8, 2, rules).eval()
    unbiased = CausalVisionBlock(8, 2, rules, rule_bias=0.0).eval()
    unbiased.load_state_dict(block.state_dict())
    x = torch.randn(1, 4, 8)
    labels = torch.tensor([[column(rules, "clouds"), column(rules, "rain"), column(rules, "night"), -1]])
    out, reference = block(x, labels), unbiased(x, labels)
    assert torch.allclose(out[0, [0, 2, 3]], reference[0, [0, 2, 3]], atol=1e-6)  # no effect expressed
    assert not torch.allclose(out[0, 1], reference[0, 1], atol=1e-3)  # rain looks more at clouds (0.8)
    normed = block.norm1(x)
    bias = block.attention_bias(normed, labels)[0, 0]  # (T, T)
    assert torch.allclose(bias, torch.zeros(4, 4).index_put_((torch.tensor(1), torch.tensor(0)), torch.tensor(0.8)))


def test_vision_block_detects_the_token_factors_itself(rules):
    torch.manual_seed(0)
    block = CausalVisionBlock(8, 2, rules).eval()
    unbiased = CausalVisionBlock(8, 2, rules, rule_bias=0.0).eval()
    unbiased.load_state_dict(block.state_dict())
    x = torch.randn(2, 5, 8)
    assert not torch.allclose(block(x), unbiased(x), atol=1e-4)
    with pytest.raises(DataError, match="without causal_rules"):
        CausalVisionBlock(8, 2)(x, torch.zeros(2, 5, dtype=torch.long))


# ------------------------------------------------------------------ CausalClassificationHead
def test_head_logits_are_factor_weights_times_intensities_plus_the_residual(rules):
    head = CausalClassificationHead(8, 3, rules)
    features = torch.randn(2, 5, 8)
    logits, intensities = head(features)
    assert torch.allclose(logits, head.factor_weights(intensities) + head.residual(features[:, 0]))
    assert torch.equal(head(features[:, 0])[0], logits)  # pooled features are read the same way


def test_head_intervention_moves_descendants_and_not_ancestors(rules):
    head = CausalClassificationHead(8, 3, rules)
    features = torch.randn(4, 5, 8)
    (_, observed), (_, rained) = head(features), head(features, {"rain": 1.0})
    for name in ("clouds", "night", "sun", "shadows"):
        assert torch.equal(rained[:, column(rules, name)], observed[:, column(rules, name)])
    assert torch.equal(rained[:, column(rules, "rain")], torch.ones(4))
    assert bool((rained[:, column(rules, "wet_ground")] >= 0.9 - 1e-6).all())


def test_head_without_classes_returns_the_class_token(rules):
    features = torch.randn(2, 5, 8)
    token, intensities = CausalClassificationHead(8, 0, rules)(features)
    assert torch.equal(token, features[:, 0]) and intensities.shape == (2, 7)


# ------------------------------------------------------------------ weights saved before the pieces were modules
OLD_VIT_NAMES = {"patch_embed.cls_token": "cls_token", "patch_embed.pos_embed": "pos_embed",
                 "patch_embed.proj.weight": "patch_embed.weight", "patch_embed.proj.bias": "patch_embed.bias",
                 "head.residual.weight": "head.weight", "head.residual.bias": "head.bias"}


def old_vit_name(name):
    if name in OLD_VIT_NAMES:
        return OLD_VIT_NAMES[name]
    return name.removeprefix("head.") if name.startswith(("head.factor_", "head.symbolic.")) else name


def test_generator_weights_saved_before_the_decoder_module_still_load(rules, tmp_path):
    generator = CausalImageGenerator(16, 8, rules, channels=4).eval()
    old_state = {name.removeprefix("decoder."): tensor for name, tensor in generator.state_dict().items()}
    assert "project.weight" in old_state
    config = {"model_type": "causaltorch-image-generator", "architecture": "CausalImageGenerator",
              **generator.config.to_dict()}
    write_pretrained(tmp_path, old_state, config, "vision")
    z = torch.randn(2, 16)
    assert torch.equal(CausalImageGenerator.from_pretrained(tmp_path).eval()(z), generator(z))
    fresh = CausalImageGenerator(16, 8, rules, channels=4).eval()
    fresh.load_state_dict(old_state)
    assert torch.equal(fresh(z), generator(z))


def test_vit_weights_saved_before_its_parts_were_modules_still_load(rules, tmp_path):
    model = CausalVisionTransformer(16, 8, num_classes=3, d_model=8, n_heads=2, n_layers=1, causal_rules=rules).eval()
    old_state = {old_vit_name(name): tensor for name, tensor in model.state_dict().items()}
    assert {"cls_token", "factor_head.weight", "head.weight"} <= set(old_state)
    write_pretrained(tmp_path, old_state, {"model_type": "causaltorch-vit", **model.config}, "vision")
    images = torch.randn(2, 3, 16, 16)
    assert torch.equal(CausalVisionTransformer.from_pretrained(tmp_path).eval()(images)[0], model(images)[0])
    fresh = CausalVisionTransformer(16, 8, num_classes=3, d_model=8, n_heads=2, n_layers=1, causal_rules=rules)
    fresh.eval().load_state_dict(old_state)
    assert torch.equal(fresh(images)[0], model(images)[0])
