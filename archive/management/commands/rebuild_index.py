"""Rebuild the search index aside and swap it in (replaces haystack's rebuild_index, which
deletes the index first and leaves readers with nothing while it rebuilds): a new Whoosh
generation folder, or a new index behind a search cluster's alias."""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm
from whoosh.index import LockError

from archive.models import Article
from archive.search.cluster import ClusterError
from archive.search.queue import explain, index_path, pending
from archive.search.rebuild import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index into a new folder, then swap it in atomically."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", "-b", type=int, default=500)
        parser.add_argument(
            "--procs",
            type=int,
            default=1,
            help="Whoosh indexing processes (2 suits a 2-core machine).",
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_true",
            help="Accepted for compatibility; nothing is asked.",
        )

    def handle(self, *args, batch_size, procs, **options):
        total = Article.objects.count()
        bar = tqdm(total=total, unit="article", disable=not sys.stderr.isatty(), file=sys.stderr)
        try:
            count = rebuild(batch_size=batch_size, procs=procs, progress=bar.update)
        except (OSError, LockError, ClusterError) as exc:
            raise CommandError(
                f"{explain(exc, index_path())}. The live index is unchanged; "
                "re-run this command once that is fixed.",
                returncode=1,
            ) from exc
        finally:
            bar.close()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Rebuilt the index: {count} article(s)."))
            if waiting := pending():
                self.stdout.write(f"{waiting} change(s) queued for the indexer.")
