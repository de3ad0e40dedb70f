"""Chinese names written in Cyrillic letters by the Palladius system, read back into pinyin:
"Дин Сюэсян" -> "Ding Xuexiang", "Си Цзиньпин" -> "Xi Jinping", "Хань Чжэн" -> "Han Zheng";
and the other way, `palladius()`: "Tang Jiaxuan" -> "Тан Цзясюань".

Russian news spells every Chinese name this way, syllable by syllable; a letter-by-letter
transliteration ("Din Syuesyan") matches no one, and reads as no name an English-speaking
user knows. `pinyin()` splits each word into Palladius syllables and spells each in pinyin;
a word that is not such a sequence gives None (most Russian and Central Asian names: the
caller decides, by the country the text gives, when to ask).
"""

from __future__ import annotations

from archive.text.syllables import Syllabary

# Initials: Palladius, then pinyin before a final in i/ü and before any other
_INITIALS = [
    ("чж", "zh", "zh"), ("цз", "j", "z"), ("ч", "ch", "ch"), ("ш", "sh", "sh"),
    ("ж", "r", "r"), ("ц", "q", "c"), ("с", "x", "s"), ("б", "b", "b"), ("п", "p", "p"),
    ("м", "m", "m"), ("ф", "f", "f"), ("д", "d", "d"), ("т", "t", "t"), ("н", "n", "n"),
    ("л", "l", "l"), ("г", "g", "g"), ("к", "k", "k"), ("х", "h", "h"),
]  # fmt: skip
# Finals after an initial: Palladius, pinyin, and whether the final is one in i or ü (which
# turns цз, ц, с into j, q, x)
_FINALS = [
    ("а", "a", False), ("о", "uo", False), ("э", "e", False), ("ай", "ai", False),
    ("эй", "ei", False), ("ао", "ao", False), ("оу", "ou", False), ("ань", "an", False),
    ("энь", "en", False), ("ан", "ang", False), ("эн", "eng", False), ("ун", "ong", False),
    ("и", "i", True), ("ы", "i", False), ("я", "ia", True), ("е", "ie", True),
    ("яо", "iao", True), ("ю", "iu", True), ("янь", "ian", True), ("инь", "in", True),
    ("ян", "iang", True), ("ин", "ing", True), ("юн", "iong", True), ("у", "u", False),
    ("уа", "ua", False), ("уо", "uo", False), ("уай", "uai", False), ("уй", "ui", False),
    ("уэй", "ui", False), ("уань", "uan", False), ("унь", "un", False), ("уан", "uang", False),
    ("юй", "ü", True), ("юэ", "üe", True), ("юань", "üan", True), ("юнь", "ün", True),
]  # fmt: skip
# Syllables with no initial
_ALONE = {
    "а": "a", "ай": "ai", "ань": "an", "ан": "ang", "ао": "ao", "э": "e", "эй": "ei",
    "энь": "en", "эн": "eng", "эр": "er", "о": "o", "оу": "ou", "и": "yi", "я": "ya",
    "е": "ye", "яо": "yao", "ю": "you", "янь": "yan", "инь": "yin", "ян": "yang",
    "ин": "ying", "юн": "yong", "у": "wu", "ва": "wa", "во": "wo", "вай": "wai", "вэй": "wei",
    "вань": "wan", "вэнь": "wen", "ван": "wang", "вэн": "weng", "юй": "yu", "юэ": "yue",
    "юань": "yuan", "юнь": "yun",
}  # fmt: skip


def _syllables() -> dict[str, str]:
    table = dict(_ALONE)
    for initial, palatal, plain in _INITIALS:
        for final, spelt, front in _FINALS:
            latin = palatal if front else plain
            if final == "о" and plain in {"b", "p", "m", "f"}:
                spelt = "o"  # "бо" is bo, "до" is duo
            if spelt.startswith("ü") and latin in {"j", "q", "x"}:
                spelt = "u" + spelt[1:]  # "сюэ" is xue, "цзюнь" jun
            if final == "ы" and plain not in {"z", "c", "s"}:
                continue
            if front and plain in {"zh", "ch", "sh", "r", "g", "k", "h", "f"} and final != "и":
                continue  # (no "ching", "gia", "hian" in pinyin)
            if final == "и" and plain in {"g", "k", "h", "f"}:
                continue
            if spelt.startswith("ü") and plain not in {"n", "l", "z", "c", "s"}:
                continue  # (ü after n, l, j, q, x only)
            if final == "и" and plain in {"zh", "ch", "sh", "r"}:
                latin = plain  # "чжи" is zhi, "ши" shi
            elif front and plain in {"z", "c", "s"} and latin == plain:
                continue
            table.setdefault(initial + final, latin + spelt)
    return table


SYLLABLES = _syllables()
PINYIN = Syllabary(SYLLABLES)  # one word's pinyin, its syllables run together ("jinping")


def pinyin(name: str) -> str | None:
    """ "Дин Сюэсян" -> "Ding Xuexiang"; None when a word is no run of Palladius syllables."""
    words = []
    for word in name.split():
        # (a hard sign parts two syllables: "Лянъюй" is Liangyu)
        parts = [
            [PINYIN.spell(piece) for piece in part.lower().split("ъ")] for part in word.split("-")
        ]
        if any(piece is None for part in parts for piece in part):
            return None
        parts = ["".join(part) for part in parts]
        words.append("-".join(part.capitalize() for part in parts if part))
    return " ".join(words) or None


def _inverse() -> dict[str, str]:
    table: dict[str, str] = {}
    for cyrillic, latin in SYLLABLES.items():
        table.setdefault(latin.replace("ü", "v"), cyrillic)  # (the first spelling: "до", not "дуо")
    table["hui"] = "хуэй"  # (not "хуй")
    return table


CYRILLIC_OF = _inverse()
IN_PALLADIUS = Syllabary(CYRILLIC_OF)  # one pinyin word in Palladius letters ("цзясюань")


def palladius(name: str) -> str | None:
    """ "Tang Jiaxuan" -> "Тан Цзясюань"; None when a word is no run of pinyin syllables
    ("Lai Ching-te", in the Wade–Giles spelling, has none)."""
    words = []
    for word in name.split():
        parts = [IN_PALLADIUS.spell(part.lower().replace("ü", "v")) for part in word.split("-")]
        if any(part is None for part in parts):
            return None
        words.append("".join(parts).capitalize())
    return " ".join(words) or None
