"""Argument checks shared by every module: one wording, one place.

Each check returns the value converted (``int`` or ``float``) or raises `DataError` naming the argument,
what it must be and what it got, before the caller changes any state. ``bool`` is refused wherever a number is
expected (``True`` is an ``int`` to Python, never a size or a rate to us); NumPy scalars are numbers. ``what``
replaces the generated description when an argument needs its own explanation ("an intensity in [0, 1)"),
so messages stay specific.
"""

from __future__ import annotations

import math
import numbers
from typing import Any

from causaltorch.errors import DataError

__all__ = ["integer", "number", "positive_int", "nonnegative_int", "positive", "nonnegative", "fraction",
           "optional"]


def _fail(name: str, what: str, value: Any, error: type[Exception]) -> None:
    raise error(f"{name} must be {what}, got {value!r}.")


def integer(name: str, value: Any, minimum: int | None = None, maximum: int | None = None, *,
            what: str | None = None, error: type[Exception] = DataError) -> int:
    """``value`` as an ``int`` within ``[minimum, maximum]`` (either bound may be None)."""
    if what is None:
        if minimum == 1 and maximum is None:
            what = "a positive integer"
        elif minimum is not None and maximum is not None:
            what = f"an integer in [{minimum}, {maximum}]"
        elif minimum is not None:
            what = f"an integer >= {minimum}"
        elif maximum is not None:
            what = f"an integer <= {maximum}"
        else:
            what = "an integer"
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):  # NumPy integers count
        _fail(name, what, value, error)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        _fail(name, what, value, error)
    return int(value)


def number(name: str, value: Any, low: float | None = None, high: float | None = None, *,
           low_open: bool = False, high_open: bool = False, finite: bool = True, what: str | None = None,
           error: type[Exception] = DataError) -> float:
    """``value`` as a ``float`` within the interval given by ``low`` / ``high`` (open ends by flag).

    NaN is always refused; infinities are refused when ``finite`` (the default).
    """
    if what is None:
        what = _describe(low, high, low_open, high_open, finite)
    if isinstance(value, bool) or not isinstance(value, numbers.Real):  # NumPy scalars count; bools do not
        _fail(name, what, value, error)
    value = float(value)
    if math.isnan(value) or (finite and math.isinf(value)):
        _fail(name, what, value, error)
    if low is not None and (value <= low if low_open else value < low):
        _fail(name, what, value, error)
    if high is not None and (value >= high if high_open else value > high):
        _fail(name, what, value, error)
    return value


def _describe(low: float | None, high: float | None, low_open: bool, high_open: bool, finite: bool) -> str:
    kind = "a finite number" if finite else "a number"
    if low is not None and high is not None:
        return f"a number in {'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"
    if low is not None:
        return f"{kind} {'>' if low_open else '>='} {low:g}"
    if high is not None:
        return f"{kind} {'<' if high_open else '<='} {high:g}"
    return kind


def positive_int(name: str, value: Any, *, what: str | None = None, error: type[Exception] = DataError) -> int:
    """An integer >= 1."""
    return integer(name, value, 1, what=what, error=error)


def nonnegative_int(name: str, value: Any, *, what: str | None = None, error: type[Exception] = DataError) -> int:
    """An integer >= 0."""
    return integer(name, value, 0, what=what, error=error)


def positive(name: str, value: Any, *, what: str | None = None, error: type[Exception] = DataError) -> float:
    """A finite number > 0."""
    return number(name, value, 0.0, low_open=True, what=what or "a positive number", error=error)


def nonnegative(name: str, value: Any, *, what: str | None = None, error: type[Exception] = DataError) -> float:
    """A finite number >= 0."""
    return number(name, value, 0.0, what=what, error=error)


def fraction(name: str, value: Any, *, high_open: bool = False, low_open: bool = False, what: str | None = None,
             error: type[Exception] = DataError) -> float:
    """A number in [0, 1] (ends open by flag): a probability, a sparsity, a mixing weight."""
    return number(name, value, 0.0, 1.0, low_open=low_open, high_open=high_open, what=what, error=error)


def optional(check: Any, name: str, value: Any, *args: Any, **kwargs: Any) -> Any:
    """``None`` passes through; anything else goes to ``check`` (pass ``what=`` saying "... or None")."""
    if value is None:
        return None
    return check(name, value, *args, **kwargs)
