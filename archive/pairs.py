"""The pair tables: every pair of countries of an event or a figure, the lower country id
first, for the pair pages (EventPair, FigurePair); every two people of a meeting held, each
way, for a person's "Met most often" (MeetingPair).

The ingest writer adds the rows of what it creates from the countries and people it already
holds (`rows`, `meeting_rows`); an edit in the admin (an event's countries, people, type or
status, a figure's countries) re-derives the rows of that record (`sync_events`,
`sync_meetings`, `sync_figures`, connected in `connect`); deleting a record deletes its rows
with it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from archive.ingest.sql import insert_rows
from archive.models import (
    MEETING_TYPES,
    Event,
    EventCountry,
    EventPair,
    EventPerson,
    EventStatus,
    Figure,
    FigurePair,
    MeetingPair,
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


def _event_person_changed(sender, instance, raw=False, **kwargs):
    if not raw and signals_active():
        sync_meetings([instance.event_id])


def _event_changed(sender, instance, raw=False, **kwargs):
    # a type or status edited: the event may become, or stop being, a meeting held
    if not raw and signals_active():
        sync_meetings([instance.pk])


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
    m2m_changed.connect(
        _figure_countries_changed, sender=Figure.countries.through, dispatch_uid="pairs-fig"
    )
