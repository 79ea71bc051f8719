"""The shared argument checks: what each accepts, what it refuses, and what the message says."""

from __future__ import annotations

import math

import numpy as np
import pytest

from causaltorch import _validate as check
from causaltorch.errors import DataError, InterventionError


@pytest.mark.parametrize("value", [1, 7, np.int64(3)])
def test_positive_int_accepts_integers_from_one_and_returns_an_int(value):
    assert check.positive_int("steps", value) == int(value)
    assert type(check.positive_int("steps", value)) is int


@pytest.mark.parametrize("value", [0, -1, 1.0, "3", True, None])
def test_positive_int_refuses_zero_floats_strings_and_bools(value):
    with pytest.raises(DataError, match=r"^steps must be a positive integer, got "):
        check.positive_int("steps", value)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, True, "0.5", -0.1, 1.5])
def test_fraction_refuses_nan_infinities_bools_and_values_outside_zero_one(value):
    with pytest.raises(DataError, match=r"must be a number in \[0, 1\]"):
        check.fraction("p", value)


def test_open_ends_and_custom_descriptions_and_error_classes():
    assert check.fraction("p", 0.0) == 0.0
    with pytest.raises(DataError, match=r"in \[0, 1\)"):
        check.fraction("sparsity", 1.0, high_open=True)
    with pytest.raises(InterventionError, match="rain must be an intensity, got 2.0"):
        check.number("rain", 2.0, 0, 1, what="an intensity", error=InterventionError)
    assert check.number("x", math.inf, finite=False) == math.inf
    assert check.optional(check.positive_int, "top_k", None) is None
    assert check.integer("k", 5, 0, 10) == 5
    with pytest.raises(DataError, match=r"k must be an integer in \[0, 10\], got 11"):
        check.integer("k", 11, 0, 10)
