"""GPU benchmark of the causal text model, side by side with plain references in one run.

    PYTHONPATH=src python benchmarks/gpu_text.py --out OUT            # GPT-2-small size, bf16, on the GPU
    PYTHONPATH=src python benchmarks/gpu_text.py --out OUT --tiny     # a tiny size that runs on a CPU

1. Training tokens/s and MFU of `cnsg` at GPT-2-small size (12 layers, 768 wide, 1024 context, batch 16)
   in bf16 autocast with fused AdamW, against a plain nanoGPT-style transformer of the same size that
   calls `F.scaled_dot_product_attention(is_causal=True)` — the same training loop for both, eager and
   (with ``--compile``) compiled. Goal: cnsg ≥ 0.9× the reference.
2. Batched greedy generation tokens/s (32-token prompts, 256 new tokens, batch 1 and 16, bf16) of
   ``cnsg.generate`` (KV cache) against Hugging Face ``GPT2LMHeadModel.generate`` with the same config
   and random weights.

Writes ``gpu_text.json`` and ``gpu_text.md`` (a markdown table) to ``--out`` and prints the table.
Needs torch; transformers for part 2 (skipped, and said so, without it). Meant to finish in < 5 minutes.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from causaltorch.text.model import cnsg

PEAK_BF16_FLOPS = {"H100": 989e12, "H200": 989e12, "A100": 312e12, "L40S": 362e12, "A10": 125e12}


# ---------------------------------------------------------------------------------------- reference
class ReferenceBlock(nn.Module):
    def __init__(self, width: int, heads: int):
        super().__init__()
        self.heads = heads
        self.ln_1, self.ln_2 = nn.LayerNorm(width), nn.LayerNorm(width)
        self.qkv, self.proj = nn.Linear(width, 3 * width), nn.Linear(width, width)
        self.fc, self.out = nn.Linear(width, 4 * width), nn.Linear(4 * width, width)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch, length, width = x.shape
        q, k, v = self.qkv(self.ln_1(x)).split(width, dim=2)
        q, k, v = (t.view(batch, length, self.heads, -1).transpose(1, 2) for t in (q, k, v))  # (B, nh, T, hs)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True).transpose(1, 2).reshape(batch, length, width)
        x = x + self.proj(y)
        return x + self.out(F.gelu(self.fc(self.ln_2(x)), approximate="tanh"))


class Reference(nn.Module):
    """A plain GPT (nanoGPT's shape): no rules, no masks, no cache — the speed to match."""

    def __init__(self, vocab: int, width: int, heads: int, layers: int, context: int):
        super().__init__()
        self.wte, self.wpe = nn.Embedding(vocab, width), nn.Embedding(context, width)
        self.blocks = nn.ModuleList(ReferenceBlock(width, heads) for _ in range(layers))
        self.ln_f = nn.LayerNorm(width)
        self.head = nn.Linear(width, vocab, bias=False)
        self.head.weight = self.wte.weight

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        x = self.wte(ids) + self.wpe(torch.arange(ids.shape[1], device=ids.device))
        for block in self.blocks:
            x = block(x)
        return self.head(self.ln_f(x))


# ---------------------------------------------------------------------------------------- measuring
def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def train_tokens_per_second(model: nn.Module, logits_of, vocab: int, batch: int, context: int, steps: int,
                            device: torch.device, dtype: torch.dtype) -> float:
    """Tokens/s of full training steps (forward, loss, backward, clip, fused AdamW) after 3 warm-up steps."""
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4, fused=device.type == "cuda")
    data = torch.randint(0, vocab, (batch, context + 1), device=device)
    inputs, targets = data[:, :-1], data[:, 1:]

    def step() -> None:
        with torch.autocast(device.type, dtype=dtype, enabled=dtype != torch.float32):
            logits = logits_of(model, inputs)
        loss = F.cross_entropy(logits.flatten(0, 1).float(), targets.flatten())
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    for _ in range(3):
        step()
    sync(device)
    started = time.perf_counter()
    for _ in range(steps):
        step()
    sync(device)
    return batch * context * steps / (time.perf_counter() - started)


