"""Regular expressions that users write into ethical rule files: checked when loaded, matched with a time limit.

A backtracking engine can take exponential time on a pattern like ``(a+)+$`` and a text that almost
matches (``"a" * 40 + "b"``): the constitution would hang. So a user's pattern is

- refused when loaded if it repeats a repetition with nothing mandatory around it (``(a+)+``,
  ``(\\w+\\s?)*``, ``(a*)*``), the classic cause, which is cheap to see in the parsed pattern;
- matched with the `regex` engine (the ``ethics`` extra) and a time limit of `TIME_LIMIT` seconds per text.
  A pattern that runs out of time raises `RuleValidationError`; the constitution counts a detector that
  raises as a blocking violation (it fails closed), so the text is blocked and the reason says why.

The bundled detectors keep Python's ``re``: their patterns are ours and reviewed.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

from causaltorch.errors import DataError, RuleValidationError, require
from causaltorch.ethics.filters import Detection
from causaltorch.ethics.normalize import NormalizedText, bidi_views

try:  # the parser behind `re`, to look at a pattern's structure
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre
    import sre_parse as _sre_parse

__all__ = ["TIME_LIMIT", "regex_detector"]

TIME_LIMIT = 0.5  # seconds one user pattern may spend on one text (all its views together)
_MANY = 10  # a repetition allowed this many times or more counts as unbounded
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT)
_ATOMIC_GROUP = getattr(_sre, "ATOMIC_GROUP", None)  # Python 3.11+
_POSSESSIVE_REPEAT = getattr(_sre, "POSSESSIVE_REPEAT", None)  # Python 3.11+
_MAX_LENGTH = 10_000  # characters in a user pattern (a long list of words belongs in a `keywords` rule)
_MAX_COUNT = 100_000  # repetition counts multiplied through nesting (a{1000000000} takes the engine minutes)


def regex_detector(pattern: str, reason: str | None = None):
    """A detection_fn flagging the matches of ``pattern`` (case-insensitive, Python ``re`` syntax).

    It reads the text as stored and, when bidirectional controls or right-to-left letters are present,
    without the controls and in displayed order too (`causaltorch.ethics.normalize.bidi_views`).
    Raises `RuleValidationError` for an invalid pattern or one that can backtrack exponentially; the
    detector raises it when matching one text takes longer than `TIME_LIMIT` seconds.
    """
    if not isinstance(pattern, str) or not pattern:
        raise RuleValidationError(f"A regex rule needs a non-empty 'pattern' string, got {pattern!r}.")
    if len(pattern) > _MAX_LENGTH:
        raise RuleValidationError(f"Regex of {len(pattern):,} characters is longer than {_MAX_LENGTH:,}; for a list "
                                  "of words use a 'keywords' rule.")
    try:
        re.compile(pattern, re.IGNORECASE)
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
        nested, count = _nested_repetition(parsed), _largest_count(parsed)
    except re.error as exc:
        raise RuleValidationError(f"Invalid regex {pattern!r}: {exc}.") from None
    except RecursionError:
        raise RuleValidationError(f"Regex {pattern[:40]!r}… nests groups too deeply; flatten it.") from None
    if count > _MAX_COUNT:
        raise RuleValidationError(f"Regex {pattern!r} repeats a part {count:,} times (counts multiplied through "
                                  f"nesting); at most {_MAX_COUNT:,} are allowed. Use an unbounded repetition "
                                  "('+', '*') instead of a huge count.")
    if nested is not None:
        raise RuleValidationError(
            f"Regex {pattern!r} has a repetition directly inside another (the outer one is {nested}), with "
            "nothing mandatory between the repeats: on a text that almost matches, that backtracks "
            r"exponentially. Drop the outer repetition, put a separator between the repeats (\w+(?:\s\w+)*) "
            r"or make the group atomic ((?>\w+\s?)+).")
    engine = require("regex", "ethics", "regex rules with a time limit")
    try:
        compiled = engine.compile(pattern, engine.IGNORECASE | engine.VERSION0)  # VERSION0: the `re` syntax
    except engine.error as exc:
        raise RuleValidationError(f"Invalid regex {pattern!r}: {exc}.") from None

    def detect(text: str) -> Detection:
        if not isinstance(text, str):
            raise DataError(f"a regex rule checks text; got {type(text).__name__}.")
        deadline = time.monotonic() + TIME_LIMIT
        spans = sorted({view.original_span(*span) for view in bidi_views(text)
                        for span in _matches(compiled, pattern, view, deadline)})
        return Detection(bool(spans), (reason or f"matches {pattern!r}") if spans else None, spans)

    detect.applies_to = "text"
    return detect


def _matches(compiled: Any, pattern: str, view: NormalizedText, deadline: float) -> Iterator[tuple[int, int]]:
    """The non-empty matches of ``compiled`` in ``view``, or `RuleValidationError` once ``deadline`` passes."""
    try:
        for match in compiled.finditer(view.text, timeout=max(deadline - time.monotonic(), 0.0)):
            if match.end() > match.start():
                yield match.span()
            if time.monotonic() > deadline:
                raise TimeoutError
    except TimeoutError:
        raise RuleValidationError(
            f"regex {pattern!r} took longer than {TIME_LIMIT:g} s on a text of {len(view.text)} characters "
            "(catastrophic backtracking?); simplify the pattern.") from None


def _nested_repetition(items: Any) -> str | None:
    """The quantifier (``'+'``, ``'{2,}'`` …) of the first repetition (up to many times) in parsed ``items``
    whose body is, apart from parts that may match nothing, a single other repetition; None when there is none.

    Such a body can split a run of characters between its repeats in exponentially many ways, and a
    backtracking engine tries them all before giving up. Atomic groups and possessive repeats do not
    backtrack and are not counted as the inner repetition.
    """
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            if (high == _sre.MAXREPEAT or high >= _MANY) and _one_repetition(body):
                return _bound(low, high)
        for _, body in _children(op, av):
            found = _nested_repetition(body)
            if found is not None:
                return found
    return None


def _largest_count(items: Any, outer: int = 1) -> int:
    """The largest product of nested repetition counts in parsed ``items`` (an unbounded one counts its
    minimum): what the engine compiles a bounded repetition out to."""
    largest = outer
    for op, av in items:
        for count, body in _children(op, av):
            largest = max(largest, _largest_count(body, outer * count))
    return largest


def _children(op: Any, av: Any) -> list[tuple[int, Any]]:
    """The parsed sub-patterns inside one item, each with how many times it repeats (1 if not a repetition)."""
    if op in _REPEATS or op is _POSSESSIVE_REPEAT:
        low, high, body = av
        return [(max(low, 1 if high == _sre.MAXREPEAT else high), body)]
    if op is _sre.SUBPATTERN:
        return [(1, av[-1])]
    if op is _sre.BRANCH:
        return [(1, branch) for branch in av[1]]
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return [(1, av[1])]
    if op is _ATOMIC_GROUP:  # (?>...): av is the group's body
        return [(1, av)]
    if op is _sre.GROUPREF_EXISTS:
        return [(1, branch) for branch in av[1:] if branch is not None]
    return []


def _one_repetition(body: Any) -> bool:
    """Whether ``body``, apart from parts that may match nothing, is one repetition that can match more than
    one character's worth (or consists only of parts that may match nothing, one of them a repetition)."""
    mandatory = [item for item in body if _min_width(body, item) > 0]
    if len(mandatory) == 1:
        return _is_repetition(mandatory[0])
    return not mandatory and any(_is_repetition(item) for item in body)


def _is_repetition(item: Any) -> bool:
    op, av = item
    if op in _REPEATS:
        return av[1] > 1
    if op is _sre.SUBPATTERN:
        return _one_repetition(av[-1])
    if op is _sre.BRANCH:
        return any(_one_repetition(branch) for branch in av[1])
    return False


def _min_width(body: Any, item: Any) -> int:
    return _sre_parse.SubPattern(body.state, [item]).getwidth()[0]


def _bound(low: int, high: int) -> str:
    if high == _sre.MAXREPEAT:
        return "'*'" if low == 0 else ("'+'" if low == 1 else f"'{{{low},}}'")
    return f"'{{{low},{high}}}'"
