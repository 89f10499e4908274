"""Vietnamese text in the wrong encoding, repaired or named.

Three kinds are met in provincial reports:
- mojibake: UTF-8 decoded once too often ("PhÃ¡t triá»ƒn"); repaired with ftfy's ``fix_encoding`` (only the
  encoding repair: quotes, dashes and spaces are left as they are, so the text keeps its characters);
- TCVN3 (ABC): the font encoding of the TCVN 5712:1993 standard, one byte per letter; a file in it reads as
  Latin-1 letters ("Ph¸t triÓn"). Converted with its code table (the table agrees with glibc's TCVN5712-1 on
  0xA1-0xFF). TCVN3 writes a capital letter with a tone mark in a separate upper-case font with the small letter's
  code, so such capitals come out small: the notice says so;
- VNI (VNI-Windows): a letter followed by a byte for its hat and tone ("Vieät Nam"); converted pair by pair.

Each repair or conversion returns a notice for the user; offsets count in the repaired, normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

# Letters that only Vietnamese uses among Latin scripts (precomposed forms, after NFC).
VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
# Of those, the ones neither legacy encoding produces when read as Latin-1 (both use â, ê, ô for other letters).
_UNICODE_ONLY_LETTER = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
# TCVN3 puts toned vowels on Latin-1 code points between letters: "Ph¸t triÓn", "®Çu t­".
_TCVN3_HINT = re.compile(r"[a-zA-Z][¸µ¶·¹ÓÕÒÔÖ®Ç­ª«¬][a-zA-Z]|®[a-z]")
# VNI writes a vowel and then a tone or hat character: "Vieät Nam", "ñaàu tö".
_VNI_HINT = re.compile(r"[aeiouyAEIOUY][øùûõïâêôæ]|ñ[aeiouy]|[a-z]ö[ôn]")
_MIN_HINTS = 3

# TCVN3 (ABC): code point (as read in Latin-1) -> letter.
_TCVN3_CODES = "¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô­øõö÷ùýúûüþ®¡¢£¤¥¦§"
_TCVN3_LETTERS = "áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđĂÂÊÔƠƯĐ"
TCVN3 = dict(zip(_TCVN3_CODES, _TCVN3_LETTERS, strict=True))

# VNI: the mark byte after a vowel (small forms; the capital forms are the upper case of both characters).
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HATS = {"â": "\u0302", "ê": "\u0306"}  # â/ê/ô take the circumflex; after 'a', 'ê' is the breve of ă
# Hat and tone in one byte: circumflex + tone after a, e, o; breve + tone after a.
_VNI_HAT_TONES = {"á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309", "ã": "\u0302\u0303",
                  "ä": "\u0302\u0323"}
_VNI_BREVE_TONES = {"é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309", "ü": "\u0306\u0303",
                    "ë": "\u0306\u0323"}
# Letters that are one byte in VNI.
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _vni_table() -> dict[str, str]:
    import unicodedata

    table: dict[str, str] = {}

    def add(code: str, letter: str) -> None:
        letter = unicodedata.normalize("NFC", letter)
        table[code] = letter
        table[code.upper()] = letter.upper()

    for vowel in "aeiouy":
        for mark, tone in _VNI_TONES.items():
            add(vowel + mark, vowel + tone)
    for vowel in "aeo":
        add(vowel + "â", vowel + _VNI_HATS["â"])
        for mark, marks in _VNI_HAT_TONES.items():
            add(vowel + mark, vowel + marks)
    add("aê", "a\u0306")
    for mark, marks in _VNI_BREVE_TONES.items():
        add("a" + mark, "a" + marks)
    for base, letter in (("ô", "ơ"), ("ö", "ư")):  # ơ and ư with a tone: the one-byte letter, then the tone
        for mark, tone in _VNI_TONES.items():
            add(base + mark, letter + tone)
    for code, letter in _VNI_SINGLE.items():
        table.setdefault(code, letter)
        table.setdefault(code.upper(), letter.upper())
    return table


VNI = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(code) for code in sorted(VNI, key=len, reverse=True)))


@dataclass(frozen=True)
class Repaired:
    text: str
    notice: str | None = None  # what was repaired, for the user; None when the text was fine


def legacy_encoding(text: str) -> str | None:
    """'TCVN3' or 'VNI' when ``text`` looks typed in that legacy encoding (and not in Unicode), else None."""
    if len(list(islice(_UNICODE_ONLY_LETTER.finditer(text), _MIN_HINTS))) >= _MIN_HINTS:
        return None  # (the first few found: a list of every letter of a long text costs as much as extracting)
    tcvn3 = len(_TCVN3_HINT.findall(text))
    vni = len(_VNI_HINT.findall(text))
    if max(tcvn3, vni) < _MIN_HINTS:
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"


ENCODING_NAMES = {"TCVN3": "TCVN3 (ABC)", "VNI": "VNI"}


def convert_legacy(text: str, encoding: str) -> str:
    """``text`` read from the legacy ``encoding`` ('TCVN3' or 'VNI') as Unicode."""
    if encoding == "TCVN3":
        return "".join(TCVN3.get(ch, ch) for ch in text)
    return _VNI_PATTERN.sub(lambda m: VNI[m.group()], text)


def repair(text: str) -> Repaired:
    """``text`` with mojibake repaired, or converted from TCVN3 or VNI; a notice says what was done.

    Raises ValueError naming the encoding when a legacy text does not convert into Vietnamese.
    """
    encoding = legacy_encoding(text)
    if encoding is not None:
        converted = convert_legacy(text, encoding)
        name = ENCODING_NAMES[encoding]
        if len(_UNICODE_ONLY_LETTER.findall(converted)) < _MIN_HINTS or legacy_encoding(converted):
            raise ValueError(f"the text looks like the legacy Vietnamese encoding {name} but does not convert "
                             "cleanly: convert it to Unicode (e.g. with UniKey's converter) and try again")
        capitals = " (capitals with tone marks, which TCVN3 writes in a separate font, read as small letters)" \
            if encoding == "TCVN3" else ""
        return Repaired(converted, f"converted from the legacy Vietnamese encoding {name} to Unicode{capitals}; "
                                   "offsets count in the converted text")
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return Repaired(text)
    return Repaired(fixed, f"repaired mojibake (UTF-8 decoded twice) with ftfy {ftfy.__version__}: "
                           f"{len(text)} characters became {len(fixed)}; offsets count in the repaired text")
