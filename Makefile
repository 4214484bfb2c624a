# cinedex: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= corpus
INDEX ?= index
export CINEDEX_CORPUS ?= $(CORPUS)
export CINEDEX_INDEX ?= $(INDEX)

.PHONY: help install index run serve test check lint browser-deps slow bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/.installed  ## create .venv and install cinedex with its dev tools

index: install  ## build (or update) the index of $(CORPUS) in $(INDEX)
	$(BIN)/cinedex index --corpus $(CORPUS) --index $(INDEX)

run: index  ## set up, index the sample corpus and serve it on http://127.0.0.1:8000
	$(BIN)/cinedex serve --corpus $(CORPUS) --index $(INDEX)

browser-deps:  ## install Debian's chromium for the browser tests (skipped if present)
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

lint: install  ## ruff format --check, ruff check, mypy
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

check: lint  ## the one check command: lint, types and the default test suite
	$(BIN)/pytest

test: install browser-deps check  ## set up everything and run every check and test

slow: install browser-deps  ## scale, fault-injection and load tests (minutes)
	$(BIN)/pytest -m slow

bench: install  ## benchmarks against the peers on ../shared/data; writes BENCHMARKS.md
	$(BIN)/python -m bench.run --profile --write BENCHMARKS.md

clean:  ## remove the venv, the index and caches
	rm -rf $(VENV) $(INDEX) .pytest_cache .mypy_cache .ruff_cache tests/artifacts

reliability:  ## fault, concurrency, fuzz and load tests, then the full-scale kill loop, attack run, auth and query-log flood (over an hour); writes RELIABILITY.md
	$(BIN)/python -m bench.reliability --write RELIABILITY.md
