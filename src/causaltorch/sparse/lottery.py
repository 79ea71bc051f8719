"""Task-conditioned structured sparsity (`LotteryTicketRouter`) and lottery tickets (`find_winning_ticket`).

`LotteryTicketRouter` wraps a model of ``nn.Linear`` / ``nn.Conv2d`` layers. A task embedding goes through one
small low-rank generator per layer (``embedding → rank → units``) to a score per output neuron (Linear) or
channel (Conv2d); the top ``(1 - sparsity)`` units stay on. The masks are applied by forward hooks that
multiply the layer's output, and only while the router's own forward runs: ``router(x)`` is the masked model,
``router.base_model(x)`` stays the dense one (the seed's router masks the parameters for its forward and
restores them afterwards; hooks give the same contract without touching a parameter). The straight-through
top-k lets the loss train the generators. ``compact(task_embedding)`` then removes the switched-off units from a
copy of the model — that copy is physically smaller, so it is faster, and it computes the same function.

`find_winning_ticket` is iterative magnitude pruning with weight rewinding (Frankle & Carbin 2019; Frankle et
al. 2020), on `torch.nn.utils.prune`.
"""

from __future__ import annotations

import copy
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor, nn
from torch.nn.utils import prune

from causaltorch import _validate
from causaltorch.errors import DataError

__all__ = ["LotteryTicketRouter", "TicketRound", "WinningTicket", "find_winning_ticket"]

log = logging.getLogger(__name__)

_MASKABLE = (nn.Linear, nn.Conv2d)
# Modules that act on each unit separately, so a unit that is zero stays zero (or is simply dropped) through them.
_ELEMENTWISE = (nn.ReLU, nn.GELU, nn.Tanh, nn.SiLU, nn.LeakyReLU, nn.ELU, nn.Dropout, nn.Identity, nn.Flatten,
                nn.MaxPool2d, nn.AvgPool2d, nn.AdaptiveAvgPool2d, nn.Sequential)


