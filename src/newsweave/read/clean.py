"""Remove web-page leftovers from article text and normalise its whitespace.

Every rule matches a WHOLE line (case-insensitive, surrounding whitespace ignored), never a
substring inside a real sentence: "Share this article" on its own line goes, "Officials
declined to share details" stays. Dropped lines are returned (stripped) so nothing is lost
silently.

Whitespace normalisation is the only other change: ``\\r\\n``/``\\r`` -> ``\\n``, each line
stripped, paragraphs separated by exactly one blank line. Characters inside a line are
never altered, so the cleaned text is what every later offset points into.
"""

from __future__ import annotations

import re

# Social networks and sharing targets, for "Share on X" / "Follow us on X" / icon rows.
_NETWORKS = (
    r"facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|messenger|telegram|instagram|"
    r"tiktok|youtube|threads|bluesky|mastodon|flipboard|email|e-mail|sms|copy link"
)

# A trailing decoration a widget line may carry: punctuation, arrows, chevrons.
_TAIL = r"[\s.:!…»›>→↑▸▶+\-–—]*"

_LINE_RULES: list[str] = [
    # navigation and accessibility links
    r"skip (to|to the) (main )?(content|navigation|main|menu|search|footer)" + _TAIL,
    r"skip (advertisement|ad)" + _TAIL,
    r"back to (the )?top" + _TAIL,
    r"(go )?to (the )?top( of (the )?page)?" + _TAIL,
    r"(main )?(menu|navigation|search)" + _TAIL,
    r"((sign|log) ?in( / (sign|log) ?(up|in))?|register|subscribe( now)?)" + _TAIL,
    # popular / related widgets
    r"most (read|popular|viewed|shared|watched|commented|recent)( (stories|articles|news))?" + _TAIL,
    r"(top|trending|latest|more|other|recommended|related|popular) (stories|articles|news|videos|content|links|topics|coverage|reads)" + _TAIL,
    r"related( (internet )?(stories|topics|articles|content|links|coverage|news|reading|searches))?" + _TAIL,
    r"more (on|about) this (story|topic)" + _TAIL,
    r"(you )?(may|might) also (like|be interested in)" + _TAIL,
    r"around the (bbc|web|network)" + _TAIL,
    r"(editor'?s? )?(picks?|choice)" + _TAIL,
    # "Read more" teasers: alone, or "Read more: <teaser>" with an explicit separator
    r"(read|see|view|show) (more|all|the full (story|article)|full (story|article))" + _TAIL,
    r"read more\s*[:|–—-]\s*.{1,150}",
    r"continue reading( (the )?(main )?(story|article))?" + _TAIL,
    r"(story|article) continues? (below|after)( (the )?(advertisement|advert|ad))?" + _TAIL,
    r"(story|article) continued (below|after|on next page)" + _TAIL,
    r"advertisement continue reading( (the )?(main )?(story|article))?" + _TAIL,
    # sharing
    r"share" + _TAIL,
    r"share (this|the) (page|article|story|post|video|link|item)( (on|via|with) .{1,40})?" + _TAIL,
    r"share (this|on|via)( (" + _NETWORKS + r"))?" + _TAIL,
    r"share (on|via) (" + _NETWORKS + r")([\s,/|•·]+(or )?(" + _NETWORKS + r"))*" + _TAIL,
    r"((" + _NETWORKS + r"|print|share)[\s,/|•·]*){2,}",
    r"((copy|copied) (the )?link|link copied)" + _TAIL,
    r"(print|email|e-mail|save|bookmark)( (this|the) (page|article|story))?" + _TAIL,
    r"email (this|to a friend)( (page|article|story))?" + _TAIL,
    r"listen to this (article|story)( .{1,40})?",
    r"((view|show|hide|load) comments?|comments?( \(\d+\))?|\d+ comments?)" + _TAIL,
    r"follow us( (on|at) .{1,80})?" + _TAIL,
    r"follow( \S+){1,4} on (" + _NETWORKS + r")([\s,/|•·]+(and |or )?(" + _NETWORKS + r"))*" + _TAIL,
    # advertising
    r"(advertisement|advertising|advert|ad|ads|sponsored( content)?|promoted( content)?|paid content|partner content)" + _TAIL,
    # javascript / css notices
    r"please (enable|turn on|activate) (javascript|css|cookies)\b.*",
    r"(to (play|view|watch) this (video|content|media),? )?you (need|have|must) to (enable|turn on|activate) (javascript|css)\b.*",
    r"(javascript|css) (is|must be) (disabled|required|not enabled|enabled)\b.*",
    r"this (video|media|content|clip) (can ?not|can't|cannot) be (played|displayed)\b.*",
    r"(sorry, )?this (video|media|content|clip|feature) is (not|no longer) available\b.{0,120}",
    r"the interactive transcript could not be loaded" + _TAIL,
    r"rating is available when the video has been rented" + _TAIL,
    r"your browser (does not|doesn't) support\b.*",
    r"([\w.'’&-]+ ){0,4}[\w.'’&-]+ (is|are) not responsible for (the|any) content"
    r" (of|on|from|in|posted by) (external|third[- ]part)[\w -]{0,40}" + _TAIL,
    r"read about our approach to external linking\b.*",
    # newsletters and cookies
    r"(sign up|subscribe|register)\b.{0,60}\b(newsletters?|e-?mails?|alerts)\b.{0,100}",
    r"(get|receive) (our|the) .{0,40}newsletters?\b.{0,100}",
    r"(accept|reject|allow|manage) (all )?cookies( (and )?(settings|preferences))?" + _TAIL,
    r"cookie (settings|preferences|policy|notice|consent)" + _TAIL,
    r"(we|this (site|website)|our (site|website)) uses? cookies" + _TAIL,
    r"(we|this (site|website)|our (site|website)) uses? cookies\b"
    r"(?=.*(site|experience|brows|privacy|consent|personali[sz]|analytic|advert|\bads\b)).{0,300}",
    r"by (using|continuing to (use|browse)) (this|our) (site|website)\b.{0,300}",
    # copyright
    r"©.{0,200}",
    r"(\(c\)|copyright)\s*(©|\(c\))?\s*(\d{4}|©).{0,200}",
    r"(?-i:(?:(?:[A-Z][\w&.,'’-]*|and|&|of) ){1,4}Copyright)\s*(©|\(c\))?\s*\d{4}\b.{0,200}",  # "Content Copyright 2010 ..."
    r".{0,150}\ball rights reserved" + _TAIL,
    # captions and credits
    r"(image|media|video|photo|picture) (caption|source)s?\b.{0,300}",
    # "Photograph: Jane Doe/Reuters" -- a short credit, not a sentence after the colon
    r"\(?(photo|photograph|picture|image|illustration|video)( credits?)?\s*:\s*[^.!?]{1,60}\)?[.]?",
    r"video\s*:\s*.{1,150}",
    r"(photo|photograph|picture|image|video)s?" + _TAIL,
    r"(getty images|afp via getty images|reuters|ap photo|pa media|epa)" + _TAIL,
    r"([A-Z][\w.'’-]*\.? ){0,3}[A-Z][\w.'’-]*\s*/\s*(reuters|ap|afp|getty( images)?|epa|pa|"
    r"bloomberg|abc|cbs|nbc|cnn|bbc|ap photo|associated press|shutterstock|alamy)( via getty images)?",
    # comment widgets
    r"this (discussion|debate|thread|conversation|comment section) (is now|has been|is) closed" + _TAIL,
    r"your comments may be published\b.{0,120}",
    r"([\w.'’&-]+ ){0,3}may edit your comments\b.{0,120}",
    r"(the )?views expressed in (the )?comments\b.{0,100}",
    # page stamps and gallery / player furniture
    r"(page )?last (updated|modified)(( at| on|:)\s*|\s+(?=\d)).{0,80}",
    r"\d{1,3} of \d{1,3}( (photos?|images?|pictures?))?" + _TAIL,
    r"((hide|show|view|toggle) )?captions?" + _TAIL,
    r"(autoplay|full ?screen|replay|next (photo|image|slide|video)|previous (photo|image|slide))" + _TAIL,
    r"media playback is (not supported|unsupported) on (this|your) device" + _TAIL,
    r"tweet with a location\b.{0,300}",
    # separators, lone icons, lone network names
    r"[_*=~#•·.\-–—\s]+",
    r"[\ue000-\uf8ff\s]+",
    r"(" + _NETWORKS + r")" + _TAIL,
    r"(play|watch|pause|mute|unmute)( (video|this video|now))?" + _TAIL,
]

