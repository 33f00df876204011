# Continuum — everything a fresh machine needs comes from these targets.
# `make demo` runs a local stack; `make test` runs lint, type check and every test.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LOCK   := requirements.lock
PY_OK  := $(VENV)/.installed
JS_OK  := tests/js/node_modules/.installed

.PHONY: install js-deps system-deps lint typecheck unit integration test demo chat bench lock clean

install: $(PY_OK)

$(PY_OK): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c $(LOCK) -e '.[dev]'
	touch $@

js-deps: $(JS_OK)

$(JS_OK): tests/js/package.json tests/js/package-lock.json
	npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
	touch $@

# From the system's packages, when missing: Chromium (the review workbook's browser test), Graphviz's
# `dot` (flows graph --format svg/png) and Noto fonts (Arabic-script glyphs, Pashto's included, and
# emoji, so that the workbook's screenshots show what a reviewer sees). Installs only as root with
# apt-get; otherwise says loudly what the tests will skip. Quick and silent when all is there.
NOTO_ARABIC := /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf
NOTO_EMOJI  := /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf

system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	[ -e $(NOTO_ARABIC) ] || missing="$$missing fonts-noto-core"; \
	[ -e $(NOTO_EMOJI) ] || missing="$$missing fonts-noto-color-emoji"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "system-deps: installing$$missing with apt-get"; \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing \
	    >/dev/null; } || echo "system-deps: WARNING: apt-get could not install$$missing; tests that need them are SKIPPED"; \
	else \
	  echo "system-deps: WARNING: not installed:$$missing (installing needs root and apt-get)."; \
	  echo "system-deps: WARNING: without chromium the review workbook's browser test is SKIPPED, without"; \
	  echo "system-deps: WARNING: graphviz the graph SVG test; without the fonts, screenshots show boxes."; \
	fi

lint: $(PY_OK)
	$(BIN)/ruff check bot tests bench deploy

typecheck: $(PY_OK)
	$(BIN)/mypy

unit: $(PY_OK) system-deps
	$(BIN)/pytest -q -rs tests -m "not integration"

integration: $(PY_OK) $(JS_OK)
	$(BIN)/pytest -q -rs tests -m integration

# The integration tests mostly wait on Synapse and the bot: three workers (each with its own
# Synapse, files kept together) fit them and the CPU-bound unit tests on two cores.
TEST_WORKERS ?= 3
test: $(PY_OK) $(JS_OK) system-deps lint typecheck
	$(BIN)/pytest -q -rs -n $(TEST_WORKERS) --dist loadfile tests

demo: $(PY_OK)
	$(BIN)/python -m deploy.demo

chat: $(PY_OK)
	$(BIN)/continuum chat

# Load: N people against Continuum and a bare echo bot (bench/bench_load.py --help), e.g.
# make bench BENCH_ARGS="--n 100 --turns 20 --think 5-20"
BENCH_ARGS ?= --n 10 --turns 5
bench: $(PY_OK) $(JS_OK)
	$(BIN)/python bench/bench_flows.py
	$(BIN)/python bench/bench_load.py $(BENCH_ARGS)
	$(BIN)/python bench/bench_start.py

# Faults: kill -9, Synapse restart, a lossy link; PASS = the same transcripts as a fault-free run.
# make soak SOAK_ARGS="--people 20 --seed 7"; the short version also runs in `make test` (-m soak).
SOAK_ARGS ?=
.PHONY: soak
soak: $(PY_OK)
	$(BIN)/python bench/soak.py $(SOAK_ARGS)

# Re-pin after changing dependencies in pyproject.toml (needs network to PyPI).
lock:
	rm -rf /tmp/continuum-lock && $(PYTHON) -m venv /tmp/continuum-lock
	/tmp/continuum-lock/bin/pip install --quiet '.[dev]'
	/tmp/continuum-lock/bin/pip freeze --exclude continuum > $(LOCK)

clean:
	rm -rf $(VENV) tests/js/node_modules .pytest_cache .mypy_cache .ruff_cache
