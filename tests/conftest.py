import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Count, Max
from haystack import connections

from archive.ingest.gazetteer_files import read_countries, read_office_files, read_places
from archive.ingest.gazetteer_store import build_gazetteer, load_gazetteer
from archive.models import Country, CountryAlias, Office, Person, PersonAlias, Place, PlaceAlias

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "articles" / "000_64b0841694428645.txt"
DATA = Path(__file__).resolve().parent / "data"


def load_fixture_gazetteer():
    folder = settings.NEWSROOM_GAZETTEER_DIR
    return load_gazetteer(
        read_countries(folder / "countries.tsv"),
        read_office_files(folder),
        read_places(folder / "places.tsv"),
    )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The real gazetteer, loaded once into the test database. On PostgreSQL, autovacuum is
    kept off its tables: tests fill them inside transactions that are rolled back, and an
    ANALYZE after such a test records them as empty — from then on the planner joins the
    next test's rows by nested scans (a search facet query ran for minutes on fifty
    articles). Tests that load many rows ANALYZE themselves (refresh_statistics)."""
    with django_db_blocker.unblock():
        load_fixture_gazetteer()
        from django.db import connection

        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for table in connection.introspection.table_names(cursor):
                    quoted = connection.ops.quote_name(table)
                    cursor.execute(f"ALTER TABLE {quoted} SET (autovacuum_enabled = false)")


@pytest.fixture(autouse=True)
def _gazetteer_survives_flushes(request):
    """Transactional tests (the live-server ones) flush every table when they end; reload
    the gazetteer for the database tests that follow."""
    if request.node.get_closest_marker("django_db") is None and not (
        {"db", "transactional_db", "live_server"} & set(request.fixturenames)
    ):
        return
    request.getfixturevalue(
        "transactional_db"
        if {"transactional_db", "live_server"} & set(request.fixturenames)
        else "db"
    )
    if not Country.objects.exists():
        load_fixture_gazetteer()


@pytest.fixture
def search_index():
    """A fresh, empty index for one test: a temporary Whoosh folder, or the configured
    server's index emptied before and after."""
    info = connections.connections_info["default"]
    if "PATH" not in info:
        backend = connections["default"].get_backend()
        backend.clear()
        yield backend
        backend.clear()
        return
    old_path = info["PATH"]
    path = tempfile.mkdtemp(prefix="newsroom-whoosh-")
    info["PATH"] = path
    connections.reload("default")
    yield connections["default"].get_backend()
    info["PATH"] = old_path
    connections.reload("default")
    # (a rebuild leaves the path a link to a generation in a folder beside it: both go)
    if os.path.islink(path):
        os.unlink(path)
    shutil.rmtree(path, ignore_errors=True)
    shutil.rmtree(f"{path}.generations", ignore_errors=True)


_built: dict[tuple, object] = {}


def _gazetteer_state() -> tuple:
    """What the gazetteer is built from, in a few counts and its latest rows: a test that
    adds to it changes them (and one that adds another row of the same key after a rolled
    back test, the row's values)."""
    return tuple(
        (
            *model.objects.aggregate(n=Count("pk"), last=Max("pk")).values(),
            tuple(sorted((model.objects.order_by("-pk").values().first() or {}).items())),
        )
        for model in (Country, CountryAlias, Person, PersonAlias, Office, Place, PlaceAlias)
    )


def current_gazetteer():
    """The gazetteer as the database holds it; built once for the state every test starts
    from (building takes most of a second), afresh for a test that changed it."""
    state = _gazetteer_state()
    if state not in _built:
        _built.clear()
        _built[state] = build_gazetteer()
    return _built[state]


@pytest.fixture
def gazetteer(db):
    return current_gazetteer()


def ingest(*paths) -> None:
    """The ingest command on `paths` (quietly), its gazetteer built once per state of the
    database's gazetteer like the fixture's, not once per call: most of a test's setup was
    that building. For the articles a test starts from, before it edits the gazetteer."""
    from archive.management.commands import ingest as command

    with mock.patch.object(command, "build_gazetteer", current_gazetteer):
        call_command("ingest", *map(str, paths), verbosity=0)


@pytest.fixture
def seed_article(db, search_index):
    """The seed article ingested through the command, index drained."""
    ingest(SEED)
    from archive.models import Article

    return Article.objects.get()


@pytest.fixture
def write_article(tmp_path):
    """Write an article file of the seed format; returns its path."""

    def write(name: str, body: str, date: str | dt.date = "2025-11-25", folder=None) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f" date {date} {body}", encoding="utf-8")
        return path

    return write


def refresh_statistics() -> None:
    """After a test's bulk load, what autovacuum would do in a running database: ANALYZE
    (PostgreSQL). Without it the planner trusts statistics left by earlier tests — tables it
    saw nearly empty — and joins 10,000 rows by nested scans (a download test took 4 minutes
    in the full suite and 16 s alone)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE archive_event, archive_eventcountry, archive_eventperson")
