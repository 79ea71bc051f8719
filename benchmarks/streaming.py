"""Chunked sampling to Parquet, measured: peak resident memory and rows per second for a large linear SCM.

    python benchmarks/streaming.py [--rows 100000000] [--variables 50] [--dtype float32] [--chunk-rows N]
                                   [--compression none] [--out /tmp/causaltorch-stream.parquet] [--keep]

A linear-Gaussian SCM with ``--variables`` variables (a random DAG, each variable with up to three earlier
parents, weights in [-0.6, 0.6], seed 0) writes ``--rows`` samples with `StructuralCausalModel.sample_to_file`
in a fresh process run under ``/usr/bin/time -v``, which reports its peak resident set size (the goal of issue
22: 10⁸ rows × 50 variables under 2 GB). The child also reports its own resident memory after the imports and
the model (the floor), and the seconds the write took. The file is read back (row count, row groups, size) and
deleted unless ``--keep``; the free disk is checked first. Results go to ``runs/streaming/results.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import load_average, merge_section  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "runs" / "streaming"

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    import torch
    torch.set_num_threads(1)
    from causaltorch.mechanisms import LinearGaussian
    from causaltorch.rules import CausalRuleSet
    from causaltorch.scm import StructuralCausalModel

    rows, d, dtype, chunk, compression, path = sys.argv[1:7]
    rows, d = int(rows), int(d)
    generator = torch.Generator().manual_seed(0)
    rules = CausalRuleSet()
    for j in range(d):
        rules.add_variable(f"x{j}")
    weights = {j: [] for j in range(d)}
    for j in range(1, d):
        for i in range(max(0, j - 3), j):
            weight = float(torch.rand(1, generator=generator)) * 1.2 - 0.6
            rules.add_rule(f"x{i}", f"x{j}", max(-1.0, min(1.0, weight)))
            weights[j].append(weight)
    scm = StructuralCausalModel(rules, {f"x{j}": LinearGaussian(weights[j], 0.0, 1.0) for j in range(d)})

    def rss_mb():
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

    floor = rss_mb()
    started = time.perf_counter()
    scm.sample_to_file(path, rows, dtype=dtype, chunk_rows=None if chunk == "auto" else int(chunk),
                       compression=compression, seed=0)
    seconds = time.perf_counter() - started
    print(json.dumps({"floor_rss_mb": floor, "seconds": seconds, "chunk_rows": scm.default_chunk_rows()
                      if chunk == "auto" else int(chunk),
                      "child_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""")


def run(rows: int, variables: int, dtype: str, chunk: str, compression: str, out: Path, keep: bool) -> dict:
    import pyarrow.parquet as pq

    itemsize = 4 if dtype == "float32" else 8
    needed = rows * variables * itemsize
    free = shutil.disk_usage(out.parent).free
    if needed * 1.05 + 5 * 2**30 > free:  # leave 5 GiB for the other jobs on the machine
        raise SystemExit(f"{needed / 2**30:.1f} GiB needed, {free / 2**30:.1f} GiB free under {out.parent}: "
                         "use --dtype float32, fewer --rows or another --out")
    command = ["/usr/bin/time", "-v", sys.executable, "-c", CHILD, str(rows), str(variables), dtype, chunk,
               compression, str(out)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(done.stderr[-4000:])
    child = json.loads(done.stdout.strip().splitlines()[-1])
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    metadata = pq.ParquetFile(out).metadata
    size = out.stat().st_size
    result = {"rows": rows, "variables": variables, "dtype": dtype, "compression": compression,
              "chunk_rows": child["chunk_rows"], "row_groups": metadata.num_row_groups,
              "rows_read_back": metadata.num_rows, "file_bytes": size, "file_gib": size / 2**30,
              "peak_rss_mb": peak_kb / 1024, "floor_rss_mb": child["floor_rss_mb"],
              "write_seconds": child["seconds"], "process_seconds": wall,
              "rows_per_second": rows / child["seconds"], "megabytes_per_second": size / 2**20 / child["seconds"],
              "goal_peak_rss_mb": 2048, "goal_met": peak_kb / 1024 < 2048 and metadata.num_rows == rows}
    if not keep:
        out.unlink()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000_000)
    parser.add_argument("--variables", type=int, default=50)
    parser.add_argument("--dtype", choices=("float32", "float64"), default="float32")
    parser.add_argument("--chunk-rows", default="auto", help="rows per chunk (default: the model's own)")
    parser.add_argument("--compression", default="none")
    parser.add_argument("--out", type=Path, default=Path("/tmp/causaltorch-stream.parquet"))
    parser.add_argument("--keep", action="store_true", help="keep the file")
    args = parser.parse_args()
    load_before = load_average()
    results = run(args.rows, args.variables, args.dtype, args.chunk_rows, args.compression, args.out, args.keep)
    results["load_average_before"], results["load_average_after"] = load_before, load_average()
    OUT.mkdir(parents=True, exist_ok=True)
    merge_section(OUT / "results.json", f"{args.rows}x{args.variables}-{args.dtype}",
                  "python " + " ".join(sys.argv), results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
