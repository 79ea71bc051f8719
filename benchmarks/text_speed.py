"""Speed of the causal text model on this machine, each comparison measured side by side in one run.

    python benchmarks/text_speed.py [--json results.json] [--calls 20] [--new-tokens 256] [--threads 1]

1. Training tokens/s on bundled-corpus text against a plain transformer of the same size without rules
   (the reference in ``gpu_text.py``), same loop, two `cnsg` rows: with the corpus's 110 rules stored in its
   config but the rule attention bias off (the default: the forward pass never reads the rules, so this is
   the cost of the architecture alone), and with the rule attention bias on (``rule_attention_bias=1``:
   every step labels the surface forms in the batch and attends through the additive rule mask). Goal
   for both: ≥ 0.85×.
2. Greedy generation of ``--new-tokens`` (default 256) after a 32-token prompt with the KV cache against
   recomputing the whole sequence each step (``use_cache=False``). Goal: ≥ 5×.
3. ``cnsg.generate`` against Hugging Face ``GPT2LMHeadModel.generate``, the same random weights loaded
   into both, the same new tokens, batch 1 and 16. Goal: ≥ 1.0×. Both decode greedily with no logits
   processor and no end-of-text token (no early stop, and nothing like ``min_new_tokens`` on one side only).
   Plus, for information, rule-guided generation (tokenizer + 110 rules through the logits processor)
   against plain generation of the same model.

Each round calls every side once, starting one side further along each round, so that load from other
processes on a shared machine hits all sides alike. Reports p10 / p50 / p90 of tokens/s per side and of
the per-round ratio. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import cpu_model  # noqa: E402
from causaltorch.text.corpus import knowledge_base, load_corpus  # noqa: E402
from causaltorch.text.gpt2 import config_from_gpt2, state_dict_from_gpt2  # noqa: E402
from causaltorch.text.model import CausalTransformer, cnsg  # noqa: E402
from causaltorch.text.surface_forms import surface_form_tokens  # noqa: E402
from causaltorch.tokenizers import CausalTokenizer  # noqa: E402
from gpu_text import Reference  # noqa: E402 - the plain reference model lives beside this script

RULE_ATTENTION_BIAS = 1.0
TRAINING_SIDES = ("reference", "cnsg, rules stored, attention bias off", "cnsg, rule attention bias on")


# ---------------------------------------------------------------------------------------- measuring
def alternate(runs: dict[str, Callable[[], object]], calls: int) -> dict[str, list[float]]:
    """Seconds of ``calls`` calls of each run; round r calls every run once, starting with run r mod len(runs)."""
    names = list(runs)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(calls):
        for i in range(len(names)):
            name = names[(round_ + i) % len(names)]
            started = time.perf_counter()
            runs[name]()
            seconds[name].append(time.perf_counter() - started)
    return seconds


def spread(values: list[float]) -> dict[str, float]:
    """p10, p50 and p90 of ``values`` (inclusive deciles)."""
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    return {"p10": deciles[0], "p50": statistics.median(values), "p90": deciles[8]}


def rates(seconds: list[float], work: int) -> dict[str, float]:
    """p10 / p50 / p90 of ``work / seconds`` (e.g. tokens per second)."""
    return spread([work / s for s in seconds])


def ratios(baseline: list[float], ours: list[float]) -> dict[str, float]:
    """p10 / p50 / p90 of the per-round speed ratio ``baseline time / our time`` (> 1: ours is faster)."""
    return spread([b / o for b, o in zip(baseline, ours, strict=True)])


# ---------------------------------------------------------------------------------------- training
def corpus_batch(tokenizer, batch_size: int, context: int) -> torch.Tensor:
    """``[batch_size, context + 1]`` token ids of the bundled training text, documents joined by EOS."""
    ids: list[int] = []
    for line in load_corpus("train"):
        ids += [*tokenizer.encode(line), tokenizer.eos_token_id]
        if len(ids) >= batch_size * (context + 1):
            break
    return torch.tensor(ids[: batch_size * (context + 1)]).view(batch_size, context + 1)


def training_models(vocab: int, width: int, heads: int, layers: int, context: int, rules,
                    tokenizer) -> dict[str, torch.nn.Module]:
    """The three models of the training comparison, by `TRAINING_SIDES` name, each initialised from seed 0."""
    torch.manual_seed(0)
    reference = Reference(vocab, width, heads, layers, context)
    torch.manual_seed(0)
    stored = cnsg(vocab, d_model=width, n_heads=heads, n_layers=layers, max_seq_length=context, causal_rules=rules)
    torch.manual_seed(0)
    biased = cnsg(vocab, d_model=width, n_heads=heads, n_layers=layers, max_seq_length=context, causal_rules=rules,
                  rule_attention_bias=RULE_ATTENTION_BIAS)
    biased.tokenizer = tokenizer
    return dict(zip(TRAINING_SIDES, (reference, stored, biased), strict=True))


def training_step(model: torch.nn.Module, batch: torch.Tensor) -> Callable[[], None]:
    """One AdamW step with gradient clipping on ``batch`` (next-token cross-entropy)."""
    optimizer = torch.optim.AdamW(model.parameters())

    def step() -> None:
        output = model(batch[:, :-1])
        logits = output if isinstance(output, torch.Tensor) else output.logits  # (B, T, V)
        F.cross_entropy(logits.flatten(0, 1), batch[:, 1:].flatten()).backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    return step


# ---------------------------------------------------------------------------------------- generation
def transformers_model(vocab: int, width: int, heads: int, layers: int, positions: int):
    """A random-weight ``GPT2LMHeadModel`` with no BOS/EOS token, so ``generate`` builds no logits processor
    and no end-of-text stopping criterion."""
    from transformers import GPT2Config, GPT2LMHeadModel

    config = GPT2Config(vocab_size=vocab, n_positions=positions, n_embd=width, n_layer=layers, n_head=heads,
                        resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=None, eos_token_id=None)
    torch.manual_seed(0)
    return GPT2LMHeadModel(config).eval()


def same_weights(hf) -> CausalTransformer:
    """Our model holding ``hf``'s weights (GPT-2 is the same architecture), in eval mode."""
    model = CausalTransformer(config_from_gpt2(hf.config.to_dict()))
    model.load_state_dict(state_dict_from_gpt2(hf.state_dict()))
    return model.eval()


