"""SCM sampling: causaltorch vs DoWhy gcm on the same linear-Gaussian DAG.

Builds a random Erdős–Rényi DAG over ``x0 … x{d-1}`` (edge i→j only for i < j; "ER2": 2·d edges
expected, i.e. 2 parents per node on average; weights uniform in ±[0.3, 0.8], which keeps every std
below ~3), then samples ``n`` rows observationally and under ``do(x_k = 1)`` for the non-root node ``k``
with the most descendants, with

- causaltorch: ``StructuralCausalModel(ruleset, "linear")`` (b = 0, σ = 1), ``scm.sample(n)`` and
  ``scm.do({"x_k": 1.0}).sample(n)``; float32 (the default) and float64 (``scm.double()``);
- DoWhy gcm: ``gcm.StructuralCausalModel`` with ``ScipyDistribution(norm, loc=0, scale=1)`` roots and
  ``AdditiveNoiseModel(create_linear_regressor_with_given_parameters(w), ScipyDistribution(norm, 0, 1))``
  non-roots; ``gcm.draw_samples(scm, n)`` and ``gcm.interventional_samples(scm, {x_k: lambda x: 1.0},
  num_samples_to_draw=n)``.

Accuracy is checked against the closed form: with ``B`` the weighted adjacency (``B[i, j]`` = weight of
i→j), ``X = (m + E)(I − B)^{-1}``; under ``do(x_k = c)`` column k of ``B`` is zeroed, the noise of k is
removed and ``m = c·e_k``. Means are ``m (I − B')^{-1}``, covariances ``M'^T D M'``.

The headline speed-up is like for like: causaltorch float64 against DoWhy gcm, which computes in
float64 (numpy/pandas) and has no float32 path; causaltorch float32 (its default) is the second row.

Run: ``python benchmarks/bench_scm_sampling.py [--n 1000000] [--d 50] [--seed 0] [--repeats 20]
[--threads N] [--device cuda]`` (needs the ``bench`` extra: ``pip install -e ".[bench]"``). Cases run
round-robin, so load from other processes hits every library alike; wall times are reported as
p10 / p50 / p90 over the rounds, and each speed-up is DoWhy's p50 over ours, with the p10–p90 range of
the per-round ratios (both libraries timed in the same round, under the same load).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gc
import os
import platform
import sys
import time
from collections.abc import Callable

import numpy as np
import torch

from _machine import cpu_model, load_average  # benchmarks/ is on sys.path when a script runs
from causaltorch.rules import CausalRuleSet
from causaltorch.scm import StructuralCausalModel


# ---------------------------------------------------------------------------- graph and closed form
def random_dag(d: int, seed: int, parents_per_node: float = 2.0, low: float = 0.3, high: float = 0.8) -> np.ndarray:
    """Weighted adjacency ``B[i, j]`` (i→j, only i < j) of an ER DAG with ``parents_per_node · d`` expected edges."""
    rng = np.random.default_rng(seed)
    p = min(1.0, 2.0 * parents_per_node / (d - 1))
    mask = np.triu(rng.random((d, d)) < p, k=1)
    magnitude = rng.uniform(low, high, size=(d, d))
    sign = rng.choice([-1.0, 1.0], size=(d, d))
    return np.where(mask, magnitude * sign, 0.0)


def closed_form(B: np.ndarray, intervention: dict[int, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Exact per-variable means and standard deviations of ``X = X B + E`` (σ = 1), optionally under do()."""
    d = B.shape[0]
    B = B.copy()
    offset = np.zeros(d)
    noise_var = np.ones(d)
    for k, c in (intervention or {}).items():
        B[:, k] = 0.0
        offset[k] = c
        noise_var[k] = 0.0
    M = np.linalg.inv(np.eye(d) - B)
    mean = offset @ M
    cov = M.T @ np.diag(noise_var) @ M
    return mean, np.sqrt(np.clip(np.diag(cov), 0.0, None))


