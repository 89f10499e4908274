"""The project index: named projects and programmes of the reference data, names of works found in text, and
provisional stable IRIs for works the reference data does not know yet.

A name is written many ways ("dự án đầu tư xây dựng cầu Cửa Lục 3", "cầu Cửa Lục 3"): it is compared without
the words that only say it is a project ("dự án", "công trình", "đầu tư xây dựng"), folded. A work not in
ontology/projects.ttl gets the provisional IRI pkp:<province>/<slug of that name>, the same in every report of the
province, so figures of several reports meet before a curator confirms it. A curator who merges two entries keeps
the older IRI and records the other with owl:sameAs (docs/curation.md); the index then resolves both to the kept one.
National target programmes are shared by every province (their IRIs carry no province).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pyoxigraph import Literal, NamedNode

from provkg.core.namespaces import AREA, PK, PROJECT, RDF, RDFS, SKOS
from provkg.core.patterns import CAPITAL, guarded, trie_alternation
from provkg.reference.labels import LabelIndex, content_words, fold, normalise_label
from provkg.reference.loader import KnownIds, Reference, load_reference

_OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_LABELS = frozenset({RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel"})

# Words that only say the name is an investment (dropped when names are compared and slugs made), longest first.
_INVESTMENT_WORDS = (
    "dự án đầu tư xây dựng công trình", "dự án đầu tư xây dựng", "dự án đầu tư", "dự án thành phần", "dự án",
    "công trình", "đầu tư xây dựng", "xây dựng",
)
# The kinds of works reports name, as the word before the name; "đường" alone needs a capitalised name after it.
_WORK_WORDS = (
    "chương trình mục tiêu quốc gia", "đường bộ cao tốc", "đường cao tốc", "cao tốc", "tuyến đường", "đường",
    "cầu", "hồ chứa nước", "hồ chứa", "bệnh viện", "kè", "nhà máy", "cảng hàng không", "sân bay", "cảng",
    "khu tái định cư", "khu công nghiệp", "cụm công nghiệp", "khu đô thị", "quốc lộ", "dự án", "công trình", "đề án",
    "trạm biến áp", "trạm bơm", "đường dây", "cống", "đập", "kênh", "đường sắt", "vành đai", "nút giao",
    "cảng cá", "khu kinh tế", "hầm", "luồng", "trung tâm", "nhà máy thủy điện", "nhà máy nhiệt điện", "thủy điện",
    "nhiệt điện", "điện gió", "điện mặt trời", "nhà máy thuỷ điện", "thuỷ điện", "tỉnh lộ", "tuyến tránh",
    "đường tránh", "đê", "hệ thống thủy lợi", "hệ thống thuỷ lợi", "trường", "phân khu",
    # works of towns and communes: markets, offices, halls and grounds, parks, stations, resorts, estates, and the
    # complexes and plants that treat waste
    "chợ", "trụ sở", "nhà văn hóa", "nhà văn hoá", "sân vận động", "nhà thi đấu", "công viên", "quảng trường",
    "bến xe", "trạm y tế", "khu du lịch", "khu dân cư", "tượng đài", "nghĩa trang", "khu phức hợp", "khu xử lý",
    "khu liên hợp", "nhà ở xã hội", "khu nhà ở",
)
# Kinds that name a work only when the text says it is an investment right before ("dự án nhà máy ...", "xây
# dựng nhà máy ...", "nâng cấp, mở rộng quốc lộ ...", "đưa vào sử dụng chợ ...") or that it is being built right
# after (_BUILT_AFTER): a plant on its own is an enterprise at work ("thu từ nhà máy X"), a national road on its own
# a place ("tai nạn trên quốc lộ 1A"), a "kênh" also a television channel, a market or a stadium a place of trade
# or of games.
# A power plant or a centre likewise ("sản lượng thủy điện Sơn La", "Trung tâm Y tế huyện"), a tunnel or a fairway
# a place more often than a work; a school an institution at work ("Trường Đại học X tuyển sinh") unless built.
_INVESTMENT_ONLY_KINDS = ("nhà máy", "quốc lộ", "tỉnh lộ", "kênh", "trung tâm", "hầm", "luồng", "khu kinh tế",
                          "thủy điện", "nhiệt điện", "điện gió", "điện mặt trời", "nhà máy thủy điện",
                          "nhà máy nhiệt điện", "thuỷ điện", "nhà máy thuỷ điện", "trường", "chợ", "trụ sở",
                          "nhà văn hóa", "nhà văn hoá", "sân vận động", "nhà thi đấu", "công viên", "quảng trường",
                          "bến xe", "trạm y tế", "khu du lịch", "khu dân cư", "tượng đài", "nghĩa trang")
_INVESTMENT_BEFORE = re.compile(r"(?:dự án|công trình|xây dựng|đầu tư|thành phần|nâng cấp|mở rộng|cải tạo|sửa chữa|"
                                r"khởi công|thi công|khánh thành|đưa vào (?:sử dụng|vận hành|khai thác))"
                                r"(?:[\s,]+tuyến)?[\s,]*$",
                                re.IGNORECASE)
# Lower-case words allowed between the kind word and the first capitalised word of the name ("kè khẩn cấp chống
# sạt lở đoạn Khánh Hội", "đường ven biển đoạn Nghi Sơn - Cửa Lò"), at most this many.
_LEADING_LOWER_WORDS = 15
# Kinds named only by a proper name, a number alone does not name one ("đê", "đường tránh").
_PROPER_NAME_KINDS = ("đê", "hệ thống thủy lợi", "hệ thống thuỷ lợi", "tuyến tránh", "đường tránh", "phân khu")
# Words that end a name: what the sentence says about the work ("giải ngân", "đạt", "đã"), or the whole it belongs
# to ("kè bờ sông X thuộc hệ thống thủy lợi Y": the dike is the work, the system its place).
# Words of what a sentence goes on to say of a work, never of its name ("Bệnh viện X còn quá tải", "Cầu Y nhưng ...",
# "Chương trình Z chậm triển khai", "đường thủy không xảy ra tai nạn", "... năm 20xx đối với lớp N").
_WORDS_OF_WHAT_IS_SAID = frozenset({"còn", "chậm", "nhưng", "hoặc", "không", "bắt", "trở", "xảy", "đối", "lần"})
_STOP_WORDS = frozenset({"giải", "đạt", "ước", "đã", "đang", "tăng", "giảm", "được", "với", "có", "là", "thực",
                         "hoàn", "khởi", "dài", "tổng", "vốn", "kế", "khối", "sản", "tại", "trên", "của", "cho",
                         "trong", "khoảng", "quy", "năm", "tháng", "quý", "phấn", "như", "vào", "các", "ở", "và", "mới",
                         "do", "thuộc", "ngày", "gồm"}) | _WORDS_OF_WHAT_IS_SAID
# Words before "cầu" that make it a common noun ("yêu cầu", "nhu cầu").
_NOT_A_BRIDGE = ("yêu", "nhu", "toàn", "địa", "kích", "cung")  # "kích cầu du lịch", "cung - cầu": demand
# A project management board's name before a kind word: the kind word is part of the board's name ("Ban Quản lý dự
# án đầu tư xây dựng công trình giao thông", "Ban QLDA công trình khu vực Khu kinh tế").
_BOARD_BEFORE = re.compile(r"(?<!\w)(?:Ban[ \t]+(?:QLDA|[Qq]uản lý(?:[ \t]+dự án)?)|BQLDA|BQL)"
                           r"(?:[ \t]+(?:đầu tư|xây dựng|các|chuyên ngành|khu vực))*[ \t]+$")
# The words of an agency before a capitalised kind word: the kind word begins the agency's name ("Cục Đường bộ Việt
# Nam", "Chi cục Thủy lợi").
_AGENCY_BEFORE = re.compile(r"(?<!\w)(?:Tổng cục|Chi cục|Cục|Sở)[ \t]+$")
# The grade of a road after its kind word ("đường cấp III", "đường bộ cấp I đồng bằng", "đường cấp 4 miền núi").
_ROAD_GRADE = re.compile(r"[ \t]+(?:bộ[ \t]+)?cấp[ \t]+(?:[IVX]+|\d)(?!\w)")
# Words of an administrative unit before a capitalised name: "Cầu", "Cảng", "Đường" there begin a place's name
# ("huyện Cầu Kè", "các huyện Cầu Ngang và Trà Cú", "phường Cầu Giấy"), not a work's.
_ADMINISTRATIVE_BEFORE = re.compile(r"(?:huyện|quận|xã|phường|thị trấn|thị xã|thành phố|TP\.|TX\.|tỉnh)[ \t]+$",
                                    re.IGNORECASE)
# In a name of common nouns only the verbs end it ("giảm nghèo" is part of a programme's name).
_LOWER_CASE_STOP_WORDS = frozenset({"giải", "đạt", "ước", "đã", "đang", "được", "với", "có", "là", "ở"}
                                   | _WORDS_OF_WHAT_IS_SAID)
_GENERIC_KINDS = ("dự án", "công trình", "đề án")
_CONNECTORS = frozenset({"-", "–", "—", "đến", "đoạn", "qua", "phía", "tây", "đông", "nam", "bắc", "đai", "lộ",
                         "tỉnh", "số"})
# Kinds whose names are common nouns ("chương trình mục tiêu quốc gia xây dựng nông thôn mới"): the name runs to
# the next punctuation.
_LOWER_CASE_NAMED = ("chương trình mục tiêu quốc gia", "đề án")
# The sector of a provisional work by how the slug of its name begins (its kind word), most specific first.
_SECTOR_BY_KIND = (
    ("nha-may-dien", "energy"), ("thuy-dien", "energy"), ("nhiet-dien", "energy"), ("dien-gio", "energy"),
    ("dien-mat-troi", "energy"), ("duong-sat", "transport"), ("vanh-dai", "transport"), ("nut-giao", "transport"),
    ("ham", "transport"), ("luong", "transport"), ("kenh-au-tau", "transport"), ("au-tau", "transport"),
    ("cang-ca", "fisheries"), ("khu-kinh-te", "industry"),
    ("nha-may-thuy-dien", "energy"), ("nha-may-nhiet-dien", "energy"), ("tuyen-tranh", "transport"),
    ("de", "agriculture"), ("he-thong-thuy-loi", "agriculture"),
    ("duong-day", "energy"), ("tram-bien-ap", "energy"), ("cao-toc", "transport"), ("duong", "transport"),
    ("cau", "transport"), ("cang", "transport"), ("san-bay", "transport"), ("quoc-lo", "transport"),
    ("benh-vien", "health"), ("ho-chua", "agriculture"), ("dap", "agriculture"), ("tram-bom", "agriculture"),
    ("kenh", "agriculture"), ("ke", "natural-resources-environment"), ("khu-cong-nghiep", "industry"),
    ("cum-cong-nghiep", "industry"), ("nha-may", "industry"), ("khu-tai-dinh-cu", "construction"),
    ("khu-do-thi", "urban-development"), ("truong", "education"),
    ("cho", "trade"), ("tru-so", "construction"), ("nha-van-hoa", "culture-sport"),
    ("san-van-dong", "culture-sport"), ("nha-thi-dau", "culture-sport"), ("cong-vien", "urban-development"),
    ("quang-truong", "urban-development"), ("ben-xe", "transport"), ("tram-y-te", "health"),
    ("khu-du-lich", "tourism"), ("khu-dan-cu", "urban-development"), ("tuong-dai", "culture-sport"),
    ("nghia-trang", "urban-development"), ("khu-phuc-hop", "urban-development"),
    ("khu-xu-ly", "natural-resources-environment"), ("khu-lien-hop", "construction"),
    ("nha-o-xa-hoi", "construction"), ("khu-nha-o", "construction"),
)
# The head of every national target programme's name, written out.
_NATIONAL_PROGRAMME_HEAD = "chương trình mục tiêu quốc gia"
# Words of a name of national programmes taken together ("03 chương trình mục tiêu quốc gia"): they name none.
_PROGRAMMES_WORDS = content_words("ba hai 3 03 2 02 " + _NATIONAL_PROGRAMME_HEAD)
# The kind words a programme's or scheme's name begins with.
_PROGRAMME_HEADS = ("chương trình", "đề án")
# How the slug of a programme's or scheme's name begins (a provisional name of one of them is a pk:Programme).
_PROGRAMME_SLUGS = ("chuong-trinh-", "de-an-", "chinh-sach-")
# Ways of writing one kind of work, made one when names are compared.
_SAME_KIND = (("đường bộ cao tốc", "cao tốc"), ("đường cao tốc", "cao tốc"), ("tuyến đường", "đường"))


# Abbreviations reports write in names of works and programmes ("Chương trình MTQG giảm nghèo bền vững", "xã đạt
# chuẩn NTM", "Dự án ĐTXD cầu X"): names are found and compared with them written out, longest first.
_ABBREVIATIONS = {
    "ctmtqg": "chương trình mục tiêu quốc gia", "ct mtqg": "chương trình mục tiêu quốc gia",
    "mtqg": "mục tiêu quốc gia", "ntm": "nông thôn mới", "dtts&mn": "dân tộc thiểu số và miền núi",
    "dtts và mn": "dân tộc thiểu số và miền núi", "đbdtts": "đồng bào dân tộc thiểu số", "dtts": "dân tộc thiểu số",
    "kt-xh": "kinh tế - xã hội", "ktxh": "kinh tế - xã hội", "gnbv": "giảm nghèo bền vững", "đtxd": "đầu tư xây dựng",
    "kcn": "khu công nghiệp", "ccn": "cụm công nghiệp", "kđt": "khu đô thị", "kkt": "khu kinh tế",
    "hcm": "Hồ Chí Minh",
}
# Road codes ("QL21B", "ĐT.482", "đường ĐT 477", "TL10"): the kind of road written out before the number.
_ROAD_CODES = {"đt": "đường tỉnh ", "dt": "đường tỉnh ", "ql": "quốc lộ ", "tl": "tỉnh lộ "}
_ABBREVIATION = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(a) for a in sorted(_ABBREVIATIONS, key=len, reverse=True)) + r")(?!\w)"
    r"|(?<!\w)(?:(?:đường tỉnh|đường)[ \t]+)?(?P<road>ĐT|DT|QL|TL)\.?[ \t]?(?=\d)", re.IGNORECASE)
# The same matches, the abbreviations written as a tree, for scanning a text (the guard reads _ABBREVIATION's words).
_ABBREVIATION_SCAN = re.compile(
    r"(?<!\w)(?:" + trie_alternation(_ABBREVIATIONS) + r")(?!\w)"
    r"|(?<!\w)(?:(?:đường tỉnh|đường)[ \t]+)?(?P<road>ĐT|DT|QL|TL)\.?[ \t]?(?=\d)", re.IGNORECASE)


def expand_abbreviations(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with the abbreviations of names written out, and for each position of the result the position in
    ``text`` where a span starting there starts, and where a span ending there ends (an abbreviation's written-out
    words map onto the whole abbreviation)."""
    if not guarded(_ABBREVIATION, text):  # (most sentences hold none: the pattern need not run over them)
        return text, list(range(len(text) + 1)), list(range(len(text) + 1))
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = [0]
    last = 0
    for match in _ABBREVIATION_SCAN.finditer(text):
        plain = text[last:match.start()]
        parts.append(plain)
        starts.extend(range(last, match.start()))
        ends.extend(range(last + 1, match.start() + 1))
        road = match.group("road")
        written = _ROAD_CODES[road.lower()] if road else _ABBREVIATIONS[match.group().lower()]
        parts.append(written)
        starts.extend([match.start()] * len(written))
        ends.extend([match.start()] * (len(written) - 1) + [match.end()])
        last = match.end()
    parts.append(text[last:])
    starts.extend(range(last, len(text) + 1))
    ends.extend(range(last + 1, len(text) + 1))
    return "".join(parts), starts, ends


