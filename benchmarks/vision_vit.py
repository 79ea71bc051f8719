"""ViT data frugality on CausalScenes: a CausalVisionTransformer vs a plain ViT of the same size.

    .venv/bin/python benchmarks/vision_vit.py --steps 400 --out docs/results/vision_vit.json

Both models: 32x32 pictures, patch 4, width 64, 4 heads, 4 layers, the four weather classes
(`causaltorch.vision.data.SCENE_CLASSES`). The causal ViT also learns the seven factors (its causal
features, through the vision rule graph); the plain ViT has no rules and learns the classes only. Each is
trained for the same number of steps on 100 and on 1,000 training pictures and tested on 2,000 others.
Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import warnings
from pathlib import Path

import torch

from causaltorch.training.vision import train_vit_classifier
from causaltorch.vision.data import SCENE_CLASSES, CausalScenes, vision_rules
from causaltorch.vision.vit import CausalVisionTransformer


def build(rules):
    return CausalVisionTransformer(32, 4, num_classes=len(SCENE_CLASSES), d_model=64, n_heads=4, n_layers=4,
                                   causal_rules=rules, class_names=list(SCENE_CLASSES))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    parser.add_argument("--out", type=Path, default=Path("docs/results/vision_vit.json"))
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    logging.getLogger("lightning.pytorch").setLevel(logging.ERROR)
    torch.set_num_threads(1)
    rules = vision_rules()
    test = CausalScenes(2000, 32, seed=424242)
    test_images = test.images()
    rows = []
    for size in args.sizes:
        for seed in args.seeds:
            for label, model_rules in (("causal", rules), ("plain", None)):
                torch.manual_seed(seed)
                cpu = time.process_time()
                model, _ = train_vit_classifier(args.steps, 32, 32, 1e-3, model=build(model_rules), train_images=size,
                                                test_images=10, seed=seed, progress=False)
                with torch.no_grad():
                    logits, factors = model(test_images)
                accuracy = float((logits.argmax(-1) == test.classes).float().mean())
                mae = float((factors - test.factors).abs().mean()) if factors.shape[1] else float("nan")
                rows.append({"model": label, "train_images": size, "seed": seed, "class_accuracy": accuracy,
                             "factor_mae": mae, "cpu_s": time.process_time() - cpu,
                             "parameters": sum(p.numel() for p in model.parameters())})
                print(f"{label:6s} n={size:5d} seed={seed}: accuracy {accuracy:.3f}, factor MAE {mae:.3f}, "
                      f"{rows[-1]['cpu_s']:.0f} CPU s", flush=True)
    summary = {}
    for size in args.sizes:
        for label in ("causal", "plain"):
            picked = [r["class_accuracy"] for r in rows if r["model"] == label and r["train_images"] == size]
            summary[f"{label}@{size}"] = sum(picked) / len(picked)
    print("\nmean class accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in summary.items()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"command": " ".join(sys.argv), "steps": args.steps, "test_images": len(test),
                                    "majority_class_rate": float(test.classes.bincount().max()) / len(test),
                                    "rows": rows, "mean_accuracy": summary}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
