# Two commands for a fresh machine (Python >= 3.11): `make build` and `make test`.
# Each creates .venv and installs the package (not editable) when sources change.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
SOURCES := pyproject.toml $(shell find kg builders ontology corpus -type f -not -name '*.pyc' 2>/dev/null)

$(STAMP): $(SOURCES)
	$(PY) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet '.[test]'
	touch $(STAMP)

.PHONY: build test clean ontology
build: $(STAMP)
	$(VENV)/bin/crckg build --out out

test: $(STAMP)
	$(VENV)/bin/python -m pytest

# Regenerate ontology/crc.ttl, ontology/shapes.ttl and kg/groups.py after editing ontology/schema.yaml.
ontology: $(STAMP)
	$(VENV)/bin/python -m kg.rdf.generate ontology
	$(VENV)/bin/python -m kg.schema kg/groups.py ontology/schema.yaml

clean:
	rm -rf $(VENV) out build *.egg-info
