"""Russian case forms of names written in Cyrillic: "Токаев" is also Токаева, Токаеву,
Токаевым, Токаеве; "Россия" also России, Россию, Россией; "Саудовская Аравия" also
Саудовской Аравии; the adjective "казахстанский" in every gender, number and case, and as
the first half of a compound ("казахстанско-туркменские")."""

from __future__ import annotations

import functools
import re
from itertools import product

CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
CYRILLIC_WORD_RE = re.compile(r"[\u0400-\u04ff][\w-]*")
CASES = ("gen", "dat", "ins", "pre", "acc")
# Noun endings and their oblique forms, one or more per case: (ending, {case: endings}).
# A word in -ь may be feminine (Беларусь -> Беларуси) or masculine (Игорь -> Игоря): both.
_ENDINGS = [
    ("ия", {"gen": "ии", "dat": "ии", "ins": "ией", "pre": "ии", "acc": "ию"}),
    ("а", {"gen": "ы|и", "dat": "е", "ins": "ой|ей", "pre": "е", "acc": "у"}),
    ("я", {"gen": "и", "dat": "е", "ins": "ей", "pre": "е", "acc": "ю"}),
    ("ий", {"gen": "ия", "dat": "ию", "ins": "ием", "pre": "ии", "acc": "ия"}),
    ("й", {"gen": "я", "dat": "ю", "ins": "ем", "pre": "е", "acc": "я"}),
    ("ь", {"gen": "и|я", "dat": "и|ю", "ins": "ью|ем", "pre": "и|е", "acc": "ь|я"}),
    # Plural names: Нидерланды -> Нидерландов, Филиппины -> Филиппин, Мальдивы -> Мальдивах.
    ("ы", {"gen": "ов|", "dat": "ам", "ins": "ами", "pre": "ах", "acc": "ы"}),
]
# Adjectives before a noun in a name ("Южная Корея", "Объединённые Арабские Эмираты").
_ADJECTIVE_CASES = [
    ("ая", {"gen": "ой", "dat": "ой", "ins": "ой", "pre": "ой", "acc": "ую"}),
    ("яя", {"gen": "ей", "dat": "ей", "ins": "ей", "pre": "ей", "acc": "юю"}),
    ("ые", {"gen": "ых", "dat": "ым", "ins": "ыми", "pre": "ых", "acc": "ые"}),
    ("ие", {"gen": "их", "dat": "им", "ins": "ими", "pre": "их", "acc": "ие"}),
    ("ый", {"gen": "ого", "dat": "ому", "ins": "ым", "pre": "ом", "acc": "ый"}),
    ("ский", {"gen": "ского", "dat": "скому", "ins": "ским", "pre": "ском", "acc": "ский"}),
]
_SURNAME = ("ов", "ев", "ёв", "ин", "ын")
_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
# Adjectives of countries ("казахстанский", "турецкий"): every gender, number and case.
_NOT_COMPOUNDS = {"поло"}  # польский -> "польско-", never "поло" (a sport)
_ADJECTIVE_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")


def _swap(word: str, ending: str, table: dict[str, str], case: str) -> list[str]:
    stem = word[: len(word) - len(ending)]
    return [stem + new for new in table[case].split("|")]


# Names that drop a vowel before their endings.
FLEETING_VOWEL = {"Египет": "Египт"}


