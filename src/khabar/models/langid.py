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
_DISTINCT_RE = {lang: re.compile(f"[{chars}]") for lang, chars in _DISTINCT.items()}

_SCRIPT_LANGS = {
    "arabic": ("ar", "fa", "ur", "ps", "sd", "ckb", "ug", "ku"),
    "latin": ("en", "tr", "fr", "de", "es", "it", "pt", "nl", "id", "ms", "az", "uz", "so", "sw", "ku"),
    "cyrillic": ("ru", "uk", "kk", "tg", "bg", "sr"),
    "devanagari": ("hi", "mr", "ne"),
    "hebrew": ("he",),
}


_SCRIPT_RE = {
    "arabic": re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "hebrew": re.compile(r"[\u05d0-\u05ea]"),
}


_PRESENTATION_RE = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]")


def script_of(text: str) -> str | None:
    """The dominant script of ``text`` among letters (arabic, latin, cyrillic, devanagari, hebrew)."""
    sample = text[:2000]
    best, best_n = None, 0
    for name, pattern in _SCRIPT_RE.items():
        n = len(pattern.findall(sample))
        if n > best_n:
            best, best_n = name, n
    return best


class LetterProfileLangID:
    """Pashto, Sindhi and Sorani Kurdish by their own letters (the second detector).

    Returns a language only when its distinctive letters clearly dominate; otherwise None, and
    the caller asks lingua. Measured on NTREX (docs/langid.md)."""

    def __init__(self, langs: tuple[str, ...] = ("ps", "sd", "ckb")) -> None:
        self.langs = langs

    def detect(self, text: str) -> LangGuess:
        counts = letter_counts(text)
        return self.from_counts(counts, len(_SCRIPT_RE["arabic"].findall(text)))

    def from_counts(self, hits: dict[str, int], letters: int) -> LangGuess:
        if not letters:
            return LangGuess(None, 0.0, "none")
        for lang in sorted(self.langs, key=lambda l: -hits.get(l, 0)):
            n = hits.get(lang, 0)
            rivals = sum(hits.get(k, 0) for k in _DISTINCT if k != lang)
            # one distinctive letter in a short line is enough; longer text needs a small share
            if n >= 1 and n > 2 * rivals and (n / letters >= 0.01 or n >= 3):
                return LangGuess(lang, min(1.0, 0.6 + 20 * n / letters), "letters")
        return LangGuess(None, 0.0, "none")


# Letters that rule a language in or out among Arabic, Persian and Urdu, for the fast path.


def letter_profile_ar_fa_ur(text: str, counts: dict[str, int] | None = None) -> str | None:
    """Arabic, Persian or Urdu from which letters are used, when the evidence is one-sided; else None.

    Arabic keyboards type ي ك ة, Persian and Urdu keyboards ی ک; only Urdu has ٹ ڈ ڑ ں ے ہ.
    A stray letter of another keyboard (a name typed elsewhere) is tolerated up to 3%;
    mixed evidence (an Arabic quote in an Urdu line, legacy encodings) goes to lingua."""
    c = counts if counts is not None else letter_counts(text)
    ar, fa_ur, ur = c.get("ar_only", 0), c.get("fa_ur", 0), c.get("ur_only", 0)
    if ar >= 3 and fa_ur + ur <= 0.03 * ar:
        return "ar"
    if ur >= 3 and fa_ur >= 1 and ar <= 0.03 * (ur + fa_ur):
        return "ur"
    if fa_ur >= 3 and ur == 0 and ar <= 0.03 * fa_ur:
        return "fa"
    return None


# One scan finds every letter that carries language evidence; each maps to its classes.
_CLASSES: dict[str, list[str]] = {}
for _cls, _chars in [*_DISTINCT.items(), ("ar_only", "يىكة"), ("fa_ur", "یکپچژگ"), ("ur_only", "ٹڈڑںےہۓھ")]:
    for _ch in _chars:
        _CLASSES.setdefault(_ch, []).append(_cls)
_EVIDENCE_RE = re.compile("[" + "".join(_CLASSES) + "]")


def letter_counts(text: str) -> dict[str, int]:
    """How many evidence letters of each class (ps, sd, ckb, ur, ar_only, fa_ur, ur_only) ``text`` holds."""
    counts: dict[str, int] = {}
    for ch in _EVIDENCE_RE.findall(text):
        for cls in _CLASSES[ch]:
            counts[cls] = counts.get(cls, 0) + 1
    return counts


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
                det = LanguageDetectorBuilder.from_languages(*langs).build()
                self._detectors[script] = (det, {lang: lang.iso_code_639_1.name.lower() for lang in langs})
            elif len(langs) == 1:
                self._detectors[script] = (None, {langs[0]: langs[0].iso_code_639_1.name.lower()})
            else:
                self._detectors[script] = None
        return self._detectors[script]

    def detect_cheap(self, text: str) -> tuple[LangGuess | None, str | None]:
        """Script and letter evidence only: (guess or None when lingua is needed, script).
        Two regex scans for Arabic-script text: its letters, and the letters that carry evidence."""
        sample = text[: self.max_chars]
        if _PRESENTATION_RE.search(sample):  # scraped PDFs: fold presentation forms to base letters
            sample = unicodedata.normalize("NFKC", sample)
        arabic = len(_SCRIPT_RE["arabic"].findall(sample))
        script = "arabic" if arabic * 3 >= len(sample) else script_of(sample)
        if script is None:
            return LangGuess(None, 0.0, "none"), None
        if script == "arabic" and (self.letters.langs or self.fast_letters):
            counts = letter_counts(sample)
            if self.letters.langs:
                g = self.letters.from_counts(counts, arabic)
                if g.lang:
                    return g, script
            if self.fast_letters:
                lang = letter_profile_ar_fa_ur(sample, counts)
                if lang:
                    return LangGuess(lang, 0.95, "letters"), script
        entry = self._lingua(script)
        if entry is None:
            return LangGuess(None, 0.0, "none"), script
        det, names = entry
        if det is None:
            return LangGuess(next(iter(names.values())), 0.9, "script"), script
        return None, script

    def detect(self, text: str) -> LangGuess:
        guess, script = self.detect_cheap(text)
        if guess is not None:
            return guess
        det, names = self._lingua(script)  # type: ignore[misc]
        values = det.compute_language_confidence_values(text[: self.max_chars])
        if not values:
            return LangGuess(None, 0.0, "none")
        best = values[0]
        return LangGuess(names.get(best.language), float(best.value), "lingua")
