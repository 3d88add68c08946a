# kinema: `make demo` renders the demo film, `make test` passes the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test lint bench clean system-libs

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/kinema render examples/wolf.yaml -o out/demo.mp4

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/kinema

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# skia-python links libEGL and libGL; a bare Debian image lacks them.
system-libs:
	@if ! ldconfig -p | grep -q 'libEGL.so.1' || ! ldconfig -p | grep -q 'libGL.so.1' \
	    || ! ldconfig -p | grep -q 'libfontconfig.so.1'; then \
	  echo "installing libEGL/libGL/fontconfig for skia"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libegl1 libgl1 libfontconfig1; \
	fi

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python system-libs
	$(BIN)/python -m pip install -q -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $@

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
