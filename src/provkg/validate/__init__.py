"""Validation: SHACL shapes compiled to SPARQL for the embedded store, pyshacl for the rest, and their findings."""
