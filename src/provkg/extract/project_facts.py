"""What a report states about a named work besides its figures: investor, funders, total investment, start and
completion dates, and the stage it is at.

A fact belongs to the work named last before it in the same sentence or list line ("Dự án cầu X do Ban QLDA
giao thông làm chủ đầu tư, tổng mức đầu tư 650 tỷ đồng, khởi công tháng 3/2023"), not to a work named as one of
its ends ("đường X nối với cầu Y"). A date or a stage stated as a plan ("dự kiến hoàn thành năm 2026") is a planned
date, never the stage the work is at. The facts of works the reference data does not hold are described in the
report's graph (provkg.pipeline.rdfmap); curated entries keep what ontology/projects.ttl says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from provkg.core.numbers import parse_number
from provkg.extract.projects import ENDPOINT_BEFORE
from provkg.reference.projects import ProjectIndex


@dataclass
class ProjectFacts:
    """The facts a report states about one work (dates as ISO codes: 2023-06-25, 2023-06 or 2023)."""

    investor: str | None = None
    funders: set[str] = field(default_factory=set)  # local names of pk:FundingSource concepts (funding-oda, ...)
    total_investment: tuple[Decimal, str] | None = None  # value and unit as written ("tỷ đồng")
    start: str | None = None
    planned_start: str | None = None
    completion: str | None = None
    planned_completion: str | None = None
    status: str | None = None  # local name of a pk:ProjectStatus (status-completed, ...)


# What joins the names of an enumeration of works.
_JOINED = re.compile(r"[ \t]*(?:,|và|,[ \t]*và)[ \t]*(?:(?:dự án|công trình|tuyến)[ \t]+)?")
# Where a fact's scope ends: the end of the line or of the sentence.
_SCOPE_END = re.compile(r"\n|\.\s+(?=[A-ZĐ\d(])")
# A date as reports write it: "ngày 25/6/2023", "25/6/2023", "tháng 6/2023", "tháng 6 năm 2023", "năm 2023".
_DATE = (r"(?:ngày[ \t]+)?(?P<d>\d{1,2})/(?P<dm>\d{1,2})/(?P<dy>\d{4})"
         r"|tháng[ \t]+(?P<m>\d{1,2})(?:/|[ \t]+năm[ \t]+)(?P<my>\d{4})"
         r"|(?:năm|cuối năm|đầu năm|trong năm)[ \t]+(?P<y>\d{4})")
# Words that make what follows a plan, not a fact ("dự kiến hoàn thành", "phấn đấu khởi công").
_PLANNED = re.compile(r"\b(?:dự kiến|phấn đấu|kế hoạch|sẽ|cố gắng|đề ra|mục tiêu|yêu cầu)\b", re.IGNORECASE)
# A deadline ("hoàn thành trước 30/6/2026", "chậm nhất trong năm 2026") is a plan too.
_DEADLINE = re.compile(r"\b(?:trước|chậm nhất)\b", re.IGNORECASE)
_START = re.compile(r"(?:được[ \t]+|đã[ \t]+)?khởi công(?:[ \t]+xây dựng)?(?:[ \t]+(?:công trình|dự án))?"
                    r"(?:[ \t]+(?:từ|vào|trong))?[ \t]+(?:" + _DATE + ")", re.IGNORECASE)
_COMPLETION = re.compile(r"(?:hoàn thành|thông xe|khánh thành|đưa vào (?:sử dụng|khai thác|vận hành))"
                         r"(?:[ \t]+[^\s\d,;.:]+){0,4}?(?:[ \t]+(?:từ|vào|trong))?[ \t]+(?:" + _DATE + ")",
                         re.IGNORECASE)
# "thời gian thực hiện 2025-2028": the years of the investment decision.
_IMPLEMENTATION = re.compile(r"thời gian thực hiện(?:[ \t]+(?:dự án|từ|giai đoạn))*[ \t]+(\d{4})[ \t]*[-–][ \t]*"
                             r"(\d{4})", re.IGNORECASE)
_AMOUNT_UNITS = r"nghìn tỷ đồng|ngàn tỷ đồng|tỷ đồng|tỉ đồng|triệu đồng|tỷ USD|triệu USD"
_TOTAL = re.compile(r"(?:tổng mức đầu tư|tổng vốn đầu tư|tổng vốn|tổng kinh phí|\(vốn)"
                    r"(?:[ \t]+(?:dự án|được duyệt|ban đầu|là|khoảng|hơn|gần|trên|dự kiến|đầu tư))*[ \t]*:?[ \t]*"
                    r"(\d[\d.,]*)[ \t]*(" + _AMOUNT_UNITS + r")(?!\w)", re.IGNORECASE)
_INVESTOR = re.compile(
    r"(?:chủ đầu tư|CĐT)[ \t]*(?:là|:)?[ \t]+(?P<after>[A-ZĐ][^,;.()\n:]{2,80}?)(?=[ \t]*(?:[,;.()\n]|làm|thực hiện|$))"
    r"|do[ \t]+(?P<before>[A-ZĐ][^,;()\n:]{2,80}?)[ \t]+làm chủ đầu tư"
    # a firm the work is said to be of ("Khu phức hợp X của Tập đoàn Y có tổng vốn ...")
    r"|^[ \t]*của[ \t]+(?P<owner>(?:Tập đoàn|(?:Tổng )?Công ty)[ \t][^,;.()\n:]{2,80}?)"
    r"(?=[ \t]*(?:[,;.()\n]|có|với|đã|đang|đạt|được|tại|$))")
# A firm a work's own name says it belongs to ("Nhà máy chế biến gỗ của Công ty TNHH X").
_OWNED_BY = re.compile(r"\bcủa[ \t]+((?:Tập đoàn|(?:Tổng )?Công ty)[ \t][^,;.()\n:]{2,80})$")
# Funding sources by the words that name them, each the local name of its pk:FundingSource concept.
_FUNDERS = (
    ("funding-world-bank", re.compile(r"\b(?:WB|Ngân hàng Thế giới)\b")),
    ("funding-adb", re.compile(r"\b(?:ADB|Ngân hàng Phát triển [Cc]hâu Á)\b")),
    ("funding-oda", re.compile(r"\bODA\b|vốn vay (?:ưu đãi )?(?:nước ngoài|của Chính phủ)|\b(?:JICA|KfW|EDCF|AFD)\b")),
    ("funding-central-budget", re.compile(r"ngân sách (?:nhà nước )?trung ương|vốn trung ương|\bNSTW\b",
                                          re.IGNORECASE)),
    ("funding-local-budget", re.compile(r"ngân sách (?:tỉnh|địa phương|thành phố)|vốn (?:ngân sách )?tỉnh\b|\bNSĐP\b",
                                        re.IGNORECASE)),
    ("funding-ppp", re.compile(r"đối tác công tư|\b(?:PPP|BOT)\b", re.IGNORECASE)),
    ("funding-private", re.compile(r"vốn (?:của )?(?:doanh nghiệp|nhà đầu tư|tư nhân)|vốn ngoài ngân sách",
                                   re.IGNORECASE)),
)
# The stage a work is at, by the words that state it, most advanced last: the most advanced stated wins.
_STATUSES = (
    ("status-proposed", re.compile(r"đề xuất (?:chủ trương|đầu tư)|chấp thuận chủ trương|phê duyệt chủ trương",
                                   re.IGNORECASE)),
    ("status-preparation", re.compile(r"chuẩn bị đầu tư|đang (?:hoàn thiện|lập|thẩm định|trình)[ \t]+(?:hồ sơ|thiết "
                                      r"kế|báo cáo|dự án)|lựa chọn nhà thầu|giải phóng mặt bằng", re.IGNORECASE)),
    ("status-under-construction", re.compile(r"đang (?:triển khai )?(?:thi công|xây dựng)|(?:đã|được) khởi công|"
                                             r"khởi công (?:ngày|từ|vào|tháng)|(?:khối lượng|sản lượng) thi công|"
                                             r"thi công đạt|khối lượng đạt|hoàn thành (?:khoảng |được )?[\d,.]+ ?% "
                                             r"khối lượng", re.IGNORECASE)),
    # "đã hoàn thành" alone or with the whole work, not "đã hoàn thành 60% khối lượng" or "đã hoàn thành lựa chọn
    # nhà thầu" (a step of the work)
    ("status-completed", re.compile(r"(?:đã hoàn thành|hoàn thành xây dựng)(?=[ \t]*(?:[,;.:)\n]|$|và đưa|toàn bộ|"
                                    r"toàn tuyến|công trình|dự án))|đã thông xe|đã khánh thành|(?:hoàn thành|đã)"
                                    r"(?:,| và)? đưa vào (?:sử dụng|khai thác|vận hành)", re.IGNORECASE)),
    ("status-suspended", re.compile(r"tạm dừng|dừng thi công|thu hồi (?:chủ trương|dự án)", re.IGNORECASE)),
)
_STAGE_ORDER = {name: rank for rank, (name, _pattern) in enumerate(_STATUSES)}


def project_facts(text: str, province: str, works: ProjectIndex) -> dict[str, ProjectFacts]:
    """The facts ``text`` (a report of ``province``) states about each work it names, by the work's local name;
    works about which it states nothing are left out."""
    hits = works.find_all(text, province)
    facts: dict[str, ProjectFacts] = {}
    for i, (start, end, local, _confirmed) in enumerate(hits):
        line_start = text.rfind("\n", 0, start) + 1
        if i and hits[i - 1][1] > line_start and ENDPOINT_BEFORE.search(text[max(0, start - 12):start]):
            continue  # an end of the work named before it: what follows is about that work
        for later in hits[i + 1:]:  # "cầu X và đường Y đã hoàn thành": what follows an enumeration is about each
            if not _JOINED.fullmatch(text, end, later[0]):
                break
            end = later[1]
        scope_end = _SCOPE_END.search(text, end)
        until = scope_end.start() if scope_end else len(text)
        following = next((hit[0] for hit in hits[i + 1:] if hit[0] >= end and not ENDPOINT_BEFORE.search(
            text[max(0, hit[0] - 12):hit[0]])), until)
        scope = text[end:min(until, following)]
        found = _facts_in(scope, facts.get(local) or ProjectFacts())
        if found.investor is None and (owner := _OWNED_BY.search(text, start, hits[i][1])):
            found.investor = " ".join(owner.group(1).split())  # "nhà máy X của Công ty Y": the name says whose
        if found != ProjectFacts():
            facts[local] = found
    return facts


def _facts_in(scope: str, facts: ProjectFacts) -> ProjectFacts:
    """``facts`` with what ``scope`` (the words after a work's name) states added; later statements win."""
    if investor := _INVESTOR.search(scope):
        named = investor.group("after") or investor.group("before") or investor.group("owner")
        facts.investor = " ".join(named.split())
    for local, pattern in _FUNDERS:
        if pattern.search(scope):
            facts.funders.add(local)
    if total := _TOTAL.search(scope):
        try:
            facts.total_investment = (parse_number(total.group(1)).value, total.group(2))
        except ValueError:
            pass
    for pattern, stated, planned in ((_START, "start", "planned_start"),
                                     (_COMPLETION, "completion", "planned_completion")):
        for match in pattern.finditer(scope):
            if (when := _iso(match)) is not None:
                plan = _planned(scope, match.start()) or _DEADLINE.search(match.group())
                setattr(facts, planned if plan else stated, when)
    if period := _IMPLEMENTATION.search(scope):
        facts.start = facts.start or period.group(1)
        facts.planned_completion = facts.planned_completion or period.group(2)
    for local, pattern in _STATUSES:
        stated = [m for m in pattern.finditer(scope) if not _planned(scope, m.start())]
        if stated and (facts.status is None or _STAGE_ORDER[local] >= _STAGE_ORDER[facts.status]):
            facts.status = local
    return facts


def _planned(scope: str, position: int) -> bool:
    """Whether the words of the clause before ``position`` make what is stated there a plan."""
    clause_start = max(scope.rfind(mark, 0, position) for mark in ",;:(") + 1
    return bool(_PLANNED.search(scope, clause_start, position))


def _iso(match: re.Match[str]) -> str | None:
    """The ISO code of a date matched by _DATE, as precise as written (day, month or year); None for a day or
    month that does not exist."""
    if match.group("dy"):
        try:
            return date(int(match.group("dy")), int(match.group("dm")), int(match.group("d"))).isoformat()
        except ValueError:
            return None
    if match.group("my"):
        month = int(match.group("m"))
        return f"{match.group('my')}-{month:02d}" if 1 <= month <= 12 else None
    return match.group("y")


__all__ = ["ProjectFacts", "project_facts"]
