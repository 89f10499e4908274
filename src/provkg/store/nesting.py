"""How deeply a SPARQL text nests its brackets, measured before any parser sees it.

Both parsers provkg runs recurse once per nesting level: pyoxigraph's overflows its stack (a segmentation fault,
killing the process) somewhere between 1,000 and 5,000 nested groups, rdflib's raises RecursionError past about 35.
So a text nested deeper than MAX_NESTING is refused up front. The count follows the SPARQL 1.1 terminals that
may contain a bracket without opening one: strings (all four quotings, with escapes), IRIs, comments, and
prefixed names with backslash escapes (``pk:a\\'`` is a name, not the start of a string).
"""

from __future__ import annotations

import re

from provkg.core.errors import InputError

MAX_NESTING = 30

_TOKENS = re.compile(
    r"""
    \#[^\n\r]*                                   # comment
  | \"\"\"(?:[^"\\]|\\.|"(?!""))*(?:\"\"\"|$)    # long strings, or an unterminated one up to the end
  | '''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)
  | "(?:[^"\\\n\r]|\\.)*"?                       # short strings (unterminated: up to the line end)
  | '(?:[^'\\\n\r]|\\.)*'?
  | <[^<>"{}|^`\\\x00-\x20]*>                    # IRIREF (a '<' followed by a space is the operator)
  | (?:[\w.\-:%?$]|\\.)+                         # names, variables, prefixed names with PN_LOCAL_ESC
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | .                                            # anything else, one character
    """,
    re.VERBOSE | re.DOTALL,
)


def nesting_depth(sparql: str) -> int:
    """The deepest nesting of ``{``, ``(`` and ``[`` in ``sparql``, outside strings, IRIs and comments."""
    depth = deepest = 0
    for match in _TOKENS.finditer(sparql):
        if match.group("open"):
            depth += 1
            deepest = max(deepest, depth)
        elif match.group("close"):
            depth = max(0, depth - 1)
    return deepest


def check_nesting(sparql: str, what: str = "query") -> None:
    """InputError when ``sparql`` nests deeper than MAX_NESTING (brackets of any kind)."""
    depth = nesting_depth(sparql)
    if depth > MAX_NESTING:
        raise InputError(
            f"the {what} nests {depth} brackets deep; at most {MAX_NESTING} are accepted: flatten it", what
        )
