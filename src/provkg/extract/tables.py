"""Tables: a figure in a table row takes its meaning from its column's header and its row's label.

Reports copy tables as lines of TAB-separated cells: a header row ("Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2021",
"Ước thực hiện 6 tháng", "So với cùng kỳ (%)", "So với kế hoạch (%)"), then one row per item. What a number is
(a plan, a result, an index against the same period, an achievement of the plan, a contribution to growth), its
status and period come from its column; its unit from the row's unit cell, the column's "(%)" or a
"Đơn vị tính: ..." line above the table; what it measures from the row's label.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provkg.core.model import Figure
from provkg.core.periods import parse_period, previous_year
from provkg.extract.indicators import grdp_sector
from provkg.read.header import periods_named
from provkg.reference.labels import LabelIndex, content_words, fold

if TYPE_CHECKING:
    from provkg.extract.context import Places

# What a header cell says its column holds, tried in this order.
_VS_PLAN = re.compile(
    r"so\s+(?:với\s+)?(?:kế hoạch|KH|dự toán|chỉ tiêu)|%\s*(?:KH|kế hoạch|dự toán)|"
    # "TH/KH", and the estimated result over the plan: "ƯTH/KH", "UTH/KH" (ước thực hiện)
    r"(?:(?<!\w)[ƯU]?TH|thực hiện)\s*/\s*(?:KH|kế hoạch|dự toán)",
    re.IGNORECASE,
)
# A comparison with another period says "so (với)"; "Cùng kỳ năm 2019" alone is a column of last year's levels.
_VS_PERIOD = re.compile(r"so\s+(?:với\s+)?(?:cùng kỳ|năm|tháng|quý|kỳ|(?:19|20)\d{2}(?!\d))|cùng kỳ[^()]*\(%\)",
                        re.IGNORECASE)
_CONTRIBUTION = re.compile(r"đóng góp", re.IGNORECASE)
# A column of changes, not of levels against another period: "Tăng/giảm so với cùng kỳ (%)", "Tăng (+), giảm (-)",
# "Tốc độ tăng (%)".
_CHANGE = re.compile(r"tăng\s*(?:\(\+\))?\s*[/,]?\s*giảm|tốc độ tăng|mức tăng|tăng\s*\(\+\)", re.IGNORECASE)
# A column headed by a fall alone ("Giảm so với cùng kỳ (%)", "Mức giảm (%)"): its numbers are falls.
_FALL = re.compile(r"(?<!\w)giảm(?!\w)", re.IGNORECASE)
_RISE = re.compile(r"(?<!\w)tăng(?!\w)", re.IGNORECASE)
# A share column; a bare "Tỷ lệ (%)" beside the columns of a whole and its part is the part's share of the whole.
_SHARE = re.compile(r"cơ cấu|tỷ trọng|^\s*tỷ lệ\s*(?:\(%\))?\s*$", re.IGNORECASE)
_PLAN = re.compile(r"kế hoạch|\bKH\b|dự toán|chỉ tiêu\s+(?:giao|năm)|mục tiêu", re.IGNORECASE)
_RESULT = re.compile(r"ước|thực hiện|\bTH\b|kết quả|năm|tháng|quý|cùng kỳ|\d{4}", re.IGNORECASE)
_UNIT_HEADER = re.compile(r"^\s*(?:đơn vị tính|đơn vị|đvt)\s*$", re.IGNORECASE)
_LABEL_HEADER = re.compile(r"chỉ tiêu|nội dung|khu vực|danh mục|tên|đơn vị hành chính|huyện", re.IGNORECASE)
_INDEX_HEADER = re.compile(r"^\s*(?:stt|tt|số tt)\s*$", re.IGNORECASE)
_UNIT_IN_HEADER = re.compile(r"\(([^()]{1,20})\)\s*$")
_UNIT_LINE = re.compile(r"(?:đơn vị tính|đvt|đơn vị)\s*:\s*([^\n)]{1,30})", re.IGNORECASE)
_GROWTH_ROW = re.compile(r"tốc độ tăng|tăng trưởng|chỉ số", re.IGNORECASE)
_TOTAL_ROW = re.compile(r"^\s*(?:tổng\s+số|tổng\s+cộng|tổng|cộng|toàn\s+tỉnh|chung|cả\s+tỉnh)\s*:?\s*$", re.IGNORECASE)
_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d{2}\s*$")
# A result column headed by what it holds and its year: "TH 2022", "Ước TH 2023", "Thực hiện năm 2022".
_RESULT_OF_YEAR = re.compile(r"^\s*(?:(?:ước|sơ bộ)\s+)?(?:TH|thực hiện|kết quả)(?:\s+năm)?\s+((?:19|20)\d{2})\s*$",
                             re.IGNORECASE)
_NUMBER_CELL = re.compile(r"^\s*[≥≤><~]?\s*[-+]?\d[\d.,]*\s*$")
# A row of a rate, whatever its unit cell says: "Số bác sĩ/vạn dân" (bác sĩ), "Tỷ số giới tính khi sinh" (bé trai/100
# bé gái): its planned number is a target rate, a level (a value), not a planned amount.
_RATE_ROW = re.compile(r"/\s*(?:vạn|nghìn|1\.?000|100)\s+(?:dân|người)|(?<!\w)(?:tỷ lệ|tỷ số)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Column:
    kind: str  # label, unit, index, plan, result, vs_period, change, vs_plan, contribution, share, other
    period: str | None
    estimate: bool
    unit: str
    falls: bool = False  # a column of changes headed by a fall alone ("Giảm so với cùng kỳ (%)"): its numbers fall


def _column(header: str, report_period: str, previous: Column | None) -> Column:
    named = periods_named(header)
    year = next((m for m in re.findall(r"(?:19|20)\d{2}", header)), report_period[:4])
    period = max(named, key=lambda p: (p[1], -p[0]))[2].replace("YYYY", year) if named else None
    if period is None and _YEAR_CELL.match(header):
        period = header.strip()  # a column headed by its year alone
    elif period is None and _RESULT_OF_YEAR.match(header):
        period = _RESULT_OF_YEAR.match(header).group(1)  # "TH 2022", "Ước TH 2023": the result of that year
    unit_match = _UNIT_IN_HEADER.search(header)
    unit = unit_match.group(1).strip() if unit_match else ""
    estimate = bool(re.search(r"(?<!\w)(?:ước|sơ bộ)(?!\w)", header, re.IGNORECASE))
    if _UNIT_HEADER.match(header):
        return Column("unit", None, False, "")
    if _INDEX_HEADER.match(header):
        return Column("index", None, False, "")
    # a comparison column is about the result column before it: its period and its estimate
    estimate_before = estimate or bool(previous and previous.estimate)
    period_before = period or (previous.period if previous else None)
    if _VS_PLAN.search(header):
        return Column("vs_plan", period_before, estimate_before, unit or "%")
    if _CONTRIBUTION.search(header):
        return Column("contribution", period_before, estimate_before, unit or "điểm %")
    if _CHANGE.search(header) or _FALL.search(header) and not _RISE.search(header):
        own = min(named)[2].replace("YYYY", year) if named else (previous.period if previous else None)
        falls = bool(_FALL.search(header)) and not _RISE.search(header)
        return Column("change", own, estimate_before, unit, falls)
    if _VS_PERIOD.search(header):
        # "Năm 2019 so với năm 2018": the first period is the value's, the one it is compared with comes after
        own = min(named)[2].replace("YYYY", year) if named else (previous.period if previous else None)
        return Column("vs_period", own, estimate_before, unit or "%")
    if _SHARE.search(header):
        return Column("share", period, estimate, unit or "%")
    if _PLAN.search(header) and not re.search(r"(?<!\w)(?:ước|thực hiện|TH)(?!\w)", header, re.IGNORECASE):
        return Column("plan", period or report_period[:4], False, unit)
    if _RESULT.search(header):
        return Column("result", period or report_period, estimate, unit)
    if _LABEL_HEADER.search(header):
        return Column("label", None, False, "")
    return Column("other", None, False, unit)


# Cells are separated by a tab, by three spaces or more where the text of a PDF keeps the layout of its page, or
# by a vertical bar where a table was written as text ("Tổng thu NSNN | tỷ đồng | 21.035 | 24.260").
_CELL_BREAK = re.compile(r"\t| {3,}|[ \t]*\|[ \t]*")


def _is_row(line: str) -> bool:
    """A tab makes a row, or two bars; spaces only when they cut the line into three cells or more (prose has
    stray gaps)."""
    return "\t" in line or line.count("|") >= 2 or ("   " in line and len(_CELL_BREAK.findall(line.strip(" "))) >= 2)


def is_row(line: str) -> bool:
    """Whether a line is a row of a table (other jobs ask it of the lines around a figure)."""
    return _is_row(line)


def _split(line: str) -> list[str]:
    return _CELL_BREAK.split(line)


def _cells(line: str, start: int) -> list[tuple[int, int, str]]:
    cells, position = [], 0
    for m in [*_CELL_BREAK.finditer(line), None]:
        end = m.start() if m else len(line)
        cells.append((start + position, start + end, line[position:end]))
        if m:
            position = m.end()
    return cells


def apply_tables(text: str, figures: list[Figure], report_period: str, indicators: LabelIndex,
                 areas: Places | None = None, province: str | None = None) -> list[Figure]:
    """Figures of table rows re-read by their columns; figures in header rows are dropped (they are years and
    names). Returns the figures kept, in order."""
    dropped: set[int] = set()
    line_start = 0
    lines = text.split("\n")
    offsets = []
    for line in lines:
        offsets.append(line_start)
        line_start += len(line) + 1
    by_line: dict[int, list[Figure]] = {}
    for figure in figures:
        index = _line_index(offsets, figure.start)
        if _is_row(lines[index]):
            by_line.setdefault(index, []).append(figure)
    i = 0
    while i < len(lines):
        if not _is_row(lines[i]):
            i += 1
            continue
        block_start = i
        i += 1
        header = lines[block_start]
        # a header cell wrapped onto a line of its own ("Đóng góp vào tăng" / "trưởng (điểm %)")
        if i + 1 < len(lines) and not _is_row(lines[i]) and lines[i].strip() and len(lines[i]) < 40 \
                and not any(ch.isdigit() for ch in lines[i]) and _is_row(lines[i + 1]):
            header = header + " " + lines[i].strip()
            i += 1
        rows_start = i
        while i < len(lines) and _is_row(lines[i]):
            i += 1
        _read_block(text, lines, offsets, block_start, header, rows_start, i, by_line, report_period, indicators,
                    dropped, areas, province, figures)
    return [f for f in figures if f.start not in dropped]


def _line_index(offsets: list[int], position: int) -> int:
    return bisect.bisect_right(offsets, position) - 1


def _read_block(text: str, lines: list[str], offsets: list[int], first: int, header: str, rows_start: int,
                end: int, by_line: dict[int, list[Figure]], report_period: str, indicators: LabelIndex,
                dropped: set[int], areas: Places | None = None, province: str | None = None,
                all_figures: list[Figure] | None = None) -> None:
    header_cells = _split(header)
    numbers = [c for c in header_cells if _NUMBER_CELL.match(c)]
    if len(numbers) > len(header_cells) // 3 and not all(_YEAR_CELL.match(c) for c in numbers):
        return  # no header row (a row of years is one): the numbers' own wording says what they are
    columns: list[Column] = []
    for cell in header_cells:
        columns.append(_column(cell, report_period, columns[-1] if columns else None))
    above = "\n".join(lines[max(0, first - 3):first])
    table_unit = _UNIT_LINE.search(above)
    # What the whole table measures, from its title above it ("Tổng sản phẩm trên địa bàn theo giá so sánh"),
    # and what each column measures, from its header ("Số trường đạt chuẩn quốc gia").
    title_indicator = indicators.longest(lines[first - 1]) if first > 0 else None
    column_indicators = [indicators.longest(cell) if col.kind not in ("label", "index", "unit") else None
                         for cell, col in zip(header_cells, columns, strict=False)]
    # A table a paragraph leads into ("... trồng mới 640 ha rừng, kinh phí 38 tỷ đồng. Chi tiết theo huyện như sau:")
    # breaks down what that paragraph stated: a column whose header names no quantity of its own, or only a
    # generic one in two words ("Kinh phí (tỷ đồng)", "Chiều dài (km)"), measures the paragraph's first level in the
    # column's unit.
    led = _levels_leading_into(lines, offsets, first, all_figures)
    for k, (cell, col) in enumerate(zip(header_cells, columns, strict=False)):
        if col.kind in ("label", "index", "unit") or column_indicators[k] is not None and (
                not col.unit or len(content_words(_UNIT_IN_HEADER.sub(" ", cell))) > 2):
            continue
        if col.unit:
            # (the level's unit may name the thing counted after the unit: "612 km đường" in a column of "km")
            lead = next((f for f in led if f"{fold(f.unit_text)} ".startswith(f"{fold(col.unit)} ")), None)
        else:
            # a header naming no unit but the things counted: "Số giấy cấp lần đầu" after "cấp 9.120 giấy ..."
            said = set(fold(cell).split())
            lead = next((f for f in led if f.unit_text and fold(f.unit_text).split()[0] in said), None)
        if lead is not None:
            column_indicators[k] = lead.indicator
    for figure in by_line.get(first, []):
        dropped.add(figure.start)
    compared: dict[int, list[Figure]] = {}  # the figures of each comparison column
    for row in range(rows_start, end):
        cells = _cells(lines[row], offsets[row])
        label = next((c for (_s, _e, c), col in zip(cells, columns, strict=False)
                      if col.kind not in ("index", "unit") and c.strip() and not _NUMBER_CELL.match(c)), "")
        if not label and areas is not None:
            # "Đơn vị" heads a column of units or of places: a place in it is the row's label
            label = next((c for _s, _e, c in cells if c.strip() and areas.longest(c)), "")
        row_unit = next((c.strip() for (_s, _e, c), col in zip(cells, columns, strict=False)
                         if col.kind == "unit" and c.strip() and c != label), "")
        row_unit = row_unit or (table_unit.group(1).strip() if table_unit else "")
        indicator = (indicators.longest(label) or _spread_over(indicators, label)) if label else None
        # A row of a place ("Huyện Mỹ Lộc") or of the total ("Tổng số") measures what its column or the table does.
        area = areas.longest(label) if areas is not None and label else None
        if area == province:
            area = None
        total_row = bool(_TOTAL_ROW.match(label))
        titled = None
        if indicator is None and label and not area and not total_row and first > 0:
            titled = _named_with_title(indicators, lines[first - 1], label)
        for figure in by_line.get(row, []):
            column_index = next((k for k, (s, e, _c) in enumerate(cells) if s <= figure.start < e), None)
            if column_index is None or column_index >= len(columns):
                continue
            own = indicator or (grdp_sector(label, above + header) if label else None)
            if own is None and titled is not None and columns[column_index].kind in _ROW_QUANTITY_COLUMNS \
                    and column_indicators[column_index] is None:
                # (the row's quantity named with the title, only in a column holding that quantity at a time, its
                # plan or its change; a column naming what it counts, "Số lớp", counts something else)
                own = titled
            elif own is None and label and not area and not total_row \
                    and columns[column_index].kind == "other" and column_index < len(header_cells):
                # a column naming what it counts: the row and the column name it together ("Trung học cơ sở"
                # under "Số trường" counts lower secondary schools)
                own = _named_with_title(indicators, header_cells[column_index], label)
            if own is None and (area or total_row or not label):
                own = column_indicators[column_index] or title_indicator
            _read_cell(figure, columns[column_index], label, row_unit, own, report_period)
            if area:
                figure.area = area
            if columns[column_index].kind == "vs_period":
                compared.setdefault(column_index, []).append(figure)
    for column_figures in compared.values():
        _changes_column(column_figures)


# Columns holding a row's own quantity: its level at a time, its plan, its change or its level against either.
_ROW_QUANTITY_COLUMNS = frozenset({"plan", "result", "change", "vs_period", "vs_plan"})
# A title line: a few words and no number but a year or a count of months ("Tai nạn giao thông 6 tháng năm 2024"),
# not a sentence of prose stating figures.
_TITLE_WORDS = 30  # (syllables)


def _named_with_title(indicators: LabelIndex, title: str, label: str) -> str | None:
    """The concept a row's words name together with the table's title, when they name none alone: "Số người chết
    (người)" in a table titled "Tai nạn giao thông 9 tháng" is the deaths in traffic accidents (a label
    holding words of both, and no other words)."""
    row = content_words(re.sub(r"\([^)]*\)", " ", label))
    titled = content_words(title)
    if not row or not titled or len(title.split()) > _TITLE_WORDS \
            or any(not _YEAR_CELL.match(n) and not (n.isdigit() and int(n) <= 12)
                   for n in re.findall(r"\d[\d.,]*", title)):
        return None
    return indicators.scattered(f"{title} {label}", lambda _local, words: bool(words & row) and bool(words - row)
                                and words <= row | titled)


def _levels_leading_into(lines: list[str], offsets: list[int], first: int,
                         figures: list[Figure] | None) -> list[Figure]:
    """The levels with an indicator of the line that leads into a table (the line before it, blank lines apart,
    ending with a colon: "Kết quả theo địa phương như sau:"), in order."""
    j = first - 1
    while j >= 0 and j >= first - 3 and not lines[j].strip():
        j -= 1
    if j < 0 or j < first - 3 or not lines[j].rstrip().endswith(":") or not figures:
        return []
    start, end = offsets[j], offsets[j] + len(lines[j])
    at = bisect.bisect_left(figures, start, key=lambda f: f.start)
    led = []
    for f in figures[at:]:
        if f.start >= end:
            break
        if f.indicator and f.measure == "value":
            led.append(f)
    return led


def _changes_column(figures: list[Figure]) -> None:
    """A comparison column ("So cùng kỳ (%)") holds levels against the other period (105,4) or changes (5,4): it
    holds changes when a number in it is negative, or when all its numbers (two or more) are under 50, for a level
    under half of the other period's in every row is none. Then its every number is a change."""
    figures = [f for f in figures if f.unit_text == "%"]  # (a column of times, "So 2022 (lần)", holds ratios)
    levels = [f for f in figures if f.measure == "value"]
    small = len(figures) > 1 and all(abs(f.value) < 50 for f in figures)
    if levels and (any(f.value < 0 for f in figures) or small):
        for f in levels:
            f.measure = "change_pct"


