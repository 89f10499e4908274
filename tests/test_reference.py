"""The one reference loader and label index: tone-mark folding, offsets kept, parsed once per folder."""

from __future__ import annotations

from provkg.reference.labels import LabelIndex, fold, normalise_label
from provkg.reference.loader import load_reference


def test_fold_keeps_length_and_moves_the_tone_to_the_first_vowel() -> None:
    for old_style, new_style in (("Thuỷ sản", "thủy sản"), ("hoá chất", "hóa chất"), ("khoẻ mạnh", "khỏe mạnh")):
        assert fold(old_style) == fold(new_style)
        assert len(fold(old_style)) == len(old_style)
    assert normalise_label("  Hàng   HOÁ ") == "hàng hóa"


def test_label_index_finds_either_tone_placement_at_the_right_offsets() -> None:
    index = LabelIndex({"sản lượng thủy sản": "fish-output", "thủy sản": "fisheries"})
    text = "Tổng SẢN LƯỢNG THUỶ SẢN ước đạt 12.000 tấn; thuỷ sản nuôi trồng tăng."
    found = index.find_all(text)
    assert [(text[s:e], local) for s, e, local in found] == [
        ("SẢN LƯỢNG THUỶ SẢN", "fish-output"), ("thuỷ sản", "fisheries")]
    assert index.longest("sản lượng thủy sản khai thác") == "fish-output"


def test_label_index_does_not_match_inside_a_word() -> None:
    index = LabelIndex({"lúa": "rice"})
    assert index.find_all("lúamì") == []
    assert index.last("diện tích lúa đông xuân") == "rice"


def test_reference_is_parsed_once_and_indexes_share_it() -> None:
    first, second = load_reference(), load_reference()
    assert first is second
    assert "dien-bien" in first.provinces
    assert first.labels.indicators.longest("sản lượng lương thực có hạt") is not None
    assert first.units.lookup("tỷ đồng") is not None


def test_label_index_takes_the_longest_label_at_a_place_and_goes_on_after_it() -> None:
    index = LabelIndex({"vốn đầu tư": "investment", "đầu tư công": "public-investment", "vốn": "capital",
                        "công nghiệp": "industry"})
    # "vốn đầu tư" is taken where it starts; "đầu tư công" overlaps it and is skipped; "công nghiệp" is not
    # inside it and is found.
    found = index.find_all("Vốn đầu tư công nghiệp tăng")
    assert [local for _s, _e, local in found] == ["investment", "industry"]
    # a longer label that ends inside a word gives way to the shorter one that ends at a word's end
    assert [local for _s, _e, local in index.find_all("vốn đầu tưx")] == ["capital"]


def test_label_index_finds_what_the_alternation_of_its_labels_finds() -> None:
    # The index replaced one regular expression (every label, longest first, as whole words): the same hits on
    # phrases made of the labels' words, glued, repeated and cut.
    import itertools
    import re

    labels = {"giá trị sản xuất": "a", "sản xuất": "b", "giá trị": "c", "xuất khẩu": "d", "sản xuất công nghiệp": "e",
              "công nghiệp": "f", "giá": "g", "trị giá xuất khẩu": "h"}
    index = LabelIndex(labels)
    body = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    alternation = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    words = ["giá", "trị", "sản", "xuất", "khẩu", "công", "nghiệp", "x1", ","]
    for size in (2, 3, 4):
        for phrase in itertools.product(words, repeat=size):
            for text in (" ".join(phrase), "".join(phrase), " ".join(phrase) + "s"):
                expected = [(m.start(), m.end(), labels[m.group()]) for m in alternation.finditer(text)]
                assert index.find_all(text) == expected, text


def test_fold_leaves_the_u_of_qu_alone() -> None:
    # "qu" is one consonant: the tone of "quý", "quỷ" is on the vowel after it and stays there
    assert fold("Quý I") == "quý i"
    assert fold("con quỷ") == "con quỷ"
    assert fold("thuỷ lợi, quý") == fold("thủy lợi, quý")


def test_the_words_a_pattern_requires_are_read_from_its_letters() -> None:
    import re

    from provkg.core.patterns import end_words, required_words

    assert required_words(re.compile(r"(?<!\w)(?:cao hơn|kém|chậm(?:\s+hơn)?)\s*$", re.I)) == ("cao hơn", "chậm", "kém")
    # an optional part, a look-around or a class of letters names no word every match holds
    assert required_words(re.compile(r"(?:số\s+)?\d+(?=\s*tấn)")) is None
    assert required_words(re.compile(r"\d+\s*[/-]\s*\d+")) == ("-", "/")
    assert required_words(re.compile(r"Quý\s+[IV]+|tháng\s+\d+")) == ("quý", "tháng")
    assert end_words(re.compile(r"(?:\s+|^)(?:ước đạt|ước|đạt)$", re.I)) == tuple(sorted(("ước", "ước đạt", "đạt")))
    assert end_words(re.compile(r"(?:ước|đạt)\s+\d+$")) is None


