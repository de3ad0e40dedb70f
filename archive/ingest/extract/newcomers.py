"""Officials the gazetteer does not know, introduced with an office: they are people.

    Foreign Minister Jane Doe                     Energy Minister Alexander Novak
    Jane Doe, the Foreign Minister of Ruritania,  the UN envoy for Libya, Ghassan Salamé
    Ambassador of Russia to Mongolia I.K.Azizov   ministry spokeswoman Lee Jong-joo
    his North Korean counterpart, Pak Ui-chun
    Министр иностранных дел Узбекистана Абдулазиз Камилов
    the ambassadors of Greece, Ms. Nike Koutrakou, Ghana, Mr. Nana Kwesi Arhin

A name is two to five capitalised words (particles between them: "Nicolas de Rivière",
"Anwar bin Mohamed Gargash"; hyphens kept: "Chey Tae-won"; initials: "B. Atdaev",
"С.Жээнбеков"). The office gives the person's country where it names one ("Russian
Ambassador", "of Tajikistan", "Turkmenistan's"). They are stored as people marked for
review, with that office on the article's date (archive/ingest/writer.py), and take part
in events like anyone else.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import dataclass, replace

import ahocorasick

from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Match, surname_and_initial
from archive.ingest.extract.personal_names import (
    INITIALS,
    LATIN_WORD,
    NAME_BODY,
    NOT_NAME_WORDS,
    PARTICLES,
    clean_name,
    name_after,
    plausible_name,
    ru_names_after,
)
from archive.ingest.extract.titles import LIST_GAP_RE, SEATS
from archive.text.names import pinyin_name, skeleton
from archive.text.palladius import pinyin
from archive.text.polivanov import hepburn
from archive.text.russian import CYRILLIC_RE, nominative_name, title_nominative
from archive.text.sentences import sentence_spans
from archive.text.slugs import slug as make_slug
from archive.text.translit import translit

# --- Offices ----------------------------------------------------------------------------

_HEADS = r"""
Prime\s+Minister|Premier|President|Vice[- ]President|Chancellor|Vice[- ]Chancellor|Taoiseach
|(?:Foreign|Defen[cs]e|Finance|Economy|Energy|Trade|Interior|Justice|Agriculture|Transport
|Education|Health|Culture|Labou?r|Industry|Emergencies|Digital|Environment|Tourism|Sports?
|Unification|External\s+Affairs|Home\s+Affairs|Internal\s+Affairs|Home|Economic\s+Development|Investment|Planning|Water|Oil
|Petroleum|Communications|Information|Housing|Science|Youth|Fisheries|Aviation|Commerce
|Technology|Infrastructure|Immigration|Power|International\s+Cooperation)
(?:\s+and\s+(?:International\s+)?[A-Z][a-z]+)?\s+(?:Deputy\s+)?M[a-z]?nister
|Minister\s+Mentor|Minister[- ]Counsell?or
|Minister(?:\s+(?:of|for)\s+(?:State(?:\s+for\s+[A-Z][a-z]+(?:\s+Affairs)?)?
|[A-Z][a-z]+\s+(?:Affairs|Development|Relations|Trade|Security|Resources|Policy|Protection)
(?:\s+and\s+(?:(?:International|African|Regional|European|Caribbean|Foreign)\s+)?(?:Cooperation
|Integration|Trade|Expatriates|Emigrants|Development|Worship|Commerce|Diaspora|Tourism))?
|[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?))?
|(?:Foreign|Defen[cs]e|Home|Treasury|Commerce|Energy|Health|Labou?r|Transport(?:ation)?|Interior
|Agriculture|Education|Trade|Cabinet|Finance|Justice)\s+Secretary|Secretary\s+of\s+State
|Secretary\s+of\s+(?:the\s+)?(?:Homeland\s+Security|Foreign\s+Affairs|Veterans\s+Affairs
|Health\s+and\s+Human\s+Services|Housing\s+and\s+Urban\s+Development|[A-Z][a-z]+)
|Secretary[- ]General|Secretary\s+\([A-Z][a-z]+\)
|Under[- ]?Secretary(?:[- ]General)?|Sub-?secretary|State\s+Secretary
|Permanent\s+Secretary|Secretary
|Ambassadors?[- ]designate|High\s+Commissioners?[- ]designate
|Ambassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?|Charg[eé]\s+d[’'][ \t]?Affaires
|Consul[- ]General
|Consul|Minister[- ]Counsell?or|Counsell?or|Attach[eé]
|Administrator
|Chief\s+Justice|Justice
|(?:Special|Personal|Presidential|chief\s+nuclear|nuclear)\s+(?:Envoy|Representative)|Envoy
|High\s+Representative|High\s+Commissioner|Permanent\s+Representative|Representative
|Permanent\s+Observer|(?:Special\s+)?Rapporteur
|Mediator|(?:Emergency\s+Relief|Humanitarian|Resident|Special|Regional)\s+Coordinator|Coordinator
|Spokes(?:man|woman|person)|Press\s+Secretary|National\s+Security\s+Advis[eo]r|Advis[eo]r
|Diplomat|State\s+Council+or
|Assistant\s+to\s+the\s+(?:U\.S\.\s+)?President(?:\s+for\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?
|Chief\s+of\s+Protocol|Chief\s+of\s+(?:the\s+)?(?:Army\s+|Naval\s+|Air\s+|Defen[cs]e\s+|General\s+|Joint\s+)?Staff|Chef\s+de\s+Cabinet|Chair(?:man|woman|person)?(?:-in-Office)?|Co-?chair(?:man|woman)?
|Speaker|Governor|Gov\.|Mayor|Senator|Sen\.|Rep\.|Congress(?:man|woman)|Commissioner
|(?:Police|Opposition|Majority|Minority)\s+(?:Commissioner|Leader|Chief|Whip)|Councill?or
|Director[- ]General|General\s+Director|Director|Head|Chief|Commander|Political\s+Director
|Crown\s+Prince|Emir
|Inspector[- ]General|(?:Special|Personal|Senior|Technical)\s+Assistant
|King|Queen|Sultan(?!\s+(?:bin|ibn|[Aa]l)\b)(?!(?-i:\s+[A-Z][a-z]+\s+[Aa]l-[A-Z][\w'’-]*(?![\w'’-])(?!\s+[A-Z])))|Counterpart|counterpart|Colleague|colleague|Leader
|(?:spy|parliamentary|parliament|party|army|military|intelligence|security|nuclear)\s+chief
|(?<=['’]s\x20)deputy|(?<=\bhis\x20)deputy|(?<=\bher\x20)deputy
|Akim|(?:Presidential|Kremlin|Senior|Top|Press)\s+[Aa]ide
|(?:(?<=\ban\x20)|(?<=[Ss]enior\x20)|(?<=\b[Tt]op\x20)|(?<=\b[Cc]lose\x20))[Aa]ide(?=\x20to\x20(?-i:[A-Z]))
|[Aa]ide\s+to\s+(?:the\s+)?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Kk]ing)
|(?:Duma|Parliament|Knesset|Majlis|Mejlis|Senate|Bundestag|Rada)\s+[Mm]ember
|Member\s+of\s+the\s+(?:Standing\s+Committee\s+of\s+the\s+)?(?:Politburo|Political\s+Bureau)(?:\s+Standing\s+Committee)?
|Member\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?[Dd]elegation
|Politburo\s+(?:Standing\s+Committee\s+)?Member
|(?-i:MoS|MOS|PM|FM|MP)|Negotiator|Lawmaker|Legislator|Parliamentarian|Member\s+of\s+Parliament
|(?:Chief\s+)?Prosecutor(?:[- ]General)?|Ombudsman|Attorney[- ]General|Solicitor[- ]General
|(?:Foreign\s+Ministry|Ministry|Foreign\s+Office|State\s+Department|Kremlin|White\s+House|Pentagon
|Defen[cs]e\s+Ministry|Government|High-ranking|Senior|Top)\s+[Oo]fficial
|(?:(?<=[a-z]an\x20)|(?<=[a-z]ean\x20)|(?<=[a-z][a-z]i\x20)|(?<=[a-z]ese\x20)|(?<=[a-z]ish\x20)|(?<=\b[A-Z]{2}\x20)|(?<=U\.S\.\x20))(?<!\b[Aa]n\x20)(?<!\b[Aa]\x20)(?-i:official)(?=\x20(?-i:[A-Z])[a-z])
"""
_MODIFIERS = r"""(?:(?:First|Deputy|Vice|Acting|Assistant|Principal|Senior|Chief|Executive
|Additional|Joint|Permanent|Special|Presidential|Interim|Second|Former|former|newly\s+appointed|new|then
|top|Parliamentary|State(?=\s+Minister))\s+|Vice-|Deputy-)"""
# (a head abbreviated ends at its full stop: "Gov.", "Sen.", "Rep.")
TITLE_HEAD = re.compile(
    rf"\b{_MODIFIERS}*(?:{_HEADS})(?:\b|(?<=\.))".replace("\n", ""), re.IGNORECASE
)
# The first word (its letters, lower case) of every title TITLE_HEAD finds: a modifier's or a
# head's. The pattern is tried only where a word from this set begins, not at every word of
# the text (tests/test_extract_newcomers.py checks the two agree).
_TITLE_FIRST_WORDS = """mediator coordinator emergency humanitarian resident regional
    additional joint first deputy vice acting assistant principal parliamentary
    senior chief executive
    permanent special presidential interim second former newly new then prime premier
    president chancellor
    foreign defence defense finance economy energy trade interior justice agriculture
    transport education health culture labor labour industry emergencies digital environment
    tourism sport sports unification external home economic minister secretary under state
    investment planning water oil petroleum communications information housing
    science youth fisheries aviation technology infrastructure immigration power international
    treasury commerce cabinet transportation
    undersecretary subsecretary sub ministry white pentagon government high aide negotiator
    official
    lawmaker legislator parliamentarian mp prosecutor ombudsman attorney solicitor general
    ambassador ambassadors chargé charge consul personal nuclear envoy high representative
    spokesman
    diplomat rapporteur
    spokeswoman spokesperson press national advisor adviser chef chair chairman chairwoman
    chairperson co cochair cochairman cochairwoman speaker governor gov mayor senator sen rep
    congressman congresswoman commissioner director head commander political crown emir king
    queen sultan counterpart colleague spy leader parliamentary parliament party army military
    intelligence security taoiseach counselor counsellor attaché attache
    justice administrator member politburo akim kremlin top duma knesset majlis mejlis senate
    bundestag rada mos inspector pm fm internal police opposition majority minority councillor
    councilor"""
TITLE_FIRST_WORDS = frozenset(_TITLE_FIRST_WORDS.split())
# … those that begin a title only before "Minister" ("Information Minister"): tried only
# where "minist" follows within a few words, being common words otherwise
_BEFORE_MINISTER_ONLY = """investment planning water oil petroleum communications information
    housing science youth fisheries aviation technology infrastructure immigration power
    international"""
BEFORE_MINISTER_ONLY = frozenset(_BEFORE_MINISTER_ONLY.split())


def _first_word_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in TITLE_FIRST_WORDS:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


FIRST_WORDS = _first_word_automaton()


def title_heads(text: str):
    """TITLE_HEAD.finditer(text), trying the pattern only where a title can begin: at a
    word of TITLE_FIRST_WORDS, found by one multi-pattern pass over the text."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: no shortcut
        yield from TITLE_HEAD.finditer(text)
        return
    starts = set()
    for end, length in FIRST_WORDS.iter(lowered):
        start = end - length + 1
        if (start == 0 or not text[start - 1].isalpha()) and not text[end + 1 : end + 2].isalpha():
            if (
                lowered[start : end + 1] in BEFORE_MINISTER_ONLY
                and "minist" not in lowered[end : end + 60]
            ):
                continue
            starts.add(start)
    position = 0
    for start in sorted(starts):
        if start >= position and (m := TITLE_HEAD.match(text, start)):
            position = m.end()
            yield m


# What a title may be of: "of the Russian Federation to Mongolia", "for Libya", "(MEA)".
COMPLEMENT = re.compile(
    # (and "U.S.": "Director of the U.S. Secretary of State's Policy Planning Staff")
    # (not a day after it: "Finance Minister of Bangladesh on Monday", "… of the French Foreign
    # Ministry on November 30")
    r"(?:[ \t]+(?:of|for|to|in|at|on)[ \t]+(?:the[ \t]+)?(?!(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)(?:U\.[SNK]\.|[A-Z][\w’'-]*|[A-Z]{2,})"
    # (whole words: not the "for" of "foreign" in "at Germany's foreign office")
    r"(?:[ \t]+(?:and[ \t]+)?(?:[A-Z][\w’'-]*|(?:of|for|the)\b))*|[ \t]+\([^)]{1,20}\))*"
)
PLURAL_OFFICE_RE = re.compile(
    # (not one envoy's rank: "Ambassador Extraordinary and Plenipotentiary of Uzbekistan")
    r"\b(?:[A-Z][a-z]+(?:ies|ers|ors|ents|ives|ants)|[Mm]inisters)\b"
    r"|\sand\s(?!Plenipotentiary\b)"
)
# A verb in the feminine past right after a name: "Гульшара Абдыкаликова приняла"
FEMININE_VERB_AFTER_RE = re.compile(r"[ \t]+(?:также[ \t]+)?[а-яё]{2,}(?:ла|лась)\b")
# A title in the instrumental ("с министром", "главами МИД", "коллегой"): its name is too.
INSTRUMENTAL_TITLE_RE = re.compile(r"\w*(?:ом|ем|ой|ей|ым|им|ами|ями)\b")
# "спецпредставителя правительства Японии Тикахито Харады": a title in the genitive
GENITIVE_TITLE_RE = re.compile(
    r"(?:[Пп]ерв(?:ого|ый)\s+)?(?:[\w-]*(?:представител|заместител|председател|секретар)я|[Пп]осла"
    r"|(?:[Вв]ице-)?[Мм]инистра|[Гг]лавы|(?:[Вв]ице-)?[Пп]резидента|[Пп]ремьер-министра|[Сс]оветника|[Пп]омощника"
    r"|(?:[Сс]пец)?[Пп]осланника)\b"
)
TITLE_IN_INSTRUMENTAL_BEFORE_RE = re.compile(
    r"(?:министр|президент|посл|секретар|председател|советник)\w*(?:ом|ем)\s+(?:[а-яё]+\s+){0,2}\Z"
)
WITH_BEFORE_RE = re.compile(r"(?:^|[\s(])[Сс]о?\s[^.;!?]*$")  # "с исполняющим обязанности …"
# (and "with": "спецпредставитель … по отношениям с Россией")
RU_IN_LIST_RE = re.compile(
    r"(?:^|\s)(?:в|во|по)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)*\s+и\s+(?:[А-ЯЁ][\w-]*\s+){0,2}\Z"
)
# (a state's form between: "посол в Республике Ангола")
RU_FOR_OR_IN_RE = re.compile(
    r"(?:^|\s)(?:по|в|во|с|со)\s(?:(?:[Рр]еспублик|[Кк]оролевств|[Гг]осударств|[Фф]едераци)\w*\s)?\Z"
)
RU_TITLE = re.compile(
    # (a word of its own: not "министр" inside "администрации")
    # ("вице-министр торговли Кайрат Торебаев": a deputy minister in Kazakh usage)
    r"(?<![А-Яа-яЁё-])(?:[Пп]ерв\w+\s+)?(?:[Зз]аместител\w+\s+|[Вв]ице-)?(?:[Мм]инистр\w*\s+иностранных\s+дел|[Гг]лав\w+\s+МИД"
    # "послу", "посла" — not "после" ("after")
    # (a portfolio after it, not a verb: "министр встретился с Генеральным секретарём X")
    r"|[Мм]инистр\w*(?!\s+[а-яё]+[аеиоуыя]л(?:а|и|о|ся|ась|ись|ось)?\b)(?:\s+[а-яё]+){1,3}|[Мм]инистр\w*(?=\s+[А-ЯЁ][а-яё]+\s+[А-ЯЁ])|[Пп]осол\w*|[Пп]осл[ау]|[Пп]ослом|[Пп]ресс-секретар\w*"
    r"|[Гг]енеральн\w+\s+[Кк]онсул\w*"
    # "председатель Сената Парламента Казахстана Маулен Ашимбаев": the body's name is the
    # title's, not a name
    r"|[Гг]енеральн\w+\s+[Сс]екретар\w+|[Пп]редседател\w+(?:\s+(?:Сената|Мажилиса|Парламента"
    r"|Совета|Комитета|Государственной\s+[Дд]умы|Госдумы|Верховного\s+Совета|Правления"
    r"|Национального\s+[Сс]обрания|Федерального\s+[Сс]обрания|Олий\s+Мажлиса|Жогорку\s+Кенеша"
    r"|Милли\s+Меджлиса|Верховной\s+Рады|Халк\s+Маслахаты))*|[Пп]ремьер-министр\w*|[Пп]резидент\w*"
    # "временный поверенный в делах США", "депутат Мажилиса"
    r"|(?:[Вв]ременн\w+\s+)?[Пп]оверенн\w+\s+в\s+делах|[Дд]епутат\w*(?:\s+(?:Мажилиса|Сената"
    r"|Государственной\s+[Дд]умы|Госдумы|[Пп]арламента|Олий\s+Мажлиса|Жогорку\s+Кенеша))?"
    # "сенатор Владимир Джабаров"
    r"|[Сс]енатор\w*"
    r"|[Сс]пикер\w*|[Сс]оветник\w*|[Пп]омощник\w*|[Оо]фициальн\w+\s+представител\w+"
    r"|[Сс]пецпредставител\w*|[Сс]пециальн\w+\s+представител\w+|[Сс]пецпосланник\w*"
    r"|[Зз]амглавы\s+МИД|[Зз]амминистр\w*|(?:[Зз]ам)?[Гг]оссекретар\w*|[Кк]оллег\w*"
    # "вице-премьер российского правительства Сергей Иванов", "глава Минпромторга РФ …"
    r"|[Вв]ице-премьер\w*(?:-министр\w*)?|[Гг]лав\w+\s+(?:Мин[а-яё]{3,}|Центробанка|ЦБ\s+РФ|ЦБ)"
    # "аким Алматы", "секретарь Совета безопасности"
    r"|[Аа]ким\w*|(?:[Сс]татс-)?[Сс]екретар[ьяюе]\w*"
    # "раис Татарстана Рустам Минниханов", "губернатор …", "мэр …"
    r"|[Рр]аис\w*|[Гг]убернатор\w*|[Мм]эр(?:а|у|ом|е)?(?![\w-])"
    # "руководитель администрации президента Айбек Дадебай", "руководитель аппарата …"
    # ("глава Канцелярии премьер-министра Венгрии Гергей Гуйяш": the Office's head, not its
    # Prime Minister)
    r"|(?:[Рр]уководител|[Гг]лав)\w+\s+(?:[Аа]дминистрации|[Аа]ппарата|[Кк]анцелярии|[Оо]фиса)"
    r"(?:\s+[а-яё-]+){0,2}"
    # "заместитель главы пресс-службы Государственного департамента США Ведант Пател"
    r"|(?:[Рр]уководител|[Гг]лав|[Нн]ачальник)\w*\s+пресс-служб\w+"
    # "начальник управления Америки МИД", "директор Департамента Северной Америки МИД"
    r"|(?:[Нн]ачальник\w*|[Дд]иректор\w*)\s+(?:управлени|отдел|департамент|[Дд]епартамент)\w*"
    r"(?:\s+[А-ЯЁа-яё]+){0,3}?\s+МИД\w*)"
)


# --- Names -------------------------------------------------------------------------------

# Whose officials' names Russian writes by a system of its own, read back: Chinese names by
# Palladius, Japanese ones by Polivanov (archive.text.palladius, polivanov)
RUSSIAN_SYSTEMS = {**dict.fromkeys(["CN", "TW", "HK", "MO", "SG"], pinyin), "JP": hepburn}

# (the countries whose officials' names are Chinese: archive.ingest.extract.mentions too)
CHINESE = frozenset({"CN", "TW", "HK", "MO"})
# A case ending on the last syllable of a Chinese given name in Russian (its syllables end in
# a vowel, "н" or "р" in the nominative): "Цзиньпина", "Хайлонгу", "Кэцяном"
CHINESE_CASE_END_RE = re.compile(r"(?<=\w[а-яё][нгр])(?:а|у|ом|е)\Z")
# … and on one in -эй, -ей ("Ли Хуэя" is Li Hui, "Хуэй")
CHINESE_J_CASE_END_RE = re.compile(r"(?<=\w[эе])(?:я|ю|ем)\Z")
CYRILLIC_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?"
CYRILLIC_NAME = re.compile(
    rf"(?P<name>(?:[А-ЯЁ]\.\s?){{1,2}}{CYRILLIC_WORD}|{CYRILLIC_WORD}(?:\s+{CYRILLIC_WORD}){{1,2}})"
)


@dataclass(frozen=True)
class NewPerson:
    name: str
    title: str
    country: str | None
    offset: int
    count: int = 1  # how often the article names them (in full, or by surname after)
    role: str = "other"  # head_of_state, head_of_government, foreign_minister or other
    written: str = ""  # the name as the text writes it ("Бахтиером Саидовым")
    aliases: tuple[str, ...] = ()  # other forms: the Cyrillic nominative of a Cyrillic name

    @property
    def key(self) -> str:
        return newcomer_key(self.name)


def newcomer_key(name: str) -> str:
    return make_slug(name)[:150] or "person"


# An office owning an event, in what was read as a title: "foreign minister's meeting with"
OWNED_EVENT_RE = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?:meetings?|visits?|talks|trip|calls?|conversation|remarks|speech"
    r"|message|letter|invitation)\b"
)
# A place or an institution named after someone: "Jomo Kenyatta International Airport",
# "the Nursultan Nazarbayev University", "the Heydar Aliyev Centre".
NAMED_AFTER_RE = re.compile(
    r"['’]?\s+(?:International\s+)?(?:Airport|University|Stadium|Street|Avenue|Boulevard"
    r"|Prospect|Square|Bridge|Hospital|Library|Museum|Foundation|Centre|Center|Mosque|Memorial"
    r"|Mausoleum|Park|Palace|School|Institute|Academy|Hall|Complex|Prize|Award|Order|Medal"
    r"|Scholarship|Fund)\b"
)


TITLE_THEN_COMMA_RE = re.compile(
    r"[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:Minister|President|Secretary|Ambassador|Chairman"
    r"|Premier|Chancellor|Speaker|Governor|Envoy|Adviser|Advisor),[ \t]+"
)
# An office of a state's government (not "leader", "activist")
STATE_OFFICE_RE = re.compile(
    r"\b(?:Minister|Secretary|Ambassador|Director|Spokes(?:man|woman|person)|Premier|President"
    r"|Chairman|Governor|Mayor|Envoy|Counsel+or|Consul|Commissioner)\b",
    re.IGNORECASE,
)
# The styles the Malaysian state confers, right before a name ("Datuk Seri", "Tan Sri")
MALAYSIAN_STYLE_BEFORE_RE = re.compile(
    r"\b(?:Datuk(?:\s+(?:Seri|Patinggi))?|Tan\s+Sri|Dato['’]\s+Sri|Dato['’]\s+Seri)\s+\Z"
)
# The courtesies Indian official copy gives Indians only ("Vice President Shri X", "External
# Affairs Minister Smt. Y"; a guest is "Mr", "H.E.")
INDIAN_STYLE_BEFORE_RE = re.compile(r"\b(?:Shri|Smt\.?|Shrimati|Sushri)\s+\Z")
# A province named right after a local office, no "of" between (Pakistani copy)
PROVINCE_FIRST_RE = re.compile(
    r"(?:Punjab|Sindh|Balochistan|Baluchistan|Khyber\s+Pakhtunkhwa|KPK|KP|Gilgit-Baltistan|AJK)"
    r"[ \t]+(?=[A-Z][\w'’-]+[ \t]+[A-Z])"
)
OTHER_FIRST_RE = re.compile(r"^[a-z]+\s+and\s+the\s+(?=[A-Z])")
OTHER_NAMED_FIRST_RE = re.compile(
    r"^.*?\b(?:Secretary|Minister|Adviser|Advisor|Ambassador|Commissioner|Director|Spokes(?:man"
    r"|woman|person))\s+(?P<name>[A-Z][a-z]+),?\s+and\s+(?:the\s+)?(?=[A-Z])"
)
LOCAL_OFFICE_RE = re.compile(r"(?:Governor|Mayor|Chief\s+Minister|Commissioner)\Z")
# A title ending in where it was: the name after it is a place's ("the President at Fort
# Bragg")
WHERE_END_RE = re.compile(r"[ \t](?:at|in|on|from)\Z")
VENUE_BEFORE_NAME_RE = re.compile(r"\b(?:Hotel|Palace|Airport)\s+\Z")
RESTING_PLACE_AFTER_RE = re.compile(
    r"(?:\s+at\s+(?:his|her)|['’]s)\s+(?:mausoleum|tomb|grave|resting\s+place)\b", re.IGNORECASE
)


# A leader's office as a title, and an envoy's words before it that make it the one sent:
# "Special Envoy of Mauritania's President X"
_LEADERS_OFFICE = r"(?i:president|prime\s+minister|premier|king|emir|sultan)"
LEADERS_OFFICE_RE = re.compile(_LEADERS_OFFICE)
ENVOY_OF_BEFORE_RE = re.compile(
    r"\b(?:[Ss]pecial\s+|[Pp]ersonal\s+)?(?:[Ee]nvoy|[Rr]epresentative|[Ee]missary|[Aa]dvis[eo]r"
    r"|[Aa]ssistant)\s+(?:of|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?[A-Z][\w'’-]*['’]s\s+"
    + _LEADERS_OFFICE
    + r"\s+\Z"
)


def find_newcomers(
    text: str,
    matches: list[Match],
    country_of=None,
    dateline: tuple[int, int] = (0, 0),
    places: dict[int, int] | None = None,
    filed_in: str | None = None,
) -> list[NewPerson]:
    """Titled officials in `text` whom no gazetteer name covers. `country_of(slug)`: a
    gazetteer person's country (a name one word longer than theirs, with a title of another
    country, is someone else: "Abdul Sattar Anbaree, Minister of State … of Maldives").
    `dateline`: where the article's dateline stands (start, end), if it has one. `places`:
    where each place the gazetteer knows begins and ends (by default, those of `matches`).
    `filed_in`: the country of the dateline's place, where no country's name stands in it
    ("HÀ NỘI —")."""
    strong = [(m.start, m.end, _person_only(m), m) for m in matches if _strong(m)]
    # A known surname after initials ("С.В.Лаврова"): the gazetteer's person, read by the
    # surname with its initials, not a newcomer.
    surnames = [(m.start, m.end) for m in matches if not _strong(m)]
    countries = [(m.start, m.end, _country(m)) for m in matches if _country(m)]
    named = {c for _, _, c in countries}
    # the country of the capital the story is filed from, if its dateline names one
    filed = next((c for s, e, c in countries if dateline[0] <= s and e <= dateline[1]), filed_in)
    if places is None:
        places = {m.start: m.end for m in matches if any(n.kind == PLACE for n in m.names)}
    found: dict[str, NewPerson] = {}
    # (a capital's name as a given name, not after a preposition: "Secretary-General of the
    # Turkic Council Baghdad Amreyev" — no complement of the title)
    given = {
        m.start
        for m in matches
        if m.city_only
        and not PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, m.start - 12), m.start)
        # (a name after it, its letters accented or not: "Santiago Vázquez Montenegro")
        and re.match(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ]", text[m.end : m.end + 3])
    }
    titled = [c for c in countries if c[0] not in given] if given else countries
    # (once, not per name)
    accompanied = "ccompan" in text or "s entourage" in text
    for title, name_start, name_end, country in _candidates(text, titled):
        if (
            (end := places.get(name_start))
            and LOCAL_OFFICE_RE.search(title)
            and len(text[end:name_end].split()) >= 2
        ):
            # "Deputy Governor Istanbul Kamal Annan": the governor's province, then his name
            title, name_start = text[text.rindex(title, 0, name_start) : end], end + 1
        elif LOCAL_OFFICE_RE.search(title) and (
            province := PROVINCE_FIRST_RE.match(text, name_start, name_end)
        ):
            # "Chief Minister Punjab Jane Doe": the province the way Pakistani copy puts it
            at = text.rindex(title, 0, name_start)
            title, name_start = text[at : province.end()].rstrip(), province.end()
        if title.count("(") > title.count(")"):
            continue  # "… IN THE CONGO (WITH BRIEF STOPOVER IN ZAMBIA)": an aside, no name
        if OWNED_EVENT_RE.search(title):
            continue  # "the foreign minister's meeting with X": X is met, not the minister
        # "spokesperson for the Defence Ministry Senior Colonel": the rank is no title's word
        if not RANK_TITLE_RE.fullmatch(title):  # (a rank alone is the title: "Rear Admiral")
            title = RANK_END_RE.sub("", title) or title
        # "the Minister of Culture and Youth His Excellency X": the style is no office's word
        title = HONORIFIC_END_RE.sub("", title) or title
        # (an editor's brackets round it: "[ambassador] Dauren Abayev")
        title = title.strip("[] ") or title
        if LEADERS_OFFICE_RE.fullmatch(title) and (
            envoy := ENVOY_OF_BEFORE_RE.search(
                text, max(0, name_start - len(title) - 80), name_start
            )
        ):
            # "Special Envoy of Mauritania's President X": the envoy named, not the President
            title = " ".join(text[envoy.start() : name_start].split())
        # "Deputy Foreign Minister of this country X": the country is told elsewhere
        title = THIS_COUNTRY_END_RE.sub("", title) or title
        # "the minister and the Ethiopian Ambassador to Nigeria, X": another person first
        title = OTHER_FIRST_RE.sub("", title) or title
        if (other := OTHER_NAMED_FIRST_RE.match(title)) and other.group(
            "name"
        ) not in NOT_NAME_WORDS:
            # "Foreign Secretary Shashank and Indian High Commissioner Shivshankar Menon":
            # another, named by one name, first; this one's office is the one after "and"
            title = title[other.end() :]
        if particle := TITLE_PARTICLE_END_RE.search(title):
            # "Ambassador de La Sablière": the particle is the name's
            title = title[: particle.start()]
            name_start = text.rindex(particle.group(1), 0, name_start)
        if owner := OWNER_BEFORE_NAME_RE.match(text, name_start, name_end):
            # "Kenya's Jane Doe, the foreign minister": her name, and her country
            name_start = owner.end()
            country = country or next((c for s, _, c in countries if s == owner.start()), None)
        if (
            (end := places.get(name_start))
            and name_start not in given
            and PLACE_PREPOSITION_BEFORE_RE.search(text, max(0, name_start - 12), name_start)
            and len(text[end:name_end].split()) >= 2
        ):
            # "On March 17, in New York Edward Nalbandian, Foreign Minister of Armenia, …":
            # where it happened, then the name
            name_start = end + len(text[end:name_end]) - len(text[end:name_end].lstrip())
        if "\n" in text[name_start:name_end]:  # a name never crosses a line ("… в Берлине
            name_end = text.index("\n", name_start)  # \n\nВстреча …")
        written = clean_name(text[name_start:name_end])
        if SPOUSE_TITLE_RE.search(text, max(0, name_start - 16), name_start + 6):
            continue  # "President Biden and First Lady Jill Biden": a spouse holds no office
        if _institutions_name(text, name_start, name_end):
            continue  # "the UN Peace-Building Support Office": an institution, cut or not
        if NAMED_AFTER_RE.search(text, name_start, name_end) or NAMED_AFTER_RE.match(
            text, name_end
        ):
            continue  # "Jomo Kenyatta International Airport, President Isaias …": a venue
        if VENUE_BEFORE_NAME_RE.search(text, max(0, name_start - 12), name_start):
            continue  # "a banquet … at Hotel Soaltee Crowne Plaza": the hotel's name
        if RESTING_PLACE_AFTER_RE.match(text, name_end):
            continue  # "paid tribute to President Ho Chi Minh at his mausoleum": no official
        if WHERE_END_RE.search(title):
            continue  # "met the U.S. leader first at Camp Humphreys": where, not who
        listed = title == ENVOY_TITLE
        # (in capitals, as a headline prints it, the words are checked in ordinary case:
        # "FOREIGN MINISTER RECEIVED BY ZHOU YONGKANG")
        if (
            not plausible_name(written)
            or not plausible_name(_calm(written))
            # (a headline in capitals: "TERRORISM STILL A POTENT THREAT, SECRETARY-GENERAL
            # STRESSES" — its article is no initial)
            or (written.isupper() and CAPITALS_LITTLE_WORDS & set(written.split()))
            or any(
                s < name_end
                and name_start < e
                # (a city's name as a given name, after a title: "Secretary-General of the
                # Turkic Council Baghdad Amreyev")
                and not (s == name_start and e < name_end and m.city_only)
                # (a known name cut at a hyphen: "Park Jin" in "Park Jin-woo")
                and not (e < name_end and text[e] == "-")
                # (a country's name as the family name ending a name of three words or more:
                # "the Director for South America, Santiago Vázquez Montenegro")
                and not (
                    name_start < s
                    and e == name_end
                    and len(written.split()) >= 3
                    and any(n.kind == COUNTRY for n in m.names)
                    and all(n.kind in (COUNTRY, PERSON) for n in m.names)
                    and " " not in m.text
                    and "'" not in m.text
                )
                and not (
                    person
                    and _longer(
                        text,
                        s,
                        e,
                        written,
                        1
                        if listed
                        # (a second family name after the known one: not an honorific before
                        # it, "Syed Yousuf Raza Gilani")
                        or _elsewhere(m, country, country_of, named if s == name_start else set())
                        else 2,
                    )
                )
                for s, e, person, m in strong
            )
        ):
            continue
        if INITIALS_ONLY_RE.fullmatch(written) and any(
            s < name_end and name_start < e for s, e in surnames
        ):
            continue
        if any(person and 0 < name_start - e <= 1 for s, e, person, m in strong):
            # "Sheikh Sabah Al Ahmed Al Jabir al-Sabah, Emir of Kuwait": the rest of the name
            # of the one the gazetteer knows by its first words
            continue
        name, aliases = _spaced_initials(_calm(written)), ()
        if CYRILLIC_RE.search(written):  # "Бахтиером Саидовым" -> "Bakhtiyer Saidov"
            instrumental = (
                INSTRUMENTAL_TITLE_RE.match(title)
                or WITH_BEFORE_RE.search(text, max(0, name_start - 300), name_start)
                # (the title as written: "премьер-министром королевства Клеопасом Дламини")
                or TITLE_IN_INSTRUMENTAL_BEFORE_RE.search(text, max(0, name_start - 60), name_start)
            )
            nominative = (
                written  # "Гульшара Абдыкаликова приняла …": a woman, as she is named
                if written.endswith(("а", "я")) and FEMININE_VERB_AFTER_RE.match(text, name_end)
                else nominative_name(
                    written, instrumental is not None, GENITIVE_TITLE_RE.match(title) is not None
                )
            )
            name, aliases = _latin(nominative), (nominative,)
        elif name != written:  # "Patrice TALON" -> "Patrice Talon", "TALON" kept
            aliases = (written,)
        if country is None:
            country = (
                _delegation_led(text, name_start, countries)
                or _leaders_including(text, name_start, countries)
                or _side_represented(text, name_end, countries)
            )
        if country is None and country_of is not None and title.lower() == "deputy":
            # "US President Joe Biden and his deputy Jane Doe": the country of the person
            # whose deputy (the last one named, close before)
            owner = [m for s, e, person, m in strong if person and 0 <= name_start - e <= 60]
            if owner and len(owners := {country_of(n.key) for n in owner[-1].names}) == 1:
                country = owners.pop()
        ministry_before = FOREIGN_MINISTRY_BEFORE_RE.search(
            text, max(0, name_start - 60), name_start
        )
        if country is None and ministry_before:
            # "BEIJING, Feb 3 – Foreign Ministry spokesperson Lu Kang said": the ministry of
            # the capital the story is filed from
            country = filed
        if country is None and SPOKES_TITLE_RE.search(title):
            # "Belarus welcomes the ceasefire …, the foreign ministry's spokesman, X, said":
            # the country the sentence opens with speaks through its spokesperson
            stop = text.rfind(". ", 0, name_start)
            opening = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, name_start) + 1)
            country = next(
                (c for s, e, c in countries if s == opening and COUNTRY_SPEAKS_RE.match(text, e)),
                None,
            )
        if country is None and UNION_MINISTER_RE.search(
            text, max(0, name_start - len(title) - 12), name_start
        ):
            # "New Delhi, July 30 : Union Minister of State for External Affairs X": of the
            # union the story is filed from (India's, Myanmar's); with no dateline, of the one
            # of the two the text names ("… told Indian reporters")
            unions = {c for _, _, c in countries} & {"IN", "MM"}
            country = filed or (unions.pop() if len(unions) == 1 else None)
        if country is None:
            # "Minister Jane Doe of Ghana", "Ambassador Jane Doe of the Embassy of Ghana",
            # "Jane Doe, Additional Secretary (Americas), Ministry of Foreign Affairs of Ghana"
            country = next(
                (
                    c
                    for s, e, c in countries
                    if OF_COUNTRY_AFTER_RE.fullmatch(text, name_end, s)
                    or (0 < s - name_end <= 160 and MINISTRY_AFTER_RE.fullmatch(text, name_end, s))
                    # "Jane Doe from Montenegro's side"
                    or (FROM_BEFORE_SIDE_RE.fullmatch(text, name_end, s) and SIDE_RE.match(text, e))
                    # "Jane Doe signed for Sudan", "… signed on behalf of Mauritania"
                    or SIGNED_FOR_RE.fullmatch(text, name_end, s)
                    # "Jane Doe, Secretary (East) led the Indian delegation", "Mr. John Roe
                    # will lead Pakistan delegation"
                    or (
                        LEADS_BEFORE_SIDE_RE.fullmatch(text, name_end, s)
                        and LED_SIDE_RE.match(text, e)
                    )
                    # a list's line: "Ambassador Jane Doe, Republic of Korea"
                    or (
                        LINE_COUNTRY_BEFORE_RE.fullmatch(text, name_end, s)
                        and LINE_END_RE.match(text, e)
                    )
                ),
                None,
            )
        if country is None and text.startswith(",", name_end):
            # "Jane Doe, director of the Asia department at the Kazakh Foreign Ministry,": the
            # ministry the title after the name is held at
            # (an apposition closed by a comma, not a sentence running on: "X, Ambassador to
            # Vietnam thanked … the Vietnamese Ministry of Foreign Affairs")
            close = text.find(",", name_end + 1)
            close = close if 0 < close - name_end <= 160 else name_end
            country = next(
                (
                    c
                    for s, e, c in countries
                    if name_end < s < close and MINISTRY_OF_COUNTRY_RE.match(text, e)
                ),
                None,
            )
        if country is None and (at := text.rfind(title, 0, name_start)) > 0:
            # "Russian Deputy Prime Minister, co-chair of the A-B Commission, X": the country
            # of the office named first, in apposition before this one
            country = next(
                (c for s, e, c in countries if TITLE_THEN_COMMA_RE.fullmatch(text, e, at)), None
            )
        if country is None:
            country = _paired(text, name_start, countries)
        if country is None and (side := _side_named_before(text, name_start, countries)):
            country = side  # "Present from the DPRK side were A, vice-minister of …, and …"
        # (a Joint or Additional Secretary is a rank of South Asia's civil services: "Joint
        # Secretary (East and Southern Africa) Jane Doe")
        civil_rank = CIVIL_RANK_RE.fullmatch(title) is not None
        secretary = country is None and (FOREIGN_SECRETARY_RE.fullmatch(title) or civil_rank)
        # (not the guest's country: "KATHMANDU – Foreign Secretary Jane Doe arrived in
        # Kathmandu")
        guest_in = filed if secretary and arrives_as_guest(text, written) else None
        if (
            secretary
            and guest_in is None
            and filed in (CIVIL_FOREIGN_SECRETARIES if civil_rank else FOREIGN_SECRETARY_COUNTRIES)
        ):
            country = filed  # "ISLAMABAD – … Foreign Secretary Jane Doe met …"
        if country is None and secretary:
            # "India-U.S. Foreign Office Consultations … Foreign Secretary Jane Doe": the one
            # country named whose civil servant has that title (Britain's are ministers, in
            # the gazetteer already)
            named = {c for _, _, c in countries} & CIVIL_FOREIGN_SECRETARIES - {guest_in}
            country = next(iter(named)) if len(named) == 1 else None
            if country is None and len(named) == 2:
                # "Masud and his Indian counterpart Vinay Mohan Kwatra": of the other one
                theirs = {
                    c
                    for s, _, c in countries
                    if (said := HIS_COUNTERPART_BEFORE_RE.search(text, max(0, s - 40), s))
                    and any(w in said.group("who").split() for w in written.split())
                }
                country = next(iter(named - theirs)) if len(theirs) == 1 else None
        if country is None and (
            theirs := next(
                (
                    c
                    for s, e, c in countries
                    if name_end < s <= name_end + 200
                    and OWN_COUNTERPART_BEFORE_RE.search(text, max(0, s - 30), s)
                    and COUNTERPART_AFTER_RE.match(text, e)
                    and not re.search(r"[.;!?]\s", text[name_end:s])
                ),
                None,
            )
        ):
            # "Deputy Minister X co-chaired the Viet Nam-Japan dialogue and held talks with his
            # Japanese counterpart Y": X is of the other country the sentence names
            start = max(text.rfind(". ", 0, name_start) + 2, text.rfind("\n", 0, name_start) + 1)
            stop = text.find(". ", name_end)
            named = {c for s, _e, c in countries if start <= s < (stop if stop >= 0 else len(text))}
            if theirs in named and len(named) == 2:
                country = next(iter(named - {theirs}))
        if country is None and CHINESE_BODY_RE.search(title):
            country = "CN"  # "a member of the Political Bureau of the CPC Central Committee"
        if country is None and RU_US_SECRETARY_RE.search(title):
            country = "US"  # "замгоссекретаря Соната Коултер": the Secretary of State's deputy
        if country is None and (
            body := NATIONAL_BODY_RE.search(title)
            # "Saurabh Kumar, Secretary (East), Ministry of External Affairs"
            or EXTERNAL_AFFAIRS_AFTER_RE.match(text, name_end)
        ):
            # "Speaker of the Mazhilis", "Akim of Almaty", "Deputy Secretary of State": an
            # office or a body only one country has
            country = next(code for code, found in body.groupdict().items() if found)
        if country is None and EXTERNAL_AFFAIRS_BEFORE_RE.search(
            text, max(0, name_start - 80), name_start
        ):
            country = "IN"  # "Ministry of External Affairs spokesperson Raveesh Kumar"
        if country is None and (
            seat := SEAT_BEFORE_RE.search(text, max(0, name_start - 60), name_start)
            or SEAT_AFTER_NAME_RE.match(text, name_end)
        ):
            # "State Department spokesman Richard Boucher", "Kremlin aide Yuri Ushakov"
            country = SEATS[seat.group("seat").split()[0].lower()]
            if seat.group("seat").startswith("Foreign") and {"PK", "DE"} & {
                code for _, _, code in countries
            }:
                country = None  # Islamabad's ministry is "the Foreign Office" too, Berlin's
        # "Federal Foreign Office"
        if country is None and MALAYSIAN_STYLE_BEFORE_RE.search(
            text, max(0, name_start - 20), name_start
        ):
            country = "MY"  # "Deputy Foreign Minister Datuk Hamzah Zainuddin": a Malaysian style
        if country is None and INDIAN_STYLE_BEFORE_RE.search(
            text, max(0, name_start - 12), name_start
        ):
            country = "IN"
        if country is None and ministry_before:
            # with no dateline and no country beside the name, the ministry of the country the
            # story names most, ahead of the next ("Foreign Ministry spokesman Sun Yuxi said
            # that China welcomes …")
            country = _named_most(countries, text, name_start)
            if country is None and pinyin_name(name):
                # … and, of none, China's for a name in pinyin: a briefing reprinted with
                # no dateline ("Foreign Ministry Spokesperson Jiang Yu held a regular press
                # conference")
                country = "CN"
        if (
            country is None
            and re.fullmatch(r"(?i:spokes(?:man|woman|person))", " ".join(title.split()))
            and (
                unnamed := max(
                    UNNAMED_MINISTRY_SPOKES_RE.finditer(text, 0, name_start - len(title)),
                    key=lambda found: found.start(),
                    default=None,
                )
            )
        ):
            # "BEIJING, Jan 6 – … a (Chinese) Foreign Ministry spokesperson said Monday. …
            # Spokesman Geng Shuang made the remarks": the one told of before, of the country
            # named with the ministry, or of the capital filed from
            country = (
                next(
                    (c for s, e, c in countries if 0 <= unnamed.start("ministry") - e <= 1),
                    None,
                )
                or filed
            )
            if country is None and pinyin_name(name):
                country = "CN"
        if country is None and THE_MINISTRYS_BEFORE_RE.search(
            text, max(0, name_start - 40), name_start
        ):
            # "Iran's Foreign Ministry welcomed …. The Ministry's Spokeswoman, Jane Doe, …":
            # the country of the ministry named last before
            country = next(
                (
                    c
                    for s, e, c in reversed(countries)
                    if 0 < name_start - s <= 600 and MINISTRY_OF_COUNTRY_RE.match(text, e)
                ),
                None,
            )
        if country is None and (envoy := ENVOY_OF_AFTER_RE.match(text, name_end)):
            # "Jane Doe, Special Envoy of President Hu Jintao, will attend": the country of
            # the one whose envoy she is
            country = next(
                (
                    country_of(n.key)
                    for m in matches
                    if m.start == envoy.end() and _person_only(m)
                    for n in m.names
                ),
                None,
            )
        if country is None and (
            owner := AIDE_OWNER_BEFORE_RE.search(text, max(0, name_start - 70), name_start)
        ):
            # "President João Lourenço’s Special Envoy Jane Doe": the country of the one
            # whose envoy she is
            # (named in full before, by surname here: "President Lourenço’s")
            surname = skeleton(owner.group("owner"))
            owners = {
                n.key
                for m in matches
                if m.start < name_start
                and _person_only(m)
                and skeleton(text[m.start : m.end]).split()[-1:] == [surname]
                for n in m.names
            }
            country = country_of(owners.pop()) if len(owners) == 1 else None
        if country is None and accompanied:
            # "President Zuma was accompanied by Minister of Energy Jane Doe": the country of
            # the one accompanied
            country = _country_of_accompanied(text, name_start, matches, country_of)
        if country is None and (host := HOSTS_ENVOY_AFTER_RE.match(text, name_end, name_end + 160)):
            # "The Secretary General of the Ministry, X, met with the Ambassador of Albania to
            # Serbia": the official of the country the envoy is posted to
            country = next((c for s, e, c in countries if s <= host.end() < e), None)
        if country is None and (
            call_from := COURTESY_CALL_FROM_AFTER_RE.match(text, name_end, name_end + 400)
        ):
            # "Ms. X, Parliamentary Vice-Minister …, received a courtesy call from Ms. Y,
            # Chargé d'Affaires a.i., Embassy of South Africa in Japan": X is of the country
            # the envoy is posted to
            country = next((c for s, e, c in countries if s == call_from.end()), None)
        if country is None and (part := IN_DELEGATION_AFTER_RE.match(text, name_end)):
            # "Ambassador X was also part of the Russian delegation", "the presence of …, X,
            # in the Russian delegation": the delegation's country
            country = next(
                (
                    c
                    for s, e, c in countries
                    if s == part.end() and re.match(r"\s+delegation\b", text[e : e + 12])
                ),
                None,
            )
        if country is None and (
            call := CALLED_ON_BEFORE_RE.search(text, max(0, name_start - 120), name_start)
        ):
            # "Russian Ambassador to Pakistan, X called on the Minister of Commerce Dr. Y": the
            # official the envoy calls on is of the country the envoy is posted to
            country = next(
                (
                    c
                    for s, e, c in countries
                    if call.start() - 160 <= s < call.start()
                    and ENVOY_POSTED_BEFORE_RE.search(text, max(0, s - 60), s)
                    and not re.search(r"\w\w[.;!?]\s", text[e - 2 : call.start()])  # (past "V.")
                ),
                None,
            )
        if (
            country is None
            and pinyin_name(name)
            and "CN" in (named := {c for _, _, c in countries})
            and not named & {"TW", "SG", "HK", "MO", "MY"}
            and not POSTED_TO_RE.match(title)
            and STATE_OFFICE_RE.search(title)
        ):
            # "Niu Dun, Vice Minister of Agriculture, met with the Argentine Ambassador to
            # China": a name in pinyin, in a story of China, is a Chinese official's
            country = "CN"
        if country is None and (to := POSTED_TO_RE.match(title)):
            # "attended by Argentina's Secretary … A, the Ambassador to Uruguay B, and
            # Uruguay's …": an envoy to one of the only two countries a text names is the
            # other's
            # (the country posted to, where the title names it, or as it is named elsewhere:
            # "Peru" just before a name is read as no country)
            named = {c for _, _, c in countries}
            posted = {
                c
                for s, e, c in countries
                if name_start - len(title) - 3 <= s < name_start or text[s:e] == title[to.end() :]
            }
            if len(posted) == 1 and len(named - posted) == 1:
                country = (named - posted).pop()
        if (
            CYRILLIC_RE.search(written)
            and country in CHINESE
            and (base := CHINESE_J_CASE_END_RE.sub("й", CHINESE_CASE_END_RE.sub("", aliases[0])))
            != aliases[0]
        ):
            # "помощника министра … КНР Ву Хайлонга": a Chinese given name declines like a
            # Russian noun ("Си Цзиньпина"); the name is "Ву Хайлонг"
            name, aliases = _latin(base), (base,)
        if (
            CYRILLIC_RE.search(written)
            and country in RUSSIAN_SYSTEMS
            and (spelt := RUSSIAN_SYSTEMS[country](aliases[0]))
        ):
            # "вице-премьер Китая Дин Сюэсян" is Ding Xuexiang, not "Din Syuesyan"; "посол
            # Японии Игава Кэнъити" is Igawa Kenichi, not "Igava Keniti"
            name = spelt
        if (
            name in found
            and found[name].country is None
            and country is not None
            and not PLURAL_OFFICE_RE.search(title)
            and not CYRILLIC_RE.search(written)  # (a Russian list's names run on)
        ):
            # "the deputy head of the presidential administration Dmitry Kozak", then "Deputy
            # Head of the Presidential Administration of Russia Dmitry Kozak": Russia's (not
            # one of several: "The Foreign Secretaries of Pakistan and India, A and B")
            found[name] = replace(
                found[name], country=country, role=_role(found[name].title, country)
            )
        if name not in found:
            if CYRILLIC_RE.search(title):  # "с послом Японии X": the office is "посол"
                title = title_nominative(title)
            found[name] = NewPerson(
                name,
                TRAILING_LITTLE_RE.sub("", " ".join(title.split())),
                country,
                max(text.find(written, name_start, name_end), name_start),
                _count(text, written),
                _role(title, country),
                written,
                aliases,
            )
    return _merged_spellings(_merged_tails(_merged_initials(_merged_heads(list(found.values())))))


