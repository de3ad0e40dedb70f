"""Cyrillic names in Latin letters, as English-language news writes them: "Абдулазиз
Камилов" -> "Abdulaziz Kamilov", "Дмитрий Песков" -> "Dmitry Peskov", "Ербол" -> "Yerbol",
"Мария" -> "Maria";
the Kazakh, Kyrgyz and Mongolian letters too ("Қасым" -> "Kasym", "Өтеген" -> "Otegen")."""

from __future__ import annotations

import re

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}  # fmt: skip
# English given names as Russian renders them: spelled back, not letter by letter
# ("Джордж Чапонда" -> "George Chaponda", not "Dzhordzh")
GIVEN_NAMES = {
    "джордж": "George", "джон": "John", "джеймс": "James", "джозеф": "Joseph", "джо": "Joe",
    "джек": "Jack", "джейк": "Jake", "джереми": "Jeremy", "джеффри": "Jeffrey",
    "джейсон": "Jason", "джулия": "Julia", "джейн": "Jane", "дженнифер": "Jennifer",
    "майкл": "Michael", "уильям": "William", "дэвид": "David", "дэниел": "Daniel",
    "ричард": "Richard", "томас": "Thomas", "питер": "Peter", "чарльз": "Charles",
    "кристофер": "Christopher", "мэтью": "Matthew", "пол": "Paul", "мэри": "Mary",
    "элизабет": "Elizabeth", "кэтрин": "Catherine", "сьюзан": "Susan", "хиллари": "Hillary",
    "кондолиза": "Condoleezza", "гордон": "Gordon", "тереза": "Theresa", "энтони": "Anthony",
    "дональд": "Donald", "рональд": "Ronald", "барак": "Barack", "марк": "Mark",
}  # fmt: skip
GIVEN_NAME_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(GIVEN_NAMES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
VOWELS = set("аеёиоуыэюяәөұүі")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")


def translit(text: str) -> str:
    """Latin letters for the Cyrillic ones in `text`; anything else is kept."""
    if not CYRILLIC_RE.search(text):
        return text
    text = GIVEN_NAME_RE.sub(lambda m: GIVEN_NAMES[m.group(0).lower()], text)
    out = []
    for index, ch in enumerate(text):
        lower = ch.lower()
        if lower not in _LETTERS:
            out.append(ch)
            continue
        before = text[index - 1].lower() if index else ""
        after = text[index + 1 : index + 2].lower()
        if lower == "е" and (not before.isalpha() or before in VOWELS or before in "ъь"):
            latin = "ye"  # Ербол -> Yerbol, Алексеев -> Alekseyev
        elif (lower in "ий" and after == "") or (lower in "ий" and not after.isalpha()):
            latin = "y" if (before and before in "иы") or lower == "й" else "i"
        elif lower == "я" and before == "и" and not after.isalpha():
            latin = "a"  # Мария -> Maria, Анастасия -> Anastasia, as English news writes them
        else:
            latin = _LETTERS[lower]
        if lower in "иы" and after == "й" and not text[index + 2 : index + 3].isalpha():
            latin = "y"  # Дмитрий -> Dmitry, Юрий -> Yury (the й then adds nothing)
        out.append(latin.capitalize() if ch.isupper() and latin else latin)
    result = "".join(out)
    return re.sub(r"yy\b", "y", result)
