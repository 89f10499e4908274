"""`provkg export --format csv`: the figures as one tidy table, one row per figure, and its CSVW metadata.

Each thing a figure refers to (indicator, measure, unit, area, period) has its IRI, its code and its English and
Vietnamese labels in columns side by side, so the table reads in a spreadsheet, in pandas
(``pd.read_csv("figures.csv")``) or in R (``read.csv("figures.csv")``) without a join, and the IRIs lead back to
the graph. The metadata file (``<table>-metadata.json``, the name CSVW processors look for) describes each column
after the W3C "Metadata Vocabulary for Tabular Data".
"""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions

from provkg.store.store import KnowledgeStore

# What each column holds: (title, CSVW datatype)
COLUMNS = {
    "observation": ("IRI of the figure in the graph", "anyURI"),
    "report": ("Report id", "string"),
    "report_number": ("Document number of the report", "string"),
    "indicator": ("IRI of the indicator (empty: the figure is not linked to one)", "anyURI"),
    "indicator_code": ("Indicator code", "string"),
    "indicator_en": ("Indicator (English)", "string"),
    "indicator_vi": ("Indicator (Vietnamese)", "string"),
    "measure": ("IRI of the measure kind", "anyURI"),
    "measure_code": ("Measure kind code (value, change_pct, plan_pct, ...)", "string"),
    "measure_en": ("Measure kind (English)", "string"),
    "measure_vi": ("Measure kind (Vietnamese)", "string"),
    "value": ("Value as stated", "decimal"),
    "value_max": ("Upper bound of a range", "decimal"),
    "unit": ("IRI of the unit", "anyURI"),
    "unit_code": ("Unit code", "string"),
    "unit_en": ("Unit (English)", "string"),
    "unit_vi": ("Unit (Vietnamese)", "string"),
    "unit_text": ("Unit as written in the report", "string"),
    "area": ("IRI of the area", "anyURI"),
    "area_code": ("Area code", "string"),
    "area_en": ("Area (English)", "string"),
    "area_vi": ("Area (Vietnamese)", "string"),
    "period": ("IRI of the period", "anyURI"),
    "period_code": ("Period code (2020, 2020-H1, 2020-Q3, 2020-9M, 2020-06, 2019/2020, 2020-06-30)", "string"),
    "period_en": ("Period (English)", "string"),
    "period_vi": ("Period (Vietnamese)", "string"),
    "period_start": ("First day of the period", "date"),
    "period_end": ("Last day of the period", "date"),
    "status_code": ("Status: Actual, Estimate, Target or Forecast", "string"),
    "estimate": ("The report calls the figure an estimate", "boolean"),
    "subject": ("The phrase naming what is measured (Vietnamese)", "string"),
    "section": ("Section of the report", "string"),
    "text_start": ("Offset of the figure's first character in the report's text", "integer"),
    "text_end": ("Offset just after the figure", "integer"),
}


def tidy_rows(store: KnowledgeStore) -> list[dict[str, str]]:
    """The figures of the store, one dict per figure, keyed by the columns of COLUMNS (empty string if absent)."""
    sparql = (resources.files("provkg.publish") / "tidy.rq").read_text(encoding="utf-8")
    solutions = store.query(sparql)
    assert isinstance(solutions, QuerySolutions)
    rows = []
    for solution in solutions:
        row = {}
        for name in COLUMNS:
            term = solution[name]
            row[name] = term.value if isinstance(term, Literal | NamedNode) else ""
        rows.append(row)
    return rows


def tidy_csv(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def csvw_metadata(table_name: str) -> bytes:
    """CSVW metadata for the table written as ``table_name`` (a file name relative to the metadata file)."""
    columns = [
        {"name": name, "titles": title, "datatype": datatype, **({"null": ""} if datatype != "string" else {})}
        for name, (title, datatype) in COLUMNS.items()
    ]
    metadata = {
        "@context": "http://www.w3.org/ns/csvw",
        "url": table_name,
        "dc:title": "Figures of provincial socio-economic reports (provkg)",
        "dc:description": "One row per figure stated in a report, with the IRIs, codes and labels of what it names.",
        "dialect": {"header": True, "encoding": "utf-8"},
        "tableSchema": {"columns": columns, "primaryKey": "observation", "aboutUrl": "{+observation}"},
    }
    return (json.dumps(metadata, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def export_tidy(store: KnowledgeStore, output: Path | None) -> tuple[bytes, int]:
    """The tidy CSV (returned) and, when ``output`` is a file name, its metadata written beside it as
    ``<output>-metadata.json``; the number of rows."""
    rows = tidy_rows(store)
    body = tidy_csv(rows)
    if output is not None:
        metadata = output.with_name(output.name + "-metadata.json")
        metadata.write_bytes(csvw_metadata(output.name))
    return body, len(rows)


