"""Federated learning under Byzantine attack, graph consensus, and the cost of signing + chaining (issue 17).

    .venv/bin/python benchmarks/federated.py [--only robust,alie,graph,overhead] [--clients 20] [--rounds 30]
        [--seeds 3] [--first-seed 0] [--partitions iid,noniid] [--fractions 0.2,0.3] [--out runs/federated]

1. ``robust``: scikit-learn's bundled ``load_digits`` (1,797 8x8 images, 10 classes; 80/20 split, standardised),
   multinomial logistic regression (650 weights), ``--clients`` clients, IID or label-sorted non-IID partitions
   (sorted by label, cut into 2 shards per client, 2 shards each: most clients see 2 digits). Each round every
   client takes ``--local-steps`` full-batch gradient steps (lr 0.5) from the global model and sends the
   difference; attackers (the first 20% / 30% of a seeded shuffle of the clients) send ALIE (Baruch et al. 2019,
   z from n and f), inner-product manipulation (epsilon 0.1), their own update x -10 (sign flip; x -1 as
   sign_flip_x1), Gaussian noise (std 1), or train on labels 9 - y (label flip). Every aggregator with and
   without bucketing(2); Krum, multi-Krum and the trimmed mean are told the number of attackers (f, and
   beta = f / n), as in the papers.
   Final test accuracy, mean over ``--seeds`` seeds (``--first-seed`` onwards: 0-2 were used to choose the
   default, 3-5 are held out), against the clean FedAvg run. ``--attack-from R``: the attackers behave honestly
   for rounds 0..R-1 (building a reputation), then attack. Clients keep their id ("c0", "c1", ...) across
   rounds, so a rule with ``reputation(decay)+`` in front keeps its records for the whole run.
   The default (``reputation(0.9)+centered_clip(cutoff=3)``), its per-round rule ``centered_clip(cutoff=3)``,
   ``cutoff=4`` and plain ``centered_clip`` are rows;
   ``honest_only_fedavg`` (FedAvg over the honest clients alone, which no server can compute) is the reference
   for what is attainable.
   ``--rules "centered_clip;median"`` runs a subset (FedAvg always runs: it is the clean reference).
1b. ``alie``: the anchor's setting at small scale: a 64-32-10 MLP, one minibatch (8 rows) SGD step per round
   with worker momentum 0.9 (lr 0.1), 200 rounds, n = 25 (f = 5) and n = 50 (f = 12) clients, IID and non-IID,
   ALIE with Baruch et al.'s z from n and f.
2. ``graph``: 10 clients, each with 300 rows of one hidden linear SCM (d = 8, random DAG, weights +-U(0.5, 2));
   7 discover with NOTEARS (as `causaltorch.discovery.discover` at its threshold 0.3), 3 report random DAGs;
   the consensus (`graph_consensus`, plain and agreement-weighted votes, thresholds 0.5 and 0.6) against the best
   single honest client, by SHD. ``--graph-seeds 0-7`` (0-2 were used to develop the rules, 3-7 are held out);
   the clients' graphs are written to ``<out>/graph_raw.json`` to try other rules offline.
3. ``overhead``: ms per update for signing (client), verifying + chaining with fsync (server), for the
   650-weight model and a 1M-weight one; p10 / p50 / p90 over 50 updates.

Results: ``<out>/results.json`` and ``<out>/robust_noniid.png`` (accuracy minus clean FedAvg, non-IID).
``--reuse <earlier results.json> --rules "<rule>"`` reruns only the named rules (+ FedAvg) and keeps the earlier
run's other rows; the runs are deterministic, and rows run in both must agree exactly.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import shlex
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
    alie_z,
    flip_labels,
    gaussian_noise,
    inner_product_manipulation,
    sign_flip,
)

# sign_flip_x1: the attacker's own update reversed at its own size (not 10x): no distance-based rule can spot it
ATTACKS = ("none", "alie", "ipm", "sign_flip", "label_flip", "gaussian", "sign_flip_x1")
RULES = ("fedavg", "median", "trimmed_mean", "krum", "multi_krum", "centered_clip", "centered_clip(cutoff=3)",
         "centered_clip(cutoff=4)", DEFAULT_AGGREGATION)
ORACLE = "honest_only_fedavg"  # a reference, not a rule: FedAvg over the honest clients alone (no server knows them)
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
        local_steps: int, data, attack_from: int = 0) -> float:
    """One federated training run → final test accuracy; the attackers behave honestly before ``attack_from``."""
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
    honest_ys = padded(x, y, parts)[1] if attack_from else ys  # label flippers train on true labels until then
    sizes = torch.tensor([len(p) for p in parts], dtype=torch.float64)
    assumed = max(f, int(round(0.2 * clients)))  # what the server is told to tolerate
    aggregator = _aggregator(rule, assumed, clients)
    history = aggregator.history() if aggregator is not None else None  # per-client records, if the rule keeps any
    ids = [f"c{k}" for k in range(clients)]
    weights = torch.zeros(x.shape[1], CLASSES, dtype=torch.float64)
    for r in range(rounds):
        deltas = local_deltas(weights, xs, ys if r >= attack_from else honest_ys, mask, local_steps)
        if f and attack not in ("label_flip",) and r >= attack_from:
            honest = deltas[honest_mask]
            bad = {"alie": lambda: alie(honest, f, n_clients=clients),
                   "ipm": lambda: inner_product_manipulation(honest, f, 0.1),
                   "sign_flip": lambda: sign_flip(deltas[attackers]),
                   "sign_flip_x1": lambda: sign_flip(deltas[attackers], 1.0),
                   "gaussian": lambda: gaussian_noise(f, deltas.shape[1], 1.0, generator)}[attack]()
            deltas = deltas.clone()
            deltas[attackers] = bad
        if aggregator is None:
            step = (sizes[honest_mask] / sizes[honest_mask].sum()) @ deltas[honest_mask]
        else:
            step = aggregator(deltas, sizes, generator=torch.Generator().manual_seed(seed * 1000 + r), clients=ids,
                              history=history)
        weights = weights + step.reshape(weights.shape)
    return float(((x_test @ weights).argmax(1) == y_test).double().mean())


def _aggregator(rule: str, f: int, clients: int) -> Aggregator | None:
    if rule == ORACLE:
        return None
    base = rule.removesuffix("+bucketing")
    bucket = base != rule
    parsed = Aggregator.parse(base)
    options = {"trimmed_mean": (("beta", f / clients),), "krum": (("f", f),), "multi_krum": (("f", f),)}
    if bucket:  # bucket means are fewer: scale what Krum / the trimmed mean are told (each bad bucket holds >= 1)
        buckets = math.ceil(clients / 2)
        options = {"trimmed_mean": (("beta", min(f, buckets // 2 - 1) / buckets),),
                   "krum": (("f", min(f, buckets - 3)),), "multi_krum": (("f", min(f, buckets - 3)),)}
    return Aggregator(parsed.method, parsed.options + options.get(parsed.method, ()), 2 if bucket else 0,
                      parsed.reputation)


def robust(args) -> dict:
    data = digits(0)
    chosen = RULES if args.rules == "all" else tuple(dict.fromkeys(["fedavg", *args.rules.split(";")]))
    rules = [r for rule in chosen for r in (rule, rule + "+bucketing")] + [ORACLE]
    partitions = args.partitions.split(",")
    fractions = [float(v) for v in args.fractions.split(",")]
    rows = []
    settings = [(kind, "none", 0.0) for kind in partitions] + \
        [(kind, attack, frac) for kind in partitions for attack in ATTACKS[1:] for frac in fractions]
    total = len(settings) * len(rules)
    started = time.perf_counter()
    for done, ((kind, attack, frac), rule) in enumerate(itertools.product(settings, rules), 1):
        accuracies = [run(rule, attack, frac, kind, seed, args.clients, args.rounds, args.local_steps, data,
                          args.attack_from) for seed in range(args.first_seed, args.first_seed + args.seeds)]
        rows.append({"partition": kind, "attack": attack, "fraction": frac, "rule": rule,
                     "accuracy": statistics.mean(accuracies), "accuracies": accuracies})
        if done % 12 == 0:
            print(f"  {done}/{total} runs ({time.perf_counter() - started:.0f} s)", flush=True)
    reused = _reuse(args, rows) if args.reuse else None
    if reused is not None:
        rows = reused["rows"]
    clean = {r["partition"]: r["accuracy"] for r in rows if r["attack"] == "none" and r["rule"] == "fedavg"}
    for row in rows:
        row["vs_clean_fedavg"] = row["accuracy"] - clean[row["partition"]]
    return {"rows": rows, "clean_fedavg": clean, **({"reused": reused["note"]} if reused else {})}


def _reuse(args, rows: list[dict]) -> dict:
    """Add the rows of an earlier run (same settings) for rules not run now; the rules run in both must agree.

    The runs are deterministic given the seed, so a row computed again is identical (checked, to 1e-12).
    """
    earlier = json.loads(Path(args.reuse).read_text())
    # older files have no "settings": read them off the command line they record
    settings = earlier.get("settings") or _settings(_parser().parse_args(shlex.split(earlier["command"])[2:]))
    settings = {"first_seed": 0, "attack_from": 0, **settings}  # older files: seeds 0..seeds-1, attacks from round 0
    if settings != _settings(args):
        raise SystemExit(f"--reuse {args.reuse}: its settings {settings} differ from these {_settings(args)}; "
                         "rerun everything instead.")
    key = lambda r: (r["partition"], r["attack"], r["fraction"], r["rule"])  # noqa: E731
    now = {key(r): r for r in rows}
    overlap = [(r, now[key(r)]) for r in earlier["robust"]["rows"] if key(r) in now]
    worst = max((abs(a["accuracy"] - b["accuracy"]) for a, b in overlap), default=0.0)
    if worst > 1e-12:
        raise SystemExit(f"--reuse {args.reuse}: rows run again differ by up to {worst:.3g}; rerun everything.")
    added = [r for r in earlier["robust"]["rows"] if key(r) not in now]
    order = {rule: k for k, rule in enumerate([r for rule in RULES for r in (rule, rule + "+bucketing")] + [ORACLE])}
    merged = sorted(added + rows, key=lambda r: order.get(r["rule"], len(order)))  # stable: settings stay in order
    note = (f"{len(added)} rows reused from {args.reuse} ({earlier.get('command')}); {len(overlap)} rows run in "
            "both agree exactly")
    print("  " + note, flush=True)
    return {"rows": merged, "note": note}


def _settings(args) -> dict:
    return {"clients": args.clients, "rounds": args.rounds, "local_steps": args.local_steps, "seeds": args.seeds,
            "first_seed": args.first_seed, "attack_from": args.attack_from, "partitions": args.partitions,
            "fractions": args.fractions}


def print_robust(result: dict, fraction: float, kind: str) -> None:
    rows = [r for r in result["rows"] if r["partition"] == kind and r["fraction"] in (0.0, fraction)]
    rules = list(dict.fromkeys(r["rule"] for r in rows))
    print(f"\n{kind}, {int(fraction * 100)}% attackers: test accuracy (%), clean FedAvg "
          f"{100 * result['clean_fedavg'][kind]:.1f}")
    print(f"{'rule':<52}" + "".join(f"{a:>11}" for a in ATTACKS))
    for rule in rules:
        cells = {r["attack"]: r["accuracy"] for r in rows if r["rule"] == rule}
        print(f"{rule:<52}" + "".join(f"{100 * cells[a]:>11.1f}" if a in cells else f"{'-':>11}" for a in ATTACKS))


def plot_robust(result: dict, fraction: float, kind: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in result["rows"] if r["partition"] == kind and r["fraction"] in (0.0, fraction)]
    rules = list(dict.fromkeys(r["rule"] for r in rows))
    grid = np.full((len(rules), len(ATTACKS)), np.nan)
    for r in rows:
        grid[rules.index(r["rule"]), ATTACKS.index(r["attack"])] = 100 * r["vs_clean_fedavg"]
    fig, ax = plt.subplots(figsize=(13, 2 + 0.32 * len(rules)))  # long rule names: room for labels and cells
    image = ax.imshow(grid, cmap="RdYlGn", vmin=-30, vmax=5)
    ax.set_xticks(range(len(ATTACKS)), ATTACKS, rotation=30, ha="right")
    ax.set_yticks(range(len(rules)), rules)
    for i, j in itertools.product(range(len(rules)), range(len(ATTACKS))):
        if not np.isnan(grid[i, j]):
            ax.text(j, i, f"{grid[i, j]:.1f}", ha="center", va="center", fontsize=7)
    ax.set_title(f"digits, {kind}, {int(fraction * 100)}% attackers: accuracy minus clean FedAvg (points)")
    fig.colorbar(image)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


# ---------------------------------------------------------------------------------------------- ALIE at scale
HIDDEN = 32


def _mlp_logits(params: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """``params [n, P]`` of n 64-32-10 ReLU MLPs (bias columns included), ``x [n, m, 65]`` → ``[n, m, 10]``."""
    n, cut = params.shape[0], 65 * HIDDEN
    hidden = torch.relu(x @ params[:, :cut].reshape(n, 65, HIDDEN))
    hidden = torch.cat([hidden, torch.ones(*hidden.shape[:-1], 1, dtype=hidden.dtype)], -1)
    return hidden @ params[:, cut:].reshape(n, HIDDEN + 1, CLASSES)


def alie_run(rule: str, attacked: bool, clients: int, f: int, kind: str, seed: int, rounds: int, data,
             batch: int = 8, lr: float = 0.1, momentum: float = 0.9) -> float:
    """The anchor's setting, small: an MLP, one minibatch step per round, worker momentum, ALIE → test accuracy."""
    x, y, x_test, y_test = data
    generator = torch.Generator().manual_seed(seed)
    parts = partition(y, clients, kind, generator)
    attackers = torch.randperm(clients, generator=generator)[:f if attacked else 0]
    honest = torch.ones(clients, dtype=torch.bool)
    honest[attackers] = False
    aggregator = _aggregator(rule, max(f, 1), clients)
    history, ids = aggregator.history(), [f"c{k}" for k in range(clients)]
    init = torch.Generator().manual_seed(100 + seed)
    params = torch.cat([torch.randn(65 * HIDDEN, generator=init, dtype=torch.float64) / 65 ** 0.5,
                        torch.randn((HIDDEN + 1) * CLASSES, generator=init, dtype=torch.float64) / (HIDDEN + 1) ** 0.5])
    sizes = torch.tensor([len(p) for p in parts], dtype=torch.float64)
    xs, ys, _ = padded(x, y, parts)
    velocity = torch.zeros(clients, params.numel(), dtype=torch.float64)
    for r in range(rounds):
        rows = (torch.rand(clients, batch, generator=generator, dtype=torch.float64) * sizes[:, None]).long()
        xb = torch.gather(xs, 1, rows[..., None].expand(-1, -1, xs.shape[2]))
        yb = torch.gather(ys, 1, rows[..., None].expand(-1, -1, CLASSES))
        local = params.expand(clients, -1).clone().requires_grad_(True)
        loss = -(torch.log_softmax(_mlp_logits(local, xb), -1) * yb).sum() / batch  # sum of the clients' losses
        (grads,) = torch.autograd.grad(loss, local)
        velocity = momentum * velocity + (1 - momentum) * grads if r else grads
        sent = -lr * velocity
        if attacked:
            sent = sent.clone()
            sent[attackers] = alie(sent[honest], f, n_clients=clients)
        params = params + aggregator(sent, sizes, generator=torch.Generator().manual_seed(seed * 1000 + r),
                                     clients=ids, history=history)
    return float((_mlp_logits(params[None], x_test[None])[0].argmax(1) == y_test).double().mean())


