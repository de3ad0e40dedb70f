"""The models' own rules (archive/models/): URLs, office dates, and the QuerySet verbs the
pages read through — each checked against the plain query it stands for."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from archive.models import (
    MEETING_TYPES,
    Article,
    Country,
    Event,
    EventStatus,
    Figure,
    Office,
    OfficeRole,
    Person,
    pair_slug,
)
from archive.search.contract import Filters

pytestmark = pytest.mark.django_db


def test_a_pair_has_one_address_whichever_country_comes_first():
    kz, tm = Country.objects.get(iso2="KZ"), Country.objects.get(iso2="TM")
    assert pair_slug(tm, kz) == pair_slug(kz, tm) == "kz-tm"
    assert kz.pair_url(tm) == tm.pair_url(kz) == "/relations/kz-tm/"
    assert kz.get_absolute_url() == "/countries/kz/"


@pytest.mark.parametrize(
    ("start", "end", "day", "held"),
    [
        (dt.date(2019, 3, 20), None, dt.date(2019, 3, 20), True),
        (dt.date(2019, 3, 20), None, dt.date(2019, 3, 19), False),
        (None, dt.date(2000, 1, 1), dt.date(1999, 12, 31), True),
        (dt.date(1990, 1, 1), dt.date(2000, 1, 1), dt.date(2000, 1, 2), False),
    ],
)
def test_an_office_is_held_on_the_same_days_in_python_and_in_sql(start, end, day, held):
    person = Person.objects.create(name="Test Holder", slug="test-holder")
    office = Office.objects.create(
        person=person,
        role=OfficeRole.FOREIGN_MINISTER,
        title="Foreign Minister",
        start=start,
        end=end,
    )
    assert office.held_on(day) is held
    assert Office.objects.valid_on(day).filter(pk=office.pk).exists() is held


def test_an_office_cannot_end_before_it_starts():
    person = Person.objects.create(name="Test Holder", slug="test-holder")
    with pytest.raises(IntegrityError), transaction.atomic():
        Office.objects.create(
            person=person,
            role=OfficeRole.HEAD_OF_STATE,
            title="President",
            start=dt.date(2020, 1, 1),
            end=dt.date(2019, 1, 1),
        )


def test_people_in_office_on_a_day():
    def presidents(day):
        return set(
            Person.objects.in_office(
                day, role=OfficeRole.HEAD_OF_STATE, country__iso2="KZ"
            ).values_list("slug", flat=True)
        )

    assert presidents(dt.date(2020, 1, 1)) == {"kassym-jomart-tokayev"}
    assert presidents(dt.date(2010, 1, 1)) == {"nursultan-nazarbayev"}


def test_article_verbs_agree_with_the_plain_queries(seed_article):
    kz, tm, us = (Country.objects.get(iso2=c) for c in ("KZ", "TM", "US"))
    articles = Article.objects.all()
    for scan in (False, True):
        assert list(articles.about(kz, scan=scan)) == [seed_article]
        assert list(articles.about_pair(kz, tm, scan=scan)) == [seed_article]
        assert list(articles.about(us, scan=scan)) == []
    assert articles.per_month() == [(dt.date(2025, 11, 1), 1)]
    assert list(articles.containing_any(["TURKMENISTAN", ""])) == [seed_article]
    assert list(articles.containing_any([])) == []
    tokayev = Person.objects.get(slug="kassym-jomart-tokayev")
    for scan in (False, True):
        assert list(articles.mentioning(tokayev, scan=scan)) == [seed_article]
    listed = articles.for_listing().get()
    assert {"body", "mention_spans"} <= listed.get_deferred_fields()


def stored_article(name, day, ingested_at):
    """A made-up article of that name, published that day."""
    return Article.objects.create(
        headline=name,
        slug=name,
        body=f"Text of {name}.",
        sha256=name.ljust(64, "0"),
        source_file=f"{name}.txt",
        published=day,
        ingested_at=ingested_at,
    )


def test_articles_newest_first_and_the_same_day_by_arrival(seed_article):
    later = stored_article("later", seed_article.published, seed_article.ingested_at)
    older = stored_article("older", dt.date(2020, 1, 1), seed_article.ingested_at)
    assert list(Article.objects.newest_first()) == [later, seed_article, older]


def test_articles_per_month_count_each_article_once_across_months(seed_article):
    def stored(name, day):
        article = stored_article(name, day, seed_article.ingested_at)
        article.countries.add(*Country.objects.filter(iso2__in=["KZ", "TM"]))
        return article

    stored("new-year", dt.date(2024, 12, 31))
    stored("next-day", dt.date(2025, 1, 1))
    stored("month-end", dt.date(2025, 1, 31))
    # a join that repeats each article once per country still counts it once
    repeated = Article.objects.filter(country_mentions__country__iso2__in=["KZ", "TM"])
    assert repeated.per_month() == [
        (dt.date(2024, 12, 1), 1),
        (dt.date(2025, 1, 1), 2),
        (dt.date(2025, 11, 1), 1),
    ]


def test_event_verbs_agree_with_the_plain_queries(seed_article):
    kz, tm = Country.objects.get(iso2="KZ"), Country.objects.get(iso2="TM")
    events = Event.objects.all()
    assert set(events.held()) == set(events.filter(status=EventStatus.HELD))
    assert set(events.planned()) == set(events.filter(status=EventStatus.PLANNED))
    involving = set(events.filter(countries=kz))
    assert (
        involving and set(events.involving(kz)) == set(events.involving(kz, scan=True)) == involving
    )
    assert set(events.between(kz, tm)) == set(events.filter(countries=kz).filter(countries=tm))
    tokayev = Person.objects.get(slug="kassym-jomart-tokayev")
    theirs = set(events.filter(people=tokayev))
    assert theirs
    assert set(events.with_person(tokayev)) == set(events.with_person(tokayev, scan=True)) == theirs
    assert set(events.meetings()) == set(events.filter(type__in=MEETING_TYPES))
    assert set(Event.objects.meetings().values_list("type", flat=True)) <= set(MEETING_TYPES)


def test_events_matching_the_filters(seed_article):
    events = Event.objects.all()
    assert set(events.matching(Filters())) == set(events)
    one = events.first()
    kz = Country.objects.get(iso2="KZ")
    chosen = events.matching(Filters(countries=("kz",), types=(one.type,)))
    assert set(chosen) == set(events.filter(countries=kz, type=one.type))
    assert one in chosen
    after = one.date + dt.timedelta(days=1)
    assert not events.matching(Filters(date_from=after)).filter(date__lt=after).exists()
    assert list(events.matching(Filters(countries=("zz",)))) == []


def test_articles_matching_the_filters(seed_article):
    articles = Article.objects.all()
    assert list(articles.matching(Filters())) == [seed_article]
    assert list(articles.matching(Filters(countries=("kz", "TM")))) == [seed_article]
    assert list(articles.matching(Filters(countries=("kz", "us")))) == []
    assert list(articles.matching(Filters(people=("kassym-jomart-tokayev",)))) == [seed_article]
    day = seed_article.published
    assert list(articles.matching(Filters(date_from=day, date_to=day))) == [seed_article]
    assert list(articles.matching(Filters(date_to=day - dt.timedelta(days=1)))) == []


def test_partners_and_figures_between_two_countries(seed_article):
    kz, tm = Country.objects.get(iso2="KZ"), Country.objects.get(iso2="TM")
    partners = Country.objects.partners_of(kz)
    assert tm in partners and kz not in partners
    for partner in partners:  # the number of articles naming both
        assert partner.shared == Article.objects.about_pair(kz, partner).count() >= 1
    assert [p.shared for p in partners] == sorted((p.shared for p in partners), reverse=True)
    between = Figure.objects.between(kz, tm)
    assert set(between) == set(Figure.objects.filter(countries=kz).filter(countries=tm))
    assert list(Figure.objects.between(kz, Country.objects.get(iso2="US"))) == []


def test_months_and_newest_read_from_the_dates_index_are_the_articles(db):
    """months_of and newest_of (an index of the articles' ids and dates, not their rows)
    give what per_month and newest_first give over the same articles: a country's, a
    pair's."""
    from archive.models import ArticleCountry

    kz, ru, tm = (Country.objects.get(iso2=code) for code in ("KZ", "RU", "TM"))
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for i in range(30):
        article = stored_article(f"a{i:02d}", dt.date(2024, 1 + i % 12, 1 + i % 27), now)
        for country in (kz, ru if i % 3 else tm):
            ArticleCountry.objects.create(article=article, country=country, first_offset=i)
    ids = ArticleCountry.objects.filter(country=kz).values("article_id")
    pair = ArticleCountry.objects.filter(
        country=kz, article_id__in=ArticleCountry.objects.filter(country=ru).values("article_id")
    ).values("article_id")
    for rows, articles in (
        (ids, Article.objects.about(kz)),
        (pair, Article.objects.about_pair(kz, ru)),
    ):
        assert Article.objects.months_of(rows) == articles.per_month()
        newest = list(articles.newest_first().values_list("pk", flat=True)[:7])
        assert Article.objects.newest_of(rows, 7) == newest
    assert sum(n for _, n in Article.objects.months_of(pair)) == 20
