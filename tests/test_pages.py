"""The pages a reader browses, their feeds and the files machines read."""

import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from django.core.management import call_command

from archive.models import Article, Event

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_pair_page(client, seed_article):
    html = client.get("/relations/kz-tm/").content.decode()
    assert "Kazakhstan</a> – " in html and "Turkmenistan</a>" in html
    assert "State visit of Serdar Berdimuhamedov to Kazakhstan" in html  # meetings
    assert "Joint statement adopted by Kassym-Jomart Tokayev and Serdar Berdimuhamedov" in html
    assert "Altyn Qyran (Golden Eagle) Order conferred" in html  # awards
    assert "500,000,000 USD" in html and "Trade turnover" in html  # figures
    assert "<svg" in html and "articles per month" in html  # timeline with text


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/relations/tm-kz/", 301),
        ("/relations/kz-kz/", 404),
        ("/relations/kz-zz/", 404),
        ("/relations/kz/", 404),
    ],
)
def test_pair_urls(client, db, url, status):
    assert client.get(url).status_code == status


def test_country_page_ranks_partners_with_pair_links(client, seed_article):
    html = client.get("/countries/kz/").content.decode()
    assert 'href="/relations/kz-tm/">Kazakhstan – Turkmenistan</a>' in html


def test_date_archives(client, seed_article):
    assert seed_article.headline in client.get("/articles/2025/").content.decode()
    month = client.get("/articles/2025/11/").content.decode()
    assert seed_article.headline in month and "Articles of November 2025" in month
    assert seed_article.headline not in client.get("/articles/2024/").content.decode()
    assert client.get("/articles/2025/13/").status_code == 404


def test_article_list_filters(client, seed_article):
    assert seed_article.headline in client.get("/articles/?country=tm").content.decode()
    assert seed_article.headline not in client.get("/articles/?country=fr").content.decode()
    html = client.get("/articles/?person=serdar-berdimuhamedov").content.decode()
    assert "mentioning Serdar Berdimuhamedov" in html


def test_event_list_filters(client, seed_article):
    html = client.get("/events/?type=award").content.decode()
    assert "Altyn Qyran" in html and "State visit" not in html
    assert "State visit" in client.get("/events/?country=tm&from=2025-01-01").content.decode()
    assert "No events match" in client.get("/events/?to=2020-01-01").content.decode()


def test_article_links_entities_and_offers_citations(client, seed_article):
    html = client.get(seed_article.get_absolute_url()).content.decode()
    assert (
        '<a class="entity" href="/people/kassym-jomart-tokayev/">Kassym-Jomart Tokayev</a>' in html
    )
    assert '<a class="entity" href="/countries/tm/">Turkmenistan</a>' in html
    assert '<meta name="citation_title"' in html
    assert '<meta name="citation_publication_date" content="2025/11/25">' in html
    assert 'href="/relations/kz-tm/"' in html
    bib = client.get(f"/articles/{seed_article.pk}/cite.bib")
    assert bib["Content-Disposition"].endswith('.bib"')
    assert "@article{newsroom" in bib.content.decode() and "2025" in bib.content.decode()
    ris = client.get(f"/articles/{seed_article.pk}/cite.ris").content.decode()
    assert ris.startswith("TY  - NEWS") and "DA  - 2025/11/25" in ris
    assert client.get(f"/articles/{seed_article.pk}/cite.exe").status_code == 404


def test_article_links_the_names_extraction_read(client, write_article, search_index, tmp_path):
    write_article(
        "ru.txt",
        "Президент Казахстана встретился с Токаевым? Нет: Касым-Жомарт Токаев принял "
        "Мирзиёева. Michael Jordan, a basketball player, was not there.",
    )
    call_command("ingest", str(tmp_path), verbosity=0)
    article = Article.objects.get()
    html = client.get(article.get_absolute_url()).content.decode()
    # A Russian case form is linked, as the extraction read it.
    assert '<a class="entity" href="/people/shavkat-mirziyoyev/">Мирзиёева</a>' in html
    assert '<a class="entity" href="/countries/kz/">Казахстана</a>' in html
    # A false friend is not: "Jordan" in a person's name is not the country.
    assert "/countries/jo/" not in html

    # An editor removes a mention: it is no longer linked; a merge re-points the links.
    from archive.ingest.curation import merge_people
    from archive.models import ArticleCountry, Person

    ArticleCountry.objects.filter(article=article, country__iso2="KZ").delete()
    twin = Person.objects.create(name="Sh. Mirziyoyev", slug="sh-mirziyoyev")
    merge_people(twin, [Person.objects.get(slug="shavkat-mirziyoyev")])
    html = client.get(article.get_absolute_url()).content.decode()
    assert "/countries/kz/" not in html.split('class="body"')[-1]
    assert '<a class="entity" href="/people/sh-mirziyoyev/">Мирзиёева</a>' in html


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/articles.atom",
        "/countries/kz/feed.atom",
        "/people/kassym-jomart-tokayev/feed.atom",
        "/relations/kz-tm/feed.atom",
    ],
)
def test_atom_feeds(client, seed_article, url):
    feed = ET.fromstring(client.get(url).content)
    assert feed.findall(f"{ATOM}entry")[0].find(f"{ATOM}title").text == seed_article.headline