def _strip_marks(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def slug(name: str) -> str:
    """ASCII kebab-case ("Cầu Cửa Lục 3" -> "cau-cua-luc-3")."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in _strip_marks(name).lower()).split())


@lru_cache(maxsize=8192)  # a name is compared when found and again for its provisional IRI
def normalise_project_name(name: str) -> str:
    """A project's name as it is compared: folded, without the words that only say it is a project and without
    brackets but a numbered phase's ("Dự án ĐTXD cầu Cửa Lục 3 (đoạn A - B)" -> "cầu cửa lục 3", "đường X (giai
    đoạn 2)" -> "đường x giai đoạn 2": a phase is a work of its own)."""
    unbracketed = re.sub(r"\([^)]*\)", " ", _BRACKETED_PHASE.sub(r" \1", unicodedata.normalize("NFC", name)))
    unbracketed = _ROMAN.sub(lambda m: str(_ROMAN_VALUES[m.group()]), unbracketed)
    text = normalise_label(expand_abbreviations(unbracketed)[0])
    text = re.sub(r"^(chương trình mục tiêu quốc gia) về ", r"\1 ", text)
    changed = True
    while changed:
        changed = False
        for lead_pattern in _investment_leads():
            lead = lead_pattern.match(text)
            if lead:
                text, changed = text[lead.end():], True
                break
    text = re.sub(r"^và\s+", "", text)  # "Dự án Đầu tư xây dựng và phát triển X": the name is "phát triển X"
    for written, kind in _SAME_KIND:
        if text.startswith(written + " "):
            text = kind + text[len(written):]
    text = _TRAILING_YEAR.sub("", text)
    return " ".join(text.replace("–", "-").split()).strip(" -,;:")


# A number of a name written in Roman numerals ("Nhiệt điện Vũng Áng II", "giai đoạn III"): one name with "2", "3".
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_ROMAN = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(_ROMAN_VALUES, key=len, reverse=True)) + r")(?![\w.])")


