"""The write side of the Whoosh index: haystack's Whoosh backend with the changes that
matter here:

- every write waits for Whoosh's lock instead of failing or buffering in a thread (haystack
  uses AsyncWriter, and its remove() gives up silently when the lock is taken);
- segments are written non-compound: opening a searcher then costs ~1 ms instead of ~80 ms;
- the schema comes from archive.search.contract.FIELDS: names unstemmed (see
  archive/search/analysis.py), only what is read back stored;
- the index path is a symlink to a generation folder, so rebuild_index can build a new
  generation aside and swap it in without readers ever seeing an empty index.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import tempfile
import time
from pathlib import Path

from haystack import connections
from haystack.backends.whoosh_backend import WhooshEngine as StockEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend
from haystack.constants import ID
from haystack.utils import get_identifier
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import KEYWORD, STORED, TEXT
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError, LockError
from whoosh.qparser import FuzzyTermPlugin, QueryParser
from whoosh.reading import SegmentReader
from whoosh.util.filelock import try_for

from archive.search.analysis import EXACT, STEM
from archive.search.contract import FIELDS, Kind, SearchField
from archive.search.documents import documents

LOCK_TIMEOUT = 120.0  # seconds a writer waits for another to finish
UPDATE_CHUNK = 250  # documents prepared and replaced together


class Writer:
    def __init__(self, backend, writer):
        self.backend, self.writer = backend, writer

    def update(self, index, objects):
        """Each object's document in place of its committed one. A chunk at a time: the
        old documents are found with one searcher and deleted, then the new ones added —
        Whoosh's update_document opens a searcher per document (3 ms each, a quarter of the
        indexer's own time)."""
        iterator = iter(objects)
        while chunk := list(itertools.islice(iterator, UPDATE_CHUNK)):
            docs = list(documents(self.backend, index, chunk))
            with self.writer.searcher() as searcher:
                for doc in docs:
                    for docnum in searcher.document_numbers(**{ID: doc[ID]}):
                        self.writer.delete_document(docnum)
            for doc in docs:
                self.writer.add_document(**doc)

    def remove(self, index, pks):
        model = index.get_model()
        for pk in pks:
            self.writer.delete_by_term(ID, f"{model._meta.app_label}.{model._meta.model_name}.{pk}")


def whoosh_field(spec: SearchField):
    """The Whoosh field for a search field, or None to keep haystack's (dates, numbers)."""
    if spec.kind == Kind.STEMMED:
        return TEXT(
            analyzer=STEM,
            stored=spec.stored,
            phrase=spec.phrases,
            field_boost=spec.boost,
            spelling=False,
        )
    if spec.kind == Kind.EXACT:
        return TEXT(analyzer=EXACT, stored=spec.stored, phrase=spec.phrases, field_boost=spec.boost)
    if spec.kind == Kind.TAGS:
        return KEYWORD(stored=spec.stored, commas=True, scorable=True)
    if spec.kind == Kind.TAG:
        return WHOOSH_ID(stored=spec.stored)
    if spec.kind == Kind.STORED:
        return STORED()
    return None


def generation_dir(path: str) -> Path:
    return Path(f"{path}.generations")


def new_generation(path: str) -> Path:
    """A new, empty, uniquely named generation folder."""
    root = generation_dir(path)
    root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=time.strftime("%Y%m%dT%H%M%S-"), dir=root))


def point_at(path: str, target: Path) -> None:
    """Atomically make `path` a symlink to `target`."""
    tmp = f"{path}.swap-{os.getpid()}"
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(os.path.abspath(target), tmp)
    os.replace(tmp, path)


SMALL_SEGMENT = 2_000  # documents: what edits and short drains write
SMALL_SEGMENTS = 4  # that many small segments are merged into one
MAX_SEGMENTS = 24  # past this many, the smallest large segments are merged too
WORN = 0.3  # a segment with this share of its documents deleted (replaced) is rewritten


def merge_policy(writer, segments):
    """Which segments a commit merges. Whoosh's default (MERGE_SMALL) let segments pile up
    and then merged half the index in one commit, in one process: the indexer fell from 248
    to 135 articles/s between 10,000 and 100,000 queued. Here small segments (edits, short
    drains) are merged once there are SMALL_SEGMENTS of them (cheap); the large ones bulk
    drains write stay as written, unless a third of their documents were replaced, or there
    are more than MAX_SEGMENTS (then the smallest are merged). `rebuild_index` writes a
    compact index afresh."""
    small = [s for s in segments if s.doc_count_all() < SMALL_SEGMENT]
    merged = small if len(small) >= SMALL_SEGMENTS else []
    merged += [
        s for s in segments if s not in small and s.deleted_count() > WORN * s.doc_count_all()
    ]
    kept = sorted((s for s in segments if s not in merged), key=lambda s: s.doc_count_all())
    while len(kept) >= MAX_SEGMENTS:  # the writer's own new segment makes one more
        merged.append(kept.pop(0))
    for segment in merged:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return kept if merged else segments


class NewsroomWhooshBackend(WhooshSearchBackend):
    def setup(self):
        """Haystack's setup, less its refusal of an index folder it cannot write: readers
        can search a read-only index, and a writer gets the OS's own error (explained by
        archive.search.queue.explain) when it tries to take the lock."""
        if not self.use_file_storage:
            return super().setup()
        if not os.path.lexists(self.path):
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            point_at(self.path, new_generation(self.path))
        self.storage = FileStorage(self.path)
        self.content_field_name, self.schema = self.build_schema(
            connections[self.connection_alias].get_unified_index().all_searchfields()
        )
        self.parser = QueryParser(self.content_field_name, schema=self.schema)
        self.parser.add_plugins([FuzzyTermPlugin])
        try:
            self.index = self.storage.open_index(schema=self.schema)
        except EmptyIndexError:
            self.index = self.storage.create_index(self.schema)
        self.setup_complete = True

    def build_schema(self, fields):
        """Haystack's schema with each field of archive.search.contract.FIELDS as that
        table says (analyzer, storage, boost)."""
        content_field_name, schema = super().build_schema(fields)
        for name, spec in FIELDS.items():
            made = whoosh_field(spec)
            if made is not None and name in schema.names():
                schema.remove(name)
                schema.add(name, made)
        return content_field_name, schema

    @contextlib.contextmanager
    def locked_writer(self, timeout: float = LOCK_TIMEOUT, procs: int = 1):
        """A Whoosh writer holding the index lock; commits on success, cancels on error.
        Raises whoosh.index.LockError if the lock stays taken for `timeout` seconds.
        procs > 1: analyse in that many processes, each writing a segment (bulk loads)."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        options = {"procs": procs, "multisegment": True, "limitmb": 128} if procs > 1 else {}
        writer = self.index.writer(timeout=timeout, delay=0.05, compound=False, **options)
        try:
            yield Writer(self, writer)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=merge_policy)

    @contextlib.contextmanager
    def exclusive(self, timeout: float = LOCK_TIMEOUT):
        """Hold the live index's write lock without writing to it (for rebuilds)."""
        if not self.setup_complete:
            self.setup()
        lock = self.index.lock("WRITELOCK")
        if not try_for(lock.acquire, timeout=timeout, delay=0.05):
            raise LockError("the search index is locked by another writer")
        try:
            yield
        finally:
            lock.release()

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