def _inflect(word: str, case: str, adjective: bool = False) -> list[str]:
    """The forms of one word in one case (several where the ending is ambiguous)."""
    head, _, last = word.rpartition("-")  # Касым-Жомарт: only the last part declines
    if last.isupper() or not last:  # США, КНР: abbreviations do not decline
        return [word]
    if head and last[-1:].lower() in "уюоеиэ" and not head.isupper():
        # … unless it cannot: "Гвинея-Бисау" -> "Гвинеи-Бисау"
        return [f"{form}-{last}" for form in _inflect(head, case, adjective)]
    lower = last.lower()
    # Папуа, Самоа, Гоа, Бразилиа (the city; "Бразилии" is Brazil's): indeclinable
    if lower.endswith(("уа", "оа", "эа", "иа")):
        return [word]
    forms = None
    if adjective:
        for ending, table in _ADJECTIVE_CASES:
            if lower.endswith(ending):
                forms = _swap(last, ending, table, case)
                break
    if forms is None:
        for ending, table in _ENDINGS:
            if lower.endswith(ending):
                forms = _swap(last, ending, table, case)
                break
        else:
            if lower[-1:] in _CONSONANTS:
                last = FLEETING_VOWEL.get(last, last)  # Египет -> Египта
                forms = [last + {"gen": "а", "dat": "у", "ins": "ом", "pre": "е", "acc": "а"}[case]]
                if case == "ins" and lower.endswith(_SURNAME):
                    # a surname's "Лавровым", and a town's "Киевом", "Пекином": both
                    forms.insert(0, last + "ым")
            else:
                forms = [last]  # Перу, Чили, Марокко: indeclinable
    return [f"{head}-{form}" if head else form for form in forms]


# Particles inside a name, which do not decline: "Ахмедом Абуль Гейтом", "Сергеем де ла Кругом"
_NAME_PARTICLES = """Абу Абуль аль Аль ас Ас эль Эль бин Бин бен Бен ибн Ибн де ди да дос ду ван фон
дер ла ле"""
NAME_PARTICLES = frozenset(_NAME_PARTICLES.split())


def russian_forms(text: str) -> set[str]:
    """The oblique cases of a name written in Cyrillic, each word in the same case:
    Касым-Жомарт Токаев -> Касым-Жомарта Токаева, … Токаевым; Россия -> России, Россию;
    Босния и Герцеговина -> Боснии и Герцеговины. A one-word adjective in -ский/-цкий gets
    all its forms, lower-case and capitalised, and its compound forms (казахстанско-,
    палестино-). Names in other scripts: none."""
    if not CYRILLIC_RE.search(text):
        return set()
    words = text.split()
    if len(words) == 1 and text.lower().endswith(("ский", "цкий")):
        return _adjective_forms(text.lower()) - {text}
    forms = set()
    for case in CASES:
        options = [
            _inflect(w, case, adjective=i < len(words) - 1)
            if len(w) > 1
            and not (i < len(words) - 1 and (w in NAME_PARTICLES or _given_name_in_y(w)))
            else [w]
            for i, w in enumerate(words)
        ]
        forms.update(" ".join(choice) for choice in product(*options))
    return forms - {text}


def _given_name_in_y(word: str) -> bool:
    """A given name in -ы before the surname, which does not decline: "Гурбангулы
    Бердымухамедова" (not an adjective: "Объединённые Арабские Эмираты")."""
    return word[-1:] in "ыЫ" and word[:1].isupper() and "-" not in word


def _adjective_forms(adjective: str) -> set[str]:
    stem = adjective[:-2]
    forms = {stem + ending for ending in _ADJECTIVE_ENDINGS}
    # The first half of a compound: "казахстанско-", "турецко-"; for -ский also without
    # the suffix, as Russian often writes it ("палестино-израильский", "туркмено-").
    forms.add(stem + "о")
    if stem.endswith("ск") and len(stem) > 5 and stem[:-2] + "о" not in _NOT_COMPOUNDS:
        forms.add(stem[:-2] + "о")
    return forms | {f.capitalize() for f in forms}


def word_forms(text: str) -> list[str]:
    """The case forms of every Cyrillic word in `text`, each word on its own, sorted."""
    words = set(CYRILLIC_WORD_RE.findall(text))
    return sorted({form for word in words for form in _word_forms(word)})


@functools.lru_cache(maxsize=16384)
def _word_forms(word: str) -> frozenset[str]:
    """One word's forms, remembered: the index asks for the same names' forms for every
    article that names them."""
    return frozenset(russian_forms(word))


