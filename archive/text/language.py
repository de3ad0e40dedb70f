"""Which language a text is in: enough to tell the archive's Russian texts from English."""

from __future__ import annotations

import re

CYRILLIC_LETTER_RE = re.compile(r"[\u0400-\u04ff]")
LETTER_RE = re.compile(r"[^\W\d_]")


def guess_language(text: str) -> str:
    """ "ru" when most letters of the first 2,000 characters are Cyrillic, else "en"."""
    sample = text[:2000]
    cyrillic = len(CYRILLIC_LETTER_RE.findall(sample))
    if not cyrillic:  # the common case, found in one pass in C
        return "en"
    letters = len(LETTER_RE.findall(sample))
    return "ru" if cyrillic / letters > 0.5 else "en"
