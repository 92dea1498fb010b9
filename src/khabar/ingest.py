"""Read raw news from files, folders, globs and archives into Articles.

Formats: .txt, .html/.htm, .jsonl, .json (an array or one object), .zip (members of those
formats, read in memory, never extracted), .warc/.warc.gz (HTML responses), RSS/Atom
(.rss, .atom, .xml feeds: one article per entry). Bytes are decoded with the decision
recorded in ``Article.encoding``. Problems become ``IngestError`` items in the same stream,
so one bad file never stops a batch.
"""

from __future__ import annotations

import glob
import json
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .document import Article, content_hash

__all__ = ["IngestError", "DEFAULT_MAX_BYTES", "decode_bytes", "expand_paths", "iter_articles", "read_path"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # one article file; larger text files are refused with a clear error
TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
FEED_EXT = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = (".warc", ".warc.gz")
SUPPORTED = TEXT_EXT | HTML_EXT | JSONL_EXT | JSON_EXT | FEED_EXT | {".zip"}


@dataclass
class IngestError:
    """A file (or line, or archive member) that could not be read; reported, never fatal."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


Item = Article | IngestError


# ------------------------------------------------------------------ decoding
def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns (text, decision). Raises ValueError for binary data.

    Order: a BOM decides; strict UTF-8; UTF-16 without BOM when every other byte is NUL;
    otherwise charset-normalizer restricted to the encodings Arabic-script news is found in.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig (BOM)"
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le"), "utf-16-le (BOM)"
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be"), "utf-16-be (BOM)"
    sample = data[:4096]
    if b"\x00" in sample or _control_share(sample) > 0.1:
        guess = _utf16_guess(data)
        if guess:
            return guess
        raise ValueError("binary file (NUL/control bytes), not text")
    try:
        text = data.decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _looks_binary(sample):
        raise ValueError("binary file (control bytes), not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "cp1252", "iso8859_6", "cp720", "utf_8"]).best()
    if best is None:
        raise ValueError(f"undecodable bytes ({utf8_error.reason} at byte {utf8_error.start}); tried UTF-8, UTF-16, windows-1256, cp1252")
    enc = best.encoding
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise ValueError(f"undecodable bytes as {enc}: {exc.reason} at byte {exc.start}") from None
    return text, f"{_enc_name(enc)} (detected, charset-normalizer; not valid UTF-8 at byte {utf8_error.start})"


_PLAUSIBLE = ((0x20, 0x7E), (0xA0, 0x24F), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
              (0xFE70, 0xFEFF), (0x2000, 0x206F), (0x0400, 0x04FF), (0x0900, 0x097F), (0x20AC, 0x20AC))


def _control_share(sample: bytes) -> float:
    return sum(1 for b in sample if b < 9 or 13 < b < 32) / max(1, len(sample))


def _utf16_guess(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: the byte order whose decoding is plausible news text.

    Arabic-script UTF-16 has few NUL bytes (only ASCII characters carry one), so the test is
    on the decoded characters, not on where NULs fall."""
    if len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        chars = text[:4000]
        ok = sum(1 for ch in chars if ch in "\n\r\t" or any(a <= ord(ch) <= b for a, b in _PLAUSIBLE))
        if chars and ok / len(chars) >= 0.97:
            return text, f"{enc} (no BOM, decoded text plausible)"
    return None


def _enc_name(enc: str) -> str:
    return {"cp1256": "windows-1256", "cp1252": "windows-1252", "iso8859_6": "iso-8859-6"}.get(enc, enc)


def _looks_binary(sample: bytes) -> bool:
    control = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return control > max(4, len(sample) // 50)


# ------------------------------------------------------------------ paths
def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | IngestError]:
    """Files, folders (recursively, sorted) and glob patterns, each file once."""
    seen: set[Path] = set()
    for raw in paths:
        p = str(raw)
        if any(ch in p for ch in "*?[") and not os.path.exists(p):
            matches = sorted(glob.glob(p, recursive=True))
            if not matches:
                yield IngestError(p, "no file matches this pattern")
            candidates = [Path(m) for m in matches]
        else:
            candidates = [Path(p)]
        for path in candidates:
            if path.is_dir():
                for child in sorted(path.rglob("*")):
                    if child.is_file() and _is_supported(child) and not child.name.startswith("."):
                        if child.resolve() not in seen:
                            seen.add(child.resolve())
                            yield child
            elif path.is_file():
                if path.resolve() not in seen:
                    seen.add(path.resolve())
                    yield path
            else:
                yield IngestError(str(path), "no such file or directory")


def _is_supported(path: Path) -> bool:
    name = path.name.lower()
    return path.suffix.lower() in SUPPORTED or name.endswith(WARC_SUFFIXES)


def _stem(name: str) -> str:
    base = PurePosixPath(name).name
    for suf in (".warc.gz", ".jsonl", ".ndjson", ".json", ".txt", ".text", ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml", ".warc", ".zip"):
        if base.lower().endswith(suf):
            return base[: -len(suf)]
    return base.rsplit(".", 1)[0] if "." in base else base


# ------------------------------------------------------------------ readers
def iter_articles(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every article (or error) under ``paths``, in a stable order."""
    for path in expand_paths(paths):
        if isinstance(path, IngestError):
            yield path
            continue
        yield from read_path(path, max_bytes=max_bytes)


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    src = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield IngestError(src, f"cannot read: {exc.strerror}")
        return
    name = path.name.lower()
    if path.suffix.lower() == ".zip":
        yield from _read_zip(path, max_bytes)
        return
    if name.endswith(WARC_SUFFIXES):
        yield from _read_warc(path, max_bytes)
        return
    limit = max_bytes * 50 if path.suffix.lower() in JSONL_EXT | JSON_EXT else max_bytes
    if size > limit:
        yield IngestError(src, f"file too large for one {'collection' if limit > max_bytes else 'article'}: {size / 1e6:.1f} MB > {limit / 1e6:.0f} MB limit (raise --max-mb)")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(src, f"cannot read: {exc.strerror}")
        return
    yield from read_bytes(path.name, data, src)


def read_bytes(name: str, data: bytes, source: str) -> Iterator[Item]:
    """Dispatch on the file name's extension."""
    lower = name.lower()
    ext = os.path.splitext(lower)[1]
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    try:
        text, decision = decode_bytes(data)
    except (ValueError, UnicodeDecodeError) as exc:
        yield IngestError(source, str(exc))
        return
    stem = _stem(name)
    if ext in JSONL_EXT:
        yield from _read_jsonl(text, decision, source, stem)
    elif ext in JSON_EXT:
        yield from _read_json(text, decision, source, stem)
    elif ext in HTML_EXT:
        yield _html_article(stem, text, decision, source)
    elif ext in FEED_EXT:
        yield from _read_feed(text, decision, source, stem)
    else:
        if not text.strip():
            yield IngestError(source, "empty file (only whitespace after decoding)")
            return
        header, body = split_front_matter(text)
        yield _make(header.pop("id", stem), body, decision, source, fmt="text", **header)


_FRONT_KEYS = ("id", "title", "outlet", "url", "published")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """An optional ``---``-fenced header of ``key: value`` lines (title, outlet, url, published, id)
    at the top of a plain-text article, so scraped .txt files can carry their metadata."""
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return {}, text
    lines = stripped.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 40)):
        if lines[end].strip() == "---":
            header: dict[str, str] = {}
            for ln in lines[1:end]:
                k, sep, v = ln.partition(":")
                if not sep or k.strip().lower() not in _FRONT_KEYS:
                    return {}, text  # not a khabar header: leave the text alone
                header[k.strip().lower()] = v.strip()
            return {k: v for k, v in header.items() if v}, "\n".join(lines[end + 1 :])
    return {}, text


def _make(aid: str, raw: str, decision: str, source: str, *, fmt: str, **fields: object) -> Article:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    a = Article(id=str(aid), raw=raw, encoding=decision, source=source)
    for k, v in fields.items():
        if v not in (None, ""):
            setattr(a, k, v if k != "published" else str(v))
    a.meta["format"] = fmt
    a.content_hash = content_hash(raw)
    return a


def _html_article(aid: str, html: str, decision: str, source: str, **fields: object) -> Article | IngestError:
    if not re.search(r"<\s*(body|p|div|article|main|h1|span|td)\b", html, re.I) and not re.search(r"[^\s<>]{20,}", re.sub(r"<[^>]*>", " ", html)):
        return IngestError(source, "HTML with no body text")
    return _make(aid, html, decision, source, fmt="html", **fields)


_RECORD_TEXT = ("text", "content", "body", "article")


def _record_article(rec: dict, decision: str, source: str, fallback_id: str) -> Article | IngestError:
    """One JSON object with fields id, title, text or html, url, published, outlet (SaudiNewsNet's
    source/content/date_extracted also work)."""
    aid = str(rec.get("id") or fallback_id)
    fields = {
        "title": rec.get("title"),
        "url": rec.get("url"),
        "published": rec.get("published") or rec.get("date"),
        "outlet": rec.get("outlet") or rec.get("source"),
    }
    html = rec.get("html")
    text = next((rec[k] for k in _RECORD_TEXT if isinstance(rec.get(k), str) and rec[k].strip()), None)
    if text is None and isinstance(html, str) and html.strip():
        art = _html_article(aid, html, decision, source, **fields)
    elif text is None:
        return IngestError(source, f"record {aid!r} has no text or html")
    else:
        art = _make(aid, text, decision, source, fmt="text", **fields)
    if isinstance(art, Article):
        for k in ("author", "date_extracted", "lang"):
            if rec.get(k):
                art.meta[k] = rec[k]
    return art


def _read_jsonl(text: str, decision: str, source: str, stem: str) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(source, f"malformed JSON line: {exc.msg} at column {exc.colno}", line=n)
            continue
        if not isinstance(rec, dict):
            yield IngestError(source, "JSON line is not an object", line=n)
            continue
        item = _record_article(rec, decision, f"{source}:{n}", f"{stem}-{n}")
        yield item


def _read_json(text: str, decision: str, source: str, stem: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield IngestError(source, f"malformed JSON: {exc.msg}", line=exc.lineno)
        return
    records = data if isinstance(data, list) else [data]
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            yield IngestError(source, f"item {i} is not an object")
            continue
        yield _record_article(rec, decision, f"{source}#{i}", f"{stem}-{i:05d}")


def _read_feed(text: str, decision: str, source: str, stem: str) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(text)
    if not feed.entries:
        yield IngestError(source, "no feed entries (not an RSS/Atom feed?)")
        return
    outlet = feed.feed.get("title")
    for i, e in enumerate(feed.entries):
        body = ""
        if e.get("content"):
            body = e["content"][0].get("value", "")
        body = body or e.get("summary", "")
        aid = e.get("id") or e.get("link") or f"{stem}-{i}"
        aid = re.sub(r"[^\w.-]+", "_", aid)[-120:] if ("/" in aid or ":" in aid) else aid
        published = None
        if e.get("published_parsed"):
            t = e["published_parsed"]
            published = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
        fields = {"title": e.get("title"), "url": e.get("link"), "published": published, "outlet": outlet}
        if not body.strip():
            yield IngestError(f"{source}#{i}", "feed entry has no content")
            continue
        if "<" in body and ">" in body:
            yield _html_article(aid, f"<html><body>{body}</body></html>", decision, f"{source}#{i}", **fields)
        else:
            yield _make(aid, body, decision, f"{source}#{i}", fmt="text", **fields)


def _safe_member(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    return not (p.is_absolute() or ".." in p.parts or re.match(r"^[A-Za-z]:", name))


def _read_zip(path: Path, max_bytes: int) -> Iterator[Item]:
    src = str(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield IngestError(src, f"not a readable zip archive: {exc}")
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            member = f"{src}!{info.filename}"
            if not _safe_member(info.filename):
                yield IngestError(member, "unsafe member name (path traversal); skipped")
                continue
            ext = os.path.splitext(info.filename.lower())[1]
            if ext not in SUPPORTED - {".zip"} or PurePosixPath(info.filename).name.startswith("."):
                continue
            limit = max_bytes * 50 if ext in JSONL_EXT | JSON_EXT else max_bytes
            if info.file_size > limit:
                yield IngestError(member, f"member too large: {info.file_size / 1e6:.1f} MB > {limit / 1e6:.0f} MB limit")
                continue
            try:
                data = zf.read(info)
            except Exception as exc:  # noqa: BLE001 - a corrupt member is reported, the rest is read
                yield IngestError(member, f"cannot read member: {exc}")
                continue
            yield from read_bytes(info.filename, data, member)


def _read_warc(path: Path, max_bytes: int) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    src = str(path)
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh)):
                if record.rec_type != "response":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                data = record.content_stream().read(max_bytes + 1)
                member = f"{src}#{n}"
                if len(data) > max_bytes:
                    yield IngestError(member, "WARC response too large")
                    continue
                try:
                    html, decision = decode_bytes(data)
                except ValueError as exc:
                    yield IngestError(member, str(exc))
                    continue
                date = record.rec_headers.get_header("WARC-Date")
                aid = re.sub(r"[^\w.-]+", "_", url or f"{_stem(path.name)}-{n}")[-120:]
                art = _html_article(aid, html, decision, member, url=url)
                if isinstance(art, Article) and date:
                    art.meta["crawled"] = date
                yield art
    except Exception as exc:  # noqa: BLE001 - a broken archive is one error line
        yield IngestError(src, f"cannot read WARC: {exc}")

