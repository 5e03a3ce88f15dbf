"""HTML output: one self-contained file that works offline.

Inline CSS and JS, no external resources. Sections (by id): ``summary``, ``timeline``,
``disputes``, ``quotes``, ``claims``, ``figures``, ``map``, ``entities``, ``sources`` (plus
``notes`` when something was skipped). Every item links to its passage: a link
``<a class="cite" data-doc data-start data-end>`` goes to ``#doc-<id>`` without JS; with JS,
clicking it shows the document and wraps exactly ``text[start:end]`` in a ``<mark>``.

Safety: all article text goes through Jinja2 autoescaping; data for the script is JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc.

The map is an inline SVG (equirectangular projection, zoomed to the places' bounding box, with
a graticule). When the optional ``countryinfo`` package is installed its country outlines
(low resolution, Natural Earth style) and country names are drawn too, clipped to the view;
without it the map has the graticule only.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
from importlib import resources
from urllib.parse import quote as _urlquote

from markupsafe import Markup, escape

from .markdown import (STANCE_VERBS, doc_index, entity_index, fmt_number, fmt_range, fmt_value,
                       group_quotes, group_stances,
                       one_line, party_name)

__all__ = ["render", "svg_map"]

_TEMPLATES = "templates"


_CAMP_LABEL = {"government": "Government side", "opposition": "Opposition side"}


def dispute_sides(positions: list[dict]) -> list[dict]:
    """Columns of a dispute: one per camp when the positions have camps (so nine voices of two
    sides read as two columns), else one per position."""
    if not any(p.get("camp") for p in positions) or len(positions) <= 2:
        return [{"label": None, "camp": p.get("camp"), "positions": [p]} for p in positions]
    cols: dict = {}
    for p in positions:
        key = p.get("camp") or f"party:{p['party']}"
        cols.setdefault(key, {"label": _CAMP_LABEL.get(p.get("camp")), "camp": p.get("camp"),
                              "positions": []})["positions"].append(p)
    return list(cols.values())


@functools.cache
def _env():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsweave.render", _TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["num"] = fmt_number
    env.filters["frag"] = lambda s: _urlquote(str(s), safe="")
    env.filters["oneline"] = one_line
    return env


@functools.cache
def _asset(name: str) -> Markup:
    text = resources.files(__package__).joinpath(_TEMPLATES, name).read_text("utf-8")
    # The assets are ours; guard anyway against something closing the element early.
    assert "</style" not in text.lower() and "</script" not in text.lower(), name
    return Markup(text)


@functools.cache
def _script_hash() -> str:
    """CSP hash of the inline script exactly as the template writes it (newline, js, newline)."""
    digest = hashlib.sha256(("\n" + _asset("report.js") + "\n").encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def script_json(data) -> Markup:
    """JSON that is safe inside ``<script type="application/json">`` (no ``<``, ``>``, ``&``)."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    s = (s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
         .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return Markup(s)


def _parser_changes(text: str) -> bool:
    """True if the HTML parser would not give back ``text`` exactly from an escaped ``<pre>``
    (it turns CR/CRLF into LF and drops NUL); such texts are also sent as JSON so offsets hold."""
    return "\r" in text or "\x00" in text


# ---------------------------------------------------------------- map

_LAT_MAX = 85.0


def _fit(lo: float, hi: float, bound_lo, bound_hi) -> tuple[float, float]:
    """Slide (and if need be shrink) [lo, hi] to fit the bounds; longitudes: at most 360 wide."""
    if bound_lo is None:
        if hi - lo > 360:
            mid = (lo + hi) / 2
            lo, hi = mid - 180, mid + 180
        return lo, hi
    span = min(hi - lo, bound_hi - bound_lo)
    if lo < bound_lo:
        lo, hi = bound_lo, bound_lo + span
    if hi > bound_hi:
        lo, hi = bound_hi - span, bound_hi
    return lo, hi


def _lon_label(v: float) -> str:
    v = ((v + 180) % 360) - 180 if not -180 <= v <= 180 else v
    return _fmt_deg(v, "E", "W")


