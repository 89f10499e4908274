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