class LotteryTicketRouter(nn.Module):
    """Per-task structured masks on ``base_model``'s neurons and channels, generated from a task embedding.

    Args:
        base_model: the model. A causaltorch text model gets masks over its attention heads and MLP hidden
            neurons; any other model over the output units of every ``nn.Linear`` / ``nn.Conv2d`` except the
            last one (whose outputs are the model's outputs).
        sparsity: fraction of each masked layer's units switched off, in [0, 1).
        task_embedding_dim: size of the task embedding.
        rank: inner width of each layer's mask generator (``D → rank → units``).

    ``update_masks(e)`` computes the masks for embedding ``e [D]`` and returns ``{layer: sparsity}``;
    ``router(x, task_embedding=e)`` runs the base model under those masks (without ``task_embedding`` it uses
    the last ones). The masks act only inside ``router(...)``: calling ``base_model`` directly, before or
    after, runs it dense, and its parameters are never changed.
    """

    def __init__(self, base_model: nn.Module, sparsity: float = 0.9, task_embedding_dim: int = 128, rank: int = 8):
        super().__init__()
        if not isinstance(base_model, nn.Module):
            raise DataError(f"base_model must be a torch.nn.Module, got {type(base_model).__name__}.")
        self.sparsity = _validate.fraction("sparsity", sparsity, high_open=True,
                                           what="a number in [0, 1) (the share of each layer's units switched off)")
        _validate.positive_int("task_embedding_dim", task_embedding_dim)
        _validate.positive_int("rank", rank)
        units = _structured_units(base_model)
        self.base_model = base_model
        self.task_embedding_dim, self.rank = task_embedding_dim, rank
        self.layer_names = [name for name, _, _, _ in units]
        self._keys = {name: name.replace(".", "__") for name in self.layer_names}
        self.mask_generators = nn.ModuleDict({
            self._keys[name]: nn.Sequential(nn.Linear(task_embedding_dim, rank), nn.Tanh(), nn.Linear(rank, count))
            for name, _, _, count in units
        })
        self.masks: dict[str, Tensor] = {}
        self._masking = False  # True only while forward() runs the base model
        self._hooks = [
            module.register_forward_pre_hook(self._head_hook(name, count)) if kind == "heads"
            else module.register_forward_hook(self._hook(name))
            for name, module, kind, count in units
        ]

    def _hook(self, name: str) -> Callable[[nn.Module, Any, Tensor], Tensor | None]:
        def apply(module: nn.Module, inputs: Any, output: Tensor) -> Tensor | None:
            mask = self.masks.get(name) if self._masking else None
            if mask is None:
                return None
            shape = [1] * output.dim()
            shape[1 if isinstance(module, nn.Conv2d) else -1] = mask.numel()
            return output * mask.view(shape).to(output.dtype)  # (…, units) or (B, C, H, W)

        return apply

    def _head_hook(self, name: str, heads: int) -> Callable[[nn.Module, tuple[Tensor, ...]], tuple[Tensor, ...] | None]:
        def apply(module: nn.Module, inputs: tuple[Tensor, ...]) -> tuple[Tensor, ...] | None:
            mask = self.masks.get(name) if self._masking else None
            if mask is None:
                return None
            merged = inputs[0]  # (B, T, C): the heads' outputs side by side, before the output projection
            per_head = merged.shape[-1] // heads
            return (merged * mask.repeat_interleave(per_head).to(merged.dtype), *inputs[1:])

        return apply

    def _check_embedding(self, task_embedding: Tensor) -> Tensor:
        if not isinstance(task_embedding, Tensor) or task_embedding.numel() != self.task_embedding_dim:
            got = tuple(task_embedding.shape) if isinstance(task_embedding, Tensor) else type(task_embedding).__name__
            raise DataError(
                f"task_embedding must be a tensor of {self.task_embedding_dim} values (task_embedding_dim), got {got}."
            )
        return task_embedding.reshape(-1)

    def generate_masks(self, task_embedding: Tensor) -> dict[str, Tensor]:
        """``{layer: mask [units]}``: 1 for the top ``(1 - sparsity)`` units by generated score, else 0.

        The value is the hard 0/1 mask; the gradient is that of ``sigmoid(score)`` (straight-through top-k).
        """
        embedding = self._check_embedding(task_embedding)
        generator = next(iter(self.mask_generators.values()))[0].weight
        embedding = embedding.to(device=generator.device, dtype=generator.dtype)
        masks = {}
        for name in self.layer_names:
            scores = self.mask_generators[self._keys[name]](embedding)  # (units,)
            keep = max(1, round((1.0 - self.sparsity) * scores.numel()))
            hard = torch.zeros_like(scores).scatter_(0, scores.topk(keep).indices, 1.0)
            soft = torch.sigmoid(scores)
            masks[name] = hard + soft - soft.detach()
        return masks

    def update_masks(self, task_embedding: Tensor) -> dict[str, float]:
        """Set the masks for ``task_embedding``; returns each masked layer's fraction of units switched off."""
        self.masks = self.generate_masks(task_embedding)
        return {name: 1.0 - float(mask.detach().sum()) / mask.numel() for name, mask in self.masks.items()}

    def forward(self, x: Any, task_embedding: Tensor | None = None) -> Any:
        """The base model's output on ``x`` with the task's units switched off (for this call only)."""
        if not self._hooks:
            raise DataError("remove_hooks() detached this router from its base model; build a new "
                            "LotteryTicketRouter to run masked again.")
        if task_embedding is not None:
            self.update_masks(task_embedding)
        elif not self.masks:
            raise DataError("No task masks yet: pass task_embedding=… or call update_masks(task_embedding) first.")
        self._masking = True
        try:
            return self.base_model(x)
        finally:
            self._masking = False

    @torch.no_grad()
    def compact(self, task_embedding: Tensor) -> nn.Module:
        """A copy of the base model without the units the task switches off (same outputs, fewer weights).

        Supports models whose maskable layers run in registration order, each feeding the next through
        element-wise modules (activations, dropout, pooling, flatten): MLPs and plain CNNs.
        """
        masks = {name: mask.detach() > 0.5 for name, mask in self.generate_masks(task_embedding).items()}
        model = copy.deepcopy(self.base_model)
        ours = {hook.id for hook in self._hooks}
        for module in model.modules():  # the copy must not carry this router's mask hooks
            for hook_id in ours & set(module._forward_hooks):
                del module._forward_hooks[hook_id]
        for module in model.modules():
            if not isinstance(module, _MASKABLE + _ELEMENTWISE) and module is not model:
                raise DataError(
                    f"compact() removes units from chains of Linear/Conv2d layers joined by element-wise modules; "
                    f"this model has a {type(module).__name__}, which mixes units. Use the masked model instead."
                )
        layers = [(name, m) for name, m in model.named_modules() if isinstance(m, _MASKABLE)]
        for (name, layer), (_, following) in zip(layers[:-1], layers[1:]):
            keep = masks[name].nonzero().flatten()
            _keep_outputs(layer, keep)
            _keep_inputs(following, keep, _units_before(following, masks[name].numel()))
        return model

    def remove_hooks(self) -> None:
        """Detach the mask hooks from the base model for good (its forward then no longer calls them)."""
        for hook in self._hooks:
            hook.remove()
        self._hooks = []


