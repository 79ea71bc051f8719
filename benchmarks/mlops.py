"""CausalMLOps, measured: lost writes under concurrency, logging overhead, a causal-aware search, registry round trips.

    python benchmarks/mlops.py writes   [--processes 4] [--calls 500]
    python benchmarks/mlops.py overhead [--calls 300]
    python benchmarks/mlops.py study    [--trials 20] [--processes 2] [--steps 100] [--case-limit 16] [--unguided]
    python benchmarks/mlops.py registry
    python benchmarks/mlops.py dashboard    # the screenshot (needs Chromium): runs/mlops/dashboard.png
    python benchmarks/mlops.py replot       # redraw the study's picture from runs/mlops/results.json

Results go to ``runs/mlops/results.json`` (one section per part, with machine, command and date) and
``runs/mlops/pareto.png``. Every part uses a fresh embedded store under a temporary folder.

1. ``writes``: N processes log M ``log_metrics`` calls each into one default SQLite store at the same time; every
   value is counted back, and any "database is locked" reaching a process's output is counted.
2. ``overhead``: ``CausalMLOps.log_metrics`` against the raw ``MlflowClient.log_metric`` into the same run,
   interleaved call by call; p10/p50/p90 of each and the ratio of medians.
3. ``study``: a two-objective search (validation loss down, CFS up) on the demo's text model, run by several
   processes sharing one Optuna storage; the Pareto front, and its trials against the default configuration
   (the demo's SMOKE sizes, rule strength 10) trained with the same budget. By default the generation-time rule
   strength is searched too, CFS is generated with that guidance and the validation loss is measured with the
   same biasing (``runs/mlops/pareto_guided.png``); ``--unguided`` scores the plain model instead, whose CFS
   stays 0 at CPU budgets (``runs/mlops/pareto.png``).
4. ``registry``: each model family saved and loaded back; outputs compared bit for bit.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import load_average, merge_section  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "runs" / "mlops"


def percentiles(values: list[float]) -> dict[str, float]:
    q = statistics.quantiles(values, n=10)
    return {"p10": q[0], "p50": statistics.median(values), "p90": q[-1]}


def writes(processes: int, calls: int) -> dict:
    from causaltorch.mlops import CausalMLOps

    with tempfile.TemporaryDirectory() as root:
        CausalMLOps("bench", "writes", root=root)  # create the tables once, as a first use would
        script = textwrap.dedent(f"""
            import sys
            from causaltorch.mlops import CausalMLOps
            mlops = CausalMLOps("bench", "writes", root={root!r}, run_name="writer-" + sys.argv[1])
            run_id = mlops.run_id
            print("READY", flush=True)
            sys.stdin.readline()  # start together
            for step in range({calls}):
                mlops.log_metrics({{"value": float(step)}}, step=step)
            print(run_id)
        """)
        workers = [subprocess.Popen([sys.executable, "-c", script, str(i)], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                   for i in range(processes)]
        for worker in workers:
            assert worker.stdout.readline().strip() == "READY"
        started = time.perf_counter()
        for worker in workers:
            worker.stdin.write("\n")
            worker.stdin.flush()
        outputs = [worker.communicate(timeout=3600) for worker in workers]
        seconds = time.perf_counter() - started
        reader = CausalMLOps("bench", "writes", root=root)
        counted, exact = 0, True
        for out, _ in outputs:
            history = reader.metric_history("value", out.strip().splitlines()[-1])
            counted += len(history)
            exact &= sorted(history) == [(s, float(s)) for s in range(calls)]
        locked = sum(err.count("database is locked") for _, err in outputs)
        failed = sum(worker.returncode != 0 for worker in workers)
    return {"processes": processes, "calls_per_process": calls, "expected": processes * calls, "counted": counted,
            "values_exact": exact, "locked_messages_seen_by_user": locked, "failed_processes": failed,
            "seconds": seconds, "calls_per_second": processes * calls / seconds}


def overhead(calls: int) -> dict:
    from causaltorch.mlops import CausalMLOps

    with tempfile.TemporaryDirectory() as root:
        mlops = CausalMLOps("bench", "overhead", root=root)
        run_id = mlops.run_id
        ours, raw = [], []
        for step in range(calls):  # interleaved, so load on the machine hits both alike
            started = time.perf_counter()
            mlops.log_metrics({"ours": float(step)}, step=step)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            mlops.client.log_metric(run_id, "raw", float(step), step=step)
            raw.append(time.perf_counter() - started)
    ours_ms, raw_ms = ([1000 * t for t in times] for times in (ours, raw))
    return {"calls": calls, "causalmlops_ms": percentiles(ours_ms), "raw_client_ms": percentiles(raw_ms),
            "ratio_of_medians": statistics.median(ours_ms) / statistics.median(raw_ms)}


def study(trials: int, processes: int, steps: int, guided: bool = True, case_limit: int = 16) -> dict:
    """The multi-objective search. ``guided``: CFS generated with rule guidance at a searched ``rule_strength`` and
    validation loss measured with the same biasing (`text_demo_objective(guided=True)`), the trade-off a user of
    the guided model faces; otherwise the plain model's two scores."""
    import optuna

    from causaltorch.mlops import CausalMLOps, text_demo_objective

    space = {"d_model": [32, 48, 64], "n_heads": [2, 4], "n_layers": [1, 2],
             "learning_rate": {"type": "loguniform", "low": 1e-3, "high": 3e-2}}
    if guided:
        space["rule_strength"] = {"type": "loguniform", "low": 1.0, "high": 32.0}
    options = f"steps={steps}, case_limit={case_limit}, guided={guided}"
    with tempfile.TemporaryDirectory() as root:
        CausalMLOps("bench", "study", root=root)
        per_process = -(-trials // processes)
        script = textwrap.dedent(f"""
            import torch
            torch.set_num_threads(1)
            from causaltorch.mlops import CausalMLOps, text_demo_objective
            mlops = CausalMLOps("bench", "study", root={root!r})
            mlops.optimize_hyperparameters({space!r}, text_demo_objective({options}), n_trials={per_process},
                                           directions={{"val_loss": "minimize", "cfs": "maximize"}})
        """)
        started = time.perf_counter()
        workers = [subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE, text=True)
                   for _ in range(processes)]
        errors = [worker.communicate(timeout=7200)[1] for worker in workers]
        seconds = time.perf_counter() - started
        if any(worker.returncode for worker in workers):
            raise SystemExit("a study process failed:\n" + "\n".join(e[-3000:] for e in errors))
        loaded = optuna.load_study(study_name="bench/study", storage=f"sqlite:///{root}/optuna.db")
        complete = [t for t in loaded.trials if t.state == optuna.trial.TrialState.COMPLETE]
        front = sorted(loaded.best_trials, key=lambda t: t.values[0])
        default = text_demo_objective(steps=steps, case_limit=case_limit, guided=guided)({})
    best = min(front, key=lambda t: t.values[0])

    def row(t: optuna.trial.FrozenTrial) -> dict:
        return {"number": t.number, "val_loss": t.values[0], "cfs": t.values[1], "params": t.params,
                **t.user_attrs}

    plot_pareto([row(t) for t in complete], [row(t) for t in front], default, guided)

    return {"trials": len(loaded.trials), "complete": len(complete), "processes": processes, "steps": steps,
            "guided": guided, "case_limit": case_limit, "space": space, "seconds": seconds,
            "pareto_front": [row(t) for t in front], "all_trials": [row(t) for t in complete],
            "default_config": {**default, "params": "demo SMOKE" + (", rule_strength 10" if guided else "")},
            "best_val_loss_trial": row(best)}