# The year a name ends with ("chương trình nước sạch nông thôn năm 2019", "dự án trồng rừng giai đoạn 2021-2025"): the
# period the text reports on, not a word of the name (a year inside a name stays: "hội chợ X 2031").
_TRAILING_YEAR = re.compile(r"\s+(?:(?:(?:đến|tới)\s+)?năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4})$")


@lru_cache(maxsize=1)
def _investment_leads() -> list[re.Pattern[str]]:
    """The words that only say a name is a project, as patterns of its lead (compiled once)."""
    return [re.compile(re.escape(normalise_label(words)) + r"[\s:,\-]+(?=\w)") for words in _INVESTMENT_WORDS]


def provisional_project(name: str, province: str) -> str:
    """The provisional local name (under pkp:) of a work a report of ``province`` names: province/slug."""
    return f"{province}/{slug(normalise_project_name(name))}"


_PROVISIONAL = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)/[a-z0-9]+(?:-[a-z0-9]+)*")


def is_provisional(local: str, known: KnownIds) -> bool:
    """Whether a local name is a provisional project IRI (province/slug of a province the reference data knows):
    a fact sheet may name one, as the extractor does, until a curator confirms the work."""
    shape = _PROVISIONAL.fullmatch(local)
    return shape is not None and known.has(AREA, shape.group(1))


@dataclass(frozen=True)
class ProjectMention:
    """A name of a work found in text: where, and the name as written."""

    start: int
    end: int
    name: str


_WORK_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(_WORK_WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


# The same matches as _WORK_PATTERN, its words written as a tree, for scanning a text (_WORK_PATTERN's plain
# alternation is what the pattern guard reads its words from).
_WORK_SCAN = re.compile(r"(?<!\w)(?:" + trie_alternation(_WORK_WORDS) + r")(?!\w)", re.IGNORECASE)


def find_project_names(text: str) -> list[ProjectMention]:
    """Names of works in a text: a kind word ("cầu", "đường cao tốc", "dự án") and the name after it, up to the
    last capitalised word or number of the name ("cầu Cửa Lục 3 đạt 60% khối lượng" -> "cầu Cửa Lục 3")."""
    mentions: list[ProjectMention] = []
    if not guarded(_WORK_PATTERN, text) and not _QUOTE_OPENED.search(text) and "Chương trình" not in text \
            and "theo Nghị" not in text and "theo Quyết" not in text:
        return mentions  # (most sentences name no kind of work: the pattern need not run over them)
    quoted = [ProjectMention(m.start(), m.end(), f"{m.group(1)} {m.group(2).strip()}") for m in _QUOTED.finditer(text)]
    quoted += _policies_named(text)
    quoted += _segments_of(text)
    mentions.extend(quoted)
    mentions.extend(_programmes_named(text, quoted))
    taken_until = -1
    for match in _WORK_SCAN.finditer(text):
        if match.start() < taken_until or any(q.start <= match.start() < q.end for q in quoted) or (
                _inside_brackets(text, match.start()) and match.group().lower() != _NATIONAL_PROGRAMME_HEAD):
            continue  # a part in brackets is no work of its own; a national programme there is the whole's
        if match.group().isupper() and len(match.group()) > 2:
            continue  # a heading in capitals names a section, not a work
        if re.match(r"[ \t]*:", text[match.end():match.end() + 3]):
            continue  # "2. Khu công nghiệp: Toàn tỉnh ...", "Dự án: Hồ chứa X": a label, not a name
        if _BOARD_BEFORE.search(text, max(0, match.start() - 70), match.start()):
            continue  # "Ban QLDA đầu tư xây dựng công trình khu vực Khu kinh tế": a board's name, not a work's
        if match.group()[0].isupper() and _AGENCY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "Cục Đường sắt Việt Nam", "Chi cục Đê điều": an agency's name
        if match.group().lower() in ("đường", "tuyến đường") and _ROAD_GRADE.match(text, match.end()):
            continue  # "quy mô đường cấp III đồng bằng": a road's grade, not a road
        before = text[max(0, match.start() - 6):match.start()].split()
        if match.group().lower() == "cầu" and before and before[-1].lower() in _NOT_A_BRIDGE:
            continue
        if match.group()[0].isupper() and _ADMINISTRATIVE_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            place = re.match(rf"(?:[ \t]+{CAPITAL}[^\s,;:.()]*)+", text[match.end():])
            taken_until = match.end() + (place.end() if place else 0)
            continue  # "huyện Cầu Kè": a place, its name no work's either
        # the words of what is done to the work ("Dự án nâng cấp, mở rộng quốc lộ 1A") come before its kind word too
        ahead = text[match.end():match.end() + 60]
        rest = re.sub(r"^[\s:]*(?:đầu tư xây dựng|xây dựng|thành phần|(?:(?:nâng cấp|mở rộng|cải tạo|sửa chữa|"
                      r"đầu tư)[\s,]*(?:và\s+)?)+)?\s*", "", ahead)
        if (road := re.match(r"tuyến\s+", rest, re.IGNORECASE)) and _WORK_PATTERN.match(rest, road.end()):
            rest = rest[road.end():]  # "Dự án nâng cấp tuyến quốc lộ 13": the road's own kind word names it
        listed = None if match.group().lower() in _INVESTMENT_ONLY_KINDS or _opens_list(text, match.end()) \
            else _listed_name_end(text, match.end() + len(ahead) - len(rest),
                                  generic=match.group().lower() in _GENERIC_KINDS)
        if listed is not None:  # "dự án nạo vét, kè bờ sông X": the jobs it lists are all of its name
            mentions.append(ProjectMention(match.start(), listed, text[match.start():listed]))
            taken_until = listed
            continue
        if match.group().lower() in _GENERIC_KINDS and _WORK_PATTERN.match(rest):
            continue  # "Dự án Nhà máy điện gió ...", "các công trình: cầu X": the work's own kind word names it
        # a place-like kind with no investment word before it is a work only if the words after its name say it is
        # being built ("Chợ X đang thi công", "Quốc lộ Y đoạn qua huyện Z đang được nâng cấp"): checked at its end
        needs_building = match.group().lower() in _INVESTMENT_ONLY_KINDS and not _INVESTMENT_BEFORE.search(
            text[max(0, match.start() - 30):match.start()]) and not _listed_as_project(text, match.start())
        if match.group().lower() in _GENERIC_KINDS and _opens_list(text, match.end()):
            continue  # "các dự án lớn gồm …", "dự án như …": the works are the items after it
        component = _component(text, match) if match.group().lower() in _GENERIC_KINDS else None
        if component is not None:
            mentions.append(component)
            taken_until = component.end
            continue
        lower_case = match.group().lower() in _LOWER_CASE_NAMED
        owner = _OWNER.match(text, match.end()) if match.group().lower() in _GENERIC_KINDS \
            else _OWNER_AFTER_WORDS.match(text, match.end())
        if owner and (owned := _name_end(text, owner.end())):  # "dự án của Tập đoàn X": the investor names it
            investor = _LEGAL_FORM.sub("", text[owner.end():owned]) or text[owner.end():owned]
            what = text[match.start():owner.start(1)] if owner.groups() else match.group()
            mentions.append(ProjectMention(match.start(), owned, f"{what} {investor}"))
            taken_until = owned
            continue
        coded = _CODE_NAMED.match(text, match.end()) if lower_case else None
        if coded and _FIGURE_AFTER_NAME.match(text, coded.start("code")):
            coded = None  # "Đề án 02 triệu tấn lương thực": a quantity the name aims at, not the scheme's number
        if coded:
            end = coded.end()  # "Đề án 04 triển khai 18 dịch vụ": the code is the name
        elif match.group().lower() in _GENERIC_KINDS and _sentence_case_at(text, match.end()):
            end = _name_end(text, match.end(), lower_case=True, stops=_SENTENCE_CASE_STOPS)  # "Dự án Hỗ trợ …"
        else:
            plural = _PLURAL_WORKS_BEFORE.search(text, max(0, match.start() - 20), match.start())
            end = _name_end(text, match.end(), lower_case, placed=0 if plural or match.group().lower() in _GENERIC_KINDS
                            else len(match.group().split()))
        if end is None and match.group() in ("Dự án", "Đề án") and (job := _JOB_NAMED.match(text, match.end())) \
                and not _PLURAL_WORKS_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            # "Dự án nâng cấp đài truyền thanh cấp xã": a project named by its job on things of no kind word
            end = _name_end(text, job.end(), lower_case=True, stops=_SENTENCE_CASE_STOPS)
        if end is None and match.group().lower() not in _GENERIC_KINDS and _INVESTMENT_BEFORE.search(
                text[max(0, match.start() - 30):match.start()]):
            end = _common_noun_end(text, match.end())  # "dự án đường bộ ven biển đoạn qua tỉnh"
        if end is None and match.group().lower() in _ROAD_KINDS and not _PLURAL_BEFORE.search(
                text, max(0, match.start() - 8), match.start()):
            end = _descriptive_road_end(text, match.end())  # "Đường ven biển đã giải ngân ..."
        if end is None:
            continue
        if needs_building and (_PLACE_BEFORE.search(text, max(0, match.start() - 16), match.start())
                               or not _BUILT_AFTER.match(text, end)):
            taken_until = end  # "Nhà máy đường X ép 120 nghìn tấn mía": a plant at work, and no road in its name
            continue
        if (match.group().lower() in _GENERIC_KINDS or match.group().lower() in _ROAD_KINDS) \
                and _ACRONYM_ONLY.fullmatch(text[match.end():end]):
            continue  # "dự án FDI", "dự án PPP": a kind of financing, not a work; "đường GTNT": rural roads
        if match.group().lower() in _GENERIC_KINDS and not coded and _NUMBER_ONLY.fullmatch(text[match.end():end]):
            continue  # "Dự án 4", "Tiểu dự án 2" of a programme: its programme, named around it, is the work
        if match.group().lower() in _PROPER_NAME_KINDS and not re.search(r"(?<!\w)[A-ZĐ]", text[match.end():end]):
            continue  # "bờ đê bị sạt 20 m": a dike, not a named work
        end = _qualified(text, _enumerated(text, match.start(), end))
        name = text[match.start():end]
        if segment := _BRACKETED_SEGMENT.match(text, end):  # "đường X (đoạn A - B)": the segment is the work
            name, end = f"{name}, {segment.group(1)}", segment.end()
        if phase := _BRACKETED_PHASE.match(text, end):
            name, end = f"{name} {phase.group(1)}", phase.end()
        coded = _BRACKETED.match(text, end)
        segment = _SEGMENT.match(text, coded.end()) if coded else None
        if segment and (segment_end := _name_end(text, segment.end())):
            name, end = text[match.start():segment_end], segment_end  # "đường X (ĐT.7), đoạn A - B": the segment
        proper = _BRACKETED.match(text, end)
        if proper:  # "cầu vượt sông X (cầu Y)": the work's proper name, in brackets, names it
            inner = find_project_names(proper.group(1))
            if inner and inner[0].start == 0 and inner[0].name.lower().startswith(match.group().lower() + " "):
                name, end = inner[0].name, proper.end()
        mentions.append(ProjectMention(match.start(), end, name))
        taken_until = end
    return sorted(mentions, key=lambda m: m.start)


# Words after a work's name, in its clause, that say it is being built, so that a kind of place ("chợ", "quốc lộ",
# "nhà máy") names a work without an investment word before it: "đang thi công", "đang được nâng cấp", "đạt 55% khối
# lượng", "đã khởi công", "đưa vào sử dụng", "tổng mức đầu tư". Not across another work's kind word, nor words whose
# object is another work ("..., đưa vào sử dụng đường Y" is the road's), nor the clause's end; "giải ngân" alone is
# not enough (an institution disburses too), nor "được nâng cấp" (a road's state).
_BUILT_AFTER = re.compile(
    r"(?:(?!" + "|".join(sorted(_WORK_WORDS, key=len, reverse=True)) + r")[^;:\n.]|[.](?=\d)){0,80}?(?<!\w)"
    r"(?:đang[ \t]+(?:được[ \t]+)?(?:triển khai[ \t]+)?"
    r"(?:thi công|xây dựng|nâng cấp|cải tạo|mở rộng|sửa chữa)|"
    r"khởi công|thi công|\d[\d,.]*[ \t]*%[ \t]*khối lượng|"
    r"khối lượng[ \t]+(?:thi công|xây lắp|công việc|hoàn thành|đạt)|"
    r"giải phóng mặt bằng|tổng mức đầu tư|tổng vốn đầu tư|đưa vào (?:sử dụng|vận hành|"
    r"khai thác)|khánh thành|hợp long|thông xe|hoàn thành (?:xây dựng|giai đoạn)|bàn giao mặt bằng)(?!\w)"
    r"(?![ \t]+(?:[^\W\d_]+[ \t]+){0,2}?(?:" + "|".join(sorted(_WORK_WORDS, key=len, reverse=True)) + r")\b)",
    re.IGNORECASE)


# Words before a kind of place that make it where another work is ("cầu X trên tuyến quốc lộ N ... đang thi công"):
# what the words after it say is about that work.
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:trên|tại|qua|thuộc|nối|với|đến|từ|dọc|cạnh)(?:[ \t]+tuyến)?[ \t]+$",
                           re.IGNORECASE)


