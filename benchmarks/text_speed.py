"""Speed of the causal text model on this machine, each comparison measured side by side in one run.

    python benchmarks/text_speed.py [--json results.json] [--repeats 5]

1. Training tokens/s of `cnsg` (with the corpus's 110 rules in its config) against a plain transformer of
   the same size without rules (the reference in ``gpu_text.py``), same loop. Goal: ≥ 0.85×.
2. Greedy generation of 256 new tokens with the KV cache against recomputing the whole sequence each
   step (``use_cache=False``). Goal: ≥ 5×.
3. ``cnsg.generate`` against Hugging Face ``GPT2LMHeadModel.generate`` with the same config and random
   weights, 256 new tokens, batch 1 and 16. Goal: ≥ 1.0×. Plus, for information, rule-guided generation
   (tokenizer + rules active) against plain generation of the same model.

Measurements alternate between the two sides and report medians, so that load from other processes on
a shared machine hits both sides alike. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gpu_text import Reference  # noqa: E402 - the plain reference model lives beside this script

from causaltorch.text.corpus import knowledge_base  # noqa: E402
from causaltorch.text.model import cnsg  # noqa: E402
from causaltorch.tokenizers import CausalTokenizer  # noqa: E402

VOCAB = 3876  # the bundled causal-basic tokenizer


def paired_median(first, second, repeats: int) -> tuple[float, float]:
    """Medians of ``first()`` and ``second()`` (seconds), measured alternately ``repeats`` times each."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for side, run in enumerate((first, second)):
            started = time.perf_counter()
            run()
            times[side].append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


