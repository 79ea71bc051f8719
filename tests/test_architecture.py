"""The layering of docs/architecture.md, checked on every import statement of the package.

Every module of ``src/causaltorch`` belongs to one layer; an import (at the top of a module or inside a
function, absolute or relative) may only reach the same layer or a lower one. Lightning is imported only in
``causaltorch.training``; rich tables and the command line only in ``causaltorch.cli``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "causaltorch"

# The layers, lowest first: (name, first component of the module path under causaltorch).
LAYERS: list[tuple[str, set[str]]] = [
    ("foundation", {"errors", "_validate", "_files", "_lazy", "_sizes", "_checkpoint", "_constitution",
                    "_printable", "_stream"}),
    ("rules", {"rules"}),
    ("mechanisms", {"mechanisms"}),
    ("scm", {"scm"}),
    ("layers", {"layers"}),
    ("models", {"text", "vision", "video", "meta", "sparse", "ethics", "discovery", "metrics", "tokenizers",
                "viz", "report", "models", "federated", "quantum", "rl", "core_architecture", "creative"}),
    ("training", {"training", "mlops"}),
    ("cli", {"cli", "__main__"}),
]
RANK = {part: rank for rank, (_, parts) in enumerate(LAYERS) for part in parts}

# Third-party packages a layer may not import unless it is at least this high.
RESERVED = {"lightning": "training", "pytorch_lightning": "training", "rich": "cli"}

# The one sanctioned upward reference: StructuralCausalModel.from_data (a spec name on the SCM) runs
# discovery, imported by name when it is called (scm.FROM_DATA_BUILDER).
ALLOWED = {("causaltorch.scm", "causaltorch.discovery.learn")}
LAYER_RANK = {name: rank for rank, (name, _) in enumerate(LAYERS)}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """``(line, absolute module)`` for every import in ``source`` (relative imports resolved)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            # ``from causaltorch import rules`` imports the submodule ``causaltorch.rules``
            if target == "causaltorch":
                found += [(node.lineno, f"causaltorch.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module":
            found += [(node.lineno, arg.value) for arg in node.args[:1]
                      if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple) and node.value.elts:
            # a module named in a constant tuple, imported later by ``importlib`` (scm.FROM_DATA_BUILDER)
            first = node.value.elts[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and \
                    first.value.startswith("causaltorch."):
                found.append((node.lineno, first.value))
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_EXPORTS" for t in node.targets):
            # a package's lazy public names import their modules on first use: they count as imports
            # (``_DEPRECATED`` aliases, kept for old paths, do not)
            found += [(node.lineno, value.value) for value in getattr(node.value, "values", [])
                      if isinstance(value, ast.Constant) and isinstance(value.value, str)]
    return found


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "causaltorch" or len(parts) < 2:
        return None  # the top-level facade (``causaltorch``) is not a layer: it only names things lazily
    return RANK.get(parts[1])


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """Every import in ``source`` (the text of ``module``) that breaks the layering."""
    own = layer_of(module)
    found = []
    for line, target in imported_modules(source, module, is_package):
        top = target.split(".")[0]
        if top in RESERVED and (own is None or own < LAYER_RANK[RESERVED[top]]):
            found.append(f"{module}:{line} imports {target} (only {RESERVED[top]} and above may)")
        theirs = layer_of(target)
        if (module, target) in ALLOWED:
            continue
        if own is not None and theirs is not None and theirs > own:
            found.append(f"{module}:{line} imports {target}: layer {LAYERS[own][0]} may not import "
                         f"layer {LAYERS[theirs][0]}")
    return found


def package_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_module_belongs_to_a_layer():
    unplaced = [module_name(p) for p in package_modules()
                if module_name(p) != "causaltorch" and layer_of(module_name(p)) is None]
    assert unplaced == [], f"add these to docs/architecture.md and LAYERS: {unplaced}"


@pytest.mark.parametrize("path", package_modules(), ids=lambda p: module_name(p))
def test_imports_only_go_down(path):
    assert violations(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py") == []


def test_the_checker_catches_imports_that_go_up():
    bad_model = "import lightning\nfrom causaltorch.cli import main\n"
    assert len(violations(bad_model, "causaltorch.text.model")) == 2
    lazy_in_function = "def f():\n    from causaltorch.training.text import make_trainer\n"
    assert violations(lazy_in_function, "causaltorch.vision.generator") != []
    relative = "from ..training import text\n"
    assert violations(relative, "causaltorch.video.models") != []
    scm_reaching_up = "from causaltorch import layers\n"
    assert violations(scm_reaching_up, "causaltorch.scm") != []
    ok = "import torch\nfrom causaltorch.rules import CausalRuleSet\nfrom causaltorch.text.model import cnsg\n"
    assert violations(ok, "causaltorch.training.text") == []
    assert violations("from rich.table import Table\n", "causaltorch.cli._ui") == []
    assert violations("from rich.table import Table\n", "causaltorch.discovery.learn") != []
    by_name = 'import importlib\nimportlib.import_module("causaltorch.training.text")\n'
    assert violations(by_name, "causaltorch.text.model") != []
    builder_elsewhere = 'BUILDER = ("causaltorch.discovery.learn", "scm_from_data")\n'
    assert violations(builder_elsewhere, "causaltorch.mechanisms") != []
    assert violations(builder_elsewhere, "causaltorch.scm") == []
    lazy_export_up = '_EXPORTS = {"CausalGAN": "causaltorch.training.vision"}\n'
    assert violations(lazy_export_up, "causaltorch.vision", is_package=True) != []


def test_lightning_is_imported_only_in_the_training_package():
    # The CLI and MLOps reach Lightning through causaltorch.training (seed_everything, make_mlflow_logger …).
    outside = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        if module == "causaltorch.training" or module.startswith("causaltorch.training."):
            continue
        outside += [f"{module}:{line}" for line, target in
                    imported_modules(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
                    if target.split(".")[0] in ("lightning", "pytorch_lightning")]
    assert outside == []
