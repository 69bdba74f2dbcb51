# Two commands: `make run` and `make test`. Both build .venv with uv from uv.lock.
PYTHON ?= python3
UV := $(PYTHON) -m uv
VENV := .venv
STAMP := $(VENV)/.synced

.PHONY: run test test-app bench-app venv demo clean system-packages

venv: $(STAMP)

$(STAMP): pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet --disable-pip-version-check uv
	$(UV) sync --frozen
	@touch $@

demo: $(STAMP)
	$(VENV)/bin/regimpact demo --if-empty

run: demo
	$(VENV)/bin/streamlit run app.py --server.port 8501 --server.headless true --browser.gatherUsageStats false

system-packages:
	@scripts/ensure-system-packages.sh

test: $(STAMP) system-packages
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest

# The app's tests alone (AppTest and the browser test, which also refreshes docs/screenshots/).
test-app: $(STAMP) system-packages
	$(VENV)/bin/pytest tests/app

bench-app: $(STAMP) system-packages
	$(VENV)/bin/python bench/app_speed.py

clean:
	rm -rf $(VENV) .pytest_cache
