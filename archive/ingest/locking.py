"""One ingest at a time: a second run waits for the first instead of racing it.

PostgreSQL: a session advisory lock, which holds across hosts. SQLite: a file lock beside
the database, under VAR_DIR (one machine, as SQLite is).
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Callable

from django.conf import settings
from django.db import connection

from archive.processes import hold_lock

ADVISORY_KEY = 0x6E657773  # "news"


@contextlib.contextmanager
def ingest_lock(on_wait: Callable[[], None] = lambda: None):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [ADVISORY_KEY])
            if not cursor.fetchone()[0]:
                on_wait()
                cursor.execute("SELECT pg_advisory_lock(%s)", [ADVISORY_KEY])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [ADVISORY_KEY])
        return
    settings.VAR_DIR.mkdir(parents=True, exist_ok=True)
    with (settings.VAR_DIR / "ingest.lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(handle, fcntl.LOCK_EX)
        with hold_lock(handle.fileno()):  # the extraction workers do not hold it too
            yield
