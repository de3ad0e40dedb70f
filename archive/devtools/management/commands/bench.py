"""Speed figures side by side; see archive/devtools/benchmarks.py. Run through `make bench`."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.devtools import benchmarks


class Command(BaseCommand):
    help = "Benchmark ingest, extraction, search and pages on a synthetic corpus."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--repeat", type=int, default=15)

    def handle(self, *args, articles, seed, repeat, **options):
        if "bench" not in str(settings.VAR_DIR):
            raise CommandError(
                "Run through `make bench` (NEWSROOM_VAR_DIR=var/bench): the "
                "bench replaces the database it runs on."
            )
        benchmarks.run(articles, seed, repeat, Path(settings.VAR_DIR), out=self.stdout)
