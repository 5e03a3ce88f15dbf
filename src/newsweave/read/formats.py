"""Input formats: turn files, directories and stdin into raw article records.

Everything here is a generator of :class:`Raw` (one candidate article, not yet cleaned) and
:class:`Skip` (an item that cannot be used, with a one-line reason). Whole-file problems
(empty, binary, not UTF-8, too large, unparsable JSON) are reported as a ``Skip`` with
``whole_file=True``; the caller decides whether that is fatal (one named file) or a
warning (a batch). No raw exception escapes: ``OSError``/``UnicodeDecodeError``/JSON
errors all become reasons.

Formats:

* ``.txt`` -- optional header block (``Title:``, ``Source:``, ``Published:``/``Date:``,
  ``URL:``, ``Id:``) at the very top, ended by a blank line; the rest is the body.
* ``.html``/``.htm`` -- main text and metadata via trafilatura.
* ``.jsonl``/``.ndjson`` -- one JSON object per line, read streaming.
* ``.json`` -- one object, a list of objects, or ``{"articles": [...]}``.
* ``-`` -- JSONL from stdin.
* directories -- recursive, sorted, known suffixes only; hidden entries are skipped.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, TextIO
from urllib.parse import urlsplit

MB = 1024 * 1024
MAX_FILE_BYTES = 10 * MB  # one article file (.txt/.html/.json)
MAX_LINE_BYTES = 10 * MB  # one JSONL line

SUFFIXES = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
STDIN_LABEL = "<stdin>"


@dataclass
class Raw:
    """One candidate article straight from its input, before cleaning."""

    input: str  # "path", "path:line" (JSONL), "path#n" (n-th object of a JSON list)
    file: str  # the file (or "<stdin>") it came from, for warnings
    default_id: str
    whole_file: bool  # True when this record is the whole named file
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: object = None  # raw value, normalised later
    prefix: str = ""  # "line 3: " / "item 2: " before reasons about this record
    warnings: list[str] = field(default_factory=list)


@dataclass
class Skip:
    """An input item that cannot be used."""

    input: str
    reason: str
    file: str
    whole_file: bool = False

    @property
    def warning(self) -> str:
        return f"{self.file}: skipped: {self.reason}"


class BadFile(Exception):
    """A whole file is unusable; ``str()`` is the reason."""


# ---------------------------------------------------------------------------- bytes and text

_MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
]
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ICONV_HINT = "convert it, e.g. iconv -f latin1 -t utf-8"


def too_large(size: int, what: str = "one article file") -> str:
    return f"file too large ({size / MB:.1f} MB; the limit for {what} is {MAX_FILE_BYTES // MB} MB)"


def sniff_binary(head: bytes) -> str | None:
    """Reason when ``head`` (the first bytes of a file) is clearly not text, else None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({kind}), not text"
    if head.startswith(_UTF16_BOMS):
        return "not UTF-8 text (UTF-16 byte-order mark); convert it, e.g. iconv -f utf-16 -t utf-8"
    if b"\x00" in head:
        return "binary file, not text (contains NUL bytes)"
    return None


def _undecodable(data: bytes, err: UnicodeDecodeError, base: int = 0, charset: str | None = None) -> str:
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    if sample and controls / len(sample) > 0.05:
        return "binary file, not text (undecodable bytes)"
    byte = data[err.start]
    hint = _ICONV_HINT
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        hint = f"the page declares charset={charset}; convert it, e.g. iconv -f {charset} -t utf-8"
    return f"not UTF-8 text (invalid byte 0x{byte:02x} at offset {base + err.start}); {hint}"


