"""Rebuild the whole index aside and swap it in atomically.

Whoosh: a new generation folder. While the rebuild runs it holds the live index's write
lock: the indexer waits, edits keep queueing in the outbox, and they are applied to the new
index once it is in place.

A search cluster: a new concrete index, then the alias moved over in one request. Nothing
is locked (the indexer may run on another host): edits made during the rebuild reach the old
index, so once the alias has moved the index is compared with the database and whatever
differs is queued for the indexer.

Readers keep searching the old index until the swap, then see the new one: never an empty
or partial index.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from django.db.models import Max
from haystack import connections
from whoosh.filedb.filestore import FileStorage

from archive.cache import bump
from archive.models import Article, IndexQueue
from archive.search.cluster import generation_name
from archive.search.consistency import compare
from archive.search.queue import article_index, enqueue
from archive.search.whoosh_write import Writer, generation_dir, new_generation, point_at
from archive.search_indexes import articles_for_index


def rebuild(
    batch_size: int = 500, procs: int = 1, progress: Callable[[int], None] = lambda n: None
) -> int:
    backend = connections["default"].get_backend()
    if hasattr(backend, "cluster"):
        return rebuild_cluster(backend, batch_size, progress)
    if not backend.setup_complete:
        backend.setup()
    index = article_index()
    path = backend.path
    with backend.exclusive():
        # Changes queued before this point are read below; later ones stay queued.
        covered = IndexQueue.objects.aggregate(last=Max("id"))["last"] or 0
        folder = new_generation(path)
        new_index = FileStorage(str(folder)).create_index(backend.schema)
        options = {"limitmb": 256, "compound": False}
        if procs > 1:
            options.update(procs=procs, multisegment=True)
        writer = new_index.writer(**options)
        count = 0
        try:
            for chunk in _chunks(batch_size):
                Writer(backend, writer).update(index, chunk)
                count += len(chunk)
                progress(len(chunk))
        except BaseException:
            writer.cancel()
            shutil.rmtree(folder, ignore_errors=True)
            raise
        try:
            writer.commit()
        except BaseException:  # a full disk fails here: the live index stays as it was
            shutil.rmtree(folder, ignore_errors=True)
            raise
        if os.path.isdir(path) and not os.path.islink(path):  # an index made before generations
            os.replace(path, f"{path}.legacy-{os.getpid()}")
        point_at(path, folder)
        IndexQueue.objects.filter(id__lte=covered).delete()
        bump()
    backend.setup_complete = False  # reopen on the new generation
    _remove_old_generations(path, keep=Path(folder))
    return count


def _chunks(batch_size: int):
    """Every article, `batch_size` at a time, ready for its document."""
    ids = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch_size):
        yield articles_for_index(ids[start : start + batch_size])


def rebuild_cluster(backend, batch_size: int, progress: Callable[[int], None]) -> int:
    """Fill a new index, move the alias to it, drop the old; queue what changed meanwhile.
    Returns the number of articles written."""
    from archive.search.elastic_write import ClusterWriter

    cluster, alias, index = backend.cluster, backend.index_name, article_index()
    new = generation_name(alias)
    cluster.create(new, backend.index_body())
    count = 0
    try:
        for chunk in _chunks(batch_size):
            writer = ClusterWriter(backend)
            writer.update(index, chunk)
            cluster.bulk(new, writer.actions)
            count += len(chunk)
            progress(len(chunk))
        cluster.refresh(new)
        current = cluster.targets(alias)
        cluster.swap(alias, new, current)
    except BaseException:
        cluster.delete([new])  # the alias still points at the old index
        raise
    cluster.delete(name for name, by_alias in current if by_alias)
    backend.setup_complete = True
    report = compare()
    enqueue(report.missing | report.stale | report.ghosts)
    bump()
    return count


def _remove_old_generations(path: str, keep: Path) -> None:
    """Old generations go; open searchers keep their already-open files (POSIX)."""
    root = generation_dir(path)
    for folder in root.iterdir() if root.exists() else ():
        if folder.resolve() != keep.resolve():
            shutil.rmtree(folder, ignore_errors=True)
    for legacy in Path(path).parent.glob(Path(path).name + ".legacy-*"):
        shutil.rmtree(legacy, ignore_errors=True)
