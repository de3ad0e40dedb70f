"""The pair tables (archive/pairs.py): every pair of an event's or a figure's countries,
every two people of a meeting held, each side of a visit or a summit, kept by the writer and
by edits, and what the pair pages, a person's "Met most often" and the travels tables read."""

import itertools

import pytest
from django.core.management import call_command
from django.db.models import Count

from archive import travels
from archive.ingest.curation import merge_people, merge_places
from archive.models import (
    MEETING_TYPES,
    Country,
    Event,
    EventCountry,
    EventPair,
    EventPerson,
    EventStatus,
    EventType,
    Figure,
    FigurePair,
    MeetingPair,
    Person,
    Place,
    Trip,
)

pytestmark = pytest.mark.django_db


def derived_event_pairs() -> set[tuple[int, int, int]]:
    countries: dict[int, set[int]] = {}
    for event, country in EventCountry.objects.values_list("event", "country"):
        countries.setdefault(event, set()).add(country)
    return {
        (a, b, event)
        for event, codes in countries.items()
        for a, b in itertools.combinations(sorted(codes), 2)
    }


def derived_figure_pairs() -> set[tuple[int, int, int]]:
    countries: dict[int, set[int]] = {}
    for figure, country in Figure.countries.through.objects.values_list("figure", "country"):
        countries.setdefault(figure, set()).add(country)
    return {
        (a, b, figure)
        for figure, codes in countries.items()
        for a, b in itertools.combinations(sorted(codes), 2)
    }


def derived_meeting_pairs() -> set[tuple[int, int, int]]:
    meetings = Event.objects.filter(status=EventStatus.HELD, type__in=MEETING_TYPES)
    people: dict[int, set[int]] = {}
    rows = EventPerson.objects.filter(event__in=meetings).values_list("event", "person")
    for event, person in rows:
        people.setdefault(event, set()).add(person)
    return {
        (a, b, event)
        for event, ids in people.items()
        for a, b in itertools.permutations(sorted(ids), 2)
    }


def derived_trips() -> set[tuple]:
    """What the Trip rows must be, read from the events as the travels tables used to."""
    found = set()
    for pk, type_, status, date, held_in in Event.objects.filter(
        type__in=[EventType.VISIT, EventType.SUMMIT]
    ).values_list("pk", "type", "status", "date", "place__country"):
        for person, role in EventPerson.objects.filter(event=pk).values_list("person", "role"):
            if type_ == EventType.SUMMIT:
                found.add((pk, person, None, "summit", status, date, held_in))
            elif role == "visitor":
                found.add((pk, person, None, "visitor", status, date, None))
        if type_ == EventType.VISIT:
            for country, role in EventCountry.objects.filter(event=pk).values_list(
                "country", "role"
            ):
                if role in {"host", "visitor"}:
                    found.add((pk, None, country, role, status, date, None))
    return found


def stored_trips() -> set[tuple]:
    return set(
        Trip.objects.values_list("event", "person", "country", "role", "status", "date", "held_in")
    )


def stored(model, owner: str) -> set[tuple[int, int, int]]:
    return set(model.objects.values_list("first", "second", owner))


def assert_consistent():
    assert stored(EventPair, "event") == derived_event_pairs()
    assert stored(FigurePair, "figure") == derived_figure_pairs()
    assert set(MeetingPair.objects.values_list("person", "other", "event")) == (
        derived_meeting_pairs()
    )
    assert stored_trips() == derived_trips()


def test_ingest_writes_a_row_for_every_pair_of_every_events_and_figures_countries(
    seed_article, write_article, tmp_path
):
    assert EventPair.objects.exists() and FigurePair.objects.exists()
    assert MeetingPair.objects.exists()
    assert_consistent()
    # a changed article re-ingested: its old events and figures go, with their pairs
    body = seed_article.body.replace("Turkmen", "Uzbek")
    path = write_article("000_64b0841694428645.txt", body, date=seed_article.published)
    call_command("ingest", str(path), verbosity=0)
    assert_consistent()


def test_edits_outside_the_writer_keep_the_pairs(seed_article):
    kz, tm, uz = (Country.objects.get(iso2=c) for c in ("KZ", "TM", "UZ"))
    event = Event.objects.between(kz, tm).first()
    EventCountry.objects.create(event=event, country=uz)  # as the admin's inline does
    assert event in Event.objects.between(kz, uz) and event in Event.objects.between(uz, tm)
    assert_consistent()
    EventCountry.objects.filter(event=event, country=tm).delete()
    assert event not in Event.objects.between(kz, tm)
    assert_consistent()
    figure = Figure.objects.between(kz, tm).first()
    figure.countries.remove(tm)
    figure.countries.add(uz)
    assert figure in Figure.objects.between(kz, uz)
    assert figure not in Figure.objects.between(kz, tm)
    assert_consistent()
    uz.figures.remove(figure)  # from the country's side
    assert_consistent()
    event.delete()
    assert not EventPair.objects.filter(event=event.pk).exists()
    assert_consistent()


def test_edits_outside_the_writer_keep_the_meeting_pairs(seed_article):
    meeting = Event.objects.held().meetings().filter(eventperson__isnull=False).first()
    newcomer = Person.objects.create(name="Jane Roe", slug="jane-roe")
    EventPerson.objects.create(event=meeting, person=newcomer)  # the admin's inline
    assert MeetingPair.objects.filter(person=newcomer, event=meeting).exists()
    assert_consistent()
    # planned, or no longer a meeting: no one met; a meeting held again: they did
    for field, other, back in (
        ("status", EventStatus.PLANNED, EventStatus.HELD),
        ("type", EventType.AGREEMENT, EventType.TALKS),
    ):
        setattr(meeting, field, other)
        meeting.save()
        assert not MeetingPair.objects.filter(event=meeting).exists()
        setattr(meeting, field, back)
        meeting.save()
        assert_consistent()
    # two people merged, one deleted, a participant removed: the rows follow
    someone = EventPerson.objects.filter(event=meeting).exclude(person=newcomer).first().person
    merge_people(someone, [newcomer])
    assert not MeetingPair.objects.filter(other=newcomer.pk).exists()
    assert_consistent()
    EventPerson.objects.filter(event=meeting, person=someone).delete()
    assert_consistent()
    someone.delete()
    assert_consistent()


