"""Federated learning under Byzantine attack, graph consensus, and the cost of signing + chaining (issue 17).

    .venv/bin/python benchmarks/federated.py [--only robust,graph,overhead] [--clients 20] [--rounds 30]
        [--seeds 3] [--partitions iid,noniid] [--fractions 0.2,0.3] [--out runs/federated]

1. ``robust``: scikit-learn's bundled ``load_digits`` (1,797 8x8 images, 10 classes; 80/20 split, standardised),
   multinomial logistic regression (650 weights), ``--clients`` clients, IID or label-sorted non-IID partitions
   (sorted by label, cut into 2 shards per client, 2 shards each: most clients see 2 digits). Each round every
   client takes ``--local-steps`` full-batch gradient steps (lr 0.5) from the global model and sends the
   difference; attackers (the first 20% / 30% of a seeded shuffle of the clients) send ALIE (Baruch et al. 2019,
   z from n and f), inner-product manipulation (epsilon 0.1), their own update x -10 (sign flip), Gaussian noise
   (std 1), or train on labels 9 - y (label flip). Every aggregator with and without bucketing(2); Krum,
   multi-Krum and the trimmed mean are told the number of attackers (f, and beta = f / n), as in the papers.
   Final test accuracy, mean over ``--seeds`` seeds, against the clean FedAvg run.
2. ``graph``: 10 clients, each with 300 rows of one hidden linear SCM (d = 8, random DAG, weights +-U(0.5, 2));
   7 discover with NOTEARS (`causaltorch.discovery.discover`), 3 report random DAGs; the `CausalDAO`'s
   consensus graph (threshold 0.6) against the best single honest client, by SHD.
3. ``overhead``: ms per update for signing (client), verifying + chaining with fsync (server), for the
   650-weight model and a 1M-weight one; p10 / p50 / p90 over 50 updates.

Results: ``<out>/results.json`` and ``<out>/robust_noniid.png`` (accuracy minus clean FedAvg, non-IID).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import cpu_model, load_average  # noqa: E402
from causaltorch.federated.aggregation import DEFAULT_AGGREGATION, Aggregator  # noqa: E402
from causaltorch.federated.attacks import (  # noqa: E402
    alie,
    flip_labels,
    gaussian_noise,
    inner_product_manipulation,
    sign_flip,
)

ATTACKS = ("none", "alie", "ipm", "sign_flip", "label_flip", "gaussian")
RULES = ("fedavg", "median", "trimmed_mean", "krum", "multi_krum", "centered_clip")
CLASSES = 10


# ---------------------------------------------------------------------------------------------- data
def digits(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    from sklearn.datasets import load_digits

    data = load_digits()
    x, y = torch.tensor(data.data, dtype=torch.float64), torch.tensor(data.target)
    order = torch.randperm(len(y), generator=torch.Generator().manual_seed(seed))
    cut = int(0.8 * len(y))
    train, test = order[:cut], order[cut:]
    mean, std = x[train].mean(0), x[train].std(0).clamp_min(1e-6)
    x = torch.cat([(x - mean) / std, torch.ones(len(y), 1, dtype=torch.float64)], 1)  # bias column
    return x[train], y[train], x[test], y[test]


def partition(y: torch.Tensor, clients: int, kind: str, generator: torch.Generator) -> list[torch.Tensor]:
    if kind == "iid":
        return list(torch.randperm(len(y), generator=generator).tensor_split(clients))
    shards = torch.argsort(y * len(y) + torch.randperm(len(y), generator=generator)).tensor_split(2 * clients)
    pick = torch.randperm(2 * clients, generator=generator)
    return [torch.cat([shards[pick[2 * k]], shards[pick[2 * k + 1]]]) for k in range(clients)]


# ---------------------------------------------------------------------------------------------- training
def local_deltas(weights: torch.Tensor, xs: torch.Tensor, ys: torch.Tensor, mask: torch.Tensor, steps: int,
                 lr: float = 0.5) -> torch.Tensor:
    """Every client's full-batch GD from ``weights [65, 10]`` at once → differences ``[n, 650]``.

    xs ``[n, m, 65]`` (padded), ys ``[n, m, 10]`` one-hot, mask ``[n, m]``.
    """
    w = weights.expand(xs.shape[0], -1, -1).clone()
    counts = mask.sum(1).clamp_min(1)[:, None, None]
    for _ in range(steps):
        probs = torch.softmax(xs @ w, dim=-1)  # (n, m, 10)
        grad = xs.transpose(1, 2) @ ((probs - ys) * mask[..., None]) / counts  # (n, 65, 10)
        w = w - lr * grad
    return (w - weights).reshape(xs.shape[0], -1)


def padded(x: torch.Tensor, y: torch.Tensor, parts: list[torch.Tensor]):
    m = max(len(p) for p in parts)
    xs = torch.zeros(len(parts), m, x.shape[1], dtype=x.dtype)
    ys = torch.zeros(len(parts), m, CLASSES, dtype=x.dtype)
    mask = torch.zeros(len(parts), m, dtype=x.dtype)
    for k, p in enumerate(parts):
        xs[k, :len(p)], mask[k, :len(p)] = x[p], 1.0
        ys[k, :len(p)] = torch.nn.functional.one_hot(y[p], CLASSES).to(x.dtype)
    return xs, ys, mask


def run(rule: str, attack: str, fraction: float, kind: str, seed: int, clients: int, rounds: int,
        local_steps: int, data) -> float:
    """One federated training run → final test accuracy."""
    x, y, x_test, y_test = data
    generator = torch.Generator().manual_seed(seed)
    parts = partition(y, clients, kind, generator)
    f = 0 if attack == "none" else int(round(fraction * clients))
    attackers = torch.randperm(clients, generator=generator)[:f]
    honest_mask = torch.ones(clients, dtype=torch.bool)
    honest_mask[attackers] = False
    labels = y.clone()
    if attack == "label_flip":
        for k in attackers.tolist():
            labels[parts[k]] = flip_labels(y[parts[k]], CLASSES)
    xs, ys, mask = padded(x, labels, parts)
    sizes = torch.tensor([len(p) for p in parts], dtype=torch.float64)
    assumed = max(f, int(round(0.2 * clients)))  # what the server is told to tolerate
    aggregator = _aggregator(rule, assumed, clients)
    weights = torch.zeros(x.shape[1], CLASSES, dtype=torch.float64)
    for r in range(rounds):
        deltas = local_deltas(weights, xs, ys, mask, local_steps)
        if f and attack not in ("label_flip",):
            honest = deltas[honest_mask]
            bad = {"alie": lambda: alie(honest, f, n_clients=clients),
                   "ipm": lambda: inner_product_manipulation(honest, f, 0.1),
                   "sign_flip": lambda: sign_flip(deltas[attackers]),
                   "gaussian": lambda: gaussian_noise(f, deltas.shape[1], 1.0, generator)}[attack]()
            deltas = deltas.clone()
            deltas[attackers] = bad
        step = aggregator(deltas, sizes, generator=torch.Generator().manual_seed(seed * 1000 + r))
        weights = weights + step.reshape(weights.shape)
    return float(((x_test @ weights).argmax(1) == y_test).double().mean())


def _aggregator(rule: str, f: int, clients: int) -> Aggregator:
    base, _, bucket = rule.partition("+")
    options = {"trimmed_mean": (("beta", f / clients),), "krum": (("f", f),), "multi_krum": (("f", f),)}
    inner = Aggregator(base, options.get(base, ()), 0)
    if bucket:  # bucket means are fewer: scale what Krum / the trimmed mean are told (each bad bucket holds >= 1)
        buckets = math.ceil(clients / 2)
        options = {"trimmed_mean": (("beta", min(f, buckets // 2 - 1) / buckets),),
                   "krum": (("f", min(f, buckets - 3)),), "multi_krum": (("f", min(f, buckets - 3)),)}
        inner = Aggregator(base, options.get(base, ()), 2)
    return inner


def robust(args) -> dict:
    data = digits(0)
    rules = [r for rule in RULES for r in (rule, rule + "+bucketing")]
    partitions = args.partitions.split(",")
    fractions = [float(v) for v in args.fractions.split(",")]
    rows = []
    settings = [(kind, "none", 0.0) for kind in partitions] + \
        [(kind, attack, frac) for kind in partitions for attack in ATTACKS[1:] for frac in fractions]
    total = len(settings) * len(rules)
    started = time.perf_counter()
    for done, ((kind, attack, frac), rule) in enumerate(itertools.product(settings, rules), 1):
        accuracies = [run(rule, attack, frac, kind, seed, args.clients, args.rounds, args.local_steps, data)
                      for seed in range(args.seeds)]
        rows.append({"partition": kind, "attack": attack, "fraction": frac, "rule": rule,
                     "accuracy": statistics.mean(accuracies), "accuracies": accuracies})
        if done % 12 == 0:
            print(f"  {done}/{total} runs ({time.perf_counter() - started:.0f} s)", flush=True)
    clean = {r["partition"]: r["accuracy"] for r in rows if r["attack"] == "none" and r["rule"] == "fedavg"}
    for row in rows:
        row["vs_clean_fedavg"] = row["accuracy"] - clean[row["partition"]]
    return {"rows": rows, "clean_fedavg": clean}


def print_robust(result: dict, fraction: float, kind: str) -> None:
    rows = [r for r in result["rows"] if r["partition"] == kind and r["fraction"] in (0.0, fraction)]
    rules = list(dict.fromkeys(r["rule"] for r in rows))
    print(f"\n{kind}, {int(fraction * 100)}% attackers: test accuracy (%), clean FedAvg "
          f"{100 * result['clean_fedavg'][kind]:.1f}")
    print(f"{'rule':<26}" + "".join(f"{a:>11}" for a in ATTACKS))
    for rule in rules:
        cells = {r["attack"]: r["accuracy"] for r in rows if r["rule"] == rule}
        print(f"{rule:<26}" + "".join(f"{100 * cells[a]:>11.1f}" if a in cells else f"{'-':>11}" for a in ATTACKS))


def plot_robust(result: dict, fraction: float, kind: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in result["rows"] if r["partition"] == kind and r["fraction"] in (0.0, fraction)]
    rules = list(dict.fromkeys(r["rule"] for r in rows))
    grid = np.full((len(rules), len(ATTACKS)), np.nan)
    for r in rows:
        grid[rules.index(r["rule"]), ATTACKS.index(r["attack"])] = 100 * r["vs_clean_fedavg"]
    fig, ax = plt.subplots(figsize=(9, 6))
    image = ax.imshow(grid, cmap="RdYlGn", vmin=-30, vmax=5)
    ax.set_xticks(range(len(ATTACKS)), ATTACKS, rotation=30, ha="right")
    ax.set_yticks(range(len(rules)), rules)
    for i, j in itertools.product(range(len(rules)), range(len(ATTACKS))):
        if not np.isnan(grid[i, j]):
            ax.text(j, i, f"{grid[i, j]:.1f}", ha="center", va="center", fontsize=8)
    ax.set_title(f"digits, {kind}, {int(fraction * 100)}% attackers: accuracy minus clean FedAvg (points)")
    fig.colorbar(image)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


# ---------------------------------------------------------------------------------------------- graph
def graph_consensus_benchmark(seeds: int, thresholds: tuple[float, ...] = (0.5, 0.6)) -> dict:
    from causaltorch.discovery import discover
    from causaltorch.federated.consensus import graph_consensus
    from causaltorch.metrics.graph import shd

    d, names = 8, [f"x{i}" for i in range(8)]
    out = []
    for seed in range(seeds):
        g = np.random.default_rng(seed)
        truth = np.triu(g.random((d, d)) < 0.3, 1)
        weights = truth * g.uniform(0.5, 2.0, (d, d)) * g.choice([-1, 1], (d, d))
        true_graph = _ruleset(truth, names)
        graphs, single = [], []
        for k in range(10):
            if k < 7:
                noise = g.standard_normal((300, d))
                x = np.zeros((300, d))
                for j in range(d):  # columns in causal order: x_j from its parents, then noise
                    x[:, j] = x @ weights[:, j] + noise[:, j]
                graph = discover(torch.tensor(x), names=names, seed=seed)
                single.append(shd(true_graph, graph))
            else:
                perm = g.permutation(d)
                graph = _ruleset(np.triu(g.random((d, d)) < 0.3, 1)[np.ix_(perm, perm)], names)
            graphs.append(graph)
        row = {"seed": seed, "true_edges": int(truth.sum()), "single_shd": single, "best_single_shd": min(single)}
        for threshold in thresholds:  # the same votes CausalDAO.update_local_graph counts
            row[f"consensus_shd@{threshold}"] = shd(true_graph, graph_consensus(graphs, None, threshold, names).graph)
        out.append(row)
    met = {str(t): all(r[f"consensus_shd@{t}"] <= r["best_single_shd"] for r in out) for t in thresholds}
    return {"runs": out, "met": met}


def _ruleset(matrix: np.ndarray, names: list[str]):
    from causaltorch import CausalRuleSet

    rules = CausalRuleSet()
    for n in names:
        rules.add_variable(n)
    for i, j in zip(*np.nonzero(matrix), strict=True):
        rules.add_rule(names[i], names[j], 0.5)
    return rules


# ---------------------------------------------------------------------------------------------- overhead
def overhead(repeats: int = 50) -> dict:
    from causaltorch.federated import CausalDAO, FederatedClient

    out = {}
    for label, shape in (("650 weights", (65, 10)), ("1M weights", (1000, 1000))):
        model = torch.nn.Linear(shape[0], shape[1], bias=False)
        with tempfile.TemporaryDirectory() as folder:
            dao = CausalDAO(model_aggregation="fedavg", chain_path=Path(folder) / "chain.jsonl")
            client = FederatedClient("lab", model, data_size=100)
            dao.register_client("lab", client.public_key)
            sign_ms, server_ms = [], []
            for r in range(repeats):
                update = client.get_model_update()
                t0 = time.perf_counter()
                signature = client.sign(update, dao.round)
                t1 = time.perf_counter()
                dao.update_local_model("lab", update, signature=signature)
                t2 = time.perf_counter()
                dao.aggregate()
                sign_ms.append(1000 * (t1 - t0))
                server_ms.append(1000 * (t2 - t1))
                model.weight.data += 0.01 * r
        out[label] = {"sign_ms": _percentiles(sign_ms), "verify_check_chain_ms": _percentiles(server_ms)}
    return out


def _percentiles(values: list[float]) -> dict[str, float]:
    q = np.percentile(values, [10, 50, 90])
    return {"p10": round(float(q[0]), 3), "p50": round(float(q[1]), 3), "p90": round(float(q[2]), 3)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="robust,graph,overhead")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--local-steps", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--partitions", default="iid,noniid")
    parser.add_argument("--fractions", default="0.2,0.3")
    parser.add_argument("--out", type=Path, default=Path("runs/federated"))
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(","))
    results: dict = {"machine": {"cpu": cpu_model(), "load": load_average(), "torch": torch.__version__},
                     "command": "python benchmarks/federated.py " + " ".join(sys.argv[1:] if argv is None else argv),
                     "default_aggregation": DEFAULT_AGGREGATION}
    started = time.perf_counter()
    if "robust" in only:
        results["robust"] = robust(args)
        for kind in args.partitions.split(","):
            for frac in (float(v) for v in args.fractions.split(",")):
                print_robust(results["robust"], frac, kind)
        if "noniid" in args.partitions:
            frac = float(args.fractions.split(",")[0])
            plot_robust(results["robust"], frac, "noniid", args.out / "robust_noniid.png")
    if "graph" in only:
        results["graph"] = graph_consensus_benchmark(args.seeds)
        print("\ngraph consensus (SHD):", json.dumps(results["graph"]["runs"]), "met:", results["graph"]["met"])
    if "overhead" in only:
        results["overhead"] = overhead()
        print("\nsigning + chain overhead (ms):", json.dumps(results["overhead"]))
    results["seconds"] = round(time.perf_counter() - started, 1)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {args.out / 'results.json'} ({results['seconds']} s)")


if __name__ == "__main__":
    main()
