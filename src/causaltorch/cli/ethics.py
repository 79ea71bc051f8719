"""``causaltorch ethics …``: check text against the ethical constitution.

    causaltorch ethics check "some text" [--rules FILE] [--explain] [--lexical-only | --classifier FILE]
    causaltorch ethics check --file FILE [--rules FILE]
    some_command | causaltorch ethics check -          # "-" (or --file -) reads standard input

``--explain`` adds a table of every rule's verdict: which detector fired (lexical patterns, the semantic
detector, or a borderline lexical hit the semantic detector confirmed), its scores against the thresholds and
the nearest example of the rule (and a counter-example, when one is closer and so lowered the example score).

The detectors load inside the handler: every command builds the whole parser.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from causaltorch.cli._ui import add_row, say, table
from causaltorch.errors import DataError

__all__ = ["add_commands"]


def add_commands(subparsers: Any) -> None:
    """Register ``ethics check`` on the top-level subparsers."""
    ethics = subparsers.add_parser("ethics", help="check text against the ethical constitution")
    actions = ethics.add_subparsers(dest="ethics_command", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="list the rules a text violates, as a table",
                               description="Exit code 0 when the text passes (possibly after a modify rule "
                                           "redacted it), 1 when a block rule fires, 2 on bad input.")
    check.add_argument("text", nargs="?", default=None,
                       help="the text to check ('-': read it from standard input; or give --file)")
    check.add_argument("--file", type=Path, default=None,
                       help="a UTF-8 text file to check instead ('-': standard input)")
    check.add_argument("--rules", default=None, metavar="FILE",
                       help="ethical rules as YAML / JSON (default: the bundled default rules)")
    check.add_argument("--explain", action="store_true",
                       help="show, per rule, which detector fired, its score and the nearest example")
    check.add_argument("--lexical-only", action="store_true",
                       help="default rules without the semantic harm detector (word patterns only)")
    check.add_argument("--classifier", type=Path, default=None, metavar="FILE",
                       help="a semantic classifier (.safetensors from scripts/train_semantic_ethics.py) "
                            "instead of the shipped one")
    check.set_defaults(handler=_cmd_check)


def _utf8(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{source} is not UTF-8 text (byte {exc.start} is 0x{exc.object[exc.start]:02x}); convert it, "
                        "e.g. iconv -f latin1 -t utf-8.") from None


def _cmd_check(args: argparse.Namespace, console: Any) -> int:
    from causaltorch.ethics.constitution import EthicalConstitution, load_default_ethical_rules, load_ethical_rules

    if (args.text is None) == (args.file is None):
        raise DataError("Give the text to check, - to read it from standard input, or --file FILE (one of them).")
    if args.text == "-" or (args.file is not None and str(args.file) == "-"):
        text = _utf8(sys.stdin.buffer.read(), "Standard input")
    elif args.file is not None:
        if not args.file.is_file():
            raise DataError(f"--file {str(args.file)!r} is not a file; give a UTF-8 text file.")
        text = _utf8(args.file.read_bytes(), f"--file {str(args.file)!r}")
    else:
        text = args.text
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:  # bytes the shell passed that were not UTF-8 (lone surrogates)
            code = ord(text[exc.start])
            what = f"byte 0x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"a lone surrogate U+{code:04X}"
            raise DataError(f"The text to check is not UTF-8 (character {exc.start} is {what}); pass UTF-8 text, "
                            "or convert it to a UTF-8 file and give --file.") from None
    if not text.strip():
        raise DataError("The text to check is empty.")
    if args.lexical_only and args.classifier is not None:
        raise DataError("--lexical-only and --classifier contradict each other; give one.")
    if args.rules is not None:
        if args.lexical_only or args.classifier is not None:
            raise DataError("--lexical-only / --classifier change the default rules; with --rules, name the "
                            "detectors in the rule file (harmful_content or harmful_content_semantic).")
        rules = load_ethical_rules(args.rules)
    else:
        rules = load_default_ethical_rules(semantic=False if args.lexical_only else
                                           True if args.classifier is not None else None)
        if args.classifier is not None:
            rules = _with_classifier(rules, args.classifier)
    constitution = EthicalConstitution(rules=rules, log_violations=False)
    output, passed, violations = constitution(text)
    if args.explain:
        _print_explanation(console, constitution, text)
    if not violations:
        say(console, f"PASSED: no rule fired ({len(constitution.rules)} rules checked).")
        return 0
    grid = table("rule", "action", "reason", "where", "flagged text", align="lllrl")
    for violation in violations:
        spans = violation["spans"]
        where = ", ".join(f"{s}-{e}" for s, e in spans) or "—"
        flagged = " | ".join(violation.get("matches", []))
        add_row(grid, violation["rule"], violation["action"], violation["reason"], where, flagged or "—")
    console.print(grid)
    verdict = "PASSED" if passed else "BLOCKED"
    say(console, f"{verdict}: {len(violations)} violation(s).")
    if output != text:
        say(console, f"modified text: {output}")
    return 0 if passed else 1


def _with_classifier(rules: list[Any], path: Path) -> list[Any]:
    """The default rules with ``no_harm`` reading ``path`` (loaded now: a broken file is an error here)."""
    from causaltorch.ethics.constitution import EthicalRule
    from causaltorch.ethics.hybrid import HybridHarmDetector
    from causaltorch.ethics.semantic import SemanticHarmDetector

    detector = HybridHarmDetector(SemanticHarmDetector("no_harm", classifier=path, eager=True))
    return [EthicalRule(r.name, r.description, detector, r.action, r.priority, flagged_terms=r.flagged_terms,
                        applies_to=r.applies_to) if r.name == "no_harm" else r for r in rules]


def _against(value: float, threshold: float) -> str:
    """``"value / threshold"`` with enough decimals (2 to 6) that rounding neither hides nor turns the order of
    the two (a step at most half their gap) and a threshold below 1 does not read as 1: a score of 0.994 against a
    threshold of 0.99885 reads "0.994 / 0.999", not "0.99 / 1.00"."""
    digits = 2
    while digits < 6 and (0 < abs(value - threshold) < 2 * 10 ** -digits
                          or (threshold < 1 and f"{threshold:.{digits}f}" == f"{1:.{digits}f}")):
        digits += 1
    return f"{value:.{digits}f} / {threshold:.{digits}f}"


_PIECES_SHOWN = 5  # an --explain hint quotes at most this many pieces to allow


def _quieted_by_allowing(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The explained rules that fired because of the classifier and would pass with ``pieces_to_allow`` on their
    allow list (not those an example fires on, which only counter-examples quiet)."""
    return [e for e in entries if e["fired"] and not e.get("error") and e.get("pieces_to_allow")]