@pytest.mark.parametrize(
    "url", ["/feeds/articles.rss", "/countries/tm/feed.rss", "/relations/kz-tm/feed.rss"]
)
def test_rss_feeds(client, seed_article, url):
    rss = ET.fromstring(client.get(url).content)
    assert rss.find("channel/item/title").text == seed_article.headline


def sitemap_addresses(client) -> str:
    """Every address the sitemap index leads to, through each of its sitemaps."""
    index = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    pages = [
        loc.text.removeprefix("http://testserver") for loc in index.findall("s:sitemap/s:loc", ns)
    ]
    assert pages and all(p.startswith("/sitemap-") for p in pages)
    return "".join(client.get(page).content.decode() for page in pages)


def test_sitemap_robots_opensearch(client, seed_article):
    sitemap = sitemap_addresses(client)
    assert seed_article.get_absolute_url() in sitemap and "/countries/kz/" in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots
    opensearch = client.get("/opensearch.xml")
    assert opensearch["Content-Type"] == "application/opensearchdescription+xml"
    assert "/search/?q={searchTerms}" in opensearch.content.decode()


def test_pages_in_the_site_style_for_404(client, db):
    html = client.get("/no/such/page/").content.decode()
    assert "Not found" in html and 'class="site-header"' in html


def test_person_page_lists_who_they_met(client, seed_article):
    html = client.get("/people/kassym-jomart-tokayev/").content.decode()
    assert "Met most often" in html and "Serdar Berdimuhamedov</a>" in html


@pytest.fixture
def fifty_articles(search_index, tmp_path):
    call_command(
        "generate_corpus",
        "--count",
        "50",
        "--seed",
        "11",
        "--output",
        str(tmp_path / "corpus"),
        verbosity=0,
    )
    call_command("ingest", str(tmp_path / "corpus"), verbosity=0)
    assert Article.objects.count() == 50
    return Article.objects.all()


def test_no_n_plus_one(client, fifty_articles, django_assert_max_num_queries):
    article = fifty_articles.first()
    event = Event.objects.first()
    pages = {
        "/": 12,
        "/articles/": 8,
        # (a year the generated articles have: which years depends on the gazetteer's draw)
        f"/articles/{article.published.year}/": 8,
        article.get_absolute_url(): 22,
        "/countries/kz/": 28,  # with visits received and made (count, newest, planned), figures
        "/countries/": 4,
        "/people/vladimir-putin/": 20,  # with travels
        "/relations/kz-ru/": 17,
        "/events/": 10,
        event.get_absolute_url(): 8,
        "/search/?q=cooperation": 12,
        "/search/?country=kz": 14,
        "/api/search?q=trade": 10,
        "/feeds/articles.atom": 6,
        "/sitemap.xml": 8,
    }
    for url, limit in pages.items():
        with django_assert_max_num_queries(limit):
            assert client.get(url).status_code == 200, url


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/articles/",
        "/articles/2025/11/",
        "ARTICLE",
        "/countries/",
        "/countries/kz/",
        "/relations/kz-tm/",
        "/people/kassym-jomart-tokayev/",
        "/events/",
        "EVENT",
        "/search/?q=Tokayev&country=kz",
        "/search/?q=nothingmatches",
        "/no/such/page/",
    ],
)
def test_pages_are_well_formed_html5(client, seed_article, url):
    import html5lib

    if url == "ARTICLE":
        url = seed_article.get_absolute_url()
    elif url == "EVENT":
        url = Event.objects.first().get_absolute_url()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(client.get(url).content.decode())  # raises on any parse error
    assert len(document.findall(".//h1")) == 1  # one page heading
    assert document.find(".//main") is not None and document.find(".//header") is not None
    assert document.find(".//link[@rel='canonical']") is not None


