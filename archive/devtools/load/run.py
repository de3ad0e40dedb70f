"""Run locust against a served site and read back what happened."""

from __future__ import annotations

import csv
import json
import secrets
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from archive.devtools.load.site import ROOT, Site

LOCUSTFILE = Path(__file__).with_name("locustfile.py")

QUERIES = [
    {"q": "Tokayev"},
    {"q": "Tokaev", "sort": "newest"},
    {"q": "Токаев"},
    {"q": "Putin", "country": "kz"},
    {"q": "Aktau"},
    {"q": "cooperation", "page": "2"},
    {"q": '"joint statement"'},
    {"q": "trade", "country": "tm", "sort": "newest"},
    {"q": "visit", "type": "visit"},
    {"q": "agreement", "from": "2015-01-01", "to": "2018-12-31"},
    {"q": "Kazakh -Russia"},
    {"q": "Erdogan OR Aliyev"},
]

# Sample paths from the site's own database, printed as JSON by `manage.py shell`.
PATHS_CODE = """
import json
from archive.models import Article, Country, Person, pair_slug
articles = [a.get_absolute_url() for a in Article.objects.order_by('?')[:300]]
countries = list(Country.objects.filter(articles__isnull=False).distinct()[:40])
people = Person.objects.filter(articles__isnull=False).distinct()[:40]
people = [p.get_absolute_url() for p in people]
top = countries[:8]
pairs = sorted({'/relations/%s/' % pair_slug(a, b) for a in top for b in top if a != b})
print(json.dumps({'article': articles, 'country': [c.get_absolute_url() for c in countries],
                  'person': people, 'pair': pairs, 'home': ['/'], 'trivial': ['/healthz'],
                  'search': ['/search/?q=cooperation', '/search/?q=Tokayev', '/search/?q=Aktau']}))
"""


@dataclass
class Stats:
    name: str
    requests: int
    failures: int
    rps: float
    p50: float
    p95: float
    p99: float


@dataclass
class LoadResult:
    seconds: int
    users: int
    stats: dict[str, Stats]
    statuses: Counter = field(default_factory=Counter)
    edits: list[dict] = field(default_factory=list)

    @property
    def server_errors(self) -> dict[str, int]:
        return {k: n for k, n in self.statuses.items() if k.rsplit(" ", 1)[1].startswith("5")}

    @property
    def unanswered(self) -> int:
        """Requests that got no HTTP response at all (connection refused, reset, timeout)."""
        return sum(n for k, n in self.statuses.items() if k.endswith(" 0"))

    def table(self) -> str:
        lines = [
            f"{'request':<14} {'count':>7} {'failed':>6} {'req/s':>7} "
            f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
        ]
        for s in self.stats.values():
            lines.append(
                f"{s.name:<14} {s.requests:>7} {s.failures:>6} {s.rps:>7.1f} "
                f"{s.p50:>7.0f} {s.p95:>7.0f} {s.p99:>7.0f}"
            )
        return "\n".join(lines)


def sample_paths(site: Site) -> dict[str, list[str]]:
    return json.loads(site.python(PATHS_CODE))


def run_locust(
    site: Site,
    plan: dict,
    users: int,
    seconds: int,
    user_classes: list[str],
    target: str | None = None,
    tag: str = "load",
) -> LoadResult:
    """locust headless for `seconds` with `users` users, bounded: it stops by itself."""
    folder = site.folder / tag
    folder.mkdir(exist_ok=True)
    plan = {**plan, "report": str(folder / "report.json")}
    (folder / "plan.json").write_text(json.dumps(plan))
    env = {**site.env, "LOAD_PLAN": str(folder / "plan.json"), "PYTHONPATH": str(ROOT)}
    if target:
        env["LOAD_TARGET"] = target
    command = [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless"]
    command += ["--host", site.base, "--users", str(users), "--spawn-rate", str(users)]
    command += ["--run-time", f"{seconds}s", "--stop-timeout", "10", "--only-summary"]
    command += ["--csv", str(folder / "locust"), "--exit-code-on-error", "0"]
    command += ["--loglevel", "WARNING", *user_classes]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=seconds + 120
    )
    if done.returncode:
        raise RuntimeError(f"locust failed ({done.returncode}): {done.stderr[-3000:]}")
    report = json.loads((folder / "report.json").read_text())
    return LoadResult(
        seconds=seconds,
        users=users,
        stats=read_stats(folder / "locust_stats.csv"),
        statuses=Counter(report["statuses"]),
        edits=report["edits"],
    )


