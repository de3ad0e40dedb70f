import pytest
from django.conf import settings

from archive.ingest.gazetteer_files import (
    FixtureError,
    person_aliases,
    read_countries,
    read_offices,
    read_places,
)

FOLDER = settings.NEWSROOM_GAZETTEER_DIR


def test_all_iso_countries_with_aliases():
    countries = {c.iso2: c for c in read_countries(FOLDER / "countries.tsv")}
    assert len(countries) >= 249
    assert sum(c.un_member for c in countries.values()) == 193
    assert ("Kazakh", "demonym") in countries["KZ"].aliases
    assert ("Turkmen", "demonym") in countries["TM"].aliases
    assert ("Astana", "capital") in countries["KZ"].aliases


def test_offices_have_sane_dates():
    offices = read_offices(FOLDER / "offices.tsv")
    assert all(o.end is None or o.start is None or o.end >= o.start for o in offices)
    tm = [o for o in offices if o.country == "TM" and o.role == "head_of_state"]
    assert {o.person for o in tm} == {"Gurbanguly Berdimuhamedov", "Serdar Berdimuhamedov"}


# San Marino's two Captains Regent change every six months; fixtures/README.md says so.
ROTATING_HEADS = {"SM"}
# Presidencies left vacant (the posts' powers exercised by the government or, in Austria,
# by the presidium of the National Council), from and until.
VACANT = [
    ("AT", "2016-07-08", "2017-01-26"),
    ("HT", "2021-07-07", "2024-04-25"),
    ("LB", "2014-05-25", "2016-10-31"),
    ("LB", "2022-10-30", "2025-01-09"),
]


def test_offices_cover_every_un_member_head_of_state():
    un = {c.iso2 for c in read_countries(FOLDER / "countries.tsv") if c.un_member}
    covered = {o.country for o in read_offices(FOLDER / "offices.tsv") if o.role == "head_of_state"}
    assert un - covered == ROTATING_HEADS


def test_every_head_of_state_in_office_from_2015_to_2025():
    """No gap: for each UN member, someone holds the post on each quarter's first day."""
    import datetime as dt

    offices = read_offices(FOLDER / "offices.tsv")
    un = {c.iso2 for c in read_countries(FOLDER / "countries.tsv") if c.un_member}
    gaps = []
    for year in range(2015, 2026):
        for month in (1, 4, 7, 10):
            day = dt.date(year, month, 1)
            held = {
                o.country
                for o in offices
                if o.role == "head_of_state"
                and (o.start is None or o.start <= day)
                and (o.end is None or day <= o.end)
            }
            vacant = {code for code, since, until in VACANT if since <= day.isoformat() < until}
            gaps += [
                (code, day.isoformat()) for code in sorted(un - held - ROTATING_HEADS - vacant)
            ]
    assert gaps == []


def test_places_reference_known_countries():
    codes = {c.iso2 for c in read_countries(FOLDER / "countries.tsv")}
    assert all(p.country in codes for p in read_places(FOLDER / "places.tsv"))


def test_person_alias_kinds():
    aliases = dict(person_aliases("Kassym-Jomart Tokayev", ["Токаев", "Tokaev", "~Tokayev"]))
    assert aliases == {"Токаев": "native", "Tokaev": "translit", "Tokayev": "surname"}
    assert ("Modi", "surname") in person_aliases("Narendra Modi", [])
    assert person_aliases("Bill English", ["~-"]) == ()  # "English" alone is a word


def test_bad_office_line_names_file_and_line(tmp_path):
    path = tmp_path / "offices.tsv"
    path.write_text("# comment\nKZ\tXX\tPresident\tSomeone\t2020-01-01\t\t\n")
    with pytest.raises(FixtureError, match=r"offices.tsv, line 2: role 'XX'"):
        read_offices(path)
    path.write_text("KZ\tHS\tPresident\tSomeone\t2020-01-01\t2019-01-01\t\n")
    with pytest.raises(FixtureError, match=r"ends .* before it starts"):
        read_offices(path)
    path.write_text("KZ\tHS\tPresident\tSomeone\t2020-31-01\t\t\n")
    with pytest.raises(FixtureError, match="line 1: '2020-31-01' is not a YYYY-MM-DD date"):
        read_offices(path)
