"""Accents folded away, so that "Erdogan" is "Erdoğan"."""

from __future__ import annotations

import unicodedata

# Letters that are not a base letter plus a combining mark, so NFKD leaves them whole.
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d"})


def fold(text: str) -> str:
    """Strip diacritics: Erdoğan -> Erdogan, Türkiye -> Turkiye, Kraków -> Krakow."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return folded.translate(_LETTERS)
