"""Vietnamese number notation: number tokens, their values, scale words and compound money.

Reports write `.` as the thousands mark and `,` as the decimal mark (`5.335,4` = 5335.4, `122.010` = 122010).
Writers slip: a `.` not followed by exactly three digits (`646.2 tỷ`) is read as a decimal mark and flagged
ambiguous, so a curator can check it. Leading zeros (`03 hộ`) are kept as plain counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# A digit run with inner separators; a separator must be followed by a digit, so a full stop that ends a
# sentence ("52 ha.") is not taken in.
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_DECIMAL = re.compile(r"\d+,\d+")
_PLAIN = re.compile(r"\d+")

# Scale words and their factors (powers of ten); "nghìn tỷ" = 10^12.
SCALES: dict[str, int] = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}


@dataclass(frozen=True)
class ParsedNumber:
    """The value of a number token as written, and why it may be misread (``None`` when it is clear)."""

    value: Decimal
    ambiguous: str | None = None


def parse_number(token: str) -> ParsedNumber:
    """Value of a Vietnamese-notation number token (``5.335,4`` → 5335.4).

    Raises ValueError for a string that is not a number token.
    """
    if _PLAIN.fullmatch(token):
        return ParsedNumber(Decimal(token))
    if _THOUSANDS.fullmatch(token):
        return ParsedNumber(Decimal(token.replace(".", "")))
    if _THOUSANDS_DECIMAL.fullmatch(token):
        return ParsedNumber(Decimal(token.replace(".", "").replace(",", ".")))
    if _DECIMAL.fullmatch(token):
        return ParsedNumber(Decimal(token.replace(",", ".")))
    if re.fullmatch(r"\d+\.\d+", token):
        # "646.2": a dot not followed by three digits reads as an English decimal mark.
        return ParsedNumber(Decimal(token), f"'{token}' uses '.' as a decimal mark; read as {token}")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
        as_thousands = token.replace(",", "")
        return ParsedNumber(Decimal(as_thousands), f"'{token}' uses ',' as a thousands mark; read as {as_thousands}")
    if NUMBER_RE.fullmatch(token):
        # Mixed marks in an unusual order: keep the last mark as the decimal mark and say so.
        head, mark, tail = max(token.rpartition("."), token.rpartition(","), key=lambda p: len(p[0]))
        digits = re.sub(r"[.,]", "", head) + "." + tail
        return ParsedNumber(Decimal(digits), f"'{token}' mixes marks; read as {digits}")
    raise ValueError(f"not a number token: {token!r}")


@dataclass(frozen=True)
class Compound:
    """A compound amount such as ``5.595 tỷ 300 triệu đồng``: its value in the first scale word's unit."""

    value: Decimal
    unit_text: str
    end: int


_COMPOUND_RE = re.compile(
    r"\s*(nghìn tỷ|ngàn tỷ|tỷ|tỉ|triệu)\s+(\d{1,3})\s+(triệu|nghìn|ngàn)(?:\s+(đồng|USD))?(?![\wÀ-ỹ])"
)


def compound_amount(text: str, token_end: int, head: Decimal) -> Compound | None:
    """Read ``X tỷ Y triệu [đồng]`` starting right after the number token ``X`` that ends at ``token_end``.

    ``296 tỷ 050 triệu`` = 296.05 tỷ: the tail counts in units of the smaller scale word.
    """
    match = _COMPOUND_RE.match(text, token_end)
    if not match:
        return None
    big, tail, small = match.group(1), match.group(2), match.group(3)
    big_exp = 12 if " " in big else SCALES[big]
    gap = big_exp - SCALES[small]
    if gap <= 0:
        return None
    value = head + Decimal(tail).scaleb(-gap)
    unit = big + (" " + match.group(4) if match.group(4) else "")
    return Compound(value, unit, match.end())