def test_met_most_often_counts_the_meeting_pairs(client, seed_article):
    person = Person.objects.get(slug="kassym-jomart-tokayev")
    html = client.get(person.get_absolute_url()).content.decode()
    assert "Met most often" in html
    MeetingPair.objects.filter(person=person).delete()  # (as no writer would)
    html = client.get(person.get_absolute_url()).content.decode()
    assert "Met most often" not in html


def test_the_pair_page_reads_the_pairs(client, seed_article):
    EventPair.objects.all().delete()  # (as no writer would: to show what the page reads)
    html = client.get("/relations/kz-tm/").content.decode()
    assert "State visit of Serdar Berdimuhamedov to Kazakhstan" not in html


def query_plan(queryset) -> str:
    from django.db import connection

    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return " | ".join(row[-1] for row in cursor.fetchall())


def test_between_reads_one_index_range_of_the_pair(seed_article):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the plan checked is SQLite's")
    kz, tm = Country.objects.get(iso2="KZ"), Country.objects.get(iso2="TM")
    for queryset, table in (
        (Event.objects.between(kz, tm).order_by("-date")[:25], "eventpair"),
        (Figure.objects.between(kz, tm)[:25], "figurepair"),
    ):
        plan = query_plan(queryset)
        # the pair's rows from its unique index, then each record by its key
        assert f"archive_{table}_1 (first_id=? AND second_id=?)" in plan, plan
        assert "archive_eventcountry" not in plan and "figure_countries" not in plan, plan
    # "Met most often": the person's range of the meeting pairs' index, nothing else read
    met = MeetingPair.objects.filter(person=1).values_list("other").annotate(n=Count("pk"))
    plan = query_plan(met)
    assert "COVERING INDEX sqlite_autoindex_archive_meetingpair_1 (person_id=?)" in plan, plan


def test_events_filtered_by_countries_are_each_event_once(client, seed_article):
    """/events/?country=kz&country=tm reads the pair's rows; one country joins its own
    rows; neither repeats an event (no DISTINCT needed)."""
    from archive.search.contract import Filters

    kz, tm = Country.objects.get(iso2="KZ"), Country.objects.get(iso2="TM")
    both = Event.objects.matching(Filters(countries=("kz", "TM")))
    assert set(both) == set(Event.objects.between(kz, tm))
    for codes in (("kz",), ("kz", "tm"), ("tm", "kz")):
        ids = list(Event.objects.matching(Filters(countries=codes)).values_list("pk", flat=True))
        assert len(ids) == len(set(ids)) > 0
    assert not Event.objects.matching(Filters(countries=("kz", "zz"))).exists()
    html = client.get("/events/?country=kz&country=tm").content.decode()
    assert "State visit of Serdar Berdimuhamedov to Kazakhstan" in html


def test_edits_outside_the_writer_keep_the_trips(seed_article):
    visit = Event.objects.filter(type=EventType.VISIT).first()
    assert Trip.objects.filter(event=visit).exists()
    assert_consistent()
    # planned, moved, made a summit somewhere, and back: the rows follow
    visit.status = EventStatus.PLANNED
    visit.save()
    assert set(Trip.objects.filter(event=visit).values_list("status", flat=True)) == {"planned"}
    assert_consistent()
    aktau = Place.objects.create(
        name="Zhanaozen", slug="zhanaozen-test", country=Country.objects.get(iso2="KZ")
    )
    visit.type, visit.place, visit.status = EventType.SUMMIT, aktau, EventStatus.HELD
    visit.save()
    assert_consistent()
    # the place's country corrected, the place merged into another, then deleted
    aktau.country = Country.objects.get(iso2="TM")
    aktau.save()
    assert set(Trip.objects.filter(event=visit).values_list("held_in__iso2", flat=True)) == {"TM"}
    assert_consistent()
    baku = Place.objects.create(
        name="Ganja", slug="ganja-test", country=Country.objects.get(iso2="AZ")
    )
    merge_places(baku, [aktau])
    assert_consistent()
    baku.delete()
    assert_consistent()
    visit.refresh_from_db()
    visit.type = EventType.VISIT
    visit.save()
    # a visitor added as the admin's inline does, a country's role changed
    newcomer = Person.objects.create(name="Jane Roe", slug="jane-roe")
    EventPerson.objects.create(event=visit, person=newcomer, role="visitor")
    assert visit in travels.of_person(newcomer)
    row = EventCountry.objects.filter(event=visit).first()
    row.role = "host"
    row.save()
    assert_consistent()
    visit.delete()
    assert not Trip.objects.filter(event=visit.pk).exists()


def test_the_travels_tables_read_the_trips_index(seed_article):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the plan checked is SQLite's")
    kz = Country.objects.get(iso2="KZ")
    for rows in (
        travels.country_trips(kz, "host").filter(status="held").order_by("-date", "-event"),
        travels.person_trips(Person.objects.first()).filter(status="held"),
    ):
        plan = query_plan(rows.values_list("event"))
        assert "person_trips" in plan or "country_trips" in plan, plan