def training_step(model, logits_of, batch: torch.Tensor, optimizer):
    def step() -> None:
        logits = logits_of(model, batch[:, :-1])
        F.cross_entropy(logits.flatten(0, 1), batch[:, 1:].flatten()).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    return step


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers to this JSON file")
    parser.add_argument("--repeats", type=int, default=5, help="alternating measurements per side (default: 5)")
    parser.add_argument("--d-model", type=int, default=256, help="model width (default: 256)")
    parser.add_argument("--layers", type=int, default=6, help="layers (default: 6)")
    parser.add_argument("--heads", type=int, default=8, help="attention heads (default: 8)")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    width, layers, heads = args.d_model, args.layers, args.heads
    rules = knowledge_base()
    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    results: dict = {"machine": f"{platform.machine()} {platform.processor()}".strip(), "torch": torch.__version__,
                     "threads": torch.get_num_threads(), "repeats": args.repeats,
                     "model": {"d_model": width, "n_layers": layers, "n_heads": heads, "vocab": VOCAB}}

    # 1. training
    context, batch_size, steps = 128, 16, 3
    torch.manual_seed(0)
    ours = cnsg(VOCAB, d_model=width, n_heads=heads, n_layers=layers, max_seq_length=context, causal_rules=rules)
    torch.manual_seed(0)
    reference = Reference(VOCAB, width, heads, layers, context)
    batch = torch.randint(0, VOCAB, (batch_size, context + 1))
    steps_ours = training_step(ours, lambda m, x: m(x).logits, batch, torch.optim.AdamW(ours.parameters()))
    steps_ref = training_step(reference, lambda m, x: m(x), batch, torch.optim.AdamW(reference.parameters()))
    for step in (steps_ours, steps_ref):
        step()  # warm-up
    t_ours, t_ref = paired_median(lambda: [steps_ours() for _ in range(steps)],
                                  lambda: [steps_ref() for _ in range(steps)], args.repeats)
    tokens = batch_size * context * steps
    results["training"] = {"cnsg_tokens_per_s": tokens / t_ours, "reference_tokens_per_s": tokens / t_ref,
                           "ratio": t_ref / t_ours, "goal": 0.85, "batch": batch_size, "context": context}

    # 2. KV cache
    new_tokens, prompt_length = 256, 32
    torch.manual_seed(0)
    model = cnsg(VOCAB, d_model=width, n_heads=heads, n_layers=layers, max_seq_length=512).eval()
    prompt = torch.randint(0, VOCAB, (1, prompt_length))

    def generate(use_cache: bool, ids: torch.Tensor = prompt, count: int = new_tokens, **options):
        return lambda: model.generate(ids, max_new_tokens=count, do_sample=False, eos_token_id=[], top_k=None,
                                      top_p=1.0, use_cache=use_cache, **options)

    generate(True, count=4)()
    t_cache, t_full = paired_median(generate(True), generate(False), max(1, args.repeats // 2))
    results["kv_cache"] = {"with_cache_tokens_per_s": new_tokens / t_cache, "without_tokens_per_s": new_tokens / t_full,
                           "speedup": t_full / t_cache, "goal": 5.0, "new_tokens": new_tokens}

    # 3. against transformers, and rule-guided generation
    from transformers import GPT2Config, GPT2LMHeadModel

    config = GPT2Config(vocab_size=VOCAB, n_positions=512, n_embd=width, n_layer=layers, n_head=heads,
                        resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=0, eos_token_id=0)
    torch.manual_seed(0)
    hf = GPT2LMHeadModel(config).eval()
    results["transformers"] = {}
    for batch_size in (1, 16):
        torch.manual_seed(1)
        ids = torch.randint(0, VOCAB, (batch_size, prompt_length))

        def hf_generate(ids=ids):
            with torch.no_grad():
                return hf.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=new_tokens,
                                   min_new_tokens=new_tokens, do_sample=False, pad_token_id=1)

        hf_generate()
        t_ours, t_hf = paired_median(generate(True, ids), hf_generate, args.repeats)
        results["transformers"][f"batch {batch_size}"] = {
            "cnsg_tokens_per_s": batch_size * new_tokens / t_ours,
            "transformers_tokens_per_s": batch_size * new_tokens / t_hf,
            "ratio": t_hf / t_ours, "goal": 1.0,
        }
    texts = [f"If {form}," for form in ("it rains", "it snows", "lightning strikes", "the pipes freeze")] * 4
    tokenizer.padding_side = "left"  # generation continues every prompt from the last position
    encoded = tokenizer(texts)
    ids, mask = encoded.input_ids, encoded.attention_mask
    guided = generate(True, ids, attention_mask=mask, causal_rules=rules, tokenizer=tokenizer, rule_strength=5.0)
    plain = generate(True, ids, attention_mask=mask)
    guided()
    t_guided, t_plain = paired_median(guided, plain, max(1, args.repeats // 2))
    results["rule_guided"] = {"batch": len(texts), "guided_tokens_per_s": len(texts) * new_tokens / t_guided,
                              "plain_tokens_per_s": len(texts) * new_tokens / t_plain, "ratio": t_plain / t_guided}

    print(markdown(results))
    if args.json is not None:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def markdown(results: dict) -> str:
    def verdict(value: float, goal: float) -> str:
        return "met" if value >= goal else "not met"

    train, cache, model = results["training"], results["kv_cache"], results["model"]
    lines = [
        f"torch {results['torch']}, {results['threads']} threads, {results['machine']}; model d_model "
        f"{model['d_model']}, {model['n_layers']} layers, {model['n_heads']} heads, vocab {model['vocab']}; "
        f"medians of {results['repeats']} alternating runs.",
        "",
        "| measurement | cnsg | comparison | ratio | goal |",
        "|---|---:|---:|---:|---|",
        f"| training tokens/s (batch {train['batch']}×{train['context']}) vs plain reference | "
        f"{train['cnsg_tokens_per_s']:,.0f} | {train['reference_tokens_per_s']:,.0f} | {train['ratio']:.2f}× | "
        f"≥ 0.85×: {verdict(train['ratio'], 0.85)} |",
        f"| generation tokens/s, {cache['new_tokens']} new, KV cache vs none (batch 1) | "
        f"{cache['with_cache_tokens_per_s']:,.0f} | {cache['without_tokens_per_s']:,.0f} | {cache['speedup']:.1f}× | "
        f"≥ 5×: {verdict(cache['speedup'], 5.0)} |",
    ]
    for key, value in results["transformers"].items():
        lines.append(f"| generation tokens/s vs transformers GPT2LMHeadModel.generate ({key}) | "
                     f"{value['cnsg_tokens_per_s']:,.0f} | {value['transformers_tokens_per_s']:,.0f} | "
                     f"{value['ratio']:.2f}× | ≥ 1.0×: {verdict(value['ratio'], 1.0)} |")
    guided = results["rule_guided"]
    lines.append(f"| rule-guided vs plain generation (batch {guided['batch']}, 110 rules) | "
                 f"{guided['guided_tokens_per_s']:,.0f} | {guided['plain_tokens_per_s']:,.0f} | "
                 f"{guided['ratio']:.2f}× | (information) |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
