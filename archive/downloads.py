"""Every listing as CSV or JSON, all of it (not only the page shown), with the page's filters.

Streamed: rows are read from the database in chunks (`iterator`) or from the search engine a
page at a time and written out as they come, so that memory stays constant however many
there are. The columns are the page's.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from django.http import Http404, StreamingHttpResponse
from django.shortcuts import get_object_or_404

from archive import travels
from archive.forms import SearchForm
from archive.models import (
    Article,
    ArticleCountry,
    Country,
    Event,
    EventCountry,
    EventPerson,
    Figure,
    Person,
)
from archive.search import service
from archive.search.query import parse

CHUNK = 500  # rows read at a time (and search results fetched per engine page)
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}

ARTICLE_COLUMNS = ["id", "published", "headline", "source", "countries", "url"]
FIGURE_COLUMNS = [
    "id",
    "published",
    "kind",
    "qualifier",
    "value",
    "range_to",
    "unit",
    "target",
    "period",
    "countries",
    "quote",
    "sentence",
    "url",
]
EVENT_COLUMNS = ["id", "date", "status", "type", "title", "place", "people", "countries", "url"]


class _Line:
    """A file-like sink for csv.writer that hands back each line it is given."""

    def write(self, value: str) -> str:
        return value


def _csv(columns: list[str], rows: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(columns)  # the mark lets spreadsheet programs read UTF-8
    for row in rows:
        yield writer.writerow(
            [
                "; ".join(v) if isinstance(v, list) else ("" if v is None else v)
                for v in row.values()
            ]
        )


def _json(rows: Iterable[dict]) -> Iterator[str]:
    yield "["
    for n, row in enumerate(rows):
        yield ("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


def stream(request, name: str, fmt: str, columns: list[str], rows: Iterable[dict]):
    if fmt not in FORMATS:
        raise Http404("Downloads come as .csv or .json")
    body = _csv(columns, rows) if fmt == "csv" else _json(rows)
    response = StreamingHttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="newsroom-{name}.{fmt}"'
    return response


def _chunks(rows: Iterable, size: int = CHUNK) -> Iterator[list]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _related(through, owner: str, field: str, ids: list[int]) -> dict[int, list[str]]:
    """{owner id: sorted values of `field`} for one chunk of owners: one query. (Django's
    prefetch_related with iterator() held every row of a 10,000-row download at once.)"""
    found: dict[int, list[str]] = {pk: [] for pk in ids}
    for pk, value in through.objects.filter(**{f"{owner}__in": ids}).values_list(owner, field):
        found[pk].append(value)
    return {pk: sorted(values) for pk, values in found.items()}


def article_rows(articles: Iterable[Article], absolute: Callable[[str], str]) -> Iterator[dict]:
    for chunk in _chunks(articles):
        countries = _related(ArticleCountry, "article_id", "country__iso2", [a.pk for a in chunk])
        for article in chunk:
            yield {
                "id": article.pk,
                "published": article.published.isoformat(),
                "headline": article.headline,
                "source": article.source.name if article.source else None,
                "countries": countries[article.pk],
                "url": absolute(article.get_absolute_url()),
            }


def event_rows(events: Iterable[Event], absolute: Callable[[str], str]) -> Iterator[dict]:
    for chunk in _chunks(events):
        ids = [e.pk for e in chunk]
        people = _related(EventPerson, "event_id", "person__name", ids)
        countries = _related(EventCountry, "event_id", "country__iso2", ids)
        for event in chunk:
            yield {
                "id": event.pk,
                "date": event.date.isoformat() if event.date else None,
                "status": event.status,
                "type": event.type,
                "title": event.title,
                "place": event.place.name if event.place else None,
                "people": people[event.pk],
                "countries": countries[event.pk],
                "url": absolute(event.get_absolute_url()),
            }


def _search_articles(request) -> Iterator[Article]:
    """Every article the search finds, in its order: the engine page by page (a query), or
    the database in chunks (filters only)."""
    wanted = SearchForm(request.GET).to_request(per_page=CHUNK)
    wanted = replace(wanted, facets=False, snippets=False)
    parsed = parse(wanted.q)
    if not parsed.has_text:
        order = ("published", "id") if wanted.sort == "oldest" else ("-published", "-id")
        articles = Article.objects.matching(wanted.filters).order_by(*order)
        yield from (
            articles.select_related("source")
            .defer("body", "mention_spans")
            .iterator(chunk_size=CHUNK)
        )
        return
    page = 1
    while True:
        results = service.search(replace(wanted, page=page))
        yield from (hit.article for hit in results.hits)
        if not results.has_next:
            return
        page += 1


def search_download(request, fmt: str):
    rows = article_rows(_search_articles(request), request.build_absolute_uri)
    return stream(request, "search", fmt, ARTICLE_COLUMNS, rows)


def events_download(request, fmt: str):
    filters = SearchForm(request.GET).to_request().filters
    events = Event.objects.select_related("place").matching(filters).order_by("-date", "-pk")
    rows = event_rows(events.iterator(chunk_size=CHUNK), request.build_absolute_uri)
    return stream(request, "events", fmt, EVENT_COLUMNS, rows)


def _number(value) -> str:
    """120000000.0000 -> "120000000", 12.5000 -> "12.5" (never "1.2E+8")."""
    return format(value.normalize(), "f")


def figure_rows(figures: Iterable[Figure], absolute: Callable[[str], str]) -> Iterator[dict]:
    through = Figure.countries.through
    for chunk in _chunks(figures):
        countries = _related(through, "figure_id", "country__iso2", [f.pk for f in chunk])
        for figure in chunk:
            anchor = f"#p{figure.paragraph}" if figure.paragraph else ""
            yield {
                "id": figure.pk,
                "published": figure.article.published.isoformat(),
                "kind": figure.kind,
                "qualifier": figure.qualifier,
                "value": _number(figure.value),
                "range_to": _number(figure.range_to) if figure.range_to is not None else None,
                "unit": figure.unit,
                "target": figure.is_target,
                "period": figure.period,
                "countries": countries[figure.pk],
                "quote": figure.quote,
                "sentence": figure.sentence,
                "url": absolute(figure.article.get_absolute_url() + anchor),
            }


def _country(iso2: str) -> Country:
    return get_object_or_404(Country, iso2__iexact=iso2)


def _figures(request, name: str, fmt: str, figures):
    rows = figure_rows(figures.iterator(chunk_size=CHUNK), request.build_absolute_uri)
    return stream(request, name, fmt, FIGURE_COLUMNS, rows)


def country_figures_download(request, iso2: str, fmt: str):
    country = _country(iso2)
    return _figures(request, f"{country.iso2.lower()}-figures", fmt, Figure.objects.about(country))


def pair_figures_download(request, codes: str, fmt: str):
    parts = codes.split("-")
    if len(parts) != 2:
        raise Http404("Give two country codes, as /relations/kz-tm/figures.csv")
    first, second = (_country(code) for code in parts)
    return _figures(request, f"{codes}-figures", fmt, Figure.objects.between(first, second))


def _trips(request, name: str, fmt: str, events):
    events = travels.newest(events).select_related("place__country")
    trips = travels.trips(events.iterator(chunk_size=CHUNK))
    rows = (trip.as_row(request.build_absolute_uri) for trip in trips)
    return stream(request, name, fmt, travels.TRIP_COLUMNS, rows)


def person_travels_download(request, slug: str, fmt: str):
    person = get_object_or_404(Person, slug=slug)
    return _trips(request, f"{slug}-travels", fmt, travels.of_person(person))


def country_visitors_download(request, iso2: str, fmt: str):
    country = _country(iso2)
    return _trips(request, f"{iso2.lower()}-visitors", fmt, travels.to_country(country))


def country_visits_abroad_download(request, iso2: str, fmt: str):
    country = _country(iso2)
    return _trips(request, f"{iso2.lower()}-visits-abroad", fmt, travels.by_country(country))
