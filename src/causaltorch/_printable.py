"""Text from users, files and models made safe to show: control and bidirectional characters as visible escapes.

Used wherever such text reaches a person: the terminal (`causaltorch.cli._ui`) and pictures (`causaltorch.viz`),
whose fonts have no glyph for a control character and whose renderer would warn with the raw character.
"""

from __future__ import annotations

import unicodedata

__all__ = ["printable"]

# Characters that change how a terminal shows text rather than being shown: bidirectional overrides,
# embeddings, isolates and marks (the U+202E trick that makes "exe.txt" read "txt.exe"), and the line and
# paragraph separators. C0 / C1 controls, DEL and lone surrogates are found by their Unicode category;
# tab, newline and carriage return keep their usual escapes.
_INVISIBLE = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def printable(text: str) -> str:
    """``text`` with control, bidirectional and undecodable characters as visible escapes.

    ``"a\\x1b[31mb"`` (an ANSI colour code) becomes ``a\\x1b[31mb`` as written, U+202E becomes ``\\u202e``,
    and a byte that was not UTF-8 (kept by Python as a lone surrogate) becomes ``\\xff``. Printable text,
    emoji and every script are left alone.
    """
    if text.isprintable():
        return text
    return "".join(_escape(char) for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    if char not in _INVISIBLE and unicodedata.category(char) not in ("Cc", "Cs"):
        return char
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as sys.argv and os.fsdecode keep it
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
