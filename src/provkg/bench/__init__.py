"""The benchmark (`provkg bench`), one module a job:

- :mod:`provkg.bench.corpus`: the synthetic national corpus (template, provinces and periods, report texts,
  planted inconsistencies) and its files;
- :mod:`provkg.bench.measure`: the measurement of provkg on a written corpus (bench queries, timings, findings
  against the plants);
- :mod:`provkg.bench.baseline`: the naive rdflib/pyshacl pipeline and its measurement;
- :mod:`provkg.bench.report`: running the whole bench, speed-ups, targets and the plain-text report.

Each imports only those before it. Nothing in the library imports the package but the `bench` command of the CLI.
"""
