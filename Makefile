# jobsift: every set-up step lives here, so a fresh machine needs only `make demo` / `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO   := .jobsift/demo
DEMO_N ?= 5000

.PHONY: install demo test test-all lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## demo: generate the sample corpus, ingest it into .jobsift/demo/jobsift.db, print a summary
demo: install
	$(BIN)/jobsift generate $(DEMO)/corpus.jsonl --count $(DEMO_N) --seed 42 --truth $(DEMO)/truth.jsonl
	$(BIN)/jobsift ingest $(DEMO)/corpus.jsonl --db $(DEMO)/jobsift.db
	$(BIN)/jobsift stats --db $(DEMO)/jobsift.db
	$(BIN)/jobsift list --db $(DEMO)/jobsift.db --limit 5
	@echo
	@echo "Try:  $(BIN)/jobsift list --db $(DEMO)/jobsift.db"
	@echo "      $(BIN)/jobsift show ID --db $(DEMO)/jobsift.db"
	@echo "      $(BIN)/jobsift export --format schemaorg --db $(DEMO)/jobsift.db"
	@echo "      head -3 $(DEMO)/corpus.jsonl | $(BIN)/jobsift extract -"
	@echo "      $(BIN)/jobsift occupations 'Pflegefachkraft (m/w/d)' --lang de"

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

clean:
	rm -rf $(VENV) .jobsift .pytest_cache .mypy_cache .ruff_cache
