import json

from khabar.document import Article, Entity, Label, Mention, Paragraph, Quote, TimeExpr, content_hash


def _article() -> Article:
    text = "روسی صدر پوٹن نے کہا"
    return Article(
        id="a1", text=text, raw=text, title="t", lang="ur", paragraphs=[Paragraph(0, len(text), "ur", 0.9)],
        entities=[Entity("Q7747", "Vladimir Putin", "PER", "Q7747", [Mention("پوٹن", 9, 13)])],
        dates=[TimeExpr("x", 0, 1, "2024-12-08", "jalali", note="repaired")],
        quotes=[Quote("Vladimir Putin", "کہا", 17, 20, speaker_id="Q7747", cue="کہا")],
        labels=[Label("Syrian armed opposition", "باغی", 0, 4, gloss="rebels", stance="other")],
        story="s1", near_duplicates=["b"], meta={"cites": ["x"]},
    )


def test_record_roundtrip_is_lossless():
    a = _article()
    rec = json.loads(json.dumps(a.to_record(include_raw=True), ensure_ascii=False))
    b = Article.from_record(rec)
    assert b == a
    assert a.text[a.entities[0].mentions[0].start:a.entities[0].mentions[0].end] == "پوٹن"


def test_record_has_the_contract_fields():
    rec = _article().to_record()
    for f in ("id", "lang", "title", "outlet", "url", "published", "text", "removed", "paragraphs", "entities",
              "dates", "quotes", "labels", "story", "near_duplicates"):
        assert f in rec
    assert "raw" not in rec and "key" not in rec
    assert rec["entities"][0]["mentions"][0] == {"text": "پوٹن", "start": 9, "end": 13}


def test_unknown_record_fields_are_kept_in_meta():
    b = Article.from_record({"id": "x", "text": "t", "future_field": 3})
    assert b.meta["future_field"] == 3


def test_content_hash_ignores_whitespace_layout_only():
    assert content_hash("a  b\nc") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_fast_record_equals_the_generic_conversion():
    """to_record's hand-written builders give exactly _plain's dicts, in the same key order, and
    copies: changing a record never changes the article."""
    from khabar.document import _plain

    a = _article()
    a.key = "k"
    a.removed = ["boilerplate"]
    a.meta = {"cites": ["x", {"y": [1, 2]}], "n": 1}
    for include_raw in (False, True):
        fast = a.to_record(include_raw=include_raw)
        slow = _plain(a)
        slow.pop("key")
        if not include_raw:
            slow.pop("raw")
        assert json.dumps(fast, ensure_ascii=False) == json.dumps(slow, ensure_ascii=False)
    rec = a.to_record()
    rec["removed"].append("x")
    rec["near_duplicates"].clear()
    rec["meta"]["cites"].append("z")
    rec["entities"][0]["mentions"].clear()
    assert a.removed == ["boilerplate"] and a.near_duplicates == ["b"] and a.meta["cites"] == ["x", {"y": [1, 2]}]
    assert a.entities[0].mentions


def test_span_classes_hold_scalars_only():
    """The fast record builders copy span fields as they are: a span field holding a list or a
    dataclass would need its own conversion (see document._article_record)."""
    import dataclasses

    from khabar.document import _LIST_TYPES

    for typ in [Mention, *_LIST_TYPES.values()]:
        for f in dataclasses.fields(typ):
            assert "list" not in str(f.type) and "dict" not in str(f.type), (typ, f.name)
    nested = {f.name for f in dataclasses.fields(Article) if "list" in str(f.type) or "dict" in str(f.type)}
    assert nested == {"removed", "paragraphs", "entities", "dates", "quotes", "labels", "near_duplicates", "meta"}
    assert {f.name for f in dataclasses.fields(Entity) if "list" in str(f.type)} == {"mentions"}
