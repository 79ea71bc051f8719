"""What the benchmark scripts record about the machine they ran on."""

from __future__ import annotations

import platform


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, else what `platform` knows."""
    try:
        with open("/proc/cpuinfo") as f:
            return next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "?"


def load_average() -> str:
    """The 1-, 5- and 15-minute load averages, e.g. "3.19 4.07 7.10" (other jobs skew timings)."""
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def merge_section(path, key: str, command: str, results: dict) -> None:
    """Write ``results`` under ``key`` into the JSON file at ``path`` with the machine, command and date,
    merging into the file as it is now (another benchmark script may have written its sections meanwhile)."""
    import json
    from datetime import datetime, timezone

    import torch

    section = {
        "machine": {"cpu": cpu_model(), "python": platform.python_version(), "torch": torch.__version__,
                    "threads": torch.get_num_threads()},
        "command": command, "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), **results,
    }
    data = json.loads(path.read_text()) if path.exists() else {}
    data[key] = section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n")
