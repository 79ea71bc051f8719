"""DDP on two CPU processes (gloo) trains as one process with the same global batch: same loss at every step.

Two ``causaltorch text train`` runs of 6 steps of a ~9k-parameter model on the same corpus and seed:
``--strategy ddp --devices 2 --batch-size 2`` (Lightning launches the second process) and ``--devices 1
--batch-size 4``. `WindowSampler` gives both the same global batches; DDP averages the two processes' gradients,
which is the gradient of the mean loss over the global batch, so the runs differ only by float32 rounding in the
order of the sums. Measured difference: 1e-6 (float32 rounding); the tolerance is 1e-4. Wall time about 25 s
on a quiet 2-core machine, both runs started at once.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("lightning")
pytest.importorskip("tokenizers")
import torch.distributed  # noqa: E402

pytestmark = pytest.mark.skipif(not torch.distributed.is_gloo_available(), reason="this torch build has no gloo")

CORPUS = ["It rained, so the ground got wet.", "The sun was out and the ground was dry.",
          "If it rains, the ground gets wet.", "Clouds came and then it rained."]
TINY = ["--d-model", "16", "--n-layers", "1", "--n-heads", "2", "--block-size", "8", "--progress-bar", "none",
        "--accelerator", "cpu", "--log-every", "1", "--steps", "6", "--seed", "3"]
TOLERANCE = 1e-4


def _start(corpus: Path, out: Path, *options: str) -> subprocess.Popen:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONWARNINGS": "ignore"}
    for launcher_variable in ("RANK", "LOCAL_RANK", "WORLD_SIZE", "NODE_RANK", "SLURM_NTASKS", "SLURM_PROCID"):
        env.pop(launcher_variable, None)
    return subprocess.Popen([sys.executable, "-m", "causaltorch", "text", "train", "--corpus", str(corpus),
                             "--out", str(out), *TINY, *options], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _losses(process: subprocess.Popen, out: Path) -> dict[int, float]:
    _, stderr = process.communicate(timeout=240)
    assert process.returncode == 0, stderr[-2000:]
    with (out / "logs" / "version_0" / "metrics.csv").open() as handle:
        return {int(row["step"]): float(row["train_loss"]) for row in csv.DictReader(handle) if row["train_loss"]}


def test_ddp_on_two_processes_gives_the_loss_curve_of_one_process_with_the_same_global_batch(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(CORPUS[i % 4] for i in range(7 * 41)) + "\n", encoding="utf-8")
    started = time.perf_counter()
    single = _start(corpus, tmp_path / "one", "--devices", "1", "--batch-size", "4")
    ddp = _start(corpus, tmp_path / "ddp", "--devices", "2", "--strategy", "ddp", "--batch-size", "2")
    one_curve, ddp_curve = _losses(single, tmp_path / "one"), _losses(ddp, tmp_path / "ddp")
    print(f"two runs in {time.perf_counter() - started:.1f} s")
    assert sorted(one_curve) == sorted(ddp_curve) == list(range(6))
    gaps = [abs(one_curve[step] - ddp_curve[step]) for step in one_curve]
    print(f"largest loss difference {max(gaps):.2e}")
    assert max(gaps) < TOLERANCE
    assert one_curve[5] < one_curve[0]  # it trained: the curves compared are not flat
    # one writer: one log, one final export, no second version of anything
    assert [p.name for p in (tmp_path / "ddp" / "logs").iterdir()] == ["version_0"]
    assert sorted(p.name for p in (tmp_path / "ddp" / "model").iterdir()) == sorted(
        p.name for p in (tmp_path / "one" / "model").iterdir())

