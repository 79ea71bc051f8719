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