_LINE_RE = re.compile(
    "|".join(f"(?:{rule})" for rule in _LINE_RULES), re.IGNORECASE
)

# A lone menu / breadcrumb line: 3+ short items separated by | • · › » (not a table row,
# which starts with "|").
_MENU_SEP = re.compile(r"\s*[|•·›»]\s*")
_MENU_ITEM = re.compile(r"[\w&'’.\-/ ]{1,25}")


def _is_menu(line: str) -> bool:
    if line.startswith(("|", "•", "·")) or not _MENU_SEP.search(line):
        return False
    items = [item for item in _MENU_SEP.split(line)]
    if len(items) < 3 or any(not item for item in items):
        return False
    for item in items:
        if not _MENU_ITEM.fullmatch(item) or len(item.split()) > 3:
            return False
        if item.endswith((".", ",")) and not item.endswith("..."):
            return False
    return True


def is_leftover(line: str) -> bool:
    """True when ``line`` (one whole line) is a web-page leftover."""
    s = line.strip()
    if not s:
        return False
    return bool(_LINE_RE.fullmatch(s)) or _is_menu(s)


def clean_text(text: str) -> tuple[str, list[str]]:
    """Return ``(cleaned, dropped)``.

    ``cleaned``: leftovers removed, lines stripped, paragraphs separated by one blank line
    (``"\\n\\n"``), no leading/trailing blank lines. If the input has no blank lines at
    all (one paragraph per line, as trafilatura and many scrapers produce), every line
    becomes a paragraph; otherwise single newlines inside a paragraph are kept.
    ``dropped``: the removed lines, stripped, in order.
    """
    if not text:
        return "", []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = [line.strip() for line in text.split("\n")]
    one_per_line = "" not in _inner(lines)

    dropped: list[str] = []
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        if is_leftover(line):
            dropped.append(line)
            continue
        if one_per_line:
            if paragraphs[-1]:
                paragraphs.append([])
        paragraphs[-1].append(line)
    cleaned = "\n\n".join("\n".join(p) for p in paragraphs if p)
    return cleaned, dropped


def _inner(lines: list[str]) -> list[str]:
    """Lines without leading/trailing blank ones."""
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return lines[start:end]


def fold(text: str) -> str:
    """Whitespace-folded form used to find exact duplicates."""
    return " ".join(text.split())
