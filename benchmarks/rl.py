"""Reinforcement learning: our agents against Stable-Baselines3 on CartPole-v1, the prioritisation ablation,
and EpisodicMemory's cost per operation. Results (JSON + PNG) go to runs/rl/.

    python benchmarks/rl.py cartpole --agents dqn a2c ppo policy_gradient --seeds 5     # full: SB3's budgets
    python benchmarks/rl.py ablation --seeds 5 --steps 50000
    python benchmarks/rl.py memory --pushes 1000000 --samples 10000
    python benchmarks/rl.py speed --agents dqn a2c ppo --chunk 2048 --rounds 5   # interleaved steps/s

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
        action, _ = self.model.predict(np.asarray(obs), deterministic=True)
        return torch.as_tensor(action)


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


def first_reaching(run: dict, threshold: float) -> int | None:
    return next((s for s, m in zip(run["eval_steps"], run["eval_mean"]) if m >= threshold), None)


def cartpole(args: argparse.Namespace) -> dict:
    results: dict = {}
    for agent in args.agents:
        steps = args.steps or BUDGET[agent]
        sides = ["ours"] + (["sb3"] if agent != "policy_gradient" else [])
        runs: dict = {side: [] for side in sides}
        for seed in range(args.seeds):
            for side in sides:  # interleaved, so load on the shared machine hits both sides alike
                runner = run_ours if side == "ours" else run_sb3
                run = runner(agent, "CartPole-v1", seed, steps, args.eval_every, args.eval_episodes)
                run["steps_to_475"] = first_reaching(run, SOLVED)
                runs[side].append(run)
                print(f"{agent:16s} {side:4s} seed {seed}: best {max(run['eval_mean']):6.1f}  to 475: "
                      f"{run['steps_to_475']}  {run['steps_per_second']:7.0f} steps/s", flush=True)
        results[agent] = {"steps": steps, "runs": runs, "summary": {
            side: {"seeds_reaching_475": sum(r["steps_to_475"] is not None for r in runs[side]),
                   "seeds": len(runs[side]),
                   "steps_to_475": [r["steps_to_475"] for r in runs[side]],
                   "final_mean": interval([r["eval_mean"][-1] for r in runs[side]]),
                   "steps_per_second": quantiles([r["steps_per_second"] for r in runs[side]])}
            for side in sides}}
    plot_curves(results, OUT / "cartpole_curves.png")
    return results


def plot_curves(results: dict, path: Path) -> None:
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
        ax.set(title=f"CartPole-v1 {agent}", xlabel="environment steps", ylabel="greedy return (20 episodes)")
        ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


# ------------------------------------------------------------------------------------------------ speed
def speed(args: argparse.Namespace) -> dict:
    """Training throughput side by side: each agent and its SB3 counterpart alternate ``--chunk`` steps at a
    time (after one warm-up chunk each, past DQN's learning_starts), so load on a shared machine hits both
    alike; steps/s per chunk, p10/p50/p90, with the load average before and after each chunk."""
    results: dict = {}
    for agent in args.agents:
        ours = agent_for_env("CartPole-v1", agent, 100_000,
                             {"seed": 0, **({"total_steps": 10**8} if agent in ("ppo",) else {})})
        theirs = sb3_model(agent, "CartPole-v1", 0)
        rates: dict = {"ours": [], "sb3": []}
        loads = []
        for round_ in range(args.rounds + 1):
            for side in ("ours", "sb3") if round_ % 2 == 0 else ("sb3", "ours"):
                loads.append(load_average())
                started = time.perf_counter()
                if side == "ours":
                    history = train(ours, "CartPole-v1", args.chunk, seed=round_, eval_every=10**9, eval_episodes=1)
                    rate = history.steps_per_second
                else:
                    theirs.learn(args.chunk, reset_num_timesteps=False)
                    rate = args.chunk / (time.perf_counter() - started)
                if round_ > 0:  # round 0 warms both up (DQN: fills the buffer past learning_starts)
                    rates[side].append(rate)
        summary = {side: quantiles(values) for side, values in rates.items()}
        ratio = [o / t for o, t in zip(rates["ours"], rates["sb3"])]
        results[agent] = {"steps_per_second": summary, "ratio_ours_over_sb3": quantiles(ratio), "rates": rates,
                          "load_average": loads}
        print(f"{agent:16s} ours p50 {summary['ours']['p50']:7.0f}  sb3 p50 {summary['sb3']['p50']:7.0f}  "
              f"ratio p50 {quantiles(ratio)['p50']:.2f}  load {loads[0]} .. {loads[-1]}", flush=True)
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
        rows: dict = {}
        for name, priority in PRIORITIES.items():
            runs = []
            for seed in range(args.seeds):
                run = run_ours("dqn", env_id, seed, args.steps, args.eval_every, args.eval_episodes,
                               {**extra, **priority})
                run["steps_to_threshold"] = first_reaching(run, threshold)
                runs.append(run)
                print(f"{env_id:38s} {name:8s} seed {seed}: to {threshold}: {run['steps_to_threshold']}", flush=True)
            reached = [r["steps_to_threshold"] for r in runs if r["steps_to_threshold"] is not None]
            # a run that never reaches the threshold counts as the budget (a lower bound on its true steps)
            censored = [r["steps_to_threshold"] or args.steps for r in runs]
            rows[name] = {"reached": len(reached), "seeds": len(runs), "steps_to_threshold": censored,
                          "interval_censored_at_budget": interval(censored), "runs": runs}
        results[env_id] = {"threshold": threshold, "steps": args.steps, "priorities": rows}
    return results


# ------------------------------------------------------------------------------------------------ memory
def memory(args: argparse.Namespace) -> dict:
    rng = np.random.default_rng(0)
    state = rng.normal(size=8).astype(np.float32)
    ours = EpisodicMemory(capacity=args.pushes, seed=0)
    push_times = []
    for i in range(args.pushes):
        started = time.perf_counter()
        ours.push(state, i % 4, 1.0, state, False, causal_strength=0.3)
        push_times.append(time.perf_counter() - started)
    sample_times = []
    for _ in range(args.samples):
        started = time.perf_counter()
        batch = ours.sample(256)
        sample_times.append(time.perf_counter() - started)
        ours.update_priorities(batch.indices, rng.random(256))

    # the spec's EpisodicMemory: a list of dicts, sampled with random.sample over the filled slots
    spec_memory: list = [None] * args.pushes
    spec_push = []
    for i in range(args.pushes):
        started = time.perf_counter()
        spec_memory[i % args.pushes] = {"state": state, "action": i % 4, "reward": 1.0, "next_state": state,
                                        "done": False, "causal_strength": 0.3}
        spec_push.append(time.perf_counter() - started)
    spec_sample = []
    for _ in range(args.spec_samples):  # O(n) per sample: 10^4 of them would take hours at 10^6 entries
        started = time.perf_counter()
        random.sample([m for m in spec_memory if m], 256)
        spec_sample.append(time.perf_counter() - started)
    us = 1e6
    return {"pushes": args.pushes, "samples": args.samples, "spec_samples": args.spec_samples,
            "ours_push_us": {k: v * us for k, v in quantiles(push_times).items()},
            "ours_sample256_us": {k: v * us for k, v in quantiles(sample_times).items()},
            "spec_list_push_us": {k: v * us for k, v in quantiles(spec_push).items()},
            "spec_list_sample256_us": {k: v * us for k, v in quantiles(spec_sample).items()}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="part", required=True)
    cp = sub.add_parser("cartpole")
    cp.add_argument("--agents", nargs="+", default=["dqn", "a2c", "ppo", "policy_gradient"],
                    choices=["dqn", "a2c", "ppo", "policy_gradient"])
    cp.add_argument("--steps", type=int, default=None, help="steps per run (default: SB3 rl-zoo's budget)")
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
    mem = sub.add_parser("memory")
    mem.add_argument("--pushes", type=int, default=1_000_000)
    mem.add_argument("--samples", type=int, default=10_000)
    mem.add_argument("--spec-samples", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1, help="torch threads for both sides (default: 1)")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.time()
    results = {"cartpole": cartpole, "ablation": ablation, "memory": memory, "speed": speed}[args.part](args)
    record = {"command": "python benchmarks/rl.py " + " ".join(argv if argv is not None else sys.argv[1:]),
              "machine": {"cpu": cpu_model(), "load_average_at_end": load_average(), "threads": args.threads,
                          "torch": torch.__version__},
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "seconds": time.time() - started,
              "results": results}
    path = OUT / f"{args.part}.json"
    path.write_text(json.dumps(record, indent=1, default=float))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
