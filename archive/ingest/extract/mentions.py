"""Find the countries, people and places an article mentions.

Three sources of person mentions, in order of trust:
1. a full name or alias from the gazetteer ("Kassym-Jomart Tokayev", "Токаев");
2. a surname alone ("Tokayev said"), counted only after a full mention of the same person,
   or right after a title when exactly one person with that surname held office that day;
3. a title resolved through the offices valid on the article's date (titles.py).
A city that is only a venue does not make its country an article country (_venue_only).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace

from archive.ingest.extract.cities import NewPlace, dateline_town, find_towns, find_venues
from archive.ingest.extract.context import (
    NEUTRAL,
    PERSON_TITLE_BEFORE_RE,
    WORD_BEFORE,
    is_false_friend,
)
from archive.ingest.extract.dates import MONTHS, WEEKDAYS
from archive.ingest.extract.gazetteer import (
    COUNTRY,
    PERSON,
    PLACE,
    Gazetteer,
    Match,
    given_agrees,
)
from archive.ingest.extract.newcomers import (
    CHINESE,
    NAMED_AFTER_RE,
    NewPerson,
    arrives_as_guest,
    find_newcomers,
)
from archive.ingest.extract.personal_names import HEADLINE_VERBS, NOT_NAME_WORDS
from archive.ingest.extract.titles import (
    add_bare_titles,
    add_country_ministers,
    add_group_titles,
    add_office_titles,
    add_titles,
    add_un_secretary_general,
)
from archive.text.datelines import article_dateline
from archive.text.names import PINYIN_WORD_RE, initial_of, skeleton
from archive.text.russian import nominative_name, russian_forms
from archive.text.translit import CYRILLIC_RE, translit

TITLED_LIST_RE = re.compile(
    # (and in apposition: "Both presidents, Tokayev and Mirziyoyev,")
    r"(?:[Pp]residents|[Ll]eaders|[Pp]rime [Mm]inisters|[Ff]oreign [Mm]inisters),?\s+"
    r"(?:[A-Z][\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
COURTESY_RE = re.compile(
    r"(?:[Pp]residents?|[Mm]inisters?|[Cc]hancellor|[Mm]r\.?|[Mm]rs\.?|[Mm]s\.?|[Dd]r\.?|[Kk]ing"
    # (not "Sheikh", "Emir": a given name follows them — "Sheikh Ali Jaber" is no Mr Ali)
    r"|[Pp]remiers?|[Ss]ecretary-General|[Ll]eaders?|[Ss]ecretary|(?-i:PM|FM)|Taoiseach"
    r"|[Cc]hairman|[Cc]hairwoman|[Ss]peaker)\s+$"
)

# The title of a head of state or government right before a surname (not "Vice President")
HEAD_ONCE_BEFORE_RE = re.compile(
    r"(?<![Vv]ice[ -])(?<![Dd]eputy )\b(President|Prime Minister|Premier|Chancellor)\s+\Z"
)
# … in Russian, with the body whose office it is between: "секретарь Совбеза Патрушев",
# "министр обороны Шойгу", "глава МИД Лавров"
RU_COURTESY_RE = re.compile(
    r"(?:[Сс]екретар|[Пп]резидент|[Мм]инистр|[Пп]ремьер|[Гг]лав|[Пп]омощник|[Пп]редседател"
    r"|[Вв]ице-премьер|[Пп]ресс-секретар|[Пп]осол|[Пп]осл)\w*(?:\s+(?:[а-яё]+|[А-ЯЁ][А-ЯЁа-яё]+)){0,3}?"
    r"\s+\Z"
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
    new_places: list[NewPlace] = field(default_factory=list)  # towns the gazetteer lacks
    # The country of each newcomer, as their office gave it.
    person_countries: dict[str, str] = field(default_factory=dict)
    # Where a place is named inside the name of a process, a body or a meeting ("the
    # Eilat-Aqaba Committee", "the Barcelona Conference"): no venue of an event.
    in_names: set[int] = field(default_factory=set)
    dateline_end: int = 0  # where the text proper starts, past a dateline
    dateline_start: int = 0  # where the dateline starts (past a headline)
    # People named only as whose envoy, aide or administration someone is ("Trump's Middle
    # East envoy Steve Witkoff", "the Obama administration"): sending, not taking part.
    owners: set[str] = field(default_factory=set)
    owned_at: set[int] = field(default_factory=set)  # … where each such mention starts
    # Where people are named together by their offices ("the heads of state of the two
    # countries"): in an event only if no one else in the sentence is.
    grouped_at: set[int] = field(default_factory=set)
    _sorted: list[tuple[int, int, str, str]] = field(default_factory=list, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    _sorted_count: int = field(default=-1, repr=False)
    _person_starts: set[int] = field(default_factory=set, repr=False)

    def add(self, kind: str, key: str, start: int, end: int) -> None:
        table = {COUNTRY: self.countries, PERSON: self.people, PLACE: self.places}[kind]
        table.setdefault(key, []).append(start)
        self.spans.append((start, end, kind, key))
        if kind == PERSON:
            self._person_starts.add(start)

    def person_starts_within(self, start: int, end: int) -> bool:
        """Whether a person's mention starts in [start, end] (a few characters: constant
        time, however many mentions the text has)."""
        return any(p in self._person_starts for p in range(start, end + 1))

    def in_range(self, kind: str, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, key) of the mentions of one kind inside [start, end), in order."""
        if self._sorted_count != len(self.spans):  # spans added since: sort them again
            self._sorted = sorted(self.spans)
            self._starts = [span[0] for span in self._sorted]
            self._sorted_count = len(self.spans)
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [(s, k) for s, _, kd, k in self._sorted[first:last] if kd == kind]


# Two states named with one noun: "North and South Korea", "East and West Germany"
ELIDED_PAIR_RE = re.compile(
    r"\b(?P<first>North|South|East|West)\s+and\s+(?:North|South|East|West)\s+(?P<noun>Korea|Germany"
    r"|Sudan)\b"
)


def _with_elided(matches: list[Match], text: str, gaz: Gazetteer) -> list[Match]:
    """`matches` and the first state of a pair named with one noun ("North" of "North and
    South Korea"), when the gazetteer knows it as a country."""
    if " and " not in text:
        return matches
    added = []
    for pair in ELIDED_PAIR_RE.finditer(text):
        whole = gaz.find(f"{pair.group('first')} {pair.group('noun')}")
        names = tuple(n for m in whole for n in m.names if n.kind == COUNTRY)
        if names:
            added.append(Match(pair.start(), pair.end("first"), pair.group("first"), names))
    if not added:
        return matches
    taken = {m.start for m in matches}
    return sorted([*matches, *(m for m in added if m.start not in taken)], key=lambda m: m.start)


