"""The briefing contract: a JSON Schema plus the checks JSON Schema cannot express.

``validate(briefing)`` checks the shape (``briefing.schema.json``, JSON Schema 2020-12) and
raises :class:`BriefingError` naming every problem by its path (``quotes[3].kind: ...``).
``check_offsets(briefing)`` checks that passages really are where they say they are and
returns a list of problems (empty when all is well); ``check_references(briefing)`` does the
same for ids that point at other items (entities, figures, documents).

Offsets are Python ``str`` indices (code points) into ``documents[i].text``.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

SCHEMA_ID = "newsweave/briefing@1"

__all__ = ["SCHEMA_ID", "BriefingError", "load_schema", "validate", "check_offsets",
           "check_references"]

# How many problems to spell out in one error message.
_MAX_LISTED = 20


class BriefingError(ValueError):
    """A briefing does not match the contract. ``problems`` lists each one (``path: message``)."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = self.problems[:_MAX_LISTED]
        more = len(self.problems) - len(shown)
        lines = [f"briefing does not match {SCHEMA_ID} ({len(self.problems)} problem"
                 f"{'s' if len(self.problems) != 1 else ''}):"]
        lines += [f"  - {p}" for p in shown]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))


@functools.cache
def _schema_text() -> str:
    return resources.files(__package__).joinpath("briefing.schema.json").read_text("utf-8")


def load_schema() -> dict:
    """The briefing JSON Schema as a fresh dict (safe to modify)."""
    return json.loads(_schema_text())


@functools.cache
def _validator():
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _path(parts) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def _short(instance) -> str:
    s = json.dumps(instance, ensure_ascii=False, default=str)
    return s if len(s) <= 60 else s[:57] + "..."


def _message(err) -> str:
    # jsonschema messages repeat the whole instance; keep them to one readable line.
    v = err.validator
    if v == "required":
        return err.message.split(" is a required property")[0] + " is missing"
    if v in ("type", "enum", "const", "pattern", "minimum", "maximum", "minLength", "minItems"):
        want = {"type": "should be of type", "enum": "should be one of",
                "const": "should be", "pattern": "should match",
                "minimum": "should be >=", "maximum": "should be <=",
                "minLength": "should have length >=", "minItems": "should have at least"}[v]
        got = _short(err.instance) if v != "minItems" else f"{len(err.instance)} item(s)"
        want_val = err.validator_value
        if v == "minItems":
            want_val = f"{want_val} item(s)"
        return f"{want} {_short(want_val) if v != 'minItems' else want_val}, got {got}"
    if v == "anyOf":
        # Pick the most specific sub-error (e.g. the date pattern rather than "not null").
        subs = sorted(err.context, key=lambda e: -len(e.path))
        for sub in subs:
            if sub.validator not in ("type",):
                return _message(sub)
        return f"{_short(err.instance)} is not valid here"
    return err.message if len(err.message) <= 160 else err.message[:157] + "..."


def validate(briefing: dict, *, offsets: bool = False) -> None:
    """Raise :class:`BriefingError` if ``briefing`` does not match the schema.

    With ``offsets=True`` also run :func:`check_offsets` and :func:`check_references`
    (only when the shape is valid) and raise on their problems too.
    """
    if not isinstance(briefing, dict):
        raise BriefingError([f"(top level): should be an object, got {type(briefing).__name__}"])
    errors = sorted(_validator().iter_errors(briefing),
                    key=lambda e: (list(map(str, e.absolute_path)), e.validator))
    problems = []
    for e in errors:
        p = f"{_path(e.absolute_path)}: {_message(e)}"
        if p not in problems:
            problems.append(p)
    if problems:
        raise BriefingError(problems)
    if offsets:
        problems = check_offsets(briefing) + check_references(briefing)
        if problems:
            raise BriefingError(problems)


def _docs(briefing: dict) -> dict[str, str]:
    out = {}
    for d in briefing.get("documents") or []:
        if isinstance(d, dict) and isinstance(d.get("id"), str):
            out[d["id"]] = d.get("text") if isinstance(d.get("text"), str) else ""
    return out


def _span_problem(where: str, docs: dict[str, str], item: dict) -> str | None:
    doc, start, end = item.get("doc"), item.get("start"), item.get("end")
    if doc not in docs:
        return f"{where}: unknown document {doc!r}"
    if not (isinstance(start, int) and isinstance(end, int)):
        return f"{where}: start/end should be integers, got {start!r}, {end!r}"
    n = len(docs[doc])
    if not 0 <= start <= end <= n:
        return f"{where}: span {start}-{end} is outside document {doc!r} (length {n})"
    return None


def _clip(s: str, n: int = 50) -> str:
    s = repr(s)
    return s if len(s) <= n else s[: n - 4] + "...'"


