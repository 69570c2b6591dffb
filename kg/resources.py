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
    pure-Python safe loader. Both build the same plain data and raise ``yaml.YAMLError`` with the line,
    also for a key given twice in one mapping (YAML alone would keep the last one without a word).

    >>> read_yaml("a: 1\\nb: 2")
    {'a': 1, 'b': 2}
    >>> import yaml
    >>> try:
    ...     read_yaml("a: 1\\na: 2")
    ... except yaml.YAMLError as exc:
    ...     print(exc.problem, exc.problem_mark.line + 1)
    found duplicate key 'a' 2
    """
    import yaml

    return yaml.load(source, Loader=_unique_key_loader())  # noqa: S506 (a safe loader)


@lru_cache(maxsize=1)
def _unique_key_loader():
    """The chosen safe loader, refusing a key given twice in one mapping (built once, on first use)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader

    class UniqueKeyLoader(base):
        def construct_mapping(self, node, deep=False):
            seen = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise yaml.constructor.ConstructorError("while constructing a mapping", node.start_mark,
                                                            f"found duplicate key {key!r}", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep)

    return UniqueKeyLoader
