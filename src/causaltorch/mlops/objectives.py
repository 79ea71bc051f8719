"""Ready-made search objectives: the demo's text model, scored on validation loss and Causal Fidelity Score."""

from __future__ import annotations

import dataclasses
import math
import tempfile
from collections.abc import Callable
from typing import Any

from causaltorch._validate import positive_int
from causaltorch.mlops.store import MLOpsError

__all__ = ["TEXT_DEMO_PARAMS", "text_demo_objective"]

# the demo settings a search may change (others stay as in the base settings)
TEXT_DEMO_PARAMS = ("d_model", "n_heads", "n_layers", "learning_rate", "batch_size", "block_size", "warmup_steps")


def text_demo_objective(steps: int = 30, case_limit: int = 8, perplexity_lines: int = 16,
                        seed: int = 0) -> Callable[[dict[str, Any]], dict[str, float]]:
    """An objective training the demo's `cnsg` text model (``causaltorch demo``'s, `DemoSettings.SMOKE` sizes
    unless the params say otherwise) for ``steps`` steps and returning ``{"val_loss": mean validation
    cross-entropy (nats per token), "cfs": Causal Fidelity Score on held-in pairs, generated without rule
    guidance}``: the second measures what the weights learned, not the rule processor's bias.

    Params named ``learning_rate``, ``d_model``, ``n_heads`` … (`TEXT_DEMO_PARAMS`) replace the settings; any
    other param name raises `MLOpsError` (an accepted param that changed nothing would mislead the search).
    """
    positive_int("steps", steps)
    positive_int("case_limit", case_limit)
    positive_int("perplexity_lines", perplexity_lines)

    def objective(params: dict[str, Any]) -> dict[str, float]:
        unknown = sorted(set(params) - set(TEXT_DEMO_PARAMS))
        if unknown:
            raise MLOpsError(f"The text demo objective has no setting {unknown}; it tunes "
                             f"{', '.join(TEXT_DEMO_PARAMS)}.")
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
        loss = math.log(perplexity(model, valid, model.tokenizer))
        cfs = calculate_cfs(model, heldin_cases(rules, case_limit), model.tokenizer, rules=rules, guided=False,
                            max_new_tokens=settings.max_new_tokens)
        return {"val_loss": loss, "cfs": float(cfs)}

    return objective
