"""Browsing aids on the listings: the calendar of months on /articles/, numbered pages, and
the event types as chips with their counts on /events/."""

import datetime as dt
import re

import pytest

from archive.models import Article, Event, EventCountry, EventType
from archive.templatetags.archive_tags import page_window
from archive.views import calendar
from tests.conftest import refresh_statistics

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("current", "last", "window"),
    [
        (1, 1, [1]),
        (1, 3, [1, 2, 3]),
        (1, 40, [1, 2, 3, None, 40]),
        (9, 40, [1, None, 7, 8, 9, 10, 11, None, 40]),
        (4, 40, [1, 2, 3, 4, 5, 6, None, 40]),
        (40, 40, [1, None, 38, 39, 40]),
    ],
)
def test_page_numbers_offered(current, last, window):
    assert page_window(current, last) == window


def test_calendar_has_every_month_of_every_year_newest_first():
    rows = calendar([(dt.date(2019, 3, 1), 2), (dt.date(2021, 12, 1), 5), (dt.date(2021, 1, 1), 1)])
    assert [year for year, _, _ in rows] == [2021, 2019]  # 2020 had none: no row
    _, cells, total = rows[0]
    assert len(cells) == 12 and cells[0] == (dt.date(2021, 1, 1), 1) and cells[11][1] == 5
    assert total == 6 and rows[1][2] == 2
    assert calendar([]) == []


def test_articles_page_has_a_calendar_of_months_that_keeps_the_filters(client, seed_article):
    html = client.get("/articles/").content.decode()
    table = html[html.index('<table class="calendar">') : html.index("</table>")]
    assert '<a href="/articles/2025/11/" aria-label="November 2025: 1 article"' in table
    assert table.count('<span class="none">') == 11  # the other months of 2025
    narrowed = client.get("/articles/?country=kz").content.decode()
    assert 'href="/articles/2025/11/?country=kz"' in narrowed
    month = client.get("/articles/2025/11/?country=kz").content.decode()
    assert 'aria-current="page">1</a>' in month  # the month shown, marked
    nothing = client.get("/articles/?country=fr").content.decode()
    assert "<tbody></tbody>" in nothing


def numbered_article(n: int, word: str, first_day: dt.date, ingested_at) -> Article:
    """The nth of a run of made-up articles, a day apart (unsaved)."""
    return Article(
        headline=f"{word} {n}",
        slug=f"{word.lower()}-{n}",
        body="Text.",
        published=first_day + dt.timedelta(days=n),
        source_file=f"{word.lower()}/{n}.txt",
        sha256=f"{word.lower()}{n}".encode().hex().rjust(64, "0"),
        ingested_at=ingested_at,
    )


def test_listings_number_their_pages(client, seed_article):
    source = Article.objects.get()
    Article.objects.bulk_create(
        numbered_article(n, "Article", dt.date(2024, 1, 1), source.ingested_at) for n in range(200)
    )
    html = client.get("/articles/", {"page": 5}).content.decode()
    nav = html[html.index('<nav class="pagination"') :]
    numbers = re.findall(r'aria-label="Page (\d+)', nav)
    assert numbers == ["1", "3", "4", "5", "6", "7", "11"]
    assert 'href="?page=5" aria-current="page"' in nav
    assert 'rel="prev" href="?page=4"' in nav and 'rel="next" href="?page=6"' in nav


def test_event_types_are_chips_with_counts_under_the_other_filters(client, seed_article):
    kz = seed_article.countries.get(iso2="KZ")
    day = dt.date(2020, 5, 5)
    elsewhere = Event.objects.bulk_create(
        Event(type=EventType.PHONE_CALL, title=f"Call {n}", date=day) for n in range(3)
    )
    EventCountry.objects.create(event=elsewhere[0], country=kz)
    html = client.get("/events/").content.decode()
    chips = html[
        html.index('aria-label="Event types"') : html.index(
            "</nav>", html.index('aria-label="Event types"')
        )
    ]
    assert 'href="?type=phone_call">Phone call <span class="count">3</span>' in chips
    assert "Statement" not in chips  # no statements: no chip
    narrowed = client.get("/events/", {"country": "kz", "type": "visit"}).content.decode()
    chips = narrowed[narrowed.index('aria-label="Event types"') :]
    # counted within Kazakhstan's events, the type chosen marked, any other type one click
    assert 'href="?country=kz&amp;type=phone_call">Phone call <span class="count">1</span>' in chips
    assert 'aria-current="true">Visit <span class="count">1</span>' in chips
    assert 'href="?country=kz">Any type</a>' in chips