# A scheme or programme named by its number ("Đề án 06", "đề án số 12"), unless words of its topic follow ("Đề án 06
# về ..."): what follows is what the text says about it.
_CODE_NAMED = re.compile(r"[ \t]+(?:số[ \t]+)?(?P<code>\d{1,4})(?![\w/]|[.,]\d)(?![ \t]+(?:về|của)\b)", re.IGNORECASE)


# A name listing the jobs or the parts of a work, joined by commas, before the words that place it ("dự án nạo vét,
# kè bờ sông X", "dự án kè, hạ tầng hồ trung tâm Y", "Khu phức hợp thương mại, dịch vụ và nhà ở Z"): lower-case
# words before each comma, at most four a part and four parts; what is done to a work ("nâng cấp, mở rộng") is no part.
_LISTED = re.compile(r"(?:[ \t]*(?:[^\W\d_]+[ \t]+){0,3}[^\W\d_]+[ \t]*,){1,4}(?=[ \t]+[^\W\d_])")


def _listed_name_end(text: str, position: int, generic: bool) -> int | None:
    """Where a name listing lower-case jobs or parts joined by commas from ``position`` ends, at the capitalised
    words that place the work; None when no such list begins there or no capitalised name follows it soon. Not a
    list of works ("đường ven biển, hồ chứa nước X", "dự án đường ven biển, hồ chứa Y": a kind word after the comma
    begins another work; "công trình trọng điểm, dự án Z": a quality of works, then a work)."""
    listed = _LISTED.match(text, position)
    if listed is None:
        return None
    words = listed.group().replace(",", " ").split()
    if not all(word.islower() for word in words) or any(word in _STOP_WORDS for word in words):
        return None
    parts = [" ".join(part.split()) for part in listed.group().split(",")[:-1]]
    if any(part in _QUALITIES for part in parts):
        return None
    following = re.match(r"[ \t]*", text[listed.end():]).end() + listed.end()
    works_listed = _WORK_PATTERN.match(text, following) and (not generic or _WORK_PATTERN.match(parts[0]))
    if re.match(r"(?:dự án|công trình|đề án)\b", text[following:], re.IGNORECASE) or works_listed:
        return None
    return _name_end(text, listed.end())


# Words that say how important or how far along works are, not what they do ("công trình trọng điểm, ...").
_QUALITIES = frozenset({"trọng điểm", "lớn", "quan trọng", "cấp bách", "khác", "còn lại", "chuyển tiếp", "động lực",
                        "mới", "khởi công mới", "hoàn thành"})


# A name in quotes after the word of a project, a programme or a scheme (Chương trình "Mỗi xã một sản phẩm", dự án
# “Cải thiện hạ tầng nông thôn”): the quotes say where it begins and ends, whatever its words.
_QUOTED = re.compile(r"(?<!\w)(dự án|công trình|chương trình|đề án)[ \t]*[\"“]([^\"“”\n]{3,150})[\"”]", re.IGNORECASE)
_QUOTE_OPENED = re.compile(r"[\"“]")


# Projects the text lists as examples ("N dự án trong nước, … như Nhà máy X (M tỷ đồng), Thủy điện Y"): a work
# of an investment-only kind there is an investment too.
_PROJECTS_OPENER = re.compile(r"\bdự án\b[^;\n]*\b(?:như|gồm|tiêu biểu là|là)\b[^;\n]*$", re.IGNORECASE)
_LIST_POSITION = re.compile(r"(?:\b(?:như|gồm|là)|,|\bvà)[ \t]*$", re.IGNORECASE)
# Lower-case words after "dự án" that open such a list instead of a name.
_LIST_OPENERS = frozenset({"như", "gồm", "là"})


def _opens_list(text: str, after_kind: int) -> bool:
    """Whether the lower-case words right after "dự án" open a list of works ("dự án lớn gồm", "dự án như")."""
    for word in text[after_kind:after_kind + 40].split()[:5]:
        if not word.islower():
            return False
        if word in _LIST_OPENERS:
            return True
    return False


