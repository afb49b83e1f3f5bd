# The two commands a fresh machine needs:  make report   and   make test
# Both create .venv (Python 3.11+, no conda needed), install pinned dependencies and the project,
# register the Jupyter kernel that report runs name, and compile the analysis modules (make native).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
KERNEL := framing-analysis
SAMPLE := seeds/palmyra_recaptured_skynews_2016.txt
OUT    ?= reports

.PHONY: install install-test native report test browser benchmark benchmark-corpus lab clean

$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (framing-analysis)"
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## Compile the attribution modules with mypyc (about 1.5 minutes, only when their sources changed);
## without a C compiler the Python sources serve, only slower.
native: install
	@$(BIN)/python -m analysis native build --if-stale || true

## Run the framing report on the sample article; prints the HTML's path.
report: native
	$(BIN)/python -m analysis report $(SAMPLE) --out $(OUT) --figures figures

## Chromium for the browser tests, from Debian (Playwright's own browser download is not used).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium not found and not root: browser tests will be skipped (install Debian's chromium)"; fi

## Every test, slow ones (whole notebooks, browser, real corpora) included.
test: install-test native browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup

benchmark: install-test native
	$(BIN)/python benchmarks/polnear_eval.py --split dev

## Speed and memory of corpus runs on the BBC corpus (about 3 minutes on 2 cores, compiled).
benchmark-corpus: native
	$(BIN)/python benchmarks/corpus_speed.py

lab: install
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) reports build *.egg-info analysis/*.so analysis/_native.json
