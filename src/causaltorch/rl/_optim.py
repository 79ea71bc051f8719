"""A direct fused Adam step for the agents' hot loops (DQN's gradient steps, the forward model's fits)."""

from __future__ import annotations

import torch
from torch import Tensor

__all__ = ["adam_step"]

# Adam options the direct call does not implement (``.get``: a torch without one of them has it off); with any of
# them set, or without torch's private fused kernel, ``adam_step`` defers to ``optimizer.step()``.
_DEFERRING_OPTIONS = ("amsgrad", "maximize", "weight_decay", "decoupled_weight_decay", "capturable", "differentiable")


@torch.no_grad()
def adam_step(optimizer: torch.optim.Optimizer) -> None:
    """``optimizer.step()`` for a fused single-group Adam whose state exists: the same two kernels
    (``_foreach_add_`` on the step counts, then ``_fused_adam_``) with the same arguments, without
    `torch.optim.Optimizer.step`'s per-call Python (hooks, grouping by device, state checks): about a third of
    the step's time at DQN's sizes. Anything else (a first step, other options) goes to ``optimizer.step()``;
    a test checks that both give the same parameters and state to the bit."""
    groups = optimizer.param_groups
    group = groups[0]
    params = group["params"]
    state = optimizer.state
    if (not isinstance(optimizer, torch.optim.Adam) or len(groups) != 1 or not hasattr(torch, "_fused_adam_")
            or any(group.get(flag) for flag in _DEFERRING_OPTIONS) or not group.get("fused")
            or isinstance(group["lr"], Tensor)
            or getattr(optimizer, "grad_scale", None) is not None or optimizer._optimizer_step_pre_hooks
            or optimizer._optimizer_step_post_hooks or _global_step_hooks()
            or any(p.grad is None or p not in state for p in params)):
        optimizer.step()
        return
    states = [state[p] for p in params]
    steps = [s["step"] for s in states]
    torch._foreach_add_(steps, 1)
    beta1, beta2 = group["betas"]
    torch._fused_adam_(params, [p.grad for p in params], [s["exp_avg"] for s in states],
                       [s["exp_avg_sq"] for s in states], [], steps, amsgrad=False, lr=group["lr"], beta1=beta1,
                       beta2=beta2, weight_decay=0.0, eps=group["eps"], maximize=False)


def _global_step_hooks() -> bool:
    """Whether any global optimizer step hook is registered (`adam_step` then defers to ``step()``)."""
    from torch.optim import optimizer as module

    return bool(getattr(module, "_global_optimizer_pre_hooks", None) or getattr(module, "_global_optimizer_post_hooks",
                                                                                  None))
