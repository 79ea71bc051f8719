"""What an allow list does for the default ``no_harm`` rule: which false positives it quiets, what it lets through.

    python benchmarks/ethics_allow.py [--json docs/results/ethics_allow.json]

`SemanticHarmDetector(allow=[...])` does not ask the classifier about a piece that reads as an allowed text (the
same words, or a cosine of at least ``allow_similarity``, and closer to it than to every example). Every labelled
text of ``data/ethics`` (``eval_set.json`` and the blind authors' ``heldoutN.json`` splits) is checked whole by the
default rule's detector (`HybridHarmDetector`: the word patterns, confirmed by meaning, or meaning alone), as
``causaltorch ethics check`` does, and then:

1. **Risk, at each allow similarity.** If every benign text of the splits and every bundled counter-example were on
   the allow list, which harmful texts would read as one of them (cosine at least the similarity, and closer to it
   than to every example)? An upper bound on what any allow list could let through.
2. **Reach, leave one split out.** A user allows the piece that fired (the sentence `--explain` names). For each
   split, the allow list is the pieces that fired in the shipped detector's false positives on all the *other*
   splits, less those an example catches (those cannot be allowed; counter-examples are for them). How many of this
   split's false positives does it quiet (a new author's texts), and how many of its harmful texts does it let
   through?
3. **Own list.** Every false positive's firing piece is allowed, then the piece that fires next, for up to three
   rounds: how many false positives are quieted, and how many harmful texts anywhere stop firing. Then the same
   with every piece `--explain` lists (`pieces_to_allow`, since session 18) allowed in each round.
4. **Cost**: a check without an allow list and with the list of part 3, p10 / p50 / p90 over 400 short texts,
   nothing cached.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from importlib import resources
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import cpu_model, load_average  # noqa: E402
from causaltorch.ethics import semantic  # noqa: E402
from causaltorch.ethics.hybrid import HybridHarmDetector  # noqa: E402
from causaltorch.ethics.semantic import SemanticHarmDetector  # noqa: E402

_normalize = semantic._normalize

SIMILARITIES = (0.90, 0.93, 0.95, 0.96, 0.97, 0.98, 0.99)


def labelled() -> list[dict]:
    """Every labelled text with its split: ``eval_set.json`` and each ``heldoutN.json``."""
    folder = resources.files("causaltorch") / "data" / "ethics"
    out = list(json.loads((folder / "eval_set.json").read_text(encoding="utf-8"))["examples"])
    for path in sorted(Path(str(folder)).glob("heldout*.json"), key=lambda p: int(p.stem[7:])):
        out += json.loads(path.read_text(encoding="utf-8"))["examples"]
    return out


def default_rule(allow: list[str] | None = None, encoder=None) -> HybridHarmDetector:
    """The default constitution's ``no_harm`` detector (word patterns and meaning), with ``allow``."""
    return HybridHarmDetector(SemanticHarmDetector("no_harm", allow=allow or None, encoder=encoder))


def judge(detector: HybridHarmDetector, texts: list[str]) -> list[tuple[bool, str]]:
    """(whether it fires, the semantic piece it reports) for each text, checked whole as `ethics check` does;
    embedded in chunks that fit the detector's cache."""
    out = []
    for start in range(0, len(texts), 512):
        chunk = texts[start:start + 512]
        detector.prefetch(chunk)
        for text in chunk:
            explained = detector.explain(text)
            out.append((explained.detected, explained.semantic.piece))
    return out


def explain_all(detector: HybridHarmDetector, texts: list[str]) -> list:
    """`HybridHarmDetector.explain` of each text, embedded in chunks that fit the detector's cache."""
    out = []
    for start in range(0, len(texts), 512):
        chunk = texts[start:start + 512]
        detector.prefetch(chunk)
        out += [detector.explain(text) for text in chunk]
    return out


