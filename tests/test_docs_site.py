"""The documentation site: every tutorial runs, and `mkdocs build --strict` succeeds.

Tutorials are plain Python files (`docs/tutorials/<area>.py`) that assert what they show; each runs here in
its own process on one thread, as a reader would run it, within 20 s of CPU time (CPU rather than wall time,
so a loaded machine does not fail it; a wall-clock limit still catches a hang). The strict build fails on
any broken link, missing page or anchor, unparsable docstring, or tutorial page whose file is missing.
"""

from __future__ import annotations

import importlib.util
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
TUTORIALS = ROOT / "docs" / "tutorials"
TUTORIAL_FILES = sorted(TUTORIALS.glob("*.py"))
CPU_LIMIT_S = 20.0
WALL_LIMIT_S = 180.0  # only a hang guard: seven workers may share two cores
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")}


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _nav_pages(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [page for value in node.values() for page in _nav_pages(value)]
    if isinstance(node, list):
        return [page for item in node for page in _nav_pages(item)]
    return []


def test_there_are_tutorials():
    assert len(TUTORIAL_FILES) >= 8, f"expected a tutorial per area in {TUTORIALS}, found {TUTORIAL_FILES}"


@pytest.mark.parametrize("tutorial", TUTORIAL_FILES, ids=[path.stem for path in TUTORIAL_FILES])
def test_tutorial_runs_on_one_thread_within_its_cpu_budget(tutorial: Path, tmp_path: Path):
    env = {**os.environ, **ONE_THREAD, "PYTHONPATH": str(ROOT / "src"), "MPLBACKEND": "Agg"}
    before = _children_cpu_seconds()
    result = subprocess.run([sys.executable, str(tutorial)], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=WALL_LIMIT_S)
    cpu = _children_cpu_seconds() - before
    assert result.returncode == 0, f"{tutorial.name} failed:\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
    assert cpu < CPU_LIMIT_S, f"{tutorial.name} used {cpu:.1f} s of CPU; a tutorial must stay under {CPU_LIMIT_S} s"


@pytest.mark.parametrize("tutorial", TUTORIAL_FILES, ids=[path.stem for path in TUTORIAL_FILES])
def test_tutorial_is_explained_and_checks_what_it_shows(tutorial: Path):
    source = tutorial.read_text(encoding="utf-8")
    assert source.startswith('"""'), f"{tutorial.name} must open with a docstring explaining its area"
    assert "\n# %%" in source, f"{tutorial.name} has no '# %%' cells"
    assert "\nassert " in source, f"{tutorial.name} asserts nothing"


def test_every_tutorial_has_a_page_in_the_nav():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = set(_nav_pages(config["nav"]))
    for tutorial in TUTORIAL_FILES:
        page = TUTORIALS / f"{tutorial.stem}.md"
        assert page.is_file(), f"{tutorial.name} has no page {page.name}"
        assert f"<!-- tutorial: {tutorial.name} -->" in page.read_text(encoding="utf-8")
        assert f"tutorials/{page.name}" in nav, f"add tutorials/{page.name} to the nav in mkdocs.yml"


def test_mkdocs_build_is_strict_and_clean(tmp_path: Path):
    site = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
                            timeout=WALL_LIMIT_S)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-5000:]
    assert "WARNING" not in log, log[-5000:]
    # the pages the site promises, with content from their sources
    claims = (site / "claims" / "index.html").read_text(encoding="utf-8")
    assert "benchmarks/#" in claims  # the ledger links into the benchmarks page
    api = (site / "api" / "core" / "index.html").read_text(encoding="utf-8")
    assert 'id="causaltorch.scm.StructuralCausalModel.do"' in api  # generated from the docstrings
    for tutorial in TUTORIAL_FILES:
        html = (site / "tutorials" / tutorial.stem / "index.html").read_text(encoding="utf-8")
        assert "import" in html and "assert" in html, f"{tutorial.name}'s code is not on its page"


def _hook():
    spec = importlib.util.spec_from_file_location("tutorials_hook", ROOT / "docs" / "hooks" / "tutorials.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_hook_renders_docstring_cells_prose_and_code():
    source = ('"""Intro line.\n\nMore intro."""\n\n# %% First step\n# Why we do it.\nx = 1\nassert x == 1\n\n'
              '# %% [markdown]\n# ## A markdown cell\n#\n# Its text.\n\n# %%\ny = 2\n')
    page = _hook().render(source)
    assert page.startswith("Intro line.\n\nMore intro.")
    assert "## First step\n\nWhy we do it.\n\n```python\nx = 1\nassert x == 1\n```" in page
    assert "## A markdown cell\n\nIts text." in page
    assert page.rstrip().endswith("```python\ny = 2\n```")


def test_a_page_whose_tutorial_file_is_missing_fails_the_strict_build(tmp_path: Path):
    (tmp_path / "docs" / "tutorials").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Home\n\n<!-- tutorial: missing.py -->\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: t\nhooks:\n  - {ROOT / 'docs' / 'hooks' / 'tutorials.py'}\nnav:\n  - index.md\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, capture_output=True, text=True,
                            timeout=WALL_LIMIT_S)
    assert result.returncode != 0
    assert "tutorial" in result.stderr and "missing.py does not exist" in result.stderr


def test_every_public_module_has_a_place_in_the_api_reference():
    """A new public module must be listed (``::: causaltorch.area.module``) on its area's page in docs/api/."""
    listed = {line.removeprefix("::: ").strip() for page in (ROOT / "docs" / "api").glob("*.md")
              for line in page.read_text(encoding="utf-8").splitlines() if line.startswith("::: ")}
    package = ROOT / "src" / "causaltorch"
    public = set()
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if path.name != "__init__.py" and parts[1] != "cli" and not any(p.startswith("_") for p in parts):
            public.add(".".join(parts))
    assert not public - listed, f"add these modules to a page in docs/api/: {sorted(public - listed)}"
    assert not listed - public, f"docs/api/ lists modules that do not exist: {sorted(listed - public)}"
