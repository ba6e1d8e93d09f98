# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: run serve install install-dev migrate demo-user seed test test-fast lint format migrations-check deps-check workflow-graph bench bench-pathological bench-imports bench-pathological-imports bench-export eval clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

demo-user: migrate
	$(PY) manage.py ensure_demo_user

seed: migrate
	$(PY) manage.py import_articles seeds/

## run: install, migrate, create the demo account, queue the seed import, then serve web + worker (-B: beat).
run: migrate
	$(PY) manage.py import_articles seeds/
	@$(PY) manage.py ensure_demo_user
	@echo "Serving http://127.0.0.1:8000/ (web + Celery worker with its beat: the import sweeper); Ctrl-C stops both."
	@echo "Published verdicts appear at http://127.0.0.1:8000/reviews/ (public, no login)."
	$(BIN)/honcho start -f Procfile

## serve: production processes (gunicorn, a Celery worker, Celery beat) from Procfile.production; set
## DJANGO_ENV=production, SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and CELERY_BROKER_URL first (README).
serve: migrate
	$(PY) manage.py collectstatic --noinput
	$(BIN)/honcho start -f Procfile.production

## test: install test tools and run the whole suite.
test: install-dev
	$(PY) -m pytest

test-fast: install-dev
	$(PY) -m pytest -m "not worker and not browser" -q

## lint: ruff, the type check (mypy with django-stubs) and the import contracts (import-linter).
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install
	$(PY) manage.py makemigrations --check --dry-run

## deps-check: the declared dependencies resolve to binary wheels on Python 3.12 and 3.13 too (no install).
## sgmllib3k (feedparser's) is published as source only: pure Python, built here into a universal wheel
## so the binary-only resolution can use it.
SOURCE_ONLY_DEPS := sgmllib3k
deps-check: install
	$(PY) -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > $(VENV)/requirements-declared.txt
	rm -rf $(VENV)/source-only-wheels
	$(PY) -m pip wheel --quiet --no-deps -w $(VENV)/source-only-wheels $(SOURCE_ONLY_DEPS)
	for version in 3.12 3.13; do \
	  $(PY) -m pip install --quiet --dry-run --ignore-installed --only-binary=:all: --python-version $$version \
	    --find-links $(VENV)/source-only-wheels -r $(VENV)/requirements-declared.txt || exit 1; \
	  echo "dependencies resolve on Python $$version"; \
	done

workflow-graph: install
	$(PY) manage.py workflow_graph

## bench: extractor speed; `make bench BASELINE=<git rev>` also times that revision and checks its output is identical.
bench: install-dev
	$(PY) bench/extraction.py --data ../shared/eval/ecbplus/articles.jsonl $(if $(BASELINE),--baseline $(BASELINE))
	$(if $(BASELINE),$(PY) bench/extraction_diff.py --baseline $(BASELINE))

## bench-pathological: extractor seconds and peak memory per MB on texts no newsroom writes, against ECB+ prose.
bench-pathological: install-dev
	$(PY) bench/pathological_extraction.py --prose ../shared/eval/ecbplus/articles.jsonl

bench-imports: install-dev
	$(PY) bench/imports.py --data ../shared/eval/ecbplus/articles.jsonl

## bench-pathological-imports: the probe's number-heavy zip through the real pipeline, against ECB+ prose.
bench-pathological-imports: install-dev
	$(PY) bench/pathological_imports.py --data ../shared/eval/ecbplus/articles.jsonl --uncapped

bench-export: install-dev
	$(PY) bench/export.py --rows 100000

eval: install-dev
	$(PY) -m evaluation newsquant ../shared/eval/newsquant/dev.json --compare
	$(PY) -m evaluation ct24 ../shared/eval/ct24/dev-test.tsv
	$(PY) -m evaluation quantemp ../shared/eval/quantemp/complex_num_facts_categorized_subset.csv

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
