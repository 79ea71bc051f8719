"""The ``ethical_constitution`` attribute of generators: a hook, not a submodule."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("causaltorch")

__all__ = ["HoldsConstitution"]


class HoldsConstitution:
    """Mixin for an ``nn.Module`` generator: ``self.ethical_constitution`` is stored as a plain attribute,
    so it stays out of ``state_dict`` and ``.to()``; a value that is not callable is kept with a warning,
    since generation will not consult it."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "ethical_constitution":
            if value is not None and not callable(value):
                log.warning("ethical_constitution of type %s is not callable; generate() will not consult it.",
                            type(value).__name__)
            object.__setattr__(self, name, value)
        else:
            super().__setattr__(name, value)
