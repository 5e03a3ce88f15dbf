"""The one record that flows out of the read stage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    """One news report, cleaned.

    ``text`` is the cleaned text every offset in the briefing points into;
    ``dropped`` lists the page leftovers removed from it (nothing is lost silently).
    ``published`` is an ISO date (``YYYY-MM-DD``) or ``None`` when unknown.
    ``input`` names where it came from (``path`` or ``path:line``).
    """

    id: str
    text: str
    source: str = ""
    title: str = ""
    url: str | None = None
    published: str | None = None
    dropped: list[str] = field(default_factory=list)
    input: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Article":
        return cls(**{k: d[k] for k in cls.__dataclass_fields__ if k in d})
