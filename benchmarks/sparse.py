"""Sparse activation measured side by side with the dense layers it replaces (issue 7, DESIGN §5).

    flock /tmp/causaltorch-bench.lock .venv/bin/python benchmarks/sparse.py [--only ffn,linear,ppl,compact,lottery]
        [--json docs/results/sparse_meta.json] [--repeats 20] [--threads 1] [--steps 300]

Every timing is taken over ``--repeats`` alternating calls of both sides and reported as p10 / p50 / p90
(wall) plus the median process CPU time; speed-ups are ratios of the medians.

1. ``ffn``: `SparseFFN` at sparsity 0.9 against the dense MLP of the same total size (same weights), CPU,
   at ``--threads`` intra-op threads, input (1, 4,096, 512), d_ff = 2,048 and 4,096: forward time,
   forward + backward time, and the weights each token touched, counted by the layer while it multiplied
   (``layer.last_stats``; padding of the batched products counted apart). Goals: forward ≥ 3×, ≤ 10% touched.
2. ``linear``: `SparseLinear` inference (the kernel it picks, and CSR and dense forced) against ``nn.Linear``
   at sparsity 0.9 and 0.95.
3. ``ppl``: a tiny `CausalTransformer` trained with and without `SparseFFN` for the same steps on the
   bundled corpus (Lightning, same seed, same batches); validation perplexity. Goal: within 5% of dense.
4. ``compact``: `LotteryTicketRouter.compact()` against the plain dense model (no hooks) and against the
   same model masked by the router's hooks.
5. ``lottery``: iterative magnitude pruning with and without weight rewinding (`find_winning_ticket`).

Prints markdown tables and merges the raw numbers into the JSON file under the section's key. ``ffn``,
``linear`` and ``compact`` compare speeds, so run them under the lock; ``ppl`` and ``lottery`` compare
accuracies only.
"""

from __future__ import annotations

import argparse
import copy
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import merge_section  # noqa: E402
from causaltorch.layers import SparseFFN, SparseLinear  # noqa: E402


def paired(first, second, repeats: int) -> dict[str, float]:
    """``first()`` and ``second()`` run alternately ``repeats`` times after a warm-up: wall p10 / p50 / p90
    and median process CPU seconds of each (``first_wall_s`` and ``second_wall_s`` are the medians)."""
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    first(), second()  # warm-up
    for _ in range(repeats):
        for side, run in enumerate((first, second)):
            w, c = time.perf_counter(), time.process_time()
            run()
            cpu[side].append(time.process_time() - c)
            wall[side].append(time.perf_counter() - w)
    result = {}
    for side, name in enumerate(("first", "second")):
        deciles = statistics.quantiles(wall[side], n=10, method="inclusive") if repeats > 1 else [wall[side][0]] * 9
        result.update({f"{name}_wall_s": statistics.median(wall[side]), f"{name}_wall_p10_s": deciles[0],
                       f"{name}_wall_p90_s": deciles[8], f"{name}_cpu_s": statistics.median(cpu[side])})
    return result


def spread_ms(timing: dict[str, float], side: str) -> str:
    """``p10 / p50 / p90`` wall milliseconds of one side of a `paired` timing."""
    return " / ".join(f"{1e3 * timing[f'{side}_wall{q}_s']:.0f}" for q in ("_p10", "", "_p90"))


class DenseFFN(nn.Module):
    """The dense MLP of the same size, sharing the sparse layer's weights."""

    def __init__(self, sparse: SparseFFN):
        super().__init__()
        self.sparse = sparse

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = self.sparse
        return s.c_proj(F.gelu(s.c_fc(x), approximate=s.approximate))