def test_conditional_get(client, seed_article):
    url = seed_article.get_absolute_url()
    first = client.get(url)
    etag = first["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    seed_article.headline = "A new headline"
    seed_article.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200  # changed: full page


def test_healthz_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")


@pytest.mark.parametrize("url", ["/countries/kz/", "/relations/kz-tm/"])
def test_busy_pages_list_the_same_newest_articles_and_events_either_way(
    client, seed_article, write_article, tmp_path, monkeypatch, url
):
    """Countries in many articles find their newest by walking the date index (EXISTS),
    others by joining: the page shows the same either way, timeline and total included."""
    from archive import views

    for day in range(1, 29):
        write_article(
            f"{day:02}.txt",
            f"Kassym-Jomart Tokayev held talks with Serdar Berdimuhamedov in Astana, {day}.",
            date=f"2025-02-{day:02}",
        )
    call_command("ingest", str(tmp_path), verbosity=0)

    def shown():
        context = client.get(url).context
        events = context.get("events", context.get("meetings"))
        return [a.pk for a in context["articles"]], [e.pk for e in events], context["total"]

    monkeypatch.setattr(views, "SCAN_ABOVE", 10**9)
    joined = shown()
    monkeypatch.setattr(views, "SCAN_ABOVE", 0)
    assert shown() == joined
    assert joined[2] == Article.objects.count() == 29
    assert len(joined[0]) == views.PAGE_SIZE


def test_countries_read_in_a_readers_order_by_initial(client, seed_article):
    html = client.get("/countries/").content.decode()
    names = [
        unescape(n)
        for n in re.findall(
            r'<li(?: class="quiet")?><a href="/countries/[a-z]{2}/">([^<]+)</a>', html
        )
    ]
    members_end = html.index('id="other-areas"')
    assert names.index("Costa Rica") < names.index("Côte d'Ivoire") < names.index("Croatia")
    assert names.index("Tunisia") < names.index("Türkiye") < names.index("Turkmenistan")
    assert names.index("Turkmenistan") < names.index("Tuvalu")
    assert html.index(">Antarctica<") > members_end  # territories apart from the members
    assert html.index('>Kazakhstan</a> <span class="count">1</span>') < members_end
    assert 'href="#initial-K"' in html and "🇰🇿" not in html  # no emoji a system may lack


def test_addresses_read_one_way(client, seed_article):
    response = client.get("/countries/KZ/")
    assert (response.status_code, response["Location"]) == (301, "/countries/kz/")
    assert client.get("/articles/1800/").status_code == 404
    assert client.get("/articles/2025/").status_code == 200
    api = client.get("/api/search", {"q": "Tokayev"})
    assert api["Access-Control-Allow-Origin"] == "*" and not api.cookies


def test_lists_show_the_lead_and_feeds_the_source(client, seed_article):
    html = client.get("/articles/").content.decode()
    assert '<p class="lead-line">' in html
    atom = ET.fromstring(client.get("/feeds/articles.atom").content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert atom.find("a:entry/a:author/a:name", ns).text == seed_article.source.name


def test_citations_are_clean_bibtex(client, seed_article):
    seed_article.headline = "Trade up 50% & more_than {expected}"
    seed_article.save()
    bib = client.get(f"/articles/{seed_article.pk}/cite.bib").content.decode()
    assert r"title = {Trade up 50\% \& more\_than \{expected\}}," in bib
    assert f"journal = {{{seed_article.source.name}}}," in bib
    assert "{ " not in bib and " }" not in bib  # no padded values
    seed_article.source = None
    seed_article.save()
    bib = client.get(f"/articles/{seed_article.pk}/cite.bib").content.decode()
    assert bib.startswith("@misc{") and "journal" not in bib
    ris = client.get(f"/articles/{seed_article.pk}/cite.ris").content.decode()
    assert "T2  -" not in ris


def test_timelines_have_an_axis_and_titled_bars(client, seed_article):
    html = client.get("/countries/kz/").content.decode()
    assert (
        '<div class="timeline-axis" aria-hidden="true"><span class="at-0">Nov 2025</span>' in html
    )
    assert "<title>Nov 2025: 1 article</title>" in html


def test_a_place_has_its_page_and_keeps_its_address_after_a_merge(client, seed_article):
    from archive.ingest.curation import merge_places
    from archive.models import Place

    place = seed_article.places.first()
    html = client.get(place.get_absolute_url()).content.decode()
    assert f"<h1>{place.name}</h1>" in html and place.country.name in html
    assert seed_article.headline in html
    article = client.get(seed_article.get_absolute_url()).content.decode()
    assert f'href="{place.get_absolute_url()}"' in article
    twin = Place.objects.create(name="Twin", slug="twin-town", country=place.country)
    merge_places(place, [twin])
    response = client.get("/places/twin-town/")
    assert (response.status_code, response["Location"]) == (301, place.get_absolute_url())
    assert client.get("/places/no-such-place/").status_code == 404
