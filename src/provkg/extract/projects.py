"""Projects and programmes named in a figure's sentence or bullet, and the causes that qualify it.

A figure is about the work named last before it in its clause ("dự án cầu X giải ngân 120 tỷ đồng, đạt 60%"), or,
when its clause names none, the work the head of its line or sentence names before a colon ("Cầu X: khối lượng
đạt 60%; giải ngân 120 tỷ đồng"); a list item is about one work throughout, and so is a sentence reporting a
programme's results. A figure with none takes a programme named right after it in its own clause ("có 14 xã đạt
chuẩn nông thôn mới"), or the programme its section's heading names ("Xây dựng nông thôn mới" above the paragraph);
a table's row, the one work the paragraph leading into the table names ("Thực hiện Dự án X, cụ thể:").
A name after a word of cause ("giảm 2% do nhà máy X dừng máy") is not what the figure is
about. Works the reference data does not know get their provisional IRI (provkg.reference.projects).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from provkg.core.model import Figure
from provkg.core.patterns import guarded, search
from provkg.extract.causes import cause_of
from provkg.extract.context import BULLET, ReportContext
from provkg.extract.status import MONEY_UNIT
from provkg.extract.tables import is_row
from provkg.extract.vocabulary import vocabulary
from provkg.reference.labels import content_words
from provkg.reference.projects import ProjectIndex, project_index, slug

# Where a clause ends: a name beyond one of these is about another figure ("TP. Hồ Chí Minh" ends none).
# (the look-behinds after the full stop, not before it: the same matches, tried only at a full stop)
_CLAUSE_END = re.compile(r";|\.(?<!\bTP\.)(?<!\bTp\.)(?<!\bTX\.)(?<!\bTx\.)\s")
# Where the clauses of a text end (each match of _CLAUSE_END: starts, ends), by text: each figure of a sentence or
# bullet asks it of the same text several times (cleared when full).
_CLAUSE_ENDS: dict[str, tuple[list[int], list[int]]] = {}


def _clause_ends(text: str) -> tuple[list[int], list[int]]:
    ends = _CLAUSE_ENDS.get(text)
    if ends is None:
        if len(_CLAUSE_ENDS) >= 1024:
            _CLAUSE_ENDS.clear()
        matches = list(_CLAUSE_END.finditer(text))
        ends = _CLAUSE_ENDS[text] = ([m.start() for m in matches], [m.end() for m in matches])
    return ends


# (The matches of _CLAUSE_END are one or two characters that never overlap, the second one a space that starts
# none, and its look-behinds see before a search's start: the matches of one pass over the whole text are those
# a search from any position, or up to any position, finds.)
def _clause_start(text: str, at: int) -> int:
    """Where the clause of ``text`` holding offset ``at`` begins: after the last clause end wholly before ``at``,
    else 0."""
    ends = _clause_ends(text)[1]
    found = bisect_right(ends, at)
    return ends[found - 1] if found else 0


def _clause_end(text: str, at: int) -> int:
    """Where the first clause end of ``text`` from offset ``at`` on begins, else the text's end."""
    starts = _clause_ends(text)[0]
    found = bisect_left(starts, at)
    return starts[found] if found < len(starts) else len(text)


# How far after a figure a name still says what the figure counts ("14 xã đạt chuẩn nông thôn mới").
_AFTER_REACH = 40
# Words before a name that make it a cause of the figure, not its subject ("giảm 2% do nhà máy X dừng máy", "do tác
# động của Chương trình Y, giá chỉ tăng 1,5%"). Not "tại": in reports it says where ("Tại Khu công nghiệp X, trạm xử
# lý ..."), and a figure at an industrial park or a site is that work's (the annotation guide, on areas).
_CAUSE_BEFORE = re.compile(r"\b(?:do|vì|nhờ|bởi)\s+(?:(?:tác động|ảnh hưởng|hiệu quả|kết quả)\s+(?:của\s+)?)?"
                           r"(?:(?:dự án|công trình)\s+(?:đầu tư\s+)?(?:xây dựng\s+)?)?$", re.IGNORECASE)

# A heading line: a list marker, then a short title, maybe closed by a colon ("đ) Xây dựng nông thôn mới", "3. Giảm
# nghèo", "Chương trình mục tiêu quốc gia giai đoạn 2021-2025", "(4) Dự án đường tỉnh 9xx:"); numbers in it other
# than a work's own or years are checked apart (_work_titled).
_HEADING = re.compile(r"[ \t]*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\)|[-+•*])?[ \t]*"
                      r"([^\n]{3,160}?)[ \t]*:?[ \t]*")
