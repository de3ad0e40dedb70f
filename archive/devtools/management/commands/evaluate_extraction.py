"""Score extraction against a labelled set: `make eval`."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from archive.devtools.evaluate import evaluate, format_report, load_cases
from archive.ingest.gazetteer_store import build_gazetteer

DEFAULT_SET = Path(settings.BASE_DIR) / "tests" / "data" / "extraction_dev.jsonl"


class Command(BaseCommand):
    help = "Print precision, recall and F1 per entity type and per event type."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_SET)

    def handle(self, *args, path, **options):
        report = evaluate(load_cases(path), build_gazetteer())
        self.stdout.write(format_report(report))
