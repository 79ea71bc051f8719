"""The ``causaltorch`` command line: one module per area, each adding its subcommands to one parser.

    causaltorch rules validate|show|draw FILE        rule files                       (cli/rules.py)
    causaltorch scm sample|counterfactual|demo       structural causal models         (cli/scm.py)
    causaltorch demo [--out runs/demo] [--smoke]     the text demo                    (cli/demo.py)
    causaltorch discover DATA / discover-text CORPUS causal discovery                 (cli/discover.py)
    causaltorch text train|generate|counterfactual   causal text models               (cli/text.py)
    causaltorch ethics check                         the ethical constitution         (cli/ethics.py)
    causaltorch video train|generate                 causal video models              (cli/video.py)
    causaltorch vision train|generate|explain        causal image models              (cli/vision.py)
    causaltorch federated run                        federated learning on Flower     (cli/federated.py)
    causaltorch mlops dashboard|ui                   tracked experiments              (cli/mlops.py)
    causaltorch rl train|evaluate                    reinforcement learning           (cli/rl.py)
    causaltorch creative imagine|search|evolve       counterfactual dreaming, novelty (cli/creative.py)

Each area module has ``add_commands(subparsers)`` and handlers ``handler(args, console)`` that raise
`CausalTorchError` on bad input; it imports heavy libraries (Lightning, matplotlib, PIL) inside its handlers,
since every command builds the whole parser. `cli._ui` writes to the terminal and `cli._args` parses option
values. This package is the only one that writes to the terminal, and nothing outside it imports it.

Exit codes and errors:

- 0: done. A command may return its own code for a verdict (``ethics check`` returns 1 when text is blocked).
- 2: bad input of any kind (usage, files, names, values, output paths, devices), reported as one line
  ``error: <message>`` on stderr, never a traceback.
- 130: interrupted (Ctrl-C, anywhere, also inside Lightning's trainer): ``error: interrupted``, plus where a
  resumable checkpoint was saved when there is one (``text train`` saves ``checkpoints/last.ckpt``; run the
  same command with ``--resume`` to continue).

Names, paths and text from users, files and models are printed with control and bidirectional characters
escaped (`cli._ui.printable`), in tables, lines and error messages alike.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from rich.console import Console

from causaltorch import __version__
from causaltorch.cli import creative, demo, discover, ethics, federated, mlops, rl, rules, scm, text, video, vision
from causaltorch.cli._args import check_seed, parse_assignments
from causaltorch.cli._ui import fail, printable
from causaltorch.errors import CausalTorchError

__all__ = ["main", "parse_assignments"]

# The areas, in the order ``causaltorch --help`` lists them.
_AREAS = (rules, scm, demo, discover, text, ethics, video, vision, federated, mlops, rl, creative)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``) and return the exit code.

    0 on success; 2 on bad input (usage errors, invalid rule files, unknown variables, unreadable or
    unwritable files), with one ``error: …`` line on stderr; 130 when interrupted (Ctrl-C), with
    ``error: interrupted …``. A command may return its own code for a verdict (``ethics check`` returns 1
    when the text is blocked).
    """
    try:
        return _run(argv)
    except KeyboardInterrupt as exc:
        return fail(f"interrupted; {exc}" if str(exc) else "interrupted", code=130)
    except SystemExit as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):  # Lightning's trainer turns Ctrl-C into exit(1)
            return fail("interrupted", code=130)
        raise


def _run(argv: Sequence[str] | None) -> int:
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: argparse has printed its message
        return exc.code if isinstance(exc.code, int) else 0
    _configure_logging(args.verbose)
    console = Console(file=sys.stdout, highlight=False)
    try:
        if getattr(args, "seed", None) is not None:  # every command's --seed, checked once
            args.seed = check_seed(args.seed)
        code = args.handler(args, console)
    except CausalTorchError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc))
    return code if isinstance(code, int) else 0


def _configure_logging(verbose: bool) -> None:
    # Library code logs; the command line shows its warnings (why a counterfactual is unknown …) on -v.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PrintableFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(handlers=[handler])
    logging.getLogger("causaltorch").setLevel(logging.INFO if verbose else logging.ERROR)


class _PrintableFormatter(logging.Formatter):
    """Log lines with control and bidirectional characters escaped: messages quote names from users' files."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors on one line like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        fail(f"{message} (see: {self.prog} --help)")
        raise SystemExit(2)


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="causaltorch",
        description="Causal rules, structural causal models, interventions and counterfactuals.",
    )
    parser.add_argument("--version", action="version", version=f"causaltorch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show the library's log messages")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for area in _AREAS:
        area.add_commands(commands)
    return parser
