"""People named by their office: "the Kazakh President", "President of Turkmenistan",
"Turkmenistan's leader", "his French counterpart", "президент Турции", "глава МИД
Казахстана", resolved through the offices held on the article's date; and a bare title
("the Head of State", "Глава государства") resolved to the most salient holder named so far.
A qualifier ("former", "Deputy", "-elect", "бывший") keeps a title from its holder.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from archive.ingest.extract.dates import find_dates
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer, Match
from archive.text.names import skeleton

if TYPE_CHECKING:
    from archive.ingest.extract.mentions import Mentions

ROLE_WORDS = {
    "head_of_state": r"[Pp]residents?|[Ll]eaders?|[Hh]eads? of [Ss]tate|[Kk]ing|[Ee]mir|[Aa]mir"
    r"|[Ss]ultan|[Mm]onarch|Supreme [Ll]eader"
    # "the head of Turkmenistan congratulated …" (a country's head: see HEAD_OF_BODY_AFTER_RE)
    r"|(?<=\b[Tt]he\s)[Hh]ead(?=\s+of\s)",
    # ("the Government leader of Laos": its prime minister)
    "head_of_government": r"[Pp]rime [Mm]inisters?|[Pp]remiers?|[Hh]eads? of [Gg]overnment"
    r"|[Gg]overnment [Ll]eaders?|[Cc]hancellors?|Taoiseach"
    # (the agencies' shorthand: "the Bangladesh PM met …", "Pakistan FM said")
    r"|PMs?\b",
    "foreign_minister": r"[Ff]oreign [Mm]inisters?|[Mm]inisters? of [Ff]oreign [Aa]ffairs"
    r"|[Tt]op [Dd]iplomats?|[Ff]oreign [Mm]inistry (?:head|chief)"
    r"|[Hh]ead of the (?:[Ff]oreign [Mm]inistry|[Mm]inistry of [Ff]oreign [Aa]ffairs)"
    r"|[Ee]xternal [Aa]ffairs [Mm]inisters?|[Mm]inisters? of [Ee]xternal [Aa]ffairs"
    r"|[Ff]oreign [Ss]ecretary|[Ss]ecretary of [Ss]tate|FMs?\b",
    # "his French counterpart", "his Uzbek colleague": the office of the person whose
    # counterpart it is.
    "counterpart": r"[Cc]ounterparts?|[Cc]olleagues?",
}
TITLE_RE = re.compile("|".join(f"(?P<{role}>{words})" for role, words in ROLE_WORDS.items()))
AFTER_COUNTRY_RE = re.compile(r"(?:['’]s)?\s+(?:" + TITLE_RE.pattern + r")\b")
KIN_OF_RE = re.compile(
    r"\b(?:wife|husband|spouse|widow|widower|son|daughter|mother|father|brother|sister"
    r"|nephew|niece|grandson|granddaughter|son-in-law|daughter-in-law)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TITLE_OF_RE = re.compile(
    r"\b(?:" + TITLE_RE.pattern + r")\s+(?:of|(?<=counterparts\s)from|(?<=counterpart\s)from)"
    # (and "the friendly Republic of Palau", "the brotherly State of Kuwait")
    r"\s+(?:the\s+)?(?:(?:friendly|brotherly|sisterly|fraternal)\s+)?"
    # (the list named after its kind: "the leaders of different countries, including Russia,
    # Kenya and Sri Lanka")
    r"(?:(?:(?:different|several|various|other|many|some|[a-z]+-?\w*)\s+)?(?:countries|nations"
    r"|states)\s*,?\s+(?:including|such\s+as|like|among\s+them)\s+(?:the\s+)?)?$"
)
# Russian: the title before the country's genitive ("президент Турции", "глава МИД
# Казахстана", "президенты Азербайджана и Беларуси") or after its adjective ("казахстанский
# президент", "турецкого лидера"), in any case.
RU_ROLE_WORDS = {
    # (not a ranking: "Замкнул тройку лидеров Узбекистан", "в числе лидеров")
    "head_of_state": r"[Пп]резидент\w*|(?<!тройку\s)(?<!тройке\s)(?<!пятерку\s)(?<!пятёрку\s)"
    r"(?<!десятку\s)(?<!числе\s)(?<!число\s)[Лл]идер\w*|[Гг]лав\w* государства|[Кк]орол(?!евств)\w*"
    # (not the state: "Королевство Таиланд", "Султанат Оман", "Эмират Катар")
    # (and "глава Российской Федерации", "главы Казахстана": the head of the country)
    r"|[Ээ]мир(?!ат)\w*|[Сс]ултан(?!ат)\w*|[Гг]лав(?:а|ы|е|у|ой)(?!\s+(?:МИД|правительств|государств"
    r"|внешнеполитическ|дипведомств|дипломатии|администраци|делегаци|министерств|комитет|совет"
    r"|палат|миссии|представительств|департамент|управлени|компании|банк))",
    "head_of_government": r"[Пп]ремьер-министр\w*|[Пп]ремьер\w*|[Гг]лав\w* правительства"
    r"|[Пп]редседател\w* правительства|[Кк]анцлер\w*",
    "foreign_minister": r"[Мм]инистр\w* иностранных дел|[Гг]лав\w* МИД\w*"
    # (the Secretary of State of the US only: Kazakhstan's State Secretary is no minister —
    # see US_SECRETARY_RE)
    r"|[Гг]оссекретар\w*|[Гг]осударственн\w+ секретар\w+"
    # (and plural: "глав внешнеполитических ведомств России и Белоруссии")
    r"|[Гг]лав\w* внешнеполитическ\w+ ведомств\w*|[Гг]лав\w* дипведомств\w*|[Гг]лав\w* дипломатии",
    "counterpart": r"[Кк]оллег\w*",
}
US_SECRETARY_RE = re.compile(r"секретар", re.IGNORECASE)
RU_TITLE_RE = re.compile("|".join(f"(?P<{role}>{words})" for role, words in RU_ROLE_WORDS.items()))
RU_AFTER_COUNTRY_RE = re.compile(r"\s+(?:" + RU_TITLE_RE.pattern + r")(?![\w-])")
RU_TITLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:" + RU_TITLE_RE.pattern + r")\s+$")
RU_COUNTERPART_FROM_RE = re.compile(r"(?<![\w-])(?P<counterpart>[Кк]оллег\w*)\s+из\s+$")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# "глава британского внешнеполитического ведомства", "главой российского МИД": the
# country's adjective inside the title
RU_HEAD_BEFORE_RE = re.compile(r"(?<![\w-])[Гг]лав(?:а|ы|е|у|ой)\s+$")
RU_AGENCY_AFTER_RE = re.compile(r"\s+(?:внешнеполитического\s+ведомства|МИД|дипломатии)(?![\w-])")
# … and in English: "the head of the Uzbekistan Foreign Ministry", "head of Uzbekistan's
# foreign ministry"
EN_HEAD_BEFORE_RE = re.compile(r"\b[Hh]ead\s+of\s+(?:the\s+)?$")
EN_AGENCY_AFTER_RE = re.compile(r"(?:['’]s)?\s+(?:[Ff]oreign\s+[Mm]inistry|MFA)\b(?!['’]s)")
BARE_TITLE_RE = re.compile(
    # (not an institution's name: "at the Office of the Prime Minister and Council of
    # Ministers in Singha Durbar")
    r"(?<!Office\sof\s)(?<!office\sof\s)(?<!Secretariat\sof\s)(?<!Cabinet\sof\s)"
    r"\b[Tt]he\s+(?P<title>President|Head of State|Prime Minister|Premier|Foreign Minister"
    r"|Chancellor|president|prime minister|foreign minister|Amir|Emir|King|Sultan"
    r"|External Affairs Minister|external affairs minister)\b(?!\s+of\b)"
)
# "Prime Minister Key of New Zealand": a title, a family name, the country
TITLED_SURNAME_OF_RE = re.compile(
    r"\b(?P<title>President|Prime Minister|Premier|Chancellor|Foreign Minister)\s+"
    r"(?P<surname>[A-Z][a-z]+)\s+of\s+(?:the\s+)?\Z"
)
# "Concluding the meeting, President congratulated Ambassador X": the office without its
# article, opening a clause, before a verb in the past
PRESIDENT_ALONE_RE = re.compile(
    r"(?:^|(?<=[.,;:]\s)|(?<=\n))(?P<title>President)(?=\s+(?:also\s+)?[a-z]+ed\b)", re.M
)
# "Глава государства отметил": Russian readouts name their protagonist by office alone.
RU_BARE_TITLE_RE = re.compile(
    r"(?<![\w-])(?P<title>[Гг]лав[аеуы]\s+государства|[Пп]резидент(?:а|у|ом|е)?"
    r"|[Пп]ремьер-министр(?:а|у|ом|е)?|[Гг]лав[аеуы]\s+правительства|[Гг]лав[аеуы]\s+МИД"
    r"|[Мм]инистр(?:а|у|ом|е)?\s+иностранных\s+дел)(?![\w-])(?!\s+[А-ЯЁA-Z])"
)
RU_BARE_ROLES = {
    "глав": "head_of_state",
    "през": "head_of_state",
    "прем": "head_of_government",
    "мини": "foreign_minister",
}
# Titles one country's office alone bears: "the Pope", "the Taoiseach", "the Yang
# di-Pertuan Agong", India's "EAM" (with or without "the": "met EAM for talks") — its holder
# of the day, the country unnamed.
UNIQUE_TITLE_RE = re.compile(
    r"(?:\b[Tt]he\s+|(?<![\w-])(?=EAM\b))(?P<title>Pope|Taoiseach|Yang\s+di-Pertuan\s+Agong|EAM)"
    r"\b(?!\s+(?-i:[A-Z]))"
)
UNIQUE_TITLES = {
    "Pope": ("VA", "head_of_state"),
    "Taoiseach": ("IE", "head_of_government"),
    "Yang di-Pertuan Agong": ("MY", "head_of_state"),
    "EAM": ("IN", "foreign_minister"),
}
BARE_ROLES = {
    "President": "head_of_state",
    "Head of State": "head_of_state",
    "Prime Minister": "head_of_government",
    "Premier": "head_of_government",
    "Chancellor": "head_of_government",
    "Foreign Minister": "foreign_minister",
    "External Affairs Minister": "foreign_minister",  # (of a country whose office is so called)
    # a monarch, whose gazetteer title says so ("His Highness the Amir" is Kuwait's Emir)
    "Amir": "head_of_state",
    "Emir": "head_of_state",
    "King": "head_of_state",
    "Sultan": "head_of_state",
}
MONARCHS = {"Amir": ("Emir", "Amir"), "Emir": ("Emir", "Amir"), "King": ("King",),
            "Sultan": ("Sultan",)}  # fmt: skip
MONARCH_TITLES = ("Emir", "Amir", "King", "Queen", "Sultan", "Grand Duke", "Prince", "Yang")
# A full name right after a title: someone the gazetteer may not know holds it.
# (an initial with or without its point: "S. Jaishankar", "S Jaishankar")
NAME_AFTER_RE = re.compile(r"\s+[A-ZА-ЯЁ](?:[\w'’-]+|\.\s?|(?=\s))\s*[A-ZА-ЯЁ][\w'’-]+")
WORD_RE = re.compile(r"[\w'’-]+")
_LITTLE_WORDS = """a an the of and or in on at to with for by from as
и в во на с со по к о об для из от за"""
LITTLE_WORDS = frozenset(_LITTLE_WORDS.split())
# "Presidents Putin, Rouhani, Aliyev and Nazarbayev": the plural title covers the list.


def _kin_before(text: str, start: int) -> bool:
    """A relative named through the office-holder ("the son of the Kazakh President"), or
    an aide through their principal ("the Undersecretary … of the Argentine Foreign
    Minister", "the Special Representative of the President of Kazakhstan")."""
    return (
        KIN_OF_RE.search(text, max(0, start - 40), start) is not None
        or AIDE_OF_RE.search(text, max(0, start - 90), start) is not None
    )


FOREIGN_SECRETARY_RE = re.compile(r"[Ff]oreign [Ss]ecretary")
AIDE_OF_RE = re.compile(
    r"\b(?:[Uu]nder-?[Ss]ecretary|[Aa]dvis[eo]r|[Ss]pokes(?:man|woman|person)|[Cc]hief\s+of\s+[Ss]taff"
    r"|[Aa]ssistant|[Ee]nvoy|[Rr]epresentative|[Cc]ounsell?or|[Pp]ress\s+[Ss]ecretary|[Aa]ide"
    r"|[Cc]hef\s+de\s+[Cc]abinet"
    # (and the office an official runs: "Head of the Administration of the President of the
    # Russian Federation" is not the President)
    r"|[Aa]dministration|[Pp]ress\s+[Ss]ervice|[Ss]ecretariat|[Cc]hancellery|[Ee]xecutive\s+[Oo]ffice)"
    r"\b[^.;:]{0,70}?\b(?:of|to)\s+(?:the\s+)?(?:\w+\s+)?$"
)


def _role_of(match: re.Match) -> str:
    return next(role for role, value in match.groupdict().items() if value)


def _plural(title: str) -> bool:
    """Whether an English title names several: "leaders", "Ministers of Foreign Affairs"
    (not "Minister of Foreign Affairs", whose last word only ends in s)."""
    head = title.split(" of ", 1)[0] if " of " in title else title
    return head.endswith("s")


def add_titles(
    matches: list[Match], text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> None:
    """'Kazakh President', 'Turkmenistan's leader', 'President of Turkmenistan'."""
    country_matches = [m for m in matches if any(n.kind == COUNTRY for n in m.names)]
    for i, match in enumerate(country_matches):
        iso2 = next(n.key for n in match.names if n.kind == COUNTRY)
        if (
            (titled := TITLED_SURNAME_OF_RE.search(text, max(0, match.start - 60), match.start))
            and (role := BARE_ROLES.get(titled.group("title")))
            and not mentions.person_starts_within(titled.start("surname"), titled.start("surname"))
        ):
            # "Prime Minister Key of New Zealand": the holder of the day, by their family name
            # (one the gazetteer keeps from matching alone, an ordinary word)
            surname = skeleton(titled.group("surname"))
            for person in gaz.holders(iso2, role, published):
                if skeleton(gaz.label(PERSON, person)).split()[-1:] == [surname]:
                    mentions.add(PERSON, person, titled.start("surname"), titled.end("surname"))
        russian = CYRILLIC_RE.search(match.text) is not None
        if russian:  # "казахстанский президент"; never "в Казахстан президент Турции"
            adjective = any(n.alias_kind == "demonym" for n in match.names)
            after = RU_AFTER_COUNTRY_RE.match(text, match.end) if adjective else None
            head = RU_HEAD_BEFORE_RE.search(text, max(0, match.start - 12), match.start)
            agency = RU_AGENCY_AFTER_RE.match(text, match.end) if adjective and head else None
        else:
            after = AFTER_COUNTRY_RE.match(text, match.end)
            head = EN_HEAD_BEFORE_RE.search(text, max(0, match.start - 16), match.start)
            agency = EN_AGENCY_AFTER_RE.match(text, match.end) if head else None
        if agency:
            # "глава британского внешнеполитического ведомства", "the head of the Uzbek
            # Foreign Ministry": its minister
            _add_holder(
                iso2, "foreign_minister", head.start(), agency.end(), text, published,
                gaz, mentions, title=text[head.start() : agency.end()],
            )  # fmt: skip
            continue
        if after and iso2 != "US" and russian and US_SECRETARY_RE.search(after.group(0)):
            after = None  # "казахстанский госсекретарь": a State Secretary, no minister
        if after:
            role = _role_of(after)
            if (
                not russian
                and _plural(after.group(role))
                and not (i and LIST_GAP_RE.fullmatch(text, country_matches[i - 1].end, match.start))
            ):
                continue  # "discuss with Iranian leaders": several of one country, no one
            _add_holder(
                iso2,
                role,
                match.start,
                after.end(),
                text,
                published,
                gaz,
                mentions,
                title=after.group(role),
            )
            # "the French and German counterparts", "Kazakh and Turkmen Presidents": a plural
            # title covers the countries listed before it.
            if _plural(after.group(role)) or after.group(role).endswith(("ы", "и")):
                for leader in reversed(country_matches[:i]):
                    if not LIST_GAP_RE.fullmatch(text, leader.end, match.start):
                        break
                    code = next(n.key for n in leader.names if n.kind == COUNTRY)
                    _add_holder(
                        code, role, leader.start, leader.end, text, published, gaz, mentions,
                        title=after.group(role), listed=True,
                    )  # fmt: skip
                    match = leader
            continue
        title_before = RU_TITLE_BEFORE_RE if russian else TITLE_OF_RE
        before = title_before.search(text, max(0, match.start - 60), match.start)
        if before is None and russian:
            # "с коллегой из Гвинеи-Бисау": the counterpart from that country
            before = RU_COUNTERPART_FROM_RE.search(text, max(0, match.start - 30), match.start)
        if before and not russian and ATTRIBUTIVE_AFTER_RE.match(text, match.end):
            before = None  # "leaders of the Nigeria community": the community's, no state's
        if (
            before
            and before.group(_role_of(before)) in {"head", "Head"}
            and (
                HEAD_OF_BODY_AFTER_RE.match(text, match.end)
                or not re.search(r"\sof\s+\Z", text[before.start() : match.start])
            )
        ):
            # "the head of Russia's delegation", "the head of the Russian foreign affairs
            # agency": what is headed is named after the country
            before = None
        if before and iso2 != "US" and US_SECRETARY_RE.search(before.group(0)):
            before = None  # "госсекретарь Казахстана": a State Secretary, no foreign minister
        if before:
            _add_holder(
                iso2,
                _role_of(before),
                before.start(),
                match.end,
                text,
                published,
                gaz,
                mentions,
                title=before.group(_role_of(before)),
            )
            # "Presidents of Kazakhstan and Turkmenistan": the title covers the list (not
            # "the Vice Presidents of Indonesia, Myanmar, Nepal": no holder of the first, nor
            # of the rest)
            qualified = QUALIFIER_RE.search(text, max(0, before.start() - 30), before.start())
            for follower in country_matches[i + 1 :] if not qualified else ():
                if not LIST_GAP_RE.fullmatch(text, match.end, follower.start):
                    break
                if re.match(r"['’`]s\b", text[follower.end : follower.end + 2]):
                    # (not the next clause's subject: "the President of Kazakhstan,
                    # Turkmenistan's Foreign Minister X was received …")
                    break
                code = next(n.key for n in follower.names if n.kind == COUNTRY)
                _add_holder(
                    code,
                    _role_of(before),
                    follower.start,
                    follower.end,
                    text,
                    published,
                    gaz,
                    mentions,
                    title=before.group(_role_of(before)),
                )
                match = follower


# What "the head of" a country's name may head instead: "the head of Russia's delegation",
# "the head of Uzbekistan delegation"
HEAD_OF_BODY_AFTER_RE = re.compile(
    r"['’`]s\b|\s+(?:[\w-]+\s+){0,3}?(?:delegation|government|side|team|mission|embassy|office"
    r"|company|committee|council|bank|agency|ministry|department|service)\b",
    re.IGNORECASE,
)
# A country's name used as an attribute of what follows: "the Nigeria community", "the
# Ghana team" (not "the President of Ghana and …")
ATTRIBUTIVE_AFTER_RE = re.compile(
    # (and a body of the country's: "President of El Salvador's Legislative Assembly")
    # … or one of its regions: "President of the Russian Federation`s Republic of Tatarstan"
    r"['’`]s\s+(?:Republic|Autonomous|Province|Region|Oblast|Territory|State)\b"
    # … or of its neighbours: "foreign ministers of Afghanistan's neighbouring countries"
    r"|['’`]s\s+(?:neighbou?r\w*|partners|allies)\b"
    r"|(?:['’`]s)?\s+(?:[A-Z][a-z]+\s+){0,2}?(?:community|communities|diaspora|team|side|chapter|branch|office|desk|embassy"
    r"|mission|society|association|group|club|company|residents|nationals|citizens"
    # "National Leader of the Turkmen people": an honour, no office of the state
    r"|people|nation"
    # "the President of the German Bundestag": a body's head, not the country's
    r"|Bundestag|Bundesrat|[Pp]arliament|Duma|Senate|Congress|(?:National\s+)?Assembly|Chamber"
    r"|(?:Supreme\s+|Constitutional\s+)?Court|Academy|Central\s+Bank|Olympic|Red\s+Cross)\b"
)
# (a possessive too: "Kazakhstan's and Uzbekistan's foreign ministers")
LIST_GAP_RE = re.compile(r"(?:['’]s)?\s*(?:,|and|,\s*and|и|,\s*и)\s*(?:the\s+)?")


def _new_holder(
    iso2: str, role: str, start: int, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> list[str]:
    """The holder of the day of a post (a counterpart's too) who took it within the year
    before `published`, if there is one."""
    if role == "counterpart":
        role = _counterpart_role(iso2, start, published, gaz, mentions) or ""
    return sorted(
        {
            t.person
            for t in gaz.by_post.get((iso2, role), ())
            if t.held_on(published)
            and t.start is not None
            and dt.timedelta(0) <= published - t.start <= dt.timedelta(days=365)
        }
    )


def _counterpart_role(
    iso2: str, start: int, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> str | None:
    """The office a "counterpart" holds: that of the last person named before it who held
    another country's office that day ("Robin Cook … his French counterpart": the Foreign
    Minister of France; "Hasina met Emperor Naruhito. She and her Japanese counterpart …":
    not the Emperor's, Japan's own, but Hasina's)."""
    before = sorted((s, k) for s, _, kind, k in mentions.spans if kind == PERSON and s < start)
    newcomers = {n.key for n in mentions.newcomers}
    for _, person in reversed(before):
        if person in newcomers:
            # "Foreign Secretary Shivshankar Menon, who heads the dialogue with his Pakistani
            # counterpart": an office the gazetteer does not resolve, so neither is his peer's
            return None
        terms = [t for t in gaz.roles_of(person, published) if t.country and t.role in ROLES]
        if terms and terms[0].country != iso2:
            return terms[0].role
    return None


ROLES = ("head_of_state", "head_of_government", "foreign_minister")
# Envoys opening the sentence, whose counterpart the pronoun before "counterpart" means
ENVOYS_COUNTERPART_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:[A-Z][\w-]*,\s+)?(?:The\s+)?(?:new\s+)?(?:Ambassadors|Envoys"
    r"|Diplomats)\b[^.!?]*\btheir\s+(?:[\w'’-]+\s+){0,2}$"
)


def _add_holder(
    iso2: str,
    role: str,
    start: int,
    end: int,
    text: str,
    published: dt.date,
    gaz: Gazetteer,
    mentions: Mentions,
    title: str = "",
    listed: bool = False,
) -> None:
    """The holder of `iso2`'s `role` on the day, as a mention over start:end. `listed`: the
    country is one of a list before a plural title ("the Azerbaijani, Russian and Armenian
    leaders"), so what follows it is the next country's holder, not this one's name."""
    if _kin_before(text, start):
        return  # "the wife of the Turkish President" is not the President
    if _apposed_to_newcomer(text, start, mentions):
        return  # "Jane Doe, Kenya's foreign minister,": she is, whoever the gazetteer has
    then = _past_span(text, start, published)
    if then == UNKNOWN_TIME:
        return
    qualifier = QUALIFIER_RE.search(text, max(0, start - 30), start) or (
        RU_QUALIFIER_RE.search(text, max(0, start - 40), start)
    )
    if qualifier or ELECT_RE.match(text, end):
        # "the former Luxembourg prime minister", "Colombia's Vice Minister of Foreign
        # Affairs", "his election as USA president": not the holder of the day. An acting
        # holder is, when the gazetteer records one ("Acting President").
        word = (qualifier.group("word") or "").lower() if qualifier else ""
        word = "acting" if RU_ACTING_RE.match(word) else word
        acting = gaz.holders_prefixed(iso2, role, word, published) if word in ACTING else []
        if word == "new" and not _names_someone(text, end):
            # "congratulates new Kuwaiti counterpart", a month after he took office: the
            # holder of the day, where he took office within the year
            acting = _new_holder(iso2, role, start, published, gaz, mentions)
        if len(acting) == 1 and not _names_someone(text, end):
            mentions.add(PERSON, acting[0], start, end)
        return
    one_of_them = ONLY_ONE_TO_RE.search(text, max(0, start - 20), start) and re.match(
        r"\s+to\s", text[end : end + 4]
    )
    if one_of_them or INDEFINITE_RE.search(text, max(0, start - 30), start):
        return  # "the first visit by a top Chinese leader", "the first Chinese leader to …"
    if FOREIGN_SECRETARY_RE.fullmatch(title) and iso2 != "GB":
        return  # elsewhere (India, Pakistan, Bangladesh) the Foreign Secretary is a civil servant
    if role == "counterpart":
        if ENVOYS_COUNTERPART_RE.search(text, max(0, start - 200), start):
            return  # "Ambassadors of A and B also presented … alongside their C counterpart"
        role = _counterpart_role(iso2, start, published, gaz, mentions) or ""
        if not role:
            return
    if LEADER_RE.fullmatch(title) and role == "head_of_state":
        named = {
            t.role
            for _, p in mentions.in_range(PERSON, 0, start)
            for t in gaz.roles_of(p, published)
            if t.country == iso2 and t.role in {"head_of_state", "head_of_government"}
        }
        if led_by_government(iso2, published):
            role = "head_of_government"  # "the British leader" is the Prime Minister
            if named == {"head_of_state"}:
                # "… told his Georgian counterpart Giorgi Margvelashvili. The Georgian and
                # Ukrainian leaders signed …": the leader the article has named, the president
                role = "head_of_state"
        elif named == {"head_of_government"}:
            # "Chinese Prime Minister Wen Jiabao held talks …. The Chinese leader was
            # scheduled to meet …": the leader the article has named, the premier
            role = "head_of_government"
    # "a meeting of the foreign ministers of A and B in June 2018", "On November 24, 1996,
    # the President of China met …": not today's, the one holding it all that time
    days = then or (published,)
    holders = _held_throughout(lambda on: gaz.holders(iso2, role, on), days)
    if title.lower().startswith(("president", "президент")):
        # Where the president is not the head of state (Iran: the Supreme Leader is), the
        # office titled "President" is meant.
        titled = _held_throughout(lambda on: gaz.holders_titled(iso2, "President", on), days)
        if len(titled) == 1:
            holders = titled
    elif role == "head_of_state" and holders:
        # … and a head of state by another word is the president the article names ("глава
        # иранского государства" in a story of President Rouhani's visit), not the one the
        # gazetteer records as head of state (Iran's Supreme Leader)
        titled = _held_throughout(lambda on: gaz.holders_titled(iso2, "President", on), days)
        if len(titled) == 1 and titled != holders and titled[0] in mentions.people:
            holders = titled
    if len(holders) != 1:
        return
    person = holders[0]
    # "Kazakh President Kassym-Jomart Tokayev" is one mention, not two; and where the title
    # introduces a name ("Kazakh Foreign Minister Kairat Abdrakhmanov"), the name says who
    # is meant even if the gazetteer's dates say otherwise.
    # (not a name that opens the next sentence: "… the President of Ghana.\nOdumegwu-Ojukwu
    # is also to meet …")
    named_next = mentions.person_starts_within(end, end + 3) and not re.match(
        r"[.!?;]", text[end : end + 1]
    )
    if listed or (not named_next and not _names_someone(text, end)):
        mentions.add(PERSON, person, start, end)


APPOSED_BEFORE_RE = re.compile(r"(?:,|[ \t]\()[ \t]*(?:the[ \t]+)?\Z")


def _apposed_to_newcomer(text: str, start: int, mentions: Mentions) -> bool:
    """Whether the title stands in apposition after a newcomer's name ("Jane Doe, Kenya's
    foreign minister", "Jane Doe (the Kenyan Foreign Minister)"): it is that person's."""
    if not mentions.newcomers or not (
        gap := APPOSED_BEFORE_RE.search(text, max(0, start - 8), start)
    ):
        return False
    newcomers = {n.key for n in mentions.newcomers}
    return any(
        end == gap.start() and kind == PERSON and key in newcomers
        for _, end, kind, key in mentions.spans
    )


SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[\"“«A-ZА-ЯЁ])|\n")
PAST_YEAR_RE = re.compile(
    # ("between 1997 and 1998", "On November 24, 1996")
    r"\b(?i:in|during|between)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?i:on)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s*|\d{1,2}\s+[A-Z][a-z]+\s+)(?P<day_year>(?:19|20)\d\d)\b"
    r"|\bв\s+(?:[а-я]+\s+)?(?P<ru_year>(?:19|20)\d\d)\s+год"
)


UNKNOWN_TIME = ()


def _past_span(text: str, start: int, published: dt.date) -> tuple[dt.date, ...] | None:
    """The first and last day of the earlier year (month, day) than the article's that the
    sentence around a title is set in, told before the title, where the title's holder of the
    day is not the one meant; UNKNOWN_TIME where such a time is told only after the title;
    None where the sentence tells none."""
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text, max(0, start - 400), start)]
    left = ends[-1] if ends else max(0, start - 400)
    after = SENTENCE_END_RE.search(text, start, start + 400)
    sentence = text[left : after.start() if after else start + 400]
    later = False
    for m in PAST_YEAR_RE.finditer(sentence):
        year = int(m.group("year") or m.group("day_year") or m.group("ru_year"))
        if year >= published.year - 1:
            continue
        if left + m.start() > start:
            # (told after the title, the time may be another's: "the first trip by the
            # Indian Prime Minister to the Maldives, after X visited in 2011")
            later = True
            continue
        told = find_dates(m.group(0), published)
        if told and told[0].precision == "day":
            return told[0].date, told[0].date
        if told and told[0].precision == "month" and told[0].date.year == year:
            last = calendar.monthrange(year, told[0].date.month)[1]
            return told[0].date, told[0].date.replace(day=last)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return UNKNOWN_TIME if later else None


def _in_a_past_year(text: str, start: int, published: dt.date) -> bool:
    return _past_span(text, start, published) is not None


def _held_throughout(holders, days: tuple[dt.date, ...]) -> list[str]:
    """Those `holders(day)` gives on every one of the days."""
    held = set(holders(days[0]))
    for day in days[1:]:
        held &= set(holders(day))
    return sorted(held)


QUALIFIER_RE = re.compile(
    r"\b(?P<word>former|ex|late|then|acting|interim|caretaker|deputy|vice|first\s+deputy"
    # ("new" in lower case: not "New Zealand agreed. The two …")
    r"|assistant|incoming|future|next|(?-i:new)|would-be|first\s+lady|election\s+as|elected"
    # the one to be sworn in: "the swearing in of the Prime Minister of Pakistan"
    r"|swearing[\s-]+in\s+of"
    # one of a line of them: "emerged as the 45th president of the United States"
    r"|\d+(?:st|nd|rd|th))"
    r"[\s-]+(?:[A-Za-z’'.]+\s+){0,2}$",
    re.IGNORECASE,
)
# Someone who holds the title, not the holder: "a top Chinese leader", "any French
# president"; "the first Chinese leader to visit" (one of them, over the years)
INDEFINITE_RE = re.compile(
    r"\b(?:an?|any|another|every|each|no)\s+(?:(?:top|senior|sitting|serving|single|visiting"
    # ("a prominent US leader", "a leading French politician")
    r"|prominent|leading|key|influential|former|high-ranking|veteran)\s+)?$",
    re.IGNORECASE,
)
ONLY_ONE_TO_RE = re.compile(r"\b(?:first|only|last|second|third)\s+$", re.IGNORECASE)
RU_QUALIFIER_RE = re.compile(
    r"(?:(?<![\w-])(?P<word>бывш\w*|покойн\w*|исполняющ\w*\s+обязанности|врио|и\.\s?о\."
    r"|временн\w*|заместител\w*|первого\s+заместителя|избранн\w*|будущ\w*|нов\w*"
    # ("с первым президентом Казахстана": the first to hold it, not its holder)
    r"|перв(?:ый|ого|ому|ым|ом)"
    r"|супруг\w*|жен\w*|вдов\w*|сын\w*|доч\w*"
    # ("помощника Государственного секретаря США": the aide, not the secretary)
    r"|помощник\w*|советник\w*|(?:спец)?представител\w*|посланник\w*|пресс-секретар\w*)\s+(?:[\w.]+\s+)?"
    r"|(?P<prefix>экс|вице)-)$",
    re.IGNORECASE,
)
RU_ACTING_RE = re.compile(r"исполняющ|врио|и\.\s?о\.|временн")
ELECT_RE = re.compile(r"[-\s](?:elect|designate)\b", re.IGNORECASE)  # ("prime minister-designate")
ACTING = {"acting", "interim", "caretaker"}
LEADER_RE = re.compile(r"[Ll]eaders?|[Лл]идер\w*")
# Where "the leader" of a country is its head of government: constitutional monarchies and
# parliamentary republics ("the leaders of Australia and New Zealand" are prime ministers).
_PARLIAMENTARY = """GB AU CA NZ JP ES NL BE SE NO DK LU TH MY KH LS JM BS BB BZ AG LC VC GD
KN PG SB TV IN DE IT IL GR AT HU CZ SK EE LV MT SI HR BG AL MK ME PK BD NP IQ ET IE IS SG
TT MU DM VU WS"""
PARLIAMENTARY = frozenset(_PARLIAMENTARY.split())
# … and where the leader changed with the constitution: Armenia's prime minister from April
# 2018, Georgia's from November 2013; Pakistan's president Musharraf once he had a prime
# minister under him (2002–08; before, he led as Chief Executive).
PARLIAMENTARY_SINCE = {"AM": dt.date(2018, 4, 9), "GE": dt.date(2013, 11, 17)}
PRESIDENTIAL_BETWEEN = {"PK": (dt.date(2002, 11, 23), dt.date(2008, 8, 18))}


def led_by_government(iso2: str, day: dt.date) -> bool:
    """Whether "the leader" of the country on `day` is its head of government."""
    if (since := PARLIAMENTARY_SINCE.get(iso2)) is not None:
        return day >= since
    if (between := PRESIDENTIAL_BETWEEN.get(iso2)) is not None and between[0] <= day < between[1]:
        return False
    return iso2 in PARLIAMENTARY


ASIDE_RE = re.compile(r"[ \t]*\([^()\n]{1,40}\)")


def _names_someone(text: str, end: int) -> bool:
    """Two capitalised words right after a title name its holder — unless the text runs
    in title case, as headlines do ("Kazakh President Holds Talks With Turkmen Leader")."""
    if aside := ASIDE_RE.match(text, end):  # "Foreign Secretary (Senior Secretary) Masud …"
        end = aside.end()
    if not NAME_AFTER_RE.match(text, end):
        return False
    words = WORD_RE.findall(text, end, end + 80)[:6]
    # Prose has lower-case words that carry meaning ("met", "said"); title case at most
    # lower-case little words ("with", "in").
    return any(w[:1].islower() and w.lower() not in LITTLE_WORDS for w in words)


# Offices named without their holder's name, whose holder the office history knows: an
# organisation's head ("the UN chief", "NATO Secretary General", "the EU's foreign policy
# chief"), the UN's envoys, and the officials of a country often so named ("the Kremlin
# spokesman"). Each: the words, then where the office is and a part of its title.
_SG = r"[Ss]ecretary[- ][Gg]eneral"
_DG = r"[Dd]irector[- ][Gg]eneral"
_CHIEF = r"(?:chief|head)"
OFFICE_TITLES = [
    (
        rf"(?-i:UN|U\.N\.|United Nations)(?:['’]s)?\s+(?:{_SG}|{_CHIEF})"
        rf"|{_SG}\s+of\s+the\s+United\s+Nations",
        "United Nations",
        "Secretary-General",
    ),
    (
        rf"(?-i:NATO)(?:['’]s)?\s+(?:{_SG}|{_CHIEF})|{_SG}\s+of\s+(?-i:NATO)",
        "NATO",
        "Secretary General",
    ),
    (
        r"(?:European|(?-i:EU))\s+Commission\s+(?:[Pp]resident|chief|head)"
        r"|President\s+of\s+the\s+European\s+Commission",
        "European Union",
        "President of the European Commission",
    ),
    (
        r"European\s+Council\s+(?:[Pp]resident|chief)|President\s+of\s+the\s+European\s+Council",
        "European Union",
        "President of the European Council",
    ),
    (
        r"(?-i:EU)(?:['’]s)?\s+(?:foreign\s+(?:policy|affairs)\s+(?:chief|head)|top\s+diplomat"
        r"|High\s+Representative)|High\s+Representative\s+of\s+the\s+(?:European\s+)?Union",
        "European Union",
        "High Representative",
    ),
    (
        r"(?:[Cc]hair(?:person|man)?|head)\s+of\s+the\s+(?:African\s+Union|(?-i:AU))\s+Commission"
        r"|(?:African\s+Union|(?-i:AU))\s+Commission\s+(?:[Cc]hair(?:person|man)?|chief|head)",
        "African Union",
        "Chairperson of the African Union Commission",
    ),
    (
        rf"Arab\s+League(?:['’]s)?\s+(?:{_SG}|{_CHIEF})|{_SG}\s+of\s+the\s+Arab\s+League",
        "Arab League",
        "Secretary-General",
    ),
    (
        rf"(?-i:IAEA)(?:['’]s)?\s+(?:{_DG}|{_CHIEF})"
        rf"|(?:{_DG}|{_CHIEF})\s+of\s+the\s+(?:(?-i:IAEA)|International\s+Atomic\s+Energy\s+Agency)",
        "IAEA",
        "Director General",
    ),
    (
        r"(?-i:IMF)(?:['’]s)?\s+(?:Managing\s+Director|chief|head)"
        r"|Managing\s+Director\s+of\s+the\s+(?:(?-i:IMF)|International\s+Monetary\s+Fund)",
        "International Monetary Fund",
        "Managing Director",
    ),
    (
        r"World\s+Bank(?:['’]s)?\s+(?:[Pp]resident|chief|head)|President\s+of\s+the\s+World\s+Bank",
        "World Bank",
        "President",
    ),
    (
        rf"(?-i:WTO)(?:['’]s)?\s+(?:{_DG}|{_CHIEF})"
        rf"|{_DG}\s+of\s+the\s+(?:(?-i:WTO)|World\s+Trade\s+Organi[sz]ation)",
        "World Trade Organization",
        "Director-General",
    ),
    (
        rf"(?-i:WHO)\s+(?:{_DG}|chief)|{_DG}\s+of\s+the\s+World\s+Health\s+Organi[sz]ation",
        "World Health Organization",
        "Director-General",
    ),
    (rf"(?-i:OSCE)\s+{_SG}|{_SG}\s+of\s+the\s+(?-i:OSCE)", "OSCE", "Secretary General"),
    (
        rf"(?-i:SCO)\s+{_SG}|{_SG}\s+of\s+the\s+(?:(?-i:SCO)|Shanghai\s+Cooperation\s+Organi[sz]ation)",
        "Shanghai Cooperation Organisation",
        "Secretary-General",
    ),
    (
        rf"(?-i:CSTO)\s+{_SG}|{_SG}\s+of\s+the\s+(?:(?-i:CSTO)|Collective\s+Security\s+Treaty"
        r"\s+Organi[sz]ation)",
        "Collective Security Treaty Organization",
        "Secretary General",
    ),
    (
        rf"(?-i:ASEAN)\s+{_SG}|{_SG}\s+of\s+(?:(?-i:ASEAN)|the\s+Association\s+of\s+Southeast"
        r"\s+Asian\s+Nations)",
        "ASEAN",
        "Secretary-General",
    ),
    (
        rf"(?-i:GCC)\s+{_SG}|{_SG}\s+of\s+the\s+(?:(?-i:GCC)|Gulf\s+Cooperation\s+Council)",
        "Gulf Cooperation Council",
        "Secretary-General",
    ),
    (
        rf"(?-i:OIC)\s+{_SG}|{_SG}\s+of\s+the\s+(?:(?-i:OIC)|Organi[sz]ation\s+of\s+(?:the\s+)?"
        r"Islamic\s+Co-?operation)",
        "Organisation of Islamic Cooperation",
        "Secretary-General",
    ),
    (
        r"(?-i:UN|U\.N\.)\s+(?:refugee\s+(?:chief|agency\s+chief)|High\s+Commissioner\s+for"
        r"\s+Refugees)|(?-i:UNHCR)\s+(?:chief|head)",
        "UNHCR",
        "High Commissioner for Refugees",
    ),
    (
        r"(?-i:UN|U\.N\.)\s+(?:human\s+rights\s+(?:chief|head)|High\s+Commissioner\s+for\s+Human"
        r"\s+Rights)",
        "United Nations",
        "High Commissioner for Human Rights",
    ),
    (
        r"(?-i:UN|U\.N\.)\s+(?:[Ss]pecial\s+)?[Ee]nvoy\s+(?:for|to|on)\s+Syria",
        "United Nations",
        "for Syria",
    ),
    (
        r"(?-i:UN|U\.N\.)\s+(?:[Ss]pecial\s+)?[Ee]nvoy\s+(?:for|to|on)\s+Yemen",
        "United Nations",
        "for Yemen",
    ),
    (
        r"(?-i:UN|U\.N\.)\s+(?:[Ss]pecial\s+)?[Ee]nvoy\s+(?:for|to|on)\s+Libya",
        "United Nations",
        "for Libya",
    ),
    (
        r"Kremlin(?:['’]s)?\s+(?:spokes(?:man|person)|press\s+secretary)|Putin['’]s\s+spokes(?:man|person)",
        "RU",
        "Press Secretary of the President",
    ),
    (
        r"(?:Russian\s+(?:Foreign\s+Ministry|(?-i:MFA))|Russia['’]s\s+Foreign\s+Ministry)\s+"
        r"spokes(?:woman|person)|spokes(?:woman|person)\s+(?:of|for)\s+the\s+Russian\s+(?:Foreign"
        r"\s+Ministry|Ministry\s+of\s+Foreign\s+Affairs)",
        "RU",
        "Spokeswoman of the Ministry of Foreign Affairs",
    ),
    (
        r"(?:(?-i:US|U\.S\.)\s+(?:Secretary\s+of\s+Defen[sc]e|Defen[sc]e\s+Secretary)"
        r"|Pentagon\s+chief)",
        "US",
        "Secretary of Defense",
    ),
    (
        r"(?:(?-i:US|U\.S\.)|White\s+House)\s+[Nn]ational\s+[Ss]ecurity\s+[Aa]dvis[eo]r",
        "US",
        "National Security Advisor",
    ),
    (
        r"(?-i:US|U\.S\.)\s+[Aa]mbassador\s+to\s+the\s+(?:(?-i:UN|U\.N\.)|United\s+Nations)",
        "US",
        "Ambassador to the United Nations",
    ),
    (
        r"Russian\s+[Dd]efen[cs]e\s+[Mm]inister|Russia['’]s\s+[Dd]efen[cs]e\s+[Mm]inister",
        "RU",
        "Minister of Defence",
    ),
    (
        r"(?:Iranian|Iran['’]s)\s+(?:[Ff]oreign\s+[Mm]inistry|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs)"
        r"\s+spokes(?:man|person|woman)|spokes(?:man|person|woman)\s+(?:of|for)\s+(?:the\s+)?"
        r"(?:Iranian\s+(?:[Ff]oreign\s+[Mm]inistry|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs)"
        r"|Iran['’]s\s+[Ff]oreign\s+[Mm]inistry|(?:[Ff]oreign\s+[Mm]inistry|[Mm]inistry\s+of\s+"
        r"[Ff]oreign\s+[Aa]ffairs)\s+of\s+Iran)",
        "IR",
        "Spokesperson of the Ministry of Foreign Affairs",
    ),
    (
        r"(?-i:UN|U\.N\.)\s+spokes(?:man|person|woman)"
        r"|spokes(?:man|person|woman)\s+for\s+the\s+(?:(?-i:UN)\s+)?Secretary[- ]General",
        "United Nations",
        "Spokesperson for the Secretary-General",
    ),
    # the heads of the legislatures most in the news
    (
        r"(?:Speaker|Chairman|head)\s+of\s+(?:the\s+)?(?:Russian\s+)?State\s+Duma"
        r"|(?:Russian\s+)?(?:State\s+)?Duma\s+(?:Speaker|Chairman)"
        r"|председател\w+\s+(?:Госдумы|Государственной\s+[Дд]умы)|спикер\w*\s+Госдумы",
        "RU",
        "Chairman of the State Duma",
    ),
    (
        r"(?:Speaker|Chair(?:man|woman|person)?|head)\s+of\s+(?:the\s+)?(?:Russian\s+)?"
        r"Federation\s+Council|(?:Russian\s+)?Federation\s+Council\s+(?:Speaker|Chair(?:man|woman"
        r"|person)?)|председател\w+\s+Совета\s+Федерации|спикер\w*\s+Совфеда",
        "RU",
        "Chairman of the Federation Council",
    ),
    (
        r"Chairman\s+of\s+the\s+(?:(?-i:NPC)|National\s+People['’]s\s+Congress)\s+Standing\s+Committee"
        r"|Chairman\s+of\s+the\s+Standing\s+Committee\s+of\s+the\s+(?:(?-i:NPC)|National\s+"
        r"People['’]s\s+Congress)|(?:(?-i:NPC)|National\s+People['’]s\s+Congress)\s+(?:Standing\s+"
        r"Committee\s+)?Chairman|China['’]s\s+top\s+legislator",
        "CN",
        "Chairman of the NPC Standing Committee",
    ),
    (
        r"(?:(?-i:US|U\.S\.)|American)\s+House\s+Speaker|Speaker\s+of\s+the\s+(?-i:US|U\.S\.)\s+House"
        r"(?:\s+of\s+Representatives)?",
        "US",
        "Speaker of the House of Representatives",
    ),
    (
        r"(?:President|Speaker)\s+of\s+the\s+(?:German\s+)?Bundestag|Bundestag\s+(?:President|Speaker)",
        "DE",
        "President of the Bundestag",
    ),
    (
        r"(?:Iranian|Iran['’]s)\s+(?:Parliament|Majlis)\s+Speaker|Speaker\s+of\s+(?:the\s+)?"
        r"(?:Iranian\s+Parliament|Iran['’]s\s+Parliament|Majlis|Islamic\s+Consultative\s+Assembly)",
        "IR",
        "Speaker of the Parliament",
    ),
    # … and in Russian: "генсек ООН", "пресс-секретарь Кремля", "официальный представитель
    # МИД России"
    (r"генсек\w*\s+ООН|генеральн\w+\s+секретар\w+\s+ООН", "United Nations", "Secretary-General"),
    (r"генсек\w*\s+НАТО|генеральн\w+\s+секретар\w+\s+НАТО", "NATO", "Secretary General"),
    (
        r"пресс-секретар\w+\s+(?:Кремля|президента\s+(?:России|РФ))",
        "RU",
        "Press Secretary of the President",
    ),
    (
        r"официальн\w+\s+представител\w+\s+МИД\s+(?:России|РФ)",
        "RU",
        "Spokeswoman of the Ministry of Foreign Affairs",
    ),
]
OFFICE_TITLE_RE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<o{i}>{words})" for i, (words, _, _) in enumerate(OFFICE_TITLES))
    # ("the UN chief negotiator", "the NATO chief of staff": another office)
    + r")\b(?!\s+(?:negotiator|of\s+staff|executive|economist|prosecutor|spokes\w+|envoy))",
    re.IGNORECASE,
)
SENTENCE_STOP_RE = re.compile(r"[.!?;]")
POST_BEFORE_RE = re.compile(
    r"\b(?:for|(?<!well\s)as|become|becomes|became|becoming|succeed|succeeds|succeeded|nominee|candidate"
    r"|post\s+of|job\s+of|role\s+of|race\s+for|position\s+of|office\s+of|appointed|named"
    r"|elected|election\s+of)\s+(?:the\s+)?(?:next\s+|new\s+)?$",
    re.IGNORECASE,
)
# The first words of those titles: the long case-blind pattern is tried only where one
# begins (tests/test_extract_mentions.py checks that every title starts with one).
OFFICE_ANCHOR_RE = re.compile(
    r"(?<![\w.])(?:UN|U\.N\.|United|NATO|European|EU|Commission|President|High|[Cc]hair\w*"
    r"|[Hh]ead|[Cc]hief|African|AU|Arab|IAEA|[Dd]irector|IMF|Managing|World|WTO|WHO|OSCE|SCO"
    r"|CSTO|ASEAN|GCC|OIC|[Ss]ecretary|Kremlin|Putin|Russian|Russia|[Ss]pokes\w*|US|U\.S\."
    r"|White|Pentagon|Iranian|Iran|[Гг]енсек|[Гг]енеральн|[Пп]ресс|[Оо]фициальн"
    r"|Speaker|State|Duma|Federation|NPC|National|China|American|Bundestag|German"
    r"|[Пп]редседател|[Сс]пикер)"
)
# (a possessive after it is the office's: "the UN Secretary-General's envoy", not its holder)
OWNED_AFTER_RE = re.compile(r"['’]s?\b")


