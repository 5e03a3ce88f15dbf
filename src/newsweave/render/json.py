"""JSON output: pretty-printed UTF-8 with a stable key order.

Top-level keys come in the contract's order (``schema``, ``generator``, ``story``, ...), then any
extra keys sorted by name; nested objects keep the order they were built in (deterministic).
"""

from __future__ import annotations

import json

ORDER = (
    "schema", "generator", "story", "summary", "events", "disputes", "quotes", "claims",
    "figures", "figure_groups", "entities", "places", "documents", "skipped", "duplicates",
)


def ordered(briefing: dict) -> dict:
    """A shallow copy of ``briefing`` with top-level keys in the stable order."""
    out = {k: briefing[k] for k in ORDER if k in briefing}
    for k in sorted(k for k in briefing if k not in out):
        out[k] = briefing[k]
    return out


def render(briefing: dict) -> str:
    return json.dumps(ordered(briefing), ensure_ascii=False, indent=2) + "\n"
