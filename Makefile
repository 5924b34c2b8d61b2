# The Quickstart commands: `make demo`, `make test` and `make serve`. All three install what they need first.
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test serve bench-decode bench clean
setup:
	@bash scripts/setup.sh

demo: setup
	@$(PY) -m qraudit demo

test: setup
	@$(PY) -m pytest $(PYTEST_ARGS)

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
