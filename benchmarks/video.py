"""Causal video benchmark: temporal rule fidelity, do(arrow_hit = 0), temporal consistency, speed.

Two predictors of the same architecture and parameter count are trained on the same clips with the same
seed and steps (Lightning, one CPU thread):

- **causal**: `CNSGNet` reading the per-frame causal state (the rules' SCM rollout);
- **baseline**: the same network with a constant state (``use_causal_state=False``): it learns the
  temporal rules from pixels only.

Both generate every test clip autoregressively from the clip's real first frame. The causal model gets
the clip's state; the baseline cannot take a state, so the causes are shown to it: each cause event's
sprite (spark, arrow, blast) is pasted into its generated frame at the event's frame, and it must
produce the effects itself. An `EffectDetector` fitted on real clips reads the effects from the frames.

    flock /tmp/causaltorch-bench.lock .venv/bin/python benchmarks/video.py [--steps 300] [--smoke]
    flock /tmp/causaltorch-bench.lock .venv/bin/python benchmarks/video.py --timing-only --out DIR   # frames/s only

Writes ``docs/results/video.json``, ``docs/images/video_*.gif|png`` and prints the markdown tables.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import cpu_model  # noqa: E402
from causaltorch.metrics.video import temporal_consistency, temporal_rule_fidelity  # noqa: E402
from causaltorch.video import (  # noqa: E402
    CausalClips,
    CNSGNet,
    EffectDetector,
    VideoModelConfig,
    render_frames,
    scene_palettes,
    train_video,
    write_frame_grid,
    write_gif,
)

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ("hoof_impact", "arrow_hit", "explosion")


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def event_sprites(clips: CausalClips, index: torch.Tensor, state: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """The real pixels of the cause sprites in each frame, and where they are: ``[n, T, 3, H, W]`` twice."""
    quiet = state.clone()
    for name in EVENTS:
        quiet[..., clips.column(name)] = 0
    with_events = render_frames(state, clips.palettes[index], clips.variables, clips.size)
    without = render_frames(quiet, clips.palettes[index], clips.variables, clips.size)
    mask = (with_events != without).any(dim=2, keepdim=True).expand_as(with_events)
    return with_events, mask


@torch.no_grad()
def baseline_generate(model: CNSGNet, first: torch.Tensor, sprites: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Autoregressive frames from the frames-only predictor, with the causes pasted in at their frames."""
    window = model.predictor.receptive_field
    frames = [torch.where(mask[:, 0], sprites[:, 0], first)]
    for t in range(1, sprites.shape[1]):
        history = torch.stack(frames[max(0, t - window):t], dim=1)
        predicted = model.predictor(history, None, first)[:, -1].clamp(0, 1)
        frames.append(torch.where(mask[:, t], sprites[:, t], predicted))
    return torch.stack(frames, dim=1)


def evaluate(name: str, frames: torch.Tensor, real: torch.Tensor, state: torch.Tensor, clips: CausalClips,
             detector: EffectDetector) -> dict:
    detected = detector.detect(frames)
    counts = temporal_rule_fidelity(detected, state, clips.ruleset, return_counts=True)
    consistency = float(temporal_consistency(frames).mean())
    real_consistency = float(temporal_consistency(real).mean())
    per_frame = {v: float((detected[v] == (state[..., clips.column(v)] > 0.5)).float().mean())
                 for v in ("dust", "soldier_fall", "smoke")}
    return {
        "model": name,
        "fidelity": {rule: (c / n if n else None) for rule, (c, n) in counts.items()},
        "events": {rule: n for rule, (_, n) in counts.items()},
        "temporal_consistency": consistency,
        "temporal_consistency_real": real_consistency,
        "consistency_gap": abs(consistency - real_consistency) / real_consistency,
        "per_frame_effect_accuracy": per_frame,
        "pixel_mse_vs_real": float((frames - real).pow(2).mean()),
    }


