"""The SPARQL endpoint, the query page and the linked-data pages."""