# A home official meeting an envoy posted to the official's country: "…, X, met today with
# the Ambassador of the Republic of Albania to the Republic of Serbia"
HOSTS_ENVOY_AFTER_RE = re.compile(
    r",?\s+(?:met|received|meets|receives|hosted|hosts)\s+(?:today\s+|on\s+\w+\s+)?(?:with\s+)?"
    r"(?:the\s+)?(?:new\s+|newly\s+appointed\s+)?(?:Ambassador|Envoy|Charg[eé]\s+d['’]\s?Affaires)"
    r"(?:\s+Extraordinary\s+and\s+Plenipotentiary)?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?:to|in)\s+(?:the\s+)?(?:Republic\s+of\s+)?"
)
# An envoy's call on an official named right after: "called on the Minister of Commerce",
# "paid a courtesy call on", the title running up to the name
CALLED_ON_BEFORE_RE = re.compile(
    r"\b(?:called|calls|calling)\s+on\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,8}?\Z"
    r"|\bpaid\s+(?:a\s+)?(?:courtesy\s+)?call\s+on\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,8}?\Z"
)
# … and the envoy's posting named before it: "Ambassador to Pakistan", "High Commissioner of
# India to"
ENVOY_POSTED_BEFORE_RE = re.compile(
    r"\b(?:Ambassador|Envoy|High\s+Commissioner|Charg[eé]\s+d['’]\s?Affaires)"
    r"(?:\s+(?:of|designate|Extraordinary|and|Plenipotentiary|[A-Z][\w-]+)){0,5}"
    r"\s+(?:to|in)\s+(?:the\s+)?(?:Republic\s+of\s+)?\Z",
    re.IGNORECASE,
)
ENVOY_OF_AFTER_RE = re.compile(
    r",\s+(?:the\s+)?(?:(?:Special|Personal|Presidential)\s+)?(?:Envoy|Emissary|Representative)"
    r"\s+of\s+(?:the\s+)?(?:(?:President|Prime\s+Minister|Premier|King|Emir|Sultan|Chancellor)\s+)?"
)
# … before the name, the one whose envoy (or spokesman) it is named with a possessive:
# "President João Lourenço’s Special Envoy Ambassador"
AIDE_OWNER_BEFORE_RE = re.compile(
    r"(?P<owner>[A-Z][\w-]+)['’]s\s+(?:(?:Special|Personal|Presidential)\s+)?"
    # ("Mirziyoyev’s press secretary Komil Allamjonov")
    r"(?:Envoy|Emissary|Representative|[Pp]ress\s+[Ss]ecretary|[Ss]pokes(?:man|woman|person)"
    r"|(?:[Ff]oreign\s+[Pp]olicy\s+)?[Aa]dvis[eo]r|[Aa]ide)"
    r"(?:\s+(?:Ambassador|Dr\.?|Mr\.?|Ms\.?|H\.?E\.?))?\s+\Z"
)
# "was accompanied by", "accompanied by": the list after it follows the one before it
ACCOMPANIED_RE = re.compile(
    r"\b[Aa]ccompanied\s+by\s"
    # "Wen's entourage includes Foreign Minister Li Zhaoxing and Commerce Minister Jane Doe"
    r"|['’]s\s+(?:entourage|delegation)\s+(?:includes|included|comprises|comprised)\s"
)


