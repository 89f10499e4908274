"""What reports state about a work besides its figures, in sentences written for these tests (two phrasings of
each family), and those facts as RDF on the provisional work, accepted by the shapes."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox
import pytest

from provkg.core.namespaces import PK, PROJECT, REFERENCE_GRAPH, XSD
from provkg.extract.extractor import extract
from provkg.extract.project_facts import ProjectFacts, project_facts
from provkg.pipeline.rdfmap import report_iri, report_triples
from provkg.read.header import read_header, report_from_header
from provkg.reference.loader import load_reference
from provkg.reference.projects import project_index

HEADER = "UBND TỈNH LONG AN\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\nPhần thứ nhất\n"


def facts(text: str) -> dict[str, ProjectFacts]:
    return project_facts(text, "long-an", project_index())


@pytest.mark.parametrize("text", [
    "Dự án cầu Mỹ Lợi do Ban Quản lý dự án giao thông làm chủ đầu tư, tổng mức đầu tư 1.250,5 tỷ đồng từ ngân "
    "sách trung ương, khởi công ngày 15/3/2023, dự kiến hoàn thành năm 2026.",
    "- Cầu Mỹ Lợi (chủ đầu tư: Ban Quản lý dự án giao thông): tổng vốn đầu tư 1.250,5 tỷ đồng, vốn ngân sách "
    "trung ương; được khởi công từ 15/3/2023; phấn đấu hoàn thành trong năm 2026.",
])
def test_investor_funder_total_and_dates_of_a_work(text: str) -> None:
    stated = facts(text)["long-an/cau-my-loi"]
    assert stated.investor == "Ban Quản lý dự án giao thông"
    assert stated.funders == {"funding-central-budget"}
    assert stated.total_investment == (Decimal("1250.5"), "tỷ đồng")
    assert (stated.start, stated.planned_completion, stated.completion) == ("2023-03-15", "2026", None)
    assert stated.status == "status-under-construction"


@pytest.mark.parametrize("text", [
    "Đường cao tốc Bến Lức - Long Thành (vốn vay ADB và JICA) đã thông xe toàn tuyến ngày 02/9/2023.",
    "Cao tốc Bến Lức - Long Thành sử dụng vốn ODA của ADB, hoàn thành và đưa vào sử dụng tháng 9/2023.",
])
def test_a_completed_work_and_its_lenders(text: str) -> None:
    stated = facts(text)["long-an/cao-toc-ben-luc-long-thanh"]
    assert {"funding-adb", "funding-oda"} <= stated.funders
    assert stated.completion in ("2023-09-02", "2023-09") and stated.status == "status-completed"


@pytest.mark.parametrize("text", [
    "Cầu Rạch Cát đã hoàn thành 60% khối lượng, đã hoàn thành lựa chọn nhà thầu gói thầu số 5.",
    "Cầu Rạch Cát: khối lượng thi công đạt 60%; dự kiến hoàn thành và đưa vào sử dụng năm 2024.",
])
def test_part_of_the_work_done_is_no_completion(text: str) -> None:
    stated = facts(text)["long-an/cau-rach-cat"]
    assert stated.status == "status-under-construction" and stated.completion is None


@pytest.mark.parametrize("text", [
    "Cầu Tân An và đường tỉnh 827 đã hoàn thành, đưa vào sử dụng.",
    "Cầu Tân An, đường tỉnh 827 đã khánh thành.",
])
def test_what_follows_an_enumeration_of_works_is_about_each(text: str) -> None:
    stated = facts(text)
    assert stated["long-an/cau-tan-an"].status == stated["long-an/duong-tinh-827"].status == "status-completed"


@pytest.mark.parametrize("text", [
    "Đường tỉnh 830 nối với cầu Tân An, tổng mức đầu tư 900 tỷ đồng, theo hình thức đối tác công tư.",
    "Đường tỉnh 830 kết nối cầu Tân An có tổng vốn 900 tỷ đồng, đầu tư theo hình thức PPP.",
])
def test_a_work_named_as_an_end_of_another_takes_none_of_its_facts(text: str) -> None:
    stated = facts(text)
    (road,) = [local for local in stated if local.startswith("long-an/duong-tinh-830")]
    assert stated[road].total_investment == (Decimal("900"), "tỷ đồng") and stated[road].funders == {"funding-ppp"}
    assert "long-an/cau-tan-an" not in stated


def test_a_sentence_without_facts_states_none_and_impossible_dates_are_left_out() -> None:
    assert facts("Cầu Mỹ Lợi nằm trên địa bàn huyện Cần Đước.") == {}
    assert facts("Cầu Mỹ Lợi khởi công ngày 31/2/2023.").get("long-an/cau-my-loi", ProjectFacts()).start is None


def test_facts_are_properties_of_the_provisional_work_and_pass_the_shapes() -> None:
    text = HEADER + ("Dự án cầu Phước Lợi do Sở Giao thông vận tải làm chủ đầu tư, tổng mức đầu tư 650 tỷ đồng, "
                     "vốn ngân sách tỉnh, khởi công tháng 3/2023; đã giải ngân 120 tỷ đồng.\n")
    reference = load_reference()
    report = report_from_header(read_header(text, reference.provinces), text, "long-an.txt")
    figures = extract(text, report_period="2023-H1").figures
    triples = report_triples(report, figures, units=reference.units, text=text, produced_by="extraction",
                             projects=project_index(reference))
    work = ox.NamedNode(PROJECT + "long-an/cau-phuoc-loi")
    about = {(t.predicate.value, t.object.value) for t in triples if t.subject == work}
    assert {(PK + "investor", "Sở Giao thông vận tải"), (PK + "funder", PK + "funding-local-budget"),
            (PK + "totalInvestment", "650"), (PK + "startDate", "2023-03"),
            (PK + "status", PK + "status-under-construction"),
            (PK + "totalInvestmentUnit", "https://w3id.org/provkg/id/unit/billion-vnd")} <= about
    start = next(t.object for t in triples if t.subject == work and t.predicate.value == PK + "startDate")
    assert start.datatype.value == XSD + "gYearMonth"
    store = ox.Store()
    iri = report_iri(report.report_id)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(REFERENCE_GRAPH)) for t in reference.triples)
    rules = {r.rule for r in validate_graph_rules(store, iri)}
    assert not {rule for rule in rules if rule.startswith("Initiative")}
    # a second, contradicting total of the same work is refused by the shapes
    store.add(ox.Quad(work, ox.NamedNode(PK + "totalInvestment"), ox.Literal("700", datatype=ox.NamedNode(
        XSD + "decimal")), ox.NamedNode(iri)))
    store.add(ox.Quad(work, ox.NamedNode(PK + "completionDate"), ox.Literal("sắp xong"), ox.NamedNode(iri)))
    refused = {r.rule for r in validate_graph_rules(store, iri)}
    assert {"InitiativeTotalInvestment", "InitiativeDatePrecision"} <= refused


def validate_graph_rules(store: ox.Store, iri: str) -> list:
    from provkg.validate.engine import validate_graph

    return validate_graph(store, report_iri=iri).results


def test_the_project_facts_query_answers_with_labels(tmp_path) -> None:  # noqa: ANN001
    from provkg.pipeline.ingest import ingest
    from provkg.store.query import resolve_query, run_query, with_language
    from provkg.store.store import KnowledgeStore

    text = tmp_path / "long-an.txt"
    text.write_text("UBND TỈNH LONG AN\nSố: 45/BC-UBND\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2023\n"
                    "Cầu Mỹ Lợi (chủ đầu tư: Ban Quản lý dự án giao thông) có tổng mức đầu tư 1.250 tỷ đồng, vốn "
                    "ngân sách trung ương, đã khởi công ngày 15/3/2023; đã giải ngân 210 tỷ đồng.\n", encoding="utf-8")
    ingest([text], tmp_path / "store")
    with KnowledgeStore.open(tmp_path / "store", read_only=True) as store:
        table = run_query(store, with_language(resolve_query("project-facts"), "en"))
    rows = [dict(zip(table.columns, row, strict=True)) for row in table.rows]
    (bridge,) = [row for row in rows if row["code"] == "long-an/cau-my-loi"]
    assert (bridge["investor"], bridge["funders"], bridge["total"], bridge["unit"], bridge["start"],
            bridge["status"]) == ("Ban Quản lý dự án giao thông", "Central government budget", "1250", "billion dong",
                                  "2023-03-15", "Under construction")


@pytest.mark.parametrize(("text", "local"), [
    ("Khu phức hợp thương mại, dịch vụ và nhà ở Tân Kim của Tập đoàn Phú Long có tổng vốn đầu tư 2.000 tỷ đồng.",
     "long-an/khu-phuc-hop-thuong-mai-dich-vu-va-nha-o-tan-kim"),
    ("Nhà máy chế biến gỗ của Công ty TNHH Phú Long đạt 60% khối lượng, đang thi công.",
     "long-an/nha-may-che-bien-go-phu-long"),
])
def test_the_firm_a_work_is_said_to_be_of_is_its_investor(text: str, local: str) -> None:
    assert facts(text)[local].investor in ("Tập đoàn Phú Long", "Công ty TNHH Phú Long")


def test_a_work_of_the_province_has_no_investor_named() -> None:
    assert "long-an/cau-rach-chanh" not in facts("Cầu Rạch Chanh của tỉnh đã được bàn giao.") or \
        facts("Cầu Rạch Chanh của tỉnh đã được bàn giao.")["long-an/cau-rach-chanh"].investor is None
