"""cnsg / CausalTransformer: one model behind two front doors, its forward pass, caches and checkpoints."""

import json
import subprocess
import sys

import pytest
import torch
import torch.nn.functional as F

from causaltorch import CausalRuleSet
from causaltorch.errors import CheckpointError, DataError
from causaltorch.models import CausalLanguageModel, CausalTransformer, CausalTransformerConfig, cnsg
from causaltorch.text import KVCache

SENTENCES = [
    "If it rains, the ground gets wet.", "The ground was wet because it had rained.",
    "Wet ground makes the road slippery.", "The cat slept on the warm mat.", "She made tea in the kitchen.",
] * 4


@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.train(SENTENCES, vocab_size=320, min_frequency=1)


def tiny(vocab_size=97, **overrides):
    settings = dict(vocab_size=vocab_size, d_model=32, n_heads=4, n_layers=2, max_seq_length=64)
    settings.update(overrides)
    return cnsg(**settings)


def rain_rules():
    rules = CausalRuleSet()
    rules.add_rule("rain", "wet_ground", 0.9)
    return rules


def test_cnsg_and_causal_transformer_build_the_same_config_and_module():
    a = cnsg(vocab_size=101, d_model=48, n_heads=4, n_layers=3, max_seq_length=128, causal_rules=rain_rules())
    b = CausalTransformer(101, hidden_dim=48, num_layers=3, num_heads=4, causal_rules=rain_rules(), max_seq_length=128)
    assert a.config == b.config
    assert isinstance(a, CausalTransformer) and type(a).forward is type(b).forward
    assert {k: v.shape for k, v in a.state_dict().items()} == {k: v.shape for k, v in b.state_dict().items()}
    assert CausalTransformer(a.config).config == a.config


def test_d_ff_defaults_to_four_times_the_width():
    assert tiny().config.d_ff == 4 * 32


def test_forward_loss_is_the_shifted_next_token_cross_entropy():
    model = tiny()
    ids = torch.randint(0, 97, (2, 9))
    out = model(ids, labels=ids)
    expected = F.cross_entropy(out.logits[:, :-1].reshape(-1, 97), ids[:, 1:].reshape(-1))
    assert torch.allclose(out.loss, expected, atol=1e-6)
    assert out["logits"] is out.logits


def test_labels_of_minus_100_do_not_count():
    model = tiny()
    ids = torch.randint(0, 97, (1, 8))
    labels = ids.clone()
    labels[:, 5:] = -100
    out = model(ids, labels=labels)
    expected = F.cross_entropy(out.logits[0, :4], ids[0, 1:5])
    assert torch.allclose(out.loss, expected, atol=1e-6)


def test_output_projection_is_tied_to_the_token_embedding():
    model = tiny()
    assert model.lm_head.weight is model.transformer.wte.weight
    assert tiny(tie_word_embeddings=False).lm_head.weight is not tiny(tie_word_embeddings=False).transformer.wte.weight


def test_a_token_never_sees_the_tokens_after_it():
    model = tiny().eval()
    ids = torch.randint(0, 97, (1, 10))
    changed = ids.clone()
    changed[0, 6:] = (changed[0, 6:] + 1) % 97
    assert torch.allclose(model(ids).logits[0, :6], model(changed).logits[0, :6], atol=1e-6)
    assert not torch.allclose(model(ids).logits[0, 6:], model(changed).logits[0, 6:])


def test_return_attention_gives_the_same_logits_and_causal_weights():
    model = tiny().eval()
    ids = torch.randint(0, 97, (2, 7))
    slow = model(ids, return_attention=True)
    assert torch.allclose(slow.logits, model(ids).logits, atol=1e-5)
    assert len(slow.attentions) == 2 and slow.attentions[0].shape == (2, 4, 7, 7)
    weights = slow.attentions[1]
    assert torch.allclose(weights.sum(-1), torch.ones(2, 4, 7), atol=1e-5)
    assert torch.all(weights.triu(diagonal=1) == 0)


