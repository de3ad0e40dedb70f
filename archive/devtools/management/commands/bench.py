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
        parser.add_argument(
            "--parts",
            default=",".join(sorted(benchmarks.PARTS)),
            help="Which figures after ingest: any of search, pages, load (default: all).",
        )

    def handle(self, *args, articles, seed, repeat, parts, **options):
        chosen = frozenset(p.strip() for p in parts.split(",") if p.strip())
        if unknown := chosen - benchmarks.PARTS:
            raise CommandError(f"Unknown parts: {', '.join(sorted(unknown))}")
        if "bench" not in str(settings.VAR_DIR):
            raise CommandError(
                "Run through `make bench` (NEWSROOM_VAR_DIR=var/bench): the "
                "bench replaces the database it runs on."
            )
        benchmarks.run(
            articles, seed, repeat, Path(settings.VAR_DIR), out=self.stdout, parts=chosen
        )
