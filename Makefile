# muxi-client developer commands. Everything runs inside $(VENV), created on demand.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: help install test lint format typecheck typecheck-wheel regenerate check-generated docs check-docs e2e bench demo demo-live wheel clean

help:
	@echo "make install          create $(VENV) and install the package with its dev tools"
	@echo "make test             run the default (offline) test suite"
	@echo "make lint             ruff check + ruff format --check on the hand-written code"
	@echo "make typecheck        mypy --strict and pyright strict on src, examples, tests, scripts (and mypy on generated/)"
	@echo "make typecheck-wheel  the built wheel in a clean venv: mypy --strict + pyright strict on user code"
	@echo "make regenerate       validate openapi/*.yaml and regenerate generated/"
	@echo "make check-generated  fail if generated/ differs from what openapi/ produces"
	@echo "make docs             regenerate docs/api.md from the docstrings"
	@echo "make check-docs       fail if docs/api.md is stale, a docstring is missing or a doc reference is broken"
	@echo "make e2e              run the end-to-end suite against the real formation server"
	@echo "make demo             stream a chat answer (in-process fake formation; no server needed)"
	@echo "make demo-live        the same against the real formation server (../shared/harness)"
	@echo "make bench            client CPU/import/memory vs raw httpx and the official SDK"
	@echo "make wheel            build the wheel and sdist into dist/"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts examples benchmarks
	$(BIN)/ruff format --check src tests scripts examples benchmarks

format: $(STAMP)
	$(BIN)/ruff check --fix src tests scripts examples benchmarks
	$(BIN)/ruff format src tests scripts examples benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/pyright --project pyproject.toml --pythonpath $(BIN)/python
	cd generated && ../$(BIN)/mypy --config-file /dev/null --cache-dir ../.mypy_cache/generated --python-version 3.10 muxi_generated

# Typed as installed: the built wheel in a clean virtualenv (outside the checkout), checked with
# mypy --strict and pyright strict on tests/typing/, the README/guide code blocks and examples/.
typecheck-wheel: $(STAMP)
	$(BIN)/python scripts/typecheck_wheel.py

regenerate: $(STAMP)
	$(BIN)/python scripts/regenerate.py

check-generated: $(STAMP)
	$(BIN)/python scripts/regenerate.py --check

docs: $(STAMP)
	$(BIN)/python scripts/apiref.py

check-docs: $(STAMP)
	$(BIN)/python scripts/apiref.py --check

# The real formation server (muxi-runtime) on loopback with a fake LLM; its first start installs
# the runtime into its own venv (a few minutes). Not part of `make test`.
HARNESS ?= ../shared/harness
e2e: $(STAMP)
	$(HARNESS)/start.sh || echo "e2e: the harness did not start; the e2e tests will be skipped"
	set -a; . "$${TMPDIR:-/tmp}/muxi-e2e/harness.env"; set +a; \
	MUXI_E2E=1 $(BIN)/python -m pytest -m e2e tests/e2e -p no:randomly

# The quick start against the in-process fake formation (no server needed)...
demo: $(STAMP)
	env -u MUXI_FORMATION_URL -u MUXI_BASE_URL $(BIN)/python examples/quickstart.py

# ...and against the real formation server from ../shared/harness.
demo-live: $(STAMP)
	$(HARNESS)/start.sh
	set -a; . "$${TMPDIR:-/tmp}/muxi-e2e/harness.env"; set +a; \
	$(BIN)/python examples/quickstart.py

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

wheel: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .

clean:
	rm -rf dist build .pytest_cache .mypy_cache .ruff_cache
