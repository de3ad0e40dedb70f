"""The peer the bench compares search with: the same articles in SQLite FTS5, served by
Datasette, and the small HTTP helpers both sides are timed through."""

from __future__ import annotations

import contextlib
import sqlite3
import time
import urllib.request
from pathlib import Path

from archive.models import Article


def build_peer(path: Path) -> None:
    """articles(id, headline, published, body) with an external-content FTS5 index, as
    `sqlite-utils enable-fts` makes it; rebuilt when the archive's size changed."""
    count = Article.objects.count()
    if path.exists():
        with contextlib.closing(sqlite3.connect(path)) as db:
            if db.execute("select count(*) from articles").fetchone()[0] == count:
                return
        path.unlink()
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.executescript(
            "create table articles (id integer primary key, headline text, published text,"
            " body text);"
            'create virtual table articles_fts using fts5(headline, body, content="articles",'
            " content_rowid='id');"
        )
        rows = Article.objects.values_list("id", "headline", "published", "body")
        db.executemany(
            "insert into articles values (?, ?, ?, ?)",
            ((pk, h, p.isoformat(), b) for pk, h, p, b in rows.iterator(chunk_size=1000)),
        )
        db.execute(
            "insert into articles_fts(rowid, headline, body)"
            " select id, headline, body from articles"
        )
        db.commit()


def http_get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            http_get(url)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