def test_encode_returns_the_hidden_states_the_head_reads():
    model = tiny().eval()
    ids = torch.randint(0, 97, (2, 5))
    hidden = model.encode(ids)
    assert hidden.shape == (2, 5, 32)
    assert torch.allclose(model.lm_head(hidden), model(ids).logits, atol=1e-6)


def test_left_padding_leaves_the_logits_of_real_tokens_unchanged():
    model = tiny().double().eval()
    ids = torch.randint(1, 97, (1, 6))
    padded = torch.cat([torch.zeros(1, 3, dtype=torch.long), ids], dim=1)
    mask = torch.tensor([[0, 0, 0, 1, 1, 1, 1, 1, 1]])
    assert torch.allclose(model(padded, attention_mask=mask).logits[:, 3:], model(ids).logits, atol=1e-10)


def test_kv_cache_steps_give_the_logits_of_the_full_sequence():
    model = tiny().double().eval()
    ids = torch.randint(0, 97, (2, 9))
    full = model(ids).logits
    cache = KVCache.for_model(model, batch_size=2, max_length=9)
    pieces = [model(ids[:, :5], kv_cache=cache).logits]
    pieces += [model(ids[:, t:t + 1], kv_cache=cache).logits for t in range(5, 9)]
    assert cache.length == 9
    assert torch.allclose(torch.cat(pieces, dim=1), full, atol=1e-10)


def test_save_and_load_give_identical_logits_class_and_rules(tmp_path):
    model = tiny(causal_rules=rain_rules()).eval()
    ids = torch.randint(0, 97, (2, 6))
    model.save_pretrained(tmp_path / "model")
    assert sorted(p.name for p in (tmp_path / "model").iterdir()) == ["config.json", "model.safetensors"]
    loaded = cnsg.from_pretrained(tmp_path / "model")
    assert type(loaded) is cnsg and loaded.config == model.config
    assert loaded.causal_rules == model.causal_rules
    assert loaded.lm_head.weight is loaded.transformer.wte.weight
    assert torch.equal(loaded.eval()(ids).logits, model(ids).logits)


def test_from_pretrained_refuses_weights_that_do_not_fit_the_config(tmp_path):
    tiny().save_pretrained(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text())
    config["d_ff"] = 64
    (tmp_path / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match=r"do not match its config\.json.*wrong shape: .*c_fc"):
        CausalTransformer.from_pretrained(tmp_path)


def test_from_pretrained_moves_the_model_and_attaches_the_tokenizer(tmp_path, tokenizer):
    tiny(tokenizer.vocab_size).save_pretrained(tmp_path)
    loaded = cnsg.from_pretrained(tmp_path, dtype=torch.float64, tokenizer=tokenizer)
    assert loaded.dtype == torch.float64 and loaded.tokenizer is tokenizer and loaded.ethical_constitution is None