def _listed_as_project(text: str, start: int) -> bool:
    """Whether the work at ``start`` is an item of a list of projects its line opens ("dự án … như")."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return bool(_PROJECTS_OPENER.search(before) and _LIST_POSITION.search(before))


# A policy a title names by the act it carries out ("b) Chính sách theo Nghị quyết số N/NQ-CP:", "- Hỗ trợ tiền
# học cho trẻ em theo Quyết định số N/20xx/QĐ-TTg: ..."): a programme of support, at the start of a line, named
# up to the first act's number (a resolution, a decision, a decree of the government or of the province).
_POLICY_NAMED = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[a-zđ]\)|\d+(?:\.\d+)*\.?|[-+•*])?[ \t]*"
                           r"(?P<name>(?P<kind>Chính sách|Hỗ trợ)(?:[ \t]+[^\W\d_]+){0,12}?[ \t]+theo[ \t]+"
                           r"(?:Nghị quyết|Quyết định|Nghị định)[ \t]+(?:số[ \t]+)?\d+(?:/\d{4})?/"
                           r"[A-ZĐ]+(?:-[A-ZĐ][A-Za-zĐ]*)*)")


# A segment named before the road it belongs to ("đoạn Cát Lái - Long Phước của tuyến đường ven sông", "đoạn A - B
# thuộc cao tốc X - Y"): its places, capitalised and joined by dashes, then "của" or "thuộc" and the road's name.
_SEGMENT_OF = re.compile(rf"(?<!\w)đoạn[ \t]+(?P<places>{CAPITAL}[^\s,;:.()]*"
                         rf"(?:[ \t]+(?:[-–]|lộ|\d[\w.]*|{CAPITAL}[^\s,;:.()]*))*)"
                         r"[ \t]+(?:của|thuộc)[ \t]+(?:(?:dự án|tuyến)[ \t]+)?")


def _segments_of(text: str) -> list[ProjectMention]:
    """Segments named before their road: one mention named "<road> đoạn <places>", a work of its own."""
    found = []
    for match in _SEGMENT_OF.finditer(text):
        road = find_project_names(text[match.end():match.end() + 200])
        if road and road[0].start == 0 and road[0].name.split()[0].lower() in ("đường", "tuyến", "cao", "quốc"):
            found.append(ProjectMention(match.start(), match.end() + road[0].end,
                                        f"{road[0].name} đoạn {match.group('places')}"))
    return found


def _policies_named(text: str) -> list[ProjectMention]:
    """Support policies a title names by their act; one named by its support alone is a policy too ("Hỗ trợ ...
    theo ..." is the "chính sách hỗ trợ ...", a programme by its kind word)."""
    found = []
    for match in _POLICY_NAMED.finditer(text):
        name = match.group("name")
        found.append(ProjectMention(match.start("name"), match.end("name"),
                                    name if match.group("kind") == "Chính sách" else f"chính sách {name}"))
    return found


# A programme named by a capitalised "Chương trình" and common nouns ("Chương trình cấp điện nông thôn", "Chương
# trình bình ổn thị trường Tết", "Chương trình khuyến nông"): its words run to the clause's punctuation or a verb.
# Lower-case "chương trình" is a common noun ("thực hiện chương trình công tác"); the national target programmes have
# their own kind word; a name of one word after it is no programme's ("Chương trình đạt", "Chương trình OCOP" is
# found by its label).
_PROGRAMME_NAMED = re.compile(r"(?<!\w)Chương trình(?![ \t]+mục tiêu quốc gia)(?=[ \t]+[^\W\d_])")
# The words of a programme's name at least, after "Chương trình".
_PROGRAMME_NAME_WORDS = 2


def _programmes_named(text: str, quoted: list[ProjectMention]) -> list[ProjectMention]:
    """Programmes named after a capitalised "Chương trình", not in quotes (those are ``quoted``)."""
    found = []
    for match in _PROGRAMME_NAMED.finditer(text):
        if any(q.start <= match.start() < q.end for q in quoted) or _inside_brackets(text, match.start()):
            continue
        end = _name_end(text, match.end(), lower_case=True)
        if end is None or len(text[match.end():end].split()) < _PROGRAMME_NAME_WORDS:
            continue
        found.append(ProjectMention(match.start(), end, text[match.start():end]))
    return found


# A project's name in common nouns after a capitalised "Dự án" that opens with what is done ("Dự án nâng cấp hệ
# thống loa truyền thanh xã", "Dự án cải tạo, mở rộng mạng cáp quang"), its things named by no kind word (those
# begin a work's name of their own: "Dự án nâng cấp hồ chứa X").
_JOB_NAMED = re.compile(r"(?:[ \t,]+(?:và[ \t]+)?(?:nâng cấp|cải tạo|mở rộng|sửa chữa)){1,3}[ \t]+(?=[^\W\d_A-ZĐ])")
# A name in sentence case after "dự án", "công trình", "đề án" (the names of ODA and donor projects: "Dự án Phát
# triển các đô thị dọc hành lang tiểu vùng sông Mê Kông", "Dự án Sửa chữa và nâng cao an toàn đập"): a capitalised
# word, then lower-case ones; the name runs to the clause's punctuation or a word of what the text says about it.
_SENTENCE_CASE_NAME = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+[^\W\d_]+")
# What ends such a name: the verbs of lower-case names and the words of what the text says about a work.
_SENTENCE_CASE_STOPS = _LOWER_CASE_STOP_WORDS | frozenset({
    "tăng", "giảm", "hoàn", "khởi", "thực", "tổng", "vốn", "kế", "khối", "sản", "năm", "tháng", "khoảng", "dài",
    "quy", "vay", "do", "mới", "thi", "bàn", "tại"})


def _sentence_case_at(text: str, position: int) -> bool:
    """Whether a name in sentence case begins at ``position``: a capitalised word (not an acronym: "dự án FDI còn
    hiệu lực") followed by a lower-case one."""
    words = _SENTENCE_CASE_NAME.match(text, position)
    if words is None:
        return False
    first, second = words.group(1), words.group(0).split()[1]
    return first[0].isupper() and len(first) > 1 and first[1:].islower() and second.islower()


# A project named by its investor ("dự án của Tập đoàn X", "dự án của Công ty Y"): the investor's name names it.
_OWNER = re.compile(r"[ \t]+của[ \t]+(?=[A-ZĐ])")
# The same after the common nouns of what a plant or a work makes ("Nhà máy sản xuất lốp xe của Công ty X").
_OWNER_AFTER_WORDS = re.compile(r"(?:[ \t]+[^\W\d_A-ZĐ][^\W\d_]*){1,6}?([ \t]+)của[ \t]+(?=[A-ZĐ])")
# The legal form before an investor's name ("Công ty TNHH", "Tập đoàn"): the name without it names the project.
_LEGAL_FORM = re.compile(r"^(?:(?:Tổng )?Công ty(?: cổ phần| CP| TNHH(?: MTV| một thành viên)?)?|Tập đoàn)[ \t]+(?=\S)",
                         re.IGNORECASE)


# A component project of a larger work ("Dự án thành phần 3 thuộc Dự án đường bộ cao tốc X - Y", "dự án thành
# phần 2 của tuyến cao tốc X", "dự án thành phần 1 đoạn qua tỉnh Z của đường W"): up to where the whole work's name
# begins.
_COMPONENT = re.compile(r"dự án thành phần[ \t]+(\d+|[IVX]+\b|[A-Z]\b)[ \t]*[-–,:]?[ \t]*"
                        r"(?:\(?đoạn[ \t]+[^,;:()\n]{3,60}?\)?[ \t]*,?[ \t]*)?(?:thuộc|của)[ \t]+"
                        r"(?:(?:dự án|công trình)[ \t]+)?(?:(?:đầu tư )?xây dựng[ \t]+)?(?:tuyến[ \t]+(?=\w))?",
                        re.IGNORECASE)


def _component(text: str, kind: re.Match[str]) -> ProjectMention | None:
    """A component project named with the whole work it belongs to: one mention named "<work> thành phần N"."""
    component = _COMPONENT.match(text, kind.start())
    if component is None:
        return None
    whole = find_project_names(text[component.end():component.end() + 200])
    if not whole or whole[0].start != 0:
        return None
    end = component.end() + whole[0].end
    return ProjectMention(kind.start(), end, f"{whole[0].name} thành phần {component.group(1)}")


# The next name of an enumeration of works of one kind ("các hồ chứa A, B và C"), followed by its words.
_LIST_NEXT = re.compile(r"(?:,|[ \t]+và)[ \t]+(?=\S)")
_LIST_WORD = re.compile(r"[ \t]*([^\s,;:.()]+)")
# Words after a name that are part of it when the name ends there ("Đường tỉnh N kéo dài: ...").
_QUALIFIER = re.compile(r"[ \t]+(?:kéo dài|nối dài|mở rộng)(?=[ \t]*(?:[:,;(\n]|$))")
# The segment of a work a name goes on with after a comma ("Đường X, đoạn từ nút giao A đến đường tỉnh B"), up to
# the clause's punctuation; "đoạn qua tỉnh" says where, not which work.
_SEGMENT = re.compile(r",[ \t]*đoạn[ \t]+(?!qua\b)")
# An item of a work after a dash or a comma ("Bệnh viện X - hạng mục nhà kỹ thuật cao", "cầu Y, hạng mục đường dẫn"):
# its words run to the clause's punctuation or a word that ends a name.
_ITEM = re.compile(r"[ \t]*[-–,][ \t]*hạng mục(?:[ \t]+(?!(?:" + "|".join(sorted(_STOP_WORDS)) + r")\b)[^\s,;:.()]+)+",
                   re.IGNORECASE)
_BRACKETED_SEGMENT = re.compile(r"[ \t]*\((đoạn[ \t]+(?!qua\b)[^()\n]{3,80})\)")
_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{3,80})\)")
# A numbered phase in brackets ("đường X (giai đoạn 2)"): a phase is a work of its own (pk:ProjectPhase), as
# "giai đoạn 2" written without brackets already is; a span of years ("giai đoạn 2021-2025") is a period, not one.
_BRACKETED_PHASE = re.compile(r"[ \t]*\((giai đoạn[ \t]+(?:\d{1,2}|[IVX]{1,4}))\)", re.IGNORECASE)


