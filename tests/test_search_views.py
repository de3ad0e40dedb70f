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
    name = seed_article.source.name
    assert "1 article for" in narrowed and f"Remove source {name}" in narrowed
    unknown = client.get("/search/", {"source": "no-such-agency"}).content.decode()
    assert "Ignored source: no source is called “no-such-agency”" in unknown
    page = client.get(seed_article.get_absolute_url()).content.decode()
    assert f'href="/sources/{slug}/"' in page
    data = client.get("/api/search", {"q": "Tokayev"}).json()
    assert data["facets"]["sources"] == [
        {"slug": slug, "name": seed_article.source.name, "count": 1}
    ]


def test_no_results_page_helps(client, seed_article):
    html = client.get("/search/", {"q": "Tokajev", "exact": "1"}).content.decode()
    assert "Nothing matches" in html
    assert "Did you mean" in html and ">Tokayev</a>?" in html  # the user's capitals kept
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
        follow=True,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ignored from: “2025-13-40” is not a date" in html
    assert "Ignored type: “bogus” is not an event type" in html
    assert "page “x”" in html
    assert seed_article.headline in html


@pytest.mark.parametrize("path", ["/search/", "/events/", "/articles/"])
def test_every_filtered_page_says_what_it_could_not_use(client, seed_article, path):
    html = client.get(path, {"country": "zz", "person": "nobody"}, follow=True)
    html = html.content.decode()
    assert "Ignored country: no country is called “zz”" in html
    assert "Ignored person: no person is called “nobody”" in html
    assert "Narrowed to" not in html  # no chip for a filter not in force


@pytest.mark.parametrize("path", ["/search/", "/events/", "/articles/"])
def test_a_country_by_name_or_demonym_is_understood_and_shown_by_name(client, seed_article, path):
    for written in ("Kazakhstan", "Kazakh", "KZ", "kaz"):
        response = client.get(path, {"country": written})
        assert response.status_code == 302, written
        assert response["Location"] == f"{path}?country=kz"
    html = client.get(path, {"country": "kz"}).content.decode()
    assert 'aria-label="Remove country Kazakhstan"' in html
    assert "Kazakhstan ×" in html and "KZ ×" not in html


def test_event_types_by_any_of_their_names(client, seed_article):
    data = client.get("/api/search", {"type": "gathering", "q": "Putin"}).json()
    assert data["errors"] == [
        "Ignored type: “gathering” is not an event type (one of: visit, talks, phone_call, "
        "summit, agreement, award, congratulation, statement)."
    ]
    assert data["filters"]["types"] == []
    # Any name in a type's label is that type: "Talks or meeting".
    for written, value in [("meeting", "talks"), ("Phone call", "phone_call"), ("visits", "visit")]:
        data = client.get("/api/search", {"type": written, "q": "Putin"}).json()
        assert (data["filters"]["types"], data["errors"]) == ([value], [])


def test_a_reversed_date_range_is_read_the_right_way_round_and_said(client, seed_article):
    day = seed_article.published.isoformat()
    for path in ("/search/", "/events/"):
        html = client.get(path, {"from": "2100-01-01", "to": "1990-01-01"}).content.decode()
        assert "from 2100-01-01 is after to 1990-01-01: read as 1990-01-01 to 2100-01-01" in html
    data = client.get("/api/search", {"q": "Tokayev", "from": "2100-01-01", "to": day}).json()
    assert data["count"] == 1 and data["filters"]["from"] == day
    assert len(data["errors"]) == 1


def test_an_impossible_date_keeps_the_other_filters(client, seed_article):
    response = client.get(
        "/events/", {"type": "visit", "country": "Kazakhstan", "from": "2025-02-30"}
    )
    assert response["Location"] == "/events/?type=visit&country=kz&from=2025-02-30"
    html = client.get(response["Location"]).content.decode()
    assert "Ignored from: “2025-02-30” is not a date" in html
    assert 'value="Kazakhstan"' in html and 'value="visit" selected' in html


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


def test_people_by_name_and_an_ambiguous_surname_named(client, seed_article):
    response = client.get("/search/", {"person": "Токаев"})
    assert response["Location"] == "/search/?person=kassym-jomart-tokayev"
    data = client.get("/api/search", {"person": "Aliyev"}).json()
    assert data["errors"] == [
        "Ignored person: person “Aliyev” could be several (Heydar Aliyev, Ilham Aliyev): "
        "choose one."
    ]


def test_an_empty_archive_answers_every_query(client, db, search_index):
    for q in ("word", "Tok*", '"joint statement"', "-Russia", "!!! ???"):
        response = client.get("/search/", {"q": q})
        assert response.status_code == 200, q
        assert '<h2 id="results-heading">0 articles' in response.content.decode()


def test_a_query_of_no_words_says_so_and_browses(client, seed_article):
    for q in ("!!! ???", '"', "OR", "-", "*"):
        html = client.get("/search/", {"q": q}).content.decode()
        assert "has no words to search for: showing every article." in html, q
        assert '<h2 id="results-heading">1 article</h2>' in html, q


def test_a_trailing_star_is_a_prefix(client, seed_article):
    data = client.get("/api/search", {"q": "Tok*"}).json()
    assert data["count"] == 1 and data["errors"] == []
    assert "<mark>Tokayev</mark>" in data["results"][0]["snippet"]
    assert client.get("/api/search", {"q": "Tokx*"}).json()["count"] == 0
    data = client.get("/api/search", {"q": "to*"}).json()
    assert data["errors"] == [
        "“to*”: a prefix needs at least 3 letters; searched for the word “to”."
    ]


def test_a_long_query_is_cut_and_said(client, seed_article):
    html = client.get("/search/", {"q": "Tokayev " * 700}).content.decode()
    assert "The query is 5,599 characters long: only the first 500 are searched." in html


@pytest.mark.parametrize("path", ["/search/?q=Tokayev&", "/search/?", "/events/?", "/articles/?"])
def test_a_page_past_the_last_shows_the_last_and_says_so(client, seed_article, path):
    for asked in ("6", "999", "100000"):
        response = client.get(f"{path}page={asked}")
        assert response.status_code == 200, (path, asked)
        html = response.content.decode()
        assert f"There is no page “{asked}”: there is 1 page; showing page 1." in html or (
            "Results are shown up to page 500" in html
        ), (path, asked)
        assert "Page 6 of" not in html


def test_the_api_pages_the_same_way(client, seed_article):
    data = client.get("/api/search", {"q": "Tokayev", "page": "6"}).json()
    assert (data["page"], data["pages"], len(data["results"])) == (1, 1, 1)
    assert data["errors"] == ["There is no page “6”: there is 1 page; showing page 1."]
