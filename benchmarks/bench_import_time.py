"""Import time of ``causaltorch``, measured after ``torch`` is already imported.

Each measurement runs in a fresh interpreter (``sys.executable``), so nothing is cached in-process;
the OS file cache is warmed by one untimed run first. Reported: the median of ``--runs`` runs of

- ``import torch``;
- ``import causaltorch`` after ``import torch`` (the goal: < 1.5 s);
- ``from causaltorch import CausalRuleSet, StructuralCausalModel`` after ``import torch`` (first use of the
  lazily imported causal core: rules, mechanisms, SCM);

and, for each, which optional heavy dependencies ended up in ``sys.modules`` (none may: they belong to
extras and must be imported only by the module that needs them).

Run: ``python benchmarks/bench_import_time.py [--runs 5]``
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import statistics
import subprocess
import sys

from _machine import cpu_model  # benchmarks/ is on sys.path when a script runs

HEAVY = ("lightning", "pytorch_lightning", "mlflow", "flwr", "optuna", "gymnasium", "pennylane", "matplotlib")

_PROBE = r"""
import json, sys, time
pre, target = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
exec(pre)
t1 = time.perf_counter()
exec(target)
t2 = time.perf_counter()
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.argv[3])))
ours = sorted(m for m in sys.modules if m == "causaltorch" or m.startswith("causaltorch."))
print(json.dumps({"pre": t1 - t0, "target": t2 - t1, "heavy": heavy, "ours": ours}))
"""

CASES = [
    ("import torch", "", "import torch"),
    ("import causaltorch (after torch)", "import torch", "import causaltorch"),
    ("from causaltorch import CausalRuleSet, StructuralCausalModel (after torch)", "import torch",
     "from causaltorch import CausalRuleSet, StructuralCausalModel"),
]


def probe(pre: str, target: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, pre, target, json.dumps(HEAVY)],
        check=True, capture_output=True, text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "0"},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    import torch

    cpu = cpu_model()
    print(f"date: {_dt.date.today().isoformat()}")
    print(f"cpu: {cpu}; logical cores: {os.cpu_count()}; python {platform.python_version()}; torch {torch.__version__}")
    print(f"interpreter: {sys.executable}; median of {args.runs} fresh processes (after 1 untimed warm-up)\n")

    rows = []
    for label, pre, target in CASES:
        probe(pre, target)  # warm the file cache and the bytecode cache
        results = [probe(pre, target) for _ in range(args.runs)]
        times = [r["target"] for r in results]
        rows.append((label, statistics.median(times), min(times), max(times), results[-1]["heavy"],
                     results[-1]["ours"]))

    width = max(len(r[0]) for r in rows)
    print(f"| {'what':<{width}} | {'median s':>8} | {'min s':>6} | {'max s':>6} | heavy optional deps imported |")
    print(f"|{'-' * (width + 2)}|{'-' * 10}|{'-' * 8}|{'-' * 8}|{'-' * 30}|")
    for label, median, lo, hi, heavy, _ in rows:
        print(f"| {label:<{width}} | {median:>8.3f} | {lo:>6.3f} | {hi:>6.3f} | {', '.join(heavy) or 'none':<28} |")
    print()
    for label, *_, ours in rows[1:]:
        print(f"causaltorch modules loaded by `{label}`: {', '.join(ours)}")
    goal = rows[1][1] < 1.5
    print(f"\ngoal `import causaltorch` < 1.5 s after torch: {'met' if goal else 'NOT met'} ({rows[1][1]:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
