# The two commands: `make run` (serve the demo site with one task worker beside it)
# and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo static test-deps lint clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py make_renditions

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

demo: migrate
	$(PY) manage.py demo

run: demo static
	@echo ""
	@echo "  The journal is at http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/  (logins above)"
	@echo "  One task worker runs beside it (emails); Ctrl-C stops both."
	@echo ""
	$(PY) manage.py db_worker --no-reload --interval 0.2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT; \
	$(PY) manage.py runserver $(HOST):$(PORT)

# Browser tests need Debian's Chromium and the shared-cache tests Varnish with
# its xkey vmod; install them when we can (CI runs as root).
test-deps:
	@{ test -x /usr/bin/chromium && test -x /usr/sbin/varnishd; } || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      chromium varnish varnish-modules) >/dev/null; \
	  else echo "Chromium or Varnish missing and not root: their tests will be skipped"; fi; }

test: install test-deps
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) staticfiles