def test_a_pattern_is_skipped_only_where_it_cannot_match() -> None:
    # Every pattern of the extractor against phrases of the genre (our own), in upper case, and with the letters
    # a case-insensitive pattern reads as "i" or "s" although their lower case is none.
    import importlib
    import re

    from provkg.core.patterns import end_words, guarded, may_end_with, may_hold, required_words

    phrases = [
        "Tổng thu ngân sách ước đạt 1.250 tỷ đồng, tăng 7,5% so với cùng kỳ, đạt 52,3% dự toán; trong đó thu nội địa",
        "Đến ngày 30/6/2024, toàn tỉnh có 45 xã đạt chuẩn nông thôn mới, chiếm 38,2%, chậm khoảng 5% so với tiến độ",
        "Kế hoạch năm 2025 là 9.000 tỷ đồng; phấn đấu tăng trưởng trên 8%, cả năm dự báo đạt kịch bản đề ra (7,8%)",
        "- Tháng 11/2023 chỉ số giá tiêu dùng (CPI) tăng 0,3%, thấp hơn bình quân cả nước; lũy kế 11 tháng tăng 3,1%",
        "Dư nợ tín dụng hiện nay ước tính 64.000 tỷ đồng; đàn trâu 45.000 con, giảm 2,1% (kéo giảm 0,2 điểm %)",
        "Vụ Đông Xuân năm học 2023-2024: giá so sánh 2010, số liệu là số ước tính sơ bộ, quý III hụt 120 tỷ đồng",
    ]
    texts = [t for phrase in phrases for t in (phrase, phrase.upper(), phrase.replace("i", "ı"),
                                              phrase.replace("I", "İ"), phrase.replace("s", "ſ"))]
    texts += [t[:cut] for t in texts for cut in (10, 25, 40, 60)]
    checked = 0
    modules = [f"provkg.extract.{name}" for name in
               ("measure", "period", "status", "subject", "area", "basis", "indicators", "context", "breakdowns")]
    for name in modules + ["provkg.reference.projects"]:
        module = importlib.import_module(name)
        for pattern in (v for v in vars(module).values() if isinstance(v, re.Pattern)):
            words, ends = required_words(pattern), end_words(pattern)
            for text in texts:
                if pattern.search(text):
                    assert may_hold(text, words), (pattern.pattern, text)
                    assert may_end_with(text, ends), (pattern.pattern, text)
                    assert guarded(pattern, text), (pattern.pattern, text)
                    checked += 1
    assert checked > 500


def test_a_pattern_needs_a_word_of_each_of_its_sets() -> None:
    # "đến hết tháng 6": every match holds "tháng" and one of "đến", "tới"; a text missing either is skipped
    import re

    from provkg.core.patterns import guarded, required_word_sets, required_words

    month_end = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?tháng\s+(\d{1,2})", re.IGNORECASE)
    assert required_word_sets(month_end) == (("tháng",), ("tới", "đến"))
    assert required_word_sets(month_end)[0] == required_words(month_end)
    assert required_word_sets(re.compile(r"\d+\s*%")) == (("%",),)
    assert required_word_sets(re.compile(r"(?:số\s+)?\d+(?=\s*tấn)")) == ()
    assert not guarded(month_end, "tính đến nay, vốn giải ngân đạt 62%")
    assert not guarded(month_end, "trong tháng 6 giải ngân 120 tỷ đồng")
    assert guarded(month_end, "Tính ĐẾN hết THÁNG 6, giải ngân 120 tỷ đồng")
    assert guarded(month_end, "tới tháng nào") and not month_end.search("tới tháng nào")  # a maybe, never a miss


def test_a_phrase_tested_again_gets_the_same_answer() -> None:
    # each phrase is lowered once and remembered: a second test, or a copy of the phrase, reads the same
    from provkg.core.patterns import may_hold

    phrase = "Quý II thu ngân sách TĂNG 7,5%"
    assert may_hold(phrase, ("tăng",)) and may_hold(phrase, ("tăng",))
    assert not may_hold(phrase, ("giảm",)) and not may_hold("".join(list(phrase)), ("giảm",))
    assert may_hold(phrase.replace("I", "İ"), ("giảm",))  # a letter Python reads as "i" in any case


def test_the_indicators_under_each_indicator_are_listed_in_the_lexicons_order() -> None:
    from provkg.extract.lexicon import load_lexicon

    lexicon = load_lexicon()
    for upper in {a for ancestors in lexicon.ancestors.values() for a in ancestors}:
        below = [local for local, ancestors in lexicon.ancestors.items() if upper in ancestors]
        assert lexicon.narrower[upper] == below
    assert list(lexicon.indicator_order) == list(lexicon.ancestors)
