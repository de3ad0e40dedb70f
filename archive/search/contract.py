"""What search is, whichever engine answers: the fields of an article's search document, the
filters a reader sets, an engine's answer, and the protocol every engine implements.

Pure: it imports no engine. The read side of each engine (whoosh_read.py, elastic_read.py)
answers `SearchEngine`; the write side (whoosh_write.py, elastic_write.py) is haystack's
backend for that engine; archive/search_indexes.py fills the document. All three derive a
field's kind, storage and boost from FIELDS, the one place they are written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from archive.search.analysis import EXACT, terms
from archive.search.query import ParsedQuery


class Kind:
    """How a field is indexed."""

    STEMMED = "stemmed"  # running text, stemmed ("visits" finds "visit")
    EXACT = "exact"  # running text, unstemmed: names, and the "exact spelling" switch
    TAGS = "tags"  # exact values to filter and count by (a list, or one in a list field)
    TAG = "tag"  # one exact value
    DATE = "date"
    INTEGER = "integer"
    STORED = "stored"  # kept with the document, not searchable


@dataclass(frozen=True)
class SearchField:
    name: str
    kind: str
    stored: bool = False  # read back from hits (snippets, facets, check_index)
    boost: float = 1.0  # weight of a match in this field
    phrases: bool = False  # positions kept for "quoted phrases"
    many: bool = False  # several values per article
    model_attr: str | None = None  # the article attribute it holds as is
    document: bool = False  # haystack's document field (the body)
    null: bool = False


FIELDS: dict[str, SearchField] = {
    f.name: f
    for f in (
        SearchField("text", Kind.STEMMED, stored=True, phrases=True, document=True),
        SearchField(
            "headline", Kind.STEMMED, stored=True, boost=2.0, phrases=True, model_attr="headline"
        ),
        SearchField("exact", Kind.EXACT, phrases=True),  # headline and body
        SearchField("names", Kind.EXACT, phrases=True),  # names and aliases
        SearchField("published", Kind.DATE, stored=True, model_attr="published"),
        SearchField("year", Kind.TAGS, stored=True),
        SearchField("month", Kind.INTEGER, stored=True),
        SearchField("countries", Kind.TAGS, stored=True, many=True),
        SearchField("people", Kind.TAGS, stored=True, many=True),
        SearchField("places", Kind.TAGS, stored=True, many=True),
        SearchField("event_types", Kind.TAGS, stored=True, many=True),
        SearchField("source", Kind.TAG, stored=True, null=True),
        # The article's last change: check_index finds stale documents by it.
        SearchField("updated", Kind.STORED, stored=True),
    )
}
HEADLINE_BOOST = FIELDS["headline"].boost
FACET_FIELDS = ("countries", "people", "event_types", "year", "source")
SUGGEST_BELOW = 3  # compute spelling suggestions only when fewer hits than this


@dataclass(frozen=True)
class Filters:
    countries: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # any of them (an article has one source)
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def narrowed(self) -> bool:
        """Whether a country, person, place, event type or source is chosen."""
        return bool(self.countries or self.people or self.places or self.types or self.sources)

    @property
    def any(self) -> bool:
        """Whether anything narrows the results, dates included."""
        return self.narrowed or bool(self.date_from or self.date_to)


@dataclass
class EngineResult:
    total: int
    hits: list[tuple[int, float, str]]  # (article id, score, snippet html)
    facets: dict[str, Counter] = field(default_factory=dict)
    suggestion: str = ""
    # The search ran out of its time (settings.NEWSROOM_SEARCH_SECONDS): the hits are those
    # ranked in the time, and facets and suggestions may be missing.
    partial: bool = False


class NameTerms:
    """Which query words are names (not stemmed), and the words of every name of the entity
    a name belongs to (so that "Tokaev" highlights "Tokayev")."""

    def __init__(self, names_by_entity: dict[str, list[str]]):
        self.entities_of: dict[str, set[str]] = {}
        self.words_of: dict[str, set[str]] = {}
        for entity, names in names_by_entity.items():
            words = {t for name in names for t in terms(EXACT, name)}
            self.words_of[entity] = words
            for word in words:
                self.entities_of.setdefault(word, set()).add(entity)

    def is_name(self, word: str) -> bool:
        return word in self.entities_of

    def related_words(self, word: str) -> set[str]:
        return {w for e in self.entities_of.get(word, ()) for w in self.words_of[e]}


class SearchEngine(Protocol):
    """What the pages, the feeds and the API need from a search engine: implemented on
    Whoosh (whoosh_read.py) and on Elasticsearch (elastic_read.py), chosen by SEARCH_URL
    (archive.search.engines.engine)."""

    def search(
        self,
        parsed: ParsedQuery,
        filters: Filters,
        names: NameTerms,
        *,
        exact: bool = False,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 20,
        facets: bool = True,
        snippets: bool = True,
    ) -> EngineResult: ...

    def related(self, article_id: int, text: str, limit: int = 5) -> list[int]: ...

    def reset(self) -> None: ...