HE_IS_ACCOMPANIED_RE = re.compile(
    r"\s*(?:He|She)\s+(?:is|was|will\s+be)\s+(?:also\s+)?accompanied\s+by\s"
)
ACCOMPANYING_AFTER_RE = re.compile(r"\b(?:are|is|were|was|will\s+be)\s+(?:also\s+)?accompanying\s+")
GIVEN_NAME_HONORIFIC_RE = re.compile(r"\b(?:Sheikh|Shaikh|Sheikha|Emir|Amir|Prince|Princess)\s+\Z")


def _country_of_accompanied(text: str, name_start: int, matches, country_of) -> str | None:
    """The country of the known person named last before "accompanied by" in the sentence
    the name is in (as the archive's splitter reads it: the list may run on over its own
    "Mr." and "Dr."), by their full name or surname — or first after "are accompanying"
    ("A, B and C are accompanying President X")."""
    start, end = next(
        ((s, e) for s, e in sentence_spans(text) if s <= name_start < e), (name_start, name_start)
    )
    heads = list(ACCOMPANIED_RE.finditer(text, start, name_start))
    if not heads:
        if (along := ACCOMPANYING_AFTER_RE.search(text, name_start, end)) is None:
            return None
        followed = next(
            (
                m
                for m in matches
                if along.end() <= m.start < min(end, along.end() + 40) and _person_only(m)
            ),
            None,
        )
        codes = {country_of(n.key) for n in followed.names} if followed else set()
        return codes.pop() if len(codes) == 1 else None
    head = heads[-1].start()
    before = []
    for m in matches:
        if not (start <= m.start and m.end <= head and _person_only(m)):
            continue
        if not _strong(m) and GIVEN_NAME_HONORIFIC_RE.search(text, max(0, m.start - 10), m.start):
            # "Sheikh Mohammed is accompanied by …": the given name of one named in full
            # before ("Sheikh Mohammed bin Rashid"), not an Eritrean minister Mohammed
            m = next(
                (
                    o
                    for o in reversed(matches)
                    if o.end <= m.start
                    and _strong(o)
                    and _person_only(o)
                    and m.text in o.text.split()[:2]
                ),
                None,
            )
            if m is None:
                continue
        before.append(m)
    if not before:
        # "The President of Sri Lanka is accompanied by …, X, State Minister of Foreign
        # Affairs": the one country of the office named as the one accompanied
        codes = {c for m in matches if start <= m.start and m.end <= head and (c := _country(m))}
        if not codes and HE_IS_ACCOMPANIED_RE.match(text, start):
            # "PM Dahal had left for New Delhi on Sunday. He is accompanied by …, Minister
            # for Law X": the one the sentence before opens on
            spans = [(s, e) for s, e in sentence_spans(text) if e <= start]
            first = next(
                (
                    m
                    for m in matches
                    if spans and spans[-1][0] <= m.start < spans[-1][1] and _person_only(m)
                ),
                None,
            )
            codes = {country_of(n.key) for n in first.names} if first else set()
        return codes.pop() if len(codes) == 1 else None
    codes = {country_of(n.key) for n in before[-1].names}
    return codes.pop() if len(codes) == 1 else None


VOWELS = frozenset("aeiouy")


def _one_vowel_apart(a: str, b: str) -> bool:
    """ "Saleh" and "Salih": one word spelt two ways, a vowel for a vowel."""
    differ = [(x, y) for x, y in zip(a.lower(), b.lower(), strict=True) if x != y]
    return len(differ) == 1 and set(differ[0]) <= VOWELS


def _merged_spellings(people: list[NewPerson]) -> list[NewPerson]:
    """ "Foreign Minister Osman Saleh" and, further on, "Minister Osman Salih": one person
    transliterated two ways (same given names, the family name a vowel apart), kept under the
    first spelling with the other as an alias."""
    merged: list[NewPerson] = []
    for person in people:
        words = person.name.split()
        same = next(
            (
                p
                for p in merged
                if len(p.name.split()) == len(words) >= 2
                and p.name.split()[:-1] == words[:-1]
                and len(p.name.split()[-1]) == len(words[-1]) >= 4
                and _one_vowel_apart(p.name.split()[-1], words[-1])
            ),
            None,
        )
        if same is None:
            merged.append(person)
            continue
        merged[merged.index(same)] = replace(
            same,
            count=same.count + person.count,
            aliases=(*same.aliases, person.written),
            country=same.country or person.country,
        )
    return merged


def _merged_heads(people: list[NewPerson]) -> list[NewPerson]:
    """ "George Manneh" read after "the President of Liberia" and "George Manneh Weah" after
    the "President" that follows: one name, the longer reading, with the fuller title."""
    merged = []
    for person in people:
        longer = next(
            (
                other
                for other in people
                if other.offset == person.offset and other.written.startswith(person.written + " ")
            ),
            None,
        )
        if longer is None:
            merged.append(person)
    for i, person in enumerate(merged):
        shorter = [
            p
            for p in people
            if p.offset == person.offset and person.written.startswith(p.written + " ")
        ]
        if shorter and person.country is None and shorter[0].country:
            merged[i] = replace(
                person, title=shorter[0].title, country=shorter[0].country, role=shorter[0].role
            )
    return merged


RU_ENVOY_RE = re.compile(
    r"(?:чрезвычайн\w+\s+и\s+полномочн\w+\s+)?(?:посол|посл(?:ом|а|у|е))\b", re.IGNORECASE
)
OWNER_BEFORE_NAME_RE = re.compile(r"[A-Z][\w-]*['’]s[ \t]+(?=[A-Z])")
CHINESE_BODY_RE = re.compile(
    r"\bCPC\b|Communist\s+Party\s+of\s+China|National\s+People['’]s\s+Congress"
    r"|Chinese\s+People['’]s\s+Political\s+Consultative|\bCPPCC\b|State\s+Council\b"
    r"|State\s+Council+or\b"  # (a member of that State Council: "State Councilor Dai")
)
RU_INITIALS_BEFORE_RE = re.compile(
    r"(?P<name>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?),\s+"
    r"(?:(?:теперь\s+)?(?:уже\s+)?как\s+)?\Z"
    # … or in full, its title in apposition: "с Иваном Петровым, министром энергетики
    # Узбекистана", "Иван Петров, посол Узбекистана в Казахстане, прибыл"
    r"|(?<![А-ЯЁа-яё-])(?P<full>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?),"
    r"\s+\Z"
)
# (each group named by the country whose body or office it is)
NATIONAL_BODY_RE = re.compile(
    r"(?P<KZ>\bMazhilis\b|\b[Aa]kim\b|Мажилис\w*|\bаким\w*)"
    r"|(?P<UZ>\bOliy\s+Majlis\b|Олий\s+Мажлис\w*|\b[Hh]okim\b|\bхоким\w*)"
    r"|(?P<KG>\bJogorku\s+Kenesh\b|Жогорку\s+Кенеш\w*)"
    r"|(?P<TM>\bMejlis\b|Меджлис\w*|\bHalk\s+Maslahaty\b|Халк\s+Маслахаты)"
    r"|(?P<TJ>\bMajlisi\s+(?:Oli|Namoyandagon|Milli)\b|Маджлис\w*\s+(?:[Оо]ли|[Нн]амояндагон"
    r"|[Мм]илли))"
    r"|(?P<AZ>\bMilli\s+Majlis\b|Милли\s+Меджлис\w*)"
    r"|(?P<RU>\bState\s+Duma\b|\bFederation\s+Council\b|Государственн\w+\s+Дум\w*"
    r"|Совет\w*\s+Федерации)"
    r"|(?P<IN>\b(?:Lok|Rajya)\s+Sabha\b|\bExternal\s+Affairs\b|\bMEA\b)"
    r"|(?P<UA>\bVerkhovna\s+Rada\b|Верховн\w+\s+Рад\w*)"
    r"|(?P<US>\b(?:Deputy|Under|Assistant)\s+Secretary\s+of\s+State\b(?!\s+(?:for|of)\s+[A-Z])"
    # (Britain has no Assistant Secretary of State: "Deputy Assistant Secretary of State for
    # East Asia and Pacific")
    r"|\bAssistant\s+Secretary\s+of\s+State\s+for\s+(?!Foreign\b)"
    r"|\bSecretary\s+of\s+(?:Homeland\s+Security|the\s+Treasury|Defense)\b)"
    r"|(?P<GB>\bChancellor\s+of\s+(?:the\s+)?Exchequer\b)"
)
EXTERNAL_AFFAIRS_AFTER_RE = re.compile(
    r",\s+[^.;,]{0,40}?(?:,\s+)?(?P<IN>Ministry\s+of\s+External\s+Affairs)\b"
)
EXTERNAL_AFFAIRS_BEFORE_RE = re.compile(
    # (in small letters too: "external affairs ministry spokesman Vikas Swarup")
    r"\b(?:(?i:Ministry\s+of\s+External\s+Affairs|External\s+Affairs\s+Ministry)|MEA)(?:\s*\(MEA\))?"
    r"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+){1,3}$"
)
RU_US_SECRETARY_RE = re.compile(r"госсекретар|госдеп", re.IGNORECASE)
# Seats of government named for the country: "State Department spokesman X" is American,
# "Foreign Office Minister X" British.
_SEAT = (
    r"\b(?P<seat>State\s+Department|White\s+House|Pentagon|Kremlin|Downing\s+Street|Élysée"
    r"|Elysee|Zhongnanhai|FCO|FCDO"
    # India's Ministry of External Affairs, Brazil's and France's foreign ministries
    r"|(?-i:MEA)|Itamaraty|Quai\s+d['’]Orsay"
    # (the Foreign Office is London's: not Germany's "Federal Foreign Office")
    # (nor "Foreign Office Consultations", the meetings of two ministries)
    r"|(?<!Federal\s)(?<!German\s)Foreign\s+(?:and\s+Commonwealth\s+)?Office(?!\s+[Cc]onsultations))"
)
# (on its line; a word in brackets too: "MEA Secretary (East) X")
SEAT_BEFORE_RE = re.compile(_SEAT + r"(?:['’]s)?[ \t]+(?:[\w-]+[ \t]+|\([\w-]+\)[ \t]+){1,3}$")
# … or in the title after the name: "Heather Nauert, the State Department spokeswoman"
SEAT_AFTER_NAME_RE = re.compile(r",[ \t]+(?:the[ \t]+|an?[ \t]+)?" + _SEAT)
SIDE_AFTER_RE = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w-]*\s+(?:side|delegation|team)\b")
COMPLEMENT_OF_RE = re.compile(r"\s+(?:to|of|for)\s+(?:the\s+)?")
# "The Pakistan side was led by Foreign Secretary Jane Doe", "the Vietnamese delegation was
# headed by Mr. John Roe, Deputy Minister …", "the Omani side was chaired by": the side's
# country is the one who leads it
LED_BY_RE = re.compile(
    # ("the U.S. government delegation headed by Trade Representative Jane Doe")
    r"[\s-]+(?:(?:government|governmental|official|parliamentary|high-level|high-ranking)\s+)?"
    # (the verb left out the second time: "… was led by A and the Russian delegation by B")
    r"(?:side|delegation|team|representation)\s+(?:(?:was\s+|is\s+|were\s+|will\s+be\s+)?(?:led|headed"
    r"|represented|chaired)\s+)?by"
    r"\s+[^;]{0,70}"
    # "New Zealand was represented by J.Cooms, who is First Assistant Secretary"
    r"|\s+(?:was|is|will\s+be)\s+represented\s+by\s+(?:[^;.]{0,50}?\s)?"
)


