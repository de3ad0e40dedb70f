import pytest
from django.urls import reverse

from archive.models import ArticlePerson, Event, Person

pytestmark = pytest.mark.django_db


def test_home_shows_the_seed(client, seed_article):
    response = client.get("/")
    assert response.status_code == 200
    content = response.content.decode()
    assert seed_article.headline in content
    assert "Kazakhstan" in content and "Kassym-Jomart Tokayev" in content
    assert "State visit of Serdar Berdimuhamedov to Kazakhstan" in content


def test_home_leaders_are_reviewed_office_holders_counted_per_article(client, seed_article):
    newcomer = Person.objects.create(name="Jane Newcomer", slug="jane-newcomer", needs_review=True)
    ArticlePerson.objects.create(article=seed_article, person=newcomer, count=9)
    html = client.get("/").content.decode()
    leaders = html[
        html.index('id="in-news-people"') : html.index("</ul>", html.index('id="in-news-people"'))
    ]
    assert 'Kassym-Jomart Tokayev</a> <span class="count">1</span>' in leaders
    assert "Jane Newcomer" not in leaders


def test_article_page(client, seed_article):
    response = client.get(seed_article.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    for text in ["Turkmenistan", "Serdar Berdimuhamedov", "Kuryk", "Altyn Qyran", "Trade turnover"]:
        assert text in content
    assert 'rel="canonical"' in content


def test_article_short_and_wrong_slug_redirect(client, seed_article):
    short = client.get(f"/articles/{seed_article.pk}/")
    assert short.status_code == 301 and short["Location"] == seed_article.get_absolute_url()
    wrong = client.get(f"/articles/{seed_article.pk}/old-headline/")
    assert wrong.status_code == 301 and wrong["Location"] == seed_article.get_absolute_url()


@pytest.mark.parametrize(
    "url",
    [
        "/articles/",
        "/countries/",
        "/countries/kz/",
        "/people/kassym-jomart-tokayev/",
    ],
)
def test_browse_pages(client, seed_article, url):
    assert client.get(url).status_code == 200


def test_country_page_lists_offices(client, seed_article):
    content = client.get("/countries/tm/").content.decode()
    assert "Gurbanguly Berdimuhamedov" in content and "2022-03-19" in content


def test_event_page(client, seed_article):
    event = Event.objects.get(type="award")
    content = client.get(event.get_absolute_url()).content.decode()
    assert "Serdar Berdimuhamedov" in content and "recipient" in content
    assert seed_article.headline in content


@pytest.mark.parametrize(
    "url", ["/countries/zz/", "/people/nobody/", "/articles/999/", "/events/999/"]
)
def test_missing_records_are_404(client, db, url):
    assert client.get(url).status_code == 404


def test_markup_in_articles_is_escaped(client, write_article, search_index):
    from django.core.management import call_command

    path = write_article("xss.txt", "<script>alert(1)</script> Leaders met in Baku.")
    call_command("ingest", str(path), verbosity=0)
    from archive.models import Article

    content = client.get(Article.objects.get().get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;" in content
    assert reverse("archive:home") == "/"