def find_mentions(text: str, published: dt.date, gaz: Gazetteer) -> Mentions:
    mentions = Mentions()
    matches = _with_elided(gaz.find(gaz.soften_capitals(text)), text, gaz)
    if "@" in text:
        matches = sorted([*matches, *gaz.find_handles(text)], key=lambda m: m.start)
    # A surname alone is no proof of an entity: "Chad Johnson" is a person, not Chad.
    spans = [(m.start, m.end) for m in matches if any(not n.weak for n in m.names)]
    countries = [
        (m.start, m.end)
        for m in matches
        if any(n.kind == COUNTRY and n.alias_kind != "capital" for n in m.names)
    ]
    # (where places begin, before those that are no place here are dropped: "Governor
    # Istanbul Jane Doe" is no Istanbul Jane, but the governor's province)
    places = {m.start: m.end for m in matches if any(n.kind == PLACE for n in m.names)}
    lead, dateline_end = _dateline_span(text)
    if dateline_end == lead:
        dateline_end = _city_colon_dateline(text, matches, lead) or dateline_end
    mentions.dateline_end = dateline_end
    # (on the dateline's own line: a headline above it is no part of it)
    mentions.dateline_start = max(lead, text.rfind("\n", 0, dateline_end) + 1)
    matches = [
        m
        for m in matches
        if not is_false_friend(m, text, spans, countries)
        and not _in_agency_tag(m, text, lead, dateline_end)
        and not _named_after_someone(m, text)
        and not _cut_from_a_longer_name(m, text, gaz, published)
    ]
    named = {n.key for m in matches for n in m.names if n.kind == PERSON and not n.weak}
    # (a capital written otherwise than its country's alias: "HÀ NỘI —")
    filed_in = next(
        (
            code
            for m in matches
            if lead <= m.start and m.end <= dateline_end
            for n in m.names
            if n.kind == PLACE
            and (code := gaz.place_countries.get(n.key))
            and gaz.capital_place.get(code) == n.key
        ),
        None,
    )
    newcomers = [
        n
        for n in find_newcomers(
            text,
            matches,
            lambda slug: gaz.country_of(slug, published),
            (lead, dateline_end),
            places,
            filed_in,
        )
        if gaz.known_person(n.name, n.country, published, CYRILLIC_RE.search(n.written) is not None)
        or not _office_held_by_another(n, published, gaz, named)
    ]
    # … not one whose name is cut short inside a known person's written in full: "президента
    # Египта Абдель Фаттаха ас-Сиси" is el-Sisi, no "Abdel Fattakha" besides
    newcomers = [n for n in newcomers if not _inside_a_known_name(n, matches, text)]
    # A surname inside a newcomer's name is theirs: "Lee" in "Lee Jong-joo" (wherever the
    # name is written in full: "spokesman Abbas Mousavi" again is no Abbas of elsewhere).
    taken = [(n.offset, n.offset + len(n.written)) for n in newcomers]
    taken += [span for n in newcomers if n.count > 1 for span in _spans(n.written, text)]
    # … and so is their surname alone: "Miller said" after "Gazprom's head, Aleksei Miller"
    # is not a namesake in office elsewhere.
    # (not one a known person named in full before them bears: "Foreign Minister Shah
    # Mahmood Qureshi … Pakistan's ambassador, Raheem Hayat Qureshi … Qureshi said" — the
    # minister, the one the story is about)
    earlier = _surnames_named_before(matches, newcomers)
    claimed = {
        word
        for n in newcomers
        for word in (n.written.split()[-1], n.name.split()[-1])
        if word not in earlier
    }
    # (the family name first: "Chinese Vice Premier Wang" after "Vice Premier Wang Yang" is
    # he, not Foreign Minister Wang Yi)
    claimed |= {
        word
        for n in newcomers
        if n.country in FAMILY_NAME_FIRST and len(n.written.split()) >= 2
        for word in (n.written.split()[0], n.name.split()[0])
        if word not in earlier
    }
    matches = [
        m
        for m in matches
        if not _inside_any(m, taken)
        and not (_surname_alone(m) and m.text in claimed)
        # (a name that is a commemoration's: "the Nelson Mandela centenary reception")
        and not (
            all(n.kind == PERSON for n in m.names) and COMMEMORATED_AFTER_RE.match(text, m.end)
        )
    ]
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
    venues = _venue_only(matches, text, dateline_end)
    mentions.in_names = {
        m.start
        for m in matches
        if PROCESS_AFTER_RE.match(text, m.end)
        or PROCESS_OF_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        # (or in an envoy's title: "Russian Ambassador to Pyongyang", "посол в Пхеньяне")
        or POSTED_TO_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    }
    # (the countries named as such: which of two towns of one name is meant)
    countries_named = frozenset(n.key for m in matches for n in m.names if n.kind == COUNTRY)
    unresolved = [
        match
        for match in matches
        if _add_match(
            match, text, published, gaz, mentions, strong_people, named, venues, countries_named
        )
    ]
    _add_capitals_told(matches, text, gaz, mentions)
    if unresolved and mentions.people:
        # "Mirziyoyev met Tokayev in Astana": a sitting official's unambiguous surname before
        # the other official the text names is that official too
        for match in unresolved:
            weak = [n.key for n in match.names if n.kind == PERSON and n.weak]
            person = _resolve_surname(weak, match, text, published, gaz, strong_people, named, True)
            if person:
                mentions.add(PERSON, person, match.start, match.end)
    _add_newcomers(newcomers, text, published, gaz, mentions, earlier, places)
    _newcomers_of_the_filing_country(text, mentions, gaz)
    _add_unlisted_surnames(matches, text, gaz, mentions)
    _add_honorific_given_names(text, gaz, mentions, published)
    _add_newcomers_offices(text, mentions)
    add_titles(matches, text, published, gaz, mentions)
    add_bare_titles(text, published, gaz, mentions)
    add_office_titles(text, published, gaz, mentions)
    add_un_secretary_general(text, published, gaz, mentions)
    add_group_titles(matches, text, published, gaz, mentions)
    add_country_ministers(text, published, gaz, mentions)
    _add_leaders_countries(published, gaz, mentions)
    _add_places_countries(gaz, mentions, venues, text)
    _add_world_towns(text, matches, gaz, mentions)
    mentions.spans.sort()
    owned: dict[str, list[bool]] = {}
    # (and a pair named as one, a body's or a process's name: "the Obama-Medvedev
    # commission", "комиссией Обамы-Медведева")
    for start, end, kind, key in mentions.spans:
        if kind == PERSON:
            owner = (
                OWNER_AFTER_RE.match(text, end) is not None
                # "в качестве Специального представителя Председателя КНР Си Цзиньпина",
                # "as the Special Envoy of President X": whose envoy, not a traveller
                or OWNER_BEFORE_RE.search(text, max(0, start - 90), start) is not None
            )
            # (the pair takes part in what its own sentence tells: "the Xi-Obama summit")
            paired = (
                PAIRED_AFTER_RE.match(text, end) is not None
                or PAIRED_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            )
            owned.setdefault(key, []).append(owner or paired)
            if owner:
                mentions.owned_at.add(start)
    mentions.owners = {key for key, flags in owned.items() if all(flags)}
    _drop_offices_owning_staff(text, gaz, mentions)
    # Each entity's offsets in text order, whatever order the passes added them in: the
    # first is the first mention, which ranks the article's main people and countries.
    for table in (mentions.countries, mentions.people, mentions.places):
        for offsets in table.values():
            offsets.sort()
    return mentions


# "Director of the U.S. Secretary of State's Policy Planning Staff", "the Russian
# President's press secretary": an office named only as whose staff someone is
STAFF_AFTER_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}(?:staff|office|spokes\w+|press\s+secretary|advis[eo]rs?|aides?)\b",
    re.IGNORECASE,
)


def _drop_offices_owning_staff(text: str, gaz: Gazetteer, mentions: Mentions) -> None:
    """No mention of a holder in an office named without its holder's name only as the
    owner of someone's staff (the office is named, its holder is not there)."""
    dropped = [
        (start, end, kind, key)
        for start, end, kind, key in mentions.spans
        if kind == PERSON
        and STAFF_AFTER_RE.match(text, end)
        and skeleton(gaz.label(PERSON, key)).split()[-1] not in skeleton(text[start:end])
    ]
    for start, end, kind, key in dropped:
        mentions.spans.remove((start, end, kind, key))
        mentions.people[key].remove(start)
        if not mentions.people[key]:
            del mentions.people[key]


PAIRED_AFTER_RE = re.compile(r"[-–][A-ZА-ЯЁ][\w’']+")
PAIRED_BEFORE_RE = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][\w’']+[-–]\Z")
OWNER_AFTER_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}(?:envoy|emissary|advis[eo]r|spokes\w+|representative|aide"
    r"|predecessors?|successors?)\b"
    r"|\s+(?:administration|government|era)\b"
    # a country called by its leader's name: "Donald Trump's United States", "Putin's Russia"
    r"|['’]s\s+(?:the\s+)?(?:United\s+States|America|U\.S\.|Russia|China|Turkey|Iran|India"
    r"|Israel|Britain|France|Germany|Japan|North\s+Korea|regime|cabinet|camp)\b"
    # (not the country a noun after names: "Narendra Modi's Japan visit", "Obama's China policy")
    r"(?!\s+(?:visits?|trips?|tours?|stopover|stay|leg|policy|ties|relations|talks|counterparts?)\b)",
    re.IGNORECASE,
)


# … or named after whose envoy someone is, by the sender's title ("as the Special Envoy of
# President X", "Специального представителя Председателя КНР Си Цзиньпина"; not the
# spokeswoman herself: "официальный представитель МИД Мария Захарова")
OWNER_BEFORE_RE = re.compile(
    r"(?:\b(?:special\s+)?(?:envoy|emissary|representative)\s+of\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2}?(?-i:President|Prime\s+Minister|Secretary-General|King|Emir|Chairman"
    r"|Premier)\b"
    r"|(?<![\w-])(?:[Сс]пециальн\w+\s+)?(?:представител|посланник|эмиссар)\w*\s+"
    r"(?:[\w.-]+\s+){0,3}?(?:[Пп]редседател|[Пп]резидент|[Гг]енеральн\w+\s+секретар|[Гг]енсекретар"
    r"|[Пп]ремьер)\w*)"
    r"(?:\s+[\w.-]+){0,5}\s+\Z",
    re.IGNORECASE,
)


def _named_after_someone(match: Match, text: str) -> bool:
    people = [n for n in match.names if n.kind == PERSON]
    return (
        len(people) == len(match.names)
        and any(not n.weak for n in people)
        and bool(
            NAMED_AFTER_RE.match(text, match.end)
            or RU_NAMED_AFTER_RE.search(text, max(0, match.start - 30), match.start)
        )
    )


# … in Russian, the place or the body before the name: "в аэропорту имени Гейдара Алиева",
# "Фонд Гейдара Алиева", "проспект Нурсултана Назарбаева"
RU_NAMED_AFTER_RE = re.compile(
    r"(?:(?<![\w-])им\.|(?<![\w-])имени|(?<![\w-])(?:[Фф]онд|[Цц]ентр|[Пп]роспект|[Уу]лиц|[Пп]лощад"
    r"|[Аа]эропорт|[Мм]ечет|[Мм]узе|[Уу]ниверситет|[Бб]иблиотек|[Пп]арк|[Мм]авзоле|[Пп]реми)\w*)\s+\Z"
)


# One more capitalised word right after a known full name: "Abdul Sattar Anbaree" (a
# Maldivian minister), not Abdul Sattar of Pakistan — unless it is a day, a month or what the
# person's name heads ("the Narendra Modi Government").
NEXT_NAME_WORD_RE = re.compile(r"[ \t]+(?P<word>[A-Z][a-z]{2,})\b(?!['’])")
GENERATION_AFTER_RE = re.compile(r",?[ \t]+(?:Jr|Sr)\b\.?")
_NAME_HEADS = "Government Administration Cabinet Doctrine Thought Era Regime Jr Sr Senior Junior"
NAME_HEADS = frozenset(_NAME_HEADS.split())


def _cut_from_a_longer_name(match: Match, text: str, gaz: Gazetteer, published: dt.date):
    """A known full name that is the start of a longer one, of someone holding no office
    that day (one who does is more likely written with a word of the news after)."""
    if " " not in match.text or "\n" in match.text:
        return False
    people = [n for n in match.names if n.kind == PERSON]
    if not people or len(people) < len(match.names) or all(n.weak for n in people):
        return False
    if GENERATION_AFTER_RE.match(text, match.end) and not any(
        GENERATION_AFTER_RE.search(gaz.label(PERSON, n.key)) for n in people
    ):
        return True  # "Chief of Staff Leo Falcam Jr.": the son, not the president his father
    after = NEXT_NAME_WORD_RE.match(text, match.end)
    if after is None or (word := after.group("word")) in NAME_HEADS:
        return False
    if word.lower() in MONTHS or word.lower() in WEEKDAYS:
        return False
    if word.lower() in HEADLINE_VERBS and " " in match.text.strip():
        return False  # a headline's verb after a full name: "Xi Jinping Meets with …"
    if any(gaz.roles_of(n.key, published) for n in people):
        return False
    # (not in a headline in title case: "Abdul Sattar Arrives in Delhi")
    return _in_running_text(text, match.start, match.end)


def _in_running_text(text: str, start: int, end: int) -> bool:
    """Whether the words stand in running text, not in a headline in title case ("Abdul
    Sattar Arrives in Delhi"), where a capital tells nothing of a name."""
    before = text.rfind("\n", max(0, start - 200), start)
    after = text.find("\n", end, end + 200)
    words = text[
        before + 1 if before >= 0 else max(0, start - 200) : after if after >= 0 else end + 200
    ].split()
    return len(words) < 4 or any(len(w) > 3 and w[:1].islower() for w in words)


