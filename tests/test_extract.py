"""extract() end to end on the seed article (archive/ingest/extract/__init__.py); each
step of the reading has its own test module (test_extract_<module>.py)."""

import datetime as dt
from decimal import Decimal

import pytest

from archive.ingest.extract import extract
from archive.ingest.parser import parse_bytes
from tests.conftest import SEED

DAY = dt.date(2025, 11, 25)


@pytest.fixture
def seed(gazetteer):
    parsed = parse_bytes(SEED.read_bytes())
    return extract(parsed.body, parsed.published, gazetteer)


def test_seed_countries_people_places(seed):
    assert set(seed.countries) == {"KZ", "TM", "IR", "AF"}
    assert set(seed.people) == {"kassym-jomart-tokayev", "serdar-berdimuhamedov"}
    assert {"astana-kz", "aktau-kz", "kuryk-kz", "turkmenbashi-tm", "akorda-kz"} <= set(seed.places)
    # Kazakhstan is the most mentioned; Afghanistan once.
    assert seed.countries["KZ"].count > seed.countries["AF"].count == 1
    assert seed.countries["KZ"].first_offset < seed.countries["AF"].first_offset


def test_seed_counts_title_references(seed):
    # Two full names plus "Tokayev", "the Kazakh President", "the Kazakh leader", ...
    assert seed.people["kassym-jomart-tokayev"].count >= 6
    assert seed.people["serdar-berdimuhamedov"].count >= 3


def test_seed_events(seed):
    by_type = {e.type: e for e in seed.events}
    assert {"visit", "talks", "agreement", "award"} <= set(by_type)
    visit = by_type["visit"]
    assert visit.subtype == "state"
    assert ("serdar-berdimuhamedov", "visitor") in visit.people
    assert ("kassym-jomart-tokayev", "host") in visit.people
    assert ("KZ", "host") in visit.countries and ("TM", "visitor") in visit.countries
    assert by_type["talks"].place in {"astana-kz", "akorda-kz"}
    assert by_type["agreement"].subtype == "joint statement"
    award = by_type["award"]
    assert ("kassym-jomart-tokayev", "giver") in award.people
    assert ("serdar-berdimuhamedov", "recipient") in award.people
    assert "Altyn Qyran" in award.title


def test_seed_figures(seed):
    figures = [(f.kind, f.value, f.unit, f.qualifier, f.is_target) for f in seed.figures]
    assert ("trade_turnover", Decimal(500_000_000), "USD", "more_than", False) in figures
    assert ("trade_turnover", Decimal(1_000_000_000), "USD", "exact", True) in figures
    assert ("investment", Decimal(120_000_000), "USD", "more_than", False) in figures
    freight = [(f.value, f.unit) for f in seed.figures if f.kind == "freight"]
    # "one and a half million tons, an increase of 14%": the volume and its change.
    assert freight == [(Decimal(1_500_000), "t"), (Decimal(14), "%")]
    assert all("first 10 months" in f.period for f in seed.figures if f.kind == "freight")
    assert all(set(f.countries) == {"KZ", "TM"} for f in seed.figures)
