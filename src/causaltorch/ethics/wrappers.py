"""`EthicalCNSGNet`: any model's outputs passed through an `EthicalConstitution`."""

from __future__ import annotations

import logging
from typing import Any

from torch import nn

from causaltorch.errors import DataError
from causaltorch.ethics.constitution import EthicalConstitution

__all__ = ["EthicalCNSGNet"]

log = logging.getLogger("causaltorch.ethics")


class EthicalCNSGNet(nn.Module):
    """Wraps ``base_model`` so that what it returns is checked by ``constitution``.

    ``forward(*args, **kwargs)`` returns the base model's output after the constitution's modify / blur
    actions; ``last_passed`` and ``last_violations`` say what it found (a failed check is logged).
    ``generate(...)`` also installs the constitution as the base model's ``ethical_constitution`` hook for
    the call (so a text model rolls blocked sentences back and redraws them) and then checks the result.
    """

    def __init__(self, base_model: nn.Module, constitution: EthicalConstitution):
        super().__init__()
        if not callable(base_model):
            raise DataError(f"base_model must be a callable model, got {type(base_model).__name__}.")
        if not isinstance(constitution, EthicalConstitution):
            raise DataError(f"constitution must be an EthicalConstitution, got {type(constitution).__name__}.")
        self.base_model = base_model
        self.constitution = constitution
        self.last_passed = True
        self.last_violations: list[dict[str, Any]] = []

    def _checked(self, output: Any) -> Any:
        output, passed, violations = self.constitution(output)
        self.last_passed, self.last_violations = passed, violations
        if not passed:
            log.warning("Ethical violations detected: %s", [f"{v['rule']}: {v['reason']}" for v in violations])
        return output

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        return self._checked(self.base_model(*args, **kwargs))

    def generate(self, *args: Any, **kwargs: Any) -> Any:
        generate = getattr(self.base_model, "generate", None)
        if not callable(generate):
            raise DataError(f"{type(self.base_model).__name__} has no generate() method.")
        hooked = hasattr(self.base_model, "ethical_constitution")
        previous = getattr(self.base_model, "ethical_constitution", None)
        if hooked:
            self.base_model.ethical_constitution = self.constitution
        try:
            output = generate(*args, **kwargs)
        finally:
            if hooked:
                self.base_model.ethical_constitution = previous
        return self._checked(output)
