# jobsift: every set-up step lives here, so a fresh machine needs only `make demo` / `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := .jobsift/demo
DEMO_N ?= 5000
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install demo test test-all lint bench clean chromium

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,semantic]'
	touch $(STAMP)

install: $(STAMP)

## demo: generate the sample corpus, ingest and index it, then serve the API on $(HOST):$(PORT)
demo: install
	$(BIN)/jobsift generate $(DEMO)/corpus.jsonl --count $(DEMO_N) --seed 42 --truth $(DEMO)/truth.jsonl
	$(BIN)/jobsift ingest $(DEMO)/corpus.jsonl --db $(DEMO)/jobsift.db
	$(BIN)/jobsift stats --db $(DEMO)/jobsift.db
	$(BIN)/jobsift search "senior python remote berlin" --db $(DEMO)/jobsift.db --limit 5
	@echo
	@echo "Try:  $(BIN)/jobsift search 'pflegefachkraft' --db $(DEMO)/jobsift.db"
	@echo "      $(BIN)/jobsift show ID --db $(DEMO)/jobsift.db"
	@echo "      curl 'http://$(HOST):$(PORT)/v1/postings/search?q=data+engineer+remote&limit=3'"
	@echo
	@echo "Serving the web pages at http://$(HOST):$(PORT)/ and the API under /v1  (interactive docs: http://$(HOST):$(PORT)/docs; Ctrl-C stops)"
	$(BIN)/jobsift serve --db $(DEMO)/jobsift.db --host $(HOST) --port $(PORT)

## test: the default suite (fast; slow checks are behind -m slow)
test: install
	$(BIN)/python -m pytest -n 2 -q

test-all: install
	$(BIN)/python -m pytest -n 2 -q -m "slow or not slow"

lint: install
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

## bench: the ingest benchmark at 1,000,000 postings (BENCH_N to change); results in benchmarks/results/
bench: install
	$(BIN)/python benchmarks/ingest.py --count $${BENCH_N:-1000000}

## chromium: Debian's chromium for the browser tests (tests/web), installed only when missing
## (never `playwright install`: no browser downloads)
chromium:
	@test -x /usr/bin/chromium || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update && $$SUDO apt-get install -y chromium; }

clean:
	rm -rf $(VENV) .jobsift .pytest_cache .mypy_cache .ruff_cache
