"""CausalAttentionLayer: a rule's strength lands on its effect's tokens exactly when the text holds its cause."""

import pytest
import torch

from causaltorch.errors import DataError
from causaltorch.text.rule_attention import CausalAttentionLayer
from causaltorch.tokenizers import CausalTokenizer

RULES = {"rain": {"effect": "wet_ground", "strength": 0.9}, "sun": {"effect": "wet_ground", "strength": -0.5},
         "fire": {"effect": "smoke", "strength": 0.7}}


@pytest.fixture(scope="module")
def layer():
    return CausalAttentionLayer(RULES)


def token_ids(layer, phrase):
    return sorted({i for text in (phrase, " " + phrase) for i in layer.tokenizer.encode(text)})


def test_default_tokenizer_is_the_bundled_one(layer):
    assert layer.tokenizer.vocab_size == CausalTokenizer.from_pretrained("causal-basic").vocab_size


def test_a_cause_in_the_text_adds_its_strength_to_every_token_of_its_effect_and_nothing_else(layer):
    vocab = layer.tokenizer.vocab_size
    scores = torch.randn(vocab)
    out = layer(scores, "The rain started at noon.")
    wet = token_ids(layer, "wet ground")
    changed = (out - scores).nonzero().flatten().tolist()
    assert changed == wet
    assert torch.allclose((out - scores)[wet], torch.full((len(wet),), 0.9))


def test_strengths_of_rules_whose_causes_both_appear_add_up_and_an_inhibitor_lowers(layer):
    vocab = layer.tokenizer.vocab_size
    wet = token_ids(layer, "wet ground")
    both = layer(torch.zeros(vocab), "Rain and sun, then FIRE")
    assert torch.allclose(both[wet], torch.full((len(wet),), 0.9 - 0.5))
    smoke = [i for i in token_ids(layer, "smoke") if i not in wet]
    assert torch.allclose(both[smoke], torch.full((len(smoke),), 0.7))
    assert layer(torch.zeros(vocab), "sunny")[wet].eq(0).all()  # whole words only: "sunny" is not "sun"


def test_one_text_per_row_biases_only_its_row_and_leaves_the_input_unchanged(layer):
    vocab = layer.tokenizer.vocab_size
    scores = torch.zeros(2, 3, vocab, requires_grad=True)
    out = layer(scores, ["heavy rain", "a quiet day"])
    wet = token_ids(layer, "wet ground")
    assert out[0, :, wet].eq(0.9).all() and out[1].eq(0).all()
    assert scores.detach().eq(0).all()
    out.sum().backward()
    assert scores.grad.eq(1).all()


def test_a_given_tokenizer_is_used():
    class Letters:
        def encode(self, text):
            return [ord(c) - ord("a") for c in text.lower() if c.isalpha()]

    out = CausalAttentionLayer({"x": {"effect": "ab", "strength": 0.5}}, tokenizer=Letters())(torch.zeros(26), "x")
    assert out.nonzero().flatten().tolist() == [0, 1] and out[:2].eq(0.5).all()


@pytest.mark.parametrize("scores, text, message", [
    (torch.zeros(10), "rain", r"reach id \d+, but attention_scores has only 10 entries"),
    (torch.zeros(2, 4000), ["rain"], "holds 1 texts; give one per row"),
    (torch.zeros(4000), 3, "input_text must be a string"),
])
def test_bad_input_is_refused(layer, scores, text, message):
    with pytest.raises(DataError, match=message):
        layer(scores, text)
