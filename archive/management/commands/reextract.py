"""Re-run extraction on articles after a gazetteer change."""

from django.core.management.base import BaseCommand, CommandError

from archive.ingest.curation import reextract
from archive.ingest.gazetteer_store import build_gazetteer
from archive.models import Article
from archive.search.queue import IndexUnavailable, drain


class Command(BaseCommand):
    help = "Re-extract countries, people, places, events and figures from stored articles."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Article ids.")
        parser.add_argument("--all", action="store_true", help="Every article.")
        parser.add_argument(
            "--containing",
            action="append",
            default=[],
            metavar="TEXT",
            help="Articles whose text contains TEXT, e.g. a new alias (repeatable).",
        )

    def handle(self, *args, ids, all, containing, **options):
        if not ids and not all and not containing:
            raise CommandError("Give article ids, --containing TEXT or --all.")
        if all:
            articles = Article.objects.all()
        else:
            articles = (
                Article.objects.filter(pk__in=ids) | Article.objects.containing_any(containing)
            ).distinct()
        done = reextract(articles.iterator(chunk_size=500), build_gazetteer())
        self.stdout.write(self.style.SUCCESS(f"Re-extracted {done} article(s)."))
        try:
            drain()
        except IndexUnavailable as exc:
            raise CommandError(str(exc), returncode=1) from exc
