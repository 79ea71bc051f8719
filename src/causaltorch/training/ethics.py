"""`EthicalLMModule`: language-model training with `EthicalLoss` (Lightning; imported only when used)."""

from __future__ import annotations

from typing import Any

from torch import Tensor, nn

from causaltorch.errors import DataError
from causaltorch.ethics.loss import EthicalLoss
from causaltorch.training.text import CausalLMModule

__all__ = ["EthicalLMModule"]


class EthicalLMModule(CausalLMModule):
    """`CausalLMModule` whose loss is ``ethical_loss(logits, targets, input_ids)``: next-token
    cross-entropy plus the weighted probability of flagged continuations. Also logs ``ethical_penalty``."""

    def __init__(self, model: nn.Module, ethical_loss: EthicalLoss, **optimizer_settings: Any):
        if not isinstance(ethical_loss, EthicalLoss):
            raise DataError(f"ethical_loss must be an EthicalLoss, got {type(ethical_loss).__name__}.")
        super().__init__(model, **optimizer_settings)
        self.ethical_loss = ethical_loss

    def _loss(self, batch: tuple[Tensor, Tensor]) -> Tensor:
        inputs, targets = batch  # (B, T) each
        output = self.model(inputs)
        loss = self._with_aux_loss(self.ethical_loss(output.logits.float(), targets, input_ids=inputs), output)
        if self._trainer is not None:
            self.log("ethical_penalty", self.ethical_loss.last_penalty, prog_bar=True)
        return loss
