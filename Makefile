# Two commands do everything on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NAME := russia-iran-treaty
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1
# Reproducible output: timestamps come from the last commit, never from the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1737072000)

.PHONY: help serve test check build offline schema stubs lock clean bench

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

serve: $(STAMP)  ## build and serve the site at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000

AXE := tests/browser/node_modules/axe-core/axe.min.js

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@if command -v npm >/dev/null; then npm ci --prefix tests/browser --no-audit --no-fund --silent; \
	else echo "npm not found: browser accessibility tests will be skipped (CI fails instead)"; fi

test: $(STAMP) $(AXE)  ## run the whole test suite (unit, build, offline, browser)
	$(BIN)/python -m pytest

check: $(STAMP)  ## validate all data; print every error as file:line: field: message
	$(BIN)/python -m macros check

build: $(STAMP)  ## strict build into site/
	$(BIN)/mkdocs build --strict --clean

offline: $(STAMP)  ## offline bundle as dist/$(NAME)-offline.zip
	$(BIN)/python -m macros offline --name $(NAME)

schema: $(STAMP)  ## regenerate data/schema/*.json, page stubs and the tooltip file from the models and data
	$(BIN)/python -m macros generate

lock:  ## re-pin requirements.txt (with hashes) from requirements.in
	$(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet pip-tools==7.6.2
	.venv-lock/bin/pip-compile --generate-hashes --strip-extras --allow-unsafe -q -o requirements.txt requirements.in
	rm -rf .venv-lock

bench: $(STAMP)  ## build time (and at 10x data), page weight, requests, search index size
	$(BIN)/python benchmarks/bench.py

clean:  ## remove build output
	rm -rf site dist .pytest_cache
