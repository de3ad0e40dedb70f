"""`make bench`: speed figures measured side by side in one run, medians of repeats.

Runs against its own database and index (NEWSROOM_VAR_DIR=var/bench), never the
development data. Figures:
- ingest: parse and extract rates on a sample, end-to-end ingest without the index, index
  drain, and raw Whoosh bulk indexing of the same documents (the engine's limit);
- extraction: mean milliseconds per 600-word article;
- search: p50/p95 of /api/search (the whole view: parse, query, facets, snippets, JSON) next
  to the same query objects on raw Whoosh with a reused searcher, and their ratio;
- pages: server time of home, article, country and search pages.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from django.core.management import call_command
from django.test import Client
from whoosh.filedb.filestore import FileStorage
from whoosh.sorting import FieldFacet

from archive import corpus
from archive.ingest.extract import extract
from archive.ingest.gazetteer_db import build_gazetteer
from archive.ingest.parser import parse_bytes
from archive.models import Article, Country, Person
from archive.search import service
from archive.search.consistency import compare
from archive.search.engine import ENGINE, FACET_FIELDS, Filters
from archive.search.query import parse
from archive.search.queue import article_index

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


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


class Bench:
    def __init__(self, out, count: int, seed: int, repeat: int, folder: Path):
        self.out, self.count, self.seed, self.repeat, self.folder = out, count, seed, repeat, folder
        self.rows: list[tuple[str, str, str, str]] = []

    def line(self, what: str, ours: str, limit: str = "", ratio: str = ""):
        self.rows.append((what, ours, limit, ratio))
        self.out.write(f"  {what:<34} {ours:>16} {limit:>16} {ratio:>8}\n")
        self.out.flush()

    def run(self):
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
        self.search()
        self.pages()

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

        no_index = index_rate = None
        if Article.objects.count() != len(files):
            call_command("flush", interactive=False, verbosity=0)
            call_command("load_gazetteer", verbosity=0)
            start = time.perf_counter()
            call_command("ingest", str(files[0].parent), "--no-index", "--no-progress", verbosity=0)
            no_index = len(files) / (time.perf_counter() - start)
            self.line("ingest without index (articles/s)", f"{no_index:,.0f}", "500 target")
        if no_index is not None or not compare().clean:
            start = time.perf_counter()
            call_command("rebuild_index", "--procs", "2", verbosity=0)
            index_rate = len(files) / (time.perf_counter() - start)
            call_command("indexer", "--once", verbosity=0)
            self.line("index build (articles/s)", f"{index_rate:,.0f}")
        raw_rate = self.raw_whoosh_indexing()
        if no_index and index_rate:
            end_to_end = 1 / (1 / no_index + 1 / index_rate)
            self.line(
                "ingest end to end (articles/s)",
                f"{end_to_end:,.0f}",
                f"{raw_rate:,.0f}",
                f"{end_to_end / raw_rate:.0%}",
            )
        else:
            self.line("raw Whoosh bulk indexing", "", f"{raw_rate:,.0f}")

    def raw_whoosh_indexing(self) -> float:
        """Bulk-index the same prepared documents straight into Whoosh, 2 processes."""
        index = article_index()
        backend = ENGINE.backend()
        articles = list(index.index_queryset().order_by("pk")[:1000])
        docs = []
        for obj in articles:
            doc = {k: backend._from_python(v) for k, v in index.full_prepare(obj).items()}
            doc.pop("boost", None)
            docs.append(doc)
        with tempfile.TemporaryDirectory() as folder:
            ix = FileStorage(folder).create_index(backend.schema)
            start = time.perf_counter()
            writer = ix.writer(procs=2, limitmb=256, multisegment=True)
            for doc in docs:
                writer.add_document(**doc)
            writer.commit()
            return len(docs) / (time.perf_counter() - start)

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
            query = ENGINE.build(parsed, names, exact=False)
            searcher = ENGINE.searcher()

            def raw_search(q=query, f=filters, s=searcher, facets=False):
                allowed = ENGINE.filter_docs(s, f)
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

    def pages(self):
        client = Client(HTTP_HOST="127.0.0.1")
        article = Article.objects.order_by("-published").first()
        country = Country.objects.get(iso2="KZ")
        person = Person.objects.filter(mentions__isnull=False).first()
        self.out.write("  pages p50 / p95 in ms (server time, in process)\n")
        for label, url in [
            ("home", "/"),
            ("article", article.get_absolute_url()),
            ("country", country.get_absolute_url()),
            ("country pair", "/relations/kz-ru/"),
            ("person", person.get_absolute_url() if person else "/"),
            ("search page", "/search/?q=Tokayev&country=kz"),
        ]:
            samples = timed(lambda u=url: client.get(u), self.repeat)
            self.line(
                label, f"{percentile(samples, 50):.1f} / {percentile(samples, 95):.1f}", "50 target"
            )


def run(count: int, seed: int, repeat: int, folder: Path, out=None) -> Bench:
    bench = Bench(out or io.StringIO(), count, seed, repeat, folder)
    bench.run()
    return bench
