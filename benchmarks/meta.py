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
3. ``text``: the corpus's 13 held-out cause→effect pairs as tasks, 5 examples each (templates the evaluation
   prompts do not use). CFS on the pair's prompts and perplexity of "prompt + effect" statements for: the
   base model; `SelfEvolvingTextGenerator` adapters generated from a one-sentence description by a
   hypernetwork trained on the corpus's other pairs (graph + variables, and graph shape only as before);
   a LoRA-style adapter of the same size fitted directly on the 5 examples; and `FewShotCausalTransformer`
   fine-tuning the whole model on them (a small model trained on the bundled corpus).
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


# Five examples per held-out task, in templates that the evaluation prompts ("If …,", "When …,", "…, so") do
# not use: (prompt, completion); C = the cause's form capitalised.
SUPPORT_TEMPLATES = [("{C_noun} can cause", "{e_noun}."), ("{C_noun} led to", "{e_noun}."),
                     ("Because {c_past},", "{e_past}."), ("{C_past}, and soon", "{e_past}."),
                     ("As a result of {c_noun},", "{e_past}.")]


def heldout_tasks(pairs: list[dict], rules) -> list[dict]:
    """Per held-out pair: its one-sentence description, 5 examples, and the query it is measured on.

    Query: the pair's own prompts with CFS over its effect forms, and the statements "prompt + effect form"
    (present forms after "If/When …,", past forms after "…, so") for perplexity.
    """
    tasks = []
    for pair in pairs:
        cause, effect = (rules.variable_metadata(name)["forms"] for name in (pair["cause"], pair["effect"]))
        examples = []
        for k, (prompt, completion) in enumerate(SUPPORT_TEMPLATES):
            slots = {f"{who}_{kind}": forms[kind][k % len(forms[kind])]
                     for who, forms in (("c", cause), ("e", effect)) for kind in ("noun", "past")}
            slots |= {"C_noun": slots["c_noun"][:1].upper() + slots["c_noun"][1:],
                      "C_past": slots["c_past"][:1].upper() + slots["c_past"][1:]}
            examples.append((prompt.format(**slots), completion.format(**slots)))
        statements = [f"{prompt} {form}." for prompt in pair["prompts"]
                      for form in effect["past" if prompt.endswith(" so") else "present"]]
        tasks.append({"pair": f"{pair['cause']} -> {pair['effect']}",
                      "description": f"{pair['cause'].replace('_', ' ')} causes {pair['effect'].replace('_', ' ')}.",
                      "examples": examples, "example_texts": [f"{p} {c}" for p, c in examples],
                      "cases": [(prompt, pair["effect_forms"]) for prompt in pair["prompts"]],
                      "statements": statements})
    return tasks


