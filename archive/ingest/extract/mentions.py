"""Find the countries, people and places an article mentions.

Three sources of person mentions, in order of trust:
1. a full name or alias from the gazetteer ("Kassym-Jomart Tokayev", "Токаев");
2. a surname alone ("Tokayev said"), counted only after a full mention of the same person,
   or right after a title when exactly one person with that surname held office that day;
3. a title resolved through the offices valid on the article's date ("the Kazakh
   President", "President of Turkmenistan", "the Turkmen leader"), and a bare title ("the
   Head of State") resolved to the last person mentioned who held that post.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from archive.ingest.extract.context import NEUTRAL, WORD_BEFORE, is_false_friend
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, PLACE, Gazetteer, Match
from archive.ingest.extract.newcomers import NewPerson, find_newcomers
from archive.text.datelines import find_dateline
from archive.text.names import skeleton

ROLE_WORDS = {
    "head_of_state": r"[Pp]residents?|[Ll]eaders?|[Hh]eads? of [Ss]tate|[Kk]ing|[Ee]mir|[Ss]ultan",
    "head_of_government": r"[Pp]rime [Mm]inisters?|[Pp]remiers?|[Hh]eads? of [Gg]overnment"
    r"|[Cc]hancellors?",
    "foreign_minister": r"[Ff]oreign [Mm]inisters?|[Mm]inisters? of [Ff]oreign [Aa]ffairs"
    r"|[Ff]oreign [Ss]ecretary|[Ss]ecretary of [Ss]tate",
}
TITLE_RE = re.compile("|".join(f"(?P<{role}>{words})" for role, words in ROLE_WORDS.items()))
AFTER_COUNTRY_RE = re.compile(r"(?:['’]s)?\s+(?:" + TITLE_RE.pattern + r")\b")
KIN_OF_RE = re.compile(
    r"\b(?:wife|husband|spouse|widow|widower|son|daughter|mother|father|brother|sister"
    r"|nephew|niece|grandson|granddaughter|son-in-law|daughter-in-law)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
TITLE_OF_RE = re.compile(r"\b(?:" + TITLE_RE.pattern + r")\s+of\s+(?:the\s+)?$")
# Russian: the title before the country's genitive ("президент Турции", "глава МИД
# Казахстана", "президенты Азербайджана и Беларуси") or after its adjective ("казахстанский
# президент", "турецкого лидера"), in any case.
RU_ROLE_WORDS = {
    "head_of_state": r"[Пп]резидент\w*|[Лл]идер\w*|[Гг]лав\w* государства|[Кк]орол\w*"
    r"|[Ээ]мир\w*|[Сс]ултан\w*",
    "head_of_government": r"[Пп]ремьер-министр\w*|[Пп]ремьер\w*|[Гг]лав\w* правительства"
    r"|[Пп]редседател\w* правительства|[Кк]анцлер\w*",
    "foreign_minister": r"[Мм]инистр\w* иностранных дел|[Гг]лав\w* МИД\w*"
    r"|[Гг]лав\w* внешнеполитического ведомства|[Гг]лав\w* дипломатии",
}
RU_TITLE_RE = re.compile("|".join(f"(?P<{role}>{words})" for role, words in RU_ROLE_WORDS.items()))
RU_AFTER_COUNTRY_RE = re.compile(r"\s+(?:" + RU_TITLE_RE.pattern + r")(?![\w-])")
RU_TITLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:" + RU_TITLE_RE.pattern + r")\s+$")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
BARE_TITLE_RE = re.compile(
    r"\b[Tt]he\s+(?P<title>President|Head of State|Prime Minister|Premier|Foreign Minister"
    r"|Chancellor)\b(?!\s+of\b)"
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
BARE_ROLES = {
    "President": "head_of_state",
    "Head of State": "head_of_state",
    "Prime Minister": "head_of_government",
    "Premier": "head_of_government",
    "Chancellor": "head_of_government",
    "Foreign Minister": "foreign_minister",
}
# A full name right after a title: someone the gazetteer may not know holds it.
NAME_AFTER_RE = re.compile(r"\s+[A-ZА-ЯЁ](?:[\w'’-]+|\.\s?)\s*[A-ZА-ЯЁ][\w'’-]+")
WORD_RE = re.compile(r"[\w'’-]+")
_LITTLE_WORDS = """a an the of and or in on at to with for by from as
и в во на с со по к о об для из от за"""
LITTLE_WORDS = frozenset(_LITTLE_WORDS.split())
# "Presidents Putin, Rouhani, Aliyev and Nazarbayev": the plural title covers the list.
TITLED_LIST_RE = re.compile(
    r"(?:[Pp]residents|[Ll]eaders|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters)\s+"
    r"(?:[A-Z][\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$"
)
COURTESY_RE = re.compile(
    r"(?:[Pp]residents?|[Mm]inisters?|[Cc]hancellor|[Mm]r\.?|[Mm]rs\.?|[Mm]s\.?|[Dd]r\.?|[Kk]ing"
    r"|[Pp]remiers?|[Ss]ecretary-General|[Ll]eaders?)\s+$"
)


@dataclass
class Mentions:
    """Offsets of every mention, by entity; `spans` keeps them in text order for events."""

    countries: dict[str, list[int]] = field(default_factory=dict)
    people: dict[str, list[int]] = field(default_factory=dict)
    places: dict[str, list[int]] = field(default_factory=dict)
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)  # gazetteer names, false friends out
    newcomers: list[NewPerson] = field(default_factory=list)  # officials the gazetteer lacks
    # The country of each newcomer, as their office gave it.
    person_countries: dict[str, str] = field(default_factory=dict)
    _sorted: list[tuple[int, int, str, str]] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _sorted_count: int = field(default=-1, repr=False)

    def add(self, kind: str, key: str, start: int, end: int) -> None:
        table = {COUNTRY: self.countries, PERSON: self.people, PLACE: self.places}[kind]
        table.setdefault(key, []).append(start)
        self.spans.append((start, end, kind, key))

    def in_range(self, kind: str, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, key) of the mentions of one kind inside [start, end), in order."""
        if self._sorted_count != len(self.spans):  # spans added since: sort them again
            self._sorted = sorted(self.spans)
            self._starts = [span[0] for span in self._sorted]
            self._sorted_count = len(self.spans)
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [(s, k) for s, _, kd, k in self._sorted[first:last] if kd == kind]