# Oblique endings of masculine names and the nominative ending each stands for, longest
# first: Токаевым -> Токаев, Бердымухамедову -> Бердымухамедов, Сергеем -> Сергей.
_SURNAME_CASES = [
    # adjectival surnames: "Петра Врублевского" -> "Пётр Врублевский"
    ("ского", "ский"), ("скому", "ский"), ("ским", "ский"), ("ском", "ский"),
    ("цкого", "цкий"), ("цкому", "цкий"), ("цким", "цкий"), ("цком", "цкий"),
    ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын"),
    ("ову", "ов"), ("еву", "ев"), ("ину", "ин"), ("ове", "ов"), ("еве", "ев"), ("ине", "ин"),
    ("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ыным", "ын"),
    # Armenian -ян: a woman's never declines, so "Ваана Унаняна" is a man's
    ("яном", "ян"), ("яну", "ян"), ("яне", "ян"), ("яна", "ян"),
    # Serbian, Croatian, Belarusian -ич: "Аркадия Дворковича" -> "Аркадий Дворкович"
    ("ичем", "ич"), ("ичу", "ич"), ("иче", "ич"), ("ича", "ич"),
]  # fmt: skip
# A woman's surname in the genitive, dative, instrumental or prepositional: one form, -ой.
_FEMALE_SURNAME_CASES = [
    ("овой", "ова"),
    ("евой", "ева"),
    ("ёвой", "ёва"),
    ("иной", "ина"),
    ("ской", "ская"),
    ("цкой", "цкая"),
]
_FEMALE_GIVEN_CASES = [("ией", "ия"), ("ии", "ия"), ("ой", "а"), ("ей", "я"), ("ы", "а"),
                       ("е", "а")]  # fmt: skip


def _female_given(word: str) -> str:
    if "." in word or len(word) < 4:
        return word
    for ending, nominative in _FEMALE_GIVEN_CASES:
        if word.endswith(ending):
            return word[: -len(ending)] + nominative
    return word


_GIVEN_CASES = [("еем", "ей"), ("ея", "ей"), ("ею", "ей"), ("ее", "ей"),
                # "Дмитрия" -> "Дмитрий", "Игоря" -> "Игорь"
                ("ием", "ий"), ("ия", "ий"), ("ию", "ий"), ("ии", "ий"),
                ("орем", "орь"), ("оря", "орь"), ("орю", "орь"), ("оре", "орь"),
                # "Абдуллой Абдуллаевым", "Никиты Михалкова": a man's given name in -а
                ("ой", "а"), ("ы", "а"),
                ("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", "")]  # fmt: skip


