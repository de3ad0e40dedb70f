"""The index outbox: edits enqueue article ids in their own transaction; one writer drains.

Why not haystack's RealtimeSignalProcessor: under several gunicorn workers it blocks requests
on Whoosh's single write lock, loses deletes and updates, and indexes an article before the
admin has saved its countries and people (README.md, "How search stays in step"). Here a
request only inserts a row; `manage.py indexer` (started by `make run`) drains the queue
under the lock, re-reading the database, and deletes the rows only after the commit.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import reset_queries
from haystack import connections
from whoosh.index import LockError

from archive.cache import bump
from archive.models import Article, IndexQueue
from archive.search.cluster import ClusterError
from archive.search_indexes import articles_for_index

log = logging.getLogger(__name__)
BATCH = 500
BULK_BATCH = 20_000  # a long queue: each batch writes one large segment per process
READ_CHUNK = 250  # articles read back from the database at a time
_state = threading.local()


@contextlib.contextmanager
def signals_suspended():
    """For writers that enqueue what they change themselves (the ingest writer): the signal
    handlers stand down inside this block, in this thread only."""
    _state.suspended = getattr(_state, "suspended", 0) + 1
    try:
        yield
    finally:
        _state.suspended -= 1


class IndexUnavailable(Exception):
    """The search index could not be written. Nothing is lost: the database is committed
    and the changes stay queued until a later drain succeeds."""


WRITE_PROBLEMS = {
    errno.EROFS: "is on a read-only file system",
    errno.EACCES: "is not writable by this user",
    errno.EPERM: "is not writable by this user",
    errno.ENOSPC: "is on a device with no space left",
    errno.EDQUOT: "is over its disk quota",
    errno.EFBIG: "cannot grow: a file reached its size limit",
}


def explain(exc: BaseException, path: str | None = None) -> str:
    """One plain sentence for a failed index write, naming the folder and the cause."""
    where = f"The search index at {path}" if path else "The search index"
    if isinstance(exc, LockError):
        return f"{where} is locked by another writer that did not finish in time"
    if isinstance(exc, ClusterError):
        return f"{where} could not be reached or written: {exc}"
    code = getattr(exc, "errno", None)
    # haystack's own check says only "not writable" of a folder: find out why
    if code is None and path and path.startswith("/"):
        code = _diagnose(path)
    problem = WRITE_PROBLEMS.get(code)
    if problem:
        return f"{where} {problem} ({os.strerror(code)})"
    return f"{where} could not be written: {exc}"


def _diagnose(path: str) -> int | None:
    folder = os.path.realpath(path)
    while not os.path.exists(folder):
        folder = os.path.dirname(folder)
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        return errno.EROFS
    if not os.access(folder, os.W_OK):
        return errno.EACCES
    return None


def index_path() -> str | None:
    """Where the index is: a Whoosh folder, or a cluster's alias and hosts."""
    backend = connections["default"].get_backend()
    if hasattr(backend, "cluster"):
        return f"{backend.cluster} (alias {backend.index_name!r})"
    return getattr(backend, "path", None)


def unavailable(exc: BaseException, waiting: int | None = None) -> IndexUnavailable:
    if waiting is None:
        waiting = pending()
    return IndexUnavailable(
        f"{explain(exc, index_path())}. The database is saved and {waiting} change(s) stay "
        "queued; once this is fixed, run `manage.py indexer --once` (or re-run the command)."
    )


def signals_active() -> bool:
    return not getattr(_state, "suspended", 0)


def enqueue(article_ids: Iterable[int]) -> None:
    ids = sorted(set(article_ids))
    if ids:
        IndexQueue.objects.bulk_create(IndexQueue(object_id=pk) for pk in ids)


def pending() -> int:
    return IndexQueue.objects.count()


@dataclass
class DrainResult:
    indexed: int = 0
    removed: int = 0

    def __add__(self, other):
        return DrainResult(self.indexed + other.indexed, self.removed + other.removed)


def article_index():
    return connections["default"].get_unified_index().get_index(Article)


def drain_once(batch: int = BATCH, procs: int = 1) -> DrainResult:
    """Index one batch of queued changes in one commit; delete their rows afterwards."""
    backend = connections["default"].get_backend()
    index = article_index()
    with backend.locked_writer(procs=procs) as writer:
        # Read the queue and the articles while holding the lock: the last writer to commit
        # has read the latest state, so a slow writer cannot overwrite a newer one.
        rows = list(IndexQueue.objects.order_by("id").values_list("id", "object_id")[:batch])
        if not rows:
            return DrainResult()
        ids = sorted({object_id for _, object_id in rows})
        # A chunk at a time: the index's writer processes start on the first chunk while
        # the next is read (read all first, they waited a fifth of the drain).
        found = 0
        gone = set(ids)
        for start in range(0, len(ids), READ_CHUNK):
            articles = articles_for_index(ids[start : start + READ_CHUNK])
            writer.update(index, articles)
            found += len(articles)
            gone.difference_update(a.pk for a in articles)
        writer.remove(index, gone)
    IndexQueue.objects.filter(id__in=[row_id for row_id, _ in rows]).delete()
    bump()  # search results changed: retire cached pages
    return DrainResult(found, len(gone))


def drain(batch: int = BATCH) -> DrainResult:
    """Drain until the queue is empty. Raises IndexUnavailable if the index cannot be
    written (read-only, full, locked); what was not indexed stays queued."""
    total = DrainResult()
    while True:
        # Nothing queued: no writer is opened (an idle indexer polling every second would
        # otherwise hold the index's lock most of the time, and rebuild_index wait on it).
        queued = pending()
        if not queued:
            return total
        # A long queue (a bulk ingest) is written in big batches by several processes.
        bulk = queued > 2 * BATCH and settings.NEWSROOM_INDEX_PROCS > 1
        try:
            if bulk:
                result = drain_once(BULK_BATCH, procs=settings.NEWSROOM_INDEX_PROCS)
            else:
                result = drain_once(batch)
        except (OSError, LockError, ClusterError) as exc:
            raise unavailable(exc, queued) from exc
        reset_queries()  # with DEBUG on, Django would keep every batch's SQL
        if not result.indexed and not result.removed:
            return total
        total += result
