"""Reinforcement learning: our agents against Stable-Baselines3 on CartPole-v1, the prioritisation ablation,
and EpisodicMemory's cost per operation. Results (JSON + PNG) go to runs/rl/ (``--out DIR``; ``--tag NAME``
suffixes the file names so that parallel runs do not collide; each finished seed is also written to
``<part>_<tag>.partial.json`` as it ends, so a run stopped early keeps what it measured).

    python benchmarks/rl.py cartpole --agents dqn a2c ppo policy_gradient --seeds 5     # full: SB3's budgets
    python benchmarks/rl.py ablation --seeds 5 --steps 50000
    python benchmarks/rl.py memory --pushes 1000000 --samples 10000
    python benchmarks/rl.py speed --agents dqn a2c ppo --chunk 2048 --rounds 5   # interleaved steps/s
    python benchmarks/rl.py speed --agents dqn --like-for-like                    # our DQN with SB3's features

Options common to every part (--out, --tag, --threads) come before the part's name.

Both sides run in this process, one seed after the other, with the same torch threads (default 1), the
same rl-zoo hyperparameters and the same deterministic evaluation (20 episodes every 5k steps, seeds
10000 + 1000 seed + k). Steps per second count training only (evaluation time is subtracted on both sides).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import cpu_model, load_average  # noqa: E402
from causaltorch.rl import EpisodicMemory  # noqa: E402
from causaltorch.rl.training import agent_for_env, evaluate, train  # noqa: E402

OUT = Path("runs/rl")
BUDGET = {"dqn": 50_000, "ppo": 100_000, "a2c": 500_000, "policy_gradient": 100_000}  # rl-zoo n_timesteps
SOLVED = 475.0


def quantiles(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    p10, p50, p90 = np.percentile(values, [10, 50, 90])
    return {"p10": float(p10), "p50": float(p50), "p90": float(p90)}


def interval(values: list[float]) -> dict[str, float]:
    """Mean and 95% t-interval."""
    from scipy import stats

    values_ = np.asarray(values, dtype=float)
    mean = float(values_.mean())
    if len(values_) < 2:
        return {"mean": mean, "low": math.nan, "high": math.nan}
    half = float(stats.t.ppf(0.975, len(values_) - 1) * values_.std(ddof=1) / math.sqrt(len(values_)))
    return {"mean": mean, "low": mean - half, "high": mean + half}


# ------------------------------------------------------------------------------------------------ SB3 side
def sb3_model(agent: str, env_id: str, seed: int):
    from stable_baselines3 import A2C, DQN, PPO
    from stable_baselines3.common.env_util import make_vec_env

    if agent == "dqn":
        env = make_vec_env(env_id, n_envs=1, seed=seed)
        return DQN("MlpPolicy", env, learning_rate=2.3e-3, batch_size=64, buffer_size=100_000, learning_starts=1000,
                   gamma=0.99, target_update_interval=10, train_freq=256, gradient_steps=128,
                   exploration_fraction=0.16, exploration_final_eps=0.04, policy_kwargs={"net_arch": [256, 256]},
                   seed=seed, device="cpu")
    env = make_vec_env(env_id, n_envs=8, seed=seed)
    if agent == "ppo":
        def linear(start):
            return lambda remaining: remaining * start
        return PPO("MlpPolicy", env, n_steps=32, batch_size=256, gae_lambda=0.8, gamma=0.98, n_epochs=20,
                   ent_coef=0.0, learning_rate=linear(1e-3), clip_range=linear(0.2), seed=seed, device="cpu")
    if agent == "a2c":
        return A2C("MlpPolicy", env, ent_coef=0.0, seed=seed, device="cpu")
    raise ValueError(f"SB3 has no {agent}")


class _Greedy:
    """Our `evaluate` on an SB3 model: the same episodes, seeds and greedy actions."""

    agent_type = "dqn"

    def __init__(self, model):
        self.model = model

    def select_action(self, obs, explore=False):
        # the policy's own greedy action (what model.predict returns for a discrete action space) without
        # predict's per-call preprocessing, which costs more than the network on CartPole
        with torch.no_grad():
            state = torch.as_tensor(np.asarray(obs, dtype=np.float32)).reshape(1, -1)
            return self.model.policy._predict(state, deterministic=True)[0]


def run_sb3(agent: str, env_id: str, seed: int, steps: int, eval_every: int, episodes: int) -> dict:
    from stable_baselines3.common.callbacks import BaseCallback

    model = sb3_model(agent, env_id, seed)
    record = {"eval_steps": [], "eval_mean": [], "eval_seconds": 0.0}

    class Eval(BaseCallback):
        def __init__(self):
            super().__init__()
            self.next = eval_every

        def _on_step(self) -> bool:
            if self.num_timesteps >= self.next:
                started = time.perf_counter()
                returns = evaluate(_Greedy(self.model), env_id, episodes, seed=10_000 + seed * 1000)
                record["eval_seconds"] += time.perf_counter() - started
                record["eval_steps"].append(self.num_timesteps)
                record["eval_mean"].append(float(returns.mean()))
                self.next += eval_every
            return True

    started = time.perf_counter()
    model.learn(steps, callback=Eval())
    seconds = time.perf_counter() - started - record["eval_seconds"]
    return {"eval_steps": record["eval_steps"], "eval_mean": record["eval_mean"],
            "steps_per_second": steps / seconds, "steps": steps}


def run_ours(agent: str, env_id: str, seed: int, steps: int, eval_every: int, episodes: int,
             config: dict | None = None) -> dict:
    model = agent_for_env(env_id, agent, 100_000, {"seed": seed, **(config or {})})
    history = train(model, env_id, steps, seed=seed, eval_every=eval_every, eval_episodes=episodes)
    return {"eval_steps": history.eval_steps, "eval_mean": history.eval_mean,
            "steps_per_second": history.steps_per_second, "steps": history.env_steps}


def save_partial(args: argparse.Namespace, results: dict) -> None:
    """What a long run has measured so far, so that a run stopped early still leaves its finished seeds."""
    path = OUT / f"{args.part}{args.tag and '_' + args.tag}.partial.json"
    path.write_text(json.dumps({"command": "python benchmarks/rl.py " + " ".join(sys.argv[1:]), "results": results},
                               indent=1, default=float))


def first_reaching(run: dict, threshold: float) -> int | None:
    return next((s for s, m in zip(run["eval_steps"], run["eval_mean"]) if m >= threshold), None)


def cartpole(args: argparse.Namespace) -> dict:
    results: dict = {}
    for agent in args.agents:
        steps = args.steps or BUDGET[agent]
        sides = ["ours"] + (["sb3"] if agent != "policy_gradient" else [])
        runs: dict = {side: [] for side in sides}
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            for side in sides:  # interleaved, so load on the shared machine hits both sides alike
                runner = run_ours if side == "ours" else run_sb3
                run = runner(agent, "CartPole-v1", seed, steps, args.eval_every, args.eval_episodes)
                run["steps_to_475"] = first_reaching(run, SOLVED)
                runs[side].append(run)
                print(f"{agent:16s} {side:4s} seed {seed}: best {max(run['eval_mean']):6.1f}  to 475: "
                      f"{run['steps_to_475']}  {run['steps_per_second']:7.0f} steps/s", flush=True)
                run["load_average"] = load_average()
                save_partial(args, {**results, agent: {"steps": steps, "runs": runs}})
        results[agent] = {"steps": steps, "runs": runs, "summary": {
            side: {"seeds_reaching_475": sum(r["steps_to_475"] is not None for r in runs[side]),
                   "seeds": len(runs[side]),
                   "steps_to_475": [r["steps_to_475"] for r in runs[side]],
                   "final_mean": interval([r["eval_mean"][-1] for r in runs[side]]),
                   "steps_per_second": quantiles([r["steps_per_second"] for r in runs[side]])}
            for side in sides}}
    plot_curves(results, OUT / f"cartpole_curves{args.tag and '_' + args.tag}.png", args.eval_episodes)
    return results


def plot_curves(results: dict, path: Path, episodes: int = 20) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(results), figsize=(4.5 * len(results), 3.4), squeeze=False)
    for ax, (agent, result) in zip(axes[0], results.items()):
        for side, runs in result["runs"].items():
            length = min(len(r["eval_mean"]) for r in runs)
            curves = np.array([r["eval_mean"][:length] for r in runs])
            steps = runs[0]["eval_steps"][:length]
            ax.plot(steps, curves.mean(0), label=f"{side} (n={len(runs)})")
            ax.fill_between(steps, curves.min(0), curves.max(0), alpha=0.2)
        ax.axhline(SOLVED, color="grey", lw=0.8, ls="--")
        ax.set(title=f"CartPole-v1 {agent}", xlabel="environment steps", ylabel=f"greedy return ({episodes} episodes)")
        ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


# ------------------------------------------------------------------------------------------------ speed
def speed(args: argparse.Namespace) -> dict:
    """Training throughput side by side: each agent and its SB3 counterpart alternate ``--chunk`` steps at a
    time (after one warm-up chunk each, past DQN's learning_starts), so load on a shared machine hits both
    alike; steps/s per chunk, p10/p50/p90, with the load average before and after each chunk. Neither side
    evaluates inside a chunk (ours: ``train(..., eval_every=None)``; SB3's ``learn`` has no evaluation)."""
    results: dict = {}
    for agent in args.agents:
        config = {"seed": 0, **({"total_steps": 10**8} if agent in ("ppo",) else {})}
        if agent == "dqn" and args.like_for_like:  # SB3's DQN: uniform replay, no double-Q
            config.update(use_causal_priority=False, double_q=False)
        ours = agent_for_env("CartPole-v1", agent, 100_000, config)
        theirs = sb3_model(agent, "CartPole-v1", 0)
        rates: dict = {"ours": [], "sb3": []}
        cpu_rates: dict = {"ours": [], "sb3": []}  # steps per second of this process's CPU time: less noisy
        # than wall-clock steps/s on a shared machine, where other jobs take the core in turns
        loads = []
        for round_ in range(args.rounds + 1):
            for side in ("ours", "sb3") if round_ % 2 == 0 else ("sb3", "ours"):
                loads.append(load_average())
                started, cpu = time.perf_counter(), time.process_time()
                if side == "ours":
                    train(ours, "CartPole-v1", args.chunk, seed=round_, eval_every=None)  # no evaluation: as SB3's
                else:
                    theirs.learn(args.chunk, reset_num_timesteps=False)
                rate = args.chunk / (time.perf_counter() - started)
                cpu_rate = args.chunk / (time.process_time() - cpu)
                if round_ > 0:  # round 0 warms both up (DQN: fills the buffer past learning_starts)
                    rates[side].append(rate)
                    cpu_rates[side].append(cpu_rate)
        summary = {side: quantiles(values) for side, values in rates.items()}
        ratio = [o / t for o, t in zip(rates["ours"], rates["sb3"])]
        cpu_summary = {side: quantiles(values) for side, values in cpu_rates.items()}
        cpu_ratio = [o / t for o, t in zip(cpu_rates["ours"], cpu_rates["sb3"])]
        results[agent] = {"steps_per_second": summary, "ratio_ours_over_sb3": quantiles(ratio), "rates": rates,
                          "steps_per_cpu_second": cpu_summary, "cpu_ratio_ours_over_sb3": quantiles(cpu_ratio),
                          "cpu_rates": cpu_rates, "load_average": loads}
        print(f"{agent:16s} ours p50 {summary['ours']['p50']:7.0f}  sb3 p50 {summary['sb3']['p50']:7.0f}  "
              f"ratio p50 {quantiles(ratio)['p50']:.2f} (CPU time: {quantiles(cpu_ratio)['p50']:.2f})  "
              f"load {loads[0]} .. {loads[-1]}", flush=True)
    return results


# ------------------------------------------------------------------------------------------------ ablation
PRIORITIES = {"uniform": {"use_causal_priority": False}, "td_per": {"causal_weight": 0.0},
              "causal": {"causal_weight": 0.5}}


def ablation(args: argparse.Namespace) -> dict:
    tasks = {env_id: threshold for env_id, threshold in
             {"causaltorch/Slide1D-v0": 0.9, "causaltorch/CartPoleDistractors-v0": SOLVED}.items()
             if env_id in args.tasks}
    slide = {"learning_starts": 1000, "train_freq": 4, "gradient_steps": 1, "target_update_interval": 500,
             "exploration_steps": args.steps // 2, "gamma": 0.95, "causal_threshold": 0.1, "model_steps": 1}
    results: dict = {}
    for env_id, threshold in tasks.items():
        extra = slide if "Slide" in env_id else {}
        runs: dict = {name: [] for name in PRIORITIES}
        for seed in range(args.seeds):  # seed by seed, so a run stopped early leaves every priority alike
            for name, priority in PRIORITIES.items():
                run = run_ours("dqn", env_id, seed, args.steps, args.eval_every, args.eval_episodes,
                               {**extra, **priority})
                run["steps_to_threshold"] = first_reaching(run, threshold)
                run["load_average"] = load_average()
                runs[name].append(run)
                save_partial(args, {**results, env_id: runs})
                print(f"{env_id:38s} {name:8s} seed {seed}: to {threshold}: {run['steps_to_threshold']}", flush=True)
        rows: dict = {}
        for name, done in runs.items():
            reached = [r["steps_to_threshold"] for r in done if r["steps_to_threshold"] is not None]
            # a run that never reaches the threshold counts as the budget (a lower bound on its true steps)
            censored = [r["steps_to_threshold"] or args.steps for r in done]
            rows[name] = {"reached": len(reached), "seeds": len(done), "steps_to_threshold": censored,
                          "interval_censored_at_budget": interval(censored), "runs": done}
        results[env_id] = {"threshold": threshold, "steps": args.steps, "priorities": rows}
    return results


# ------------------------------------------------------------------------------------------------ memory
def memory(args: argparse.Namespace) -> dict:
    """Time per operation, ours against Python lists, interleaved in blocks of 1,000 operations (so load on a
    shared machine hits both alike): ``push`` into a full-size memory, then batch-256 samples: ours by priority
    (with importance weights and a priority update after each, as DQN does) and uniform, against
    ``random.sample`` on a plain list and the spec's sampler, ``random.sample([m for m in memory if m], 256)``,
    which rebuilds the list on every call (O(n): it gets ``--spec-samples`` calls only)."""
    rng = np.random.default_rng(0)
    state = rng.normal(size=8).astype(np.float32)
    ours = EpisodicMemory(capacity=args.pushes, seed=0)
    spec_memory: list = [None] * args.pushes
    times: dict[str, list[float]] = {k: [] for k in ("ours_push", "list_push", "ours_sample_prioritised",
                                                     "ours_sample_uniform", "list_random_sample", "spec_sample")}
    loads = [load_average()]
    block = 1000
    clock = time.perf_counter
    for first in range(0, args.pushes, block):
        for i in range(first, min(first + block, args.pushes)):
            started = clock()
            ours.push(state, i % 4, 1.0, state, False, causal_strength=0.3)
            times["ours_push"].append(clock() - started)
        for i in range(first, min(first + block, args.pushes)):
            started = clock()
            spec_memory[i % args.pushes] = {"state": state, "action": i % 4, "reward": 1.0, "next_state": state,
                                            "done": False, "causal_strength": 0.3}
            times["list_push"].append(clock() - started)
    loads.append(load_average())
    for first in range(0, args.samples, block):
        n = min(block, args.samples - first)
        for _ in range(n):
            started = clock()
            batch = ours.sample(256)
            times["ours_sample_prioritised"].append(clock() - started)
            ours.update_priorities(batch.indices, rng.random(256))
        for _ in range(n):
            started = clock()
            ours.sample(256, use_causal_priority=False)
            times["ours_sample_uniform"].append(clock() - started)
        for _ in range(n):
            started = clock()
            random.sample(spec_memory, 256)
            times["list_random_sample"].append(clock() - started)
    for _ in range(args.spec_samples):
        started = clock()
        random.sample([m for m in spec_memory if m], 256)
        times["spec_sample"].append(clock() - started)
    loads.append(load_average())
    return {"pushes": args.pushes, "samples": args.samples, "spec_samples": args.spec_samples, "load_average": loads,
            "microseconds": {k: {q: v * 1e6 for q, v in quantiles(values).items()} for k, values in times.items()}}


def main(argv: list[str] | None = None) -> None:
    global OUT
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="part", required=True)
    cp = sub.add_parser("cartpole")
    cp.add_argument("--agents", nargs="+", default=["dqn", "a2c", "ppo", "policy_gradient"],
                    choices=["dqn", "a2c", "ppo", "policy_gradient"])
    cp.add_argument("--steps", type=int, default=None, help="steps per run (default: SB3 rl-zoo's budget)")
    cp.add_argument("--first-seed", type=int, default=0, help="seeds first-seed .. first-seed + seeds - 1 (default: 0)")
    ab = sub.add_parser("ablation")
    ab.add_argument("--steps", type=int, default=50_000)
    ab.add_argument("--tasks", nargs="+", default=["causaltorch/Slide1D-v0", "causaltorch/CartPoleDistractors-v0"])
    for p in (cp, ab):
        p.add_argument("--seeds", type=int, default=5)
        p.add_argument("--eval-every", type=int, default=5000)
        p.add_argument("--eval-episodes", type=int, default=20)
    sp = sub.add_parser("speed")
    sp.add_argument("--agents", nargs="+", default=["dqn", "a2c", "ppo"], choices=["dqn", "a2c", "ppo"])
    sp.add_argument("--chunk", type=int, default=2048, help="steps per timed chunk (default: 2048)")
    sp.add_argument("--rounds", type=int, default=5, help="timed chunks per side (default: 5)")
    sp.add_argument("--like-for-like", action="store_true",
                    help="our DQN with SB3's features only (uniform replay, no double-Q)")
    mem = sub.add_parser("memory")
    mem.add_argument("--pushes", type=int, default=1_000_000)
    mem.add_argument("--samples", type=int, default=10_000)
    mem.add_argument("--spec-samples", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1, help="torch threads for both sides (default: 1)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder for JSON and PNG (default: {OUT})")
    parser.add_argument("--tag", default="", help="suffix of the file names, so parallel runs do not collide")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    OUT = args.out
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.time()
    results = {"cartpole": cartpole, "ablation": ablation, "memory": memory, "speed": speed}[args.part](args)
    record = {"command": "python benchmarks/rl.py " + " ".join(argv if argv is not None else sys.argv[1:]),
              "machine": {"cpu": cpu_model(), "load_average_at_end": load_average(), "threads": args.threads,
                          "torch": torch.__version__},
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "seconds": time.time() - started,
              "results": results}
    path = OUT / f"{args.part}{args.tag and '_' + args.tag}.json"
    path.write_text(json.dumps(record, indent=1, default=float))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
