"""Ingest article files into the archive; see archive/ingest/pipeline.py."""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.ingest.files import iter_article_files, shown
from archive.ingest.gazetteer_store import build_gazetteer
from archive.ingest.locking import ingest_lock
from archive.ingest.outcomes import Status
from archive.ingest.pipeline import BATCH, ingest_paths
from archive.ingest.plan import rekey_legacy
from archive.search.queue import IndexUnavailable, drain


class Command(BaseCommand):
    help = "Ingest article files or folders (recursing into *.txt). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; write nothing."
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=settings.NEWSROOM_INGEST_MAX_BYTES,
            help="Refuse files larger than this (default %(default)s).",
        )
        parser.add_argument(
            "--jobs",
            "-j",
            type=int,
            default=settings.NEWSROOM_INGEST_JOBS,
            help="Extraction worker processes (default %(default)s: the machine's cores).",
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH,
            help="Files stored per transaction (default %(default)s).",
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="Leave the queued index updates to the running indexer.",
        )
        parser.add_argument(
            "--progress",
            action=__import__("argparse").BooleanOptionalAction,
            default=None,
            help="Progress bar (default: on a terminal).",
        )

    def handle(
        self, *args, paths, dry_run, max_bytes, jobs, batch_size, no_index, progress, **options
    ):
        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            raise CommandError(f"No such file or folder: {', '.join(map(shown, missing))}")
        files, problems = iter_article_files(paths)
        for path, reason in problems:
            self.stderr.write(f"{shown(path)}: {reason}")
        counts = dict.fromkeys(Status, 0)
        counts[Status.FAILED] = len(problems)
        show = sys.stderr.isatty() if progress is None else progress

        def waiting():
            self.stderr.write("Another ingest is running; waiting for it to finish…")

        index_problem = None
        # Two runs at once serialise: the second sees what the first stored.
        with ingest_lock(on_wait=waiting):
            if not dry_run:
                for note in rekey_legacy(files):
                    self.stderr.write(self.style.WARNING(shown(note)))
            gazetteer = build_gazetteer()
            outcomes = ingest_paths(
                files,
                gazetteer,
                max_bytes=max_bytes,
                dry_run=dry_run,
                jobs=jobs,
                batch_size=batch_size,
            )
            bar = tqdm(
                total=len(files), unit="file", disable=not show, file=sys.stderr, dynamic_ncols=True
            )
            for outcome in outcomes:
                counts[outcome.status] += 1
                self.report(outcome, options["verbosity"])
                bar.update()
            bar.close()
            if not dry_run and not no_index:
                try:
                    drain()
                except IndexUnavailable as exc:
                    index_problem = exc
        summary = ", ".join(f"{counts[s]} {s}" for s in Status)
        prefix = "Dry run: " if dry_run else ""
        style = self.style.ERROR if counts[Status.FAILED] else self.style.SUCCESS
        if options["verbosity"] > 0 or counts[Status.FAILED]:
            self.stdout.write(style(f"{prefix}{summary}."))
        if index_problem:
            raise CommandError(str(index_problem), returncode=1)
        if counts[Status.FAILED]:
            raise CommandError(f"{counts[Status.FAILED]} file(s) failed", returncode=1)

    def report(self, outcome, verbosity):
        if outcome.status is Status.FAILED:
            self.stderr.write(self.style.ERROR(f"{shown(outcome.path)}: {outcome.message}"))
        elif outcome.status is Status.DUPLICATE and verbosity > 0:
            self.stderr.write(
                self.style.WARNING(f"{shown(outcome.path)}: duplicate, {outcome.message}")
            )
        elif verbosity > 1:
            self.stdout.write(f"{shown(outcome.path)}: {outcome.status}")
