"""The labelled development set (tests/data/extraction_dev.jsonl) must stay above the targets."""

from pathlib import Path

import pytest

from archive.ingest.evaluate import evaluate, format_report, load_cases

DEV_SET = Path(__file__).parent / "data" / "extraction_dev.jsonl"
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def report(django_db_setup, django_db_blocker):
    from archive.ingest.gazetteer_db import build_gazetteer

    with django_db_blocker.unblock():
        return evaluate(load_cases(DEV_SET), build_gazetteer())


def test_the_set_is_large_enough(report):
    assert report.cases >= 40


@pytest.mark.parametrize(
    ("kind", "target"), [("countries", 0.97), ("people", 0.95), ("events", 0.85)]
)
def test_targets(report, kind, target):
    assert report.by_kind[kind].f1 >= target, format_report(report)


def test_every_event_type_is_covered_and_scored(report):
    from archive.models import EventType

    assert set(report.by_event) == set(EventType.values)
    assert all(score.f1 >= 0.85 for score in report.by_event.values()), format_report(report)
