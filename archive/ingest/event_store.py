"""The writer's events: one stored event however many articles report it.

An extracted event matches a stored one of the same type, status and participants within
EVENT_MATCH_DAYS (a state visit and "the visit" of the same people on the same days are one
visit: the kind of visit does not split them, and the more specific kind is kept);
agreements and messages also need the same kind. Each report keeps its sentences, with
their paragraph, as the event's evidence; talks held during a visit or a summit point at it.
A few queries per batch of articles, whatever the number of events. Called by
archive/ingest/writer.py inside its transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Q

from archive import pairs as pair_tables
from archive.ingest.sql import insert_returning, insert_rows
from archive.models import Event, EventCountry, EventPerson, EventReport, EventStatus, Place

EVENT_MATCH_DAYS = 3
# Kinds that do not split one event: a state visit reported as "a visit" is the same visit.
KIND_BLIND = {"visit", "talks"}
VISIT_RANK = {"state": 3, "official": 2, "working": 1}


def paragraph_of(body: str, offset: int) -> int:
    """The paragraph (from 1) of the body that holds `offset`."""
    return body.count("\n\n", 0, offset) + 1


def participants_key(ev) -> str:
    return "|".join(
        [",".join(sorted(c for c, _ in ev.countries)), ",".join(sorted(p for p, _ in ev.people))]
    )[:255]


def _status(ev) -> str:
    return EventStatus.PLANNED if ev.status == "planned" else EventStatus.HELD


def _match_key(ev) -> tuple[str, str, str, str]:
    kind = "" if ev.type in KIND_BLIND else ev.subtype
    return (ev.type, kind, _status(ev), participants_key(ev))


def _match_windows(
    dates_by_key: dict[str, list[dt.date]], window: dt.timedelta, per_query: int = 300
) -> Iterator[Q]:
    """The stored events that can match: for each participants key, only the days near the
    batch's events with that key (one query over the whole span of a batch grew with the
    archive: at 100,000 articles it fetched most events of the popular pairs every batch)."""
    clauses = []
    for key, dates in dates_by_key.items():
        dates = sorted(dates)
        start = end = dates[0]
        for day in dates[1:]:
            if day - end > 2 * window:
                clauses.append(Q(participants_key=key, date__range=(start - window, end + window)))
                start = day
            end = day
        clauses.append(Q(participants_key=key, date__range=(start - window, end + window)))
    for first in range(0, len(clauses), per_query):
        yield functools.reduce(operator.or_, clauses[first : first + per_query])


@dataclass
class _EventRow:
    """A stored event as matching needs it: its id (set once inserted), date and kind."""

    pk: int | None
    date: dt.date
    subtype: str = ""


def store_events(pairs, ids, new: bool = False) -> None:
    """Link each article to its events, reusing an event another article already reported,
    earlier articles of the same batch included; keep each report's sentences."""
    articles = [a for a, _ in pairs]
    through = Event.articles.through
    old_events: list[int] = []
    if not new:
        old_events = list(
            through.objects.filter(article__in=articles).values_list("event_id", flat=True)
        )
        through.objects.filter(article__in=articles).delete()
        EventReport.objects.filter(article__in=articles).delete()
    extracted = [(a, i, ev) for a, x in pairs for i, ev in enumerate(x.events)]
    if extracted:
        _link(extracted, ids)
    # An event no article reports any more goes with its last report.
    Event.objects.filter(pk__in=old_events, articles__isnull=True).delete()


