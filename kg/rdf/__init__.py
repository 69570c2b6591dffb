"""The graph as RDF: its vocabulary (``terms``, ``namespaces``), the graph as triples (``mapping``, no
RDF library needed), RDF read back into a graph (``load``), the ontology and shapes, and SPARQL."""
