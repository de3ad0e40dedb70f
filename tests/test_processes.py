"""Children die with their parent and hold no lock they did not take (archive/processes.py).

A parent holding the ingest lock writes the index with two processes (as a long queue is
written) and is killed with SIGKILL before it commits: the writer's children — blocked on
their task queue, the state in which they used to outlive it for ever, holding the index's
write lock — must go with it, and both locks must be free for the next run."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh.index import open_dir

ROOT = Path(__file__).resolve().parent.parent
PARENT = """
import sys, time
import django
django.setup()
from whoosh.fields import ID, TEXT, Schema
from whoosh.index import create_in
from archive.ingest.locking import ingest_lock
with ingest_lock():
    index = create_in(sys.argv[1], Schema(id=ID(stored=True), body=TEXT))
    writer = index.writer(procs=2, multisegment=True, limitmb=16)
    for i in range(200):
        writer.add_document(id=str(i), body="word " * 50)
    print(" ".join(str(task.pid) for task in writer.tasks), flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(sys.platform != "linux", reason="parent-death signals are Linux's")
def test_index_writers_die_with_a_killed_parent_and_free_the_locks(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.base",
        "DEBUG": "1",
        "NEWSROOM_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
    }
    (tmp_path / "index").mkdir()
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "index")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    children = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(children) == 2 and all(alive(pid) for pid in children)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in children if alive(pid)]
    for pid in left:  # not left to the next test
        os.kill(pid, signal.SIGKILL)
    assert left == []
    lock = open_dir(str(tmp_path / "index")).lock("WRITELOCK")
    assert lock.acquire(blocking=False)  # the next indexer gets the index
    lock.release()
    with (tmp_path / "ingest.lock").open("w") as handle:  # and the next ingest its lock
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