def find_mentions(text: str, published: dt.date, gaz: Gazetteer) -> Mentions:
    mentions = Mentions()
    matches = gaz.find(text)
    # A surname alone is no proof of an entity: "Chad Johnson" is a person, not Chad.
    spans = [(m.start, m.end) for m in matches if any(not n.weak for n in m.names)]
    matches = [m for m in matches if not is_false_friend(m, text, spans)]
    newcomers = find_newcomers(text, matches)
    # A surname inside a newcomer's name is theirs: "Lee" in "Lee Jong-joo".
    taken = [(n.offset, n.offset + len(n.written)) for n in newcomers]
    matches = [m for m in matches if not _inside_any(m, taken)]
    mentions.matches = matches
    strong_people: dict[str, int] = {}
    for match in matches:
        for name in match.names:
            if name.kind == PERSON and not name.weak:
                strong_people.setdefault(name.key, match.start)

    # The countries the text names (or names a place of): political context for a surname.
    named = {n.key for m in matches for n in m.names if n.kind == COUNTRY} | {
        gaz.place_countries.get(n.key) for m in matches for n in m.names if n.kind == PLACE
    }
    venues = _venue_only(matches, text)
    for match in matches:
        _add_match(match, text, published, gaz, mentions, strong_people, named, venues)
    _add_newcomers(newcomers, text, published, gaz, mentions)
    _add_titles(matches, text, published, gaz, mentions)
    _add_bare_titles(text, published, gaz, mentions)
    _add_leaders_countries(published, gaz, mentions)
    _add_places_countries(gaz, mentions, venues)
    mentions.spans.sort()
    return mentions


