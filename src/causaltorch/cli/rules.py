"""``causaltorch rules …``: load, check, show and draw a rule file.

    causaltorch rules validate FILE            load and check a rule file
    causaltorch rules show FILE                the rules as a table
    causaltorch rules draw FILE -o graph.png   the graph as a picture

FILE is a rule-file path (.json / .yaml) or a bundled rule set by name (``weather``, ``medical``).
"""

from __future__ import annotations

import argparse
from typing import Any

from rich.console import Console

from causaltorch.cli._args import output_option
from causaltorch.cli._ui import add_row, say, table
from causaltorch.rules import CausalRuleSet

__all__ = ["add_commands"]

RULES_HELP = "rule file (.json/.yaml) or bundled name"


def add_commands(subparsers: Any) -> None:
    """Register ``rules validate``, ``rules show`` and ``rules draw``."""
    rules = subparsers.add_parser("rules", help="validate, show or draw a rule file")
    actions = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    validate = actions.add_parser("validate", help="load a rule file and report what it holds")
    validate.add_argument("file", metavar="FILE", help=RULES_HELP)
    validate.set_defaults(handler=_cmd_validate)
    show = actions.add_parser("show", help="print the rules as a table")
    show.add_argument("file", metavar="FILE", help=RULES_HELP)
    show.set_defaults(handler=_cmd_show)
    draw = actions.add_parser("draw", help="draw the causal graph to an image")
    draw.add_argument("file", metavar="FILE", help=RULES_HELP)
    draw.add_argument("-o", "--output", default="graph.png", help="image file (default: graph.png)")
    draw.add_argument("--title", default=None, help="figure title (default: the rule set's name)")
    draw.set_defaults(handler=_cmd_draw)


def _cmd_validate(args: argparse.Namespace, console: Console) -> None:
    ruleset = CausalRuleSet.load(args.file)
    temporal = sum(rule.is_temporal for rule in ruleset.rules)
    say(console, f"OK: {len(ruleset.variables)} variables, {len(ruleset)} rules ({temporal} temporal)")


def _cmd_show(args: argparse.Namespace, console: Console) -> None:
    ruleset = CausalRuleSet.load(args.file)
    say(console, f"{ruleset.name or args.file}: {len(ruleset.variables)} variables, {len(ruleset)} rules")
    grid = table("cause", "effect", "strength", "kind", "temporal offset", "duration", align="llrl")
    for rule in ruleset.rules:
        add_row(
            grid, rule.cause, rule.effect, f"{rule.strength:g}", "inhibitory" if rule.strength < 0 else "excitatory",
            str(rule.temporal_offset), "—" if rule.duration is None else str(rule.duration),
        )
    console.print(grid)


def _cmd_draw(args: argparse.Namespace, console: Console) -> None:
    from causaltorch.viz import draw_ruleset

    output_option(args.output, "-o")
    ruleset = CausalRuleSet.load(args.file)
    path = draw_ruleset(ruleset, args.output, title=args.title)
    say(console, f"wrote {path}")
