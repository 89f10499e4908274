"""Reference data: the ontology and its concept schemes, loaded from one place."""
