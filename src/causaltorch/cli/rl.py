"""``causaltorch rl …``: train a causal RL agent on a Gymnasium environment and evaluate it.

    causaltorch rl train --env CartPole-v1 --agent ppo --steps 100000 --seed 0 --out DIR
    causaltorch rl evaluate DIR --episodes 20 --gif episode.gif

``train`` writes ``DIR/config.json`` + ``DIR/model.safetensors`` (the agent), ``DIR/training.json`` (the
environment and every evaluation) and, when MLflow is installed (the ``mlops`` extra), an MLflow run in
``DIR/mlflow.db``; with ``--track [STORE]`` the run goes to that shared store instead (as on every other ``train``
command) and the agent is registered there with alias ``champion``. Gymnasium, torch and MLflow load inside the
handlers.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
from pathlib import Path
from typing import Any

from causaltorch import _validate
from causaltorch.cli._args import check_seed, output_folder, output_option, positive_options, tracking_option
from causaltorch.cli._ui import add_row, progress_bar, say, table
from causaltorch.errors import CheckpointError, DataError, OutputError, require

__all__ = ["add_commands"]

AGENTS = ("dqn", "policy_gradient", "a2c", "ppo")
TRAIN_FILES = ("config.json", "model.safetensors", "training.json")
PARAMS = ("env", "agent", "steps", "seed", "n_envs", "memory_capacity", "causal_weight")


def add_commands(subparsers: Any) -> None:
    """Register ``rl train`` and ``rl evaluate`` on the top-level subparsers."""
    rl = subparsers.add_parser("rl", help="train and evaluate causal RL agents on Gymnasium environments")
    actions = rl.add_subparsers(dest="rl_command", required=True, metavar="ACTION")

    train = actions.add_parser("train", help="train an agent (DQN, REINFORCE, A2C, PPO) with causal episodic memory")
    train.add_argument("--env", default="CartPole-v1",
                       help="Gymnasium id, e.g. CartPole-v1, causaltorch/Slide1D-v0 (default: CartPole-v1)")
    train.add_argument("--agent", choices=AGENTS, default="ppo", help="algorithm (default: ppo)")
    train.add_argument("--steps", type=int, required=True, help="environment steps, all environments together")
    train.add_argument("--out", type=Path, required=True, help="output folder for the agent and its history")
    train.add_argument("--seed", type=int, default=0, help="seed of networks, sampling and environments (default: 0)")
    train.add_argument("--n-envs", type=int, default=None, help="parallel environments (default: 1 DQN, 8 others)")
    train.add_argument("--eval-every", type=int, default=5000, help="steps between evaluations (default: 5000)")
    train.add_argument("--eval-episodes", type=int, default=20, help="greedy episodes per evaluation (default: 20)")
    train.add_argument("--memory-capacity", type=int, default=100_000, help="episodic memory size (default: 100000)")
    train.add_argument("--causal-weight", type=float, default=None,
                       help="weight of causal influence against TD error in replay priority, in [0, 1]")
    train.add_argument("--threads", type=int, default=1, help="torch threads (default: 1; small networks)")
    train.add_argument("--no-mlflow", action="store_true", help="do not log to MLflow even when it is installed")
    train.add_argument("--track", nargs="?", const=True, default=None, metavar="STORE",
                       help="log the run to a shared MLflow store (a folder for the embedded SQLite store, default "
                            "./causaltorch-runs, or any MLflow tracking URI) and register the agent there")
    train.add_argument("--experiment", default="rl", help="the MLflow experiment of --track (default: rl)")
    train.set_defaults(handler=_cmd_train)

    evaluate = actions.add_parser("evaluate", help="greedy returns of a trained agent, optionally as a GIF")
    evaluate.add_argument("model", type=Path, help="folder written by rl train")
    evaluate.add_argument("--episodes", type=int, default=20, help="episodes (default: 20)")
    evaluate.add_argument("--seed", type=int, default=0, help="seed of the first episode (default: 0)")
    evaluate.add_argument("--env", default=None, help="Gymnasium id (default: the one it was trained on)")
    evaluate.add_argument("--gif", type=Path, default=None, help="write the first episode as an animated GIF")
    evaluate.set_defaults(handler=_cmd_evaluate)


def _cmd_train(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "steps", "n_envs", "eval_every", "eval_episodes", "memory_capacity")
    _validate.integer("--threads", args.threads, 1, 1024)
    check_seed(args.seed)
    _validate.optional(_validate.fraction, "--causal-weight", args.causal_weight)
    output_folder(args.out, files=TRAIN_FILES)

    import torch

    from causaltorch.rl.training import agent_for_env, train

    torch.set_num_threads(args.threads)
    config: dict[str, Any] = {"seed": args.seed}
    if args.causal_weight is not None:
        config["causal_weight"] = args.causal_weight
    if args.track is not None and args.no_mlflow:
        raise DataError("--track and --no-mlflow contradict each other; give one of them.")
    agent = agent_for_env(args.env, args.agent, args.memory_capacity, config)
    tracked = tracking_option(args, "rl")
    if tracked is not None:
        tracked.log_params({key: getattr(args, key) for key in PARAMS})
        tracker = (tracked.client, tracked.run_id)
    else:
        tracker = None if args.no_mlflow or args.track is not None else _mlflow_run(args)
    evaluations: list[dict[str, float]] = []

    def on_eval(step: int, returns: Any) -> None:
        evaluations.append({"step": step, "mean": float(returns.mean()), "std": float(returns.std())})
        say(console, f"step {step}: mean return {returns.mean():.1f} ± {returns.std():.1f} "
                     f"over {len(returns)} episodes")
        if tracker is not None:
            tracker[0].log_metric(tracker[1], "eval_mean_return", float(returns.mean()), step=step)

    try:
        with progress_bar(console, f"{args.agent} on {args.env}", args.steps) as update:
            history = train(agent, args.env, args.steps, n_envs=args.n_envs, seed=args.seed,
                            eval_every=args.eval_every, eval_episodes=args.eval_episodes, on_eval=on_eval,
                            progress=update)
    finally:
        if tracker is not None:
            tracker[0].set_terminated(tracker[1], "FINISHED" if len(evaluations) else "KILLED")
    agent.save_pretrained(args.out)
    record = {"env": args.env, "agent": args.agent, "steps": history.env_steps, "seed": args.seed,
              "steps_per_second": history.steps_per_second, "evaluations": evaluations,
              "episode_returns": history.episode_returns, "episode_end_steps": history.episode_end_steps}
    (args.out / "training.json").write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    if tracker is not None:
        tracker[0].log_metric(tracker[1], "steps_per_second", history.steps_per_second)
    if tracked is not None:
        name = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"rl-{args.env}-{args.agent}")
        version = tracked.model_registry.save_model(agent, name, metadata={"env": args.env, "steps": history.env_steps,
                                                                           "seed": args.seed}, alias="champion")
        say(console, f"registered {name} version {version.version} (alias champion) in {tracked.tracking_uri}")
    say(console, f"trained {history.env_steps} steps ({history.steps_per_second:.0f} steps/s); wrote {args.out}")


def _mlflow_run(args: argparse.Namespace) -> tuple[Any, str] | None:
    """``(client, run id)`` of a new MLflow run in ``--out/mlflow.db`` when MLflow is installed, else None."""
    if importlib.util.find_spec("mlflow") is None:
        return None
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    mlflow = require("mlflow", "mlops", "experiment tracking")
    args.out.mkdir(parents=True, exist_ok=True)
    client = mlflow.MlflowClient(tracking_uri=f"sqlite:///{args.out.resolve() / 'mlflow.db'}")
    experiment = client.get_experiment_by_name("causaltorch-rl")
    experiment_id = experiment.experiment_id if experiment else client.create_experiment("causaltorch-rl")
    run = client.create_run(experiment_id, run_name=f"{args.agent}-{args.env}-seed{args.seed}")
    for key in PARAMS:
        client.log_param(run.info.run_id, key, str(getattr(args, key)))
    return client, run.info.run_id


def _cmd_evaluate(args: argparse.Namespace, console: Any) -> None:
    positive_options(args, "episodes")
    check_seed(args.seed)
    if args.gif is not None:
        if args.gif.suffix.lower() != ".gif":
            raise OutputError(f"--gif {args.gif} must end in .gif.")
        output_option(args.gif, "--gif")
    env_id = args.env
    if env_id is None:
        history = args.model / "training.json"
        if not history.is_file():
            raise CheckpointError(f"{args.model} has no training.json; give the environment with --env.")
        try:
            env_id = json.loads(history.read_text(encoding="utf-8"))["env"]
        except (ValueError, KeyError, TypeError):
            raise CheckpointError(f"{history} does not name the environment; give it with --env.") from None

    import torch

    from causaltorch.rl.agent import CausalRLAgent
    from causaltorch.rl.training import evaluate

    torch.set_num_threads(1)
    agent = CausalRLAgent.from_pretrained(args.model).eval()
    frames: list[Any] | None = [] if args.gif is not None else None
    returns = evaluate(agent, env_id, args.episodes, seed=args.seed, frames=frames)
    grid = table("episode", "seed", "return", align="rrr")
    for i, value in enumerate(returns):
        add_row(grid, str(i), str(args.seed + i), f"{value:.1f}")
    console.print(grid)
    say(console, f"mean return {returns.mean():.1f} ± {returns.std():.1f} over {len(returns)} episodes on {env_id}")
    if frames:
        image = require("PIL.Image", "rl", "writing GIFs")
        pictures = [image.fromarray(frame) for frame in frames]
        pictures[0].save(args.gif, save_all=True, append_images=pictures[1:], duration=40, loop=0)
        say(console, f"wrote {args.gif} ({len(pictures)} frames)")
