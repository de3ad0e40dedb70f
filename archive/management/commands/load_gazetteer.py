"""Load countries, offices and places from fixtures/gazetteer/ (idempotent; a corrected file
corrects the offices it loaded that nobody has edited since)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.ingest.gazetteer_files import (
    FixtureError,
    read_countries,
    read_office_files,
    read_places,
)
from archive.ingest.gazetteer_store import load_gazetteer


class Command(BaseCommand):
    help = "Load the gazetteer (countries, leaders and their offices, places). Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir",
            type=Path,
            default=settings.NEWSROOM_GAZETTEER_DIR,
            help="Folder holding countries.tsv, offices.tsv (and offices-*.tsv) and places.tsv.",
        )

    def handle(self, *args, dir: Path, **options):
        try:
            created = load_gazetteer(
                read_countries(dir / "countries.tsv"),
                read_office_files(dir),
                read_places(dir / "places.tsv"),
            )
        except (FixtureError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        corrected, removed = created.pop("offices corrected"), created.pop("offices removed")
        summary = ", ".join(f"{count} {what}" for what, count in created.items())
        if corrected or removed:
            summary += (
                f"; offices as the files now give them: {corrected} corrected, {removed} taken out"
            )
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Gazetteer loaded: created {summary}."))