def _inside_any(match: Match, spans: list[tuple[int, int]]) -> bool:
    """A person's name overlapping a newcomer's longer one is the newcomer's ("Sheikh
    Sabah" of "Sheikh Sabah Khaled Al-Hamad Al-Sabah")."""
    only_people = all(n.kind == PERSON for n in match.names)
    return only_people and any(s < match.end and match.start < e for s, e in spans)


def _add_newcomers(
    newcomers: list[NewPerson], text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> None:
    """Each titled official the gazetteer lacks as written: a gazetteer person after all
    when the name is theirs in another form, else a newcomer, at every full mention."""
    for person in newcomers:
        known = gaz.known_person(person.name, person.country, published)
        key = known or person.key
        if known is None:
            mentions.newcomers.append(person)
            if person.country:
                mentions.person_countries[key] = person.country
        for form in {person.written, person.name, *person.aliases}:
            for m in re.finditer(re.escape(form), text):
                mentions.add(PERSON, key, m.start(), m.end())


def _add_leaders_countries(published: dt.date, gaz: Gazetteer, mentions: Mentions) -> None:
    """An article about a sitting leader concerns their country, named or not ("Putin
    called Tokayev" is Russia-Kazakhstan news): one mention, where the leader first appears."""
    soon = published + dt.timedelta(days=90)  # a president-elect's news concerns the country
    for person, offsets in list(mentions.people.items()):
        # Only an office of a country that day (or soon) says so: an EU or UN official
        # who once served a country does not make the article about it.
        sitting = [t for t in gaz.roles_of(person, published) or gaz.roles_of(person, soon)]
        code = next((t.country for t in sitting if t.country), None)
        if code and code not in mentions.countries:
            mentions.add(COUNTRY, code, min(offsets), min(offsets))


def _add_places_countries(gaz: Gazetteer, mentions: Mentions, venues: set[int]) -> None:
    """A place names its country: an article about the port of Aktau concerns Kazakhstan —
    unless it is only a venue (see _venue_only)."""
    for place, offsets in list(mentions.places.items()):
        code = gaz.place_countries.get(place)
        counted = [o for o in offsets if o not in venues]
        if code and counted and code not in mentions.countries:
            mentions.add(COUNTRY, code, min(counted), min(counted))


# Cities that host international organisations: a meeting there is the organisation's
# ("NATO ministers met in Brussels", "talks in Vienna", "at the UN in New York").
SEAT_CITIES = frozenset(
    ["brussels-be", "geneva-ch", "new-york-us", "vienna-at", "strasbourg-fr", "the-hague-nl"]
)
# A city inside the name of a process, format, meeting or document: "the Quito Process",
# "the Astana format", "the Paris Agreement", "the Geneva talks", "the London conference".
PROCESS_AFTER_RE = re.compile(
    r"[\s-]+(?:[Pp]rocess|[Ff]ormat|[Gg]roup|[Cc]onference|[Dd]eclaration|[Aa]greements?"
    r"|[Aa]ccords?|[Pp]rotocols?|[Cc]onventions?|[Ii]nitiative|[Dd]ialogue|[Ff]orum|[Cc]lub"
    r"|[Cc]onsensus|[Cc]harter|[Tt]reaty|[Ss]ummit|[Tt]alks|[Pp]rinciples|[Pp]lan|[Rr]ound"
    r"|[Cc]ommuniqu[eé]|[Ss]tatute|[Pp]act|[Ff]ramework|[Mm]emorandum)\b"
)


def _venue_only(matches: list[Match], text: str) -> set[int]:
    """The offsets of city mentions that do not make the city's country an article country
    (docs/extraction.md, "Venues"): in the dateline, inside a process's or a meeting's name,
    or a city that hosts international organisations. A country named by name, a capital
    used as an actor elsewhere ("Ankara said") and any other mention of the city still
    count."""
    lead = len(text) - len(text.lstrip())
    first = text[lead:].split("\n", 1)[0]
    dateline = find_dateline(first)
    dateline_end = lead + dateline.end if dateline else 0
    offsets = set()
    for m in matches:
        city = any(
            n.kind == PLACE or (n.kind == COUNTRY and n.alias_kind == "capital") for n in m.names
        )
        if not city or any(n.kind == COUNTRY and n.alias_kind != "capital" for n in m.names):
            continue
        seat = any(n.kind == PLACE and n.key in SEAT_CITIES for n in m.names)
        if m.start < dateline_end or seat or PROCESS_AFTER_RE.match(text, m.end):
            offsets.add(m.start)
    return offsets


def _add_match(
    match: Match,
    text: str,
    published: dt.date,
    gaz: Gazetteer,
    mentions: Mentions,
    strong_people: dict[str, int],
    named: set[str | None],
    venues: set[int] = frozenset(),
) -> None:
    seen: set[tuple[str, str]] = set()
    strong = [n for n in match.names if not (n.kind == PERSON and n.weak)]
    if match.start in venues:  # a capital as a venue: the city, not its country
        strong = [n for n in strong if not (n.kind == COUNTRY and n.alias_kind == "capital")]
    for name in strong:
        if (name.kind, name.key) not in seen:
            seen.add((name.kind, name.key))
            mentions.add(name.kind, name.key, match.start, match.end)
    if any(n.kind == PERSON for n in strong):
        return
    weak = [n.key for n in match.names if n.kind == PERSON and n.weak]
    if weak:
        person = _resolve_surname(weak, match, text, published, gaz, strong_people, named)
        if person:
            mentions.add(PERSON, person, match.start, match.end)


# Surnames that are also words, months, very common family names or dynasties: alone, they
# name someone only after a full mention or right after a title ("Prime Minister May").
_AMBIGUOUS_SURNAMES = """May June August Key English Rice Price Brown Green Young King Little
Long Best Rich Hope Love Moon Park Lee Kim Wang Li Zhang Liu Chen Yang Lin Singh Khan Ali
Ahmed Ahmad Hussein Hassan Mohammed Muhammad Mohamed Abdullah Nguyen Tran Salman Sabah
Al-Sabah Al-Saud Al-Nahyan Al-Thani Al-Khalifa Al-Said Nahyan Saud Thani Khalifa"""
AMBIGUOUS_SURNAMES = frozenset(_AMBIGUOUS_SURNAMES.split()) | {"Al Sabah", "Al Saud", "Al Nahyan"}
INITIALS_BEFORE_RE = re.compile(r"(?:\b[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}$")


def _resolve_surname(
    candidates: list[str],
    match: Match,
    text: str,
    published: dt.date,
    gaz: Gazetteer,
    strong_people: dict[str, int],
    named: set[str | None] = frozenset(),
) -> str | None:
    initials = INITIALS_BEFORE_RE.search(text, max(0, match.start - 9), match.start)
    if initials:  # "С.В.Лавров", "Kh.Battulga", "N.Nazarbayev": the initial must fit
        letter = skeleton(initials.group(0))[:1]
        fitting = [p for p in candidates if skeleton(gaz.label(PERSON, p))[:1] == letter]
        sitting = [p for p in fitting if gaz.roles_of(p, published)] or fitting
        return sitting[0] if len(set(sitting)) == 1 else None
    # "Sheikh Abdullah" after "Abdullah bin Zayed Al Nahyan": a given name of someone named
    # in full is that person, not a namesake whose family name it is.
    for person, at in strong_people.items():
        given_names = skeleton(gaz.label(PERSON, person)).split()[:-1]
        if at < match.start and skeleton(match.text) in given_names:
            return person
    given = WORD_BEFORE.search(text[max(0, match.start - 30) : match.start])
    if given and given.group(1) not in NEUTRAL and not COURTESY_RE.search(given.group(0)):
        names = {w for p in candidates for w in re.split(r"[\s-]+", gaz.label(PERSON, p))}
        if given.group(1) not in names:
            return None  # "Igor Putin", "Heydar Aliyev": a namesake or a relative
    introduced = [p for p in candidates if strong_people.get(p, len(text)) < match.start]
    if len(introduced) == 1:
        return introduced[0]
    if len(introduced) > 1:  # the most recently introduced namesake
        return max(introduced, key=lambda p: strong_people[p])
    # "President Putin"; or a surname alone among people named in full ("Tokayev and Xi
    # Jinping signed", not "Aliyev is a common family name"): the one namesake in office.
    courtesy = COURTESY_RE.search(text[max(0, match.start - 20) : match.start]) or (
        TITLED_LIST_RE.search(text[max(0, match.start - 160) : match.start])
    )
    if match.text in AMBIGUOUS_SURNAMES and not courtesy:
        return None  # "in May", "Lin said", "Hussein noted"
    in_office = sorted({p for p in candidates if gaz.roles_of(p, published)})
    if (courtesy or strong_people) and len(in_office) == 1:
        return in_office[0]
    # "Niyazov spoke in Ashgabat": the one namesake in office, of a country the text names.
    at_home = [p for p in in_office if {t.country for t in gaz.roles_of(p, published)} & named]
    return at_home[0] if len(at_home) == 1 else None


def _kin_before(text: str, start: int) -> bool:
    """A relative named through the office-holder ("the son of the Kazakh President")."""
    return KIN_OF_RE.search(text, max(0, start - 40), start) is not None


def _role_of(match: re.Match) -> str:
    return next(role for role, value in match.groupdict().items() if value)


def _add_titles(
    matches: list[Match], text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions
) -> None:
    """'Kazakh President', 'Turkmenistan's leader', 'President of Turkmenistan'."""
    country_matches = [m for m in matches if any(n.kind == COUNTRY for n in m.names)]
    for i, match in enumerate(country_matches):
        iso2 = next(n.key for n in match.names if n.kind == COUNTRY)
        russian = CYRILLIC_RE.search(match.text) is not None
        if russian:  # "казахстанский президент"; never "в Казахстан президент Турции"
            adjective = any(n.alias_kind == "demonym" for n in match.names)
            after = RU_AFTER_COUNTRY_RE.match(text, match.end) if adjective else None
        else:
            after = AFTER_COUNTRY_RE.match(text, match.end)
        if after:
            role = _role_of(after)
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
            continue
        title_before = RU_TITLE_BEFORE_RE if russian else TITLE_OF_RE
        before = title_before.search(text, max(0, match.start - 60), match.start)
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
            # "Presidents of Kazakhstan and Turkmenistan": the title covers the list.
            for follower in country_matches[i + 1 :]:
                gap = text[match.end : follower.start]
                if not re.fullmatch(r"\s*(?:,|and|,\s*and|и|,\s*и)\s*", gap):
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
) -> None:
    if _kin_before(text, start):
        return  # "the wife of the Turkish President" is not the President
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
        if len(acting) == 1 and not _names_someone(text, end):
            mentions.add(PERSON, acting[0], start, end)
        return
    if LEADER_RE.fullmatch(title) and role == "head_of_state" and iso2 in PARLIAMENTARY:
        role = "head_of_government"  # "the British leader" is the Prime Minister
    holders = gaz.holders(iso2, role, published)
    if title.lower().startswith("president"):
        # Where the president is not the head of state (Iran: the Supreme Leader is), the
        # office titled "President" is meant.
        titled = gaz.holders_titled(iso2, "President", published)
        if len(titled) == 1:
            holders = titled
    if len(holders) != 1:
        return
    person = holders[0]
    # "Kazakh President Kassym-Jomart Tokayev" is one mention, not two; and where the title
    # introduces a name ("Kazakh Foreign Minister Kairat Abdrakhmanov"), the name says who
    # is meant even if the gazetteer's dates say otherwise.
    following = [s for s, e, kind, key in mentions.spans if kind == PERSON and end <= s <= end + 3]
    if not following and not _names_someone(text, end):
        mentions.add(PERSON, person, start, end)


