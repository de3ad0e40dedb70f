"""Faults and hostile input against the real command, in subprocesses, on a temporary
SQLite database and Whoosh index: nothing is lost, nothing is stored twice, and the index
ends equal to the database (check_index exits 0)."""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def archive_in(folder: Path, index: Path | None = None, gazetteer: bool = False):
    """manage.py on a database and index of its own under `folder`: migrated, empty (with
    `gazetteer`, the gazetteer loaded) — a copy of a database made so once per process."""
    manage = _manage(folder, index)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(gazetteer), folder / "db.sqlite3")
    return manage


_templates: dict[bool, Path] = {}


def _template(gazetteer: bool) -> Path:
    if gazetteer not in _templates:
        folder = Path(tempfile.mkdtemp(prefix="newsroom-faults-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        manage = _manage(folder, None)
        manage("migrate")
        if gazetteer:
            manage("load_gazetteer")
        _templates[gazetteer] = folder / "db.sqlite3"
    return _templates[gazetteer]


def _manage(folder: Path, index: Path | None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DEBUG": "1",
        "NEWSROOM_VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder}/db.sqlite3",
        "SEARCH_URL": f"whoosh://{index or folder / 'index'}",
    }

    def manage(*args, check=True, **kwargs):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=check,
            **kwargs,
        )

    manage.env = env
    manage.database = folder / "db.sqlite3"
    return manage


@pytest.fixture
def archive(tmp_path):
    return archive_in(tmp_path, gazetteer=True)


def count(manage) -> int:
    """The articles stored, read straight from the database file (polled while a command
    writes: no interpreter and Django started for each look)."""
    with contextlib.closing(sqlite3.connect(manage.database, timeout=30)) as connection:
        return connection.execute("SELECT COUNT(*) FROM archive_article").fetchone()[0]


def test_hostile_corpus(archive, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = " date 2025-11-25 Kassym-Jomart Tokayev met Vladimir Putin in Astana."
    files = {
        "empty.txt": b"",
        "header-only.txt": b" date 2025-11-25",
        "no-header.txt": b"Leaders met in Astana.",
        "bad-date.txt": b" date 2025-13-40 Body.",
        "future.txt": b" date 2099-01-01 Body.",
        "cp1251.txt": " date 2025-11-25 Президент Токаев".encode("cp1251"),
        "latin1.txt": " date 2025-11-25 Réunion à Genève".encode("latin-1"),
        "utf16.txt": " date 2025-11-25 Body".encode("utf-16"),
        "nul.txt": b" date 2025-11-25 Body\x00with NUL",
        "binary.txt": bytes(range(256)) * 4,
        "good.txt": good.encode(),
        "same-text.txt": good.encode(),
        "long.txt": (
            " date 2025-11-25 "
            + "\n\n".join(
                f"Paragraph {i}: Kassym-Jomart Tokayev and Ilham Aliyev discussed trade."
                for i in range(10_000)
            )
        ).encode(),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:  # 50 MB
        handle.write(b" date 2025-11-25 ")
        handle.truncate(50 * 1024 * 1024)
    (folder / "loop").symlink_to(folder)

    result = archive("ingest", str(folder), check=False)
    assert result.returncode == 1
    for name, reason in [
        ("empty.txt", "empty file"),
        ("header-only.txt", "header only"),
        ("no-header.txt", "no 'date YYYY-MM-DD' header"),
        ("bad-date.txt", "not a real date"),
        ("future.txt", "in the future"),
        ("cp1251.txt", "not valid UTF-8"),
        ("latin1.txt", "not valid UTF-8"),
        ("utf16.txt", "UTF-16"),
        ("nul.txt", "NUL bytes"),
        ("binary.txt", "NUL bytes"),
        ("huge.txt", "over the"),
        ("loop", "symlink loop"),
    ]:
        line = next((x for x in result.stderr.splitlines() if name in x), "")
        assert reason in line, (name, result.stderr[-2000:])
    assert "same-text.txt: duplicate" in result.stderr
    assert "2 created, 0 updated, 0 unchanged, 1 duplicate, 12 failed" in result.stdout
    assert count(archive) == 2  # good.txt and long.txt, nothing partial
    archive("check_index")

    # A file that changes between two runs updates its article. Its old twin is then no
    # longer a duplicate and is stored in its own right.
    (folder / "good.txt").write_text(good + " They signed an agreement.")
    second = archive("ingest", str(folder), check=False)
    assert "1 created, 1 updated, 1 unchanged, 0 duplicate, 12 failed" in second.stdout
    assert count(archive) == 3
    archive("check_index")


def test_killed_ingest_is_completed_by_the_next_run(archive, tmp_path):
    archive("generate_corpus", "--count", "200", "--seed", "4", "--output", str(tmp_path / "c"))
    process = subprocess.Popen(
        [sys.executable, "manage.py", "ingest", str(tmp_path / "c"), "--batch-size", "10"],
        cwd=ROOT,
        env=archive.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while count(archive) < 40 and time.monotonic() < deadline:
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)  # half-way: no clean-up of any kind
    process.wait()
    stored = count(archive)
    assert 0 < stored < 200
    result = archive("ingest", str(tmp_path / "c"))
    assert f"{200 - stored} created" in result.stdout
    assert count(archive) == 200  # every article exactly once
    archive("check_index")  # and the index agrees


def test_two_ingests_at_once(archive, tmp_path):
    archive("generate_corpus", "--count", "120", "--seed", "5", "--output", str(tmp_path / "c"))
    runs = [
        subprocess.Popen(
            [sys.executable, "manage.py", "ingest", str(tmp_path / "c")],
            cwd=ROOT,
            env=archive.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, f"stdout: {out}\nstderr: {err}"
    summaries = sorted(out.strip() for out, _ in outputs)
    # They serialise: one stores everything, the other finds it all unchanged.
    assert summaries == [
        "0 created, 0 updated, 120 unchanged, 0 duplicate, 0 failed.",
        "120 created, 0 updated, 0 unchanged, 0 duplicate, 0 failed.",
    ]
    assert any("Another ingest is running; waiting" in err for _, err in outputs)
    assert count(archive) == 120
    archive("check_index")


SEARCHES = [
    "Tokayev",
    "Tokaev",
    "Qasymjomart",
    "cooperation",
    '"joint statement"',
    "Kazakh -Russia",
]
PRINT_SEARCHES = (
    "from archive.search import service\n"
    "for q in {queries!r}:\n"
    "    page = service.search(service.SearchRequest(q=q, per_page=500))\n"
    "    print('SEARCH', q, page.total, sorted(h.article.source_file for h in page.hits))\n"
)


def searches(manage) -> list[str]:
    out = manage("shell", "-c", PRINT_SEARCHES.format(queries=SEARCHES)).stdout
    return [line for line in out.splitlines() if line.startswith("SEARCH")]


def test_backup_and_restore_into_an_empty_database(archive, tmp_path):
    """dumpdata, loaddata into an empty database, rebuild_index: the same archive."""
    archive("generate_corpus", "--count", "30", "--seed", "6", "--output", str(tmp_path / "c"))
    archive("ingest", str(tmp_path / "c"), str(ROOT / "fixtures" / "articles"))
    archive(
        "shell",
        "-c",
        (  # what an editor does in the admin
            "from archive.models import *\n"
            "from archive.ingest.curation import merge_people\n"
            "a = Article.objects.order_by('pk').first()\n"
            "a.headline = 'Edited by an editor'; a.edited_fields = ['headline']; a.save()\n"
            "t = Person.objects.get(slug='kassym-jomart-tokayev')\n"
            "PersonAlias.objects.create(person=t, name='Qasymjomart')\n"
            "merge_people(t, [Person.objects.create(name='K. Tokayev II', slug='k-tokayev-ii')])\n"
        ),
    )
    archive("indexer", "--once")
    dump = tmp_path / "backup.json"
    archive(
        "dumpdata",
        "archive",
        "auth.user",
        "--natural-foreign",
        "--exclude",
        "archive.indexqueue",
        "--output",
        str(dump),
    )
    before_export = archive("export_archive").stdout
    before_search = searches(archive)

    restored = tmp_path / "restored"
    restored.mkdir()
    fresh = archive_in(restored)  # an empty database: migrated, no gazetteer
    fresh("loaddata", str(dump))
    fresh("rebuild_index")
    fresh("check_index")
    assert fresh("export_archive").stdout == before_export
    assert "Edited by an editor" in before_export
    assert searches(fresh) == before_search
    assert len(before_search) == len(SEARCHES)
    alias_line = next(line for line in before_search if "Qasymjomart" in line)
    assert "000_64b0841694428645.txt" in alias_line  # the editor's alias, restored too


@contextlib.contextmanager
def small_filesystem(path: Path, size: str):
    """A tmpfs of `size` mounted at `path`; yields remount(options). Needs root."""
    path.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
    )
    if mounted.returncode:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()!r}")

    def remount(options: str):
        subprocess.run(["mount", "-o", f"remount,{options}", str(path)], check=True)

    try:
        yield remount
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def fill(folder: Path) -> Path:
    """Write a ballast file until the file system is full."""
    ballast = folder / "ballast"
    # Unbuffered: a buffered file would try again to write what did not fit when it is
    # closed, and fail there (it did, once the index's size left a partial last write).
    with ballast.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return ballast


def test_read_only_index_folder(tmp_path):
    with small_filesystem(tmp_path / "mnt", "16m") as remount:
        archive = archive_in(tmp_path, index=tmp_path / "mnt" / "index", gazetteer=True)
        archive("ingest", str(ROOT / "fixtures" / "articles"))
        archive("generate_corpus", "--count", "20", "--seed", "7", "--output", str(tmp_path / "c"))
        remount("ro")

        result = archive("ingest", str(tmp_path / "c"), check=False)
        assert result.returncode == 1
        assert "20 created" in result.stdout
        error = result.stderr.strip().splitlines()[-1]
        assert "read-only file system" in error and str(tmp_path / "mnt" / "index") in error
        assert "20 change(s) stay queued" in error
        assert "Traceback" not in result.stderr
        assert count(archive) == 21  # the database has everything
        # Readers are unaffected: the index still answers from what it had.
        assert "SEARCH Tokayev 1 " in "\n".join(searches(archive))
        rebuilt = archive("rebuild_index", check=False)
        assert rebuilt.returncode == 1 and "read-only file system" in rebuilt.stderr
        assert archive("check_index", check=False).returncode == 1  # 20 missing, as said

        remount("rw")
        again = archive("ingest", str(tmp_path / "c"))
        assert "0 created, 0 updated, 20 unchanged" in again.stdout
        archive("check_index")  # the queued changes were applied
        assert count(archive) == 21


def test_full_index_folder(tmp_path):
    with small_filesystem(tmp_path / "mnt", "4m"):
        archive = archive_in(tmp_path, index=tmp_path / "mnt" / "index", gazetteer=True)
        archive("ingest", str(ROOT / "fixtures" / "articles"))
        archive("generate_corpus", "--count", "60", "--seed", "8", "--output", str(tmp_path / "c"))
        ballast = fill(tmp_path / "mnt")

        result = archive("ingest", str(tmp_path / "c"), check=False)
        assert result.returncode == 1
        assert "60 created" in result.stdout
        error = result.stderr.strip().splitlines()[-1]
        assert "no space left" in error and "60 change(s) stay queued" in error
        assert "Traceback" not in result.stderr
        rebuilt = archive("rebuild_index", check=False)
        assert rebuilt.returncode == 1 and "no space left" in rebuilt.stderr
        assert "The live index is unchanged" in rebuilt.stderr
        assert "SEARCH Tokayev 1 " in "\n".join(searches(archive))  # still the old index

        ballast.unlink()
        archive("indexer", "--once")
        archive("check_index")
        assert count(archive) == 61
        archive("rebuild_index")  # and a rebuild now fits
        archive("check_index")


def test_unreadable_file(archive, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "locked.txt").write_text(" date 2025-11-25 Kassym-Jomart Tokayev met Vladimir Putin.")
    (folder / "locked.txt").chmod(0)
    (folder / "good.txt").write_text(" date 2025-11-25 Ilham Aliyev met Vladimir Putin in Baku.")
    command = [sys.executable, "manage.py", "ingest", str(folder)]
    if os.geteuid() == 0:  # root reads anything: drop the capabilities that let it
        capsh = shutil.which("capsh")
        if not capsh:
            pytest.skip("root reads unreadable files, and capsh is not here to stop it")
        drop = "--drop=cap_dac_override,cap_dac_read_search"
        command = [capsh, drop, "--", "-c", shlex.join(command)]
    result = subprocess.run(
        command, cwd=ROOT, env=archive.env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert f"{folder / 'locked.txt'}: cannot read" in result.stderr, result.stderr
    assert "1 created, 0 updated, 0 unchanged, 0 duplicate, 1 failed" in result.stdout
    assert count(archive) == 1


def survivors(folder: Path) -> list[int]:
    """Processes (other than this one) working on the archive under `folder`."""
    marker = f"NEWSROOM_VAR_DIR={folder}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
    return found


def gone(folder: Path, seconds: float = 10) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := survivors(folder)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux's /proc")
def test_children_die_with_a_killed_parent_and_leave_no_lock(archive, tmp_path):
    archive("generate_corpus", "--count", "800", "--seed", "6", "--output", str(tmp_path / "c"))
    env = {**archive.env, "NEWSROOM_INDEX_PROCS": "2"}
    # An ingest with two extraction workers, killed at two points of its run.
    for wait_for in (1, 300):
        process = subprocess.Popen(
            [sys.executable, "manage.py", "ingest", str(tmp_path / "c"), "--jobs", "2",
             "--batch-size", "50", "--no-index"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while count(archive) < wait_for and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert gone(tmp_path) == []  # the workers went with it
    result = archive("ingest", str(tmp_path / "c"), "--no-index", timeout=600)
    assert count(archive) == 800, result.stderr
    # The index written by two processes (a long queue), the parent killed mid-write.
    process = subprocess.Popen(
        [sys.executable, "manage.py", "indexer", "--once"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    time.sleep(2.5)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert gone(tmp_path) == []  # no writer left holding the index's lock
    archive("indexer", "--once", timeout=600)  # the next one gets the lock and finishes
    archive("check_index")
