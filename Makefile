# muxi-client developer commands. Everything runs inside $(VENV), created on demand.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: help install test lint format typecheck typecheck-wheel regenerate check-generated docs check-docs e2e e2e-single e2e-pg bench demo demo-live wheel clean

help:
	@echo "make install          create $(VENV) and install the package with its dev tools"
	@echo "make test             run the default (offline) test suite"
	@echo "make lint             ruff check + ruff format --check on the hand-written code"
	@echo "make format           ruff check --fix + ruff format on the hand-written code"
	@echo "make typecheck        mypy --strict and pyright strict on src, examples, tests, scripts (and mypy on generated/)"
	@echo "make typecheck-wheel  the built wheel in a clean venv: mypy --strict + pyright strict on user code"
	@echo "make regenerate       validate openapi/*.yaml and regenerate generated/"
	@echo "make check-generated  fail if generated/ differs from what openapi/ produces"
	@echo "make docs             build the documentation site into site/ (mkdocs; API reference from the docstrings)"
	@echo "make check-docs       mkdocs build --strict (broken links/references fail) + every public name documented"
	@echo "make e2e              the end-to-end suite against the real formation server in both modes + fidelity check"
	@echo "make e2e-single       ...against ../shared/harness only (single-user); e2e-pg: ../shared/harness-pg only"
	@echo "make demo             stream a chat answer (in-process fake formation; no server needed)"
	@echo "make demo-live        the same against the real formation server (../shared/harness)"
	@echo "make bench            cold start, loop stall, CPU, memory, latency vs raw httpx and the official SDK (about 7 min)"
	@echo "make wheel            build the wheel and sdist into dist/"
	@echo "make clean            remove dist/, build/, site/ and the tool caches"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade 'pip>=25.1'
	$(BIN)/python -m pip install --quiet -e . --group dev
	touch $(STAMP)

install: $(STAMP)

# On every core (pytest-xdist); `--dist loadfile` keeps a file's tests, and its fixtures, on one worker.
test: $(STAMP)
	$(BIN)/python -m pytest -n auto --dist loadfile

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

# The site: mkdocs.yml, pages in docs/, the API reference rendered from the docstrings by
# mkdocstrings at build time (scripts/griffe_roles.py turns Sphinx roles into links).
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

check-docs: docs
	$(BIN)/python scripts/check_docs.py --site site

# The real formation server (muxi-runtime) on loopback with a fake LLM, in both of its modes:
# e2e-single against ../shared/harness (default single-user mode), e2e-pg against
# ../shared/harness-pg (PostgreSQL persistent memory: multi-user). Each records every exchange
# into $(E2E_RECORDS) and scripts/fidelity.py checks them against openapi/formation.yaml; `make e2e`
# runs both, then the fidelity check over both. The first start installs the runtime into its own
# venv (a few minutes). Not part of `make test`.
HARNESS ?= ../shared/harness
HARNESS_PG ?= ../shared/harness-pg
E2E_RECORDS ?= build/e2e
E2E_PYTEST = $(BIN)/python -m pytest -m e2e tests/e2e -p no:randomly
e2e: e2e-single e2e-pg
	$(BIN)/python scripts/fidelity.py $(E2E_RECORDS)/exchanges-single.jsonl $(E2E_RECORDS)/exchanges-pg.jsonl

e2e-single: $(STAMP)
	$(HARNESS)/start.sh
	mkdir -p $(E2E_RECORDS) && rm -f $(E2E_RECORDS)/exchanges-single.jsonl
	set -a; . "$${TMPDIR:-/tmp}/muxi-e2e/harness.env"; set +a; \
	MUXI_E2E=1 MUXI_E2E_MODE=single MUXI_E2E_RECORD=$(E2E_RECORDS)/exchanges-single.jsonl $(E2E_PYTEST)
	$(BIN)/python scripts/fidelity.py --quiet $(E2E_RECORDS)/exchanges-single.jsonl

e2e-pg: $(STAMP)
	$(HARNESS_PG)/start.sh
	mkdir -p $(E2E_RECORDS) && rm -f $(E2E_RECORDS)/exchanges-pg.jsonl
	set -a; . "$${TMPDIR:-/tmp}/muxi-e2e-pg/harness.env"; set +a; \
	MUXI_E2E=1 MUXI_E2E_MODE=pg MUXI_E2E_RECORD=$(E2E_RECORDS)/exchanges-pg.jsonl $(E2E_PYTEST)
	$(BIN)/python scripts/fidelity.py --quiet $(E2E_RECORDS)/exchanges-pg.jsonl

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
	rm -rf dist build site .pytest_cache .mypy_cache .ruff_cache
