"""The search index outbox and the archive's version (what the page cache keys on)."""

from __future__ import annotations

from django.db import models


class IndexQueue(models.Model):
    """A pending index change, written in the same transaction as the edit that caused it.

    One indexer process drains it (archive/search/queue.py); a row is deleted only after
    its change is committed to the index, so a crash means a retry, never a loss.
    """

    object_id = models.BigIntegerField(db_index=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = "index queue entry"
        verbose_name_plural = "index queue"

    def __str__(self):
        return f"article {self.object_id}"


class SiteVersion(models.Model):
    """One row counting the archive's changes: cached pages are keyed by it, so any change
    (an edit, an ingest batch, an index update) retires them all. See archive/cache.py."""

    value = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"archive version {self.value}"
