"""What the text demo (``causaltorch demo``) is: its settings, its evaluation cases and the record of its results.

The demo trains a small `cnsg` model on the bundled corpus, measures the Causal Fidelity Score with and without
rules on held-in pairs (stated in the training text) and on held-out pairs (never stated: only an injected rule
can produce them), measures perplexity with and without rule biasing, and generates one counterfactual (the
same prompt under ``do(rain=0)``). The work is split by layer:

- this module: `DemoSettings` (`FULL`, `SMOKE`), the cases (`heldin_cases`, `heldout_cases`, `heldout_rules`)
  and the records (`FidelityRow`, `DemoResult`); plain data, no training;
- `causaltorch.training.demo`: `train_model` and `run_demo`, which train with Lightning and evaluate;
- `causaltorch.report`: `write_report`, the pictures and ``report.html``;
- `causaltorch.cli.demo`: the command, which prints the tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from causaltorch._lazy import lazy_exports
from causaltorch.rules import CausalRuleSet

__all__ = [
    "CFS_NOTE", "COUNTERFACTUAL_DO", "COUNTERFACTUAL_LABEL", "COUNTERFACTUAL_PROMPT", "DemoResult", "DemoSettings",
    "FULL", "FidelityRow", "SMOKE", "heldin_cases", "heldout_cases", "heldout_rules",
]

COUNTERFACTUAL_PROMPT = "If it rains,"
COUNTERFACTUAL_DO = {"rain": 0.0}
COUNTERFACTUAL_LABEL = "do(" + ", ".join(f"{name}={value:g}" for name, value in COUNTERFACTUAL_DO.items()) + ")"
# CFS and the rule processor read the same surface forms: said wherever the score is shown.
CFS_NOTE = ("CFS counts the effect's surface forms, which are exactly the forms the rule processor biases during "
            "generation, so the score with rules partly measures that bias itself, not how well the text reads "
            "(docs/benchmarks.md also reports fluency judged by a second model).")


# Training and the report moved out of this module (it holds plain data, no Lightning): old names still work
# for one release, with a DeprecationWarning.
_DEPRECATED = {
    "TrainedModel": ("causaltorch.training.demo", "TrainedModel", "causaltorch.training.demo.TrainedModel"),
    "train_model": ("causaltorch.training.demo", "train_model", "causaltorch.training.demo.train_model"),
    "run_demo": ("causaltorch.training.demo", "run_demo", "causaltorch.training.demo.run_demo"),
    "write_report": ("causaltorch.report", "write_report", "causaltorch.report.write_report"),
}

__getattr__, __dir__ = lazy_exports(__name__, {}, _DEPRECATED)


@dataclass(frozen=True)
class DemoSettings:
    """Model size, training length and evaluation sizes of one demo run."""

    d_model: int
    n_layers: int
    n_heads: int
    block_size: int  # also the model's max_seq_length
    batch_size: int
    steps: int
    learning_rate: float
    warmup_steps: int
    rule_strength: float  # logit bias per unit effect intensity, for generation and perplexity alike
    max_new_tokens: int
    perplexity_lines: int | None  # validation lines scored (None: all)
    case_limit: int | None  # held-in and held-out cases used (None: all)


# Sized so that the whole demo takes under 3 minutes on one CPU core (docs/benchmarks.md has the timings).
FULL = DemoSettings(d_model=96, n_layers=3, n_heads=4, block_size=64, batch_size=32, steps=600,
                    learning_rate=3e-3, warmup_steps=30, rule_strength=10.0, max_new_tokens=24,
                    perplexity_lines=None, case_limit=None)
SMOKE = DemoSettings(d_model=32, n_layers=1, n_heads=2, block_size=32, batch_size=8, steps=6,
                     learning_rate=3e-3, warmup_steps=2, rule_strength=10.0, max_new_tokens=8,
                     perplexity_lines=16, case_limit=4)


@dataclass(frozen=True)
class FidelityRow:
    """Causal Fidelity Score of one case set, without and with the rules named in ``rules``."""

    cases: str
    prompts: int
    rules: str
    without_rules: float
    with_rules: float


@dataclass
class DemoResult:
    """Everything the demo measured; scores in [0, 1], times in seconds."""

    settings: DemoSettings
    num_parameters: int
    train_tokens: int
    train_seconds: float
    fidelity: list[FidelityRow]
    perplexity: dict[str, float]  # "without rule biasing" first, then one entry per rule set
    perplexity_lines: int
    counterfactual: dict[str, str]  # label -> generated text
    losses: list[tuple[int, float]]  # (step, training loss)


def heldout_cases() -> list[tuple[str, str]]:
    """``(prompt, effect)`` for every prompt of every held-out pair of the bundled corpus."""
    from causaltorch.text.corpus import corpus_path

    data = json.loads((corpus_path("train").parent / "heldout_pairs.json").read_text(encoding="utf-8"))
    return [(prompt, pair["effect"]) for pair in data["pairs"] for prompt in pair["prompts"]]


def heldout_rules(ruleset: CausalRuleSet) -> CausalRuleSet:
    """The rules of ``ruleset`` marked ``metadata["split"] == "heldout"``, with their variables' metadata.

    These are what a user injects at generation to teach the model pairs its training text never stated.
    """
    injected = CausalRuleSet(name="held-out rules")
    for rule in ruleset.rules:
        if rule.metadata.get("split") == "heldout":
            for name in (rule.cause, rule.effect):
                if name not in injected.variables:
                    injected.add_variable(name, **ruleset.variable_metadata(name))
            injected.add_rule(rule)
    return injected


def heldin_cases(ruleset: CausalRuleSet, limit: int | None = None) -> list[tuple[str, str]]:
    """``("If <cause, present tense>,", effect)`` for rules the corpus states, one per cause with one effect.

    Only causes with exactly one excitatory effect (held-out rules included) are used: a continuation
    states one effect, so a cause with several would cap the score below 1 whatever the model does.
    ``limit`` keeps the first cases only (None: all).
    """
    excitatory = [rule for rule in ruleset.rules if rule.strength > 0]
    cases = []
    for rule in excitatory:
        if rule.metadata.get("split") == "heldout" or sum(other.cause == rule.cause for other in excitatory) != 1:
            continue
        present = ruleset.variable_metadata(rule.cause).get("forms", {}).get("present")
        if present:
            cases.append((f"If {present[0]},", rule.effect))
    return cases[:limit] if limit is not None else cases