def read_stats(path: Path) -> dict[str, Stats]:
    stats = {}
    with path.open() as handle:
        for row in csv.DictReader(handle):
            name = row["Name"] if row["Type"] else "all"
            if row["Name"] == "Aggregated":
                name = "all"
            stats[name] = Stats(
                name=name,
                requests=int(row["Request Count"]),
                failures=int(row["Failure Count"]),
                rps=float(row["Requests/s"]),
                p50=float(row["50%"] if row["50%"] != "N/A" else 0),
                p95=float(row["95%"] if row["95%"] != "N/A" else 0),
                p99=float(row["99%"] if row["99%"] != "N/A" else 0),
            )
    return stats


@dataclass
class MixedOutcome:
    load: LoadResult
    lost_edits: list[dict]
    unsearchable: list[int]
    index_report: str
    index_clean: bool

    @property
    def ok(self) -> bool:
        return (
            not self.load.server_errors
            and not self.load.unanswered
            and not self.lost_edits
            and not self.unsearchable
            and self.index_clean
            and any(e["confirmed"] for e in self.load.edits)
        )


def create_editors(site: Site, count: int) -> list[dict]:
    """Staff accounts with random passwords, each owning one article to edit."""
    editors = []
    ids = json.loads(
        site.python(
            "import json; from archive.models import Article; ids = Article.objects.order_by('pk')"
            f".values_list('pk', flat=True)[:{count}]; print(json.dumps(list(ids)))"
        )
    )
    for n, pk in enumerate(ids, 1):
        password = secrets.token_urlsafe(16)
        site.python(
            "from django.contrib.auth.models import User; "
            f"User.objects.filter(username='editor{n}').delete(); "
            f"User.objects.create_superuser('editor{n}', 'editor{n}@example.org', {password!r}); "
            "print('ok')"
        )
        editors.append({"username": f"editor{n}", "password": password, "article": pk})
    return editors


def mixed_load(site: Site, users: int, seconds: int, editors: int = 4) -> MixedOutcome:
    """Readers and editors at once against the served `site`; then check that every edit
    was kept and is searchable, and that the index equals the database."""
    plan = {"paths": sample_paths(site), "queries": QUERIES}
    plan["editors"] = create_editors(site, editors)
    load = run_locust(site, plan, users, seconds, ["Reader", "Editor"], tag="mixed")
    return MixedOutcome(load, *verify_edits(site, load.edits), *index_state(site))


def verify_edits(site: Site, edits: list[dict]) -> tuple[list[dict], list[int]]:
    """Lost: an article whose stored headline is not its last confirmed edit or an edit
    attempted after it (a save cut off by the end of the run may still have landed).
    Unsearchable: an article its stored headline does not find, once the indexer is idle."""
    by_article: dict[int, list[dict]] = {}
    for edit in edits:
        by_article.setdefault(edit["article"], []).append(edit)
    stored = json.loads(
        site.python(
            "import json; from archive.models import Article; rows = Article.objects"
            f".filter(pk__in={sorted(by_article)!r}).values_list('pk', 'headline'); "
            "print(json.dumps(dict(rows)))"
        )
    )
    lost = []
    for pk, attempts in by_article.items():
        confirmed = [i for i, e in enumerate(attempts) if e["confirmed"]]
        allowed = {e["headline"] for e in attempts[confirmed[-1] if confirmed else 0 :]}
        if confirmed and stored[str(pk)] not in allowed:
            lost.append({"article": pk, "stored": stored[str(pk)], "expected": sorted(allowed)})
    wait_for_indexer(site)
    unsearchable = []
    for pk in by_article:
        token = stored[str(pk)].split()[0]
        found = api(site, {"q": token})
        if [r["id"] for r in found["results"]] != [pk]:
            unsearchable.append(pk)
    return lost, unsearchable


def wait_for_indexer(site: Site, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    code = "from archive.models import IndexQueue; print(IndexQueue.objects.count())"
    while int(site.python(code)) and time.monotonic() < deadline:
        time.sleep(0.5)


def index_state(site: Site) -> tuple[str, bool]:
    done = site.manage("check_index", check=False)
    return (done.stdout + done.stderr).strip(), done.returncode == 0


def api(site: Site, params: dict) -> dict:
    url = f"{site.base}/api/search?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())
