"""Rebuild the whole index into a new generation folder and swap it in atomically.

While the rebuild runs it holds the live index's write lock: the indexer waits, edits keep
queueing in the outbox, and they are applied to the new index once it is in place. Readers
keep searching the old generation until the swap, then see the new one: never an empty or
partial index.
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
from archive.models import IndexQueue
from archive.search.queue import article_index
from archive.search.whoosh_write import Writer, generation_dir, new_generation, point_at


def rebuild(
    batch_size: int = 500, procs: int = 1, progress: Callable[[int], None] = lambda n: None
) -> int:
    backend = connections["default"].get_backend()
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
            queryset = index.index_queryset().order_by("pk")
            for start in range(0, queryset.count() + batch_size, batch_size):
                chunk = list(queryset[start : start + batch_size])
                if not chunk:
                    break
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


def _remove_old_generations(path: str, keep: Path) -> None:
    """Old generations go; open searchers keep their already-open files (POSIX)."""
    root = generation_dir(path)
    for folder in root.iterdir() if root.exists() else ():
        if folder.resolve() != keep.resolve():
            shutil.rmtree(folder, ignore_errors=True)
    for legacy in Path(path).parent.glob(Path(path).name + ".legacy-*"):
        shutil.rmtree(legacy, ignore_errors=True)