RU_LED_RE = re.compile(
    r"\s+(?:делегаци\w+|сторон\w+)(?:\s+на\s+[а-яё]+)?\s+(?:возглавил\w*|представил\w*)\s+[^;]{0,80}"
)
# "Делегацию Королевства Таиланд возглавил заместитель министра …": the country after
RU_DELEGATION_OF_RE = re.compile(
    r"[Дд]елегаци\w+\s+(?:(?:Республики|Королевства|Федерации|Государства|Союза)\s+)?\Z"
)
# ("делегацией Объединенных Арабских Эмиратов во главе с министром по делам правительства X")
RU_HEADED_RE = re.compile(r"\s+(?:возглавил\w*|возглавлял\w*|во\s+главе\s+с)\s+[^;]{0,80}")
RU_UNIT_HEAD_RE = re.compile(r"[НнДд](?:ачальник|иректор)")
RU_MFA_OF_RE = re.compile(r"\bМИД\s+[А-ЯЁ]")


# "The U.S. delegation consisted of the Ambassador, X; political advisor Y; and advisor Z"
DELEGATION_OF_RE = re.compile(
    r"\.?\s+(?:delegation|team)\s+(?:consisted\s+of|comprised|included|also\s+included)\s+"
    r"(?:U\.[SNK]\.|[^.]){0,200}"
)


DELEGATION_OF_BEFORE_RE = re.compile(
    r"\b(?:delegation|side|team|representation)\s+(?:of|from)\s+(?:the\s+)?$", re.I
)
OF_COUNTRY_LED_RE = re.compile(
    r",?\s+(?:was\s+|is\s+|were\s+|will\s+be\s+)?(?:led|headed|chaired)\s+by\s+[^;]{0,70}"
)


# What the one named did for their country, right after the name: "… X signed the MoU from
# the Pakistani side", "… Minister for Health Dr X represented Iran"
SIDE_REPRESENTED_RE = re.compile(
    r"\s+(?:(?:signed|initialled|inked)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:from|for|on\s+behalf\s+of)\s+(?:the\s+)?|represented\s+(?:the\s+)?)\Z"
)


def _side_represented(text: str, name_end: int, countries) -> str | None:
    """The country a newcomer signed for or represented, named within a few words after (or
    whose delegation they led: "Mr X, a Deputy Minister of Foreign Affairs, led Ghana's
    delegation")."""
    for s, e, code in countries:
        if 0 < s - name_end <= 60 and SIDE_REPRESENTED_RE.fullmatch(text, name_end, s):
            return code
        if (
            0 < s - name_end <= 120
            and LED_BEFORE_COUNTRY_RE.fullmatch(text, name_end, s)
            and COUNTRYS_DELEGATION_RE.match(text, e)
        ):
            return code
    return None


LED_BEFORE_COUNTRY_RE = re.compile(r"(?:,[^;.]{0,90}?,)?\s+(?:led|headed)\s+")
COUNTRYS_DELEGATION_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:delegation|side|team)\b")


def _delegation_led(text: str, name_start: int, countries) -> str | None:
    led = [
        (e, code)
        for s, e, code in countries
        if (
            0 < name_start - e <= 100
            and (
                LED_BY_RE.fullmatch(text, e, name_start) or RU_LED_RE.fullmatch(text, e, name_start)
            )
        )
        or (0 < name_start - e <= 220 and DELEGATION_OF_RE.fullmatch(text, e, name_start))
        # "The delegation of Turkmenistan was headed by Deputy Minister … X"
        or (
            0 < name_start - e <= 100
            and DELEGATION_OF_BEFORE_RE.search(text, max(0, s - 30), s)
            and OF_COUNTRY_LED_RE.fullmatch(text, e, name_start)
        )
        or (
            0 < name_start - e <= 100
            and RU_DELEGATION_OF_RE.search(text, max(0, s - 40), s)
            and RU_HEADED_RE.fullmatch(text, e, name_start)
        )
        # "A high-power delegation from Ethiopia, led by State Minister A and State Minister
        # for Trade and Industry, B, …": each one it names
        or (
            0 < name_start - e <= 200
            and DELEGATION_FROM_BEFORE_RE.search(text, max(0, s - 40), s)
            and FROM_COUNTRY_LED_RE.fullmatch(text, e, name_start)
        )
    ]
    return max(led)[1] if led else None


DELEGATION_FROM_BEFORE_RE = re.compile(r"\bdelegation\s+from\s+(?:the\s+)?\Z", re.IGNORECASE)
FROM_COUNTRY_LED_RE = re.compile(r",?\s+(?:(?:was|is)\s+)?(?:led|headed)\s+by\s+[^;.]{0,180}")


# "many Angolan leaders, including Vice President X, Minister of Oil Y, …": each of the list
LEADERS_INCLUDING_RE = re.compile(
    r"\s+(?:leaders|officials|ministers|dignitaries|leadership|counterparts)\s*,?\s+(?:including"
    r"|among\s+them|such\s+as)\s+[^;.]{0,300}"
)


def _leaders_including(text: str, name_start: int, countries) -> str | None:
    """The country of the officials a list names ("Angolan leaders, including …"), for each
    name in the list before another country is named."""
    listed = [
        (e, code)
        for _s, e, code in countries
        if 0 < name_start - e <= 320 and LEADERS_INCLUDING_RE.fullmatch(text, e, name_start)
    ]
    if not listed:
        return None
    e, code = max(listed)
    return None if any(e < s < name_start for s, _e, _c in countries) else code


def _paired(text: str, name_start: int, countries) -> str | None:
    """ "Russian and Uzbek Deputy Foreign Ministers, Jane Doe and John Roe": each name takes
    the country said in its place."""
    for (_s1, e1, first), (s2, e2, second) in itertools.pairwise(countries):
        if (
            0 < name_start - e2 <= 120
            and AND_RE.fullmatch(text, e1, s2)
            and (pair := PAIRED_NAMES_RE.fullmatch(text, e2, name_start))
        ):
            return second if pair.group("first") else first
    return None


def _merged_tails(people: list[NewPerson]) -> list[NewPerson]:
    """ "Ambassador Da Costa Silva" after "Special Envoy Ambassador Leovigildo Da Costa
    Silva": a newcomer named by the last words (two or more) of another's full name is that
    one, named again; so is one named by its first and last words ("Secretary Leopoldo
    Sahores" after "Leopoldo Francisco Sahores"), kept as an alias."""
    dropped: set[int] = set()
    merged = list(people)
    for i, short in enumerate(people):
        words = short.name.split()
        if len(words) < 2:
            continue
        for j, long in enumerate(people):
            longer = long.name.split()
            if j in dropped or len(longer) <= len(words):
                continue
            if longer[-len(words) :] == words:
                merged[j] = _with_country_of(
                    replace(merged[j], count=merged[j].count + short.count), short
                )
                dropped.add(i)
                break
            if len(words) == 2 and (longer[0], longer[-1]) == (words[0], words[-1]):
                merged[j] = _with_country_of(
                    replace(
                        merged[j],
                        count=merged[j].count + short.count,
                        aliases=(*merged[j].aliases, short.written),
                    ),
                    short,
                )
                dropped.add(i)
                break
    return [p for i, p in enumerate(merged) if i not in dropped]


def _with_country_of(person: NewPerson, other: NewPerson) -> NewPerson:
    """ "Foreign Secretary Vinay Mohan Kwatra", then "Indian Foreign Secretary Vinay Kwatra":
    the country the second naming gives, where the first gave none."""
    if person.country is not None or other.country is None:
        return person
    return replace(person, country=other.country, role=_role(person.title, other.country))


def _merged_initials(people: list[NewPerson]) -> list[NewPerson]:
    """ "I.K.Azizov" and "Iskander Azizov" in one article are one person: the initials
    form becomes an alias of the full name with the same surname and first letter."""
    full = {surname_and_initial(p.name): i for i, p in enumerate(people) if not _initialled(p)}
    merged = list(people)
    dropped = set()
    # "ER Weerakoon" and "Esala Ruwan Weerakoon": initials written together, all of them
    spelt = {
        (words[-1].lower(), "".join(w[0] for w in words[:-1]).upper()): i
        for i, p in enumerate(people)
        if len(words := p.name.split()) > 2 and not _initialled(p)
    }
    for i, person in enumerate(people):
        j = full.get(surname_and_initial(person.name)) if _initialled(person) else None
        joined = re.fullmatch(r"([A-Z]{2,3}) (\S+)", person.written)
        if j is None and joined:
            j = spelt.get((joined.group(2).lower(), joined.group(1)))
        if j is not None and j != i:
            target = merged[j]
            merged[j] = replace(
                target, aliases=(*target.aliases, person.written), count=target.count + person.count
            )
            dropped.add(i)
    return [p for i, p in enumerate(merged) if i not in dropped]


def _initialled(person: NewPerson) -> bool:
    """ "I.K.Azizov", "D. Tsogtbaatar": a name given by its initials only."""
    return bool(re.match(r"[A-ZА-ЯЁ][a-z]?\.", person.name))


_INSTITUTION_WORDS = """Office Department Ministry Directorate Bureau Commission Agency
Secretariat Division Mission Service Committee Council Organization Organisation
Bank Eximbank Fund Corporation Authority Institute University Embassy Hotel Plaza Resort
Tribunal Court Crescent"""
INSTITUTION_WORDS = frozenset(_INSTITUTION_WORDS.split())


def _institutions_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised words at start:end name an institution, not a person: "Support
    Office", "Criminal Tribunal", "the Red Cross"."""
    words = {w.strip(",.;:") for w in text[start:end].split()}
    return (
        bool(words & INSTITUTION_WORDS)
        or bool(words & FACILITY_WORDS)
        or text.startswith("Red Cross", start)
        # … or end one's name: "Head of the Federal Agency for Subsoil Use (ROSNEDRA)"
        or (
            INSTITUTION_FOR_BEFORE_RE.search(text, max(0, start - 30), start) is not None
            and len(text[start:end].split()) <= 2
        )
        # … or begin one, or a building's: "Dubai Protocol and Hospitality Department",
        # "King Abdulaziz Air Base"
        or INSTITUTION_GOES_ON_RE.match(text, end) is not None
    )


_FACILITY_WORDS = """Base Airbase Airport Hospital Stadium Street Avenue Road Square Bridge Mosque
Palace Museum Library Foundation"""
FACILITY_WORDS = frozenset(_FACILITY_WORDS.split())
INSTITUTION_FOR_BEFORE_RE = re.compile(
    r"\b(?:Agency|Committee|Commission|Office|Council|Fund|Centre|Center|Service|Bureau"
    r"|Directorate|Institute|Authority)\s+(?:for|on)\s+\Z"
)
INSTITUTION_GOES_ON_RE = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}?(?:Department|Office|Directorate"
    r"|Bureau|Commission|Agency|Authority|Council|Committee|Ministry|Service|Centre|Center)\b"
    # (not one whose head is named next: "Zhao Jianhua and Manila International Airport
    # Authority General Manager John Roe")
    r"(?![ \t]+(?:(?:Deputy|General|Executive|Managing)[ \t]+)*(?:Manager|Director|Chairman"
    r"|Chairperson|Chief|President|Head|Secretary|Administrator|Commissioner|Governor)\b)"
)


INITIALS_ONLY_RE = re.compile(r"(?:[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}[A-ZА-ЯЁ][\w’'-]+")
# (and a courtesy or a royal title before the name: "Ambassador to Kuwait Prince Sultan …")
TRAILING_LITTLE_RE = re.compile(
    r"(?:\s+(?:of|for|to|in|at|on|the|and|from|(?<!Crown\s)Prince|Princess|Sheikh|Sheikha|Dr\.?|Mr\.?|Ms\.?"
    # (and one who died: "First President H.E the Late Mzee X")
    r"|HE|H\.?\s?E\.?|HH|[Ll]ate|Mzee))+$"
)


ROMAN_NUMERAL_RE = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})")


def _calm(name: str) -> str:
    """A family name in capitals, as communiqués print it, in ordinary case (not initials
    written together before a name in ordinary case: "VK Singh")."""
    words = name.split()
    return " ".join(
        "-".join(part.capitalize() for part in word.split("-"))
        if len(word) > 1
        and word.isupper()
        and "." not in word
        # (not a regnal number: "Abdullah II bin Al-Hussein")
        and not ROMAN_NUMERAL_RE.fullmatch(word)
        # (initials have no vowel: "VK Singh", not "LI Weiming")
        and not (
            len(word) <= 3
            and i < len(words) - 1
            and not words[-1].isupper()
            and not re.search("[AEIOUY]", word)
        )
        else word
        for i, word in enumerate(words)
    )


def _latin(name: str) -> str:
    """ "Р.О.Мередов" -> "R.O. Meredov", "Абдулазиз Камилов" -> "Abdulaziz Kamilov"."""
    return _spaced_initials(translit(name))


def _spaced_initials(name: str) -> str:
    """ "D.Bilegdorj" -> "D. Bilegdorj": the initials apart from the name (and its slug)."""
    return re.sub(r"\.(?=\w{2})", ". ", name)


PLACE_PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|in|to|for|at|from)\s+(?:the\s+)?\Z", re.I)


TITLE_PARTICLE_END_RE = re.compile(r"\s+(de|du|van|von|van\s+der|von\s+der|da|di|dos|das|del)\Z")
CAPITALS_LITTLE_WORDS = frozenset({"A", "AN", "THE", "OF", "IN", "ON", "TO", "FOR", "AND", "AT"})


def _strong(match: Match) -> bool:
    """A gazetteer name that is more than a surname alone (a surname inside a new full name
    is that new person's: "Lee" in "Lee Jong-joo")."""
    return any(not (n.kind == PERSON and n.weak) for n in match.names)


def _elsewhere(match: Match, country: str | None, country_of, named: set[str]) -> bool:
    """Whether the title's country is none of the matched people's (with no country in the
    title, whether the text names none of theirs: "Defense Minister Pedro Sánchez Suárez" in
    a story of Colombia and Ecuador is not Spain's Pedro Sánchez)."""
    if country_of is None:
        return False
    if country is None:
        return bool(named) and all(country_of(n.key) not in named | {None} for n in match.names)
    return all(country_of(n.key) not in (country, None) for n in match.names)


def _person_only(match: Match) -> bool:
    return all(n.kind == PERSON for n in match.names)


def _longer(text: str, start: int, end: int, name: str, more: int = 2) -> bool:
    """A known name inside a longer one is not that person: "Sheikh Sabah" in "Sheikh Sabah
    Khaled Al-Hamad Al-Sabah", two words or more longer (one, in a list of envoys: "Juan
    Carlos Kreckler")."""
    if LINEAGE_AFTER_RE.match(text, end):
        return False  # "Mohammad bin Salman bin Abdulaziz Al-Saud": the known name, in full
    return len(name.split()) >= len(text[start:end].split()) + more


LINEAGE_AFTER_RE = re.compile(r"\s+(?:bin|ibn|bint)\s")


def _country(match: Match) -> str | None:
    return next((n.key for n in match.names if n.kind == COUNTRY), None)


# A comma or an "and", and a courtesy title that may open the next name: "…, Dr. B,
# Secretary, …", "… and Ms. B, Assistant Director"
_COURTESY_WORD = r"(?:Mr|Mrs|Ms|Madam|Madame|Mme|Dr|Prof|Amb|H\.?\s?E|(?:His|Her)\s+Excellency)"
_COURTESY = rf"(?:{_COURTESY_WORD}\.?\s+)*$"
COMMA_COURTESY_END_RE = re.compile(r",\s*" + _COURTESY)
AND_COURTESY_END_RE = re.compile(r"\band\s+" + _COURTESY)
TOGETHER_WITH_RE = re.compile(r"\b(?:together|along)\s+with\b")
CAPITALS_ON_RE = re.compile(r"(?:[ \t]+[A-Z][\w’'-]*)*")
HEAD_IN_COMPLEMENT_RE = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?)*[A-Z][\w’'-]*\Z"
)
# The next name of a list, with its own title after it: "and Jane Doe, ambassador for …"
NEXT_LISTED_RE = re.compile(
    # (not an institution's words: "Director-General of the Asian and Oceanian Affairs Bureau,
    # and on the ROK side …")
    r"\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}(?<!Bureau)(?<!Department)(?<!Division)"
    r"(?<!Office)(?<!Affairs)(?<!Ministry)(?<!Agency)(?=,\s+(?:the\s+|an?\s+)?[a-z]"
    # ("… and Tania Diego Olite, Cuban Ambassador to TT")
    r"|,\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:Ambassador|Minister|Secretary|Director|Consul|Envoy)\b"
    # (or the next name's office right after it: "… to Nepal and John Doe Second Secretary")
    r"|\s+(?:(?:First|Second|Third|Deputy|Vice|Senior|Chief|Special)\s+)?(?:Secretary|Minister"
    r"|Ambassador|Counsell?or|Director|Advis[eo]r|Attach[eé])\b)"
)
NEXT_COURTESY_RE = re.compile(rf",?\s+and\s+{_COURTESY_WORD}\b")
# The words a state's long name opens with: "(the) People's Republic of (China's)"
_REPUBLIC_OF = r"(?:(?:People['’]s\s+)?Republic\s+of\s+)?"
# ("Jane Doe, the People's Republic of China's Minister")
NAME_COMMA_BEFORE_RE = re.compile(
    rf"[A-Z][\w.'’-]*,\s+(?:the\s+)?{_REPUBLIC_OF}(?:[A-Z][\w.'’-]*\s+){{0,2}}$"
)


