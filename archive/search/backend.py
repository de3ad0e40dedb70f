"""Haystack's Whoosh backend with one change that matters: every write waits for Whoosh's
lock instead of failing or buffering in a thread (haystack uses AsyncWriter, and its
remove() gives up silently when the lock is taken).

Segments are written non-compound: opening a searcher then costs ~1 ms instead of ~80 ms.
"""

from __future__ import annotations

import contextlib

from haystack.backends.whoosh_backend import WhooshEngine as StockEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier

LOCK_TIMEOUT = 120.0  # seconds a writer waits for another to finish


class _Writer:
    def __init__(self, backend, writer):
        self.backend, self.writer = backend, writer

    def update(self, index, objects):
        for obj in objects:
            try:
                doc = index.full_prepare(obj)
            except SkipDocument:
                continue
            doc = {key: self.backend._from_python(value) for key, value in doc.items()}
            doc.pop("boost", None)
            self.writer.update_document(**doc)

    def remove(self, index, pks):
        model = index.get_model()
        for pk in pks:
            self.writer.delete_by_term(ID, f"{model._meta.app_label}.{model._meta.model_name}.{pk}")


class NewsroomWhooshBackend(WhooshSearchBackend):
    @contextlib.contextmanager
    def locked_writer(self):
        """A Whoosh writer holding the index lock; commits on success, cancels on error."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        writer = self.index.writer(timeout=LOCK_TIMEOUT, delay=0.05, compound=False)
        try:
            yield _Writer(self, writer)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def update(self, index, iterable, commit=True):
        objects = list(iterable)
        if objects:
            with self.locked_writer() as writer:
                writer.update(index, objects)

    def remove(self, obj_or_string, commit=True):
        if not self.setup_complete:
            self.setup()
        with self.locked_writer() as writer:
            writer.writer.delete_by_term(ID, get_identifier(obj_or_string))

    def document_stamps(self) -> dict[int, dict]:
        """{article id: its stored stamp, countries and people} for check_index."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        documents = {}
        with self.index.searcher() as searcher:
            for fields in searcher.all_stored_fields():
                documents[int(fields["django_id"])] = {
                    "updated": str(fields.get("updated", "")),
                    "countries": _as_set(fields.get("countries")),
                    "people": _as_set(fields.get("people")),
                }
        return documents


def _as_set(value) -> set[str]:
    if not value:
        return set()
    if isinstance(value, str):
        return {v for v in value.split(",") if v}
    return set(value)


class WhooshEngine(StockEngine):
    backend = NewsroomWhooshBackend
