"""What the command line puts on the terminal: plain lines, tables, one-line errors, progress, quiet Lightning.

Every command writes through these helpers, so a table, a number or an error looks the same in every area.
Output goes to the `rich.console.Console` that `causaltorch.cli.main` passes to each handler (stdout);
errors go to stderr as one line ``error: <message>``. Text from users, files and models (names, paths,
generated text) can hold control characters: `say`, `add_row`, `table` and `fail` show them as visible
escapes (`printable`), so nothing a file contains can move the cursor, recolour or reorder the terminal.
"""

from __future__ import annotations

import logging
import math
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from causaltorch._printable import printable
from causaltorch.errors import require

__all__ = ["add_row", "fail", "number", "printable", "progress_bar", "quiet_lightning", "say", "stages", "table"]

def say(console: Console, text: str) -> None:
    """A plain line: no markup, no highlighting, never wrapped (paths stay copyable), controls escaped."""
    console.print(printable(text), markup=False, highlight=False, soft_wrap=True)


def fail(message: str, code: int = 2) -> int:
    """Write ``message`` to stderr as one ``error: …`` line (newlines folded, controls escaped); return ``code``."""
    sys.stderr.write(f"error: {printable(' '.join(message.split()))}\n")
    return code


def number(value: float) -> str:
    """Three decimals, or ``unknown`` for NaN (a value the evidence does not determine)."""
    return "unknown" if math.isnan(value) else f"{value:.3f}"


def table(*columns: str, align: str = "l", compact: bool = True) -> Table:
    """A table whose cells are plain text (no markup: ``E[flooding]`` stays as written).

    ``align`` gives each column's justification, ``l`` or ``r``; columns past its end are right-aligned.
    ``compact`` (the default) keeps one space between columns, never cuts a cell (long words fold) and
    never wraps the first column; ``compact=False`` is the looser layout of the text demo's tables.
    """
    grid = Table(box=box.SIMPLE_HEAVY, pad_edge=False, show_edge=False, collapse_padding=compact)
    for i, name in enumerate(columns):
        justify = "left" if i < len(align) and align[i] == "l" else "right"
        if compact:
            grid.add_column(Text(printable(name)), justify=justify, overflow="fold", no_wrap=i == 0)
        else:
            grid.add_column(Text(printable(name)), justify=justify)
    return grid


def add_row(grid: Table, *cells: str) -> None:
    """Add a row of plain-text cells (markup characters are shown as written, controls escaped)."""
    grid.add_row(*(Text(printable(cell)) for cell in cells))


@contextmanager
def progress_bar(console: Console, label: str, total: int) -> Iterator[Callable[[int, int], None]]:
    """A transient bar ``label ━━━━ 3/20 0:00:04`` on a terminal (nothing elsewhere).

    Yields ``update(done, total)``, the signature of the library's ``progress=`` callbacks.
    """
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                  transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done, _total: bar.update(task, completed=done)


@contextmanager
def stages(console: Console, first: str = "Starting") -> Iterator[Callable[[str], None]]:
    """A transient spinner with the current stage and the elapsed time.

    Yields ``on_stage(description)``, the signature of the library's ``on_stage=`` callbacks.
    """
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                  transient=True) as progress:
        task = progress.add_task(first, total=None)
        yield lambda description: progress.update(task, description=description)


def quiet_lightning(verbose: bool) -> None:
    """Import Lightning and keep its start-up notes (devices, tips) and warnings off the terminal unless ``-v``.

    Lightning sets its loggers' levels when first imported, so this imports it before setting them.
    """
    require("lightning", "text", "training")
    level = logging.INFO if verbose else logging.WARNING
    for name in ("lightning.pytorch", "lightning.fabric"):
        logging.getLogger(name).setLevel(level)
    if not verbose:
        warnings.filterwarnings("ignore", module=r"lightning(\.|$)")
