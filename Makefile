# The two commands a user needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint format docs messages bench clean

# `make test` runs the suite on SQLite with the in-process cache, then again on these
# (skipped when they are not running, except under CI=true): see scripts/services.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/podium
TEST_CACHE_URL ?= redis://127.0.0.1:6379/15

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@ $(VENV)/.installed-base

## Set up, then serve the demo event on http://127.0.0.1:8000
run: $(VENV)/.installed-base
	@echo "Embed demo: http://127.0.0.1:8000/embed/demoembed/GridSmart"
	$(BIN)/podium serve

## Set up with the test extras, then lint and run the whole suite on both backends
test: $(VENV)/.installed-test
	scripts/ensure-chromium
	scripts/ensure-nginx
	scripts/ensure-axe
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	env -u PODIUM_DATABASE_URL -u PODIUM_CACHE_URL $(BIN)/pytest
	$(BIN)/python scripts/services pytest $(TEST_DATABASE_URL) $(TEST_CACHE_URL)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix src tests
	$(BIN)/ruff format src tests

## Regenerate the reference sections of docs/cli.md and docs/config.md from the code
# (the argument parsers and the settings' declarations); a test fails while they differ.
# The key only lets the settings load: nothing is signed.
docs: $(VENV)/.installed-base
	PODIUM_SECRET_KEY=make-docs-only $(BIN)/python -m podium.reference docs
	PODIUM_SECRET_KEY=make-docs-only $(BIN)/python -m podium.publish.option_docs docs/api.md

## Compile the embeds' translations (.po) into the committed .mo files (needs gettext)
messages: $(VENV)/.installed-base
	@command -v msgfmt >/dev/null || $(SUDO) apt-get install -y -qq gettext || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext; }
	cd src/podium/embeds && PODIUM_SECRET_KEY=make-messages-only ../../../$(BIN)/podium compilemessages

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[bench]'
	touch $@ $(VENV)/.installed-base

SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

## Measure render time, serving beside nginx and memory; writes docs/benchmarks.md (not part of test)
bench: $(VENV)/.installed-bench
	@command -v wrk >/dev/null || $(SUDO) apt-get install -y -qq wrk || \
		{ $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	scripts/ensure-nginx
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
