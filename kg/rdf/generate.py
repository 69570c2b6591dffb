"""Write ``crc.ttl`` (OWL) and ``shapes.ttl`` (SHACL) from ``schema.yaml`` in an ontology folder.

``make ontology`` runs ``python -m kg.rdf.generate ontology`` after ``ontology/schema.yaml`` changes;
the tests check that the committed files are current.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.atomic import write_atomic
from kg.rdf.ontology import ontology_turtle
from kg.rdf.shapes import shapes_turtle
from kg.resources import ontology_dir
from kg.schema import load_schema

OUTPUTS = {"crc.ttl": ontology_turtle, "shapes.ttl": shapes_turtle}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else ontology_dir()
    if not (folder / "schema.yaml").is_file():
        print(f"error: {folder / 'schema.yaml'} not found; pass the ontology folder", file=sys.stderr)
        return 2
    schema = load_schema(folder / "schema.yaml")
    for name, make in OUTPUTS.items():
        write_atomic(folder / name, make(schema))
        print(folder / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