def nominative_name(name: str, instrumental: bool = False, genitive: bool = False) -> str:
    """A man's name as a title's genitive, dative or instrumental left it, back in the
    nominative: "Бахтиером Саидовым" -> "Бахтиер Саидов", "Р.О.Мередовым" -> "Р.О.Мередов",
    "Жээнбека Кулубаева" -> "Жээнбек Кулубаев". A name already in the nominative (or a
    woman's, "Мария Захарова") is left as it is: the surname decides."""
    words = name.split()
    if not words or not CYRILLIC_RE.search(name):
        return name
    head, _, surname = words[-1].rpartition(".")
    for ending, nominative in _FEMALE_SURNAME_CASES:  # "Эльмиры Ахундовой" -> "Эльмира Ахундова"
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            words[-1] = (head + "." if head else "") + surname[: -len(ending)] + nominative
            words[:-1] = [_female_given(w) for w in words[:-1]]
            return " ".join(words)
    for ending, nominative in _SURNAME_CASES if surname not in FEMALE_GIVEN else ():
        if surname.endswith(ending) and len(surname) > len(ending) + 2:
            if ending in {"ова", "ева", "ина"} and not _oblique_given(words[:-1]):
                return name  # "Захарова": a woman's name, or a man's genitive? Keep it.
            words[-1] = (head + "." if head else "") + surname[: -len(ending)] + nominative
            words[:-1] = [_given_nominative(w) for w in words[:-1]]
            return " ".join(words)
    if (
        not head
        and surname.endswith("ия")
        and len(surname) > 5
        and surname[-3] in "гд"
        and _oblique_given(words[:-1])
    ):
        # "и.о. министра Владимира Хандогия": a surname in -гий or -дий in the genitive, the
        # given name before it in the genitive too (not "Луиса Гарсия", a García)
        words[-1] = surname[:-2] + "ий"
        words[:-1] = [_given_nominative(w) for w in words[:-1]]
        return " ".join(words)
    given = [w for w in words[:-1] if w not in ARAB_LINEAGE]
    if (
        ARAB_ARTICLE_RE.match(surname)
        and given
        and all(_oblique_given([w]) or (instrumental and _instrumental_given(w)) for w in given)
        and not head
    ):
        # "представителя МИД Маджида бен Мухаммеда аль-Ансари": the article's word never
        # changes; the given names and the father's name do
        words[:-1] = [w if w in ARAB_LINEAGE else _given_nominative(w) for w in words[:-1]]
        return " ".join(words)
    if (
        INDECLINABLE_SURNAME_RE.search(surname)
        and words[:-1]
        and all(_oblique_given([w]) or w.endswith("ея") for w in words[:-1])
    ):
        # "посла Владимира Ельченко": a surname that never changes; the given name tells
        words[:-1] = [w if w in MALE_GIVEN_IN_A else _given_nominative(w) for w in words[:-1]]
        return " ".join(words)
    if (
        not head
        and len(words) >= 2
        and re.search(r"[иуэ]$", surname)
        and (
            (genitive and _oblique_given(words[:1]))
            or (instrumental and _instrumental_given(words[0]))
        )
    ):
        # "первого вице-президента Ирана Мохаммада Реза Рахими", "с вице-президентом
        # Мохаммадом Реза Рахими": a foreign surname in a vowel never changes; the first
        # given name does (a second, "Реза", is as written)
        words[0] = _given_nominative(words[0])
        return " ".join(words)
    if (
        instrumental
        and words[:-1]
        and not _foreign_instrumental(surname)
        and all(_female_instrumental(w) for w in words[:-1])
    ):
        # "с президентом МККК Мирьяной Сполярич": a woman's foreign surname never changes,
        # her given name does ("Мирьяной" -> "Мирьяна", "Каей" -> "Кая")
        words[:-1] = [_female_instrumental(w) or w for w in words[:-1]]
        return " ".join(words)
    if (
        instrumental
        and words[:-1]
        and len(surname) > 4
        and surname.endswith("ой")
        and surname[-3] in _CONSONANTS
        and (
            all(_foreign_instrumental(w) for w in words[:-1])
            # (or a given name that never changes: "с послом Японии Кэйдзи Ямадой")
            or all(w[-1:] in "оеиу" for w in words[:-1])
        )
    ):
        # "с министром … Денисом Монкадой", "Даниэлем Ортегой": a man's surname in -а
        # declined like a feminine noun, his given name like a masculine one
        words[-1] = (head + "." if head else "") + surname[:-2] + "а"
        words[:-1] = [_given_instrumental(w) if _foreign_instrumental(w) else w for w in words[:-1]]
        return " ".join(words)
    if (
        instrumental
        and words[:-1]
        and surname[-1:] in "иеоу"
        and all(_foreign_instrumental(w) for w in words[:-1])
    ):
        # "с премьер-министром Клеопасом Дламини": a foreign surname that never changes, the
        # given name declined like a noun ("Клеопасом" -> "Клеопас")
        words[:-1] = [_given_instrumental(w) for w in words[:-1]]
        return " ".join(words)
    if instrumental and _foreign_instrumental(surname):
        # After "с министром …": a foreign surname declined like a noun, "Хабибом" -> "Хабиб";
        # given names "Абдаллой" -> "Абдалла", "Хосейном" -> "Хосейн"; "Бу", "Ле" as written.
        # (one ending in -й after a vowel: "Балоем" -> "Балой")
        stem = surname[:-2] if surname[-3] in _CONSONANTS else surname[:-2] + "й"
        words[-1] = (head + "." if head else "") + stem
        words[:-1] = [_given_instrumental(w) for w in words[:-1]]
        return " ".join(words)
    if (
        genitive
        and len(surname) > 4
        and surname.endswith("ы")
        and surname[-2] in _CONSONANTS
        and words[:-1]
        and all(w[-1:] in "оеиую" for w in words[:-1])
    ):
        # After "спецпредставителя …": a foreign surname declined like a noun, "Харады" ->
        # "Харада" (the given name that never changes tells: "Тикахито", "Фумио")
        words[-1] = (head + "." if head else "") + surname[:-1] + "а"
        return " ".join(words)
    if (
        genitive
        and len(surname) > 4
        and surname.endswith("а")
        and surname[-2] in _CONSONANTS
        and _oblique_given(words[:-1])
        and all(w.endswith("а") for w in words[:-1])
    ):
        # After "спецпосланника …": a foreign man's name declined like nouns, "Стивена
        # Уиткоффа" -> "Стивен Уиткофф" (the given name in -а too: not a woman's)
        words[-1] = (head + "." if head else "") + surname[:-1]
        words[:-1] = [_given_nominative(w) for w in words[:-1]]
        return " ".join(words)
    if (
        genitive
        and len(surname) > 4
        and surname.endswith(("ая", "уя", "оя"))
        and _oblique_given(words[:-1])
        and all(w.endswith("а") for w in words[:-1])
    ):
        # After "пресс-секретаря …": a surname in -ай declined like "Николай", "Айдоса
        # Укибая" -> "Айдос Укибай"
        words[-1] = (head + "." if head else "") + surname[:-1] + "й"
        words[:-1] = [_given_nominative(w) for w in words[:-1]]
        return " ".join(words)
    return name


