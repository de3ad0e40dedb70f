"""The gazetteer as extraction sees it: surface forms and offices, no ORM.

All names of countries, people and places go into one Aho-Corasick automaton, so finding
every mention in an article is one pass over its text whatever the gazetteer's size.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from archive.text.names import variants

COUNTRY, PERSON, PLACE = "country", "person", "place"
BLOCK = "block"

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
    "Pan-American",
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
    "Washington Consensus",
)


@dataclass(frozen=True)
class Name:
    """One surface form of one entity."""

    text: str
    kind: str  # COUNTRY, PERSON or PLACE
    key: str  # ISO alpha-2, person slug or place slug
    weak: bool = False  # a surname alone: counts only after a full mention or a title
    alias_kind: str = "name"


@dataclass(frozen=True)
class OfficeTerm:
    person: str
    role: str
    title: str
    country: str  # ISO alpha-2, or "" for an organisation
    start: dt.date | None
    end: dt.date | None

    def held_on(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str
    names: tuple[Name, ...]


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Gazetteer:
    def __init__(
        self,
        names: Iterable[Name],
        offices: Iterable[OfficeTerm] = (),
        labels: dict[tuple[str, str], str] | None = None,
        place_countries: dict[str, str] | None = None,
    ):
        self.labels = dict(labels or {})
        self.place_countries = dict(place_countries or {})
        self.offices: dict[str, list[OfficeTerm]] = defaultdict(list)
        self.by_post: dict[tuple[str, str], list[OfficeTerm]] = defaultdict(list)
        self.by_country: dict[str, list[OfficeTerm]] = defaultdict(list)
        for term in offices:
            self.offices[term.person].append(term)
            self.by_post[(term.country, term.role)].append(term)
            self.by_country[term.country].append(term)
        forms: dict[str, set[Name]] = defaultdict(set)
        for phrase in BLOCKERS:
            forms[phrase].add(Name(phrase, BLOCK, phrase))
        for name in names:
            for form in variants(name.text):
                forms[form].add(name)
        self.automaton = ahocorasick.Automaton()
        for form, entries in forms.items():
            self.automaton.add_word(form, (form, tuple(sorted(entries, key=_name_order))))
        if forms:
            self.automaton.make_automaton()
        self.size = len(forms)

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
                continue
            candidates.append((start, end, entries))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        chosen: list[Match] = []
        last_end = -1
        for start, end, entries in candidates:
            if start >= last_end:
                last_end = end
                entries = tuple(n for n in entries if n.kind != BLOCK)
                if entries:
                    chosen.append(Match(start, end, text[start:end], entries))
        return chosen

    def holders(self, country: str, role: str, on: dt.date) -> list[str]:
        """Slugs of the people holding a post on a date."""
        return sorted({t.person for t in self.by_post.get((country, role), ()) if t.held_on(on)})

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

    def roles_of(self, person: str, on: dt.date) -> list[OfficeTerm]:
        return [t for t in self.offices.get(person, ()) if t.held_on(on)]

    def country_of(self, person: str, on: dt.date) -> str | None:
        """The country a person served on a date, else the one they served last. A person
        holding posts in several countries (a co-prince, a monarch of several realms) is
        of the country of their first-listed office."""
        current = [t.country for t in self.roles_of(person, on) if t.country]
        if current:
            return current[0]
        past = sorted(
            (t for t in self.offices.get(person, ()) if t.country),
            key=lambda t: t.start or dt.date.min,
        )
        return past[-1].country if past else None


def _name_order(name: Name) -> tuple:
    return (name.kind, name.key, name.weak, name.alias_kind)
