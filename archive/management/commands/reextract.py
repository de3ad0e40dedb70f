"""Re-run extraction on articles after a gazetteer change."""

from django.core.management.base import BaseCommand, CommandError

from archive.ingest.gazetteer_db import build_gazetteer
from archive.ingest.loader import reextract
from archive.models import Article
from archive.search.queue import drain


class Command(BaseCommand):
    help = "Re-extract countries, people, places, events and figures from stored articles."

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="Article ids.")
        parser.add_argument("--all", action="store_true", help="Every article.")

    def handle(self, *args, ids, all, **options):
        if not ids and not all:
            raise CommandError("Give article ids or --all.")
        articles = Article.objects.all() if all else Article.objects.filter(pk__in=ids)
        done = reextract(articles.iterator(chunk_size=500), build_gazetteer())
        drain()
        self.stdout.write(self.style.SUCCESS(f"Re-extracted {done} article(s)."))