def _titled_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` has its own title after a comma."""
    head = TITLE_HEAD.search(text, end, end + 60)
    return head is not None and bool(
        re.fullmatch(r",\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}", text[end : head.start()])
    )


LINEAGE_BEFORE_HEAD_RE = re.compile(r"\b(?:bin|ibn|bint)\s+\Z")


def _named_in_full(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the text names in full, untitled, the one a title names by family name alone
    at start:end (the first such full name, two to four words ending with it)."""
    surname = text[start:end]
    if " " in surname or len(surname) < 3 or surname in NOT_NAME_WORDS:
        return None
    for m in re.finditer(rf"\b(?:[A-Z][\w'’-]+[ \t]+){{1,3}}{re.escape(surname)}\b", text):
        words = m.group().split()
        while words and words[0] in NOT_NAME_WORDS:  # "The … ", "Ambassador … "
            words = words[1:]
        if (
            len(words) >= 2
            and plausible_name(" ".join(words))
            and m.end() != end
            # (not a name that goes on as a place's: "Nur Khan Air Base")
            and not re.match(r"[ \t]+[A-Z]", text[m.end() : m.end() + 2])
        ):
            if any(
                plausible_name(other.group())
                for other in re.finditer(rf"\b{re.escape(surname)}[ \t]+[A-Z][\w'’-]+\b", text)
                if other.start() != start and not m.start() <= other.start() < m.end()
            ):
                return None  # "Kim Gunn … Sung Kim … negotiator Kim": either, by family name
            return m.end() - len(" ".join(words)), m.end()
    return None


ENVOY_OF_HEAD_RE = re.compile(
    r"(?i:envoy|emissary|advis[eo]r|representative|aide|assistant|spokes(?:man|woman|person)"
    r"|chief\s+of\s+staff|press\s+secretary)\Z"
)


def _owner_between(
    head: re.Match, i: int, starts: list[int], ends: list[int], name_start: int
) -> bool:
    """Whether an envoy's or adviser's title is followed, before the name after it, by the
    title of the one they serve, whose name that is ("envoy of President X", "bearer of a
    message that the President of Y, X, sent"; not "Special Assistant to Prime Minister on
    Foreign Affairs X": his own)."""
    return (
        ENVOY_OF_HEAD_RE.search(head.group(0)) is not None
        and any(
            head.end() <= at <= name_start
            and OWNER_TITLE_BEFORE_RE.search(head.string, head.end(), at)
            # (the owner's title right before the name, but for their country: not "the Special
            # Envoy of the Secretary-General on Water Security, Jane Doe": hers), or read
            # with it ("adviser to German Chancellor X": "Chancellor X")
            and (at == name_start or OWNER_NAMED_AFTER_RE.fullmatch(head.string, end, name_start))
            # (not an office named bare, then the name of the one serving it: "Chief of Staff
            # to the Prime Minister, Alan Grey")
            and not (
                "," in head.string[end:name_start]
                and " of " not in head.string[end:name_start]
                and BARE_OWNER_BEFORE_RE.search(head.string, head.end(), at)
            )
            for at, end in zip(starts[i + 1 : i + 2], ends[i + 1 : i + 2], strict=True)
        )
    )


# ("spokesperson for South African President X": the one served, named with their country)
BARE_OWNER_BEFORE_RE = re.compile(r"\b(?:to|for)\s+the\s+\Z")
OWNER_TITLE_BEFORE_RE = re.compile(
    r"\b(?:of|that|from|to|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}\Z"
)
OWNER_NAMED_AFTER_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the))*)?,?\s*"
    r"(?:(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)?"
)


def _candidates(text: str, countries):
    """(title, name start, name end, country) for each title with a name beside it, and for
    each portfolio listed after it with its holder: "the Minister of Foreign Affairs, A;
    Defence, B; and Industry, Trade and Investment, C" (State House copy)."""
    named: list[tuple[int, int]] = []
    for title, start, end, country in _titled_candidates(text, countries):
        named.append((start, end))
        yield title, start, end, country
        head = PORTFOLIO_HEAD_RE.match(title)
        if head is None:
            continue
        while item := PORTFOLIO_ITEM_RE.match(text, end):
            start, end = item.span("name")
            yield (
                f"{head.group('head')} {head.group('of')} {item.group('portfolio')}",
                start,
                end,
                country,
            )
    yield from _envoys_listed_by_country(text, countries, named)
    for m in itertools.chain(
        ROYAL_PATRONYMIC_RE.finditer(text),
        # (each tried only where its words are: a name first is costly to look for)
        EXCELLENCY_RE.finditer(text) if "H.E" in text or "Excellency" in text else (),
        RANK_RE.finditer(text) if RANK_WORDS_RE.search(text) else (),
        AFFILIATION_RE.finditer(text) if AFFILIATION_WORDS_RE.search(text) else (),
    ):
        # "Prince Khaled bin Faisal bin Abdulaziz Al-Saud": a royal by his lineage, whatever
        # his office; "H.E. Mr. Jane Doe": an official by the style readouts give office-holders;
        # "Jane Doe of the Kazakh Foreign Ministry": an official by the service named (the
        # office's when one is named with them)
        if not any(s < m.end("name") and m.start("name") < e for s, e in named):
            at, to = m.span("title")
            country = next((c for s, _, c in countries if at <= s < to), None)
            if (
                country is None
                and m.re is EXCELLENCY_RE
                and (office := OFFICE_OF_AFTER_RE.match(text, m.end("name")))
            ):
                # "Her Excellency Prof. Jane Doe, First Lady of the Republic of Malawi": the
                # country of the office apposed after the name
                country = next((c for s, _, c in countries if s == office.end()), None)
            if country is None and m.re is AFFILIATION_RE:
                country = next(
                    (c for word, c in SERVICE_COUNTRIES if word in m.group("title")), None
                )
            yield m.group("title"), m.start("name"), m.end("name"), country


# "received credentials from the Ambassadors … of a number of foreign states - the Czech
# Republic Jane Doe, the Republic of Cuba John Roe and Mongolia Jim Poe": each envoy named after
# their state
ENVOYS_OF_STATES_RE = re.compile(
    r"\b(?:Ambassadors|envoys|High\s+Commissioners)\b[^.;]{0,80}?\b(?:states|countries)\s*[-–—:]\s*"
)
ENVOY_AFTER_STATE_RE = re.compile(rf"[ \t]+(?P<name>{NAME_BODY})(?=\s*(?:,|and\b|\.|;|$))")


def _envoys_listed_by_country(text: str, countries, named: list[tuple[int, int]]):
    """(title, name start, name end, country) for each envoy a list names right after their
    state's name."""
    if "Ambassadors" not in text and "envoys" not in text and "Commissioners" not in text:
        return
    for intro in ENVOYS_OF_STATES_RE.finditer(text):
        stop = min(
            (i for i in (text.find(".", intro.end()), text.find(";", intro.end())) if i > 0),
            default=len(text),
        )
        for s, e, code in countries:
            if not intro.end() <= s < stop:
                continue
            if (who := ENVOY_AFTER_STATE_RE.match(text, e)) is None or who.end("name") > stop:
                continue
            at, to = who.span("name")
            if any(a < to and at < b for a, b in named):
                continue
            named.append((at, to))
            yield "Ambassador", at, to, code


ROYAL_PATRONYMIC_RE = re.compile(
    r"(?<![\w-])(?P<title>(?:Crown\s+)?Prince(?:ss)?|Sheikha?|Sheik)\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:bin|bint|ibn)\s+[A-Z][a-z]+)+(?:\s+[Aa]l[- ][A-Z][a-z]+)?)\b"
)
# An office apposed after a name, up to its country: ", First Lady of the Republic of "
OFFICE_OF_AFTER_RE = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,5}of[ \t]+(?:the[ \t]+)?"
)
EXCELLENCY_RE = re.compile(
    rf"(?<![\w.])(?P<title>H\.[ \t]?E\.|(?:His|Her)[ \t]+Excellency)[ \t]+"
    rf"(?:(?:Mr|Mrs|Ms|Dr|Prof|Amb|Ambassador|Sheikha?|Shaikha?)\.?[ \t]+)?"
    rf"(?P<name>{NAME_BODY})"
)
# A military rank before the name: "Lt. Gen. Jane Doe, commander of …", "Rear Admiral Jane
# Doe" (an officer; not "General" alone, a word of many names: "General Assembly")
_RANK = (
    r"(?:(?:Lt|Maj|Brig)\.?[ \t-]?Gen\.|Gen\.|(?:Lt\.?[ \t-]?)?Col\.|Adm\."
    r"|(?:Vice|Rear)[ \t]+Adm(?:iral|\.)|(?:Lieutenant|Major|Brigadier)[ \t]+General"
    r"|Lieutenant[ \t]+Colonel|Air[ \t]+(?:Chief[ \t]+|Vice[ \t]+)?Marshal|Field[ \t]+Marshal)"
)
RANK_RE = re.compile(
    rf"(?<![\w.-])(?P<title>{_RANK})[ \t]+"
    rf"(?:\((?i:rtd|retd|ret)\.?\)[ \t]+)?(?P<name>{NAME_BODY})"
)
RANK_TITLE_RE = re.compile(_RANK)
RANK_WORDS_RE = re.compile(r"Gen\.|Col\.|Adm|General|Colonel|Marshal")
# "Jane Doe of the Kazakh Foreign Ministry", "Jane Doe, from the Embassy of Ruritania": one who
# serves a state's foreign service (a service of foreign affairs only: "of the BBC" is none)
AFFILIATION_RE = re.compile(
    rf"(?P<name>{NAME_BODY}),?[ \t]+(?:of|from)[ \t]+the[ \t]+(?P<title>"
    r"(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Foreign[ \t]+(?:Ministry|Office)|State[ \t]+Department"
    r"|Ministry[ \t]+of[ \t]+(?:Foreign|External)[ \t]+(?:Affairs|Relations)|Embassy|Kremlin)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?)(?![\w'’-])"
)
AFFILIATION_WORDS_RE = re.compile(
    r"\b(?:of|from)\s+the\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Foreign|State|Ministry|Embassy|Kremlin)\b"
)
# the services named without their country ("the Foreign Office" is Britain's in English copy)
SERVICE_COUNTRIES = (
    ("State Department", "US"),
    ("Kremlin", "RU"),
    ("Federal Foreign Office", "DE"),
    ("Foreign Office", "GB"),
)
# "Minister of Foreign Affairs", "Governors of Kano State": the head a list of portfolios after
# the holder shares ("Ministers" read as one "Minister")
PORTFOLIO_HEAD_RE = re.compile(
    r"(?:(?:Deputy|Honourable|Honorable|Hon\.)\s+)?(?P<head>Minister|Governor|Commissioner)s?\s+"
    r"(?P<of>of|for)\s"
)
# "; Defence, Olan Roedaly", "; and Industry, Trade and Investment, Jane Doe"
PORTFOLIO_ITEM_RE = re.compile(
    r";\s+(?:and\s+)?(?P<portfolio>[A-Z][\w'’-]*(?:(?:,\s+|\s+)(?:and\s+)?[A-Z][\w'’-]*){0,5}),\s+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Amb|Ambassador|Chief|Senator|Sen|Hon|Alhaji|Hajiya|Barr)\.?\s+)*"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})(?=\s*(?:[;.,(]|$))"
)


# A spouse named before a title: the title after her name is not hers.
SPOUSE_BEFORE_RE = re.compile(r"\b(?:his|her)\s+(?:wife|husband|spouse),?\s+\Z", re.IGNORECASE)


# "head" the verb, in lower case, not the office: "will head to", "head back to Delhi"
HEAD_VERB_RE = re.compile(r"head\s+(?:to|for|back|home|towards|into|out)\b")


ELECT_AFTER_HEAD_RE = re.compile(r"-(?:elect|designate)\b")


def _titled_candidates(text: str, countries):
    # (not "head" the verb: "The two leaders will now head to Sabarmati Ashram")
    heads = [h for h in title_heads(text) if not HEAD_VERB_RE.match(text, h.start())]
    starts = [h.start() for h in heads]
    ends = [h.end() for h in heads]
    named_end = -1  # where the last name found after its title ends
    for i, m in enumerate(heads):
        if LINEAGE_BEFORE_HEAD_RE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "Zayed bin Khalifa bin Sultan Al Nahyan": a father's name, no title
        # "the Minister of State, H.E. A, Ambassador of Maldives to UAE, Dr. B, …": a list
        # whose first name follows its title; so do the rest
        titles_first = named_end >= 0 and bool(
            re.fullmatch(r",\s+(?:the\s+)?", text[named_end : m.start()])
        )
        if (
            i
            and 0 <= m.start() - ends[i - 1] <= 12
            and COMPLEMENT_OF_RE.fullmatch(text, ends[i - 1], m.start())
        ):
            # "Jane Doe, Special Adviser to the President, John Roe, Chief of Staff": the
            # office the first one advises, no title of the next name
            continue
        complement_at = m.end()
        if elect := ELECT_AFTER_HEAD_RE.match(text, m.end()):
            complement_at = elect.end()  # "the president-elect of Guinea Bissau"
        if (split := SPLIT_PLACE_RE.match(text, m.end())) and (
            (last := re.search(r"\s(?:of|for)\s+([A-Z][a-z]+)$", m.group(0)))
            and last.group(1) not in PORTFOLIO_WORDS
        ):
            # "Chief Minister of Uttar Pradesh, Jane Doe": the head took the place's first word
            complement_at = split.end()
        appositive = _named_after_complement(text, complement_at, countries)
        if (
            appositive
            and text[appositive[0] :].lstrip(" \t").startswith(",")
            and _titled_after(text, appositive[2])
            and NAME_COMMA_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            and not titles_first
        ):
            # "A, Minister of State, Dr. B, Diplomatic Advisor, …": A's (not "attended by
            # the OAS Secretary General, B, the Minister of … of Chile, C": B's)
            appositive = None
        if appositive and appositive[1] in starts[i + 1 :]:
            appositive = None  # "along with the president, Trade Secretary X": X's own office
        if appositive and _owner_between(m, i, starts, ends, appositive[1]):
            appositive = None  # "Jane Doe, special envoy of the President of X, John Roe,"
        if appositive:
            title_end, start, end = appositive
            # (without what else the complement is called: "(also known as Ruritania)")
            title = AKA_END_RE.sub("", text[m.start() : title_end])
            if not _vague(title):
                named_end = end
                yield title, start, end, _country_of_title(text, m.start(), title_end, countries)
            continue
        found = (
            None
            # (the name right before it, after "Her Excellency", holds it: not a name after)
            if m.group(0)[:1].isupper()
            and "xcellency" in text[max(0, m.start() - 90) : m.start()]
            and EXCELLENCY_NAME_BEFORE_RE.search(text[max(0, m.start() - 90) : m.start()])
            else name_after(text, m.end(), countries)
        )
        if (
            found
            and CALLED_ON_RE.search(text, m.end(), found[1])
            and NAME_BEFORE_RE.search(text[max(0, m.start() - 90) : m.start()])
        ):
            found = None  # "Jane Doe, Secretary-General of the SAARC called on Ms. B": Jane's
        if found and _institutions_name(text, found[1], found[2]):
            # "Jane Doe, the Prosecutor for the International Criminal Tribunal …": the
            # institution's name, not the one holding the office (named before it)
            found = None
        if found and AND_COURTESY_END_RE.search(text[m.end() : found[1]]):
            found = None  # "Jane Doe, head of the … Department and John Roe, …": his own
        if found and TOGETHER_WITH_RE.search(text, m.end(), found[1]):
            # "A, Secretary (East), Ministry of External Affairs, India together with B, …":
            # the one named after is another, with an office of his own; the title is A's
            found = None
        if (
            found
            and (listed := NEXT_LISTED_RE.search(text, m.end(), found[2] + 40))
            and listed.start() < found[1]
            and NAME_BEFORE_LOWER_RE.search(text[max(0, m.start() - 90) : m.start()])
        ):
            # "X, general director of … and Jane Roe, Cuban Ambassador": the name after
            # "and" has its own office, the title is the one named before it
            found = None
        if found and _owner_between(m, i, starts, ends, found[1]):
            # "Jane Doe, special envoy of President John Roe": the one he is the envoy of
            # has a title of his own, the envoy is the name before
            found = None
        if found and _later_title_owns(text, m.end(), found[1], starts):
            found = None  # "A, Additional Secretary (…), Ministry of … and Ambassador B": B's
        if (
            found
            and text.startswith(",", m.end())
            and _titled_after(text, found[2])
            and not titles_first
        ):
            found = None  # "A, Minister of State, Dr. B, Diplomatic Advisor, …": A's title
        if (
            found
            and COMMA_COURTESY_END_RE.search(text[m.end() : found[1]])
            and _titled_after(text, found[2])
            and NAME_COMMA_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            and not titles_first
        ):
            # "A, minister of industry of Brunei, B, Malaysian Trade Minister, …": a list of
            # names each with the title after it
            found = None
        if found and plausible_name(clean_name(text[found[1] : found[2]])):
            title_end, start, end = found
            title = text[m.start() : title_end]
            named_end = end
            yield title, start, end, _country_of_title(text, m.start(), title_end, countries)
            continue
        if found and (full := _named_in_full(text, found[1], found[2])):
            # "Ambassador Al-Munaikh said …" after "Bader Al-Munaikh presented …": the one
            # the text names in full elsewhere
            title_end = found[0]
            yield (
                text[m.start() : title_end], *full,
                _country_of_title(text, m.start(), title_end, countries),
            )  # fmt: skip
            continue
        # "Jane Doe, the Foreign Minister of Ruritania," / "Saurabh Kumar, Secretary (East)"
        window = text[max(0, m.start() - 90) : m.start()]
        # "Jane Doe, the EU foreign policy chief,", "…, the NATO chief,": a body's chief
        chief_of = m.group(0) == "chief" and ORG_CHIEF_BEFORE_RE.search(
            text, max(0, m.start() - 30), m.start()
        )
        if m.group(0)[:1].isupper():
            before = (
                NAME_BEFORE_RE.search(window)
                or NAME_LINE_BEFORE_RE.search(window)
                or EXCELLENCY_NAME_BEFORE_RE.search(window)
                or NAME_THEN_ADJECTIVE_RE.search(window)
                or NAME_TAKES_UP_RE.search(window)
                or APPOINTED_NAME_RE.search(window)
            )
        elif (
            chief_of
            or PERSON_OFFICE_RE.search(text, m.start(), m.end() + 5)
            or UNIT_HEAD_RE.match(text, m.start())
        ):
            before = (
                NAME_BEFORE_LOWER_RE.search(window)
                or APPOINTED_NAME_RE.search(window)
                or NAME_TAKES_UP_RE.search(window)
            )
        else:
            before = None
        if before and SPOUSE_BEFORE_RE.search(
            text, max(0, m.start() - 120), max(0, m.start() - 90) + before.start("name")
        ):
            # "Accompanied by his wife, Jane Doe, the President whose plane …": his office
            before = None
        if before:
            end = m.end()
            if elect := ELECT_AFTER_HEAD_RE.match(text, end):
                end = elect.end()  # "Jane Roe, the president-elect of Guinea Bissau"
            if HEAD_IN_COMPLEMENT_RE.search(m.group(0)):
                # the head ends inside a name: "permanent secretary of the Federal| Ministry of
                # Foreign Affairs"
                end = CAPITALS_ON_RE.match(text, end).end()
            end = COMPLEMENT.match(text, end).end()
            if courtesy := NEXT_COURTESY_RE.search(text, m.end(), end):
                end = courtesy.start()  # "… at the Ministry and Ms. B, …": the next name's
            elif (listed := NEXT_LISTED_RE.search(text, m.end(), end + 60)) and (
                listed.start() < end
            ):
                end = listed.start()  # "… of Asian Affairs and Jane Doe, ambassador for …"
            if (unit := UNIT_HEAD_RE.match(text, m.start())) and unit.end() > end:
                end = unit.end()  # "deputy head of the Uzbek presidential administration"
            if side := SIDE_AFTER_RE.search(text, m.end(), end + 12):
                end = side.start()  # "…, Secretary of the Ministry and Vietnam delegation was"
            elif (served := SERVED_AFTER_RE.match(text, end)) and any(
                e == end for _, e, _ in countries
            ):
                end = served.end()  # "spokesperson for the South African| president"
            if owned := POSSESSED_OFFICE_RE.match(text, end):
                # "the president's foreign policy aide", "Director-General of the Foreign
                # Ministry's political affairs department": the office is what is owned
                end = COMPLEMENT.match(text, owned.end()).end()
            elif text.startswith(("'s ", "’s "), end):
                continue  # "X, the president's son": the office is another's
            shift = max(0, m.start() - 90)
            # "…, the Russian foreign ministry's spokeswoman": a country between name and office
            between = [
                c for s, e, c in countries if shift + before.end("name") <= s and e <= m.start()
            ]
            country = _country_of_title(text, m.start(), end, countries) or (
                between[-1] if between else None
            )
            yield (
                text[chief_of.start() if chief_of else m.start() : end],
                shift + before.start("name"),
                shift + before.end("name"),
                country,
            )
    # "Kairat Umarov, who heads the Kazakh delegation, said …": the head of one
    for m in WHO_HEADS_RE.finditer(text) if "who " in text else ():
        if plausible_name(clean_name(m.group("name"))):
            title = f"head of {m.group('body')}"
            at = m.start("body")
            yield (
                title,
                m.start("name"),
                m.end("name"),
                _country_of_title(text, at, m.end("body"), countries)
                or next((c for s, e, c in countries if at <= s and e <= m.end("body")), None),
            )
    ru_titles = list(RU_TITLE.finditer(text)) if CYRILLIC_RE.search(text) else []
    ru_starts = [t.start() for t in ru_titles]
    for m in ru_titles:
        names = [
            (start, end)
            for start, end in ru_names_after(text, m.end(), countries)
            # (not a name a later office is given to after a verb: "Его главе МИД РФ передал
            # посол ОАЭ в Москве X" — the ambassador's)
            if not _later_title_owns(text, m.end(), start, ru_starts)
        ]
        if not names and (
            before := RU_INITIALS_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        ):
            # "возглавляет А.Н.Дарчиев, теперь уже как посол России в США": the title after
            # a name written with its initials (or in full, in apposition)
            names = [before.span("name" if before.group("name") else "full")]
            if before.group("full") and (
                m.group(0)[:1].isupper()  # (a new sentence's title, not an apposition's)
                or any(s < names[0][1] and names[0][0] < e for s, e, _ in countries)
            ):
                names = []
            after = [c for s, _e, c in countries if 0 <= s - m.end() <= 2]
            if after and names:
                yield m.group(0), *names[0], after[0]  # "…, посол России в США": Russia's
                continue
        # "главами МИД Ливана и Индонезии A и B": as many countries as names, in turn.
        listed = (
            [c for s, e, c in countries if m.start() <= s and e <= names[0][0]] if names else []
        )
        for i, (start, end) in enumerate(names):
            # The country named nearest before the name: each of a list has its own.
            before = [
                (e, code)
                for s, e, code in countries
                if m.start() <= s
                and e <= start
                and not RU_FOR_OR_IN_RE.search(text[max(0, s - 30) : s])
                and text[s - 1 : s] != "("  # (the initials of the one before: "… (КНДР)")
                # (nor the next of a list after "в": "посол РФ в Мали и Республике Нигер")
                and not RU_IN_LIST_RE.search(text, max(0, s - 60), s)
            ]  # "спецпредставитель по Сирии", "посол России в Казахстане": for, in — not of
            code = (
                max(before)[1] if before else _country_of_title(text, m.start(), start, countries)
            )
            if (sender := [c for s, _e, c in countries if 0 < s - m.end() <= 1]) and (
                RU_ENVOY_RE.match(m.group(0))
            ):
                # "посол РФ Мали и Республике Нигер Игорь Громыко": the state right after the
                # envoy's title sends them, those after are where they serve
                code = sender[0]
            if len(names) > 1 and len(listed) == len(names):
                code = listed[i]
            if RU_UNIT_HEAD_RE.match(m.group(0)) and not RU_MFA_OF_RE.search(
                text, m.start(), start
            ):
                # "начальник управления Америки МИД": a department's region is not whose
                code = _delegation_led(text, m.start(), countries)
            if code is None and (body := NATIONAL_BODY_RE.search(text, m.start(), start)):
                code = next(c for c, found in body.groupdict().items() if found)  # "Мажилиса"
            yield m.group(0), start, end, code
    yield from _listed_envoys(text, countries)
    # Both patterns below need a plural office; most texts have none, and a case-blind
    # pattern costs every position of the text, a substring test almost nothing.
    lowered = text.lower()
    if not any(word in lowered for word in PLURAL_OFFICE_WORDS):
        return
    yield from _country_name_pairs(text, countries)
    # A plural office over a list: "the ambassadors of Greece, Ms. Nike Koutrakou, Ghana, …"
    for m in LIST_RE.finditer(text):
        for name in HONOURED_RE.finditer(m.group(0)):
            start = m.start() + name.start("name")
            # each one's country named right before them: "of Greece, Ms. Elena Petrou, and
            # Ghana, Mr. …" (not "of Pakistan and India, Mr. A and Shri. B": listed in turn)
            code = next(
                (
                    c
                    for s, e, c in countries
                    if 0 <= start - e <= 15
                    and re.search(
                        r"(?:\bof\s+(?:the\s+)?|,\s+(?:and\s+)?)$", text[max(0, s - 8) : s]
                    )
                ),
                None,
            )
            yield m.group("office"), start, m.start() + name.end("name"), code
    # … or names, then their office in the plural: "Kim Gye-gwan and Kim Yong-il, the DPRK's
    # two deputy foreign ministers"
    for m in NAMES_THEN_PLURAL_RE.finditer(text):
        names = [
            (m.start("names") + n.start(), m.start("names") + n.end())
            for n in re.finditer(NAME_BODY, m.group("names"))
        ]
        names = [(a, b) for a, b in names if not any(s < b and a < e for s, e, _ in countries)]
        code = next(
            (c for s, e, c in countries if m.end("names") <= s and e <= m.start("office")), None
        )
        for start, end in names:
            yield m.group("office"), start, end, code
    # … or names in apposition: "the Deputy Permanent Representatives, Jane Doe and John Roe"
    bare = [
        m
        for m in PLURAL_BARE_RE.finditer(text)
        if m.group("body") or any(e == m.end("complement") for _s, e, _c in countries)
    ]
    for m in [*PLURAL_APPOSITION_RE.finditer(text), *bare]:
        names = [
            (m.start("names") + n.start(), m.start("names") + n.end())
            for n in re.finditer(NAME_BODY, m.group("names"))
        ]
        names = [(a, b) for a, b in names if not any(s < b and a < e for s, e, _ in countries)]
        # "… of Chile and Colombia, A and B": as many countries as names, in turn; else the
        # one before the office, everyone's: "US Representatives Rick Larsen and Mark Kirk"
        listed = [c for s, e, c in countries if m.end("office") <= s and e <= m.start("names")]
        everyone = None if listed else _country_of_title(text, m.start(), m.end(), countries)
        if sum(1 for _s, e, _c in countries if 0 <= m.start() - e <= 25) > 1:
            everyone = None  # "Russian and Uzbek Deputy Foreign Ministers, A and B": in turn
            listed = listed or _countries_listed_before(text, m.start(), countries)
        for i, (start, end) in enumerate(names):
            code = listed[i] if len(listed) == len(names) else everyone
            if (whose := WHOSE_AFTER_RE.match(text, end)) is not None:
                # "former presidents José Sarney (Brazil) and Raúl Alfonsín (Argentina)"
                code = next((c for s, _e, c in countries if s == whose.end()), code)
            yield (
                text[
                    m.start("office") : m.end("complement")
                    if m.group("complement")
                    else m.end("office")
                ],
                start,
                end,
                code,
            )


def _countries_listed_before(text: str, position: int, countries) -> list[str]:
    """The countries listed right before `position`, in order: "his U.S. and Japanese
    counterparts" gives US and JP."""
    found: list[str] = []
    for s, e, code in reversed(countries):
        if e > position:
            continue
        between = text[e:position]
        if not (
            JUST_BEFORE_TITLE_RE.fullmatch(between) if not found else LIST_GAP_RE.fullmatch(between)
        ):
            break
        found.insert(0, code)
        position = s
    return found


def _country_name_pairs(text: str, countries):
    """ "the new ambassadors of Uruguay, Jane Doe, Chile, John Roe and Australia, Ann Poe":
    each name after its country, the pairs in a row (two at least)."""
    at = {s: (e, c) for s, e, c in countries}
    for m in PAIRS_OFFICE_RE.finditer(text):
        office = " ".join(m.group("office").split())[:-1]
        office = office[:1].upper() + office[1:]
        pairs, position = [], m.end()
        while (country := at.get(position)) is not None:
            end, code = country
            name = PAIR_NAME_RE.match(text, end)
            if name is None or not plausible_name(clean_name(name.group("name"))):
                break
            start, stop = name.span("name")
            if any(s < stop and start < e for s, e, _ in countries):
                break  # "of Chile, Peru and Bolivia": countries, not names
            pairs.append((f"{office} of {text[position:end]}", start, stop, code))
            follow = PAIR_NEXT_RE.match(text, stop)
            if follow is None:
                break
            position = follow.end()
        if len(pairs) >= 2:
            yield from pairs


_PAIR_OFFICES = r"ambassadors|envoys|high[ \t]+commissioners"
PAIRS_OFFICE_RE = re.compile(rf"\b(?P<office>(?i:{_PAIR_OFFICES}))[ \t]+of[ \t]+(?:the[ \t]+)?")
PAIR_NAME_RE = re.compile(rf",[ \t]+(?P<name>{NAME_BODY})")
# … and the next pair: ", Chile", " and Chile", ", and the UAE", ", as well as the ambassadors
# of Turkey"
PAIR_NEXT_RE = re.compile(
    # (or a semicolon: "of Turkiye, A; Ethiopia, B; Mali, C")
    r"(?:[,;][ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:as[ \t]+well[ \t]+as[ \t]+)?"
    rf"(?:the[ \t]+(?:{_PAIR_OFFICES})[ \t]+of[ \t]+)?(?:the[ \t]+)?"
)


# Ambassadors listed by country, where the text speaks of envoys or credentials: "Ethiopia –
# Kasahun Dender Melese, Burundi – …", "Riyad Haddad of Syria, Ali Gutali of Tunisia",
# "Argentina's Eduardo Amadeo", "Юнхо Ли – Республика Корея".
ENVOYS_RE = re.compile(
    r"\b(?:[Aa]mbassadors|[Ee]nvoys|[Hh]eads\s+of\s+(?:the\s+)?diplomatic\s+missions"
    r"|credentials|letters\s+of\s+credence)\b|[Вв]ерительн\w+\s+грамот|\bпослов\b|\bпослы\b"
)
# Every match of ENVOYS_RE holds one of these, in lower case.
ENVOY_WORDS = ("ambassadors", "envoys", "diplomatic", "credentials", "credence", "верительн",
               "послов", "послы")  # fmt: skip
ENVOY_TITLE = "Ambassador"
SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-ZА-ЯЁ])")
_LIST_NAME = (
    rf"(?:{LATIN_WORD}(?:[ \t]+(?:{PARTICLES}[ \t]+)*(?:{INITIALS}[ \t]?)?"
    rf"(?:(?:al|el|ad|as|ash|an|ar|at|az|ed|es|bin|ben)-)?{LATIN_WORD}){{1,5}}"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:[ \t]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?){1,5})"
)
# a list item's name (each pattern is tried on the item: the text since the last comma,
# colon or line), then a dash and the country: "…, Юнхо Ли – Республика Корея,"
# (a spaced hyphen stands for the dash in copy typed without one: "Ethiopia - Kasahun …")
NAME_DASH_RE = re.compile(
    rf"[ \t]*(?:(?:and|и)[ \t]+)?(?P<name>{_LIST_NAME})(?:[ \t]*[–—]|[ \t]+-(?=[ \t]))[ \t]*"
)
# … or the country, a dash and the name: "Ethiopia – Kasahun Dender Melese,"
DASH_NAME_RE = re.compile(
    rf"(?:[ \t]*[–—]|[ \t]+-(?=[ \t]))[ \t]*(?P<name>{_LIST_NAME})(?=[ \t]*(?:[,;.\n]|$|and\b|и\b))"
)
# … or the name of the country: "Riyad Haddad of Syria", "and Mohamed Latheef from the"
NAME_OF_RE = re.compile(
    # (the list's first item after its verb: "The ambassadors are Friedrich Stift from Austria")
    rf"(?:^[ \t]*|[ \t]and[ \t]+|[ \t](?:are|were|include|included|includes)[ \t]+)"
    rf"(?P<name>{_LIST_NAME})[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?$"
)
# … or the item before the country's, a comma between: "Amedi Camara, Mauritania,"
NAME_ITEM_RE = re.compile(
    r"(?:^[ \t]*|[ \t](?:and|are|were|include|included|includes)[ \t]+)"
    rf"(?P<name>{_LIST_NAME})[ \t]*$"
)
# … or the country in brackets after the name: "Jane Doe (Italy), John Roe (Malta)"
NAME_BRACKET_RE = re.compile(rf"(?P<name>{_LIST_NAME})[ \t]*\($")
# … a bracket opened before the country, with its state's style: "(the Republic of "
BRACKET_OPEN_RE = re.compile(
    r"\([ \t]*(?:the[ \t]+)?(?:(?:Republic|Kingdom|State|Federation|Commonwealth|Sultanate"
    r"|Principality|Grand[ \t]+Duchy)[ \t]+of[ \t]+(?:the[ \t]+)?)?$"
)
# … or the country's: "Argentina's Eduardo Amadeo was the first"
POSSESSIVE_NAME_RE = re.compile(
    rf"['’]s[ \t]+(?P<name>{_LIST_NAME})(?=[ \t]*(?:[,;.\n]|$|and\b|from\b|[a-z]))"
)


def _listed_envoys(text: str, countries):
    """(title, name start, name end, country) for each envoy a list pairs with a country."""
    lowered = text.lower()
    hits = [i for word in ENVOY_WORDS if (i := lowered.find(word)) >= 0]
    if not hits:  # a substring test first: a case-blind pattern costs every position
        return
    cue = ENVOYS_RE.search(text, max(0, min(hits) - 40))
    if cue is None:
        return
    start, end = cue.start(), min(len(text), cue.end() + 2000)
    # (or in the cue's own sentence before it: "A (Serbia) and B (Sweden) presented their
    # credentials")
    start = max(
        text.rfind("\n", 0, start) + 1,
        *(m.end() for m in SENTENCE_END_RE.finditer(text, max(0, start - 300), start)),
        start - 300,
    )
    for s, e, code in countries:
        if not start <= s < end:
            continue
        if (m := DASH_NAME_RE.match(text, e)) or (m := POSSESSIVE_NAME_RE.match(text, e)):
            yield ENVOY_TITLE, m.start("name"), m.end("name"), code
        back = max(0, s - 300)  # (a segment is one name and its title)
        line_start = max(
            back - 1, text.rfind("\n", back, s), text.rfind(",", back, s), text.rfind(":", back, s)
        )
        segment = text[line_start + 1 : s]
        # Substring tests first: most countries have neither pattern before them.
        if "(" in segment[-32:] and (opened := BRACKET_OPEN_RE.search(segment)):
            # "Zdravko Bisic (the Republic of Serbia)"
            m = NAME_BRACKET_RE.search(segment, 0, opened.start() + 1)
        elif segment.endswith((" of ", " from ", " the ")):
            m = NAME_OF_RE.search(segment)  # "Riyad Haddad of Syria"
        elif segment.endswith("("):
            m = NAME_BRACKET_RE.search(segment)  # "Carla Rossi (Italy)"
        elif not segment.strip() and text[line_start] == ",":
            # "The ambassadors are Amedi Camara, Mauritania, Daniel Bertrand, Belgium": the
            # name is the item before the comma (not another country: "… of the United
            # Kingdom, France")
            item_start = max(back, text.rfind(",", back, line_start) + 1)
            m = NAME_ITEM_RE.search(text[item_start:line_start])
            # (the list's first item, after its verb: "are A, Mauritania"; or one after it)
            lead = text[item_start : item_start + m.start("name")].split() if m else []
            if (
                m
                and not any(
                    cs < item_start + m.end("name") and item_start + m.start("name") < ce
                    for cs, ce, _ in countries
                )
                and (
                    lead[-1:] not in ([], ["and"])
                    or _names_first(text, item_start, back, countries)
                )
            ):
                yield (
                    ENVOY_TITLE,
                    item_start + m.start("name"),
                    item_start + m.end("name"),
                    code,
                )
            m = None
        elif "–" in segment or "—" in segment or " - " in segment:
            m = NAME_DASH_RE.match(segment)  # "Сиди Мохаммед … Амар – Исламская Республика …"
            m = m if m and len(segment) - m.end() <= 40 else None
        else:
            m = None
        if m:
            yield (
                ENVOY_TITLE,
                line_start + 1 + m.start("name"),
                line_start + 1 + m.end("name"),
                code,
            )


def _names_first(text: str, item_start: int, back: int, countries) -> bool:
    """Whether the list whose item starts at `item_start` gives each name before its country
    ("are A, Mauritania, B, Belgium"), not after it ("the ambassadors of Uruguay, A, Chile,
    B"): its first item, the one with more words than a name or a country, ends with a
    name."""
    while (comma := text.rfind(",", back, item_start - 1)) >= 0:
        bare = text[comma + 1 : item_start - 1].strip().removeprefix("and ").strip()
        a_country = len(bare.split()) <= 4 and any(
            comma < cs and ce <= item_start - 1 for cs, ce, _ in countries
        )
        a_name = " " in bare and NAME_ITEM_RE.fullmatch(bare) is not None
        if not (a_country or a_name):
            break  # the list's first item
        item_start = comma + 1
    head_end = len(text[: item_start - 1].rstrip())
    return all(ce != head_end for _, ce, _ in countries)


# "the head of the family, Tom Brown said": a generic head of nothing official.
VAGUE_HEAD_RE = re.compile(
    r"\b(?:head|chief(?!\s+of\s+staff)"
    # (an adjective: "the chief negotiator, Jane Doe")
    r"(?!\s+(?:[a-z]+\s+)?(?:negotiator|envoy|spokes\w+|diplomat|representative|delegate)s?\b)"
    r"|leader|director|chair\w*|commander)\b"
)


def _later_title_owns(text: str, end: int, name_start: int, starts: list[int]) -> bool:
    """Whether another office begins after a comma and an "and" between a title and the
    name after it: the name is that office's ("…, Ministry of Foreign Affairs of Pakistan
    and Ambassador Jose Luis Perez Gabilondo"), not "Deputy Prime Minister and Foreign
    Minister B", one person's two offices."""
    i, j = bisect.bisect_right(starts, end), bisect.bisect_left(starts, name_start)
    return any(
        re.search(r",[^,]*\band\s+$", text[end:start])
        # "along with the president, Trade Secretary X": the office right before the name
        or (text[end - 1 : end].islower() and re.fullmatch(r",\s+", text[end:start]))
        # "The president talked with Ambassador of Indonesia X": the ambassador's, the
        # words between the two offices no part of one
        or VERB_BETWEEN_RE.search(text, end, start)
        for start in starts[i:j]
    )


# A lower-case word between two offices other than what joins one office's words
VERB_BETWEEN_RE = re.compile(
    r"\b(?!(?:and|of|for|the|to|in|on|at|de|du|des|la|le|el|al|bin|ibn|van|von|der)\b)"
    r"(?-i:[a-z]{2,})\b"
    # (a Russian verb in the past: "главе МИД РФ передал посол ОАЭ X")
    r"|\b[а-яё]{3,}(?:ал|ял|ил|ел|ул)(?:ся|а|и|ась|ись)?\b"
)


def _vague(title: str) -> bool:
    return (
        title == title.lower()
        and bool(VAGUE_HEAD_RE.search(title))
        and not (UNIT_HEAD_RE.search(title))
    )


# an adjective, or a country's name said as one ("Myanmar Minister of Foreign Affairs")
_ADJ = (
    r"(?:[A-Z][a-z]+(?:n|ese|ish|i|ian|an|ic|stan)|Myanmar|Bangladesh|Vietnam|Brunei|Laos|Oman"
    r"|Qatar|Bahrain|Kuwait|Yemen|Iraq|Iran|Israel|Lebanon|Nepal|Bhutan|Sudan|Belarus|Cuba"
    r"|Chile|Peru|Togo|Congo|Niger|Mali|Chad|Benin|Gabon|Palau|Singapore|Argentine|Philippine"
    r"|Swiss|Greek|Dutch|French|Thai|Czech|Slovak|Kazakh|Uzbek|Tajik|Turkmen|Kyrgyz|Lao|Cypriot)"
)
# "China's", "South Korea's", "United Arab Emirates'", "the People's Republic of China's"
_POSSESSIVE = _REPUBLIC_OF + r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:['’]s|(?<=s)['’])"
# … and the words of a country's name of two or more used as an adjective: "New Zealand
# Minister of Foreign Affairs", "Sri Lanka High Commissioner", "United States Ambassador"
_COUNTRY_WORD = (
    r"(?:New|South|North|Sri|Saudi|Costa|Papua|Sierra|San|Cabo|Cape|El|Equatorial|Central"
    r"|United|Solomon|Marshall|Dominican|Zealand|Arabia|Korea|Africa|Lanka|Rica|Guinea|Leone"
    r"|Salvador|Verde|Marino|States|Emirates|Islands|Kingdom)"
)


# "…, ECOWAS Mediator", "…, as Permanent Representative of"
SPOUSE_TITLE_RE = re.compile(r"\bFirst\s+(?:Lady|Gentleman|Spouse)\b", re.IGNORECASE)
UNION_MINISTER_RE = re.compile(r"Union\s+Minister\b")


def _named_most(countries, text: str, at: int) -> str | None:
    """The country named most often, if named at least three times, half as often again as
    any other, and in the sentence at `at` too (not the topic of a briefing the headline
    names alone: "Spokesperson Wang Wenbin's Regular Press Conference", on Mongolia)."""
    counts = collections.Counter(code for _, _, code in countries).most_common(2)
    if not counts or counts[0][1] < 3 or (len(counts) > 1 and counts[1][1] * 3 >= counts[0][1] * 2):
        return None
    start, end = next(((s, e) for s, e in sentence_spans(text) if s <= at < e), (at, at))
    if not any(start <= s < end and code == counts[0][0] for s, _, code in countries):
        return None
    return counts[0][0]


# A foreign ministry's spokesperson, unnamed: "a Chinese Foreign Ministry spokesperson said"
UNNAMED_MINISTRY_SPOKES_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?P<ministry>Foreign\s+Ministry|Ministry\s+of\s+Foreign"
    r"\s+Affairs)\s+spokes(?:man|woman|person)\b(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
SPOKES_TITLE_RE = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)
# A country as the subject of what its spokesperson tells: "China welcomes …"
COUNTRY_SPEAKS_RE = re.compile(
    r"\s+(?:welcomes|welcomed|condemns|condemned|calls|called|urges|urged|hopes|hoped|supports"
    r"|supported|expresses|expressed|regrets|regretted|rejects|rejected|opposes|opposed|deplores"
    r"|deplored|stands|reiterates|reiterated|is|has|will|does)\b"
)
FOREIGN_MINISTRY_BEFORE_RE = re.compile(
    # ("Foreign Office (FO) spokesman X")
    r"\b(?:Foreign\s+Ministry|Foreign\s+Office|Ministry\s+of\s+Foreign\s+Affairs)(?:\s+\([A-Z]{2,6}\))?"
    r"(?:,\s+(?:[\w-]+\s+){0,2}"
    r"|\s+(?:[\w-]+\s+){0,2})$"
)
OF_COUNTRY_AFTER_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:Embassy|Ministry\s+of\s+Foreign\s+Affairs|Government|Republic)"
    r"\s+of\s+(?:the\s+)?)?"
)
SIGNED_FOR_RE = re.compile(
    r",?\s+(?:signed|spoke)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+side\s+of\s+)?(?:the\s+)?"
)
FROM_BEFORE_SIDE_RE = re.compile(r"\s+(?:from|on)\s+(?:the\s+)?")
SIDE_RE = re.compile(r"(?:['’]s)?\s+side\b")
LEADS_BEFORE_SIDE_RE = re.compile(
    r"(?:,[^,;.]{1,60})?\s+(?:led|headed|leads|heads|will\s+(?:lead|head))\s+(?:the\s+)?"
)
LED_SIDE_RE = re.compile(r"(?:['’]s)?\s+(?:(?:government|official)\s+)?(?:side|delegation|team)\b")
# "…, Under Secretary Foreign Policy, Ministry of Foreign Affairs, International Trade and
# Worship of the Argentine Republic": the ministry after the title says whose
# Someone, then whose counterpart the country named next has: "Masud and his Indian "
# "his Japanese counterpart": the country right after it is the other side's
OWN_COUNTERPART_BEFORE_RE = re.compile(r"\b(?:his|her)\s+\Z")
COUNTERPART_AFTER_RE = re.compile(r"\s+(?:counterpart|colleague|opposite\s+number)\b")
HIS_COUNTERPART_BEFORE_RE = re.compile(r"(?P<who>[A-Z][\w'’-]+)\s+and\s+(?:his|her)\s+\Z")
MINISTRY_AFTER_RE = re.compile(
    r",\s+[^.;,]{3,60}?(?:\([^()]{1,30}\))?,\s+(?:the\s+)?Ministry\s+of\s+(?:[\w,]+\s+){1,8}?of\s+"
    # (or the country after a comma: "…, Ministry of Foreign Affairs, Malaysia")
    r"(?:the\s+)?|,\s+[^.;,]{3,60}?(?:\([^()]{1,30}\))?,\s+(?:the\s+)?Ministry\s+of\s+"
    r"(?:Foreign|External)\s+(?:Affairs|Relations),\s+"
    # (or its embassy: "Ms. X, Chargé d'Affaires a.i., Embassy of the Republic of South Africa")
    r"|,\s+(?:[^.;,]|a\.i\.){3,60}?,\s+(?:the\s+)?Embassy\s+of\s+(?:the\s+)?"
    r"(?:Republic\s+of\s+(?:the\s+)?)?"
)
AND_RE = re.compile(r"\s+and\s+")
# … the plural title and the first name, if this is the second: "Deputy Foreign Ministers, "
PAIRED_NAMES_RE = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*s,?\s+(?:(?P<first>[A-Z][^,;]{2,40}?)\s+and\s+)?"
)
# The foreign ministers styled "Foreign Secretary": under a dateline of their capital, the
# title is theirs ("ISLAMABAD – … Foreign Secretary Jane Doe")
FOREIGN_SECRETARY_RE = re.compile(r"(?:Additional\s+)?Foreign\s+Secretary", re.IGNORECASE)
FOREIGN_SECRETARY_COUNTRIES = frozenset({"GB", "IN", "PK", "BD", "NP", "LK"})
CIVIL_FOREIGN_SECRETARIES = FOREIGN_SECRETARY_COUNTRIES - {"GB"}
# A guest arriving, named before the verb: "X arrived in Kathmandu", "X begins two-day visit to"
ARRIVING_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had)\s+)?(?:arrived|arrives|landed|lands|begins|began|reached|is\s+on"
    r"|was\s+on)\s+(?:in\s+|at\s+|an?\s+|(?:his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:(?-i:[A-Z])|visit\b)"
)


def arrives_as_guest(text: str, name: str) -> bool:
    """Whether the text says the one so named arrives somewhere: "X arrived in Kathmandu"."""
    return any(ARRIVING_AFTER_RE.match(text, at.end()) for at in re.finditer(re.escape(name), text))


CIVIL_RANK_RE = re.compile(r"(?:Joint|Additional)\s+Secretary(?:\s*\([^)]{1,40}\))?")
CALLED_ON_RE = re.compile(r"\s(?:called|calls)\s+on\s")
_BRACKETED_AFTER_NAME = r"(?:[ \t]+\((?:[A-Z][\w .'’-]{1,30}|pictured|left|right|centre|center)\))?"
NAME_BEFORE_RE = re.compile(
    # (the comma may be missing before "who is": "Ivo Petrov who is the special representative")
    # (the delegation's country in brackets between, as the UN's meeting coverage writes it:
    # "Jane Doe (Brazil), Chair of the Sanctions Committee"; or a photo's "(pictured)")
    rf"(?P<name>{NAME_BODY}){_BRACKETED_AFTER_NAME}"
    r"(?:(?:[ \t]?,\s+|[ \t]+\()(?:as\s+|who\s+(?:is|was)\s+)?"
    r"|[ \t]+who\s+(?:is|was)\s+)"
    rf"(?:the\s+|a\s+|(?:his|her)\s+|country['’]s\s+|{_ADJ}\s+"
    # "Sir Simon McDonald, Permanent British Under Secretary"
    rf"|(?:Permanent|Senior|Deputy|Acting|Principal|Party)\s+|[A-Z]{{2,}}\s+|{_POSSESSIVE}\s+"
    # "Jane Doe, Secretary-General Kofi Annan's Special Representative"
    r"|[A-Z][a-z]+-[A-Z][a-z]+\s+"
    # "James Kelly, visiting US Assistant Secretary of State"
    # ("Jane Doe, official Spokesperson of the Ministry of External Affairs")
    r"|(?:visiting|outgoing|incoming|official)\s+"
    rf"|{_COUNTRY_WORD}\s+|(?:[A-Z]\.){{2,3}}\s+"
    # "Esala Ruwan Weerakoon, the 14th South Asian Association for Regional Cooperation
    # (SAARC) Secretary-General": an ordinal, an organisation spelt out before its acronym
    r"|\d{1,3}(?:st|nd|rd|th)\s+|(?:[A-Z][\w-]*\s+(?:(?:for|of|and)\s+)?){1,6}\([A-Z]{2,}\)\s+)*$"
)
# The office a name takes up: "Jane Doe presented her credentials as the Ambassador of
# Ruritania", "John Roe assumed charge as the Ambassador of …", "… joined as the High
# Commissioner of …", "… will take charge as the New High Commissioner"
NAME_TAKES_UP_RE = re.compile(
    rf"(?P<name>{NAME_BODY})[ \t]+(?:(?:has|had|will|was|is)[ \t]+(?:been[ \t]+)?)?"
    r"(?:(?:presented[ \t]+(?:his|her)[ \t]+(?:credentials|letters?[ \t]+of[ \t]+credence)"
    r"|(?:assumed|assumes|assume|took|takes|take)[ \t]+(?:charge|office|over)"
    r"|joined|joins|sworn[ \t]+in)[ \t]+as"
    # ("Jane Doe has been appointed Special Representative of the Secretary-General")
    r"|appointed|named|nominated)(?:[ \t]+as)?[ \t]+(?:the[ \t]+)?(?:[Nn]ew[ \t]+)?$"
)
# The office a name is given: "appointed Jane Doe of Finland as his Special Representative",
# "named John Roe ambassador to Finland"
APPOINTED_NAME_RE = re.compile(
    rf"\b(?:appointed|appoints|named|names|nominated|nominates|designated)[ \t]+"
    rf"(?P<name>{NAME_BODY})(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)?"
    r"(?:[ \t]*,)?[ \t]+(?:as[ \t]+)?(?:(?:his|her|its|their|the|new|a)[ \t]+){0,2}$"
)
# A name in a list, then the office with its country's adjective and no comma: "…, and Ajit
# Doval Indian National Security Advisor"
NAME_THEN_ADJECTIVE_RE = re.compile(
    rf"(?:,[ \t]+(?:and[ \t]+)?|[ \t]and[ \t]+|\bwith[ \t]+)(?P<name>{NAME_BODY})"
    rf"[ \t]+{_ADJ}[ \t]+$"
)
# An honorific before the name, the office right after it: "comprised Her Excellency Jane
# Doe Ambassador of New Zealand to Nepal"
EXCELLENCY_NAME_BEFORE_RE = re.compile(
    rf"\b(?:His|Her)\s+Excellency\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>{NAME_BODY})[ \t]+$"
)
# A press release's signature: the name on a line of its own, the office on the next
# ("Heather Nauert\nDepartment Spokesperson").
NAME_LINE_BEFORE_RE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<name>{NAME_BODY})[ \t]*\n\n?[ \t]*(?:[A-Z][\w.’'-]*[ \t]+){{0,3}}$"
)
# In apposition after an article an office may be in lower case: "John Kirby, a spokesman for
# the National Security Council,", "Maria Zakharova, the Russian foreign ministry's
# spokeswoman" — an office that names one person, not "the head" of anything.
NAME_BEFORE_LOWER_RE = re.compile(
    rf"(?P<name>{NAME_BODY}){_BRACKETED_AFTER_NAME}"
    r"(?:(?:,\s+|[ \t]+\()(?:who\s+(?:is|was)\s+)?|[ \t]+who\s+(?:is|was)\s+)"
    rf"(?:(?:the|a|an|{_POSSESSIVE})\s+)?"
    r"(?:[\w’'.-]+\s+){0,3}$"
)
WHO_HEADS_RE = re.compile(
    rf"(?P<name>{NAME_BODY}),\s+who\s+(?:heads|headed|leads|led|chairs|chaired)\s+"
    # ("who heads Pakistan's delegation to the talks")
    r"(?P<body>(?:the|(?-i:[A-Z])[\w-]+['’]s)\s+(?:[\w’'-]+\s+){0,4}(?:delegation|ministry|mission|department|commission"
    r"|committee|agency|office|service|team))\b",
)
ORG_CHIEF_BEFORE_RE = re.compile(
    r"(?:\b(?-i:[A-Z]{2,6})(?:['’]s)?\s+(?:foreign\s+policy\s+|human\s+rights\s+|humanitarian\s+"
    r"|refugee\s+|aid\s+|trade\s+|nuclear\s+)?"
    r"|\b(?:foreign\s+policy|human\s+rights|humanitarian|refugee|aid|atomic\s+energy)\s+)\Z"
)
PERSON_OFFICE_RE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|ambassador|envoy|advis[eo]r|aide|(?:under-?|sub-?)?secretary"
    r"|assistant|chief\s+of\s+staff"
    r"|president"
    # ("George Furey, speaker of the Senate", "Jane Doe, chairman of the committee")
    r"|speaker|chair(?:man|woman|person)"
    r"|premier|chancellor|commissioner|governor|mayor|senator|representative"
    r"|(?:spy|parliamentary|parliament|party|army|military|intelligence|security|nuclear)"
    r"\s+chief|member\s+of\s+the\s+(?:standing\s+committee\s+of\s+the\s+)?(?:politburo"
    r"|political\s+bureau)"
    # "Laura Rosenberger, senior director for China affairs of the … Council"
    r"|senior\s+director|top\s+diplomat|chief\s+of\s+protocol"
    # "X, a Kazakh diplomat,", "X, the Kazakh charge d'affaires,", "X, Kazakhstan's consul
    # general in Dubai,"
    r"|diplomat|charg[eé]\s+d['’]affaires|consul(?:[- ]general)?"
    # "X, the ministry's director for Asia,", "X, a senior official of the ministry,"
    r"|(?:general\s+)?director(?:[- ]general)?(?=\s+(?:for|of)\b)"
    r"|(?:senior|top|high-ranking)\s+official"
    # "Jane Doe, a senior State Department official,", "…, a member of the Chinese delegation,"
    r"|(?:senior|top|high-ranking)\s+(?:[\w-]+\s+){1,3}?official|member\s+of\s+the\s+"
    r"(?:[\w'’-]+\s+){0,3}?delegation"
    r"|counsell?or|attach[eé]|negotiator|lawmaker|legislator|parliamentarian"
    r"|member\s+of\s+parliament"
    # "X, the UN resident coordinator in Kenya,", "X, the Permanent Observer of the African
    # Union,", "X, the Special Rapporteur on Myanmar,"
    r"|coordinator|(?:permanent\s+)?observer(?=\s+(?:of|for|to)\b)|(?:special\s+)?rapporteur"
    # "Kostas Fragogiannis, Tuzcu's Greek counterpart, said"
    r"|counterpart)\b",
    re.IGNORECASE,
)
# What a possessive after a title owns: "'s foreign policy aide", "'s Asia department"
POSSESSED_OFFICE_RE = re.compile(
    r"(?:['’]s|(?<=['’]s))[ \t]+(?:[\w-]+[ \t]+){0,3}?(?i:department|division|bureau|office"
    r"|directorate|section|desk|unit|committee|commission|staff|administration|delegation"
    r"|aide|advis[eo]r|spokes(?:man|woman|person)|envoy|deputy|representative|assistant"
    r"|chief[ \t]+of[ \t]+staff)\b"
)
# "head of the Foreign Ministry's Asian Affairs Department": the head of a named unit.
# "chairman of the Abu Dhabi Department of Economic Development", "chairman of the Central
# Bank of Ruritania": the chair of one.
UNIT_HEAD_RE = re.compile(
    r"(?:(?:first\s+)?(?:deputy|vice|acting)\s+)?(?:head|chief|director|(?:co-?)?chair(?:man|woman"
    r"|person)?)"
    r"\s+of\s+(?:the\s+)?[^,;.()\n]{0,70}?\b"
    r"(?:Department|Bureau|Bank|Council|Authority|Chambers?|Federation|Association|Administration"
    r"|Chancellery|Secretariat"
    # ("Mr. Hagos Gebrehiwet, head of Economic Affairs of the PFDJ": a party's department)
    r"|Directorate|Division|Office|Agency|Service|Committee|Commission|Delegation|Affairs"
    # ("Ma Xiaotian, deputy chief of the General Staff of the …", "chief of the army staff")
    r"|Staff|(?-i:agency|department|ministry|delegation|diplomacy|mission|commission|bureau"
    r"|committee|council|office|service|company|corporation|bank|fund|administration|secretariat"
    r"|directorate|division|staff))\b"
)
LIST_RE = re.compile(
    r"\b(?P<office>ambassadors|envoys|ministers|representatives|[Ss]ecretaries)\b[^\n]{0,600}"
)
HONOURED_RE = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|H\.E|Shri|Smt)\.?\s+(?P<name>{NAME_BODY})")


# A title's complement, then the name in apposition after a comma: "the Head of the Joint
# Investigative Mechanism, Virginia Gamba, briefed", "Djibouti's Minister for Foreign Affairs
# and International Cooperation, Mahamoud Ali Youssouf", "the Special Representative of the
# Secretary-General on Sexual Violence in Conflict, Zainab Hawa Bangura."
SPLIT_PLACE_RE = re.compile(r"[ \t]+[A-Z][a-z]+(?=,)")
APPOSITION_AFTER_RE = re.compile(
    # (dots only of "U.S.", "U.N.": "for U.S. Department of State's Bureau of …, X")
    r"(?P<complement>[ \t]+(?:of|for|on|to|in|at|and)[ \t]+"
    # (and "U.K" written without its last dot)
    r"(?:U\.[SNK]\.|U\.[SK](?=[ \t])|E\.U\.|[^,.;:()\n\"“”«»]){1,90}?"
    # "… of Industrial Policy and Promotion (DIPP), Amitabh Kant", "… of the Republic (also
    # known as Ruritania), Jane Doe"
    r"(?:[ \t]*\((?:[A-Z][A-Za-z&]{1,11}"
    r"|(?:also[ \t]+)?(?:known|called)[ \t]+as[ \t]+[^()\n]{1,40})\))?"
    # … and a list of portfolios: "for Trade, Textile Industry, and Entrepreneurship, X"
    r"(?:(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})*,?[ \t]+and[ \t]+[A-Z][a-z]+"
    r"(?:[ \t]+[A-Z][a-z]+){0,2}(?=,))?)?(?:[ \t]+here)?,[ \t]+"
    # a courtesy title or a rank first: "…, Dr. Jane Doe", "…, Maj. Gen. (Rtd) John Roe"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Amb|H\.[ \t]?E|Maj|Lt|Brig|Gen|Col|Capt|Adm|Cdr)\.?"
    r"(?:-?Gen\.?)?[ \t]+)*(?:\((?i:rtd|retd|ret)\.?\)[ \t]+)?"
    rf"(?P<name>{NAME_BODY})"
    # (or a verb: "The Head of the South Asia Department at the Foreign Office, Jane Roe called
    # on the Minister")
    r"(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:said|says|told|noted|stressed|added|who|and|has|had|was|is"
    r"|called|met|meets|paid|pays|visited|held|received|arrived|expressed|welcomed|discussed"
    r"|briefed|presented|handed|signed|thanked|conveyed|emphasi[sz]ed|will|would|accompanied)\b)"
)
AKA_END_RE = re.compile(r"[ \t]*\((?:also[ \t]+)?(?:known|called)[ \t]+as[ \t][^()]*\)\Z")
# (the office's complement, if any: "the deputy foreign ministers of Chile and Peru, Carolina
# Valdivia and Hugo de Zela", "the Directors General of Consular Affairs of A and B, …")
# Every match of LIST_RE and PLURAL_APPOSITION_RE holds one of these, in any case.
PLURAL_OFFICE_WORDS = (
    "ambassadors", "envoys", "ministers", "representatives", "spokes", "directors",
    "secretaries", "chairm", "counterparts", "commissioners", "governors", "mayors",
    "negotiators", "coordinators", "chairs", "presidents", "members",
)  # fmt: skip
# Whose each listed name is, right after it: "José Sarney (Brazil)", "Raúl Alfonsín of
# Argentina".
# ("Foreign Ministers Jane Doe, of Angola, and John Roe, of Zimbabwe")
_WHOSE_AFTER = (
    r"(?:[ \t]+\([A-Z][^()\n]{1,30}\)"
    r"|,?[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})?"
)
WHOSE_AFTER_RE = re.compile(r"[ \t]+\(|,?[ \t]+of[ \t]+(?:the[ \t]+)?")
_PLURAL_OFFICE = (
    r"\b(?P<office>(?i:(?:(?:deputy|vice|first|assistant|chief|senior|special|permanent|foreign"
    r"|trade|defen[cs]e|finance|economy|economic|energy|interior|former|prime)[ \t]+){0,3}"
    r"(?:ambassadors|envoys|ministers|representatives|spokes(?:men|women|persons)|presidents"
    r"|directors|directors[- ]general|secretaries|under[- ]secretaries|chairm[ae]n|counterparts"
    r"|commissioners|governors|mayors|negotiators|coordinators|co-?chairs|co-?chairm[ae]n"
    r"|members)"
    r"(?:[- ]general|[- ]designate)?))"
)
# … and with no comma after two countries: "Deputy Prime Ministers of Kazakhstan and
# Uzbekistan A and B agreed" (the second country must end right before the names)
# … or a body's: "two members of the Sovereign Council A and B, who …"
PLURAL_BARE_RE = re.compile(
    _PLURAL_OFFICE
    + r"(?P<complement>[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w'’-]+[ \t]+){0,2}?[A-Z][\w'’-]+"
    r"[ \t]+and[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]+[ \t]+){0,2}?[A-Z][\w'’-]+"
    r"|(?:[A-Z][\w'’-]+[ \t]+){0,4}?(?P<body>Council|Commission|Committee|Assembly|Parliament"
    r"|Senate|Cabinet|Delegation|Board|Bureau|Politburo)))"
    rf"[ \t]+(?P<names>{NAME_BODY}[ \t]+and[ \t]+{NAME_BODY})(?=[ \t]+[a-z]|[,.;])"
)
PLURAL_APPOSITION_RE = re.compile(
    _PLURAL_OFFICE
    + r"(?P<complement>[ \t]+(?i:of|for|on|to|in|at|from)[ \t]+[^,.;:()\n\"“”«»]{1,160}?)?"
    # (the comma may be left out: "OSCE Minsk Group co-chairs Robert Bradtke, Igor Popov and
    # Jacques Faure")
    rf"(?(complement),|,?)[ \t]+(?P<names>{NAME_BODY}{_WHOSE_AFTER}"
    rf"(?:,[ \t]+{NAME_BODY}{_WHOSE_AFTER})*,?[ \t]+and[ \t]+{NAME_BODY}{_WHOSE_AFTER})"
)


NAMES_THEN_PLURAL_RE = re.compile(
    rf"(?P<names>{NAME_BODY}(?:,[ \t]+{NAME_BODY})*,?[ \t]+and[ \t]+{NAME_BODY}),[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?(?:['’]s)?[ \t]+)?"
    r"(?:two|three|four|both)?[ \t]*"
    r"(?P<office>(?i:(?:(?:deputy|vice|first|assistant|foreign|trade|defen[cs]e|finance"
    r"|economy)[ \t]+){0,2}(?:ministers|ambassadors|envoys|spokes(?:men|women|persons)"
    r"|negotiators)))\b"
)


def _named_after_complement(text: str, position: int, countries) -> tuple[int, int, int] | None:
    """(end of the title, start and end of the name) when a name follows the title's
    complement after a comma and no name stands inside the complement."""
    m = APPOSITION_AFTER_RE.match(text, position)
    if m is None or not plausible_name(clean_name(m.group("name"))):
        return None
    start, end = m.span("name")
    inside = [(s, e) for s, e, _ in countries if s < end and start < e]
    if inside and not (
        # (but a country's name as the family name ending a name of three words: "the
        # Director for South America, Santiago Vázquez Montenegro")
        len(inside) == 1
        and inside[0][1] == end
        and inside[0][0] > start
        and len(text[start:end].split()) >= 3
        and " " not in text[inside[0][0] : end]
    ):
        return None  # "the Foreign Ministers of Japan, South Korea and China"
    if m.group("complement") and CAPITALISED_PAIR_RE.search(m.group("complement")):
        # A name inside the complement, right after a country: "the President of Mongolia
        # Jane Doe and the Speaker of the Assembly, John Roe" — the name is not the first
        # office's. After other words the capitals are the complement's ("… on Water Security
        # in Arid Lands, Helga Strand").
        inside = name_after(text, position, countries)
        if (
            inside
            and plausible_name(clean_name(text[inside[1] : inside[2]]))
            and inside[2] <= m.start("name")
            and any(0 <= inside[1] - e <= 2 for _s, e, _c in countries)
        ):
            return None
    if m.group("complement") and LIST_STARTED_RE.search(m.group("complement")):
        # "The president and his Cabinet members including ministers A, B and C": a list
        # begun inside, the name after the comma is its next item
        return None
    if m.group("complement") and any(
        pair.group(2) not in PORTFOLIO_WORDS
        for pair in NAME_AND_OFFICE_RE.finditer(m.group("complement"))
    ):
        # "Minister for Foreign Affairs David Levy and Chief of Staff to Prime Minister Ehud
        # Barak, Dany Yatom": the name after the comma is the second office's
        return None
    return (m.end("complement") if m.group("complement") else position), start, end


# A plural office and a name after it, inside a complement: a list begun
LIST_STARTED_RE = re.compile(
    rf"\b(?:{'|'.join(PLURAL_OFFICE_WORDS)}|members)\w*[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]"
)
# A name, then "and" and another office, inside a complement
NAME_AND_OFFICE_RE = re.compile(
    r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+and\s+(?:the\s+)?(?:Chief|Head|Minister|Deputy|Director"
    r"|Secretary|Ambassador|Advis[eo]r|Special|Permanent|Vice|President|Prime|Chairman|Governor)\b"
)
_PORTFOLIO_WORDS = """Affairs Cooperation Development Trade Security Policy Relations Integration
Investment Investments Industry Economy Finance Defence Defense Justice Health Education Culture
Energy Resources Planning Commerce Agriculture Transport Communications Environment Tourism
Labour Labor Services Diaspora Worship Emigrants Expatriates Abroad Affair Issues Questions"""
PORTFOLIO_WORDS = frozenset(_PORTFOLIO_WORDS.split())


PORTFOLIO_BETWEEN_RE = re.compile(r"\s+(?:[A-Z][a-z]+,?\s+){1,4}and\s+")
# The ministry between a country and its official's title: "Azerbaijani Foreign Ministry
# spokesman", "Russia's Foreign Affairs Ministry spokeswoman", "Chinese MFA spokesperson",
# "China's Ministry of Foreign Affairs spokesperson".
INSTITUTION_BETWEEN_RE = re.compile(
    r"(?:['’]s)?(?:\s+(?:Foreign|External|Affairs|Defen[cs]e|Ministry|Office|MFA|MoFA|Presidential"
    r"|(?-i:of)"
    r"|President['’]s|Government|State|House|Department|Embassy|Security|Council|Trade|Economy"
    r"|Finance|Energy|Parliament|Parliamentary|National|Assembly|Senate|Majlis|Mejlis"
    # ("Sudanese government spokesman X")
    r"|(?-i:foreign|external|ministry|affairs|defen[cs]e|office|government))(?:['’]s)?)+\s+"
)
CAPITALISED_PAIR_RE = re.compile(r"[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+")


# A list of those present by side: "Present at it from the DPRK side were …, and from the
# Chinese side …"
SIDE_LIST_RE = re.compile(r"\bfrom\s+the\s+(?:[\w'’-]+\s+){1,3}?side\b")


def _side_named_before(text: str, start: int, countries) -> str | None:
    """The country of the side whose list the name at `start` is in (the last "from the X
    side" before it, in its sentence)."""
    # (looked for only as far back as the list is: a long text with no full stop is not
    # scanned from its start for each name)
    back = max(0, start - 400)
    sentence_start = max(text.rfind(". ", back, start), text.rfind("\n", back, start))
    sides = list(SIDE_LIST_RE.finditer(text, max(back, sentence_start), start))
    if not sides:
        return None
    side = sides[-1]
    named = [code for s, _e, code in countries if side.start() <= s < side.end()]
    return named[0] if len(named) == 1 else None


# A state owning the institution a title is held at: "… at Germany's foreign office"
OWNING_STATE_AFTER_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:office|ministry|department|government|embassy|mission"
    r"|presidency|delegation)\b",
    re.IGNORECASE,
)


# A state (or its capital) the official stood for: "New Delhi was represented by Secretary X
# and Tashkent by First Deputy Foreign Minister Y"
REPRESENTED_BY_BETWEEN_RE = re.compile(r"\s+(?:was|were|is|are)\s+represented\s+by\s+")


def _country_of_title(text: str, start: int, end: int, countries) -> str | None:
    """ "Russian Ambassador" (just before), "of Tajikistan" / "of the Russian Federation"
    (inside), "Turkmenistan's" (just before)."""
    for _s, e, code in countries:
        # "Russian Ambassador", "Turkmenistan's Foreign Minister" (not a list's last item: "…
        # Poland and Turkey, spokesman Richard Boucher said"; not a dateline's city:
        # "WASHINGTON - Foreign Secretary Jane Doe")
        if 0 <= start - e <= 3 and JUST_BEFORE_TITLE_RE.fullmatch(text, e, start):
            if BRIEF_BEFORE_RE.search(text, max(0, _s - 40), _s):
                # "Special Representative on Afghanistan Ambassador Zamir Kabulov": the
                # country the office is about, no adjective of the ambassador's
                continue
            return code
        if 0 < start - e <= 60 and INSTITUTION_BETWEEN_RE.fullmatch(text, e, start):
            return code  # "Azerbaijani Foreign Ministry spokesman"
        if 0 < start - e <= 30 and (
            REPRESENTED_BY_BETWEEN_RE.fullmatch(text, e, start)
            or (
                # (and the next of them, the verb left out: "… and Tashkent by Minister Y")
                re.fullmatch(r"\s+by\s+", text[e:start])
                and re.search(r"\band\s+\Z", text[max(0, _s - 6) : _s])
                and "represented by" in text[max(0, _s - 160) : _s]
            )
        ):
            return code  # "New Delhi was represented by Secretary X and Tashkent by …"
        if 0 < start - e <= 60 and TITLE_AND_BETWEEN_RE.fullmatch(text, e, start):
            return code  # "the Argentine Sherpa for the G20 and Ambassador to …"
        if 0 < start - e <= 30 and QUALIFIER_BETWEEN_RE.fullmatch(text, e, start):
            return code  # "Indonesian Coordinating Minister", "Malaysian International Trade …"
        if (
            0 < start - e <= 60
            and PORTFOLIO_BETWEEN_RE.fullmatch(text, e, start)
            # (not a name between: "of the Kyrgyz Republic Kamchybek Tashiev and Chairman …")
            and PORTFOLIO_WORDS & set(re.findall(r"[A-Z][a-z]+", text[e:start]))
        ):
            return code  # "Iranian Industry, Mining and Trade Minister"
    # "of Tajikistan", "of the Russian Federation": whose; "to Mongolia", "for Libya": where.
    for s, e, code in countries:
        if start <= s < end and TO_STATE_NAMED_RE.search(text[max(start, s - 70) : s]):
            continue  # "Ambassador to the Socialist Republic of Vietnam": where, in full
        if start <= s < end and (text[e : e + 1] == "-" or text[s - 1 : s] == "-"):
            continue  # "co-chairman of the Uzbek-Chinese committee": both sides', not whose
        # (the article in capitals too: "High Commissioner of The Republic of Seychelles")
        if start <= s < end and re.search(r"\bof\s+(?:[Tt]he\s+)?$", text[max(start, s - 12) : s]):
            return code
        if start <= s < end and OWNING_STATE_AFTER_RE.match(text, e):
            return code  # "minister of state at Germany's foreign office": whose office
        if (
            start <= s < end
            and re.search(r"\b(?:for|to)\s+(?:the\s+)?$", text[max(start, s - 12) : s])
            and SERVED_AFTER_RE.match(text, e)
        ):
            # "spokesperson for the South African president", "Diplomatic Advisor to the
            # French President": whom they serve
            return code
    for s, _e, code in countries:
        # "the Minister of Investments, Industry and Trade from the Republic of Uzbekistan"
        if 0 < s - end <= 90 and FROM_COUNTRY_AFTER_TITLE_RE.fullmatch(text, end, s):
            return code
        # "Secretary of Commerce, United States of America": the state's formal name
        if text[end:s] == ", " and FORMAL_STATE_RE.match(text, s):
            return code
    return None


# A courtesy call received from an envoy, and where the envoy is posted: "…, received a
# courtesy call from Ms. Y, Chargé d'Affaires a.i., Embassy of the Republic of South Africa in"
COURTESY_CALL_FROM_AFTER_RE = re.compile(
    r"(?:,[^.;]{3,120}?,)?\s+(?:received|receives)\s+(?:a\s+)?courtesy\s+call\s+from\s+"
    r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|a\.i\.){0,200}?"
    r"\b(?:Embassy|Ambassador|High\s+Commission(?:er)?"
    r"|Charg[eé]\s+d['’]\s?Affaires)\b(?:[^.;]|a\.i\.){3,120}?\s(?:in|to)\s+(?:the\s+)?"
)
# A delegation the one named was in: "… was also part of the", ", in the"
IN_DELEGATION_AFTER_RE = re.compile(
    r",?\s+(?:(?:was|were|is|are)\s+(?:also\s+)?(?:part\s+of|a\s+member\s+of|members\s+of|in"
    r"|among)|in)\s+the\s+"
)
# (after an office's word, capitalised: "Special Representative on Afghanistan"; not "hosted a
# reception for French Ambassador X")
BRIEF_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:on|for)\s+(?:the\s+)?\Z")
# an envoy's title that says only where they are posted: "Ambassador to Uruguay"
POSTED_TO_RE = re.compile(r"(?:Ambassador|Envoy|High\s+Commissioner)\s+to\s+", re.I)
FORMAL_STATE_RE = re.compile(
    r"(?:the\s+)?(?:United\s+States\s+of\s+America|(?:[A-Z][\w'’-]*\s+){0,2}(?:Republic"
    r"|Kingdom|Federation|Sultanate|Emirates?)\s+of\b)"
)


# A country's ministry, embassy or government right after its name ("the Kazakh Foreign
# Ministry", "Kazakhstan's foreign ministry")
THE_MINISTRYS_BEFORE_RE = re.compile(
    r"\b[Tt]he\s+[Mm]inistry['’]s\s+(?:[\w-]+\s*,?\s+){1,3}$"
    # "according to China's foreign ministry. This was clarified by ministry spokesperson X"
    r"|\b[Mm]inistry\s+spokes(?:man|woman|person)\s*,?\s+$"
)
MINISTRY_OF_COUNTRY_RE = re.compile(
    r"(?:['’]s)?\s+(?:[Ff]oreign\s+(?:[Aa]ffairs\s+)?|[Dd]efen[cs]e\s+|[Ee]conomy\s+|[Tt]rade\s+)?"
    r"(?:[Mm]inistry|[Ee]mbassy|[Mm]ission|[Gg]overnment|[Pp]residential\s+[Aa]dministration)\b"
)
# The rest of a title's list of portfolios, then "from" and the state's name
# ("…, Industry and Trade from the Republic of Uzbekistan"), or its government's name: "Minister
# of Commerce & Industry and Civil Aviation, Government of India"
FROM_COUNTRY_AFTER_TITLE_RE = re.compile(
    r"(?:(?:,|\s+and|\s+&)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:and|&)\s+[A-Z][\w-]*)?)*"
    r"(?:\s+from|,\s+(?:the\s+)?Government\s+of)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:Republic|Kingdom|State|Federation|Sultanate|Emirates?)"
    r"\s+of\s+(?:the\s+)?)?"
)
# The country alone after a name and a comma, closing the line
LINE_COUNTRY_BEFORE_RE = re.compile(
    r",[^\S\n]+(?:(?:the\s+)?(?:Republic|State|Kingdom|Federation|Principality|Sultanate"
    r"|Commonwealth|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?"
)
LINE_END_RE = re.compile(r"[^\S\n]*(?:\n|\Z)")
# (not across a line: a list's item before)
# (or the apostrophe alone after an s: "Belarus' First Deputy Minister")
JUST_BEFORE_TITLE_RE = re.compile(r"(?:['’]s|(?<=s)['’])?[^\S\n]*")
# a word of the title the title's pattern leaves out, between the country and the title
QUALIFIER_BETWEEN_RE = re.compile(
    r"(?:['’]s|(?<=s)['’])?\s+(?:Coordinating|International|Federal|Acting|Interim|Caretaker|Senior"
    # "Moldova’s Sofia-based Ambassador X"
    r"|(?-i:[A-Z])[\w'’-]+-based"
    # "South Korea's chief nuclear negotiator, X", "Seoul's top envoy"
    r"|(?:chief|top|lead|senior)(?:\s+(?:nuclear|trade|climate|security))?"
    # "Iraqi political leader X", "the Venezuelan opposition leader X"
    r"|(?:political|opposition|religious|spiritual|military|tribal)"
    # "The Nigerian envoy, Ambassador X": the office in apposition to the role
    r"|(?:envoy|diplomat|official|representative),)\s+"
)
TO_STATE_NAMED_RE = re.compile(
    r"\b(?:to|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Republic|Kingdom|State|Federation"
    r"|Union|Emirates|Principality|Sultanate|Commonwealth|Confederation)\s+of\s+(?:the\s+)?$"
)
# one title of the country's before this one: "Argentine Sherpa for the G20 and Ambassador"
TITLE_AND_BETWEEN_RE = re.compile(
    # ("Kazakh presidential advisor and spokesman X": a first office in small letters)
    r"\s+(?:[A-Z][\w-]+|(?:(?:presidential|deputy|senior|chief|special)\s+)?(?:advis[eo]r|aide"
    r"|envoy|representative|minister|secretary|ambassador))"
    r"(?:\s+(?:for|of|to)\s+(?:the\s+)?[\w-]+)?\s+and\s+(?:the\s+)?"
)
HONORIFIC_END_RE = re.compile(
    r"(?:\s+(?:His|Her)\s+(?:Excellency|Majesty|Highness)|\s+H\.\s?E\.?"
    # a Commonwealth style: "State Minister in the Ministry of …, Senator the Hon. X"
    r"|,?\s+(?:Senator\s+)?the(?:\s+(?:Most|Rt\.?|Right))?(?:\s+Hon(?:ou?rable)?\.?)?"
    # a Malay or Bruneian style, whole: "Minister Pehin Orang Kaya Seri Kerna Dato Seri Setia (Dr)"
    r"|\s+(?:Pehin|Datuk|Dato['’]?|Tan\s+Sri|Tun|Pengiran)\b[\w\s()'’.-]*)+$"
)
THIS_COUNTRY_END_RE = re.compile(r"\s+of\s+(?:this|that|the)\s+country$", re.I)
RANK_END_RE = re.compile(
    r"\s+(?:(?:Senior\s+)?Colonel|Col\.|(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?)\s+"
    r"(?:General|Gen\.?)|(?:Rear\s+|Vice\s+)?Admiral|Marshal|Senior)$"
)
SERVED_AFTER_RE = re.compile(
    # ("spokesperson for the Chinese Defence Ministry")
    r"\s+(?:president|presidency|government|prime\s+minister|(?:foreign|defen[cs]e|external"
    r"|interior|finance|trade|commerce)\s+ministry|ministry|department)\b",
    re.IGNORECASE,
)


ROLES = [
    (
        "foreign_minister",
        re.compile(
            r"foreign\s+minister|minister\s+(?:of|for)\s+foreign\s+affairs|external\s+affairs\s+minister"
            r"|foreign\s+secretary|secretary\s+of\s+state|министр\w*\s+иностранных\s+дел|глав\w+\s+МИД",
            re.IGNORECASE,
        ),
    ),
    (
        "head_of_government",
        re.compile(r"^(?:prime\s+ministers?|premiers?|премьер-министр\w*)$", re.I),
    ),
    ("head_of_state", re.compile(r"^(?:presidents?|президент\w*)$", re.I)),
]
# two offices held together: "Deputy Prime Minister and Foreign Minister"
AND_TITLES_RE = re.compile(
    r"\s+and\s+(?=(?:Foreign|Prime|President|Minister\s+(?:of|for)\s+Foreign))"
)
NOT_THE_HOLDER_RE = re.compile(
    # (and the Russian shortened "зам": "замглавы МИД", "замминистра")
    r"\b(?:deputy|vice|first|acting|former|state|assistant|associate|junior|under|заместител"
    r"|вице|перв|зам)",
    re.I,
)


# A body other than the state a president heads: "President of Russia's Chamber of Commerce
# and Industry", "президент Торгово-промышленной палаты" (not "of the Russian Federation",
# "of the Union of the Comoros")
NOT_OF_THE_STATE_RE = re.compile(
    r"\b(?:Chamber|Association|Academy|Bank|Company|Corporation|Institute|University|Fund"
    r"|Foundation|Society|Court|Party|Club|Committee|Senate|Assembly|Parliament|Duma|Congress"
    r"|Federation\s+of|палат\w*|ассоциаци\w*|академи\w*|банка|компании|фонда|общества|суда"
    r"|партии|клуба|комитета)\b",
    re.IGNORECASE,
)


def _role(title: str, country: str | None) -> str:
    """The post a title names, where it is one the archive resolves titles for (of either
    of two joined: "Deputy Prime Minister and Foreign Minister")."""
    bare = " ".join(title.split())
    if country and (parts := AND_TITLES_RE.split(bare)) and len(parts) == 2:
        return next((r for r in map(lambda t: _role(t, country), parts) if r != "other"), "other")
    if not country or NOT_THE_HOLDER_RE.search(bare):
        return "other"
    head = re.split(r"\s+(?:of|for|to)\s+", bare)[0]
    for role, pattern in ROLES:
        if m := pattern.search(bare if role == "foreign_minister" else head):
            if role == "foreign_minister" and _secretary_not_minister(m.group(0), country):
                return "other"
            if role == "head_of_state" and NOT_OF_THE_STATE_RE.search(bare, len(head)):
                return "other"
            return role
    return "other"


def _secretary_not_minister(title: str, country: str) -> bool:
    """A foreign secretary is the foreign minister in Britain only: in India, Pakistan or
    Bangladesh the ministry's senior civil servant ("Indian Foreign Secretary Shivshankar
    Menon" while Pranab Mukherjee was minister); a Secretary of State is in the US only."""
    words = " ".join(title.lower().split())
    if words == "foreign secretary":
        return country != "GB"
    return words == "secretary of state" and country != "US"


def _count(text: str, name: str) -> int:
    return max(1, text.count(name))
