"""Ingest many files fast, losing nothing: batches of files, extraction in worker
processes, and one transaction per batch with one INSERT per table.

For each batch of files (in order):
1. read and parse them here; a bad file gets its FAILED outcome at once;
2. look up, with two queries for the whole batch, which are unchanged or duplicates;
3. hand the rest to the extractor (a pool of worker processes when jobs > 1), and, while
   it works, store the previous batch: the workers extract batch n+1 while this process
   writes batch n;
4. store the batch's new articles together (loader.store_new_articles) and its changed
   ones one by one, all in one transaction. If that transaction fails (another ingest stored
   the same file or text meanwhile, say), it is rolled back whole and every file of the
   batch is stored again on its own, in its own transaction, with its own outcome: a bad
   file never costs the others, and nothing is half-written.

A file whose name or text is already in the batch, or in the batch being stored, waits
and is taken on its own afterwards (it is then unchanged, a duplicate or an update).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, reset_queries, transaction

from archive.ingest.extract import Extraction, Gazetteer, extract
from archive.ingest.loader import (
    Outcome,
    Status,
    batched,
    classify,
    ingest_file,
    read_file,
    store_file,
    store_new_articles,
)
from archive.ingest.parser import ParsedArticle
from archive.models import Article
from archive.search.queue import signals_suspended

BATCH = 500

_worker_gazetteer: Gazetteer | None = None


def _extract(item: tuple[str, dt.date]) -> Extraction:
    body, published = item
    return extract(body, published, _worker_gazetteer)


class Extractor:
    """Extraction in this process (jobs=1) or in `jobs` forked worker processes."""

    def __init__(self, gazetteer: Gazetteer, jobs: int = 1):
        global _worker_gazetteer
        _worker_gazetteer = gazetteer
        self.pool = None
        if jobs > 1:
            # Forked workers inherit this process's database connections (and, on PostgreSQL,
            # the session holding the ingest lock). They never use them, and a forked worker
            # ends with os._exit, so they are never closed from the child either.
            self.pool = multiprocessing.get_context("fork").Pool(jobs)

    def submit(self, items: list[tuple[str, dt.date]]):
        if self.pool is None:
            return _Done([_extract(item) for item in items])
        return self.pool.map_async(_extract, items, chunksize=8)

    def close(self, finished: bool = True):
        if self.pool is not None:
            if finished:
                self.pool.close()
            else:  # interrupted: do not wait for work no one will store
                self.pool.terminate()
            self.pool.join()


@dataclass
class _Done:
    value: list[Extraction]

    def get(self):
        return self.value


@dataclass
class _Item:
    path: Path
    parsed: ParsedArticle
    existing_id: int | None


@dataclass
class _Batch:
    items: list[_Item] = field(default_factory=list)
    waiting: list[Path] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)
    extractions: object = None


def ingest_paths(
    paths: Iterable[Path],
    gazetteer: Gazetteer,
    *,
    max_bytes: int,
    dry_run: bool = False,
    jobs: int = 1,
    batch_size: int = BATCH,
    today: dt.date | None = None,
) -> Iterator[Outcome]:
    """One Outcome per file, in batches (not in file order)."""
    extractor = Extractor(gazetteer, jobs) if not dry_run else None
    in_flight: _Batch | None = None
    finished = False
    try:
        for chunk in batched(paths, batch_size):
            batch = _Batch()
            yield from _plan(chunk, batch, in_flight, max_bytes, dry_run, today)
            if dry_run:
                continue
            batch.extractions = extractor.submit(
                [(item.parsed.body, item.parsed.published) for item in batch.items]
            )
            if in_flight is not None:
                yield from _store(in_flight, gazetteer, max_bytes, today)
            in_flight = batch
        if in_flight is not None:
            yield from _store(in_flight, gazetteer, max_bytes, today)
        finished = True
    finally:
        if extractor is not None:
            extractor.close(finished)


def _plan(chunk, batch: _Batch, in_flight, max_bytes, dry_run, today) -> Iterator[Outcome]:
    parsed_files = []
    for path in chunk:
        parsed = read_file(path, max_bytes=max_bytes, today=today)
        if isinstance(parsed, Outcome):
            yield parsed
        else:
            parsed_files.append((path, parsed))
    names = [path.name for path, _ in parsed_files]
    texts = [parsed.sha256 for _, parsed in parsed_files]
    fields = ("id", "source_file", "sha256")
    by_name = {
        a.source_file: a for a in Article.objects.filter(source_file__in=names).only(*fields)
    }
    by_text = {a.sha256: a for a in Article.objects.filter(sha256__in=texts).only(*fields)}
    busy_names = in_flight.names if in_flight else set()
    busy_texts = in_flight.texts if in_flight else set()
    for path, parsed in parsed_files:
        name, text = path.name, parsed.sha256
        twin = by_text.get(text)
        twin_name = twin.source_file if twin else None
        if (
            name in batch.names
            or name in busy_names
            or text in batch.texts
            or text in busy_texts
            or twin_name in batch.names
            or twin_name in busy_names
        ):
            # It depends on a file stored with this batch or the one before (the same name,
            # the same text, or the text of a file being changed): take it afterwards.
            batch.waiting.append(path)
            continue
        existing = by_name.get(name)
        if outcome := classify(path, parsed, existing, twin, dry_run):
            yield outcome
            continue
        batch.names.add(name)
        batch.texts.add(text)
        batch.items.append(_Item(path, parsed, existing.pk if existing else None))
    if dry_run:  # nothing is stored: say what would most likely happen
        for path in batch.waiting:
            yield Outcome(str(path), Status.DUPLICATE, message="same name or text as another file")


def _store(batch: _Batch, gazetteer, max_bytes, today) -> Iterator[Outcome]:
    extractions = batch.extractions.get()
    pairs = list(zip(batch.items, extractions, strict=True))
    new = [(i, x) for i, x in pairs if not i.existing_id]
    try:
        with transaction.atomic(), signals_suspended():
            articles = store_new_articles([(i.path.name, i.parsed, x) for i, x in new])
            outcomes = [
                Outcome(str(i.path), Status.CREATED, a.pk)
                for (i, _), a in zip(new, articles, strict=True)
            ]
            # Changed files one by one, each in a savepoint of its own.
            outcomes += [
                store_file(i.path, i.parsed, x, i.existing_id) for i, x in pairs if i.existing_id
            ]
    except DatabaseError:
        # Another run stored one of these meanwhile, or the database refused one: take
        # each file on its own, looking again at what is stored.
        outcomes = [_store_alone(item, extraction) for item, extraction in pairs]
    yield from outcomes
    for path in batch.waiting:
        yield ingest_file(path, gazetteer, max_bytes=max_bytes, today=today)
    # With DEBUG on, Django keeps the last 9,000 queries' SQL, bodies and all: for a big
    # folder that is gigabytes. Memory stays bounded by the batch instead.
    reset_queries()


def _store_alone(item: _Item, extraction: Extraction) -> Outcome:
    existing = Article.objects.filter(source_file=item.path.name).only("id", "sha256").first()
    twin = Article.objects.filter(sha256=item.parsed.sha256).only("id", "source_file").first()
    if outcome := classify(item.path, item.parsed, existing, twin, dry_run=False):
        return outcome
    return store_file(item.path, item.parsed, extraction, existing and existing.pk)
