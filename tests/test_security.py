"""Security by default: headers, escaping of hostile records, error pages, redirects."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

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


def test_feeds_carry_an_articles_markup_as_text(client, write_article, search_index, tmp_path):
    from django.core.management import call_command

    write_article(
        "x.txt",
        "<script>alert(1)</script> Kassym-Jomart Tokayev met <b>Shavkat Mirziyoyev</b> in "
        "Tashkent on Monday for talks.",
    )
    call_command("ingest", str(tmp_path), verbosity=0)
    for url in ("/feeds/articles.atom", "/feeds/articles.rss", "/countries/kz/feed.atom",
                "/search/feed/?q=Tokayev"):  # fmt: skip
        root = ET.fromstring(client.get(url).content)
        # A reader takes the description as HTML: it must hold the markup as text.
        descriptions = [
            e.text or ""
            for e in root.iter()
            if e.tag.rsplit("}", 1)[-1] in {"summary", "description"} and e.text
        ]
        items = [d for d in descriptions if "alert(1)" in d]
        assert items, url
        assert all("<script>" not in d and "&lt;script&gt;" in d for d in items), url


def test_bidi_controls_never_reach_a_headline(client, write_article, search_index, tmp_path):
    from django.core.management import call_command

    from archive.models import Article

    write_article(
        "bidi.txt",
        "Kassym-Jomart Tokayev \u202eteem\u202c Shavkat Mirziyoyev\u200b in Tashkent for talks.",
    )
    call_command("ingest", str(tmp_path), verbosity=0)
    article = Article.objects.get()
    assert "\u202e" not in article.headline and "\u200b" not in article.headline
    assert "\u202e" in article.body  # the text as written is kept
    html = client.get(article.get_absolute_url()).content.decode()
    assert "\u202e" not in html.split("<main")[0]  # <title> and the header


def test_citations_cannot_forge_fields(client, seed_article):
    seed_article.headline = "Tokayev } , x = {\\input{/etc/passwd}\nER  - \nTY  - JOUR"
    seed_article.save()
    bib = client.get(f"/articles/{seed_article.pk}/cite.bib").content.decode()
    assert "\\input" not in bib.replace("\\textbackslash{}input", "")
    assert "x = {" not in bib
    ris = client.get(f"/articles/{seed_article.pk}/cite.ris").content.decode()
    assert ris.count("\nTY  -") == 0 and ris.count("ER  - ") == 1


def test_routes_that_used_to_surprise(client, seed_article, settings):
    assert client.get("/articles/0000/01/").status_code == 404
    assert client.get("/articles/2025/00/").status_code == 404
    response = client.get(f"/articles/{seed_article.pk:04d}/")
    if seed_article.pk >= 1000:  # only a four-digit id reads as a year
        assert response["Location"] == seed_article.get_absolute_url()
    # In production settings a health check over plain HTTP is answered, not redirected.
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": "k" * 60, "DJANGO_SETTINGS_MODULE": ""}
    env.pop("DJANGO_SETTINGS_MODULE")
    out = subprocess.run(
        [sys.executable, "-c", "import os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
         "'newsroom.settings.base'); import django; django.setup(); "
         "from django.test import Client; "
         "print(Client().get('/healthz', HTTP_HOST='127.0.0.1').status_code)"],
        env=env, capture_output=True, text=True, cwd=settings.BASE_DIR, check=True,
    ).stdout  # fmt: skip
    assert out.strip() == "200"


def test_behind_a_proxy_one_client_locks_only_itself(db, settings):
    """PROXY_COUNT=1: every request comes from the proxy's address; the client's is the
    last entry of X-Forwarded-For (what a client writes before it is not believed)."""
    settings.PROXY_COUNT = 1
    get_user_model().objects.create_superuser("ed", "ed@example.org", "pw-for-tests-1")
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    attacker = Client(HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
    for _ in range(5):
        attacker.post("/admin/login/", {"username": "ed", "password": "wrong"})
    right = {"username": "ed", "password": "pw-for-tests-1"}
    assert attacker.post("/admin/login/", right).status_code == 429
    # Spoofing another address in front does not free the attacker ...
    spoofing = Client(HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9", **proxy)
    assert spoofing.post("/admin/login/", right).status_code == 429
    # ... and the editor, from their own address behind the same proxy, is not locked out.
    editor = Client(HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy)
    assert editor.post("/admin/login/", right).status_code == 302