# A heading about a programme names little else ("Xây dựng nông thôn mới"); one naming other subjects too
# ("Nông nghiệp và xây dựng nông thôn mới") heads figures of those subjects.
_HEADING_OTHER_WORDS = 2
_PERIOD_WORDS = re.compile(r"(?:giai đoạn|năm)?[ \t]*\d{4}(?:[-–]\d{4})?", re.IGNORECASE)
# What a project's title may say around the work's name and still name nothing else: before it, that it is an
# investment and what is done to the work ("Dự án xây dựng", "Nâng cấp, mở rộng"); after it, in brackets, what the
# work replaces or where it is ("(tỉnh X)", "(thay thế cầu phao cũ)"), and the ends it joins or the places it crosses
# ("nối huyện A với huyện B", "qua sông C").
_TITLE_LEAD = re.compile(r"[ \t,]*(?:(?:dự án|công trình|đầu tư|xây dựng|nâng cấp|mở rộng|cải tạo|sửa chữa|tuyến|và)"
                         r"[ \t,]*)*", re.IGNORECASE)
# What may open a paragraph before the work its run-in title names: a list mark, then _TITLE_LEAD's words.
_OPENING = re.compile(r"[ \t]*(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\)|[-+•*])?" + _TITLE_LEAD.pattern,
                      re.IGNORECASE)
_TITLE_BRACKETS = re.compile(r"\([^()\n]*\)")
_TITLE_ENDPOINTS = re.compile(r"[ \t,]*(?:nối|kết nối|với|qua|đoạn qua|tại|thuộc|trên)\b", re.IGNORECASE)

# Words between a figure and the work named after it that say the figure is the work's ("giải ngân 320 tỷ đồng
# cho dự án cầu X", "đạt N% khối lượng của cầu Y", "hoàn thành N% khối lượng dự án nâng cấp hồ X",
# "thu hồi đất đạt N% phục vụ cao tốc Y", "bàn giao N% diện tích dự án Z", "đạt N% giá trị hợp đồng dự án
# W", "bố trí 120 tỷ đồng để thi công cầu V"), with what is done to the work.
_FOR_WORK = re.compile(r"^[^\d;:,.]*\b(?:cho|của|thuộc|phục vụ|khối lượng|diện tích|mặt bằng|giá trị hợp đồng|"
                       r"kế hoạch vốn|để)[ \t]+"
                       r"(?:(?:thi công|khởi công|hoàn thành|hoàn thiện|triển khai|thực hiện)[ \t]+)?"
                       r"(?:(?:các[ \t]+)?(?:dự án|công trình|tuyến)[ \t]+)?"
                       r"(?:(?:đầu tư|xây dựng|sửa chữa|nâng cấp|mở rộng|cải tạo)[ \t,]*(?:và[ \t]+)?)*$",
                       re.IGNORECASE)
# A count of works whose noun goes on into the name of the group it counts ("N công trình, dự án phục vụ Lễ hội X":
# the name begins at "dự án", maybe inside the count's own unit).
_COUNTED_WORKS = re.compile(r"[ \t]*,?[ \t]*(?:dự án|công trình)\b", re.IGNORECASE)
# Words before a name that make it an end or a place of the work named before it ("đường X nối với cầu Y",
# "đoạn từ nút giao A đến đường tỉnh B").
ENDPOINT_BEFORE = re.compile(r"\b(?:nối|kết nối|đến|từ|với|giao với|qua|thuộc)[ \t]+$", re.IGNORECASE)

Hit = tuple[int, int, str, bool]


def link_mentions(r: ReportContext, figures: list[Figure]) -> None:
    """Projects, programmes and causes mentioned in a figure's sentence (or bullet paragraph)."""
    w = r.w
    works = r.lex.works or project_index()
    fuller = _fuller_names(r, works)
    components = _numbered_components(r, works)
    table_leads: dict[int, tuple[str | None, str | None]] = {}  # a table row's line start -> its lead-in's work
    found: dict[tuple[int, int], list[Hit]] = {}
    for f in figures:
        sent = r.sentence_of(f.start)
        line = r.line_of(f.start)
        scope = line if _is_list_item(w, line) else sent
        if scope not in found:
            found[scope] = _works_in(works, w[scope[0]:scope[1]], r.province)
        at, text = (f.start - scope[0], f.end - scope[0]), w[scope[0]:scope[1]]
        hits = [hit for hit in found[scope] if not _CAUSE_BEFORE.search(text[max(0, hit[0] - 30):hit[0]])]
        bullet = _is_list_item(w, line)
        f.project = _named_for(at, [h for h in hits if not works.is_programme(h[2])], text, bullet, False)
        if f.project is not None and _total_of_listed(at[0], hits, text, works):
            f.project = None  # "khởi công cầu X, cầu Y và đường Z với tổng vốn 2.100 tỷ đồng": all of them
        if f.project is None and not bullet:
            f.project = _subject_of_sentence(r, text, hits, at[0], works) \
                or _work_referred_back(r, works, sent, f.start)
        if f.project is None and f.programme is None:
            f.project, f.programme = _work_of_list_head(r, works, line)
        # (the programme of the list's head, if any, unless the figure's own sentence or item names one)
        f.programme = _named_for(at, [h for h in hits if works.is_programme(h[2])], text, True, True) or f.programme
        if f.programme is None:
            f.programme = _work_of_run_in_title(r, works, line, f, programme=True) \
                or (None if f.project else _programme_of_paragraph(r, works, f)) \
                or _programme_of_heading(r, works, f)
        if f.project is None and f.programme is None:
            f.project = _work_of_run_in_title(r, works, line, f, programme=False) \
                or _work_of_heading(r, works, f.start, programme=False)
        if f.project is None and f.programme is None:
            f.project, f.programme = _work_of_table_lead(r, works, line, table_leads)
        if f.project is None and f.programme is None and components:
            f.programme = _programme_of_component(components, text[_clause_start(text, at[0]):_clause_end(text, at[1])],
                                                  r.seg.section_at(f.start), _reviews_the_body(r, f.start))
        f.project = fuller.get(f.project or "", f.project)
        cause, effect = cause_of(r, f, sent)
        f.cause, f.effect = cause, effect
        if f.project and f.indicator is None and f.measure == "value" and MONEY_UNIT.search(f.unit_text) \
                and _WORK_CAPITAL_BEFORE.search(w, max(scope[0], f.start - 40), f.start):
            f.indicator = vocabulary().work_capital  # "Khu đô thị X (vốn gần 2,3 tỷ USD)": what the work costs


