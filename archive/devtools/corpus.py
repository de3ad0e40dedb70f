"""A synthetic corpus in the seed format, reproducible for a given seed.

Articles draw on the gazetteer: countries with their demonyms and capitals, the leaders in
office on each article's date (so title references resolve), places, event phrases and
figures, with lengths from 100 to 2,000 words over 20 years, so that extraction, search and
pages do real work.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from archive.models import Country, CountryAlias, Office, Place

FILLER = [
    "The sides noted the importance of regular contacts at the highest level",
    "Particular attention was paid to cooperation in energy, agriculture and transport",
    "The parties exchanged views on regional and international issues of mutual interest",
    "Both sides reaffirmed their commitment to the principles of the UN Charter",
    "Experts say the talks could open new markets for exporters in the region",
    "The ministry said further consultations would be held in the coming months",
    "Officials highlighted the potential of digital services and logistics hubs",
    "The delegations discussed investment projects in mining and processing industries",
    "Cultural and humanitarian ties were described as an important pillar of relations",
    "Analysts expect the agreements to boost trade along the corridor.",
]
EVENTS = [
    "{a} paid a state visit to {B}, where {a} held talks with {b} in {place}.",
    "{a} and {b} held a phone call to discuss bilateral cooperation.",
    "{a} held talks with {b} in {place}, focusing on trade and transit.",
    "The leaders adopted a joint statement following the talks in {place}.",
    "{a} and {b} signed an agreement on strategic partnership.",
    "{a} awarded {b} the Order of Friendship.",
    "{a} congratulated {b} on the national holiday.",
    "The {adj_a} President arrived in {place} on an official visit.",
    "{a} attended the summit in {place} together with {b}.",
]
FIGURES = [
    "Trade turnover between the two countries exceeded USD {n} million last year.",
    "The sides agreed to increase mutual trade to {n} billion dollars.",
    "Investments in the {adj_b} economy reached ${n} million.",
    "Freight volumes amounted to {n} thousand tons, an increase of {p}%.",
]


@dataclass
class _Country:
    code: str
    name: str
    adjective: str
    places: list[str]


def _countries() -> list[_Country]:
    adjectives = {}
    for code, name in CountryAlias.objects.filter(kind="demonym").values_list(
        "country__iso2", "name"
    ):
        adjectives.setdefault(code, name)
    places: dict[str, list[str]] = {}
    for code, name in Place.objects.values_list("country__iso2", "name"):
        places.setdefault(code, []).append(name)
    for code, name in CountryAlias.objects.filter(kind="capital").values_list(
        "country__iso2", "name"
    ):
        places.setdefault(code, []).append(name)
    return [
        _Country(code, name, adjectives.get(code, name), places.get(code, [name]))
        for code, name in Country.objects.filter(un_member=True).values_list("iso2", "name")
        if code in adjectives
    ]


def _leaders() -> dict[str, list[tuple[dt.date | None, dt.date | None, str]]]:
    leaders: dict[str, list] = {}
    for code, name, start, end in Office.objects.filter(role="head_of_state").values_list(
        "country__iso2", "person__name", "start", "end"
    ):
        leaders.setdefault(code, []).append((start, end, name))
    return leaders


def _leader_on(terms, day: dt.date, fallback: str) -> str:
    for start, end, name in terms:
        if (start is None or start <= day) and (end is None or day <= end):
            return name
    return fallback


def articles(
    count: int, seed: int, end: dt.date = dt.date(2025, 12, 31)
) -> Iterator[tuple[str, str]]:
    """(file name, file text) for `count` articles."""
    rng = random.Random(seed)
    countries, leaders = _countries(), _leaders()
    # A few countries are in the news far more often, as in a real agency's archive.
    weights = [20 if c.code in {"KZ", "TM", "UZ", "RU", "CN", "TR", "US"} else 1 for c in countries]
    for i in range(count):
        day = end - dt.timedelta(days=rng.randrange(20 * 365))
        a, b = rng.choices(countries, weights=weights, k=2)
        if a.code == b.code:
            b = countries[(countries.index(a) + 1) % len(countries)]
        leader_a = _leader_on(leaders.get(a.code, []), day, f"the {a.adjective} President")
        leader_b = _leader_on(leaders.get(b.code, []), day, f"the {b.adjective} President")
        words = {
            "a": leader_a,
            "b": leader_b,
            "A": a.name,
            "B": b.name,
            "adj_a": a.adjective,
            "adj_b": b.adjective,
            "place": rng.choice(b.places),
            "n": rng.randint(2, 900),
            "p": rng.randint(1, 40),
        }
        target = rng.randint(100, 2000)
        paragraphs = [
            rng.choice(EVENTS).format(**words) + " " + rng.choice(FIGURES).format(**words)
        ]
        size = len(paragraphs[0].split())
        while size < target:
            sentences = rng.sample(FILLER, 3)
            if rng.random() < 0.3:
                sentences.append(rng.choice(EVENTS).format(**words))
            if rng.random() < 0.2:
                sentences.append(rng.choice(FIGURES).format(**words))
            paragraph = ". ".join(s.rstrip(".") for s in sentences) + "."
            paragraphs.append(paragraph)
            size += len(paragraph.split())
        body = "\n\n".join(paragraphs)
        yield f"{i:06d}_{seed}_{a.code}{b.code}.txt", f" date {day.isoformat()} {body}\n"


def write(count: int, seed: int, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, text in articles(count, seed):
        (folder / name).write_text(text, encoding="utf-8")
        written += 1
    return written
