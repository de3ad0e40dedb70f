"""`make bench`: speed figures measured side by side in one run, medians of repeats.

Runs against its own database and index (NEWSROOM_VAR_DIR=var/bench), never the
development data. Figures:
- ingest: parse and extract rates on a sample, end-to-end ingest without the index, index
  drain, and raw Whoosh bulk indexing of the same documents (the engine's limit);
- extraction: mean milliseconds per 600-word article;
- search: p50/p95 of /api/search (the whole view: parse, query, facets, snippets, JSON) next
  to the same query objects on raw Whoosh with a reused searcher, and their ratio;
- pages: server time of each kind of page; downloads: rows per second and peak memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management import call_command
from django.db.models import Count
from django.test import Client, override_settings
from haystack import connections
from whoosh.filedb.filestore import FileStorage
from whoosh.sorting import FieldFacet

from archive.devtools import corpus
from archive.devtools.load.run import QUERIES as LOAD_QUERIES
from archive.devtools.load.run import run_locust, sample_paths
from archive.devtools.load.site import Site, free_port, serving
from archive.devtools.peer import build_peer, http_get, wait_for
from archive.ingest.extract import extract
from archive.ingest.gazetteer_store import build_gazetteer
from archive.ingest.parser import parse_bytes
from archive.models import Article, Country, Person, Place, Source
from archive.search import service
from archive.search.contract import FACET_FIELDS, Filters
from archive.search.documents import documents
from archive.search.engines import engine
from archive.search.query import parse
from archive.search.queue import article_index
from archive.search_indexes import articles_for_index

WARM_UP = 5  # seconds of unmeasured load before each measured run
# Requests per query against Datasette: more than --repeat, for a steadier p95.
PEER_REPEAT = 60

QUERIES = [
    ("name", {"q": "Tokayev"}),
    ("name variant", {"q": "Tokaev"}),
    ("place", {"q": "Aktau"}),
    ("common word", {"q": "cooperation"}),
    ("phrase", {"q": '"joint statement"'}),
    ("country filter", {"q": "trade", "country": "kz"}),
    ("person filter", {"q": "visit", "person": "vladimir-putin"}),
    ("date range", {"q": "agreement", "from": "2015-01-01", "to": "2018-12-31"}),
]


_COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "for",
    "on",
    "with",
    "that",
    "is",
    "by",
    "as",
    "at",
    "from",
    "was",
    "be",
    "this",
    "are",
    "it",
]
HOSTILE_QUERIES = [
    ("phrase of 88 common words", '"' + " ".join(_COMMON[i % 20] for i in range(88)) + '"'),
    ("160 common words", " ".join(_COMMON[i % 20] for i in range(160))),
    ("24 made-up words", " ".join(f"q{i:02d}zxwvkjhg" for i in range(24))),
    ("200 alternatives", " OR ".join(_COMMON[i % 20] for i in range(200))),
]


# Runs a command and prints the peak RSS (KB) of the largest process it waited for.
# Runs a command; prints the peak resident memory (KB) of it and its worker processes, then
# the CPU seconds they used together (user and system).
PEAK_MEMORY = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(u.ru_maxrss, u.ru_utime + u.ru_stime)"
)


def _cpu_seconds() -> float:
    """CPU used so far by this process and its finished children (user and system)."""
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def _remove_index() -> None:
    backend = connections["default"].get_backend()
    for path in (backend.path, f"{backend.path}.generations"):
        if os.path.islink(path):
            os.unlink(path)
        shutil.rmtree(path, ignore_errors=True)
    backend.setup_complete = False


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(fn: Callable[[], object], repeat: int, warm: int = 1) -> list[float]:
    for _ in range(warm):  # unmeasured: caches filled, searchers open
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def timed_together(urls: list[str], repeat: int, warm: int = 1) -> list[list[float]]:
    """GET each URL in turn, `repeat` rounds: milliseconds per URL."""
    for _ in range(warm):
        for url in urls:
            http_get(url)
    samples: list[list[float]] = [[] for _ in urls]
    for _ in range(repeat):
        for url, times in zip(urls, samples, strict=True):
            start = time.perf_counter()
            http_get(url)
            times.append((time.perf_counter() - start) * 1000)
    return samples


PARTS = frozenset({"search", "pages", "load"})  # ingest always runs: it builds the archive


class Bench:
    def __init__(self, out, count: int, seed: int, repeat: int, folder: Path):
        self.out, self.count, self.seed, self.repeat, self.folder = out, count, seed, repeat, folder
        self.rows: list[tuple[str, str, str, str]] = []
        self.cpu: dict[str, float] = {}  # CPU seconds of each command's last run

    def line(self, what: str, ours: str, limit: str = "", ratio: str = ""):
        self.rows.append((what, ours, limit, ratio))
        self.out.write(f"  {what:<34} {ours:>16} {limit:>16} {ratio:>8}\n")
        self.out.flush()

    def run(self, parts: frozenset[str] = PARTS):
        # With pages alone, ingest is measured as far as building the archive takes (no
        # re-ingest, rebuild or raw Whoosh: an hour at 100,000 articles).
        self.full_ingest = bool(parts - {"pages"})
        call_command("migrate", verbosity=0)
        call_command("load_gazetteer", verbosity=0)
        corpus_dir = self.folder / f"corpus-{self.count}-{self.seed}"
        if len(list(corpus_dir.glob("*.txt"))) != self.count:
            corpus.write(self.count, self.seed, corpus_dir)
        files = sorted(corpus_dir.glob("*.txt"))
        self.out.write(
            f"newsroom bench: {self.count} articles, seed {self.seed}, {self.repeat} repeats\n"
        )
        self.out.write(f"  {'figure':<34} {'newsroom':>16} {'limit':>16} {'ratio':>8}\n")
        self.ingest(files)
        with override_settings(NEWSROOM_PAGE_CACHE=False):  # the work itself, not the cache
            if "search" in parts:
                self.search()
            if "pages" in parts:
                self.pages()
                self.downloads()
        if "load" in parts:
            with self.served() as site:
                self.load(site, ("trivial", "home", "article", "country", "pair", "search"))
            with self.served(page_cache=False) as site:  # the work itself, every time
                self.load(site, ("trivial", "article", "country", "search"), "page cache off")
                self.peer(site)

    def ingest(self, files: list[Path]):
        sample = files[: min(1000, len(files))]
        raw = [p.read_bytes() for p in sample]
        start = time.perf_counter()
        parsed = [parse_bytes(b) for b in raw]
        parse_rate = len(raw) / (time.perf_counter() - start)
        gazetteer = build_gazetteer()
        start = time.perf_counter()
        for article in parsed:
            extract(article.body, article.published, gazetteer)
        elapsed = time.perf_counter() - start
        words = sum(len(a.body.split()) for a in parsed)
        self.line("parse (articles/s)", f"{parse_rate:,.0f}")
        self.line("extract (articles/s)", f"{len(parsed) / elapsed:,.0f}")
        self.line("extract, ms per 600 words", f"{elapsed * 1000 / words * 600:.2f}", "5.00 target")

        # The real commands, in subprocesses (their peak memory is measured), on a fresh
        # database and index: ingest without the index, then the indexer draining what it
        # queued (exactly what a plain `ingest` does at its end), then an unchanged re-run.
        call_command("flush", interactive=False, verbosity=0)
        call_command("load_gazetteer", verbosity=0)
        _remove_index()
        no_index, memory = self.command("ingest", str(files[0].parent), "--no-index")
        ingest_cpu = self.cpu["ingest"]
        rate = len(files) / no_index
        self.line("ingest without index (articles/s)", f"{rate:,.0f}", "500 target")
        self.line("    peak memory (MB)", f"{memory:,.0f}")
        indexing, memory = self.command("indexer", "--once")
        self.line("index the queue (articles/s)", f"{len(files) / indexing:,.0f}")
        self.line("    peak memory (MB)", f"{memory:,.0f}")
        if not self.full_ingest:  # the archive is built: the rest measures ingest only
            return
        again, _ = self.command("ingest", str(files[0].parent))
        self.line("re-ingest, all unchanged (articles/s)", f"{len(files) / again:,.0f}")
        rebuild, _ = self.command("rebuild_index", "--procs", "2")
        self.line("rebuild_index --procs 2 (articles/s)", f"{len(files) / rebuild:,.0f}")
        raw_rate, raw_cpu = self.raw_whoosh_indexing()
        self.line(
            "indexer drain vs raw Whoosh (art./s)",
            f"{len(files) / indexing:,.0f}",
            f"{raw_rate:,.0f}",
            f"{len(files) / indexing / raw_rate:.0%}",
        )
        end_to_end = len(files) / (no_index + indexing)
        self.line(
            "ingest end to end (articles/s)",
            f"{end_to_end:,.0f}",
            f"{raw_rate:,.0f}",
            f"{end_to_end / raw_rate:.0%}",
        )
        # The limit two cores set: every article needs the CPU of the work before the index
        # (parse, extract, store: `ingest --no-index`) and at least raw Whoosh's own CPU to
        # index it; perfectly overlapped on two cores, no ingest can go faster than this.
        before_index = ingest_cpu / len(files) * 1000
        self.line("  CPU/article: ingest, raw index (ms)", f"{before_index:.2f}, {raw_cpu:.2f}")
        self.line(
            "    indexer (ms of CPU per article)", f"{self.cpu['indexer'] / len(files) * 1000:.2f}"
        )
        bound = 2 * 1000 / (before_index + raw_cpu)
        self.line(
            "  two-core bound (articles/s)",
            f"{bound:,.0f}",
            f"{raw_rate:,.0f}",
            f"{bound / raw_rate:.0%}",
        )
        self.line("  end to end, share of the bound", f"{end_to_end / bound:.0%}")

    def command(self, *args: str) -> tuple[float, float]:
        """Run manage.py in a subprocess: (seconds, peak resident memory in MB of the
        largest of it and its worker processes), measured by a fresh launcher process so
        that earlier commands do not count."""
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", PEAK_MEMORY, sys.executable, "manage.py", *args, "-v", "0"],
            cwd=settings.BASE_DIR,
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "NEWSROOM_VAR_DIR": str(settings.VAR_DIR)},
        )
        elapsed = time.perf_counter() - start
        memory, cpu = done.stdout.split()[-2:]
        self.cpu[args[0]] = float(cpu)  # the last run of each command
        return elapsed, int(memory) / 1024

    def raw_whoosh_indexing(self) -> tuple[float, float]:
        """Bulk-index the documents the indexer wrote, prepared beforehand, straight into
        Whoosh with the indexer's bulk writer settings (2 processes): (documents per second,
        milliseconds of CPU per document, the writer's processes and this one's together)."""
        index = article_index()
        backend = engine().backend()
        ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
        docs = [
            doc
            for start in range(0, len(ids), 1000)
            for doc in documents(backend, index, articles_for_index(ids[start : start + 1000]))
        ]
        with tempfile.TemporaryDirectory() as folder:
            ix = FileStorage(folder).create_index(backend.schema)
            cpu_before = _cpu_seconds()
            start = time.perf_counter()
            writer = ix.writer(procs=2, limitmb=128, multisegment=True)
            for doc in docs:
                writer.add_document(**doc)
            writer.commit()
            elapsed = time.perf_counter() - start
            cpu = _cpu_seconds() - cpu_before
            return len(docs) / elapsed, cpu / len(docs) * 1000

    def search(self):
        client = Client(HTTP_HOST="127.0.0.1")
        service.forget_names()
        names = service.name_terms()
        self.out.write(
            "  search p50 / p95 in ms: /api/search vs raw Whoosh with a reused searcher,\n"
            "  counting the same facets with its own groupedby\n"
        )
        ratios = []
        for label, params in QUERIES:
            view = timed(lambda p=params: client.get("/api/search", p), self.repeat)
            parsed = parse(params["q"])
            filters = Filters(
                countries=tuple(filter(None, [params.get("country")])),
                people=tuple(filter(None, [params.get("person")])),
            )
            if params.get("from"):
                filters = Filters(
                    date_from=dt.date.fromisoformat(params["from"]),
                    date_to=dt.date.fromisoformat(params["to"]),
                )
            query = engine().build(parsed, names, exact=False)
            searcher = engine().searcher()

            def raw_search(q=query, f=filters, s=searcher, facets=False):
                allowed = engine().filter_docs(s, f)
                kwargs = {"filter": allowed} if allowed is not None else {}
                if facets:
                    kwargs["groupedby"] = {
                        name: FieldFacet(name, allow_overlap=True) for name in FACET_FIELDS
                    }
                results = s.search(q, limit=20, **kwargs)
                return [hit["django_id"] for hit in results], len(results)

            raw = timed(raw_search, self.repeat)
            raw_facets = timed(lambda: raw_search(facets=True), self.repeat)
            ratio = percentile(view, 95) / max(percentile(raw_facets, 95), 0.01)
            ratios.append(ratio)
            hits = client.get("/api/search", params).json()["count"]
            self.line(
                f"{label} ({hits} hits)",
                f"{percentile(view, 50):.1f} / {percentile(view, 95):.1f}",
                f"{percentile(raw_facets, 50):.1f} / {percentile(raw_facets, 95):.1f}",
                f"{ratio:.1f}×",
            )
            self.line(
                "    raw Whoosh, top 20 only",
                "",
                f"{percentile(raw, 50):.1f} / {percentile(raw, 95):.1f}",
            )
        self.line("search ratio, median over queries", f"{statistics.median(ratios):.1f}×")
        # The worst classes an anonymous visitor can send: each has a budget (query.py) and
        # a deadline (NEWSROOM_SEARCH_SECONDS); their cost must stay near a plain search's.
        self.out.write("  hostile queries p50 / p95 in ms (/api/search)\n")
        for label, q in HOSTILE_QUERIES:
            view = timed(lambda q=q: client.get("/api/search", {"q": q}), max(3, self.repeat // 4))
            self.line(label, f"{percentile(view, 50):.1f} / {percentile(view, 95):.1f}")

    def pages(self):
        client = Client(HTTP_HOST="127.0.0.1")
        article = Article.objects.order_by("-published").first()
        country = Country.objects.get(iso2="KZ")
        person = Person.objects.filter(mentions__isnull=False).first()
        busiest = Person.objects.annotate(n=Count("mentions")).order_by("-n").first() or person
        place = Place.objects.annotate(n=Count("mentions")).order_by("-n").first()
        source = Source.objects.annotate(n=Count("articles")).order_by("-n").first()
        self.out.write("  pages p50 / p95 in ms (server time, in process)\n")
        for label, url in [
            ("home (with the map)", "/"),
            ("article", article.get_absolute_url()),
            ("country (map, visits, figures)", country.get_absolute_url()),
            ("country pair", "/relations/kz-ru/"),
            ("person", person.get_absolute_url() if person else "/"),
            ("person most named (travels)", busiest.get_absolute_url() if busiest else "/"),
            ("place most named", place.get_absolute_url() if place else "/"),
            ("source with most articles", source.get_absolute_url() if source else "/"),
            ("articles (calendar)", "/articles/"),
            ("articles of a country, page 5", "/articles/?country=kz&page=5"),
            ("events (type chips)", "/events/"),
            ("events, visits of a country", "/events/?type=visit&country=kz"),
            ("search page", "/search/?q=Tokayev&country=kz"),
        ]:
            samples = timed(lambda u=url: client.get(u), self.repeat)
            self.line(
                label, f"{percentile(samples, 50):.1f} / {percentile(samples, 95):.1f}", "50 target"
            )

    def downloads(self):
        """Rows per second of the streamed downloads, and the peak memory Python allocated
        while streaming each (constant in the number of rows: a chunk at a time)."""
        client = Client(HTTP_HOST="127.0.0.1")
        self.out.write("  downloads: rows/s, peak traced memory\n")
        for label, url, marker in [
            ("every event, CSV", "/events/export.csv", b"\r\n"),
            ("Kazakhstan's visitors, JSON", "/countries/kz/visitors.json", b'\n{"id"'),
            ("Kazakhstan's figures, CSV", "/countries/kz/figures.csv", b"\r\n"),
            ("search results, CSV", "/search/export.csv?q=cooperation", b"\r\n"),
        ]:
            start = time.perf_counter()
            rows = sum(chunk.count(marker) for chunk in client.get(url).streaming_content)
            elapsed = time.perf_counter() - start
            tracemalloc.start()
            for _ in client.get(url).streaming_content:
                pass
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            self.line(
                label, f"{rows / elapsed:,.0f} rows/s", f"{rows:,} rows", f"{peak / 2**20:.1f} MB"
            )

    @contextlib.contextmanager
    def served(self, page_cache: bool = True):
        """The bench archive under gunicorn as in production (DEBUG off, static files
        collected), behind an imagined TLS proxy (no HTTPS redirect)."""
        call_command("collectstatic", interactive=False, verbosity=0)
        shutil.rmtree(Path(settings.VAR_DIR) / "cache", ignore_errors=True)  # start cold
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
            "NEWSROOM_VAR_DIR": str(settings.VAR_DIR),
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "GUNICORN_ACCESS_LOG": "",
            "NEWSROOM_PAGE_CACHE": "1" if page_cache else "0",
        }
        with serving(Site(Path(settings.VAR_DIR), env)) as site:
            yield site

    def load(self, site, targets, label: str = "page cache on", seconds=10, users=8):
        """Throughput under a closed-loop load (no think time) from locust on this machine,
        one kind of page at a time, against /healthz under the same gunicorn settings."""
        plan = {"paths": sample_paths(site), "queries": LOAD_QUERIES}
        self.out.write(
            f"  pages under load ({label}): {users} locust users, {seconds} s each after "
            f"{WARM_UP} s of warm-up, same gunicorn settings; req/s and p95 ms, ratio to the "
            "trivial view\n"
        )
        trivial = None
        for target in targets:
            # A warm-up run first, not measured: caches filled, searchers open, as on a
            # server that has been up for a while.
            run_locust(site, plan, users, WARM_UP, ["PageVisitor"], target=target, tag="warm")
            result = run_locust(
                site, plan, users, seconds, ["PageVisitor"], target=target, tag=f"bench-{target}"
            )
            stats = result.stats["all"]
            if result.server_errors or stats.failures:
                raise RuntimeError(f"{target}: failures under load {result.statuses}")
            trivial = trivial or stats.rps
            self.line(
                f"{target} under load",
                f"{stats.rps:,.0f} req/s, {stats.p95:.0f}",
                "50% target" if target in {"article", "country"} else "",
                f"{stats.rps / trivial:.0%}",
            )

    def peer(self, site):
        """The same articles in SQLite FTS5 published by Datasette, searched through its
        JSON API, against /api/search through gunicorn; both over HTTP on 127.0.0.1, one
        request at a time."""
        path = Path(settings.VAR_DIR) / "peer.db"
        build_peer(path)
        port = free_port()
        command = [str(Path(sys.executable).parent / "datasette"), "serve", str(path)]
        command += ["--host", "127.0.0.1", "--port", str(port)]
        datasette = subprocess.Popen(
            [*command, "--setting", "default_page_size", "20"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        theirs_base = f"http://127.0.0.1:{port}/peer/articles.json"
        try:
            wait_for(theirs_base)
            self.out.write(
                f"  search over HTTP, p50 / p95 ms of {PEER_REPEAT} interleaved requests: "
                "/api/search (facets, snippets) vs Datasette (FTS5, top 20 with id, headline, "
                "date and the total)\n"
            )
            for label, params in QUERIES[:5]:
                q = params["q"]
                ours_url = f"{site.base}/api/search?{urlencode(params)}"
                theirs_params = [("_search", q), ("_size", "20")]
                theirs_params += [("_col", c) for c in ("headline", "published")]
                if q.startswith('"'):
                    theirs_params.append(("_searchmode", "raw"))
                theirs_url = f"{theirs_base}?{urlencode(theirs_params)}"
                brief_url = f"{ours_url}&facets=0&snippets=0"
                # Interleaved, so that the machine's noise falls on all three alike; each
                # warmed twice per gunicorn worker first (each holds its own searcher).
                ours, brief, theirs = timed_together(
                    [ours_url, brief_url, theirs_url], PEER_REPEAT, warm=8
                )
                our_hits = json.loads(http_get(ours_url))["count"]
                their_hits = json.loads(http_get(theirs_url))["filtered_table_rows_count"]
                self.line(
                    f"{label}: {our_hits} vs {their_hits} hits",
                    f"{percentile(ours, 50):.1f} / {percentile(ours, 95):.1f}",
                    f"{percentile(theirs, 50):.1f} / {percentile(theirs, 95):.1f}",
                    f"{percentile(ours, 95) / percentile(theirs, 95):.2f}×",
                )
                # The same answer as theirs: the total and the top 20, no facets or snippets.
                self.line(
                    "    same answer (facets=0, snippets=0)",
                    f"{percentile(brief, 50):.1f} / {percentile(brief, 95):.1f}",
                    f"{percentile(theirs, 50):.1f} / {percentile(theirs, 95):.1f}",
                    f"{percentile(brief, 95) / percentile(theirs, 95):.2f}×",
                )
        finally:
            datasette.terminate()
            datasette.wait(timeout=20)


def run(
    count: int, seed: int, repeat: int, folder: Path, out=None, parts: frozenset[str] = PARTS
) -> Bench:
    bench = Bench(out or io.StringIO(), count, seed, repeat, folder)
    bench.run(parts)
    return bench