def flops_per_token(parameters: int, layers: int, width: int, context: int) -> float:
    """nanoGPT's estimate: 6 N for the weights plus 12 L d T for attention, per trained token."""
    return 6 * parameters + 12 * layers * width * context


def generation_tokens_per_second(generate, prompt: torch.Tensor, new_tokens: int, device: torch.device) -> float:
    generate(prompt, 8)  # warm-up
    sync(device)
    started = time.perf_counter()
    out = generate(prompt, new_tokens)
    sync(device)
    produced = out.shape[1] - prompt.shape[1]
    assert produced == new_tokens, f"generated {produced} tokens instead of {new_tokens}"
    return prompt.shape[0] * new_tokens / (time.perf_counter() - started)


# ---------------------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for gpu_text.json and gpu_text.md")
    parser.add_argument("--tiny", action="store_true", help="a tiny model that runs anywhere (a smoke test)")
    parser.add_argument("--compile", action="store_true", help="also measure torch.compile'd training")
    parser.add_argument("--device", default=None, help="default: cuda if available, else cpu")
    args = parser.parse_args(argv)
    device = torch.device(args.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    if args.tiny:
        vocab, width, heads, layers, context, batch, steps = 1000, 64, 4, 2, 64, 4, 3
        gen_batches, new_tokens, prompt_length = (1, 4), 16, 8
    else:
        vocab, width, heads, layers, context, batch, steps = 50257, 768, 12, 12, 1024, 16, 20
        gen_batches, new_tokens, prompt_length = (1, 16), 256, 32
    dtype = torch.bfloat16 if device.type == "cuda" else torch.float32
    torch.backends.cuda.matmul.allow_tf32 = True
    torch.backends.cudnn.allow_tf32 = True
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor() or "cpu"
    peak = next((flops for key, flops in PEAK_BF16_FLOPS.items() if key in name), None)
    peak = peak if device.type == "cuda" else None
    results: dict = {
        "device": name, "torch": torch.__version__, "python": platform.python_version(), "dtype": str(dtype),
        "config": {"vocab": vocab, "d_model": width, "n_heads": heads, "n_layers": layers, "context": context,
                   "batch": batch, "timed_steps": steps},
        "training": {}, "generation": {},
    }
    started = time.perf_counter()

    # 1. training
    def ours() -> nn.Module:
        torch.manual_seed(0)
        return cnsg(vocab, d_model=width, n_heads=heads, n_layers=layers, max_seq_length=context).to(device)

    def reference() -> nn.Module:
        torch.manual_seed(0)
        return Reference(vocab, width, heads, layers, context).to(device)

    parameters = ours().num_parameters()
    flops = flops_per_token(parameters, layers, width, context)

    def measure_training(mode: str) -> None:
        for label, build, logits_of in (("reference", reference, lambda m, x: m(x)),
                                        ("cnsg", ours, lambda m, x: m(x).logits)):
            model = build()
            runnable = torch.compile(model) if mode == "compiled" else model
            rate = train_tokens_per_second(runnable, logits_of, vocab, batch, context, steps, device, dtype)
            results["training"][f"{label} {mode}"] = {
                "tokens_per_s": rate, "mfu": rate * flops / peak if peak else None,
            }
            del model, runnable
            if device.type == "cuda":
                torch.cuda.empty_cache()
            print(f"trained {label} {mode}: {rate:,.0f} tokens/s ({time.perf_counter() - started:.0f} s)", flush=True)
        save(args.out, results, started, new_tokens, prompt_length)

    measure_training("eager")

    # 2. generation
    try:
        from transformers import GPT2Config, GPT2LMHeadModel
    except ImportError:
        GPT2LMHeadModel = None
        results["generation"]["note"] = "transformers is not installed: the Hugging Face comparison was skipped"
    model = ours().to(dtype).eval()
    hf = None
    if GPT2LMHeadModel is not None:
        config = GPT2Config(vocab_size=vocab, n_positions=context, n_embd=width, n_layer=layers, n_head=heads,
                            resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=None,
                            eos_token_id=None)  # no end-of-text token: generate builds no logits processor
        torch.manual_seed(0)
        hf = GPT2LMHeadModel(config).to(device=device, dtype=dtype).eval()

    def ours_generate(prompt: torch.Tensor, count: int) -> torch.Tensor:
        return model.generate(prompt, max_new_tokens=count, do_sample=False, eos_token_id=[], top_k=None, top_p=1.0)

    def hf_generate(prompt: torch.Tensor, count: int) -> torch.Tensor:
        with torch.no_grad():
            # The same (empty) set of processors as ours: no min_new_tokens on one side only.
            return hf.generate(prompt, attention_mask=torch.ones_like(prompt), max_new_tokens=count,
                               do_sample=False)

    for gen_batch in gen_batches:
        torch.manual_seed(1)
        prompt = torch.randint(0, vocab, (gen_batch, prompt_length), device=device)
        entry = {"cnsg": generation_tokens_per_second(ours_generate, prompt, new_tokens, device)}
        if hf is not None:
            entry["transformers"] = generation_tokens_per_second(hf_generate, prompt, new_tokens, device)
            entry["ratio"] = entry["cnsg"] / entry["transformers"]
        results["generation"][f"batch {gen_batch}"] = entry
        print(f"generated batch {gen_batch}: {entry} ({time.perf_counter() - started:.0f} s)", flush=True)
    save(args.out, results, started, new_tokens, prompt_length)

    # 3. compiled training last: the slowest part, and the least needed for the comparison
    if args.compile:
        measure_training("compiled")
    print(markdown(results, new_tokens, prompt_length))
    return 0


def save(out: Path, results: dict, started: float, new_tokens: int, prompt_length: int) -> None:
    """Write what is measured so far, so that a run cut short still leaves its numbers."""
    results["seconds"] = time.perf_counter() - started
    out.mkdir(parents=True, exist_ok=True)
    (out / "gpu_text.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (out / "gpu_text.md").write_text(markdown(results, new_tokens, prompt_length), encoding="utf-8")


def markdown(results: dict, new_tokens: int, prompt_length: int) -> str:
    c = results["config"]
    lines = [
        f"Device: {results['device']}; torch {results['torch']}; {results['dtype']}; model d_model {c['d_model']}, "
        f"{c['n_layers']} layers, {c['n_heads']} heads, vocab {c['vocab']}, context {c['context']}.",
        "",
        f"| training (batch {c['batch']}×{c['context']}) | tokens/s | MFU | vs reference |",
        "|---|---:|---:|---:|",
    ]
    training = results["training"]
    for key, value in training.items():
        mode = key.split()[1]
        base = training[f"reference {mode}"]["tokens_per_s"]
        mfu = f"{100 * value['mfu']:.1f}%" if value["mfu"] is not None else "n/a"
        lines.append(f"| {key} | {value['tokens_per_s']:,.0f} | {mfu} | {value['tokens_per_s'] / base:.3f}× |")
    lines += ["", f"| generation ({prompt_length}-token prompt, {new_tokens} new, greedy) | cnsg tokens/s | "
                  "transformers tokens/s | ratio |", "|---|---:|---:|---:|"]
    for key, value in results["generation"].items():
        if key == "note":
            continue
        hf = f"{value['transformers']:,.0f}" if "transformers" in value else "n/a"
        ratio = f"{value['ratio']:.2f}×" if "ratio" in value else "n/a"
        lines.append(f"| {key} | {value['cnsg']:,.0f} | {hf} | {ratio} |")
    if "note" in results["generation"]:
        lines += ["", results["generation"]["note"]]
    lines += ["", f"Total time {results['seconds']:.0f} s."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