def test_sources_have_pages_with_their_articles_by_month(client, seed_article):
    source = seed_article.source
    listing = client.get("/sources/").content.decode()
    assert (
        f'<a href="/sources/{source.slug}/">{source.name}</a></td><td>1</td><td>2025-11-25'
        in listing
    )
    page = client.get(f"/sources/{source.slug}/").content.decode()
    assert f"<h1>{source.name}</h1>" in page and seed_article.headline in page
    assert f'href="/articles/2025/11/?source={source.slug}"' in page  # the calendar
    assert "<svg" in page  # articles per month
    month = client.get(f"/articles/2025/11/?source={source.slug}").content.decode()
    assert seed_article.headline in month
    # every listing links an article's source to its page
    assert (
        f'href="/sources/{source.slug}/">{source.name}</a>'
        in client.get("/articles/").content.decode()
    )
    assert client.get("/sources/no-such-agency/").status_code == 404
    assert f"/sources/{source.slug}/" in client.get("/sitemap-sources.xml").content.decode()


def test_addresses_written_without_reverse_are_the_routes_addresses():
    from django.urls import reverse

    from archive import addresses

    assert addresses.article(12, "a-b") == reverse("archive:article", args=[12, "a-b"])
    assert addresses.person("x-y") == reverse("archive:person", args=["x-y"])
    assert addresses.country("KZ") == reverse("archive:country", args=["kz"])
    assert addresses.pair("TM", "kz") == reverse("archive:pair", args=["kz-tm"])
    assert addresses.month(2025, 3) == reverse("archive:article-month", args=[2025, 3])
    assert addresses.year(1999) == reverse("archive:article-year", args=[1999])
    assert addresses.event(7) == "/events/7/" and addresses.place("aktau-kz") == "/places/aktau-kz/"


@pytest.mark.parametrize(
    ("value", "range_to", "qualifier", "unit", "shown"),
    [
        ("500000000", None, "exact", "USD", "500,000,000 USD"),
        ("12.5", None, "more_than", "%", "more than 12.50 %"),
        ("900", "1000", "about", "t", "about 900–1,000 t"),
    ],
)
def test_figure_amounts_read_as_a_reader_reads_them(value, range_to, qualifier, unit, shown):
    from decimal import Decimal

    from archive.models import Figure
    from archive.templatetags.archive_tags import amount

    figure = Figure(
        value=Decimal(value),
        range_to=Decimal(range_to) if range_to else None,
        qualifier=qualifier,
        unit=unit,
    )
    assert amount(figure) == shown


def test_a_busy_countrys_figures_read_from_its_newest_articles_are_the_same(seed_article):
    from archive.models import Figure
    from archive.views import PAIR_EVENTS, _country_figures

    kz = seed_article.countries.get(iso2="KZ")
    source = Figure.objects.filter(countries=kz).first()
    for n in range(40):  # figures in many newer articles, more than a page shows
        article = numbered_article(n, "Trade", dt.date(2026, 1, 1), seed_article.ingested_at)
        article.body = "Trade grew."
        article.save()
        figure = Figure.objects.create(
            article=article, kind=source.kind, value=n, unit="USD", sentence="Trade grew."
        )
        figure.countries.add(kz)
    walked, sorted_ = _country_figures(kz, scan=True), _country_figures(kz, scan=False)
    assert [f.pk for f in walked["figures"]] == [f.pk for f in sorted_["figures"]]
    assert len(walked["figures"]) == PAIR_EVENTS
    assert (
        walked["figure_count"]
        == sorted_["figure_count"]
        == Figure.objects.filter(countries=kz).count()
    )


def test_the_events_country_chooser_offers_the_countries_events_name(client, seed_article):
    html = client.get("/events/").content.decode()
    chooser = html[html.index('<datalist id="country-names">') : html.index("</datalist>")]
    assert '<option value="Kazakhstan">' in chooser and '<option value="Turkmenistan">' in chooser
    assert '<option value="France">' not in chooser  # no event names France
    assert 'list="country-names"' in html


