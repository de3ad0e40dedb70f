"""The page cache (archive/cache.py): pages come from the cache until the archive changes,
and every kind of change — an admin edit, an ingest, an index update — retires them."""

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache, caches
from django.core.management import call_command

from archive.models import Article, Country, SiteVersion
from archive.search.queue import drain

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.NEWSROOM_PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


def test_a_page_comes_from_the_cache_until_the_archive_changes(
    client, seed_article, django_assert_num_queries
):
    url = seed_article.get_absolute_url()
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(1):  # the archive's version, nothing else
        again = client.get(url)
    assert again.content == first.content

    seed_article.headline = "Zanzibar talks, corrected by an editor"
    seed_article.save()  # what the admin does
    assert b"Zanzibar talks, corrected" in client.get(url).content
    assert b"Zanzibar talks, corrected" in client.get("/").content


def test_an_ingest_retires_cached_pages(client, seed_article, write_article, tmp_path):
    assert b"Ilham Aliyev" not in client.get("/countries/kz/").content
    write_article("new.txt", "Kassym-Jomart Tokayev met Ilham Aliyev in Astana.")
    call_command("ingest", str(tmp_path), verbosity=0)
    assert b"Ilham Aliyev" in client.get("/countries/kz/").content


def test_an_index_update_retires_cached_search_results(client, seed_article):
    assert client.get("/api/search", {"q": "Zanzibarite"}).json()["count"] == 0
    Article.objects.filter(pk=seed_article.pk).update(body=seed_article.body + " Zanzibarite.")
    seed_article.refresh_from_db()
    seed_article.save()  # queued for the index; the cached search is not yet stale
    drain()  # the index now has it: cached results go
    assert client.get("/api/search", {"q": "Zanzibarite"}).json()["count"] == 1


def test_gazetteer_edits_retire_cached_pages(client, seed_article):
    assert b"Qazaqstan Respublikasy" not in client.get("/countries/kz/").content
    country = Country.objects.get(iso2="KZ")
    country.official_name = "Qazaqstan Respublikasy"
    country.save()
    assert b"Qazaqstan Respublikasy" in client.get("/countries/kz/").content
    # Both counters moved: the pages' and the names' (search re-reads what names mean).
    assert SiteVersion.objects.get(pk=1).value > 0 and SiteVersion.objects.get(pk=2).value > 0


def cached_pages() -> int:
    return sum(key.startswith(":1:page:") for key in cache._cache)  # locmem's own store


def test_staff_errors_and_the_admin_bypass_the_cache(client, seed_article):
    assert client.get("/countries/zz/").status_code == 404
    assert cached_pages() == 0
    client.get(seed_article.get_absolute_url())
    assert cached_pages() == 1  # a reader's page is kept
    cache.clear()
    client.force_login(User.objects.create_user("editor", is_staff=True))
    client.get(seed_article.get_absolute_url())
    client.get("/admin/")
    assert cached_pages() == 0


@pytest.fixture
def shared_tier(settings, tmp_path):
    """The two tiers as deployed: each process's memory in front of files all workers read."""
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "pages"),
        },
    }
    yield tmp_path / "pages"
    caches["shared"].clear()


def another_worker():
    """What a second gunicorn worker has: the shared files, but its own empty memory."""
    caches["default"].clear()


def test_a_page_one_worker_rendered_is_served_to_the_others(
    client, seed_article, shared_tier, django_assert_num_queries
):
    url = seed_article.get_absolute_url()
    first = client.get(url)
    assert any(shared_tier.iterdir())  # written to the shared tier too
    another_worker()
    with django_assert_num_queries(1):  # the archive's version: the page is not rendered
        again = client.get(url)
    assert again.content == first.content
    assert cached_pages() == 1  # and copied into this worker's memory


def test_an_edit_retires_the_shared_tier_too(client, seed_article, shared_tier):
    url = seed_article.get_absolute_url()
    client.get(url)
    seed_article.headline = "Zanzibar talks, corrected by an editor"
    seed_article.save()
    another_worker()
    assert b"Zanzibar talks, corrected" in client.get(url).content


def test_a_made_up_session_cookie_does_not_bypass_the_cache(client, seed_article):
    client.cookies["sessionid"] = "not-a-session-anyone-has"
    client.get(seed_article.get_absolute_url())
    assert cached_pages() == 1
