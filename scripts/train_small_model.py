"""Train the shipped ``causal-small`` text model on the large generated corpus, then measure it.

    python scripts/train_small_model.py [--out runs/causal-small] [--steps 1200] [--max-minutes 45]
                                        [--lines 600000] [--install] [--evaluate-only] [--install-only]
                                        [--init-from MODEL_DIR] [--skip-cfs] [--threads N] [--seed N]
                                        [--data-from EARLIER_OUT]
    python scripts/train_small_model.py --init-from src/causaltorch/data/models/causal-small --out runs/more ...
    python scripts/train_small_model.py --speed [--calls 10] [--new-tokens 96]
    python scripts/train_small_model.py --seed 1 --data-from runs/causal-small --out runs/judge ...  (a judge)

``--seed`` (default 0) seeds the model's initialisation and the training order (`TokenDataModule`'s window
sampler); `benchmarks/text_quality.py --decoding` trains its fluency judge with this script and seed 1.

1. ``scripts/make_corpus.py --large`` writes the large corpus (about 7 M tokens: negation, counterfactuals,
   tenses, paraphrases, named people and places; held-out pairs kept out) into ``OUT/corpus``.
2. It is tokenized with the bundled ``causal-basic`` tokenizer into ``OUT/data/{train,valid}.bin``.
3. A `CausalTransformer` of the ``causal-small`` size (d_model 256, 4 layers, 4 heads; ``--block`` tokens of
   context) trains with the repository's Lightning trainer (`causaltorch.training.text.make_trainer`,
   `CausalLMModule`, `TokenDataModule`) for ``--steps`` steps, or until ``--max-minutes`` have passed
   (Lightning's ``Timer``: the cosine schedule is then cut short, and the log says so).
4. ``--install`` copies the final model (``config.json``, ``model.safetensors``, tokenizer files) and its
   training log (``training_log.csv``: Lightning's metrics; ``training_log.json``: the run's settings,
   tokens seen and measurements) into ``src/causaltorch/data/models/causal-small/``, with ``manifest.json``
   (every file's size and SHA-256, which `causaltorch.text.pretrained.load_pretrained_model` checks).

Measurements written to ``training_log.json`` (``--evaluate-only`` redoes them on ``OUT/model``):
validation perplexity on the large corpus's valid split (non-overlapping windows) and on the shipped
corpus's ``valid.txt`` (line by line, as the demo measures it), and the Causal Fidelity Score on the
held-out cases (`causaltorch.text.demo.heldout_cases`) without and with the held-out rules, and on the
held-in cases.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import platform
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import torch  # noqa: E402

PACKAGE_DIR = ROOT / "src" / "causaltorch" / "data" / "models" / "causal-small"
SEED = 0


def _make_corpus_module():
    spec = importlib.util.spec_from_file_location("_make_corpus", ROOT / "scripts" / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def prepare(out: Path, lines: int, source: Path | None = None) -> dict:
    """Generate the large corpus and its token files (skipped when already there for the same line count).

    With ``source`` (an earlier run's ``--out``), its ``corpus`` and ``data`` folders are used instead: the same
    corpus and token files, without generating them again."""
    from causaltorch.tokenizers import CausalTokenizer
    from causaltorch.training.tokens import prepare_tokens, read_token_file

    base = out if source is None else Path(source)
    if source is not None and not (base / "corpus" / "manifest.json").is_file():
        raise SystemExit(f"--data-from {source}: no corpus/manifest.json there; give the --out folder of an earlier "
                         "run of this script (e.g. runs/causal-small)")
    corpus = base / "corpus"
    manifest_path = corpus / "manifest.json"
    manifest = json.loads(manifest_path.read_text()) if manifest_path.is_file() else None
    if manifest is None or manifest.get("lines_drawn") != lines:
        started = time.perf_counter()
        # an existing with-heldout corpus (the wording judge's) is regenerated as one
        manifest = _make_corpus_module().build_large(corpus, lines,
                                                     with_heldout=bool(manifest and manifest.get("with_heldout")))
        print(f"corpus: {manifest['lines']} in {time.perf_counter() - started:.0f}s", flush=True)
    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    data = base / "data"
    tokens = {}
    for split in ("train", "valid"):
        path = data / f"{split}.bin"
        stamp = data / f"{split}.sha256"
        if not path.is_file() or not stamp.is_file() or stamp.read_text() != manifest["sha256"][split]:
            from causaltorch.text.corpus import read_documents

            prepare_tokens(read_documents(corpus / f"{split}.txt"), tokenizer, path)
            stamp.write_text(manifest["sha256"][split])
        tokens[split] = len(read_token_file(path))
    print(f"tokens: {tokens}", flush=True)
    return {"manifest": manifest, "tokens": tokens, "tokenizer": tokenizer, "data": data}


def train(out: Path, prepared: dict, args: argparse.Namespace) -> dict:
    import lightning as L
    from lightning.pytorch.callbacks import Timer

    from causaltorch.text.config import CausalTransformerConfig
    from causaltorch.text.model import CausalTransformer
    from causaltorch.training.text import CausalLMModule, TokenDataModule, make_trainer

    tokenizer = prepared["tokenizer"]
    L.seed_everything(args.seed, verbose=False)  # model initialisation (and dropout)
    config = CausalTransformerConfig.from_name(
        "causal-small", vocab_size=tokenizer.vocab_size, max_seq_length=args.block,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )
    model = CausalTransformer(config)
    model.tokenizer = tokenizer
    if args.init_from is not None:  # continue from a saved model's weights (a fresh optimizer and schedule)
        start = CausalTransformer.from_pretrained(args.init_from)
        if start.config != config:
            raise SystemExit(f"--init-from {args.init_from}: its config differs from the causal-small config "
                             f"trained here ({start.config} vs {config})")
        model.load_state_dict(start.state_dict())
    folder = prepared.get("data", out / "data")
    data = TokenDataModule(folder / "train.bin", args.block, args.batch_size, val_file=folder / "valid.bin",
                           seed=args.seed)  # training order and window offsets
    module = CausalLMModule(model, learning_rate=args.learning_rate, warmup_steps=args.warmup)
    timer = Timer(duration={"minutes": args.max_minutes}, interval="step")
    trainer = make_trainer(args.steps, out, progress_bar="none", checkpoint_every=args.checkpoint_every,
                           val_every=args.val_every, val_batches=args.val_batches, log_every_n_steps=10,
                           callbacks=[timer], accelerator="auto")
    started = time.perf_counter()
    trainer.fit(module, datamodule=data)
    seconds = time.perf_counter() - started
    tokenizer.save_pretrained(out / "model")  # the export holds the weights only
    steps = int(trainer.global_step)
    before = _tokens_seen_before(args.init_from)
    return {
        "init_from": str(args.init_from) if args.init_from is not None else None, "seed": args.seed,
        "tokens_seen_before": before, "tokens_seen_total": before + steps * args.block * args.batch_size,
        "steps_planned": args.steps, "steps_done": steps, "stopped_by_timer": steps < args.steps,
        "block_size": args.block, "batch_size": args.batch_size, "learning_rate": args.learning_rate,
        "warmup_steps": args.warmup, "tokens_seen": steps * args.block * args.batch_size,
        "train_seconds": round(seconds, 1), "parameters": sum(p.numel() for p in model.parameters()),
        "metrics_csv": str(Path(trainer.logger.log_dir) / "metrics.csv"),
        "device": "cuda" if torch.cuda.is_available() else "cpu", "torch_threads": torch.get_num_threads(),
    }


def _tokens_seen_before(init_from: Path | None) -> int:
    """Tokens the ``--init-from`` model had already trained on (its ``training_log.json``, else 0)."""
    if init_from is None:
        return 0
    for folder in (Path(init_from), Path(init_from).parent):
        log = folder / "training_log.json"
        if log.is_file():
            training = json.loads(log.read_text()).get("training", {})
            return int(training.get("tokens_seen_total", training.get("tokens_seen", 0)))
    return 0


@torch.no_grad()
def evaluate(model_dir: Path, valid_bin: Path | None, windows: int = 200, cfs: bool = True,
             shipped_lines: int | None = None) -> dict:
    """Perplexities and fidelity scores of the model saved in ``model_dir`` (the shipped ``valid.txt``: its first
    ``shipped_lines`` lines, default all)."""
    from causaltorch.metrics.text import calculate_cfs, perplexity
    from causaltorch.text.corpus import knowledge_base, load_corpus
    from causaltorch.text.demo import heldin_cases, heldout_cases, heldout_rules
    from causaltorch.text.model import CausalTransformer
    from causaltorch.training.tokens import TokenWindows

    model = CausalTransformer.from_pretrained(model_dir).eval()
    results: dict = {}
    if valid_bin is not None and valid_bin.is_file():
        tiles = TokenWindows(valid_bin, model.config.max_seq_length)
        count = min(windows, len(tiles))
        nll = 0.0
        for first in range(0, count, 16):
            batch = [tiles[i] for i in range(first, min(count, first + 16))]
            inputs = torch.stack([b[0] for b in batch])
            targets = torch.stack([b[1] for b in batch])
            logits = model(inputs).logits.float()
            nll += torch.nn.functional.cross_entropy(logits.flatten(0, 1), targets.flatten(), reduction="sum").item()
        results["large_valid_perplexity"] = math.exp(nll / (count * model.config.max_seq_length))
        results["large_valid_windows"] = count
    lines = load_corpus("valid")[:shipped_lines]
    results["shipped_valid_perplexity"] = perplexity(model, lines)
    results["shipped_valid_lines"] = len(lines)
    if not cfs:
        return results
    rules = knowledge_base()
    cases = heldout_cases()
    results["heldout_cases"] = len(cases)
    results["heldout_cfs_without_rules"] = calculate_cfs(model, cases, rules=rules, guided=False)
    results["heldout_cfs_with_heldout_rules"] = calculate_cfs(model, cases, rules=heldout_rules(rules),
                                                              rule_strength=10.0)
    inside = heldin_cases(rules)
    results["heldin_cases"] = len(inside)
    results["heldin_cfs_without_rules"] = calculate_cfs(model, inside, rules=rules, guided=False)
    return results


def speed(calls: int, new_tokens: int) -> dict:
    """Greedy generation of the shipped model against ``transformers``' ``GPT2LMHeadModel.generate`` holding the
    same weights (the same architecture): identical tokens, and tokens/s p10/p50/p90 with alternating calls
    (benchmarks/text_speed.py's helpers)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import os

    import text_speed as bench
    from causaltorch.text.gpt2 import _CONV1D
    from causaltorch.text.pretrained import load_pretrained_model

    model = load_pretrained_model("causal-small")
    config = model.config
    hf = bench.transformers_model(config.vocab_size, config.d_model, config.n_heads, config.n_layers,
                                  config.max_seq_length)
    state = {}
    for name, tensor in model.state_dict().items():
        if name.startswith("transformer.h.") and name.endswith(_CONV1D):
            tensor = tensor.t().contiguous()  # ours [out, in] -> GPT-2's Conv1D [in, out]
        state[name] = tensor
    missing, unexpected = hf.load_state_dict(state, strict=False)
    missing = [m for m in missing if not m.endswith((".attn.bias", ".attn.masked_bias"))]
    if missing or unexpected:
        raise RuntimeError(f"weights do not map onto GPT-2: missing {missing}, unexpected {unexpected}")
    results: dict = {"new_tokens": new_tokens, "calls": calls, "threads": torch.get_num_threads(),
                     "load_average_start": os.getloadavg()}
    prompts = ["If it rains,", "When the power goes out,", "Because it snowed,", "The engine overheated, so"]
    for batch in (1, 16):
        texts = (prompts * 4)[:batch]
        ids = torch.tensor([model.tokenizer.encode(t)[:4] for t in texts])  # equal lengths: no padding
        ours = bench.ours_greedy(model, ids, new_tokens)
        theirs = bench.transformers_greedy(hf, ids, new_tokens)
        seconds = bench.alternate({"causaltorch": lambda ids=ids: bench.ours_greedy(model, ids, new_tokens),
                                   "transformers": lambda ids=ids: bench.transformers_greedy(hf, ids, new_tokens)},
                                  calls)
        results[f"batch {batch}"] = {
            "identical_tokens": bool(torch.equal(ours, theirs)),
            "tokens_per_s": {side: bench.rates(values, batch * new_tokens) for side, values in seconds.items()},
            "ratio": bench.ratios(seconds["transformers"], seconds["causaltorch"]),
        }
    results["load_average_end"] = os.getloadavg()
    return results


def install(out: Path, log: dict) -> None:
    """Copy the final model and its logs into the package data folder."""
    from causaltorch.tokenizers import CausalTokenizer

    model_dir = out / "model"
    if not (model_dir / "tokenizer.json").is_file():  # runs before the tokenizer was saved with the model
        CausalTokenizer.from_pretrained(log["corpus"]["tokenizer"]).save_pretrained(model_dir)
    PACKAGE_DIR.mkdir(parents=True, exist_ok=True)
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"):
        shutil.copyfile(model_dir / name, PACKAGE_DIR / name)
    shutil.copyfile(log["training"]["metrics_csv"], PACKAGE_DIR / "training_log.csv")
    (PACKAGE_DIR / "training_log.json").write_text(json.dumps(log, indent=2) + "\n", encoding="utf-8")
    files = {}
    for path in sorted(PACKAGE_DIR.iterdir()):
        if path.name != "manifest.json":
            files[path.name] = {"bytes": path.stat().st_size, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    manifest = {"model": "causal-small", "generator": "scripts/train_small_model.py --install", "files": files}
    (PACKAGE_DIR / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"installed into {PACKAGE_DIR}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "runs" / "causal-small")
    parser.add_argument("--lines", type=int, default=None, help="corpus lines drawn (default: make_corpus's)")
    parser.add_argument("--steps", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=SEED,
                        help=f"seed of the model's initialisation and of the training order (default: {SEED}; "
                             "benchmarks/text_quality.py trains its fluency judge with another)")
    parser.add_argument("--max-minutes", type=float, default=45.0, help="stop training after this long")
    parser.add_argument("--block", type=int, default=256, help="context length (also max_seq_length)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--learning-rate", type=float, default=2e-3)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--val-every", type=int, default=100)
    parser.add_argument("--val-batches", type=int, default=10)
    parser.add_argument("--checkpoint-every", type=int, default=200)
    parser.add_argument("--init-from", type=Path, default=None,
                        help="start from this saved model's weights (e.g. the shipped causal-small folder); the "
                             "optimizer and schedule start afresh and tokens seen add up")
    parser.add_argument("--data-from", type=Path, default=None,
                        help="use the corpus and token files of this earlier run's --out folder (no regeneration)")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    parser.add_argument("--skip-cfs", action="store_true", help="measure perplexities only (the CFS runs are slow)")
    parser.add_argument("--install", action="store_true", help="copy the model into the package data folder")
    parser.add_argument("--evaluate-only", action="store_true", help="only measure OUT/model (and --install)")
    parser.add_argument("--speed", action="store_true",
                        help="only time the shipped model's generate against transformers' (OUT/speed.json)")
    parser.add_argument("--calls", type=int, default=10, help="--speed: calls per side (default: 10)")
    parser.add_argument("--new-tokens", type=int, default=96, help="--speed: new tokens per call (default: 96)")
    parser.add_argument("--install-only", action="store_true",
                        help="only copy OUT/model and OUT/training_log.json into the package")
    args = parser.parse_args(argv)
    if args.seed < 0:
        parser.error(f"--seed must be >= 0, got {args.seed}")
    if args.threads:
        torch.set_num_threads(args.threads)
    out = args.out
    log_path = out / "training_log.json"
    if args.speed:
        results = speed(args.calls, args.new_tokens)
        out.mkdir(parents=True, exist_ok=True)
        (out / "speed.json").write_text(json.dumps(results, indent=2) + "\n")
        print(json.dumps(results, indent=2), flush=True)
        return 0
    if args.install_only:
        install(out, json.loads(log_path.read_text()))
        return 0
    if args.evaluate_only:
        log = json.loads(log_path.read_text())
    else:
        lines = args.lines if args.lines is not None else _make_corpus_module().LARGE_LINES
        prepared = prepare(out, lines, args.data_from)
        log = {
            "model": "causal-small", "command": " ".join([Path(sys.argv[0]).name, *(argv or sys.argv[1:])]),
            "machine": {"platform": platform.platform(), "processor": platform.processor() or platform.machine(),
                        "cuda": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
                        "torch": torch.__version__},
            "corpus": {"generator": prepared["manifest"].get("generator", "scripts/make_corpus.py --large"),
                       "lines": prepared["manifest"]["lines"],
                       "seed": prepared["manifest"]["seed"], "sha256": prepared["manifest"]["sha256"],
                       "with_heldout": bool(prepared["manifest"].get("with_heldout", False)),
                       "tokens": prepared["tokens"], "tokenizer": "causal-basic", "data": str(prepared["data"])},
        }
        log["training"] = train(out, prepared, args)
        log["training"]["epochs_of_train_tokens"] = round(log["training"]["tokens_seen"] / prepared["tokens"]["train"],
                                                          3)
        log_path.write_text(json.dumps(log, indent=2) + "\n")
        print(json.dumps(log["training"], indent=2), flush=True)
    started = time.perf_counter()
    valid_bin = Path(log["corpus"].get("data", out / "data")) / "valid.bin"
    log["evaluation"] = evaluate(out / "model", valid_bin, cfs=not args.skip_cfs)
    log["evaluation"]["seconds"] = round(time.perf_counter() - started, 1)
    log_path.write_text(json.dumps(log, indent=2) + "\n")
    print(json.dumps(log["evaluation"], indent=2), flush=True)
    if args.install:
        install(out, log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
