"""Generate ontology/areas.ttl, Viet Nam's administrative areas across the 1 July 2025 reorganisation, from the PyPI
package ``vietnamadminunits`` (its dataset.db and converter_2025.json) and ISO 3166-2 codes from ``pycountry``.

    pip install -e '.[areas]' && python scripts/generate_areas.py          # writes ontology/areas.ttl
    python scripts/generate_areas.py --check                               # exit 1 when the file differs

What comes out (docs/curation.md tells how it is used):
- the 63 provinces valid until 30 June 2025 (pka:<slug>, IRIs unchanged), their People's Committees, and their 696
  districts, towns and provincial cities (pka:<province>/<district>), with GSO codes as skos:notation;
- the 34 provinces from 1 July 2025: a province whose territory did not change keeps its IRI; a merged one is a new
  area pka:<slug>-2025 with the old ones linked by pk:mergedInto;
- validity as OWL-Time intervals (pk:validDuring pk:UntilReorganisation2025 / pk:SinceReorganisation2025);
- labels: rdfs:label (official name) vi+en; skos:altLabel@vi for each lower-case way a report names the area that
  names no other area in the country ("huyện mường nhé", "mường nhé"); skos:hiddenLabel@vi for the ways that are
  shared with another area ("châu thành"): the area index (provkg.reference.areas) resolves those by the report's
  province, the plain label index never sees them.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import json
import sqlite3
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from provkg.core.text import normalise_label

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "ontology" / "areas.ttl"
SOURCE_PACKAGE = "vietnamadminunits"

# IRIs fixed before this generator existed: the library's code 46 is named "Huế" (renamed from Thừa Thiên Huế on
# 1 January 2025, Resolution 1314/NQ-UBTVQH15); its IRI and main label stay the older ones so reports keep linking.
SLUG_OVERRIDES = {"46": "thua-thien-hue"}
LABEL_OVERRIDES = {"46": "Thừa Thiên Huế"}
NAME_OVERRIDES = {"46": ["tỉnh thừa thiên huế", "thừa thiên huế", "thành phố huế", "tp. huế", "tp huế", "huế"]}
COMMITTEE_NAMES = {"46": ["ubnd thành phố huế", "ủy ban nhân dân thành phố huế", "uỷ ban nhân dân thành phố huế"]}
ENGLISH_OVERRIDES = {"46": "Thua Thien Hue province (Hue city from 2025)"}
EXTRA_PROVINCE_NAMES = {
                        "06": ["bắc cạn"], "79": ["tp hồ chí minh", "tphcm", "tp.hcm"]}

# District-level units that reports of 2015-2024 name but that the library (state of June 2025) no longer has, each
# with its legal source: (province code, GSO district code, official name, type, legal source, merged into).
# (province code, GSO code, official name, type, day it ceased (the merger took effect), legal source, local name
# of the area it merged into)
HISTORICAL_DISTRICTS: list[tuple[str, str, str, str, str, str, str]] = [
    ("36", "358", "Huyện Mỹ Lộc", "Huyện", "2025-01-01",
     "Resolution 1318/NQ-UBTVQH15 of 30 November 2024 (merged into Nam Định city from 1 January 2025)",
     "nam-dinh/nam-dinh"),
]

PREFIXES = {  # the ways reports write each type of unit before its name
    "Tỉnh": ["tỉnh"],
    "Thành phố trực thuộc trung ương": ["thành phố", "tp.", "tp"],
    "Huyện": ["huyện"],
    "Thị xã": ["thị xã", "tx.", "tx"],
    "Thành phố": ["thành phố", "tp.", "tp"],
    "Quận": ["quận"],
}
ENGLISH_TYPE = {"Huyện": "district", "Thị xã": "town", "Thành phố": "city", "Quận": "urban district"}


def slug(name: str) -> str:
    """ASCII kebab-case of a Vietnamese name ("Bà Rịa - Vũng Tàu" -> "ba-ria-vung-tau")."""
    plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in plain).split())


def ascii_name(name: str) -> str:
    plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


def folded(label: str) -> str:
    """The form the label index compares labels in (case, spacing, tone placement)."""
    return normalise_label(label)


@dataclass
class Area:
    iri: str  # local name under pka:
    kind: str  # Province | District
    name: str  # official short name
    official: str  # with its type word
    type_word: str
    code: str
    province: str | None = None
    names: list[str] = field(default_factory=list)  # lower-case ways reports write it
    iso: str | None = None
    validity: str | None = None
    merged_into: str | None = None
    parts: list[str] = field(default_factory=list)
    ended: str | None = None  # the day a unit ceased before the reorganisation
    source: str | None = None  # legal source of a unit added by hand


def _data_dir() -> Path:
    spec = importlib.util.find_spec(SOURCE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"generate_areas: the package {SOURCE_PACKAGE} is not installed (pip install -e '.[areas]')")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _iso_codes() -> dict[str, str]:
    import pycountry  # noqa: PLC0415 - only the generator needs it

    return {slug(s.name): s.code for s in pycountry.subdivisions.get(country_code="VN")}


def _names(short: str, type_word: str) -> list[str]:
    lower = short.lower()
    found = [f"{prefix} {lower}" for prefix in PREFIXES[type_word]]
    if not lower.isdigit():  # "Quận 1" is never written "1"
        found.append(lower)
    return found


def collect() -> list[Area]:
    data = _data_dir()
    db = sqlite3.connect(data / "dataset.db")
    iso = _iso_codes()
    areas: list[Area] = []
    old_by_key: dict[str, Area] = {}
    provinces = db.execute("SELECT DISTINCT provinceCode, province, provinceShort, provinceKey FROM admin_units_legacy "
                           "ORDER BY provinceCode").fetchall()
    for code, official, short, key in provinces:
        city = official.startswith("Thành phố")
        type_word = "Thành phố trực thuộc trung ương" if city else "Tỉnh"
        label = LABEL_OVERRIDES.get(code, short)
        area = Area(SLUG_OVERRIDES.get(code, slug(short)), "Province", label, official, type_word, code,
                    names=NAME_OVERRIDES.get(code) or _names(label, type_word) + EXTRA_PROVINCE_NAMES.get(code, []),
                    iso=iso.get(slug(label)) or iso.get(slug(short)))
        areas.append(area)
        old_by_key[key] = area
    districts = db.execute("SELECT DISTINCT provinceCode, districtCode, district, districtShort, districtType "
                           "FROM admin_units_legacy ORDER BY districtCode").fetchall()
    province_of = {a.code: a for a in areas}
    for pcode, dcode, official, short, type_word in districts:
        official = official.replace("Thị Xã", "Thị xã")
        # the library tells apart a district and a town of one name by "(Huyện)"/"(Thị xã)": the district keeps
        # the plain local name, the town or city gets its type word ("thi-xa-ky-anh")
        shared = "(" in short
        short = short.split("(")[0].strip().removeprefix("Quận ").strip()
        local = "quan-" + short if short.isdigit() else slug(short)
        if shared and type_word != "Huyện":
            local = f"{slug(type_word)}-{local}"
        province = province_of[pcode]
        areas.append(Area(f"{province.iri}/{local}", "District", short, official, type_word, dcode, province.iri,
                          names=_names(short, type_word), validity="UntilReorganisation2025"))
    for pcode, dcode, official, type_word, last_day, source, merged in HISTORICAL_DISTRICTS:
        province = province_of[pcode]
        short = official.removeprefix(type_word).strip()
        areas.append(Area(f"{province.iri}/{slug(short)}", "District", short, official, type_word, dcode,
                          province.iri, names=_names(short, type_word), ended=last_day, source=source,
                          merged_into=merged))
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    new = {key: (code, official, short) for code, official, short, key in db.execute(
        "SELECT DISTINCT provinceCode, province, provinceShort, provinceKey FROM admin_units")}
    for key in sorted(new, key=lambda k: new[k][0]):
        code, official, short = new[key]
        old_keys = converter[key]
        if old_keys == [key] or (len(old_keys) == 1 and old_by_key[old_keys[0]].code == code):
            continue  # territory unchanged: the old area goes on (Huế only changed its name, earlier)
        city = official.startswith("Thành phố")
        type_word = "Thành phố trực thuộc trung ương" if city else "Tỉnh"
        merged = Area(f"{slug(short)}-2025", "Province", short, official, type_word, code,
                      names=_names(short, type_word), validity="SinceReorganisation2025",
                      parts=sorted(old_by_key[k].iri for k in old_keys))
        areas.append(merged)
        for old_key in old_keys:
            old_by_key[old_key].merged_into = merged.iri
            old_by_key[old_key].validity = "UntilReorganisation2025"
    return areas


def _lit(text: str, lang: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def _iri(local: str) -> str:
    return "pka:" + local.replace("/", "\\/")


def render(areas: list[Area], version: str) -> str:
    owners: Counter[str] = Counter()
    for area in areas:
        for name in set(area.names):
            owners[folded(name)] += 1
    # an old province and the merged province of the same name share it: the older (first) one keeps it visible
    first_owner: dict[str, str] = {}
    for area in areas:
        for name in area.names:
            first_owner.setdefault(folded(name), area.iri)
    out = [
        "# provkg areas: GENERATED by scripts/generate_areas.py from the PyPI package "
        f"{SOURCE_PACKAGE}=={version} (dataset.db,",
        "# converter_2025.json) and pycountry's ISO 3166-2:VN codes. Do not edit by hand: change the generator and",
        "# rerun. The 63 provinces and 696 districts, towns and provincial cities valid until 30 June 2025, the",
        "# People's Committee of each province (the body that issues the reports), and the 34 provinces from 1 July",
        "# 2025 (a merged province is pka:<slug>-2025, its parts point to it with pk:mergedInto; an unchanged one",
        "# keeps its IRI).",
        "# skos:notation: GSO administrative code. skos:altLabel@vi: the ways reports write a name that no other area",
        "# shares; skos:hiddenLabel@vi: shared ones, resolved by the report's province (provkg.reference.areas).",
        "# pk:iso3166Code: the ISO 3166-2:VN code of the province from "
        f"pycountry=={importlib.metadata.version('pycountry')},",
        "# which lists the 63 provinces before 1 July 2025: a province unchanged by the reorganisation keeps its",
        "# code, a merged one (pka:<slug>-2025) has none until ISO publishes one.",
        "# Wikidata identifiers are not included: no package of Viet Nam's administrative units on PyPI carries them",
        "# and no website is reachable here to verify them.",
        "",
        "@prefix pk: <https://w3id.org/provkg/ontology#> .",
        "@prefix pka: <https://w3id.org/provkg/id/area/> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix pkt: <https://w3id.org/provkg/id/period/> .",
        "@prefix time: <http://www.w3.org/2006/time#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "",
    ]

    def block(area: Area) -> list[str]:
        english = ascii_name(area.name)
        if area.code in ENGLISH_OVERRIDES and area.kind == "Province" and not area.iri.endswith("-2025"):
            en = ENGLISH_OVERRIDES[area.code]
        elif area.kind == "Province":
            en = f"{english} city" if area.type_word.startswith("Thành phố") else f"{english} province"
            if area.iri.endswith("-2025"):
                en += " (from 2025)"
        else:
            en = f"District {english}" if english.isdigit() else f"{english} {ENGLISH_TYPE[area.type_word]}"
        lines = [f"{_iri(area.iri)} a pk:{area.kind} ;",
                 f"    rdfs:label {_lit(area.name if area.kind == 'Province' else area.official, 'vi')}, "
                 f"{_lit(en, 'en')} ;"]
        names = list(dict.fromkeys(area.names))
        visible = [n for n in names if owners[folded(n)] == 1 or first_owner[folded(n)] == area.iri
                   and area.kind == "Province" and not area.iri.endswith("-2025")]
        hidden = [n for n in names if n not in visible]
        if visible:
            lines.append(f"    skos:altLabel {', '.join(_lit(n, 'vi') for n in visible)} ;")
        if hidden:
            lines.append(f"    skos:hiddenLabel {', '.join(_lit(n, 'vi') for n in hidden)} ;")
        lines.append(f"    skos:notation {_lit(area.code)} ;")
        if area.iso:
            lines.append(f"    pk:iso3166Code {_lit(area.iso)} ;")
        if area.province:
            lines.append(f"    pk:inProvince {_iri(area.province)} ;")
        if area.merged_into:
            lines.append(f"    pk:mergedInto {_iri(area.merged_into)} ;")
        if area.validity:
            lines.append(f"    pk:validDuring pk:{area.validity} ;")
        if area.ended:
            lines.append(f"    pk:validDuring pkt:until-{area.ended} ;")
        if area.source:
            lines.append(f"    skos:historyNote {_lit(area.source, 'en')} ;")
        if area.parts:
            lines.insert(1, f"    # formed from {', '.join(_iri(p) for p in area.parts)}")
        lines[-1] = lines[-1][:-2] + " ."
        return [*lines, ""]

    sections = [
        ("provinces and centrally-run cities until 30 June 2025",
         [a for a in areas if a.kind == "Province" and not a.iri.endswith("-2025")]),
        ("provinces formed by the merger of 1 July 2025 (Resolution 202/2025/QH15)",
         [a for a in areas if a.iri.endswith("-2025")]),
    ]
    out += [f"# {'-' * 64} the country",
            "# The whole country, for national figures quoted beside the province's (\"cả nước tăng 7,02%\"). No",
            "# Vietnamese label: the label index must not take the state's name in a report's header for an area.",
            "pka:vn a pk:Country ;", '    rdfs:label "Viet Nam"@en ;', '    skos:notation "VN" .', ""]
    ends = sorted({a.ended for a in areas if a.ended})
    if ends:
        out += [f"# {'-' * 64} validity of units that ceased before 1 July 2025 (named: no blank nodes)"]
        for day in ends:
            out += [f"pkt:until-{day} a time:ProperInterval ;", f"    time:hasEnd pkt:instant-{day} .", "",
                    f"pkt:instant-{day} a time:Instant ;", f'    time:inXSDDate "{day}"^^xsd:date .', ""]
    for title, members in sections:
        out += [f"# {'-' * 64} {title}"]
        for area in members:
            out += block(area)
    out += [f"# {'-' * 64} provincial People's Committees"]
    for area in sections[0][1]:
        # Huế's committee issued its reports as a province's until 2025 (its IRI and label stay those)
        prefix = "thành phố" if area.type_word.startswith("Thành phố") and area.code not in LABEL_OVERRIDES else "tỉnh"
        en_kind = "City" if prefix == "thành phố" else "province"
        name = area.name if area.code != "79" else "Hồ Chí Minh"
        vi = f"Ủy ban nhân dân {prefix.capitalize() if prefix == 'thành phố' else prefix} {name}"
        en = (f"People's Committee of {ascii_name(name)} {en_kind}" if en_kind == "province"
              else f"People's Committee of {ascii_name(name)} City")
        lowered = f"{prefix} {name.lower()}"
        out += [f"{_iri(area.iri + '-people-committee')} a pk:Authority ;",
                f"    rdfs:label {_lit(vi, 'vi')}, {_lit(en, 'en')} ;",
                f"    skos:altLabel {_lit('ubnd ' + lowered, 'vi')}, {_lit('ủy ban nhân dân ' + lowered, 'vi')}, "
                f"{_lit('uỷ ban nhân dân ' + lowered, 'vi')}"
                + "".join(f", {_lit(other, 'vi')}" for other in COMMITTEE_NAMES.get(area.code, [])) + " ;",
                f"    pk:jurisdiction {_iri(area.iri)} .", ""]
    by_province: dict[str, list[Area]] = {}
    for area in areas:
        if area.kind == "District":
            by_province.setdefault(area.province or "", []).append(area)
    for province in sections[0][1]:
        out += [f"# {'-' * 64} districts of {province.name}"]
        for area in by_province.get(province.iri, []):
            out += block(area)
    return "\n".join(out).rstrip("\n") + "\n"


def generate() -> str:
    return render(collect(), importlib.metadata.version(SOURCE_PACKAGE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with ontology/areas.ttl instead of writing it")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        same = OUTPUT.read_text(encoding="utf-8") == text
        print("ontology/areas.ttl is up to date" if same else "ontology/areas.ttl differs: rerun the generator",
              file=sys.stdout if same else sys.stderr)
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
