"""Security by default: headers, escaping of hostile records, error pages, redirects."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from archive.models import Person, PersonAlias

pytestmark = pytest.mark.django_db
PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_security_headers_everywhere(client, seed_article):
    for url in ["/", seed_article.get_absolute_url(), "/search/?q=x", "/admin/login/"]:
        response = client.get(url)
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
        assert "frame-ancestors 'none'" in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]


def test_no_inline_script_in_pages(client, seed_article):
    import re

    for url in [
        "/",
        seed_article.get_absolute_url(),
        "/search/?q=Tokayev",
        "/countries/kz/",
        "/relations/kz-tm/",
        "/admin/login/",
    ]:
        html = client.get(url).content.decode()
        inline = [
            m
            for m in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)
            if "application/json" not in m
        ]
        assert inline == [], url
        assert " onclick=" not in html and " onload=" not in html


@pytest.fixture
def hostile(seed_article):
    """An editor (or an attacker with a stolen login) typed markup into the admin."""
    seed_article.headline = f"Headline {PAYLOAD}"
    seed_article.save()
    person = Person.objects.get(slug="kassym-jomart-tokayev")
    PersonAlias.objects.create(person=person, name=f"Tokayev {PAYLOAD}")
    from archive.search.queue import drain

    drain()  # what the indexer does within a second
    return seed_article


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/articles/",
        "ARTICLE",
        "/countries/kz/",
        "/people/kassym-jomart-tokayev/",
        "/relations/kz-tm/",
        "/feeds/articles.atom",
        "/feeds/articles.rss",
        "/search/?country=kz",
        "/sitemap.xml",
    ],
)
def test_hostile_records_come_out_escaped(client, hostile, url):
    if url == "ARTICLE":
        url = hostile.get_absolute_url()
    body = client.get(url).content.decode()
    assert "<script>alert" not in body and "<img src=x" not in body


def test_hostile_query_is_escaped(client, seed_article):
    body = client.get("/search/", {"q": PAYLOAD}).content.decode()
    assert "<script>alert" not in body and "<img src=x" not in body
    assert "&lt;script&gt;" in body


def test_api_answers_json_not_html(client, hostile):
    response = client.get("/api/search", {"q": "Headline"})
    assert response["Content-Type"] == "application/json"
    assert response.json()["results"][0]["title"].endswith(PAYLOAD)  # data, shown escaped


def test_error_page_leaks_nothing(db, monkeypatch, settings):
    settings.DEBUG = False
    from archive import views

    def broken(self, **kwargs):
        raise RuntimeError("SECRET_DETAIL in a stack frame")

    monkeypatch.setattr(views.HomeView, "get_context_data", broken)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    assert "SECRET_DETAIL" not in body and "Traceback" not in body and "SECRET_KEY" not in body


def test_login_does_not_redirect_off_site(client):
    get_user_model().objects.create_superuser("ed", "ed@example.org", "pw-for-tests-1")
    response = client.post(
        "/admin/login/?next=https://evil.example/",
        {"username": "ed", "password": "pw-for-tests-1", "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


@pytest.mark.parametrize(
    "url",
    [
        "/articles/1/cite.../../etc/passwd",
        "/countries/..%2f..%2f/",
        "/people/%2e%2e/",
        "/relations/../../etc/",
    ],
)
def test_no_path_traversal(client, seed_article, url):
    response = client.get(url)
    assert response.status_code in {301, 404}
    assert b"root:" not in response.content


def test_login_attempts_are_rate_limited(client):
    get_user_model().objects.create_superuser("ed", "ed@example.org", "pw-for-tests-1")
    for _ in range(4):
        refused = client.post("/admin/login/", {"username": "ed", "password": "wrong"})
        assert refused.status_code == 200  # the form again, with an error
    fifth = client.post("/admin/login/", {"username": "ed", "password": "wrong"})
    assert fifth.status_code == 429  # the fifth failure locks the pair out
    locked = client.post("/admin/login/", {"username": "ed", "password": "pw-for-tests-1"})
    assert locked.status_code == 429  # even the right password, for the cool-off time
    other = Client().post(
        "/admin/login/", {"username": "ed", "password": "pw-for-tests-1"}, REMOTE_ADDR="10.1.2.3"
    )
    assert other.status_code == 302  # another address is not locked out
