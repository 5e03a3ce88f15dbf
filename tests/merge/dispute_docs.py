"""Shared builders for the dispute tests: documents of paragraphs and claims located in them."""


def paras(doc_id, paragraphs, published=None):
    """A document of paragraphs (lists of sentences) separated by blank lines, and its analysis."""
    text, spans = "", []
    for para in paragraphs:
        if text:
            text += "\n\n"
        for k, s in enumerate(para):
            if k:
                text += " "
            spans.append([len(text), len(text) + len(s)])
            text += s
    doc = {"id": doc_id, "source": f"{doc_id} news", "text": text}
    if published:
        doc["published"] = published
    return doc, {"doc": doc_id, "sentences": spans, "mentions": []}


def claim(doc, needle, who, **extra):
    """A claim by ``who`` citing the first occurrence of ``needle`` in ``doc``."""
    i = doc["text"].index(needle)
    return {"text": needle, "doc": doc["id"], "start": i, "end": i + len(needle),
            "claimant": {"name": who, "entity": None}, **extra}
