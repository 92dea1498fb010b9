"""Gates of the linker on the shipped KB: everyday words that equal a name only after folding, clitics
on a language's own spelling, acronyms in capitals, "the" before a name, titles before everyday words.
Sentences are made up for these tests."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.stages.entities import get_linker


@pytest.fixture(scope="module")
def linker():
    return get_linker(Config(ner_model=None))


def names(linker, text: str, lang: str) -> set[str]:
    return {e.name for e in linker.link(text, lang) if not e.provisional}


def test_folded_everyday_word_is_not_a_place(linker):
    # پانیوں (waters) folds to the key of Persian آلبانی; پیشگوئی (forecast) to Bishkek; کپڑوں (clothes) to Gaborone
    got = names(linker, "کل رات پانیوں میں طغیانی آئی اور محکمے کی پیشگوئی غلط نکلی، لوگ کپڑوں سمیت بہہ گئے۔", "ur")
    assert not got & {"Albania", "Bishkek", "Gaborone"}, got


def test_folded_word_links_when_its_country_is_named(linker):
    # the same kind of word stands for the place once the article is about its world
    got = names(linker, "کرغیزستان کے دارالحکومت بشکیک میں آج اجلاس ہوا۔", "ur")
    assert {"Kyrgyzstan", "Bishkek"} <= got, got


def test_clitic_on_own_spelling_keeps_the_name(linker):
    got = names(linker, "وقال المتحدث إن الصين وروسيا تدعمان الاتفاق، وأكد التزامه بالعراق.", "ar")
    assert {"China", "Russia", "Iraq"} <= got, got


def test_ambiguous_list_only_gates_its_own_surfaces(linker):
    # چین is also "peace" in Urdu; الصين in Arabic is only China
    assert "China" in names(linker, "أعلنت الصين اليوم خطة جديدة.", "ar")
    assert "China" not in names(linker, "دل کو چین نہیں آیا۔", "ur")


def test_capital_acronym_is_not_the_pronoun(linker):
    assert "United States" in names(linker, "It was the first vaccine of its kind in the US.", "en")
    assert "United States" not in names(linker, "He told us about it.", "en")


def test_the_before_a_name_is_not_part_of_it(linker):
    got = linker.link("A spokesman for the White House declined to comment.", "en")
    wh = [e for e in got if e.name == "White House"]
    assert wh and wh[0].mentions[0].text == "White House"


def test_famous_surname_as_the_language_writes_it(linker):
    # ترامپ is frequent in Persian because it is famous; the article names his country
    assert "Donald Trump" in names(linker, "ترامپ گفت که آمریکا آماده مذاکره است.", "fa")


def test_title_before_everyday_words_links_nobody(linker):
    got = linker.link("وقال الرئيس إن المفاوضات ستستمر حتى نهاية العام.", "ar")
    assert not [e for e in got if e.type == "PER"], [(e.name, [m.text for m in e.mentions]) for e in got]


def test_word_that_means_how_is_not_kyiv(linker):
    assert "Kyiv" not in names(linker, "لا أحد يعرف كيف انتهى الاجتماع.", "ar")
    assert "Kyiv" in names(linker, "وصل الوفد الأوكراني إلى كييف أمس.", "ar")


class _TagsRareWordsAsNames:
    """A stand-in tagger that calls every word of five letters or more a person (B-PER)."""

    def __call__(self, tokens: list[str], lang: str) -> list[str]:
        return ["B-PER" if len(t) >= 5 else "O" for t in tokens]


def test_words_run_together_are_no_new_name():
    from khabar.kb.linker import Linker
    from khabar.kb.store import load_kb

    linker = Linker(load_kb(), tagger=_TagsRareWordsAsNames())
    # a made-up name, then a sentence whose spaces were lost in scraping
    text = "وقال زيدونار في المؤتمر إنلديهمالحقفيالمعرفةالكاملة بعد ذلك."
    new = {e.name for e in linker.link(text, "ar") if e.provisional}
    assert "زيدونار" in new, new
    assert not any(len(n) > 15 for n in new), new


def test_a_common_noun_with_the_article_is_no_new_name():
    from khabar.kb.linker import Linker
    from khabar.kb.store import load_kb

    linker = Linker(load_kb(), tagger=_TagsRareWordsAsNames())
    # الجاسوس ("the spy") and الفرن ("the oven") are nouns whatever the tagger says; الحجاز is a name
    text = "وقال الجاسوس إن الفرن بقي مشتعلا، ثم سافر زيدونار إلى الحجاز."
    new = {e.name for e in linker.link(text, "ar") if e.provisional}
    assert {"زيدونار", "الحجاز"} <= new, new
    assert not new & {"الجاسوس", "الفرن"}, new
    # a Persian past-tense plural (ماندند "they stayed", of ماندن) is no new name either
    new = {e.name for e in linker.link("مسافران دو روز در فرودگاه ماندند و سپس به زیدونار رفتند.", "fa") if e.provisional}
    assert "زیدونار" in new and "ماندند" not in new, new


@pytest.mark.parametrize("text,lang", [
    ("Voters in Pennsylvania and Michigan backed him, and Texas followed.", "en"),
    ("صوّت الناخبون في بنسلفانيا وميشيغان لصالحه، ثم تبعتهم تكساس.", "ar"),
    ("رأی‌دهندگان در پنسیلوانیا و میشیگان به او رأی دادند و تگزاس هم پیوست.", "fa"),
    ("پنسلوانیا اور مشی گن کے ووٹروں نے اس کا ساتھ دیا، پھر ٹیکساس بھی شامل ہو گیا۔", "ur"),
])
def test_us_states_link_in_every_language(linker, text, lang):
    # a state is a place with a country and a population: in English its name is a frequent word, which the
    # population makes prominent enough to stand alone
    assert {"Pennsylvania", "Michigan", "Texas"} <= names(linker, text, lang)


def test_urdu_everyday_phrases_are_not_us_names(linker):
    # ریاست میں (in the state) folds like "ریاست مین" (Maine); سیشنز کورٹ is a sessions court, not Jeff Sessions
    got = names(linker, "ریاست میں سیشنز کورٹ نے آج مقدمے کی سماعت کی اور فیصلہ محفوظ کر لیا۔", "ur")
    assert not got & {"Maine", "Jeff Sessions"}, got


def test_a_separate_conjunction_is_never_glued_to_a_name(linker):
    # Persian writes و apart: it has no key of its own, and it must neither swallow the next name
    # (the hit then began with a stopword and was dropped) nor be glued onto the end of the previous one
    text = "او به پنسیلوانیا و تگزاس و سپس به مشهد و تبریز سفر کرد."
    got = {e.name: [m.text for m in e.mentions] for e in linker.link(text, "fa")}
    for name, surface in (("Pennsylvania", "پنسیلوانیا"), ("Texas", "تگزاس"), ("Mashhad", "مشهد"), ("Tabriz", "تبریز")):
        assert got.get(name) == [surface], got


@pytest.mark.parametrize("text,lang,want", [
    ("پنجاب حکومت نے آج نئے بجٹ کا اعلان کیا۔", "ur", {"Punjab Province"}),
    ("سندھ اور بلوچستان میں بارش ہوئی۔", "ur", {"Sindh Province", "Balochistan Province"}),
    ("سیل در خوزستان و لرستان جاری است.", "fa", {"Khuzestan Province", "Lorestan Province"}),
    ("Heavy rain hit Punjab on Monday.", "en", {"Punjab Province"}),
])
def test_populous_provinces_stand_alone(linker, text, lang, want):
    # a division of millions is a frequent word because it is big (پنجاب Zipf 5.8): its population lets it stand alone
    assert want <= names(linker, text, lang)


def test_provinces_that_are_everyday_words_need_their_world(linker):
    # سند (document), فارس in زبان فارس, گلستان (rose garden), انبار (warehouse) are not Sindh, Fars, Golestan, Anbar
    got = names(linker, "این سند را امضا کرد و به زبان فارس نوشت؛ کتاب گلستان در انبار ماند.", "fa")
    assert not got & {"Sindh Province", "Fars Province", "Golestan Province", "Anbar Governorate"}, got


@pytest.mark.parametrize("text, lang, want", [
    ("دیروز در قزوین و زنجان باران شدیدی بارید و مدارس همدان تعطیل شد.", "fa", {"Qazvin", "Zanjan", "Hamadan"}),
    ("کارخانه‌ای در کرمان افتتاح شد.", "fa", {"Kerman"}),
    ("ملتان اور سکھر میں درجہ حرارت بڑھ گیا۔", "ur", {"Multan", "Sukkur"}),
])
def test_home_towns_need_no_country(linker, text, lang, want):
    # Persian news names Iran's towns, Urdu news Pakistan's, without naming the country
    got = names(linker, text, lang)
    assert want <= got, got
    assert not {"Iran", "Pakistan"} & got, got


def test_home_towns_of_another_language_still_need_their_world(linker):
    # a Pakistani town in Persian text is not at home: مردان is "men" there
    got = names(linker, "مردان و زنان روستا در مراسم شرکت کردند.", "fa")
    assert "Mardan" not in got, got


def test_town_names_that_are_everyday_words_stay_words(linker):
    # اندیشه "thought", میانه "middle", قوم "nation" are also towns of Iran (ambiguous in the KB)
    got = names(linker, "اندیشه سیاسی او در میانه راه به قوم و ملت رسید.", "fa")
    assert not got & {"Andisheh", "Mianeh", "Qom"}, got


@pytest.mark.parametrize("text, lang, want", [
    ("جلسه‌ای در شهر میانه برگزار شد.", "fa", "Mianeh"),
    ("اشتباكات عنيفة في مدينة القصير أمس.", "ar", "Al Qusayr"),
    ("ضلع مردان میں پولیو مہم شروع ہوئی۔", "ur", "Mardan"),
])
def test_a_place_noun_before_the_name_says_it_is_the_place(linker, text, lang, want):
    assert want in names(linker, text, lang)


def test_an_everyday_word_after_a_suffix_cut_is_no_town(linker):
    # سردردی = سردرد "headache" + ی; Sardrud is a town of Iran whose geonames aliases include سرد رد
    got = names(linker, "او از سردردی شدید و نیروی هوائی کشور سخن گفت.", "fa")
    assert not got & {"Sardrud", "Hue"}, got


def test_arabic_inflections_do_not_propagate_to_names(linker):
    # تدعمه (supports him) is one consonant from تدمر (Palmyra) and أوامره (his orders) near أمريكا; Arabic
    # words are three-letter roots plus affixes, so propagation in Arabic needs four consonants and a near letter
    text = ("سيطرت القوات على مدينة تدمر الأثرية أمس. وقال المعارض الذي تدعمه أنقرة إن الجيش نفذ أوامره "
            "وإن المشاهدين تابعوا المشهد في مدينة أخرى.")
    ents = {e.name: {text[m.start:m.end] for m in e.mentions} for e in linker.link(text, "ar") if not e.provisional}
    assert ents.get("Palmyra") == {"تدمر"}, ents
    assert not {"Mashhad", "Medina", "United States"} & set(ents), ents


def test_urdu_misspelling_still_propagates(linker):
    # the seeds' حمیام for Hmeimim: a spelling no KB lists, one letter from one that it does
    text = "روس نے شام میں حمیمیم کے فضائی اڈے پر نئے طیارے بھیجے۔ حمیام کے اڈے سے پروازیں جاری ہیں۔"
    got = {text[m.start:m.end] for e in linker.link(text, "ur") if e.name == "Khmeimim Air Base" for m in e.mentions}
    assert "حمیام" in got, got


def test_an_inflected_everyday_word_is_no_new_spelling_of_a_person(linker):
    # مهاجرين (migrants) has the consonants of مهاجراني (Mohajerani)
    got = names(linker, "ولد الكاتب في كاليفورنيا لوالدين مهاجرين من المكسيك، وفي إيران تحدثت الحكومة.", "ar")
    assert not {n for n in got if "Mohajerani" in n}, got


def test_the_most_common_words_need_more_than_their_country(linker):
    # المدينة "the city" (Zipf 5.6) in a Saudi article is not Medina; جدة (4.8) is Jeddah there
    got = names(linker, "أعلنت السعودية خطة لتطوير المدينة وشوارعها، وزار الأمير جدة أمس.", "ar")
    assert "Jeddah" in got and "Medina" not in got, got
    assert "Medina" in names(linker, "وصل الحجاج إلى المدينة المنورة أمس.", "ar")


def test_a_coined_name_borrowed_by_three_presses_stands_alone(linker):
    # داعش has Zipf 5.1 in Arabic because it is famous; القاعدة "the base" is an Arabic word (Persian writes the
    # group القاعده), so it still needs the group's world
    assert "Islamic State" in names(linker, "هاجم عناصر «داعش» القرية أمس.", "ar")
    assert "Taliban" in names(linker, "طالبان نے ذمہ داری قبول کر لی۔", "ur")
    assert "al-Qaeda" not in names(linker, "وضع المهندس القاعدة الخرسانية للجسر الجديد.", "ar")


def test_arabic_text_is_not_read_through_another_languages_spelling_of_a_town(linker):
    # Persian کریمه (Crimea; Arabic القرم) folds to الكريمة "the generous", Persian هاربین (Harbin) to الهاربين
    # "the fugitives": Arabic names such places its own settled ways
    text = "أشاد الوزير بالمبادرة الكريمة وبحث مصير الهاربين من مرضى السكري في روسيا وأوكرانيا والصين."
    got = names(linker, text, "ar")
    assert not {"Crimea", "Harbin", "Sucre"} & got, got
    assert "Crimea" in names(linker, "ضمت روسيا شبه جزيرة القرم عام 2014.", "ar")


def test_towns_of_one_country_named_together_support_each_other(linker):
    # no country named: a list of its towns (or a base and a town) stands for it
    assert {"Latakia", "Tartus"} <= names(linker, "وقعت انفجارات في اللاذقية وطرطوس مساء أمس", "ar")
    assert "Latakia" in names(linker, "هبطت الطائرة في مطار حميميم قرب اللاذقية", "ar")
    # one town alone stays unread, and everyday words stay words even when both are towns of one country
    assert "Latakia" not in names(linker, "وقعت انفجارات في اللاذقية مساء أمس", "ar")
    assert not names(linker, "كسل وربك", "ar") & {"Kassala", "Kosti"}


@pytest.mark.parametrize("text,lang,want", [
    ("سفر به بوسنی و هرزگوین", "fa", "Bosnia and Herzegovina"),
    ("گزارش صدا و سیما از این دیدار", "fa", "IRIB"),
    ("در استان کهگیلویه و بویراحمد", "fa", "Kohgiluyeh and Boyer-Ahmad Province"),
    ("جموں و کشمیر میں کرفیو", "ur", "Kashmir"),
])
def test_a_lone_conjunction_inside_a_kb_name_is_part_of_it(linker, text, lang, want):
    found = linker.link(text, lang)
    # the whole name, و included, is one mention of the entity
    assert any(e.name == want and any(" و " in m.text for m in e.mentions) for e in found), \
        [(e.name, [m.text for m in e.mentions]) for e in found]


def test_the_soviet_union_and_older_names_link(linker):
    assert "Soviet Union" in names(linker, "پس از فروپاشی اتحاد جماهیر شوروی", "fa")
    assert "Soviet Union" in names(linker, "بعد انهيار الاتحاد السوفياتي", "ar")
    assert "Organisation of Islamic Cooperation" in names(linker, "اجلاس سازمان کنفرانس اسلامی در تهران", "fa")


def test_one_deletion_candidates_come_in_a_fixed_order():
    # the first of equally near KB names wins, so the order must not depend on the hash seed
    from khabar.kb.linker import _deletes
    assert _deletes("کتاب") == ("کتاب", "تاب", "کاب", "کتب", "کتا")
    assert _deletes("aab") == ("aab", "ab", "aa")


@pytest.mark.parametrize("text,name,mention", [
    ("قدمت الدول المانحة مساعدات للعراق أمس.", "Iraq", "لعراق"),        # ل + العراق, the article's alif elided
    ("قدمت الدول المانحة مساعدات للبنان أمس.", "Lebanon", "لبنان"),      # ل + لبنان, a name that starts with ل
    ("وجّه الوزير رسالة للأمم المتحدة بشأن اللاجئين.", "United Nations", "لأمم المتحدة"),  # a short article word
    ("وقال وزير الخارجية الأردني إن وللعراق دورا مهما في استقرار المنطقة.", "Iraq", "لعراق"),
])
def test_a_preposition_before_the_article_leaves_the_name(text, name, mention):
    # the shipped linker, tagger included: العراق alone (Zipf 5.5) is left to it in a dictionary-only run
    found = {e.name: [m for m in e.mentions] for e in get_linker(Config()).link(text, "ar")}
    assert name in found, found
    m = found[name][0]
    assert (m.text, text[m.start:m.end]) == (mention, mention)


def test_a_preposition_before_an_everyday_word_is_no_town(linker):
    # للصور is "for the pictures" as الصور is "the pictures": not Tyre (صور)
    got = names(linker, "وقال المصور إن للصور التي التقطها أمس قيمة كبيرة.", "ar")
    assert "Tyre" not in got, got


class _TagsTheseAsOnePerson:
    """A stand-in tagger that tags the given words, where they stand together, as one person."""

    def __init__(self, *words: str):
        self.words = set(words)

    def __call__(self, tokens: list[str], lang: str) -> list[str]:
        out, inside = [], False
        for t in tokens:
            out.append(("I-PER" if inside else "B-PER") if t in self.words else "O")
            inside = t in self.words
        return out


def test_an_attached_conjunction_is_not_part_of_a_new_name():
    from khabar.kb.linker import Linker
    from khabar.kb.store import load_kb

    linker = Linker(load_kb(), tagger=_TagsTheseAsOnePerson("ومحمد", "زيدونار", "وليد", "قرطبوسي"))
    text = "وقال رئيس النادي ومحمد زيدونار في المؤتمر، ثم تحدث وليد قرطبوسي."
    new = {e.name: e.mentions[0] for e in linker.link(text, "ar") if e.provisional}
    assert "محمد زيدونار" in new, new
    m = new["محمد زيدونار"]
    assert text[m.start:m.end] == m.text == "محمد زيدونار"
    assert "وليد قرطبوسي" in new, new  # ليد is no commoner than وليد: the و is the name's


def test_an_ambiguous_alias_after_a_noun_with_the_article_is_its_adjective(linker):
    text = "اقتحم مستوطنون المسجد الأقصى صباح اليوم، وقالت الشرطة إن الحد الأقصى للمصلين بلغ خمسة آلاف."
    aqsa = [e for e in linker.link(text, "ar") if e.name == "Al-Aqsa Mosque"]
    assert aqsa and [m.text for m in aqsa[0].mentions] == ["المسجد الأقصى"], aqsa


def test_an_english_place_name_before_a_surname_is_a_given_name(linker):
    assert "Jordan" not in names(linker, "The golfer Jordan Spieth won again on Sunday.", "en")
    assert "Jordan" in names(linker, "Farmers in the Jordan Valley and in Jordan protested.", "en")


def test_a_place_name_after_a_persons_title_is_a_persons_name():
    linker = get_linker(Config())
    found = linker.link("ترجمان ملا جنان صائق نے بتایا کہ پغمان میں سیلاب آیا۔", "ur")
    assert "Jinan" not in {e.name for e in found}
    assert "جنان صائق" in {e.name for e in found if e.provisional}


# ------------------------------------------------------------------ stop 18: SaudiNewsNet precision
def test_an_attached_letter_is_no_clitic_when_the_whole_word_is_the_commoner(linker):
    # فبراير (February) is not ف + براير (Breyer), فرصة (chance) not ف + رصة, كثيرون (many) not ك + ثيرون
    got = names(linker, "قال القاضي إن أمام المحكمة فرصة حتى فبراير المقبل، وحضر الجلسة كثيرون.", "ar")
    assert not got & {"Stephen Breyer", "Russia", "Syria"}, got
    # a real clitic keeps the name: وروسيا is rarer than روسيا
    assert {"Russia", "Iran"} <= names(linker, "وقعت إيران وروسيا اتفاقا جديدا.", "ar")


def test_the_article_on_a_name_arabic_writes_without_it_is_another_word(linker):
    # المبارك "blessed", الحماس "zeal", البحري "naval"
    got = names(linker, "عاد الحماس إلى الجماهير في شهر رمضان المبارك بعد العرض البحري في جدة.", "ar")
    assert not got & {"Hosni Mubarak", "Hamas", "Khartoum North"}, got
    assert {"Hosni Mubarak", "Hamas"} <= names(linker, "انتقد الرئيس المصري الأسبق حسني مبارك حركة حماس.", "ar")
    # a foreign body's name with the article is the body (اليوتيوب), an adjective is its demonym (الليبية)
    assert {"YouTube", "Libya"} <= names(linker, "نشرت الحكومة الليبية المقطع على اليوتيوب.", "ar")


def test_an_everyday_word_with_a_suffix_is_no_present_name(linker):
    # الرياضية is "sporting": Riyadh being in the article does not make it Riyadh's
    got = {(e.name, m.text) for e in linker.link("أقيمت في الرياض العروض الرياضية والفنية.", "ar") for m in e.mentions}
    assert ("Riyadh", "الرياض") in got and ("Riyadh", "الرياضية") not in got, got


def test_article_before_a_lam_keeps_the_lam(linker):
    # الليبيين is ال + ليبيين (Libyans): folding the two lams made it يبين "he shows", which linked Libya
    assert "Libya" in names(linker, "التقى وفد من الليبيين والتونسيين في القاهرة.", "ar")
    assert "Libya" not in names(linker, "أصدرت الوزارة بيانا يبين تفاصيل الخطة.", "ar")


def test_a_particle_is_not_glued_to_the_word_before_it(linker):
    # الأردني أن is not the Persian اردنیان glued; the mention is the demonym alone
    got = {m.text for e in linker.link("وأوضح الأمن العام الأردني أن الحملة مستمرة.", "ar") if e.name == "Jordan" for m in e.mentions}
    assert got == {"الأردني"}, got


def test_everyday_homonyms_of_places_need_their_world(linker):
    got = names(linker, "ارتفعت أسهم بورصة الكويت بين الجلسات، ونظم نادي الشباب مدارس البنين ومدارس الأطفال.", "ar")
    assert not got & {"Bursa", "Benin", "al-Shabaab"}, got
    assert "al-Shabaab" in names(linker, "هاجمت حركة الشباب قاعدة في الصومال، وتبنى الشباب الهجوم.", "ar")


def test_a_title_inside_a_kb_alias_is_no_first_name(linker):
    # "الإمام الأكبر أحمد الطيب": العام (of "the General President") is not close to الإمام
    got = names(linker, "استقبل الرئيس العام لرعاية الشباب الوفد الرياضي.", "ar")
    assert "Ahmed el-Tayeb" not in got, got


def test_an_everyday_word_without_the_article_is_not_a_name_written_with_it(linker):
    # مدينة "a city" is not المدينة (Medina), رياض of رياض الأطفال not الرياض; a group is itself either way
    got = {(e.name, m.text) for e in linker.link("افتتحت مدارس رياض الأطفال بجوار مدينة الملك فهد في الرياض.", "ar")
           for m in e.mentions}
    assert ("Riyadh", "الرياض") in got and ("Riyadh", "رياض") not in got and not {n for n, _ in got} & {"Medina"}, got
    assert "Shia Muslims" in names(linker, "تظاهر مسلمون شيعة في المدينة.", "ar")


def test_an_inflected_everyday_word_lends_no_support(linker):
    # وقتية "temporary" read as the (Iranian) outlet الوقت + ية made الوقت "the time" link to it
    got = names(linker, "قال مسؤول إيراني إن هذه السياسة وقتية، وأكد في الوقت ذاته أن طهران لن تتراجع.", "ar")
    assert "Al-Waght" not in got and {"Iran", "Tehran"} <= got, got


def test_an_absent_persons_unseen_spelling_must_be_a_rare_word(linker):
    # استعان "sought help" shares the skeletons of Lloyd Austin and Eswatini
    got = names(linker, "استعان وزير الدفاع بخبراء جدد، وقال إن الفريق استعان بمدرب.", "ar")
    assert not got & {"Lloyd Austin", "Eswatini"}, got


def test_persian_everyday_words_are_not_foreign_demonyms_or_new_spellings(linker):
    # قوه مجریه "the executive" is not Arabic مجرية "Hungarian"; هیئت رئیسه "the presiding board" is no new
    # spelling of روسیه even in an article about Russia
    got = names(linker, "هیئت رئیسه مجلس با حضور نمایندگان قوه مجریه درباره روابط با روسیه گفتگو کرد.", "fa")
    assert "Hungary" not in got and "Russia" in got, got
    men = {m.text for e in linker.link("هیئت رئیسه مجلس درباره روسیه و پوتین گفتگو کرد.", "fa") if e.name == "Russia"
           for m in e.mentions}
    assert men == {"روسیه"}, men


def test_persian_headache_is_no_town(linker):
    # سردرد "headache" glued the town alias سرد رد; شهرک "township" was an alias of Kian
    got = names(linker, "بیماران از سردرد شدید در شهرک‌های اطراف اصفهان شکایت داشتند.", "fa")
    assert not got & {"Sardrud", "Kian"}, got


def test_a_numbered_name_is_not_indexed_as_another_names_letters(linker):
    # tokens carry no digits: "كردستان 24" (the channel) indexed as كردستان turned الكردستاني into it
    from khabar.kb.matcher import surface_keys

    under = {eid for eid, _kind, _lang in linker.matcher.exact.get(surface_keys("كردستان")[0], [])}
    assert "kh:kurdistan24" not in under, under


def test_a_common_word_is_no_unseen_spelling_of_a_present_name(linker):
    # إسترليني "sterling" shares a skeleton with استرالي; Australia being in the article does not make it Australian
    got = {(e.name, m.text) for e in linker.link("دفع النادي الأسترالي 20 مليون جنيه إسترليني للاعب من أستراليا.", "ar")
           for m in e.mentions}
    assert ("Australia", "إسترليني") not in got and ("Australia", "أستراليا") in got, got


def test_urdu_cricket_words_are_no_towns(linker):
    # ون ڈے (one-day) keyed like Alvand's الوند once its ال was read as the Arabic article; تہائی "a third" is not Thai
    got = names(linker, "پاکستان نے ون ڈے سیریز جیت لی اور ایک تہائی میچ بارش کی نذر ہو گئے۔", "ur")
    assert not got & {"Alvand", "Thailand"}, got


def test_a_clitic_does_not_make_a_very_common_word_a_name(linker):
    # فبين "so he explained" is ف + بين "between": rare with its clitic, but بين is no Benin (nor بمجلس the Majlis)
    got = names(linker, "وصل الوفد إلى الرياض، فبين المتحدث أن الاتفاق بين الطرفين سيوقع قريبا بمجلس الغرف.", "ar")
    assert not got & {"Benin", "Islamic Consultative Assembly"} and "Riyadh" in got, got


class _TagsTheseAs:
    """A stub tagger: the given words, in a run, are one name of the given type."""

    def __init__(self, typ: str, *words: str):
        self.typ, self.words = typ, set(words)

    def __call__(self, tokens: list[str], lang: str) -> list[str]:
        out, inside = [], False
        for t in tokens:
            out.append((("I-" if inside else "B-") + self.typ) if t in self.words else "O")
            inside = t in self.words
        return out


@pytest.mark.parametrize("typ,links", [("PER", False), ("LOC", True)])
def test_a_persons_name_tag_does_not_rescue_a_village(typ, links):
    # جرام ("gram", Zipf 3.8) is also an Iranian village's name (Charam), too common a word to link alone; a tagger
    # that reads it as a person's name is no reason to link the village, one that reads a place is
    from khabar.kb.linker import Linker
    from khabar.kb.store import load_kb

    linker = Linker(load_kb(), tagger=_TagsTheseAs(typ, "جرام"))
    got = names(linker, "وصل الوفد الإيراني إلى جرام صباح اليوم.", "ar")
    assert ("Charam" in got) == links and "Iran" in got, got


def test_a_clitic_rides_only_on_a_settled_spelling(linker):
    # كتائبه "its battalions" is not ك + a folded Taipei; بناءين "builders" not ب + Na'in; بطهران stays Tehran
    got = names(linker, "نشر الجيش كتائبه قرب الحدود، واستعان المقاول بناءين من بطهران وبموسكو.", "ar")
    assert not got & {"Taipei", "Na'in"} and {"Tehran", "Moscow"} <= got, got


def test_a_towns_adjective_is_no_mention_of_it(linker):
    # الرياضيين "the athletes", الطائفية "sectarianism", الميدانية "field": nisbas of towns the KB gives no adjective;
    # a listed adjective (الشيشاني, اللندنية) still links
    text = ("كرم النادي الرياضيين في الرياض، وحذر الخطيب من الطائفية، وزارت الفرق الميدانية القرى. "
            "وقالت الصحيفة اللندنية إن المقاتل الشيشاني قتل.")
    got = {(e.name, m.text) for e in linker.link(text, "ar") for m in e.mentions}
    bad = {("Riyadh", "الرياضيين"), ("Ta'if", "الطائفية"), ("Medan", "الميدانية")}
    assert not got & bad and {("Riyadh", "الرياض"), ("Chechnya", "الشيشاني"), ("London", "اللندنية")} <= got, got


def test_an_unseen_spelling_of_a_surname_needs_the_person_not_the_country(linker):
    # آستون (Aston Villa) shares a skeleton with أوستن (Lloyd Austin); an American official in the article is no support
    got = names(linker, "فاز أرسنال على آستون فيلا، وقال مسؤول أمريكي في واشنطن إن المباراة كانت رائعة.", "ar")
    assert "Lloyd Austin" not in got and "Washington, D.C." in got, got


@pytest.mark.parametrize("words,typ,entity,links", [
    (("محمود", "أميري"), "PER", "Mullah Omar", False),   # the skeleton of محمد عمر, not its vowels
    (("كركدان",), "LOC", "George Town", False),          # the skeleton of جورج تاون
    (("برمنغهام",), "LOC", "Birmingham", True),           # a variant spelling keeps the vowels of برمينغهام
])
def test_a_tagger_span_links_by_skeleton_only_with_the_names_vowels(words, typ, entity, links):
    from khabar.kb.linker import Linker
    from khabar.kb.store import load_kb

    linker = Linker(load_kb(), tagger=_TagsTheseAs(typ, *words))
    got = names(linker, f"وقال المتحدث إن {' '.join(words)} يستحق المتابعة هذا الأسبوع.", "ar")
    assert (entity in got) == links, got


def test_arabic_everyday_words_are_no_other_languages_spelling_of_a_name(linker):
    # كائن "a being" is Persian کاین (Cayenne), هيكلية "structural" is هيكل (Hagel) + ية, جناح "wing" is Urdu جناح
    # (Jinnah): Arabic writes these names otherwise (كايين, هيغل, جناح only for the wing)
    text = "ويرى الكاتب أن الإنسان كائن متدين، ويطالب بإصلاحات هيكلية في جناح الطوارئ بمستشفى الرياض."
    got = names(linker, text, "ar")
    assert not got & {"Cayenne", "Chuck Hagel", "Muhammad Ali Jinnah"} and "Riyadh" in got, got


def test_urdu_final_bari_ye_is_not_choti_ye(linker):
    # the key folds ے into ی, but Urdu writes them apart: چلے "went" is not چلی (Chile), سنے "heard" not سنی (Sunni)
    got = names(linker, "برطانوی حکمرانوں کے چلے جانے کے بعد لوگوں نے یہ بات سنے بغیر مان لی کہ بھارت آزاد ہے۔", "ur")
    assert not got & {"Chile", "Sunni Muslims"} and "India" in got, got
    assert "Chile" in names(linker, "چلی اور ارجنٹینا کے درمیان معاہدہ ہوا۔", "ur")


def test_alef_madda_lam_is_no_article(linker):
    # Persian آلمان (Germany) was keyed as ال + مان, so Urdu ماں "mother" became Germany wherever جرمنی stood
    got = {(e.name, m.text) for e in linker.link("جرمنی میں ہر ماں کو یہ سہولت ملتی ہے اور ماں کا احترام ہوتا ہے۔", "ur")
           for m in e.mentions}
    assert ("Germany", "جرمنی") in got and ("Germany", "ماں") not in got, got
    assert {"Germany", "Albania"} <= names(linker, "آلمان و آلبانی توافق کردند.", "fa")


def test_urdu_everyday_adjective_is_no_city_plus_suffix(linker):
    # ریاضی "mathematics" is not ریاض + ی, even in an article that names Riyadh
    got = {(e.name, m.text) for e in linker.link("ریاض میں ریاضی کے استاد نے ریاضی پر لیکچر دیا۔", "ur") for m in e.mentions}
    assert ("Riyadh", "ریاض") in got and ("Riyadh", "ریاضی") not in got, got


def test_urdu_everyday_words_are_no_other_languages_spelling_and_run_together_make_no_name(linker):
    # ماسک "mask" matches Musk only by the Persian spelling; تیار کیے "prepared", run together, has ترکیه's skeleton
    got = names(linker, "امریکہ اور ہندوستان میں ماسک کی قلت تھی، اس لیے شہریوں نے گھر میں ماسک تیار کیے۔", "ur")
    assert not got & {"Elon Musk", "Turkey"} and {"India", "United States"} <= got, got


def test_a_clitic_on_everyday_words_run_together_makes_no_name_and_korean_adjectives_link(linker):
    # والعريف أول "and corporal first class" has عارف علوي's skeleton; the Korean adjective pairs are demonyms
    got = names(linker, "شيّع الجنود العريف أول محمد والعريف أول خالد، وحضرت الكورية الجنوبية المراسم.", "ar")
    assert "Arif Alvi" not in got and "South Korea" in got, got
    assert "Salah al-Din Governorate" in names(linker, "اشتدت المعارك في محافظة صلاح الدين شمال بغداد.", "ar")


def test_a_role_links_only_a_spelling_that_keeps_the_holders_long_vowels(linker):
    # the words after a title share a holder's skeleton by chance: الملك عبدالعزيز بالأحساء (a hospital's name) is
    # not King Abdullah, الرئيس محمد بخاري (Buhari) not Mohammad Beheshti; a misspelled surname keeps its vowels
    got = names(linker, "افتتح مستشفى الملك عبدالعزيز بالأحساء مديرية جديدة، وقال الرئيس محمد بخاري السلطة في "
                        "نيجيريا عام 2015 إن الجيش سيتغير.", "ar")
    assert not got & {"Abdullah of Saudi Arabia", "Mohammad Beheshti", "Mohammad-Reza Mahdavi Kani"}, got
    assert "Sergei Shoigu" in names(linker, "سنہ 2016ء میں روسی وزیر دفاع سرگئی شوینکو نے دمشق کا دورہ کیا۔", "ur")


def test_an_arabic_word_is_no_name_by_another_languages_folded_spelling(linker):
    # نييتو is Urdu نیٹو (NATO) with ٹ read as ت, برويا Persian پرو (Peru) + يا: Arabic writes الناتو and بيرو
    got = names(linker, "وقال نييتو إن الحكومة ستحقق، وتعمل الشيف كريستيل برويا في باريس منذ عشر سنوات.", "ar")
    assert not got & {"NATO", "Peru"} and "Paris" in got, got
    # a name Arabic shares with Persian letter for letter, and a Latin name in Arabic text, still link
    got = names(linker, "التقى روحاني في طهران وفد USA وحلف الناتو.", "ar")
    assert {"Hassan Rouhani", "United States", "NATO"} <= got, got


def test_words_run_together_need_the_names_vowels_to_be_an_unseen_spelling(linker):
    # سؤالا معنيا "a question about" has the skeleton of سليماني, أمرا حتميا "an inevitable matter" that of
    # امیر حاتمی; a real variant spelling (ولادی میر پوتین, Putin in seed 001) keeps the long vowels of the name
    got = names(linker, "أطرح سؤالا معنيا بحكاية انتقال لاعب، وكان ذلك أمرا حتميا في النهاية.", "ar")
    assert not got & {"Qasem Soleimani", "Amir Hatami"}, got
    assert "Vladimir Putin" in names(linker, "روسی صدر ولادی میر پوتین نے کہا کہ فوج واپس آئے گی۔", "ur")


def test_a_spelling_ambiguous_in_its_own_language_needs_support_in_another(linker):
    # Persian امان is Amman and "safety"; Arabic وبأمان matches it, and is "safely" as often
    got = names(linker, "إن الحزب يتعامل بكل ثقة وبأمان كامل مع هذا الأمر.", "ar")
    assert "Amman" not in got, got
    assert {"Amman", "Jordan"} <= names(linker, "وصل الملك إلى عمان قادما من شمال الأردن.", "ar")


def test_new_arabic_demonyms_link_and_their_lookalikes_do_not(linker):
    got = names(linker, "سجل اللاعب الكولومبي هدفين، وتعاقد النادي مع المدافع الغاني والحارس التشيلي.", "ar")
    assert {"Colombia", "Ghana", "Chile"} <= got, got
    # منتجات الألبان "dairy products" is no Albanian, الحفل الغنائي "the concert" no Ghanaian (Persian غنایی)
    got = names(linker, "ارتفعت أسعار منتجات الألبان قبل الحفل الغنائي الكبير، وقال باني المسجد إن العمل انتهى.", "ar")
    assert not got & {"Albania", "Ghana"}, got


def test_a_clitic_before_a_name_with_the_same_first_letter_or_a_longer_clitic_reading(linker):
    # folding merged ب + باريس into باريس read whole, and و + لبنان lost to و + ل + بنان (a Syrian village)
    got = {(e.name, m.text) for e in linker.link("وصل الوزير بباريس ثم ببغداد، وزار سوريا ولبنان.", "ar")
           for m in e.mentions}
    assert {("Paris", "باريس"), ("Baghdad", "بغداد"), ("Lebanon", "لبنان")} <= got, got


def test_a_clitic_and_an_everyday_word_are_no_name_read_whole(linker):
    # وأم "and a mother" is not WAM (وام), بأول "with the first" not Powell (باول), وبنوك "and banks" not Nuuk,
    # تتأسس "is founded" (two doubled letters read as one) not TASS (تاس)
    got = names(linker, "عاشت في كنف أب كويتي وأم عراقية، والتحق بأول دفعة، وتبرع لبنوك الدم، والرابطة تتأسس قريبا.", "ar")
    assert not got & {"WAM", "Jerome Powell", "Nuuk", "TASS"} and {"Kuwait", "Iraq"} <= got, got


def test_a_country_nearby_supports_an_alias_only_across_function_words(linker):
    # لمجرى السياسة الأميركية "the course of US politics" is no list with Hungary's مجرى; تامین مالی "financing"
    # beside اندونزی is no Mali; شمال مالي وشمال نيجيريا is a list
    assert "Hungary" not in names(linker, "وهو سؤال طرحه المتابعون لمجرى السياسة الأميركية التقليدية.", "ar")
    assert "Mali" not in names(linker, "طبق مقررات اندونزی، تامین مالی، منابع و نیروی انسانی از خارج ممنوع است.", "fa")
    assert {"Mali", "Nigeria"} <= names(linker, "جرى فتح طرق إلى شمال مالي وشمال نيجيريا.", "ar")


def test_the_article_form_of_an_everyday_word_is_no_foreign_company(linker):
    # الإبل "the camels" (Zipf 3.9, إبل 2.8) is not Apple (أبل); اليوتيوب still is YouTube
    got = names(linker, "تشمل العروض مسيرة الخيول والإبل، ونشر الفيديو على اليوتيوب.", "ar")
    assert "Apple" not in got and "YouTube" in got, got


def test_an_al_nisba_family_name_is_no_other_persons_surname_and_maurice_is_no_mauritius(linker):
    # محمد اليونسي (a Moroccan footballer) is not محمد يونس + ي; موريس is Maurice, a given name, before Mauritius
    got = names(linker, "تعاقد النادي مع المغربي محمد اليونسي، وقالت الباحثة مارثا كلير موريس إن الحمية تفيد.", "ar")
    assert not got & {"Muhammad Yunus", "Mauritius"} and "Morocco" in got, got
    assert "Bashar al-Assad" in names(linker, "التقى الرئيس بشار الأسد الوفد في دمشق.", "ar")


def test_an_everyday_word_alias_before_another_name_is_a_title_or_given_name(linker):
    # المهندس "the engineer" (also al-Muhandis) before منتصر الغامدي, صلاح before جاهين: other people, even where
    # Iraq or Egypt is named; after سليماني و the alias still reads as al-Muhandis
    got = names(linker, "وأوضح رئيس البلدية في العراق المهندس منتصر الغامدي أن الشاعر المصري صلاح جاهين كتبها.", "ar")
    assert not got & {"Abu Mahdi al-Muhandis", "Mohamed Salah"} and "Iraq" in got, got
    assert "Abu Mahdi al-Muhandis" in names(linker, "قتل قاسم سليماني وأبو مهدي المهندس قرب مطار بغداد في العراق.", "ar")


def test_a_country_written_in_full_with_the_article_is_itself_without_a_tagger(linker):
    # العراق (Zipf 5.51) sat a hair above Iraq's prominence limit, and its four-letter key missed the shortcut
    # for countries written in full: the dictionary-only linker never linked it alone
    assert "Iraq" in names(linker, "زار الوزير العراق أمس.", "ar")


def test_a_word_commoner_than_its_name_reading_keeps_its_clitic(linker):
    # كمائن "ambushes" is not ك + مائن (Maine), بنكاً "a bank" not ب + Neka, بعثها "sent it" not ب + Asia;
    # a clitic on a name leaves the name the commoner form
    got = names(linker, "نفذت المقاومة كمائن محكمة، وافتتح بنكاً جديداً بعثها إلى المدينة.", "ar")
    assert not got & {"Maine", "Neka", "Asia"}, got
    got = names(linker, "عاد الوفد لليونان ثم للصين، ومر ولبنان وبطهران بأزمة.", "ar")
    assert {"Greece", "China", "Lebanon", "Tehran"} <= got, got


def test_everyday_arabic_words_that_spell_small_foreign_places(linker):
    # الجيلين "the two generations" (Jilin), ربات البيوت "housewives" (Rabat), سدة الرئاسة "the seat of power"
    # (Khomeyni Shahr), واع "aware" (the Iraqi News Agency's acronym), بالشرع "by the Sharia"
    text = ("انتشار شبكات الجيلين الثالث والرابع تخدم ربات البيوت، منذ وصوله إلى سدة الرئاسة، والجمهور واع "
            "ومتمسك بالشرع الحنيف.")
    got = names(linker, text, "ar")
    assert not got & {"Jilin", "Rabat", "Khomeyni Shahr", "Iraqi News Agency", "Ahmed al-Sharaa"}, got
    got = names(linker, "قال الرئيس السوري أحمد الشرع في دمشق إن الحكومة الجديدة ستعمل.", "ar")
    assert "Ahmed al-Sharaa" in got, got


def test_ain_al_arab_is_kobani_after_the_word_city(linker):
    got = names(linker, "يرغبون في إعادة إعمار مدينة عين العرب الكردية في سوريا.", "ar")
    assert "Kobani" in got and "Al Ain City" not in got, got


def test_a_name_whose_adjective_lost_its_article_is_a_sentence(linker):
    # حالة البحر متوسط الموج "the sea is moderately rough" (weather reports): no Mediterranean; the name links
    got = names(linker, "الرياح شمالية وحالة البحر متوسط الموج اليوم.", "ar")
    assert "Mediterranean Sea" not in got, got
    got = names(linker, "عبر المهاجرون البحر المتوسط، واستقبلهم الملك سلمان بن عبدالعزيز.", "ar")
    assert {"Mediterranean Sea", "Salman of Saudi Arabia"} <= got, got


def test_everyday_words_that_were_town_aliases(linker):
    # بورصة "stock exchange" (Bursa), آنفا "aforementioned" (Anfa, Casablanca), الوفي "the loyal" (Alofi),
    # ستانلي of Morgan Stanley (Stanley, Falklands)
    text = "وانخفض مؤشر بورصة قطر كما ذكرنا آنفا، وقال جمهوره الوفي إن مصرف مورجان ستانلي سيشرف على البيع."
    got = names(linker, text, "ar")
    assert not got & {"Bursa", "Casablanca", "Alofi", "Stanley"}, got
    assert "Morgan Stanley" in got, got


def test_two_unconfirmed_candidates_of_one_country_do_not_vouch_for_each_other(linker):
    # وادي السند (the Indus valley; Sindh Province) and بأجواء "with an atmosphere" (Bajwa), both Pakistani:
    # neither is linked, so neither supports the other; the country named supports them
    got = names(linker, "يعرض المتحف قطعا من حضارة وادي السند، حيث يسود جو شبيه بأجواء الكرنفالات.", "ar")
    assert not got & {"Sindh Province", "Qamar Javed Bajwa"}, got
    got = names(linker, "قالت حكومة باكستان إن الأمطار أغرقت قرى في السند.", "ar")
    assert {"Pakistan", "Sindh Province"} <= got, got