def _spread_over(indicators: LabelIndex, label: str) -> str | None:
    """A concept whose label's words are all in a row's label, in other order or with words between ("Vốn đầu tư
    NSNN do địa phương quản lý", "Số lao động được tạo việc làm"), saying at least half of what the row says."""
    said = content_words(label)
    return indicators.scattered(label, lambda _local, words: len(words) >= 2 and 2 * len(words) >= len(said))


def _read_cell(figure: Figure, column: Column, label: str, row_unit: str, indicator: str | None,
               report_period: str) -> None:
    growth_row = bool(_GROWTH_ROW.search(label)) and row_unit == "%"
    if label:
        figure.subject = " ".join(label.split())
    if indicator:
        figure.indicator = indicator
    if column.kind == "plan":
        figure.status = "target"
        figure.unit_text = row_unit or column.unit or figure.unit_text
        plan_year = (column.period or report_period)[:4]
        if growth_row:
            figure.measure, figure.period, figure.comparison_period = "change_pct", plan_year, str(int(plan_year) - 1)
        elif figure.unit_text in ("%", "‰") or "/" in figure.unit_text or _RATE_ROW.search(label):
            figure.measure, figure.period, figure.comparison_period = "value", plan_year, None
        else:
            figure.measure, figure.period, figure.comparison_period = "plan_value", plan_year, plan_year
    elif column.kind == "result":
        figure.status = "estimate" if column.estimate else "actual"
        figure.unit_text = row_unit or column.unit or figure.unit_text
        figure.period = column.period or report_period
        if growth_row:
            figure.measure, figure.comparison_period = "change_pct", previous_year(figure.period)
        else:
            figure.measure, figure.comparison_period = "value", None
    elif column.kind == "vs_period":
        own = column.period or report_period
        # (a level against another period is never negative: "-8,2" in such a column is the change)
        figure.measure = "change_pct" if figure.value < 0 else "value"
        figure.unit_text, figure.period = column.unit or "%", own
        figure.comparison_period = previous_year(own)
        figure.status = "estimate" if column.estimate else "actual"
    elif column.kind == "change":
        own = column.period or report_period
        if figure.unit_text not in ("%", "‰"):  # (a cell may write both: "-28 (-5,0%)", the count's and the rate's)
            figure.unit_text = column.unit or row_unit or figure.unit_text
        figure.measure = "change_pct" if figure.unit_text in ("%", "") else "change_abs"
        figure.unit_text = figure.unit_text or "%"
        if column.falls and figure.value > 0:
            figure.value = -figure.value
        figure.period, figure.comparison_period = own, previous_year(own)
        figure.status = "estimate" if column.estimate else "actual"
    elif column.kind == "vs_plan":
        own = column.period or report_period
        figure.measure, figure.unit_text, figure.period = "plan_pct", "%", own
        figure.comparison_period = str(parse_period(own).end.year)
        figure.status = "estimate" if column.estimate else "actual"
    elif column.kind == "contribution":
        own = column.period or report_period
        figure.measure, figure.unit_text, figure.period = "contribution_pp", column.unit, own
        figure.comparison_period = previous_year(own)
        figure.status = "estimate" if column.estimate else "actual"
    elif column.kind == "share":
        figure.measure, figure.unit_text = "share_pct", column.unit or "%"
        figure.period = column.period or report_period
    figure.estimate = figure.status in ("estimate", "forecast")
