"""The schema declared in ``ontology/schema.yaml``: categories, predicates and allowed triples."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from kg.resources import ontology_dir, read_yaml


class SchemaError(ValueError):
    """The schema file itself is inconsistent."""


@dataclass(frozen=True)
class Predicate:
    name: str
    biolink: str
    description: str
    domain: frozenset
    range: frozenset
    biolink_match: str = "close"


class Schema:
    """Categories, predicates and the (subject, predicate, object) category triples they allow.

    >>> s = load_schema()
    >>> s.allows("Alteration", "confers_resistance_to", "DrugClass")
    True
    >>> s.allows("Drug", "confers_resistance_to", "Gene")
    False
    """

    def __init__(self, data: dict):
        self.version = data.get("version", 1)
        self.namespace: str = data["namespace"]
        self.prefixes: dict[str, str] = dict(data["prefixes"])
        self.categories: dict[str, dict] = dict(data["categories"])
        self.qualifiers: dict = dict(data.get("qualifiers") or {})
        self.mechanism_taxonomy: dict = dict(data["mechanism_taxonomy"])
        self.study_kinds: dict = dict(data["study_kinds"])
        self.outcome_metrics: dict = dict(data["outcome_metrics"])
        self.node_attributes: dict[str, dict] = dict(data.get("node_attributes") or {})
        self.groups: dict[str, frozenset] = {}
        for name, cats in (data.get("groups") or {}).items():
            unknown = [c for c in cats if c not in self.categories]
            if unknown:
                raise SchemaError(f"group {name!r} names unknown category {unknown[0]!r}")
            self.groups[name] = frozenset(cats)
        self.rdf_properties: dict[str, dict] = dict(data.get("rdf_properties") or {})
        for name, spec in self.node_attributes.items():
            for cat in list(spec.get("domain", ())) + list(spec.get("range", ())):
                if cat not in self.categories:
                    raise SchemaError(f"node attribute {name!r} names unknown category {cat!r}")
        self.predicates: dict[str, Predicate] = {}
        for name, spec in data["predicates"].items():
            for cat in list(spec["domain"]) + list(spec["range"]):
                if cat not in self.categories:
                    raise SchemaError(f"predicate {name!r} names unknown category {cat!r}")
            self.predicates[name] = Predicate(
                name, spec["biolink"], spec["description"], frozenset(spec["domain"]), frozenset(spec["range"]),
                spec.get("biolink_match", "close"),
            )

    def allows(self, subject_category: str, predicate: str, object_category: str) -> bool:
        p = self.predicates.get(predicate)
        return p is not None and subject_category in p.domain and object_category in p.range

    def attribute_error(self, category: str, key: str) -> str | None:
        """Why a node of ``category`` may not carry attribute ``key`` (None when it may).

        >>> load_schema().attribute_error("Trial", "phase") is None
        True
        >>> load_schema().attribute_error("Gene", "phase")
        "attribute 'phase' is declared for Trial, not Gene"
        """
        spec = self.node_attributes.get(key)
        if spec is None:
            return f"unknown attribute {key!r}: declare it under node_attributes in ontology/schema.yaml"
        if category not in spec["domain"]:
            return f"attribute {key!r} is declared for {', '.join(spec['domain'])}, not {category}"
        return None

    def expand(self, curie: str) -> str | None:
        """The IRI of a CURIE whose prefix the schema declares (``prefixes``), else None.

        >>> load_schema().expand("HGNC:3430")
        'http://identifiers.org/hgnc/3430'
        >>> load_schema().expand("FOO:1") is None, load_schema().expand("no colon") is None
        (True, True)
        """
        prefix, colon, local = curie.partition(":")
        base = self.prefixes.get(prefix) if colon else None
        return None if base is None else base + local

    def biolink_category(self, category: str) -> str:
        return self.categories[category]["biolink"]

    def level_of(self, study_kind: str) -> str | None:
        """The evidence level (A-E) a kind of study supports; None for background knowledge, which is no study."""
        return self.study_kinds[study_kind].get("level")

    def rank_of(self, study_kind: str) -> int:
        return self.study_kinds[study_kind]["rank"]


@lru_cache(maxsize=4)
def _load(path: str) -> Schema:
    with open(path, encoding="utf-8") as handle:
        return Schema(read_yaml(handle))


def load_schema(path: Path | None = None) -> Schema:
    """Load (once) and return the schema; the packaged one when no path is given (cheap to call often)."""
    return _load(str(path)) if path else _packaged()


@lru_cache(maxsize=1)
def _packaged() -> Schema:
    return _load(str(ontology_dir() / "schema.yaml"))