def _enumerated(text: str, kind_start: int, end: int) -> int:
    """Where a name ends when the kind word is plural ("các"): through the other names of the enumeration, each a
    run of capitalised words or numbers."""
    if not re.search(r"\bcác[ \t]+$", text[max(0, kind_start - 6):kind_start], re.IGNORECASE):
        return end
    while following := _LIST_NEXT.match(text, end):
        name_end = following.end()
        while (word := _LIST_WORD.match(text, name_end)) and _named(word.group(1)):
            name_end = word.end()
        if name_end == following.end():
            return end
        end = name_end
    return end


def _qualified(text: str, end: int) -> int:
    qualifier = _QUALIFIER.match(text, end)
    if qualifier:
        return qualifier.end()
    item = _ITEM.match(text, end)
    if item:  # "Bệnh viện X - hạng mục nhà kỹ thuật cao": the item is the work (pk:ProjectItem)
        return item.end()
    segment = _SEGMENT.match(text, end)
    segment_end = _name_end(text, segment.end()) if segment else None
    return segment_end or end


_ELECTRICAL_UNIT = re.compile(r"k?V|[kM]W|MVA")
_YEARS = re.compile(r"\d{4}(?:[-–]\d{4})?")
# Nouns of two words whose first or second word otherwise ends a name ("tăng" of "tăng 5%", "mới" of "thành lập mới").
_NAME_NOUNS = frozenset({("sản", "xuất"), ("tăng", "trưởng"), ("tăng", "cường"), ("giảm", "nghèo"), ("giảm", "thiểu"),
                         ("giảm", "nhẹ"), ("khởi", "nghiệp"), ("quy", "hoạch"), ("thôn", "mới"), ("đổi", "mới"),
                         ("thực", "phẩm"), ("sản", "phẩm"), ("vốn", "vay"), ("đối", "ngoại"), ("đối", "tác"),
                         ("không", "gian"), ("lần", "thứ")})
# A number with the unit of a figure after it (money, a share, a length, an area, a count of what a work holds):
# written right after a work's name it is a figure about the work ("cầu X 85 tỷ đồng", "hồ Y 60,5 tỷ đồng"), never
# the number of its name (a capacity in kV or MW names a line or a plant, "khu công nghiệp X 2 mở rộng 210 ha" ends at
# 2; a capacity per year does too: "kho xăng dầu 3 triệu tấn/năm Y"). A programme named in common nouns keeps the count
# it aims at ("chương trình xây dựng 1.000 căn nhà cho hộ nghèo").
_FIGURE_AFTER_NAME = re.compile(r"\d[\d.,]*[ \t]*(?:%|(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|USD|km|ha|m2|m3|m|tấn|căn|hộ|"
                                r"người|lượt|giường|phòng|lô|vụ|làn)(?!\w))(?![ \t]*(?:tấn|đồng|USD)?[ \t]*/)",
                                re.IGNORECASE)
# A name that is only the number of a component ("Dự án 4 thuộc Chương trình ...", "dự án thành phần 2").
_NUMBER_ONLY = re.compile(r"\s*(?:thành phần\s+)?(?:\d+|[IVX]+|[A-Z])\s*")
# A name that is one acronym of a kind of financing or of a sector ("FDI", "ODA", "PPP", "BĐS", "CNTT"): a project
# named by its own acronym ("dự án CSSP", "dự án LIC") is a work.
_ACRONYM_ONLY = re.compile(r"\s*(?:FDI|DDI|ODA|PPP|BOT|BTO|BOO|BT|NGO|NSNN|NSTW|NSĐP|XDCB|ĐTC|KT-XH|BĐS|CNTT|NLTT|KHCN|"
                           r"TMDV|XHH|GTNT)\s*")


def _inside_brackets(text: str, position: int) -> bool:
    """Whether a position is inside brackets of its line: "(..., Dự án thành phần 1)" is a part, not a work."""
    line_start = text.rfind("\n", 0, position) + 1
    opened = text.rfind("(", line_start, position)
    return opened >= 0 and text.find(")", opened, position) < 0


def _name_end(text: str, after_kind: int, lower_case: bool = False,
              stops: frozenset[str] | None = None, placed: int = 0) -> int | None:
    """Where the name after a kind word ends, or None when no capitalised word follows soon (a name of a
    lower-case kind runs to the next punctuation). Lower-case words inside a name are kept when a capitalised
    word or a number follows them ("Trung tâm hội nghị Phú Yên"). With ``placed`` (the words of a kind that says
    what the work is, not "dự án") the place after "tại" names a work the kind and its common nouns do not ("nhà ở xã
    hội tại phường X", "cầu dân sinh tại xã Y"; not a bare "đường tại xã Z")."""
    tokens: list[tuple[str, int, int]] = []
    previous_end = after_kind
    for token in re.finditer(r"[^\s,;:.()\"“”]+|[.](?=\d)", text[after_kind:after_kind + 160]):
        gap = text[previous_end:after_kind + token.start()]
        abbreviated = bool(tokens) and PLACE_ABBREVIATION.fullmatch(tokens[-1][0]) and re.fullmatch(r"[.][ \t]*", gap)
        # a name of common nouns joins its words by commas too ("Đề án phòng, chống sạt lở bờ sông, bờ biển")
        joined = lower_case and bool(tokens) and re.fullmatch(r"[ \t]*,[ \t]*", gap) is not None \
            and (goes_on := _NAME_GOES_ON.match(text, after_kind + token.start())) is not None \
            and _words_of_a_name(goes_on.group(1))
        if not abbreviated and not joined and (re.search(r"[\n\t,;()\"“”]|[.]\s", gap) or (tokens and ":" in gap)):
            break
        tokens.append((token.group(), after_kind + token.start(), after_kind + token.end()))
        previous_end = after_kind + token.end()
    stops = stops or (_LOWER_CASE_STOP_WORDS if lower_case else _STOP_WORDS)
    end = None
    lower_seen = 0
    for i, (word, word_start, word_end) in enumerate(tokens):
        joins = word == "với" and any(w == "nối" for w, _s, _e in tokens[:i])  # "nối X với Y": both ends
        # "dự án hạ tầng đô thị và thích ứng ... Yên Bái": "và" inside the words before the name begins (after "dự án"
        # only: after a kind of work, "cảng biển và ... Cảng hàng không X", it begins another thing); a second
        # "dự án" begins another work ("10 dự án đầu tư công và 11 dự án PPP")
        leading_and = word == "và" and end is None and not placed \
            and not re.match(r"[^\n]*?\bdự án\b", text[word_end:word_end + 40]) \
            and not (i + 1 < len(tokens) and tokens[i + 1][0][0].isdigit())  # "đường và N cầu": a count, no name
        # "tuyến đường bộ mới Nam Định - X": a new road's adjective before its capitalised name
        new_before_name = word == "mới" and end is None and placed > 0 and i + 1 < len(tokens) \
            and tokens[i + 1][0][0].isupper()
        # "nối đường X với quốc lộ N và quốc lộ MB": the ends a road joins are all of its name
        third_end = word == "và" and end is not None and any(w == "với" for w, _s, _e in tokens[:i]) \
            and any(w == "nối" for w, _s, _e in tokens[:i]) and i + 1 < len(tokens) \
            and (_named(tokens[i + 1][0]) or _WORK_PATTERN.match(text, tokens[i + 1][1]) is not None)
        # "dự án X tại đặc khu Y": the place a work is at, named right after "tại", is part of its name
        at_place = word == "tại" and (end is not None or placed > 1 or placed and i > 0) \
            and any(_named(w) for w, _s, _e in tokens[i + 1:i + 4])
        housing = word == "ở" and i and tokens[i - 1][0].lower() == "nhà"  # "nhà ở" is housing, not "ở huyện X"
        # "Trường Phổ thông dân tộc nội trú THCS và THPT": two levels of school, both of the name
        levels = word == "và" and end is not None and tokens[i - 1][0].isupper() and len(tokens[i - 1][0]) > 1 \
            and i + 1 < len(tokens) and tokens[i + 1][0].isupper() and len(tokens[i + 1][0]) > 1
        # in a name of common nouns a word that ends names may begin or end a noun ("Hỗ trợ sản xuất và tăng trưởng
        # xanh", "Xây dựng nông thôn mới"): the pair is a word of the name
        # (and so before the capitalised words of any name: "Nhà máy sản xuất phân bón X")
        compound = (lower_case or end is None) and (
            (word, tokens[i + 1][0] if i + 1 < len(tokens) else "") in _NAME_NOUNS
            or (tokens[i - 1][0].lower() if i else "", word) in _NAME_NOUNS)
        if word in stops and not (joins or leading_and or third_end or at_place or housing or compound
                                  or new_before_name or levels):
            break
        # "cầu X 85 tỷ đồng", "đường tỉnh 912 14,5 km": a figure about the work, not its number (in a name of common
        # nouns only a percentage is: "chương trình xây dựng 1.000 căn nhà" keeps the count it aims at)
        if word[0].isdigit() and _FIGURE_AFTER_NAME.match(text, word_start) and (word.endswith("%") or not lower_case):
            break
        if lower_case and _YEARS.fullmatch(word) and i and tokens[i - 1][0].lower() in ("đoạn", "năm"):
            return word_end  # "Dự án Trồng rừng thay thế giai đoạn 2021-2025 trồng được ...": its period ends it
        if third_end:
            continue
        if joins or levels or word == ".":  # a code's dot ("ĐT.741") is kept when the number after it is
            continue
        if lower_case and not word[0].isdigit():
            end = word_end
        elif _named(word) or (_ELECTRICAL_UNIT.fullmatch(word) and i and tokens[i - 1][0][0].isdigit()):
            end = word_end  # a number's electrical unit is part of a name too ("đường dây 500 kV mạch 3")
        elif word.lower() in _CONNECTORS and end is not None:
            continue
        elif i == 0 and word in _DASHES and len(tokens) > 1 and tokens[1][0][0].isupper() and placed:
            continue  # "Kênh - Âu tàu X", "Cầu - Hầm Y": a work of two kinds, the second capitalised after a dash
        elif end is None and lower_seen < _LEADING_LOWER_WORDS and word.islower():
            lower_seen += 1
        elif end is not None and word.islower() and _named_ahead(tokens[i + 1:i + 7], stops):
            continue  # "phía Nam quốc lộ N": a road's number names it too
        elif end is not None and i and tokens[i - 1][0] in ("Đường", "Tuyến") \
                and (road_end := _descriptive_road_end(text, tokens[i - 1][2])) is not None:
            return road_end  # "Nam Định - Lạc Quần - Đường bộ ven biển": the road it ends at, named in common nouns
        elif end is not None and i == 1 and word.islower() and tokens[0][0][0].isupper() \
                and tokens[0][0][1:].islower() and (tail := _sentence_case_tail(tokens[1:], stops)):
            return tail  # "Bệnh viện Đa khoa tỉnh": a name in sentence case, its first word alone capitalised
        else:
            break
    return end


