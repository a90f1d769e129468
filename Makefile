# Two commands do all set-up on a fresh machine: `make demo` (main job) and `make test` (the test suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= ../shared/data
INDEX ?= indexes/default
QUESTION ?= Does vitamin K2 improve bone density?
export HF_HUB_OFFLINE := 1

.PHONY: setup demo index test lint bench clean

setup: $(VENV)/.installed

# torch first and pinned: the CPU wheel is on the machine, an unpinned torch pulls gigabytes of CUDA packages.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

$(INDEX)/manifest.json: | setup
	$(BIN)/rag index build --out $(INDEX) $(DATA)/nfcorpus $(DATA)/seed/sources.jsonl

index: $(INDEX)/manifest.json

demo: index
	$(BIN)/rag ask --index $(INDEX) "$(QUESTION)"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest -q

bench: index
	$(BIN)/python -m eval.bench_engine --index $(INDEX)

clean:
	rm -rf $(VENV) indexes