def check_offsets(briefing: dict) -> list[str]:
    """Problems with passages: ``documents[doc].text[start:end]`` must equal ``text`` for quotes,
    stances (and their cue), figures and claims; every citation (events, dispute positions, summary) must lie inside its
    document; a summary sentence's text must equal the passage of its first citation."""
    docs = _docs(briefing)
    problems: list[str] = []
    for key in ("quotes", "stances", "figures", "claims"):
        for i, item in enumerate(briefing.get(key) or []):
            where = f"{key}[{i}]" + (f" ({item.get('id')})" if item.get("id") else "")
            p = _span_problem(where, docs, item)
            if p:
                problems.append(p)
                continue
            got = docs[item["doc"]][item["start"]:item["end"]]
            if got != item.get("text"):
                problems.append(f"{where}: text {_clip(item.get('text'))} != document "
                                f"{item['doc']!r}[{item['start']}:{item['end']}] {_clip(got)}")

    for i, st in enumerate(briefing.get("stances") or []):  # a stance's cue indexes its document
        cue = st.get("cue") if isinstance(st.get("cue"), dict) else {}
        where = f"stances[{i}].cue"
        p = _span_problem(where, docs, {**cue, "doc": st.get("doc")})
        if p:
            problems.append(p)
        elif docs[st["doc"]][cue["start"]:cue["end"]] != cue.get("text"):
            problems.append(f"{where}: text {_clip(cue.get('text'))} != document {st['doc']!r}"
                            f"[{cue['start']}:{cue['end']}] {_clip(docs[st['doc']][cue['start']:cue['end']])}")

    def cites(where: str, citations) -> None:
        for j, c in enumerate(citations or []):
            p = _span_problem(f"{where}.citations[{j}]", docs, c if isinstance(c, dict) else {})
            if p:
                problems.append(p)

    for i, ev in enumerate(briefing.get("events") or []):
        cites(f"events[{i}]", ev.get("citations"))
    for i, dis in enumerate(briefing.get("disputes") or []):
        for k, pos in enumerate(dis.get("positions") or []):
            cites(f"disputes[{i}].positions[{k}]", pos.get("citations"))
    for i, s in enumerate(briefing.get("summary") or []):
        where = f"summary[{i}]"
        before = len(problems)
        cites(where, s.get("citations"))
        first = (s.get("citations") or [None])[0]
        if first and len(problems) == before:
            got = docs[first["doc"]][first["start"]:first["end"]]
            if got != s.get("text"):
                problems.append(f"{where}: text {_clip(s.get('text'))} != its first citation "
                                f"{first['doc']!r}[{first['start']}:{first['end']}] {_clip(got)}")
    return problems


def check_references(briefing: dict) -> list[str]:
    """Problems with ids: entity ids (speakers, claimants, reporters, parties, event actors and
    places, places), figure ids in figure groups, document ids in entities."""
    ents = {e.get("id") for e in briefing.get("entities") or [] if isinstance(e, dict)}
    docs = set(_docs(briefing))
    figs = {f.get("id") for f in briefing.get("figures") or [] if isinstance(f, dict)}
    problems: list[str] = []

    def ent(where: str, eid) -> None:
        if eid is not None and eid not in ents:
            problems.append(f"{where}: unknown entity {eid!r}")

    for i, e in enumerate(briefing.get("entities") or []):
        for d in e.get("documents") or []:
            if d not in docs:
                problems.append(f"entities[{i}].documents: unknown document {d!r}")
    for i, q in enumerate(briefing.get("quotes") or []):
        ent(f"quotes[{i}].speaker.entity", (q.get("speaker") or {}).get("entity"))
    for i, st in enumerate(briefing.get("stances") or []):
        ent(f"stances[{i}].holder.entity", (st.get("holder") or {}).get("entity"))
    for i, c in enumerate(briefing.get("claims") or []):
        ent(f"claims[{i}].claimant.entity", (c.get("claimant") or {}).get("entity"))
    for i, f in enumerate(briefing.get("figures") or []):
        ent(f"figures[{i}].reported_by.entity", (f.get("reported_by") or {}).get("entity"))
    for i, g in enumerate(briefing.get("figure_groups") or []):
        for fid in g.get("figures") or []:
            if fid not in figs:
                problems.append(f"figure_groups[{i}].figures: unknown figure {fid!r}")
    for i, ev in enumerate(briefing.get("events") or []):
        for key in ("actors", "places"):
            for eid in ev.get(key) or []:
                ent(f"events[{i}].{key}", eid)
    for i, dis in enumerate(briefing.get("disputes") or []):
        for k, pos in enumerate(dis.get("positions") or []):
            ent(f"disputes[{i}].positions[{k}].party.entity", (pos.get("party") or {}).get("entity"))
    for i, p in enumerate(briefing.get("places") or []):
        ent(f"places[{i}].entity", p.get("entity"))
    return problems
