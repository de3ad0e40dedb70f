"""The plan of a batch: read and parse its files, and decide for each, from what is stored,
whether it is unchanged, a duplicate, to be stored now, or to wait for the files it depends
on. Reads the database; writes nothing."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from archive.ingest import parser
from archive.ingest.files import key_of
from archive.ingest.outcomes import Outcome, Status
from archive.models import Article


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items (itertools.batched arrives with Python 3.12)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def read_file(
    path: Path, *, max_bytes: int, today: dt.date | None = None, cities=frozenset()
) -> parser.ParsedArticle | Outcome:
    """The parsed file, or a FAILED outcome naming what is wrong; never raises. Only a
    regular file is read (a FIFO would block, /dev/zero never end), and never more than
    `max_bytes` + 1 bytes of it, whatever its size said."""
    try:
        data = _read_regular(path, max_bytes)
    except _Refused as exc:
        return Outcome(str(path), Status.FAILED, message=str(exc))
    except OSError as exc:
        return Outcome(str(path), Status.FAILED, message=f"cannot read: {exc.strerror or exc}")
    try:
        return parser.parse_bytes(data, today=today, cities=cities)
    except parser.ParseError as exc:
        return Outcome(str(path), Status.FAILED, message=str(exc))


class _Refused(Exception):
    pass


def _read_regular(path: Path, max_bytes: int) -> bytes:
    # O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Refused(f"not a regular file ({_kind(info.st_mode)}): not read")
        if info.st_size > max_bytes:
            raise _Refused(f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        chunks, left = [], max_bytes + 1
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:  # it grew while read
        raise _Refused(f"file is over the {max_bytes:,}-byte limit")
    return data


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):  # fmt: skip
        if test(mode):
            return name
    return "not a plain file"


def classify(path: Path, parsed, existing, twin, dry_run: bool) -> Outcome | None:
    """UNCHANGED, DUPLICATE or (dry run) what would happen; None: store it.
    `existing` is the article from the same file name, `twin` one with the same text."""
    if existing and existing.sha256 == parsed.sha256:
        return Outcome(str(path), Status.UNCHANGED, existing.pk)
    if twin and (existing is None or twin.pk != existing.pk):
        return Outcome(
            str(path),
            Status.DUPLICATE,
            twin.pk,
            message=f"same text as {twin.source_file} (article {twin.pk})",
        )
    if dry_run:
        return Outcome(str(path), Status.UPDATED if existing else Status.CREATED)
    return None


def stored_as(path: Path, parsed: parser.ParsedArticle) -> tuple[Article | None, Article | None]:
    """The stored article from the same file (its key), and one with the same text."""
    existing = Article.objects.filter(source_file=key_of(path)).only("id", "sha256").first()
    twin = Article.objects.filter(sha256=parsed.sha256).only("id", "source_file").first()
    return existing, twin


@dataclass
class Item:
    """A file to store with its batch."""

    path: Path
    parsed: parser.ParsedArticle
    existing_id: int | None


@dataclass
class Batch:
    items: list[Item] = field(default_factory=list)
    # Files that depend on another of this batch or the one before: (path, parse), stored
    # on their own once those are.
    waiting: list[tuple[Path, parser.ParsedArticle]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    texts: set[str] = field(default_factory=set)
    extractions: object = None


def plan(
    chunk: list[Path],
    batch: Batch,
    in_flight: Batch | None,
    max_bytes,
    dry_run,
    today,
    cities=frozenset(),
) -> Iterator[Outcome]:
    """Fill `batch` from `chunk`, yielding the outcome of every file decided already (bad,
    unchanged, duplicate; in a dry run, all of them). Two queries for the whole chunk."""
    parsed_files = []
    for path in chunk:
        parsed = read_file(path, max_bytes=max_bytes, today=today, cities=cities)
        if isinstance(parsed, Outcome):
            yield parsed
        else:
            parsed_files.append((path, parsed))
    names = [key_of(path) for path, _ in parsed_files]
    texts = [parsed.sha256 for _, parsed in parsed_files]
    fields = ("id", "source_file", "sha256")
    by_name = {
        a.source_file: a for a in Article.objects.filter(source_file__in=names).only(*fields)
    }
    by_text = {a.sha256: a for a in Article.objects.filter(sha256__in=texts).only(*fields)}
    busy_names = in_flight.names if in_flight else set()
    busy_texts = in_flight.texts if in_flight else set()
    for path, parsed in parsed_files:
        name, text = key_of(path), parsed.sha256
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
            batch.waiting.append((path, parsed))
            continue
        existing = by_name.get(name)
        if outcome := classify(path, parsed, existing, twin, dry_run):
            yield outcome
            continue
        batch.names.add(name)
        batch.texts.add(text)
        batch.items.append(Item(path, parsed, existing.pk if existing else None))
    if dry_run:  # nothing is stored: say what would most likely happen
        for path, _ in batch.waiting:
            yield Outcome(str(path), Status.DUPLICATE, message="same name or text as another file")


def rekey_legacy(files: list[Path]) -> list[str]:
    """Articles stored before files were keyed by their path (under a bare file name) take
    the key of the one file of this run with that name; where several files share the name,
    which of them the article was cannot be told: it is left as it is, and said."""
    by_name: dict[str, list[Path]] = {}
    for path in files:
        if key_of(path) != path.name:
            by_name.setdefault(path.name, []).append(path)
    if not by_name:
        return []
    notes = []
    legacy = dict(
        Article.objects.filter(source_file__in=list(by_name)).values_list("source_file", "pk")
    )
    for name, pk in legacy.items():
        paths = by_name[name]
        if len(paths) > 1:
            notes.append(
                f"{len(paths)} files are named {name}; article {pk}, stored as {name} before "
                "files were keyed by their path, is left as it is and each file is stored "
                "under its own path"
            )
        elif not Article.objects.filter(source_file=key_of(paths[0])).exists():
            Article.objects.filter(pk=pk).update(source_file=key_of(paths[0]))
    return notes
