"""Clean stage: raw input -> display text, title, dateline, paragraphs and the removed lines.

HTML goes through trafilatura (title, date, site name kept). Scraped plain text (and what
trafilatura returns, which still carries tickers and footers in Arabic/Urdu pages) goes through
a line classifier: boilerplate cues live in ``data/boilerplate.json`` and are matched on key
forms; where a line sits (before the first, between, or after the last body line) decides how
much evidence removal needs, so a body sentence that mentions Twitter stays. Removed lines are
kept in ``Article.removed``, never silently lost.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..config import Config
from ..document import Article, Paragraph
from ..normalize import key
from ..pipeline import register_stage

__all__ = ["CleanResult", "clean_text", "extract_html", "make_clean_stage"]

_ARABIC_LETTER = re.compile(r"[\u0620-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TERMINAL = re.compile(r"[.!۔؟?!:…]\s*$")
_SENTENCE_END = re.compile(r"[.!۔؟?!…]\s*[\"'”»)]*\s*$")
_DIGITS2 = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]{2,}")
_DATELINE_LINE = re.compile(r"^[^\s()\-–|]{2,24}(?: [^\s()\-–|]{2,24}){0,2}(?: ?[-–] ?| ?\()[^()\-–|]{2,30}\)?$")
_DATELINE = re.compile(
    r"""^\s*(?P<dl>
    (?:[A-Z][A-Z'’.\-]+(?:(?:,\ ?|\ |/)[A-Za-z][A-Za-z'’.\-]+){0,3}                      # MOSCOW, DUBAI/MOSCOW, HERAT, Afghanistan
      |[^\s\d()\-–—:،,.|"“«]{2,20}(?:\ [^\s\d()\-–—:،,.|"“«]{2,20}){0,2})                 # تہران, اسلام آباد
    \ ?
    (?:\([^()\n]{2,40}\)(?:\ ?[-–—:]{1,2}(?=\s))?                                        # (Reuters) -
      |[-–—]{1,2}\ ?[^\s()\-–—:،,|"“«]{2,24}(?:\ [^\s()\-–—:،,|"“«]{2,24})?\ ?[-–—:]{1,2}(?=\s)  # - شانا --
      |[-–—:]{1,2}(?=\s))                                                                  # ISLAMABAD:
    )""",
    re.X,
)


@dataclass(frozen=True)
class _Lexicon:
    whole: frozenset[str]
    prefix: tuple[str, ...]
    cues: tuple[str, ...]
    cue_re: re.Pattern[str]
    ticker_heads: frozenset[str]
    image: re.Pattern[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = json.loads(resources.files("khabar.data").joinpath("boilerplate.json").read_text(encoding="utf-8"))

    def norm(s: str) -> str:
        return " ".join(key(s).split())

    exts = "|".join(data["image_ext"])
    return _Lexicon(
        whole=frozenset(norm(x) for x in data["whole"]),
        prefix=tuple(norm(x) if not x.endswith(" ") else norm(x) + " " for x in data["prefix"]),
        cues=tuple(norm(x) for x in data["cues"]),
        cue_re=re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted({norm(x) for x in data["cues"]}, key=len, reverse=True)) + r")(?!\w)"),
        ticker_heads=frozenset(norm(x) for x in data["ticker_heads"]),
        image=re.compile(rf"^[\w\-.()%@+,~ ]{{1,80}}\.(?:{exts})(?:\?\S*)?$", re.I),
    )


@dataclass
class CleanResult:
    text: str
    title: str | None
    dateline: str | None
    paragraphs: list[tuple[int, int]]
    removed: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def _words(s: str) -> int:
    return len(s.split())


def _cue_count(k: str) -> int:
    """How many different promotional/social cues the key-form line holds."""
    return len(set(_lexicon().cue_re.findall(k)))


def _main_script(lines: list[str]) -> str:
    text = "\n".join(lines)[:1500]
    return "arabic" if len(_ARABIC_LETTER.findall(text)) >= len(_LATIN_LETTER.findall(text)) else "latin"


def _has_script(line: str, script: str) -> bool:
    return bool((_ARABIC_LETTER if script == "arabic" else _LATIN_LETTER).search(line))


def clean_text(raw: str, *, title: str | None = None) -> CleanResult:
    """Classify lines of scraped text into body and boilerplate; find title and dateline."""
    lex = _lexicon()
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = [ln.strip() for ln in raw.split("\n")]
    idx = [i for i, ln in enumerate(lines) if ln]
    if not idx:
        return CleanResult("", title, None, [])
    raw_keys = key(raw).split("\n")  # one pass; key forms keep every newline, so lines stay aligned
    keys = {i: " ".join(raw_keys[i].split()) for i in idx}
    script = _main_script([lines[i] for i in idx])
    cues = {i: _cue_count(keys[i]) for i in idx}
    nw = {i: _words(lines[i]) for i in idx}  # word counts, read by most rules below: split each line once
    reason: dict[int, str] = {}

    # 1. rules that hold anywhere on the page
    for i in idx:
        k, ln = keys[i], lines[i]
        if lex.image.match(ln):
            reason[i] = "image file name"
        elif k in lex.whole:
            reason[i] = "boilerplate phrase"
        elif nw[i] <= 2 and len(ln) <= 24 and not _has_script(ln, script) and not re.search(r"\d{3,}", ln):
            reason[i] = "stray token in another script"

    # 2. the title: metadata, else a short line repeated on the page (found before the body
    #    anchors, since a long headline would otherwise anchor the body)
    counts = Counter(keys[i] for i in idx if nw[i] <= 30)
    title_key = " ".join(key(title).split()) if title else None
    if title_key and title_key not in keys.values():
        # HTML titles often carry the site name ("Headline - Site"); the headline line is the title
        for sep in (" - ", " | ", " – ", " — ", " :: "):
            if sep in title:
                head = " ".join(key(title.rsplit(sep, 1)[0]).split())
                if head in keys.values():
                    title_key, title = head, title.rsplit(sep, 1)[0].strip()
                    break
    if title_key is None:
        repeated = [k for k, n in counts.most_common() if n >= 2 and k not in lex.whole and _cue_count(k) == 0]
        if repeated:
            title_key = repeated[0]
            title = next(lines[i] for i in idx if keys[i] == title_key)

    def mark_title() -> None:
        for i in idx:
            if keys[i] == title_key and i not in reason:
                reason[i] = "title line"

    if title_key:
        mark_title()

    # 3. body anchors: long lines without promotional cues or navigation prefixes
    def strong(i: int) -> bool:
        return i not in reason and nw[i] >= 12 and cues[i] == 0 and not keys[i].startswith(lex.prefix)

    strong_idx = [i for i in idx if strong(i)]
    first_body = strong_idx[0] if strong_idx else idx[0]
    last_body = strong_idx[-1] if strong_idx else idx[-1]

    # ... else a short, unpunctuated first line above the body is the headline
    if title_key is None:
        first = idx[0]
        if first not in reason and nw[first] <= 20 and not re.search(r"[.۔]\s*$", lines[first]):
            if first < first_body or (first == first_body and len(strong_idx) > 1):
                title_key, title = keys[first], lines[first]
                mark_title()
                if first == first_body:
                    strong_idx = strong_idx[1:]
                    first_body = strong_idx[0]

    # 4. zone-dependent rules: header (before the body) and footer (after it) need less evidence
    ticker_open = False
    prev = -2
    for i in idx:
        if i != prev + 1:
            ticker_open = False  # a ticker is a run of adjacent lines under its heading
        prev = i
        if i in reason:
            ticker_open = ticker_open or keys[i] in lex.ticker_heads
            continue
        k, ln, n = keys[i], lines[i], nw[i]
        outside = i < first_body or i > last_body
        if k.startswith(lex.prefix) and (outside or n <= 8):
            reason[i] = "navigation/footer"
        elif cues[i] >= 2 and (outside or n <= 15) or cues[i] >= 1 and outside and n <= 15:
            reason[i] = "social/promotional"
        elif i < first_body and n <= 15 and (re.search(r"\s[-–|]\s*$", ln) or ticker_open and not _TERMINAL.search(ln)):
            reason[i] = "ticker item"
        if i > first_body:
            ticker_open = False

    # 5. page furniture around the body: a masthead or section name above it, a signature or
    #    widget heading below it (short, no digits: a date line after the body is kept)
    dateline_line = None
    before = [i for i in idx if i < first_body and i not in reason]
    if before and nw[before[-1]] <= 6 and _DATELINE_LINE.match(lines[before[-1]]):
        dateline_line = before[-1]
    for i in idx:
        if i in reason or i == dateline_line or first_body <= i <= last_body:
            continue
        ln, n = lines[i], nw[i]
        if n <= 8 and any(sep in ln for sep in ("|", "»", "›", " > ")) and not _SENTENCE_END.search(ln):
            reason[i] = "breadcrumb"
        elif _DIGITS2.search(ln):
            continue  # a date or number line after the body is content
        elif i < first_body and n <= 4:
            reason[i] = "site furniture"
        elif i > last_body and n <= 8 and not _SENTENCE_END.search(ln):
            reason[i] = "footer line"

    kept = [i for i in idx if i not in reason]
    removed = [lines[i] for i in idx if i in reason]
    why = [reason[i] for i in idx if i in reason]
    text_lines = [lines[i] for i in kept]
    text = "\n".join(text_lines)
    spans, pos = [], 0
    for ln in text_lines:
        spans.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    dateline = lines[dateline_line] if dateline_line is not None else None
    if text_lines and dateline is None:
        m = _DATELINE.match(text_lines[0])
        if m and len(m.group("dl")) <= 48 and _words(text_lines[0]) > 6:
            dateline = m.group("dl").strip().rstrip(" -–—:").strip()
    return CleanResult(text, title, dateline, spans, removed, why)


# trafilatura drops every character that is not ``isprintable()``, which deletes the ZWNJ/ZWJ
# that Persian and Urdu spelling needs (می‌ماند -> میماند). They travel through it as rare
# printable stand-ins and are put back afterwards.
_INVISIBLE_KEEP = {"\u200c": "\ua66e", "\u200d": "\ua66d"}


def extract_html(html: str) -> dict:
    """Main text and metadata of an HTML page through trafilatura (one line per paragraph)."""
    import trafilatura

    swaps = {k: v for k, v in _INVISIBLE_KEEP.items() if v not in html}
    for k, v in swaps.items():
        html = html.replace(k, v).replace(f"&#{ord(k)};", v).replace(f"&#x{ord(k):x};", v).replace("&zwnj;" if k == "\u200c" else "&zwj;", v)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True)
    if doc is None:
        return {}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    out = {k: data.get(k) for k in ("text", "title", "date", "sitename", "author", "url")}
    for field_name in ("text", "title", "sitename", "author"):
        if isinstance(out.get(field_name), str):
            for k, v in swaps.items():
                out[field_name] = out[field_name].replace(v, k)
    return out


@register_stage("clean", requires=("raw",), assigns=("text", "title", "removed", "paragraphs", "dateline"))
def make_clean_stage(config: Config):
    def run(article: Article) -> Article:
        raw = article.raw
        if article.meta.get("format") == "html":
            meta = extract_html(raw)
            raw = meta.get("text") or ""
            if not raw.strip():
                raise ValueError("no article text found in HTML")
            article.title = article.title or meta.get("title")
            article.outlet = article.outlet or meta.get("sitename")
            article.url = article.url or meta.get("url")
            if meta.get("date") and not article.published:
                article.published, article.published_source = str(meta["date"])[:10], "metadata"
            if meta.get("author"):
                article.meta.setdefault("author", meta["author"])
        res = clean_text(raw, title=article.title)
        article.text = res.text
        article.title = res.title or article.title  # the headline line, without a "- Site" suffix
        article.removed = res.removed
        article.meta["removed_why"] = res.reasons
        article.dateline = res.dateline
        article.paragraphs = [Paragraph(s, e) for s, e in res.paragraphs]
        if article.published and not article.published_source:
            article.published_source = "metadata"
        return article

    return run
