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


# Oblique endings of masculine names and the nominative ending each stands for, longest
# first: Токаевым -> Токаев, Бердымухамедову -> Бердымухамедов, Сергеем -> Сергей.
_SURNAME_CASES = [
    ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
    ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"),
    ("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ыным", "ын"),
]  # fmt: skip
_GIVEN_CASES = [("еем", "ей"), ("ея", "ей"), ("ею", "ей"), ("ее", "ей"), ("ом", ""), ("ем", ""),
                ("а", ""), ("у", ""), ("е", "")]  # fmt: skip


def nominative_name(name: str) -> str:
    """A man's name as a title's genitive, dative or instrumental left it, back in the
    nominative: "Бахтиером Саидовым" -> "Бахтиер Саидов", "Р.О.Мередовым" -> "Р.О.Мередов",
    "Жээнбека Кулубаева" -> "Жээнбек Кулубаев". A name already in the nominative (or a
    woman's, "Мария Захарова") is left as it is: the surname decides."""
    words = name.split()
    if not words or not CYRILLIC_RE.search(name):
        return name
    head, _, surname = words[-1].rpartition(".")
    for ending, nominative in _SURNAME_CASES:
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            if ending.endswith("а") and not _oblique_given(words[:-1]):
                return name  # "Захарова": a woman's name, or a man's genitive? Keep it.
            words[-1] = (head + "." if head else "") + surname[: -len(ending)] + nominative
            words[:-1] = [_given_nominative(w) for w in words[:-1]]
            return " ".join(words)
    return name


def _oblique_given(words: list[str]) -> bool:
    return bool(words) and all(
        w.endswith(("а", "я")) and w[-2:-1] not in "аеиоуыэюя" for w in words
    )


def _given_nominative(word: str) -> str:
    if "." in word or len(word) < 4:
        return word
    for ending, nominative in _GIVEN_CASES:
        stem = word[: -len(ending)]
        if word.endswith(ending) and (nominative or stem[-1:] in _CONSONANTS):
            return stem + nominative
    return word