def _structured_units(model: nn.Module) -> list[tuple[str, nn.Module, str, int]]:
    """``(name, module, kind, units)`` to mask: ``kind`` is ``"out"`` (output neurons / channels, by a forward
    hook on the module) or ``"heads"`` (attention heads, by a pre-hook on the attention's output projection).

    A causaltorch text model gets its attention heads and MLP hidden neurons (the residual stream, the
    embeddings and the output head are left whole); any other model every Linear / Conv2d but the last.
    """
    from causaltorch.text.model import MLP, Attention

    blocks = [(name, m) for name, m in model.named_modules() if isinstance(m, (Attention, MLP))]
    if blocks:
        units = []
        for name, module in blocks:
            if isinstance(module, Attention):
                units.append((f"{name}.heads", module.c_proj, "heads", module.n_heads))
            else:
                units.append((f"{name}.c_fc", module.c_fc, "out", module.c_fc.out_features))
        return units
    layers = [(name, m) for name, m in model.named_modules() if isinstance(m, _MASKABLE)]
    if len(layers) < 2:
        raise DataError(
            "LotteryTicketRouter masks the hidden units of nn.Linear / nn.Conv2d layers, and the model has "
            f"{len(layers)} such layer(s); it needs at least two (the last one's outputs are never masked)."
        )
    return [(name, module, "out", _units(module)) for name, module in layers[:-1]]


def _units(module: nn.Module) -> int:
    return module.out_features if isinstance(module, nn.Linear) else module.out_channels


def _units_before(module: nn.Module, units: int) -> int:
    """Inputs of ``module`` per unit of the layer before it (> 1 after a Conv2d and a Flatten)."""
    width = module.in_features if isinstance(module, nn.Linear) else module.in_channels
    if width % units:
        raise DataError(f"compact(): a layer with {width} inputs follows one with {units} units; they do not chain.")
    return width // units


def _keep_outputs(layer: nn.Module, keep: Tensor) -> None:
    layer.weight = nn.Parameter(layer.weight[keep].clone())
    if layer.bias is not None:
        layer.bias = nn.Parameter(layer.bias[keep].clone())
    if isinstance(layer, nn.Linear):
        layer.out_features = keep.numel()
    else:
        layer.out_channels = keep.numel()


def _keep_inputs(layer: nn.Module, keep: Tensor, per_unit: int) -> None:
    columns = (keep[:, None] * per_unit + torch.arange(per_unit, device=keep.device)).flatten()
    layer.weight = nn.Parameter(layer.weight[:, columns].clone())
    if isinstance(layer, nn.Linear):
        layer.in_features = columns.numel()
    else:
        layer.in_channels = columns.numel()


@dataclass
class TicketRound:
    """One round of iterative magnitude pruning: the weights' sparsity and ``train_fn``'s score after training."""

    round: int
    sparsity: float
    score: float | None


@dataclass
class WinningTicket:
    """What `find_winning_ticket` returns: the pruned, trained model and each round's score."""

    model: nn.Module
    rounds: list[TicketRound] = field(default_factory=list)

    @property
    def sparsity(self) -> float:
        return self.rounds[-1].sparsity if self.rounds else 0.0


def _prunable(model: nn.Module) -> list[tuple[nn.Module, str]]:
    return [(m, "weight") for m in model.modules() if isinstance(m, _MASKABLE)]


def weight_sparsity(model: nn.Module) -> float:
    """Fraction of zero weights over every Linear / Conv2d weight matrix."""
    total = zeros = 0
    for module, name in _prunable(model):
        weight = getattr(module, name)
        total += weight.numel()
        zeros += int((weight == 0).sum())
    return zeros / max(1, total)


