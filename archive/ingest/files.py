"""Find article files under the paths given to ingest: *.txt, recursively, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path


def iter_article_files(paths: list[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """(files to ingest, [(path, problem)]); symlink loops and unreadable folders are reported,
    not followed."""
    files: list[Path] = []
    problems: list[tuple[str, str]] = []
    seen_dirs: set[tuple[int, int]] = set()
    for root in paths:
        if root.is_file():
            files.append(root)
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
            seen_dirs.add((stat.st_dev, stat.st_ino))
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(".txt") or name.startswith("."):
                    continue
                path = Path(folder) / name
                if path.is_symlink() and not path.exists():
                    problems.append((str(path), "broken symlink"))
                    continue
                files.append(path)
    return files, problems
