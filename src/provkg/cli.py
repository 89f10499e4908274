"""The `provkg` command line: thin wrappers around library functions.

Each command parses options, calls one library function and prints the result. provkg.errors.InputError from
any command becomes its message on stderr and exit code 2.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from provkg import __version__
from provkg.errors import InputError


class _Group(click.Group):
    """Maps unusable input to exit code 2 with a one-place message, for every command."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except InputError as exc:
            click.echo(f"provkg: error: {exc}", err=True)
            ctx.exit(2)


def default_store() -> Path:
    return Path(os.environ.get("PROVKG_STORE", "store"))


STORE_OPTION = click.option(
    "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=default_store,
    show_default="./store or $PROVKG_STORE", help="Folder of the embedded store.",
)


def progress(message: str) -> None:
    click.echo(message, err=True)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provkg")
def main() -> None:
    """provkg: a validated RDF knowledge graph of provincial socio-economic reports."""


@main.command()
@STORE_OPTION
@click.option("--data", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Folder with reports.csv and factsheets/ (default: the checkout's data/).")
@click.option("--texts", "texts_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder(s) holding report texts, for quotes (default: ../shared/seeds).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def build(store_dir: Path, data: Path | None, texts_dirs: tuple[Path, ...], as_json: bool) -> None:
    """Build the graph from the bundled ontology, reference data and reviewed fact sheets."""
    import json
    from dataclasses import asdict

    from provkg.build import build as build_store

    summary = build_store(store_dir, data, list(texts_dirs) or None, progress=progress)
    if as_json:
        click.echo(json.dumps(asdict(summary), indent=1))
        return
    click.echo(
        f"built {store_dir}: {summary.reports} report(s), {summary.figures} figures ({summary.mapped} mapped to an "
        f"indicator), {summary.statements} statements, {summary.triples} triples in {summary.seconds:.2f} s"
    )
    for report_id in summary.without_text:
        click.echo(f"warning: text of {report_id} not found: observations carry no quotes", err=True)


@main.command()
@click.argument("source")
@STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "tsv"]), default="table",
              show_default=True)
@click.option("--endpoint", default=None, help="Run the query on a remote SPARQL endpoint instead of the store.")
def query(source: str, store_dir: Path, fmt: str, endpoint: str | None) -> None:
    """Run SOURCE: a .rq file, the NAME of a query in queries/, or SPARQL text."""
    from provkg.query import format_table, resolve_query, run_query

    sparql = resolve_query(source)
    if endpoint:
        from provkg.remote import remote_query

        table = remote_query(endpoint, sparql)
    else:
        from provkg.store import KnowledgeStore

        store = KnowledgeStore.open(store_dir, read_only=True)
        try:
            table = run_query(store, sparql)
        finally:
            store.close()
    sys.stdout.write(format_table(table, fmt))


# -- commands of the other concerns are registered below, one block each --


@main.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("build/docs"),
              show_default=True, help="Folder to write index.html into.")
def docs(out_dir: Path) -> None:
    """Write the HTML documentation of the ontology and reference data."""
    from provkg.ontodoc import write_docs

    path = write_docs(out_dir)
    click.echo(f"wrote {path}")


@main.command()
@click.argument("report", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of stdout.")
@click.option("--period", "period", default=None, help="Report period code (default: read from the header).")
@click.option("--unmapped", is_flag=True, help="List only the figures not linked to an indicator.")
def extract(report: Path, fmt: str, output: Path | None, period: str | None, unmapped: bool) -> None:
    """Figures found in a report (.txt, .docx, .pdf), as a fact sheet (CSV) or JSON Lines."""
    from provkg.extract import extract as extract_figures
    from provkg.extract import write_csv, write_jsonl
    from provkg.reading import read_report

    result = extract_figures(read_report(report), report_period=period)
    figures = result.unmapped if unmapped else result.figures
    write = write_csv if fmt == "csv" else write_jsonl
    if output:
        with output.open("w", encoding="utf-8", newline="") as out:
            write(figures, out)
    else:
        write(figures, sys.stdout)
    mapped = len(result.figures) - len(result.unmapped)
    click.echo(
        f"{report}: period {result.report_period}, {len(result.figures)} figures ({mapped} mapped, "
        f"{len(result.unmapped)} unmapped), {len(result.non_figures)} non-figures", err=True,
    )
