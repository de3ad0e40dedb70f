"""Travels and visits, read from the events (history.state.gov's "Travels abroad" pages).

A trip is a visit event (and, for a person whose country is known, a summit held abroad):
who travelled, from which country, to which, the city, whom they met there (the visit's
hosts and the people in the talks held during it) and the articles that report it. The same
rows make the page's tables, grouped by year, and the CSV/JSON downloads, so that they
improve together as extraction does.

Rows are built a chunk of events at a time with one query per relation, so that a download
of every visit a country has received holds only one chunk in memory.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html import escape

from django.db.models import Q
from django.utils.safestring import SafeString, mark_safe

from archive import addresses
from archive.models import (
    Country,
    Event,
    EventCountry,
    EventPerson,
    EventStatus,
    EventType,
    Office,
    ParticipantRole,
    Person,
    TripRole,
)
from archive.models import Trip as TripRecord

CHUNK = 500
# trips on a page, newest first (the download has all of them): a person's travels, and
# each of a country's two tables
SHOWN = 60
SHOWN_FOR_COUNTRY = 40

TRIP_COLUMNS = [
    "id",
    "date",
    "status",
    "kind",
    "travellers",
    "from",
    "to",
    "place",
    "met",
    "articles",
    "url",
]


@dataclass(frozen=True)
class Link:
    name: str
    url: str


@dataclass
class Trip:
    event: Event
    url: str = ""
    place: Link | None = None
    travellers: list[Link] = field(default_factory=list)
    origins: list[Link] = field(default_factory=list)
    destinations: list[Link] = field(default_factory=list)
    met: list[Link] = field(default_factory=list)
    articles: list[Link] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.event.type == EventType.SUMMIT:
            return "summit"
        return f"{self.event.subtype} visit" if self.event.subtype else "visit"

    def as_row(self, absolute: Callable[[str], str]) -> dict:
        event = self.event
        return {
            "id": event.pk,
            "date": event.date_iso,
            "status": event.status,
            "kind": self.kind,
            "travellers": [link.name for link in self.travellers],
            "from": [link.name for link in self.origins],
            "to": [link.name for link in self.destinations],
            "place": event.place.name if event.place else None,
            "met": [link.name for link in self.met],
            "articles": [absolute(link.url) for link in self.articles],
            "url": absolute(self.url),
        }

    def when(self) -> str:
        """The date as a <time>, to the week or month where only that is known."""
        return f'<time datetime="{self.event.date_iso}">{escape(self.event.date_text())}</time>'

    def row(self, mode: str) -> SafeString:
        """The trip as a table row: mode "person" (a person's travels: where to), "visitors"
        (a country's visitors: who, from where) or "abroad" (who went where). Every value
        in it is escaped."""
        first = (
            f'<td><a href="{escape(self.url)}">{self.when()}</a><br>'
            f'<span class="meta">{escape(self.kind)}</span></td>'
        )
        cells = [first]
        if mode != "person":
            cells.append(_cell(self.travellers, "a delegation"))
        cells.append(_cell(self.origins if mode == "visitors" else self.destinations))
        cells.append(_cell([self.place] if self.place else []))
        cells.append(_cell(self.met))
        cells.append(_cell(self.articles))
        return mark_safe(f"<tr>{''.join(cells)}</tr>")


def _cell(links: list[Link], empty: str = "") -> str:
    """A table cell of links (escaped here: html.escape, a row at a time, is ten times
    cheaper than format_html per link)."""
    if not links:
        return f"<td>{escape(empty)}</td>"
    items = ", ".join(f'<a href="{escape(link.url)}">{escape(link.name)}</a>' for link in links)
    return f"<td>{items}</td>"


def person_trips(person: Person):
    """The person's travels, as Trip rows: the visits they made and, when their country is
    known, the summits they attended abroad."""
    travelled = Q(role=TripRole.VISITOR)
    home = list(Office.objects.filter(person=person).values_list("country", flat=True))
    if home:
        travelled |= Q(role=TripRole.SUMMIT, held_in__isnull=False) & ~Q(held_in__in=home)
    return TripRecord.objects.filter(Q(person=person) & travelled)


def country_trips(country: Country, role: str):
    """The visits a country received (role host) or its people made (role visitor), as
    Trip rows."""
    return TripRecord.objects.filter(country=country, role=role)


def events_of(trips_):
    """The events of some Trip rows (each once: no event has two rows of one side)."""
    return Event.objects.filter(pk__in=trips_.values("event"))


def of_person(person: Person):
    """The person's travels (events)."""
    return events_of(person_trips(person))


def to_country(country: Country):
    """Visits the country received."""
    return events_of(country_trips(country, ParticipantRole.HOST))


def by_country(country: Country):
    """Visits made abroad by the country's people."""
    return events_of(country_trips(country, ParticipantRole.VISITOR))


def newest(events):
    return events.select_related("place").order_by("-date", "-pk")


def trips(events: Iterable[Event]) -> Iterator[Trip]:
    """Each event as a Trip, reading the people, countries and articles of a chunk of
    events at a time."""
    person_url, country_url, article_url = addresses.person, addresses.country, addresses.article
    event_url, place_url = addresses.event, addresses.place
    iterator = iter(events)
    while chunk := list(itertools.islice(iterator, CHUNK)):
        found = {
            event.pk: Trip(
                event,
                url=event_url(event.pk),
                place=Link(event.place.name, place_url(event.place.slug)) if event.place else None,
            )
            for event in chunk
        }
        ids = list(found)
        travellers: dict[int, set[int]] = {pk: set() for pk in ids}
        for event_id, role, pk, name, slug in EventPerson.objects.filter(
            event_id__in=ids
        ).values_list("event_id", "role", "person_id", "person__name", "person__slug"):
            link = Link(name, person_url(slug))
            trip = found[event_id]
            if role == ParticipantRole.VISITOR or trip.event.type == EventType.SUMMIT:
                trip.travellers.append(link)
                travellers[event_id].add(pk)
            elif role == ParticipantRole.HOST:
                trip.met.append(link)
        for event_id, role, name, iso2 in EventCountry.objects.filter(event_id__in=ids).values_list(
            "event_id", "role", "country__name", "country__iso2"
        ):
            link = Link(name, country_url(iso2))
            trip = found[event_id]
            if role == ParticipantRole.VISITOR:
                trip.origins.append(link)
            elif role == ParticipantRole.HOST:
                trip.destinations.append(link)
        for trip in found.values():  # a summit's destination is where it was held
            place = trip.event.place
            if trip.event.type == EventType.SUMMIT and place and place.country_id:
                country = place.country
                url = country_url(country.iso2)
                trip.destinations.append(Link(country.name, url))
        # whom they met: the people of the talks held during the visit, too
        for event_id, pk, name, slug in (
            EventPerson.objects.filter(event__part_of_id__in=ids)
            .values_list("event__part_of_id", "person_id", "person__name", "person__slug")
            .distinct()
        ):
            link = Link(name, person_url(slug))
            trip = found[event_id]
            if pk not in travellers[event_id] and link not in trip.met:
                trip.met.append(link)
        reports = Event.articles.through.objects.filter(event_id__in=ids)
        for event_id, pk, slug, published in reports.values_list(
            "event_id", "article_id", "article__slug", "article__published"
        ).order_by("article__published", "article_id"):
            url = article_url(pk, slug)
            found[event_id].articles.append(Link(published.isoformat(), url))
        for trip in found.values():
            for links in (trip.travellers, trip.origins, trip.destinations, trip.met):
                links.sort(key=lambda link: link.name)
            yield trip


def by_year(trips_: Iterable[Trip]) -> list[tuple[int, list[Trip]]]:
    """Trips (newest first) grouped by year, for the page's tables."""
    return [
        (year, list(group))
        for year, group in itertools.groupby(trips_, key=lambda trip: trip.event.date.year)
    ]


def table(trips_, shown: int = SHOWN) -> dict:
    """The page's view of some trips (Trip rows: `person_trips`, `country_trips`): held ones
    by year (the newest `shown`), planned ones apart, and how many were held — each read
    off the rows' index (a busy country's or person's thousands of events are not looked
    up), then only the events shown are read."""
    return tables([trips_], shown)[0]


def tables(many, shown: int = SHOWN) -> list[dict]:
    """table() of several sets of trips (a country's visitors and its visits abroad), the
    events shown read together: one query per relation for all of them."""

    def newest_ids(trips_, status):
        rows = trips_.filter(status=status).order_by("-date", "-event")
        return list(rows.values_list("event", flat=True)[:shown])

    held = [newest_ids(trips_, EventStatus.HELD) for trips_ in many]
    planned = [newest_ids(trips_, EventStatus.PLANNED) for trips_ in many]
    ids = {pk for group in held + planned for pk in group}
    rows = Event.objects.filter(pk__in=ids).select_related("place__country")
    read = {trip.event.pk: trip for trip in trips(newest(rows))} if ids else {}
    return [
        {
            "years": by_year([read[pk] for pk in held_ids if pk in read]),
            "count": trips_.filter(status=EventStatus.HELD).count(),
            "planned": [read[pk] for pk in planned_ids if pk in read],
            "shown": shown,
        }
        for trips_, held_ids, planned_ids in zip(many, held, planned, strict=True)
    ]