def descendants(B: np.ndarray, k: int) -> set[int]:
    seen, frontier = set(), [k]
    while frontier:
        for j in np.nonzero(B[frontier.pop()])[0]:
            if int(j) not in seen:
                seen.add(int(j))
                frontier.append(int(j))
    return seen


# ---------------------------------------------------------------------------- the two models
def build_causaltorch(B: np.ndarray, names: list[str]) -> StructuralCausalModel:
    rules = CausalRuleSet()
    for name in names:
        rules.add_variable(name)
    for i, j in zip(*np.nonzero(B)):
        rules.add_rule(names[i], names[j], float(B[i, j]))
    return StructuralCausalModel(rules, "linear")


def build_dowhy(B: np.ndarray, names: list[str]):
    import networkx as nx
    import pandas as pd
    from dowhy import gcm
    from dowhy.gcm.ml.regression import create_linear_regressor_with_given_parameters
    from dowhy.graph import get_ordered_predecessors
    from scipy.stats import norm

    gcm.config.disable_progress_bars()
    graph = nx.DiGraph()
    graph.add_nodes_from(names)
    graph.add_edges_from((names[i], names[j]) for i, j in zip(*np.nonzero(B)))
    scm = gcm.StructuralCausalModel(graph)
    index = {v: i for i, v in enumerate(names)}
    for name in names:
        parents = get_ordered_predecessors(graph, name)  # DoWhy orders parent columns by sorted(name)
        if not parents:
            scm.set_causal_mechanism(name, gcm.ScipyDistribution(norm, loc=0.0, scale=1.0))
        else:
            coefficients = np.array([B[index[p], index[name]] for p in parents])
            scm.set_causal_mechanism(name, gcm.AdditiveNoiseModel(
                prediction_model=create_linear_regressor_with_given_parameters(coefficients, intercept=0.0),
                noise_model=gcm.ScipyDistribution(norm, loc=0.0, scale=1.0),
            ))
    # gcm refuses to sample from a model that was never fitted (it records the parents at fit time).
    # Every parameter above is fixed (ScipyDistribution with given parameters and the fixed-parameter
    # regressor ignore fit), so fitting on a tiny dummy frame only registers the graph structure.
    gcm.fit(scm, pd.DataFrame(np.random.default_rng(0).normal(size=(20, len(names))), columns=names))
    for name in names:  # prove the parameters are untouched
        if graph.in_degree(name):
            mech = scm.causal_mechanism(name)
            expected = [B[index[p], index[name]] for p in get_ordered_predecessors(graph, name)]
            assert np.array_equal(mech.prediction_model.coefficients, expected), name
            assert mech.noise_model.parameters == {"loc": 0.0, "scale": 1.0}, name
        else:
            assert scm.causal_mechanism(name).parameters == {"loc": 0.0, "scale": 1.0}, name
    return scm


# ---------------------------------------------------------------------------- measurement
def _sync() -> None:
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        torch.cuda.synchronize()


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    """Wall seconds, CPU seconds of this process (all threads) and the result of one call."""
    gc.collect()
    _sync()
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    _sync()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def percentiles(values: list[float]) -> tuple[float, float, float]:
    """p10, p50 and p90 (linear interpolation between the sorted values)."""
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return float(p10), float(p50), float(p90)


def wall_times(fn: Callable[[], object], repeats: int) -> list[float]:
    return [timed(fn)[0] for _ in range(repeats)]


def to_numpy(samples, names: list[str]) -> np.ndarray:
    if isinstance(samples, torch.Tensor):
        return samples.double().cpu().numpy()
    return samples[names].to_numpy(dtype=np.float64)  # DataFrame columns come in topological order


def errors(x: np.ndarray, mean: np.ndarray, std: np.ndarray) -> tuple[float, float, float]:
    """Max |mean err|, max |std err| and max |mean err| in units of the Monte-Carlo standard error."""
    n = x.shape[0]
    m, s = x.mean(axis=0), x.std(axis=0)
    se = np.where(std > 0, std / np.sqrt(n), np.inf)
    return float(np.abs(m - mean).max()), float(np.abs(s - std).max()), float((np.abs(m - mean) / se).max())


