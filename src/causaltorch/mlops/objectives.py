"""Ready-made search objectives: the demo's text model, scored on validation loss and Causal Fidelity Score."""

from __future__ import annotations

import dataclasses
import math
import tempfile
from collections.abc import Callable
from typing import Any

from causaltorch._validate import positive_int
from causaltorch.errors import DataError
from causaltorch.mlops.store import MLOpsError

__all__ = ["GUIDANCE_PARAMS", "TEXT_DEMO_PARAMS", "text_demo_objective"]

# the demo settings a search may change (others stay as in the base settings)
TEXT_DEMO_PARAMS = ("d_model", "n_heads", "n_layers", "learning_rate", "batch_size", "block_size", "warmup_steps")
# generation-time settings a guided search may change as well
GUIDANCE_PARAMS = ("rule_strength",)


def text_demo_objective(steps: int = 30, case_limit: int = 8, perplexity_lines: int = 16, seed: int = 0,
                        guided: bool = False) -> Callable[[dict[str, Any]], dict[str, float]]:
    """An objective training the demo's `cnsg` text model (``causaltorch demo``'s, `DemoSettings.SMOKE` sizes
    unless the params say otherwise) for ``steps`` steps and scoring it on the validation text and the held-in
    cause → effect pairs.

    ``guided=False`` returns ``{"val_loss": mean validation cross-entropy of the plain model (nats per token),
    "cfs": Causal Fidelity Score on held-in pairs, generated without rule guidance}``: what the weights learned.

    ``guided=True`` scores what a user of the model sees with rule guidance at generation, and adds
    ``rule_strength`` (logit bias per unit effect intensity, default the demo's 10) to the params a search may
    set: ``"cfs"`` is generated with the knowledge base's rules at that strength, and ``"val_loss"`` is the
    validation cross-entropy with the same biasing, the fluency price of the guidance (strong biasing pushes
    effect words into text that does not state them). ``"val_loss_unguided"`` and ``"cfs_unguided"`` come too.
    Small models learn the pairs' wording slowly, so the unguided CFS stays 0 for budgets a CPU search affords;
    the guided pair is where a search has a trade-off to find.

    Params named ``learning_rate``, ``d_model``, ``n_heads`` … (`TEXT_DEMO_PARAMS`, plus `GUIDANCE_PARAMS` when
    guided) replace the settings; any other param name raises `MLOpsError` (an accepted param that changed
    nothing would mislead the search).
    """
    positive_int("steps", steps)
    positive_int("case_limit", case_limit)
    positive_int("perplexity_lines", perplexity_lines)
    if not isinstance(guided, bool):
        raise DataError(f"guided must be True or False, got {guided!r}.")
    allowed = TEXT_DEMO_PARAMS + (GUIDANCE_PARAMS if guided else ())

    def objective(params: dict[str, Any]) -> dict[str, float]:
        unknown = sorted(set(params) - set(allowed))
        if unknown:
            hint = " (rule_strength needs guided=True)" if "rule_strength" in unknown else ""
            raise MLOpsError(f"The text demo objective has no setting {unknown}{hint}; it tunes "
                             f"{', '.join(allowed)}.")
        from causaltorch.metrics.text import calculate_cfs, perplexity
        from causaltorch.text.corpus import knowledge_base, load_corpus
        from causaltorch.text.demo import SMOKE, heldin_cases
        from causaltorch.training.demo import train_model

        settings = dataclasses.replace(SMOKE, steps=steps, case_limit=case_limit, perplexity_lines=perplexity_lines,
                                       **params)
        with tempfile.TemporaryDirectory() as out:
            trained = train_model(out, settings, seed=seed, progress_bar="none")
        model, rules = trained.model, knowledge_base()
        valid = load_corpus("valid")[:perplexity_lines]
        cases = heldin_cases(rules, case_limit)
        plain = {"val_loss": math.log(perplexity(model, valid, model.tokenizer)),
                 "cfs": float(calculate_cfs(model, cases, model.tokenizer, rules=rules, guided=False,
                                            max_new_tokens=settings.max_new_tokens))}
        if not guided:
            return plain
        strength = settings.rule_strength
        return {"val_loss": math.log(perplexity(model, valid, model.tokenizer, rules=rules, rule_strength=strength)),
                "cfs": float(calculate_cfs(model, cases, model.tokenizer, rules=rules, guided=True,
                                           rule_strength=strength, max_new_tokens=settings.max_new_tokens)),
                "val_loss_unguided": plain["val_loss"], "cfs_unguided": plain["cfs"]}

    return objective
