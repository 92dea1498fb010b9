"""Actor labels on sentences written for these tests: lexicon matching, actor attachment, stance, user extension."""

from __future__ import annotations

import json

from khabar.document import Article
from khabar.framing import find_labels, load_lexicon
from khabar.pipeline import Pipeline

from test_quotes import ent


def by_label(labels):
    return {lb.label: lb for lb in labels}


def test_ur_label_before_named_group_takes_that_group_as_actor():
    t = "شام میں تکفیری دہشت گرد گروہ النصرہ فرنٹ نے ادلب میں حملہ کیا۔"
    ents = [ent(t, "al-Nusra Front", ["النصرہ فرنٹ"], "ORG"), ent(t, "Syria", ["شام"], "LOC"), ent(t, "Idlib", ["ادلب"], "LOC")]
    labels = find_labels(t, "ur", ents)
    assert len(labels) == 1
    lb = labels[0]
    assert lb.label == "تکفیری دہشت گرد گروہ" and lb.actor == "al-Nusra Front" and lb.actor_id == "t:al-Nusra Front"
    assert lb.stance == "delegitimising" and lb.gloss == "takfiri terrorists"
    assert t[lb.start : lb.end] == lb.label


def test_ur_generic_labels_get_the_country_in_context_and_abstract_nouns_are_not_labels():
    t = "شام کے شمال میں باغیوں نے پیش قدمی کی جبکہ حکومت نے انسداد دہشت گردی کی مہم تیز کی۔ مسلح اپوزیشن گروپوں نے حلب کا محاصرہ کیا۔"
    labels = find_labels(t, "ur", [])  # no entities: the lexicon's country words give the context
    got = {(lb.label, lb.actor, lb.stance) for lb in labels}
    assert got == {("باغیوں", "Syrian armed opposition", "other"),
                   ("مسلح اپوزیشن گروپوں", "Syrian armed opposition", "neutral")}


def test_ur_political_opposition_alone_is_not_an_actor_label():
    t = "پاکستان میں اپوزیشن نے اسمبلی کا اجلاس بلانے کا مطالبہ کیا۔"
    assert find_labels(t, "ur", []) == []


def test_ar_clitics_and_multiword_labels():
    t = "وتصدت القوات السورية للإرهابيين في ريف إدلب، فيما انسحبت الفصائل المسلحة نحو الشمال."
    labels = by_label(find_labels(t, "ar", []))
    assert set(labels) == {"للإرهابيين", "الفصائل المسلحة"}
    assert labels["للإرهابيين"].stance == "delegitimising"
    assert labels["الفصائل المسلحة"].stance == "neutral"
    assert {lb.actor for lb in labels.values()} == {"Syrian armed opposition"}


def test_fa_zwnj_forms_and_english_named_group_before_label():
    t = "ارتش عراق اعلام کرد تروریست‌ها از موصل عقب نشستند."
    (lb,) = find_labels(t, "fa", [])
    assert lb.label == "تروریست‌ها" and lb.actor == "Iraqi armed opposition"
    e = "Israeli troops fought Hamas militants in Gaza, while rebels in Yemen fired rockets."
    labels = by_label(find_labels(e, "en", [ent(e, "Hamas", ["Hamas"], "ORG")]))
    assert labels["militants"].actor == "Hamas"
    assert labels["rebels"].stance == "other"


def test_user_lexicon_extends_and_overrides(tmp_path):
    user = tmp_path / "framing.json"
    user.write_text(json.dumps({"labels": {"ur": [
        {"forms": ["شرپسند", "شرپسندوں"], "gloss": "miscreants", "stance": "delegitimising", "denotes": "armed_opposition"},
        {"forms": ["باغیوں"], "gloss": "insurgents", "stance": "neutral", "denotes": "armed_opposition"},
    ]}}, ensure_ascii=False), encoding="utf-8")
    t = "افغانستان میں شرپسندوں اور باغیوں نے سڑک بند کر دی، دہشت گرد فرار ہو گئے۔"
    lex = load_lexicon(str(user))
    labels = by_label(find_labels(t, "ur", [], lexicon=lex))
    assert labels["شرپسندوں"].gloss == "miscreants" and labels["شرپسندوں"].actor == "Afghan armed opposition"
    assert labels["باغیوں"].stance == "neutral"  # the user's meaning wins
    assert labels["دہشت گرد"].stance == "delegitimising"  # shipped entries stay
    assert "شرپسندوں" not in by_label(find_labels(t, "ur", []))  # the shipped lexicon is untouched


def test_labels_stage_uses_user_file_from_config(tmp_path):
    from khabar.config import Config

    user = tmp_path / "u.json"
    user.write_text(json.dumps({"labels": {"en": [{"forms": ["bandits"], "gloss": "bandits", "stance": "delegitimising",
                                                    "denotes": "armed_opposition"}]}}), encoding="utf-8")
    p = Pipeline(("clean", "langid", "labels"), Config(options={"framing_lexicon": str(user)}))
    a = p(Article(id="b", raw="Bandits attacked a convoy near the Syrian border town yesterday, officials in Syria said.", lang="en"))
    assert [(lb.label, lb.actor) for lb in a.labels] == [("Bandits", "Syrian armed opposition")]