def _foreign_instrumental(word: str) -> bool:
    return len(word) > 4 and (
        (word.endswith(("ом", "ем")) and word[-3] in _CONSONANTS)
        or word.endswith(("оем", "аем", "уем"))  # "Балоем": a stem in -й ("Балой")
    )


def _female_instrumental(word: str) -> str | None:
    """A woman's given name in the instrumental, in the nominative; None when it is not one:
    "Мирьяной" -> "Мирьяна", "Натальей" -> "Наталья", "Марией" -> "Мария", "Каей" -> "Кая"."""
    if len(word) <= 3 or "." in word:
        return None
    if word.endswith("ой") and word[-3] not in "аеиоуыэюяй":
        return word[:-2] + "а"
    if word.endswith(("ией", "ьей", "аей", "уей", "оей")):
        return word[:-2] + "я"
    return None


def _given_instrumental(word: str) -> str:
    if "." in word or len(word) <= 3:
        return word
    if word.endswith("лем") and len(word) > 5:
        return word[:-2] + "ь"  # "Даниэлем" -> "Даниэль", "Мишелем" -> "Мишель"
    if _foreign_instrumental(word) and word[-3] in _CONSONANTS:
        return word[:-2]
    if word.endswith("еем"):
        return word[:-3] + "ей"
    if word.endswith("аем"):
        return word[:-3] + "ай"  # "Юраем" -> "Юрай"
    if word.endswith("ой") and word[-3] not in "аеиоуыэюя":
        return word[:-2] + "а"
    return word


# Women's given names in the nominative that look like a man's genitive ("Ирина" / "Ирин"):
# with one of them, "Ирина Петрова" is a woman's name as it stands.
_FEMALE_GIVEN = """Анна Ирина Елена Ольга Марина Светлана Татьяна Наталья Валентина Галина Людмила
    Оксана Кристина Вероника Алла Инна Нина Вера Надежда Екатерина Анастасия Дарья
    Евгения Лариса Тамара Виктория Элла Эльвира Эльмира Лейла Гульнара Жанна Дина Алина
    Римма Раиса Роза Софья Ксения Полина Маргарита Александра Валерия Карина Камила Диана
    Регина Зарина Динара Гульмира Назира Майя Лидия Зинаида Антонина Серафима Милена
    Снежана Ульяна Яна Элина Эвелина Гульнора Дильноза Малика Мадина Айгерим"""
FEMALE_GIVEN = frozenset(_FEMALE_GIVEN.split())
# Men's given names that end in -а/-я in the nominative ("Никита Ельченко" as it stands).
MALE_GIVEN_IN_A = frozenset(
    ["Никита", "Кузьма", "Фома", "Лука", "Савва", "Илья", "Данила", "Гаврила"]
)
# Surnames that do not decline: -ко ("Ельченко"), -их/-ых ("Черных"), -аго/-яго.
# (Tajik "-зода" too; and a foreign one ending in -у or -ю: "Дональда Лу"; not -а, -о: "Ямада
# Дзиро", a Japanese family name first, is in the nominative)
INDECLINABLE_SURNAME_RE = re.compile(r"(?:[ео]нко|[ыи]х|[ая]го|зода|[ую])$")
# An Arab family name with its article ("аль-Ансари"), and the words of lineage before it
ARAB_ARTICLE_RE = re.compile(r"(?:аль|ал|эль|ас|ад|ат|аш|ар|аз|ан)-[А-ЯЁ]")
ARAB_LINEAGE = frozenset(["бин", "бен", "ибн", "бинт"])


