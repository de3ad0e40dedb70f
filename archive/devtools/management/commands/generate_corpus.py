"""Write a synthetic, reproducible corpus in the seed format (see archive/devtools/corpus.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.devtools import corpus
from archive.models import Country


class Command(BaseCommand):
    help = "Write N synthetic articles drawn from the gazetteer, reproducible for a seed."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--output", type=Path, required=True)

    def handle(self, *args, count, seed, output, **options):
        if not Country.objects.exists():
            raise CommandError("The gazetteer is empty: run load_gazetteer first.")
        written = corpus.write(count, seed, output)
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Wrote {written} article(s) to {output}."))
