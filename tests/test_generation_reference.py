"""generate() against outputs recorded from the code before it was split into steps (issue 13).

Every case fixes the weights (``torch.manual_seed(0)``), the prompt and the generator seed, so the tokens are
a pure function of the decoding code: greedy and seeded sampling, batches with left padding, EOS and
padding, rule biasing, a do() intervention, a word ban and the constitution hook. A refactor of `generate`
that changes any of them changes what users get for the same seed.
"""

import pytest
import torch

from causaltorch import CausalRuleSet
from causaltorch.models import cnsg

SENTENCES = [
    "If it rains, the ground gets wet.", "The ground was wet because it had rained.",
    "Wet ground makes the road slippery.", "A slippery road causes accidents on the road.",
    "The cat slept on the warm mat.", "She made tea in the kitchen.", "Dark clouds bring rain and rainfall.",
] * 4
PROMPTS = [[5, 17, 3], [8, 1, 44, 60, 2, 9], [70]]


@pytest.fixture(scope="module")
def tokenizer():
    from causaltorch.tokenizers import CausalTokenizer

    return CausalTokenizer.train(SENTENCES, vocab_size=360, min_frequency=1)


def rules():
    rules = CausalRuleSet()
    rules.add_variable("rain", synonyms=["rains", "rained"])
    rules.add_variable("wet_ground", synonyms=["the ground gets wet"])
    rules.add_rule("rain", "wet_ground", 0.9)
    rules.add_rule("wet_ground", "slippery_road", 0.8)
    return rules


def tiny(vocab_size=97, **overrides):
    torch.manual_seed(0)
    return cnsg(vocab_size=vocab_size, d_model=32, n_heads=4, n_layers=2, max_seq_length=48, **overrides)


def no_dot_or_k(text):
    return text, "." not in text and "k" not in text, []


# name -> (model factory taking the tokenizer, generate() keyword arguments; ``seed`` seeds a fresh generator)
CASES = {
    "greedy_batch": (lambda tok: tiny(), dict(
        input_ids=PROMPTS, max_new_tokens=10, do_sample=False, pad_token_id=0)),
    "greedy_without_cache": (lambda tok: tiny(), dict(
        input_ids=PROMPTS, max_new_tokens=10, do_sample=False, pad_token_id=0, use_cache=False)),
    "greedy_max_length": (lambda tok: tiny(), dict(
        input_ids=[[3, 4, 5, 6]], max_length=9, do_sample=False)),
    "sampled_tensor_with_mask": (lambda tok: tiny(), dict(
        input_ids=torch.tensor([[0, 0, 5, 17], [8, 1, 44, 60]]),
        attention_mask=torch.tensor([[0, 0, 1, 1], [1, 1, 1, 1]]),
        max_new_tokens=6, top_k=5, pad_token_id=0, seed=11)),
    "sampled_batch": (lambda tok: tiny(), dict(
        input_ids=PROMPTS, max_new_tokens=10, temperature=0.8, top_k=20, top_p=0.9, pad_token_id=0,
        seed=7)),
    "sampled_with_eos": (lambda tok: tiny(), dict(
        input_ids=PROMPTS, max_new_tokens=10, temperature=1.5, top_k=None, top_p=1.0, pad_token_id=0,
        eos_token_id=[30, 58, 79], seed=3)),
    "text_rules_and_ban": (lambda tok: _word_model(tok, rules()), dict(
        input_ids=["If it rains,", "The cat"], max_new_tokens=10, top_k=None, top_p=1.0,
        causal_constraints={"forbidden_words": ["road"]}, seed=1, decoding="processors")),
    "text_intervention": (lambda tok: _word_model(tok, rules()), dict(
        input_ids="If it rains,", max_new_tokens=8, do_sample=False, causal_interventions={"rain": 0.0},
        decoding="processors")),
    "text_constitution": (lambda tok: _word_model(tok, ethical_constitution=no_dot_or_k), dict(
        input_ids=["The cat slept on the", "She made"], max_new_tokens=8, temperature=2.0, top_k=None, top_p=1.0,
        seed=5)),
}


def _word_model(tokenizer, rules=None, **overrides):
    model = tiny(tokenizer.vocab_size, causal_rules=rules, **overrides)
    model.tokenizer = tokenizer
    return model


def run(name, tokenizer):
    build, kwargs = CASES[name]
    kwargs = dict(kwargs)
    if "seed" in kwargs:
        kwargs["generator"] = torch.Generator().manual_seed(kwargs.pop("seed"))
    out = build(tokenizer).generate(**kwargs)
    return out.tolist() if isinstance(out, torch.Tensor) else out


# Recorded with the code of commit 2211ae2 (before generate() was split), CPU, float32.
REFERENCE = {
    'greedy_batch': [
        [0, 0, 0, 5, 17, 3, 3, 3, 3, 3, 3, 3, 95, 95, 95, 95],
        [8, 1, 44, 60, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9],
        [0, 0, 0, 0, 0, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70],
    ],
    'greedy_max_length': [
        [3, 4, 5, 6, 6, 6, 6, 6, 6],
    ],
    'greedy_without_cache': [
        [0, 0, 0, 5, 17, 3, 3, 3, 3, 3, 3, 3, 95, 95, 95, 95],
        [8, 1, 44, 60, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9],
        [0, 0, 0, 0, 0, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70],
    ],
    'sampled_batch': [
        [0, 0, 0, 5, 17, 3, 37, 73, 86, 62, 90, 21, 28, 4, 95, 40],
        [8, 1, 44, 60, 2, 9, 35, 4, 89, 69, 48, 15, 13, 79, 96, 20],
        [0, 0, 0, 0, 0, 70, 49, 81, 34, 26, 4, 4, 4, 7, 74, 12],
    ],
    'sampled_tensor_with_mask': [
        [0, 0, 5, 17, 96, 67, 42, 10, 4, 4],
        [8, 1, 44, 60, 60, 28, 92, 24, 44, 58],
    ],
    'sampled_with_eos': [
        [0, 0, 0, 5, 17, 3, 32, 7, 30, 0, 0],
        [8, 1, 44, 60, 2, 9, 94, 86, 69, 1, 58],
        [0, 0, 0, 0, 0, 70, 52, 9, 9, 3, 79],
    ],
    # re-recorded when the constitution moved from per-token checks to sentence checks with rollback (issue 21)
    'text_constitution': [
        'The cat slept on the\x06\x1f�� grou� w\x04',
        'She madeouds�\x7fouds grou a slippery�',
    ],
    'text_intervention': 'If it rains,oooooooo',
    'text_rules_and_ban': [
        'If it rains,ca� slippery the ground gets wet0 the ground',
        'The cat�vhrou�al made�\x04�',
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_generate_reproduces_the_recorded_output(name, tokenizer):
    assert run(name, tokenizer) == REFERENCE[name]


if __name__ == "__main__":  # prints REFERENCE from the code as it is now
    from causaltorch.tokenizers import CausalTokenizer

    words = CausalTokenizer.train(SENTENCES, vocab_size=360, min_frequency=1)
    print("REFERENCE = {")
    for case in sorted(CASES):
        print(f"    {case!r}: {run(case, words)!r},")
    print("}")