def office_titles(text: str):
    """What OFFICE_TITLE_RE.finditer finds, tried only where an anchor word begins."""
    reached = 0
    for anchor in OFFICE_ANCHOR_RE.finditer(text):
        if anchor.start() < reached:
            continue
        if m := OFFICE_TITLE_RE.match(text, anchor.start()):
            reached = m.end()
            yield m


def add_office_titles(text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions) -> None:
    """ "the UN chief", "NATO Secretary General", "the Kremlin spokesman": the holder of
    that day, where the title stands alone (not before a name, not qualified)."""
    people = [(s, e) for s, e, kind, _ in mentions.spans if kind == PERSON]
    for m in office_titles(text):
        start, end = m.span()
        _words, where, title = OFFICE_TITLES[int(m.lastgroup[1:])]
        if (
            any(s < end and start < e for s, e in people)
            # "Ban Ki-moon, the Secretary-General of the United Nations,": his title
            or any(APPOSED_BEFORE_RE.search(text[e:start]) for s, e in people if 0 < start - e <= 8)
            # "nominated Juncker for European Commission president": the post, not its holder
            or POST_BEFORE_RE.search(text, max(0, start - 40), start)
            or OWNED_AFTER_RE.match(text, end)
            or _kin_before(text, start)
            or QUALIFIER_RE.search(text, max(0, start - 30), start)
            or INDEFINITE_RE.search(text, max(0, start - 30), start)
            or ELECT_RE.match(text, end)
            or _in_a_past_year(text, start, published)
            # (not a name opening the next sentence: "… of the German Bundestag. Akayev is")
            # (past an acronym in brackets: "Chairperson of the African Union Commission
            # (AUC), Moussa Faki Mahamat")
            or (
                mentions.person_starts_within(
                    after := (aside.end() if (aside := ASIDE_RE.match(text, end)) else end),
                    after + 3,
                )
                and not SENTENCE_STOP_RE.match(text, end)
            )
            or _names_someone(text, end)
        ):
            continue
        holders = gaz.holders_of(where, title, published)
        if len(holders) == 1:
            mentions.add(PERSON, holders[0], start, end)


