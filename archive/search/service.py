"""Search as the pages and the API see it: one request in, one page of results out.

A text query goes to the search engine; browsing with filters only (no words) is served
from the database, which is exact and fast, instead of a match-all query on the index.
Either way the hits come back as Article objects with facet counts labelled for display.
"""

from __future__ import annotations

import logging
import math
import time
from collections import Counter
from dataclasses import dataclass, field, replace

from django.db.models import Count
from django.db.models.functions import ExtractYear

from archive.cache import names_version
from archive.cache import version as archive_version
from archive.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    Country,
    CountryAlias,
    Event,
    EventType,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
    Source,
)
from archive.search.contract import Filters, NameTerms
from archive.search.engines import engine
from archive.search.query import ParsedQuery, parse
from archive.text.names import search_forms

PER_PAGE = 20
FACET_LIMIT = 25
log = logging.getLogger(__name__)
SORTS = ("relevance", "newest", "oldest")


@dataclass(frozen=True)
class SearchRequest:
    q: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = ""
    page: int = 1
    exact: bool = False
    per_page: int = PER_PAGE
    # What to compute besides the hits (the API's facets=0 / snippets=0 leave them out).
    facets: bool = True
    snippets: bool = True


@dataclass
class Hit:
    article: Article
    score: float
    snippet: str


@dataclass
class FacetValue:
    key: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchPage:
    request: SearchRequest
    parsed: ParsedQuery
    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestion: str = ""
    sort: str = "newest"
    took_ms: float = 0.0
    partial: bool = False  # the search ran out of time (EngineResult.partial)

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.total / self.request.per_page))

    @property
    def has_next(self) -> bool:
        return self.request.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.request.page > 1


_names: tuple[int, NameTerms] | None = None


def forget_names() -> None:
    """Make the next search re-read the gazetteer's names."""
    global _names, _labels
    _names = _labels = None


def name_terms() -> NameTerms:
    """The gazetteer's names, re-read when an edit to a name (an alias, a person, a
    country, a place) moves the names counter: within NEWSROOM_VERSION_TTL seconds in
    every process, as a headline edit reaches the pages."""
    global _names
    current = names_version()
    if _names and _names[0] == current:
        return _names[1]
    by_entity: dict[str, list[str]] = {}
    sources = [
        ("c", Country.objects, "iso2"),
        ("c", CountryAlias.objects, "country__iso2"),
        ("p", Person.objects, "slug"),
        ("p", PersonAlias.objects, "person__slug"),
        ("l", Place.objects, "slug"),
        ("l", PlaceAlias.objects, "place__slug"),
    ]
    for prefix, rows, key in sources:  # names and aliases of each entity, under one key
        for value, name in rows.values_list(key, "name"):
            # With the Russian case forms of Cyrillic names: "Токаева" is Tokayev too.
            by_entity.setdefault(f"{prefix}:{value}", []).extend(search_forms(name))
    _names = (current, NameTerms(by_entity))
    return _names[1]


def search(request: SearchRequest, articles=None) -> SearchPage:
    """One page of results; `articles` is the queryset the hits are loaded from (by
    default what a listing shows: source and countries, without the body)."""
    started = time.perf_counter()
    parsed = parse(request.q)
    has_text = parsed.has_text
    sort = request.sort if request.sort in SORTS else ("relevance" if has_text else "newest")
    if has_text:
        result = engine().search(
            parsed,
            request.filters,
            name_terms(),
            exact=request.exact,
            sort=sort,
            page=request.page,
            per_page=request.per_page,
            facets=request.facets,
            snippets=request.snippets,
        )
        total, raw, suggestion = result.total, result.hits, result.suggestion
        counts, partial = result.facets, result.partial
    else:
        if sort == "relevance":
            sort = "newest"
        total, raw, counts = _browse(request, sort)
        suggestion, partial = "", False
    if articles is None:
        articles = Article.objects.for_listing().defer("body")
    loaded = articles.in_bulk([pk for pk, _, _ in raw])
    hits = [Hit(loaded[pk], score, snippet) for pk, score, snippet in raw if pk in loaded]
    return SearchPage(
        request,
        parsed,
        total,
        hits,
        _label(counts, request.filters),
        suggestion,
        sort,
        (time.perf_counter() - started) * 1000,
        partial,
    )


def search_within(request: SearchRequest, articles=None) -> tuple[SearchPage, str]:
    """search(), but a page past the last gives the last page, with a notice that says so
    (one rule for the search page, the API and the listings)."""
    results = search(request, articles)
    if request.page > results.num_pages:
        last = replace(request, page=results.num_pages)
        notice = page_notice(str(request.page), last.page, results.num_pages)
        results = search(last, articles)
    else:
        notice = ""
    if results.partial:
        notice = (notice + " " if notice else "") + OUT_OF_TIME
    return results, notice


