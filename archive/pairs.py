"""The pair tables: every pair of countries of an event or a figure, the lower country id
first, for the pair pages (EventPair, FigurePair); every two people of a meeting held, each
way, for a person's "Met most often" (MeetingPair); each side of a visit or a summit, with
its status and date, for the travels tables (Trip).

The ingest writer adds the rows of what it creates from the countries and people it already
holds (`rows`, `meeting_rows`, `trip_rows`); an edit in the admin (an event's countries,
people, type, status, date or place, a place's country, a figure's countries) re-derives
the rows of that record (`sync_events`, `sync_meetings`, `sync_trips`, `sync_figures`,
connected in `connect`); deleting a record deletes its rows with it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from archive.ingest.sql import insert_rows
from archive.models import (
    MEETING_TYPES,
    Event,
    EventCountry,
    EventPair,
    EventPerson,
    EventStatus,
    EventType,
    Figure,
    FigurePair,
    MeetingPair,
    ParticipantRole,
    Place,
    Trip,
    TripRole,
)
from archive.search.queue import signals_active


def rows(owners: Iterable[tuple[int, Iterable[int]]]) -> list[tuple[int, int, int]]:
    """(first, second, owner) for each pair of the owners' countries (ids)."""
    return [
        (first, second, owner)
        for owner, countries in owners
        for first, second in itertools.combinations(sorted(set(countries)), 2)
    ]


def add_events(owners: Iterable[tuple[int, Iterable[int]]]) -> None:
    insert_rows(EventPair, ["first", "second", "event"], rows(owners))


def add_figures(owners: Iterable[tuple[int, Iterable[int]]]) -> None:
    insert_rows(FigurePair, ["first", "second", "figure"], rows(owners))


def counts_as_meeting(type_: str, status: str) -> bool:
    """Whether an event's people met: a visit, talks, a call or a summit, held."""
    return type_ in MEETING_TYPES and status == EventStatus.HELD


def meeting_rows(meetings: Iterable[tuple[int, Iterable[int]]]) -> list[tuple[int, int, int]]:
    """(person, other, event) for each two people (ids) of each meeting, both ways round."""
    return [
        (person, other, event)
        for event, people in meetings
        for person, other in itertools.permutations(sorted(set(people)), 2)
    ]


def add_meetings(meetings: Iterable[tuple[int, Iterable[int]]]) -> None:
    insert_rows(MeetingPair, ["person", "other", "event"], meeting_rows(meetings))


TRIP_FIELDS = ["event", "person", "country", "role", "status", "date", "held_in"]


def trip_rows(events) -> list[tuple]:
    """The Trip rows (TRIP_FIELDS, ids) of events given as (id, type, status, date, the
    country of its place, [(person, role)], [(country, role)]): a visit's visitors and its
    host and visitor countries; a summit's people, with where it was held."""
    found = []
    for event, type_, status, date, held_in, people, countries in events:
        if type_ == EventType.VISIT:
            found += [
                (event, person, None, TripRole.VISITOR, status, date, None)
                for person, role in people
                if role == ParticipantRole.VISITOR
            ]
            found += [
                (event, None, country, role, status, date, None)
                for country, role in countries
                if role in {ParticipantRole.HOST, ParticipantRole.VISITOR}
            ]
        elif type_ == EventType.SUMMIT:
            found += [
                (event, person, None, TripRole.SUMMIT, status, date, held_in)
                for person, _role in people
            ]
    return found


def add_trips(events) -> None:
    insert_rows(Trip, TRIP_FIELDS, trip_rows(events))


def sync_trips(ids: Iterable[int]) -> None:
    """Re-derive the Trip rows of these events from their type, status, date, place, people
    and countries."""
    ids = list(ids)
    with transaction.atomic():
        Trip.objects.filter(event__in=ids).delete()
        events = list(
            Event.objects.filter(
                pk__in=ids, type__in=[EventType.VISIT, EventType.SUMMIT]
            ).values_list("pk", "type", "status", "date", "place__country")
        )
        travelled = [pk for pk, *_ in events]
        people: dict[int, list] = {pk: [] for pk in travelled}
        for event, person, role in EventPerson.objects.filter(event__in=travelled).values_list(
            "event", "person", "role"
        ):
            people[event].append((person, role))
        countries: dict[int, list] = {pk: [] for pk in travelled}
        for event, country, role in EventCountry.objects.filter(event__in=travelled).values_list(
            "event", "country", "role"
        ):
            countries[event].append((country, role))
        add_trips(
            (pk, type_, status, date, held_in, people[pk], countries[pk])
            for pk, type_, status, date, held_in in events
        )