def ours_greedy(model: CausalTransformer, ids: torch.Tensor, new_tokens: int, **options) -> torch.Tensor:
    """Greedy `generate`, no EOS (always ``new_tokens`` new tokens); ``options`` adds rules, masks, …"""
    return model.generate(ids, max_new_tokens=new_tokens, do_sample=False, eos_token_id=[], top_k=None, top_p=1.0,
                          **options)


@torch.no_grad()
def transformers_greedy(hf, ids: torch.Tensor, new_tokens: int, **options):
    """Greedy ``GPT2LMHeadModel.generate`` with the same (empty) set of processors as `ours_greedy`."""
    return hf.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=new_tokens, do_sample=False,
                       **options)


# ---------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers to this JSON file")
    parser.add_argument("--calls", type=int, default=20, help="calls per side, alternating (default: 20)")
    parser.add_argument("--d-model", type=int, default=256, help="model width (default: 256)")
    parser.add_argument("--layers", type=int, default=6, help="layers (default: 6)")
    parser.add_argument("--heads", type=int, default=8, help="attention heads (default: 8)")
    parser.add_argument("--new-tokens", type=int, default=256, help="new tokens per generation (default: 256)")
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    width, layers, heads, calls = args.d_model, args.layers, args.heads, args.calls
    rules = knowledge_base()
    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    vocab = tokenizer.vocab_size
    results: dict = {
        "machine": {"cpu": cpu_model(), "python": platform.python_version(), "torch": torch.__version__,
                    "threads": torch.get_num_threads()},
        "command": " ".join(["python", "benchmarks/text_speed.py", *(argv if argv is not None else sys.argv[1:])]),
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "load_average_start": os.getloadavg(), "calls": calls,
        "model": {"d_model": width, "n_layers": layers, "n_heads": heads, "vocab": vocab, "rules": len(rules)},
    }
    started = time.perf_counter()

    # 1. training
    context, batch_size = 128, 16
    batch = corpus_batch(tokenizer, batch_size, context)
    forms = surface_form_tokens(rules, tokenizer)
    span_ends = int((forms.span_end_labels(batch) != len(forms.variables)).sum())
    steps = {name: training_step(model, batch)
             for name, model in training_models(vocab, width, heads, layers, context, rules, tokenizer).items()}
    for step in steps.values():
        step()  # warm-up
    seconds = alternate(steps, calls)
    tokens = batch_size * context
    reference = seconds[TRAINING_SIDES[0]]
    results["training"] = {
        "batch": batch_size, "context": context, "goal": 0.85, "rule_attention_bias": RULE_ATTENTION_BIAS,
        "surface_form_ends_in_batch": span_ends,
        "tokens_per_s": {name: rates(values, tokens) for name, values in seconds.items()},
        "ratio_to_reference": {name: ratios(reference, seconds[name]) for name in TRAINING_SIDES[1:]},
        "seconds": seconds,
    }
    save(args.json, results, f"training measured ({time.perf_counter() - started:.0f} s)")

    # 2. KV cache, 3. transformers: the same random weights on both sides
    new_tokens, prompt_length = args.new_tokens, 32
    hf = transformers_model(vocab, width, heads, layers, 512)
    model = same_weights(hf)
    torch.manual_seed(1)
    prompt = torch.randint(0, vocab, (1, prompt_length))
    ours_greedy(model, prompt, 4)
    seconds = alternate({"cache": lambda: ours_greedy(model, prompt, new_tokens),
                         "no cache": lambda: ours_greedy(model, prompt, new_tokens, use_cache=False)}, calls)
    results["kv_cache"] = {"new_tokens": new_tokens, "goal": 5.0,
                           "tokens_per_s": {name: rates(values, new_tokens) for name, values in seconds.items()},
                           "speedup": ratios(seconds["no cache"], seconds["cache"]), "seconds": seconds}
    save(args.json, results, f"KV cache measured ({time.perf_counter() - started:.0f} s)")

    results["transformers"] = {}
    for gen_batch in (1, 16):
        torch.manual_seed(1)
        ids = torch.randint(0, vocab, (gen_batch, prompt_length))
        identical = torch.equal(ours_greedy(model, ids, new_tokens), transformers_greedy(hf, ids, new_tokens))
        seconds = alternate({"cnsg": lambda ids=ids: ours_greedy(model, ids, new_tokens),
                             "transformers": lambda ids=ids: transformers_greedy(hf, ids, new_tokens)}, calls)
        work = gen_batch * new_tokens
        results["transformers"][f"batch {gen_batch}"] = {
            "goal": 1.0, "identical_tokens": identical,
            "tokens_per_s": {name: rates(values, work) for name, values in seconds.items()},
            "ratio": ratios(seconds["transformers"], seconds["cnsg"]), "seconds": seconds,
        }
        save(args.json, results, f"transformers batch {gen_batch} measured ({time.perf_counter() - started:.0f} s)")

    texts = [f"If {form}," for form in ("it rains", "it snows", "lightning strikes", "the pipes freeze")] * 4
    tokenizer.padding_side = "left"  # generation continues every prompt from the last position
    encoded = tokenizer(texts)
    ids, mask = encoded.input_ids, encoded.attention_mask

    def guided() -> torch.Tensor:
        return ours_greedy(model, ids, new_tokens, attention_mask=mask, causal_rules=rules, tokenizer=tokenizer,
                           rule_strength=5.0)

    def plain() -> torch.Tensor:
        return ours_greedy(model, ids, new_tokens, attention_mask=mask)

    guided()
    seconds = alternate({"rule-guided": guided, "plain": plain}, calls)
    work = len(texts) * new_tokens
    results["rule_guided"] = {"batch": len(texts), "rules": len(rules),
                              "tokens_per_s": {name: rates(values, work) for name, values in seconds.items()},
                              "ratio": ratios(seconds["plain"], seconds["rule-guided"]), "seconds": seconds}
    results["seconds"] = time.perf_counter() - started
    results["load_average_end"] = os.getloadavg()
    save(args.json, results, markdown(results))
    return 0


