"""Countries and people named through offices (archive/ingest/extract/mentions.py) and the
false friends around country names (context.py), on sentences of real news shape."""

import datetime as dt

import pytest

from archive.ingest.extract import extract

pytestmark = pytest.mark.django_db


def people(text, gazetteer, day):
    return set(extract(text, day, gazetteer).people)


def countries(text, gazetteer, day=dt.date(2020, 1, 1)):
    return set(extract(text, day, gazetteer).countries)


@pytest.mark.parametrize(
    ("text", "day", "absent"),
    [
        ("The former Luxembourg prime minister was chosen.", dt.date(2014, 6, 27), "xavier-bettel"),
        (
            "He met the Vice Minister of Foreign Affairs of Colombia.",
            dt.date(2022, 11, 26),
            "alvaro-leyva",
        ),
        (
            "I congratulate him upon his election as USA president.",
            dt.date(2016, 11, 9),
            "barack-obama",
        ),
        ("The Kazakh Deputy Foreign Minister arrived.", dt.date(2025, 3, 4), "murat-nurtleu"),
    ],
)
def test_a_qualifier_blocks_the_holder_of_the_day(text, day, absent, gazetteer):
    assert absent not in people(text, gazetteer, day)


def test_an_acting_holder_the_gazetteer_records_is_meant(gazetteer):
    text = "The acting Ukrainian president addressed parliament."
    assert "oleksandr-turchynov" in people(text, gazetteer, dt.date(2014, 3, 1))


def test_the_leader_of_a_parliamentary_state_is_its_head_of_government(gazetteer):
    day = dt.date(2014, 6, 27)
    assert people("The British leader objected.", gazetteer, day) == {"david-cameron"}
    text = "The leaders of Australia and New Zealand met in Sydney."
    assert people(text, gazetteer, dt.date(2014, 11, 15)) == {"tony-abbott", "john-key"}
    assert "vladimir-putin" in people("The Russian leader spoke.", gazetteer, day)


def test_office_history_reaches_back_to_the_nineties(gazetteer):
    day = dt.date(1999, 9, 14)
    text = "The Kyrgyz President met the German Chancellor in Berlin."
    assert people(text, gazetteer, day) == {"askar-akayev", "gerhard-schroder"}
    assert "saparmurat-niyazov" in people("Niyazov spoke in Ashgabat.", gazetteer, day)


def test_an_international_officials_former_country_is_not_an_article_country(gazetteer):
    text = "European Council President Charles Michel will represent the Union."
    assert "BE" not in countries(text, gazetteer, dt.date(2023, 5, 19))
    assert "KR" not in countries(
        "Ban Ki-moon addressed the summit.", gazetteer, dt.date(2011, 1, 30)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders met at Jekyll Island, Georgia, for the summit.", set()),
        ("The ministers of Azerbaijan, Georgia and Turkey met.", {"AZ", "GE", "TR"}),
        ("They met in Batumi, Georgia.", {"GE"}),
        ("The two Central African countries agreed.", set()),
        ("The Northern Ireland Protocol was discussed.", set()),
    ],
)
def test_countries_and_their_false_friends(text, expected, gazetteer):
    assert countries(text, gazetteer) == expected


def test_a_known_name_inside_a_longer_one_is_someone_else(gazetteer):
    text = "Foreign Minister Sheikh Sabah Khaled Al-Hamad Al-Sabah welcomed the guest."
    found = people(text, gazetteer, dt.date(2014, 7, 26))
    assert "sabah-al-ahmad-al-jaber-al-sabah" not in found
    assert "sabah-khaled-al-hamad-al-sabah" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A city that hosts international organisations, as a venue: the organisation's.
        ("NATO foreign ministers met in Brussels on Tuesday.", set()),
        ("Iran's foreign minister said the talks in Vienna would resume.", {"IR"}),
        # Inside the name of a process, a format or a document.
        ("Delegates discussed the Quito Process and the Astana format.", set()),
        ("Both reaffirmed the Paris Agreement.", set()),
        # Only in the dateline.
        ("PRAGUE (RFE/RL) -- Iran's foreign minister spoke to reporters.", {"IR"}),
        # Still counted: a country by name, a capital as an actor, a city as itself.
        ("The minister arrived in Vienna for a state visit to Austria.", {"AT"}),
        ("Ankara and Baku agreed on the corridor.", {"TR", "AZ"}),
        ("The ferry left the port of Aktau.", {"KZ"}),
    ],
)
def test_a_city_that_is_only_a_venue_does_not_make_its_country(text, expected, gazetteer):
    assert countries(text, gazetteer, dt.date(2025, 3, 4)) == expected


def test_a_venue_city_is_still_a_place(gazetteer):
    result = extract(
        "NATO foreign ministers met in Brussels on Tuesday.", dt.date(2025, 3, 4), gazetteer
    )
    assert "brussels-be" in result.places


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # A counterpart holds the office of the person whose counterpart they are.
        (
            "British Foreign Secretary Robin Cook met his French and German counterparts.",
            dt.date(1999, 3, 1),
            {"robin-cook", "hubert-vedrine", "joschka-fischer"},
        ),
        (
            "Kazakh Foreign Minister Murat Nurtleu held talks with his Turkmen counterpart.",
            dt.date(2024, 3, 1),
            {"murat-nurtleu", "rashid-meredov"},
        ),
        (
            "Ilham Aliyev spoke by phone with his counterparts from Armenia and Georgia.",
            dt.date(2024, 3, 1),
            {"ilham-aliyev", "vahagn-khachaturyan", "salome-zourabichvili"},
        ),
        (
            "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с узбекским коллегой.",
            dt.date(2024, 3, 1),
            {"murat-nurtleu", "bakhtiyor-saidov"},
        ),
        # A plural title after a list of adjectives covers each.
        (
            "The Kazakh and Turkmen Presidents signed the treaty.",
            dt.date(2024, 3, 1),
            {"kassym-jomart-tokayev", "serdar-berdimuhamedov"},
        ),
        # "Leaders from" a list of countries names nobody.
        ("Japan invited leaders from India and Vietnam.", dt.date(2023, 5, 19), set()),
    ],
)
def test_counterparts_and_plural_titles(text, day, expected, gazetteer):
    assert people(text, gazetteer, day) == expected


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ("The G20 summit opened in Brisbane on Saturday.", "brisbane-au", "AU"),
        ("The ministers met in Bonn.", "bonn-de", "DE"),
        ("Переговоры прошли в Бухаре.", "bukhara-uz", "UZ"),
        ("Leaders gathered at Sea Island, Georgia, for the G8.", "sea-island-us", "US"),
    ],
)
def test_cities_beyond_the_capitals(text, place, code, gazetteer):
    result = extract(text, dt.date(2014, 11, 15), gazetteer)
    assert place in result.places
    assert code in result.countries
    assert "GE" not in result.countries