def _dateline_span(text: str) -> tuple[int, int]:
    """(start of the text proper, end of its dateline — the start again when it has none),
    found once per article for the rules below."""
    # the first paragraph's, or the second's under a title ("Baku surprised …\n\nBAKU. …"),
    # past a byline ("By PTI")
    starts, lines, at = [], [], len(text) - len(text.lstrip())
    while len(lines) < 3 and at < len(text):
        line = text[at:].split("\n", 1)[0]
        starts.append(at)
        lines.append(line)
        at += len(line)
        at += len(text[at:]) - len(text[at:].lstrip())
    lead = starts[0] if starts else len(text)
    found = article_dateline(lines)
    if found is None:
        return lead, lead
    index, dateline = found
    return starts[index], starts[index] + dateline.end


def _city_colon_dateline(text: str, matches: list[Match], lead: int) -> int | None:
    """The end of a dateline in title case with a colon or a dash ("New Delhi: Prime
    Minister …", "Luanda — Angola's representative …"), opening the first paragraph or the
    second (under a title), when the gazetteer knows the city (the text module cannot tell
    it from a speaker: "Vladimir Putin: We …")."""
    first_end = text.find("\n", lead)
    second = -1 if first_end < 0 else len(text) - len(text[first_end:].lstrip())
    for m in matches:
        mark = CITY_MARK_RE.match(text, m.end)
        if m.start not in (lead, second) or mark is None:
            continue
        if any(n.kind == PLACE or n.alias_kind == "capital" for n in m.names) and not any(
            n.kind == PERSON for n in m.names
        ):
            return mark.end()
    return None


CITY_MARK_RE = re.compile(r":|\s+[—–-]+(?=\s)")


def _in_agency_tag(match: Match, text: str, lead: int, dateline_end: int) -> bool:
    """A country named inside the dateline's agency tag: "RIYADH, (UrduPoint / Pakistan
    Point News / WAM - 02nd Apr, 2020)" is no news about Pakistan."""
    if match.start >= dateline_end or not any(
        n.kind == COUNTRY and n.alias_kind != "capital" for n in match.names
    ):
        return False
    before = text[lead : match.start]
    return before.count("(") > before.count(")") or before.count("/") % 2 == 1


def _inside_a_known_name(newcomer: NewPerson, matches: list[Match], text: str) -> bool:
    """Whether the newcomer's name as written lies inside a longer full name of a gazetteer
    person."""
    start, end = newcomer.offset, newcomer.offset + len(newcomer.written)
    for m in matches:
        if m.start > end + 1:
            break
        if (
            m.start <= start
            and end <= m.end
            and m.end - m.start > end - start
            and any(n.kind == PERSON and not n.weak for n in m.names)
        ):
            return True
        if m.start == end + 1 and text[end] == " " and all(n.kind == PERSON for n in m.names):
            return True  # right before a known person's family name: "Абдель Фаттаха" ас-Сиси
    return False


def _surname_alone(match: Match) -> bool:
    return all(n.kind == PERSON and n.weak for n in match.names)


def _inside_any(match: Match, spans: list[tuple[int, int]]) -> bool:
    """A person's name overlapping a newcomer's longer one is the newcomer's ("Sheikh
    Sabah" of "Sheikh Sabah Khaled Al-Hamad Al-Sabah")."""
    only_people = all(n.kind == PERSON for n in match.names)
    if not only_people:
        # … and so is a city's name that begins it ("Baghdad Amreyev", the Turkic Council's
        # Secretary-General)
        # (and a country's that ends it: "Santiago Vázquez Montenegro", an Argentine
        # diplomat)
        return any(
            (match.city_only and s == match.start and match.end < e)
            or (
                s < match.start
                and match.end == e
                and all(n.kind in (COUNTRY, PERSON) for n in match.names)
                and len(match.text.split()) == 1
            )
            for s, e in spans
        )
    return any(s < match.end and match.start < e for s, e in spans)


def _surnames_named_before(matches: list[Match], newcomers: list[NewPerson]) -> set[str]:
    """The newcomers' surnames that a gazetteer person named in full before them bears."""
    first = {}
    for n in newcomers:
        first[n.written.split()[-1]] = min(n.offset, first.get(n.written.split()[-1], n.offset))
    return {
        m.text.split()[-1]
        for m in matches
        if " " in m.text
        and first.get(m.text.split()[-1], -1) > m.start
        and any(n.kind == PERSON and not n.weak for n in m.names)
    }


def _add_newcomers(
    newcomers: list[NewPerson],
    text: str,
    published: dt.date,
    gaz: Gazetteer,
    mentions: Mentions,
    taken_surnames: set[str] | frozenset[str] = frozenset(),
    places: dict[int, int] | None = None,
) -> None:
    """Each titled official the gazetteer lacks as written: a gazetteer person after all
    when the name is theirs in another form, else a newcomer, at every full mention (and
    by surname alone, unless `taken_surnames`: one named before them bears it) — not inside
    a longer place's name (`places`, start to end): "Ho Chi Minh City" is no mention of
    President Ho Chi Minh."""
    place_spans = (places or {}).items()
    for person in newcomers:
        cyrillic = CYRILLIC_RE.search(person.written) is not None
        known = gaz.known_person(person.name, person.country, published, cyrillic)
        if known is None and person.country is None:
            # an office's holder misspelt, of one of the countries the text names: "invited
            # prime minister Mohamed Nawaz Shareef" in a story of the Maldives and Pakistan
            found = {
                holder
                for code in mentions.countries
                if (holder := gaz.known_person(person.name, code, published, cyrillic))
            }
            known = found.pop() if len(found) == 1 else None
        key = known or person.key
        if known is None:
            mentions.newcomers.append(person)
            if person.country:
                mentions.person_countries[key] = person.country
        full = [
            span
            for form in {person.written, person.name, *person.aliases}
            for span in _spans(form, text)
        ]
        for start, end in full:
            if not any(s <= start and end <= e and e - s > end - start for s, e in place_spans):
                mentions.add(PERSON, key, start, end)
        if person.written.split()[-1] in taken_surnames:
            continue
        for start, end in _surname_after(person, text, full):
            if any(kind == PERSON and s < start and end <= e for s, e, kind, _ in mentions.spans):
                continue  # inside another's full name: "Saud" of "King Salman … Al Saud"
            if person.country and any(
                code != person.country and OTHER_TITLE_BETWEEN_RE.fullmatch(text, at, start)
                for at, code in mentions.in_range(COUNTRY, max(0, start - 45), start)
            ):
                continue  # "Seoul's chief nuclear negotiator Kim": not the American Sung Kim
            mentions.add(PERSON, key, start, end)


# A lineage's last link before a family name: "bin Abdulaziz Al " (of "… Al Saud")
LINEAGE_TAIL_BEFORE_RE = re.compile(r"\b(?:bin|ibn|bint|Bin)\s+[A-Z][\w'’-]+\s+(?:Al|al)[\s-]\Z")


# A country's word, then a title before a family name: "Seoul's chief nuclear negotiator "
# (not across a sentence's end: "… arrived in Moscow. Minister Kwon")
# (not a verb between: "the Iranian foreign minister congratulated Umurzakov")
OTHER_TITLE_BETWEEN_RE = re.compile(
    r"[A-Z](?:[\w'’-]|(?<=[A-Z])\.)*(?:['’]s)?"
    r"(?:[ \t]+(?!(?:[a-z]+ed|met|told|thanked|said|with|and)\b)[\w-]+){1,4}[ \t]+"
)


# The office a newcomer was introduced with, named again: "The Deputy Foreign Minister
# congratulated …", "The Cuban Ambassador thanked …" (a title, not a title before a name)
OFFICE_AGAIN_RE = re.compile(
    r"\b[Tt]he\s+(?:(?P<adj>(?!(?:First|Deputy|Vice|Assistant)\b)[A-Z][a-z]+)\s+)?"
    r"(?P<office>(?:(?:First|Deputy|Vice|Assistant)\s+)*"
    r"(?:Foreign\s+Minister|Minister\s+of\s+Foreign\s+Affairs|Minister|Ambassador"
    r"|High\s+Commissioner|Secretary[- ]General|Special\s+Envoy|Envoy|Special\s+Representative"
    r"|Spokes(?:man|woman|person)"
    r"|Foreign\s+Secretary|Permanent\s+Secretary|Chairman|Speaker|Governor))\b"
    r"(?!\s+(?:of\b|for\b|to\b|[A-Z]))"
)


# (the words between a newcomer's name and the office they are introduced with)
OWN_TITLE_GAP_RE = re.compile(r"[^.;\n]{0,40}")


def _holds(title: str, office: str) -> bool:
    """Whether a newcomer's title is the office named again: "Cuban Ambassador" and
    "newly appointed Ambassador of Bangladesh to Portugal" are "the Ambassador"; "Deputy
    Foreign Minister" is not "the Foreign Minister"."""
    head = COMPLEMENT_SPLIT_RE.split(title, maxsplit=1)[0]
    for said in (title, head):
        if said == office:
            return True
        # (nor "Spokesman for the Secretary-General": whom the office serves)
        if said.endswith(" " + office) and not re.search(
            r"\b(?:deputy|vice|first|assistant|(?:for|of|to)(?:\s+the)?)$",
            said[: -len(office)].strip(),
        ):
            return True
    return False


COMPLEMENT_SPLIT_RE = re.compile(r"\s+(?:of|to|for|in|at)\s+")


def _add_newcomers_offices(text: str, mentions: Mentions) -> None:
    """A newcomer's office named again after their first mention, where one newcomer alone
    holds it: "Deputy Foreign Minister Jane Doe received … The Deputy Foreign Minister
    congratulated …"."""
    if not mentions.newcomers or "The " not in text:
        return
    for m in OFFICE_AGAIN_RE.finditer(text):
        office = " ".join(m.group("office").split()).lower()
        adjective = [c for _, c in mentions.in_range(COUNTRY, m.start(), m.end())]
        if m.group("adj") and not adjective:
            office = f"{m.group('adj').lower()} {office}"  # "the Foreign Minister", no country
        holders = [
            n
            for n in mentions.newcomers
            if n.offset < m.start() and _holds(" ".join(n.title.split()).lower(), office)
        ]
        if len({n.key for n in holders}) != 1:
            continue
        holder = holders[0]
        if OWN_TITLE_GAP_RE.fullmatch(text, holder.offset + len(holder.written), m.start()):
            continue  # "X will take charge as the New High Commissioner": their own title
        if adjective and mentions.person_countries.get(holder.key) not in adjective:
            continue  # "The Cuban Ambassador": the adjective must be the holder's country's
        if not mentions.person_starts_within(m.start(), m.end()):
            mentions.add(PERSON, holder.key, m.start(), m.end())


