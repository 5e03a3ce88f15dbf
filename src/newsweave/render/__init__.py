"""Render a briefing (the plain dict of :mod:`newsweave.schema`) as JSON, Markdown or HTML.

``render(briefing, fmt)`` returns the text; ``format_for_path(path)`` guesses the format from a
file name (``.json``, ``.md``/``.markdown``, ``.html``/``.htm``) or returns ``None``.
``RENDERERS`` maps each format name to a ``fn(briefing: dict) -> str``; add one to support a
new format.
"""

from __future__ import annotations

import os
from typing import Callable

from . import html as _html
from . import json as _json
from . import markdown as _markdown

Renderer = Callable[[dict], str]

RENDERERS: dict[str, Renderer] = {
    "json": _json.render,
    "md": _markdown.render,
    "html": _html.render,
}

_SUFFIXES = {
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}

__all__ = ["RENDERERS", "render", "format_for_path"]


def render(briefing: dict, fmt: str) -> str:
    """Render ``briefing`` in format ``fmt`` (a key of :data:`RENDERERS`)."""
    try:
        fn = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown output format {fmt!r} (choose from: {', '.join(RENDERERS)})") from None
    return fn(briefing)


def format_for_path(path: str | os.PathLike) -> str | None:
    """The format for an output file name by its suffix (case-insensitive), else ``None``."""
    return _SUFFIXES.get(os.path.splitext(os.fspath(path))[1].lower())
