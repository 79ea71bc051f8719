"""Parsing and checking command-line values: ``name=value`` pairs, ``name@frame=value`` schedules, edges, options.

Every error is a `CausalTorchError` that names the option and the form it expects, so `causaltorch.cli.main`
prints it as one line. Numeric option checks go through `causaltorch._validate`, the library's one wording.
The edge and tier forms (``a->b``, ``"a,b;c;d"``) are the library's own (`causaltorch.discovery.knowledge`,
whose `BackgroundKnowledge` also accepts ``"a->b"`` strings), re-exported here beside the other forms.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from causaltorch import _validate
from causaltorch.discovery.knowledge import parse_edges, parse_tiers
from causaltorch.errors import CausalTorchError, DataError, InterventionError, OutputError

__all__ = [
    "ASSIGNMENT_FORM", "FRAME_FORM", "option_name", "output_folder", "parse_assignments", "parse_devices",
    "parse_edges", "parse_frame_interventions", "parse_tiers", "positive_options",
]

ASSIGNMENT_FORM = "name=value[,name=value]"
FRAME_FORM = "name@frame=value or name=value"


def parse_assignments(items: Sequence[str] | None, option: str,
                      error: type[CausalTorchError] = InterventionError) -> dict[str, float]:
    """``["rain=1,clouds=0", "night=1"]`` → ``{"rain": 1.0, "clouds": 0.0, "night": 1.0}``.

    Each item may hold several comma-separated ``name=value`` pairs; values must be finite numbers.
    Raises ``error`` (a `CausalTorchError`) naming ``option`` and the expected form on bad syntax or
    on a name given twice.
    """
    values: dict[str, float] = {}
    for item in items or []:
        for pair in item.split(","):
            name, sep, text = (part.strip() for part in pair.partition("="))
            if not sep or not name:
                raise error(f"{option} got {pair.strip()!r}; expected the form {ASSIGNMENT_FORM}, e.g. rain=1.")
            value = _finite(text, pair, option, f"expected the form {ASSIGNMENT_FORM} with numeric values, e.g. "
                                                "rain=1", error)
            if name in values:
                raise error(f"{option} gives {name!r} twice; give each variable once.")
            values[name] = value
    return values


def parse_frame_interventions(items: Sequence[str] | None) -> dict[str, Any]:
    """``["arrow_hit@5=1", "explosion=0"]`` → ``{"arrow_hit": {5: 1.0}, "explosion": 0.0}`` (``--do`` of videos).

    ``name@frame=value`` intervenes at one frame, ``name=value`` at every frame.

    Raises:
        InterventionError: bad syntax, a non-integer frame, a non-finite value, or a variable given both
            at every frame and at one frame (or twice at one frame).
    """
    schedule: dict[str, Any] = {}
    for item in items or []:
        for pair in item.split(","):
            target, sep, text = (part.strip() for part in pair.partition("="))
            name, at, frame_text = (part.strip() for part in target.partition("@"))
            if not sep or not name or (at and not frame_text):
                raise InterventionError(f"--do got {pair.strip()!r}; expected {FRAME_FORM}, e.g. arrow_hit@5=1.")
            value = _finite(text, pair, "--do", f"expected {FRAME_FORM}, e.g. arrow_hit@5=1", InterventionError)
            if not at:
                if name in schedule:
                    raise InterventionError(
                        f"--do gives {name!r} more than once; an every-frame value excludes others.")
                schedule[name] = value
                continue
            try:
                frame = int(frame_text)
            except ValueError:
                raise InterventionError(
                    f"--do got {pair.strip()!r}: the frame {frame_text!r} is not an integer.") from None
            steps = schedule.setdefault(name, {})
            if not isinstance(steps, dict) or frame in steps:
                raise InterventionError(f"--do gives {name!r} twice for the same frames; give each frame once.")
            steps[frame] = value
    return schedule


def _finite(text: str, pair: str, option: str, expected: str, error: type[CausalTorchError]) -> float:
    """The number ``text`` of one ``pair``; a non-number or a non-finite value raises ``error``."""
    try:
        value = float(text)
    except ValueError:
        raise error(f"{option} got {pair.strip()!r}: {text!r} is not a number; {expected}.") from None
    if not math.isfinite(value):
        raise error(f"{option} got {pair.strip()!r}: the value must be a finite number.")
    return value


def parse_devices(value: str) -> int | str | list[int]:
    """``--devices`` for Lightning: ``auto``, a count (``2``) or device ids (``0,1``)."""
    if value == "auto":
        return value
    try:
        ids = [int(part) for part in value.split(",")]
    except ValueError:
        raise DataError(f"--devices got {value!r}; expected auto, a count such as 2, or ids such as 0,1.") from None
    return ids[0] if len(ids) == 1 and "," not in value else ids


def option_name(attribute: str) -> str:
    """The option an argparse attribute comes from: ``batch_size`` → ``--batch-size``."""
    return "--" + attribute.replace("_", "-")


def positive_options(args: argparse.Namespace, *attributes: str) -> None:
    """Each of ``args``'s ``attributes`` that is set (not None) must be a positive integer.

    Raises:
        DataError: ``--batch-size must be a positive integer, got 0.``
    """
    for attribute in attributes:
        _validate.optional(_validate.positive_int, option_name(attribute), getattr(args, attribute))


def output_folder(path: Path, option: str = "--out") -> Path:
    """``path`` if it can be an output folder (missing, or a folder); checked before any work is done.

    Raises:
        OutputError: ``path`` is a file.
    """
    if path.exists() and not path.is_dir():
        raise OutputError(f"{option} {path} is a file; give a folder.")
    return path