def bench_ffn(repeats: int) -> dict:
    rows = []
    tokens, width, sparsity = 4096, 512, 0.9
    thread_count = torch.get_num_threads()
    for d_ff in (2048, 4096):
        torch.manual_seed(0)
        sparse = SparseFFN(width, d_ff, sparsity)
        dense = DenseFFN(sparse)
        x = torch.randn(1, tokens, width)
        with torch.no_grad():
            forward = paired(lambda: sparse(x), lambda: dense(x), repeats)
            sparse(x)
        stats = sparse.last_stats
        xg = x.clone().requires_grad_(True)
        training = paired(lambda: sparse(xg).sum().backward(), lambda: dense(xg).sum().backward(),
                          max(3, repeats // 2))
        row = {
            "threads": thread_count, "load_average_1min": os.getloadavg()[0],
            "tokens": tokens, "d_model": width, "d_ff": d_ff, "sparsity": sparsity,
            "num_blocks": sparse.num_blocks, "top_k": sparse.top_k, "max_groups": sparse.max_groups,
            "forward": forward, "train_step": training,
            "forward_speedup": forward["second_wall_s"] / forward["first_wall_s"],
            "forward_speedup_cpu": forward["second_cpu_s"] / forward["first_cpu_s"],
            "train_step_speedup": training["second_wall_s"] / training["first_wall_s"],
            "touched_fraction": stats.touched_fraction, "touched_fraction_without_router": stats.block_fraction,
            "executed_fraction": stats.executed_fraction,
            "weights_touched_per_token": stats.weights_touched / stats.tokens,
            "dense_weights_per_token": stats.dense_weights / stats.tokens,
        }
        rows.append(row)
        print(f"ffn threads={thread_count} d_ff={d_ff}: {row['forward_speedup']:.2f}x forward, "
              f"touched {row['touched_fraction']:.2%}", flush=True)
    print("\n| threads | d_ff | blocks (top-k) | dense fwd ms p10 / p50 / p90 | sparse fwd ms p10 / p50 / p90 | "
          "fwd speed-up (wall / CPU) | fwd+bwd speed-up | weights touched / token (router incl.) | "
          "without router | executed incl. padding | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['threads']} | {r['d_ff']:,} | {r['num_blocks']} ({r['top_k']}) | "
              f"{spread_ms(r['forward'], 'second')} | {spread_ms(r['forward'], 'first')} | "
              f"{r['forward_speedup']:.2f}× / {r['forward_speedup_cpu']:.2f}× | "
              f"{r['train_step_speedup']:.2f}× | {r['weights_touched_per_token']:,.0f} of "
              f"{r['dense_weights_per_token']:,.0f} = {r['touched_fraction']:.2%} | "
              f"{r['touched_fraction_without_router']:.2%} | {r['executed_fraction']:.2%} | "
              f"{r['load_average_1min']:.1f} |")
    return {"rows": rows}


def bench_linear(repeats: int) -> dict:
    import logging

    logging.getLogger("causaltorch.layers.sparse").setLevel(logging.INFO)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    rows = []
    for sparsity in (0.9, 0.95):
        for batch in (1, 64, 4096):
            torch.manual_seed(0)
            layer = SparseLinear(1024, 1024, sparsity).eval()
            reference = nn.Linear(1024, 1024).eval()
            with torch.no_grad():
                reference.weight.copy_(layer.weight * layer.mask())
                reference.bias.copy_(layer.bias)
            x = torch.randn(batch, 1024)
            with torch.no_grad():
                layer(x)
                chosen = layer.kernel_choice[batch]
                auto = paired(lambda: layer(x), lambda: reference(x), repeats)
                layer.kernel = "csr"
                csr = paired(lambda: layer(x), lambda: reference(x), repeats)
                assert torch.allclose(layer(x), reference(x), atol=1e-4)
                layer.kernel = "auto"
            rows.append({"sparsity": sparsity, "batch": batch, "chosen": chosen,
                         "auto_s": auto["first_wall_s"], "dense_s": auto["second_wall_s"],
                         "auto_speedup": auto["second_wall_s"] / auto["first_wall_s"],
                         "csr_s": csr["first_wall_s"], "csr_speedup": csr["second_wall_s"] / csr["first_wall_s"]})
    print("\n| sparsity | rows | nn.Linear ms | CSR forced ms (speed-up) | auto picks | auto ms (speed-up) |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['sparsity']} | {r['batch']} | {1e3 * r['dense_s']:.3f} | {1e3 * r['csr_s']:.3f} "
              f"({r['csr_speedup']:.2f}×) | {r['chosen']} | {1e3 * r['auto_s']:.3f} ({r['auto_speedup']:.2f}×) |")
    return {"rows": rows, "shape": [1024, 1024]}


def bench_perplexity(steps: int) -> dict:
    import lightning as L

    from causaltorch.text.corpus import corpus_path
    from causaltorch.text.model import CausalTransformer
    from causaltorch.tokenizers import CausalTokenizer
    from causaltorch.training.text import CausalLMModule, TokenDataModule, make_trainer
    from causaltorch.training.tokens import TokenWindows, prepare_tokens

    class WithAux(CausalLMModule):
        """Next-token loss plus the sparse MLPs' load-balancing loss while training."""

        def _loss(self, batch):
            inputs, targets = batch
            output = self.model(inputs)
            loss = F.cross_entropy(output.logits.flatten(0, 1).float(), targets.flatten())
            if self.training and output.aux_loss is not None:
                loss = loss + output.aux_loss
            return loss

    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    block, batch, width, layers = 64, 16, 128, 2
    results = {"setup": {"d_model": width, "n_layers": layers, "n_heads": 4, "d_ff": 4 * width, "block_size": block,
                         "batch_size": batch, "steps": steps, "learning_rate": 3e-3, "warmup_steps": 30, "seed": 0,
                         "corpus": "bundled train.txt (all lines); perplexity on valid.txt, every window"},
               "runs": {}}
    with tempfile.TemporaryDirectory() as scratch:
        train = prepare_tokens(corpus_path("train").read_text().splitlines(), tokenizer, Path(scratch) / "train.bin")
        valid = prepare_tokens(corpus_path("valid").read_text().splitlines(), tokenizer, Path(scratch) / "valid.bin")
        # (label, sparsity, d_ff): the dense MLP of the same total size, SparseFFN at 0.9, and a dense
        # MLP as narrow as what 0.9 computes per token (the same active compute, ten times fewer weights).
        for label, sparsity, d_ff in (("dense", 0.0, 4 * width), ("sparse 0.9", 0.9, 4 * width),
                                      ("dense narrow", 0.0, 4 * width // 10)):
            L.seed_everything(0, verbose=False)
            model = CausalTransformer(tokenizer.vocab_size, hidden_dim=width, num_layers=layers, num_heads=4,
                                      max_seq_length=block, sparsity=sparsity, d_ff=d_ff)
            module = WithAux(model, learning_rate=3e-3, warmup_steps=30)
            data = TokenDataModule(train, block, batch)
            trainer = make_trainer(steps, Path(scratch) / label.replace(" ", "_"), logger=False, accelerator="cpu",
                                   devices=1, progress_bar="tqdm")
            w, c = time.perf_counter(), time.process_time()
            trainer.fit(module, datamodule=data)
            train_wall, train_cpu = time.perf_counter() - w, time.process_time() - c
            model.eval()
            windows = TokenWindows(valid, block)
            total, count = 0.0, 0
            with torch.no_grad():
                for start in range(0, len(windows), 64):
                    inputs, targets = zip(*(windows[i] for i in range(start, min(len(windows), start + 64))))
                    logits = model(torch.stack(inputs)).logits
                    total += F.cross_entropy(logits.flatten(0, 1), torch.stack(targets).flatten(),
                                             reduction="sum").item()
                    count += torch.stack(targets).numel()
            mlp = model.transformer.h[0].mlp
            results["runs"][label] = {
                "sparsity": sparsity, "d_ff": d_ff, "val_perplexity": math.exp(total / count), "val_tokens": count,
                "train_wall_s": train_wall, "train_cpu_s": train_cpu,
                "mlp_weights": sum(p.numel() for p in mlp.parameters()),
                "blocks": f"{mlp.num_blocks} blocks, top-{mlp.top_k}" if isinstance(mlp, SparseFFN) else "dense",
                "touched_fraction": mlp.last_stats.touched_fraction if isinstance(mlp, SparseFFN) else 1.0,
            }
    dense, sparse = results["runs"]["dense"], results["runs"]["sparse 0.9"]
    results["perplexity_ratio"] = sparse["val_perplexity"] / dense["val_perplexity"]
    print("\n| model | d_ff | MLP weights (layer 0) | MLP | weights touched / token | val perplexity | "
          "train wall s / CPU s |")
    print("|---|---|---|---|---|---|---|")
    for name, run in results["runs"].items():
        print(f"| {name} | {run['d_ff']} | {run['mlp_weights']:,} | {run['blocks']} | {run['touched_fraction']:.1%} | "
              f"{run['val_perplexity']:.2f} | {run['train_wall_s']:.0f} / {run['train_cpu_s']:.0f} |")
    print(f"\nperplexity ratio sparse / dense: {results['perplexity_ratio']:.3f}")
    return results


def bench_compact(repeats: int) -> dict:
    """compact(): a task's physically smaller network against the plain dense network it came from and
    against the same network masked by the router's hooks."""
    from causaltorch.sparse import LotteryTicketRouter

    results: dict = {}
    torch.manual_seed(0)
    base = nn.Sequential(nn.Linear(512, 2048), nn.GELU(), nn.Linear(2048, 2048), nn.GELU(), nn.Linear(2048, 10))
    plain = copy.deepcopy(base).eval()  # never wrapped: no hooks at all
    router = LotteryTicketRouter(base, sparsity=0.9, task_embedding_dim=32).eval()
    task = torch.randn(32)
    x = torch.randn(4096, 512)
    with torch.no_grad():
        router.update_masks(task)
        small = router.compact(task).eval()
        error = float((small(x) - router(x)).abs().max())
        against_plain = paired(lambda: small(x), lambda: plain(x), repeats)
        against_masked = paired(lambda: small(x), lambda: router(x), repeats)
    results["compact"] = {
        "model": "MLP 512-2048-2048-10, GELU", "sparsity": 0.9, "batch": 4096,
        "load_average_1min": os.getloadavg()[0],
        "params_dense_model": sum(p.numel() for p in plain.parameters()),
        "params_compact_model": sum(p.numel() for p in small.parameters()),
        "max_abs_difference": error, "against_plain": against_plain, "against_masked": against_masked,
        "speedup_vs_plain": against_plain["second_wall_s"] / against_plain["first_wall_s"],
        "speedup_vs_plain_cpu": against_plain["second_cpu_s"] / against_plain["first_cpu_s"],
        "speedup_vs_masked": against_masked["second_wall_s"] / against_masked["first_wall_s"],
        "speedup_vs_masked_cpu": against_masked["second_cpu_s"] / against_masked["first_cpu_s"],
    }
    c = results["compact"]
    print(f"\n| model | parameters | forward ms p10 / p50 / p90 (4,096 rows) | compact() speed-up wall / CPU |\n"
          f"|---|---|---|---|\n"
          f"| plain dense model (no hooks) | {c['params_dense_model']:,} | {spread_ms(against_plain, 'second')} | "
          f"{c['speedup_vs_plain']:.1f}× / {c['speedup_vs_plain_cpu']:.1f}× |\n"
          f"| same model masked by the router's hooks | {c['params_dense_model']:,} | "
          f"{spread_ms(against_masked, 'second')} | "
          f"{c['speedup_vs_masked']:.1f}× / {c['speedup_vs_masked_cpu']:.1f}× |\n"
          f"| `compact(task)` (timed in the first pair) | {c['params_compact_model']:,} | "
          f"{spread_ms(against_plain, 'first')} | |\n\n"
          f"max |compact - masked| {error:.1e}; load average {c['load_average_1min']:.1f}")
    return results


def bench_lottery(imp_steps: int = 1500) -> dict:
    """Lottery tickets by iterative magnitude pruning on a small classification task."""
    from causaltorch.sparse import find_winning_ticket

    results: dict = {}
    teacher_gen = torch.Generator().manual_seed(3)
    teacher = [torch.randn(20, 64, generator=teacher_gen), torch.randn(64, 10, generator=teacher_gen)]

    def labels(inputs):
        return (torch.tanh(inputs @ teacher[0]) @ teacher[1]).argmax(-1)

    data_gen = torch.Generator().manual_seed(4)
    train_x, test_x = torch.randn(8000, 20, generator=data_gen), torch.randn(4000, 20, generator=data_gen)
    train_y, test_y = labels(train_x), labels(test_x)

    def train_fn(model, steps=None):
        generator = torch.Generator().manual_seed(5)
        optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
        total = steps if steps is not None else imp_steps
        for _ in range(total):
            index = torch.randint(len(train_x), (128,), generator=generator)
            optimizer.zero_grad()
            F.cross_entropy(model(train_x[index]), train_y[index]).backward()
            optimizer.step()
        with torch.no_grad():
            return float((model(test_x).argmax(-1) == test_y).float().mean()) * 100

    rate, rounds = 1 - 0.2 ** (1 / 7), 10  # round 7: 80.0 % pruned, round 10: 90.0 %
    runs = {}
    for reset in ("rewind", "continue", "random"):
        torch.manual_seed(6)
        model = nn.Sequential(nn.Linear(20, 300), nn.ReLU(), nn.Linear(300, 100), nn.ReLU(), nn.Linear(100, 10))
        ticket = find_winning_ticket(model, train_fn, rounds=rounds, rate=rate, rewind_step=0, reset=reset)
        runs[reset] = [{"round": r.round, "sparsity": r.sparsity, "accuracy": r.score} for r in ticket.rounds]
        print(f"IMP reset={reset}: " + ", ".join(f"{r.sparsity:.0%}: {r.score:.1f}" for r in ticket.rounds), flush=True)
    results["imp"] = {"task": "10-class teacher-labelled Gaussian inputs (20-d), 8,000 train / 4,000 test",
                      "model": "MLP 20-300-100-10 (ReLU)", "training": f"Adam 2e-3, {imp_steps} steps of 128",
                      "rate": rate, "rounds": rounds, "runs": runs}
    print("\n| weights pruned | ticket (rewind to init) | no rewinding (keep trained weights) | random re-init |")
    print("|---|---|---|---|")
    for i in range(rounds + 1):
        cells = [f"{runs[k][i]['accuracy']:.1f}" for k in ("rewind", "continue", "random")]
        print(f"| {runs['rewind'][i]['sparsity']:.1%} | " + " | ".join(cells) + " |")
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="ffn,linear,ppl,compact,lottery", help="comma-separated sections")
    parser.add_argument("--json", type=Path, default=Path("docs/results/sparse_meta.json"))
    parser.add_argument("--repeats", type=int, default=20, help="timed calls per side (p10 / p50 / p90)")
    parser.add_argument("--threads", type=int, default=1,
                        help="intra-op threads, set once at start (switching later left the second thread idle); "
                             "ffn results go under sparse_ffn, or sparse_ffn_<n>threads when n > 1")
    parser.add_argument("--imp-steps", type=int, default=1500, help="training steps per IMP round")
    parser.add_argument("--steps", type=int, default=300, help="training steps for the perplexity comparison")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    sections = {"ffn": lambda: bench_ffn(args.repeats), "linear": lambda: bench_linear(args.repeats),
                "ppl": lambda: bench_perplexity(args.steps), "compact": lambda: bench_compact(args.repeats),
                "lottery": lambda: bench_lottery(args.imp_steps)}
    for name in args.only.split(","):
        print(f"\n## {name}", flush=True)
        command = (("" if name in ("ppl", "lottery") else "flock /tmp/causaltorch-bench.lock ")
                   + ".venv/bin/python benchmarks/sparse.py " + " ".join(sys.argv[1:]))
        key = f"sparse_{name}" if name != "ffn" or args.threads == 1 else f"sparse_ffn_{args.threads}threads"
        merge_section(args.json, key, command, sections[name]())


if __name__ == "__main__":
    main()
