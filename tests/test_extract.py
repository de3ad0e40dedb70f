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


@pytest.mark.parametrize(
    "unit",
    [
        "the Kazakh President ",  # one sentence of titles
        "President of Kazakhstan. ",  # sentences of titles
        "Foreign Minister Jane Doe met ",  # titles with names
        "Kassym-Jomart Tokayev Vladimir Putin ",  # one line of names
    ],
)
def test_extraction_grows_linearly_whatever_the_text(unit, gazetteer):
    """Four times the input takes about four times as long, far from the sixteen of a
    quadratic cost (titles used to be checked against every country and person mention
    before them). A ratio with that much room, so that a busy machine does not fail it."""
    import time

    def cost(n: int) -> float:
        text = unit * n
        started = time.perf_counter()
        extract(text, dt.date(2025, 3, 4), gazetteer)
        return time.perf_counter() - started

    cost(200)
    # the two sizes in turn, the best of three each: a busy machine slows both alike
    runs = [(cost(800), cost(3200)) for _ in range(3)]
    small, large = min(r[0] for r in runs), min(r[1] for r in runs)
    assert large < 8 * small + 0.05, (small, large)


def test_extraction_is_bounded_per_file(gazetteer):
    from archive.ingest.extract import MAX_EXTRACT_CHARS

    text = "Kassym-Jomart Tokayev met Vladimir Putin.\n\n" + "the Kazakh President " * 30_000
    text += "\n\nIlham Aliyev arrived."
    assert len(text) > MAX_EXTRACT_CHARS
    people = set(extract(text, dt.date(2025, 3, 4), gazetteer).people)
    assert "kassym-jomart-tokayev" in people and "ilham-aliyev" not in people


def test_a_known_official_written_family_name_first(gazetteer):
    text = "Japanese Foreign Minister Aso Taro held talks with Condoleezza Rice."
    people = set(extract(text, dt.date(2006, 7, 5), gazetteer).people)
    assert people == {"taro-aso", "condoleezza-rice"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "Prime Minister Dinesh Gunawardena met the delegation at Temple Trees.",
            "temple-trees-lk",
        ),
        ("The credentials ceremony took place at Bangabhaban in Dhaka.", "bangabhaban-bd"),
        ("Prime Minister Fumio Kishida laid a wreath at Rajghat.", "rajghat-in"),
        (
            "Prime Minister Anwar Ibrahim met the Sultan at Istana Nurul Iman.",
            "istana-nurul-iman-bn",
        ),
    ],
)
def test_seats_of_power_are_places(text, venue, gazetteer):
    assert venue in extract(text, dt.date(2024, 5, 14), gazetteer).places
