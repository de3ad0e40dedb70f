"""Accents folded away, so that "Erdogan" is "Erdoğan"."""

from __future__ import annotations

import re
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


# Letters of one script that look like letters of the other, both ways: a word typed with
# one of them ("Mosсow" with a Cyrillic "с", "Москвa" with a Latin "a", as pages copied
# from several sources have them) is neither found nor matched.
_CYRILLIC_LOOKALIKES = "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅ"
_LATIN_LOOKALIKES = "aeopcyxijsdqwABEKMHOPCTXIJS"
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_TO_CYRILLIC = str.maketrans("aeopcyxABEKMHOPCTX", "аеорсухАВЕКМНОРСТХ")
_LATIN_LOOKS = frozenset("aeopcyxABEKMHOPCTX")
_CYRILLIC_LOOKS = frozenset(_CYRILLIC_LOOKALIKES)
_MIXED_WORD_RE = re.compile(r"\b(?=[^\W\d_]*[A-Za-z])(?=[^\W\d_]*[А-Яа-яЁёІіЈјЅѕԁԛԝ])[^\W\d_]+\b")
_LATIN_RE = re.compile(r"[A-Za-z]")


def unmixed(text: str) -> str:
    """Each word of two scripts written in its own: the other script's look-alike letters
    in a word replaced ("Mosсow" -> "Moscow", "Москвa" -> "Москва"). A word that fits
    neither way, or both, is left as it is."""
    if not _MIXED_WORD_RE.search(text):
        return text

    def one_script(m: re.Match) -> str:
        word = m.group()
        latin = [ch for ch in word if _LATIN_RE.match(ch)]
        others = [ch for ch in word if not _LATIN_RE.match(ch)]
        to_latin = all(ch in _CYRILLIC_LOOKS for ch in others)
        to_cyrillic = all(ch in _LATIN_LOOKS for ch in latin)
        if to_latin and to_cyrillic:
            return word  # (every letter could be either script's: "Вce", "TOP")
        if to_latin:
            return word.translate(_TO_LATIN)
        if to_cyrillic:
            return word.translate(_TO_CYRILLIC)
        return word

    return _MIXED_WORD_RE.sub(one_script, text)