def machine_info() -> list[str]:
    cpu = cpu_model()
    import dowhy
    import pandas
    import scipy

    return [
        f"date: {_dt.date.today().isoformat()}; load average at start: {load_average()}",
        (f"cpu: {cpu}; logical cores: {os.cpu_count()}; torch threads: {torch.get_num_threads()}"
         + (f"; gpu: {torch.cuda.get_device_name()}" if torch.cuda.is_available() else "")),
        (f"python {platform.python_version()}, torch {torch.__version__}, dowhy {dowhy.__version__}, "
         f"numpy {np.__version__}, scipy {scipy.__version__}, pandas {pandas.__version__}"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="rows per draw")
    parser.add_argument("--d", type=int, default=50, help="variables")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=20, help="timed runs per cell (p10 / p50 / p90 reported)")
    parser.add_argument("--dowhy-repeats", type=int, default=None, help="repeats for DoWhy (default: --repeats)")
    parser.add_argument("--threads", type=int, default=os.cpu_count(), help="torch.set_num_threads")
    parser.add_argument("--device", default="cpu", help="device for causaltorch (DoWhy always runs on the CPU)")
    args = parser.parse_args(argv)
    device = torch.device(args.device)
    dowhy_repeats = args.dowhy_repeats or args.repeats

    torch.set_num_threads(args.threads)
    n, d = args.n, args.d
    names = [f"x{i}" for i in range(d)]
    B = random_dag(d, args.seed)
    non_roots = [j for j in range(d) if B[:, j].any()]
    k = max(non_roots or range(d), key=lambda j: (len(descendants(B, j)), -j))
    target, value = names[k], 1.0

    obs_mean, obs_std = closed_form(B)
    do_mean, do_std = closed_form(B, {k: value})

    for line in machine_info():
        print(line)
    print(f"graph: d={d}, edges={int((B != 0).sum())}, seed={args.seed}, |w| in [0.3, 0.8]; "
          f"do({target}={value}) ({int((B[:, k] != 0).sum())} parents, {len(descendants(B, k))} descendants); "
          f"closed-form std range [{obs_std.min():.2f}, {obs_std.max():.2f}]")
    print(f"n={n:,}, causaltorch on {device}, repeats: causaltorch {args.repeats}, DoWhy {dowhy_repeats} "
          "(round-robin, p10 / p50 / p90 reported)\n")

    ours32 = build_causaltorch(B, names).to(device)
    ours64 = build_causaltorch(B, names).double().to(device)
    theirs = build_dowhy(B, names)
    from dowhy import gcm

    cases = [
        ("causaltorch float64", "observational", lambda: ours64.sample(n), args.repeats),
        ("causaltorch float64", f"do({target}=1)", lambda: ours64.do({target: value}).sample(n), args.repeats),
        ("causaltorch float32", "observational", lambda: ours32.sample(n), args.repeats),
        ("causaltorch float32", f"do({target}=1)", lambda: ours32.do({target: value}).sample(n), args.repeats),
        ("DoWhy gcm (float64)", "observational", lambda: gcm.draw_samples(theirs, n), dowhy_repeats),
        ("DoWhy gcm (float64)", f"do({target}=1)",
         lambda: gcm.interventional_samples(theirs, {target: lambda x: value}, num_samples_to_draw=n), dowhy_repeats),
    ]
    # Warm-up (first-call allocations, lazy imports) at a small size, for every library alike.
    for model in (ours32, ours64):
        model.sample(1000), model.do({target: value}).sample(1000)
    gcm.draw_samples(theirs, 1000)
    gcm.interventional_samples(theirs, {target: lambda x: value}, num_samples_to_draw=1000)

    # Round-robin: every round runs each case once, so load from other processes on a shared machine
    # hits all libraries alike. Accuracy comes from round 0.
    walls: list[list[float]] = [[] for _ in cases]
    cpus: list[list[float]] = [[] for _ in cases]
    accuracy: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0)] * len(cases)
    for round_ in range(max(args.repeats, dowhy_repeats)):
        for i, (library, mode, fn, repeats) in enumerate(cases):
            if round_ >= repeats:
                continue
            torch.manual_seed(args.seed + round_)
            np.random.seed(args.seed + round_)
            seconds, cpu_seconds, samples = timed(fn)
            walls[i].append(seconds)
            cpus[i].append(cpu_seconds)
            if round_ == 0:
                x = to_numpy(samples, names)
                mean, std = (obs_mean, obs_std) if mode == "observational" else (do_mean, do_std)
                accuracy[i] = errors(x, mean, std)
                del x
            del samples
            gc.collect()
    rows = [(library, mode, *percentiles(walls[i]), float(np.median(cpus[i])), *accuracy[i])
            for i, (library, mode, _, _) in enumerate(cases)]

    widths = (20, 14, 7, 7, 7, 9, 10, 14, 13, 12)
    titles = ("library", "mode", "p10 s", "p50 s", "p90 s", "CPU s p50", "rows/s p50", "max |mean err|",
              "max |std err|", "max err / SE")
    print("| " + " | ".join(t.ljust(w) for t, w in zip(titles, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for library, mode, p10, p50, p90, cpu_seconds, mean_err, std_err, z in rows:
        print(f"| {library:<20} | {mode:<14} | {p10:>7.3f} | {p50:>7.3f} | {p90:>7.3f} | {cpu_seconds:>9.3f} | "
              f"{n / p50:>10.3g} | {mean_err:>14.2e} | {std_err:>13.2e} | {z:>12.2f} |")
    print("(wall s: p10 / p50 / p90 over the rounds; CPU s counts every thread of this process; max err / SE: the "
          "largest |mean error| in units of its Monte-Carlo standard error σ/√n)\n")

    # Like for like first: DoWhy gcm computes in float64 only, so the headline is our float64.
    index = {(library, mode): i for i, (library, mode, _, _) in enumerate(cases)}
    for lib, label in (("causaltorch float64", "like for like"), ("causaltorch float32", "our default dtype")):
        for mode in ("observational", f"do({target}=1)"):
            theirs_i, ours_i = index[("DoWhy gcm (float64)", mode)], index[(lib, mode)]
            rounds = min(len(walls[theirs_i]), len(walls[ours_i]))
            paired = [walls[theirs_i][r] / walls[ours_i][r] for r in range(rounds)]
            low, _, high = percentiles(paired)
            ratio = float(np.median(walls[theirs_i]) / np.median(walls[ours_i]))
            print(f"speed-up (wall p50) {mode:<14} {lib} vs DoWhy gcm (float64), {label}: {ratio:.1f}x "
                  f"(per-round ratio p10-p90 {low:.1f}-{high:.1f}x)")

    # Floors: drawing the d·n standard normals alone, the part no sampler of this model can skip.
    from scipy.stats import norm

    floors = [
        (f"torch.randn({n:,}, {d}) float32 on {device}",
         lambda: torch.randn(n, d, device=device), args.repeats),
        (f"torch.randn({n:,}, {d}) float64 on {device}",
         lambda: torch.randn(n, d, device=device, dtype=torch.float64), args.repeats),
        (f"{d} x scipy norm.rvs(size={n:,}) (DoWhy's root/noise draw)",
         lambda: [norm.rvs(size=n, loc=0.0, scale=1.0) for _ in range(d)], dowhy_repeats),
    ]
    print()
    for label, fn, repeats in floors:
        p10, p50, p90 = percentiles(wall_times(fn, repeats))
        print(f"noise alone: {label}: p10 {p10:.3f} / p50 {p50:.3f} / p90 {p90:.3f} s")
    print(f"load average at end: {load_average()} (other processes on the machine skew the timings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
