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
            item = _build(item, result.warnings)
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


def _build(raw: Raw, warnings: list[str]) -> Article | Skip:
    """Raw record -> cleaned Article, or Skip when no text remains."""
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
