"""`provkg serve --endpoint URL`: the query page's queries answered by a server engine (issue 17).

A national deployment keeps its graph in a server engine (Virtuoso, an Oxigraph server) that `provkg push` loads.
With ``--endpoint``, the server's own ``/sparql`` forwards every query to that engine's query endpoint instead of
running it on the store, so the query page, the YASGUI editor, their download links and permalinks work unchanged.

Why forwarding rather than the browser calling the engine: the pages' queries rely on the provkg prefixes being
predeclared, which only this server does (they are sent ahead of the query, as `provkg query --endpoint` does);
the engine needs no CORS set-up; and the page keeps this server's bounds (query size, time limit, a bound on the
answer's size). Only queries are forwarded, never updates, to one URL fixed at start: this is not an open proxy.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from provkg.core.errors import InputError
from provkg.core.namespaces import sparql_prologue

# An answer bigger than this is refused (502) instead of being held in memory: the page shows it with a hint.
MAX_ANSWER_BYTES = 64 << 20
_DETAIL = 600  # characters of an engine's error message passed on


@dataclass(frozen=True)
class Forwarded:
    """The engine's answer as this server sends it on."""

    status: int
    content_type: str
    body: bytes


def check_endpoint(url: str) -> str:
    """``url`` if it is an http(s) URL with a host and no credentials, else an InputError naming what is wrong."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"--endpoint must be an http(s) URL of a SPARQL query endpoint, got {url!r}")
    if parts.username is not None:
        raise InputError("--endpoint must not carry user:password (the engine's query endpoint is read-only)")
    return url


def forward_query(endpoint: str, sparql: str, *, accept: str, timeout: float,
                  default_graphs: list[str] = (), named_graphs: list[str] = ()) -> Forwarded:
    """Send ``sparql`` (the provkg prefixes declared ahead of it) to ``endpoint`` as a SPARQL 1.1 Protocol form
    POST and return its answer; the engine's refusals keep their status (400 for a query it cannot parse),
    failures to reach it are 502, an answer past ``timeout`` seconds is 504."""
    fields = [("query", sparql_prologue() + sparql)]
    fields += [("default-graph-uri", iri) for iri in default_graphs]
    fields += [("named-graph-uri", iri) for iri in named_graphs]
    request = urllib.request.Request(
        endpoint, data=urlencode(fields).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_ANSWER_BYTES + 1)
            if len(body) > MAX_ANSWER_BYTES:
                return Forwarded(502, "text/plain; charset=utf-8",
                                 f"the answer of {endpoint} is larger than {MAX_ANSWER_BYTES >> 20} MB, the limit "
                                 "of this page: add a LIMIT\n".encode())
            return Forwarded(response.status, response.headers.get("Content-Type") or "application/octet-stream",
                             body)
    except urllib.error.HTTPError as error:
        detail = error.read(_DETAIL * 4).decode("utf-8", "replace").strip()[:_DETAIL]
        status = error.code if 400 <= error.code < 500 else 502
        return Forwarded(status, "text/plain; charset=utf-8",
                         f"{endpoint} answered HTTP {error.code} {error.reason}: {detail}\n".encode())
    except TimeoutError:
        return Forwarded(504, "text/plain; charset=utf-8",
                         f"{endpoint} did not answer within {timeout:g} s\n".encode())
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            return Forwarded(504, "text/plain; charset=utf-8",
                             f"{endpoint} did not answer within {timeout:g} s\n".encode())
        return Forwarded(502, "text/plain; charset=utf-8", f"cannot reach {endpoint}: {error.reason}\n".encode())
    except (ConnectionError, OSError) as error:  # the engine closed the connection mid-answer
        return Forwarded(502, "text/plain; charset=utf-8", f"{endpoint} broke off its answer: {error}\n".encode())
