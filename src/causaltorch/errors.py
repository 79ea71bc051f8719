"""Errors raised by CausalTorch.

Every error says what was wrong and how to fix it, and is raised before any state
changes. The command line prints the message on one line and exits with code 2.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class CausalTorchError(Exception):
    """Base class of every error CausalTorch raises on bad input."""


class CausalGraphError(CausalTorchError):
    """The graph is not what the operation needs (an instantaneous cycle, for one)."""


class UnknownVariableError(CausalTorchError, KeyError):
    """A variable name that the rule set does not contain."""

    def __init__(self, name: str, known: Iterable[str], context: str = ""):
        self.name = name
        self.known = list(known)
        close = difflib.get_close_matches(str(name), self.known, n=1, cutoff=0.5)
        where = f" in {context}" if context else ""
        hint = f" Did you mean {close[0]!r}?" if close else ""
        shown = ", ".join(self.known[:12]) + (" …" if len(self.known) > 12 else "")
        super().__init__(
            f"Unknown variable {name!r}{where}.{hint} Known variables: {shown or '(none)'}."
        )

    def __str__(self) -> str:  # KeyError would otherwise wrap the message in quotes
        return self.args[0]


class RuleValidationError(CausalTorchError, ValueError):
    """A rule or rule file with a bad value, key or format."""


class MechanismError(CausalTorchError):
    """A mechanism cannot do what was asked (invert a non-invertible function, for one)."""


class DataError(CausalTorchError, ValueError):
    """Data with a bad shape, dtype or value (NaN, inf, wrong number of columns)."""


class InterventionError(CausalTorchError, ValueError):
    """An intervention whose value cannot be used."""


class OutputError(CausalTorchError, ValueError):
    """An output path or format that cannot be written (an unknown file suffix, for one)."""


class CheckpointError(CausalTorchError):
    """A saved model or checkpoint that cannot be read."""


class MissingDependencyError(CausalTorchError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""

    def __init__(self, package: str, extra: str, feature: str = ""):
        what = f" for {feature}" if feature else ""
        super().__init__(
            f"{package!r} is needed{what} but is not installed. "
            f"Install it with: pip install 'causaltorch[{extra}]'"
        )


def require(module: str, extra: str, feature: str = ""):
    """Import an optional dependency or raise `MissingDependencyError` naming the extra."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(module.split(".")[0], extra, feature) from exc
