# Two commands do everything on a fresh clone: `make play` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: install install-test play test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps are rebuilt when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# Bytecode written ahead: where PYTHONDONTWRITEBYTECODE is set (many container images),
# every run would otherwise compile quizgen's modules again: about a sixth of a cold start.
# Quick when nothing changed, so it runs each time and follows a `git pull`.
install: $(VENV)/.installed
	$(BIN)/python -m compileall -q quizgen

install-test: $(VENV)/.installed-test
	$(BIN)/python -m compileall -q quizgen

play: install
	$(BIN)/quizgen play

test: install-test
	$(BIN)/ruff check quizgen tests benchmarks fuzz
	$(BIN)/python -m pytest
	$(BIN)/python -m benchmarks --smoke

bench: install-test
	$(BIN)/python -m benchmarks $(if $(GOLD),--gold $(GOLD),)

clean:
	rm -rf $(VENV) build *.egg-info
