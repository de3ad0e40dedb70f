"""Write the archive out as JSON Lines (default) or CSV."""

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.export import write_csv, write_jsonl


class Command(BaseCommand):
    help = "Export every article with its countries, people, places, events and figures."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", type=Path, help="File to write (default: stdout).")
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument(
            "--base-url",
            default=settings.SITE_URL,
            help="Prefix of article URLs (default %(default)s).",
        )

    def handle(self, *args, output, format, base_url, **options):
        write = write_csv if format == "csv" else write_jsonl
        if output is None:
            count = write(self.stdout, base_url)
        else:
            try:
                tmp = output.with_name(output.name + ".part")
                with tmp.open("w", encoding="utf-8", newline="") as handle:
                    count = write(handle, base_url)
                tmp.replace(output)
            except OSError as exc:
                raise CommandError(f"{output}: {exc.strerror or exc}") from exc
        if options["verbosity"] and output is not None:
            self.stderr.write(self.style.SUCCESS(f"Exported {count} article(s) to {output}."))
        sys.stdout.flush()
