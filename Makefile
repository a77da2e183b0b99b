# Two commands get a newcomer from clone to alerts: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench instructions install compiled test-compiled clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

run: $(STAMP)  ## everything in one process, with the example live blog and alerts in this terminal
	$(BIN)/newsalert run --demo

test: $(STAMP)  ## the whole test suite, against a real Redis/Valkey server
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The classifier's hot path compiled to C with mypyc, as the image ships it (setup.py). Kept out
# of the source tree, so that edited sources are never shadowed by stale compiled modules.
COMPILED := build/compiled

$(COMPILED)/.built: $(STAMP) setup.py pyproject.toml $(wildcard services/classify/*.py shared/*.py)
	@rm -rf $(COMPILED)
	@echo "compiling the classifier with mypyc into $(COMPILED) (about a minute)"
	@NEWSALERT_COMPILE=1 $(BIN)/python -m pip install --quiet --no-deps --target $(COMPILED) .
	@touch $@

compiled: $(COMPILED)/.built

test-compiled: compiled  ## the test suite again, against the compiled classifier
	NEWSALERT_EXPECT_COMPILED=1 PYTHONPATH=$(COMPILED):. $(BIN)/python -P -m pytest

bench: $(STAMP) compiled  ## throughput figures (printed, with the machine they ran on)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; PYTHONPATH=. $(BIN)/python $$b; done
	@echo "== benchmarks/bench_classify.py, compiled classifier"
	@PYTHONPATH=$(COMPILED) $(BIN)/python -P benchmarks/bench_classify.py

# Instructions per update through `tag`, counted by callgrind: unlike seconds, the same on every
# run whatever else the machine is doing (the hash seed is fixed: dict order moves the count
# slightly). Two runs (600 updates, then none) cancel start-up.
instructions: $(STAMP) compiled  ## instructions per update of the compiled `tag` path (valgrind)
	@for n in 600 0; do PYTHONHASHSEED=0 PYTHONPATH=$(COMPILED) valgrind --tool=callgrind --callgrind-out-file=/dev/null \
		$(BIN)/python -P benchmarks/bench_classify.py --tag-loop $$n 2>&1 \
		| sed -n 's/.*Collected : \([0-9]*\).*/\1/p'; done \
		| paste -s -d' ' | awk '{printf "%.2f M instructions per update through tag\n", ($$1 - $$2) / 600 / 1e6}'

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache .mypy_cache
