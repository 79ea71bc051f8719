"""Losses that tie network outputs to the rules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import torch
from torch import Tensor

from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet, as_ruleset
from causaltorch.scm import StructuralCausalModel


def causal_consistency_loss(outputs: Tensor, latents: Tensor,
                            causal_rules: CausalRuleSet | Mapping[str, Any] | StructuralCausalModel) -> Tensor:
    """Mean squared gap between produced effects and what the rules say the causes imply.

    Args:
        outputs: ``[n, d]`` intensities the model produced (read back from its output, e.g. by a
            factor regressor), in the rules' ``variables`` order.
        latents: ``[n, d]`` the causal values that were fed in.
        causal_rules: the rules (a noisy-OR model is built from them) or a fitted SCM.

    For each variable with instantaneous causes, the target is the mechanism's expected value given
    the *latent* causes, ``E[f_v(latents_pa)]``; the loss is the mean over those variables of the MSE.
    Differentiable in ``outputs`` (and in the SCM's parameters). Zero when there is no effect to check.
    """
    if isinstance(causal_rules, StructuralCausalModel):
        scm = causal_rules
    else:
        scm = StructuralCausalModel(as_ruleset(causal_rules))
    d = len(scm.variables)
    for name, tensor in (("outputs", outputs), ("latents", latents)):
        if tensor.dim() != 2 or tensor.shape[1] != d:
            raise DataError(
                f"{name} must have shape [n, {d}] (one column per rule variable), got {tuple(tensor.shape)}."
            )
    terms = []
    for name in scm.variables:
        if not scm.ruleset.parents(name, instantaneous_only=True):
            continue
        target = scm.mechanisms[name].expected(scm.parent_values(name, latents))
        terms.append((outputs[:, scm.index(name)] - target).pow(2).mean())
    if not terms:
        return outputs.sum() * 0.0
    return torch.stack(terms).mean()
