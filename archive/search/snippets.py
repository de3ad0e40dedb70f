"""Highlighted snippets: the text around the query's words, escaped, words in <mark>.

Lean on purpose: only the paragraphs that contain a query term (by a folded-substring test)
are tokenised, each word is folded and stemmed once (cached), and the window with the most
matches is kept. Everything outside the marks goes through Django's escape().
"""

from __future__ import annotations

import re
from functools import lru_cache

from django.utils.html import escape

from archive.search.analysis import FOLD, forms

WORD_RE = re.compile(r"\w+")
WINDOW = 240  # characters of context per fragment
MAX_FRAGMENTS = 2
SCAN_CHARS = 50_000  # of a paragraph, at most, looked through for the query's words


def snippet(text: str, marks: frozenset[str]) -> str:
    if not text or not marks:
        return ""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        low = paragraph.lower()
        if not low.isascii():  # folding accents is the slow part: only where there are any
            low = low.translate(FOLD)
        if any(m in low for m in marks):
            paragraphs.append(paragraph)
            if len(paragraphs) == MAX_FRAGMENTS:
                break
    fragments = [f for f in (_fragment(p, marks) for p in paragraphs) if f]
    text = " … ".join(f.strip(" …") for f in fragments)
    if not text:
        return ""
    head = "… " if fragments[0].startswith("… ") else ""
    tail = " …" if fragments[-1].endswith(" …") else ""
    return head + text + tail


@lru_cache(maxsize=512)
def _candidates(marks: frozenset[str]) -> re.Pattern:
    """Words that may fold or stem to a mark: they start with most of it (stemming only
    changes a word's end: "studies" -> "studi"). Checking these alone spares folding
    and stemming every word of the paragraph."""
    prefixes = sorted({m[: max(3, len(m) - 2)] for m in marks}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, prefixes)) + r")\w*", re.IGNORECASE)


def _fragment(paragraph: str, marks: frozenset[str]) -> str:
    words = (
        _candidates(marks).finditer(paragraph)
        if paragraph.isascii()
        else WORD_RE.finditer(paragraph)
    )
    hits = []
    for m in words:
        if m.start() > SCAN_CHARS:  # a huge paragraph: its beginning gives the snippet
            break
        if not marks.isdisjoint(forms(m.group())):
            hits.append(m.span())
    if not hits:
        return ""
    # The window holding the most hits, starting at a hit: one pass, the window's end
    # moving forward with its start (linear in the hits, however many).
    best_start, best_count, end = hits[0][0], 0, 0
    for i, (start, _) in enumerate(hits):
        end = max(end, i)
        while end < len(hits) and hits[end][0] < start + WINDOW:
            end += 1
        if end - i > best_count:
            best_start, best_count = start, end - i
    left = max(0, best_start - WINDOW // 4)
    if left:
        space = paragraph.find(" ", left)
        left = space + 1 if 0 <= space < best_start else left
    right = min(len(paragraph), left + WINDOW)
    if right < len(paragraph):
        space = paragraph.rfind(" ", left, right)
        right = space if space > best_start else right
    out, position = [], left
    for start, end in hits:
        if start < left or end > right:
            continue
        out.append(escape(paragraph[position:start]))
        out.append(f"<mark>{escape(paragraph[start:end])}</mark>")
        position = end
    out.append(escape(paragraph[position:right]))
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(paragraph) else ""
    return prefix + "".join(out).strip() + suffix
