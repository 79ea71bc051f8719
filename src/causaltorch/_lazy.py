"""Lazy public names for packages (PEP 562): a name's module is imported on first use."""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Callable


def lazy_exports(package: str, exports: dict[str, str], deprecated: dict[str, tuple[str, str, str]] | None = None
                 ) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """Return ``(__getattr__, __dir__)`` for ``package`` given ``{public name: defining module}``.

    Use in a package's ``__init__``: ``__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)``.
    A resolved name is cached in the package namespace, so the import happens once.

    ``deprecated`` maps an old name to ``(module, name there, what to use instead)``: the old name keeps
    working and warns with `DeprecationWarning` on every use (it is never cached, nor listed by ``dir``).
    """
    deprecated = deprecated or {}

    def __getattr__(name: str) -> object:
        if name in deprecated:
            module, target, instead = deprecated[name]
            warnings.warn(f"{package}.{name} is deprecated; use {instead}.", DeprecationWarning, stacklevel=2)
            return getattr(importlib.import_module(module), target)
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(exports))

    return __getattr__, __dir__