def find_winning_ticket(model: nn.Module, train_fn: Callable[..., float | None], rounds: int = 5, rate: float = 0.2,
                        rewind_step: int = 0, reset: str = "rewind") -> WinningTicket:
    """Iterative magnitude pruning (IMP): train, prune ``rate`` of the remaining weights, reset, repeat.

    Args:
        model: trained in place; its Linear / Conv2d weights are pruned with `torch.nn.utils.prune`
            (global L1 magnitude), so the masks persist as ``weight_mask`` buffers.
        train_fn: ``train_fn(model, steps=None) -> score``: trains ``model`` in place (only ``steps``
            optimiser steps when given, from a fresh optimiser) and returns a validation score (or None).
        rounds: pruning rounds; the weights end ``1 - (1 - rate) ** rounds`` sparse.
        rate: fraction of the remaining weights pruned per round, in (0, 1).
        rewind_step: the weights are rewound to their values after this many training steps (0: the
            initialisation, as in the original lottery-ticket experiments; a few hundred steps is "late
            rewinding", which works for deeper networks).
        reset: after pruning, ``"rewind"`` (weights back to the rewind point: the lottery ticket),
            ``"continue"`` (keep training from the trained weights: no rewinding) or ``"random"`` (fresh
            random weights: the control that shows whether the ticket's initial values matter).

    Returns:
        A `WinningTicket`: the final pruned and trained model and, per round (round 0 is dense), the
        sparsity and score after training.
    """
    _validate.positive_int("rounds", rounds)
    _validate.fraction("rate", rate, low_open=True, high_open=True,
                       what="in (0, 1) (the fraction of remaining weights pruned per round)")
    _validate.nonnegative_int("rewind_step", rewind_step)
    if reset not in ("rewind", "continue", "random"):
        raise DataError(f"reset must be 'rewind', 'continue' or 'random', got {reset!r}.")
    targets = _prunable(model)
    if not targets:
        raise DataError("find_winning_ticket prunes nn.Linear / nn.Conv2d weights and the model has none.")
    if rewind_step:
        train_fn(model, steps=rewind_step)
    rewind_point = copy.deepcopy(model.state_dict())
    ticket = WinningTicket(model)
    ticket.rounds.append(TicketRound(0, weight_sparsity(model), _score(train_fn(model))))
    for number in range(1, rounds + 1):
        prune.global_unstructured(targets, pruning_method=prune.L1Unstructured, amount=rate)
        if reset == "rewind":
            _restore_weights(model, rewind_point)
        elif reset == "random":
            _reinitialise(model)
        _refresh_pruned(model)
        score = _score(train_fn(model))
        ticket.rounds.append(TicketRound(number, weight_sparsity(model), score))
        log.info("IMP round %d: %.1f%% of weights pruned, score %s", number, 100 * ticket.rounds[-1].sparsity, score)
    return ticket


def _score(value: Any) -> float | None:
    return None if value is None else float(value)


@torch.no_grad()
def _restore_weights(model: nn.Module, state: dict[str, Tensor]) -> None:
    """Rewind every parameter (``weight_orig`` for pruned weights) to ``state``; masks stay."""
    for name, parameter in model.named_parameters():
        source = state.get(name, state.get(name.replace("weight_orig", "weight")))
        if source is not None:
            parameter.copy_(source)


@torch.no_grad()
def _refresh_pruned(model: nn.Module) -> None:
    """Recompute each pruned ``weight`` (``weight_orig * weight_mask``) now rather than at the next forward."""
    for module in model.modules():
        if hasattr(module, "weight_orig") and hasattr(module, "weight_mask"):
            module.weight = module.weight_orig * module.weight_mask


@torch.no_grad()
def _reinitialise(model: nn.Module) -> None:
    for module in model.modules():
        if isinstance(module, _MASKABLE):
            weight = module.weight_orig if hasattr(module, "weight_orig") else module.weight
            nn.init.kaiming_uniform_(weight, a=math.sqrt(5))
            if module.bias is not None:
                bound = 1.0 / math.sqrt(max(1, weight[0].numel()))
                nn.init.uniform_(module.bias, -bound, bound)
