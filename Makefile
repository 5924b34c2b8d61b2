# The two Quickstart commands: `make demo` and `make test`. Both install what they need first.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test bench-decode bench clean
setup:
	@bash scripts/setup.sh

demo: setup
	@$(PY) -m qraudit demo

test: setup
	@$(PY) -m pytest $(PYTEST_ARGS)

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