QUALIFIER_RE = re.compile(
    r"\b(?P<word>former|ex|late|then|acting|interim|caretaker|deputy|vice|first\s+deputy"
    r"|assistant|incoming|future|next|new|would-be|first\s+lady|election\s+as|elected)"
    r"[\s-]+(?:[A-Za-z’'.]+\s+){0,2}$",
    re.IGNORECASE,
)
RU_QUALIFIER_RE = re.compile(
    r"(?:(?<![\w-])(?P<word>бывш\w*|покойн\w*|исполняющ\w*\s+обязанности|врио|и\.\s?о\."
    r"|временн\w*|заместител\w*|первого\s+заместителя|избранн\w*|будущ\w*|нов\w*"
    r"|супруг\w*|жен\w*|вдов\w*|сын\w*|доч\w*)\s+(?:[\w.]+\s+)?"
    r"|(?P<prefix>экс|вице)-)$",
    re.IGNORECASE,
)
RU_ACTING_RE = re.compile(r"исполняющ|врио|и\.\s?о\.|временн")
ELECT_RE = re.compile(r"[-\s]elect\b", re.IGNORECASE)
ACTING = {"acting", "interim", "caretaker"}
LEADER_RE = re.compile(r"[Ll]eaders?")
# Where "the leader" of a country is its head of government: constitutional monarchies and
# parliamentary republics ("the leaders of Australia and New Zealand" are prime ministers).
_PARLIAMENTARY = """GB AU CA NZ JP ES NL BE SE NO DK LU TH MY KH LS JM BS BB BZ AG LC VC GD
KN PG SB TV IN DE IT IL GR AT HU CZ SK EE LV MT SI HR BG AL MK ME PK BD NP IQ ET"""
PARLIAMENTARY = frozenset(_PARLIAMENTARY.split())