def save(path: Path | None, results: dict, progress: str) -> None:
    """Print ``progress`` and write what is measured so far, so that a run cut short still leaves its numbers."""
    print(progress, flush=True)
    if path is not None:
        path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def markdown(results: dict) -> str:
    """The results as a markdown table: tokens/s and ratios as p50 (p10–p90)."""
    def verdict(ratio: dict, goal: float) -> str:
        return "met" if ratio["p50"] >= goal else "not met"

    def rate(values: dict) -> str:
        return f"{values['p50']:,.0f} ({values['p10']:,.0f}–{values['p90']:,.0f})"

    def ratio(values: dict, digits: int = 2) -> str:
        return f"{values['p50']:.{digits}f}× ({values['p10']:.{digits}f}–{values['p90']:.{digits}f})"

    train, cache, model = results["training"], results["kv_cache"], results["model"]
    machine = results["machine"]
    reference = rate(train["tokens_per_s"][TRAINING_SIDES[0]])
    lines = [
        f"{machine['cpu']}, torch {machine['torch']}, {machine['threads']} thread(s); model d_model "
        f"{model['d_model']}, {model['n_layers']} layers, {model['n_heads']} heads, vocabulary {model['vocab']:,}; "
        f"{results['calls']} alternating calls per side, p50 (p10–p90); load average "
        f"{results['load_average_start'][0]:.1f} at the start, {results['load_average_end'][0]:.1f} at the end.",
        "",
        "| measurement | cnsg tokens/s | comparison tokens/s | ratio | goal |",
        "|---|---:|---:|---:|---|",
    ]
    for name in TRAINING_SIDES[1:]:
        lines.append(
            f"| training, batch {train['batch']}×{train['context']} of corpus text, {name}, vs plain reference | "
            f"{rate(train['tokens_per_s'][name])} | {reference} | {ratio(train['ratio_to_reference'][name])} | "
            f"≥ 0.85×: {verdict(train['ratio_to_reference'][name], 0.85)} |")
    lines.append(
        f"| generation, {cache['new_tokens']} new, KV cache vs recomputing (batch 1) | "
        f"{rate(cache['tokens_per_s']['cache'])} | {rate(cache['tokens_per_s']['no cache'])} | "
        f"{ratio(cache['speedup'], 1)} | ≥ 5×: {verdict(cache['speedup'], 5.0)} |")
    for key, value in results["transformers"].items():
        same = "same tokens" if value["identical_tokens"] else "tokens differ"
        lines.append(f"| generation vs transformers GPT2LMHeadModel.generate, same weights, no processors ({key}, "
                     f"{same}) | {rate(value['tokens_per_s']['cnsg'])} | {rate(value['tokens_per_s']['transformers'])} "
                     f"| {ratio(value['ratio'])} | ≥ 1.0×: {verdict(value['ratio'], 1.0)} |")
    guided = results["rule_guided"]
    lines.append(f"| rule-guided ({guided['rules']} rules, logits processor) vs plain generation, same model "
                 f"(batch {guided['batch']}) | {rate(guided['tokens_per_s']['rule-guided'])} | "
                 f"{rate(guided['tokens_per_s']['plain'])} | {ratio(guided['ratio'])} | (information) |")
    lines.append("")
    lines.append(f"The training batch holds {train['surface_form_ends_in_batch']} token positions that end a surface "
                 f"form of a rule variable (what the attention bias reads); whole run {results['seconds']:.0f} s.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