def plot_pareto(trials: list[dict], front: list[dict], default: dict, guided: bool) -> Path:
    """The study's trials (coloured by rule strength when it was searched), its Pareto front and the default
    configuration; ``trials`` / ``front`` are rows as in results.json (``val_loss``, ``cfs``, ``params``)."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.4, 4.2))
    axes = figure.add_subplot()
    x, y = [t["val_loss"] for t in trials], [t["cfs"] for t in trials]
    if guided:
        dots = axes.scatter(x, y, c=[t["params"]["rule_strength"] for t in trials], cmap="viridis", norm="log",
                            label="trials")
        figure.colorbar(dots, ax=axes, label="rule_strength (logit bias)")
        for t in front:
            axes.annotate(f"s={t['params']['rule_strength']:.1f}", (t["val_loss"], t["cfs"]), fontsize=8,
                          xytext=(5, -12), textcoords="offset points")
    else:
        axes.scatter(x, y, c="#999", label="trials")
    axes.plot([t["val_loss"] for t in front], [t["cfs"] for t in front], "o-", c="#c33", mfc="none", ms=11,
              label="Pareto front")
    axes.scatter([default["val_loss"]], [default["cfs"]], marker="*", s=160, c="#36c", label="default config")
    how = "guided" if guided else "unguided"
    axes.set_xlabel(f"validation loss, {how} (nats/token)")
    axes.set_ylabel(f"CFS on held-in pairs, {how}")
    axes.set_title(f"{len(trials)}-trial study, 2 objectives", fontsize=10)
    axes.legend(loc="lower right", fontsize=8)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / ("pareto_guided.png" if guided else "pareto.png")
    figure.savefig(path, dpi=120, bbox_inches="tight")
    return path


def replot() -> dict:
    """Redraw the study's picture from results.json (no training)."""
    study = json.loads((OUT / "results.json").read_text())["study"]
    path = plot_pareto(study["all_trials"], study["pareto_front"], study["default_config"], study["guided"])
    return {"picture": str(path)}


