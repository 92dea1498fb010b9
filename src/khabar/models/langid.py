"""Language identification: lingua restricted to the configured set, paired with a letter-profile
detector for the Arabic-script languages lingua lacks (Pashto, Sindhi, Sorani Kurdish), which
lingua would otherwise call Persian or Arabic.

Both sit behind ``LangID`` so a bigger model can be swapped in (``Config.options['langid']``).
Text is first split by script, so lingua only ever chooses among languages of that script:
fewer candidates is both faster and more accurate on short lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Protocol

__all__ = ["LangGuess", "LangID", "HybridLangID", "LetterProfileLangID", "script_of"]


@dataclass(frozen=True)
class LangGuess:
    lang: str | None
    score: float  # 0..1 confidence
    method: str  # lingua | letters | script | none


class LangID(Protocol):
    def detect(self, text: str) -> LangGuess: ...


# Letters that only (or almost only) one Arabic-script language uses.
_DISTINCT: dict[str, str] = {
    "ps": "ټډړږښځڅګڼېۍ",
    "sd": "ڄٻڀٺٽٿڃڇڊڌڍڏڙڦڪڱڳڻ",
    "ckb": "ڕڵۆێە",
    "ur": "ٹڈڑںےہۓ",
}
_ARABIC_RANGE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER_OWNER = {ch: lang for lang, chars in _DISTINCT.items() for ch in chars}

_SCRIPT_LANGS = {
    "arabic": ("ar", "fa", "ur", "ps", "sd", "ckb", "ug", "ku"),
    "latin": ("en", "tr", "fr", "de", "es", "it", "pt", "nl", "id", "ms", "az", "uz", "so", "sw", "ku"),
    "cyrillic": ("ru", "uk", "kk", "tg", "bg", "sr"),
    "devanagari": ("hi", "mr", "ne"),
    "hebrew": ("he",),
}


def script_of(text: str) -> str | None:
    """The dominant script of ``text`` among letters (arabic, latin, cyrillic, devanagari, hebrew, other)."""
    counts: Counter[str] = Counter()
    for ch in text[:2000]:
        if not ch.isalpha():
            continue
        cp = ord(ch)
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x08FF or 0xFB50 <= cp <= 0xFEFF:
            counts["arabic"] += 1
        elif cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF:
            counts["latin"] += 1
        elif 0x0400 <= cp <= 0x04FF:
            counts["cyrillic"] += 1
        elif 0x0900 <= cp <= 0x097F:
            counts["devanagari"] += 1
        elif 0x0590 <= cp <= 0x05FF:
            counts["hebrew"] += 1
        else:
            counts["other"] += 1
    return counts.most_common(1)[0][0] if counts else None


class LetterProfileLangID:
    """Pashto, Sindhi and Sorani Kurdish by their own letters (the second detector).

    Returns a language only when its distinctive letters clearly dominate; otherwise None, and
    the caller asks lingua. Measured on NTREX (docs/langid.md)."""

    def __init__(self, langs: tuple[str, ...] = ("ps", "sd", "ckb")) -> None:
        self.langs = langs

    def detect(self, text: str) -> LangGuess:
        letters = 0
        hits: Counter[str] = Counter()
        for ch in unicodedata.normalize("NFC", text):
            if _ARABIC_RANGE.match(ch) and ch.isalpha():
                letters += 1
                owner = _LETTER_OWNER.get(ch)
                if owner:
                    hits[owner] += 1
        if not letters:
            return LangGuess(None, 0.0, "none")
        for lang, n in hits.most_common():
            if lang not in self.langs:
                continue
            rivals = sum(v for k, v in hits.items() if k != lang)
            # one distinctive letter in a short line is enough; longer text needs a small share
            if n >= 1 and n > 2 * rivals and (n / letters >= 0.01 or n >= 3):
                return LangGuess(lang, min(1.0, 0.6 + 20 * n / letters), "letters")
        return LangGuess(None, 0.0, "none")


# Letters that rule a language out or in among Arabic, Persian and Urdu, for the fast path.
_AR_ONLY = set("يىكة")  # Persian and Urdu write ی ک and (Urdu) ۃ instead
_FA_UR = set("یکپچژگ")
_UR_ONLY = set("ٹڈڑںےہۓھ")


def letter_profile_ar_fa_ur(text: str) -> str | None:
    """Arabic, Persian or Urdu from which letters are used, when the evidence is one-sided; else None.

    Arabic keyboards type ي ك ة, Persian and Urdu keyboards ی ک; only Urdu has ٹ ڈ ڑ ں ے ہ.
    Mixed evidence (an Arabic quote in an Urdu line, legacy encodings) goes to lingua."""
    ar = fa_ur = ur = 0
    for ch in text:
        if ch in _AR_ONLY:
            ar += 1
        elif ch in _FA_UR:
            fa_ur += 1
        elif ch in _UR_ONLY:
            ur += 1
    if ar >= 3 and fa_ur == 0 and ur == 0:
        return "ar"
    if ur >= 3 and ar == 0 and fa_ur >= 1:
        return "ur"
    if fa_ur >= 3 and ar == 0 and ur == 0:
        return "fa"
    return None


class HybridLangID:
    """Script split, then letter profile (ps/sd/ckb), then lingua among the configured languages of that script."""

    def __init__(self, langs: tuple[str, ...], *, max_chars: int = 400, fast_letters: bool = True) -> None:
        self.langs = tuple(langs)
        self.max_chars = max_chars
        self.fast_letters = fast_letters and {"ar", "fa", "ur"} <= set(langs)
        self.letters = LetterProfileLangID(tuple(l for l in langs if l in ("ps", "sd", "ckb")))
        self._detectors: dict[str, tuple[object, dict[object, str]] | None] = {}

    def _lingua(self, script: str):
        if script not in self._detectors:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            wanted = [l for l in self.langs if l in _SCRIPT_LANGS.get(script, ())]
            langs = []
            for code in wanted:
                try:
                    langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
                except (AttributeError, ValueError):
                    continue  # lingua lacks it (ps, sd, ckb): the letter profile covers those
            if len(langs) >= 2:
                det = LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()
                self._detectors[script] = (det, {lang: lang.iso_code_639_1.name.lower() for lang in langs})
            elif len(langs) == 1:
                self._detectors[script] = (None, {langs[0]: langs[0].iso_code_639_1.name.lower()})
            else:
                self._detectors[script] = None
        return self._detectors[script]

    def detect(self, text: str) -> LangGuess:
        sample = text[: self.max_chars]
        script = script_of(sample)
        if script is None:
            return LangGuess(None, 0.0, "none")
        if script == "arabic" and self.letters.langs:
            g = self.letters.detect(sample)
            if g.lang:
                return g
        if script == "arabic" and self.fast_letters:
            lang = letter_profile_ar_fa_ur(sample)
            if lang:
                return LangGuess(lang, 0.95, "letters")
        entry = self._lingua(script)
        if entry is None:
            return LangGuess(None, 0.0, "none")
        det, names = entry
        if det is None:
            return LangGuess(next(iter(names.values())), 0.9, "script")
        values = det.compute_language_confidence_values(sample)
        if not values:
            return LangGuess(None, 0.0, "none")
        best = values[0]
        return LangGuess(names.get(best.language), float(best.value), "lingua")