def _print_explanation(console: Any, constitution: Any, text: str) -> None:
    grid = table("rule", "fired", "by", "classifier p / threshold", "example score / threshold", "nearest example",
                 align="lllrrl")
    entries = constitution.explain(text)
    for entry in entries:
        thresholds = entry.get("thresholds", {})
        p = (_against(entry["semantic_probability"], thresholds["probability"])
             if "semantic_probability" in entry else "—")
        # the threshold applies to the example score: the similarity, lowered when a counter-example is closer
        s = (_against(entry["semantic_example_score"], thresholds["similarity"])
             if "semantic_example_score" in entry else "—")
        by = entry.get("fired_by") or ("error" if entry.get("error") else "lexical" if entry["fired"] else "—")
        nearest = entry.get("nearest_example") or "—"
        if entry.get("nearest_counter_example") and entry["counter_similarity"] > entry["semantic_similarity"]:
            nearest += f" (closer, a counter-example: {entry['nearest_counter_example']})"  # why the score fell
        if entry.get("allowed"):  # why a high score did not fire
            nearest += f" (allowed: reads as {entry['nearest_allowed']!r}, similarity {entry['allow_similarity']:.2f})"
        add_row(grid, entry["rule"], "yes" if entry["fired"] else "no", by, p, s, nearest)
    console.print(grid)
    for entry in _quieted_by_allowing(entries):  # how a user quiets a false positive
        # every piece to allow (a text of several sentences may hold more than the one in the table), quoted as
        # written, not as normalised
        pieces = list(dict.fromkeys(text[a:b].strip() or p["piece"] for p in entry["pieces_to_allow"]
                                    for a, b in [p["span"]]))
        shown = ", ".join(repr(p) for p in pieces[:_PIECES_SHOWN])
        if len(pieces) > _PIECES_SHOWN:
            shown += f" and {len(pieces) - _PIECES_SHOWN} more (EthicalConstitution.explain(text) lists every one)"
        what = f"{shown} is" if len(pieces) == 1 else f"these {len(pieces)} pieces ({shown}) are"
        it = "it" if len(pieces) == 1 else "each"
        say(console, f"If {what} not harmful, add {it} to rule {entry['rule']!r}'s allow list: "
                     "allow: on a semantic or harmful_content_semantic rule in a --rules file, or "
                     "load_default_ethical_rules(allow=[...]).")
