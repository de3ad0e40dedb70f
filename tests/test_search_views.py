"""The search page, its Atom feed and the JSON API, as a browser or a script uses them."""

import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_search_page_results_facets_and_snippets(client, seed_article):
    html = client.get("/search/", {"q": "Tokaev"}).content.decode()
    assert "1 article for “Tokaev”" in html
    assert seed_article.headline in html
    assert "<mark" in html
    assert 'href="?q=Tokaev&amp;country=tm"' in html  # a facet link keeps the query
    assert 'Turkmenistan</a> <span class="count">1</span>' in html


def test_facet_narrowing_keeps_filters_in_pagination(client, seed_article):
    html = client.get("/search/", {"q": "Tokayev", "country": ["kz", "tm"]}).content.decode()
    assert 'aria-current="true" class="selected">Kazakhstan' in html
    sort_link = re.search(r'href="(\?[^"]*sort=newest[^"]*)"', html).group(1)
    assert "country=kz" in sort_link and "country=tm" in sort_link


def test_the_source_is_a_facet_a_filter_and_a_link(client, seed_article):
    slug = seed_article.source.slug
    html = client.get("/search/", {"q": "Tokayev"}).content.decode()
    assert "<h2>Sources</h2>" in html
    assert f'href="?q=Tokayev&amp;source={slug}"' in html
    narrowed = client.get("/search/", {"q": "Tokayev", "source": slug}).content.decode()
    assert "1 article for" in narrowed and f"Remove source {slug}" in narrowed
    assert (
        "Nothing matches" in client.get("/search/", {"source": "no-such-agency"}).content.decode()
    )
    page = client.get(seed_article.get_absolute_url()).content.decode()
    assert f'href="/search/?source={slug}"' in page
    data = client.get("/api/search", {"q": "Tokayev"}).json()
    assert data["facets"]["sources"] == [
        {"slug": slug, "name": seed_article.source.name, "count": 1}
    ]


def test_no_results_page_helps(client, seed_article):
    html = client.get("/search/", {"q": "Tokajev", "exact": "1"}).content.decode()
    assert "Nothing matches" in html
    assert "Did you mean" in html and "tokayev" in html
    assert "Search without exact spelling" in html


def test_bad_parameters_are_reported_not_fatal(client, seed_article):
    response = client.get(
        "/search/",
        {
            "q": "Tokayev",
            "from": "2025-13-40",
            "page": "x",
            "country": ["kazakhstan", "KZ"],
            "type": "bogus",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ignored from:" in html
    assert seed_article.headline in html


def test_browse_without_query(client, seed_article):
    data = client.get("/api/search", {"country": "kz"}).json()
    assert data["count"] == 1 and data["sort"] == "newest"


def test_api_shape(client, seed_article):
    data = client.get(
        "/api/search", {"q": "Aktau OR Kuryk", "person": "serdar-berdimuhamedov"}
    ).json()
    assert data["count"] == 1
    result = data["results"][0]
    assert set(result) >= {
        "id",
        "url",
        "title",
        "published",
        "snippet",
        "score",
        "countries",
        "people",
    }
    assert result["url"].startswith("http://testserver/articles/")
    assert result["published"] == "2025-11-25"
    # Read from the mention tables, sorted, countries and people kept apart.
    assert result["countries"] == sorted(c.iso2 for c in seed_article.countries.all())
    assert result["people"] == sorted(p.slug for p in seed_article.people.all())
    assert "TM" in result["countries"] and "serdar-berdimuhamedov" in result["people"]
    facets = data["facets"]
    assert {"code": "KZ", "name": "Kazakhstan", "count": 1} in facets["countries"]
    assert {"slug": "kassym-jomart-tokayev", "name": "Kassym-Jomart Tokayev", "count": 1} in facets[
        "people"
    ]
    assert any(t["type"] == "visit" for t in facets["types"])
    assert facets["years"] == [{"year": 2025, "count": 1}]
    assert data["suggestion"] is None


def test_search_feed_is_atom(client, seed_article):
    response = client.get("/search/feed/", {"q": "Tokayev", "country": "kz"})
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].find(f"{ATOM}title").text == seed_article.headline
    assert "country=kz" in feed.find(f"{ATOM}link").get("href")


def test_search_page_links_its_feed(client, seed_article):
    html = client.get("/search/", {"q": "Tokayev"}).content.decode()
    assert 'type="application/atom+xml"' in html and "/search/feed/?q=Tokayev" in html


def test_article_page_lists_related(client, seed_article, write_article):
    from django.core.management import call_command

    path = write_article("other.txt", "Kassym-Jomart Tokayev discussed Aktau port freight.")
    call_command("ingest", str(path), verbosity=0)
    html = client.get(seed_article.get_absolute_url()).content.decode()
    assert "Related articles" in html and "Aktau port freight" in html


HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            '"unbalanced',
            "OR",
            "AND NOT",
            "- -",
            '""',
            "<script>alert(1)</script>",
            "' OR 1=1; DROP TABLE archive_article; --",
            "🇰🇿 Токаев",
            "\x00\x07",
            "a" * 10_000,
            "Tokayev OR",
            "NOT",
            "-Tokayev",
            "((())",
            "*:*",
            "text:x",
        ]
    ),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=HOSTILE)
def test_any_query_gives_a_page(client, seed_article, q):
    page = client.get("/search/", {"q": q})
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.content.decode()
    api = client.get("/api/search", {"q": q})
    assert api.status_code == 200
    assert isinstance(api.json()["count"], int)


def test_api_can_leave_out_facets_and_snippets(client, seed_article):
    full = client.get("/api/search", {"q": "Tokayev"}).json()
    brief = client.get("/api/search", {"q": "Tokayev", "facets": "0", "snippets": "false"}).json()
    assert full["facets"]["countries"] and "<mark>" in full["results"][0]["snippet"]
    assert all(not values for values in brief["facets"].values())
    assert "<mark>" not in brief["results"][0]["snippet"]
    assert brief["results"][0]["snippet"] == seed_article.lead[:300]
    assert [r["id"] for r in brief["results"]] == [r["id"] for r in full["results"]]
    assert brief["count"] == full["count"]
