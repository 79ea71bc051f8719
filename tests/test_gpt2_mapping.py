"""A local Hugging Face GPT-2 checkpoint loads into CausalTransformer and computes the same logits."""

import json

import pytest
import torch

from causaltorch.errors import CheckpointError
from causaltorch.models import CausalTransformer, cnsg
from causaltorch.text.gpt2 import state_dict_from_gpt2

transformers = pytest.importorskip(
    "transformers", reason="transformers (dev/bench extra) is needed to build a reference GPT-2 checkpoint"
)


@pytest.fixture(scope="module")
def gpt2_dir(tmp_path_factory):
    torch.manual_seed(0)
    # no special tokens: GPT2Config's defaults (50256) lie outside this small vocabulary and are refused, rightly
    config = transformers.GPT2Config(vocab_size=211, n_positions=40, n_embd=48, n_layer=3, n_head=4,
                                     resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=None,
                                     eos_token_id=None)
    reference = transformers.GPT2LMHeadModel(config).eval()
    with torch.no_grad():  # random, non-trivial LayerNorms and biases so that every mapped tensor matters
        for name, parameter in reference.named_parameters():
            if "ln_" in name or name.endswith("bias"):
                parameter.add_(0.1 * torch.randn_like(parameter))
    folder = tmp_path_factory.mktemp("gpt2")
    reference.save_pretrained(folder, safe_serialization=True)
    return folder, reference


def test_gpt2_checkpoint_logits_match_transformers(gpt2_dir):
    folder, reference = gpt2_dir
    model = CausalTransformer.from_pretrained(folder).eval()
    assert (model.config.d_model, model.config.n_layers, model.config.max_seq_length) == (48, 3, 40)
    assert model.lm_head.weight is model.transformer.wte.weight
    ids = torch.randint(0, 211, (2, 17))
    with torch.no_grad():
        expected = reference(ids).logits
    assert torch.allclose(model(ids).logits, expected, atol=1e-4)


def test_gpt2_left_padded_batch_matches_transformers(gpt2_dir):
    folder, reference = gpt2_dir
    model = cnsg.from_pretrained(folder).eval()
    ids = torch.randint(0, 211, (2, 9))
    mask = torch.tensor([[0, 0, 0, 1, 1, 1, 1, 1, 1], [1] * 9])
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    with torch.no_grad():
        expected = reference(ids, attention_mask=mask, position_ids=positions).logits
    ours = model(ids, attention_mask=mask).logits
    assert torch.allclose(ours[0, 3:], expected[0, 3:], atol=1e-4)
    assert torch.allclose(ours[1], expected[1], atol=1e-4)


def test_greedy_generation_on_gpt2_weights_matches_transformers(gpt2_dir):
    folder, reference = gpt2_dir
    model = CausalTransformer.from_pretrained(folder)
    prompt = torch.randint(0, 211, (1, 6))
    with torch.no_grad():
        expected = reference.generate(prompt, max_new_tokens=15, do_sample=False, pad_token_id=0,
                                      eos_token_id=None, attention_mask=torch.ones_like(prompt))
    assert torch.equal(model.generate(prompt, max_new_tokens=15, do_sample=False), expected)


def test_original_gpt2_key_names_without_prefix_map_too(gpt2_dir):
    folder, reference = gpt2_dir
    bare = {k.removeprefix("transformer."): v for k, v in reference.state_dict().items() if k != "lm_head.weight"}
    mapped = state_dict_from_gpt2({**bare, "h.0.attn.bias": torch.ones(1, 1, 40, 40)})
    assert "transformer.h.0.attn.c_attn.weight" in mapped and "transformer.h.0.attn.bias" not in mapped
    assert torch.equal(mapped["transformer.h.0.attn.c_attn.weight"], bare["h.0.attn.c_attn.weight"].t())


def test_an_unsupported_gpt2_variant_is_refused(gpt2_dir, tmp_path):
    folder, reference = gpt2_dir
    reference.save_pretrained(tmp_path, safe_serialization=True)
    config = json.loads((tmp_path / "config.json").read_text())
    config["scale_attn_by_inverse_layer_idx"] = True
    (tmp_path / "config.json").write_text(json.dumps(config))
    with pytest.raises(CheckpointError, match="scale_attn_by_inverse_layer_idx"):
        CausalTransformer.from_pretrained(tmp_path)


@pytest.mark.parametrize("change, message", [
    ({"n_layer": 200_000}, r"describes a model with [\d,]+ weights, but .* holds"),
    ({"vocab_size": 10**10}, r"describes a model with [\d,]+ weights, but .* holds"),
    ({"tie_word_embeddings": "false"}, "tie_word_embeddings must be true or false"),
    ({"eos_token_id": 211}, r"eos_token_id must be a token id in the vocabulary \(0 … 210\)"),
    ({"bos_token_id": 50256}, r"bos_token_id must be a token id in the vocabulary \(0 … 210\)"),
    ({"n_embd": "48"}, "d_model must be a positive integer"),
    ({"activation_function": ["gelu"]}, "GPT-2 checkpoint uses activation"),
])
def test_a_gpt2_config_that_does_not_describe_its_weights_is_refused_before_building(gpt2_dir, tmp_path, change,
                                                                                       message):
    folder, reference = gpt2_dir
    reference.save_pretrained(tmp_path, safe_serialization=True)
    config = json.loads((tmp_path / "config.json").read_text())
    (tmp_path / "config.json").write_text(json.dumps({**config, **change}))
    with pytest.raises(CheckpointError, match=message):
        CausalTransformer.from_pretrained(tmp_path)
