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


# Bidirectional controls (embeddings, overrides, isolates, marks) and invisible spaces: in
# a headline or a name they reorder or hide what a reader sees ("‮" turns "txt.exe"
# into "exe.txt"). Joiners (U+200C, U+200D) stay: some scripts spell words with them.
_INVISIBLE = dict.fromkeys(
    [0x061C, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def visible(text: str) -> str:
    """`text` without bidirectional controls and invisible spaces (for headlines, leads,
    names and sources; the stored body keeps them as written)."""
    return text.translate(_INVISIBLE)