def alie_scale(seeds: int, rounds: int = 200) -> dict:
    data = digits(0)
    rules = ("fedavg", "median", "median+bucketing", "krum", "krum+bucketing", "trimmed_mean", "centered_clip",
             "centered_clip(cutoff=3)", DEFAULT_AGGREGATION)
    out = []
    for clients, f in ((25, 5), (50, 12)):
        for kind in ("iid", "noniid"):
            clean = [alie_run("fedavg", False, clients, f, kind, s, rounds, data) for s in range(seeds)]
            row = {"clients": clients, "attackers": f, "z": alie_z(clients, f), "partition": kind,
                   "clean_fedavg": statistics.mean(clean), "alie": {}}
            for rule in rules:
                row["alie"][rule] = statistics.mean(alie_run(rule, True, clients, f, kind, s, rounds, data)
                                                    for s in range(seeds))
            print(f"  n={clients} f={f} (z={row['z']:.2f}) {kind}: clean FedAvg {100 * row['clean_fedavg']:.1f}; "
                  "under ALIE " + ", ".join(f"{k} {100 * v:.1f}" for k, v in row["alie"].items()), flush=True)
            out.append(row)
    return {"rounds": rounds, "seeds": seeds, "model": f"MLP 64-{HIDDEN}-10, batch 8, lr 0.1, worker momentum 0.9",
            "rows": out}


