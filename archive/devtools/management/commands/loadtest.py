"""A bounded mixed load test on 127.0.0.1; see archive/devtools/load/."""

import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.devtools.load.run import mixed_load
from archive.devtools.load.site import prepare, serving


class Command(BaseCommand):
    help = (
        "Serve a temporary archive with gunicorn and the indexer on 127.0.0.1, then run "
        "readers and admin editors against it with locust for --seconds; report the figures "
        "and fail on any 5xx, lost edit or index drift. Needs the dev dependencies."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=int, default=60)
        parser.add_argument("--users", type=int, default=40, help="Concurrent readers+editors.")
        parser.add_argument("--editors", type=int, default=4, help="Of which admin editors.")
        parser.add_argument("--workers", type=int, default=None, help="gunicorn workers.")
        parser.add_argument("--articles", type=int, default=2000)
        parser.add_argument(
            "--folder", type=Path, default=None, help="Keep the archive here (reused if present)."
        )

    def handle(self, *args, seconds, users, editors, workers, articles, folder, **options):
        if not 0 < seconds <= 600 or not 0 < users <= 500:
            raise CommandError("Keep it bounded: 1–600 seconds, 1–500 users.")
        with tempfile.TemporaryDirectory(prefix="newsroom-load-") as scratch:
            self.stdout.write(f"Preparing an archive of {articles} articles…")
            site = prepare(folder or Path(scratch), articles)
            with serving(site, workers=workers) as served:
                self.stdout.write(f"Load: {users} users ({editors} editors) for {seconds} s…")
                outcome = mixed_load(served, users=users, seconds=seconds, editors=editors)
            self.report(outcome)
        if not outcome.ok:
            raise CommandError("Load test failed (see above).", returncode=1)

    def report(self, outcome):
        load = outcome.load
        self.stdout.write(load.table())
        confirmed = sum(e["confirmed"] for e in load.edits)
        self.stdout.write(
            f"5xx responses: {sum(load.server_errors.values())} {load.server_errors or ''}\n"
            f"requests without a response: {load.unanswered}\n"
            f"admin edits: {confirmed} saved, {len(outcome.lost_edits)} lost, "
            f"{len(outcome.unsearchable)} not searchable after the indexer caught up\n"
            f"index: {outcome.index_report}"
        )
