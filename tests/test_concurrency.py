"""Several gunicorn workers, the indexer, two admins saving at once and readers searching:
nothing fails, no edit is lost, and the index ends equal to the database.

Everything runs for real on 127.0.0.1: gunicorn and the indexer as subprocesses over a
temporary SQLite database and Whoosh index; the admins submit the admin's own change forms
(inlines included) over HTTP, as a browser does.
"""

from __future__ import annotations

import html.parser
import http.cookiejar
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 24
EDITS_PER_ADMIN = 8


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FormReader(html.parser.HTMLParser):
    """The fields a browser would submit from the form with the given id."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id = form_id
        self.fields: list[tuple[str, str]] = []
        self.in_form = self.done = False
        self.select: str | None = None
        self.textarea: str | None = None
        self.text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id and not self.done:
            self.in_form = True
        if not self.in_form:
            return
        name = a.get("name")
        if tag == "input" and name and "__prefix__" not in name:
            kind = (a.get("type") or "text").lower()
            if kind in {"checkbox", "radio"}:
                if "checked" in a:
                    self.fields.append((name, a.get("value") or "on"))
            elif kind not in {"submit", "button", "file"}:
                self.fields.append((name, a.get("value") or ""))
        elif tag == "select" and name and "__prefix__" not in name:
            self.select = name
        elif tag == "option" and self.select and "selected" in a:
            self.fields.append((self.select, a.get("value") or ""))
        elif tag == "textarea" and name and "__prefix__" not in name:
            self.textarea, self.text = name, ""

    def handle_data(self, data):
        if self.textarea:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            self.fields.append((self.textarea, self.text.lstrip("\n")))
            self.textarea = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


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
    folder = tmp_path_factory.mktemp("concurrency")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DEBUG": "1",
        "NEWSROOM_VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder}/db.sqlite3",
        "SEARCH_URL": f"whoosh://{folder}/index",
        "WEB_CONCURRENCY": "3",
        "GUNICORN_ACCESS_LOG": "",
        "PYTHONUNBUFFERED": "1",
    }

    def manage(*args):
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
        )

    manage("migrate")
    manage("load_gazetteer")
    manage(
        "generate_corpus",
        "--count",
        str(ARTICLES),
        "--seed",
        "3",
        "--output",
        str(folder / "corpus"),
    )
    manage("ingest", str(folder / "corpus"))
    manage(
        "shell",
        "-c",
        "from django.contrib.auth.models import User; "
        "User.objects.create_superuser('admin1', 'a@example.org', 'pw-1-for-tests'); "
        "User.objects.create_superuser('admin2', 'b@example.org', 'pw-2-for-tests')",
    )
    port = free_port()
    indexer = subprocess.Popen(
        [sys.executable, "manage.py", "indexer", "--interval", "0.5"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    log = (folder / "gunicorn.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "newsroom.wsgi",
            "--config",
            "newsroom/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env={**env, "LOG_LEVEL": "ERROR"},
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=5)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"gunicorn did not start: {(folder / 'gunicorn.log').read_text()}")
            time.sleep(0.2)
    yield base, manage, env, folder
    for process in (server, indexer):
        process.terminate()
        process.wait(timeout=20)


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
