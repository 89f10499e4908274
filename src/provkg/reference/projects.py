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
from provkg.core.patterns import guarded
from provkg.reference.labels import LabelIndex, fold, normalise_label
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
    "trạm biến áp", "trạm bơm", "đường dây", "cống", "đập", "kênh",
)
# Kinds that name a work only when the text says it is an investment right before ("dự án nhà máy ...", "xây
# dựng nhà máy ...", "nâng cấp, mở rộng quốc lộ ..."): a plant on its own is an enterprise at work ("thu từ nhà máy
# X"), a national road on its own a place ("tai nạn trên quốc lộ 1A"), a "kênh" also a television channel.
_INVESTMENT_ONLY_KINDS = ("nhà máy", "quốc lộ", "kênh")
_INVESTMENT_BEFORE = re.compile(r"(?:dự án|công trình|xây dựng|đầu tư|thành phần|nâng cấp|mở rộng|cải tạo)[\s,]*$",
                                re.IGNORECASE)
# Lower-case words allowed between the kind word and the first capitalised word of the name ("kè khẩn cấp chống
# sạt lở đoạn Khánh Hội", "đường ven biển đoạn Nghi Sơn - Cửa Lò"), at most this many.
_LEADING_LOWER_WORDS = 15
# Words that end a name: what the sentence says about the work ("giải ngân", "đạt", "đã").
_STOP_WORDS = frozenset({"giải", "đạt", "ước", "đã", "đang", "tăng", "giảm", "được", "với", "có", "là", "thực",
                         "hoàn", "khởi", "dài", "tổng", "vốn", "kế", "khối", "sản", "tại", "trên", "của", "cho",
                         "trong", "khoảng", "quy", "năm", "tháng", "như", "vào", "các", "ở", "và", "mới"})
# Words before "cầu" that make it a common noun ("yêu cầu", "nhu cầu").
_NOT_A_BRIDGE = ("yêu", "nhu", "toàn", "địa")
# In a name of common nouns only the verbs end it ("giảm nghèo" is part of a programme's name).
_LOWER_CASE_STOP_WORDS = frozenset({"giải", "đạt", "ước", "đã", "đang", "được", "với", "có", "là"})
_GENERIC_KINDS = ("dự án", "công trình", "đề án")
_CONNECTORS = frozenset({"-", "–", "—", "đến", "đoạn", "qua", "phía", "tây", "đông", "nam", "bắc", "đai", "lộ",
                         "tỉnh", "số"})
# Kinds whose names are common nouns ("chương trình mục tiêu quốc gia xây dựng nông thôn mới"): the name runs to
# the next punctuation.
_LOWER_CASE_NAMED = ("chương trình mục tiêu quốc gia", "đề án")
# The sector of a provisional work by how the slug of its name begins (its kind word), most specific first.
_SECTOR_BY_KIND = (
    ("nha-may-dien", "energy"), ("nha-may-thuy-dien", "energy"), ("nha-may-nhiet-dien", "energy"),
    ("duong-day", "energy"), ("tram-bien-ap", "energy"), ("cao-toc", "transport"), ("duong", "transport"),
    ("cau", "transport"), ("cang", "transport"), ("san-bay", "transport"), ("quoc-lo", "transport"),
    ("benh-vien", "health"), ("ho-chua", "agriculture"), ("dap", "agriculture"), ("tram-bom", "agriculture"),
    ("kenh", "agriculture"), ("ke", "natural-resources-environment"), ("khu-cong-nghiep", "industry"),
    ("cum-cong-nghiep", "industry"), ("nha-may", "industry"), ("khu-tai-dinh-cu", "construction"),
    ("khu-do-thi", "urban-development"), ("truong", "education"),
)
# How the slug of a programme's or scheme's name begins (a provisional name of one of them is a pk:Programme).
_PROGRAMME_SLUGS = ("chuong-trinh-", "de-an-")
# Ways of writing one kind of work, made one when names are compared.
_SAME_KIND = (("đường bộ cao tốc", "cao tốc"), ("đường cao tốc", "cao tốc"), ("tuyến đường", "đường"))


