"""Undo the usual ways of hiding a word from a filter, keeping track of where each character came from.

Detectors match on a normalised copy of the text: Unicode compatibility forms folded (NFKC: fullwidth
``ｂｏｍｂ``, ligatures, circled letters), zero-width characters and soft hyphens removed, look-alike
letters from other scripts mapped to Latin (Cyrillic ``о``, Greek ``ο``), lower case, leetspeak digits and
symbols inside words read as letters (``k1ll``), punctuation inside words dropped (``bo.mb``) and letters
spelt out one by one joined (``b o m b``, ``k-i-l-l``) and split into known words where they run
together (``i n e e d a b o m b`` -> ``i need a bomb``).

Every step keeps, for each character of its result, the span of the original text it came from, so a
match on the normalised text maps back to the exact characters to redact (`NormalizedText.original_span`).

Bidirectional controls (overrides, embeddings, isolates and the invisible direction marks) are removed, and
text that a reader sees in another order than it is stored (``"make a \\u202ebmob\\u202c"`` shows as
"make a bomb") is also normalised in its displayed order (`display_order`): detectors check every view of
`matching_views` / `pii_views`.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from causaltorch.ethics.bidi import BIDI_CONTROLS, display_permutation, may_reorder

__all__ = ["NormalizedText", "add_vocabulary", "bidi_views", "display_order", "matching_views",
           "normalize_for_matching", "normalize_for_pii", "pii_views"]

# zero-width space / non-joiner / joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator, and the
# bidirectional controls
_INVISIBLE = re.compile(f"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e{BIDI_CONTROLS}]")
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters (words, for look-alike folding)

# Letters of other scripts that look like Latin ones (after NFKC, which handles fullwidth and styled forms).
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b",
    "А": "a", "В": "b", "Е": "e", "К": "k", "М": "m", "Н": "h", "О": "o", "Р": "p", "С": "c", "Т": "t",
    "У": "y", "Х": "x", "І": "i", "Ј": "j", "Ѕ": "s",
    # Greek
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ω": "w", "Α": "a", "Β": "b", "Ε": "e", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m", "Ν": "n",
    "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ζ": "z",
    # Latin look-alikes and symbols NFKC leaves alone
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ſ": "s",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
}

# leetspeak: symbols and digits that stand for letters when they sit inside a word
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
         "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e", "£": "l"}
_LEET_CHARS = re.escape("".join(_LEET))
# a word-like token with at least one letter and at least one leet character
_LEET_WORD = re.compile(rf"(?<![\w{_LEET_CHARS}])(?=[\w{_LEET_CHARS}]*[a-z])(?=[\w{_LEET_CHARS}]*[{_LEET_CHARS}])"
                        rf"[\w{_LEET_CHARS}]*\w")
_LEET_CHAR = re.compile(f"[{_LEET_CHARS}]")
# punctuation between two letters: "bo.mb", "ki-ll", "ex*plosive"
_INNER_PUNCT = re.compile(r"(?<=[a-z])[.\-_*'`·•~^,:;/\\]+(?=[a-z])")
# three or more single letters separated by spaces or punctuation: "b o m b", "k . i . l . l"
_SPELLED = re.compile(r"(?<![a-z])[a-z](?:[\s.\-_*·•,/]+[a-z](?![a-z])){2,}")
_SEPARATORS = re.compile(r"[\s.\-_*·•,/]+")
_SPACES = re.compile(r"\s{2,}|[^\S ]")


@dataclass(frozen=True)
class NormalizedText:
    """Normalised ``text`` with, per character ``i``, the original span ``[starts[i], ends[i])`` it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def identity(cls, text: str) -> NormalizedText:
        return cls(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that normalised characters ``[start, end)`` came from (the smallest
        one holding them all: in displayed order, neighbours may come from far apart)."""
        if end <= start:
            position = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return position, position
        return min(self.starts[start:end]), max(self.ends[start:end])

    def sub(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> NormalizedText:
        """Replace each match of ``pattern`` by ``replace(match)``; the new characters map to the match's span."""
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last = 0
        for match in pattern.finditer(self.text):
            begin, finish = match.span()
            pieces.append(self.text[last:begin])
            starts.extend(self.starts[last:begin])
            ends.extend(self.ends[last:begin])
            new = replace(match)
            if new:
                source = self.original_span(begin, finish)
                pieces.append(new)
                starts.extend([source[0]] * len(new))
                ends.extend([source[1]] * len(new))
            last = finish
        if last == 0 and not pieces:
            return self
        pieces.append(self.text[last:])
        starts.extend(self.starts[last:])
        ends.extend(self.ends[last:])
        return NormalizedText("".join(pieces), tuple(starts), tuple(ends))


@lru_cache(maxsize=8192)
def _fold_character(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    return "".join(_CONFUSABLES.get(c, c) for c in folded)


def _lower(normalized: NormalizedText) -> NormalizedText:
    lowered = normalized.text.lower()
    if len(lowered) == len(normalized.text):
        return NormalizedText(lowered, normalized.starts, normalized.ends)
    return normalized.sub(re.compile(r"[^\x00-\x7f]"), lambda m: m.group().lower())


@lru_cache(maxsize=64)  # the detectors of one constitution read the same text in turn
def normalize_for_pii(text: str) -> NormalizedText:
    """Fold Unicode forms and drop invisible characters, keeping digits and punctuation (for PII patterns)."""
    return _fold(NormalizedText.identity(text))


@lru_cache(maxsize=8192)
def _foreign_letter(char: str) -> bool:
    """Whether ``char`` is a letter of another script with no Latin look-alike (д, 日, ع; not é, not а)."""
    return (char.isalpha() and not _fold_character(char).isascii()
            and not unicodedata.name(char, "").startswith("LATIN"))


def _fold(normalized: NormalizedText) -> NormalizedText:
    normalized = normalized.sub(_INVISIBLE, lambda m: "")
    if normalized.text.isascii():
        return normalized
    # only the characters that fold to something else are replaced (most letters of most scripts stay)
    non_ascii = set(_NON_ASCII.findall(normalized.text))
    changing = sorted(c for c in non_ascii if _fold_character(c) != c)
    if not changing:
        return normalized
    if not any(_foreign_letter(c) for c in non_ascii):  # no word of another script: every look-alike folds
        return normalized.sub(re.compile(f"[{re.escape(''.join(changing))}]"), lambda m: _fold_character(m.group()))
    # A look-alike letter is folded only inside a word that reads as Latin once folded ("bоmb" with a Cyrillic о);
    # in a word of another script ("дела") it stays, so real Cyrillic or Greek is not mangled. The words holding a
    # foreign letter are found once (a lookup per letter, not a walk along its word: no quadratic time on a long
    # run of letters).
    foreign = [(m.start(), m.end()) for m in _LETTERS.finditer(normalized.text)
               if any(_foreign_letter(c) for c in set(m.group()))]
    starts = [start for start, _ in foreign]

    def fold(match: re.Match[str]) -> str:
        char = match.group()
        i = bisect.bisect_right(starts, match.start()) - 1
        if char.isalpha() and i >= 0 and match.start() < foreign[i][1]:
            return char
        return _fold_character(char)

    return normalized.sub(re.compile(f"[{re.escape(''.join(changing))}]"), fold)


@lru_cache(maxsize=512)  # detectors of one constitution normalise the same text in turn
def normalize_for_matching(text: str) -> NormalizedText:
    """The normalised form that word detectors match on (see the module docstring); words end up
    lower case, separated by single spaces."""
    return _deobfuscate(normalize_for_pii(text))


@lru_cache(maxsize=64)
def display_order(text: str) -> NormalizedText:
    """``text`` in the order a terminal or browser shows it (`causaltorch.ethics.bidi`), without bidirectional
    controls; each character maps back to its place in ``text``."""
    order = display_permutation(text)
    return NormalizedText("".join(text[i] for i in order), tuple(order), tuple(i + 1 for i in order))


@lru_cache(maxsize=64)  # the detectors of one constitution read the same text in turn
def matching_views(text: str) -> tuple[NormalizedText, ...]:
    """`normalize_for_matching` of ``text`` as stored and, when it is shown in another order, as displayed."""
    logical = normalize_for_matching(text)
    if not may_reorder(text):
        return (logical,)
    displayed = _deobfuscate(_fold(display_order(text)))
    return (logical,) if displayed.text == logical.text else (logical, displayed)


@lru_cache(maxsize=64)  # the detectors of one constitution read the same text in turn
def pii_views(text: str) -> tuple[NormalizedText, ...]:
    """`normalize_for_pii` of ``text`` as stored and, when it is shown in another order, as displayed."""
    logical = normalize_for_pii(text)
    if not may_reorder(text):
        return (logical,)
    displayed = _fold(display_order(text))
    return (logical,) if displayed.text == logical.text else (logical, displayed)


def bidi_views(text: str) -> tuple[NormalizedText, ...]:
    """``text`` as stored and, when it holds bidirectional controls or may be shown in another order, also
    without the controls and in displayed order (for patterns that read text as written, such as users'
    regexes)."""
    if text.isascii() or not (_BIDI.search(text) or may_reorder(text)):
        return (NormalizedText.identity(text),)
    views = [NormalizedText.identity(text)]
    for view in (NormalizedText.identity(text).sub(_BIDI, lambda m: ""), display_order(text)):
        if all(view.text != seen.text for seen in views):
            views.append(view)
    return tuple(views)


def _deobfuscate(normalized: NormalizedText) -> NormalizedText:
    normalized = _lower(normalized)
    normalized = normalized.sub(_LEET_WORD, lambda m: _LEET_CHAR.sub(lambda c: _LEET[c.group()], m.group()))
    normalized = normalized.sub(_INNER_PUNCT, lambda m: "")
    normalized = normalized.sub(_SPELLED, _join_spelled)
    return normalized.sub(_SPACES, lambda m: " ")


# Common words for re-segmenting letters spelt out one by one ("i n e e d a r e c i p e"); detectors add
# the words they look for with `add_vocabulary`.
_VOCABULARY: set[str] = set("""
a i an the to of and or in on at for with without by from up out off over into onto about after before
is are was were be been am do does did done have has had will would can could should shall may might must
me my mine you your he him his she her it its we us our they them their this that these those who what
where when why how which there here all any some every each no not never very so too just only also then
than more most much many one two three first last next other another same own way ways best easiest
make build get give take tell show help teach want need know find use put set go come let see say said
step steps guide recipe instructions tutorial home house people person someone somebody everyone thing
things time day night today tonight tomorrow now quickly easily secretly quietly without getting caught
""".split())
_MAX_WORD = 24


def add_vocabulary(words: Iterable[str]) -> None:
    """Words that spelt-out letters may be split into (lower-case letters only; others are ignored)."""
    global _MAX_WORD
    for word in words:
        for part in word.lower().split():
            if part.isalpha() and part.isascii():
                _VOCABULARY.add(part)
                _MAX_WORD = max(_MAX_WORD, len(part))
    _segment.cache_clear()


@lru_cache(maxsize=4096)
def _segment(letters: str) -> str:
    """Split ``letters`` into the fewest known words; if they cannot all be covered, keep them as one word."""
    n = len(letters)
    best: list[tuple[int, int] | None] = [None] * (n + 1)  # (unknown letters, words) up to position i
    back = [0] * (n + 1)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            if best[start] is None:
                continue
            piece = letters[start:end]
            known = piece in _VOCABULARY and (len(piece) > 1 or piece in "ai")
            cost = (best[start][0], best[start][1] + 1) if known else (best[start][0] + len(piece), best[start][1] + 1)
            if best[end] is None or cost < best[end]:
                best[end], back[end] = cost, start
    words, end = [], n
    while end > 0:
        words.append(letters[back[end]:end])
        end = back[end]
    words.reverse()
    return " ".join(words) if best[n][0] == 0 else letters


def _join_spelled(match: re.Match[str]) -> str:
    return _segment(_SEPARATORS.sub("", match.group()))