OUT_OF_TIME = (
    "The search ran out of time: these are the results it ranked in the time allowed, and "
    "counts or suggestions may be missing. A narrower search answers in full."
)


def page_notice(asked: str, shown: int, pages: int) -> str:
    return (
        f"There is no page “{asked[:20]}”: there {'is' if pages == 1 else 'are'} {pages} "
        f"page{'' if pages == 1 else 's'}; showing page {shown}."
    )


def _counts(rows, key: str) -> Counter:
    """Articles per value of `key` among mention rows (the facet counts when browsing)."""
    return Counter(
        dict(
            rows.values_list(key).annotate(n=Count("article", distinct=True)).values_list(key, "n")
        )
    )


def _browse(request: SearchRequest, sort: str):
    qs = Article.objects.matching(request.filters)
    ids = qs.values("pk")
    total = qs.count()
    order = ("published", "id") if sort == "oldest" else ("-published", "-id")
    start = (max(request.page, 1) - 1) * request.per_page
    page_ids = list(
        qs.order_by(*order).values_list("pk", flat=True)[start : start + request.per_page]
    )
    counts = {
        "countries": _counts(ArticleCountry.objects.filter(article__in=ids), "country__iso2"),
        "people": _counts(ArticlePerson.objects.filter(article__in=ids), "person__slug"),
        "event_types": _counts(
            Event.articles.through.objects.filter(article__in=ids), "event__type"
        ),
        "year": Counter(
            {
                str(y): n
                for y, n in Article.objects.filter(pk__in=ids)
                .annotate(y=ExtractYear("published"))
                .values_list("y")
                .annotate(n=Count("pk"))
                .values_list("y", "n")
            }
        ),
        "source": Counter(
            dict(
                Article.objects.filter(pk__in=ids, source__isnull=False)
                .values_list("source__slug")
                .annotate(n=Count("pk"))
                .values_list("source__slug", "n")
            )
        ),
    }
    counts["countries"] = Counter({k.lower(): v for k, v in counts["countries"].items()})
    return total, [(pk, 0.0, "") for pk in page_ids], counts


_labels: tuple[int, dict[str, str], dict[str, str]] | None = None


def labels(countries=(), people=()) -> tuple[dict[str, str], dict[str, str]]:
    """Country names by lower-case code and person names by slug, re-read when the
    archive's version moves (an edit in the admin shows at once) or a wanted one is
    missing."""
    global _labels
    current = archive_version()
    if (
        _labels is None
        or _labels[0] != current
        or not _labels[1].keys() >= set(countries)
        or not _labels[2].keys() >= set(people)
    ):
        countries = {c.lower(): n for c, n in Country.objects.values_list("iso2", "name")}
        people = dict(Person.objects.values_list("slug", "name"))
        _labels = (current, countries, people)
    return _labels[1], _labels[2]


def _label(counts: dict[str, Counter], filters: Filters) -> dict[str, list[FacetValue]]:
    if not counts:
        return {}
    top_countries = counts["countries"].most_common(FACET_LIMIT)
    top_people = counts["people"].most_common(FACET_LIMIT)
    country_names, person_names = labels([c for c, _ in top_countries], [s for s, _ in top_people])
    chosen_countries = {c.lower() for c in filters.countries}
    type_labels = dict(EventType.choices)
    source_names = dict(Source.objects.values_list("slug", "name")) if counts.get("source") else {}
    return {
        "countries": [
            FacetValue(c, country_names.get(c, c.upper()), n, c in chosen_countries)
            for c, n in top_countries
        ],
        "people": [
            FacetValue(s, person_names.get(s, s), n, s in filters.people) for s, n in top_people
        ],
        "types": [
            FacetValue(t, type_labels.get(t, t), n, t in filters.types)
            for t, n in counts["event_types"].most_common()
        ],
        "years": [FacetValue(y, y, n) for y, n in sorted(counts["year"].items(), reverse=True)],
        "sources": [
            FacetValue(s, source_names.get(s, s), n, s in filters.sources)
            for s, n in counts.get("source", Counter()).most_common(FACET_LIMIT)
        ],
    }


def related(article: Article, limit: int = 5) -> list[Article]:
    """More-like-this from the index, topped up with articles sharing the most entities."""
    try:
        text = f"{article.headline}\n{article.lead}"
        ids = [pk for pk in engine().related(article.pk, text, limit) if pk != article.pk]
    except Exception:  # the index is optional for reading an article
        log.warning("related articles: the search index failed", exc_info=True)
        ids = []
    if len(ids) < limit:
        shared = (
            Article.objects.exclude(pk__in=[article.pk, *ids])
            .filter(country_mentions__country__in=article.countries.all())
            .annotate(shared=Count("pk"))
            .order_by("-shared", "-published")
            .values_list("pk", flat=True)[: limit - len(ids)]
        )
        ids += list(shared)
    found = Article.objects.for_listing().in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
