# The README's first two commands. Both set up .venv on a fresh machine and are
# idempotent: a stamp file records that the install for these inputs is done.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
TORCH_PIN := torch==2.13.0

.PHONY: demo test bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch goes first and pinned, so that no dependency resolution pulls a CUDA build.
# One stamp per extra set: the install reruns only when pyproject.toml changes.
$(VENV)/.installed-%: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet $(TORCH_PIN)
	$(BIN)/python -m pip install --quiet -e ".[$*]"
	touch $@

demo: $(VENV)/.installed-demo
	$(BIN)/causaltorch demo

# Lint first (ruff, configured in pyproject.toml: style, pyflakes, import order), then the suite.
test: $(VENV)/.installed-dev
	$(BIN)/ruff check
	$(BIN)/python -m pytest

# The documentation site (mkdocs.yml) into build/site; --strict fails on any broken link, anchor or docstring.
docs: $(VENV)/.installed-docs
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/bench_scm_sampling.py
	$(BIN)/python benchmarks/bench_import_time.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
