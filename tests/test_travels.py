"""Travels abroad (a person's page) and visits by and to a country (a country's page), read
from the events, with their downloads (archive/travels.py)."""

import csv
import datetime as dt
import io
import json
import tracemalloc

import pytest

from archive import pairs
from archive.models import Country, Event, EventCountry, EventPerson, EventType, Person
from tests.conftest import ingest, refresh_statistics

pytestmark = pytest.mark.django_db

TRIP = (
    "President Kassym-Jomart Tokayev of Kazakhstan arrived in Tashkent on an official visit "
    "on Monday. He held talks with President Shavkat Mirziyoyev of Uzbekistan. "
    "The two leaders signed a memorandum on cooperation in transport."
)
ANNOUNCED = (
    "Kazakh President Kassym-Jomart Tokayev will pay a state visit to Turkmenistan "
    "next month, his office said."
)


def body(response) -> str:
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def rows_of(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body(response).lstrip("\ufeff"))))


@pytest.fixture
def trips(seed_article, write_article, tmp_path):
    """The seed (Berdimuhamedov's state visit to Kazakhstan), Tokayev's visit to Uzbekistan
    and an announced visit of his to Turkmenistan, ingested from text."""
    write_article("trip.txt", TRIP, date="2024-05-06")
    write_article("announced.txt", ANNOUNCED, date="2024-06-01")
    ingest(tmp_path)
    return Person.objects.get(slug="kassym-jomart-tokayev")


def test_a_person_page_lists_travels_abroad_by_year_with_whom_they_met(client, trips):
    page = client.get(trips.get_absolute_url()).content.decode()
    section = page[page.index('id="travels"') :]
    assert "<caption>2024</caption>" in section
    assert 'href="/countries/uz/">Uzbekistan</a>' in section
    assert ">Tashkent</a>" in section
    assert ">Shavkat Mirziyoyev</a>" in section  # whom he met, from the talks
    assert "official visit" in section
    # the announced visit apart, not among those made
    made, announced = section.split("Announced, not yet made when reported")
    assert "Turkmenistan" not in made.split("</table>")[0]
    assert "Turkmenistan" in announced
    # the visit he received is not a travel of his
    assert "Berdimuhamedov" not in made


def test_a_country_page_lists_visits_received_and_made(client, trips):
    kz = client.get("/countries/kz/").content.decode()
    received = kz[kz.index('id="visitors"') : kz.index('id="abroad"')]
    made = kz[kz.index('id="abroad"') : kz.index('id="figures"')]
    assert ">Serdar Berdimuhamedov</a>" in received and ">Turkmenistan</a>" in received
    assert "Tokayev" in made and ">Uzbekistan</a>" in made
    assert "Mirziyoyev" not in received
    uz = client.get("/countries/uz/").content.decode()
    assert "Kassym-Jomart Tokayev" in uz[uz.index('id="visitors"') : uz.index('id="abroad"')]


def test_travels_and_visits_download_with_the_pages_columns(client, trips):
    rows = rows_of(client.get(f"/people/{trips.slug}/travels.csv"))
    held = [r for r in rows if r["status"] == "held"]
    assert [(r["to"], r["place"], r["met"]) for r in held] == [
        ("Uzbekistan", "Tashkent", "Shavkat Mirziyoyev")
    ]
    assert held[0]["date"] == "2024-05-06" and held[0]["kind"] == "official visit"
    assert held[0]["articles"].startswith("http://testserver/articles/")
    assert {r["status"] for r in rows} == {"held", "planned"}
    data = json.loads(body(client.get("/countries/kz/visitors.json")))
    assert [(d["travellers"], d["from"], d["to"]) for d in data] == [
        (["Serdar Berdimuhamedov"], ["Turkmenistan"], ["Kazakhstan"])
    ]
    abroad = json.loads(body(client.get("/countries/kz/visits-abroad.json")))
    assert ["Uzbekistan"] in [d["to"] for d in abroad]
    page = client.get("/countries/kz/").content.decode()
    for href in ("/countries/kz/visitors.csv", "/countries/kz/visits-abroad.json"):
        assert f'href="{href}"' in page
    assert client.get("/people/nobody-at-all/travels.csv").status_code == 404
    assert client.get(f"/people/{trips.slug}/travels.xls").status_code == 404


