"""What the default constitution's checks cost by themselves while generating (issue 21).

    python benchmarks/ethics_checker_cost.py [--rounds 60] [--model-cache runs/ethics_guard/model.pt] [--json FILE]

The benchmark model of `benchmarks/ethics.py` (fine-tuned so that trigger prompts often get a harmful sentence),
batch 16, 32 new tokens, top-k 50, top-p 0.9, one torch thread. Three sides run in every round with the same seed,
interleaved so that load hits them alike (the first round warms up):

- no constitution;
- the default constitution (lexical + semantic, the shipped classifier);
- the same verdicts for free: `ethics.Oracle` records the default's verdicts over the same seeds first, then
  answers from a dict, so what is left is the redraw of blocked sentences and the guard's bookkeeping.

Per round, overhead = 1 - tokens/s with ÷ tokens/s without, and the checks' own cost = 1 - tokens/s of the
default ÷ tokens/s with free checks; each is reported as p10 / p50 / p90 over the rounds. On trigger prompts the
constitution fires; on benign prompts nothing is redrawn, so there the checks are the whole overhead.

The step-count floor is the overhead that the decode steps alone imply, untimed: 1 - (kept tokens ÷ steps) guarded
÷ (kept tokens ÷ steps) unguarded, counted over the timed rounds' seeds. A guard that redraws blocked sentences one
after another cannot go below it by checking faster, since with free checks and free bookkeeping a step would still
cost what an unguarded one does. The row-step floor counts only the rows still writing, as if ended rows cost
nothing (they ride along in each step here).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ethics  # noqa: E402
from _machine import cpu_model  # noqa: E402
from causaltorch.ethics import EthicalConstitution, load_default_ethical_rules  # noqa: E402


def _default() -> EthicalConstitution:
    constitution = EthicalConstitution(load_default_ethical_rules(semantic=True), log_violations=False)
    constitution("Warm up the encoder.")
    return constitution


def checker_cost(model, prompts: list[str], rounds: int, new_tokens: int = 32) -> dict:
    """`ethics.overhead` of the default and of its free verdicts, and the checks' own cost from their rates."""
    oracle = ethics.Oracle(_default())
    oracle.record(model, prompts, rounds, new_tokens)
    timed = ethics.overhead(model, {"default": (_default(), False), "free checks": (oracle, False)}, prompts, rounds,
                            new_tokens)
    default, free = timed["default"]["rounds_tokens_per_s"], timed["free checks"]["rounds_tokens_per_s"]
    none = timed["work_without"]
    return {"rounds": rounds, "batch": len(prompts), "load_average": timed["load_average"],
            "verdicts_not_recorded": oracle.misses,
            "overhead_default": timed["default"]["overhead"],
            "overhead_free_checks": timed["free checks"]["overhead"],
            "checks_own_cost": ethics._quantiles([1 - d / f for d, f in zip(default, free)]),
            "tokens_per_s": {"none": timed["rounds_tokens_per_s_without"], "default": default, "free checks": free},
            "work": {name: timed[name]["work"] for name in ("default", "free checks")}, "work_without": none,
            "step_count_floor": step_count_floor(timed["default"]["work"], none),
            "row_step_floor": step_count_floor(timed["default"]["work"], none, "unfinished_row_steps")}


def step_count_floor(guarded: dict, unguarded: dict, steps: str = "decode_steps") -> float:
    """The overhead implied by the decode steps alone (each step costing the same on both sides): 1 - kept tokens
    per step guarded ÷ kept tokens per step unguarded. With ``steps="unfinished_row_steps"``: counting only the
    rows still writing, as if a row that has ended cost nothing."""
    per_step = {name: work["kept_tokens"] / work[steps] for name, work in (("with", guarded), ("without", unguarded))}
    return 1 - per_step["with"] / per_step["without"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--model-cache", type=Path, default=Path("runs/ethics_guard/model.pt"),
                        help="the benchmark model (trained by benchmarks/ethics.py and kept here if missing)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    torch.set_num_threads(1)
    model = ethics.load_or_train(args.model_cache)
    out = {"cpu": cpu_model(), "torch": torch.__version__, "detector_files": ethics.detector_files()}
    print("| prompts | overhead, default | overhead, free checks | the checks' own cost | step-count floor | load |\n"
          "|---|---|---|---|---:|---|")
    for name, prompts in (("trigger", list(ethics.TRIGGERS) * 4), ("benign", ethics.BENIGN_PROMPTS * 3)):
        result = out[name] = checker_cost(model, prompts, args.rounds)
        cells = [" / ".join(f"{100 * result[key][p]:.1f}%" for p in ("p10", "p50", "p90"))
                 for key in ("overhead_default", "overhead_free_checks", "checks_own_cost")]
        floor = f"{100 * result['step_count_floor']:.1f}%"
        print(f"| {name} | {' | '.join(cells)} | {floor} | {result['load_average'][0]} |", flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