# ---------------------------------------------------------------------------------------------- graph
def graph_consensus_benchmark(seeds: list[int], client_thresholds: tuple[float, ...] = (0.3, 0.1),
                              raw_path: Path | None = None) -> dict:
    """Per seed: 7 honest clients' NOTEARS graphs (at each of ``client_thresholds``) and 3 random ones → SHDs.

    NOTEARS runs once per client; its unthresholded weights are cut at each client threshold exactly as
    `causaltorch.discovery.discover` does (threshold, made acyclic, least-squares weights on the parents).
    The single clients' SHDs are at 0.3, `discover`'s default.
    """
    from causaltorch.discovery.learn import _least_squares_weights, _to_ruleset
    from causaltorch.discovery.notears import notears_linear, threshold_to_dag
    from causaltorch.metrics.graph import shd

    d, names = 8, [f"x{i}" for i in range(8)]
    out, raw = [], {}
    for seed in seeds:
        g = np.random.default_rng(seed)
        truth = np.triu(g.random((d, d)) < 0.3, 1)
        weights = truth * g.uniform(0.5, 2.0, (d, d)) * g.choice([-1, 1], (d, d))
        true_graph = _ruleset(truth, names)
        graphs: dict[float, list] = {t: [] for t in client_thresholds}
        for k in range(10):
            if k < 7:
                noise = g.standard_normal((300, d))
                x = np.zeros((300, d))
                for j in range(d):  # columns in causal order: x_j from its parents, then noise
                    x[:, j] = x @ weights[:, j] + noise[:, j]
                matrix = torch.tensor(x)
                fitted = notears_linear(matrix, lambda1=0.1)
                for t in client_thresholds:
                    edges = threshold_to_dag(fitted, t)
                    graphs[t].append(_to_ruleset(names, edges, _least_squares_weights(matrix, edges), None,
                                                 torch.zeros_like(edges), "notears", "l2"))
            else:
                perm = g.permutation(d)
                random_graph = _ruleset(np.triu(g.random((d, d)) < 0.3, 1)[np.ix_(perm, perm)], names)
                for t in client_thresholds:
                    graphs[t].append(random_graph)
        single = [shd(true_graph, graph) for graph in graphs[0.3][:7]]
        row = {"seed": seed, "true_edges": int(truth.sum()), "single_shd": single, "best_single_shd": min(single)}
        for name, rule in _graph_rules(names).items():
            row[f"consensus_shd[{name}]"] = shd(true_graph, rule(graphs))
        print(f"  graph seed {seed}: " + json.dumps(row), flush=True)
        out.append(row)
        raw[seed] = {"truth": truth.astype(int).tolist(),
                     "graphs": {str(t): [[[r.cause, r.effect, r.strength] for r in graph.rules] for graph in gs]
                                for t, gs in graphs.items()}}
        if raw_path is not None:  # after every seed: the clients' graphs, to try other consensus rules offline
            raw_path.write_text(json.dumps(raw))
    rules = [k.removeprefix("consensus_shd[").removesuffix("]") for k in out[0] if k.startswith("consensus_shd[")]
    met = {rule: [r["seed"] for r in out if r[f"consensus_shd[{rule}]"] > r["best_single_shd"]] for rule in rules}
    return {"runs": out, "seeds_where_consensus_is_worse_than_the_best_client": met}


