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


def test_may_hold_is_false_only_where_a_case_insensitive_pattern_cannot_match() -> None:
    import re

    from provkg.core.text import may_end_with, may_hold

    pattern = re.compile(r"giá\s+so sánh", re.IGNORECASE)
    for text in ("theo GIÁ SO SÁNH năm 2010", "Giá so sánh", "theo gıá so sánh", "GİÁ SO SÁNH", "giá ſo sánh"):
        assert pattern.search(text)
        assert may_hold(text, ("giá",))  # "gıá", "GİÁ": the pattern reads the odd i as "i", so may_hold does too
    assert not may_hold("tổng sản phẩm trên địa bàn", ("giá", "tháng"))
    tail = re.compile(r"(?:\s+|^)(?:ước đạt|chiếm)$", re.IGNORECASE)
    for text in ("doanh thu ƯỚC ĐẠT", "tỷ trọng chiếm\n", "tỷ trọng chİếm"):
        assert tail.search(text) and may_end_with(text, ("ước đạt", "chiếm"))
    assert not may_end_with("doanh thu ước đạt 5", ("ước đạt", "chiếm"))
