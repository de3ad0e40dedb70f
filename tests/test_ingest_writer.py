"""The writer (archive/ingest/writer.py, event_store.py): what a stored article carries —
its source and original address, its events with their evidence and status, its figures —
and what re-extraction keeps."""

import pytest

from archive.ingest.curation import reextract
from archive.ingest.pipeline import ingest_file
from archive.models import Article, Event, EventReport, EventStatus, Figure

pytestmark = pytest.mark.django_db
LIMIT = 100_000

VISIT = (
    "ASTANA, March 4. /Kazinform/ – Shavkat Mirziyoyev arrived in Astana on a state visit.\n\n"
    "Trade between Kazakhstan and Uzbekistan grew 12.5% in 2024 to USD 4.2 billion.\n\n"
    "During the visit, Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev. "
    "Kassym-Jomart Tokayev will visit Tashkent on 20 May."
)


def ingest(write_article, gazetteer, body, name="a.txt", date="2025-03-04"):
    outcome = ingest_file(write_article(name, body, date), gazetteer, max_bytes=LIMIT)
    return Article.objects.get(pk=outcome.article_id)


def test_a_dated_wire_story_is_stored_with_its_source_dateline_events_and_figures(
    write_article, gazetteer
):
    article = ingest(write_article, gazetteer, VISIT)
    assert article.headline == "Shavkat Mirziyoyev arrived in Astana on a state visit"
    assert article.source.name == "Qazinform News Agency"
    assert article.dateline == "ASTANA, March 4. /Kazinform/ –"

    visit = Event.objects.get(type="visit", status=EventStatus.HELD)
    assert visit.subtype == "state"
    talks = Event.objects.get(type="talks")
    assert talks.part_of == visit  # held during the visit
    planned = Event.objects.get(status=EventStatus.PLANNED)
    assert (planned.type, planned.date.isoformat()) == ("visit", "2025-05-20")

    report = EventReport.objects.get(event=talks)
    assert report.paragraph == 3 and report.sentence.startswith("During the visit")

    growth, trade = Figure.objects.filter(article=article).order_by("value")
    assert (growth.value, growth.unit, growth.paragraph) == (12.5, "%", 2)
    assert (trade.value, trade.quote, trade.period) == (4_200_000_000, "USD 4.2 billion", "in 2024")


def test_two_reports_of_one_visit_are_one_event_of_the_more_specific_kind(write_article, gazetteer):
    ingest(write_article, gazetteer, "Shavkat Mirziyoyev arrived in Astana for a visit.", "a.txt")
    ingest(
        write_article,
        gazetteer,
        "Shavkat Mirziyoyev is on a state visit to Kazakhstan.",
        "b.txt",
        date="2025-03-05",
    )
    visit = Event.objects.get(type="visit")
    assert visit.subtype == "state" and visit.articles.count() == 2
    assert visit.reports.count() == 2


def test_a_title_line_and_an_editors_headline_survive_reextraction(write_article, gazetteer):
    given = ingest(
        write_article,
        gazetteer,
        "\ntitle Leaders meet\n\nShavkat Mirziyoyev held talks with Kassym-Jomart Tokayev.",
        "given.txt",
    )
    edited = ingest(write_article, gazetteer, "Kassym-Jomart Tokayev met Vladimir Putin.", "e.txt")
    edited.headline, edited.edited_fields = "An editor's headline", ["headline"]
    edited.save()
    derived = ingest(write_article, gazetteer, "Kassym-Jomart Tokayev met Xi Jinping.", "d.txt")
    Article.objects.filter(pk=derived.pk).update(headline="An old derived headline")

    reextract(Article.objects.all(), gazetteer)

    assert Article.objects.get(pk=given.pk).headline == "Leaders meet"
    assert Article.objects.get(pk=edited.pk).headline == "An editor's headline"
    assert Article.objects.get(pk=derived.pk).headline == "Kassym-Jomart Tokayev met Xi Jinping"


def test_an_official_the_gazetteer_lacks_is_stored_for_review_with_the_office_given(
    write_article, gazetteer
):
    from archive.models import Person

    body = (
        "Kazakh Deputy Foreign Minister Aida Temirbek met Turkmen Foreign Minister Rashid "
        "Meredov in Astana. Министр иностранных дел Руритании Иван Петров также прибыл."
    )
    article = ingest(write_article, gazetteer, body)
    aida = Person.objects.get(slug="aida-temirbek")
    assert aida.needs_review
    office = aida.offices.get()
    assert (office.title, office.country.iso2, office.role) == (
        "Deputy Foreign Minister",
        "KZ",
        "other",
    )
    assert office.start == office.end == article.published
    assert article.people.filter(slug="aida-temirbek").exists()
    talks = Event.objects.get(type="talks")
    assert {"aida-temirbek", "rashid-meredov"} <= set(talks.people.values_list("slug", flat=True))
    # A Cyrillic name is stored in Latin letters, its own form kept as an alias.
    ivan = Person.objects.get(slug="ivan-petrov")
    assert ivan.aliases.filter(name="Иван Петров").exists()


def test_an_official_spelt_two_ways_in_two_articles_is_one_person(write_article, gazetteer):
    from archive.models import Person

    ingest(
        write_article,
        gazetteer,
        "Murat Nurtleu met Russian Ambassador to Kazakhstan Aleksey Borodavkin in Astana.",
        name="a.txt",
    )
    second = ingest(
        write_article,
        gazetteer,
        "Murat Nurtleu received Russian Ambassador to Kazakhstan Alexei Borodavkin on Tuesday.",
        name="b.txt",
    )
    (person,) = Person.objects.filter(slug__endswith="-borodavkin")
    assert person.name == "Aleksey Borodavkin"
    assert person.aliases.filter(name="Alexei Borodavkin").exists()
    assert second.people.filter(pk=person.pk).exists()
    # a namesake of another country stays another person
    ingest(
        write_article,
        gazetteer,
        "Murat Nurtleu met Ukrainian Ambassador to Kazakhstan Alexey Borodavkin.",
        name="c.txt",
    )
    assert Person.objects.filter(slug__endswith="-borodavkin").count() == 2


def test_a_town_the_gazetteer_lacks_becomes_a_place_once(write_article, gazetteer):
    from archive.models import Place

    body = "British Foreign Secretary David Cameron held talks in Swindon on Friday."
    first = ingest(write_article, gazetteer, body, "a.txt")
    second = ingest(write_article, gazetteer, body.replace("Friday", "Monday"), "b.txt")
    town = Place.objects.get(slug="swindon-gb")
    assert (town.name, town.kind, town.country.iso2) == ("Swindon", "city", "GB")
    assert {p.place_id for a in (first, second) for p in a.place_mentions.all()} == {town.pk}
    talks = Event.objects.filter(type="talks")
    assert {e.place_id for e in talks} == {town.pk}


def test_a_venue_the_gazetteer_lacks_is_stored_as_a_venue(write_article, gazetteer):
    from archive.models import Place

    body = "While in Vietnam, Anwar Ibrahim will visit the Hoa Binh Hi-tech Park on Friday."
    ingest(write_article, gazetteer, body)
    venue = Place.objects.get(slug="hoa-binh-hi-tech-park-vn")
    assert (venue.name, venue.kind, venue.country.iso2) == ("Hoa Binh Hi-tech Park", "venue", "VN")
