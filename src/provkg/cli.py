"""The `provkg` command line: thin wrappers around library functions.

Each command parses options, calls one library function and prints the result. provkg.core.errors.InputError from
any command becomes its message on stderr and exit code 2.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from provkg import __version__
from provkg.core.errors import InputError


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

    from provkg.pipeline.build import build as build_store

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
@click.argument("source", required=False)
@STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "tsv", "xml"]), default="table",
              show_default=True, help="table: aligned text; json, xml, csv, tsv: SPARQL 1.1 results formats.")
@click.option("--endpoint", default=None, help="Run the query on a remote SPARQL endpoint instead of the store.")
@click.option("--lang", type=click.Choice(["en", "vi"]), default=None,
              help="Language of the labels of a query that chooses one (every query of queries/; default en).")
@click.option("--list", "list_only", is_flag=True, help="List the named queries of queries/ with their questions.")
@click.option("--iris", is_flag=True, help="Show the IRI columns in the table too.")
def query(source: str | None, store_dir: Path, fmt: str, endpoint: str | None, lang: str | None, list_only: bool,
          iris: bool) -> None:
    """Run SOURCE: a .rq file, the NAME of a query in queries/, or SPARQL text (--list: the named queries)."""
    from provkg.store.query import format_table, list_queries, resolve_query, run_query, with_language

    if list_only:
        sys.stdout.write(list_queries())
        return
    if not source:
        raise InputError("give a query: a .rq file, the NAME of a query (see --list), or SPARQL text")
    sparql = resolve_query(source)
    if lang:
        sparql = with_language(sparql, lang)
    if endpoint:
        from provkg.publish.remote import remote_query

        table = remote_query(endpoint, sparql)
    else:
        from provkg.store.store import KnowledgeStore

        store = KnowledgeStore.open(store_dir, read_only=True)
        try:
            with store.failures():  # a damaged block may surface while results are read
                table = run_query(store, sparql)
        finally:
            store.close()
    sys.stdout.write(format_table(table, fmt, iris))


# -- commands of the other concerns are registered below, one block each --


@main.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("build/docs"),
              show_default=True, help="Folder to write index.html into.")
def docs(out_dir: Path) -> None:
    """Write the HTML documentation of the ontology and reference data."""
    from provkg.publish.ontodoc import write_docs

    path = write_docs(out_dir)
    click.echo(f"wrote {path}")


def _period_code(value: str | None) -> str | None:
    """A period option checked before any work: a bad code is a usage error (exit 2), never a traceback."""
    if value is None:
        return None
    from provkg.core.periods import parse_period

    try:
        return parse_period(value).code
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


@main.command()
@click.argument("report", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of stdout.")
@click.option("--period", "period", default=None, callback=lambda _ctx, _param, value: _period_code(value),
              help="Report period code, e.g. 2020-H1, 2020-9M, 2020 (default: read from the header).")
@click.option("--unmapped", is_flag=True, help="List only the figures not linked to an indicator.")
def extract(report: Path, fmt: str, output: Path | None, period: str | None, unmapped: bool) -> None:
    """Figures found in a report (.txt, .docx, .pdf), as a fact sheet (CSV) or JSON Lines."""
    from provkg.extract.extractor import extract as extract_figures
    from provkg.pipeline.factsheet import write_factsheet, write_jsonl
    from provkg.read.reading import read_report

    notices: list[str] = []
    result = extract_figures(read_report(report, notices), report_period=period)
    for notice in notices:
        click.echo(f"notice: {notice}", err=True)
    figures = result.unmapped if unmapped else result.figures
    write = write_factsheet if fmt == "csv" else write_jsonl
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


@main.command("eval")
@click.option("--role", type=click.Choice(["heldout", "dev", "all"]), default="heldout", show_default=True,
              help="Which reports of the corpus manifest to score (fixtures never are).")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The corpus folder (default: corpus/ of the checkout).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--details", is_flag=True, help="List each figure-level mismatch (dev reports only).")
@click.option("--no-validate", is_flag=True, help="Score extraction only, without validating the reports.")
def eval_command(role: str, corpus_dir: Path | None, as_json: bool, details: bool, no_validate: bool) -> None:
    """Score extraction and validation against the corpus's gold sheets: recall, precision, field accuracies,
    sign errors, unlinked figures, planted inconsistencies caught and false findings; totals are micro-averages.
    Held-out reports are shown as totals only."""
    from provkg.evaluate.report import evaluate, to_json, to_text

    result = evaluate(role, corpus_dir, details=details, validate=not no_validate,
                      progress=lambda line: click.echo(line, err=True))
    click.echo(to_json(result) if as_json else to_text(result))


@main.command()
@click.argument("indicator")
@STORE_OPTION
@click.option("--area", "areas", multiple=True, metavar="CODE",
              help="Only this area (a code of ontology/areas.ttl, e.g. dien-bien); repeatable. Default: every area.")
@click.option("--measure", default=None, help="Measure kind (value, change_pct, plan_pct, ...). Default: value.")
@click.option("--lang", type=click.Choice(["en", "vi"]), default="en", show_default=True, help="Language of labels.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write: .svg, or .png (the same SVG drawn by CairoSVG).")
def chart(indicator: str, store_dir: Path, areas: tuple[str, ...], measure: str | None, lang: str,
          output: Path) -> None:
    """Draw INDICATOR (a code like food-output) over periods, one line per area, as SVG or PNG: the indicator page's
    chart."""
    from provkg.publish.chart import png_chart, store_chart, svg_chart
    from provkg.store.store import KnowledgeStore

    kind = output.suffix.lower()
    if kind not in (".svg", ".png"):
        raise InputError(f"{output}: expected a .svg or .png file name")
    with KnowledgeStore.open(store_dir, read_only=True) as store:
        drawn = store_chart(store, indicator, list(areas) or None, measure, lang=lang)
    if kind == ".svg":
        output.write_text(svg_chart(drawn), encoding="utf-8")
    else:
        output.write_bytes(png_chart(drawn))
    progress(f"wrote {output}: {drawn.points} point(s) of {len(drawn.series)} area(s), "
             f"{drawn.measure_label} ({drawn.unit_label})")


@main.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=7879, show_default=True, type=click.IntRange(0, 65535))
@click.option("--workers", default=None, type=click.IntRange(1, 64), help="Query worker processes (default: 2-4).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1), help="Query time limit, s.")
@click.option("--max-results", default=100_000, show_default=True, type=click.IntRange(1),
              help="Most rows or triples a query may return.")
@click.option("--update-token", envvar="PROVKG_UPDATE_TOKEN", default=None,
              help="Enable SPARQL Update for requests with `Authorization: Bearer TOKEN` (env PROVKG_UPDATE_TOKEN).")
@click.option("--allow-service", multiple=True, metavar="HOST[:PORT]",
              help="A host that SERVICE (and LOAD) may contact; repeatable. Default: none.")
@click.option("--cors", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Origin allowed to call the endpoint from a browser ('*' for any); repeatable. Default: none.")
@click.option("--log", "log_requests", is_flag=True, help="Log every request to stderr.")
@click.option("--in-memory", is_flag=True,
              help="Each worker answers from a copy of the store in RAM: queries joining many figures run about 2.4x "
                   "faster; needs about 0.47 KB per triple per worker and ~6 s per million triples to start.")
@click.option("--texts", "texts_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of report texts (.txt) for the annotated reports; repeatable (default: ../shared/seeds).")
@click.option("--memory-limit", default=1024, show_default=True, type=click.IntRange(0), metavar="MB",
              help="Memory a query worker may use above its footprint with the store open (in memory: its copy); "
                   "a query past it is stopped with 503. 0: no bound.")
@click.option("--max-waiting", default=None, type=click.IntRange(1),
              help="Queries that may wait for a free worker; more are answered 503 with Retry-After "
                   "(default: 8 per worker).")
@click.option("--idle-timeout", default=20.0, show_default=True, type=click.FloatRange(0.5),
              help="Seconds a connection may stay silent (or take to send its body) before it is closed.")
@click.option("--no-network-wall", is_flag=True,
              help="Do not install the seccomp filter that keeps query workers off the network (it is off anyway "
                   "with --allow-service); for systems without libseccomp.")
@click.option("--endpoint", default=None, metavar="URL",
              help="A server engine's SPARQL query endpoint (Virtuoso: http://HOST:8890/sparql) that answers the "
                   "queries of /sparql and the query page instead of the store (docs/deployment.md).")
def serve(store_dir: Path, host: str, port: int, workers: int | None, timeout: float, max_results: int,
          update_token: str | None, allow_service: tuple[str, ...], cors_origins: tuple[str, ...],
          log_requests: bool, in_memory: bool, texts_dirs: tuple[Path, ...], memory_limit: int,
          max_waiting: int | None, idle_timeout: float, no_network_wall: bool, endpoint: str | None) -> None:
    """Serve the store: SPARQL 1.1 Protocol at /sparql, a query page at /, linked data for the graph's IRIs."""
    from provkg.core.paths import default_texts_dirs
    from provkg.serve.server import ServeOptions
    from provkg.serve.server import serve as run_server

    options = ServeOptions(
        host=host, port=port, timeout=timeout, max_results=max_results, update_token=update_token or None,
        allow_service=frozenset(allow_service), cors_origins=cors_origins, log_requests=log_requests,
        in_memory=in_memory, texts_dirs=tuple(texts_dirs) or tuple(default_texts_dirs()),
        memory_limit=(memory_limit << 20) or None, max_waiting=max_waiting,
        idle_timeout=idle_timeout, network_wall=not no_network_wall, endpoint=endpoint,
        **({"workers": workers} if workers else {}),
    )
    run_server(store_dir, options, announce=progress)


