"""The one process that writes the search index: drains the outbox every second."""

import signal
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from archive.search.queue import IndexUnavailable, drain


class Command(BaseCommand):
    help = "Keep the search index in step with the database (run one, beside gunicorn)."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Drain the queue and exit.")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls.")

    def handle(self, *args, once, interval, **options):
        self.running = True
        if once:
            try:
                return self.report(drain(), options["verbosity"])
            except IndexUnavailable as exc:
                raise CommandError(str(exc), returncode=1) from exc
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        if options["verbosity"]:
            self.stdout.write("Indexer running; Ctrl-C stops it.")
        while self.running:
            try:
                result = drain()
            except IndexUnavailable as exc:  # keep going; the rows stay queued
                self.stderr.write(self.style.ERROR(f"{exc} Retrying in {interval * 5:g} s."))
                time.sleep(interval * 5)
                continue
            except Exception as exc:  # keep serving; the rows stay queued for the next pass
                self.stderr.write(self.style.ERROR(f"Index update failed, will retry: {exc}"))
                time.sleep(interval * 5)
                continue
            finally:
                close_old_connections()
            self.report(result, options["verbosity"], quiet_when_idle=True)
            time.sleep(interval)

    def stop(self, *_):
        self.running = False

    def report(self, result, verbosity, quiet_when_idle=False):
        if verbosity and not (quiet_when_idle and not (result.indexed or result.removed)):
            self.stdout.write(f"Indexed {result.indexed}, removed {result.removed}.")