_GRATICULE_STEPS = (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 15, 20, 30, 45, 60)


def _fmt_deg(v: float, pos: str, neg: str) -> str:
    s = f"{abs(v):.2f}".rstrip("0").rstrip(".")
    return f"{s}°{pos if v > 0 else neg if v < 0 else ''}"


@functools.cache
def _countries() -> tuple[tuple, tuple]:
    """Country outlines and label points from the optional ``countryinfo`` package.

    Returns ``(rings, labels)``: rings are ``(((lon, lat), ...), bbox)``, labels are
    ``(name, lat, lon, area)``. Both empty when the package is missing.
    """
    try:
        from countryinfo import CountryInfo  # optional
        countries = CountryInfo.all()
    except Exception:  # not installed or a different API: graticule only
        return (), ()
    rings, labels = [], []
    for info in countries.values():
        info = info or {}
        geo = info.get("geoJSON") or {}
        for feat in geo.get("features") or []:
            g = feat.get("geometry") or {}
            polys = ([g.get("coordinates")] if g.get("type") == "Polygon"
                     else g.get("coordinates") if g.get("type") == "MultiPolygon" else [])
            for poly in polys or []:
                for ring in poly or []:
                    pts = tuple((float(p[0]), float(p[1])) for p in ring if len(p) >= 2)
                    if len(pts) < 3:
                        continue
                    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                    rings.append((pts, (min(xs), min(ys), max(xs), max(ys))))
        ll = info.get("latlng") or []
        if info.get("name") and len(ll) == 2 and all(isinstance(v, (int, float)) for v in ll):
            labels.append((info["name"], float(ll[0]), float(ll[1]), float(info.get("area") or 0)))
    return tuple(rings), tuple(sorted(labels, key=lambda x: -x[3]))