def hypernetwork_training_tasks(held_out: set[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Each stated knowledge-base pair that is not held out: its description and up to 32 training
    sentences that mention both of its variables (pairs with fewer than 3 such sentences are left out)."""
    from causaltorch.text.corpus import knowledge_base, load_corpus

    rules = knowledge_base()
    lines = [(line, line.lower()) for line in load_corpus("train")]  # matched in lower case, kept as written
    tasks = []
    for rule in rules.rules:
        if (rule.cause, rule.effect) in held_out:
            continue
        causes, effects = rules.surface_forms(rule.cause), rules.surface_forms(rule.effect)
        found = [line for line, lower in lines
                 if any(c in lower for c in causes) and any(e in lower for e in effects)]
        if len(found) >= 3:
            tasks.append((f"{rule.cause.replace('_', ' ')} causes {rule.effect.replace('_', ' ')}.", found[:32]))
    return tasks


def quantiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=10, method="inclusive")
    return {"p10": cuts[0], "p50": statistics.median(values), "p90": cuts[-1], "calls": len(values)}


def bench_text(train_steps: int, hyper_steps: int) -> dict:
    import os
    import tempfile
    from dataclasses import replace

    from causaltorch.metrics.text import calculate_cfs, perplexity
    from causaltorch.text.adaptive import FewShotCausalTransformer, SelfEvolvingTextGenerator
    from causaltorch.text.corpus import corpus_path, knowledge_base
    from causaltorch.text.demo import FULL
    from causaltorch.training.demo import train_model

    pairs = json.loads((corpus_path("train").parent / "heldout_pairs.json").read_text())["pairs"]
    tasks = heldout_tasks(pairs, knowledge_base())
    with tempfile.TemporaryDirectory() as scratch:
        trained = train_model(scratch, replace(FULL, steps=train_steps), progress_bar="tqdm")
    base = trained.model.eval()
    tokenizer = base.tokenizer
    strength, tokens = FULL.rule_strength, FULL.max_new_tokens
    cfs_options = {"rule_strength": strength, "max_new_tokens": tokens}

    def measure(model, task, rules=None) -> dict:
        """CFS on the task's prompts (without and, given ``rules``, with rule guidance) and the summed
        negative log-likelihood of its statements (tokens counted as `perplexity` predicts them)."""
        row = {"cfs": calculate_cfs(model, task["cases"], tokenizer=tokenizer, guided=False, **cfs_options)}
        if rules is not None:
            row["cfs_rules"] = calculate_cfs(model, task["cases"], tokenizer=tokenizer, rules=rules, **cfs_options)
        count = sum(len(tokenizer.encode(text)) for text in task["statements"])
        row["nll"] = math.log(perplexity(model, task["statements"], tokenizer=tokenizer)) * count
        row["tokens"] = count
        return row

    rows: dict[str, list[dict]] = {}
    timings: dict[str, list[float]] = {"adapt_to_task": [], "fit_adapter (50 steps)": []}

    def record(name: str, row: dict) -> None:
        rows.setdefault(name, []).append(row)

    # Hypernetworks trained on the other pairs: with the variables (this change) and on the shape alone
    # (the graph passed as a bare adjacency tensor: the behaviour before it).
    training = hypernetwork_training_tasks({(pair["cause"], pair["effect"]) for pair in pairs})
    hyper_runs = {}
    for name, as_shape in (("variables", False), ("shape_only", True)):
        torch.manual_seed(0)
        generator = SelfEvolvingTextGenerator(base)
        graphs = [(generator.task_graph_from(d, None)[0] if as_shape else d, texts) for d, texts in training]
        start = time.process_time()
        losses = generator.train_hypernetwork(graphs, steps=hyper_steps, lr=1e-3, batch_size=16, seed=0)
        hyper_runs[name] = {"generator": generator, "train_cpu_s": time.process_time() - start,
                            "loss_first_50": statistics.fmean(losses[:50]),
                            "loss_last_50": statistics.fmean(losses[-50:])}
    with_variables = hyper_runs["variables"]["generator"]
    codes = {tuple(with_variables.task_code(d).tolist())
             for d, _ in training}
    shapes = {tuple(with_variables.task_graph_from(d, None)[0].flatten().tolist()) for d, _ in training}

    for index, task in enumerate(tqdm(tasks, desc="held-out tasks")):
        mismatched = tasks[(index + 1) % len(tasks)]
        record("base model", measure(base, task))

        shape_only = hyper_runs["shape_only"]["generator"]
        shape_only.adapt_to_task(task["description"], causal_graph=shape_only.task_graph_from(task["description"],
                                                                                                None)[0])
        record("hypernetwork adapter, graph shape only (before)", measure(shape_only, task))

        start = time.perf_counter()
        with_variables.adapt_to_task(task["description"])
        timings["adapt_to_task"].append(time.perf_counter() - start)
        rules = with_variables.task_rules
        record("hypernetwork adapter, graph + variables (from the description alone)",
               measure(with_variables, task, rules))
        start = time.perf_counter()
        with_variables.fit_adapter(task["example_texts"], steps=50, lr=1e-2, init="generated")
        timings["fit_adapter (50 steps)"].append(time.perf_counter() - start)
        record("hypernetwork adapter, then fitted on the 5 examples (50 Adam steps)", measure(with_variables, task))
        start = time.perf_counter()
        with_variables.adapt_to_task(mismatched["description"])
        timings["adapt_to_task"].append(time.perf_counter() - start)
        record("control: the adapter generated for another held-out pair", measure(with_variables, task))

        lora = SelfEvolvingTextGenerator(base).adapt_to_task(task["description"])  # rules; zero adapter
        record("base model + rules mined from the description (zero adapter)", measure(lora, task, lora.task_rules))
        start = time.perf_counter()
        lora.fit_adapter(task["example_texts"], steps=50, lr=1e-2, init="zero", seed=index)
        timings["fit_adapter (50 steps)"].append(time.perf_counter() - start)
        record("LoRA-style adapter fitted on the 5 examples (same size, zero init, 50 Adam steps)",
               measure(lora, task, lora.task_rules))

        torch.manual_seed(index)
        few = FewShotCausalTransformer(base_model=base, steps=10, lr=1e-3)
        few.learn_from_examples(task["examples"])
        record("FewShotCausalTransformer: whole model fine-tuned on the 5 examples (10 Adam steps)",
               measure(few.adapted, task, few.learned_rules))

    base_rows = rows["base model"]
    summary_rows = {}
    for name, values in rows.items():
        gaps = [(row["nll"] - b["nll"]) / row["tokens"] for row, b in zip(values, base_rows)]
        summary_rows[name] = {
            "cfs": statistics.fmean(row["cfs"] for row in values),
            "cfs_rules": (statistics.fmean(row["cfs_rules"] for row in values) if "cfs_rules" in values[0]
                          else None),
            "perplexity": math.exp(sum(row["nll"] for row in values) / sum(row["tokens"] for row in values)),
            "log_ppl_vs_base_mean": statistics.fmean(gaps),
            "log_ppl_vs_base_se": statistics.stdev(gaps) / math.sqrt(len(gaps)),
            "tasks_better_than_base": sum(g < 0 for g in gaps), "per_task": values}
    load = os.getloadavg()[0]
    results = {"setup": {"base_model": f"cnsg d_model={FULL.d_model}, {FULL.n_layers} layers, {train_steps} steps on "
                                       "the bundled corpus",
                         "heldout_tasks": len(tasks), "examples_per_task": len(SUPPORT_TEMPLATES),
                         "cfs_cases_per_task": len(tasks[0]["cases"]),
                         "statements": sum(len(t["statements"]) for t in tasks), "rule_strength": strength,
                         "adapter_parameters": with_variables.adapter_parameter_count,
                         "hypernetwork_parameters": sum(p.numel() for p in with_variables.hypernetwork.parameters()),
                         "variable_encoder_parameters": sum(p.numel()
                                                            for p in with_variables.variable_encoder.parameters()),
                         "base_parameters": sum(p.numel() for p in base.parameters()),
                         "hypernetwork_training_tasks": len(training), "hypernetwork_steps": hyper_steps,
                         "distinct_graph_shapes_in_training": len(shapes),
                         "distinct_task_codes_in_training": len(codes),
                         "load_average_1min_at_end": load},
               "hypernetwork_training": {name: {k: v for k, v in run.items() if k != "generator"}
                                         for name, run in hyper_runs.items()},
               "timings_s": {name: quantiles(values) for name, values in timings.items()},
               "methods": summary_rows}
    print(f"\n{len(tasks)} held-out pairs, {len(SUPPORT_TEMPLATES)} examples each; adapter "
          f"{results['setup']['adapter_parameters']} numbers; {len(training)} training pairs: "
          f"{len(shapes)} distinct graph shape(s), {len(codes)} distinct codes with variables")
    print("| model | CFS (no rules) | CFS with rules | perplexity (pooled) | Δ log ppl vs base, mean ± s.e. | "
          "pairs better than base |")
    print("|---|---|---|---|---|---|")
    for name, s in summary_rows.items():
        with_rules = f"{s['cfs_rules']:.3f}" if s["cfs_rules"] is not None else ""
        print(f"| {name} | {s['cfs']:.3f} | {with_rules} | {s['perplexity']:.1f} | "
              f"{s['log_ppl_vs_base_mean']:+.3f} ± {s['log_ppl_vs_base_se']:.3f} | "
              f"{s['tasks_better_than_base']}/{len(tasks)} |")
    for name, run in results["hypernetwork_training"].items():
        print(f"hypernetwork ({name}): {hyper_steps} steps, {run['train_cpu_s']:.0f} CPU s, LM loss "
              f"{run['loss_first_50']:.2f} -> {run['loss_last_50']:.2f}")
    for name, q in results["timings_s"].items():
        print(f"{name}: p10 {q['p10'] * 1e3:.1f} ms, p50 {q['p50'] * 1e3:.1f} ms, p90 {q['p90'] * 1e3:.1f} ms "
              f"over {q['calls']} calls (1-min load average at the end {load:.2f})")
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", default="maml,hyper,text")
    parser.add_argument("--json", type=Path, default=Path("docs/results/sparse_meta.json"))
    parser.add_argument("--meta-steps", type=int, default=400)
    parser.add_argument("--eval-tasks", type=int, default=200)
    parser.add_argument("--text-steps", type=int, default=300, help="training steps of the base text model")
    parser.add_argument("--hyper-steps", type=int, default=400, help="training steps of the text hypernetworks")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    sections = {"maml": lambda: bench_maml(args.meta_steps, args.eval_tasks),
                "hyper": lambda: bench_hyper(4 * args.meta_steps, args.eval_tasks),
                "text": lambda: bench_text(args.text_steps, args.hyper_steps)}
    for name in args.only.split(","):
        print(f"\n## {name}", flush=True)
        command = ".venv/bin/python benchmarks/meta.py " + " ".join(sys.argv[1:])
        merge_section(args.json, f"meta_{name}", command, sections[name]())


if __name__ == "__main__":
    main()
