"""The surface forms of a name: how news text writes it, and what search should know."""

from __future__ import annotations

import functools
import re

from archive.text.fold import fold
from archive.text.russian import russian_forms
from archive.text.translit import translit

MUHAMMADS = ("Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Muhammed")
MUHAMMAD_RE = re.compile(r"\b(?:" + "|".join(MUHAMMADS) + r")\b")
# Other Arabic given names each country's news spells its own way: "Ahmed Nasser" is
# "Ahmad Nasser", "Khaled" is "Khalid"
SPELLINGS = (("Ahmed", "Ahmad"), ("Khaled", "Khalid"))
SPELLING_RES = [(re.compile(rf"\b{a}\b"), b) for pair in SPELLINGS for a, b in (pair, pair[::-1])]
PARTICLE_SPACE_RE = re.compile(r"\b([Aa]l|[Ee]l) (?=[A-Z])")


HYPHEN_LOWER_RE = re.compile(r"(?<=[a-z])-([a-z])")


def _capital_after(hyphen: re.Match) -> str:
    return "-" + hyphen.group(1).upper()


RU_PARTICLE_RE = re.compile(r"(?<= )(?:бен|бин|ибн|Бен|Бин|Ибн)(?= )")
ARTICLE_INSIDE_RE = re.compile(r"(?<= )(?:al|el|Al|El)(?=[- ][A-Z])")
LINEAGE_PARTICLE_RE = re.compile(r"(?<= )(?:bin|bint|ibn|Bin|Bint|Ibn)(?= )")


def _swap_case(particle: re.Match) -> str:
    word = particle.group(0)
    return word.capitalize() if word.islower() else word.lower()


@functools.lru_cache(maxsize=65536)
def variants(text: str) -> frozenset[str]:
    """Forms of a name as written in news text: as given, without accents, upper-cased,
    with either apostrophe and either hyphen style; Russian case forms of Cyrillic names.
    Remembered: every build of the gazetteer asks again for the same names."""
    forms = {text, fold(text)} | russian_forms(text)
    forms |= {f.upper() for f in list(forms) if len(f) > 3}
    forms |= {f.replace("'", "’") for f in list(forms)} | {f.replace("’", "'") for f in forms}
    # … and a Korean given name capitalised after its hyphen: "Lee Joung-Binn", "Lee Joung Binn"
    forms |= {HYPHEN_LOWER_RE.sub(_capital_after, f) for f in list(forms) if "-" in f}
    forms |= {f.replace("-", " ") for f in list(forms) if "-" in f}
    # … Muhammad as it is spelt in each country's news: "Mohammad bin Salman"
    if " " in text.strip() and MUHAMMAD_RE.search(text):  # (not a surname alone)
        forms |= {MUHAMMAD_RE.sub(spelling, f) for f in list(forms) for spelling in MUHAMMADS}
    if " " in text.strip():
        for written, other in SPELLING_RES:
            if written.search(text):
                forms |= {written.sub(other, f) for f in list(forms)}
    # … its Russian particles in either case: "Абдаллы Бен Заида" as "Абдаллы бен Заида"
    if RU_PARTICLE_RE.search(text):
        forms |= {RU_PARTICLE_RE.sub(_swap_case, f) for f in list(forms)}
    # … and its Arabic lineage too: "Tamim Bin Hamad Al Thani"
    if LINEAGE_PARTICLE_RE.search(text):
        forms |= {LINEAGE_PARTICLE_RE.sub(_swap_case, f) for f in list(forms)}
    # … and an Arabic article joined to the name it precedes: "Al Saud" is "Al-Saud"
    forms |= {PARTICLE_SPACE_RE.sub(r"\1-", f) for f in list(forms) if PARTICLE_SPACE_RE.search(f)}
    # … in either case inside the name: "Saud al-Faisal" is "Saud Al-Faisal"
    if ARTICLE_INSIDE_RE.search(text):
        forms |= {ARTICLE_INSIDE_RE.sub(_swap_case, f) for f in list(forms)}
    return frozenset(f for f in forms if f.strip())


def search_forms(name: str) -> list[str]:
    """What a query may say for a name: the name, and its Russian case forms ("Токаева"
    is Tokayev too). Accents and case are the search analyzers' business."""
    return [name, *russian_forms(name)]


@functools.lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A spelling-blind key for matching a name against the gazetteer's: Latin letters,
    no accents or case, and the letters transliterations disagree on folded together —
    "Mirziyoyev", "Mirziyoev" and "Мирзиёев" are one; "Tokayev" and "Tokaev" are one;
    "Dačić" and "Дачич" are one. Lossy on purpose: it only compares names already tied
    by a title, a country or a first letter."""
    text = fold(translit(name)).lower()
    for written, sound in (
        ("dzh", "j"), ("shch", "s"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("x", "ks"),
        ("ou", "u"),
    ):  # fmt: skip
        text = text.replace(written, sound)
    for written, sound in (("ch", "c"), ("ts", "c"), ("tz", "c"), ("sh", "s")):
        text = text.replace(written, sound)  # Dačić and Дачич, Ivica and Ивица
    # German and Russian spellings of one name: "Westerwelle" and "Вестервелле" (read
    # "Vestervelle"), "Guido" and "Гидо"
    text = re.sub(r"gu(?=[ei])", "g", text.replace("w", "v"))
    # English spellings and their Russian renderings: "Ramaphosa" and "Рамафоза" (read
    # "Ramafoza"): "ph" is "f", and (below) an "s" between vowels is "z"
    text = text.replace("ph", "f")
    text = re.sub(r"[’'`.]", "", text).replace("-", " ")
    text = re.sub(r"[yj](?=[aeiou])|(?<=[aeiou])[yj]", "", text)
    # "Alexei" and "Aleksey", "Sergei" and "Sergey", "Andrei" and "Andrey": one ending
    text = re.sub(r"(?<=e)i\b", "", text)
    text = re.sub(r"(?<=[^aeiou\s])y\b", "i", text)  # "Shoukry" and "Shoukri", "Safady"
    text = re.sub(r"(.)\1", r"\1", text)
    text = re.sub(r"(?<=[aeiou])s(?=[aeiou])", "z", text)  # (once doubled letters are one)
    return " ".join(text.split())


# A Chinese name in pinyin: each word a run of syllables, each after the first with its own
# initial ("Jiang Yu", "Zhao Lijian", "Hua Chunying"; not "Kim Jong", "Lee", "Pham Binh")
_PINYIN_FINAL = (
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|ia|ie|iu|ua|uo|ui|un"
    r"|ue|er|a|o|e|i|u)"
)
_PINYIN_SYLLABLE = rf"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]){_PINYIN_FINAL}"
PINYIN_WORD_RE = re.compile(
    rf"(?:{_PINYIN_SYLLABLE}|{_PINYIN_FINAL})(?:-?{_PINYIN_SYLLABLE}){{0,2}}"
)


def pinyin_name(name: str) -> bool:
    """Whether a name of two or three words is spelt in pinyin throughout."""
    words = fold(name).lower().split()
    return 2 <= len(words) <= 3 and all(PINYIN_WORD_RE.fullmatch(w) for w in words)


def initial_of(name: str) -> str:
    """The letter a name or an initial begins with in Latin letters, as initials compare:
    "Дж." and "John" alike (not as skeleton() has it: "ohn", its "j" dropped before a
    vowel)."""
    text = fold(translit(name)).lower().lstrip(" .'’")
    return "j" if text.startswith(("dzh", "dj")) else text[:1]
