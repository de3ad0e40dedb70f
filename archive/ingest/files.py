"""Find article files under the paths given to ingest: *.txt, recursively, in a stable order."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


class ArticlePath(type(Path())):
    """A file to ingest, with the key its article is stored under (Article.source_file):
    its path relative to the folder given (or to the folders' common parent when several
    are given), so that two files of one name in two folders are two articles; a file
    given by name is keyed by its name."""

    key: str


def key_of(path: Path) -> str:
    """The key a file's article is stored under: its ArticlePath key, else its name (a
    single file given by name)."""
    return getattr(path, "key", None) or path.name


def _keyed(path: Path, base: str) -> ArticlePath:
    keyed = ArticlePath(path)
    key = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    if len(key) > 255:  # Article.source_file's length: keep the end, tell the rest apart
        key = key[:200] + "…" + hashlib.sha1(key.encode()).hexdigest()[:16] + key[-30:]
    keyed.key = key
    return keyed


def iter_article_files(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """(files to ingest, [(path, problem)]); symlink loops and unreadable folders are reported,
    not followed. A symlink is followed only to a file or folder inside the paths given: one
    pointing elsewhere (/etc/passwd, /dev/zero) is reported and never read."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    seen_dirs: set[tuple[int, int]] = set()
    roots = [Path(os.path.realpath(p)) for p in paths]
    folders = [os.path.abspath(p) for p in paths if p.is_dir()]
    base = os.path.commonpath(folders) if folders else os.getcwd()

    def inside(path: Path) -> bool:
        real = Path(os.path.realpath(path))
        return any(real == root or real.is_relative_to(root) for root in roots)

    for root in paths:
        if not root.is_dir():
            files.append(_keyed(root, str(root.parent)))  # a file given by name: its name
            continue

        def onerror(exc: OSError, root=root):
            problems.append((exc.filename or str(root), f"cannot read folder: {exc.strerror}"))

        for folder, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
            try:
                stat = os.stat(folder)
            except OSError as exc:
                problems.append((folder, f"cannot read folder: {exc.strerror}"))
                dirnames[:] = []
                continue
            if (stat.st_dev, stat.st_ino) in seen_dirs:
                problems.append((folder, "symlink loop: folder already visited, skipped"))
                dirnames[:] = []
                continue
            if not inside(Path(folder)):
                problems.append((folder, "symlink to a folder outside the paths given, skipped"))
                dirnames[:] = []
                continue
            seen_dirs.add((stat.st_dev, stat.st_ino))
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(".txt") or name.startswith("."):
                    continue
                path = Path(folder) / name
                if path.is_symlink() and not path.exists():
                    problems.append((str(path), "broken symlink"))
                    continue
                if path.is_symlink() and not inside(path):
                    problems.append((str(path), "symlink to a file outside the paths given"))
                    continue
                files.append(_keyed(path, base))
    # A file reached twice (folders given twice, or one inside another) is read once.
    unique = list({os.path.abspath(f): f for f in files}.values())
    return unique, problems


def shown(path) -> str:
    """A file name as one line of output: a newline or any other control character in the
    name is written as an escape (\\n, \\x1b), so that a name cannot forge a line."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in str(path)
    )