LEADING_ROLES = {"head_of_state", "head_of_government", "foreign_minister"}


def _office_held_by_another(
    person: NewPerson, published: dt.date, gaz: Gazetteer, named: set[str]
) -> bool:
    """ "Besides his wife Emine Erdoğan, the Turkish President is accompanied …": the office
    read beside a name is held that day by someone else the article names — the name is
    not its holder."""
    if person.role not in LEADING_ROLES or not person.country:
        return False
    holders = gaz.holders(person.country, person.role, published)
    return any(holder in named for holder in holders)


# Where a newcomer's surname alone names them: the family name comes first in these
# countries' names ("Kim Yong-nam" is Mr Kim), and the last word is no surname.
FAMILY_NAME_FIRST = frozenset({"CN", "KP", "KR", "TW", "HK", "MO"})
GIVEN_NAME_FIRST = frozenset({"ET", "ER", "TH", "IS"})


def _surname_after(person: NewPerson, text: str, full: list[tuple[int, int]]):
    """The newcomer's surname alone after their first full mention ("Turkey's Deputy Foreign
    Minister Sedat Onal …. Onal's visit is …"): not inside a full mention, not the start of
    a longer name ("Onal Street"); a Cyrillic one in any case form."""
    words = person.written.split()
    if not full or len(words) < 2:
        return
    if CYRILLIC_RE.search(words[-1]):
        yield from _cyrillic_surname_after(person, text, full)
        return
    family_first = person.country in FAMILY_NAME_FIRST
    # ("Kim", "Lee", "Baek": common, so only after a title or an honorific — "Minister Baek")
    # (Ethiopians, Eritreans, Thais and Icelanders go by the given name: "Demeke said",
    # "Mr Chuan")
    given_first = person.country in GIVEN_NAME_FIRST
    surname = words[0] if family_first or given_first else words[-1].rstrip(".,")
    if (
        person.country in CHINESE
        and len(words) == 2
        and PINYIN_WORD_RE.fullmatch(words[-1].lower())
        and not PINYIN_WORD_RE.fullmatch(words[0].lower())
    ):
        # "Joseph Wu": a given name of the West first, the family name last (still read
        # only where a title or a verb of the news makes it one: "Wu met …")
        surname = words[-1]
    article, hyphen, rest = surname.partition("-")
    if hyphen and article in JOINED_PARTICLES and rest[:1].isupper():
        # "Mohammed al-Halboosi", then "the re-election of Al-Halboosi": the article
        # capitalised where it opens the name
        surname = surname[:1].upper() + surname[1:]
    # ("Wu", "Li": a family name of two letters, only where its use below makes it one)
    if (
        len(surname) < (2 if family_first else 3)
        or not surname[:1].isupper()
        or CYRILLIC_RE.search(surname)
    ):
        return
    spans = sorted(full)
    starts = [start for start, _ in spans]
    headline_end = text.find("\n")
    for m in _word_re(surname).finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1  # the full mention begun last before
        # (the headline's, above the story naming them in full: "Jaishankar meets Cameron"
        # over "External Affairs Minister S Jaishankar met …")
        headline = i < 0 and m.end() <= headline_end < starts[0]
        if (i < 0 and not headline) or (i >= 0 and m.start() < spans[i][1]):
            continue  # before the first full mention, or inside one
        if re.match(r"\s+(?-i:[A-Z])", text[m.end() : m.end() + 3]):
            continue
        if LINEAGE_TAIL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # the end of another's lineage: "Saud" of "… bin Abdulaziz Al Saud"
        if (
            family_first
            and not TITLE_BEFORE_FAMILY_NAME_RE.search(text, max(0, m.start() - 25), m.start())
            # "During his visit, Wu met with …": a Chinese family name, the subject of a
            # verb of the news (not a Korean one: "Kwon said" may be any Kwon)
            and not (
                person.country in CHINESE
                and (
                    VERB_AFTER_FAMILY_NAME_RE.match(text, m.end())
                    # "Zhang, a member of the Standing Committee …, arrived": the sentence's
                    # subject, an apposition after it
                    or (
                        text.startswith(", ", m.end())
                        and re.search(
                            r"(?:^|[.!?]\s+|\n)$", text[max(0, m.start() - 3) : m.start()]
                        )
                    )
                )
            )
        ):
            continue
        yield m.start(), m.end()


def _cyrillic_surname_after(person: NewPerson, text: str, full: list[tuple[int, int]]):
    """A Cyrillic newcomer's surname in any case form after their first full mention, with
    or without an initial that fits: "… Хамрохон Зарифи …. Затем Х. Зарифи встретился",
    "… с министром Али Бабаджаном …. Бабаджан заявил" (not a family name written first:
    "Ван И" is Wang Yi)."""
    if person.country in FAMILY_NAME_FIRST:
        return
    nominative = next((a for a in person.aliases if CYRILLIC_RE.search(a)), person.written)
    surnames = {nominative.split()[-1], person.written.split()[-1]}
    forms = surnames | {form for surname in surnames for form in russian_forms(surname)}
    if min(map(len, surnames)) < 4:
        return
    first = min(start for start, _ in full)
    pattern = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    letter = initial_of(person.name)
    for m in re.finditer(rf"(?<![\w’'-])(?:{pattern})(?![\w-])", text):
        if m.start() < first or any(s <= m.start() < e for s, e in full):
            continue
        if re.match(r"\s+[А-ЯЁ][а-яё]", text[m.end() : m.end() + 3]):
            continue  # the first word of a longer name
        initials = INITIALS_BEFORE_RE.search(text, max(0, m.start() - 9), m.start())
        if initials and initial_of(initials.group(0)) != letter:
            continue  # "Р. Зарифи": another Zarifi
        yield m.start(), m.end()


def _add_unlisted_surnames(matches: list[Match], text: str, gaz: Gazetteer, mentions) -> None:
    """The family name of one named in full, whose surname the gazetteer keeps from matching
    alone (an ordinary word or a city's name: "Lloyd Austin", "John Key"), once the article
    has named them and where it acts or bears a title: "Austin congratulated …", "Mr Key"."""
    taken = [(m.start, m.end) for m in matches]
    done: set[str] = set()
    for match in matches:
        for name in match.names:
            words = match.text.split()
            if name.kind != PERSON or name.weak or len(words) < 2 or name.key in done:
                continue
            done.add(name.key)
            surname = words[-1]
            if (
                len(surname) < 3
                or not surname[:1].isupper()
                or name.key in gaz.by_surname.get(skeleton(surname), ())
            ):
                continue
            for m in _word_re(surname).finditer(text, match.end):
                if any(s <= m.start() < e for s, e in taken) or re.match(
                    r"\s+(?-i:[A-Z])", text[m.end() : m.end() + 3]
                ):
                    continue
                if VERB_AFTER_FAMILY_NAME_RE.match(text, m.end()) or (
                    TITLE_BEFORE_FAMILY_NAME_RE.search(text, max(0, m.start() - 25), m.start())
                ):
                    mentions.add(PERSON, name.key, m.start(), m.end())


# "Prince Faisal", "Sheikh Mishal": a royal or honorific title and a given name alone (not
# the start of a full name: "Prince Faisal bin Farhan").
HONORIFIC_GIVEN_RE = re.compile(
    r"\b(?:Prince|Princess|Sheikh|Sheikha|Shaikh|Shaikha|Sayyid)\s+(?P<given>[A-Z][a-z]+)\b"
    r"(?![\s-]+(?:[A-Z]|bin\b|ibn\b|bint\b))"
)


def _first_name_is(gaz: Gazetteer, person: str, given: str) -> bool:
    """Whether the gazetteer's name of `person` opens with `given` (a skeleton)."""
    return skeleton(gaz.label(PERSON, person)).split()[:1] == [given]


def _add_honorific_given_names(
    text: str, gaz: Gazetteer, mentions: Mentions, published: dt.date
) -> None:
    """ "Prince Faisal also met …" after "Prince Faisal bin Farhan": the one gazetteer person
    named in full before with that given name, where the gazetteer matched nothing there;
    or, after a head's title, the one head of a country the text names with that given name
    ("President Sheikh Mohamed met …" in news of the Emirates)."""
    if (
        "Prince" not in text
        and "Sheikh" not in text
        and "Shaikh" not in text
        and ("Sayyid" not in text)
    ):
        return
    newcomers = {n.key for n in mentions.newcomers}  # (their names may be cut short)
    named = sorted((s, e, key) for s, e, kind, key in mentions.spans if kind == PERSON)
    for m in HONORIFIC_GIVEN_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in named):
            continue
        given = skeleton(m.group("given"))
        earlier = {
            key
            for s, _, key in named
            if s < m.start() and key not in newcomers and _first_name_is(gaz, key, given)
        }
        if not earlier and (
            title := HEAD_TITLE_BEFORE_RE.search(text, max(0, m.start() - 24), m.start())
        ):
            role = HEAD_TITLES[title.group("title").split()[-1]]
            earlier = {
                p
                for country in mentions.countries
                for p in gaz.holders(country, role, published)
                if _first_name_is(gaz, p, given)
            }
        if len(earlier) == 1:
            mentions.add(PERSON, earlier.pop(), m.start(), m.end())


# A head's title before an honorific and a given name: "President Sheikh Mohamed"
HEAD_TITLE_BEFORE_RE = re.compile(
    r"\b(?P<title>President|Emir|Amir|King|Sultan|Prime\s+Minister)\s+\Z"
)
HEAD_TITLES = {
    "President": "head_of_state", "Emir": "head_of_state", "Amir": "head_of_state",
    "King": "head_of_state", "Sultan": "head_of_state", "Minister": "head_of_government",
}  # fmt: skip


