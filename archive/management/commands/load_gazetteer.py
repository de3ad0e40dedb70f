"""Load countries, offices and places from fixtures/gazetteer/ (idempotent; a corrected file
corrects the offices it loaded that nobody has edited since)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.ingest.curation import reextract
from archive.ingest.gazetteer_files import (
    FixtureError,
    read_countries,
    read_office_files,
    read_places,
)
from archive.ingest.gazetteer_store import articles_within, build_gazetteer, load_gazetteer
from archive.models import Article
from archive.search.queue import IndexUnavailable, drain


class Command(BaseCommand):
    help = "Load the gazetteer (countries, leaders and their offices, places). Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir",
            type=Path,
            default=settings.NEWSROOM_GAZETTEER_DIR,
            help="Folder holding countries.tsv, offices.tsv (and offices-*.tsv) and places.tsv.",
        )
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Re-extract the stored articles published within the terms the files added, "
            "corrected or took out (those of the office's country), so that a title names "
            "the holder the files now give.",
        )

    def handle(self, *args, dir: Path, reextract: bool, **options):
        try:
            created = load_gazetteer(
                read_countries(dir / "countries.tsv"),
                read_office_files(dir),
                read_places(dir / "places.tsv"),
            )
        except (FixtureError, OSError) as exc:
            raise CommandError(str(exc)) from exc
        terms = created.pop("terms")
        corrected, removed = created.pop("offices corrected"), created.pop("offices removed")
        unsaid = created.pop("aliases removed")
        summary = ", ".join(f"{count} {what}" for what, count in created.items())
        if corrected or removed:
            summary += (
                f"; offices as the files now give them: {corrected} corrected, {removed} taken out"
            )
        if unsaid:
            summary += f"; {unsaid} surname(s) the files no longer give taken out"
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Gazetteer loaded: created {summary}."))
        ids = articles_within(terms) if terms and Article.objects.exists() else []
        if ids and reextract:
            self._reextract(ids, options["verbosity"])
        elif ids:
            which = " ".join(map(str, ids)) if len(ids) <= 50 else "--all"
            self.stdout.write(
                f"{len(ids)} stored article(s) were published within terms the files added, "
                f"corrected or took out; to read them again: `manage.py reextract {which}` "
                "(`--reextract` here does it as the files load)."
            )

    def _reextract(self, ids: list[int], verbosity: int) -> None:
        articles = Article.objects.filter(pk__in=ids).iterator(chunk_size=500)
        done = reextract(articles, build_gazetteer())
        if verbosity:
            self.stdout.write(f"Re-extracted {done} article(s) published within those terms.")
        try:
            drain()
        except IndexUnavailable as exc:  # queued: the indexer or check_index --fix catches up
            self.stderr.write(f"Search index not updated yet ({exc}); the changes are queued.")
