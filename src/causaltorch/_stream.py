"""Tables written chunk by chunk: Parquet (pyarrow, imported lazily) or CSV, atomically, with bounded memory.

`table_writer` opens a file for rows of named float columns and takes them one ``[k, d]`` block at a time, so a
table far larger than memory is written with the memory of one block (a Parquet row group per block). The file
appears under its name only when the block of code ends without error (`causaltorch._files.atomic_path`).
`check_room` refuses, before anything is drawn or written, a table that cannot fit on its disk or under the
shell's file-size limit (``ulimit -f``).
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from causaltorch._checkpoint import byte_size
from causaltorch._files import atomic_path, check_output
from causaltorch.errors import OutputError, require

__all__ = ["COMPRESSIONS", "FORMATS", "FULL_PRECISION", "TableWriter", "check_room", "check_table", "estimated_bytes",
           "table_format", "table_writer"]

FORMATS = ("parquet", "csv")
_SUFFIXES = {".parquet": "parquet", ".pq": "parquet", ".csv": "csv"}
COMPRESSIONS = ("none", "snappy", "zstd", "gzip", "lz4", "brotli")
FULL_PRECISION = "%.17g"  # every float64 survives a CSV round trip at 17 significant digits


def table_format(path: str | Path, format: str | None = None) -> str:
    """``"parquet"`` or ``"csv"``: ``format`` when given, else from the suffix of ``path``.

    Raises:
        OutputError: an unknown format, or no format and a suffix that names none.
    """
    if format is not None:
        if format not in FORMATS:
            raise OutputError(f"format must be one of {', '.join(FORMATS)}, got {format!r}.")
        return format
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise OutputError(f"cannot tell the format of {path} from its suffix {suffix or '(none)'!r}: name it "
                          f"{', '.join(_SUFFIXES)} or pass format='parquet' or 'csv'.")
    return _SUFFIXES[suffix]


def _file_size_limit() -> int | None:
    """The largest file this process may write (``ulimit -f``), or None without a limit."""
    try:
        import resource
    except ImportError:  # not a Unix
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def check_room(path: str | Path, needed: float, what: str, fix: str = "write fewer rows or elsewhere") -> None:
    """Refuse a file of about ``needed`` bytes that cannot fit on the disk of ``path`` or under ``ulimit -f``.

    Writing past the file-size limit kills the process (SIGXFSZ) halfway through, and a full disk fails it
    there: both are told before the first row is drawn.

    Raises:
        OutputError: naming ``what``, the size, the room there is, and ``fix``.
    """
    target = Path(path)
    folder = next(folder for folder in (target.parent, *target.parent.parents) if folder.exists())
    limit = _file_size_limit()
    if limit is not None and needed > limit:
        raise OutputError(f"{what} takes about {byte_size(needed)}, more than this shell's file-size limit of "
                          f"{byte_size(limit)} (ulimit -f); {fix}, or raise the limit.")
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise OutputError(f"{what} takes about {byte_size(needed)}, but {folder} has {byte_size(free)} free; {fix}.")


class TableWriter:
    """Rows of float columns written block by block; `write` takes a ``[k, d]`` array in column order."""

    def __init__(self, columns: Sequence[str], format: str, handle: Any, dtype: np.dtype, csv_format: str):
        self.columns, self.format, self.dtype = list(columns), format, dtype
        self.rows = 0
        self._handle, self._csv_format = handle, csv_format

    def write(self, block: np.ndarray) -> None:
        """Append the rows of ``block [k, d]`` (cast to the file's dtype)."""
        block = np.asarray(block)
        if block.ndim != 2 or block.shape[1] != len(self.columns):
            raise OutputError(f"a block of rows must have shape [k, {len(self.columns)}], got {block.shape}.")
        if self.format == "csv":
            np.savetxt(self._handle, block.astype(self.dtype, copy=False), delimiter=",", fmt=self._csv_format)
        else:
            pa = require("pyarrow", "parquet", "Parquet output")
            by_column = np.ascontiguousarray(block.T, dtype=self.dtype)  # (d, k): each row a column, zero-copy
            self._handle.write_table(pa.Table.from_arrays([pa.array(column) for column in by_column],
                                                          names=self.columns))
        self.rows += block.shape[0]


def _parquet_writer(path: Path, columns: Sequence[str], dtype: np.dtype, compression: str,
                    dictionary_columns: Sequence[str]) -> Any:
    pa = require("pyarrow", "parquet", "Parquet output")
    parquet = require("pyarrow.parquet", "parquet", "Parquet output")
    compression = None if compression == "none" else compression
    schema = pa.schema([(name, pa.from_numpy_dtype(dtype)) for name in columns])
    # Dictionary encoding hashes every value: five times the cost of plain encoding, and no gain on continuous
    # samples. It is kept for the columns named, such as a variable fixed by an intervention (one value).
    return parquet.ParquetWriter(str(path), schema, compression=compression,
                                 use_dictionary=[name for name in columns if name in set(dictionary_columns)])


def check_table(path: str | Path, columns: Sequence[str], format: str | None = None, dtype: Any = "float64",
                compression: str = "none") -> tuple[str, np.dtype]:
    """``(format, numpy dtype)`` of a table `table_writer` would write, after checking every option and the path.

    Raises:
        OutputError: an unwritable path, an unknown format or codec, a dtype other than float32 / float64, or
            column names that are empty or repeated.
        MissingDependencyError: Parquet without pyarrow (the ``parquet`` extra).
    """
    format = table_format(path, format)
    if not columns or len(set(columns)) != len(columns) or not all(isinstance(c, str) and c for c in columns):
        raise OutputError(f"a table needs distinct, non-empty column names, got {list(columns)!r}.")
    try:
        numpy_dtype = np.dtype(dtype)
    except TypeError:
        numpy_dtype = None
    if numpy_dtype not in (np.dtype("float32"), np.dtype("float64")):
        raise OutputError(f"dtype must be float32 or float64, got {dtype!r}.")
    if compression not in COMPRESSIONS:
        raise OutputError(f"compression must be one of {', '.join(COMPRESSIONS)}, got {compression!r}.")
    if format == "parquet":
        require("pyarrow.parquet", "parquet", "Parquet output")
    elif compression != "none":
        raise OutputError(f"compression applies to Parquet only; a CSV is written plain (got {compression!r}).")
    check_output(path)
    return format, numpy_dtype


def estimated_bytes(rows: int, columns: Sequence[str], format: str, dtype: Any = "float64",
                    csv_sample: np.ndarray | None = None, csv_format: str = FULL_PRECISION) -> float:
    """About how many bytes a table of ``rows`` takes: uncompressed Parquet values plus 1% for pages and
    footer (compression can only shrink it), or for a CSV the mean length of ``csv_sample``'s formatted rows."""
    if format == "parquet":
        return rows * len(columns) * np.dtype(dtype).itemsize * 1.01 + 65536
    if csv_sample is None or not len(csv_sample):
        raise OutputError("a CSV size estimate needs a few sample rows to format.")
    text = io.StringIO()
    np.savetxt(text, np.asarray(csv_sample, dtype=dtype), delimiter=",", fmt=csv_format)
    return len(",".join(columns)) + 1 + rows * len(text.getvalue()) / len(csv_sample)


@contextmanager
def table_writer(path: str | Path, columns: Sequence[str], format: str | None = None, *, dtype: Any = "float64",
                 compression: str = "none", csv_format: str = FULL_PRECISION,
                 dictionary_columns: Sequence[str] = ()) -> Iterator[TableWriter]:
    """A `TableWriter` for ``path``; the file replaces ``path`` when the block ends without error.

    Args:
        path: the file (any folders missing are created); a symbolic link is written through.
        columns: the column names, in the order of each block's columns.
        format: ``"parquet"`` or ``"csv"``; None: from the suffix (``.parquet`` / ``.pq`` / ``.csv``).
        dtype: ``float64`` (default) or ``float32`` (half the size; 7 significant digits).
        compression: Parquet's codec (``none``, ``snappy``, ``zstd`` …); a CSV takes ``none`` only.
        csv_format: the ``printf`` format of a CSV value (default: 17 significant digits, exact).
        dictionary_columns: Parquet columns to dictionary-encode (few distinct values, such as a constant one);
            the others are written plain, several times faster for continuous values.

    Raises:
        OutputError: a bad path, format, dtype or codec, before any file is created.
        MissingDependencyError: Parquet without pyarrow (the ``parquet`` extra).
    """
    format, numpy_dtype = check_table(path, columns, format, dtype, compression)
    with atomic_path(path) as temporary:
        if format == "csv":
            with temporary.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle, lineterminator="\n").writerow(columns)
                yield TableWriter(columns, format, handle, numpy_dtype, csv_format)
        else:
            writer = _parquet_writer(temporary, columns, numpy_dtype, compression, dictionary_columns)
            try:
                yield TableWriter(columns, format, writer, numpy_dtype, csv_format)
            finally:
                writer.close()
