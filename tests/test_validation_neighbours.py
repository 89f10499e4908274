"""Which other reports' figures a report's validation reads (``working_store``): blank nodes among a figure's
area, period or indicator are looked up, never written into a query's text."""

from __future__ import annotations

import pyoxigraph as ox

from provkg.core.namespaces import PK, XSD
from provkg.validate.engine import working_store

EX = "https://example.org/test/"
MINE, OTHER = ox.NamedNode(EX + "report/mine"), ox.NamedNode(EX + "report/other")
SCHOOLS, CLINICS = ox.NamedNode(EX + "indicator/schools"), ox.NamedNode(EX + "indicator/clinics")
NORTH, SOUTH = ox.NamedNode(EX + "area/north"), ox.NamedNode(EX + "area/south")
SPRING = ox.NamedNode(EX + "period/spring")
TRUE = ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))


def _figure(subject: ox.NamedNode | ox.BlankNode, graph: ox.NamedNode, indicator: object, area: object,
            period: object, *, running: bool = False) -> list[ox.Quad]:
    quads = [ox.Quad(subject, ox.NamedNode(PK + "indicator"), indicator, graph),
             ox.Quad(subject, ox.NamedNode(PK + "refArea"), area, graph),
             ox.Quad(subject, ox.NamedNode(PK + "refPeriod"), period, graph),
             ox.Quad(subject, ox.NamedNode(PK + "value"), ox.Literal("12", datatype=ox.NamedNode(XSD + "decimal")),
                     graph)]
    if running:
        quads.append(ox.Quad(subject, ox.NamedNode(PK + "cumulative"), TRUE, graph))
    return quads


def _others() -> list[ox.Quad]:
    """The other report: a figure of each area for the same indicator and period, and a running total."""
    return [*_figure(ox.NamedNode(EX + "obs/other-north"), OTHER, SCHOOLS, NORTH, SPRING),
            *_figure(ox.NamedNode(EX + "obs/other-south"), OTHER, SCHOOLS, SOUTH, SPRING),
            *_figure(ox.NamedNode(EX + "obs/other-clinics"), OTHER, CLINICS, NORTH,
                     ox.NamedNode(EX + "period/winter"), running=True)]


def _read_from_other(mine: list[ox.Quad]) -> set[str]:
    store = ox.Store()
    store.extend(mine + _others())
    work = working_store(store, MINE.value)
    return {q.subject.value for q in work.quads_for_pattern(None, None, None, OTHER)
            if isinstance(q.subject, ox.NamedNode)}


def test_iri_keys_read_the_same_area_and_period_and_running_totals() -> None:
    mine = [*_figure(ox.NamedNode(EX + "obs/mine-1"), MINE, SCHOOLS, NORTH, SPRING),
            *_figure(ox.NamedNode(EX + "obs/mine-2"), MINE, CLINICS, NORTH, SPRING, running=True)]
    assert _read_from_other(mine) == {EX + "obs/other-north", EX + "obs/other-clinics"}


def test_a_blank_node_period_is_no_query_syntax_error() -> None:
    # A period written inline (a blank node) beside one named period: the named one still finds its neighbour.
    mine = [*_figure(ox.NamedNode(EX + "obs/mine-1"), MINE, SCHOOLS, NORTH, ox.BlankNode()),
            *_figure(ox.NamedNode(EX + "obs/mine-2"), MINE, SCHOOLS, NORTH, SPRING)]
    assert _read_from_other(mine) == {EX + "obs/other-north"}
    # Only a blank period: nothing of the other report shares it.
    assert _read_from_other(_figure(ox.NamedNode(EX + "obs/mine-1"), MINE, SCHOOLS, NORTH, ox.BlankNode())) == set()


def test_a_blank_node_area_matches_no_other_area() -> None:
    # An area written inline is that area only, never a wildcard over every area's figures.
    mine = _figure(ox.NamedNode(EX + "obs/mine-1"), MINE, SCHOOLS, ox.BlankNode(), SPRING)
    assert _read_from_other(mine) == set()
    running = _figure(ox.NamedNode(EX + "obs/mine-2"), MINE, CLINICS, ox.BlankNode(), SPRING, running=True)
    assert _read_from_other(running) == set()
