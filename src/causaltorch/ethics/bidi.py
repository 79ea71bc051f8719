"""The order in which a terminal or a browser shows bidirectional text: a compact Unicode Bidirectional Algorithm.

A filter that reads text in memory order misses what a reader sees: ``"make a \\u202ebmob\\u202c"`` is shown
as "make a bomb", because U+202E RIGHT-TO-LEFT OVERRIDE lays out the characters after it from right to
left, and right-to-left marks between English words can reverse their order. `display_permutation` follows
UAX #9 (https://www.unicode.org/reports/tr9/) closely enough to put letters in the order they are shown:
paragraphs and their direction (P1–P3), explicit embeddings, overrides and isolates (X1–X10, each run of
one level taken as its own sequence), weak and neutral types (W1–W7, N1–N2), implicit levels (I1–I2) and
reversal (L2). It leaves out what does not change the order of letters: bracket pairs (N0), trailing
whitespace (L1), mirrored glyphs (L4) and line wrapping (the text is taken as one line per paragraph).
"""

from __future__ import annotations

import unicodedata

__all__ = ["BIDI_CONTROLS", "display_permutation", "may_reorder"]

# Embeddings, overrides, isolates, their terminators, and the invisible marks LRM, RLM and ALM.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_MAX_DEPTH = 125  # UAX #9's deepest explicit level
_EMBEDDINGS = {"LRE", "RLE", "LRO", "RLO"}
_ISOLATES = {"LRI", "RLI", "FSI"}
_REORDERING = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI", "FSI"})  # without these nothing is reversed
_NEUTRAL_OR_ISOLATE = {"B", "S", "WS", "ON", "NI"}  # "NI": an isolate initiator, a PDI or a boundary neutral


def may_reorder(text: str) -> bool:
    """Whether ``text`` may be shown in another order than it is stored (it holds right-to-left letters,
    Arabic digits or right-to-left controls)."""
    return not text.isascii() and any(unicodedata.bidirectional(c) in _REORDERING for c in text)


def display_permutation(text: str) -> list[int]:
    """Indices into ``text`` in the order its characters are shown, bidirectional controls left out.

    Paragraph separators (newlines) stay where they are and end every embedding, override and isolate.
    """
    order: list[int] = []
    start = 0
    for position, char in enumerate(text):
        if unicodedata.bidirectional(char) == "B":
            order += _paragraph_order(text, start, position)
            order.append(position)
            start = position + 1
    order += _paragraph_order(text, start, len(text))
    return [i for i in order if text[i] not in BIDI_CONTROLS]


def _paragraph_order(text: str, start: int, end: int) -> list[int]:
    types = [unicodedata.bidirectional(c) for c in text[start:end]]
    base = 1 if _first_strong(types, 0) == "R" else 0  # P2–P3
    levels, types = _explicit_levels(types, base)
    kept = [k for k, level in enumerate(levels) if level is not None]  # X9: embeddings and PDF removed
    resolved = {}
    run_start = 0
    while run_start < len(kept):  # each run of one level is resolved on its own (X10)
        level = levels[kept[run_start]]
        run_end = run_start
        while run_end < len(kept) and levels[kept[run_end]] == level:
            run_end += 1
        before = levels[kept[run_start - 1]] if run_start > 0 else base
        after = levels[kept[run_end]] if run_end < len(kept) else base
        sos, eos = _direction(max(before, level)), _direction(max(after, level))
        run = kept[run_start:run_end]
        run_types = _resolve_neutral(_resolve_weak([types[k] for k in run], sos), sos, eos, level)
        for k, kind in zip(run, run_types):
            resolved[k] = _implicit_level(level, kind)
        run_start = run_end
    return [start + k for k in _reverse_by_level(kept, resolved)]


def _direction(level: int) -> str:
    return "R" if level % 2 else "L"


def _first_strong(types: list[str], start: int) -> str | None:
    """The direction of the first strong character from ``start`` (P2), skipping isolates and stopping at
    the PDI that closes the isolate ``start`` is in; None when there is none."""
    depth = 0
    for kind in types[start:]:
        if kind in _ISOLATES:
            depth += 1
        elif kind == "PDI":
            if depth == 0:
                return None
            depth -= 1
        elif depth == 0 and kind in ("L", "R", "AL"):
            return "L" if kind == "L" else "R"
    return None


def _next_level(level: int, right_to_left: bool) -> int:
    return level + 1 + (level % 2 if right_to_left else 1 - level % 2)