# A work named in common nouns ("dự án đường bộ ven biển", "dự án nâng cấp đường ven biển phía nam"): two to four
# words after its kind word, none a word that ends a name, up to the clause's punctuation or a segment's "đoạn".
_COMMON_NOUN_NAME = re.compile(r"((?:[ \t]+[^\W\d_]+){2,4}?)(?=[ \t]*(?:[,;:.()\n]|$)|[ \t]+đoạn\b)")


def _common_noun_end(text: str, after_kind: int) -> int | None:
    """Where the name in common nouns of a work the text invests in ends, or None."""
    words = _COMMON_NOUN_NAME.match(text[after_kind:after_kind + 80])
    if words is None or any(word in _STOP_WORDS for word in words.group(1).split()):
        return None
    return after_kind + words.end()


# Roads named by what they run along or join, in common nouns only ("đường ven biển", "tuyến đường vành đai phía
# tây", "đường trục chính đô thị"): the words of the genre that make such a name, after a road's kind word, not in
# the plural ("các tuyến đường ven biển"); the name runs to a word that ends names, the clause's punctuation or a
# segment's "đoạn".
_ROAD_KINDS = ("đường", "tuyến đường", "đường bộ", "tuyến")
_PLURAL_BEFORE = re.compile(r"(?:các|những|nhiều|\d+)[ \t]+$", re.IGNORECASE)
# ... and works in the plural, maybe after the word of projects ("các dự án khu đô thị tại thành phố X"): a place
# after "tại" does not make one work of them.
_PLURAL_WORKS_BEFORE = re.compile(r"(?<!\w)(?:các|những|nhiều|\d+)[ \t]+(?:(?:dự án|công trình)[ \t]+)?$",
                                  re.IGNORECASE)
_ROAD_NAME = re.compile(r"(?:[ \t]+bộ)?[ \t]+(?:ven biển|ven sông|ven hồ|ven kênh|vành đai|trục chính|kết nối|động lực|"
                        r"cửa ngõ)\b")
_ROAD_NAME_WORDS = re.compile(r"((?:[ \t]+[^\W\d_]+){1,6}?)(?=[ \t]*(?:[,;:.()\n]|$)|[ \t]+(?:đoạn|" +
                              "|".join(sorted(_STOP_WORDS)) + r")\b)")


def _descriptive_road_end(text: str, after_kind: int) -> int | None:
    """Where a road's name in common nouns of the genre ends ("đường ven biển", "đường trục chính đô thị"), or None."""
    if not _ROAD_NAME.match(text, after_kind):
        return None
    words = _ROAD_NAME_WORDS.match(text[after_kind:after_kind + 80])
    if words is None or any(word in _STOP_WORDS for word in words.group(1).split()):
        return None
    return after_kind + words.end()


# At most this many lower-case words follow the one capitalised word of a name in sentence case.
_SENTENCE_CASE_WORDS = 2


def _sentence_case_tail(tokens: list[tuple[str, int, int]], stops: frozenset[str]) -> int | None:
    """Where a name in sentence case ends: the lower-case words after its capitalised first word (a word, not a
    code or an acronym: "Dự án WB8 sửa chữa", "dự án FDI cấp mới" are none), when no more than two run up to a word
    that ends the name, a number (a figure of the work: "Bệnh viện Đa khoa huyện 40 giường") or the clause's end."""
    run = _until_stop(tokens, stops | _DASHES)  # "Bệnh viện Đa khoa tỉnh - hạng mục …": the dash ends it
    run = run[:next((k for k, (w, _s, _e) in enumerate(run) if w[0].isdigit()), len(run))]
    if not run or len(run) > _SENTENCE_CASE_WORDS or not all(w.isalpha() and w.islower() for w, _s, _e in run):
        return None
    return run[-1][2]


_DASHES = frozenset({"-", "–", "—"})


# Abbreviations of the kind of a place that take a full stop inside a name ("đường Vành đai 3 TP. Hồ Chí Minh").
PLACE_ABBREVIATION = re.compile(r"TP|Tp|TX|Tx")


def _named(word: str) -> bool:
    """A capitalised word, a number or a code ("ĐT.338") of a name."""
    return word[0].isupper() or word[0].isdigit()


# The words after a comma inside a name of common nouns: lower-case words up to the clause's punctuation, a word
# that ends names or a year ("..., chống sạt lở bờ sông, bờ biển đến năm 2030", "..., nông thôn giai đoạn 2021-2025"),
# not up to a count ("..., triển khai 25 dịch vụ": what the text says of it).
_NAME_GOES_ON = re.compile(r"((?:[^\W\d_]+[ \t]+){0,5}?[^\W\d_]+)(?=[ \t]*(?:[,;:.()\n]|$)|[ \t]+(?:" +
                           "|".join(sorted(_STOP_WORDS)) + r")\b|[ \t]+\d{4}\b)")


def _words_of_a_name(words: str) -> bool:
    """Whether words after a comma go on with a name: all lower-case, none a word that ends names or opens a list."""
    return all(word.islower() and word not in _STOP_WORDS and word not in ("những", "cùng", "gồm", "nay") for word in
               words.split())


def _named_ahead(tokens: list[tuple[str, int, int]], stops: frozenset[str]) -> bool:
    """Whether a capitalised word or a number of the name comes before a word that ends it; not a number counting
    the things after it ("Dự án X sửa chữa 12 hồ chứa": a figure of what the work does)."""
    run = _until_stop(tokens, stops)
    for k, (word, _start, _end) in enumerate(run):
        if _named(word):
            counts = word.isdigit() and k + 1 < len(run) and run[k + 1][0].islower() \
                and not _ELECTRICAL_UNIT.fullmatch(run[k + 1][0]) and run[k + 1][0] not in _CONNECTORS
            return not counts
    return False


def _until_stop(tokens: list[tuple[str, int, int]], stops: frozenset[str]) -> list[tuple[str, int, int]]:
    kept = []
    for token in tokens:
        if token[0] in stops:
            break
        kept.append(token)
    return kept


# Ways of writing a number or a unit in a programme's name that are one word when names are compared ("01 triệu",
# "một triệu", "1 triệu"; "héc-ta", "ha").
_SAME_WORDS = {"một": "1", "héc": "ha", "hécta": "ha", "hecta": "ha", "ta": ""}


