"""Publishing the graph: export files, the RDF Data Cube, pushing to a remote store, ontology documentation."""
