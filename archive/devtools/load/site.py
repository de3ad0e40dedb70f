"""A whole archive served for real: its own database and index under one folder, gunicorn and
the indexer as subprocesses on a free port of 127.0.0.1."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
GUNICORN_ARGS = ["--config", "newsroom/gunicorn.conf.py", "--bind"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_env(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of an archive living under `folder` (SQLite unless DATABASE_URL is
    passed in `extra`)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DEBUG": "1",
        "NEWSROOM_VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder}/db.sqlite3",
        "SEARCH_URL": f"whoosh://{folder}/index",
        "GUNICORN_ACCESS_LOG": "",
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


@dataclass
class Site:
    folder: Path
    env: dict[str, str]
    base: str = ""
    processes: list[subprocess.Popen] = field(default_factory=list)

    def manage(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=check,
            capture_output=True,
            text=True,
        )

    def python(self, code: str) -> str:
        """Run `code` in `manage.py shell` and return the last line it printed."""
        return self.manage("shell", "-c", code).stdout.strip().splitlines()[-1]

    @property
    def log(self) -> Path:
        return self.folder / "gunicorn.log"


def prepare(folder: Path, articles: int, seed: int = 3, **extra: str) -> Site:
    """Migrate, load the gazetteer and ingest `articles` generated articles (once: a folder
    that already holds them is reused)."""
    folder.mkdir(parents=True, exist_ok=True)
    site = Site(folder, site_env(folder, **extra))
    site.manage("migrate")
    site.manage("load_gazetteer")
    corpus = folder / "corpus"
    if not corpus.exists():
        site.manage(
            "generate_corpus",
            "--count",
            str(articles),
            "--seed",
            str(seed),
            "--output",
            str(corpus),
        )
    site.manage("ingest", str(corpus))
    return site


@contextlib.contextmanager
def serving(site: Site, workers: int | None = None, threads: int | None = None) -> Iterator[Site]:
    """gunicorn (config from newsroom/gunicorn.conf.py) and the indexer, stopped on exit."""
    env = {**site.env, "LOG_LEVEL": "ERROR"}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    if threads:
        env["GUNICORN_THREADS"] = str(threads)
    port = free_port()
    indexer = subprocess.Popen(
        [sys.executable, "manage.py", "indexer", "--interval", "0.5"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(site.folder / "indexer.log").open("w"),
    )
    log = site.log.open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi", *GUNICORN_ARGS, f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    site.processes = [server, indexer]
    site.base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(site.base + "/healthz", timeout=5)
                break
            except OSError as exc:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"gunicorn did not start: {site.log.read_text()}") from exc
                time.sleep(0.2)
        yield site
    finally:
        for process in site.processes:
            process.terminate()
        for process in site.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