def svg_map(places: list[dict], width: int = 880, outlines: bool = True) -> Markup:
    """An inline SVG map of ``places`` ({name, lat, lon, country, entity}); empty if none."""
    pts = [p for p in places or [] if isinstance(p.get("lat"), (int, float))
           and isinstance(p.get("lon"), (int, float))]
    if not pts:
        return Markup("")
    # Places as (place, lat, lon); latitudes kept inside the drawable band.
    located = [(p, min(max(float(p["lat"]), -_LAT_MAX), _LAT_MAX), float(p["lon"])) for p in pts]
    lons = [lon for _, _, lon in located]
    # Across the antimeridian (Fiji and Samoa): shift western longitudes by 360 if that is tighter.
    shifted = [lon + 360 if lon < 0 else lon for lon in lons]
    if max(shifted) - min(shifted) < max(lons) - min(lons):
        located = [(p, lat, lon) for (p, lat, _), lon in zip(located, shifted)]
    lats = [lat for _, lat, _ in located]
    lons = [lon for _, _, lon in located]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    # Padding: 20% of the span each side, at least 0.6 degrees.
    pad_lat = max((lat1 - lat0) * 0.2, 0.6)
    pad_lon = max((lon1 - lon0) * 0.2, 0.6)
    lat0, lat1 = _fit(lat0 - pad_lat, lat1 + pad_lat, -_LAT_MAX, _LAT_MAX)
    lon0, lon1 = _fit(lon0 - pad_lon, lon1 + pad_lon, None, None)
    kx = max(math.cos(math.radians((lat0 + lat1) / 2)), 0.2)  # equirectangular, standard parallel
    # Keep the picture between 2:1 and about 8:5 by widening the narrow dimension.
    min_h, max_h = width * 0.5, width * 0.62
    h = width * (lat1 - lat0) / ((lon1 - lon0) * kx)
    if h < min_h:
        extra = (min_h / width * (lon1 - lon0) * kx - (lat1 - lat0)) / 2
        lat0, lat1 = _fit(lat0 - extra, lat1 + extra, -_LAT_MAX, _LAT_MAX)
    elif h > max_h:
        extra = ((lat1 - lat0) / (max_h / width) / kx - (lon1 - lon0)) / 2
        lon0, lon1 = _fit(lon0 - extra, lon1 + extra, None, None)
    scale = width / ((lon1 - lon0) * kx)
    height = round((lat1 - lat0) * scale)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - lon0) * kx * scale, (lat1 - lat) * scale

    parts = [f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'role="img" aria-labelledby="map-title">',
             f'<title id="map-title">Map of {len(pts)} place{"s" if len(pts) != 1 else ""} '
             f'({_fmt_deg(lat0, "N", "S")}–{_fmt_deg(lat1, "N", "S")}, '
             f'{_lon_label(lon0)}–{_lon_label(lon1)})</title>',
             f'<defs><clipPath id="map-clip"><rect width="{width}" height="{height}"/></clipPath></defs>',
             f'<rect class="sea" width="{width}" height="{height}"/>',
             '<g clip-path="url(#map-clip)">']
    # Places: a dot and a label each; labels try four spots to avoid overlapping each other.
    boxes: list[tuple[float, float, float, float]] = []
    place_parts: list[str] = []

    def free(b) -> bool:
        return (b[0] >= 0 and b[2] <= width and b[1] >= 0 and b[3] <= height
                and all(b[2] < o[0] or b[0] > o[2] or b[3] < o[1] or b[1] > o[3] for o in boxes))

    for _, lat, lon in located:
        x, y = xy(lon, lat)
        boxes.append((x - 5, y - 5, x + 5, y + 5))
    for p, lat, lon in sorted(located, key=lambda t: (-t[1], t[2])):
        x, y = xy(lon, lat)
        name = one_line(p.get("name"))
        tw = 7.2 * len(name) + 4
        spots = [(x + 8, y + 4, "start"), (x - 8, y + 4, "end"), (x, y - 10, "middle"),
                 (x, y + 18, "middle")]
        chosen = spots[0]
        for tx, ty, anchor in spots:
            bx0 = tx if anchor == "start" else tx - tw if anchor == "end" else tx - tw / 2
            b = (bx0, ty - 12, bx0 + tw, ty + 3)
            if free(b):
                chosen = (tx, ty, anchor)
                boxes.append(b)
                break
        else:
            if x + 8 + tw > width:
                chosen = (x - 8, y + 4, "end")
        tip = f"{name}" + (f", {one_line(p.get('country'))}" if p.get("country") else "") + \
              f" ({_fmt_deg(p['lat'], 'N', 'S')}, {_fmt_deg(p['lon'], 'E', 'W')})"
        href = f"#entity-{_urlquote(str(p['entity']), safe='')}" if p.get("entity") else None
        dot = (f'<circle class="place-dot" cx="{x:.1f}" cy="{y:.1f}" r="5"/>'
               f'<text class="place-label" x="{chosen[0]:.1f}" y="{chosen[1]:.1f}" '
               f'text-anchor="{chosen[2]}">{escape(name)}</text>')
        inner = f"<title>{escape(tip)}</title>{dot}"
        place_parts.append(f'<a class="place" href="{escape(href)}">{inner}</a>' if href
                     else f'<g class="place">{inner}</g>')
    # Country borders and coastlines (optional), simplified to ~1px, clipped by the clipPath.
    # Drawn as lines only: the low-resolution data lacks a few countries, so no land fill.
    rings, country_labels = _countries() if outlines else ((), ())
    if rings:
        d = []
        mx0, my0, mx1, my1 = lon0 - 1, lat0 - 1, lon1 + 1, lat1 + 1  # rings touching the view
        shifts = [k for k in (-360, 0, 360) if lon0 < 180 + k + 1e-9 and lon1 > -180 + k - 1e-9]
        for ring, (bx0, by0, bx1, by1) in rings:
            if by1 < my0 or by0 > my1:
                continue
            for k in shifts:
                if bx1 + k < mx0 or bx0 + k > mx1:
                    continue
                seg, last = [], None
                for lon, lat in ring:
                    x, y = xy(lon + k, lat)
                    if last is None or abs(x - last[0]) + abs(y - last[1]) >= 1.2:
                        seg.append(f"{x:.1f} {y:.1f}")
                        last = (x, y)
                if len(seg) >= 3:
                    d.append("M" + "L".join(seg) + "Z")
        if d:
            parts.append(f'<path class="border" d="{"".join(d)}"/>')
        shown = 0
        for name, lat, lon, _area in country_labels:  # biggest first, never over a place
            if shown >= 24:
                break
            x, y = next((xy(lon + k, lat) for k in shifts
                         if 0 <= xy(lon + k, lat)[0] <= width), xy(lon, lat))
            tw = 9.5 * len(name) + 8
            b = (x - tw / 2, y - 11, x + tw / 2, y + 3)
            if free(b):
                boxes.append(b)
                parts.append(f'<text class="country-label" x="{x:.1f}" y="{y:.1f}" '
                             f'text-anchor="middle">{escape(name)}</text>')
                shown += 1
    # Graticule: a "nice" step giving a handful of lines across the larger span.
    span = max(lat1 - lat0, (lon1 - lon0) * kx)
    step = next((s for s in _GRATICULE_STEPS if span / s <= 8), 90)
    lon_step = next((s for s in _GRATICULE_STEPS if s >= step and (lon1 - lon0) / s <= 10), 90)
    lines, labels = [], []
    v = math.ceil(lat0 / step) * step
    while v <= lat1 + 1e-9:
        _, y = xy(lon0, v)
        lines.append(f"M0 {y:.1f}H{width}")
        labels.append(f'<text class="grat-label" x="4" y="{y - 3:.1f}">{_fmt_deg(v, "N", "S")}</text>')
        v += step
    v = math.ceil(lon0 / lon_step) * lon_step
    while v <= lon1 + 1e-9:
        x, _ = xy(v, lat0)
        lines.append(f"M{x:.1f} 0V{height}")
        labels.append(f'<text class="grat-label" x="{x + 3:.1f}" y="{height - 4}">{_lon_label(v)}</text>')
        v += lon_step
    parts.append(f'<path class="graticule" d="{"".join(lines)}"/>')
    parts += labels
    parts.append("</g>")
    parts += place_parts
    parts.append("</svg>")
    return Markup("".join(parts))


