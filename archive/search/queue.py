"""The index outbox: edits enqueue article ids in their own transaction; one writer drains.

Why not haystack's RealtimeSignalProcessor: under several gunicorn workers it blocks requests
on Whoosh's single write lock, loses deletes and updates, and indexes an article before the
admin has saved its countries and people (see ../shared/SEARCH_ENGINE_NOTES.md). Here a
request only inserts a row; `manage.py indexer` (started by `make run`) drains the queue
under the lock, re-reading the database, and deletes the rows only after the commit.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from haystack import connections

from archive.models import Article, IndexQueue

log = logging.getLogger(__name__)
BATCH = 500
_state = threading.local()


@contextlib.contextmanager
def signals_suspended():
    """For writers that enqueue what they change themselves (the loader): the signal
    handlers stand down inside this block, in this thread only."""
    _state.suspended = getattr(_state, "suspended", 0) + 1
    try:
        yield
    finally:
        _state.suspended -= 1


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


def drain_once(batch: int = BATCH) -> DrainResult:
    """Index one batch of queued changes in one commit; delete their rows afterwards."""
    backend = connections["default"].get_backend()
    index = article_index()
    with backend.locked_writer() as writer:
        # Read the queue and the articles while holding the lock: the last writer to commit
        # has read the latest state, so a slow writer cannot overwrite a newer one.
        rows = list(IndexQueue.objects.order_by("id").values_list("id", "object_id")[:batch])
        if not rows:
            return DrainResult()
        ids = {object_id for _, object_id in rows}
        articles = list(index.index_queryset().filter(pk__in=ids))
        writer.update(index, articles)
        gone = ids - {a.pk for a in articles}
        writer.remove(index, gone)
    IndexQueue.objects.filter(id__in=[row_id for row_id, _ in rows]).delete()
    return DrainResult(len(articles), len(gone))


def drain(batch: int = BATCH) -> DrainResult:
    """Drain until the queue is empty."""
    total = DrainResult()
    while True:
        result = drain_once(batch)
        if not result.indexed and not result.removed:
            return total
        total += result