def registry() -> dict:
    import torch

    from causaltorch.mlops import CausalMLOps
    from causaltorch.models import CausalImageGenerator, CausalVisionTransformer, CNSGNet, cnsg
    from causaltorch.rl import CausalRLAgent
    from causaltorch.rules import CausalRuleSet
    from causaltorch.text.corpus import knowledge_base
    from causaltorch.video.data import CausalClips
    from causaltorch.video.models import VideoModelConfig

    images = torch.rand(2, 3, 16, 16)
    start = CausalClips(1, seed=4).frames()[:, 0]
    cases = {
        "text (cnsg)": (cnsg(vocab_size=300, d_model=32, n_layers=2, n_heads=2, causal_rules=knowledge_base()),
                        lambda m: m(torch.arange(16).view(1, 16)).logits),
        "vision (CausalImageGenerator)": (CausalImageGenerator(16, 8, CausalRuleSet.load("vision")),
                                          lambda m: m(torch.randn(2, m.config.latent_dim,
                                                                  generator=torch.Generator().manual_seed(0)))),
        "vision (CausalVisionTransformer)": (CausalVisionTransformer(16, 4, num_classes=3, d_model=16, n_heads=2,
                                                                     n_layers=2), lambda m: m(images)[0]),
        "video (CNSGNet)": (CNSGNet(VideoModelConfig()), lambda m: m.generate(start, num_frames=4, seed=0)),
        "rl (CausalRLAgent, ppo)": (CausalRLAgent(5, 2, "ppo", 10, {"seed": 0}),
                                    lambda m: m.policy_network(torch.rand(3, 5, generator=torch.Generator()
                                                                          .manual_seed(1)))),
    }
    results = {}
    with tempfile.TemporaryDirectory() as root:
        mlops = CausalMLOps("bench", "registry", root=root)
        for label, (model, run) in cases.items():
            model.eval()
            name = "".join(c if c.isalnum() else "-" for c in label).strip("-")
            started = time.perf_counter()
            mlops.model_registry.save_model(model, name, version="1", alias="champion")
            saved = time.perf_counter() - started
            started = time.perf_counter()
            loaded = mlops.model_registry.load_model(name, alias="champion").eval()
            loaded_s = time.perf_counter() - started
            with torch.no_grad():
                a, b = run(model), run(loaded)
                a, b = (a[0], b[0]) if isinstance(a, tuple) else (a, b)
                identical = bool(torch.equal(a, b))
            results[label] = {"bit_identical": identical, "save_s": saved, "load_s": loaded_s,
                              "parameters": sum(p.numel() for p in model.parameters())}
    return results


def dashboard() -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from causaltorch.mlops import CausalMLOps
    from causaltorch.models import cnsg
    from causaltorch.text.corpus import knowledge_base
    from chromium_page import CHART_CHECK, open_page

    with tempfile.TemporaryDirectory() as root:
        mlops = CausalMLOps("demo", "dashboard", root=root, run_name="training")
        for step in range(20):
            mlops.log_metrics({"train_loss": 3.0 * 0.9**step, "causal_adherence": min(0.95, 0.7 + step / 40)}, step)
        mlops.log_model_info(cnsg(vocab_size=300, d_model=32, n_layers=1, n_heads=2, causal_rules=knowledge_base()),
                             "native_cnsg")
        mlops.optimize_hyperparameters({"x": {"type": "float", "low": 0, "high": 1}},
                                       lambda p: {"val_loss": (p["x"] - 0.3) ** 2 + 1, "cfs": p["x"] ** 0.5},
                                       n_trials=12, directions={"val_loss": "minimize", "cfs": "maximize"}, seed=0)
        report = open_page(mlops.generate_dashboard(Path(root) / "dashboard.html"), CHART_CHECK)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dashboard.png").write_bytes(report.screenshot)
    return {"console_errors": report.errors, "charts": report.result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=("writes", "overhead", "study", "registry", "dashboard", "replot"))
    parser.add_argument("--processes", type=int, default=None)
    parser.add_argument("--calls", type=int, default=None)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--case-limit", type=int, default=16)
    parser.add_argument("--unguided", action="store_true", help="study: the plain model's scores (no guidance)")
    args = parser.parse_args()
    if args.part == "writes":
        results = writes(args.processes or 4, args.calls or 500)
    elif args.part == "overhead":
        results = overhead(args.calls or 300)
    elif args.part == "study":
        results = study(args.trials, args.processes or 2, args.steps, not args.unguided, args.case_limit)
    elif args.part == "registry":
        results = registry()
    elif args.part == "replot":
        print(json.dumps(replot()))
        return
    else:
        results = dashboard()
    results["load_average"] = load_average()
    OUT.mkdir(parents=True, exist_ok=True)
    merge_section(OUT / "results.json", args.part, "python " + " ".join(sys.argv), results)
    print(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
