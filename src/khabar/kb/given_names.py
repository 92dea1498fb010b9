"""People the KB does not know, found by their given name: بهزاد نبوی, غلامحسین کرباسچی, امیر فرشاد ابراهیمی.

Persian news names private people, officials and athletes by given name and surname. The Persian tagger has
no Persian training data, and most surnames are rare words it leaves ``O``; a closed list of common given
names (facts, written here) followed by one to three rare words is a person. A surname that is a common
word (Zipf ≥ 4: کریمی, رضایی are also adjectives and words) is left to the tagger: the rule would read
"علی گفت" as a name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .freq import zipf_frequency

GIVEN_NAMES: dict[str, frozenset[str]] = {
    "fa": frozenset("""
        محمد علی حسین حسن رضا مهدی احمد محمود مجید سعید حمید جواد جعفر عباس اکبر اصغر ابراهیم اسماعیل یوسف
        موسی عیسی داود سلیمان یعقوب کریم رحیم عبدالله عبدالرضا غلامرضا غلامحسین غلامعلی محمدرضا محمدعلی
        محمدحسین محمدجواد محمدباقر محمدمهدی علیرضا علی‌اکبر علی‌اصغر حمیدرضا امیر امین بهزاد بهروز بیژن بهمن
        پرویز جمشید داریوش سیاوش سهراب شاپور فریدون کامران کاوه کوروش منوچهر مسعود مصطفی مرتضی مجتبی ناصر نادر
        هادی هاشم وحید یحیی ایرج فرهاد فرشید فرامرز کیوان مهران مهرداد صادق قاسم باقر تقی نقی کاظم هوشنگ
        اسفندیار عطاءالله عطاالله نعمت‌الله روح‌الله حبیب‌الله فضل‌الله عزت‌الله حشمت‌الله ابوالقاسم ابوالفضل
        ابوالحسن اسدالله نصرالله سیدمحمد فاطمه زهرا مریم زینب معصومه اعظم شهلا شیرین فرح مینا لیلا نسرین
        پروین ژاله سیمین منیژه طاهره اشرف فائزه الهه زهره ناهید آذر فرشته مهناز شهناز پریسا نرگس سارا
    """.split()),
}
MAX_SURNAME_WORDS = 3
MAX_SURNAME_ZIPF = 4.0


def person_spans(words: Sequence[str], free: Callable[[int], bool], lang: str,
                 stop: frozenset[str] | set[str] = frozenset(),
                 joined: Callable[[int], bool] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, "PER") for each given name followed by 1–3 rare words, over words where ``free(k)``
    (not linked, not tagged); ``joined(k)`` is false when punctuation stands between words k and k+1."""
    given = GIVEN_NAMES.get(lang)
    if not given:
        return []
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        if words[i] in given and free(i):
            j = i + 1
            while (j < len(words) and j - i <= MAX_SURNAME_WORDS and free(j) and (joined is None or joined(j - 1))
                   and words[j] not in stop and len(words[j]) >= 3 and words[j].isalpha()
                   and (words[j] in given or zipf_frequency(words[j], lang) < MAX_SURNAME_ZIPF)):
                j += 1
            while j > i + 1 and words[j - 1] in given:
                j -= 1  # a name ends in a surname, not in the next person's given name (… و علی)
            if j > i + 1:
                out.append((i, j, "PER"))
                i = j
                continue
        i += 1
    return out
