"""A reader in a real browser: Debian's Chromium driven by Playwright, against a live server.

Searches by leader and by country from the home page, narrows with a facet, opens an
article, follows a country to its pair page, reads a feed; scans the main pages with
axe-core for serious or critical accessibility violations; saves screenshots under
test-artefacts/. Skipped where Chromium is missing, unless NEWSROOM_REQUIRE_BROWSER=1
(CI sets it, after installing Chromium).
"""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import ROOT, SEED

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTEFACTS = ROOT / "test-artefacts"
AXE = Path(__file__).parent / "browser" / "axe.min.js"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

if not Path(CHROMIUM).exists():
    if os.environ.get("NEWSROOM_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"Chromium is required for the browser tests: {CHROMIUM} missing")
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make between browser steps are ordinary synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def site(live_server, search_index, write_article, tmp_path):
    write_article(
        "uz.txt",
        "Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev in "
        "Tashkent. The leaders signed an agreement on water.",
        date="2025-06-02",
    )
    write_article(
        "ru.txt",
        "Vladimir Putin held a phone call with Serdar Berdimuhamedov about gas supplies to Russia.",
        date="2025-07-14",
    )
    call_command("ingest", str(tmp_path), str(SEED), verbosity=0)
    return live_server.url


@pytest.fixture
def page(browser):
    # bypass_csp: axe-core is injected as an inline script, which the site's policy forbids.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def shot(page, name):
    ARTEFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"{name}.png"), full_page=True)


def axe_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s)"
        for v in result["violations"]
        if v["impact"] in {"serious", "critical"}
    ]


def test_a_reader_searches_narrows_reads_and_follows(site, page):
    page.goto(site + "/")
    shot(page, "home")
    page.get_by_role("search").get_by_label("Search the archive").fill("Tokaev")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=Tokaev*")
    assert page.get_by_role("heading", name="2 articles for “Tokaev”").is_visible()
    assert page.locator("mark").first.is_visible()
    shot(page, "search")

    # Narrow by a country facet: only the seed article mentions Turkmenistan.
    facets = page.get_by_role("complementary", name="Narrow the results")
    facets.get_by_role("link", name="Turkmenistan").click()
    page.wait_for_url("**country=tm*")
    assert page.get_by_role("heading", name="1 article for “Tokaev”").is_visible()

    # Open the article; follow a country link in its text to the country, then the pair.
    page.locator("ol.articles h3 a").first.click()
    # The headline is derived as a sub-editor would write it: the participial opening
    # ("Highlighting the special importance of …,") gives way to the subject.
    assert page.get_by_role("heading", level=1).inner_text().startswith("Kazakh leader")
    assert page.locator("a.entity", has_text="Turkmenistan").first.is_visible()
    shot(page, "article")
    page.locator("a.entity", has_text="Kazakhstan").first.click()
    page.wait_for_url("**/countries/kz/")
    shot(page, "country")
    page.get_by_role("link", name="Kazakhstan – Turkmenistan").click()
    page.wait_for_url("**/relations/kz-tm/")
    assert page.get_by_text("State visit of Serdar Berdimuhamedov to Kazakhstan").is_visible()
    shot(page, "pair")

    # A leader's page, reached from the pair page's meetings.
    page.goto(site + "/people/kassym-jomart-tokayev/")
    assert page.get_by_role("heading", name="Met most often").is_visible()
    shot(page, "person")


def test_search_by_country_from_a_facet_of_the_home_page(site, page):
    page.goto(site + "/")
    page.get_by_role("link", name="Turkmenistan", exact=True).first.click()
    page.wait_for_url("**/countries/tm/")
    assert page.get_by_role("heading", level=1).inner_text().endswith("Turkmenistan")


def test_feeds_are_readable(site, page):
    response = page.goto(site + "/feeds/articles.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert "Highlighting the special importance" in response.text()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/search/?q=Tokayev",
        "ARTICLE",
        "/countries/kz/",
        "/relations/kz-tm/",
        "/people/kassym-jomart-tokayev/",
        "/people/serdar-berdimuhamedov/",
        "/places/aktau-kz/",
        "/sources/",
        "/sources/qazinform-news-agency/",
        "/events/",
        "/articles/2025/",
        "/countries/",
        "/search/?q=Tok*&country=kz&person=nobody&from=2100-01-01&to=2000-01-01",
    ],
)
def test_no_serious_accessibility_violations(site, page, path):
    if path == "ARTICLE":
        from archive.models import Article

        path = Article.objects.get(source_file=SEED.name).get_absolute_url()
    page.goto(site + path)
    assert axe_violations(page) == []


def test_phone_layout(site, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(site + "/search/?q=Tokayev")
    width = page.evaluate("document.documentElement.scrollWidth")
    shot(page, "search-phone")
    context.close()
    assert width <= 390  # no horizontal scrolling on a phone


def test_keyboard_only(site, page):
    page.goto(site + "/countries/kz/")
    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.textContent")
    assert skip == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    # From the top again, Tab past the skip link and the brand to the header search box.
    page.goto(site + "/countries/kz/")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "header-q":
            break
    assert page.evaluate("document.activeElement.id") == "header-q"
    page.keyboard.type("Aktau")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search/?q=Aktau*")
    assert page.get_by_role("heading", name="1 article for “Aktau”").is_visible()


def test_events_filtered_by_a_country_named_in_words(site, page):
    page.goto(site + "/events/")
    form = page.get_by_role("form", name="Filter events")
    form.get_by_label("Country").fill("Kazakhstan")
    form.get_by_label("Type").select_option("talks")
    form.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/events/?type=talks&country=kz*")
    chips = page.locator("p.active-filters")
    assert chips.get_by_role("link", name="Remove country Kazakhstan").is_visible()
    assert page.locator("ol.events li").count() >= 1
    assert form.get_by_label("Country").input_value() == "Kazakhstan"
    shot(page, "events-filtered")
    # A country nobody is called is said, and the form keeps the rest.
    form.get_by_label("Country").fill("Ruritania")
    form.get_by_role("button", name="Filter").click()
    page.wait_for_url("**country=Ruritania*")
    assert page.get_by_text("Ignored country: no country is called “Ruritania”.").is_visible()
    assert axe_violations(page) == []


def test_an_editor_fixes_a_headline_and_search_shows_it(site, page):
    from django.contrib.auth import get_user_model

    from archive.models import Article
    from archive.search.queue import drain

    get_user_model().objects.create_superuser("editor", "e@example.org", "pw-for-browser")
    article = Article.objects.get(source_file=SEED.name)
    page.goto(site + "/admin/login/?next=/admin/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw-for-browser")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"{site}/admin/archive/article/{article.pk}/change/")
    page.get_by_label("Headline").fill("Quetzalcoatl summit of the Caspian leaders")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_url("**/admin/archive/article/")
    shot(page, "admin-saved")
    drain()  # what the indexer process does within a second
    page.goto(site + "/search/?q=Quetzalcoatl")
    assert page.get_by_role("heading", name="1 article for “Quetzalcoatl”").is_visible()
    assert page.get_by_role("link", name="Quetzalcoatl summit of the Caspian leaders").is_visible()
