"""Child processes die with their parent and hold no lock they did not take.

Ingest extracts in a pool of forked workers and a long index queue is written by forked
Whoosh writers. Killed with SIGKILL (the OOM killer, a supervisor), a parent used to leave
them behind, reparented to init and blocked on a pipe — holding, through the descriptors a
fork copies, the ingest lock and the index's write lock, so that the next ingest or indexer
waited for ever. Every process forked from a Django process of the archive now:

- asks the kernel for SIGKILL when its parent dies (Linux's PR_SET_PDEATHSIG), and exits at
  once if the parent is already gone;
- closes its copies of the locks the parent registered (`hold_lock`): a lock is released
  when the process that took it ends, whatever its children do.

Locks are flock(2) locks, which the kernel drops when every descriptor is closed, so a lock
whose holder died is free again without anyone clearing it by hand.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal

PR_SET_PDEATHSIG = 1
_parent = {"pid": os.getpid()}
_locks: set[int] = set()


@contextlib.contextmanager
def hold_lock(fd: int):
    """Mark `fd` as a lock this process took: forked children close their copy."""
    _locks.add(fd)
    try:
        yield
    finally:
        _locks.discard(fd)


def _before_fork() -> None:
    _parent["pid"] = os.getpid()


def _in_child() -> None:
    for fd in list(_locks):
        with contextlib.suppress(OSError):
            os.close(fd)
    _locks.clear()
    _die_with_parent()


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: children may outlive a killed parent
        return
    if os.getppid() != _parent["pid"]:  # the parent died before the request was made
        os._exit(1)


def install() -> None:
    """Called once when the archive's app loads (archive/apps.py)."""
    if not getattr(install, "done", False):
        os.register_at_fork(before=_before_fork, after_in_child=_in_child)
        install.done = True
