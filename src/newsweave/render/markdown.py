"""Markdown output: a readable, sourced briefing in CommonMark/GFM.

Order: summary (each sentence followed by reference markers ``[n]``), timeline, disputes (one
table per dispute: party | position | source), who said what (grouped by speaker), claims,
figures (and figure groups), places, entities, notes (skipped inputs, duplicates, dropped
lines), sources (the numbered references ``[n] Outlet, Title, date, doc id, chars a–b`` and the
list of documents).

All text taken from articles is escaped so that it renders literally (no HTML, no emphasis,
no links) and table cells escape ``|``.

The small formatting helpers here (``fmt_value``, ``fmt_range``, ``speaker_key`` ...) are shared
with the HTML renderer.
"""

from __future__ import annotations

import re

__all__ = ["render"]

_WS = re.compile(r"\s+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#!])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])(?=\s|$)")


# ---------------------------------------------------------------- helpers shared with html.py

def one_line(s) -> str:
    """Collapse all whitespace (including newlines) to single spaces."""
    return _WS.sub(" ", str(s or "")).strip()


def fmt_number(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)) and float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    if isinstance(v, float):
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return str(v)


def fmt_range(lo, hi) -> str:
    """``12``, ``4,000–5,000``; empty when both are missing."""
    if lo is None and hi is None:
        return ""
    if lo is None or hi is None or lo == hi:
        return fmt_number(lo if lo is not None else hi)
    return f"{fmt_number(lo)}–{fmt_number(hi)}"


def fmt_value(fig: dict) -> str:
    """A figure's value with its qualifier: ``at least 12``, ``between 4,000–5,000``."""
    rng = fmt_range(fig.get("value"), fig.get("value_max"))
    if not rng:
        return one_line(fig.get("text"))
    q = one_line(fig.get("qualifier"))
    lo, hi = fig.get("value"), fig.get("value_max")
    if q.lower() in ("between", "from") and lo is not None and hi is not None and lo != hi:
        return f"{q} {fmt_number(lo)} {'and' if q.lower() == 'between' else 'to'} {fmt_number(hi)}"
    return f"{q} {rng}" if q else rng


def party_name(party, entities: dict | None = None, default: str = "", *, canonical: bool = False) -> str:
    """The display name of a ``{name, entity}`` party (falls back to the entity's name).

    ``canonical``: a party linked to a person shows that person's merged name, so one speaker
    reads the same in every row ("Col Ruben Askel" and "Ruben Askell" are one man)."""
    if not party:
        return default
    name = party.get("name")
    ent = (entities or {}).get(party.get("entity"))
    if canonical and ent and ent.get("type") == "PERSON":
        name = ent.get("name") or name
    if not name and entities and party.get("entity") in entities:
        name = entities[party["entity"]].get("name")
    return one_line(name) or default


def speaker_key(quote: dict) -> str:
    sp = quote.get("speaker") or {}
    if sp.get("entity"):
        return "e:" + str(sp["entity"])
    if sp.get("name"):
        return "n:" + one_line(sp["name"]).lower()
    return "unattributed"


def group_quotes(quotes: list[dict], entities: dict) -> list[dict]:
    """Quotes grouped by speaker (entity id, else name), biggest group first, unattributed last.

    Each group: ``{"key", "name", "roles": [..], "entity", "quotes": [..]}``.
    """
    groups: dict[str, dict] = {}
    for q in quotes:
        key = speaker_key(q)
        sp = q.get("speaker") or {}
        g = groups.get(key)
        if g is None:
            ent = entities.get(sp.get("entity")) if sp.get("entity") else None
            name = (ent or {}).get("name") or one_line(sp.get("name")) or "Unattributed"
            g = groups[key] = {"key": key, "name": name, "entity": sp.get("entity"), "roles": [],
                               "quotes": []}
        role = one_line(sp.get("role"))
        if role and role not in g["roles"]:
            g["roles"].append(role)
        g["quotes"].append(q)
    return sorted(groups.values(),
                  key=lambda g: (g["key"] == "unattributed", -len(g["quotes"]), g["name"].lower()))


def fmt_date(date, precision: str | None = None) -> str:
    return str(date) if date else ""


def doc_index(briefing: dict) -> dict[str, dict]:
    return {d.get("id"): d for d in briefing.get("documents") or []}


def entity_index(briefing: dict) -> dict[str, dict]:
    return {e.get("id"): e for e in briefing.get("entities") or []}