def _grouped(pairs: Iterable[tuple[int, int]], ids: Iterable[int]) -> list[tuple[int, list]]:
    found: dict[int, list[int]] = {pk: [] for pk in ids}
    for owner, country in pairs:
        found[owner].append(country)
    return list(found.items())


def sync_events(ids: Iterable[int]) -> None:
    """Re-derive the pair rows of these events from their countries."""
    ids = list(ids)
    with transaction.atomic():
        EventPair.objects.filter(event__in=ids).delete()
        countries = EventCountry.objects.filter(event__in=ids).values_list("event", "country")
        add_events(_grouped(countries, ids))


def sync_meetings(ids: Iterable[int]) -> None:
    """Re-derive the meeting rows of these events from their type, status and people."""
    ids = list(ids)
    with transaction.atomic():
        MeetingPair.objects.filter(event__in=ids).delete()
        held = list(Event.objects.filter(pk__in=ids).held().meetings().values_list("pk", flat=True))
        people = EventPerson.objects.filter(event__in=held).values_list("event", "person")
        add_meetings(_grouped(people, held))


def sync_figures(ids: Iterable[int]) -> None:
    """Re-derive the pair rows of these figures from their countries."""
    ids = list(ids)
    through = Figure.countries.through
    with transaction.atomic():
        FigurePair.objects.filter(figure__in=ids).delete()
        countries = through.objects.filter(figure__in=ids).values_list("figure", "country")
        add_figures(_grouped(countries, ids))


# Edits outside the writer (the admin, the shell). The writer keeps the rows itself and
# turns these off (signals_active), as it does the index queue's.


def _event_country_changed(sender, instance, raw=False, **kwargs):
    if not raw and signals_active():
        sync_events([instance.event_id])
        sync_trips([instance.event_id])


def _event_person_changed(sender, instance, raw=False, **kwargs):
    if not raw and signals_active():
        sync_meetings([instance.event_id])
        sync_trips([instance.event_id])


def _event_changed(sender, instance, raw=False, **kwargs):
    # a type or status edited: the event may become, or stop being, a meeting held; a
    # date or place edited: its trips' too
    if not raw and signals_active():
        sync_meetings([instance.pk])
        sync_trips([instance.pk])


def _place_changed(sender, instance, raw=False, **kwargs):
    # a place's country edited: where the summits held there were
    if not raw and signals_active():
        sync_trips(Event.objects.filter(place=instance).values_list("pk", flat=True))


def _place_deleted(sender, instance, **kwargs):
    # its events keep no place (SET_NULL, without signals): nor do their summits' rows
    Trip.objects.filter(event__place=instance).update(held_in=None)


def _figure_countries_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"} or not signals_active():
        return
    if reverse:  # a country's figures changed
        sync_figures(pk_set or ())
    else:
        sync_figures([instance.pk])


def connect() -> None:
    post_save.connect(_event_country_changed, sender=EventCountry, dispatch_uid="pairs-ec-s")
    post_delete.connect(_event_country_changed, sender=EventCountry, dispatch_uid="pairs-ec-d")
    post_save.connect(_event_person_changed, sender=EventPerson, dispatch_uid="pairs-ep-s")
    post_delete.connect(_event_person_changed, sender=EventPerson, dispatch_uid="pairs-ep-d")
    post_save.connect(_event_changed, sender=Event, dispatch_uid="pairs-e-s")
    post_save.connect(_place_changed, sender=Place, dispatch_uid="pairs-place-s")
    pre_delete.connect(_place_deleted, sender=Place, dispatch_uid="pairs-place-d")
    m2m_changed.connect(
        _figure_countries_changed, sender=Figure.countries.through, dispatch_uid="pairs-fig"
    )