# The words right before an amount that make it what a named work costs: its bracket opened after the name,
# maybe with "vốn" or "tổng mức đầu tư" ("(vốn gần 2,3 tỷ USD)", "(N tỷ đồng)"), or "tổng vốn" ("Cầu X: tổng
# vốn 650 tỷ đồng").
_WORK_CAPITAL_BEFORE = re.compile(r"(?:\([ \t]*(?:(?:tổng[ \t]+)?(?:vốn|mức đầu tư|kinh phí)(?:[ \t]+đầu tư)?"
                                  r"[ \t]*:?[ \t]*)?|\btổng vốn(?:[ \t]+đầu tư)?[ \t]*:?[ \t]*)"
                                  r"(?:(?:hơn|gần|khoảng|trên|dự kiến|là)[ \t]+)?$", re.IGNORECASE)


# What may come before the work a sentence opens with: a list mark, a word singling it out, the word of a project
# and what is done to the work ("Dự án nâng cấp chợ X").
_SUBJECT_LEAD = re.compile(r"[\s\-+•]*(?:(?:riêng|đối với|về|trong đó)[ \t]*,?[ \t]*)?(?:(?:dự án|công trình)[ \t]+)?"
                           r"(?:(?:đầu tư|xây dựng|sửa chữa|nâng cấp|mở rộng|cải tạo)[ \t,]*(?:và[ \t]+)?)*",
                           re.IGNORECASE)


def _subject_of_sentence(r: ReportContext, text: str, hits: list[Hit], at: int, works: ProjectIndex) -> str | None:
    """The work a sentence opens with, for a figure in a later clause that names no work of its own and goes on
    with that work's progress ("Dự án X giải ngân 210 tỷ đồng; khối lượng thi công đạt 45%"); not a clause about all
    works, a whole or a place ("...; toàn tỉnh giải ngân 52%", "...; thành phố Y giải ngân 80 tỷ đồng")."""
    projects = [hit for hit in hits if not works.is_programme(hit[2])]
    if not projects or not _SUBJECT_LEAD.fullmatch(text, 0, projects[0][0]):
        return None
    clause_start = _clause_start(text, at)
    if clause_start <= projects[0][1] or any(clause_start <= hit[0] < at for hit in hits):
        return None
    clause = text[clause_start:at]
    if not (_WORK_PROGRESS.search(clause) or _DISBURSED.search(clause)) or _ALL_WORKS.search(clause) \
            or _other_places(r, clause):
        return None
    return projects[0][2]


# Words of a work's capital: drawn, or planned and allotted to it ("giải ngân", "được bố trí kế hoạch vốn", "vốn
# giao năm 2023"): a later clause of a sentence opening with the work goes on with that work's money.
_DISBURSED = re.compile(r"\b(?:giải ngân|kế hoạch vốn|(?:bố trí|giao|phân bổ)[ \t]+(?:kế hoạch[ \t]+)?vốn|"
                        r"vốn[ \t]+(?:được[ \t]+)?(?:giao|bố trí|phân bổ))\b", re.IGNORECASE)


# Words before an amount that make it the sum over the works listed before it ("với tổng vốn", "tổng mức đầu tư các
# công trình").
_TOTAL_BEFORE = re.compile(r"\b(?:với[ \t]+)?tổng(?:[ \t]+(?:số[ \t]+)?(?:vốn|mức đầu tư|kinh phí))?(?:[ \t]+đầu tư)?"
                           r"(?:[ \t]+(?:là|khoảng|hơn|gần|trên))?[ \t]*:?[ \t]*$", re.IGNORECASE)


def _total_of_listed(at: int, hits: list[Hit], text: str, works: ProjectIndex) -> bool:
    """Whether a figure is a total over several works its clause lists before it ("đã khởi công 3 công trình: cầu X,
    cầu Y và đường Z với tổng vốn 2.100 tỷ đồng"), not the last one's."""
    clause_start = _clause_start(text, at)
    listed = {hit[2] for hit in hits if clause_start <= hit[0] < at and not works.is_programme(hit[2])}
    return len(listed) > 1 and bool(_TOTAL_BEFORE.search(text, max(clause_start, at - 40), at))


