"""Speed work on extraction that must change no output: the caches and shortcuts give the answers of the plain
computation (texts in our own words), and a digest pins everything extraction finds in a few test reports
(`benchmarks/dump_extract.py --check` is the wider check over the dev texts and the seed)."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import json
import re
import weakref
from pathlib import Path

import pytest

from provkg.core.patterns import search, trie_alternation
from provkg.extract.extractor import extract
from provkg.extract.indicators import _WORK_HEAD, _WORK_KIND_NAMED
from provkg.extract.projects import _clause_end, _clause_start, _work_titled
from provkg.extract.subject import _STRONG_CUT
from provkg.extract.vocabulary import words_pattern
from provkg.read.reading import read_report
from provkg.reference import labels
from provkg.reference.labels import LabelIndex
from provkg.reference.projects import _ABBREVIATION, _ABBREVIATION_SCAN, ProjectIndex, expand_abbreviations

REPORTS = Path(__file__).parent / "reports"

# The clause end as it was written before its look-behinds moved after the full stop: the reference.
_PLAIN_CLAUSE_END = re.compile(r";|(?<!\bTP)(?<!\bTp)(?<!\bTX)(?<!\bTx)\.\s")

_CLAUSE_TEXTS = [
    "Dự án cầu Nam Sơn đạt 60% khối lượng; đường Đông Bắc đạt 45%. Khu đô thị ở TP. Vinh xong 30%.",
    "TX. Sơn Tây có 3 công trình; Tp. Bà Rịa có 2. Tx. Hòa Lạc.\nHết năm. ATP. x;",
]


@pytest.mark.parametrize("text", _CLAUSE_TEXTS)
def test_clause_start_and_end_are_those_of_a_search_from_each_offset(text: str) -> None:
    for at in range(len(text) + 1):
        last = max((m.end() for m in _PLAIN_CLAUSE_END.finditer(text, 0, at)), default=0)
        following = _PLAIN_CLAUSE_END.search(text, at)
        assert _clause_start(text, at) == last, at
        assert _clause_end(text, at) == (following.start() if following else len(text)), at


@pytest.mark.parametrize("text", [
    "Toàn tỉnh giải ngân 1.200 tỷ đồng, trong đó công trình trường học 80 tỷ đồng",
    "- Bệnh viện Đa khoa huyện: giải ngân 55 tỷ đồng",
    "Thu ngân sách 9 tháng đạt 4.500 tỷ đồng",
    "nhu cầu vay vốn tăng 12%",
    "Kè chống sạt lở bờ sông đạt 80%",
])
def test_a_work_named_anywhere_is_what_a_search_of_the_work_head_finds(text: str) -> None:
    for end in range(len(text) + 1):
        assert bool(search(_WORK_KIND_NAMED, text[:end])) == bool(_WORK_HEAD.search(text, 0, end)), end


def test_the_project_index_answers_a_sentence_asked_again_after_another() -> None:
    index = ProjectIndex([("cau-ben-loi", "cầu Bến Lội")], {}, frozenset())
    scans = []
    scan = index._find_all
    index._find_all = lambda text, province: scans.append(text) or scan(text, province)  # type: ignore[method-assign]
    first = "Cầu Bến Lội đã thi công đạt 70% khối lượng."
    second = "Đường Hòa Sơn Tây đã giải ngân 40 tỷ đồng."
    answers = [index.find_all(text, "tinh-x") for text in (first, second, first)]
    assert scans == [first, second]
    assert answers[0] == answers[2] and answers[0][0][2] == "cau-ben-loi"
    answers[2].clear()  # each caller gets its own list
    assert index.find_all(first, "tinh-x") == answers[0]


def test_the_project_index_keeps_answers_per_province() -> None:
    index = ProjectIndex([], {}, frozenset())
    scans = []
    scan = index._find_all
    index._find_all = lambda text, province: scans.append(province) or scan(text, province)  # type: ignore[method-assign]
    text = "Khu tái định cư Đồng Văn đã khởi công, đạt 20% khối lượng."
    one, other, again = (index.find_all(text, p) for p in ("tinh-a", "tinh-b", "tinh-a"))
    assert scans == ["tinh-a", "tinh-b"]
    assert one == again and one != other  # a work the reference does not know is named after its province


def test_a_full_phrase_cache_is_emptied_and_filled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "_PHRASES_KEPT", 2)
    index = LabelIndex({"số hộ nghèo": "poor-households", "xã đạt chuẩn nông thôn mới": "new-rural-communes"})
    phrases = ["số hộ nghèo giảm 300 hộ", "có 12 xã đạt chuẩn nông thôn mới", "tỷ lệ số hộ nghèo còn 4%"]
    found = [index.find_all(phrase) for phrase in phrases]
    assert phrases[2] in index._cache  # the third phrase is kept, after the first two were let go
    assert [index.find_all(phrase) for phrase in phrases] == found
    assert [hit[2] for hits in found for hit in hits] == ["poor-households", "new-rural-communes", "poor-households"]


_GUARDED = [
    re.compile(r"(?<!\w)(?:ước tính|dự kiến|sơ bộ)(?!\w)", re.IGNORECASE),
    re.compile(r"(?:đến|tới)\s+hết\s+tháng\s+(\d{1,2})", re.IGNORECASE),
    re.compile(r"\bkhoảng\s+\d+|\btrên\s+\d+", re.IGNORECASE),
    re.compile(r"số\s+\d+"),
]


@pytest.mark.parametrize("text", [
    "Ước tính cả năm thu 8.000 tỷ đồng", "SƠ BỘ 6 tháng đạt 52%", "đến hết tháng 9 giải ngân trên 60%",
    "Đến  hết tháng 10", "khoảng 12 nghìn lao động", "Số 5 và số 7", "İstanbul ıı ſố 3", "",
])
def test_the_pattern_guard_says_no_only_where_the_pattern_finds_nothing(text: str) -> None:
    for pattern in _GUARDED:
        assert bool(search(pattern, text)) == bool(pattern.search(text)), pattern.pattern


@pytest.mark.parametrize("text", ["Cầu Phú Mỹ hoàn thành 85% khối lượng", "Chương trình MTQG giảm nghèo bền vững"])
def test_abbreviations_written_out_keep_their_offsets(text: str) -> None:
    written, starts, ends = expand_abbreviations(text)
    assert len(starts) == len(ends) == len(written) + 1
    if written == text:  # none to write out: every offset is its own
        assert starts == ends == list(range(len(text) + 1))
    else:
        assert written.startswith("Chương trình mục tiêu quốc gia") and starts[-1] == ends[-1] == len(text)


_KINDS = ["cầu", "cầu treo", "cầu cảng", "cảng", "cảng cá", "đường", "đường tỉnh", "đường sắt", "kè", "kênh"]


@pytest.mark.parametrize("text", [
    "Khởi công cầu treo Bản Mòng, cầu cảng Tiên Sa và đường tỉnh 12; kè sông Lam đạt 40%, kênh N2 đạt 15%.",
    "CẦU CẢNG số 3, Cảng cá Lạch Bạng, đường sắt Bắc Nam, đườngx, cầutreo, đường tỉnh",
])
def test_words_written_as_a_tree_match_as_their_alternation_longest_first(text: str) -> None:
    plain = "|".join(re.escape(w) for w in sorted(_KINDS, key=len, reverse=True))
    for tail in (r"(?!\w)", r"\b", ""):
        tree = re.compile(r"(?<!\w)(?:" + trie_alternation(_KINDS) + ")" + tail, re.IGNORECASE)
        alternation = re.compile(r"(?<!\w)(?:" + plain + ")" + tail, re.IGNORECASE)
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in alternation.finditer(text)]
        assert all(bool(tree.match(text, at)) == bool(alternation.match(text, at)) for at in range(len(text)))


# The strong cut of a subject as it was written before its look-behinds moved: the reference.
_PLAIN_STRONG_CUT = re.compile(r"[;:(\n]|(?<!\d)\.(?!\d)|\s-\s|(?<!\w)trong đó(?!\w)", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Vốn đầu tư 1.250 tỷ đồng. Trong đó: vốn tỉnh 3.5 tỷ; xtrong đó - (a) 2.0. TRONG ĐÓ ngân sách",
    "tổng 12.5% trong đóng góp, 7. trong đó\ntrong đó.",
])
def test_the_strong_cut_matches_as_written_before(text: str) -> None:
    assert [m.span() for m in _STRONG_CUT.finditer(text)] == [m.span() for m in _PLAIN_STRONG_CUT.finditer(text)]


@pytest.mark.parametrize("text", [
    "Chương trình MTQG giảm nghèo, CT MTQG xây dựng NTM, KCN Nam Cấm, QL1A, ĐT.482, đường ĐT 477 và TP. HCM",
    "các xã ĐBDTTS&MN, vùng DTTS và MN, KT-XH, KTXH ổn định; dtts; ntmx; xntm",
])
def test_abbreviations_scanned_as_a_tree_match_as_their_alternation(text: str) -> None:
    spans = [(m.span(), m.group("road")) for m in _ABBREVIATION.finditer(text)]
    assert [(m.span(), m.group("road")) for m in _ABBREVIATION_SCAN.finditer(text)] == spans
    assert len(spans) >= 5


@pytest.mark.parametrize(("words", "text"), [
    (["ước", "ước tính", "dự kiến", "sơ bộ"],
     "Ước tính 9 tháng thu 500 tỷ đồng, được giao 600; dự kiến cả năm; SƠ BỘ quý III; xước, ướcx, đã ước"),
    (["lũy kế", "luỹ kế", "tính chung", "cộng dồn"],
     "Lũy kế từ đầu năm 45 dự án; tính chungx; LUỸ KẾ 9 tháng; cộng dồn-12; xcộng dồn"),
])
def test_a_words_pattern_matches_as_the_words_alternation(words: list[str], text: str) -> None:
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    alternation = re.compile(rf"(?<!\w)(?:{plain})(?!\w)", re.IGNORECASE)
    written = words_pattern(words)
    assert [m.span() for m in written.finditer(text)] == [m.span() for m in alternation.finditer(text)]
    assert all(bool(written.match(text, at)) == bool(alternation.match(text, at)) for at in range(len(text)))
    assert all(bool(search(written, text[at:])) == bool(alternation.search(text[at:])) for at in range(len(text)))


def _plain(value: object) -> object:
    return str(value) if value is not None and not isinstance(value, (str, int, bool)) else value


def _dump(text: str, period: str | None) -> dict[str, object]:
    result = extract(text, report_period=period)
    return {"report_period": result.report_period,
            "figures": [{k: _plain(v) for k, v in dataclasses.asdict(f).items()} for f in result.figures],
            "non_figures": [dataclasses.astuple(n) for n in result.non_figures]}


# Everything extraction finds in two test reports and in the two joined (caches kept from one report to the next):
# a change of any figure's field changes it. A change of extraction that is meant changes it too: write the new
# digest here after checking the difference (`benchmarks/dump_extract.py` shows it field by field).
_PINNED = "5969d0c55b2bf962a893203cdd2c20917d2847e163965d01e433a25cf6196439"


def test_extraction_of_the_test_reports_is_pinned() -> None:
    texts = [read_report(REPORTS / name) for name in ("ha-giang-2019.txt", "son-la-2022-Q1-nfd-crlf.txt")]
    dumped = [_dump(text, None) for text in texts] + [_dump("\n".join(texts), "2022")]
    digest = hashlib.sha256(json.dumps(dumped, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    assert digest == _PINNED, digest


def test_titled_works_are_remembered_per_index_and_the_index_is_not_kept_alive() -> None:
    def fresh() -> ProjectIndex:
        return ProjectIndex([("ho-chua-suoi-mo", "hồ chứa Suối Mơ"), ("nong-thon-moi", "nông thôn mới")], {},
                            frozenset({"nong-thon-moi"}), programmes=frozenset({"nong-thon-moi"}))

    titles = [("2. Hồ chứa Suối Mơ", False), ("b) Xây dựng nông thôn mới", True),
              ("- Hồ chứa Suối Mơ giai đoạn 2021-2025", False), ("3. Hồ chứa Suối Mơ tăng 12 ha tưới", False)]
    index = fresh()
    first = [_work_titled(index, line, "tinh-x", programme) for line, programme in titles]
    again = [_work_titled(index, line, "tinh-x", programme) for line, programme in titles]
    assert first == again == ["ho-chua-suoi-mo", "nong-thon-moi", "ho-chua-suoi-mo", None]
    gone = weakref.ref(index)
    del index
    gc.collect()
    assert gone() is None  # a dropped index (reference data reloaded) is freed with what was remembered of it
    assert [_work_titled(fresh(), line, "tinh-x", programme) for line, programme in titles] == first