def entity_names(ids, entities: dict) -> list[str]:
    return [one_line(entities[i].get("name")) if i in entities else str(i) for i in ids or []]


# ---------------------------------------------------------------- escaping

def esc(s) -> str:
    """Escape text so Markdown shows it literally (one line)."""
    s = one_line(s)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    return _ENTITY_LIKE.sub(r"\\&", s)


def cell(s) -> str:
    """Text for a table cell (pipes are escaped by :func:`esc`)."""
    return esc(s) or " "


def _url(u) -> str:
    if u and re.fullmatch(r"https?://[^\s<>]+", u):
        return f"<{u}>"
    return esc(u) if u else ""


# ---------------------------------------------------------------- references

class _Refs:
    """Numbered references: one number per distinct (doc, start, end), in order of first use."""

    def __init__(self, docs: dict):
        self.docs = docs
        self.order: list[tuple] = []
        self.num: dict[tuple, int] = {}

    def mark(self, citations) -> str:
        out = []
        for c in citations or []:
            key = (c.get("doc"), c.get("start"), c.get("end"))
            if key not in self.num:
                self.order.append(key)
                self.num[key] = len(self.order)
            out.append(f"[{self.num[key]}]")
        return " ".join(out)

    def lines(self) -> list[str]:
        out = []
        for i, (doc, start, end) in enumerate(self.order, 1):
            out.append(f"{i}. {where(self.docs, doc, start, end)}")
        return out


def where(docs: dict, doc, start=None, end=None, short: bool = False) -> str:
    """``Outlet, “Title”, date, doc id, chars a–b`` (escaped)."""
    d = docs.get(doc) or {}
    parts = [esc(d.get("source")) or "(unknown outlet)"]
    if not short:
        if d.get("title"):
            parts.append(f"“{esc(d['title'])}”")
        if d.get("published"):
            parts.append(esc(d["published"]))
    parts.append(f"doc {esc(doc)}")
    if start is not None and end is not None:
        parts.append(f"chars {start}–{end}")
    return ", ".join(parts)


# ---------------------------------------------------------------- sections

def _summary(b, refs) -> list[str]:
    sents = b.get("summary") or []
    if not sents:
        return ["_No summary._"]
    parts = [f"{esc(s.get('text'))} {refs.mark(s.get('citations'))}".strip() for s in sents]
    return [_start_safe(" ".join(parts))]


def _start_safe(line: str) -> str:
    # Text is already escaped; only a line-start list/quote marker could still be special.
    m = _LINE_START.match(line)
    if not m:
        return line
    tok = m.group(2)
    fixed = tok[:-1] + "\\" + tok[-1] if tok[0].isdigit() else "\\" + tok
    return m.group(1) + fixed + line[m.end():]


def _timeline(b, refs, ents) -> list[str]:
    events = b.get("events") or []
    if not events:
        return ["_No dated events._"]
    out = []
    for ev in events:
        bits = [f"- **{esc(fmt_date(ev.get('date'), ev.get('precision')))}**"]
        text = esc(ev.get("summary"))
        if ev.get("background"):
            text = f"_(background)_ {text}"
        if ev.get("planned"):
            text = f"_(planned)_ {text}"
        bits.append(f"— {text}")
        extra = []
        if ev.get("actors"):
            extra.append("who: " + ", ".join(esc(n) for n in entity_names(ev["actors"], ents)))
        if ev.get("places"):
            extra.append("where: " + ", ".join(esc(n) for n in entity_names(ev["places"], ents)))
        if ev.get("sources"):
            extra.append(", ".join(esc(s) for s in ev["sources"]))
        if extra:
            bits.append("(" + "; ".join(extra) + ")")
        bits.append(refs.mark(ev.get("citations")))
        out.append(" ".join(x for x in bits if x))
    return out


def _disputes(b, refs, ents, docs) -> list[str]:
    disputes = b.get("disputes") or []
    if not disputes:
        return ["_No disputes found._"]
    out = []
    for dis in disputes:
        positions = dis.get("positions") or []
        camps = any(p.get("camp") for p in positions)
        out += [f"### {esc(dis.get('topic')) or 'Dispute'}", "",
                "| Side | Party | Position | Source |" if camps else "| Party | Position | Source |",
                "| --- | --- | --- | --- |" if camps else "| --- | --- | --- |"]
        for pos in positions:
            cites = pos.get("citations") or []
            src = "; ".join(f"{refs.mark([c])} {esc((docs.get(c.get('doc')) or {}).get('source'))}".strip()
                            for c in cites)
            side = f"| {cell(pos.get('camp') or ' ')} " if camps else ""
            out.append(f"{side}| {cell(party_name(pos.get('party'), ents, 'Unnamed'))} | "
                       f"{cell(pos.get('claim'))} | {src or ' '} |")
        for note in dis.get("notes") or []:
            out += ["", f"_Reporter’s note:_ {esc(note.get('text'))} {refs.mark([note])}"]
        out.append("")
    return out[:-1]


