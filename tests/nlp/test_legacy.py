"""TCVN3 (ABC) and VNI text to Unicode: real strings from documents typed with .VnTime and VNI-Times
fonts, mixed texts, fonts, and a round trip over every Vietnamese letter."""
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.legacy import TCVN3, VNI, convert, detect_encoding, font_encoding, to_unicode

# (legacy text as it shows without its font, encoding, Unicode)
REAL_STRINGS = [
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", TCVN3, "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", TCVN3, "Độc lập - Tự do - Hạnh phúc"),
    ("C¨n cø NghÞ ®Þnh sè 61/2018/N§-CP ngµy 23/4/2018 cña ChÝnh phñ", TCVN3,
     "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ"),
    ("Quy tr×nh tiÕp nhËn hå s¬ cÊp giÊy phÐp", TCVN3, "Quy trình tiếp nhận hồ sơ cấp giấy phép"),
    ("Th«ng t­ sè 01/2018/TT-VPCP h­íng dÉn", TCVN3, "Thông tư số 01/2018/TT-VPCP hướng dẫn"),
    # A .VnTimeH heading that lost its font: the capitals come back.
    ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", TCVN3, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Ban hµnh kÌm theo QuyÕt ®Þnh sè 12/Q§-STP (QT-07 CHUNG)", TCVN3,
     "Ban hành kèm theo Quyết định số 12/QĐ-STP (QT-07 CHUNG)"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", VNI, "Độc lập - Tự do - Hạnh phúc"),
    ("Thoâng tö soá 01/2020/TT-BTP cuûa Boä Tö phaùp", VNI, "Thông tư số 01/2020/TT-BTP của Bộ Tư pháp"),
    ("TRÖÔØNG HÔÏP ÑAËC BIEÄT", VNI, "TRƯỜNG HỢP ĐẶC BIỆT"),
    ("Ñôn vò chuû trì: Phoøng Haønh chính", VNI, "Đơn vị chủ trì: Phòng Hành chính"),
]


@pytest.mark.parametrize("legacy, encoding, unicode", REAL_STRINGS)
def test_real_legacy_strings_are_detected_and_converted(legacy, encoding, unicode):
    assert to_unicode(legacy) == (unicode, encoding)


@pytest.mark.parametrize("text", [
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Ghi chú: áp dụng từ ngày ký",       # Latin-1 letters only, still Unicode Vietnamese
    "Nghị định số 61/2018/NĐ-CP",
    "plain ASCII text, QT-07",
    "Điều 5 § 2 © 2024",                  # stray symbols are no evidence
    "",
])
def test_unicode_text_is_left_alone(text):
    assert to_unicode(text) == (unicodedata.normalize("NFC", text), None)


def test_unicode_fragments_with_old_style_tones_are_not_taken_for_vni():
    # Wrapped lines of a real decree: some lines hold only Latin-1 letters ("hoá", "khoán").
    text = ("Tổ chức phát hành trái phiếu phải thực hiện kiểm toán,\nsoát xét.\nChứng khoán.\n"
            "cùng ngày phát hành.\nTài chính.\nhoá đơn, toà án, loã.\n")
    assert to_unicode(text) == (text, None)


def test_output_is_nfc_even_without_legacy_text():
    decomposed = unicodedata.normalize("NFD", "Quy trình tiếp nhận hồ sơ")
    text, found = to_unicode(decomposed)
    assert found is None and text == "Quy trình tiếp nhận hồ sơ" and unicodedata.is_normalized("NFC", text)


def test_mixed_text_converts_only_the_legacy_lines():
    text = ("Căn cứ pháp lý\n"
            "- NghÞ ®Þnh sè 107/2021/N§-CP ngµy 06/12/2021 cña ChÝnh phñ;\n"
            "- Ghi chú: bản sao\n")
    assert to_unicode(text) == ("Căn cứ pháp lý\n"
                                "- Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ;\n"
                                "- Ghi chú: bản sao\n", TCVN3)


def test_detect_encoding():
    assert detect_encoding("Céng hoµ x· héi chñ nghÜa") == TCVN3
    assert detect_encoding("Coäng hoøa xaõ hoäi chuû nghóa") == VNI
    assert detect_encoding("Cộng hòa xã hội") is None
    assert detect_encoding("Où est la gare?") is None


@pytest.mark.parametrize("font, expected", [
    (".VnTime", (TCVN3, False)), (".VnTimeH", (TCVN3, True)), (".VnArial", (TCVN3, False)),
    (".VnArialH", (TCVN3, True)), ("VNI-Times", (VNI, False)), ("VNI-Helve", (VNI, False)),
    ("Times New Roman", None), ("Arial", None), (None, None), ("", None),
])
def test_font_encoding(font, expected):
    assert font_encoding(font) == expected


def test_capitals_font_run_is_upper_cased():
    assert convert("quy tr×nh", TCVN3, uppercase=True) == "QUY TRÌNH"


def test_convert_rejects_unknown_encoding():
    with pytest.raises(ValueError):
        convert("x", "viqr")