def _counted_plainly(words: frozenset[str] | set[str]) -> set[str]:
    """Words of a name with numbers written without leading zeros and in figures, units by their symbol."""
    plain = {_SAME_WORDS.get(word, word.lstrip("0") or word if word.isdigit() else word) for word in words}
    return plain - {""}


# How many answers of find_all the index keeps (a few reports' sentences and headings, and their whole texts).
_FOUND_KEPT = 4096


class ProjectIndex:
    """Projects and programmes of the reference data by their names, with the merges curators recorded."""

    def __init__(self, names: Iterable[tuple[str, str]], same_as: dict[str, str], shared: frozenset[str],
                 provinces: dict[str, frozenset[str]] | None = None,
                 programmes: frozenset[str] = frozenset()) -> None:
        self.by_name: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        for local, name in names:
            self.by_name.setdefault(normalise_project_name(name), local)
            self.labels.setdefault(normalise_label(expand_abbreviations(name)[0]), local)
        self.entries = frozenset(self.labels.values())  # the local names of the reference data
        self.same_as = same_as  # merged-away local name -> kept local name
        self.shared = shared  # programmes of the whole country
        self.provinces = provinces or {}  # where a located project is: it is never another province's work
        self.programmes = programmes | shared  # entries typed pk:Programme (the others are projects, phases, items)
        # local name -> the words of the slugs of all its names (every language), to compare others' names with
        self.name_words: dict[str, set[str]] = {}
        # (text, province) -> hits of find_all: mapping a report asks it twice of the same whole text (its works'
        # facts, then their names as written; one scan of a report costs ~10 ms), and the extractor asks it again of
        # a section's heading for each of its figures, of a sentence for the sentence after it (the answers depend
        # on nothing else; emptied when full)
        self._found: dict[tuple[str, str], list[tuple[int, int, str, bool]]] = {}
        # (title line, province, programme) -> the work the title names (extract.projects._work_titled): kept on the
        # index so it goes with it, a module-wide cache would keep every index it saw alive (emptied when full)
        self.titled: dict[tuple[str, str | None, bool], str | None] = {}

    def _fits(self, local: str, province: str | None) -> bool:
        where = self.provinces.get(local)
        return local in self.shared or not where or province is None or province in where

    @classmethod
    def from_reference(cls, reference: Reference) -> ProjectIndex:
        names: list[tuple[str, str]] = []
        other_names: list[tuple[str, str]] = []  # names in other languages (English)
        same_as: dict[str, str] = {}
        located: dict[str, set[str]] = {}
        national: set[str] = set()
        programmes: set[str] = set()
        for t in reference.triples:
            if not isinstance(t.subject, NamedNode) or not t.subject.value.startswith(PROJECT):
                continue
            local = t.subject.value[len(PROJECT):]
            predicate = t.predicate.value
            if predicate in _LABELS and isinstance(t.object, Literal) and t.object.language == "vi":
                names.append((local, t.object.value))
            elif predicate in _LABELS and isinstance(t.object, Literal):
                other_names.append((local, t.object.value))
            elif predicate == _OWL_SAME_AS and t.object.value.startswith(PROJECT):
                same_as[t.object.value[len(PROJECT):]] = local
            elif predicate == RDF + "type" and t.object.value == PK + "NationalProgramme":
                national.add(local)
            elif predicate == RDF + "type" and t.object.value == PK + "Programme":
                programmes.add(local)
            elif predicate == PK + "location" and t.object.value.startswith(AREA):
                located.setdefault(local, set()).add(t.object.value[len(AREA):].split("/")[0])
        # a project without a place of its own that is not national belongs to the province of its whole
        for t in reference.triples:
            if t.predicate.value == PK + "hasPart" and t.subject.value.startswith(PROJECT):
                whole, part = t.subject.value[len(PROJECT):], t.object.value[len(PROJECT):]
                if whole in located and part not in located:
                    located[part] = set(located[whole])
        provinces = {local: frozenset(where) for local, where in located.items()}
        index = cls(names, same_as, frozenset(national), provinces, frozenset(programmes))
        for local, name in names + other_names:
            index.name_words.setdefault(local, set()).update(slug(expand_abbreviations(name)[0]).split("-"))
        return index

    def known(self, name: str, province: str | None = None) -> str | None:
        """The local name of a project or programme of the reference data named so (one located in another
        province than ``province`` does not count), or None."""
        normalised = normalise_project_name(name)
        found = self.by_name.get(normalised) or self._national_programme(normalised) \
            or self._national_shortened(normalised)
        if not found or not self._fits(found, province):
            return None
        return self.same_as.get(found, found)

    @cached_property
    def _national_words(self) -> LabelIndex:
        return LabelIndex({label: local for label, local in self.labels.items() if local in self.shared})

    def _national_programme(self, normalised: str) -> str | None:
        """The national programme a name of a national target programme written other than its labels names:
        the one with the most words of a label all among the name's ("chương trình mục tiêu quốc gia phát triển
        kinh tế - xã hội vùng dân tộc thiểu số và miền núi giai đoạn 2021-2030")."""
        if not normalised.startswith(_NATIONAL_PROGRAMME_HEAD + " "):
            return None
        return self._national_words.scattered(normalised, lambda _local, words: bool(words - _PROGRAMMES_WORDS))

    def _national_shortened(self, normalised: str) -> str | None:
        """The one national programme a programme's shortened name stands for ("chương trình phục hồi" for the
        "chương trình phục hồi và phát triển kinh tế - xã hội"): a label of its beginning with the same kind word
        ("chương trình", "đề án") and holding every word of the name; None when no label, or several programmes', do."""
        head = next((kind for kind in _PROGRAMME_HEADS if normalised.startswith(kind + " ")), None)
        if head is None:
            return None
        words = _counted_plainly(content_words(normalised[len(head):]))
        if not words:
            return None
        holders = {local for label, local in self.labels.items() if local in self.shared
                   and label.startswith(head + " ") and words <= _counted_plainly(content_words(label[len(head):]))}
        return holders.pop() if len(holders) == 1 else None

    def resolve(self, name: str, province: str) -> tuple[str, bool]:
        """The local name (under pkp:) a project name of a report of ``province`` links to, and whether it is
        confirmed (in the reference data) rather than provisional."""
        found = self.known(name, province)
        if found is not None:
            return found, True
        provisional = provisional_project(name, province)
        if provisional in self.same_as:
            return self.same_as[provisional], True
        return provisional, False

    def is_programme(self, local: str) -> bool:
        """Whether a local name is a programme or scheme (pk:Programme) rather than a project: the reference data's
        type, or for a provisional name the kind word its name begins with ("chương trình", "đề án")."""
        if local in self.programmes:
            return True
        if local in self.entries:
            return False
        return local.rpartition("/")[2].startswith(_PROGRAMME_SLUGS)

    def sector_of(self, local: str) -> str | None:
        """The sector (local name under pks:) of a provisional work, by the kind word its name begins with."""
        name = local.rpartition("/")[2]
        return next((sector for kind, sector in _SECTOR_BY_KIND if name == kind or name.startswith(kind + "-")),
                    None)

    def names_written(self, text: str, province: str) -> dict[str, str]:
        """Each provisional project or programme named in ``text`` (a whole report of ``province``) with its
        name as first written there: the label it gets until a curator confirms it."""
        names: dict[str, str] = {}
        for start, end, local, confirmed in self.find_all(text, province):
            if not confirmed:
                names.setdefault(local, " ".join(text[start:end].split()))
        return names

    @cached_property
    def _finder(self) -> LabelIndex:
        return LabelIndex(dict(self.labels))

    def find_all(self, text: str, province: str) -> list[tuple[int, int, str, bool]]:
        """Every project or programme named in ``text`` of a report of ``province``: (start, end, local name,
        confirmed), offsets into ``text``. Names of the reference data first; names of works it does not know
        get their provisional IRI."""
        hits = self._found.get((text, province))
        if hits is None:
            hits = self._find_all(text, province)
            if len(self._found) >= _FOUND_KEPT:
                self._found.clear()
            self._found[(text, province)] = hits
        return list(hits)

    def _find_all(self, text: str, province: str) -> list[tuple[int, int, str, bool]]:
        written, starts, ends = expand_abbreviations(text)
        found = [(start, end, self.same_as.get(local, local), True)
                 for start, end, local in self._finder.find_all(written) if self._fits(local, province)]
        for mention in find_project_names(written):
            if any(start < mention.end and mention.start < end for start, end, _l, _c in found):
                continue
            local, confirmed = self.resolve(mention.name, province)
            found.append((mention.start, mention.end, local, confirmed))
        return sorted((starts[start], ends[end], local, confirmed) for start, end, local, confirmed in found)


def project_index(reference: Reference | None = None) -> ProjectIndex:
    """The project index of the reference data (default: the project's ontology/), built once per reference."""
    return (reference or load_reference()).derived("projects", ProjectIndex.from_reference)


__all__ = ["ProjectIndex", "ProjectMention", "find_project_names", "fold", "is_provisional", "normalise_project_name",
           "project_index", "provisional_project", "slug"]
