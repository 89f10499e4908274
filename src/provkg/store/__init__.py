"""The embedded knowledge store (pyoxigraph on disk, atomic generations) and running queries against it."""
