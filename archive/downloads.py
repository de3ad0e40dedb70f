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

from archive.forms import SearchForm
from archive.models import Article, ArticleCountry, Event, EventCountry, EventPerson
from archive.search import service
from archive.search.query import parse

CHUNK = 500  # rows read at a time (and search results fetched per engine page)
FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}

ARTICLE_COLUMNS = ["id", "published", "headline", "source", "countries", "url"]
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