# "The Secretary-General" alone, in the UN's own statements and in news of the UN: its
# Secretary-General of the day — where no other body's Secretary General is named.
BARE_SG_RE = re.compile(r"\b[Tt]he\s+(?:UN\s+)?Secretary[- ]General\b(?!\s+of\b)(?!['’])")
UN_NAMED_RE = re.compile(
    r"\bUnited\s+Nations\b|\bU\.?N\.?\b|UNAMA|UNHCR|UNICEF|UNRWA|UNESCO|UNDP|UNFPA|UNEP"
    # ("Security Council reform", "the General Assembly": the UN's organs)
    r"|(?<!National\s)(?<!National\sSecurity\s)\bSecurity\s+Council\b|\bGeneral\s+Assembly\b"
    r"|[Ss]pokes(?:person|man|woman)\s+for\s+the\s+Secretary[- ]General"
)
OTHER_SG_RE = re.compile(
    r"\b(?:NATO|ASEAN|OSCE|CSTO|OIC|GCC|SCO|OAS|CIS|SAARC|OPEC|BIMSTEC|Commonwealth|Arab\s+League"
    r"|League\s+of\s+Arab\s+States|African\s+Union|Council\s+of\s+Europe|Interpol|[Pp]arty"
    r"|ICAO|IMO|ITU|UNCTAD|OECD|WTO|WMO|UNWTO|ECOWAS|CARICOM|IGAD|Turkic\s+States)['’]?s?\s+"
    r"(?:[\w-]+\s+){0,2}?Secretary[- ]General"
    r"|Secretary[- ]General\s+of\s+(?!the\s+United\s+Nations)",
)