def time_generation(run_dir: Path, rounds: int = 3) -> dict:
    """Generation frames/s of the trained causal and baseline models in ``run_dir``, interleaved, best of ``rounds``."""
    causal = CNSGNet.from_pretrained(run_dir / "causal").eval()
    baseline = CNSGNet.from_pretrained(run_dir / "baseline").eval()
    test = CausalClips(16, seed=2000)
    real = test.frames()
    sprites, mask = event_sprites(test, torch.arange(16), test.states)
    cases = {
        "causal_batch16": (16, lambda: causal.generate(real[:, 0], causal_state=test.states)),
        "baseline_batch16": (16, lambda: baseline_generate(baseline, real[:, 0], sprites, mask)),
        "causal_one_clip_at_a_time": (4, lambda: [causal.generate(real[i, 0], causal_state=test.states[i:i + 1])
                                                  for i in range(4)]),
    }
    rates: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    load = os.getloadavg()[0]
    for _ in range(rounds):
        for name, (clips, fn) in cases.items():
            _, wall, cpu = timed(fn)
            frames = clips * (test.num_frames - 1)
            rates[name].append((frames / wall, frames / cpu))
    out = {name: {"frames_per_s_wall": max(r[0] for r in runs), "frames_per_cpu_s": max(r[1] for r in runs)}
           for name, runs in rates.items()}
    out["load_average_start_end"] = [load, os.getloadavg()[0]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--train-clips", type=int, default=256)
    parser.add_argument("--test-clips", type=int, default=100)
    parser.add_argument("--hidden", type=int, default=32)
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "video-bench")
    parser.add_argument("--results", type=Path, default=ROOT / "docs" / "results" / "video.json")
    parser.add_argument("--images", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--smoke", action="store_true", help="a few steps and clips: checks the script runs")
    parser.add_argument("--timing-only", action="store_true",
                        help="only time generation of the models already trained in --out (run under the bench lock)")
    args = parser.parse_args()
    if args.timing_only:
        torch.set_num_threads(1)
        print(json.dumps(time_generation(args.out), indent=2))
        return
    if args.smoke:
        args.steps, args.train_clips, args.test_clips = 5, 16, 8
    torch.set_num_threads(1)

    train = CausalClips(args.train_clips, seed=0)
    runs = {}
    for name, use_state in (("causal", True), ("baseline", False)):
        config = VideoModelConfig(hidden_channels=args.hidden, use_causal_state=use_state)
        model, wall, cpu = timed(lambda: train_video(args.out / name, args.steps, clips=train, config=config,
                                                     batch_size=16, progress_bar="tqdm", seed=0, logger=False))
        runs[name] = {"model": model, "train_wall_s": wall, "train_cpu_s": cpu,
                      "parameters": sum(p.numel() for p in model.predictor.parameters())}

    calibration = CausalClips(128, seed=1000)
    detector = EffectDetector().fit(calibration.frames(), calibration.states, calibration.variables)
    held_out = CausalClips(64, seed=1001)
    detector_accuracy = detector.accuracy(held_out.frames(), held_out.states, held_out.variables)

    test = CausalClips(args.test_clips, seed=2000)
    index = torch.arange(len(test))
    real = test.frames()
    causal, baseline = runs["causal"]["model"], runs["baseline"]["model"]
    generated = {}
    generated["causal"], wall, cpu = timed(lambda: causal.generate(real[:, 0], causal_state=test.states))
    runs["causal"]["generate_batched_fps"] = len(test) * (test.num_frames - 1) / wall
    sprites, mask = event_sprites(test, index, test.states)
    generated["baseline"], wall, _ = timed(lambda: baseline_generate(baseline, real[:, 0], sprites, mask))
    runs["baseline"]["generate_batched_fps"] = len(test) * (test.num_frames - 1) / wall
    single = min(8, len(test))
    _, wall, cpu = timed(lambda: [causal.generate(real[i, 0], causal_state=test.states[i:i + 1])
                                  for i in range(single)])
    runs["causal"]["generate_single_fps"] = single * (test.num_frames - 1) / wall
    runs["causal"]["generate_single_cpu_fps"] = single * (test.num_frames - 1) / cpu
    results = {name: evaluate(name, generated[name], real, test.states, test, detector) for name in generated}

    # do(arrow_hit = 0) on clips whose natural rollout shows a fall: paired worlds (same seed, same noise).
    fall = test.column("soldier_fall")
    falls = test.states[:, :, fall].amax(dim=1) > 0.5
    calm = CausalClips(args.test_clips, seed=2000, interventions={"arrow_hit": 0.0})
    assert torch.equal(calm.palettes, test.palettes)
    removed = {}
    chosen = falls.nonzero().flatten()
    calm_real = calm.frames(chosen)
    gen_calm = causal.generate(calm_real[:, 0], causal_state=calm.states[chosen])
    removed["causal"] = float((~detector.detect(gen_calm)["soldier_fall"].any(dim=1)).float().mean())
    shown = float(detector.detect(generated["causal"][chosen])["soldier_fall"].any(dim=1).float().mean())
    calm_sprites, calm_mask = event_sprites(calm, chosen, calm.states[chosen])
    gen_calm_base = baseline_generate(baseline, calm_real[:, 0], calm_sprites, calm_mask)
    removed["baseline"] = float((~detector.detect(gen_calm_base)["soldier_fall"].any(dim=1)).float().mean())

    # do(arrow_hit = 1 at frame 5): first frame where the fall is seen, natural chance events elsewhere.
    hit_state = causal.rollout_state(test.num_frames, {"arrow_hit": {5: 1.0}}, n=len(test), seed=2000)
    clean = (hit_state[:, :5, test.column("arrow_hit")] < 0.5).all(dim=1)  # no chance arrow before 5
    hit_frames = causal.generate(render_frames(hit_state[:, :1], test.palettes, test.variables)[:, 0],
                                 causal_state=hit_state)
    seen = detector.detect(hit_frames)["soldier_fall"][clean]
    onset_8 = float((~seen[:, :8].any(dim=1) & seen[:, 8:].all(dim=1)).float().mean())

    # Pictures: the CLI's clip and a real / causal / baseline grid.
    args.images.mkdir(parents=True, exist_ok=True)
    demo_state = causal.rollout_state(24, {"arrow_hit": {5: 1.0}}, n=1, seed=0)
    demo_start = render_frames(demo_state[:, :1], scene_palettes(1, 0), causal.variables)[:, 0]
    demo = causal.generate(demo_start, causal_state=demo_state)[0]
    captions = [" ".join(v for v, x in zip(causal.variables, row.tolist()) if x > 0.5) for row in demo_state[0]]
    write_gif(demo, args.images / "video_arrow_hit.gif", fps=6, scale=4, captions=captions)
    pick = int(chosen[0]) if len(chosen) else 0
    write_frame_grid(torch.stack([real[pick], generated["causal"][pick], generated["baseline"][pick]]),
                     args.images / "video_real_causal_baseline.png", scale=2, columns=12)

    report = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {"cpu": cpu_model(), "python": platform.python_version(), "torch": torch.__version__,
                    "threads": torch.get_num_threads()},
        "command": ".venv/bin/python benchmarks/video.py " + " ".join(sys.argv[1:]),
        "load_average_at_end": list(os.getloadavg()),
        "settings": {"steps": args.steps, "train_clips": args.train_clips, "test_clips": args.test_clips,
                     "hidden": args.hidden, "batch_size": 16, "window": 8, "frames": 24, "size": 32},
        "detector_accuracy_held_out_real": detector_accuracy,
        "training": {name: {k: v for k, v in run.items() if k != "model"} for name, run in runs.items()},
        "results": results,
        "do_arrow_hit_0": {"clips_with_natural_fall": int(len(chosen)), "fall_removed_share": removed,
                           "causal_fall_shown_without_do": shown},
        "do_arrow_hit_at_5": {"clips_without_earlier_arrow": int(clean.sum()), "fall_first_seen_at_8_share": onset_8},
    }
    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
