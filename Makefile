# Continuum — everything a fresh machine needs comes from these targets.
# `make demo` runs a local stack; `make test` runs lint, type check and every test.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements.lock
PY_OK  := $(VENV)/.installed
JS_OK  := tests/js/node_modules/.installed

.PHONY: install js-deps lint typecheck unit integration test demo chat bench lock clean

install: $(PY_OK)

$(PY_OK): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[dev]'
	touch $@

js-deps: $(JS_OK)

$(JS_OK): tests/js/package.json tests/js/package-lock.json
	npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
	touch $@

lint: $(PY_OK)
	$(BIN)/ruff check bot tests bench deploy

typecheck: $(PY_OK)
	$(BIN)/mypy

unit: $(PY_OK)
	$(BIN)/pytest -q tests -m "not integration"

integration: $(PY_OK) $(JS_OK)
	$(BIN)/pytest -q tests -m integration

test: $(PY_OK) $(JS_OK) lint typecheck
	$(BIN)/pytest -q tests

demo: $(PY_OK)
	$(BIN)/python -m deploy.demo

chat: $(PY_OK)
	$(BIN)/continuum chat

bench: $(PY_OK) $(JS_OK)
	$(BIN)/python bench/bench_flows.py

# Re-pin after changing dependencies in pyproject.toml (needs network to PyPI).
lock:
	rm -rf /tmp/continuum-lock && $(PYTHON) -m venv /tmp/continuum-lock
	/tmp/continuum-lock/bin/pip install --quiet '.[dev]'
	/tmp/continuum-lock/bin/pip freeze --exclude continuum > $(LOCK)

clean:
	rm -rf $(VENV) tests/js/node_modules .pytest_cache .mypy_cache .ruff_cache
