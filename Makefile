# Two commands for a newcomer: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Absolute links in exports made outside a request; pages and feeds use the request's.
SITE_URL ?= http://$(HOST):$(PORT)
export SITE_URL

.PHONY: run dev serve setup test test-postgres test-search lint check pytest bench eval audit loadtest clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is needed ($(PYTHON) not found); set PYTHON=..."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools

# Reinstall only when pyproject.toml changes: a second `make run` starts fast.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet '.[dev]'
	@touch $@ $(VENV)/.installed

setup: $(VENV)/.installed
	@mkdir -p var
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_gazetteer -v 0
	$(MANAGE) ingest fixtures/articles --no-index
	$(MANAGE) collectstatic --noinput -v 0
	$(MANAGE) check_index --fix -v 0

run: setup serve

# `make run` is the archive as people use it: DEBUG off (the archive's own error pages), a
# key generated once under var/, plain HTTP on this machine. `make dev`: the same with
# Django's debug pages.
DEBUG ?= 0
dev: DEBUG = 1
dev: setup serve

# gunicorn and the indexer (the one process that writes the search index) run side by
# side; Ctrl-C stops both.
serve:
	@echo "Serving http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/ — create a login with: $(MANAGE) createsuperuser)"
	@export DEBUG=$(DEBUG) LOCAL_HTTP=1; \
	trap 'kill $$INDEXER 2>/dev/null; wait' EXIT INT TERM; \
	$(MANAGE) indexer -v 0 & INDEXER=$$!; \
	$(BIN)/gunicorn newsroom.wsgi --config newsroom/gunicorn.conf.py --bind $(HOST):$(PORT)

test: $(VENV)/.installed-dev lint check pytest

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check:
	DEBUG=1 $(MANAGE) check
	DEBUG=1 $(MANAGE) makemigrations --check --dry-run
	DEBUG=0 SECRET_KEY=check-deploy-$$(date +%s)-not-a-real-key-but-long-enough-to-pass-the-check ALLOWED_HOSTS=newsroom.example \
	  $(MANAGE) check --deploy --fail-level WARNING

# The suite on every core (JOBS=0: in this one process), coverage measured in each worker.
JOBS ?= auto
pytest:
	$(BIN)/pytest -n $(JOBS) --cov --cov-report=term:skip-covered --cov-fail-under=80

# The suite on the database DATABASE_URL names (CI: PostgreSQL; see .ci/run). The browser
# tests, the load test and the fault tests (each runs its own SQLite archive in
# subprocesses) already ran in `make test`, and so did the reading of text: the extraction
# and text suites touch the database only to build the gazetteer, which tests/test_extract.py,
# tests/test_extraction_quality.py and the gazetteer's own tests still build from this one.
TEXT_ONLY = tests/test_extract_events.py tests/test_extract_newcomers.py \
  tests/test_extract_mentions.py tests/test_extract_russian.py tests/test_extract_figures.py
test-postgres: $(VENV)/.installed-dev
	@case "$$DATABASE_URL" in postgres*) ;; *) echo "Set DATABASE_URL=postgres://..."; exit 2;; esac
	$(BIN)/pytest -q -n $(JOBS) --ignore=tests/test_browser.py --ignore=tests/test_load.py \
	  --ignore=tests/test_faults.py $(addprefix --ignore=,$(TEXT_ONLY)) \
	  --ignore-glob='tests/test_text_*.py'

# The search suites on the engine SEARCH_URL names: a cluster (opensearch://host:9200/newsroom
# or elasticsearch://…; the tests write "<index>-test", one process at a time as they share
# it), or a temporary Whoosh index when unset. The cluster's write side is also tested
# without a server (tests/test_search_cluster.py) in `make test`.
test-search: $(VENV)/.installed-dev
	$(BIN)/pytest -q -n 0 tests/test_search_contract.py \
	  tests/test_search_cluster.py tests/test_search_elastic.py tests/test_search_fields.py

# Known vulnerabilities in the installed dependencies (needs PyPI's vulnerability data,
# which some package mirrors do not serve: it then reports what it could not audit).
audit: $(VENV)/.installed-dev
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools
	$(BIN)/python -m archive.devtools.audit

# A bounded mixed load test on 127.0.0.1 (locust): readers and admin editors against gunicorn
# and the indexer over a temporary archive; fails on any 5xx, lost edit or index drift.
SECONDS ?= 60
USERS ?= 40
loadtest: $(VENV)/.installed-dev
	$(MANAGE) loadtest --seconds $(SECONDS) --users $(USERS)

# Extraction quality: on labelled real articles when a corpus is beside the project
# (NEWSROOM_CORPUS_DIR, else ../shared/corpus; docs/extraction.md), then on the one-sentence
# sets in tests/data/ (development, then the held-out ones). HELDOUT=1 scores the real
# corpus's held-out part too.
eval: $(VENV)/.installed-dev
	@mkdir -p var
	$(MANAGE) migrate --noinput -v 0
	$(MANAGE) load_gazetteer -v 0
	$(MANAGE) evaluate_corpus $(if $(HELDOUT),--held-out)
	$(MANAGE) evaluate_extraction
	@echo "Held-out sets (written after the dev set; see docs/performance.md):"
	$(MANAGE) evaluate_extraction tests/data/extraction_heldout.jsonl
	$(MANAGE) evaluate_extraction tests/data/extraction_heldout2.jsonl

# Speed figures side by side (docs/performance.md). ARTICLES=100000 for the large run;
# PARTS=pages for ingest and the page and download figures only.
ARTICLES ?= 10000
PARTS ?= load,pages,search
bench: $(VENV)/.installed-dev
	@mkdir -p var/bench
	NEWSROOM_VAR_DIR=var/bench DEBUG=1 $(MANAGE) bench --articles $(ARTICLES) --parts $(PARTS)

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .coverage
