"""Train the bundled ``causal-basic`` tokenizer on the bundled corpus's train.txt.

Byte-level BPE, 4096 tokens at most, pairs seen at least twice. The Hugging Face BPE trainer breaks
ties between equally frequent pairs deterministically, so the same train.txt and the same
``tokenizers`` version give the same tokenizer.json. Run scripts/make_corpus.py first.

Usage: ``python scripts/train_tokenizer.py [--corpus FILE] [--out DIR] [--vocab-size N]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from causaltorch.tokenizers import CausalTokenizer  # noqa: E402

VOCAB_SIZE = 4096
MIN_FREQUENCY = 2
DEFAULT_CORPUS = ROOT / "src" / "causaltorch" / "data" / "corpus" / "train.txt"
DEFAULT_OUT = ROOT / "src" / "causaltorch" / "data" / "tokenizers" / "causal-basic"


def train(corpus: Path, vocab_size: int = VOCAB_SIZE) -> CausalTokenizer:
    return CausalTokenizer.train([corpus], vocab_size=vocab_size, min_frequency=MIN_FREQUENCY)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--vocab-size", type=int, default=VOCAB_SIZE)
    args = parser.parse_args(argv)
    tokenizer = train(args.corpus, args.vocab_size)
    tokenizer.save_pretrained(args.out)
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    tokens = sum(len(ids) for ids in tokenizer(lines, padding=False, return_tensors=None)["input_ids"])
    print(f"{args.out}: vocab_size={tokenizer.vocab_size}; {args.corpus.name}: {tokens} tokens, "
          f"{len(lines)} lines, {sum(map(len, lines)) / tokens:.2f} characters per token")
    return 0


if __name__ == "__main__":
    sys.exit(main())