# -- round trip over the whole alphabet -----------------------------------------------------------
# The encoders below are written from the published code charts (independently of the module's
# tables), so a wrong entry on either side shows up as a failed round trip.
_TONES = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_TCVN3_CHART = {  # base letter → codes for (no tone, grave, hook, tilde, acute, dot below)
    "a": "a\xb5\xb6\xb7\xb8\xb9", "ă": "\xa8\xbb\xbc\xbd\xbe\xc6", "â": "\xa9\xc7\xc8\xc9\xca\xcb",
    "e": "e\xcc\xce\xcf\xd0\xd1", "ê": "\xaa\xd2\xd3\xd4\xd5\xd6", "i": "i\xd7\xd8\xdc\xdd\xde",
    "o": "o\xdf\xe1\xe2\xe3\xe4", "ô": "\xab\xe5\xe6\xe7\xe8\xe9", "ơ": "\xac\xea\xeb\xec\xed\xee",
    "u": "u\xef\xf1\xf2\xf3\xf4", "ư": "\xad\xf5\xf6\xf7\xf8\xf9", "y": "y\xfa\xfb\xfc\xfd\xfe",
}
_VNI_TONE = ["", "ø", "û", "õ", "ù", "ï"]
_VNI_HAT = ["â", "à", "å", "ã", "á", "ä"]
_VNI_BREVE = ["ê", "è", "ú", "ü", "é", "ë"]
_VNI_OWN_I = ["i", "ì", "æ", "ó", "í", "ò"]


def _split(letter: str) -> tuple[str, int]:
    parts = unicodedata.normalize("NFD", letter)
    tone = next((c for c in parts if c in _TONES and c), "")
    base = unicodedata.normalize("NFC", parts.replace(tone, "")) if tone else letter
    return base, _TONES[tone]


def tcvn3_encode(text: str) -> str:
    out = []
    for char in text:
        base, tone = _split(char)
        out.append(_TCVN3_CHART[base][tone] if base in _TCVN3_CHART else ("\xae" if char == "đ" else char))
    return "".join(out)


def vni_encode(text: str) -> str:
    out = []
    for char in text:
        base, tone = _split(char)
        if char == "đ":
            out.append("ñ")
        elif base == "i":
            out.append(_VNI_OWN_I[tone])
        elif base == "y" and tone == 5:
            out.append("î")
        elif base in "aeouy":
            out.append(base + _VNI_TONE[tone])
        elif base in "âêô":
            out.append({"â": "a", "ê": "e", "ô": "o"}[base] + _VNI_HAT[tone])
        elif base == "ă":
            out.append("a" + _VNI_BREVE[tone])
        elif base in "ơư":
            out.append({"ơ": "ô", "ư": "ö"}[base] + _VNI_TONE[tone])
        else:
            out.append(char)
    return "".join(out)


VIETNAMESE_LOWER = sorted({unicodedata.normalize("NFC", base + tone) for base in "aăâeêioôơuưy" for tone in _TONES} | {"đ"})


def test_every_lowercase_letter_round_trips_through_both_charts():
    word = "".join(VIETNAMESE_LOWER)
    assert convert(tcvn3_encode(word), TCVN3) == word
    assert convert(vni_encode(word), VNI) == word
    assert convert(vni_encode(word).upper(), VNI) == word.upper()


syllables = st.lists(st.sampled_from(VIETNAMESE_LOWER + list("bcdghklmnpqrstvx")), min_size=2, max_size=6).map("".join)

# Words as procedures and legal texts use them: detection is a judgement on text, so it is checked on
# text. Random letter strings can be written alike in both charts ("ủa" in TCVN3 is "đa" in VNI).
LEGAL_WORDS = (
    "của được quy định thủ tục hành chính ban hành cơ quan nhân dân tỉnh hướng dẫn thực hiện "
    "theo điều khoản điểm nghị định thông tư quyết định luật số ngày tháng năm chính phủ bộ "
    "trưởng giám đốc sở tư pháp tài nguyên môi trường hồ sơ tiếp nhận giải quyết kết quả "
    "trả lời đề nghị cấp giấy phép đăng ký hiệu lực thi hành sửa đổi bổ sung thay thế bãi bỏ "
    "ủy ban căn cứ văn bản pháp luật trình tự thời hạn đơn vị chủ trì phối hợp kiểm tra"
).split()


@given(st.lists(syllables, min_size=1, max_size=40).map(" ".join))
def test_any_letters_round_trip_through_both_charts(sentence):
    assert convert(tcvn3_encode(sentence), TCVN3) == sentence
    assert convert(vni_encode(sentence), VNI) == sentence


@given(st.lists(st.sampled_from(LEGAL_WORDS), min_size=12, max_size=40).map(" ".join))
def test_legacy_sentences_come_back_as_typed_or_untouched(sentence):
    tcvn3, vni = tcvn3_encode(sentence), vni_encode(sentence)
    # Detection may abstain on a sentence with few marks, but never picks the wrong chart.
    assert to_unicode(tcvn3)[0] in (sentence, unicodedata.normalize("NFC", tcvn3))
    assert to_unicode(vni)[0] in (sentence, unicodedata.normalize("NFC", vni))
    assert detect_encoding(tcvn3) != VNI and detect_encoding(vni) != TCVN3


def test_tcvn3_uy_ban_is_no_vni_mark():
    """TCVN3 writes "ủy" as "ñy": the VNI "đ" look-alike must not count for VNI."""
    assert detect_encoding("ñy ban ñy ban ñy ban ñy ban") is None
    assert detect_encoding(tcvn3_encode("ủy ban nhân dân tỉnh ủy ban kiểm tra")) == TCVN3