def test_figures_download_for_a_country_and_a_pair(client, seed_article):
    rows = rows_of(client.get("/countries/kz/figures.csv"))
    assert rows and all("KZ" in r["countries"].split("; ") for r in rows)
    investment = next(r for r in rows if r["kind"] == "investment")
    assert (investment["value"], investment["unit"]) == ("120000000", "USD")
    assert investment["url"].split("#")[1].startswith("p")  # the paragraph it came from
    assert investment["sentence"] in client.get(investment["url"]).content.decode()
    pair = json.loads(body(client.get("/relations/kz-tm/figures.json")))
    assert len(pair) == len(rows)
    assert json.loads(body(client.get("/relations/kz-uz/figures.json"))) == []
    page = client.get("/relations/kz-tm/").content.decode()
    assert 'href="/relations/kz-tm/figures.csv"' in page
    assert investment["sentence"] in page  # the evidence, shown beside the row
    assert client.get("/relations/kz-zz/figures.csv").status_code == 404


def test_ten_thousand_visits_download_in_constant_memory(client, seed_article):
    kz, tm = Country.objects.get(iso2="KZ"), Country.objects.get(iso2="TM")
    visitor = Person.objects.get(slug="serdar-berdimuhamedov")

    def visits(count: int, year: int):
        events = Event.objects.bulk_create(
            Event(type=EventType.VISIT, title=f"Visit number {n}", date=dt.date(year, 1, 1))
            for n in range(count)
        )
        EventCountry.objects.bulk_create(
            [EventCountry(event=e, country=kz, role="host") for e in events]
            + [EventCountry(event=e, country=tm, role="visitor") for e in events]
        )
        EventPerson.objects.bulk_create(
            EventPerson(event=e, person=visitor, role="visitor") for e in events
        )
        pairs.sync_trips(e.pk for e in events)  # what the writer keeps; bulk_create does not
        refresh_statistics()

    def peak(fmt: str) -> tuple[int, int]:
        tracemalloc.start()
        response = client.get(f"/countries/kz/visitors.{fmt}")
        rows = sum(chunk.count(b"Berdimuhamedov") for chunk in response.streaming_content)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return rows, top

    visits(2_000, 2019)
    rows, small = peak("csv")  # (JSON is written from the same rows, a chunk at a time)
    assert rows == 2_001
    visits(8_000, 2018)
    rows, large = peak("csv")
    assert rows == 10_001
    assert large < 2 * small, (small, large)  # five times the rows, about the same memory
    page = client.get("/countries/kz/").content.decode()
    assert "10,001 visits recorded, the latest 40 here" in page


def test_met_most_often_counts_each_meeting_once(client, seed_article):
    """The person page's "Met most often": the people in the person's meetings, each with
    the number of meetings they shared."""
    from archive.models import Person

    tokayev = Person.objects.get(slug="kassym-jomart-tokayev")
    meetings = tokayev.events.held().meetings()
    expected: dict[str, int] = {}
    for event in meetings:
        for slug in event.people.exclude(pk=tokayev.pk).values_list("slug", flat=True):
            expected[slug] = expected.get(slug, 0) + 1
    assert expected  # the seed article has its meetings
    html = client.get(tokayev.get_absolute_url()).content.decode()
    section = html.split("Met most often", 1)[1].split("</ol>", 1)[0]
    for slug, times in expected.items():
        assert f'/people/{slug}/">' in section
        name = Person.objects.get(slug=slug).name
        assert f'{name}</a> <span class="count">{times}</span>' in section


def test_a_visit_announced_for_next_week_is_dated_to_that_week(client, write_article, tmp_path):
    write_article(
        "next-week.txt",
        "Kazakh President Kassym-Jomart Tokayev will pay a state visit to Turkmenistan next "
        "week, his office said.",
        date="2024-06-05",  # a Wednesday: next week begins on Monday 10 June
    )
    ingest(tmp_path)
    visit = Event.objects.get(type=EventType.VISIT)
    assert (visit.status, visit.date, visit.date_precision) == (
        "planned",
        dt.date(2024, 6, 10),
        "week",
    )
    page = client.get("/people/kassym-jomart-tokayev/").content.decode()
    assert '<time datetime="2024-W24">week of 10 Jun 2024</time>' in page
    rows = rows_of(client.get("/people/kassym-jomart-tokayev/travels.csv"))
    assert [(r["to"], r["date"], r["status"]) for r in rows] == [
        ("Turkmenistan", "2024-W24", "planned")
    ]
    event_page = client.get(visit.get_absolute_url()).content.decode()
    assert '<time datetime="2024-W24">week of 10 June 2024</time>' in event_page
