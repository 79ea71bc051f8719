"""The text demo's model: train it with Lightning, then measure what its rules do (`causaltorch.text.demo`).

`train_model` tokenizes the corpus, trains a `cnsg` model with the knowledge base as its rules and saves it;
`run_demo` trains and then evaluates: Causal Fidelity Score on held-in and held-out pairs with and without rules,
perplexity on the validation text with and without rule biasing, and one counterfactual generation. Pictures
and the HTML report are `causaltorch.report.write_report`; the terminal output is `causaltorch.cli.demo`.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from causaltorch.errors import OutputError, require
from causaltorch.metrics.text import calculate_cfs, perplexity
from causaltorch.text.corpus import knowledge_base, load_corpus
from causaltorch.text.counterfactual import rewrite_counterfactual
from causaltorch.text.demo import (
    COUNTERFACTUAL_DO,
    COUNTERFACTUAL_LABEL,
    COUNTERFACTUAL_PROMPT,
    FULL,
    DemoResult,
    DemoSettings,
    FidelityRow,
    heldin_cases,
    heldout_cases,
    heldout_rules,
)
from causaltorch.text.model import cnsg
from causaltorch.tokenizers import CausalTokenizer
from causaltorch.training.text import CausalLMModule, TokenDataModule, make_trainer
from causaltorch.training.tokens import prepare_tokens, read_token_file

L = require("lightning", "text", "training")

__all__ = ["TrainedModel", "run_demo", "train_model"]


@dataclass
class TrainedModel:
    """A model trained by `train_model`, with what its training cost."""

    model: Any  # a cnsg model in eval mode, with its tokenizer attached
    train_tokens: int  # tokens in the training token file
    train_seconds: float
    losses: list[tuple[int, float]]  # (step, training loss) from the CSV log


def train_model(out: str | Path, settings: DemoSettings = FULL, seed: int = 0, corpus: Sequence[str] | None = None,
                progress_bar: str = "tqdm") -> TrainedModel:
    """Train the demo's `cnsg` model (the knowledge base as its rules) with Lightning and save it to ``out/model``.

    ``corpus`` is the training text, one document per line (default: the bundled training split). Also
    writes ``out/data/train.bin``, ``out/checkpoints`` and ``out/logs``. ``progress_bar`` as in `make_trainer`.
    """
    out = Path(out)
    tokenizer = CausalTokenizer.from_pretrained("causal-basic")
    lines = load_corpus("train") if corpus is None else corpus
    train_file = prepare_tokens(lines, tokenizer, out / "data" / "train.bin")
    L.seed_everything(seed, verbose=False)
    model = cnsg(tokenizer.vocab_size, d_model=settings.d_model, n_heads=settings.n_heads, n_layers=settings.n_layers,
                 max_seq_length=settings.block_size, causal_rules=knowledge_base(),
                 eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    model.tokenizer = tokenizer
    started = time.perf_counter()
    data = TokenDataModule(train_file, settings.block_size, settings.batch_size, seed=seed)
    module = CausalLMModule(model, learning_rate=settings.learning_rate, warmup_steps=settings.warmup_steps)
    trainer = make_trainer(settings.steps, out, progress_bar=progress_bar,
                           log_every_n_steps=max(1, settings.steps // 60))
    trainer.fit(module, datamodule=data)
    train_seconds = time.perf_counter() - started
    tokenizer.save_pretrained(out / "model")
    return TrainedModel(model.eval(), len(read_token_file(train_file)), train_seconds,
                        _training_losses(Path(trainer.logger.log_dir) / "metrics.csv"))


def run_demo(out: str | Path, settings: DemoSettings = FULL, seed: int = 0,
             on_stage: Callable[[str], None] | None = None, progress_bar: str = "tqdm") -> DemoResult:
    """Train, evaluate and save the demo model under ``out``; return what was measured.

    Writes what `train_model` writes. ``on_stage(description)`` is called as each stage starts.
    Pictures and the report are written by `causaltorch.report.write_report`.

    Raises:
        OutputError: ``out`` is a file.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file; give a folder.")
    stage = on_stage or (lambda description: None)

    stage(f"Training {settings.steps} steps on the bundled corpus")
    trained = train_model(out, settings, seed, progress_bar=progress_bar)
    model, tokenizer, rules = trained.model, trained.model.tokenizer, knowledge_base()

    limit, strength = settings.case_limit, settings.rule_strength
    injected = heldout_rules(rules)
    fidelity = []
    for name, cases, guide, label in (
        ("held-in pairs", heldin_cases(rules, limit), rules, "the knowledge base"),
        ("held-out pairs", heldout_cases()[:limit], injected, f"{len(injected)} held-out rules, injected"),
    ):
        scores = []
        for guided in (False, True):
            stage(f"Causal Fidelity Score, {name}, {'with' if guided else 'without'} rules")
            # the same rules say what counts as stating an effect in both rows; only the guidance differs
            scores.append(calculate_cfs(model, cases, tokenizer, rules=guide, guided=guided,
                                        rule_strength=strength, max_new_tokens=settings.max_new_tokens))
        fidelity.append(FidelityRow(name, len(cases), label, *scores))
    valid = load_corpus("valid")[:settings.perplexity_lines]
    perplexities = {}
    for label, guide in (("without rule biasing", None), ("with the held-out rules", injected),
                         ("with the knowledge base", rules)):
        stage(f"Perplexity on the validation text, {label}")
        perplexities[label] = perplexity(model, valid, tokenizer, rules=guide, rule_strength=strength)

    stage("Counterfactual rewriting")
    # The factual story under the rules, then the same story rewritten under do(): the cause negated, its effects
    # negated or dropped, everything else kept (causaltorch.text.counterfactual).
    story = model.generate(COUNTERFACTUAL_PROMPT, max_new_tokens=settings.max_new_tokens, do_sample=False,
                           causal_rules=rules)
    counterfactual = {"factual, with the rules": story,
                      COUNTERFACTUAL_LABEL: rewrite_counterfactual(rules, story, COUNTERFACTUAL_DO).rewritten}
    return DemoResult(
        settings=settings, num_parameters=model.num_parameters(), train_tokens=trained.train_tokens,
        train_seconds=trained.train_seconds, fidelity=fidelity, perplexity=perplexities, perplexity_lines=len(valid),
        counterfactual=counterfactual, losses=trained.losses,
    )


def _training_losses(metrics_file: Path) -> list[tuple[int, float]]:
    """``(step, train_loss)`` rows of a Lightning CSV log."""
    with metrics_file.open(newline="", encoding="utf-8") as handle:
        return [(int(row["step"]), float(row["train_loss"])) for row in csv.DictReader(handle) if row.get("train_loss")]
