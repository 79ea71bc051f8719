"""Tables for discovery: tensors, arrays, DataFrames or CSV files → a validated ``[n, d]`` matrix.

Validation goes through `StructuralCausalModel._as_matrix` (the same checks every model applies to
data: shape, numeric values, no NaN or inf) and adds what discovery needs on top: named, unique
columns, no constant column (a constant has no causes or effects to find) and more rows than columns.
"""

from __future__ import annotations

import csv
import math
from array import array
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import Tensor

from causaltorch._checkpoint import check_memory
from causaltorch.errors import DataError
from causaltorch.rules import CausalRuleSet
from causaltorch.scm import StructuralCausalModel

__all__ = ["as_data_matrix", "read_csv"]


def _column_names(data: Any, names: Sequence[str] | None) -> tuple[Any, list[str]]:
    """The column names of ``data`` and ``data`` itself (a DataFrame's non-numeric columns are refused)."""
    columns = getattr(data, "columns", None)
    if columns is not None and hasattr(data, "to_numpy"):  # pandas DataFrame
        found = [str(c) for c in columns]
        non_numeric = [
            str(c) for c, dtype in zip(columns, data.dtypes)
            if getattr(dtype, "kind", "O") not in "biuf"
        ]
        if non_numeric:
            raise DataError(
                f"Column(s) {non_numeric} are not numeric. Discovery needs numbers: encode categories as "
                "integers (or one-hot columns) or drop those columns."
            )
        if names is not None and list(names) != found:
            raise DataError(
                f"names {list(names)} disagree with the DataFrame's columns {found}; give one or the other."
            )
        # Writable float copies, column by column: pandas may hand out read-only views.
        return {name: data[c].to_numpy(dtype=np.float64, copy=True) for name, c in zip(found, columns)}, found
    if isinstance(data, Mapping):
        found = [str(k) for k in data]
        return data, found
    width = np.shape(data)[1] if np.ndim(data) == 2 else None
    if names is None:
        names = [f"x{i}" for i in range(width or 0)]
    elif width is not None and len(names) != width:
        raise DataError(f"names has {len(names)} entries but the data has {width} columns; give one name per column.")
    return data, [str(n) for n in names]


def as_data_matrix(data: Any, names: Sequence[str] | None = None, dtype: torch.dtype = torch.float64,
                   device: torch.device | str | None = None) -> tuple[Tensor, list[str]]:
    """Validate ``data`` for discovery → ``(matrix [n, d], column names)``.

    Args:
        data: a tensor or array ``[n, d]``, a pandas DataFrame (its column names become the variables),
            or a ``{name: column}`` mapping.
        names: variable names for a tensor or array (default ``x0 … x{d-1}``).

    Raises `DataError` on a non-numeric column, NaN / inf, a constant column, repeated names, or
    no more rows than columns — naming the column and the fix.
    """
    if np.ndim(data) not in (0, 2) and not isinstance(data, Mapping) and getattr(data, "columns", None) is None:
        raise DataError(f"data must be a table of shape [n, d], got {np.ndim(data)} dimension(s).")
    data, columns = _column_names(data, names)
    if not columns:
        raise DataError("data has no columns; give a table of shape [n, d] with d >= 2.")
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if repeated:
        raise DataError(f"Column name(s) {repeated} appear more than once; give every column a distinct name.")
    variables = CausalRuleSet()
    for name in columns:
        variables.add_variable(name)
    checker = StructuralCausalModel(variables, mechanisms="linear").to(device=device, dtype=dtype)
    matrix = checker._as_matrix(data)  # (n, d)
    n, d = matrix.shape
    if d < 2:
        raise DataError(f"data has {d} column; discovery needs at least two variables.")
    if n <= d:
        raise DataError(
            f"data has {n} rows but {d} columns; discovery needs more rows than columns "
            "(in practice at least ten times as many). Collect more rows or drop columns."
        )
    spread = matrix.std(dim=0)
    constant = [columns[j] for j in range(d)
                if not float(spread[j]) > 1e-12 * max(1.0, float(matrix[:, j].abs().max()))]
    if constant:
        raise DataError(
            f"Column(s) {constant} are constant; a constant has no causes or effects to discover. Drop them."
        )
    return matrix, columns


def read_csv(path: str | Path) -> tuple[np.ndarray, list[str]]:
    """Read a numeric CSV file with a header row → ``(values [n, d], column names)``.

    Empty cells and ``nan`` are read as NaN (and refused later by `as_data_matrix`); a column with any
    other non-number raises `DataError` naming the column, line and value. A UTF-8 byte-order mark is not
    part of the first column's name. Values are parsed row by row into 8 bytes each, so reading takes at most
    four times the file's size; a file too large for the memory left is refused before it is read.
    """
    path = Path(path)
    if not path.is_file():
        raise DataError(f"No data file at {path}.")
    size = path.stat().st_size
    check_memory(4 * size, f"Reading {path} ({size / 1e6:,.1f} MB)",
                 "use a smaller file (a sample of its rows, or fewer columns)", device="cpu")
    values = array("d")
    header: list[str] | None = None
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle)
            try:
                for row in reader:
                    if not any(cell.strip() for cell in row):
                        continue
                    if header is None:
                        header = _header(path, row)
                        continue
                    if len(row) != len(header):
                        raise DataError(f"{path}, line {reader.line_num}: {len(row)} cells but the header has "
                                        f"{len(header)} columns.")
                    for j, cell in enumerate(row):
                        values.append(_number(path, header[j], reader.line_num, cell))
            except csv.Error as exc:
                raise DataError(f"{path}, line {reader.line_num}: not a readable CSV row ({exc}).") from None
    except UnicodeDecodeError as exc:
        raise DataError(
            f"{path} is not UTF-8 text (undecodable byte at offset {exc.start}); save it as UTF-8 CSV."
        ) from None
    if header is None:
        raise DataError(f"{path} is empty; expected a header row of column names, then rows of numbers.")
    return np.frombuffer(values, dtype=np.float64).reshape(-1, len(header)), header


def _header(path: Path, row: list[str]) -> list[str]:
    header = [cell.strip() for cell in row]
    if any(not cell for cell in header):
        raise DataError(f"{path}: the header row has an empty column name; name every column.")
    return header


def _number(path: Path, column: str, line: int, cell: str) -> float:
    text = cell.strip()
    if not text:
        return math.nan
    try:
        return float(text)
    except ValueError:
        raise DataError(
            f"{path}: column {column!r} is not numeric (line {line} holds {text!r}). Discovery needs "
            "numbers: encode categories as integers or drop the column."
        ) from None
