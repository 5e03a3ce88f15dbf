"""Read stage: news reports in various formats -> cleaned :class:`~newsweave.article.Article` s.

``read_inputs(inputs, stdin=None) -> ReadResult`` is the entry point. Inputs are paths to
``.txt``, ``.html``/``.htm``, ``.json``, ``.jsonl``/``.ndjson`` files, directories (read
recursively, sorted), or ``"-"`` for JSONL on stdin. See :mod:`newsweave.read.formats` for
the formats and :mod:`newsweave.read.clean` for the cleaning rules.

Policy for bad input:

* a path that does not exist always raises :class:`~newsweave.errors.InputError`;
* ONE named file that is unusable (empty, binary, not UTF-8, too large, no text, ...)
  raises ``InputError(path, reason)``;
* in a batch (a directory, several inputs, the lines of a JSONL file, the items of a JSON
  list) bad items are skipped and reported in ``skipped`` and ``warnings``;
* if nothing usable remains, ``InputError(first bad input, "no readable articles: ...")``.

Input files are only ever opened read-only.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from newsweave.article import Article
from newsweave.errors import InputError
from newsweave.read.clean import clean_text, fold
from newsweave.read.formats import (
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    READERS,
    STDIN_LABEL,
    SUFFIXES,
    BadFile,
    Raw,
    Skip,
    extract_html,
    host_of,
    is_gz,
    iter_jsonl_file,
    iter_stdin,
    kind_of,
    normalise_date,
    walk_dir,
)

__all__ = [
    "ReadResult",
    "read_inputs",
    "read_one",
    "iter_read",
    "iter_articles",
    "ArticleStream",
    "build_article",
    "check_inputs",
    "Skip",
    "clean_text",
    "normalise_date",
    "MAX_FILE_BYTES",
    "MAX_LINE_BYTES",
    "SUFFIXES",
]

_KNOWN = ", ".join(sorted(SUFFIXES, key=list(SUFFIXES).index))
_TITLE_MAX = 150


@dataclass
class ReadResult:
    """What the read stage produced.

    ``articles``: cleaned, unique ids, exact duplicates removed, in input order.
    ``skipped``: ``{"input": "path" | "path:line" | "path#n", "reason": str}``.
    ``duplicates``: ``{"input": ..., "duplicate_of": <id of the kept article>}``.
    ``warnings``: one line each, ``"<where>: <what>"`` -- skipped items, duplicates,
    ignored files and unusable metadata (dates, non-string fields).
    """

    articles: list[Article] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_inputs(inputs: Iterable[str] | str) -> tuple[list[str], bool]:
    """The inputs as strings, and whether they name one single file (whose problems are then
    errors, not skips). A path that does not exist is always an error."""
    inputs = [inputs] if isinstance(inputs, str) else [str(i) for i in inputs]
    if not inputs:
        raise InputError("input", "no input given (name files, directories or - for stdin)")
    for inp in inputs:
        if inp != "-" and not os.path.exists(inp):
            raise InputError(inp, "no such file or directory")
    return inputs, len(inputs) == 1 and inputs[0] != "-" and not os.path.isdir(inputs[0])


def read_inputs(inputs: Iterable[str] | str, stdin: TextIO | None = None) -> ReadResult:
    """Read every input; see the module docstring for formats and the bad-input policy.

    ``stdin`` is the stream ``"-"`` reads (default ``sys.stdin``).
    Raises :class:`InputError` as described above; nothing else escapes.
    """
    inputs, single = check_inputs(inputs)
    result = ReadResult()
    first_bad: list[Skip] = []
    for item in iter_read(inputs, stdin, result):
        if isinstance(item, Skip):
            if single and item.whole_file:
                raise InputError(item.file, item.reason)
            first_bad.append(item)
    if not result.articles:
        if first_bad:
            bad = first_bad[0]
            more = f" (and {len(first_bad) - 1} more skipped)" if len(first_bad) > 1 else ""
            raise InputError(bad.file, f"no readable articles: {bad.reason}{more}")
        raise InputError(inputs[0], "no readable articles")
    return result


def read_one(path: str) -> list[Article]:
    """Articles of one file or directory (``read_inputs([path]).articles``)."""
    return read_inputs([path]).articles


def iter_read(inputs: list[str], stdin: TextIO | None, result: ReadResult) -> Iterator[Article | Skip]:
    """Streaming core of :func:`read_inputs`: yields each kept Article and each Skip as
    it is produced, while filling ``result`` (articles, skipped, duplicates, warnings).
    Does not apply the "one bad named file raises" policy; :func:`read_inputs` does."""
    kept_by_text: dict[str, Article] = {}
    used_ids: set[str] = set()
    for item in _records(inputs, stdin, result.warnings):
        if isinstance(item, Raw):
            item = build_article(item, result.warnings)
        if isinstance(item, Skip):
            result.skipped.append({"input": item.input, "reason": item.reason})
            result.warnings.append(item.warning)
            yield item
            continue
        art = item
        key = fold(art.text)
        first = kept_by_text.get(key)
        if first is not None:
            result.duplicates.append({"input": art.input, "duplicate_of": first.id})
            result.warnings.append(
                f"{art.input}: duplicate of article '{first.id}' ({first.input}), same text; not used")
            continue
        wanted = art.id
        if wanted in used_ids:
            k = 2
            while f"{wanted}-{k}" in used_ids:
                k += 1
            art.id = f"{wanted}-{k}"  # documented behaviour, not worth a warning line
        used_ids.add(art.id)
        kept_by_text[key] = art
        result.articles.append(art)
        yield art


# ---------------------------------------------------------------------------- streaming

class ArticleStream:
    """Every article of ``inputs``, one at a time, cleaned, for archives of any size.

    Unlike :func:`read_inputs` nothing is kept: no de-duplication (the archive does that by
    content hash), no id renaming, and ``.jsonl.gz``/``.ndjson.gz`` files are read too (also
    inside directories). Iterating yields :class:`~newsweave.article.Article` and
    :class:`~newsweave.read.formats.Skip` items; metadata warnings and ignored files go to
    ``warn``. ``done``/``total``: bytes read so far out of the inputs' size on disk (``total``
    is None when stdin is among the inputs), for progress bars. Skips are not raised: the
    caller applies the bad-input policy (see :func:`check_inputs`).
    """

    def __init__(self, inputs: Iterable[str] | str, stdin: TextIO | None = None, warn=None):
        inputs = [inputs] if isinstance(inputs, str) else [str(i) for i in inputs]
        self.inputs, self.stdin = inputs, stdin
        self.warn = warn or (lambda msg: None)
        self.plan: list[tuple[str, str]] = []  # (kind, path)
        self.problems: list[Skip] = []
        known_names = _KNOWN + ", .jsonl.gz"
        for inp in inputs:
            if inp == "-":
                self.plan.append(("stdin", inp))
            elif os.path.isdir(inp):
                known, ignored, problems = walk_dir(inp)
                self.problems.extend(problems)
                gz = [p for p in ignored if is_gz(p)]
                ignored = [p for p in ignored if not is_gz(p)]
                if ignored:
                    names = ", ".join(os.path.relpath(p, inp) for p in ignored[:3]) + (", ..." if len(ignored) > 3 else "")
                    self.warn(f"{inp}: ignored {len(ignored)} file(s) with unknown suffixes ({names})")
                files = sorted(known + gz, key=lambda p: Path(os.path.relpath(p, inp)).parts)
                if not files:
                    self.problems.append(Skip(inp, f"no article files ({known_names}) in it", inp, whole_file=True))
                self.plan.extend(("gz" if is_gz(p) else kind_of(p), p) for p in files)
            elif is_gz(inp):
                self.plan.append(("gz", inp))
            elif kind_of(inp):
                self.plan.append((kind_of(inp), inp))
            else:
                suffix = Path(inp).suffix or "(none)"
                self.problems.append(Skip(inp, f"unknown file type {suffix} (expected {known_names} or a directory)",
                                          inp, whole_file=True))
        self.total = None if any(k == "stdin" for k, _ in self.plan) else sum(_size(p) for _, p in self.plan) or 1
        self.done = 0

    def records(self) -> Iterator[Raw | Skip]:
        """The raw records (not yet cleaned), updating ``done``."""
        yield from self.problems
        for kind, path in self.plan:
            base = self.done
            if kind == "stdin":
                yield from iter_stdin(self.stdin if self.stdin is not None else sys.stdin)
            elif kind in ("jsonl", "gz"):
                for rec, pos in iter_jsonl_file(path, gz=kind == "gz"):
                    self.done = base + pos
                    yield rec
            else:
                yield from READERS[kind](path)
            self.done = base + _size(path)

    def __iter__(self) -> Iterator[Article | Skip]:
        warnings: list[str] = []
        for rec in self.records():
            item = build_article(rec, warnings) if isinstance(rec, Raw) else rec
            for w in warnings:
                self.warn(w)
            warnings.clear()
            yield item


def iter_articles(inputs: Iterable[str] | str, stdin: TextIO | None = None, warn=None) -> Iterator[Article | Skip]:
    """Stream the cleaned articles (and skipped items) of ``inputs``; see :class:`ArticleStream`.
    A path that does not exist raises :class:`InputError` before anything is read."""
    inputs, _ = check_inputs(inputs)
    return iter(ArticleStream(inputs, stdin, warn))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


# ---------------------------------------------------------------------------- internals

def _records(inputs: list[str], stdin: TextIO | None, warnings: list[str]) -> Iterator[Raw | Skip]:
    for inp in inputs:
        if inp == "-":
            stream = stdin if stdin is not None else sys.stdin
            if stream is None:
                raise InputError("-", "no stdin to read from")
            if stdin is None and _isatty(stream):
                raise InputError("-", "stdin is a terminal; pipe JSONL into it (e.g. cat news.jsonl | newsweave ... -)")
            yield from iter_stdin(stream)
        elif os.path.isdir(inp):
            known, ignored, problems = walk_dir(inp)
            yield from problems
            if ignored:
                names = ", ".join(os.path.relpath(p, inp) for p in ignored[:3])
                names += ", ..." if len(ignored) > 3 else ""
                what = "file with an unknown suffix" if len(ignored) == 1 else "files with unknown suffixes"
                warnings.append(f"{inp}: ignored {len(ignored)} {what} ({names})")
            if not known:
                yield Skip(inp, f"no article files ({_KNOWN}) in it", inp, whole_file=True)
            for path in known:
                yield from READERS[kind_of(path)](path)
        else:
            kind = kind_of(inp)
            if kind is None:
                suffix = Path(inp).suffix or "(none)"
                yield Skip(inp, f"unknown file type {suffix} (expected {_KNOWN} or a directory)",
                           inp, whole_file=True)
            else:
                yield from READERS[kind](inp)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def build_article(raw: Raw, warnings: list[str]) -> Article | Skip:
    """Raw record -> cleaned Article, or Skip when no text remains; metadata problems are
    appended to ``warnings``."""
    warnings.extend(raw.warnings)
    title, source, url, published, text = raw.title, raw.source, raw.url, raw.published, raw.text
    if text is None:
        try:
            page = extract_html(raw.html or "")
        except BadFile as err:
            return Skip(raw.input, f"{raw.prefix}{err}", raw.file, raw.whole_file)
        text = page["text"]
        title = title or page["title"]  # explicit JSON fields win over the page's metadata
        source = source or page["source"]
        url = url or page["url"]
        published = published or page["published"]

    cleaned, dropped = clean_text(text)
    if not cleaned:
        why = (f"no article text left after removing page leftovers ({len(dropped)} lines dropped)"
               if dropped else "no article text")
        return Skip(raw.input, f"{raw.prefix}{why}", raw.file, raw.whole_file)

    iso, problem = normalise_date(published)
    if problem:
        warnings.append(f"{raw.input}: {problem}")
    url = url.strip() if isinstance(url, str) and url.strip() else None
    return Article(
        id=_norm_id(raw.id) or _norm_id(raw.default_id) or "article",
        text=cleaned,
        source=_one_line(source) or host_of(url),
        title=_one_line(title) or _default_title(cleaned),
        url=url,
        published=iso,
        dropped=dropped,
        input=raw.input,
    )




def _one_line(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


def _norm_id(value: str | None) -> str:
    return re.sub(r"\s+", "-", value.strip()) if value else ""


def _default_title(text: str) -> str:
    """The first paragraph when it looks like a headline: one line, at most 150
    characters, not ending like a sentence fragment (. , ; :)."""
    first = text.split("\n\n", 1)[0]
    if "\n" in first or len(first) > _TITLE_MAX or first.endswith((".", ",", ";", ":")):
        return ""
    return first