def _strip_marks(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def slug(name: str) -> str:
    """ASCII kebab-case ("Cầu Cửa Lục 3" -> "cau-cua-luc-3")."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in _strip_marks(name).lower()).split())


@lru_cache(maxsize=8192)  # a name is compared when found and again for its provisional IRI
def normalise_project_name(name: str) -> str:
    """A project's name as it is compared: folded, without the words that only say it is a project and without
    brackets ("Dự án ĐTXD cầu Cửa Lục 3 (giai đoạn 2)" -> "cầu cửa lục 3")."""
    text = normalise_label(re.sub(r"\([^)]*\)", " ", unicodedata.normalize("NFC", name)))
    text = re.sub(r"\bđtxd\b", "đầu tư xây dựng", text)
    changed = True
    while changed:
        changed = False
        for lead_pattern in _investment_leads():
            lead = lead_pattern.match(text)
            if lead:
                text, changed = text[lead.end():], True
                break
    for written, kind in _SAME_KIND:
        if text.startswith(written + " "):
            text = kind + text[len(written):]
    return " ".join(text.replace("–", "-").split()).strip(" -,;:")


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


def find_project_names(text: str) -> list[ProjectMention]:
    """Names of works in a text: a kind word ("cầu", "đường cao tốc", "dự án") and the name after it, up to the
    last capitalised word or number of the name ("cầu Cửa Lục 3 đạt 60% khối lượng" -> "cầu Cửa Lục 3")."""
    mentions: list[ProjectMention] = []
    if not guarded(_WORK_PATTERN, text):
        return mentions  # (most sentences name no kind of work: the pattern need not run over them)
    taken_until = -1
    for match in _WORK_PATTERN.finditer(text):
        if match.start() < taken_until or _inside_brackets(text, match.start()):
            continue
        if match.group().isupper() and len(match.group()) > 2:
            continue  # a heading in capitals names a section, not a work
        before = text[max(0, match.start() - 6):match.start()].split()
        if match.group().lower() == "cầu" and before and before[-1].lower() in _NOT_A_BRIDGE:
            continue
        rest = re.sub(r"^\s*(?:đầu tư xây dựng|xây dựng|thành phần)?\s*", "", text[match.end():match.end() + 60])
        if match.group().lower() in _GENERIC_KINDS and _WORK_PATTERN.match(rest):
            continue  # "Dự án Nhà máy điện gió ...": the work's own kind word names it
        if match.group().lower() in _INVESTMENT_ONLY_KINDS and not _INVESTMENT_BEFORE.search(
                text[max(0, match.start() - 30):match.start()]):
            continue
        lower_case = match.group().lower() in _LOWER_CASE_NAMED
        end = _name_end(text, match.end(), lower_case)
        if end is None:
            continue
        if match.group().lower() in _GENERIC_KINDS and _ACRONYM_ONLY.fullmatch(text[match.end():end]):
            continue  # "dự án FDI", "dự án PPP": a kind of financing, not a work
        end = _qualified(text, _enumerated(text, match.start(), end))
        name = text[match.start():end]
        proper = _BRACKETED.match(text, end)
        if proper:  # "cầu vượt sông X (cầu Y)": the work's proper name, in brackets, names it
            inner = find_project_names(proper.group(1))
            if inner and inner[0].start == 0 and inner[0].name.lower().startswith(match.group().lower() + " "):
                name, end = inner[0].name, proper.end()
        mentions.append(ProjectMention(match.start(), end, name))
        taken_until = end
    return mentions


# The next name of an enumeration of works of one kind ("các hồ chứa A, B và C"), followed by its words.
_LIST_NEXT = re.compile(r"(?:,|[ \t]+và)[ \t]+(?=\S)")
_LIST_WORD = re.compile(r"[ \t]*([^\s,;:.()]+)")
# Words after a name that are part of it when the name ends there ("Đường tỉnh 285 kéo dài: ...").
_QUALIFIER = re.compile(r"[ \t]+(?:kéo dài|nối dài|mở rộng)(?=[ \t]*(?:[:,;(\n]|$))")
_BRACKETED = re.compile(r"[ \t]*\(([^()\n]{3,80})\)")


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
    return qualifier.end() if qualifier else end


_ELECTRICAL_UNIT = re.compile(r"k?V|[kM]W|MVA")
# A name that is one acronym ("FDI", "ODA", "PPP").
_ACRONYM_ONLY = re.compile(r"\s*[A-ZĐ]{2,5}\s*")


def _inside_brackets(text: str, position: int) -> bool:
    """Whether a position is inside brackets of its line: "(..., Dự án thành phần 1)" is a part, not a work."""
    line_start = text.rfind("\n", 0, position) + 1
    opened = text.rfind("(", line_start, position)
    return opened >= 0 and text.find(")", opened, position) < 0


def _name_end(text: str, after_kind: int, lower_case: bool = False) -> int | None:
    """Where the name after a kind word ends, or None when no capitalised word follows soon (a name of a
    lower-case kind runs to the next punctuation). Lower-case words inside a name are kept when a capitalised
    word or a number follows them ("Trung tâm hội nghị Phú Yên")."""
    tokens: list[tuple[str, int, int]] = []
    previous_end = after_kind
    for token in re.finditer(r"[^\s,;:.()\"“”]+|[.](?=\d)", text[after_kind:after_kind + 160]):
        gap = text[previous_end:after_kind + token.start()]
        if re.search(r"[\n\t,;()\"“”]|[.]\s", gap) or (tokens and ":" in gap):
            break
        tokens.append((token.group(), after_kind + token.start(), after_kind + token.end()))
        previous_end = after_kind + token.end()
    stops = _LOWER_CASE_STOP_WORDS if lower_case else _STOP_WORDS
    end = None
    lower_seen = 0
    for i, (word, _start, word_end) in enumerate(tokens):
        joins = word == "với" and any(w == "nối" for w, _s, _e in tokens[:i])  # "nối X với Y": both ends
        # "dự án hạ tầng đô thị và thích ứng ... Yên Bái": "và" inside the words before the name begins; a second
        # "dự án" begins another work ("10 dự án đầu tư công và 11 dự án PPP")
        leading_and = word == "và" and end is None and not re.match(r"[^\n]*?\bdự án\b", text[word_end:word_end + 40])
        if word in stops and not joins and not leading_and:  # lower-case only: "Sản - Nhi" is a name
            break
        if joins:
            continue
        if lower_case and not word[0].isdigit():
            end = word_end
        elif _named(word) or (_ELECTRICAL_UNIT.fullmatch(word) and i and tokens[i - 1][0][0].isdigit()):
            end = word_end  # a number's electrical unit is part of a name too ("đường dây 500 kV mạch 3")
        elif word.lower() in _CONNECTORS and end is not None:
            continue
        elif end is None and lower_seen < _LEADING_LOWER_WORDS and word.islower():
            lower_seen += 1
        elif end is not None and word.islower() and any(
                w[0].isupper() for w, _s, _e in _until_stop(tokens[i + 1:i + 4], stops)):
            continue
        else:
            break
    return end


def _named(word: str) -> bool:
    """A capitalised word, a number or a code ("ĐT.338") of a name."""
    return word[0].isupper() or word[0].isdigit()


def _until_stop(tokens: list[tuple[str, int, int]], stops: frozenset[str]) -> list[tuple[str, int, int]]:
    kept = []
    for token in tokens:
        if token[0] in stops:
            break
        kept.append(token)
    return kept


class ProjectIndex:
    """Projects and programmes of the reference data by their names, with the merges curators recorded."""

    def __init__(self, names: Iterable[tuple[str, str]], same_as: dict[str, str], shared: frozenset[str],
                 provinces: dict[str, frozenset[str]] | None = None,
                 programmes: frozenset[str] = frozenset()) -> None:
        self.by_name: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        for local, name in names:
            self.by_name.setdefault(normalise_project_name(name), local)
            self.labels.setdefault(normalise_label(name), local)
        self.entries = frozenset(self.labels.values())  # the local names of the reference data
        self.same_as = same_as  # merged-away local name -> kept local name
        self.shared = shared  # programmes of the whole country
        self.provinces = provinces or {}  # where a located project is: it is never another province's work
        self.programmes = programmes | shared  # entries typed pk:Programme (the others are projects, phases, items)

    def _fits(self, local: str, province: str | None) -> bool:
        where = self.provinces.get(local)
        return local in self.shared or not where or province is None or province in where

    @classmethod
    def from_reference(cls, reference: Reference) -> ProjectIndex:
        names: list[tuple[str, str]] = []
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
        return cls(names, same_as, frozenset(national), provinces, frozenset(programmes))

    def known(self, name: str, province: str | None = None) -> str | None:
        """The local name of a project or programme of the reference data named so (one located in another
        province than ``province`` does not count), or None."""
        found = self.by_name.get(normalise_project_name(name))
        if not found or not self._fits(found, province):
            return None
        return self.same_as.get(found, found)

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
        found = [(start, end, self.same_as.get(local, local), True) for start, end, local in self._finder.find_all(text)
                 if self._fits(local, province)]
        for mention in find_project_names(text):
            if any(start < mention.end and mention.start < end for start, end, _l, _c in found):
                continue
            local, confirmed = self.resolve(mention.name, province)
            found.append((mention.start, mention.end, local, confirmed))
        return sorted(found)


def project_index(reference: Reference | None = None) -> ProjectIndex:
    """The project index of the reference data (default: the project's ontology/), built once per reference."""
    return (reference or load_reference()).derived("projects", ProjectIndex.from_reference)


__all__ = ["ProjectIndex", "ProjectMention", "find_project_names", "fold", "is_provisional", "normalise_project_name",
           "project_index", "provisional_project", "slug"]
