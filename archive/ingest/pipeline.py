"""Ingest many files fast, losing nothing: batches of files, extraction in worker
processes, and one transaction per batch with one INSERT per table.

For each batch of files (in order):
1. plan it (archive/ingest/plan.py): read and parse its files (a bad file gets its FAILED
   outcome at once) and look up, with two queries for the whole batch, which are unchanged
   or duplicates;
2. hand the rest to the extractor (a pool of worker processes when jobs > 1), and, while
   it works, store the previous batch: the workers extract batch n+1 while this process
   writes batch n;
3. write the batch (archive/ingest/writer.py) in one transaction: its new articles
   together, its changed ones one by one, each in a savepoint of its own. If that
   transaction fails (another ingest stored the same file or text meanwhile, say), it is
   rolled back whole and every file of the batch is stored again on its own, in its own
   transaction, with its own outcome: a bad file never costs the others, and nothing is
   half-written.

A file whose name or text is already in the batch, or in the batch being stored, waits
with its parse and is stored on its own afterwards (it is then unchanged, a duplicate or
an update). `ingest_file` stores one file the same way.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import DatabaseError, IntegrityError, reset_queries, transaction

from archive.ingest.extract import Extraction, Gazetteer, extract
from archive.ingest.files import key_of
from archive.ingest.outcomes import Outcome, Status
from archive.ingest.parser import ParsedArticle
from archive.ingest.plan import Batch, batched, classify, plan, read_file, stored_as
from archive.ingest.writer import create_articles, update_article
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
    in_flight: Batch | None = None
    finished = False
    try:
        for chunk in batched(paths, batch_size):
            batch = Batch()
            yield from plan(chunk, batch, in_flight, max_bytes, dry_run, today, gazetteer.cities)
            if dry_run:
                continue
            batch.extractions = extractor.submit(
                [(item.parsed.body, item.parsed.published) for item in batch.items]
            )
            if in_flight is not None:
                yield from _store(in_flight, gazetteer)
            in_flight = batch
        if in_flight is not None:
            yield from _store(in_flight, gazetteer)
        finished = True
    finally:
        if extractor is not None:
            extractor.close(finished)


def _store(batch: Batch, gazetteer: Gazetteer) -> Iterator[Outcome]:
    extractions = batch.extractions.get()
    pairs = list(zip(batch.items, extractions, strict=True))
    new = [(i, x) for i, x in pairs if not i.existing_id]
    try:
        with transaction.atomic(), signals_suspended():
            articles = create_articles([(key_of(i.path), i.parsed, x) for i, x in new])
            outcomes = [
                Outcome(str(i.path), Status.CREATED, a.pk)
                for (i, _), a in zip(new, articles, strict=True)
            ]
            # Changed files one by one, each in a savepoint of its own.
            outcomes += [
                _write_one(i.path, i.parsed, x, i.existing_id) for i, x in pairs if i.existing_id
            ]
    except DatabaseError:
        # Another run stored one of these meanwhile, or the database refused one: take
        # each file on its own, looking again at what is stored.
        outcomes = [_store_alone(i.path, i.parsed, gazetteer, extraction=x) for i, x in pairs]
    yield from outcomes
    for path, parsed in batch.waiting:
        yield _store_alone(path, parsed, gazetteer)
    # With DEBUG on, Django keeps the last 9,000 queries' SQL, bodies and all: for a big
    # folder that is gigabytes. Memory stays bounded by the batch instead.
    reset_queries()


def ingest_file(
    path: Path,
    gazetteer: Gazetteer,
    *,
    max_bytes: int,
    dry_run: bool = False,
    today: dt.date | None = None,
) -> Outcome:
    """Read, parse, extract and store one file on its own, in its own transaction; never
    raises for bad input."""
    parsed = read_file(path, max_bytes=max_bytes, today=today, cities=gazetteer.cities)
    if isinstance(parsed, Outcome):
        return parsed
    return _store_alone(path, parsed, gazetteer, dry_run=dry_run)


def _store_alone(
    path: Path,
    parsed: ParsedArticle,
    gazetteer: Gazetteer,
    extraction: Extraction | None = None,
    dry_run: bool = False,
) -> Outcome:
    """One parsed file, looked up again against what is stored, then written alone."""
    existing, twin = stored_as(path, parsed)
    if outcome := classify(path, parsed, existing, twin, dry_run):
        return outcome
    if extraction is None:
        extraction = extract(parsed.body, parsed.published, gazetteer)
    return _write_one(path, parsed, extraction, existing and existing.pk)


def _write_one(
    path: Path, parsed: ParsedArticle, extraction: Extraction, existing_id: int | None
) -> Outcome:
    """One article in a transaction of its own (a savepoint inside a batch's)."""
    try:
        with transaction.atomic(), signals_suspended():
            if existing_id:
                article = update_article(existing_id, parsed, extraction)
            else:
                [article] = create_articles([(key_of(path), parsed, extraction)])
    except IntegrityError as exc:  # a concurrent run stored the same file or text first
        return Outcome(str(path), Status.DUPLICATE, message=f"stored concurrently ({exc})")
    return Outcome(str(path), Status.UPDATED if existing_id else Status.CREATED, article.pk)
