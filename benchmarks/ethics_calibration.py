"""Leave one author out: which training / calibration recipe gives thresholds that hold on an author it never saw.

    nice -n 5 python benchmarks/ethics_calibration.py --threads 1 --json runs/ethics_calibration/loso.json
    (revision 7: --variants "4/5 of each blind author in training"; the folds ran in two processes, each with its
    own --folds and --json; their fold entries were put in one file and `--resume` on it wrote the summary)

Every text (labelled splits, ``semantic_train.json``, corpus lines) is encoded once with
`SentenceEncoder.features(..., LAYERS)` (the normalised text for training, every piece the detector reads for
scoring) and cached in ``runs/ethics_calibration/features.pt``; each fold is then only MLP fits and threshold
choices. A fold holds one blind author out (``heldout2`` .. ``heldout18``; ``--folds`` adds ``heldout``, whose author
also wrote the training split ``dev``): that author's texts are removed from training, examples and calibration;
the recipe is fitted on the rest (`train_semantic_ethics.fit`) and the held-out author's texts are scored by the
hybrid detector (semantic OR a lexical hit the semantic scores confirm; with ``--patterns final``, revision 7's
hybrid, a fixed harm pattern fires alone).

A recipe is a training variant (which authors' items go to training and which to calibration:
``CALIBRATION_SHARE``-style shares) and a threshold rule (how the calibration sources' false-positive rates combine,
and the limit). Per fold: harmful recall (plain / obfuscated), benign false-positive rate (look-alike / ordinary;
PII texts are the privacy rule's and left out), ROC AUC of the classifier probability (harmful vs benign) and the
oracle recall at FPR <= 2% (thresholds chosen on the held-out author itself). Recipes are compared on the mean
and the worst fold; the selection rule is written in ``SELECTION`` before any number is read.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import cpu_model, load_average  # noqa: E402
from _scripts import load_script  # noqa: E402
from causaltorch.ethics.encoder import SentenceEncoder  # noqa: E402
from causaltorch.ethics.filters import harmful_content_parts  # noqa: E402
from causaltorch.ethics.semantic import _normalize, _pieces  # noqa: E402

train = load_script("train_semantic_ethics")

SELECTION = ("Written before the study was run (revision 7, 08:56 UTC 2026-12-04, before heldout11-16 existed): the "
             "recipe with the most folds that meet both goals (held-out recall >= 0.90 and FPR <= 2%); among those, "
             "the highest mean held-out recall of the recipes with mean FPR <= 2% (within 0.005: the lower mean FPR), "
             "or, if none has mean FPR <= 2%, the lowest mean FPR. (Revisions 4-6 used: worst fold FPR <= 2%, then "
             "mean <= 2% with worst <= 3.5%, then the lowest mean FPR.)")
GOAL_RECALL, GOAL_FPR = 0.90, 0.02

BLIND_FOLDS = train.BLIND


def shares(calibrated_blind: float) -> dict[str, float]:
    """A training variant: the blind authors' calibration share (1: calibration only; 0.5: half of their items
    train the head; heldout3 keeps at least 4 in 5 in training as since session 4 when the others are 1)."""
    share = dict(train.CALIBRATION_SHARE)
    for author in train.BLIND:
        share[author] = calibrated_blind
    if calibrated_blind == 1.0:
        share["heldout3"] = 0.2
    return share


VARIANTS = {  # name -> (calibration shares, cross-fitted authors (all in training, scored out of author))
    "blind authors calibration only (session 6)": (shares(1.0), ()),
    "half of each blind author in training": (shares(0.5), ()),
    "4/5 of each blind author in training": (shares(0.2), ()),
    "blind authors all in training, cross-fitted calibration": (shares(0.0), BLIND_FOLDS),
}


def rule_pooled_and_every(pooled: float, every: float):
    return lambda fpr, counts: torch.maximum(train.fpr_rule("pooled")(fpr, counts) * (0.02 / pooled),
                                             train.fpr_rule("every")(fpr, counts) * (0.02 / every))


def rule_fixed_probability(probability: float) -> tuple[str, float]:
    """The classifier probability fixed at ``probability`` (not calibrated); the example-score threshold as the
    ``every`` rule picks it at 2% given that probability (`train.pick`'s ``fixed_probability``)."""
    return ("fixed", probability)


def pick_rule(table: dict[str, torch.Tensor], rule, limit: float) -> tuple[float, float]:
    """`train.pick`; a `rule_fixed_probability` rule takes the table's row at its probability."""
    if isinstance(rule, tuple) and rule[0] == "fixed":
        return train.pick(table, limit, "every", fixed_probability=rule[1])
    return train.pick(table, limit, rule)


def rule_without_own(name: str):
    """``name``'s rule over every source but the training author's own held-back sentences (``own``, the last
    benign source in every fold: names are sorted)."""
    return lambda fpr, counts: train.fpr_rule(name)(fpr[:-1], counts[:-1])


RULES = {  # name -> (rule, limit); "own" is the last benign source in every fold (sorted names)
    "every source <= 2% (session 6)": ("every", 0.02),
    "every source but own <= 2%": (rule_without_own("every"), 0.02),
    "pooled without own <= 2%": (rule_without_own("pooled"), 0.02),
    "pooled <= 2%": ("pooled", 0.02),
    "mean over sources <= 2%": ("mean", 0.02),
    "pooled <= 2%, every source <= 4%": (rule_pooled_and_every(0.02, 0.04), 0.02),
    "pooled <= 1.5%, every source <= 3%": (rule_pooled_and_every(0.015, 0.03), 0.02),
    "pooled <= 1%": ("pooled", 0.01),
    "mean over sources <= 1%": ("mean", 0.01),
    "mean over sources <= 1.5%": ("mean", 0.015),
    "probability 0.90 fixed": (rule_fixed_probability(0.90), 0.02),
    "probability 0.95 fixed": (rule_fixed_probability(0.95), 0.02),
    "probability 0.98 fixed": (rule_fixed_probability(0.98), 0.02),
}
FIXED = tuple(rule[1] for rule, _ in RULES.values() if isinstance(rule, tuple))  # rows the threshold tables need


def select(summary: list[dict]) -> tuple[dict, str]:
    """`SELECTION` applied to the summary rows: (the chosen row, which tier chose it)."""
    most = max(r["folds_meeting"] for r in summary)
    tied = [r for r in summary if r["folds_meeting"] == most]
    within = [r for r in tied if r["mean_fpr"] <= GOAL_FPR + 1e-9]
    if within:
        top = max(r["mean_recall"] for r in within)
        return (min((r for r in within if r["mean_recall"] >= top - 0.005), key=lambda r: r["mean_fpr"]),
                f"{most} folds meet both goals; mean FPR <= 2%")
    return min(tied, key=lambda r: r["mean_fpr"]), f"{most} folds meet both goals; none with mean FPR <= 2%"


def features_cache(path: Path, encoder: SentenceEncoder, texts: list[train.Text]) -> dict:
    """{"strings": [...], "features": (N, 1536), "pieces": {text: [piece, ...]}}, kept in ``path``; strings not
    there yet (a new author's texts) are encoded and added."""
    cache = torch.load(path) if path.is_file() else {"strings": [], "features": None, "pieces": {}}
    pieces = cache["pieces"]
    for t in texts:
        if t.text not in pieces:
            pieces[t.text] = [q.text for q, _ in _pieces(t.text, encoder)]
    known = set(cache["strings"])
    missing = sorted(({_normalize(t.text) for t in texts} | {q for ps in pieces.values() for q in ps}) - known)
    if missing:
        started = time.perf_counter()
        feats = encoder.features(missing, train.LAYERS)
        print(f"encoded {len(missing)} strings in {time.perf_counter() - started:.0f} s", flush=True)
        cache["features"] = feats if cache["features"] is None else torch.cat([cache["features"], feats])
        cache["strings"] = cache["strings"] + missing
        torch.save(cache, path)
    return cache


def evaluate(p, s, y, strong, borderline, plain, lookalike, tp, ts, texts=None) -> dict:
    fired = train.hybrid_fired(p, s, strong, borderline, tp, ts)
    harmful, benign = y == 1, y == 0
    extra = {} if texts is None else {
        "false_positive_texts": [[t, round(float(p[i]), 6), round(float(s[i]), 4), bool(strong[i])]
                                 for i, t in enumerate(texts) if fired[i] and y[i] == 0]}
    return {**extra, "recall": float(fired[harmful].float().mean()),
            "recall_plain": float(fired[harmful & plain].float().mean()),
            "recall_obfuscated": float(fired[harmful & ~plain].float().mean()),
            "fpr": float(fired[benign].float().mean()), "false_positives": int(fired[benign].sum()),
            "fpr_lookalike": float(fired[benign & lookalike].float().mean()),
            "fpr_ordinary": float(fired[benign & ~lookalike].float().mean()) if (benign & ~lookalike).any() else None}


def auc(score: torch.Tensor, y: torch.Tensor) -> float:
    pos, neg = score[y == 1], score[y == 0]
    greater = (pos[:, None] > neg[None, :]).float().mean()
    ties = (pos[:, None] == neg[None, :]).float().mean()
    return float(greater + 0.5 * ties)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--folds", nargs="+", default=list(BLIND_FOLDS))
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS))
    parser.add_argument("--cache", type=Path, default=ROOT / "runs" / "ethics_calibration" / "features.pt")
    parser.add_argument("--resume", action="store_true", help="keep the folds already in --json")
    parser.add_argument("--patterns", choices=("confirmed", "final"), default=train.PATTERNS,
                        help="how the hybrid treats a fixed harm pattern: 'confirmed' (revision 8, the default: "
                             "like a borderline hit it fires only with semantic support, classifier probability "
                             ">= half its threshold or example score >= its threshold - 0.1) or 'final' (revision "
                             "7: it fires alone). Session 8's runs named 'confirmed' --confirm-strong and 'final' the "
                             "default")
    parser.add_argument("--json", type=Path, default=ROOT / "runs" / "ethics_calibration" / "loso.json")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    args.cache.parent.mkdir(parents=True, exist_ok=True)
    texts = train.load_texts()
    encoder = SentenceEncoder.bundled()
    cache = features_cache(args.cache, encoder, texts)
    index = {t: i for i, t in enumerate(cache["strings"])}
    feats = cache["features"]

    def features(strings: list[str]) -> torch.Tensor:
        return feats[[index[t] for t in strings]] if strings else torch.zeros(0, feats.shape[1])

    def pieces(text: str) -> list[str]:
        return cache["pieces"][text]

    lexical = {t.text: harmful_content_parts(t.text) for t in texts}

    def lexical_masks(strings: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        """(strong, borderline) lexical hits of the hybrid being scored (`train.lexical_masks`)."""
        return train.lexical_masks([lexical[t] for t in strings], args.patterns)

    if args.resume and args.json.is_file():
        previous = json.loads(args.json.read_text())
    else:
        previous = {"folds": {}}
    report = {"machine": f"{cpu_model()}, {platform.python_version()}, torch {torch.__version__}, "
                         f"{args.threads} thread(s)", "selection": SELECTION, "folds": previous["folds"],
              "started_load": load_average(), "command": " ".join(sys.argv),
              "patterns": args.patterns}
    heads: dict[tuple, dict] = {}
    fit_mlp = train.fit_mlp

    def fit_mlp_once(x: torch.Tensor, y: torch.Tensor, **kwargs) -> dict:  # folds that train on the same texts
        key = (tuple(x.shape), float(x.double().sum()), float((x.double() ** 2).sum()), float(y.sum()),
               tuple(sorted(kwargs.items())))
        if key not in heads:
            heads[key] = fit_mlp(x, y, **kwargs)
        return heads[key]

    train.fit_mlp = fit_mlp_once
    for variant in args.variants:
        share, cross_fit = VARIANTS[variant]
        for fold in args.folds:
            if fold in report["folds"].get(variant, {}):  # --resume: measured already
                continue
            started = time.perf_counter()
            fitted = train.fit(share, features, pieces, leave_out=(fold,),
                               cross_fit=tuple(a for a in cross_fit if a != fold), seeds=args.seeds,
                               patterns=args.patterns, log=lambda m: print("   ", m, flush=True))
            held = [t for t in texts if t.author == fold and not t.pii]
            p, s = fitted["scores"]([t.text for t in held])
            y = torch.tensor([t.label for t in held])
            strong, borderline = lexical_masks([t.text for t in held])
            plain = torch.tensor([t.plain for t in held])
            lookalike = torch.tensor([t.lookalike for t in held])
            calibration = fitted["calibration"]  # (text, label, source), scored in fitted["p"], fitted["s"]
            names = sorted({source for _, _, source in calibration})
            benign_names = sorted({source for _, label, source in calibration if label == 0})
            assert benign_names[-1] == "own", benign_names  # rule_without_own relies on it
            sources = torch.tensor([names.index(source) for _, _, source in calibration])
            y_cal = torch.tensor([label for _, label, _ in calibration])
            table = train.threshold_table(fitted["p"], fitted["s"], y_cal,
                                          *lexical_masks([t for t, _, _ in calibration]), sources, FIXED)
            oracle_table = train.threshold_table(p, s, y, strong, borderline)
            otp, ots = train.pick(oracle_table, 0.02, "pooled")
            entry = {"auc": auc(p, y), "oracle_recall": evaluate(p, s, y, strong, borderline, plain, lookalike,
                                                                  otp, ots)["recall"],
                     "oracle_thresholds": [otp, ots], "texts": len(held), "harmful": int((y == 1).sum()),
                     "benign": int((y == 0).sum()), "fit_seconds": time.perf_counter() - started, "rules": {}}
            for rule_name, (rule, limit) in RULES.items():
                tp, ts = pick_rule(table, rule, limit)
                entry["rules"][rule_name] = {"thresholds": [tp, ts], **evaluate(p, s, y, strong, borderline, plain,
                                                                                 lookalike, tp, ts,
                                                                                 [t.text for t in held])}
            report["folds"].setdefault(variant, {})[fold] = entry
            print(f"{variant} | fold {fold}: AUC {entry['auc']:.4f}, oracle recall {entry['oracle_recall']:.3f}; "
                  + "; ".join(f"{r}: {v['recall']:.3f}/{v['fpr']:.3f}" for r, v in entry["rules"].items()),
                  flush=True)
            args.json.write_text(json.dumps(report, indent=1))
    summary = []
    for variant, folds in report["folds"].items():
        for rule_name in RULES:
            rows = [folds[f]["rules"][rule_name] for f in folds]
            summary.append({"variant": variant, "rule": rule_name, "folds": len(rows),
                            "mean_recall": statistics.mean(r["recall"] for r in rows),
                            "worst_recall": min(r["recall"] for r in rows),
                            "mean_fpr": statistics.mean(r["fpr"] for r in rows),
                            "worst_fpr": max(r["fpr"] for r in rows),
                            "mean_recall_plain": statistics.mean(r["recall_plain"] for r in rows),
                            "mean_recall_obfuscated": statistics.mean(r["recall_obfuscated"] for r in rows),
                            "mean_fpr_lookalike": statistics.mean(r["fpr_lookalike"] for r in rows),
                            "folds_meeting": sum(r["recall"] >= GOAL_RECALL and r["fpr"] <= GOAL_FPR for r in rows)})
    report["summary"] = summary
    chosen, tier = select(summary)
    report["chosen"] = {**chosen, "tier": tier}
    report["finished_load"] = load_average()
    args.json.write_text(json.dumps(report, indent=1))
    print("\n| training variant | threshold rule | recall mean / worst | FPR mean / worst | folds meeting both |")
    print("|---|---|---|---|---|")
    for row in summary:
        print(f"| {row['variant']} | {row['rule']} | {row['mean_recall']:.3f} / {row['worst_recall']:.3f} | "
              f"{row['mean_fpr']:.3f} / {row['worst_fpr']:.3f} | {row['folds_meeting']} of {row['folds']} |")
    print(f"\nchosen ({tier}): {chosen['variant']}, {chosen['rule']}")


if __name__ == "__main__":
    main()
