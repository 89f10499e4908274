"""From sources (a report's text, a reviewed fact sheet) to report graphs in the store: build and ingest."""