def _fuller_names(r: ReportContext, works: ProjectIndex) -> dict[str, str]:
    """Provisional works the report names again shorter ("cầu X" after "cầu X nối tỉnh A với tỉnh B", "đường
    Vành đai 2 thành phố Y" and "đường Vành đai 2"), each with the one fuller name that holds all the
    words of its name after the same kind word: one work, one IRI in the report. Not when the fuller names differ
    among themselves (two bridges "cầu X 1", "cầu X 2") or only by a number ("cầu X" beside "cầu X 2"). A road's
    own kind word counts as said ("Vành đai 2" after "đường Vành đai 2 - thành phố Y"). A work whose short name the
    report declares in brackets after the full one and uses goes by the short one."""
    if r.province is None:
        return {}
    named = _works_in(works, r.w, r.province)
    # (sorted: where two fuller names tie, the choice must not follow a set's order, which changes run to run)
    provisional = sorted({local for _s, _e, local, confirmed in named if not confirmed})
    # a road's kind word may be left out ("Vành đai 2" after "đường Vành đai 2 - thành phố Y")
    words = {local: _ROAD_HEAD.sub("", local.rpartition("/")[2]).split("-") for local in provisional}
    fuller: dict[str, str] = {}
    for local, own in words.items():
        holding = [other for other, theirs in words.items() if other != local and theirs[0] == own[0]
                   and set(own) < set(theirs) and not all(w.isdigit() for w in set(theirs) - set(own))]
        longest = max(holding, key=lambda other: (len(words[other]), other), default=None)
        if longest is not None and all(set(words[other]) <= set(words[longest]) for other in holding):
            fuller[local] = longest
    # a short name the report declares and uses ("Dự án X ... (gọi tắt là Dự án Y)", "Dự án Phát triển hạ tầng nông
    # thôn (CSSP)" and later "dự án CSSP"): the work goes by it, the short name of the genre's habit
    for _start, end, local, confirmed in named:
        short = _SHORT_NAME.match(r.w, end)
        declared = [hit[2] for hit in _works_in(works, short.group(1), r.province)] if short else []
        if acronym := _ACRONYM_DECLARED.match(r.w, end):
            declared = [works.resolve(acronym.group(1), r.province)[0]]
        if not confirmed and len(declared) == 1 and declared[0] != local and declared[0] in provisional:
            fuller.pop(declared[0], None)
            fuller[local] = declared[0]
    return fuller


_ACRONYM_DECLARED = re.compile(r"[ \t]*\(((?=[^)]*[A-ZĐ][^)]*[A-ZĐ])[A-ZĐ][A-Za-z0-9Đđ&-]{1,11})\)")
# A short name declared in brackets right after a work's full name ("(gọi tắt là Dự án Y)", "(sau đây gọi là ...)").
_SHORT_NAME = re.compile(r"[ \t]*\((?:gọi tắt là|gọi tắt|sau đây gọi là|sau đây gọi tắt là|viết tắt là)[ \t]*:?[ \t]*"
                         r"([^()\n]{3,80})\)", re.IGNORECASE)


_ROAD_HEAD = re.compile(r"^(?:tuyen-)?duong-(?=\w)")


# A work referred to without its name ("dự án đạt 60% khối lượng", "công trình này hiện đạt", "công trình dự kiến
# thông xe"): the one the sentence before named. Not when a name, a number or another kind word follows ("dự án FDI",
# "công trình giao thông"), nor works in the plural ("các dự án còn lại").
_REFERRED_VERB = (r"(?=[ \t]+(?:(?:hiện nay|hiện|đến nay|nay|cơ bản|mới|vẫn|chỉ|cũng)[ \t]+)?(?:đã|đang|đạt|được|"
                  r"giải ngân|hoàn thành|khởi công|thi công|có|với|tiếp tục|dự kiến|dài)\b|[ \t]*[,:])")
_REFERRED_BACK = re.compile(r"(?<!các )(?<!những )(?<!nhiều )\b(?:dự án|công trình)(?:[ \t]+(?:này|trên|nói trên))?"
                            + _REFERRED_VERB, re.IGNORECASE)
# A sentence opening with the kind word alone of the work the sentence before named ("Bệnh viện dự kiến giải ngân
# ...", "Cầu đã hợp long"): the kind word is checked against the beginning of that work's name.
_KIND_REFERRED = re.compile(r"[ \t\n]*(?:(?:đến nay|hiện nay|hiện|năm nay)[ \t]*,?[ \t]+)?"
                            r"([^\W\d_]+(?:[ \t]+[^\W\d_]+)??)(?:[ \t]+(?:này|trên|nói trên))?" + _REFERRED_VERB,
                            re.IGNORECASE)


# The bullet of an item under a line that names a work and ends with a colon ("- Dự án cầu X:" then "+ giải ngân
# 120 tỷ đồng").
_SUB_ITEM = re.compile(r"[ \t]*[+•*][ \t]")