def _quantiles(values: list[float]) -> dict:
    cuts = statistics.quantiles(values, n=10)
    return {"p10": cuts[0], "p50": statistics.median(values), "p90": cuts[-1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    texts = labelled()
    harmful = [t for t in texts if t["labels"]["no_harm"]]
    benign = [t for t in texts if not any(t["labels"].values())]  # every group that is neither harmful nor PII
    default = default_rule()
    shipped = default.semantic
    start = time.perf_counter()
    verdicts = {id(t): fires for t, (fires, _) in zip(texts, judge(default, [t["text"] for t in texts]))}
    read_s = time.perf_counter() - start
    false_positives = [t for t in benign if verdicts[id(t)]]
    print(f"{len(texts)} texts read in {read_s:.0f} s: {len(harmful)} harmful ({sum(verdicts[id(t)] for t in harmful)} "
          f"caught), {len(benign)} benign, {len(false_positives)} false positives")

    # 1. risk: the whole benign pool allowed
    state = shipped._ready()
    embed = shipped.encoder.embed
    pool = list(dict.fromkeys([_normalize(t["text"]) for t in benign] + [_normalize(t) for t in
                                                                         semantic.default_counter_examples("no_harm")]))
    pool_embeddings = embed(pool, 64)
    harm_texts = [_normalize(t["text"]) for t in harmful]
    harm_embeddings = embed(harm_texts, 64)
    to_example = (harm_embeddings @ state.example_embeddings.T).max(dim=1).values
    allow, nearest = (harm_embeddings @ pool_embeddings.T).max(dim=1)
    exact = torch.tensor([h in set(pool) for h in harm_texts])
    novel = to_example < 0.999  # harmful texts that are not on the example list themselves
    print(f"{int(novel.sum())} of {len(harmful)} harmful texts are not examples themselves")
    risk = {"harmful_not_examples": int(novel.sum())}
    for similarity in SIMILARITIES:
        hit = ((allow >= similarity) | exact) & (allow > to_example)
        through = [{"harmful": h["text"], "reads_as": pool[int(nearest[i])], "cosine": round(float(allow[i]), 3),
                    "caught_by_shipped": verdicts[id(h)]} for i, h in enumerate(harmful) if hit[i]]
        risk[f"{similarity:.2f}"] = {"harmful_reading_as_benign": len(through),
                                     "raw_cosine_at_least": int((allow >= similarity).sum()),
                                     "raw_cosine_at_least_not_examples": int(((allow >= similarity) & novel).sum()),
                                     "of_those_caught_by_shipped": sum(x["caught_by_shipped"] for x in through),
                                     "texts": sorted(through, key=lambda x: -x["cosine"])[:12]}
        entry = risk[f"{similarity:.2f}"]
        print(f"risk at {similarity:.2f}: {len(through)} harmful texts read as a benign one "
              f"({entry['of_those_caught_by_shipped']} caught by the shipped detector); cosine alone: "
              f"{entry['raw_cosine_at_least']} ({entry['raw_cosine_at_least_not_examples']} not examples)")

    # what a user would allow: the piece that fired, as `--explain` names it (a sentence of a longer text); a piece
    # that one of the rule's examples catches cannot be allowed (counter-examples are for those)
    fired = {t["text"]: piece for t, (_, piece) in zip(false_positives, judge(default, [t["text"] for t in
                                                                                        false_positives]))}
    fp_texts = list(dict.fromkeys(fired.values()))
    to_examples = (embed([_normalize(t) for t in fp_texts], 64) @ state.example_embeddings.T).max(dim=1).values
    allowable = {t for t, value in zip(fp_texts, to_examples.tolist()) if value < state.s_threshold}
    print(f"{len(allowable)} of {len(fp_texts)} distinct false positives can be allowed (the others are within the "
          "example threshold of an example)")

    # 2. reach: leave one split out
    splits = sorted({t["split"] for t in texts}, key=lambda s: (len(s), s))
    reach = {}
    for split in splits:
        own = [t for t in false_positives if t["split"] == split]
        others = [p for p in dict.fromkeys(fired[t["text"]] for t in false_positives if t["split"] != split)
                  if p in allowable]
        harm_here = [t for t in harmful if t["split"] == split and verdicts[id(t)]]
        if not own and not harm_here:
            continue
        detector = default_rule(others, shipped.encoder)
        quieted = sum(not fires for fires, _ in judge(detector, [t["text"] for t in own]))
        lost = [t["text"] for t, (fires, _) in zip(harm_here, judge(detector, [t["text"] for t in harm_here]))
                if not fires]
        reach[split] = {"false_positives": len(own), "quieted": quieted, "harmful_caught": len(harm_here),
                        "harmful_let_through": lost}
    total_fp = sum(r["false_positives"] for r in reach.values())
    total_quiet = sum(r["quieted"] for r in reach.values())
    total_lost = sum(len(r["harmful_let_through"]) for r in reach.values())
    print(f"leave one split out: {total_quiet} of {total_fp} false positives quieted by the other splits' lists; "
          f"{total_lost} harmful texts let through")

    # 3. own list: every false positive allowed, as a user would: the piece that fires, then the next one, 3 rounds
    every = [p for p in fp_texts if p in allowable]
    rounds = []
    for round_ in range(3):
        detector = default_rule(every, shipped.encoder)
        scores = judge(detector, [t["text"] for t in false_positives])
        rounds.append(sum(not fires for fires, _ in scores))
        if round_ == 2:
            break
        more = list(dict.fromkeys(piece for fires, piece in scores if fires and piece not in every))
        more = [p for p, value in zip(more, (embed([_normalize(p) for p in more], 64) @ state.example_embeddings.T)
                                      .max(dim=1).values.tolist()) if value < state.s_threshold] if more else []
        if not more:
            break
        every = list(dict.fromkeys(every + more))
    print(f"false positives quieted after each round of allowing the piece that fires: {rounds}")
    # the same with every piece --explain lists since session 18 (`pieces_to_allow`: what the allow list needs for
    # the text to pass), round by round
    listed, listed_rounds = [], []
    for round_ in range(3):
        explained = explain_all(default_rule(listed or None, shipped.encoder), [t["text"] for t in false_positives])
        listed_rounds.append(sum(not e.detected for e in explained))
        more = [p.piece for e in explained if e.detected for p in e.pieces_to_allow if p.piece not in listed]
        if not more:
            break
        listed = list(dict.fromkeys(listed + more))
    print(f"false positives quieted with every listed piece allowed, before and after each round: {listed_rounds} "
          f"({len(listed)} pieces)")
    listing = default_rule(listed or None, shipped.encoder)
    after_listed = {id(t): fires for t, (fires, _) in zip(texts, judge(listing, [t["text"] for t in texts]))}
    listed_lost = [t["text"] for t in harmful if verdicts[id(t)] and not after_listed[id(t)]]
    listed_gained = [t["text"] for t in texts if after_listed[id(t)] and not verdicts[id(t)]]
    print(f"every listed piece allowed: {len(listed_lost)} harmful texts let through, {len(listed_gained)} new flags")
    after = {id(t): fires for t, (fires, _) in zip(texts, judge(detector, [t["text"] for t in texts]))}
    still = [t["text"] for t in false_positives if after[id(t)]]
    lost = [t["text"] for t in harmful if verdicts[id(t)] and not after[id(t)]]
    gained = [t["text"] for t in texts if after[id(t)] and not verdicts[id(t)]]
    print(f"every false positive that can be allowed ({len(every)} texts): {len(false_positives) - len(still)} of "
          f"{len(false_positives)} false positives quieted, {len(lost)} harmful texts let through, {len(gained)} "
          "new flags")

    # 4. cost of a check
    torch.set_num_threads(1)
    sample = [t["text"] for t in texts if len(t["text"]) < 120][:400]
    cost = {}
    for name, det in (("no allow list", default_rule(None, shipped.encoder)),
                      (f"allow list of {len(every)}", default_rule(every, shipped.encoder))):
        det("warm up")
        times = []
        for text in sample:
            det.semantic._cache.clear()
            begin = time.perf_counter()
            det(text)
            times.append(1e3 * (time.perf_counter() - begin))
        cost[name] = _quantiles(times)
        print(f"check, {name}: p10 / p50 / p90 = {cost[name]['p10']:.1f} / {cost[name]['p50']:.1f} / "
              f"{cost[name]['p90']:.1f} ms")
    results = {"machine": cpu_model(), "load_average": load_average(), "check_torch_threads": 1,
               "default_allow_similarity": semantic.ALLOW_SIMILARITY, "texts": len(texts), "harmful": len(harmful),
               "benign": len(benign), "false_positives_shipped": len(false_positives), "allow_pool": len(pool),
               "false_positives_distinct": len(fp_texts), "false_positives_allowable": len(allowable),
               "risk": risk, "leave_one_split_out": {"false_positives": total_fp, "quieted": total_quiet,
                                                     "harmful_let_through": total_lost, "splits": reach},
               "every_listed_piece_allowed": {"allowed_texts": len(listed), "quieted_before_and_per_round":
                                              listed_rounds, "harmful_let_through": listed_lost,
                                              "new_flags": listed_gained},
               "every_false_positive_allowed": {"allowed_texts": len(every), "quieted_per_round": rounds,
                                                "still_flagged": still,
                                                "harmful_let_through": lost, "new_flags": gained},
               "check_ms": cost}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
