# Every target creates .venv and installs when missing, so a fresh clone needs only `make run`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MANIFEST := dbt_project/target/manifest.json
export DAGSTER_HOME := $(CURDIR)/.dagster_home
export DO_NOT_TRACK := 1
# The venv's dbt must be the one Dagster finds (dagster-dbt runs `dbt parse` under `dagster dev`).
export PATH := $(CURDIR)/$(BIN):$(PATH)
ARTICLES ?= 10000

.PHONY: run test dev eval eval-probes lint bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

$(MANIFEST): $(STAMP) $(shell find dbt_project -name '*.sql' -o -name '*.yml' | grep -v target/)
	cd dbt_project && ../$(BIN)/dbt parse --quiet
	touch $(MANIFEST)

$(DAGSTER_HOME)/dagster.yaml: dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp dagster.yaml $(DAGSTER_HOME)/dagster.yaml

run: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pipelines.run --quiet

lint: $(MANIFEST)
	$(BIN)/ruff check pipelines tests
	$(BIN)/ruff format --check pipelines tests
	$(BIN)/sqlfluff lint dbt_project --processes 1

test: lint $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pytest

# Run from DAGSTER_HOME so Dagster reads the dagster.yaml copied there (telemetry off, pools),
# and silence only its notice that `dagster dev` has a successor CLI (`dg dev`).
dev: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	cd $(DAGSTER_HOME) && \
	PYTHONWARNINGS="ignore::FutureWarning:click.core" \
	$(CURDIR)/$(BIN)/dagster dev -m pipelines.definitions -d $(CURDIR) -h 127.0.0.1

eval: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pipelines.evaluate --gold ../shared/gold/seeds.json

# The eleven probe sets in tests/probe/ (invented articles in other outlets' styles, annotated
# before the extractor was run on them); see the README for what they are and are not.
eval-probes: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	for set in tests/probe/set1 tests/probe/set2 tests/probe/set3 tests/probe/set4 tests/probe/set5 tests/probe/set6 tests/probe/set7 tests/probe/set8 tests/probe/set9 tests/probe/set10 tests/probe/set11; do \
		$(BIN)/python -m pipelines.evaluate --gold $$set/gold.json --articles $$set/articles; \
	done

clean:
	rm -rf $(VENV) dbt_project/target dbt_project/logs $(DAGSTER_HOME)

bench: $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/python -m pipelines.bench --articles $(ARTICLES) $(if $(FROM),--from $(FROM))
