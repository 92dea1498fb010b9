from khabar.normalize import key, key_with_map, rules


def test_letter_variants_share_a_key():
    assert key("بوتين") == key("بوتین")  # Arabic vs Persian yeh
    assert key("كامل") == key("کامل")  # kaf vs keheh
    assert key("مدرسة") == key("مدرسہ") == key("مدرسه")  # teh marbuta, heh goal, heh
    assert key("أردوغان") == key("اردوغان") == key("إردوغان")
    assert key("مسؤول") == key("مسوول")


def test_marks_and_joiners_removed_but_urdu_letters_kept():
    assert key("مُحَمَّد") == key("محمد")
    assert key("دعویٰ") == "دعوی"  # pyarabic would break this into دعویا
    assert key("رئیس\u200cجمهور") == key("رییس جمهور")
    assert key("الـــرئيس") == key("الرئيس")
    assert key("\u200fابو") == key("ابو")


def test_digits_and_quotes():
    assert key("۱۴۰۳ ٢٠٢٤") == "1403 2024"
    assert key("«سلام»") == '"سلام"'
    assert key("“x”") == '"x"'


def test_offset_map_points_into_original():
    text = "قال الرَّئيسُ «بوتين» ۱۴۰۳"
    k = key_with_map(text)
    i = k.key.index("بوتین")
    s, e = k.to_original(i, i + len("بوتین"))
    assert text[s:e] == "بوتين"
    j = k.key.index("1403")
    s, e = k.to_original(j, j + 4)
    assert text[s:e] == "۱۴۰۳"
    i = k.key.index("الرییس")
    s, e = k.to_original(i, i + len("الرییس"))
    assert text[s:e] == "الرَّئيس"  # the trailing damma is not part of any key character


def test_rules_are_named_data():
    names = set(rules())
    assert {"yeh", "kaf", "heh", "alef", "hamza_carriers", "tatweel", "harakat", "joiners", "digits", "quotes"} <= names
    for rule in rules().values():
        assert rule.get("why")


def test_fast_translate_table_gives_the_plain_tables_result():
    """key's identity-padded table (khabar.normalize._translate_table) must change no character's
    key form: every code point, in and outside the padded ranges, against the plain rule table."""
    import unicodedata

    from khabar.normalize import DEFAULT_RULES, _table

    every = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    plain = unicodedata.normalize("NFC", every).translate(_table(DEFAULT_RULES)).lower()
    assert key(every) == plain
    for ch in [chr(cp) for cp in [*range(0, 0x3000, 7), *range(0xFB00, 0x10000), 0x1F600, 0x10FFFF]]:
        assert key(ch) == unicodedata.normalize("NFC", ch).translate(_table(DEFAULT_RULES)).lower()
