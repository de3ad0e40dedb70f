"""Score extraction on the labelled real articles beside the project: `make eval`."""

from pathlib import Path

from django.core.management.base import BaseCommand

from archive.devtools import realtext
from archive.devtools.scorecard import format_report
from archive.ingest.gazetteer_store import build_gazetteer
from archive.text.sentences import sentences_with_offsets


def split(body: str) -> list[str]:
    return [sentence for _, sentence in sentences_with_offsets(body)]


class Command(BaseCommand):
    help = "Precision, recall and F1 on the labelled real corpus, when it is present."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", type=Path, default=None, help="The corpus folder.")
        parser.add_argument(
            "--held-out",
            action="store_true",
            help="Score the held-out part too (every third file): rarely, never to tune on.",
        )
        parser.add_argument("--errors", action="store_true", help="List every error.")

    def handle(self, *args, corpus, held_out, errors, **options):
        root = corpus or realtext.corpus_root()
        if not any(root.glob("*/labels.jsonl")):
            self.stdout.write(f"No labelled real corpus at {root}: nothing scored.")
            return
        gazetteer, names = build_gazetteer(), realtext.Names.from_database()
        cases = realtext.load_corpus(root, gazetteer.cities)
        self.stdout.write(f"Real text from {root}")
        parts = [("development", False)] + ([("held out", True)] if held_out else [])
        for part, is_held_out in parts:
            chosen = [c for c in cases if c.held_out == is_held_out]
            corpora = sorted({c.corpus for c in chosen})
            for name in [*corpora, "all"]:
                subset = [c for c in chosen if name in ("all", c.corpus)]
                report = realtext.score(subset, gazetteer, names, f"{name}, {part}", split)
                self.stdout.write(format_report(report, errors=errors))