VERB_AFTER_FAMILY_NAME_RE = re.compile(
    # (an adverb between: "Han first conveyed Xi's greetings")
    r"(?:['’]s\s+(?:visit|trip|talks|meeting|remarks)|\s+(?:(?:also|first|then|later|further)\s+)?"
    r"(?:said|says|met|meets|told|conveyed|delivered|extended"
    r"|held|holds|added|noted|stressed|expressed|urged|called|visited|arrived|thanked|briefed"
    r"|signed|welcomed|received|congratulated|spoke|discussed|announced|invited|praised"
    r"|reiterated|assured|agreed|wrote|replied|suggested|proposed|hailed|pledged|vowed|looked"
    r"|hoped|emphasi[sz]ed|underlined|pointed|made|answered|responded|confirmed|denied|explained"
    r"|insisted|reaffirmed|led|leads|travell?ed|departed|attended|joined)"
    # "Wu and his wife led …": a spouse beside it
    r"|\s+and\s+(?:his|her)\s+(?:wife|husband|spouse))\b"
)
TITLE_BEFORE_FAMILY_NAME_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Minister|Premier|President|Secretary|Ambassador|Chairman|Envoy"
    r"|Spokes(?:man|woman|person)|Director|Governor|Vice\s+\w+)\.?\s+$"
)


# An office of the state's own institutions, given without its country: "First Deputy
# Foreign Minister X", "Chairman of the National Assembly X", "State Duma Speaker X"
HOME_OFFICE_RE = re.compile(
    r"\b(?:(?:First\s+)?Deputy\s+(?:Foreign|Prime)\s+Minister|Deputy\s+Minister\s+of\s+Foreign"
    # "ABU DHABI, (WAM) – X, Minister of State for Defence Affairs, and …"
    r"|Minister\s+of\s+State\s+for|Vice\s+President\Z"
    # "ISLAMABAD (APP): Adviser to the Prime Minister on Commerce X"
    r"|(?:Advis[eo]r|Special\s+Assistant)\s+to\s+the\s+Prime\s+Minister"
    r"|National\s+Assembly|Parliament|Senate|Majlis|State\s+Duma|Federation\s+Council"
    r"|Verkhovna\s+Rada|Mazhilis|Oliy\s+Majlis|Lok\s+Sabha|Knesset)\b"
)


def _newcomers_of_the_filing_country(text: str, mentions: Mentions, gaz: Gazetteer) -> None:
    """Newcomers with an office of the state's own institutions and no country, in a story
    filed from a country the text names: that country's ("SOCHI, May 17. /TASS/. … First
    Deputy Foreign Minister Vladimir Titov")."""
    if not mentions.newcomers or mentions.dateline_end <= mentions.dateline_start:
        return
    _, filed = dateline_countries(mentions, gaz)
    if filed is None:
        return
    for i, person in enumerate(mentions.newcomers):
        if (
            person.country is None
            and HOME_OFFICE_RE.search(person.title)
            # (not a guest: "SOCHI – … First Deputy Foreign Minister X arrived in Sochi")
            and not arrives_as_guest(text, person.written or person.name)
        ):
            mentions.newcomers[i] = replace(person, country=filed)
            mentions.person_countries[person.key] = filed


def dateline_countries(mentions: Mentions, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """The country the dateline names, and the country the story is filed from (that one,
    else the country of the dateline's place)."""
    named = next(
        (
            n.key
            for m in mentions.matches
            if mentions.dateline_start <= m.start < mentions.dateline_end
            for n in m.names
            if n.kind == COUNTRY
        ),
        None,
    )
    filed = named or next(
        (
            code
            for _, k in mentions.in_range(PLACE, mentions.dateline_start, mentions.dateline_end)
            if (code := gaz.place_countries.get(k))
        ),
        None,
    )
    return named, filed


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


def _add_world_towns(text: str, matches: list[Match], gaz: Gazetteer, mentions: Mentions) -> None:
    """Towns and venues the gazetteer lacks (archive.ingest.extract.cities): places of
    their own, stored with the article."""
    taken = [(m.start, m.end) for m in matches] + [(s, e) for s, e, _, _ in mentions.spans]
    countries = set(mentions.countries)
    towns = find_towns(text, countries, taken)
    start, end = mentions.dateline_start, mentions.dateline_end
    filed = dateline_town(text[start:end], start, countries) if end > start else None
    if filed and not any(s < filed.end and filed.start < e for s, e in taken):
        towns.insert(0, filed)  # "NEWPORT, Wales, Sept 5 (Reuters) -"
    # (start, end, country, whether a place) of every place and country named
    located = sorted(
        (s, e, key if kind == COUNTRY else gaz.place_countries.get(key), kind == PLACE)
        for s, e, kind, key in mentions.spans
        if kind in (COUNTRY, PLACE)
    )
    located += [(t.start, t.end, t.country, True) for t in towns]
    dateline_country = next(
        (code for s, _, code, _ in located if start <= s < end and code),
        filed and filed.country,
    )

    def country_at(begin: int, finish: int) -> str | None:
        """A venue's country: of a place or country in its name ("Tashkent airport"), else
        of the town named last before it in its sentence, else of a country it is said to be
        in ("While in Vietnam, … visit the Hoa Lac Hi-tech Park"), else the dateline's (not
        a visitor's: "the Chinese President arrived at the Ninoy Aquino Airport")."""
        inside = [code for s, e, code, _ in located if begin <= s and e <= finish and code]
        if inside:
            return inside[0]
        opening = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin))
        closing = min(
            (i for i in (text.find(". ", finish), text.find("\n", finish)) if i >= 0),
            default=len(text),
        )
        town = [code for s, e, code, place in located if opening < s and e <= begin and place]
        if town and town[-1]:
            return town[-1]
        # … or of the town named right after it: "at the Transcorp Hilton Hotel, Abuja"
        after = [
            code
            for s, e, code, place in located
            if place and code and TOWN_AFTER_VENUE_RE.fullmatch(text, finish, s)
        ]
        if after:
            return after[0]
        within = [
            code
            for s, e, code, place in located
            if opening < s < closing and not place and IN_BEFORE_RE.search(text, max(0, s - 4), s)
        ]
        return within[0] if within else dateline_country

    # (not a venue the gazetteer knows by a shorter name: "Ankara's Cankaya Presidential
    # Palace" is the Cankaya Palace; "the Kremlin Palace" is no Kremlin)
    known = [
        (s, e, gaz.label(PLACE, key).split()[-1].lower())
        for s, e, kind, key in mentions.spans
        if kind == PLACE and gaz.label(PLACE, key).split()
    ]
    towns += [
        venue
        for venue in find_venues(text, taken + [(t.start, t.end) for t in towns], country_at)
        if not any(
            s < venue.end and venue.start < e and head == venue.name.split()[-1].lower()
            for s, e, head in known
        )
    ]
    seen: set[str] = set()
    for town in towns:
        mentions.add(PLACE, town.key, town.start, town.end)
        if town.key not in seen:
            seen.add(town.key)
            mentions.new_places.append(town)


IN_BEFORE_RE = re.compile(r"\bin\s+\Z")
TOWN_AFTER_VENUE_RE = re.compile(r",\s*|\s+in\s+")


def _add_places_countries(gaz: Gazetteer, mentions: Mentions, venues: set[int], text: str) -> None:
    """A place names its country: an article about the port of Aktau concerns Kazakhstan —
    unless it is only a venue (see _venue_only). A capital opening a sentence as the subject
    of its verb names its country there too, whatever else names it ("Москва выражает
    соболезнования …. Об этом сообщили в МИД РФ": Russia's condolences)."""
    for place, offsets in list(mentions.places.items()):
        code = gaz.place_countries.get(place)
        counted = [o for o in offsets if o not in venues]
        if code and counted and code not in mentions.countries:
            mentions.add(COUNTRY, code, min(counted), min(counted))
        elif code and gaz.capital_place.get(code) == place:
            for at in counted:
                if (
                    (at == 0 or SENTENCE_OPENS_BEFORE_RE.search(text, max(0, at - 4), at))
                    and (end := text.find(" ", at)) > 0
                    and CAPITAL_ACTS_AFTER_RE.match(text, end)
                ):
                    mentions.add(COUNTRY, code, at, at)


# (a sentence's start before a capital)
SENTENCE_OPENS_BEFORE_RE = re.compile(r"(?:[.!?]\s+|\n\s*)\Z")
# A capital's verb right after it: "Moscow expresses", "Ankara said", "Москва выражает"
CAPITAL_ACTS_AFTER_RE = re.compile(
    r"\s*(?:has\s+|have\s+|also\s+|также\s+)?(?:[a-z]+(?:s|ed)|said|says|выража\w+|выразил\w*"
    r"|заяв\w+|поздрав\w+|призва\w+|осуди\w+|осужда\w+|приветств\w+|направил\w*)\b"
)


# Cities that host international organisations: a meeting there is the organisation's
# ("NATO ministers met in Brussels", "talks in Vienna", "at the UN in New York").
SEAT_CITIES = frozenset(
    ["brussels-be", "geneva-ch", "new-york-us", "vienna-at", "strasbourg-fr", "the-hague-nl"]
)
# A city inside the name of a process, format, meeting or document: "the Quito Process",
# "the Astana format", "the Paris Agreement", "the Geneva talks", "the London conference".
POSTED_TO_BEFORE_RE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:[- ][Gg]eneral)?|[Cc]harg[ée]\s+d['’]affaires"
    r"|[Пп]ос(?:ол|ла|лу|лом|ле)|[Кк]онсул\w*)\s+(?:(?:of\s+)?[A-ZА-ЯЁ][\w-]*\s+)?(?:to|in|at|в|во)"
    r"\s+(?:the\s+)?\Z"
)
PROCESS_AFTER_RE = re.compile(
    # (an adjective between: "the Istanbul Ministerial Process", "the Astana Peace Process";
    # not a conference's: the Munich Security Conference is held in Munich)
    r"\s+(?:[A-Z][a-z]+(?:al|ic|ary)|Peace|Energy|Climate)\s+(?:Process|Format|Declaration"
    r"|Initiative|Agreements?|Accords?)\b"
    r"|(?:-[A-Z][\w’']+)?[\s-]+(?:[Pp]rocess|[Cc]ommittee|[Cc]ommission|[Ff]ormat|[Gg]roup"
    r"|[Cc]onference|[Dd]eclaration|[Aa]greements?"
    r"|[Aa]ccords?|[Pp]rotocols?|[Cc]onventions?|[Ii]nitiative|[Dd]ialogue|[Ff]orum|[Cc]lub"
    r"|[Cc]onsensus|[Cc]harter|[Tt]reaty|[Ss]ummit|[Mm]eeting|[Tt]alks|[Pp]rinciples|[Pp]lan|[Rr]ound"
    r"|[Cc]ommuniqu[eé]|[Ss]tatute|[Pp]act|[Ff]ramework|[Mm]emorandum)\b"
    # … or of a city's own body, a word of its name between ("the Abu Dhabi Department of
    # Economic Development", "Abu Dhabi Executive Council"; the Munich Security Conference is
    # held in Munich)
    # ("the White House National Security Council": two words between)
    r"|(?:\s+[A-Z][a-z]+){0,2}\s+(?:Department|Chamber|Municipality|Authority|Council)\b"
)