def _quote_line(q, docs) -> str:
    kind = q.get("kind")
    text = esc(q.get("text"))
    if kind == "direct":
        body = f"“{text}”"
    elif kind == "partial":
        body = f"“{text}” _(partial)_"
    else:
        body = f"{text} _(reported)_"
    return f"- {body} — {where(docs, q.get('doc'), q.get('start'), q.get('end'), short=True)}"


def _quotes(b, ents, docs) -> list[str]:
    quotes = b.get("quotes") or []
    if not quotes:
        return ["_No quotes found._"]
    out = []
    for g in group_quotes(quotes, ents):
        head = esc(g["name"])
        if g["roles"]:
            head += f" ({esc(', '.join(g['roles']))})"
        out += [f"### {head}", ""]
        out += [_quote_line(q, docs) for q in g["quotes"]]
        out.append("")
    return out[:-1]


STANCE_VERBS = {"intention": "wants / intends", "support": "supports", "opposition": "opposes",
                "belief": "believes", "perception": "sees / expects", "topic": "spoke about"}


def group_stances(stances: list[dict], entities: dict) -> list[dict]:
    """Stances grouped by holder like quotes by speaker (``group_quotes``; items under "quotes")."""
    return group_quotes([{**s, "speaker": s.get("holder")} for s in stances], entities)


def _stance_line(s, docs) -> str:
    kind = s.get("kind") or ""
    verb = STANCE_VERBS.get(kind, kind)
    neg = "not " if s.get("negated") else ""
    cue = esc(one_line((s.get("cue") or {}).get("text")))
    return (f"- _{neg}{verb}_ ({cue}): {esc(s.get('text'))} — "
            f"{where(docs, s.get('doc'), s.get('start'), s.get('end'), short=True)}")


def _stances(b, ents, docs) -> list[str]:
    """Compact: one line per stance, grouped by holder (no roles repeated: see Who said what)."""
    stances = b.get("stances") or []
    if not stances:
        return ["_No stances found._"]
    out = []
    for g in group_stances(stances, ents):
        out += [f"- **{esc(g['name'])}**"]
        out += ["  " + _stance_line(s, docs) for s in g["quotes"]]
    return out


def _claims(b, ents, docs) -> list[str]:
    claims = b.get("claims") or []
    if not claims:
        return ["_No claims found._"]
    out = ["| Claimant | Claim | Source |", "| --- | --- | --- |"]
    for c in claims:
        out.append(f"| {cell(party_name(c.get('claimant'), ents, 'Unnamed', canonical=True))} | {cell(c.get('text'))} | "
                   f"{where(docs, c.get('doc'), c.get('start'), c.get('end'), short=True)} |")
    return out


def _figures(b, ents, docs) -> list[str]:
    figs = b.get("figures") or []
    if not figs:
        return ["_No figures found._"]
    out = ["| Value | Kind | What | Place | Reported by | As of | Source |",
           "| ---: | --- | --- | --- | --- | --- | --- |"]
    for f in figs:
        out.append("| " + " | ".join([
            cell(fmt_value(f)), cell(f.get("kind")), cell(f.get("what")), cell(f.get("place")),
            cell(party_name(f.get("reported_by"), ents)), cell(f.get("as_of")),
            where(docs, f.get("doc"), f.get("start"), f.get("end"), short=True),
        ]) + " |")
    groups = b.get("figure_groups") or []
    if groups:
        out += ["", "### Figure groups", "",
                "| What | Kind | Place | Range | Conservative | Spread | Figures |",
                "| --- | --- | --- | ---: | ---: | --- | --- |"]
        for g in groups:
            out.append("| " + " | ".join([
                cell(g.get("what")), cell(g.get("kind")), cell(g.get("place")),
                cell(fmt_range(g.get("min"), g.get("max"))), cell(fmt_number(g.get("conservative"))),
                cell(g.get("spread")), cell(", ".join(str(x) for x in g.get("figures") or [])),
            ]) + " |")
    return out


