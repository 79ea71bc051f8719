"""Meta-learning measured against the obvious alternatives, on tasks drawn from random linear SCMs (issue 7).

    .venv/bin/python benchmarks/meta.py [--only maml,hyper,text]
        [--json docs/results/sparse_meta.json] [--meta-steps 400] [--eval-tasks 200]

A task is a random linear-Gaussian SCM over x0 … x4 (causal order x0 → … → x4, each earlier variable a
parent of a later one with probability 0.5, weights ±U(0.5, 1.5), noise σ = 0.1 on x4, 1 on the others;
x4 always has a parent), built with `StructuralCausalModel` and `LinearGaussian` mechanisms. The job: predict
x4 from x0 … x3.

1. ``maml``: 5-shot regression (5 support, 50 query samples). Query MSE after 5 inner steps of `MAML`
   (second order) against: the same network trained from scratch on the 5 samples (5 SGD steps, and 200
   Adam steps), pretrain-on-all-tasks-then-fine-tune (5 SGD steps), and ridge regression on the 5 samples.
2. ``hyper``: `CausalHyperNetwork` trained on random graphs (the adjacency carries the weights) generates a
   network for unseen graphs with no data; compared with training from scratch on 10 samples (MLP, 200 Adam
   steps) and ridge regression on 10 samples.
3. ``text``: `FewShotCausalTransformer` and `SelfEvolvingTextGenerator` on the corpus's held-out cause→effect
   pairs: CFS and perplexity before vs after adaptation (a small model trained on the bundled corpus).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn
from tqdm.auto import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import merge_section  # noqa: E402

from causaltorch import CausalRuleSet, LinearGaussian, StructuralCausalModel  # noqa: E402
from causaltorch.meta import MAML, CausalHyperNetwork  # noqa: E402

VARIABLES = [f"x{i}" for i in range(5)]


def random_scm(generator: torch.Generator) -> tuple[StructuralCausalModel, torch.Tensor]:
    """A random linear SCM and its weighted adjacency ``[5, 5]`` (``[i, j]`` = weight of xi → xj)."""
    weights = torch.zeros(5, 5)
    for j in range(1, 5):
        for i in range(j):
            if torch.rand((), generator=generator) < 0.5:
                sign = 1.0 if torch.rand((), generator=generator) < 0.5 else -1.0
                weights[i, j] = sign * (0.5 + torch.rand((), generator=generator))
    if not weights[:, 4].any():
        weights[int(torch.randint(4, (), generator=generator)), 4] = 1.0
    rules = CausalRuleSet()
    for name in VARIABLES:
        rules.add_variable(name)
    for j in range(5):
        for i in range(5):
            if weights[i, j] != 0:
                rules.add_rule(VARIABLES[i], VARIABLES[j], float(weights[i, j].clamp(-1, 1)))
    mechanisms = {}
    for j, name in enumerate(VARIABLES):
        parents = [i for i in range(5) if weights[i, j] != 0]  # rules.incoming keeps insertion (cause) order
        mechanisms[name] = LinearGaussian([float(weights[i, j]) for i in parents], 0.0, 0.1 if j == 4 else 1.0)
    return StructuralCausalModel(rules, mechanisms), weights


def task(generator: torch.Generator, support: int, query: int):
    scm, weights = random_scm(generator)
    torch.manual_seed(int(torch.randint(2**31 - 1, (), generator=generator)))
    data = scm.sample(support + query)
    x, y = data[:, :4], data[:, 4:]
    return weights, x[:support], y[:support], x[support:], y[support:]


def mlp() -> nn.Module:
    return nn.Sequential(nn.Linear(4, 40), nn.ReLU(), nn.Linear(40, 40), nn.ReLU(), nn.Linear(40, 1))


def sgd_steps(model: nn.Module, x, y, steps: int, lr: float, adam: bool = False) -> nn.Module:
    optimizer = (torch.optim.Adam if adam else torch.optim.SGD)(model.parameters(), lr=lr)
    for _ in range(steps):
        optimizer.zero_grad()
        F.mse_loss(model(x), y).backward()
        optimizer.step()
    return model


def ridge(x, y, xq, lam: float = 0.1):
    design = torch.cat([x, torch.ones(len(x), 1)], 1)
    solution = torch.linalg.solve(design.T @ design + lam * torch.eye(design.shape[1]), design.T @ y)
    return torch.cat([xq, torch.ones(len(xq), 1)], 1) @ solution


def summary(values: list[float]) -> dict[str, float]:
    """Mean ± standard error and median over the finite values; a diverged fit (inf / nan) is counted."""
    finite = [v for v in values if math.isfinite(v)]
    return {"mean": statistics.fmean(finite), "se": statistics.stdev(finite) / math.sqrt(len(finite)),
            "median": statistics.median(finite), "diverged": len(values) - len(finite)}


def bench_maml(meta_steps: int, eval_tasks: int) -> dict:
    inner_lr, inner_steps, shots, batch = 0.01, 5, 5, 8
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(0)
    model = mlp()
    maml = MAML(model, inner_lr=inner_lr, meta_lr=1e-3, num_inner_steps=inner_steps)
    w, c = time.perf_counter(), time.process_time()
    for _ in tqdm(range(meta_steps), desc="MAML meta-training"):
        maml.meta_train([task(generator, shots, 50)[1:] for _ in range(batch)], nn.MSELoss())
    maml_wall, maml_cpu = time.perf_counter() - w, time.process_time() - c

    torch.manual_seed(1)  # pretraining sees as many tasks as MAML did, pooled
    pretrained = mlp()
    optimizer = torch.optim.Adam(pretrained.parameters(), lr=1e-3)
    for _ in tqdm(range(meta_steps), desc="pretraining"):
        tasks = [task(generator, shots, 50) for _ in range(batch)]
        x = torch.cat([torch.cat([t[1], t[3]]) for t in tasks])
        y = torch.cat([torch.cat([t[2], t[4]]) for t in tasks])
        optimizer.zero_grad()
        F.mse_loss(pretrained(x), y).backward()
        optimizer.step()

    evaluation = torch.Generator().manual_seed(12345)
    methods = {k: [] for k in ("maml_5_steps", "maml_0_steps", "scratch_5_sgd", "scratch_200_adam",
                               "pretrain_finetune_5_sgd", "ridge_on_5", "predict_support_mean")}
    import copy

    for index in tqdm(range(eval_tasks), desc="evaluation tasks"):
        _, xs, ys, xq, yq = task(evaluation, shots, 50)
        with torch.no_grad():
            methods["maml_0_steps"].append(float(F.mse_loss(model(xq), yq)))
        adapted = maml.adapt(xs, ys)
        with torch.no_grad():
            methods["maml_5_steps"].append(float(F.mse_loss(adapted(xq), yq)))
        torch.manual_seed(100 + index)
        fresh = mlp()
        state = copy.deepcopy(fresh.state_dict())
        methods["scratch_5_sgd"].append(float(F.mse_loss(sgd_steps(fresh, xs, ys, 5, inner_lr)(xq), yq).detach()))
        fresh.load_state_dict(state)
        trained = sgd_steps(fresh, xs, ys, 200, 1e-2, True)
        methods["scratch_200_adam"].append(float(F.mse_loss(trained(xq), yq).detach()))
        tuned = sgd_steps(copy.deepcopy(pretrained), xs, ys, 5, inner_lr)
        methods["pretrain_finetune_5_sgd"].append(float(F.mse_loss(tuned(xq), yq).detach()))
        methods["ridge_on_5"].append(float(F.mse_loss(ridge(xs, ys, xq), yq)))
        methods["predict_support_mean"].append(float(F.mse_loss(ys.mean().expand_as(yq), yq)))
    results = {"setup": {"shots": shots, "query": 50, "inner_lr": inner_lr, "inner_steps": inner_steps,
                         "meta_batch": batch, "meta_steps": meta_steps, "eval_tasks": eval_tasks,
                         "network": "MLP 4-40-40-1 ReLU", "meta_train_wall_s": maml_wall,
                         "meta_train_cpu_s": maml_cpu},
               "query_mse": {name: summary(values) for name, values in methods.items()}}
    print("\n| method (5-shot, predict x4 from x0..x3) | query MSE mean ± s.e. | median | diverged |")
    print("|---|---|---|---|")
    for name, s in results["query_mse"].items():
        print(f"| {name} | {s['mean']:.3f} ± {s['se']:.3f} | {s['median']:.3f} | {s['diverged']} |")
    return results


def bench_hyper(train_steps: int, eval_tasks: int) -> dict:
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(7)
    hypernet = CausalHyperNetwork(input_dim=25, output_dim=1, hidden_dim=32, meta_hidden_dim=128,
                                  target_input_dim=4)
    optimizer = torch.optim.Adam(hypernet.parameters(), lr=1e-3)
    w, c = time.perf_counter(), time.process_time()
    for _ in tqdm(range(train_steps), desc="hypernetwork training"):
        tasks = [task(generator, 32, 0) for _ in range(16)]
        graphs = torch.stack([t[0] for t in tasks])
        x, y = torch.stack([t[1] for t in tasks]), torch.stack([t[2] for t in tasks])
        optimizer.zero_grad()
        F.mse_loss(hypernet(graphs, x), y).backward()
        optimizer.step()
    train_wall, train_cpu = time.perf_counter() - w, time.process_time() - c
    evaluation = torch.Generator().manual_seed(999)
    methods = {k: [] for k in ("hypernet_zero_shot", "scratch_mlp_10_samples", "ridge_10_samples")}
    for index in tqdm(range(eval_tasks), desc="unseen graphs"):
        weights, xs, ys, xq, yq = task(evaluation, 10, 50)
        with torch.no_grad():
            methods["hypernet_zero_shot"].append(float(F.mse_loss(hypernet.generate_architecture(weights)(xq), yq)))
        torch.manual_seed(200 + index)
        methods["scratch_mlp_10_samples"].append(
            float(F.mse_loss(sgd_steps(mlp(), xs, ys, 200, 1e-2, True)(xq), yq).detach()))
        methods["ridge_10_samples"].append(float(F.mse_loss(ridge(xs, ys, xq), yq)))
    results = {"setup": {"train_steps": train_steps, "graphs_per_step": 16, "samples_per_graph": 32,
                         "eval_graphs": eval_tasks, "generated_network": "4-32-1 ReLU",
                         "train_wall_s": train_wall, "train_cpu_s": train_cpu},
               "query_mse": {name: summary(values) for name, values in methods.items()}}
    print("\n| method (unseen graph) | query MSE mean ± s.e. | median | diverged |")
    print("|---|---|---|---|")
    for name, s in results["query_mse"].items():
        print(f"| {name} | {s['mean']:.3f} ± {s['se']:.3f} | {s['median']:.3f} | {s['diverged']} |")
    return results


def bench_text(train_steps: int) -> dict:
    import tempfile
    from dataclasses import replace

    from causaltorch.metrics.text import calculate_cfs, perplexity
    from causaltorch.text.adaptive import FewShotCausalTransformer, SelfEvolvingTextGenerator
    from causaltorch.text.corpus import corpus_path
    from causaltorch.text.demo import FULL, train_model

    pairs = json.loads((corpus_path("train").parent / "heldout_pairs.json").read_text())["pairs"]
    with tempfile.TemporaryDirectory() as scratch:
        trained = train_model(scratch, replace(FULL, steps=train_steps), progress_bar="tqdm")
    base = trained.model.eval()
    examples = [(pair["prompts"][0], pair["effect_forms"][2]) for pair in pairs]  # one example per held-out pair
    cases = [(prompt, pair["effect_forms"]) for pair in pairs for prompt in pair["prompts"][1:]]  # unseen prompts
    texts = [f"{prompt} {pair['effect_forms'][2]}." for pair in pairs for prompt in pair["prompts"][1:]]
    strength, tokens = FULL.rule_strength, FULL.max_new_tokens
    results = {"setup": {"base_model": f"cnsg d_model={FULL.d_model}, {FULL.n_layers} layers, {train_steps} steps on "
                                       "the bundled corpus", "heldout_pairs": len(pairs), "examples": len(examples),
                         "eval_cases": len(cases), "rule_strength": strength}}
    before = {"cfs": calculate_cfs(base, cases, max_new_tokens=tokens), "perplexity": perplexity(base, texts)}

    torch.manual_seed(0)
    few = FewShotCausalTransformer(base_model=base, steps=10, lr=1e-3)
    few.learn_from_examples(examples)
    few_after = {"cfs": calculate_cfs(few.adapted, cases, rules=few.learned_rules, rule_strength=strength,
                                      max_new_tokens=tokens),
                 "cfs_without_rules": calculate_cfs(few.adapted, cases, max_new_tokens=tokens),
                 "perplexity": perplexity(few.adapted, texts),
                 "rules": [f"{r.cause} -> {r.effect}" for r in few.learned_rules.rules]}

    evolving = SelfEvolvingTextGenerator(base)
    hits, total, mined = 0.0, 0, []
    for pair in pairs:
        description = f"{pair['cause'].replace('_', ' ')} causes {pair['effect'].replace('_', ' ')}."
        evolving.adapt_to_task(description)
        mined += [f"{r.cause} -> {r.effect}" for r in evolving.task_rules.rules]
        pair_cases = [(prompt, pair["effect_forms"]) for prompt in pair["prompts"][1:]]
        hits += calculate_cfs(evolving, pair_cases, rules=evolving.task_rules, rule_strength=strength,
                              max_new_tokens=tokens) * len(pair_cases)
        total += len(pair_cases)
    evolving_after = {"cfs": hits / total, "rules": mined,
                      "note": "hypernetwork not meta-trained here: its adapter starts at zero, so the change "
                              "comes from the mined rules"}

    # The same generator after train_hypernetwork on the corpus's *other* pairs: each task is one stated
    # knowledge-base rule (its description) with the training sentences that mention both of its variables.
    from causaltorch.text.corpus import knowledge_base, load_corpus

    base_rules, held_out = knowledge_base(), {(pair["cause"], pair["effect"]) for pair in pairs}
    lines = [line.lower() for line in load_corpus("train")]
    tasks = []
    for rule in base_rules.rules:
        if (rule.cause, rule.effect) in held_out:
            continue
        causes, effects = base_rules.surface_forms(rule.cause), base_rules.surface_forms(rule.effect)
        found = [line for line in lines if any(c in line for c in causes) and any(e in line for e in effects)]
        if len(found) >= 3:
            tasks.append((f"{rule.cause.replace('_', ' ')} causes {rule.effect.replace('_', ' ')}.", found[:32]))
    trained_evolving = SelfEvolvingTextGenerator(base)
    start = time.process_time()
    losses = trained_evolving.train_hypernetwork(tasks, steps=400, lr=1e-3, batch_size=16, seed=0)
    train_cpu = time.process_time() - start
    hits, hits_without, total, nll_with, nll_without = 0.0, 0.0, 0, [], []
    for pair in pairs:
        description = f"{pair['cause'].replace('_', ' ')} causes {pair['effect'].replace('_', ' ')}."
        trained_evolving.adapt_to_task(description)
        pair_cases = [(prompt, pair["effect_forms"]) for prompt in pair["prompts"][1:]]
        pair_texts = [f"{prompt} {pair['effect_forms'][2]}." for prompt in pair["prompts"][1:]]
        hits += calculate_cfs(trained_evolving, pair_cases, rules=trained_evolving.task_rules,
                              rule_strength=strength, max_new_tokens=tokens) * len(pair_cases)
        hits_without += calculate_cfs(trained_evolving, pair_cases, max_new_tokens=tokens) * len(pair_cases)
        total += len(pair_cases)
        nll_with.append((math.log(perplexity(trained_evolving, pair_texts, tokenizer=base.tokenizer)), len(pair_texts)))
        nll_without.append((math.log(perplexity(base, pair_texts)), len(pair_texts)))
    pooled = {name: math.exp(sum(v * n for v, n in values) / sum(n for _, n in values))
              for name, values in (("adapted", nll_with), ("base", nll_without))}
    trained_after = {"tasks": len(tasks), "steps": 400, "train_cpu_s": train_cpu,
                     "loss_first_50": sum(losses[:50]) / 50, "loss_last_50": sum(losses[-50:]) / 50,
                     "cfs": hits / total, "cfs_without_rules": hits_without / total,
                     "perplexity_adapted": pooled["adapted"], "perplexity_base_same_texts": pooled["base"]}
    results.update({"before": before, "few_shot_after": few_after, "self_evolving_after": evolving_after,
                    "self_evolving_trained": trained_after})
    print("\n| model | CFS on unseen prompts of held-out pairs | perplexity of held-out statements |")
    print("|---|---|---|")
    print(f"| base model (before) | {before['cfs']:.3f} | {before['perplexity']:.1f} |")
    print(f"| FewShotCausalTransformer after 13 examples (adapted + mined rules) | {few_after['cfs']:.3f} "
          f"(without rules {few_after['cfs_without_rules']:.3f}) | {few_after['perplexity']:.1f} |")
    print(f"| SelfEvolvingTextGenerator adapted from a one-sentence description per pair | "
          f"{evolving_after['cfs']:.3f} | (unchanged: zero adapter) |")
    print(f"| SelfEvolvingTextGenerator, hypernetwork trained on {trained_after['tasks']} other pairs "
          f"(400 steps, {train_cpu:.0f} CPU s; LM loss {trained_after['loss_first_50']:.2f} -> "
          f"{trained_after['loss_last_50']:.2f}) | {trained_after['cfs']:.3f} (without rules "
          f"{trained_after['cfs_without_rules']:.3f}) | {trained_after['perplexity_adapted']:.1f} "
          f"(base on the same texts {trained_after['perplexity_base_same_texts']:.1f}) |")
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="maml,hyper,text")
    parser.add_argument("--json", type=Path, default=Path("docs/results/sparse_meta.json"))
    parser.add_argument("--meta-steps", type=int, default=400)
    parser.add_argument("--eval-tasks", type=int, default=200)
    parser.add_argument("--text-steps", type=int, default=300, help="training steps of the base text model")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    sections = {"maml": lambda: bench_maml(args.meta_steps, args.eval_tasks),
                "hyper": lambda: bench_hyper(4 * args.meta_steps, args.eval_tasks),
                "text": lambda: bench_text(args.text_steps)}
    for name in args.only.split(","):
        print(f"\n## {name}", flush=True)
        command = ".venv/bin/python benchmarks/meta.py " + " ".join(sys.argv[1:])
        merge_section(args.json, f"meta_{name}", command, sections[name]())


if __name__ == "__main__":
    main()