# … or after it: "the Agreement of Minsk", "the Declaration of Lima"
PROCESS_OF_BEFORE_RE = re.compile(
    r"\b(?:Process|Format|Declaration|Agreements?|Accords?|Protocols?|Conventions?|Charter"
    r"|Treaty|Memorandum|Communiqu[eé])\s+of\s+\Z"
)


def _venue_only(matches: list[Match], text: str, dateline_end: int) -> set[int]:
    """The offsets of city mentions that do not make the city's country an article country
    (docs/extraction.md, "Venues"): in the dateline, inside a process's or a meeting's name,
    or a city that hosts international organisations. A country named by name, a capital
    used as an actor elsewhere ("Ankara said") and any other mention of the city still
    count."""
    offsets = set()
    for m in matches:
        city = any(
            n.kind == PLACE or (n.kind == COUNTRY and n.alias_kind == "capital") for n in m.names
        )
        if not city or any(n.kind == COUNTRY and n.alias_kind != "capital" for n in m.names):
            continue
        seat = any(n.kind == PLACE and n.key in SEAT_CITIES for n in m.names)
        if (
            m.start < dateline_end
            or seat
            or PROCESS_AFTER_RE.match(text, m.end)
            or PROCESS_OF_BEFORE_RE.search(text, max(0, m.start - 30), m.start)
        ):
            offsets.add(m.start)
    return offsets


# The lineage a family name ends: "Mohammed bin Salman bin Abdulaziz Al Saud".
LINEAGE_BEFORE_FAMILY_RE = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:bin|ibn|bint)\s+[A-Z][\w'’-]+)+\s+(?:Al|Āl|al)(?:\s+|-)\Z"
)
COMMEMORATED_AFTER_RE = re.compile(
    r"['’]?\s+(?:centenary|centennial|bicentenary|bicentennial|birth\s+anniversary"
    r"|death\s+anniversary|memorial|mausoleum|legacy\s+lecture|memorial\s+lecture)\b"
)
# Where a name after a full mention of its bearer is still the place: "talks in Lagos".
NOT_A_SURNAME_AFTER_RE = re.compile(
    r"(?<=\bSen|\bRep|\bGov|\bGen|\bCol|\bAdm)\.\s+(?-i:[A-Z])"
    r"|\s+(?-i:House|Street|Avenue|Square|Airport|Hotel|Palace|Hall|Centre|Center|Bridge|Road"
    r"|Park|Building|Tower|Institute|University|Foundation|Prize|Doctrine|Plan|Library"
    r"|Memorial|Museum|Stadium|Station)\b"
    # a given name an editor put in brackets before the family name: "Mr. [António] Guterres"
    r"|\]\s+(?-i:[A-Z])"
)
ACTOR_SUFFIX_RE = re.compile(
    r"-(?:backed|based|led|brokered|sponsored|allied|friendly|aligned|supported|controlled)\b"
)
REGION_AFTER_RE = re.compile(
    r"[ \t]+(?:Region|region|Oblast|oblast|Province|province|Governorate|governorate|Krai|krai)\b"
)
# "Tehran's nuclear program": a capital's government (not "Tehran's Mehrabad Airport"; a seat
# of power stays a place: "the Kremlin's press service")
CAPITAL_POSSESSIVE_RE = re.compile(r"['’]s\s+(?-i:[a-z])")
# … or its office: "White House Press Secretary Jay Carney", "Kremlin spokesman"
OFFICE_AFTER_RE = re.compile(
    r"\s+(?:(?:Press|press)\s+(?:Secretary|secretary|Office|office|Service|service)|[Ss]pokes(?:man"
    r"|woman|person)|[Cc]hief\s+of\s+[Ss]taff|aides?|officials?|[Aa]dviser)\b"
)
# A news outlet named after its country or city: "Iran Press", "China Daily", "Pakistan
# Today", "Tehran Times" — the source, not a country or place the text concerns
MEDIA_NAME_AFTER_RE = re.compile(
    r"[ \t]+(?:Press|Daily|Times|Herald|Tribune|Gazette|Today|Post|Observer|TV|Television"
    # (glued to the next word as some sites print it: "Iran PressAsia:")
    r"|News(?:[ \t]+Agency|[ \t]+Service)?)(?![a-z0-9-])"
    r"(?![ \t]+(?:[Ss]ecretar|[Oo]ffice|[Ss]ervice|[Cc]onference|[Aa]ttach|[Cc]orps|[Rr]elease))"
)
DOCUMENT_NAME_RE = re.compile(
    r"\s+(?i:agreements?|accords?|process|format|declaration|protocols?|memorandum"
    r"|communiqu[ée]|principles|treaty|conventions?|charter|statute|pact|consensus)\b"
)
PLACE_PREPOSITION_RE = re.compile(
    r"\b(?:in|at|from|near|visited|visiting|(?:visit|trip|travel\w*|flew|arrived)\s+to)\s+$"
)


# "the Cuban capital", "Afghanistan's capital": the country's capital, unnamed (not "the
# Afghan capital Kabul", named after it, nor "capital investment")
CAPITAL_TOLD_RE = re.compile(
    r"(?:['’]s)?\s+capital\b(?!\s+(?-i:[A-Z])|\s+(?:investment|flows?|market))"
)
THE_OR_IN_BEFORE_RE = re.compile(r"\b(?:the|in|to|at|from)\s+\Z", re.IGNORECASE)


def _add_capitals_told(matches: list[Match], text: str, gaz: Gazetteer, mentions: Mentions):
    """A place mention for each capital told by its country ("the Cuban capital")."""
    for match in matches:
        told = CAPITAL_TOLD_RE.match(text, match.end)
        if told is None:
            continue
        codes = [n.key for n in match.names if n.kind == COUNTRY and n.alias_kind != "capital"]
        if len(codes) != 1 or (capital := gaz.capital_place.get(codes[0])) is None:
            continue
        if (
            "'" in told.group(0)
            or "’" in told.group(0)
            or THE_OR_IN_BEFORE_RE.search(text, max(0, match.start - 6), match.start)
        ):
            mentions.add(PLACE, capital, match.start, told.end())


NIGER_RIVER_BEFORE_RE = re.compile(r"\b(?:the|River)\s+\Z", re.IGNORECASE)
NIGER_RIVER_AFTER_RE = re.compile(r"\s+(?:Delta|State|River|Basin)\b")


