import pytest
from django.core.management import call_command

from archive.ingest.parser import parse_bytes

pytestmark = pytest.mark.django_db


def test_corpus_is_reproducible_and_parses(tmp_path):
    call_command(
        "generate_corpus",
        "--count",
        "20",
        "--seed",
        "7",
        "--output",
        str(tmp_path / "a"),
        verbosity=0,
    )
    call_command(
        "generate_corpus",
        "--count",
        "20",
        "--seed",
        "7",
        "--output",
        str(tmp_path / "b"),
        verbosity=0,
    )
    first = sorted((tmp_path / "a").iterdir())
    assert len(first) == 20
    for path in first:
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()
        article = parse_bytes(path.read_bytes())
        assert 100 <= len(article.body.split()) <= 2200