def _places(b) -> list[str]:
    places = b.get("places") or []
    if not places:
        return ["_No places located._"]
    out = ["| Place | Country | Latitude | Longitude |", "| --- | --- | ---: | ---: |"]
    for p in places:
        out.append(f"| {cell(p.get('name'))} | {cell(p.get('country'))} | "
                   f"{p.get('lat', 0):.4f} | {p.get('lon', 0):.4f} |")
    return out


def _entities(b) -> list[str]:
    ents = b.get("entities") or []
    if not ents:
        return ["_No entities found._"]
    out = ["| Name | Type | Also called | Roles | Mentions | Documents |",
           "| --- | --- | --- | --- | ---: | --- |"]
    for e in ents:
        out.append("| " + " | ".join([
            cell(e.get("name")), cell(e.get("type")), cell(", ".join(e.get("aliases") or [])),
            cell(", ".join(e.get("roles") or [])), str(e.get("mentions", "")),
            cell(", ".join(e.get("documents") or [])),
        ]) + " |")
    return out


def _notes(b, docs) -> list[str]:
    out = []
    skipped = b.get("skipped") or []
    if skipped:
        out += ["**Skipped inputs**", ""]
        out += [f"- {esc(s.get('input'))}: {esc(s.get('reason'))}" for s in skipped]
        out.append("")
    dups = b.get("duplicates") or []
    if dups:
        out += ["**Duplicates (left out)**", ""]
        for d in dups:
            of = d.get("duplicate_of")
            src = (docs.get(of) or {}).get("source")
            out.append(f"- {esc(d.get('input'))} duplicates doc {esc(of)}" + (f" ({esc(src)})" if src else ""))
        out.append("")
    dropped = [d for d in b.get("documents") or [] if d.get("dropped")]
    if dropped:
        out += ["**Lines dropped while cleaning**", ""]
        for d in dropped:
            out.append(f"- doc {esc(d.get('id'))} ({esc(d.get('source'))}): {len(d['dropped'])} line"
                       f"{'s' if len(d['dropped']) != 1 else ''}")
            for line in d["dropped"]:
                t = one_line(line)
                if len(t) > 120:
                    t = t[:117] + "..."
                out.append(f"  - {esc(t)}")
        out.append("")
    return out[:-1] if out else ["_Nothing was skipped or dropped._"]


def _documents(b) -> list[str]:
    out = []
    for d in b.get("documents") or []:
        bits = [f"**{esc(d.get('id'))}**", esc(d.get("source")) or "(unknown outlet)"]
        if d.get("title"):
            bits.append(f"“{esc(d['title'])}”")
        bits.append(esc(d.get("published")) or "date unknown")
        if d.get("url"):
            bits.append(_url(d["url"]))
        out.append("- " + ", ".join(bits))
    return out or ["_No documents._"]


def render(briefing: dict) -> str:
    b = briefing
    docs, ents = doc_index(b), entity_index(b)
    refs = _Refs(docs)
    story = b.get("story") or {}
    title = esc(story.get("title")) or "Briefing"
    span = " – ".join(x for x in (story.get("start"), story.get("end")) if x)
    n_docs = len(b.get("documents") or [])
    sources = story.get("sources") or []
    meta = [span] if span else []
    meta.append(f"{n_docs} report{'s' if n_docs != 1 else ''}"
                + (f" from {', '.join(esc(s) for s in sources)}" if sources else ""))
    if b.get("generator"):
        meta.append(f"made by {esc(b['generator'])}")

    # Sections that use numbered references come first so numbers rise through the text.
    body: list[tuple[str, list[str]]] = [
        ("Summary", _summary(b, refs)),
        ("Timeline", _timeline(b, refs, ents)),
        ("Disputes", _disputes(b, refs, ents, docs)),
        ("Who said what", _quotes(b, ents, docs)),
        *([("Stances", _stances(b, ents, docs))] if "stances" in b else []),  # optional key
        ("Claims", _claims(b, ents, docs)),
        ("Figures", _figures(b, ents, docs)),
        ("Places", _places(b)),
        ("Entities", _entities(b)),
        ("Notes", _notes(b, docs)),
    ]
    out = [f"# {title}", "", "_" + " · ".join(meta) + "_", ""]
    for head, lines in body:
        out += [f"## {head}", "", *lines, ""]
    out += ["## Sources", ""]
    ref_lines = refs.lines()
    if ref_lines:
        out += ["References (outlet, title, date, document, character span in its cleaned text):", "",
                *ref_lines, ""]
    out += ["Documents:", "", *_documents(b), ""]
    return "\n".join(out)