# ---------------------------------------------------------------- context

def _cite(docs: dict, c: dict, label=None) -> dict:
    d = docs.get(c.get("doc")) or {}
    return {
        "doc": c.get("doc"), "start": c.get("start"), "end": c.get("end"),
        "source": d.get("source") or str(c.get("doc")),
        "label": label if label is not None else (d.get("source") or str(c.get("doc"))),
        "tip": f"{d.get('source') or '?'} — {one_line(d.get('title'))} "
               f"({c.get('doc')}, chars {c.get('start')}–{c.get('end')})",
    }


def _cites(docs: dict, citations) -> list[dict]:
    """Citation chips for one item; a second passage from the same outlet reads "Outlet (2)"."""
    out, seen = [], {}
    for c in citations or []:
        chip = _cite(docs, c)
        seen[chip["label"]] = seen.get(chip["label"], 0) + 1
        if seen[chip["label"]] > 1:
            chip["label"] = f"{chip['label']} ({seen[chip['label']]})"
        out.append(chip)
    return out


def _context(b: dict) -> dict:
    docs, ents = doc_index(b), entity_index(b)
    story = b.get("story") or {}

    # Summary: numbered references, one number per distinct passage.
    refs, ref_no, summary = [], {}, []
    for s in b.get("summary") or []:
        marks = []
        for c in s.get("citations") or []:
            key = (c.get("doc"), c.get("start"), c.get("end"))
            if key not in ref_no:
                ref_no[key] = len(refs) + 1
                d = docs.get(c.get("doc")) or {}
                refs.append({"n": ref_no[key], "cite": _cite(docs, c, label=""), "doc": d})
            marks.append(_cite(docs, c, label=f"[{ref_no[key]}]"))
        summary.append({"text": one_line(s.get("text")), "marks": marks})

    def ents_of(ids):
        return [{"id": i, "name": (ents.get(i) or {}).get("name") or str(i), "known": i in ents}
                for i in ids or []]

    events = [{**ev, "cites": _cites(docs, ev.get("citations")),
               "actor_list": ents_of(ev.get("actors")), "place_list": ents_of(ev.get("places"))}
              for ev in b.get("events") or []]
    disputes = []
    for dis in b.get("disputes") or []:
        pos = [{"party": party_name(p.get("party"), ents, "Unnamed"),
                "entity": (p.get("party") or {}).get("entity"),
                "camp": p.get("camp"),
                "claim": p.get("claim") or "",
                "cites": _cites(docs, p.get("citations"))}
               for p in dis.get("positions") or []]
        disputes.append({**dis, "pos": pos, "sides": dispute_sides(pos),
                         "note_list": [{"text": n.get("text") or "", "cite": _cite(docs, n)}
                                       for n in dis.get("notes") or []]})
    quote_groups = [{**g, "entries": [{**q, "cite": _cite(docs, q)} for q in g["quotes"]]}
                    for g in group_quotes(b.get("quotes") or [], ents)]
    stance_groups = [{**g, "entries": [{**s, "verb": STANCE_VERBS.get(s.get("kind"), s.get("kind")),
                                        "cite": _cite(docs, s)} for s in g["quotes"]]}
                     for g in group_stances(b.get("stances") or [], ents)]
    claims = [{**c, "who": party_name(c.get("claimant"), ents, "Unnamed", canonical=True), "cite": _cite(docs, c)}
              for c in b.get("claims") or []]
    figures = [{**f, "shown": fmt_value(f), "who": party_name(f.get("reported_by"), ents),
                "cite": _cite(docs, f)} for f in b.get("figures") or []]
    fig_ids = {f.get("id") for f in figures}
    groups = [{**g, "range": fmt_range(g.get("min"), g.get("max")),
               "fig_list": [{"id": i, "known": i in fig_ids} for i in g.get("figures") or []]}
              for g in b.get("figure_groups") or []]
    documents = b.get("documents") or []
    data = {
        "docs": {d.get("id"): d.get("text") or "" for d in documents
                 if _parser_changes(d.get("text") or "")},
        "titles": {d.get("id"): f"{d.get('source') or ''} — {one_line(d.get('title'))}"
                   for d in documents},
    }
    places = b.get("places") or []
    notes = bool(b.get("skipped") or b.get("duplicates"))
    sections = [
        ("summary", "Summary", len(summary)),
        ("timeline", "Timeline", len(events)),
        ("disputes", "Disputes", len(disputes)),
        ("quotes", "Who said what", len(b.get("quotes") or [])),
        *([("stances", "Stances", len(b["stances"] or []))] if "stances" in b else []),
        ("claims", "Claims", len(claims)),
        ("figures", "Figures", len(figures)),
        ("map", "Map", len(places)),
        ("entities", "Entities", len(b.get("entities") or [])),
        ("sources", "Sources", len(documents)),
    ]
    if notes:
        sections.append(("notes", "Notes", len(b.get("skipped") or []) + len(b.get("duplicates") or [])))
    return {
        "b": b, "story": story, "title": one_line(story.get("title")) or "Briefing",
        "generator": b.get("generator") or "", "sections": sections,
        "summary": summary, "refs": refs, "events": events, "disputes": disputes,
        "quote_groups": quote_groups, "stance_groups": stance_groups,
        "has_stances": "stances" in b, "claims": claims, "figures": figures, "groups": groups,
        "places": places, "map": svg_map(places), "entities": b.get("entities") or [],
        "documents": documents, "docs": docs, "skipped": b.get("skipped") or [],
        "duplicates": b.get("duplicates") or [], "data": script_json(data),
        "css": _asset("report.css"), "js": _asset("report.js"), "js_hash": _script_hash(),
    }


def render(briefing: dict) -> str:
    return _env().get_template("report.html.j2").render(**_context(briefing))
