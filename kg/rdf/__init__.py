"""The graph as RDF: vocabulary, mapping to and from rdflib graphs, ontology, shapes and SPARQL."""