def test_the_config_checkpoint_files_and_gpt2_mapping_load_without_the_model():
    code = ("import sys; import causaltorch.text.config, causaltorch.text.checkpoint, causaltorch.text.gpt2; "
            "print('causaltorch.text.model' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    from causaltorch.text import config, model

    assert model.CausalTransformerConfig is config.CausalTransformerConfig is CausalTransformerConfig


@pytest.mark.parametrize("damage", ["no weights", "bad json", "unknown key", "other model type"])
def test_from_pretrained_names_what_is_wrong_with_a_checkpoint(tmp_path, damage):
    tiny().save_pretrained(tmp_path)
    config = json.loads((tmp_path / "config.json").read_text())
    if damage == "no weights":
        (tmp_path / "model.safetensors").unlink()
    elif damage == "bad json":
        (tmp_path / "config.json").write_text("{not json")
    elif damage == "unknown key":
        (tmp_path / "config.json").write_text(json.dumps({**config, "n_experts": 4}))
    else:
        (tmp_path / "config.json").write_text(json.dumps({**config, "model_type": "llama"}))
    message = {"no weights": "has no model.safetensors", "bad json": "not valid JSON",
               "unknown key": "n_experts", "other model type": "llama"}[damage]
    with pytest.raises(CheckpointError, match=message):
        CausalTransformer.from_pretrained(tmp_path)


@pytest.mark.parametrize("d_model, heads", [(768, 12), (512, 8), (256, 4), (300, 12), (100, 10), (97, 1)])
def test_heads_default_to_64_channels_each_or_the_largest_divisor_up_to_12(d_model, heads):
    # the spec's cnsg(vocab_size=5000, d_model=256) and cnsg(..., d_model=512) must build
    assert cnsg(vocab_size=50, d_model=d_model, n_layers=1).config.n_heads == heads
    assert CausalTransformer(50, hidden_dim=d_model, num_layers=1).config.n_heads == heads
    with pytest.raises(DataError, match="not divisible by n_heads"):
        cnsg(vocab_size=50, d_model=256, n_heads=5, n_layers=1)


@pytest.mark.parametrize("sparsity", [1.0, -0.1, True, "0.9"])
def test_sparsity_outside_the_unit_interval_is_refused(sparsity):
    with pytest.raises(DataError, match=r"sparsity must be in \[0, 1\)"):
        CausalTransformer(100, hidden_dim=32, num_layers=1, num_heads=4, sparsity=sparsity)
    assert CausalTransformer(100, hidden_dim=32, num_layers=1, num_heads=4).config.sparsity == 0


@pytest.mark.parametrize("settings, message", [
    (dict(d_model=30, n_heads=4), "not divisible by n_heads"),
    (dict(n_layers=0), "n_layers must be a positive integer"),
    (dict(activation="relu"), "activation must be one of"),
    (dict(dropout=1.0), r"dropout must be in \[0, 1\)"),
    (dict(n_experts=4), r"Unknown model argument\(s\) \['n_experts'\]"),
])
def test_bad_model_arguments_are_named(settings, message):
    with pytest.raises(DataError, match=message):
        tiny(**settings)


def test_a_sequence_longer_than_max_seq_length_is_refused():
    with pytest.raises(DataError, match="max_seq_length=64"):
        tiny()(torch.zeros(1, 65, dtype=torch.long))


def test_config_from_name_applies_overrides():
    config = CausalTransformerConfig.from_name("gpt2", n_layers=2)
    assert (config.d_model, config.n_heads, config.n_layers, config.max_seq_length) == (768, 12, 2, 1024)
    with pytest.raises(DataError, match="Known sizes"):
        CausalTransformerConfig.from_name("gpt5")


def test_ethical_constitution_is_a_hook_not_part_of_the_weights():
    constitution = torch.nn.Linear(2, 2)
    model = tiny(ethical_constitution=constitution)
    assert model.ethical_constitution is constitution
    assert not any(key.startswith("ethical_constitution") for key in model.state_dict())


def test_causal_language_model_takes_its_size_from_the_tokenizer_and_returns_text(tokenizer):
    model = CausalLanguageModel(hidden_dim=32, num_layers=1, num_heads=4, tokenizer=tokenizer, max_seq_length=64)
    assert model.config.vocab_size == tokenizer.vocab_size and isinstance(model, CausalTransformer)
    text = model.generate("If it rains,", max_new_tokens=5, do_sample=False)
    assert isinstance(text, str) and text.startswith("If it rains,")


def _rain_then_wet(tokenizer):
    return torch.tensor([tokenizer.encode("It was rain, so the wet ground")])


def test_rule_attention_bias_raises_attention_from_effect_to_cause(tokenizer):
    plain = tiny(vocab_size=tokenizer.vocab_size, causal_rules=rain_rules()).eval()
    biased = tiny(vocab_size=tokenizer.vocab_size, causal_rules=rain_rules(), rule_attention_bias=3.0).eval()
    biased.load_state_dict(plain.state_dict())
    biased.tokenizer = tokenizer
    ids = _rain_then_wet(tokenizer)
    rain_end = len(tokenizer.encode("It was rain")) - 1
    wet_end = ids.shape[1] - 1
    before = plain(ids, return_attention=True).attentions[0][0, :, wet_end]
    after = biased(ids, return_attention=True).attentions[0][0, :, wet_end]
    assert torch.all(after[:, rain_end] > before[:, rain_end] * 5)
    unrelated = biased(ids, return_attention=True).attentions[0][0, :, rain_end]
    assert torch.allclose(unrelated, plain(ids, return_attention=True).attentions[0][0, :, rain_end], atol=1e-6)
    assert not torch.allclose(biased(ids).logits, plain(ids).logits)


def test_rule_attention_bias_is_the_same_with_a_kv_cache(tokenizer):
    model = tiny(vocab_size=tokenizer.vocab_size, causal_rules=rain_rules(), rule_attention_bias=2.0).double().eval()
    model.tokenizer = tokenizer
    ids = _rain_then_wet(tokenizer)
    cache = KVCache.for_model(model, 1, ids.shape[1])
    pieces = [model(ids[:, :3], kv_cache=cache).logits]
    pieces += [model(ids[:, t:t + 1], kv_cache=cache).logits for t in range(3, ids.shape[1])]
    assert torch.allclose(torch.cat(pieces, dim=1), model(ids).logits, atol=1e-10)


def test_rule_attention_bias_without_a_tokenizer_is_a_named_error():
    model = tiny(causal_rules=rain_rules(), rule_attention_bias=1.0)
    with pytest.raises(DataError, match="set model.tokenizer"):
        model(torch.zeros(1, 3, dtype=torch.long))


def test_greedy_generation_with_rule_attention_bias_is_the_same_with_and_without_the_cache(tokenizer):
    model = tiny(vocab_size=tokenizer.vocab_size, causal_rules=rain_rules(), rule_attention_bias=2.0).double()
    model.tokenizer = tokenizer
    prompts = ["It was rain, so the wet", "The cat"]
    kwargs = dict(max_new_tokens=8, do_sample=False, rule_strength=0.0)
    assert model.generate(prompts, **kwargs) == model.generate(prompts, use_cache=False, **kwargs)
    assert model.generate(prompts, **kwargs)[1] == model.generate(prompts[1], **kwargs)


def test_the_model_runs_and_generates_in_bfloat16(tokenizer):
    model = tiny(vocab_size=tokenizer.vocab_size, causal_rules=rain_rules(), rule_attention_bias=1.0)
    model.tokenizer = tokenizer
    model = model.to(torch.bfloat16)
    ids = torch.tensor([tokenizer.encode("If it rains, then")])
    assert model(ids, labels=ids).logits.dtype == torch.bfloat16
    out = model.generate(ids, max_new_tokens=4, causal_interventions={"rain": 0.0})
    assert out.shape == (1, ids.shape[1] + 4)


# ---------------------------------------------------------------------- the output stands for its logits
def test_indexing_the_output_indexes_its_logits_and_strings_name_fields():
    model = tiny()
    out = model(torch.randint(0, 97, (2, 5)))
    assert torch.equal(out[:, -1, :], out.logits[:, -1, :]) and torch.equal(out[0], out.logits[0])
    assert out["loss"] is None and out.shape == (2, 5, 97) and torch.equal(out.argmax(-1), out.logits.argmax(-1))
    with pytest.raises(KeyError, match="fields are logits"):
        out["logitz"]


def test_the_output_unpacks_into_logits_and_attentions_only_when_they_were_asked_for():
    model = tiny()
    ids = torch.randint(0, 97, (3, 5))
    logits, attentions = model(ids, return_attention=True)
    assert torch.allclose(logits, model(ids).logits, atol=1e-5) and len(attentions) == 2
    rows = list(model(ids))
    assert len(rows) == 3 and torch.allclose(rows[1], logits[1], atol=1e-5)


def test_torch_functions_and_losses_take_the_output_in_place_of_its_logits():
    model = tiny()
    ids = torch.randint(0, 97, (2, 5))
    out = model(ids)
    assert torch.equal(F.softmax(out, dim=-1), F.softmax(out.logits, dim=-1))
    loss = torch.nn.CrossEntropyLoss()(out.flatten(0, 1), ids.flatten())
    assert torch.allclose(loss, F.cross_entropy(out.logits.flatten(0, 1), ids.flatten()))
    loss.backward()
    assert model.lm_head.weight.grad is not None


def test_an_output_copies_and_pickles_like_a_dataclass():
    import copy
    import pickle

    with torch.no_grad():
        out = tiny()(torch.randint(0, 97, (1, 4)))
    assert torch.equal(copy.deepcopy(out).logits, out.logits)
    again = pickle.loads(pickle.dumps(out))
    assert torch.equal(again[:, -1], out.logits[:, -1]) and again.loss is None


# ---------------------------------------------------------------------- the spec's building blocks
def test_the_spec_names_are_the_models_own_blocks():
    from causaltorch.text import CausalSelfAttention, CausalTransformerBlock
    from causaltorch.text.model import Attention, Block

    assert CausalSelfAttention is Attention and CausalTransformerBlock is Block
    model = tiny()
    assert isinstance(model.transformer.h[0], CausalTransformerBlock)
    assert isinstance(model.transformer.h[0].attn, CausalSelfAttention)


def test_a_block_built_from_sizes_computes_what_the_same_block_in_the_model_computes():
    from causaltorch.text import CausalTransformerBlock

    model = tiny()
    block = CausalTransformerBlock(32, 4, 128)
    block.load_state_dict(model.transformer.h[0].state_dict())
    x = torch.randn(2, 6, 32)
    assert torch.allclose(block(x)[0], model.transformer.h[0](x)[0], atol=1e-6)
    with pytest.raises(DataError, match="either a CausalTransformerConfig or the layer's sizes"):
        CausalTransformerBlock(model.config, num_heads=4)


def test_a_standalone_block_takes_a_padding_mask_as_the_model_prepares_it():
    from causaltorch.text import CausalTransformerBlock

    block = CausalTransformerBlock(hidden_dim=32, num_heads=4, sparsity=0.5).eval()
    x = torch.randn(1, 5, 32)
    padded = torch.cat([torch.randn(1, 2, 32), x], dim=1)
    mask = torch.tensor([[0, 0, 1, 1, 1, 1, 1]])
    assert torch.allclose(block(padded, attention_mask=mask)[0][:, 2:], block(x)[0], atol=1e-5)


def _detecting_attention(scale):
    """A one-head attention with the rain -> wet_ground rule whose detector reads feature 0 as rain, 1 as
    wet ground and anything else as no variable."""
    from causaltorch.text import CausalSelfAttention

    layer = CausalSelfAttention(8, 1, causal_rules=rain_rules())
    with torch.no_grad():
        detector = layer.causal_biasing.detector
        detector.weight.zero_()
        detector.bias.copy_(torch.tensor([0.0, 0.0, 10.0]))
        detector.weight[0, 0] = detector.weight[1, 1] = 50.0
        layer.causal_biasing.scale.fill_(scale)
    return layer


def test_causal_self_attention_with_rules_attends_more_from_an_effect_to_its_cause():
    torch.manual_seed(0)
    x = torch.randn(1, 5, 8) * 0.1
    x[0, 1, 0] = 1.0  # token 1 states rain
    x[0, 4, 1] = 1.0  # token 4 states wet ground
    off, on = _detecting_attention(0.0), _detecting_attention(3.0)
    on.load_state_dict(off.state_dict() | {"causal_biasing.scale": torch.tensor([3.0])})
    plain = off(x, return_attention=True)[1][0, 0]
    biased = on(x, return_attention=True)[1][0, 0]
    assert biased[4, 1] > plain[4, 1] + 0.2  # wet ground -> rain
    assert torch.allclose(biased[:4], plain[:4], atol=1e-3)  # rows without an effect barely move
    assert torch.all(biased.triu(diagonal=1) == 0)


def test_the_biasing_network_from_confident_detection_matches_the_hard_labels():
    from causaltorch.text import CausalBiasingNetwork

    network = _detecting_attention(1.0).causal_biasing
    assert isinstance(network, CausalBiasingNetwork)
    x = torch.zeros(1, 4, 8)
    x[0, 0, 0] = x[0, 2, 1] = 1.0
    labels = torch.tensor([[0, 2, 1, 2]])
    with torch.no_grad():
        assert torch.allclose(network(x), network(x, variable_ids=labels), atol=1e-3)
        assert float(network(x, variable_ids=labels)[0, 0, 2, 0]) == pytest.approx(0.9)


def test_causal_positional_encoding_adds_one_learned_vector_per_position():
    from causaltorch.text import CausalPositionalEncoding

    encoding = CausalPositionalEncoding(8, 6)
    x = torch.randn(2, 4, 8)
    assert torch.equal(encoding(x), x + encoding.weight[:4])
    assert torch.equal(encoding(x, torch.tensor([[2, 3, 4, 5]])), x + encoding.weight[2:6])
    with pytest.raises(DataError, match="max_seq_length=6"):
        encoding(torch.randn(1, 7, 8))
    model = tiny()
    assert isinstance(model.transformer.wpe, CausalPositionalEncoding)
    assert "transformer.wpe.weight" in model.state_dict()  # GPT-2's name, so its checkpoints still load


# ---------------------------------------------------------------------- the fallback tokenizer
def test_a_model_without_a_tokenizer_writes_text_with_causal_basic_when_it_fits():
    pytest.importorskip("tokenizers")
    model = tiny(vocab_size=4000)
    text = model.generate("If it rains,", max_new_tokens=5)
    assert isinstance(text, str) and text.startswith("If it rains,") and model.tokenizer is None


def test_a_model_too_small_for_causal_basic_says_what_to_pass():
    with pytest.raises(DataError, match=r"A text prompt needs a tokenizer: pass tokenizer= .*below the model's "
                                        r"vocab_size=97.*vocab_size >= 3876"):
        tiny().generate("If it rains,")


def test_token_ids_without_rules_never_load_the_fallback_and_may_use_every_id():
    model = tiny(vocab_size=4000)
    model.lm_head.register_forward_hook(lambda module, args, logits: logits.index_add(
        -1, torch.tensor([3990]), torch.full((*logits.shape[:-1], 1), 20.0)))
    out = model.generate(torch.tensor([[1, 2]]), max_new_tokens=3)
    assert model.tokenizer_fallback._loaded is None and (out[:, 2:] == 3990).all()


def test_a_model_with_rules_biases_token_id_generation_through_the_fallback():
    pytest.importorskip("tokenizers")
    model = tiny(vocab_size=4000, causal_rules=rain_rules())
    out = model.generate(torch.tensor([[1, 2]]), max_new_tokens=20, top_k=None, top_p=1.0, temperature=5.0)
    assert model.tokenizer_fallback._loaded is not None
    assert (out < model.tokenizer_fallback._loaded.vocab_size).all()  # only ids the tokenizer can read


def test_save_pretrained_keeps_the_tokenizer_and_from_pretrained_falls_back_on_it(tmp_path, tokenizer):
    model = tiny(tokenizer.vocab_size)
    model.tokenizer = tokenizer
    model.save_pretrained(tmp_path / "a")
    loaded = cnsg.from_pretrained(tmp_path / "a")
    assert loaded.tokenizer is None
    assert loaded.generate("The cat", max_new_tokens=4, do_sample=False) == \
        model.generate("The cat", max_new_tokens=4, do_sample=False)
    loaded.save_pretrained(tmp_path / "b")  # the folder's tokenizer travels on
    assert (tmp_path / "b" / "tokenizer.json").read_text() == (tmp_path / "a" / "tokenizer.json").read_text()


def test_from_pretrained_replaces_the_saved_rules_with_the_given_ones(tmp_path):
    tiny(causal_rules=rain_rules()).save_pretrained(tmp_path)
    rules = {"heat": {"effect": "evaporation", "strength": 0.7}}
    loaded = cnsg.from_pretrained(tmp_path, causal_rules=rules)
    assert [(r.cause, r.effect, r.strength) for r in loaded.causal_rules.rules] == [("heat", "evaporation", 0.7)]
    assert loaded.config.causal_rules == loaded.causal_rules.to_dict()


def test_a_hub_name_is_refused_with_what_to_give_instead():
    with pytest.raises(CheckpointError, match=r"gpt2 is not a directory.*never downloads.*local-dir"):
        cnsg.from_pretrained("gpt2", causal_rules={"rain": {"effect": "ground_wet", "strength": 0.9}})


def test_a_gpt2_checkpoint_takes_the_given_rules_and_needs_its_own_tokenizer_for_text(tmp_path, tokenizer):
    transformers = pytest.importorskip("transformers")
    config = transformers.GPT2Config(vocab_size=tokenizer.vocab_size, n_positions=40, n_embd=32, n_layer=1, n_head=4,
                                     bos_token_id=None, eos_token_id=None)
    transformers.GPT2LMHeadModel(config).save_pretrained(tmp_path, safe_serialization=True)
    model = cnsg.from_pretrained(tmp_path, causal_rules=rain_rules())
    assert model.causal_rules.get_rule("rain", "wet_ground").strength == 0.9
    with pytest.raises(DataError, match="GPT-2 checkpoint with no tokenizer.*pass GPT-2's tokenizer"):
        model.generate("It was rain, so")
    model.tokenizer = tokenizer
    free = model.generate("It was rain, so", max_new_tokens=6, do_sample=False, rule_strength=0.0)
    guided = model.generate("It was rain, so", max_new_tokens=6, do_sample=False, rule_strength=20.0)
    assert "wet" not in free[len("It was rain, so"):] and "wet" in guided[len("It was rain, so"):]


def test_a_causal_language_model_built_with_neither_size_nor_tokenizer_carries_causal_basic():
    pytest.importorskip("tokenizers")
    model = CausalLanguageModel(hidden_dim=32, num_layers=1)
    assert model.tokenizer is not None and model.config.vocab_size == model.tokenizer.vocab_size == 3876


def test_the_rule_attention_bias_finds_its_token_ids_through_the_fallback():
    pytest.importorskip("tokenizers")
    model = tiny(vocab_size=4000, causal_rules=rain_rules(), rule_attention_bias=2.0)
    plain = tiny(vocab_size=4000, causal_rules=rain_rules())
    plain.load_state_dict(model.state_dict())
    ids = torch.tensor([model.tokenizer_fallback.get(4000).encode("It was rain, so the wet ground")])
    assert not torch.allclose(model(ids).logits, plain(ids).logits, atol=1e-4)


def test_a_cache_reorders_and_joins_rows_for_a_beam_search():
    cache = KVCache(2, 3, 2, 4, 10)
    for buffer in (cache.keys, cache.values):
        buffer.normal_()
    cache.token_ids.random_(0, 50)
    cache.length = 6
    picked = cache.select([2, 0, 2], 5)
    assert picked.length == 5 and picked.max_length == 10
    assert torch.equal(picked.keys[:, :, :, :5], cache.keys[:, [2, 0, 2], :, :5])
    assert torch.equal(picked.values[:, :, :, :5], cache.values[:, [2, 0, 2], :, :5])
    assert torch.equal(picked.token_ids[:, :5], cache.token_ids[[2, 0, 2], :5])
    joined = KVCache.cat([picked, cache.select([1], 5)])
    assert joined.keys.shape[1] == 4 and torch.equal(joined.keys[:, 3, :, :5], cache.keys[:, 1, :, :5])
    with pytest.raises(DataError, match="length must be in"):
        cache.select([0], 7)
    with pytest.raises(DataError, match="same number of positions"):
        KVCache.cat([picked, cache])
