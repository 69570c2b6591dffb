"""Ask the graph in SPARQL from Python: trial arms whose objective response rate exceeds a threshold.

The threshold is bound as a value (``min_orr=40``), never pasted into the query text, and the
same query runs on pyoxigraph (default) and rdflib.
Run: python examples/sparql_orr_threshold.py [BUILD_DIR]
"""
import sys

from kg.pipeline import build_graph
from kg.rdf.sparql import open_store, sparql

QUERY = """
SELECT DISTINCT ?trial ?regimen ?orr ?min_orr WHERE {
  ?arm crc:trial/rdfs:label ?trial ;
       crc:regimen/rdfs:label ?regimen ;
       crc:has_outcome ?o .
  ?o crc:metric "ORR" ; crc:value ?orr .
  FILTER NOT EXISTS { ?o crc:subgroup ?any }
  FILTER(?orr > ?min_orr)
}
ORDER BY DESC(?orr) ?trial ?regimen
"""


def main() -> None:
    source = sys.argv[1] if len(sys.argv) > 1 else build_graph()[0]
    store = open_store(source)
    rows = sparql(store, QUERY, min_orr=40)
    for row in rows:
        print(f"{row['orr']:>6}%  {row['trial']}: {row['regimen']}")
    assert rows and all(row["orr"] > 40 for row in rows)
    assert rows == sparql(open_store(source, "rdflib"), QUERY, min_orr=40)


if __name__ == "__main__":
    main()
