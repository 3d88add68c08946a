# kinema: `make demo` renders the demo film, `make test` passes the tests.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test lint fuzz bench eval composition director vocabulary lexicon clean system-libs

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/kinema generate --duration 60 --seed 7 -o out/demo.mp4 \
	  'On a moonlit night a wolf stands on a mountain top and howls at the moon. Start with a wide shot, then cut to a close-up of the wolf.'

# The suite runs on every core (pytest-xdist), a test file per worker: a file's module fixtures
# (a rendered film, a Ray head, a studio server) are made once, and the files share nothing else.
TEST_JOBS ?= auto
test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_JOBS) --dist loadfile --durations=15

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/mypy src/kinema

# 10,000 hostile cases through the CLI; figures into docs/reliability.md (about 15 min on 2 cores).
fuzz: $(STAMP)
	$(BIN)/python tools/fuzz.py --cases 10000 --docs docs/reliability.md

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/cache.py
	$(BIN)/python benchmarks/plan_bench.py
	$(BIN)/python benchmarks/world.py
	$(BIN)/python benchmarks/formation.py
	$(BIN)/python benchmarks/executors.py
	$(BIN)/python benchmarks/sound.py
	$(BIN)/python benchmarks/rig.py
	$(BIN)/python benchmarks/style.py

# Render the examples and the seed scenes, evaluate each, write docs/quality.md; then 80 films of
# the director's prompt table (issue 13), rendered at 10 s and measured by kinema eval.
eval: $(STAMP)
	$(BIN)/python tools/quality.py --out out/quality --docs docs
	$(BIN)/python tools/director_films.py --out out/director_films --docs docs/quality.md

# Plan the compositional prompt table (dev and held-out), score it, write docs/quality.md (seconds).
composition: $(STAMP)
	$(BIN)/python tools/composition.py --split all --docs docs/quality.md
	$(BIN)/python tools/composition.py --table tests/data/person_action_prompts.yaml --marker person-actions --docs docs/quality.md
	$(BIN)/python tools/composition.py --table tests/data/composition_more_prompts.yaml --marker composition-more --docs docs/quality.md
	$(BIN)/python tools/composition.py --table tests/data/composition_new_prompts.yaml --marker composition-new --docs docs/quality.md
	$(BIN)/python tools/composition.py --table tests/data/composition_probe_prompts.yaml --marker composition-probe --docs docs/quality.md
	$(BIN)/python tools/composition.py --table tests/data/composition_zh_prompts.yaml --marker composition-zh --docs docs/quality.md
	$(BIN)/python tools/composition.py --table tests/data/composition_zh2_prompts.yaml --marker composition-zh2 --docs docs/quality.md
	$(BIN)/python tools/composition.py --table tests/data/composition_prompts.yaml tests/data/person_action_prompts.yaml \
		tests/data/composition_more_prompts.yaml tests/data/composition_new_prompts.yaml tests/data/composition_probe_prompts.yaml \
		tests/data/composition_zh_prompts.yaml tests/data/composition_zh2_prompts.yaml --marker composition-pooled --docs docs/quality.md

# Plan the director's prompt table (issue 13: dev and held-out), score it, write docs/quality.md.
director: $(STAMP)
	$(BIN)/python tools/director.py --split all --docs docs/quality.md

# Audit the open vocabulary word by word (WordNet's and jieba's most used thing nouns, dev and
# held-out halves), write docs/quality.md (a minute).
vocabulary: $(STAMP)
	$(BIN)/python tools/vocabulary.py --split all --docs docs/quality.md

# skia-python links libEGL and libGL; a bare Debian image lacks them. WordNet 3.0 is what
# tools/build_lexicon.py builds the planner's open vocabulary from (its test rebuilds it).
# espeak-ng speaks a screenplay's `voice` lines (kinema.audio.voice).
# Chromium runs the studio's browser tests (tests/test_studio_browser.py, through Playwright).
system-libs:
	@if ! ldconfig -p | grep -q 'libEGL.so.1' || ! ldconfig -p | grep -q 'libGL.so.1' \
	    || ! ldconfig -p | grep -q 'libfontconfig.so.1' || [ ! -f /usr/share/wordnet/index.sense ]; then \
	  echo "installing libEGL/libGL/fontconfig for skia, WordNet 3.0 for the planner's vocabulary"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends libegl1 libgl1 \
	    libfontconfig1 wordnet-base wordnet-sense-index; \
	fi
	@if ! command -v espeak-ng >/dev/null; then \
	  echo "installing espeak-ng for spoken lines"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends espeak-ng; \
	fi
	@if [ ! -x /usr/lib/chromium/chromium ]; then \
	  echo "installing chromium for the studio's browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends chromium; \
	fi

# Rebuild the planner's open vocabulary (src/kinema/plan/data/open_lexicon.tsv.gz) from WordNet and CC-CEDICT,
# then the jieba dictionary that holds its Chinese words (plan/data/jieba_words.bin).
lexicon: $(STAMP)
	$(BIN)/python tools/build_lexicon.py
	$(BIN)/python tools/build_segmenter.py

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python system-libs
	# torch first, pinned, so pip takes the CPU build on disk, never a CUDA one, for the neural extra
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[dev,neural,lexicon,ray]"
	@rm -f $(VENV)/.installed-*
	@touch $@

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
