"""MkDocs hook: render each tutorial (a plain Python file) into its page.

A page marks where a tutorial goes with one line, ``<!-- tutorial: causal_core.py -->``; the file is read
from ``docs/tutorials/`` when the site is built, so the page always shows the code the test suite runs
(``tests/test_docs_site.py``). The file's module docstring becomes the page's introduction. Cells are
the percent format editors and jupytext know: a ``# %% Title`` cell becomes a ``## Title`` section whose
leading comment lines are prose and whose remaining lines are one Python code block (a bare ``# %%`` has
no heading); a ``# %% [markdown]`` cell is Markdown written as comments. A missing tutorial is a
warning, so ``mkdocs build --strict`` fails instead of publishing an empty page.
"""

from __future__ import annotations

import ast
import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.tutorials")

MARKER = re.compile(r"^<!-- tutorial: (?P<name>[\w.-]+\.py) -->$", re.MULTILINE)
CELL = re.compile(r"^# %%(?P<title>.*)$")
MARKDOWN_CELL = "[markdown]"

# Docstrings that griffe cannot parse, known and reported to their owners: (file, message start). The
# warning becomes INFO for exactly these; any other docstring problem still fails the strict build.
KNOWN_DOCSTRING_ISSUES: tuple[tuple[str, str], ...] = ()


class _KnownIssues(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.levelno == logging.WARNING and any(
                path in message and text in message for path, text in KNOWN_DOCSTRING_ISSUES):
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def on_startup(command, dirty):
    logging.getLogger("mkdocs.plugins.griffe").addFilter(_KnownIssues())


def _uncomment(line: str) -> str:
    return line[2:] if line.startswith("# ") else line.lstrip("#")


def render(source: str) -> str:
    """Markdown for one tutorial: its docstring as prose, then one section per ``# %%`` cell."""
    module = ast.parse(source)
    docstring = ast.get_docstring(module) or ""
    body = source.splitlines()
    if docstring:  # skip everything up to the end of the docstring expression
        body = body[module.body[0].end_lineno:]
    parts = [docstring.strip()]
    cells: list[tuple[str, list[str]]] = []
    for line in body:
        match = CELL.match(line)
        if match:
            cells.append((match.group("title").strip(), []))
        elif cells:
            cells[-1][1].append(line)
        elif line.strip():  # imports and set-up before the first cell
            cells.append(("", [line]))
    for title, lines in cells:
        if MARKDOWN_CELL in title:
            title = title.replace(MARKDOWN_CELL, "").strip()
            if title:
                parts.append(f"## {title}")
            parts.append("\n".join(_uncomment(line) for line in lines).strip())
            continue
        if title:
            parts.append(f"## {title}")
        prose: list[str] = []
        while lines and (lines[0].startswith("#") or not lines[0].strip()):
            prose.append(_uncomment(lines.pop(0)))
        if any(line.strip() for line in prose):
            parts.append("\n".join(prose).strip())
        code = "\n".join(lines).strip("\n")
        if code.strip():
            parts.append(f"```python\n{code}\n```")
    return "\n\n".join(part for part in parts if part) + "\n"


def on_page_markdown(markdown, page, config, files):
    def replace(match: re.Match) -> str:
        path = Path(config["docs_dir"]) / "tutorials" / match.group("name")
        if not path.is_file():
            log.warning("%s: tutorial %s does not exist", page.file.src_path, path)
            return ""
        return render(path.read_text(encoding="utf-8"))

    return MARKER.sub(replace, markdown)