def _add_match(
    match: Match,
    text: str,
    published: dt.date,
    gaz: Gazetteer,
    mentions: Mentions,
    strong_people: dict[str, int],
    named: set[str | None],
    venues: set[int] = frozenset(),
    countries_named: frozenset[str] = frozenset(),
) -> bool:
    """Adds what the match names; True when it is a surname alone left unresolved."""
    seen: set[tuple[str, str]] = set()
    strong = [n for n in match.names if not (n.kind == PERSON and n.weak)]
    towns = [n for n in strong if n.kind == PLACE]
    if len(towns) > 1:
        # two towns of one name ("Jalalabad" in Afghanistan and in Kyrgyzstan): the one in a
        # country the text names, when that decides; else the one so named, not so spelt
        meant = [n for n in towns if gaz.place_countries.get(n.key) in countries_named]
        if not meant or len(meant) == len(towns):
            meant = [n for n in towns if n.alias_kind == "name"]
        if not meant or len(meant) == len(towns):
            # … else the one in the country of a place named before it: "ASTANA — The summit
            # … at the Palace of Independence" is Astana's, not Minsk's
            before = {
                gaz.place_countries.get(key) for _, key in mentions.in_range(PLACE, 0, match.start)
            }
            meant = [n for n in towns if gaz.place_countries.get(n.key) in before]
        if meant and len(meant) < len(towns):
            strong = [n for n in strong if n.kind != PLACE or n in meant]
    if any(n.kind == PERSON for n in match.names) and PERSON_TITLE_BEFORE_RE.search(
        text, max(0, match.start - 20), match.start
    ):  # "President Lagos": the person, not the city
        strong = [n for n in strong if n.kind == PERSON]
    if (
        ACTOR_SUFFIX_RE.match(text, match.end)
        or OFFICE_AFTER_RE.match(text, match.end)
        or (
            CAPITAL_POSSESSIVE_RE.match(text, match.end)
            and any(n.alias_kind == "capital" for n in match.names)
        )
        or REGION_AFTER_RE.match(text, match.end)
    ):
        # "a Moscow-backed plan", "Riyadh-led coalition": the capital's government, no venue;
        # "Gorki, Moscow Region", "the Kursk oblast": the region named after the city
        strong = [n for n in strong if n.kind != PLACE]
    elif MEDIA_NAME_AFTER_RE.match(text, match.end) and (
        match.start == 0 or not text[match.start - 1].isalpha()
    ):
        # "According to China Daily", "Iran PressAsia:": the outlet, no country or place
        strong = [n for n in strong if n.kind not in (PLACE, COUNTRY)]
    elif DOCUMENT_NAME_RE.match(text, match.end) or PROCESS_OF_BEFORE_RE.search(
        text, max(0, match.start - 30), match.start
    ):
        # "the Astana agreement", "the Minsk accords", "the Lisbon Treaty", "the Agreement of
        # Minsk": a document's name, neither the city nor (by its capital) the country
        strong = [
            n
            for n in strong
            if n.kind != PLACE and not (n.kind == COUNTRY and n.alias_kind == "capital")
        ]
    if text[match.start : match.end] == "Niger" and (
        NIGER_RIVER_BEFORE_RE.search(text, max(0, match.start - 6), match.start)
        or NIGER_RIVER_AFTER_RE.match(text, match.end)
    ):
        # "the Order of the Niger" (Nigeria's), "the Niger Delta", "Niger State": the river
        # and the lands named after it, not the state of Niger
        strong = [n for n in strong if n.key != "NE"]
    named_before = [
        n.key
        for n in match.names
        if n.kind == PERSON and n.weak and strong_people.get(n.key, match.start) < match.start
    ]
    if (
        len(named_before) == 1
        and any(n.kind != PERSON for n in match.names)
        and not PLACE_PREPOSITION_RE.search(text, max(0, match.start - 20), match.start)
    ):
        # "Lagos said" after "President Ricardo Lagos": the person's surname, not the city
        mentions.add(PERSON, named_before[0], match.start, match.end)
        return False
    if match.start in venues:  # a capital as a venue: the city, not its country
        strong = [n for n in strong if not (n.kind == COUNTRY and n.alias_kind == "capital")]
    people = {n.key for n in strong if n.kind == PERSON}
    if people and (other := _honorific_given_of_another(match, people, strong_people, gaz)):
        # "Sheikh Sabah" after "Crown Prince Sheikh Sabah Khaled Al-Hamad Al-Sabah": the one
        # named in full with that given name, not another the short form is also said of
        strong = [n for n in strong if n.kind != PERSON]
        people = set()
        mentions.add(PERSON, other, match.start, match.end)
    earlier = {p for p in people if strong_people.get(p, match.start) < match.start}
    if len(people) > 1 and len(earlier) == 1:
        # a name two people bear, after one of them was named in full ("King Abdullah II of
        # Jordan …, King Abdullah agreed"): that one
        strong = [n for n in strong if n.kind != PERSON or n.key in earlier]
    elif (
        len(people) > 1
        and DEATH_BEFORE_RE.search(text, max(0, match.start - 40), match.start)
        and (gone := _latest_in_office(people, published, gaz, out_of_office=True))
    ):
        # "the Saudi royal family … over the recent demise of King Abdullah" days after he
        # died: the one whose office ended last, not a namesake in office
        strong = [n for n in strong if n.kind != PERSON or n.key == gone]
    elif len(people) > 1 and not any(gaz.roles_of(p, published) for p in people):
        # … none of them in office that day: the one who held office before it last ("George
        # Bush" in 2015 is the son), when that is one
        if latest := _latest_in_office(people, published, gaz):
            strong = [n for n in strong if n.kind != PERSON or n.key == latest]
    elif len(people) > 1 and (sitting := {p for p in people if gaz.roles_of(p, published)}):
        # a name two people have borne ("King Abdullah"): the one in office that day
        strong = [n for n in strong if n.kind != PERSON or n.key in sitting]
        if len(sitting) > 1:
            # … of the country named right before ("Saudi Arabia King Abdullah" in 2010), or
            # else of the one country the article names of theirs; with neither, no one
            chosen = _of_country_before(sitting, match, text, published, gaz) or _of_title_before(
                sitting, match, text, published, gaz
            )
            if chosen is None:
                of_named = [p for p in sitting if gaz.country_of(p, published) in countries_named]
                chosen = of_named[0] if len(of_named) == 1 else None
            strong = [n for n in strong if n.kind != PERSON or n.key == chosen]
    for name in strong:
        if (name.kind, name.key) not in seen:
            seen.add((name.kind, name.key))
            mentions.add(name.kind, name.key, match.start, match.end)
    if any(n.kind == PERSON for n in strong):
        return False
    weak = [n.key for n in match.names if n.kind == PERSON and n.weak]
    if weak and NOT_A_SURNAME_AFTER_RE.match(text, match.end):
        # "Sen. Richard Lugar" (a title cut short), "Blair House", "Nixon Doctrine": a
        # family name that names no one here
        return False
    if weak and LINEAGE_BEFORE_FAMILY_RE.search(text, max(0, match.start - 80), match.start):
        # "Mohammed bin Salman bin Abdulaziz Al Saud": the family name ending a lineage is the
        # one named by it, not another of that family
        return False
    if weak:
        # (an official named before, in full or by title, makes the text political: "Kazakh
        # President Tokayev met Mirziyoyev")
        among = bool(mentions.in_range(PERSON, 0, match.start))
        person = _resolve_surname(weak, match, text, published, gaz, strong_people, named, among)
        if person:
            mentions.add(PERSON, person, match.start, match.end)
        elif not among:
            return True  # (tried again once the whole text is read: see find_mentions)
    return False


def _honorific_given_of_another(
    match: Match, people: set[str], strong_people: dict[str, int], gaz: Gazetteer
) -> str | None:
    """The one person named in full before a short "Sheikh Sabah" or "Prince Faisal" whose
    given name it is, when the gazetteer says it of none of them."""
    short = HONORIFIC_GIVEN_RE.fullmatch(match.text)
    if short is None:
        return None
    given = skeleton(short.group("given"))
    earlier = {
        person
        for person, at in strong_people.items()
        if at < match.start and _first_name_is(gaz, person, given)
    }
    return earlier.pop() if len(earlier) == 1 and not earlier & people else None


DEATH_WORDS = r"passing|death|demise|loss|funeral|кончин\w*|смерт\w*"
# The death of the one named next: "the recent demise of King Abdullah", "the late King"
DEATH_BEFORE_RE = re.compile(
    rf"\b(?:(?:{DEATH_WORDS})\s+(?:away\s+)?of\s+(?:the\s+)?(?:late\s+)?|late\s+)\Z",
    re.IGNORECASE,
)


def _latest_in_office(people, published, gaz, out_of_office: bool = False) -> str | None:
    """Of people none of whom is in office on `published` (or, `out_of_office`, of those
    who are not), the one whose office before it ended last, if exactly one did (offices
    that start after the day do not count)."""
    if out_of_office:
        people = {p for p in people if not gaz.roles_of(p, published)}
    ends = {}
    for person in people:
        terms = [t for t in gaz.offices.get(person, ()) if t.end is not None and t.end <= published]
        if terms:
            ends[person] = max(t.end for t in terms)
    if not ends:
        return None
    last = max(ends.values())
    chosen = [p for p, end in ends.items() if end == last]
    return chosen[0] if len(chosen) == 1 else None


TITLE_ROLE_BEFORE_RE = re.compile(
    r"\b(?:(?P<head_of_state>President|King|Emir|Sultan|Президент\w*)|(?P<head_of_government>Prime"
    r"\s+Minister|Premier|Chancellor|Премьер\w*)|(?P<foreign_minister>Foreign\s+Minister))\s+"
    r"(?:(?:[Aa]l|[Ee]l|bin|ibn)[-\s]+)?$"
)


def _of_title_before(people, match, text: str, published, gaz) -> str | None:
    """The one of `people` who holds the office named right before the match ("President
    Al-Bashir" in 2008 is Sudan's, not Jordan's foreign minister Salah Bashir), if one."""
    title = TITLE_ROLE_BEFORE_RE.search(text, max(0, match.start - 25), match.start)
    if title is None:
        return None
    role = next(r for r, v in title.groupdict().items() if v)
    chosen = [p for p in people if any(t.role == role for t in gaz.roles_of(p, published))]
    return chosen[0] if len(chosen) == 1 else None


def _of_country_before(people, match, text: str, published, gaz) -> str | None:
    """The one of `people` whose country is named right before the match ("Saudi King",
    "Jordan's King"), if exactly one is."""
    window = text[max(0, match.start - 30) : match.start]
    named = {
        n.key
        for m in gaz.find(window)
        if re.fullmatch(r"(?:['’]s)?\s*", window[m.end :])
        for n in m.names
        if n.kind == COUNTRY
    }
    chosen = [p for p in people if gaz.country_of(p, published) in named]
    return chosen[0] if len(chosen) == 1 else None


def _spans(form: str, text: str):
    """Where `form` occurs in the text, not overlapping (as re.finditer of it would, without
    a pattern per name in re's own cache of 512: a text's names pushed the module's constant
    patterns out of it, and each was compiled again)."""
    start = text.find(form) if form else -1
    while start >= 0:
        yield start, start + len(form)
        start = text.find(form, start + len(form))


@functools.lru_cache(maxsize=8192)
def _word_re(word: str) -> re.Pattern:
    """A surname standing as a word (a cache of its own: see _spans)."""
    return re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])")


# Surnames that are also words, months, very common family names or dynasties: alone, they
# name someone only after a full mention or right after a title ("Prime Minister May").
_AMBIGUOUS_SURNAMES = """May June August Key English Rice Price Brown Green Young King Little
Long Best Rich Hope Love Moon Park Lee Kim Wang Li Zhang Liu Chen Yang Lin Singh Khan Ali
Ahmed Ahmad Hussein Hassan Mohammed Muhammad Mohamed Abdullah Nguyen Tran Salman Sabah
Al-Sabah Al-Saud Al-Nahyan Al-Thani Al-Khalifa Al-Said Said Nahyan Saud Thani Khalifa Song Ma Wee
Hong Han Yang Tang Yu Ong Goh Wong Choi Yoon Yoo Pak"""
AMBIGUOUS_SURNAMES = frozenset(_AMBIGUOUS_SURNAMES.split()) | {"Al Sabah", "Al Saud", "Al Nahyan"}
PARTICLE_END_RE = re.compile(r"\s(?:[Aa]l|[Ee]l|[Aa][dsrz]|[Aa]sh|[Aa]bu)-$")
# (not a courtesy title: "Mr. Modi" after "Narendra Modi" is he)
# ("E D. Mnangagwa": a first initial without its full stop before one with it)
INITIALS_BEFORE_RE = re.compile(
    r"(?:\b[A-ZА-ЯЁ]\s)?(?:\b(?!(?:Mr|Ms|Dr|St|Mt)\.)[A-ZА-ЯЁ][a-zа-яё]?\.\s?){1,3}$"
)


def _given_spelt_otherwise(given: str, person: str, gaz: Gazetteer) -> bool:
    """Whether a given name as written is the person's, in any spelling: one key, one letter
    off, or the first three letters alike (not "Igor" for Vladimir)."""
    written, known = skeleton(given), skeleton(gaz.label(PERSON, person)).split()[0]
    return len(written) >= 3 and (written == known or given_agrees(given, known))


