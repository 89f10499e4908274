"""The benchmark: synthetic national corpus, naive baseline, measurement and report.

Nothing in the library imports it."""
