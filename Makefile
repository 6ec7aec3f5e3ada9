# Two commands do everything on a fresh machine: `make serve` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ZENSICAL := .venv-zensical/.installed
NAME := russia-iran-treaty
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
export PYTHONDONTWRITEBYTECODE := 1
# Reproducible output: timestamps come from the last commit, never from the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1737072000)

.PHONY: help serve test unit lint check render build offline zensical schema lock clean bench

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

test: $(STAMP) $(AXE) $(ZENSICAL) lint  ## run the whole test suite: lint, then unit -> site (build, offline) -> browser
	$(BIN)/python -m pytest

unit: $(STAMP)  ## the fast loop: data layer, render functions, the render step (no MkDocs, a few seconds)
	$(BIN)/python -m pytest tests/unit -q

lint: $(STAMP)  ## ruff (configured in pyproject.toml)
	$(BIN)/ruff check macros tests benchmarks scripts

check: $(STAMP)  ## validate all data; print every error as file:line: field: message
	$(BIN)/python -m macros check

render: $(STAMP)  ## write every page as plain Markdown into build/docs/ (the build does this itself)
	$(BIN)/python -m macros render

build: $(STAMP)  ## strict build into site/ (renders first, through the hook in macros/hooks.py)
	$(BIN)/mkdocs build --strict --clean

$(ZENSICAL): requirements-zensical.txt
	$(PYTHON) -m venv .venv-zensical
	.venv-zensical/bin/pip install --quiet --require-hashes --no-deps -r requirements-zensical.txt
	touch $(ZENSICAL)

zensical: $(STAMP) $(ZENSICAL)  ## the same pages built with Zensical into build/zensical/ (see HACKING.md)
	$(BIN)/python -m macros render
	$(BIN)/python -m macros.zensical
	cd build && PYTHONPATH=$(CURDIR) ../.venv-zensical/bin/zensical build --clean -f zensical.yml

offline: $(STAMP)  ## offline bundle as dist/$(NAME)-offline.zip
	$(BIN)/python -m macros offline --name $(NAME)

schema: $(STAMP)  ## regenerate the JSON Schemas in data/schema/ from the models
	$(BIN)/python -m macros generate

lock:  ## re-pin requirements.txt (with hashes) from requirements.in
	$(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet pip-tools==7.6.2
	.venv-lock/bin/pip-compile --generate-hashes --strip-extras --allow-unsafe -q -o requirements.txt requirements.in
	.venv-lock/bin/pip-compile --generate-hashes --strip-extras --allow-unsafe -q -o requirements-zensical.txt requirements-zensical.in
	rm -rf .venv-lock

bench: $(STAMP)  ## build time (and at 10x data), page weight, requests, search index size
	$(BIN)/python benchmarks/bench.py

clean:  ## remove build output
	rm -rf site dist .pytest_cache build/offline build/zensical build/nav.json build/zensical.yml
	find build/docs -mindepth 1 ! -name .gitignore -delete 2>/dev/null || true