# Men's given names in -ий, whose genitive in -ия is no woman's name ("Дмитрия Петрова").
_MALE_GIVEN_IN_IY = """
Дмитрий Василий Анатолий Геннадий Юрий Григорий Виталий Аркадий Георгий Арсений Афанасий
Иннокентий Леонтий Савелий
"""
MALE_GIVEN_IN_IY = frozenset(_MALE_GIVEN_IN_IY.split())


def _oblique_given(words: list[str]) -> bool:
    return bool(words) and all(
        (w.endswith(("а", "я")) and w[-2:-1] not in "аеиоуыэюя" and w not in FEMALE_GIVEN)
        or (w.endswith("ия") and w[:-1] + "й" in MALE_GIVEN_IN_IY)
        # "Алексея", "Сергея", "Андрея": a man's name in -ей
        or (w.endswith("ея") and len(w) > 4 and w not in FEMALE_GIVEN)
        for w in words
    )


def _instrumental_given(word: str) -> bool:
    """A man's given name in the instrumental: "Мухаммадом", "Абдуллой"."""
    return len(word) > 4 and (
        (word.endswith("ом") and word[-3] in _CONSONANTS) or word.endswith("ой")
    )


def _given_nominative(word: str) -> str:
    if "." in word or len(word) < 4:
        return word
    for ending, nominative in _GIVEN_CASES:
        stem = word[: -len(ending)]
        if word.endswith(ending) and (nominative or stem[-1:] in _CONSONANTS):
            return stem + nominative
    return word


# The head words of Russian titles, by stem, in their oblique cases ("с послом", "министра",
# "главой", "первым заместителем"): a title read after a preposition or a verb, as an office
# is written, in the nominative.
_TITLE_HEADS = [
    (r"посл(?:ом|а|у|е)", "посол"),
    (
        r"((?:премьер-)?министр|вице-премьер|президент|советник|помощник|спикер|посланник)"
        r"(?:ом|а|у|е)",
        r"\1",
    ),
    # ("пресс-секретаря", "вице-председателя", "госсекретарём")
    (r"([\w-]*(?:заместител|председател|представител|секретар))(?:ём|ем|я|ю|е)", r"\1ь"),
    (r"глав(?:ой|ы|е|у)", "глава"),
    (r"(генеральн|специальн|перв|чрезвычайн|полномочн)(?:ым|ого|ому)", r"\1ый"),
]
_TITLE_HEAD_RES = [(re.compile(rf"{stem}\Z"), nominative) for stem, nominative in _TITLE_HEADS]


def _title_word_nominative(word: str) -> str | None:
    lowered = word.lower()
    for pattern, nominative in _TITLE_HEAD_RES:
        if pattern.fullmatch(lowered):
            base = pattern.sub(nominative, lowered)
            return base[:1].upper() + base[1:] if word[:1].isupper() else base
    return None


def title_nominative(title: str) -> str:
    """A Russian title's head words in the nominative, the rest as written: "послом" ->
    "посол", "первым заместителем министра" -> "первый заместитель министра", "главой МИД"
    -> "глава МИД"; a title already in the nominative is left as it is."""
    words = title.split()
    done = []
    for i, word in enumerate(words):
        if word == "и" and done:  # "Чрезвычайным и Полномочным Послом"
            done.append(word)
            continue
        nominative = _title_word_nominative(word)
        if nominative is None:
            return " ".join(done + words[i:])
        done.append(nominative)
        if not nominative.lower().endswith(("ый", "ий")):
            return " ".join(done + words[i + 1 :])  # the head noun: what follows is its own
    return " ".join(done)