def _work_of_list_head(r: ReportContext, works: ProjectIndex, line: tuple[int, int]) -> tuple[str | None, str | None]:
    """(project, programme) of the line that opens a sub-list holding the figure's line, when it names works and
    ends with a colon, or names one work and little else ("- Dự án cầu X" over "+ giải ngân ..."; "* Cầu Y:" over
    "- khối lượng đạt ..."): its items report on them."""
    head, paragraph = r.list_lead(line[0], _SUB_ITEM), ""
    if not head:
        paragraph = _head_of_items(r.w, line[0])
        # of a paragraph, only its last sentence leads the list in ("... nhờ các dự án X. Ước đến cuối tháng 9:")
        head = re.split(r"[.!?][ \t]+(?=\S)", paragraph)[-1]
    if not head:
        return None, None
    if not head.rstrip().endswith(":"):
        project = _work_titled(works, head, r.province, programme=False)
        return (project, None) if project else (None, _work_titled(works, head, r.province, programme=True))
    hits = _works_in(works, head, r.province)
    if not hits and paragraph:  # "a) Chính sách X: ... . Cụ thể:": the work the paragraph opens with, its only one
        named = _works_in(works, paragraph, r.province)
        colon = paragraph.find(":")
        opens = bool(named) and named[0][1] <= colon and _OPENING.fullmatch(paragraph, 0, named[0][0]) is not None
        hits = named[:1] if opens and len({hit[2] for hit in named}) == 1 else []
    projects = [hit[2] for hit in hits if not works.is_programme(hit[2])]
    programmes = [hit[2] for hit in hits if works.is_programme(hit[2])]
    return (projects[0] if projects else None), (programmes[0] if programmes else None)


def _head_of_items(w: str, start: int) -> str:
    """The line over the list items marked like the one at ``start``, when it is marked otherwise or not at all (a
    sub-list's head: "- Dự án X" over "+" items, "* Cầu Y:" over "-" items), the whole line; "" when there is
    none."""
    mark = BULLET.match(w, start)
    if mark is None:
        return ""
    while start > 0:
        before = w.rfind("\n", 0, start - 1) + 1
        line = w[before:start - 1]
        above = BULLET.match(line)
        if above is not None and above.group(1) == mark.group(1):
            start = before
            continue
        return line.strip()
    return ""


def _work_referred_back(r: ReportContext, works: ProjectIndex, sent: tuple[int, int], offset: int) -> str | None:
    """The project the previous sentence of the same paragraph names last, when the figure's sentence refers to a
    work without naming one ("Dự án cầu X khởi công tháng 3. Đến nay, dự án đạt 60% khối lượng"), or the one work it
    names when the figure's sentence goes on with that work's progress without a subject of its own ("Cầu X khởi
    công tháng 3. Đến nay, khối lượng thi công đạt 60%")."""
    if sent[0] == 0 or "\n" in r.w[sent[0] - 2:sent[0]]:
        return None
    # (the sentence's words are tested for the pattern's before it runs; the kind word is read only when needed)
    referred = _REFERRED_BACK.search(r.w, sent[0], offset) if guarded(_REFERRED_BACK, r.w[sent[0]:offset]) else None
    # (a kind word opening the sentence tells the work even when a later clause refers to "công trình")
    kind = _KIND_REFERRED.match(r.w, sent[0], offset)
    if kind:  # "Bệnh viện dự kiến giải ngân ...": only when the work named before is a hospital
        previous = r.sentence_of(sent[0] - 1)
        hits = [hit[2] for hit in _works_in(works, r.w[previous[0]:previous[1]], r.province)
                if not works.is_programme(hit[2])] if previous != sent else []
        # the last work of that kind the sentence named ("... cụm công trình Kênh X thuộc Dự án Y. Kênh dài 1,2 km")
        word = slug(kind.group(1))
        for local in reversed(hits):
            name = local.rpartition("/")[2]
            if name == word or name.startswith(word + "-"):
                return local
    if not referred and (not _WORK_PROGRESS.search(r.w, sent[0], offset) or _ALL_WORKS.search(r.w, sent[0], offset)
                         or _other_places(r, r.w[sent[0]:offset])):
        return None  # "... . Huyện Y thi công 12 km đường": a place's own works
    previous = r.sentence_of(sent[0] - 1)
    if previous == sent or "\n" in r.w[previous[0]:previous[1]].strip():
        return None
    hits = [hit for hit in _works_in(works, r.w[previous[0]:previous[1]], r.province) if not works.is_programme(hit[2])]
    if not referred and len({hit[2] for hit in hits}) != 1:
        return None  # "cầu X và cầu Y đã khởi công. Đến nay, khối lượng đạt 60%": which one is not said
    return hits[-1][2] if hits else None


# Words of the progress of one work being built ("khối lượng thi công đạt 60%", "nhà thầu đã thi công đạt 60%",
# "bàn giao 90% mặt bằng"; not a volume of goods nor a price level, "mặt bằng giá"), and words that make such a
# sentence about all works or a whole ("các công trình", "toàn tỉnh", "vốn đầu tư công").
_WORK_PROGRESS = re.compile(r"\b(?:khối lượng(?=[ \t]+(?:thi công|xây lắp|công việc|hoàn thành|đạt|ước))|thi công|"
                            r"giá trị hợp đồng|(?:bàn giao|giải phóng|giao)(?:[ \t]+(?:được|đạt))?"
                            r"(?:[ \t]+[\d,.]+[ \t]*%)?[ \t]+mặt bằng|hợp long|nhà thầu)\b"
                            r"|%[ \t]*(?:khối lượng|mặt bằng)\b", re.IGNORECASE)
