"""A logits processor for tests of generation guards: it pushes each row towards spelling a text."""

from __future__ import annotations


def booster(tokenizer, text, amount=12.0):
    """A logits processor that pushes each row to spell ``text`` (its tokens in order), again and again."""
    word = tokenizer.encode(text)

    def boost(input_ids, scores):
        scores = scores.clone()
        for b, row in enumerate(input_ids.tolist()):
            done = next((k for k in range(len(word) - 1, 0, -1) if row[-k:] == word[:k]), 0)
            scores[b, word[done]] += amount
        return scores

    return boost
