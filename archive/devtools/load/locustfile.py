"""Locust users for the load tests (run by archive/devtools/load/run.py, not imported by Django).

The plan, a JSON file named by LOAD_PLAN, gives the paths to visit, the search queries, the
editors' logins and the article each one owns, and where to write the report: the status
code of every response and every admin edit attempted and confirmed.

- Reader: searches (HTML and JSON, with filters, sorts and pages), article, country, person
  and pair pages, feeds; think time 0.2–1 s.
- Editor: logs into the admin once, then saves its own article's change form (inlines and
  all, as a browser submits it) with a new headline, again and again.
- PageVisitor: one kind of page only (LOAD_TARGET names the list in the plan), no think
  time: the bench's throughput figures.
"""

from __future__ import annotations

import itertools
import json
import os
import random
from collections import Counter
from pathlib import Path

from locust import FastHttpUser, HttpUser, between, constant, events, task

from archive.devtools.load.forms import FormReader

PLAN = json.loads(Path(os.environ["LOAD_PLAN"]).read_text()) if "LOAD_PLAN" in os.environ else {}
STATUSES: Counter[str] = Counter()
EDITS: list[dict] = []
_accounts = itertools.count()


@events.request.add_listener
def _count(request_type, name, response, exception, **kwargs):
    code = getattr(response, "status_code", None) or 0
    STATUSES[f"{name} {code}"] += 1


@events.quitting.add_listener
def _report(environment, **kwargs):
    if PLAN.get("report"):
        with open(PLAN["report"], "w") as out:
            json.dump({"statuses": STATUSES, "edits": EDITS}, out)


def _pick(kind: str) -> str:
    return random.choice(PLAN["paths"][kind])


class Reader(HttpUser):
    wait_time = between(0.2, 1.0)
    weight = 10

    @task(6)
    def search_page(self):
        self.client.get("/search/", params=random.choice(PLAN["queries"]), name="search")

    @task(3)
    def api_search(self):
        self.client.get("/api/search", params=random.choice(PLAN["queries"]), name="api")

    @task(4)
    def article(self):
        self.client.get(_pick("article"), name="article")

    @task(2)
    def country(self):
        self.client.get(_pick("country"), name="country")

    @task(1)
    def person(self):
        self.client.get(_pick("person"), name="person")

    @task(1)
    def pair(self):
        self.client.get(_pick("pair"), name="pair")

    @task(1)
    def home(self):
        self.client.get("/", name="home")

    @task(1)
    def feed(self):
        self.client.get("/feeds/articles.atom", name="feed")


class Editor(HttpUser):
    wait_time = between(0.5, 1.5)
    fixed_count = len(PLAN.get("editors", ()))

    def on_start(self):
        self.account = PLAN["editors"][next(_accounts) % len(PLAN["editors"])]
        self.path = f"/admin/archive/article/{self.account['article']}/change/"
        self.edits = itertools.count(1)
        page = self.client.get("/admin/login/", name="admin login")
        fields = self._form(page.text, "login-form")
        fields.update(username=self.account["username"], password=self.account["password"])
        with self.client.post(
            "/admin/login/?next=/admin/",
            data=fields,
            headers={"Referer": self.host + "/admin/login/"},
            name="admin login",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"login refused ({response.status_code})")

    @staticmethod
    def _form(page: str, form_id: str) -> dict[str, str]:
        reader = FormReader(form_id)
        reader.feed(page)
        return dict(reader.fields)

    @task
    def save_headline(self):
        page = self.client.get(self.path, name="admin form")
        if page.status_code != 200:
            return
        fields = self._form(page.text, "article_form")
        headline = f"Loadedit{self.account['article']}x{next(self.edits)} saved under load"
        fields["headline"] = headline
        edit = {"article": self.account["article"], "headline": headline, "confirmed": False}
        EDITS.append(edit)
        with self.client.post(
            self.path,
            data=fields,
            headers={"Referer": self.host + self.path},
            name="admin save",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 302:
                edit["confirmed"] = True
            else:
                response.failure(f"save refused ({response.status_code})")


class PageVisitor(FastHttpUser):  # the lighter client: the load generator shares the cores
    wait_time = constant(0)
    target = os.environ.get("LOAD_TARGET", "home")

    @task
    def visit(self):
        self.client.get(_pick(self.target), name=self.target)