def _names_someone(text: str, end: int) -> bool:
    """Two capitalised words right after a title name its holder — unless the text runs
    in title case, as headlines do ("Kazakh President Holds Talks With Turkmen Leader")."""
    if not NAME_AFTER_RE.match(text, end):
        return False
    words = WORD_RE.findall(text, end, end + 80)[:6]
    # Prose has lower-case words that carry meaning ("met", "said"); title case at most
    # lower-case little words ("with", "in").
    return any(w[:1].islower() and w.lower() not in LITTLE_WORDS for w in words)


def _add_bare_titles(text: str, published: dt.date, gaz: Gazetteer, mentions: Mentions) -> None:
    """'the Head of State said': the most salient holder of that post so far.

    Salience is the number of mentions before the title, ties going to the latest: news
    prose keeps calling its protagonist "the President" while naming the guest in full.
    """
    found = [(m, BARE_ROLES[m.group("title")]) for m in BARE_TITLE_RE.finditer(text)]
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
    for match, role in sorted(found, key=lambda pair: pair[0].start()):
        if _kin_before(text, match.start()):
            continue
        tally: dict[str, tuple[int, int]] = {}
        for start, _, kind, key in mentions.spans:
            if kind == PERSON and start < match.start():
                count, _last = tally.get(key, (0, 0))
                tally[key] = (count + 1, start)
        eligible = {
            p: v
            for p, v in tally.items()
            if any(t.role == role for t in gaz.roles_of(p, published))
        }
        if eligible:
            person = max(eligible, key=lambda p: eligible[p])
            mentions.add(PERSON, person, match.start(), match.end())