_ALL_WORKS = re.compile(r"\b(?:các|những|nhiều)[ \t]+(?:dự án|công trình|gói thầu)|\btoàn (?:tỉnh|thành phố|ngành)\b|"
                        r"\bcả tỉnh\b|\bđầu tư công\b|\bcác (?:huyện|địa phương)\b", re.IGNORECASE)


# A numbered component of a programme ("Dự án 6", "Tiểu dự án 2", "Nội dung 3") and, in the same sentence, the
# programme it is declared part of ("Dự án N (phát triển ...) thuộc Chương trình mục tiêu quốc gia X").
_COMPONENT_NUMBER = re.compile(r"\b(?:Tiểu dự án|Dự án|Nội dung)[ \t]+(\d{1,2})\b")
_PART_OF = re.compile(r"\bthuộc[ \t]+$")


def _numbered_components(r: ReportContext, works: ProjectIndex) -> dict[str, list[tuple[str, str]]]:
    """The numbered components a report declares part of a programme ("Dự án N ... thuộc Chương trình X"), as
    "Dự án N" -> [(the section path where it is declared, the programme)]: where the report names the component
    alone later in that section ("giải ngân vốn Dự án N đạt M%"), the figure is the programme's (a component is no
    work of its own)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for match in _COMPONENT_NUMBER.finditer(r.w):
        sentence = r.sentence_of(match.start())
        after = r.w[match.end():min(sentence[1], match.end() + 300)]
        for hit in _works_in(works, after, r.province):
            if works.is_programme(hit[2]) and _PART_OF.search(re.sub(r"\([^()]*\)", "", after[:hit[0]])):
                declared = (r.seg.section_at(match.start()), hit[2])
                same = found.setdefault(" ".join(match.group().split()), [])
                if declared not in same:
                    same.append(declared)
                break
    return found


def _programme_of_component(components: dict[str, list[tuple[str, str]]], said: str, section: str,
                            review: bool) -> str | None:
    """The programme of the one declared component the figure's clause names, if any: declared in the figure's own
    heading block (its section or one holding it; the innermost wins), since a number names a component only where
    the report says whose it is ("Dự án 3" of a poverty programme's section is not the "Dự án 3" of another part);
    in a part that reviews the whole body (``review``: its shortcomings, its general targets), the one programme the
    report declares it of."""
    named: set[str] = set()
    for m in _COMPONENT_NUMBER.finditer(said):
        declared = components.get(" ".join(m.group().split()), [])
        holding = [(path, programme) for path, programme in declared
                   if section == path or section.startswith(path + "/")]
        if holding:
            depth = max(path.count("/") for path, _ in holding)
            named |= {programme for path, programme in holding if path.count("/") == depth}
        elif review and len({programme for _, programme in declared}) == 1:
            named.add(declared[0][1])
        else:
            named.add("")  # a component this block does not declare: no programme
    return (named.pop() or None) if len(named) == 1 else None


def _reviews_the_body(r: ReportContext, offset: int) -> bool:
    """Whether the offset's section is one that looks back over the report's whole body (its heading names
    shortcomings or general targets: vocabularies/extraction.toml [works] review_headings)."""
    start = r.section_start(offset)
    end = r.w.find("\n", start)
    return bool(search(vocabulary().review_heading, r.w[start:end if end >= 0 else len(r.w)]))


def _other_places(r: ReportContext, text: str) -> bool:
    """Whether ``text`` names a place other than the report's province: a clause about a district or a town is about
    its own works, one naming the province ("phần vốn của tỉnh X bố trí ...") goes on with the work's."""
    return any(local != r.province for _s, _e, local in r.places.find_all(text))


def _programme_of_paragraph(r: ReportContext, works: ProjectIndex, f: Figure) -> str | None:
    """The programme an earlier sentence of the figure's paragraph names last, when the figure counts one of its
    results: a label of the figure's indicator holds all the words of a label of the programme ("Toàn tỉnh có 120
    xã đạt chuẩn nông thôn mới. Bình quân đạt 17,5 tiêu chí/xã": the criteria are the new rural programme's; "Chương
    trình OCOP được đẩy mạnh. Có 45 sản phẩm được công nhận": OCOP products). A figure of another quantity in that
    paragraph ("tỷ lệ hộ nghèo") is not the programme's. Money allotted or drawn in the very next sentence, which
    names no work of its own, is the programme's too ("... thực hiện Chương trình X. Năm nay, Trung ương phân bổ cho
    tỉnh 60 tỷ đồng")."""
    start, sentence_start = r.paragraph_of(f.start), r.sentence_of(f.start)[0]
    if sentence_start <= start:
        return None
    named = [hit[2] for hit in _works_in(works, r.w[start:sentence_start], r.province) if works.is_programme(hit[2])]
    if not named:
        return None
    programme = named[-1]
    if f.indicator and _result_of(r, works, programme, f.indicator):
        return programme
    previous = r.sentence_of(sentence_start - 1)
    said = r.w[sentence_start:f.start]
    if MONEY_UNIT.search(f.unit_text) and _CAPITAL_GIVEN.search(said) and not _works_in(works, said, r.province) \
            and not _ALL_WORKS.search(said) and not r.places.find_all(said) \
            and programme in [hit[2] for hit in _works_in(works, r.w[previous[0]:previous[1]], r.province)]:
        return programme
    return None


# Words of capital allotted to or drawn by a programme ("phân bổ cho tỉnh", "bố trí", "được giao", "giải ngân"); not
# lending or spending of others ("cho vay").
_CAPITAL_GIVEN = re.compile(r"\b(?:phân bổ|bố trí|được giao|giao vốn|giải ngân|kế hoạch vốn)\b", re.IGNORECASE)


def _result_of(r: ReportContext, works: ProjectIndex, programme: str, indicator: str | None) -> bool:
    """Whether an indicator counts a result of a programme: one of its labels holds all the words of one of the
    programme's ("số xã đạt chuẩn nông thôn mới" of "nông thôn mới")."""
    if not indicator:
        return False
    programme_words = [content_words(label) for label, local in works.labels.items() if local == programme]
    indicator_words = r.lex.indicators.label_words(indicator)
    return any(words and words <= own for words in programme_words for own in indicator_words)


def _work_of_run_in_title(r: ReportContext, works: ProjectIndex, line: tuple[int, int], f: Figure,
                          programme: bool) -> str | None:
    """The programme (or the project) a paragraph's run-in title names, and little else, when the title opens the
    figure's line and ends with a colon ("đ) Nông thôn mới: ... . Lũy kế 250 xã đạt chuẩn"): every sentence of the
    paragraph reports on that work, not only the first; in a later sentence, a programme's figures unless their
    indicator is no result of it (its label does not hold the programme's), and a project's figures unless the
    sentence is about all works or a place ("Cầu X: ... . Toàn tỉnh giải ngân 45%")."""
    colon = r.w.find(":", line[0], f.start)
    work = _work_titled(works, r.w[line[0]:colon], r.province, programme) if colon >= 0 else None
    sentence_start = r.sentence_of(f.start)[0]
    if work is None or sentence_start <= colon:
        return work
    # a quantity of another concept is not the programme's ("Giảm nghèo: ... . Tỷ lệ hộ nghèo 1,2%"); a provisional
    # programme has no labels to tell its results by: its paragraph is read as a project's
    if programme and work in works.entries:
        return None if f.indicator and not _result_of(r, works, work, f.indicator) else work
    said = r.w[sentence_start:f.start]
    if _LAND_HANDED.search(r.w, sentence_start, r.sentence_of(f.start)[1]):
        said = _LOCALITIES.sub(" ", said)  # "Các địa phương đã bàn giao 21/24 km mặt bằng": the work's land
    return None if _ALL_WORKS.search(said) or _other_places(r, said) else work


# Land handed over for a work ("bàn giao 21/24 km mặt bằng", "bàn giao mặt bằng đạt 90%"): the localities that hand
# it over ("các địa phương", "các huyện") do it for the work the paragraph is about.
_LAND_HANDED = re.compile(r"\bbàn giao\b[^.;\n]{0,40}?\bmặt bằng\b", re.IGNORECASE)
_LOCALITIES = re.compile(r"\bcác (?:huyện|địa phương)\b", re.IGNORECASE)


def _work_of_table_lead(r: ReportContext, works: ProjectIndex, line: tuple[int, int],
                        leads: dict[int, tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """(project, programme) of a table row whose table the paragraph right above leads in, ending with a colon and
    naming one work ("Thực hiện Dự án X, huyện đã hỗ trợ N thôn, cụ thể:", "Thực hiện Chương trình Y, ... Kết quả
    theo địa phương như sau:"): its rows (by district, by item) report on that work. A row naming a work of its own
    is linked before this is asked. ``leads`` keeps each row's answer (the rows above a row are read once)."""
    if line[0] in leads:
        return leads[line[0]]
    if not is_row(r.w[line[0]:line[1]]):
        return None, None
    found: tuple[str | None, str | None] = (None, None)
    walked, start = [line[0]], line[0]
    while start > 0:  # up to the table's first row, then over blank lines to the paragraph above
        before = r.w.rfind("\n", 0, start - 1) + 1
        if before in leads:
            found = leads[before]
            break
        above = r.w[before:start - 1]
        if above.strip() and not is_row(above):
            named = {hit[2] for hit in _works_in(works, above, r.province)} if above.rstrip().endswith(":") else set()
            if len(named) == 1:
                work = named.pop()
                found = (None, work) if works.is_programme(work) else (work, None)
            break
        if above.strip():
            walked.append(before)
        start = before
    leads.update(dict.fromkeys(walked, found))
    return found


def _programme_of_heading(r: ReportContext, works: ProjectIndex, f: Figure) -> str | None:
    """The programme the heading of the figure's section names, when the figure counts one of its results (a
    quantity of another concept there is the province's: "4. Giảm nghèo bền vững" over the poverty rate by district),
    or an amount of money (what is raised or spent for it)."""
    programme = _work_of_heading(r, works, f.start, programme=True)
    if programme is None or (f.indicator and programme in works.entries and not MONEY_UNIT.search(f.unit_text)
                             and not _result_of(r, works, programme, f.indicator)):
        return None
    return programme


def _work_of_heading(r: ReportContext, works: ProjectIndex, offset: int, programme: bool) -> str | None:
    """The programme (or the project) the heading of the figure's section names, and little else ("đ) Xây dựng
    nông thôn mới", "2.4. Dự án đường Vành đai X"): the section reports on that work."""
    start = r.section_start(offset)
    end = r.w.find("\n", start, offset)
    return _work_titled(works, r.w[start:end], r.province, programme) if end >= 0 else None


# How many titles an index remembers the work of (a section's heading is read for each of its figures, a run-in
# title for each of its line's)
_TITLED_KEPT = 4096


def _work_titled(works: ProjectIndex, line: str, province: str | None, programme: bool) -> str | None:
    """The programme (or the project) a title names, when it names little else."""
    key = (line, province, programme)
    if key not in works.titled:
        if len(works.titled) >= _TITLED_KEPT:
            works.titled.clear()
        works.titled[key] = _title_work(works, line, province, programme)
    return works.titled[key]


def _title_work(works: ProjectIndex, line: str, province: str | None, programme: bool) -> str | None:
    heading = _HEADING.fullmatch(line)
    if heading is None:
        return None
    title = heading.group(1)
    for hit_start, hit_end, local, _confirmed in _works_in(works, title, province):
        before, after = title[:hit_start], title[hit_end:]
        if not programme:  # "Dự án xây dựng cầu X nối huyện A (tỉnh B) với huyện C": the bridge is all it names
            before = "" if _TITLE_LEAD.fullmatch(before) else before
            after = _TITLE_BRACKETS.sub(" ", after)
            after = re.sub(r"\D", " ", after) if _TITLE_ENDPOINTS.match(after) else after
        rest = _PERIOD_WORDS.sub(" ", before + after)  # "giai đoạn 2021-2025" names no subject
        # numbers of the name are the work's ("Dự án đường tỉnh 830E"); others make the line a sentence with figures
        if works.is_programme(local) == programme and len(re.findall(r"\w+", rest)) <= _HEADING_OTHER_WORDS \
                and not re.search(r"\d", rest):
            return local
    return None


def _is_list_item(w: str, line: tuple[int, int]) -> bool:
    return w[line[0]:line[0] + 3].lstrip().startswith("-")


def _works_in(works: ProjectIndex, text: str, province: str | None) -> list[Hit]:
    """The works named in a text; without the report's province only those of the reference data (a provisional
    IRI needs the province)."""
    if province is None:
        return [hit for hit in works.find_all(text, "") if hit[3]]
    return works.find_all(text, province)


def _named_for(at: tuple[int, int], hits: list[Hit], text: str, whole: bool, counted: bool) -> str | None:
    """The local name of the work a figure at ``at`` (start, end in ``text``) is about, among ``hits``; with
    ``whole`` (a list item about one work, or a programme, whose sentence reports its results clause after clause)
    a name in an earlier clause of ``text`` counts when the figure's own clause names none; with ``counted`` (a
    programme: "14 xã đạt chuẩn nông thôn mới" counts its results) a name right after the figure counts too."""
    start, end = at
    clause_start = _clause_start(text, start)
    # (a name after "nối", "thuộc", ... is an end or the whole of a work named before it in the clause; with none
    # before it, "N trường học thuộc Dự án X, ... bàn giao M trường", it is the clause's work)
    before = [hit for hit in hits if clause_start <= hit[0] <= start
              and not (any(clause_start <= other[0] < hit[0] for other in hits)
                       and ENDPOINT_BEFORE.search(text[max(0, hit[0] - 12):hit[0]]))]
    head = text.find(":", clause_start, start)
    if before and head >= 0 and before[-1][1] <= head:
        return before[0][2]  # "Đường X nối với cầu Y: giải ngân ...": the head's first work is the subject
    if before:
        return before[-1][2]
    head = len(text) if whole else text.find(":")
    earlier = [hit for hit in hits if hit[1] <= min(head + 1, start)]
    if earlier:
        return earlier[-1][2] if whole else earlier[0][2]
    if not counted:
        until = min(_clause_end(text, end), end + _AFTER_REACH)
        after = [hit for hit in hits if end <= hit[0] < until and _FOR_WORK.search(text[end:hit[0]])
                 or start < hit[0] < until and _COUNTED_WORKS.match(text, min(end, hit[0]), hit[0] + 12)]
        return after[0][2] if after else None
    until = min(_clause_end(text, start), end + _AFTER_REACH)
    after = [hit for hit in hits if start < hit[0] < until]  # a unit may run into the name ("căn nhà tạm")
    return after[0][2] if after else None
