"""The gazetteer as extraction sees it: surface forms and offices, no ORM.

All names of countries, people and places go into one Aho-Corasick automaton, so finding
every mention in an article is one pass over its text whatever the gazetteer's size.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from archive.ingest.extract.personal_names import PARTICLES
from archive.text.fold import fold
from archive.text.names import skeleton, variants
from archive.text.russian import CYRILLIC_RE

COUNTRY, PERSON, PLACE = "country", "person", "place"
BLOCK = "block"
ROMAN_NUMERAL_RE = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")

# Phrases that contain a country's name or adjective but do not mean the country. They win
# the leftmost-longest match and yield nothing.
BLOCKERS = (
    "Latin America",
    "Latin American",
    "South America",
    "South American",
    "North America",
    "North American",
    "Central America",
    "Central American",
    "Americas",
    "American continent",
    "American continents",
    "Pan-American",
    "Ibero-American",
    "Iberian American",
    "Ibero American",
    "Iberian-American",
    "Inter-American",
    "Afro-American",
    "Latin-American",
    "New Mexico",
    "New Mexican",
    "New Jersey",
    "New South Wales",
    "New England",
    "Indian Ocean",
    "Arabian Sea",
    "Persian Gulf",
    "Turkish Stream",
    "Chinese Taipei",
    "Indochina",
    "Indo-Pacific",
    "English Channel",
    "Bank of England",
    "Guinea worm",
    "French fries",
    "Swiss franc",
    "Dutch disease",
    "Russian roulette",
    "Irish Sea",
    "Minsk Group",
    "Minsk agreements",
    "Minsk Agreements",
    "Turkish delight",
    "Washington Post",
    # (newspapers named for their city: "The Sydney Morning Herald reports that …")
    "Sydney Morning Herald",
    "New York Times",
    "Washington Times",
    "Los Angeles Times",
    "Moscow Times",
    "Jerusalem Post",
    "Tehran Times",
    "Bangkok Post",
    "Jakarta Post",
    "Kyiv Post",
    "Kyiv Independent",
    "Kathmandu Post",
    "Dhaka Tribune",
    "Astana Times",
    "Tashkent Times",
    "Washington Consensus",
    "Central African countries",
    "Central African states",
    "Central African nations",
    "Central African region",
    "Northern Ireland",
    # Russian (their case forms are derived): the Americas, seas, the Minsk process.
    "Латинская Америка",
    "Южная Америка",
    "Северная Америка",
    "Центральная Америка",
    "латиноамериканский",
    # (the Americas as a region: "Американский регион стал третьим партнером")
    "Американский регион",
    "американский регион",
    "Американский континент",
    "американский континент",
    "Индийский океан",
    "Персидский залив",
    "Аравийское море",
    "Турецкий поток",
    "Минская группа",
    "Минские соглашения",
    "Минских соглашений",
    "Минским соглашениям",
    "Минскими соглашениями",
    "Минских соглашениях",
    "Северная Ирландия",
    "Новая Англия",
    "Новый Южный Уэльс",
)


@dataclass(frozen=True)
class Name:
    """One surface form of one entity."""

    text: str
    kind: str  # COUNTRY, PERSON or PLACE
    key: str  # ISO alpha-2, person slug or place slug
    weak: bool = False  # a surname alone: counts only after a full mention or a title
    alias_kind: str = "name"


def _outreaches(shorter: Match, start: int, end: int, entries, past: str = "") -> bool:
    """Whether a candidate starting inside the match `shorter` is a person's full name
    that runs past it and is at least twice as long, or runs two words past it (`past`: its
    text after `shorter`), where `shorter` names only people — or the full name of the one
    `shorter` names ("Sheikh Ahmad Abdullah", a short form, inside "Sheikh Ahmad Abdullah
    Al-Ahmad Al-Sabah")."""
    same = {n.key for n in shorter.names} & {n.key for n in entries if n.kind == PERSON}
    return (
        end > shorter.end
        and (
            end - start >= 2 * (shorter.end - shorter.start)
            # ("Sheikh Sabah Khaled Al-Hamad" is not "Sheikh Sabah", another man)
            or len(past.split()) >= 2
            or bool(same)
        )
        and all(n.kind == PERSON for n in shorter.names)
        and any(n.kind == PERSON and not n.weak for n in entries)
    )


@dataclass(frozen=True)
class OfficeTerm:
    person: str
    role: str
    title: str
    country: str  # ISO alpha-2, or "" for an organisation
    start: dt.date | None
    end: dt.date | None
    organisation: str = ""  # the organisation an office of no country belongs to

    def held_on(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    names: tuple[Name, ...]

    @property
    def city_only(self) -> bool:
        """Whether every name matched is a place or a capital (no country named by name, no
        person): "Baghdad", "Istanbul"."""
        return all(n.kind == PLACE or n.alias_kind == "capital" for n in self.names)


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


LINEAGE_BEFORE_RE = re.compile(r"\b(?:bin|ibn|bint|ben)\s$")
LINEAGE_AFTER_RE = re.compile(r"\s+(?:bin|ibn|bint)\s+(?P<father>[A-Z][\w'’-]+)")


class Gazetteer:
    def __init__(
        self,
        names: Iterable[Name],
        offices: Iterable[OfficeTerm] = (),
        labels: dict[tuple[str, str], str] | None = None,
        place_countries: dict[str, str] | None = None,
    ):
        names = list(names)
        self.labels = dict(labels or {})
        self._countries: dict[tuple[str, dt.date], str | None] = {}
        self.place_countries = dict(place_countries or {})
        self.offices: dict[str, list[OfficeTerm]] = defaultdict(list)
        self.by_post: dict[tuple[str, str], list[OfficeTerm]] = defaultdict(list)
        self.by_country: dict[str, list[OfficeTerm]] = defaultdict(list)
        # … and by where the office is (a country, or an organisation) and its title
        self.by_office: dict[str, list[OfficeTerm]] = defaultdict(list)
        for term in offices:
            self.offices[term.person].append(term)
            self.by_post[(term.country, term.role)].append(term)
            self.by_country[term.country].append(term)
            self.by_office[term.country or term.organisation].append(term)
        forms: dict[str, set[Name]] = defaultdict(set)
        for phrase in BLOCKERS:
            for form in variants(phrase):
                forms[form].add(Name(phrase, BLOCK, phrase))
        # People by the first and last words of any of their names ("Antony J. Blinken" is
        # Antony Blinken), and by surname, for officials named in a form the gazetteer lacks.
        self.by_first_last: dict[str, set[str]] = defaultdict(set)
        self.by_surname: dict[str, set[str]] = defaultdict(set)
        # … and by the last word of a full name, for a name given without its first part
        # ("Obiang Nguema Mbasogo", whose surname is Obiang).
        self.by_last_word: dict[str, set[str]] = defaultdict(set)
        self._by_deletion: dict[str, set[str]] | None = None  # see _one_edit_from
        self._by_first_words: dict[str, set[str]] | None = None  # see _last_word_misspelt
        self._by_particle_names: dict[str, set[str]] | None = None  # see _first_two_of
        # … and the first words of people's full names: the given names the gazetteer knows
        # ("Дмитрий", "Nikolai"), to tell a namesake by ("Дмитрий Патрушев" is not Nikolai)
        self.given_words: set[str] = set()
        # … and by their names run together, as social media handles write them
        # ("@narendramodi"): see find_handles
        self.handles: dict[str, set[Name]] = defaultdict(set)
        # Places and capitals by name, lower-cased and folded: what a "New Delhi: …"
        # dateline may name (archive.text.datelines.article_dateline).
        cities: set[str] = set()
        # … and each country's capital as a place ("the Cuban capital" is Havana): the first
        # capital listed, by the place bearing its name
        places_by_name = {fold(n.text).lower(): n.key for n in names if n.kind == PLACE}
        self.capital_place: dict[str, str] = {}
        for name in names:
            if (
                name.alias_kind == "capital"
                and name.key not in self.capital_place
                and (place := places_by_name.get(fold(name.text).lower()))
            ):
                self.capital_place[name.key] = place
        for name in names:
            if name.kind == PLACE or name.alias_kind == "capital":
                cities.add(fold(name.text).lower())
            for form in variants(name.text):
                forms[form].add(name)
            if name.kind == PERSON:
                # a Turkish or Azerbaijani "c" is "дж" in Russian: "Babacan" is "Бабаджан"
                spellings = {name.text, TURKIC_C_RE.sub(_turkic_j, name.text)}
                if name.weak:
                    for spelling in spellings:
                        self.by_surname[_plain(spelling)].add(name.key)
                elif len(name.text.split()) > 1:
                    if not CYRILLIC_RE.search(name.text):
                        self.handles[_handle(name.text)].add(name)
                    for spelling in spellings:
                        self.by_first_last[_first_last(spelling)].add(name.key)
                    self.given_words.add(_plain(name.text.split()[0]))
                    self.by_last_word[_plain(name.text.split()[-1])].add(name.key)
        self.cities = frozenset(cities)
        self.automaton = ahocorasick.Automaton()
        for form, entries in forms.items():
            self.automaton.add_word(form, (form, tuple(sorted(entries, key=_name_order))))
        if forms:
            self.automaton.make_automaton()
        self.size = len(forms)

    def find_handles(self, text: str) -> list[Match]:
        """People named by their handle in quoted posts: "PM @narendramodi had a warm
        meeting", "EAM @DrSJaishankar" (the name run together, maybe after a courtesy or an
        office), each the handle of one person only."""
        found = []
        for m in HANDLE_RE.finditer(text):
            handle = m.group("handle").lower().replace("_", "")  # ("@Keir_Starmer")
            names = self.handles.get(handle) or self.handles.get(
                HANDLE_PREFIX_RE.sub("", handle, count=1)
            )
            if names and len({n.key for n in names}) == 1:
                found.append(Match(m.start(), m.end(), m.group(0), (min(names, key=_name_order),)))
        return found

    def label(self, kind: str, key: str) -> str:
        return self.labels.get((kind, key), key)

    def find(self, text: str) -> list[Match]:
        """Every gazetteer name in `text` on word boundaries, leftmost-longest, no overlaps."""
        if not self.size:
            return []
        candidates = []
        for end_index, (form, entries) in self.automaton.iter(text):
            start = end_index - len(form) + 1
            end = end_index + 1
            if start > 0 and is_word_char(text[start - 1]):
                continue
            if end < len(text) and (is_word_char(text[end]) or text[end] == "$"):
                if not POSSESSIVE_S_RE.match(text, end) or " " not in form:
                    continue
                # "Dr Manmohan Singhs visit": a possessive written without its apostrophe,
                # after a full name (a person's only)
                entries = tuple(n for n in entries if n.kind == PERSON)
                if not entries:
                    continue
            if text.startswith("-", end) and text[end + 1 : end + 2].islower():
                # "Cho Hyun-dong" is not Cho Hyun: a person's name goes on past a hyphen (a
                # pair of names is not: "the Putin-Biden summit", "Hu-Koizumi meeting")
                entries = tuple(n for n in entries if n.kind != PERSON)
                if not entries:
                    continue
            if LINEAGE_BEFORE_RE.search(text, max(0, start - 6), start):
                # "Mohammad bin Salman bin Abdulaziz Al-Saud": a father's name in the son's
                # (not King Salman), nor any other person named after "bin"
                entries = tuple(n for n in entries if n.kind != PERSON)
                if not entries:
                    continue
            if lineage := LINEAGE_AFTER_RE.match(text, end):
                # "Sheikh Zayed bin Khalifa …" is not Sheikh Zayed bin Sultan: a short name
                # goes on with a father's name other than the known one's
                entries = tuple(
                    n for n in entries if n.kind != PERSON or self._father_agrees(n, lineage)
                )
                if not entries:
                    continue
            candidates.append((start, end, entries))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        chosen: list[Match] = []
        last_end = -1
        for start, end, entries in candidates:
            if (
                start < last_end
                and chosen
                and _outreaches(chosen[-1], start, end, entries, text[chosen[-1].end : end])
            ):
                # a person's longer name that begins inside a shorter one: "Sheikh Sabah
                # Khaled Al-Hamad Al-Sabah" is not "Sheikh Sabah" (another man) and more
                chosen.pop()
                last_end = chosen[-1].end if chosen else -1
            if start >= last_end:
                last_end = end
                entries = tuple(n for n in entries if n.kind != BLOCK)
                if entries:
                    chosen.append(Match(start, end, text[start:end], entries))
        return chosen

    def soften_capitals(self, text: str) -> str:
        """`text` with a surname written in capitals beside a given name as the gazetteer
        writes it ("KIM Sung-hwan", "Emmanuel MACRON" → "Kim", "Macron"), the same length,
        so that the names are found where they stand. Acronyms ("US", "NATO") stay."""
        parts, done = [], 0
        for m in CAPS_WORD_RE.finditer(text):
            start, end = m.span()
            if start and (text[start - 1].isalnum() or text[start - 1] in "_’'-"):
                continue  # inside a word
            if ROMAN_NUMERAL_RE.fullmatch(m.group(0)):
                continue  # a regnal number: "Benedict XVI", "Mohammed VI"
            beside = NAME_WORD_AFTER_RE.match(text, end) or (
                start >= 2 and text[start - 1].isspace() and text[start - 2].islower()
            )
            title = m.group(0).title()
            plain = _plain(title) if beside else ""
            if plain and (plain in self.by_surname or plain in self.by_last_word):
                parts += [text[done:start], title]
                done = end
        return "".join([*parts, text[done:]]) if parts else text

    def holders(self, country: str, role: str, on: dt.date) -> list[str]:
        """Slugs of the people holding a post on a date."""
        return sorted({t.person for t in self.by_post.get((country, role), ()) if t.held_on(on)})

    def holders_of(self, where: str, title: str, on: dt.date) -> list[str]:
        """Slugs of the people holding on a date an office of a country or an organisation
        so titled, or else whose title has `title` in it ("for Syria": "Special Envoy for
        Syria", "Joint Special Envoy for Syria")."""
        terms = [t for t in self.by_office.get(where, ()) if t.held_on(on)]
        exact = {t.person for t in terms if t.title == title}
        return sorted(exact or {t.person for t in terms if title in t.title})

    def holders_titled(self, country: str, title: str, on: dt.date) -> list[str]:
        """Slugs of the people holding, on a date, an office of `country` with this title."""
        title = title.lower()
        return sorted(
            {
                t.person
                for t in self.by_country.get(country, ())
                if t.title.lower() == title and t.held_on(on)
            }
        )

    def holders_prefixed(self, country: str, role: str, prefix: str, on: dt.date) -> list[str]:
        """Slugs of the people holding a post on a date under a title starting with
        `prefix` ("Acting President")."""
        return sorted(
            {
                t.person
                for t in self.by_post.get((country, role), ())
                if t.title.lower().startswith(prefix) and t.held_on(on)
            }
        )

    def roles_of(self, person: str, on: dt.date) -> list[OfficeTerm]:
        return [t for t in self.offices.get(person, ()) if t.held_on(on)]

    def known_person(
        self, name: str, country: str | None, on: dt.date, transliterated: bool = False
    ) -> str | None:
        """The gazetteer person a full name the gazetteer lacks as written most likely is:
        the same first and last names in any spelling or script ("Antony J. Blinken",
        "Sergei Lavrov", "Бахтиер Саидов"), else the one namesake in office that day (of
        `country`, when the title gave one) whose given name starts alike ("Michael R.
        Pompeo" is Mike Pompeo; "Belarmino Silva" is not Ulisses Correia e Silva)."""
        if self.size and (entry := self.automaton.get(name, None)):
            # a name the gazetteer has as written once the text's capitals are read
            # ("FIDEL Castro Ruz" is the alias "Fidel Castro Ruz")
            people = {n.key for n in entry[1] if n.kind == PERSON and not n.weak}
            if len(people) == 1:
                return next(iter(people))
        if (
            self.size
            and (dynasty := DYNASTY_TAIL_RE.search(name))
            and len(name[: dynasty.start()].split()) >= 3
            and (entry := self.automaton.get(name[: dynasty.start()], None))
        ):
            # the family's name after a full name the gazetteer has without it: "Haitham
            # bin Tariq Al Said" is Haitham bin Tariq
            people = {n.key for n in entry[1] if n.kind == PERSON and not n.weak}
            if len(people) == 1:
                return next(iter(people))
        same = self.by_first_last.get(_first_last(name), set())
        if not same and (forms := GIVEN_NAME_FORMS.get(name.split()[0].lower())):
            # a given name's other form: "Elizabeth Truss" is Liz Truss, "Anthony Blair" Tony
            # Blair
            rest = name.split(maxsplit=1)[1:]
            for form in sorted(forms):
                if same := self.by_first_last.get(_first_last(" ".join([form, *rest])), set()):
                    name = " ".join([form, *rest])
                    break
        probe = name
        if not same and len(name.split()) == 2:  # family name first: "Aso Taro", "Kim Jong"
            probe = " ".join(reversed(name.split()))
            same = self.by_first_last.get(_first_last(probe), set())
        if (
            len(same) == 1
            # (the name in the order matched: "Byung-se Yun" read as Yun Byung-se)
            and _middles_agree(probe, known := self.label(PERSON, next(iter(same))))
            and _short_words_agree(probe, known)
            # (in the order matched: "Sung Kim", a U.S. envoy, is no "Kim Il-sung")
            and _hyphened_given_agrees(probe, known)
            and (probe == name or _known_hyphened_given_agrees(probe, known))
            # (more middle names than one: the namesake in office, or one who served the
            # title's country: "Jose Condungua Antonio Pacheco", Mozambique's minister)
            and (
                _extra_middles(name, known) < 2
                or self._sitting(next(iter(same)), country, on)
                or self._served(next(iter(same)), country)
            )
            # (a middle word of the known one's left out, under a title of a country that
            # one never served, is someone else's: "Cook Islands Prime Minister Mark Brown"
            # is not Mark Malloch Brown of the UN)
            and not (
                country
                and _extra_middles(name, known) < 0
                and not self._served(next(iter(same)), country)
            )
        ):
            return next(iter(same))
        surname, initial = surname_and_initial(name)
        if (
            INITIAL_SURNAME_RE.fullmatch(name)
            and len(bearers := self.by_surname.get(surname, ())) == 1
            and skeleton(self.label(PERSON, known := next(iter(bearers))))[:1] == initial
        ):
            # an initial and a family name only one person here bears, in or out of office:
            # "Foreign Secretary S Jaishankar" (in 2017) is Subrahmanyam Jaishankar
            return known
        # A compound surname without the given name: "Lacalle Pou" is Luis Lacalle Pou.
        tail = skeleton(name)
        last = _plain(name.split()[-1]) if name.split() else ""
        ending = {
            p
            for p in itertools.chain(
                self.by_surname.get(surname, ()),
                self.by_surname.get(tail, ()),
                self.by_last_word.get(last, ()),
            )
            if len(name.split()) >= 2 and skeleton(self.label(PERSON, p)).endswith(" " + tail)
        }
        if len(ending) == 1 and self._served_lately(next(iter(ending)), on):
            # (not one whose offices ended long before: "Bahadur Thapa", of a joint secretary
            # in 2023, is not Surya Bahadur Thapa, prime minister until 2004)
            return next(iter(ending))
        if (initialled := INITIAL_FIRST_RE.match(name)) and len(name.split()) > 2:
            # a family name of two words many share, after an initial, of the one in office
            # that day: "Министр иностранных дел ОАЭ А.Аль Нахайян" is Abdullah bin Zayed
            family = " " + skeleton(name[initialled.end() :])
            sitting = {
                p
                for p in self.by_last_word.get(last, ())
                if (known := skeleton(self.label(PERSON, p))).endswith(family)
                and known[:1] == initial
                and self._sitting(p, country, on)
            }
            if len(sitting) == 1:
                return next(iter(sitting))
        words = name.split()
        if country and len(words) == 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
            # a Korean given name romanised otherwise, the family name and the office's
            # country given: "Cho Tae-yeol" is Cho Tae-yul (the consonants agree)
            korean = {
                p
                for p in self.by_surname.get(skeleton(words[0]), ())
                if _consonants(self.label(PERSON, p)) == _consonants(name)
                and self._sitting(p, country, on)
            }
            if len(korean) == 1:
                return next(iter(korean))
        if country and len(words) > 2:
            # the first and last names alike, the middle spelt otherwise, in office that day
            # in the country the title gave: "Abdullah Bin Zaid Al-Nahyan, Minister of
            # Foreign Affairs of the United Arab Emirates" is Abdullah bin Zayed Al Nahyan
            first = skeleton(words[0])
            # (the last name with its particle too: "Al-Sabah")
            alike = {
                p
                for p in itertools.chain(
                    self.by_last_word.get(last.split()[-1] if last else "", ()),
                    self.by_last_word.get(last, ()) if " " in last else (),
                )
                if skeleton(self.label(PERSON, p)).split()[0] == first
                and self._sitting(p, country, on)
            }
            if len(alike) == 1:
                return next(iter(alike))
        # The surname as one word, or as two with a particle ("Bou Habib", "bin Zayed").
        surnames = [surname] + ([skeleton(" ".join(words[-2:]))] if len(words) > 2 else [])
        if country and len(words) > 2:
            # a second family name after the one the gazetteer knows, the country given:
            # "Félix-Antoine Tshisekedi Tshilombo, President of the Democratic Republic of
            # Congo" is Félix Tshisekedi
            surnames += [skeleton(w) for w in words[1:-1]]
        holders = {
            p
            for key in surnames
            for p in self.by_surname.get(key, ())
            if self._sitting(p, country, on)
            and _short_surname_alike(words[-1] if words else "", self.label(PERSON, p), key)
            and (
                (
                    (initial is None or skeleton(self.label(PERSON, p))[:1] == initial)
                    # a given name written in full begins alike, not only its initial:
                    # "Asim Iftikhar Ahmed" is not Abiy Ahmed ("Michael R. Pompeo" is Mike
                    # Pompeo) (a name read from Cyrillic is spelt too loosely to compare:
                    # "Хуан" is Juan)
                    and (
                        transliterated
                        or _begins_alike(words[0] if len(words) > 1 else "", self.label(PERSON, p))
                    )
                    # … and a middle name too, where both have one: "Abdul Ghafoor Mohamed"
                    # is not Abdoulkader Kamil Mohamed
                    and not _middle_names_clash(name, self.label(PERSON, p))
                )
                # (a word before the given name, the office's country given: "Mian
                # Khurshid Mahmood Kasuri" is Khurshid Mahmud Kasuri — the family name the
                # last word, not a middle one: "Chang Wan Quan" is not Wang Yi)
                or (
                    country
                    and len(words) > 2
                    and _begins_alike(words[1], self.label(PERSON, p))
                    and skeleton(self.label(PERSON, p)).split()[-1] == skeleton(words[-1])
                )
                # (the first of the known name left out, the office's country given:
                # "Pakistani Foreign Minister Mahmud Qureshi" is Shah Mahmood Qureshi)
                or (
                    country
                    and len(words) == 2
                    and len(known := self.label(PERSON, p).split()) > 2
                    and _begins_alike(words[0], " ".join(known[1:]))
                    and skeleton(known[-1]) == skeleton(words[-1])
                )
            )
        }
        if not holders and initial is not None and len(surname) >= (5 if country else 6):
            # A misspelt surname of someone in office that day, the given name's initial the
            # same: "President Cyril Ramophosa" is Cyril Ramaphosa (a shorter one where the
            # title gives the country: "German Chancellor Olaf Scholtz" is Olaf Scholz).
            # The given name must agree, not only its initial: "Grigory Petrov" is not
            # Gustavo Petro.
            # (a word before the given name too, the office's country given: "prime minister
            # Mohamed Nawaz Shareef" of Pakistan is Nawaz Sharif)
            holders = {
                p
                for key in self._one_edit_from(surname)
                for p in self.by_surname[key]
                if self._sitting(p, country, on)
                and (
                    given_agrees(words[0], given := skeleton(self.label(PERSON, p)).split()[0])
                    or (country and len(words) > 2 and given_agrees(words[1], given))
                )
                and not _middle_names_clash(name, self.label(PERSON, p))
            }
        if not holders and len(words) == 2 and initial is not None:
            # a surname many share, so none is read alone, with the given name spelt otherwise,
            # of the one in office that day: "Prime Minister Shawkat Aziz" (in 2006) is
            # Shaukat Aziz
            given, family = (fold(w).lower() for w in words)
            holders = {
                p
                for p in self.by_last_word.get(_plain(words[-1]), ())
                if len(known := fold(self.label(PERSON, p)).lower().split()) == 2
                and known[1] == family
                and len(given) >= 4
                and (_one_edit(given, known[0]) or given[:3] == known[0][:3])
                and self._sitting(p, country, on)
            }
        if not holders and country and len(words) == 2:
            # the family name first and the given name misspelt, of the holder that day:
            # "Chinese President Jiang Zeming" is Jiang Zemin
            family = skeleton(words[0])
            holders = {
                p
                for p in self.by_surname.get(family, ())
                if self._sitting(p, country, on)
                and (known := skeleton(self.label(PERSON, p)).split())[0] == family
                and len(known) == 2
                and given_agrees(words[1], known[1])
                and _hyphened_given_agrees(name, self.label(PERSON, p))
            }
        if (
            not holders
            and len(words) == 2
            and len(bearers := self.by_surname.get(surname, ())) == 1
        ):
            # a family name only one person here bears, the given name one letter off, in or
            # out of office: "President-elect Olesegun Obasanjo" is Olusegun Obasanjo
            known_given = skeleton(self.label(PERSON, only := next(iter(bearers)))).split()[0]
            if (
                len(known_given) >= 5
                and _one_edit(skeleton(words[0]), known_given)
                # (not of another country's office than any they held: "President of the
                # Italian Chamber of Deputies Roberto Fico" is not Slovakia's Robert Fico)
                and not (country and not self._served(only, country))
            ):
                holders = {only}
        if len(holders) == 1:
            return next(iter(holders))
        if (spaced := HYPHENED_SURNAME_RE.sub(r"\1 \2", name)) != name:
            # a compound surname written with a hyphen the gazetteer does not have: "Taye
            # Atske-Selassie" is Taye Atske Selassie
            return self.known_person(spaced, country, on, transliterated)
        if len(words) == 2:
            return self._first_two_of(name, country, on)
        return self._last_word_misspelt(name, country, on) if len(words) > 2 else None

    def _last_word_misspelt(self, name: str, country: str | None, on: dt.date) -> str | None:
        """The one in office that day whose name has the same first two words or more and a
        last word one letter off: "Президент Во Ван Туонг" is Vo Van Thuong."""
        words = skeleton(name).split()
        if len(words) < 3 or len(words[-1]) < 4:
            return None
        found = {
            p
            for p in self._first_words().get(" ".join(words[:-1]), ())
            if _one_edit(skeleton(self.label(PERSON, p)).split()[-1], words[-1])
            and self._sitting(p, country, on)
        }
        return next(iter(found)) if len(found) == 1 else None

    def _first_words(self) -> dict[str, set[str]]:
        """Office-holders by all but the last word of a name of three or more (built on
        first use)."""
        if self._by_first_words is None:
            self._by_first_words = defaultdict(set)
            for person in self.offices:
                known = skeleton(self.label(PERSON, person)).split()
                if len(known) > 2:
                    self._by_first_words[" ".join(known[:-1])].add(person)
        return self._by_first_words

    def _particle_names(self) -> dict[str, set[str]]:
        """Office-holders of a four-word name whose third word is a particle ("Cristina
        Fernández de Kirchner"), by its first two words (built on first use)."""
        if self._by_particle_names is None:
            self._by_particle_names = defaultdict(set)
            for person in self.offices:
                known = skeleton(self.label(PERSON, person)).split()
                if len(known) == 4 and NAME_PARTICLE_RE.fullmatch(known[2]):
                    self._by_particle_names[" ".join(known[:2])].add(person)
        return self._by_particle_names

    def _first_two_of(self, name: str, country: str | None, on: dt.date) -> str | None:
        """The one in office that day whose name of three words opens with these two: "Osman
        Saleh, Minister of Foreign Affairs" (2019) is Osman Saleh Mohammed; or of four, the
        last two a particle and a name, where the title gives the country: "Argentine
        President Cristina Fernandez" (2013) is Cristina Fernández de Kirchner."""
        words = skeleton(name)
        found = {
            p
            for p in self._first_words().get(words, ())
            if len(skeleton(self.label(PERSON, p)).split()) == 3 and self._sitting(p, country, on)
        }
        if not found and country:
            found = {
                p for p in self._particle_names().get(words, ()) if self._sitting(p, country, on)
            }
        return next(iter(found)) if len(found) == 1 else None

    def _father_agrees(self, name: Name, lineage: re.Match) -> bool:
        """Whether the father named after a person's short name may be theirs: their full
        name names none, or one beginning alike."""
        if LINEAGE_WORD_RE.search(name.text):
            return True  # the alias has its own lineage, and goes on with the grandfather's
        known = re.search(r"\b(?:bin|ibn|bint)\s+(\S+)", self.label(PERSON, name.key))
        return known is None or skeleton(known.group(1))[:1] == skeleton(lineage["father"])[:1]

    def _one_edit_from(self, word: str) -> set[str]:
        """The surnames one letter changed, added or dropped from `word`: looked up by the
        forms each gives with one letter dropped (built on first use), not by trying every
        surname."""
        if self._by_deletion is None:
            self._by_deletion = defaultdict(set)
            for key in self.by_surname:
                for form in {key, *_deletions(key)}:
                    self._by_deletion[form].add(key)
        near = set().union(*(self._by_deletion.get(f, ()) for f in {word, *_deletions(word)}))
        return {key for key in near if _one_edit(key, word)}

    def _served_lately(self, person: str, on: dt.date, years: int = 10) -> bool:
        """Whether the person held an office that day or in the years before it."""
        since = on - dt.timedelta(days=365 * years)
        return any(
            (t.start is None or t.start <= on) and (t.end is None or t.end >= since)
            for t in self.offices.get(person, ())
        )

    def _served(self, person: str, country: str | None) -> bool:
        return country is not None and any(
            t.country == country for t in self.offices.get(person, ())
        )

    def _sitting(self, person: str, country: str | None, on: dt.date) -> bool:
        terms = self.roles_of(person, on)
        return any(t.country == country for t in terms) if country else bool(terms)

    def country_of(self, person: str, on: dt.date) -> str | None:
        """The country a person served on a date, else the one they served last. A person
        holding posts in several countries (a co-prince, a monarch of several realms) is
        of the country of their first-listed office. Remembered: events ask it often."""
        key = (person, on)
        if key not in self._countries:
            if len(self._countries) > 100_000:  # a long ingest: keep memory bounded
                self._countries.clear()
            self._countries[key] = self._country_of(person, on)
        return self._countries[key]

    def _country_of(self, person: str, on: dt.date) -> str | None:
        roles = self.roles_of(person, on)
        current = [t.country for t in roles if t.country]
        if current:
            return current[0]
        if roles:  # serving an international organisation that day: of no country
            return None
        past = sorted(
            (t for t in self.offices.get(person, ()) if t.country),
            key=lambda t: t.start or dt.date.min,
        )
        return past[-1].country if past else None


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


# Given names and their other forms that begin otherwise (those beginning alike agree
# already: "Mike" and "Michael")
_GIVEN_NAME_SETS = """Elizabeth Liz Beth Betty|William Bill|Robert Bob|Richard Dick|Anthony Tony
|Edward Ted Ned|Theodore Ted|Margaret Maggie Peggy|John Jack|Charles Chuck"""
GIVEN_NAME_FORMS: dict[str, set[str]] = {}
for _names in _GIVEN_NAME_SETS.replace("\n", "").split("|"):
    for _name in _names.split():
        GIVEN_NAME_FORMS.setdefault(_name.lower(), set()).update(set(_names.split()) - {_name})


def _begins_alike(given: str, known_name: str) -> bool:
    """Whether a given name as written (an initial, or nothing, always does) begins with
    the same two letters as the known name's first word."""
    plain = skeleton(given)
    if len(plain) <= 2 or given.endswith("."):
        return True
    known = skeleton(known_name)
    if plain.startswith("abd") and known.startswith("abd"):
        # (the servant-of names share their first letters: "Abdinur" is not "Abdoulkader";
        # what follows "Abd-", "Abdul-", "Abdel-" tells them apart: "Abdallah" is "Abdullah")
        # ("Abdulfattah" is "Abdel Fattah": the known name read without its spaces)
        # ("Abdul-Fatah", hyphened, the same)
        plain = SERVANT_OF_RE.sub("", plain.replace(" ", ""))
        known = SERVANT_OF_RE.sub("", known.replace(" ", ""))
        return not plain or not known or plain[:2] == known[:2]
    return plain[:2] == known[:2]


SERVANT_OF_RE = re.compile(r"^abd(?:ul|al|el|ol|u|a|e|i|o)?")


def _hyphened_given_agrees(written: str, known: str) -> bool:
    """A Korean given name (hyphened) is spelt as it is, whatever the family name's
    spelling: "Kim Yong-il" is not Kim Jong-il ("Kim Jong Un" is Kim Jong-un)."""
    words = written.split()
    if len(words) < 2 or not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        return True  # (not "El-Ghazouani")
    letters = re.sub(r"[^a-z]", "", words[-1].lower())
    return letters == re.sub(r"[^a-z]", "", "".join(known.split()[1:]).lower())


def _known_hyphened_given_agrees(written: str, known: str) -> bool:
    """The known Korean given name (hyphened, after the family name) written whole, in one
    word or two: "Kim Jong Un" is Kim Jong-un; "Sung Kim" (read "Kim Sung") is not Kim
    Il-sung."""
    known_words = known.split()
    if len(known_words) != 2 or not re.fullmatch(r"[A-Z][a-z]+-[a-z]+", known_words[-1]):
        return True
    letters = re.sub(r"[^a-z]", "", "".join(written.split()[1:]).lower())
    return letters == re.sub(r"[^a-z]", "", known_words[-1].lower())


def given_agrees(written: str, known: str) -> bool:
    """Whether a given name as written may be the known one's: the same initial, and (when
    written in full) the same name, one letter off, or sharing its first three letters
    ("Cyril" / "Cyril", "Shavkat" / "Shavkat", "Mike" / "Michael"; not "Grigory" / "Gustavo")."""
    plain = skeleton(written)
    if not plain or not known or plain[0] != known[0]:
        return False
    if len(plain) <= 2 or written.endswith("."):
        return True  # an initial
    if plain[:3] == known[:3] and plain[:3] == "abd":
        # "Abdullah" and "Abdulaziz" are two names ("servant of …"): the rest must agree
        return plain == known or _one_edit(plain, known)
    return plain == known or _one_edit(plain, known) or plain[:3] == known[:3]


# A word in capitals, three letters or more (soften_capitals tests what stands beside it).
CAPS_WORD_RE = re.compile(r"[A-Z][A-Z][A-Z’'-]+(?!\w)")  # (its start tested apart: faster)
NAME_WORD_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")


HANDLE_RE = re.compile(r"(?<![\w@])@(?P<handle>[A-Za-z][A-Za-z0-9_]{4,30})\b")
HANDLE_PREFIX_RE = re.compile(r"^(?:dr|amb|pm|fm|eam|hh|hm|president|pres|sheikh|mr|mrs|ms)")


def _handle(name: str) -> str:
    """A name run together, as a handle: "Narendra Modi" -> "narendramodi"."""
    return re.sub(r"[^a-z0-9]", "", fold(name).lower())


def _short_surname_alike(written: str, known_name: str, key: str) -> bool:
    """Whether a family name whose skeleton is two letters or fewer is written with the
    same first letter as the known one it matched: "Zhu Jun" is not Yun Byung-se (both
    "un" once their consonants are read loosely)."""
    if len(key) > 2:
        return True
    first = written[:1].lower()
    return any(
        skeleton(word) == key and word[:1].lower() == first
        for word in re.split(r"[\s-]+", known_name)
    )


def _consonants(name: str) -> str:
    """The name's consonants, in order, lower case: how two romanisations of one Korean name
    agree ("Tae-yeol", "Tae-yul": "tyl")."""
    return re.sub(r"[^bcdfghjklmnpqrstvwxyz]", "", name.lower())


def _plain(word: str) -> str:
    return skeleton(word)


def _middles_agree(name: str, known: str) -> bool:
    """ "Kim Kyou Hyun" is not "Kim Tok Hun": where both names have a middle word, the
    middles begin alike ("Antony J. Blinken" and "Antony John Blinken" do)."""
    a, b = name.replace("-", " ").split(), known.replace("-", " ").split()
    if len(a) < 3 or len(b) < 3:
        return True
    if a[1].lower() in LINEAGE_WORDS and b[1].lower() in LINEAGE_WORDS:
        # the father's name after "bin": "Zayed bin Khalifa bin Sultan Al Nahyan" is not
        # Zayed bin Sultan Al Nahyan
        return skeleton(a[2])[:1] == skeleton(b[2])[:1]
    return skeleton(a[1])[:1] == skeleton(b[1])[:1]


LINEAGE_WORDS = frozenset({"bin", "ibn", "bint", "ben"})
LINEAGE_WORD_RE = re.compile(r"\b(?:bin|ibn|bint)\b", re.IGNORECASE)


NAME_PARTICLE_RE = re.compile(PARTICLES, re.IGNORECASE)


def _middle_names(full: str) -> list[str]:
    """The words between a name's first and last, particles aside ("de", "bin", "al")."""
    words = full.replace("-", " ").split()[1:-1]
    return [w for w in words if not NAME_PARTICLE_RE.fullmatch(w)]


def _middle_names_clash(name: str, known: str) -> bool:
    """Whether both names have middle names (particles aside) and none begins like any of
    the other's: "Abdul Ghafoor Mohamed" and "Abdoulkader Kamil Mohamed" ("Abdulfattah
    Al-Sisi" has none to compare with "Abdel Fattah el-Sisi")."""

    def initials(full: str) -> set[str]:
        return {skeleton(w)[:1] for w in _middle_names(full)} - {""}

    written, known_middles = initials(name), initials(known)
    return bool(written and known_middles and not written & known_middles)


def _extra_middles(name: str, known: str) -> int:
    """How many more middle names (particles aside) the written name has than the known
    one: "Antonio Domingos Pitra Neto da Costa", an Angolan minister, has three more than
    António Costa — too many to take him for that man unless he holds office that day."""
    return len(_middle_names(name)) - len(_middle_names(known))


def _short_words_agree(name: str, known: str) -> bool:
    """ "Wei Wei" is not "Wee Kim Wee": where a first or last word is of three letters or
    fewer, the spelling-blind key says too little — it must be the same word."""
    a, b = fold(name).lower().split(), fold(known).lower().split()
    if not a or not b:
        return True
    return any(  # (in either order: "Abe Shinzo" is Shinzo Abe)
        all(x == y for x, y in ((a[0], first), (a[-1], last)) if min(len(x), len(y)) <= 3)
        for first, last in ((b[0], b[-1]), (b[-1], b[0]))
    )


def surname_and_initial(name: str) -> tuple[str, str | None]:
    """A name's surname as a spelling-blind key, and its given name's first letter (from an
    initial too: "R.O.Meredov", "Р.О.Мередов", "Kh.Battulga"), if it has one."""
    words = re.findall(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", name)
    if not words:
        return skeleton(name), None
    initial = skeleton(words[0])[:1] if len(words) > 1 else None
    return skeleton(words[-1]), initial


INITIAL_FIRST_RE = re.compile(r"[A-Z][a-z]?\.")  # "A. Al Nahyan", "Kh. Battulga"
# One or two initials, dotted or not, and a family name: "S Jaishankar", "S. Jaishankar"
INITIAL_SURNAME_RE = re.compile(r"(?:[A-Z]\.?\s?){1,2}[A-Z][a-z]{3,}")
LEADING_ARTICLE_RE = re.compile(r"^(?:[Aa]l|[Ee]l)-(?=\w)")


POSSESSIVE_S_RE = re.compile(
    r"s\s+(?:first\s+|maiden\s+|official\s+|state\s+)?(?:visit|trip|tour)\b"
)
# A family name of two capitalised words joined by a hyphen, after a given name (not a
# particle's: "Al-Sabah", "el-Sisi"; not a Korean given name's: "Chey Tae-won")
HYPHENED_SURNAME_RE = re.compile(
    r"(?<=\w )(?!(?:Al|El|al|el|Ul|ul|Ad|ad|As|as|Ash|ash|Abu|Abd|Bin|bin|Ben|ben|Ould|Ibn)-)"
    r"([A-Z][a-z]{2,})-([A-Z][a-z]{2,})\Z"
)


# A "c" read as Turkish and Azerbaijani read it ("j"), where English would read it otherwise:
# not in "ch", "ck", "cz" or "sc".
TURKIC_C_RE = re.compile(r"(?<![sS])[cC](?![hkzHKZ])")


def _turkic_j(match: re.Match) -> str:
    return "Dzh" if match.group(0) == "C" else "dzh"


# A ruling family's name ending a full name: "… Al Said", "… Al-Thani"
DYNASTY_TAIL_RE = re.compile(r"\s+(?:Al|Al-|Āl)[\s-]?[A-Z][a-z]+$")


def _first_last(name: str) -> str:
    """The first and last words of a name, initials left out, as a spelling-blind key —
    the whole name where the last word is a dynasty's ("Sabah Khaled Al-Hamad Al-Sabah"
    is not "Sabah Al-Ahmad Al-Jaber Al-Sabah")."""
    words = [w for w in name.replace(".", ". ").split() if not w.endswith(".")]
    if len(words) > 2 and re.match(r"(?:Al|al|El|el)\b", words[-1].replace("-", " ")):
        return skeleton(" ".join(words))
    if len(words) < 2:
        return skeleton(name)
    # the article joined to the family name is no part of it: "Ayman Al-Safady"
    return skeleton(f"{words[0]} {LEADING_ARTICLE_RE.sub('', words[-1])}")


def _name_order(name: Name) -> tuple:
    return (name.kind, name.key, name.weak, name.alias_kind)