RU_WORD_BEFORE_RE = re.compile(r"([А-ЯЁ][а-яё]+)[^\S\n]+\Z")
TWO_GIVEN_BEFORE_RE = re.compile(r"\b([A-Z][a-z]{2,})[^\S\n]+([A-Z][a-z]{2,})[^\S\n]+\Z")
MIDDLE_NAMES_BEFORE_RE = re.compile(
    r"(?<![\w.-])([A-Z][a-z]{2,})(?:[^\S\n]+[A-Z][a-z]{2,}){2,3}[^\S\n]+\Z"
)
HYPHEN_JOINED_BEFORE_RE = re.compile(r"\b([A-ZА-ЯЁ][a-zа-яё]+)-\Z")
_JOINED_PARTICLES = (
    "al el ad as ash at az ar an ed es abu abd abdel abdul bin ben ibn bint ould ag аль эль"
)
JOINED_PARTICLES = frozenset(_JOINED_PARTICLES.split())


MRS_BEFORE_RE = re.compile(r"\b(?:Mrs|Ms|Madam|Madame|Mme)\.?\s+\Z")


def _namesake_in_full(candidates: list[str], match: Match, text: str, gaz: Gazetteer) -> bool:
    """Whether the text names in full someone of this family name whose given name is none
    of the candidates' ("Melania Trump", "Margaret Kenyatta")."""
    names = {w for p in candidates for w in re.split(r"[\s-]+", gaz.label(PERSON, p))}
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(match.text)}\b", text):
        if m.group(1) not in names and m.group(1) not in COURTESY_WORDS:
            return True
    return False


_COURTESY_WORDS = """Mr Mrs Ms Madam Madame Mme Dr President Minister Lady Prime Premier King
Queen First The Sheikh Emir Prince Secretary Chancellor Speaker Ambassador"""
COURTESY_WORDS = frozenset(_COURTESY_WORDS.split())
THE_BEFORE_RE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
# (on the same line: a headline's last word is no given name of the next line's first)
NAME_AFTER_RE = re.compile(r"[ \t]+(?-i:[A-Z][a-z]+)\b")


def _given_name_of_another(match: Match, text: str) -> bool:
    """Whether the surname is the first word of someone else's name: "Cooper Coote will take
    charge" (not Yvette Cooper), in running text, before a word that is no title, weekday or
    month."""
    after = NAME_AFTER_RE.match(text, match.end)
    if not after:
        return False
    word = after.group(0).strip()
    if (
        word in NOT_NAME_WORDS
        or word in COURTESY_WORDS
        or word.lower() in MONTHS
        or word.lower() in WEEKDAYS
    ):
        return False
    return _in_running_text(text, match.start, after.end())


HYPHEN_JOINED_AFTER_RE = re.compile(r"-(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]")


def _resolve_surname(
    candidates: list[str],
    match: Match,
    text: str,
    published: dt.date,
    gaz: Gazetteer,
    strong_people: dict[str, int],
    named: set[str | None] = frozenset(),
    among_officials: bool = False,
) -> str | None:
    if THE_BEFORE_RE.search(text, max(0, match.start - 4), match.start) and NAME_AFTER_RE.match(
        text, match.end
    ):
        return None  # "at the Shahid Beheshti terminal": the first word of another's name
    if _given_name_of_another(match, text):
        return None  # "Cooper Coote will take charge": not Yvette Cooper
    if HYPHEN_JOINED_AFTER_RE.match(text, match.end):
        # "former President Ali-Akbar Hashemi Rafsanjani": the first half of another's given
        # name, not President Irfaan Ali
        return None
    if MRS_BEFORE_RE.search(text, max(0, match.start - 8), match.start) and _namesake_in_full(
        candidates, match, text, gaz
    ):
        # "US First Lady Melania Trump … Mrs Trump": the woman named in full, not the leader
        return None
    initials = INITIALS_BEFORE_RE.search(text, max(0, match.start - 9), match.start)
    if initials:  # "С.В.Лавров", "Kh.Battulga", "N.Nazarbayev": the initial must fit
        letter, sound = skeleton(initials.group(0))[:1], initial_of(initials.group(0))
        fitting = [
            p
            for p in candidates
            if skeleton(label := gaz.label(PERSON, p))[:1] == letter or initial_of(label) == sound
        ]
        sitting = [p for p in fitting if gaz.roles_of(p, published)] or fitting
        return sitting[0] if len(set(sitting)) == 1 else None
    joined = HYPHEN_JOINED_BEFORE_RE.search(text, max(0, match.start - 30), match.start)
    if (
        joined
        and joined.group(1).lower() not in JOINED_PARTICLES  # (not "President Al-Bashir")
        and skeleton(joined.group(1)) not in gaz.by_surname  # (nor "the Xi-Obama summit")
        and not any(joined.group(0) + match.text in gaz.label(PERSON, p) for p in candidates)
    ):
        return None  # "Gholam-Abbas Arbab Khales": the second half of another's given name
    # "Sheikh Abdullah" after "Abdullah bin Zayed Al Nahyan": a given name of someone named
    # in full is that person, not a namesake whose family name it is.
    for person, at in strong_people.items():
        given_names = skeleton(gaz.label(PERSON, person)).split()[:-1]
        if at < match.start and skeleton(match.text) in given_names:
            return person
    # "Salaheddin Al-Bashir": the given name stands before the particle.
    given = WORD_BEFORE.search(
        PARTICLE_END_RE.sub(" ", text[max(0, match.start - 34) : match.start])
    )
    if (
        given
        and given.group(1) not in NEUTRAL
        # (nor a headline's verb in capitals: "Akufo-Addo Visits Buhari")
        and given.group(1) not in NOT_NAME_WORDS
        and not COURTESY_RE.search(given.group(0))
    ):
        # The given name of one of them, in any spelling ("Saparmurad Niyazov", "Yevgeniy
        # Primakov", "Victor Chernomyrdin", "Kasymzhomart Tokayev"): a full name, theirs
        spelt = [p for p in candidates if _given_spelt_otherwise(given.group(1), p, gaz)]
        if len(spelt) == 1:
            return spelt[0]
        if two := TWO_GIVEN_BEFORE_RE.search(text, max(0, match.start - 40), match.start):
            # a middle name spelt otherwise after the given name: "Khurshid Mahmoud Kasuri" is
            # Khurshid Mahmud Kasuri
            spelt = [
                p
                for p in candidates
                if len(known := skeleton(gaz.label(PERSON, p)).split()) == 3
                and _given_spelt_otherwise(two.group(1), p, gaz)
                and given_agrees(two.group(2), known[1])
            ]
            if len(spelt) == 1:
                return spelt[0]
        if many := MIDDLE_NAMES_BEFORE_RE.search(text, max(0, match.start - 60), match.start):
            # the given name first, middle names the gazetteer leaves out between: "Jose
            # Condugua Antonio Pacheco" is José Pacheco
            spelt = [
                p
                for p in candidates
                if len(skeleton(gaz.label(PERSON, p)).split()) == 2
                and _given_spelt_otherwise(many.group(1), p, gaz)
                # (in office that day, or of a country the text names)
                and (
                    gaz.roles_of(p, published)
                    or any(term.country in named for term in gaz.offices.get(p, ()))
                )
            ]
            if len(spelt) == 1:
                return spelt[0]
        names = {w for p in candidates for w in re.split(r"[\s-]+", gaz.label(PERSON, p))}
        if given.group(1) not in names:
            return None  # "Igor Putin", "Heydar Aliyev": a namesake or a relative
    if (ru_given := RU_WORD_BEFORE_RE.search(text, max(0, match.start - 24), match.start)) and (
        (word := nominative_name(f"{ru_given.group(1)} {match.text}").split()[0])
        and skeleton(word) in gaz.given_words
    ):
        # "министр сельского хозяйства Дмитрий Патрушев": a given name the gazetteer knows,
        # not this namesake's (not Nikolai Patrushev)
        spelt = [p for p in candidates if _given_spelt_otherwise(translit(word), p, gaz)]
        if not spelt:
            return None
        if len(spelt) == 1:
            return spelt[0]
    introduced = [p for p in candidates if strong_people.get(p, len(text)) < match.start]
    # (or one named in full before whose family name it is, though the gazetteer lets no one
    # be matched by it alone: "Minister Lee" after "Foreign Minister Lee Joung-binn")
    word = skeleton(match.text)
    introduced += [
        p
        for p, at in strong_people.items()
        if at < match.start
        and p not in candidates
        and word in (words := skeleton(gaz.label(PERSON, p)).split())[:1] + words[-1:]
    ]
    if len(introduced) == 1:
        return introduced[0]
    if len(introduced) > 1:  # the most recently introduced namesake
        latest = max(strong_people[p] for p in introduced)
        # (of namesakes one full name fits, the one in office: "President Bush" after
        # "Presidents George Bush and Jacques Chirac", in 2001)
        recent = [p for p in introduced if strong_people[p] == latest]
        sitting = [p for p in recent if gaz.roles_of(p, published)]
        return sitting[0] if len(sitting) == 1 else max(introduced, key=lambda p: strong_people[p])
    # "President Putin"; or a surname alone among people named in full ("Tokayev and Xi
    # Jinping signed", not "Aliyev is a common family name"): the one namesake in office.
    courtesy = (
        COURTESY_RE.search(text[max(0, match.start - 20) : match.start])
        or TITLED_LIST_RE.search(text[max(0, match.start - 160) : match.start])
        or RU_COURTESY_RE.search(text, max(0, match.start - 60), match.start)
    )
    if match.text in AMBIGUOUS_SURNAMES and not courtesy:
        return None  # "in May", "Lin said", "Hussein noted"
    in_office = sorted({p for p in candidates if gaz.roles_of(p, published)})
    if len(in_office) > 1 and (titled := _of_title_before(in_office, match, text, published, gaz)):
        return titled  # "President Al-Bashir", not the foreign minister Bashir of that day
    if (courtesy or strong_people or among_officials) and len(in_office) == 1:
        return in_office[0]
    if not in_office and (
        head := HEAD_ONCE_BEFORE_RE.search(text, max(0, match.start - 30), match.start)
    ):
        # "President Clinton" in a 2009 look back: the one namesake who ever held that office
        word = head.group(1).lower()
        ever = {
            p for p in candidates if any(word in t.title.lower() for t in gaz.offices.get(p, ()))
        }
        if len(ever) == 1:
            return ever.pop()
    # "Niyazov spoke in Ashgabat": the one namesake in office, of a country the text names.
    at_home = [p for p in in_office if {t.country for t in gaz.roles_of(p, published)} & named]
    return at_home[0] if len(at_home) == 1 else None
