"""Model-Agnostic Meta-Learning (Finn et al., 2017) for any ``nn.Module``, on `torch.func.functional_call`.

The inner loop never touches the module's own parameters: it builds a new ``{name: tensor}`` dict per
step (``θ' = θ − α ∇_θ L_support(θ)``) and evaluates the module with it through ``functional_call``. With
``first_order=False`` the inner gradients are part of the graph (``create_graph=True``), so the meta-gradient
is the exact second-order MAML gradient; with ``first_order=True`` it is FOMAML's approximation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

import torch
from torch import Tensor, nn
from torch.func import functional_call

from causaltorch import _validate
from causaltorch.errors import DataError

log = logging.getLogger(__name__)

__all__ = ["MAML", "AdaptedModel"]

Task = Sequence[Any]


class AdaptedModel(nn.Module):
    """``model`` evaluated with task-adapted parameters (`MAML.adapt`); the base model is left unchanged.

    ``adapted(*inputs)`` is ``functional_call(model, params, inputs)``; ``adapted.params`` holds the adapted
    tensors (attached to the meta-parameters' graph only when adapted with ``create_graph=True``).
    """

    def __init__(self, model: nn.Module, params: dict[str, Tensor], buffers: dict[str, Tensor]):
        super().__init__()
        object.__setattr__(self, "base", model)  # not a submodule: adapted copies do not own the base model
        self.params = params
        self.buffers_ = buffers

    def forward(self, *inputs: Any, **kwargs: Any) -> Any:
        return functional_call(self.base, {**self.buffers_, **self.params}, inputs, kwargs)


class MAML(nn.Module):
    """Meta-learns an initialisation of ``model`` that adapts to a new task in a few gradient steps.

    Args:
        model: any ``nn.Module`` (a `CausalHyperNetwork` included).
        inner_lr: step size α of the inner (task-adaptation) loop.
        meta_lr: learning rate of the outer Adam optimiser on the model's parameters.
        num_inner_steps: gradient steps on each task's support set.
        first_order: drop the second-order terms (FOMAML): cheaper, approximate.

    A task is ``(X_support, y_support, X_query, y_query)``, or ``(context, X_support, y_support, X_query,
    y_query)`` when the model takes a context first (a `CausalHyperNetwork` takes the task's graph:
    ``model(graph, X)``). A hypernetwork given 4-tuples (the spec's example) is conditioned on an empty
    graph, with a warning: it then meta-learns one network for every task.
    """

    def __init__(self, model: nn.Module, inner_lr: float = 0.01, meta_lr: float = 0.001, num_inner_steps: int = 1,
                 first_order: bool = False):
        super().__init__()
        if not isinstance(model, nn.Module):
            raise DataError(f"model must be a torch.nn.Module, got {type(model).__name__}.")
        inner_lr = _validate.positive("inner_lr", inner_lr)
        meta_lr = _validate.positive("meta_lr", meta_lr)
        _validate.positive_int("num_inner_steps", num_inner_steps)
        self.model = model
        self.inner_lr, self.meta_lr = inner_lr, meta_lr
        self.num_inner_steps, self.first_order = num_inner_steps, bool(first_order)
        self.optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=self.meta_lr)
        self._warned_no_graph = False

    def forward(self, *inputs: Any, **kwargs: Any) -> Any:
        return self.model(*inputs, **kwargs)

    # ------------------------------------------------------------------ inner loop
    def _split(self, task: Task) -> tuple[tuple[Any, ...], Tensor, Tensor, Tensor, Tensor]:
        if not isinstance(task, (tuple, list)) or len(task) not in (4, 5):
            raise DataError(
                "A task is (X_support, y_support, X_query, y_query) or (context, X_support, y_support, X_query, "
                f"y_query); got {type(task).__name__} of length {len(task) if hasattr(task, '__len__') else '?'}."
            )
        context = tuple(task[:-4])
        if not context and getattr(self.model, "needs_context", False):
            context = (self._empty_graph(),)
        support_x, support_y, query_x, query_y = task[-4:]
        for name, value in (("X_support", support_x), ("y_support", support_y), ("X_query", query_x),
                            ("y_query", query_y)):
            if not isinstance(value, Tensor) or value.shape[0] == 0:
                raise DataError(f"{name} must be a non-empty tensor, got {type(value).__name__}.")
        return context, support_x, support_y, query_x, query_y

    def _empty_graph(self) -> Tensor:
        """The context for a task that carries no graph: a graph with no edges (structure unknown)."""
        size = getattr(self.model, "max_variables", None)
        if not isinstance(size, int):
            raise DataError(
                f"{type(self.model).__name__} builds its network from the task's causal graph: give each task as "
                "(graph, X_support, y_support, X_query, y_query)."
            )
        if not self._warned_no_graph:
            log.warning("Tasks without a graph: %s is conditioned on an empty graph (no known structure), so it "
                        "meta-learns one network for all tasks. Give (graph, X_support, y_support, X_query, "
                        "y_query) to condition on each task's graph.", type(self.model).__name__)
            self._warned_no_graph = True
        parameter = next(self.model.parameters())
        return torch.zeros(size, size, device=parameter.device, dtype=parameter.dtype)

    def adapted_parameters(self, context: tuple[Any, ...], support_x: Tensor, support_y: Tensor,
                           loss_fn: Callable[[Tensor, Tensor], Tensor], num_steps: int | None = None,
                           create_graph: bool = True) -> dict[str, Tensor]:
        """θ' after ``num_steps`` (default ``num_inner_steps``) SGD steps on the support set.

        With ``create_graph`` (and not ``first_order``) θ' is a differentiable function of θ.
        """
        params = {name: p for name, p in self.model.named_parameters() if p.requires_grad}
        buffers = dict(self.model.named_buffers())
        second_order = create_graph and not self.first_order
        for _ in range(self.num_inner_steps if num_steps is None else num_steps):
            prediction = functional_call(self.model, {**buffers, **params}, (*context, support_x))
            loss = loss_fn(prediction, support_y)
            grads = torch.autograd.grad(loss, list(params.values()), create_graph=second_order, allow_unused=True)
            params = {
                name: p if g is None else p - self.inner_lr * (g if second_order else g.detach())
                for (name, p), g in zip(params.items(), grads)
            }
        if not create_graph:
            params = {name: p.detach() for name, p in params.items()}
        return params

    def adapt(self, support_x: Tensor, support_y: Tensor, loss_fn: Callable[[Tensor, Tensor], Tensor] | None = None,
              num_steps: int | None = None, context: Any = None) -> AdaptedModel:
        """A copy of the model adapted to one task's support set (the base model is not changed).

        ``context``: what the model takes before the inputs (a `CausalHyperNetwork`'s graph); the adapted
        model is then called as ``adapted(context, X)``.
        """
        task = (support_x, support_y, support_x, support_y) if context is None else (
            context, support_x, support_y, support_x, support_y)
        context_args, support_x, support_y, _, _ = self._split(task)
        with torch.enable_grad():
            params = self.adapted_parameters(context_args, support_x, support_y, loss_fn or nn.MSELoss(),
                                             num_steps, create_graph=False)
        return AdaptedModel(self.model, params, dict(self.model.named_buffers()))

    # ------------------------------------------------------------------ outer loop
    def meta_loss(self, task_batch: Sequence[Task],
                  loss_fn: Callable[[Tensor, Tensor], Tensor] | None = None) -> Tensor:
        """Mean query loss after adaptation over ``task_batch``, differentiable in the model's parameters."""
        if not isinstance(task_batch, Sequence) or len(task_batch) == 0:
            raise DataError("task_batch must be a non-empty list of tasks.")
        loss_fn = loss_fn or nn.MSELoss()
        tasks = [self._split(task) for task in task_batch]  # every task checked before any work
        buffers = dict(self.model.named_buffers())
        losses = []
        for context, support_x, support_y, query_x, query_y in tasks:
            params = self.adapted_parameters(context, support_x, support_y, loss_fn)
            prediction = functional_call(self.model, {**buffers, **params}, (*context, query_x))
            losses.append(loss_fn(prediction, query_y))
        return torch.stack(losses).mean()

    def meta_train(self, task_batch: Sequence[Task],
                   loss_fn: Callable[[Tensor, Tensor], Tensor] | None = None) -> float:
        """One meta-update (Adam, ``meta_lr``) on ``task_batch``; returns the meta-loss before the update."""
        self.optimizer.zero_grad(set_to_none=True)
        loss = self.meta_loss(task_batch, loss_fn)
        if not torch.isfinite(loss):
            raise DataError(
                f"The meta-loss is {float(loss.detach())}: the inner loop diverged on this batch (the model was "
                "not updated). "
                "Lower inner_lr or num_inner_steps, or scale the inputs."
            )
        loss.backward()
        self.optimizer.step()
        return float(loss.detach())