def test_a_filtered_listing_pages_through_its_articles_newest_first(client, db):
    """/articles/?country=kz reads its calendar, count and pages off the articles' dates
    index (NewestArticles): the same articles, in the same order, as the plain query."""
    from archive.models import ArticleCountry, Country

    kz, tm = Country.objects.get(iso2="KZ"), Country.objects.get(iso2="TM")
    now = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for i in range(50):
        article = Article.objects.create(
            headline=f"Report number {i:02d}",
            slug=f"report-{i:02d}",
            body="Text.",
            sha256=f"{i:02d}".ljust(64, "0"),
            source_file=f"{i:02d}.txt",
            published=dt.date(2023 + i % 2, 1 + i % 12, 1 + i % 9),
            ingested_at=now,
        )
        ArticleCountry.objects.create(article=article, country=kz if i % 5 else tm)
    about = Article.objects.about(kz).newest_first()

    def listed(url):
        html = client.get(url).content.decode()
        return re.findall(r"Report number (\d\d)", html)

    expected = [a.headline[-2:] for a in about]
    assert listed("/articles/?country=kz") + listed("/articles/?country=kz&page=2") == expected
    in_2024 = [a.headline[-2:] for a in about.filter(published__year=2024)]
    assert listed("/articles/2024/?country=kz") == in_2024[:20]
    march = [a.headline[-2:] for a in about.filter(published__year=2023, published__month=3)]
    assert listed("/articles/2023/03/?country=kz") == march
    since = [a.headline[-2:] for a in about.filter(published__gte=dt.date(2024, 6, 1))]
    assert listed("/articles/?country=kz&from=2024-06-01") == since
    page = client.get("/articles/?country=kz&page=2").content.decode()
    assert 'aria-label="Page 2 of 2, this page"' in page  # 40 articles, 20 a page
    assert "?country=kz&amp;page=3" not in page


def test_a_busy_countrys_events_paged_off_the_date_index_are_the_listings(client, seed_article):
    """Past SCAN_ABOVE events a country's listing reads each page's ids off the date index
    (NewestEvents): the same events, in the same order, as the plain query's pages."""
    from archive.search.contract import Filters
    from archive.views import SCAN_ABOVE, NewestEvents

    kz = seed_article.countries.get(iso2="KZ")
    types = [EventType.VISIT, EventType.TALKS, EventType.SUMMIT]
    events = Event.objects.bulk_create(
        Event(
            type=types[n % 3], title=f"Event {n}", date=dt.date(2000, 1, 1) + dt.timedelta(n // 12)
        )
        for n in range(SCAN_ABOVE * 7)
    )
    EventCountry.objects.bulk_create(EventCountry(event=e, country=kz) for e in events[::2])
    refresh_statistics()
    for params, filters in (
        ({"country": "kz"}, Filters(countries=("KZ",))),
        ({"country": "kz", "type": "talks"}, Filters(countries=("KZ",), types=("talks",))),
        (
            {"country": "kz", "from": "2000-03-01", "to": "2000-09-30"},
            Filters(countries=("KZ",), date_from=dt.date(2000, 3, 1), date_to=dt.date(2000, 9, 30)),
        ),
    ):
        expected = list(
            Event.objects.matching(filters)
            .order_by("-date", "type", "pk")
            .values_list("pk", flat=True)
        )
        assert Event.objects.newest_involving(kz, filters, 20, 40) == expected[40:60]
        for page in (1, 3):
            response = client.get("/events/", {**params, "page": page})
            shown = [e.pk for e in response.context["page_obj"].object_list]
            assert shown == expected[(page - 1) * 20 : page * 20], params
            assert response.context["paginator"].count == len(expected)
            assert isinstance(response.context["paginator"].object_list, NewestEvents)


def test_an_article_in_a_list_shows_its_headline_lead_date_source_and_countries(
    client, seed_article
):
    from archive.models import Source

    seed_article.lead = "A lead of many words & more, " * 10  # 300 characters
    seed_article.source = Source.objects.create(name="Kazinform & Co", slug="kazinform-co")
    seed_article.save()
    html = client.get("/articles/").content.decode()
    item = html[html.index('<li class="article-item">') :]
    item = item[: item.index("</li>")]
    assert f'<a href="{seed_article.get_absolute_url()}">' in item
    lead = item[item.index('<p class="lead-line">') + 21 : item.index("</p>")]
    assert lead.startswith("A lead of many words &amp; more,") and lead.endswith("…")
    assert len(lead.replace("&amp;", "&")) == 180  # cut where truncatechars cuts
    day = seed_article.published
    assert f'<time datetime="{day:%Y-%m-%d}">{day.day} {day:%B %Y}</time>' in item
    assert ' · <a href="/sources/kazinform-co/">Kazinform &amp; Co</a>' in item
    assert '<a class="tag" href="/countries/kz/">Kazakhstan</a>' in item
