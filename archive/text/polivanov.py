"""Japanese names in Hepburn romanisation written in the Polivanov system Russian uses,
and back: "Taro Aso" -> "Таро Асо", "Keizo Obuchi" <-> "Кэйдзо Обути" (`polivanov()`,
`hepburn()`).

Russian news spells every Japanese name by Polivanov, syllable by syllable; a
letter-by-letter transliteration of the Cyrillic ("Keidzo Obuti") matches no one. None for a
word that is no run of the system's syllables, so that only Japanese-shaped names are
converted (the caller asks for a Japanese official's name only). The spelling is the system's, not
always the one Russian news settled on for a given person (where the gazetteer gives that
one, it is used instead).
"""

from __future__ import annotations

import re

from archive.text.syllables import Syllabary

_ROWS = {
    # consonant: (a, i, u, e, o, ya, yu, yo) in Polivanov letters; None where there is none
    "": ("а", "и", "у", "э", "о", None, None, None),
    "k": ("ка", "ки", "ку", "кэ", "ко", "кя", "кю", "кё"),
    "s": ("са", None, "су", "сэ", "со", None, None, None),
    "sh": (None, "си", None, None, None, None, None, None),
    "t": ("та", None, None, "тэ", "то", None, None, None),
    "ch": ("тя", "ти", "тю", None, "тё", None, None, None),
    "ts": (None, None, "цу", None, None, None, None, None),
    "n": ("на", "ни", "ну", "нэ", "но", "ня", "ню", "нё"),
    "h": ("ха", "хи", None, "хэ", "хо", "хя", "хю", "хё"),
    "f": (None, None, "фу", None, None, None, None, None),
    "m": ("ма", "ми", "му", "мэ", "мо", "мя", "мю", "мё"),
    "y": ("я", None, "ю", None, "ё", None, None, None),
    "r": ("ра", "ри", "ру", "рэ", "ро", "ря", "рю", "рё"),
    "w": ("ва", None, None, None, "о", None, None, None),
    "g": ("га", "ги", "гу", "гэ", "го", "гя", "гю", "гё"),
    "z": ("дза", None, "дзу", "дзэ", "дзо", None, None, None),
    "j": ("дзя", "дзи", "дзю", None, "дзё", None, None, None),
    "d": ("да", None, None, "дэ", "до", None, None, None),
    "b": ("ба", "би", "бу", "бэ", "бо", "бя", "бю", "бё"),
    "p": ("па", "пи", "пу", "пэ", "по", "пя", "пю", "пё"),
}
_ENDINGS = ("a", "i", "u", "e", "o", "ya", "yu", "yo")
# "sha" is ся: ch and sh take their glide in the vowel
_GLIDED = {"sh": ("ся", None, "сю", None, "сё"), "ch": ("тя", None, "тю", None, "тё")}


def _syllables() -> dict[str, str]:
    table = {}
    for consonant, cells in _ROWS.items():
        for ending, cyrillic in zip(_ENDINGS, cells, strict=True):
            if cyrillic is not None:
                table[consonant + ending] = cyrillic
    for consonant, cells in _GLIDED.items():
        for ending, cyrillic in zip(_ENDINGS, cells, strict=False):
            if cyrillic is not None:
                table.setdefault(consonant + ending, cyrillic)
    table["n"] = "н"  # the syllabic n: "Shinzo" is Синдзо
    table["m"] = "м"  # … written m before b, m, p: "Gemba" is Гэмба
    table["'"] = "ъ"  # … and before a vowel, apart: "Jun'ichiro" is Дзюнъитиро
    return table


SYLLABLES = _syllables()
# "ei" and "ai" before a consonant are one syllable with й: "Keizo" is Кэйдзо, "Kaifu"
# Кайфу (not "Yoichi", Ёити, nor "Arai", Араи)
GLIDE_RE = re.compile(r"(?<=э)и|(?<=а)и(?=[^аиуэоёюя])")
# "Junichiro" is Jun-ichiro, Дзюнъитиро (not Дзюнитиро); so Kenichi, Shinichi
SYLLABIC_N_RE = re.compile(r"(?<=[aeiou])n(?=ichi)")
DOUBLED = {"k": "к", "s": "с", "t": "т", "p": "п"}  # "Hattori" is Хаттори, "Nakko" Накко


def _hepburn_allowed(syllable: str, word: str) -> bool:
    """m only before b, m, p ("Gemba"); the syllabic n not before a vowel or y ("na", "ni"
    … first)."""
    if syllable == "m":
        return word[1:2] in ("b", "m", "p")
    return syllable != "n" or word[1:2] not in ("a", "i", "u", "e", "o", "y")


def _hepburn_doubled(word: str) -> str | None:
    """A doubled consonant's first letter: "Hattori" is Хаттори, "Nakko" Накко."""
    if word[:1] in DOUBLED and (word[1:2] == word[0] or word.startswith("tch")):
        return DOUBLED[word[0]]
    return None


# One Hepburn word in Polivanov letters ("obuchi" -> "обути")
IN_POLIVANOV = Syllabary(SYLLABLES, _hepburn_allowed, _hepburn_doubled)


def polivanov(name: str) -> str | None:
    """ "Keizo Obuchi" -> "Кэйдзо Обути"; None when a word is no run of Hepburn syllables."""
    words = []
    for word in name.split():
        plain = SYLLABIC_N_RE.sub("n'", word.lower().replace("ō", "o").replace("ū", "u"))
        cyrillic = IN_POLIVANOV.spell(plain)
        if cyrillic is None:
            return None
        words.append(GLIDE_RE.sub("й", cyrillic).capitalize())
    return " ".join(words) or None


def _inverse() -> dict[str, str]:
    table: dict[str, str] = {}
    for latin, cyrillic in SYLLABLES.items():
        if latin not in ("m", "'"):
            table.setdefault(cyrillic, latin)
    table["й"] = "i"  # "Кэйдзо" is Keizo
    table["ъ"] = ""  # "Кэнъити" is Kenichi
    table["м"] = "m"  # "Гэмба" is Gemba
    return table


HEPBURN_OF = _inverse()
DOUBLED_OF = {cyrillic: latin for latin, cyrillic in DOUBLED.items()}


# One Polivanov word in Hepburn ("обути" -> "obuchi"): м only before б, м, п ("Гэмба"), a
# doubled consonant's first letter on its own ("Хаттори")
HEPBURN = Syllabary(
    HEPBURN_OF,
    lambda syllable, word: syllable != "м" or word[1:2] in ("б", "м", "п"),
    lambda word: DOUBLED_OF[word[0]] if word[:1] in DOUBLED_OF and word[1:2] == word[0] else None,
)


def hepburn(name: str) -> str | None:
    """ "Кэйдзо Обути" -> "Keizo Obuchi"; None when a word is no run of Polivanov syllables."""
    words = []
    for word in name.split():
        latin = HEPBURN.spell(word.lower())
        if not latin:
            return None
        words.append(latin.capitalize())
    return " ".join(words) or None
