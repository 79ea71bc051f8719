"""CausalDiscoveryModule's learned extractor: hidden states -> cause/effect scores -> rules."""

from __future__ import annotations

import random

import pytest
import torch

from causaltorch import CausalRuleSet
from causaltorch.discovery import CausalDiscoveryModule, mine_rules
from causaltorch.errors import DataError

WORDS = ["rain", "wet", "fire", "smoke", "sun", "wind", "cat", "road"]


def pairs(rules):
    return {(rule.cause, rule.effect) for rule in rules}


def known_rules() -> CausalRuleSet:
    rules = CausalRuleSet()
    rules.add_rule("rain", "wet", 1.0)
    rules.add_rule("fire", "smoke", 1.0)
    return rules


def sentences(count: int, embeddings: torch.Tensor, generator: torch.Generator):
    """Hidden states of ``count`` 5-word 'sentences' (each word its own vector plus noise) and their words."""
    order = torch.stack([torch.randperm(len(WORDS), generator=generator)[:5] for _ in range(count)])
    hidden = embeddings[order] + 0.1 * torch.randn(count, 5, embeddings.shape[1], generator=generator)
    return hidden, [[WORDS[i] for i in row] for row in order.tolist()]


def test_the_learned_scores_are_the_specs_strength_predictor_on_cause_and_effect_projections():
    torch.manual_seed(0)
    module = CausalDiscoveryModule(hidden_dim=12, projection_dim=6, predictor_dim=5)
    hidden = torch.randn(2, 4, 12)
    scores = module(hidden)
    cause, effect = module.cause_extractor(hidden[1, 2]), module.effect_extractor(hidden[1, 0])
    expected = module.strength_predictor(torch.cat([cause, effect]))  # the spec's [c_i ; e_j] -> MLP -> sigmoid
    assert scores.shape == (2, 4, 4)
    torch.testing.assert_close(scores[1, 2, 0], expected[0], atol=1e-6, rtol=0)
    assert torch.all(scores.diagonal(dim1=1, dim2=2) == 0)


def test_changing_the_hidden_states_changes_the_scores_and_padding_scores_zero():
    torch.manual_seed(0)
    module = CausalDiscoveryModule(16)
    hidden = torch.randn(1, 5, 16)
    changed = hidden.clone()
    changed[0, 3] += 1.0
    assert (module(changed) - module(hidden)).abs().max() > 1e-4
    masked = module(hidden, attention_mask=torch.tensor([[1, 1, 1, 0, 0]]))
    assert torch.all(masked[0, 3:] == 0) and torch.all(masked[0, :, 3:] == 0)
    torch.testing.assert_close(masked[0, :3, :3], module(hidden)[0, :3, :3])


def test_training_on_a_known_relation_recovers_it_on_new_sentences():
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(1)
    embeddings = torch.randn(len(WORDS), 16, generator=generator)
    hidden, names = sentences(32, embeddings, generator)
    module = CausalDiscoveryModule(16, projection_dim=16, predictor_dim=16)
    untrained = pairs(module.extract_rules(hidden, names))
    losses = module.fit(hidden, module.pair_targets(names, known_rules()), steps=60, lr=3e-2)
    assert losses[-1] < 0.1 * losses[0]
    new_hidden, new_names = sentences(24, embeddings, generator)  # other orders, other noise
    found = module.extract_rules(new_hidden, new_names)
    assert pairs(found) == {("rain", "wet"), ("fire", "smoke")} != untrained
    assert all(rule.strength > 0.9 for rule in found)  # the targets' strength 1.0, learned


def test_trained_on_rules_mined_from_causal_statements_it_finds_them_where_no_causal_verb_is_written():
    from causaltorch import CausalTransformer
    from causaltorch.tokenizers import CausalTokenizer

    torch.manual_seed(0)
    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    encoder = CausalTransformer(tokenizer.vocab_size, hidden_dim=32, num_layers=1, num_heads=4, max_seq_length=32)
    chooser = random.Random(0)
    words = ["rain", "floods", "wind", "waves", "sun"]

    def listings(count):
        return [" and ".join(chooser.sample(words, 3)) + "." for _ in range(count)]

    def encoded(texts):
        rows = [tokenizer.encode(text) for text in texts]
        ids = torch.zeros(len(rows), max(map(len, rows)), dtype=torch.long)
        mask = torch.zeros_like(ids)
        for i, row in enumerate(rows):
            ids[i, :len(row)], mask[i, :len(row)] = torch.tensor(row), 1
        with torch.no_grad():
            return ids, mask, encoder.encode(ids, mask)

    corpus = ["rain causes floods."] * 3 + ["wind causes waves."] * 3 + listings(80)
    mined = mine_rules(corpus)
    assert pairs(mined) == {("rain", "floods"), ("wind", "waves")}
    ids, mask, hidden = encoded(corpus)
    module = CausalDiscoveryModule(32, tokenizer=tokenizer, projection_dim=16, predictor_dim=16)
    module.fit(hidden, module.pair_targets(ids, mined), attention_mask=mask, steps=100, lr=3e-2)
    unseen = listings(20)
    assert not mine_rules(unseen).rules  # the patterns see nothing here
    ids, mask, hidden = encoded(unseen)
    assert pairs(module.extract_rules(hidden, ids, attention_mask=mask)) == {("rain", "floods"), ("wind", "waves")}


def test_position_names_give_every_piece_of_a_word_the_whole_word():
    from causaltorch.tokenizers import CausalTokenizer

    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    ids = torch.tensor([tokenizer.encode("Heavy rain causes flooding.")])
    names = CausalDiscoveryModule(tokenizer=tokenizer).position_names(ids)[0]
    assert [name for name in names if name is not None][0] == "heavy"
    assert {name for name in names if name is not None} == {"heavy", "rain", "causes", "flooding"}
    assert names[-1] is None  # the full stop names nothing


def test_the_learned_path_refuses_bad_input_with_the_fix():
    module = CausalDiscoveryModule(8)
    with pytest.raises(DataError, match=r"\[batch, seq, 8\]"):
        module(torch.randn(1, 3, 5))
    with pytest.raises(DataError, match="hidden_dim=..."):
        CausalDiscoveryModule()(torch.randn(1, 3, 8))
    with pytest.raises(DataError, match="one name"):
        module.extract_rules(torch.randn(1, 3, 8), ["a", "b"])
    with pytest.raises(DataError, match="targets must have shape"):
        module.loss(torch.randn(1, 3, 8), torch.zeros(1, 2, 2))
    with pytest.raises(DataError, match="tokenizer=tokenizer"):
        CausalDiscoveryModule(object.__new__(type("Tok", (), {"decode": lambda self, ids: ""})))