@main.command()
@STORE_OPTION
@click.option("--format", "fmt", type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "csv"]),
              default="turtle", show_default=True,
              help="csv: one row per figure with IRIs, codes and labels (with -o, CSVW metadata beside it).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of stdout.")
@click.option("--graph", default=None, metavar="IRI", help="Export only this named graph.")
@click.option("--cube", is_flag=True,
              help="Export the observations as an RDF Data Cube dataset (checked against IC-1..IC-21).")
def export(store_dir: Path, fmt: str, output: Path | None, graph: str | None, cube: bool) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD (triple formats merge the named graphs),
    or the figures as a tidy CSV table."""
    import io

    from provkg.publish.export import export_cube, export_store
    from provkg.store.store import KnowledgeStore

    if fmt == "csv":
        from provkg.publish.tidy import export_tidy

        if cube or graph:
            raise InputError("--format csv writes every figure of the store: it takes neither --cube nor --graph")
        with KnowledgeStore.open(store_dir, read_only=True) as store:
            body, rows = export_tidy(store, output)
        if output:
            output.write_bytes(body)
            progress(f"wrote {rows} figures to {output} and its CSVW metadata to {output}-metadata.json")
        else:
            sys.stdout.buffer.write(body)
            sys.stdout.flush()
        return
    store = KnowledgeStore.open(store_dir, read_only=True)
    buffer = io.BytesIO()  # nothing is written when the export fails
    try:
        with store.failures():
            count = export_cube(store, fmt, buffer) if cube else export_store(store, fmt, buffer, graph)
    finally:
        store.close()
    if output:
        output.write_bytes(buffer.getvalue())
        progress(f"wrote {count} {'quads' if fmt in ('nquads', 'trig', 'jsonld') else 'triples'} to {output}")
    else:
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.flush()


@main.command()
@click.option("--endpoint", required=True,
              help="Graph Store Protocol URL (Oxigraph: http://HOST:7878/store) or, with --protocol update, "
                   "a SPARQL Update URL (http://HOST:7878/update).")
@STORE_OPTION
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True)
@click.option("--graph", "graphs", multiple=True, metavar="IRI", help="Push only this named graph; repeatable.")
@click.option("--token", envvar="PROVKG_PUSH_TOKEN", default=None, help="Bearer token for the remote store.")
@click.option("--user", envvar="PROVKG_PUSH_USER", default=None,
              help="User name, answered to the server's Basic or Digest challenge (Virtuoso: the -auth endpoints).")
@click.option("--password", envvar="PROVKG_PUSH_PASSWORD", default=None,
              help="Password of --user (better from $PROVKG_PUSH_PASSWORD than on the command line).")
def push(endpoint: str, store_dir: Path, protocol: str, graphs: tuple[str, ...], token: str | None,
         user: str | None, password: str | None) -> None:
    """Load the named graphs into a remote SPARQL 1.1 store, replacing each graph pushed before."""
    from provkg.publish.remote import push as push_graphs
    from provkg.store.store import KnowledgeStore

    store = KnowledgeStore.open(store_dir, read_only=True)
    try:
        summary = push_graphs(store, endpoint, protocol=protocol, graphs=graphs or None, token=token, user=user,
                              password=password, progress=progress)
    finally:
        store.close()
    click.echo(f"pushed {len(summary.graphs)} graph(s), {summary.triples} triples to {summary.endpoint} "
               f"in {summary.seconds:.2f} s")


@main.command()
@click.option("--reports", "n", type=click.IntRange(min=1), required=True, help="Number of synthetic reports.")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write every measurement (incl. provkg/baseline ratios) to this JSON file.")
@click.option("--seed", type=int, default=1, show_default=True, help="Seed of the corpus and of its planted errors.")
@click.option("--baseline-max", type=click.IntRange(min=0), default=2, show_default=True,
              help="Run the naive baseline side by side on min(N, this) reports; 0 skips it.")
@click.option("--template", "templates", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Fact sheet(s) whose structure the corpus follows (default: the reviewed seed sheet).")
@click.option("--repeats", type=click.IntRange(min=1), default=20, show_default=True,
              help="Timed runs of each query for p50/p95.")
@click.option("--validation-timeout", type=click.FloatRange(min=1), default=900, show_default=True,
              help="Seconds after which provkg's validation of the whole store is stopped and reported as not "
                   "finished.")
@click.option("--baseline-validation-timeout", type=click.FloatRange(min=1), default=300, show_default=True,
              help="The same for each of the baseline's pyshacl runs (new report with its neighbours, whole graph).")
@click.option("--servers", is_flag=True,
              help="Also push the store into an Oxigraph server and Virtuoso (started on 127.0.0.1) and time the "
                   "queries there, side by side with the embedded store.")
def bench(n: int, json_file: Path | None, seed: int, baseline_max: int, templates: tuple[Path, ...],
          repeats: int, validation_timeout: float, baseline_validation_timeout: float, servers: bool) -> None:
    """Generate a synthetic corpus of N reports and measure build, ingest, validation, queries and memory."""
    import json

    from provkg.bench.report import format_results, run_bench

    result = run_bench(n, seed=seed, baseline_max=baseline_max, template_paths=list(templates) or None,
                       repeats=repeats, validation_limit=validation_timeout,
                       baseline_validation_limit=baseline_validation_timeout, progress=progress, servers=servers)
    sys.stdout.write(format_results(result))
    if json_file:
        json_file.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        progress(f"wrote {json_file}")


@main.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@STORE_OPTION
@click.option("--force", is_flag=True, help="Load reports even when validation finds violations.")
@click.option("--replace", is_flag=True,
              help="Replace a report already loaded from another text (also a reviewed one); the new graph records "
                   "the replaced text with prov:wasRevisionOf.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome of each report as JSON.")
def ingest(reports: tuple[Path, ...], store_dir: Path, force: bool, replace: bool, as_json: bool) -> None:
    """Extract, map, validate and load REPORTS (.txt, .docx, .pdf), atomically per report.

    A report with violations is refused (exit code 1) unless --force; warnings never block. A report already
    loaded from another text is refused (exit code 2, naming what changed) unless --replace; the same text again
    changes nothing.
    """
    import json

    from provkg.pipeline.ingest import ingest as ingest_reports

    outcomes = ingest_reports(list(reports), store_dir, force=force, replace=replace, progress=progress)
    if as_json:
        fields = ("report_id", "figures", "mapped", "unmapped", "non_figures", "violations", "warnings", "loaded",
                  "unchanged", "replaced")
        click.echo(json.dumps([{key: getattr(o, key) for key in fields} | {"path": str(o.path)} for o in outcomes],
                              indent=1))
    else:
        loaded = sum(o.loaded for o in outcomes)
        click.echo(f"ingested {loaded} of {len(outcomes)} report(s) into {store_dir}")
    if not all(o.loaded for o in outcomes):
        sys.exit(1)


@main.command()
@click.argument("reports", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["indicator", "unit", "project"]),
              help="List only candidates of this kind; repeatable (default: all).")
@click.option("--known", "include_known", is_flag=True, help="Also list projects the reference data already holds.")
def curate(reports: tuple[Path, ...], fmt: str, kinds: tuple[str, ...], include_known: bool) -> None:
    """List what REPORTS (.txt, .docx, .pdf) need from the reference data: candidate indicators, units and
    projects with every occurrence, for a curator to confirm, merge or rename (docs/curation.md). Nothing is
    stored."""
    from provkg.pipeline.curate import curate as find_candidates
    from provkg.pipeline.curate import to_csv, to_json, to_text

    candidates = find_candidates(list(reports), include_known=include_known, progress=progress)
    if kinds:
        candidates = [c for c in candidates if c.kind in kinds]
    click.echo({"json": to_json, "csv": to_csv, "text": to_text}[fmt](candidates), nl=False)


@main.command()
@click.argument("source", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Validate the reports in this store; with SOURCE, validate SOURCE against the store's reports.")
@click.option("--report", "report_id", default=None, help="With --store alone: validate only this report id.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "turtle"]), default="text", show_default=True)
@click.option("--engine", type=click.Choice(["fast", "pyshacl"]), default="fast", show_default=True,
              help="fast: the shapes as SPARQL on Oxigraph; pyshacl: the reference SHACL validator (slow).")
def validate(source: Path | None, store_dir: Path | None, report_id: str | None, fmt: str, engine: str) -> None:
    """Validate a REPORT (.txt, .docx, .pdf), a FACTSHEET (.csv) or a --store against the SHACL shapes.

    Exit code 0 when there is no violation (warnings allowed), 1 with violations, 2 for unusable input.
    """
    from provkg.pipeline.sources import validate_source

    if source is not None and report_id is not None:
        raise InputError("--report selects a report of --store; it cannot be combined with a SOURCE file")
    outcome = validate_source(source, store_dir=store_dir, report_id=report_id, engine=engine, progress=progress)
    for warning in outcome.warnings:
        click.echo(f"{source}: warning: {warning}", err=True)
    result = outcome.result
    if fmt == "json":
        click.echo(result.to_json())
    elif fmt == "turtle":
        sys.stdout.write(result.to_turtle())
    else:
        sys.stdout.write(result.to_text(outcome.text))
    sys.exit(0 if result.conforms else 1)
