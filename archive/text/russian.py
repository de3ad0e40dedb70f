"""Russian case forms of names written in Cyrillic: "Токаев" is also Токаева, Токаеву,
Токаевым, Токаеве; "Россия" also России, Россию, Россией; the adjective "казахстанский" in
every gender, number and case."""

from __future__ import annotations

import re

CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff][\w-]*")
CASES = ("gen", "dat", "ins", "pre", "acc")
# Russian case endings by the word's ending: (cut, {case: ending}). Surnames in -ов/-ев/-ин
# take -ым in the instrumental (Токаевым), other consonant stems -ом (Казахстаном).
_ENDINGS = [
    ("ия", 1, {"gen": "и", "dat": "и", "ins": "ей", "pre": "и", "acc": "ю"}),
    ("а", 1, {"gen": "ы", "dat": "е", "ins": "ой", "pre": "е", "acc": "у"}),
    ("я", 1, {"gen": "и", "dat": "е", "ins": "ей", "pre": "е", "acc": "ю"}),
    ("й", 1, {"gen": "я", "dat": "ю", "ins": "ем", "pre": "е", "acc": "я"}),
]
_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
# Adjectives of countries ("казахстанский", "турецкий"): every gender, number and case.
_ADJECTIVE_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")


def _inflect(word: str, case: str) -> str:
    head, _, last = word.rpartition("-")  # Касым-Жомарт: only the last part declines
    if last.isupper():  # США, КНР: abbreviations do not decline
        return word
    lower = last.lower()
    for ending, cut, table in _ENDINGS:
        if lower.endswith(ending):
            last = last[:-cut] + table[case]
            break
    else:
        if lower[-1:] in _CONSONANTS:
            ins = "ым" if lower.endswith(_SURNAME) else "ом"
            last += {"gen": "а", "dat": "у", "ins": ins, "pre": "е", "acc": "а"}[case]
    return f"{head}-{last}" if head else last


def russian_forms(text: str) -> set[str]:
    """The oblique cases of a name written in Cyrillic, each word in the same case:
    Касым-Жомарт Токаев -> Касым-Жомарта Токаева, … Токаевым; Россия -> России, Россию.
    A one-word adjective in -ский/-цкий gets all its forms, lower-case and capitalised
    (казахстанского, Казахстанская). Names in other scripts: none."""
    if not CYRILLIC_RE.search(text):
        return set()
    words = text.split()
    if len(words) == 1 and text.lower().endswith(("ский", "цкий")):
        stem = text.lower()[:-2]
        forms = {stem + ending for ending in _ADJECTIVE_ENDINGS}
        return (forms | {f.capitalize() for f in forms}) - {text}
    return {" ".join(_inflect(w, case) for w in words) for case in CASES} - {text}


def word_forms(text: str) -> list[str]:
    """The case forms of every Cyrillic word in `text`, each word on its own, sorted."""
    words = set(CYRILLIC_WORD_RE.findall(text))
    return sorted({form for word in words for form in russian_forms(word)})
