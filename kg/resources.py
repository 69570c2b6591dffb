"""Where the packaged ontology and bundled corpus live (installed or in a checkout)."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    """Directory holding ``schema.yaml`` and ``vocab/`` (package data of ``ontology``; looked up once)."""
    return Path(str(files("ontology")))


def bundled_corpus_dir() -> Path:
    """Directory of the five bundled articles.

    Installed, they are package data at ``kg/corpus``; in a source checkout they
    are the top-level ``corpus/`` folder.
    """
    installed = Path(str(files("kg"))) / "corpus"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "corpus"


def read_yaml(source):
    """Parse YAML text or an open file with libyaml's safe loader when PyYAML has it (ten times faster
    than the pure-Python one; the vocabularies and rule tables are read at every build), else the
    pure-Python safe loader. Both build the same plain data and raise ``yaml.YAMLError`` with the line."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    return yaml.load(source, Loader=loader)  # noqa: S506 (a safe loader)