def _graph_rules(names: list[str]) -> dict:
    from causaltorch.federated.consensus import graph_consensus

    return {"votes@0.5": lambda graphs: graph_consensus(graphs[0.3], None, 0.5, names).graph,
            "votes@0.6": lambda graphs: graph_consensus(graphs[0.3], None, 0.6, names).graph,
            "agreement-weighted votes@0.5": lambda graphs: graph_consensus(graphs[0.3], None, 0.5, names, True).graph,
            "agreement-weighted votes@0.6": lambda graphs: graph_consensus(graphs[0.3], None, 0.6, names, True).graph}


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="robust,alie,graph,overhead")
    parser.add_argument("--alie-rounds", type=int, default=200)
    parser.add_argument("--graph-seeds", default="0-7", help="seeds of the graph benchmark, e.g. 0-2 or 3-7")
    parser.add_argument("--reuse", type=Path, default=None,
                        help="results.json of an earlier run with the same settings: its rows for rules not in "
                             "--rules are kept (rows run in both must agree exactly)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--local-steps", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--first-seed", type=int, default=0, help="seeds run: first-seed .. first-seed + seeds - 1")
    parser.add_argument("--attack-from", type=int, default=0,
                        help="round from which the attackers attack (honest before: they build a reputation)")
    parser.add_argument("--rules", default="all", help="';'-separated rules (each also run behind bucketing(2))")
    parser.add_argument("--partitions", default="iid,noniid")
    parser.add_argument("--fractions", default="0.2,0.3")
    parser.add_argument("--out", type=Path, default=Path("runs/federated"))
    return parser


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    torch.set_num_threads(1)
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(","))
    results: dict = {"machine": {"cpu": cpu_model(), "load": load_average(), "torch": torch.__version__},
                     "command": "python benchmarks/federated.py " + shlex.join(sys.argv[1:] if argv is None else argv),
                     "default_aggregation": DEFAULT_AGGREGATION, "settings": _settings(args)}
    started = time.perf_counter()
    if "robust" in only:
        results["robust"] = robust(args)
        for kind in args.partitions.split(","):
            for frac in (float(v) for v in args.fractions.split(",")):
                print_robust(results["robust"], frac, kind)
        if "noniid" in args.partitions:
            frac = float(args.fractions.split(",")[0])
            plot_robust(results["robust"], frac, "noniid", args.out / "robust_noniid.png")
    if "alie" in only:
        results["alie"] = alie_scale(args.seeds, args.alie_rounds)
    if "graph" in only:
        first, _, last = args.graph_seeds.partition("-")
        results["graph"] = graph_consensus_benchmark(list(range(int(first), int(last or first) + 1)),
                                                     raw_path=args.out / "graph_raw.json")
        print("\ngraph consensus: seeds where it is worse than the best single client:",
              results["graph"]["seeds_where_consensus_is_worse_than_the_best_client"])
    if "overhead" in only:
        results["overhead"] = overhead()
        print("\nsigning + chain overhead (ms):", json.dumps(results["overhead"]))
    results["seconds"] = round(time.perf_counter() - started, 1)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {args.out / 'results.json'} ({results['seconds']} s)")


if __name__ == "__main__":
    main()
