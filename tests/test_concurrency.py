"""Several gunicorn workers, the indexer, two admins saving at once and readers searching:
nothing fails, no edit is lost, and the index ends equal to the database.

Everything runs for real on 127.0.0.1: gunicorn and the indexer as subprocesses over a
temporary SQLite database and Whoosh index; the admins submit the admin's own change forms
(inlines included) over HTTP, as a browser does.
"""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from archive.devtools.load.forms import FormReader
from archive.devtools.load.site import prepare, serving

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 24
EDITS_PER_ADMIN = 8


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> tuple[int, str]:
        with self.opener.open(self.base + path, timeout=60) as response:
            return response.status, response.read().decode()

    def submit(self, path: str, form_id: str, changes: dict[str, str]) -> int:
        _, page = self.get(path)
        reader = FormReader(form_id)
        reader.feed(page)
        fields = dict(reader.fields)
        fields.update(changes)
        data = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(
            self.base + path, data=data, headers={"Referer": self.base + path}
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                body = response.read().decode()
                if response.status == 200 and "errornote" in body:
                    errors = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', body, re.S)
                    raise AssertionError(f"form refused: {errors}")
                # urllib follows redirects: a save or login that redirected was accepted.
                return 302 if response.url != self.base + path else response.status
        except urllib.error.HTTPError as exc:
            return exc.code


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = prepare(tmp_path_factory.mktemp("concurrency"), articles=ARTICLES, seed=3)
    site.python(
        "from django.contrib.auth.models import User; "
        "User.objects.create_superuser('admin1', 'a@example.org', 'pw-1-for-tests'); "
        "User.objects.create_superuser('admin2', 'b@example.org', 'pw-2-for-tests'); print('ok')"
    )
    with serving(site, workers=3) as served:
        yield served.base, served.manage, served.env, served.folder


def login(base: str, user: str, password: str) -> Browser:
    browser = Browser(base)
    status = browser.submit(
        "/admin/login/?next=/admin/", "login-form", {"username": user, "password": password}
    )
    assert status == 302  # redirected to the admin index: logged in
    assert "Log out" in browser.get("/admin/")[1]
    return browser


def api(base: str, query: str) -> dict:
    with urllib.request.urlopen(f"{base}/api/search?{query}", timeout=60) as response:
        return json.loads(response.read())


def add_country_inline(browser: Browser, pk: int, country_pk: str) -> dict[str, str]:
    """The fields an editor adds by clicking "Add another country mention"."""
    _, page = browser.get(f"/admin/archive/article/{pk}/change/")
    reader = FormReader("article_form")
    reader.feed(page)
    total = int(dict(reader.fields)["country_mentions-TOTAL_FORMS"])
    return {
        "country_mentions-TOTAL_FORMS": str(total + 1),
        f"country_mentions-{total}-country": country_pk,
        f"country_mentions-{total}-count": "1",
        f"country_mentions-{total}-first_offset": "0",
    }


def test_two_admins_and_readers_at_once(site):
    base, manage, env, folder = site
    france = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from archive.models import Country; print(Country.objects.get(iso2='FR').pk)",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()[-1]
    article_ids = [r["id"] for r in api(base, "sort=oldest")["results"]][: 2 * EDITS_PER_ADMIN]
    admins = [login(base, "admin1", "pw-1-for-tests"), login(base, "admin2", "pw-2-for-tests")]
    with_france = article_ids[0]
    statuses: list[int] = []
    stop = threading.Event()

    def edit(n: int):
        for pk in article_ids[n::2]:
            changes = {"headline": f"Zebrafish{pk} edited by admin {n + 1}"}
            if pk == with_france:  # the admin saves this inline after the article itself
                changes.update(add_country_inline(admins[n], pk, france))
            statuses.append(
                admins[n].submit(f"/admin/archive/article/{pk}/change/", "article_form", changes)
            )

    def read():
        while not stop.is_set():
            try:
                api(base, "q=cooperation&country=kz")
                statuses.append(200)
            except urllib.error.HTTPError as exc:
                statuses.append(exc.code)

    editors = [threading.Thread(target=edit, args=(n,)) for n in (0, 1)]
    readers = [threading.Thread(target=read) for _ in range(2)]
    for thread in editors + readers:
        thread.start()
    for thread in editors:
        thread.join()
    stop.set()
    for thread in readers:
        thread.join()

    server_log = (folder / "gunicorn.log").read_text()
    assert statuses and all(s < 500 for s in statuses), server_log[-3000:]
    assert statuses.count(302) == len(article_ids)  # every save accepted and redirected

    # The indexer catches up within seconds; then every edit is searchable.
    deadline = time.monotonic() + 60
    missing = set(article_ids)
    while missing and time.monotonic() < deadline:
        missing = {
            pk
            for pk in missing
            if [r["id"] for r in api(base, f"q=Zebrafish{pk}")["results"]] != [pk]
        }
        time.sleep(0.5)
    assert missing == set()
    narrowed = api(base, f"q=Zebrafish{with_france}&country=fr")["results"]
    assert [r["id"] for r in narrowed] == [with_france]
    manage("check_index")  # exits non-zero on any drift


def test_a_new_alias_reaches_every_worker_and_every_cached_page(site):
    """An alias added while searches run: every worker's names and every cached page follow
    within seconds (each process used to keep its names for a minute)."""
    base, _manage, env, _folder = site
    people = api(base, "q=&facets=1")["facets"]["people"]
    slug = people[0]["slug"]
    alias = "Zqxwvunoff"

    def hits() -> tuple[int, int]:
        page = urllib.request.urlopen(f"{base}/search/?q={alias}", timeout=60).read().decode()
        shown = int(re.search(r'id="results-heading">(\d+) article', page).group(1))
        return api(base, f"q={alias}")["count"], shown

    for _ in range(12):  # every worker has read its names and cached "0 articles"
        assert hits() == (0, 0)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from archive.models import Person, PersonAlias; "
            f"PersonAlias.objects.create(person=Person.objects.get(slug='{slug}'), "
            f"name='{alias}')",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    deadline = time.monotonic() + 30  # a liveness bound, half the old per-process minute
    while 0 in hits() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.5)  # each process reads the archive's version at most once a second
    found = [hits() for _ in range(12)]  # one answer from every worker, page and API alike
    assert all(api_count > 0 and shown == api_count for api_count, shown in found), found