def _explicit_levels(types: list[str], base: int) -> tuple[list[int | None], list[str]]:
    """X1–X8: each character's embedding level (None for a character X9 removes) and its type, with
    overrides applied and isolate initiators / PDIs typed ``NI``."""
    stack: list[tuple[int, str | None, bool]] = [(base, None, False)]  # (level, override, isolate)
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    levels: list[int | None] = [None] * len(types)
    out = list(types)
    for k, kind in enumerate(types):
        level, override, _ = stack[-1]
        if kind in _EMBEDDINGS:
            new = _next_level(level, kind.startswith("R"))
            if new <= _MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                stack.append((new, {"RLO": "R", "LRO": "L"}.get(kind), False))
            elif not overflow_isolates:
                overflow_embeddings += 1
        elif kind in _ISOLATES:
            levels[k], out[k] = level, "NI"
            right_to_left = kind == "RLI" or (kind == "FSI" and _first_strong(types, k + 1) == "R")
            new = _next_level(level, right_to_left)
            if new <= _MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                valid_isolates += 1
                stack.append((new, None, True))
            else:
                overflow_isolates += 1
        elif kind == "PDI":
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            levels[k], out[k] = stack[-1][0], "NI"
        elif kind == "PDF":
            if overflow_isolates:
                pass
            elif overflow_embeddings:
                overflow_embeddings -= 1
            elif not stack[-1][2] and len(stack) > 1:
                stack.pop()
        else:  # boundary neutrals (zero-width characters) stay, as neutrals, for the caller to keep or drop
            levels[k] = level
            out[k] = "NI" if kind == "BN" else override or kind
    return levels, out


def _resolve_weak(types: list[str], sos: str) -> list[str]:
    """W1–W7 on one run: marks take their base's type, numbers after Arabic letters are Arabic, separators
    between numbers join them, and European numbers after left-to-right text read left to right."""
    out = list(types)
    previous = sos
    for i, kind in enumerate(out):  # W1
        if kind == "NSM":
            out[i] = "ON" if previous == "NI" else previous
        previous = out[i]
    strong = sos
    for i, kind in enumerate(out):  # W2, W3
        if kind in ("L", "R", "AL"):
            strong = kind
        if kind == "EN" and strong == "AL":
            out[i] = "AN"
        if kind == "AL":
            out[i] = "R"
    for i in range(1, len(out) - 1):  # W4
        if out[i] == "ES" and out[i - 1] == out[i + 1] == "EN":
            out[i] = "EN"
        elif out[i] == "CS" and out[i - 1] == out[i + 1] and out[i - 1] in ("EN", "AN"):
            out[i] = out[i - 1]
    i = 0
    while i < len(out):  # W5: terminators next to European numbers
        if out[i] != "ET":
            i += 1
            continue
        j = i
        while j < len(out) and out[j] == "ET":
            j += 1
        if (i > 0 and out[i - 1] == "EN") or (j < len(out) and out[j] == "EN"):
            out[i:j] = ["EN"] * (j - i)
        i = j
    strong = sos
    for i, kind in enumerate(out):  # W6, W7
        if kind in ("ES", "ET", "CS"):
            out[i] = "ON"
        elif kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            out[i] = "L"
    return out


def _resolve_neutral(types: list[str], sos: str, eos: str, level: int) -> list[str]:
    """N1–N2: a run of neutrals between two characters of one direction takes it (numbers count as
    right-to-left); otherwise it takes the embedding direction."""
    out = list(types)
    i = 0
    while i < len(out):
        if out[i] not in _NEUTRAL_OR_ISOLATE:
            i += 1
            continue
        j = i
        while j < len(out) and out[j] in _NEUTRAL_OR_ISOLATE:
            j += 1
        left = _strong_side(out[i - 1]) if i > 0 else sos
        right = _strong_side(out[j]) if j < len(out) else eos
        out[i:j] = [left if left == right else _direction(level)] * (j - i)
        i = j
    return out


def _strong_side(kind: str) -> str:
    return "L" if kind == "L" else "R"


def _implicit_level(level: int, kind: str) -> int:
    """I1–I2."""
    if level % 2 == 0:
        return level + {"R": 1, "AN": 2, "EN": 2}.get(kind, 0)
    return level + (1 if kind in ("L", "EN", "AN") else 0)


def _reverse_by_level(kept: list[int], levels: dict[int, int]) -> list[int]:
    """L2: from the highest level down to the lowest odd one, reverse every stretch at that level or above."""
    order = list(kept)
    if not order:
        return order
    highest = max(levels.values())
    lowest_odd = min((level for level in levels.values() if level % 2), default=highest + 1)
    for threshold in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < threshold:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= threshold:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order