def add_un_secretary_general(
    text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> None:
    """ "The Secretary-General condemns today's attack": the UN's Secretary-General of that
    day, in a text that names the UN and no other body's Secretary General; not qualified,
    not possessive ("the Secretary-General's envoy"), not where a name is already read."""
    if "Secretary" not in text or not UN_NAMED_RE.search(text) or OTHER_SG_RE.search(text):
        return
    holders = gaz.holders_of("United Nations", "Secretary-General", published)
    if len(holders) != 1:
        return
    people = [(s, e) for s, e, kind, _ in mentions.spans if kind == PERSON]
    for m in BARE_SG_RE.finditer(text):
        start, end = m.span()
        if (
            any(s < end and start < e for s, e in people)
            or QUALIFIER_RE.search(text, max(0, start - 30), start)
            or re.search(r"\b(?:for|to|of)\s+$", text[max(0, start - 5) : start])
            or _names_someone(text, end)
        ):
            continue  # ("the Spokesperson for", "the Special Envoy of the Secretary-General")
        mentions.add(PERSON, holders[0], start, end)


# Holders of one office in the countries just named: "the two presidents", "both leaders",
# "the foreign ministers of both countries", "the leaders of the three countries"
_COUNT = r"two|three|four|five|both"
_GROUP_TITLES = (
    r"presidents|leaders|heads\s+of\s+state|prime\s+ministers|premiers|heads\s+of\s+government"
    r"|foreign\s+ministers|ministers\s+of\s+foreign\s+affairs|top\s+diplomats"
)
GROUP_TITLE_RE = re.compile(
    # ("both the Presidents", capitalised as in Indian readouts)
    rf"\b(?:[Tt]he\s+(?P<count>{_COUNT})\s+|(?P<both>[Bb]oth)\s+(?:the\s+)?)"
    rf"(?P<title>(?i:{_GROUP_TITLES}))\b"
    rf"|\b[Tt]he\s+(?P<title_of>{_GROUP_TITLES})\s+of\s+(?:the\s+)?(?P<count_of>{_COUNT}|each"
    r"|all\s+(?:three|four|five))\s+(?:countries|states|nations)\b"
    rf"|\b[Tt]he\s+(?P<title_each>{_GROUP_TITLES})\s+of\s+each\s+country\b"
    # (in Russian: "президентов двух стран", "глав МИД обеих стран", "лидеров стран")
    r"|(?<![\w-])(?P<ru_title>(?:[Пп]резидент|[Лл]идер|[Пп]ремьер-министр)(?:ы|ов|ам|ами|ах)"
    r"|[Гг]лав(?:ы|ам|ами|ах)?\s+(?:государств|правительств|МИД|внешнеполитических\s+ведомств)"
    r"|[Мм]инистр(?:ы|ов|ам|ами|ах)\s+иностранных\s+дел)"
    r"\s+(?:(?P<ru_count>двух|обеих|тр[её]х|четыр[её]х|пяти)\s+)?(?:стран|государств)(?![\w-])"
)
NUMBERS = {
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "двух": 2,
    "обеих": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
    "пяти": 5,
}


def _group_role(title: str) -> str:
    title = " ".join(title.lower().split())
    if title.startswith(("prime", "premier", "премьер")) or title in {
        "heads of government",
        "глав правительств",
        "главы правительств",
    }:
        return "head_of_government"
    if title.startswith(("foreign", "ministers", "top", "министр")) or title.endswith(
        ("мид", "ведомств")
    ):
        return "foreign_minister"
    return "head_of_state"


def add_group_titles(
    matches: list[Match], text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> None:
    """ "Kazakhstan and Uzbekistan signed … The two presidents met": each country's holder,
    where the sentence so far and the one before name as many countries as the title counts
    ("each", "all three": two or more)."""
    if not any(
        w in text
        for w in ("two ", "both ", "Both ", "three ", "each country", "стран", "государств")
    ):
        return
    places = [
        (m.start, next(n.key for n in m.names if n.kind == COUNTRY))
        for m in matches
        if any(n.kind == COUNTRY and n.alias_kind != "capital" for n in m.names)
    ]
    for m in GROUP_TITLE_RE.finditer(text):
        title = (
            m.group("title") or m.group("title_of") or m.group("title_each") or m.group("ru_title")
        )
        word = (
            m.group("count")
            or m.group("both")
            or m.group("count_of")
            or m.group("ru_count")
            or "each"
        ).lower()
        wanted = NUMBERS.get(word.split()[-1])
        role = _group_role(title)
        roles = {"head_of_state", "head_of_government"} if role == "head_of_state" else {role}
        ends = [e.end() for e in SENTENCE_END_RE.finditer(text, max(0, m.start() - 600), m.start())]
        left = ends[-2] if len(ends) > 1 else max(0, m.start() - 600)
        # the people of such offices named so far: in the article, and in these sentences
        so_far = {}
        for start, _, kind, key in sorted(mentions.spans):
            if kind == PERSON and start < m.start():
                for term in gaz.roles_of(key, published):
                    if term.role in roles and term.country:
                        so_far.setdefault(term.country, (key, start))
        if wanted is not None and len(so_far) >= wanted:
            continue  # "Modi met Xi … both leaders": those named are the ones meant
        # "In his meeting with Winston Peters, … Mr. Minh told his guest … After the meeting,
        # the two leaders signed": the two just named, whatever their offices
        # (or the only ones the article has named, however far back: "… signed by A and B.
        # In their separate addresses, both Ministers …. Both leaders stated …")
        earlier = max(0, m.start() - 400)
        if wanted is not None and title.lower().startswith(("leader", "лидер")):
            named_before = [
                (s, k) for s, _, kind, k in mentions.spans if kind == PERSON and s < m.start()
            ]
            if len({k for s, k in named_before if s >= earlier}) >= wanted or (
                len({k for _, k in named_before}) == wanted
            ):
                continue
        near = {code: key for code, (key, start) in so_far.items() if start >= left}
        named = list(
            dict.fromkeys([code for at, code in places if left <= at < m.start()] + list(near))
        )
        if word == "each" and (listed := _last_country_list(text, matches, m.start())):
            # "a tour of Italy, Germany and France … Mr Cook's meetings with the foreign
            # ministers of each country": those listed, however far back in the paragraph
            named = listed
        if len(named) < 2 and len(before := {c for at, c in places if at < m.start()}) == (
            wanted or 2
        ):
            # "Товарооборот России и Белоруссии … Встреча президентов стран проходит в Минске":
            # the only countries the article has named, however far back
            named = [c for c in dict.fromkeys(c for _, c in places) if c in before]
        if len(named) < 2 or (wanted is not None and len(named) != wanted):
            continue
        mentions.grouped_at.add(m.start())
        for code in named:
            if code in so_far:  # "Premier Wen … the two leaders": the one named before
                mentions.add(PERSON, so_far[code][0], m.start(), m.end())
                continue
            held = role
            if title.lower().startswith(("leader", "лидер")) and led_by_government(code, published):
                held = "head_of_government"  # "the two leaders" of parliamentary countries
            _add_holder(
                code, held, m.start(), m.end(), text, published, gaz, mentions, title=title,
                listed=True,
            )  # fmt: skip


def _last_country_list(text: str, matches: list[Match], before: int) -> list[str]:
    """The countries of the last list of two or more ("Italy, Germany and France") within
    600 characters before `before`."""
    found = [
        (m.start, m.end, next(n.key for n in m.names if n.kind == COUNTRY))
        for m in matches
        if max(0, before - 600) <= m.start < before
        and any(n.kind == COUNTRY and n.alias_kind != "capital" for n in m.names)
    ]
    runs: list[list[tuple[int, int, str]]] = []
    for item in found:
        if runs and LIST_GAP_RE.fullmatch(text, runs[-1][-1][1], item[0]):
            runs[-1].append(item)
        else:
            runs.append([item])
    lists = [run for run in runs if len(run) >= 2]
    return list(dict.fromkeys(code for _, _, code in lists[-1])) if lists else []


# "the Mongolian minister", "монгольский министр": a minister of that country named before
COUNTRY_MINISTER_RE = re.compile(
    r"\b(?P<adj>(?-i:[A-Z])[a-z]+)\s+minister\b(?!\s+(?:of|for|to)\b)(?!\s+(?-i:[A-Z]))"
    r"|(?<![\w-])(?P<ru_adj>[а-яё]+(?:ский|ского|скому|ским|ском|цкий|цкого|цким|цком))\s+"
    r"министр(?:а|у|ом|е)?(?![\w-])(?!\s+(?-i:[а-яё]+\s+){0,2}(?-i:[А-ЯЁ]))",
    re.IGNORECASE,
)


def add_country_ministers(
    text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> None:
    """ "The Mongolian minister said …" after "Foreign Minister X": the one minister of that
    country the text has named before (not where it has named none, or two)."""
    if "inister" not in text and "министр" not in text:
        return
    taken = [(s, e) for s, e, kind, _ in mentions.spans if kind == PERSON]
    for m in COUNTRY_MINISTER_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        codes = {c for _, c in mentions.in_range(COUNTRY, m.start(), m.end())}
        if len(codes) != 1:
            continue
        (code,) = codes
        named = {key for s, _, kind, key in mentions.spans if kind == PERSON and s < m.start()}
        ministers = {
            key
            for key in named
            if any(
                t.country == code and ("inister" in t.title or t.role == "foreign_minister")
                for t in gaz.roles_of(key, published)
            )
        } | {
            n.key
            for n in mentions.newcomers
            if n.key in named
            and mentions.person_countries.get(n.key) == code
            and ("inister" in n.title or "министр" in n.title.lower())
        }
        if len(ministers) == 1:
            mentions.add(PERSON, ministers.pop(), m.start(), m.end())


HONORIFIC_AFTER_RE = re.compile(r"\s+(?:Sheikh|Shaikh|Sheik|Prince|Sayyid|Sultan)\s+")


COUNTERPART_WORD_RE = re.compile(
    rf"(?:{ROLE_WORDS['counterpart']}|{RU_ROLE_WORDS['counterpart']})(?![\w-])"
)


def add_bare_titles(text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions) -> None:
    """'the Head of State said': the most salient holder of that post so far.

    Salience is the number of mentions before the title, ties going to the latest: news
    prose keeps calling its protagonist "the President" while naming the guest in full.
    A title only one country has ("the Pope", "the Taoiseach") is its holder of the day.
    """
    # (a substring test first: the pattern tried at every position costs more)
    unique = any(word in text for word in ("Pope", "Taoiseach", "Agong", "EAM"))
    for m in UNIQUE_TITLE_RE.finditer(text) if unique else ():
        code, role = UNIQUE_TITLES[" ".join(m.group("title").split())]
        _add_holder(
            code, role, m.start("title"), m.end("title"), text, published, gaz, mentions,
            title=m.group("title"),
        )  # fmt: skip
    found = [
        (m, BARE_ROLES[m.group("title").title().replace(" Of ", " of ")])
        for m in itertools.chain(
            BARE_TITLE_RE.finditer(text),
            PRESIDENT_ALONE_RE.finditer(text) if "President " in text else (),
        )
    ]
    for m in RU_BARE_TITLE_RE.finditer(text):
        title = m.group("title").lower()
        role = RU_BARE_ROLES[title[:4]]
        if "правительства" in title:
            role = "head_of_government"
        elif "мид" in title:
            role = "foreign_minister"
        taken = any(s < m.end() and m.start() < e for s, e, kind, _ in mentions.spans)
        qualified = RU_QUALIFIER_RE.search(text, max(0, m.start() - 40), m.start())
        if not taken and not qualified:
            found.append((m, role))
    named_at = {start: key for start, _, kind, key in mentions.spans if kind == PERSON}
    # the countries of the dateline's place or country
    filed = {
        gaz.place_countries.get(key) if kind == PLACE else key
        for start, _, kind, key in mentions.spans
        if kind in (PLACE, COUNTRY) and mentions.dateline_start <= start < mentions.dateline_end
    } - {None}
    # the one the article styles by the bare title before their name ("His Highness the Amir
    # Sheikh Mishal …"): "the Amir" after it is them, not another Emir named since
    styled: dict[str, str] = {}
    for match, role in sorted(found, key=lambda pair: pair[0].start()):
        if _kin_before(text, match.start()):
            continue
        gap = len(text[match.end() : match.end() + 3]) - len(
            text[match.end() : match.end() + 3].lstrip()
        )
        if gap and match.end() + gap in named_at:
            # "the President Erdoğan": the title of the name after it
            styled.setdefault(match.group("title").lower(), named_at[match.end() + gap])
            continue
        if (sheikh := HONORIFIC_AFTER_RE.match(text, match.end())) and sheikh.end() in named_at:
            styled.setdefault(match.group("title").lower(), named_at[sheikh.end()])
        elif (apposed := APPOSED_NAME_RE.match(text, match.end())) and apposed.end() in named_at:
            # "The Prime Minister, Shri Narendra Modi, today met the Prime Minister of Bhutan
            # X. … In his meeting with Y, the Prime Minister appreciated …": Modi, styled so
            styled.setdefault(match.group("title").lower(), named_at[apposed.end()])
            continue
        tally: dict[str, tuple[int, int]] = {}
        for start, stop, kind, key in mentions.spans:
            if kind == PERSON and start < match.start():
                if COUNTERPART_WORD_RE.search(text, start, stop):
                    # ("Qureshi met his Chinese counterpart. The foreign minister is in
                    # China": the one named, not the one only related to him)
                    continue
                count, _last = tally.get(key, (0, 0))
                tally[key] = (count + 1, start)
        monarch = MONARCHS.get(match.group("title"), ())
        # (no monarch is "the President": "the Emir of Qatar …, the President was received")
        president = match.group("title").lower() == "president"
        # ("the external affairs minister": India's, not the UK Foreign Secretary just named)
        external = match.group("title").lower().startswith("external")
        eligible = {
            p: v
            for p, v in tally.items()
            if any(
                t.role == role
                and (not monarch or t.title.startswith(monarch))
                and not (president and t.title.startswith(MONARCH_TITLES))
                and (not external or "External Affairs" in t.title)
                for t in gaz.roles_of(p, published)
            )
        }
        if eligible:
            person = styled.get(match.group("title").lower())
            if person not in eligible:
                # (of two named as often, the one of the country the story is filed from:
                # "NUR-SULTAN. KAZINFORM – … the Head of State also extended his condolences")
                # (… and of two named as often, the one whose office is called so: "the Prime
                # Minister" after Theresa May and "the Irish Taoiseach" is May)
                said = match.group("title").lower()
                person = max(
                    eligible,
                    key=lambda p: (
                        eligible[p][0],
                        gaz.country_of(p, published) in filed,
                        any(said in t.title.lower() for t in gaz.roles_of(p, published)),
                        eligible[p][1],
                    ),
                )
            mentions.add(PERSON, person, match.start(), match.end())
        elif seat := _seat_before(text, match.start(), role, mentions):
            # "A Downing Street spokesperson said: The Prime Minister spoke to President
            # Obama": the holder of the office that seat is the seat of
            _add_holder(
                seat, role, match.start(), match.end(), text, published, gaz, mentions,
                title=match.group("title"),
            )  # fmt: skip


# A name in apposition right after a bare title, with its courtesy: ", Shri X", ", Mr. X"
APPOSED_NAME_RE = re.compile(r",\s+(?:(?:Shri|Mr|Mrs|Ms|Dr|H\.\s?E)\.?\s+)?")
# Seats of power by their name's first word, and their country ("State Department
# spokesman X" is American, "Kremlin aide Y" Russian)
SEATS = {"state": "US", "white": "US", "pentagon": "US", "kremlin": "RU", "downing": "GB",
         "élysée": "FR", "elysee": "FR", "zhongnanhai": "CN", "foreign": "GB", "fco": "GB",
         "fcdo": "GB", "mea": "IN", "itamaraty": "BR", "quai": "FR"}  # fmt: skip
# … and those that are the seat of one office, with the office
SEAT_OFFICES = {
    "downing": "head_of_government",
    "white": "head_of_state",
    "kremlin": "head_of_state",
    "élysée": "head_of_state",
    "elysee": "head_of_state",
}
SEAT_RE = re.compile(r"(?:the\s+)?(?P<seat>Downing\s+Street|White\s+House|Kremlin|Élysée|Elysee)")


def _seat_before(text: str, at: int, role: str, mentions: Mentions) -> str | None:
    """The country of the seat of the office `role` named in the 400 characters before `at`
    (none named, or the seat of another office: None)."""
    seats = [
        seat.group("seat").split()[0].lower()
        for start, stop, kind, _ in mentions.spans
        if kind in (PLACE, COUNTRY)
        and at - 400 <= start < at
        and (seat := SEAT_RE.fullmatch(text, start, stop))
    ]
    return SEATS[seats[-1]] if seats and SEAT_OFFICES[seats[-1]] == role else None
