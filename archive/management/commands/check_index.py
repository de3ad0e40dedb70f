"""Compare the search index with the database; exit non-zero on drift."""

from django.core.management.base import BaseCommand, CommandError

from archive.search.consistency import compare
from archive.search.queue import IndexUnavailable, drain, enqueue


class Command(BaseCommand):
    help = "List articles missing from, stale in, or ghosts in the search index."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fix", action="store_true", help="Queue every difference and index it now."
        )

    def handle(self, *args, fix, **options):
        report = compare()
        for label, ids in (
            ("missing", report.missing),
            ("stale", report.stale),
            ("ghost", report.ghosts),
        ):
            if ids and options["verbosity"]:
                shown = ", ".join(map(str, sorted(ids)[:20]))
                more = f" … and {len(ids) - 20} more" if len(ids) > 20 else ""
                self.stdout.write(f"{label}: {len(ids)} article(s): {shown}{more}")
        if report.clean:
            if options["verbosity"]:
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Index consistent: {report.indexed} documents, {report.articles} articles."
                    )
                )
            return
        if fix:
            enqueue(report.missing | report.stale | report.ghosts)
            try:
                drain()
            except IndexUnavailable as exc:
                raise CommandError(str(exc), returncode=1) from exc
            if compare().clean:
                if options["verbosity"]:
                    self.stdout.write(self.style.SUCCESS("Index repaired."))
                return
        raise CommandError(
            f"Index drift: {len(report.missing)} missing, {len(report.stale)} "
            f"stale, {len(report.ghosts)} ghost.",
            returncode=1,
        )
