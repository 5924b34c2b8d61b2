# The Quickstart commands: `make demo`, `make test` and `make serve`. All three install what they need first.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test lint serve bench-decode bench clean
setup:
	@bash scripts/setup.sh

demo: setup
	@$(PY) -m qraudit demo

# One pytest worker per core (at most 4): most tests wait on Chromium or a server, so two workers on two
# cores halve the time. PYTEST_ARGS="-n0 tests/walk" runs some tests in this process.
test: setup
	@$(PY) -m pytest -n auto --maxprocesses 4 $(PYTEST_ARGS)

# Formatting, lint (ruff, 120 columns) and types (mypy on src/qraudit), as .ci/run checks them.
lint: setup
	@$(VENV)/bin/ruff format --check src tests benchmarks scripts
	@$(VENV)/bin/ruff check src tests benchmarks scripts
	@$(VENV)/bin/mypy

# The intake service on the demo data (docs/deploy.md); ARGS="--port 9000" and the like go to `qraudit serve`.
serve: setup
	@$(PY) -m qraudit serve --demo $(ARGS)

bench-decode: setup
	@$(PY) benchmarks/decode.py $(ARGS)

bench: setup
	@$(PY) benchmarks/decode.py
	@$(PY) benchmarks/capture.py
	@$(PY) benchmarks/accuracy.py
	@$(PY) benchmarks/accuracy.py --tier blind
	@$(PY) benchmarks/phonewalk.py
	@PYTHONPATH=. $(PY) tests/phonewalk_blind/run_blind.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info