def _os_reason(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    if isinstance(err, PermissionError):
        return "cannot read it (permission denied)"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    return f"cannot read it ({err.strerror or err})"


def read_text_file(path: str, *, charset_hint: bool = False) -> str:
    """Whole file as str (UTF-8, BOM removed); raises :class:`BadFile` with a reason."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise BadFile("not a regular file")
        if st.st_size > MAX_FILE_BYTES:
            raise BadFile(too_large(st.st_size))
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise BadFile(_os_reason(err)) from None
    if len(data) > MAX_FILE_BYTES:  # grew since stat, or a special file
        raise BadFile(too_large(len(data)))
    if not data:
        raise BadFile("empty file")
    bad = sniff_binary(data[:8192])
    if bad:
        raise BadFile(bad)
    if b"\x00" in data:
        raise BadFile("binary file, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        charset = None
        if charset_hint:
            m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096], re.I)
            charset = m.group(1).decode("ascii") if m else None
        raise BadFile(_undecodable(data, err, charset=charset)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise BadFile("no article text (the file holds only whitespace)")
    return text


# ---------------------------------------------------------------------------- .txt

_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "source",
    "published": "published",
    "date": "published",
    "url": "url",
    "id": "id",
}
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z _-]{0,30}):(.*)")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """``(fields, body)``. The header counts only if line 1 is a known ``Key: value`` line
    and the block of ``Key: value`` lines is ended by a blank line; else ``({}, text)``.
    Unknown keys inside a header block (``Author: ...``) are accepted and ignored."""
    norm = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = norm.split("\n")
    m = _HEADER_LINE.fullmatch(lines[0].strip())
    if not m or m.group(1).strip().lower() not in _HEADER_KEYS:
        return {}, text
    fields: dict[str, str] = {}
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            return fields, "\n".join(lines[i + 1:])
        m = _HEADER_LINE.fullmatch(s)
        if not m:
            return {}, text
        key, value = m.group(1).strip().lower(), m.group(2)
        if key in _HEADER_KEYS:
            fields.setdefault(_HEADER_KEYS[key], value.strip())
        elif value and not value[0].isspace():  # "https://..." is not a header line
            return {}, text
    return {}, text  # never ended by a blank line: no header


def iter_txt(path: str) -> Iterator[Raw | Skip]:
    try:
        text = read_text_file(path)
    except BadFile as err:
        yield Skip(path, str(err), path, whole_file=True)
        return
    fields, body = split_header(text)
    yield Raw(
        input=path, file=path, default_id=Path(path).stem, whole_file=True, text=body,
        id=fields.get("id") or None, title=fields.get("title") or None,
        source=fields.get("source") or None, url=fields.get("url") or None,
        published=fields.get("published") or None,
    )


# ---------------------------------------------------------------------------- .html

def extract_html(html: str) -> dict:
    """Main text and metadata of a web page via trafilatura.

    Returns ``{"text", "title", "source", "published", "url"}`` (values may be None);
    raises :class:`BadFile` when no article text can be found.
    """
    import trafilatura  # heavy import, only when HTML is read

    def run(precision: bool):
        return trafilatura.bare_extraction(
            html, include_comments=False, favor_precision=precision, with_metadata=True,
        )

    log = logging.getLogger("trafilatura")
    level = log.level
    log.setLevel(logging.ERROR)  # "discarding data" chatter; our own reason says it better
    try:
        doc = run(True)
        if doc is None or not (doc.text or "").strip():
            doc = run(False) or doc  # precision mode can miss very short pages
    except Exception as err:  # trafilatura/lxml can fail in many ways on odd markup
        raise BadFile(f"could not parse the HTML ({type(err).__name__}: {err})") from None
    finally:
        log.setLevel(level)
    if doc is None or not (doc.text or "").strip():
        raise BadFile("no article text found in the HTML")
    return {
        "text": doc.text,
        "title": doc.title or None,
        "source": doc.sitename or None,
        "published": doc.date or None,
        "url": doc.url or None,
    }


def iter_html(path: str) -> Iterator[Raw | Skip]:
    try:
        html = read_text_file(path, charset_hint=True)
    except BadFile as err:
        yield Skip(path, str(err), path, whole_file=True)
        return
    yield Raw(input=path, file=path, default_id=Path(path).stem, whole_file=True, html=html)


# ---------------------------------------------------------------------------- JSON objects

_TEXT_KEYS = ("text", "body", "content")
_TITLE_KEYS = ("title", "headline")
_SOURCE_KEYS = ("source", "sitename", "publisher")
_URL_KEYS = ("url", "link")
_DATE_KEYS = ("published", "date", "published_at", "publishedAt", "datePublished")


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _first(obj: dict, keys: tuple[str, ...]) -> tuple[str | None, object]:
    for key in keys:
        if key in obj and obj[key] not in (None, ""):
            return key, obj[key]
    return None, None


def record_from_object(obj: object, *, input: str, file: str, default_id: str,
                       whole_file: bool, prefix: str = "") -> Raw | Skip:
    """One JSON object -> Raw, or Skip with ``prefix`` (e.g. "line 3: ") before the reason."""
    if not isinstance(obj, dict):
        return Skip(input, f"{prefix}expected a JSON object, got {_type_name(obj)}", file, whole_file)
    raw = Raw(input=input, file=file, default_id=default_id, whole_file=whole_file, prefix=prefix)

    key, text = _first(obj, _TEXT_KEYS)
    if isinstance(text, list) and all(isinstance(p, str) for p in text):
        text = "\n\n".join(text)  # a list of paragraphs
    if text is not None and not isinstance(text, str):
        return Skip(input, f"{prefix}field '{key}' must be a string, got {_type_name(text)}", file, whole_file)
    html = obj.get("html")
    if html is not None and not isinstance(html, str):
        return Skip(input, f"{prefix}field 'html' must be a string, got {_type_name(html)}", file, whole_file)
    if text and text.strip():
        raw.text = text
    elif html and html.strip():
        raw.html = html
    else:
        present = [k for k in (*_TEXT_KEYS, "html") if k in obj]
        why = f"'{present[0]}' is empty" if present else "no 'text' or 'html' field"
        return Skip(input, f"{prefix}no article text ({why})", file, whole_file)

    def meta(keys: tuple[str, ...]) -> str | None:
        k, v = _first(obj, keys)
        if k == "source" and isinstance(v, dict):  # NewsAPI style {"id": .., "name": ..}
            v = v.get("name")
        if v is None:
            return None
        if isinstance(v, (int, float)) and not isinstance(v, bool) and k in ("id",):
            return str(v)
        if not isinstance(v, str):
            raw.warnings.append(f"{input}: field '{k}' ignored (expected a string, got {_type_name(v)})")
            return None
        return v.strip() or None

    raw.id = meta(("id",))
    raw.title = meta(_TITLE_KEYS)
    raw.source = meta(_SOURCE_KEYS)
    raw.url = meta(_URL_KEYS)
    _, raw.published = _first(obj, _DATE_KEYS)
    return raw


def iter_json(path: str) -> Iterator[Raw | Skip]:
    try:
        text = read_text_file(path)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise BadFile(f"invalid JSON ({err.msg} at line {err.lineno} column {err.colno})") from None
        except (ValueError, RecursionError) as err:
            raise BadFile(f"invalid JSON ({type(err).__name__})") from None
    except BadFile as err:
        reason = str(err)
        if reason.startswith("file too large"):
            reason += "; for many articles use JSONL, one object per line"
        yield Skip(path, reason, path, whole_file=True)
        return
    stem = Path(path).stem
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        yield record_from_object(data, input=path, file=path, default_id=stem, whole_file=True)
        return
    if not isinstance(data, list):
        yield Skip(path, f"expected a JSON object or a list of objects, got {_type_name(data)}",
                   path, whole_file=True)
        return
    if not data:
        yield Skip(path, "no articles (empty JSON list)", path, whole_file=True)
        return
    for i, obj in enumerate(data, 1):
        yield record_from_object(obj, input=f"{path}#{i}", file=path, default_id=f"{stem}-{i}",
                                 whole_file=False, prefix=f"item {i}: ")


# ---------------------------------------------------------------------------- JSONL

def _jsonl_records(lines: Iterator[tuple[int, str | None, str | None]], *, file: str,
                   stem: str) -> Iterator[Raw | Skip]:
    """``lines`` yields ``(lineno, text, problem)``; exactly one of text/problem is set."""
    seen_any = False
    for n, line, problem in lines:
        label = f"{file}:{n}"
        if problem is not None:
            seen_any = True
            yield Skip(label, f"line {n}: {problem}", file)
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skip(label, f"line {n}: invalid JSON ({err.msg} at column {err.colno})", file)
            continue
        except (ValueError, RecursionError) as err:
            yield Skip(label, f"line {n}: invalid JSON ({type(err).__name__})", file)
            continue
        yield record_from_object(obj, input=label, file=file, default_id=f"{stem}-{n}",
                                 whole_file=False, prefix=f"line {n}: ")
    if not seen_any:
        yield Skip(file, "no articles in it (only blank lines)", file, whole_file=True)


def _binary_lines(f) -> Iterator[tuple[int, str | None, str | None]]:
    offset = 0
    n = 0
    while True:
        chunk = f.readline(MAX_LINE_BYTES + 1)
        if not chunk:
            return
        n += 1
        start = offset
        offset += len(chunk)
        if len(chunk) > MAX_LINE_BYTES and not chunk.endswith(b"\n"):
            size = len(chunk)
            while chunk and not chunk.endswith(b"\n"):  # skip the rest, memory-bounded
                chunk = f.readline(MB)
                size += len(chunk)
                offset += len(chunk)
            yield n, None, too_large(size, "one JSONL line").replace("file too large", "line too large")
            continue
        if b"\x00" in chunk:
            yield n, None, "binary data, not text (contains NUL bytes)"
            continue
        try:
            line = chunk.decode("utf-8")
        except UnicodeDecodeError as err:
            yield n, None, _undecodable(chunk, err, base=start)
            continue
        if n == 1 and line.startswith("\ufeff"):
            line = line[1:]
        yield n, line, None


def iter_jsonl(path: str) -> Iterator[Raw | Skip]:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise BadFile("not a regular file")
        f = open(path, "rb")
    except OSError as err:
        yield Skip(path, _os_reason(err), path, whole_file=True)
        return
    except BadFile as err:
        yield Skip(path, str(err), path, whole_file=True)
        return
    with f:
        try:
            head = f.read(8192)
            f.seek(0)
        except OSError as err:
            yield Skip(path, _os_reason(err), path, whole_file=True)
            return
        if not head:
            yield Skip(path, "empty file", path, whole_file=True)
            return
        bad = sniff_binary(head)
        if bad:
            yield Skip(path, bad, path, whole_file=True)
            return
        try:
            yield from _jsonl_records(_binary_lines(f), file=path, stem=Path(path).stem)
        except OSError as err:
            yield Skip(path, f"stopped reading: {_os_reason(err)}", path, whole_file=True)


GZ_SUFFIXES = (".jsonl.gz", ".ndjson.gz")


def is_gz(path: str) -> bool:
    """A gzipped JSONL file (``.jsonl.gz``/``.ndjson.gz``: archives and streams, not ``brief``)."""
    return path.lower().endswith(GZ_SUFFIXES)


def jsonl_stem(path: str) -> str:
    """The name of a JSONL file without its suffixes (``a.jsonl.gz`` -> ``a``): default ids."""
    name = Path(path).name
    for suf in GZ_SUFFIXES + (".jsonl", ".ndjson"):
        if name.lower().endswith(suf):
            return name[: -len(suf)] or name
    return Path(path).stem


def iter_jsonl_file(path: str, *, gz: bool = False) -> Iterator[tuple[Raw | Skip, int]]:
    """JSONL (gzipped when ``gz``), streaming, with the number of bytes read from the file on disk
    after each record (for progress bars). Same records and skips as :func:`iter_jsonl`."""
    import gzip
    import zlib

    try:
        raw = open(path, "rb")
    except OSError as err:
        yield Skip(path, _os_reason(err), path, whole_file=True), 0
        return
    with raw:
        try:
            stream = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw
            head = stream.read(8192)
            stream.seek(0)
        except (OSError, EOFError, zlib.error) as err:
            why = ("not a gzip file" if isinstance(err, gzip.BadGzipFile)
                   else _os_reason(err) if isinstance(err, OSError) else str(err))
            yield Skip(path, f"cannot read it ({why})" if gz else why, path, whole_file=True), 0
            return
        if not head:
            yield Skip(path, "empty file", path, whole_file=True), 0
            return
        bad = sniff_binary(head)
        if bad:
            yield Skip(path, bad, path, whole_file=True), 0
            return
        try:
            for rec in _jsonl_records(_binary_lines(stream), file=path, stem=jsonl_stem(path)):
                yield rec, raw.tell()
        except (OSError, EOFError, zlib.error) as err:
            why = (_os_reason(err) if isinstance(err, OSError) and not isinstance(err, gzip.BadGzipFile)
                   else str(err) or type(err).__name__)
            yield Skip(path, f"stopped reading: {why}", path, whole_file=True), raw.tell()


def _text_lines(stream: TextIO) -> Iterator[tuple[int, str | None, str | None]]:
    n = 0
    while True:
        try:
            chunk = stream.readline(MAX_LINE_BYTES + 1)
        except UnicodeDecodeError as err:
            yield n + 1, None, (f"not UTF-8 text (invalid byte 0x{err.object[err.start]:02x}); "
                                f"{_ICONV_HINT}; the rest of stdin was not read")
            return
        if not chunk:
            return
        n += 1
        if len(chunk) > MAX_LINE_BYTES and not chunk.endswith("\n"):
            size = len(chunk)
            while chunk and not chunk.endswith("\n"):
                chunk = stream.readline(MB)
                size += len(chunk)
            yield n, None, too_large(size, "one JSONL line").replace("file too large", "line too large")
            continue
        if n == 1 and chunk.startswith("\ufeff"):
            chunk = chunk[1:]
        yield n, chunk, None


def iter_stdin(stream: TextIO) -> Iterator[Raw | Skip]:
    """JSONL from ``stream``. When it has a binary ``.buffer`` (like ``sys.stdin``) that is
    read instead, so each line is decoded on its own: one bad line is skipped, not the rest."""
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None and hasattr(buffer, "readline"):
            lines = _binary_lines(buffer)
        else:
            lines = _text_lines(stream)
        yield from _jsonl_records(lines, file=STDIN_LABEL, stem="stdin")
    except (OSError, ValueError) as err:  # closed or unreadable stream
        yield Skip(STDIN_LABEL, f"cannot read stdin ({err})", STDIN_LABEL, whole_file=True)


# ---------------------------------------------------------------------------- directories

READERS = {"txt": iter_txt, "html": iter_html, "json": iter_json, "jsonl": iter_jsonl}


def kind_of(path: str) -> str | None:
    return SUFFIXES.get(Path(path).suffix.lower())


def walk_dir(root: str) -> tuple[list[str], list[str], list[Skip]]:
    """``(known, ignored, problems)``: files with known suffixes (sorted by relative path),
    files with unknown suffixes, unreadable sub-directories. Hidden entries (".git",
    ".DS_Store") are skipped silently; symlinked directories are not followed."""
    known: list[tuple[tuple[str, ...], str]] = []
    ignored: list[str] = []
    problems: list[Skip] = []

    def onerror(err: OSError) -> None:
        where = err.filename or root
        why = "permission denied" if isinstance(err, PermissionError) else (err.strerror or str(err))
        problems.append(Skip(where, f"cannot read directory ({why})", where))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            if kind_of(name):
                known.append((Path(os.path.relpath(full, root)).parts, full))
            else:
                ignored.append(full)
    return [full for _, full in sorted(known)], sorted(ignored), problems


# ---------------------------------------------------------------------------- metadata

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.,]+\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?)?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})")


def normalise_date(value: object) -> tuple[str | None, str | None]:
    """``(iso_date, problem)``: "YYYY-MM-DD" from ISO strings, "14 March 2026",
    "March 14, 2026", RFC 2822 dates etc. (via ``dateutil.parser``). A time and a zone are
    dropped without conversion (the date as the publisher wrote it). Incomplete
    ("March 2026") or ambiguous ("03/04/2026") dates give ``None`` and a problem."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if not isinstance(value, str):
        return None, f"published date {value!r} ignored (expected a date string)"
    s = value.strip()
    m = _ISO_DATE.fullmatch(s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat(), None
        except ValueError:
            return None, f"published date {s!r} is not a valid date; left empty"
    m = _NUMERIC_DATE.fullmatch(s)
    if m and int(m[1]) <= 12 and int(m[2]) <= 12 and m[1] != m[2]:
        return None, f"published date {s!r} is ambiguous (day/month order); use YYYY-MM-DD"
    from dateutil import parser as dateparser

    for fuzzy in (False, True):
        try:
            a = dateparser.parse(s, default=datetime(2000, 1, 1), fuzzy=fuzzy)
            b = dateparser.parse(s, default=datetime(2001, 2, 2), fuzzy=fuzzy)
        except Exception:  # ParserError/OverflowError, and dateutil has had odder ones
            continue
        if a.date() != b.date():
            return None, f"published date {s!r} is incomplete (needs day, month and year); left empty"
        if not 1800 <= a.year <= 2200:
            break
        return a.date().isoformat(), None
    return None, f"published date {s!r} not understood; left empty"


def host_of(url: str | None) -> str:
    """``"bbc.co.uk"`` from ``"https://www.bbc.co.uk/news/..."``, else ""."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")