def _link(extracted, ids) -> None:
    window = dt.timedelta(days=EVENT_MATCH_DAYS)
    dates_by_key: dict[str, list[dt.date]] = {}
    for _, _, ev in extracted:
        dates_by_key.setdefault(participants_key(ev), []).append(ev.date)
    known: dict[tuple[str, str, str, str], list[_EventRow]] = {}
    for condition in _match_windows(dates_by_key, window):
        rows = Event.objects.filter(condition).values_list(
            "pk", "type", "subtype", "status", "participants_key", "date"
        )
        for pk, type_, subtype, status, participants, date in rows:
            kind = "" if type_ in KIND_BLIND else subtype
            known.setdefault((type_, kind, status, participants), []).append(
                _EventRow(pk, date, subtype)
            )
    for candidates in known.values():
        candidates.sort(key=lambda e: (e.date, e.pk))
    by_report: dict[tuple[int, int], _EventRow] = {}
    fresh: list[tuple[_EventRow, object, str]] = []
    upgrades: dict[int, tuple[str, str]] = {}
    for article, index, ev in extracted:
        key = _match_key(ev)
        match = next((e for e in known.get(key, ()) if abs(e.date - ev.date) <= window), None)
        if match is None:
            match = _EventRow(None, ev.date, ev.subtype)
            fresh.append((match, ev, key[3]))
            known.setdefault(key, []).append(match)
        elif VISIT_RANK.get(ev.subtype, 0) > VISIT_RANK.get(match.subtype, 0):
            match.subtype = ev.subtype  # "the visit", then "the state visit": a state visit
            if match.pk is not None:
                upgrades[match.pk] = (ev.subtype, ev.title)
        by_report[(article.pk, index)] = match
    _insert_fresh(fresh, ids)
    for pk, (subtype, title) in upgrades.items():
        Event.objects.filter(pk=pk).update(subtype=subtype, title=title[:300])
    # Each article's links were deleted above (or it is new): no row exists yet.
    insert_rows(
        Event.articles.through,
        ["event", "article"],
        list(dict.fromkeys((row.pk, article) for (article, _), row in by_report.items())),
    )
    insert_rows(
        EventReport,
        ["event", "article", "sentence", "paragraph"],
        [
            (by_report[(article.pk, index)].pk, article.pk, text, paragraph_of(article.body, at))
            for article, index, ev in extracted
            for at, text in (ev.sentences or ((0, ev.sentence),))
        ],
    )
    # Talks held during a visit or a summit the same article reports.
    fresh_ids = {id(row) for row, _, _ in fresh}
    for article, index, ev in extracted:
        row = by_report[(article.pk, index)]
        part_of = by_report.get((article.pk, ev.during)) if ev.during is not None else None
        if part_of is not None and id(row) in fresh_ids and part_of.pk != row.pk:
            Event.objects.filter(pk=row.pk).update(part_of_id=part_of.pk)


def _insert_fresh(fresh, ids) -> None:
    new_ids = insert_returning(
        Event,
        [
            "type",
            "subtype",
            "title",
            "subject",
            "status",
            "date",
            "date_precision",
            "place",
            "participants_key",
        ],
        [
            (
                ev.type,
                ev.subtype,
                ev.title[:300],
                ev.subject[:300],
                _status(ev),
                ev.date,
                ev.date_precision,
                ids.places.get(ev.place),
                key,
            )
            for _, ev, key in fresh
        ],
    )
    for (row, _, _), pk in zip(fresh, new_ids, strict=True):
        row.pk = pk
    insert_rows(
        EventPerson,
        ["event", "person", "role"],
        [
            (row.pk, ids.people[p], role)
            for row, ev, _ in fresh
            for p, role in ev.people
            if p in ids.people
        ],
    )
    insert_rows(
        EventCountry,
        ["event", "country", "role"],
        [
            (row.pk, ids.countries[c], role)
            for row, ev, _ in fresh
            for c, role in ev.countries
            if c in ids.countries
        ],
    )
    pair_tables.add_events(
        (row.pk, [ids.countries[c] for c, _ in ev.countries if c in ids.countries])
        for row, ev, _ in fresh
    )
    pair_tables.add_meetings(
        (row.pk, [ids.people[p] for p, _ in ev.people if p in ids.people])
        for row, ev, _ in fresh
        if pair_tables.counts_as_meeting(ev.type, _status(ev))
    )
    summit_places = {ids.places.get(ev.place) for _, ev, _ in fresh if ev.type == "summit"}
    place_countries = dict(
        Place.objects.filter(pk__in=summit_places - {None}).values_list("pk", "country")
    )
    pair_tables.add_trips(
        (
            row.pk,
            ev.type,
            _status(ev),
            ev.date,
            place_countries.get(ids.places.get(ev.place)),
            [(ids.people[p], role) for p, role in ev.people if p in ids.people],
            [(ids.countries[c], role) for c, role in ev.countries if c in ids.countries],
        )
        for row, ev, _ in fresh
        if ev.type in {"visit", "summit"}
    )
