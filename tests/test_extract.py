import datetime as dt
from decimal import Decimal

import pytest

from archive.ingest.extract import extract
from archive.ingest.extract.figures import extract_figures, parse_number
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
    ("text", "slug"),
    [
        ("Токаев провёл встречу.", "kassym-jomart-tokayev"),
        ("Kassym-Jomart Tokaev met the delegation.", "kassym-jomart-tokayev"),
        ("Recep Tayyip Erdogan arrived.", "recep-tayyip-erdogan"),
        ("Recep Tayyip Erdoğan arrived.", "recep-tayyip-erdogan"),
        ("Serdar Berdymukhamedov spoke.", "serdar-berdimuhamedov"),
        ("President Putin spoke.", "vladimir-putin"),
    ],
)
def test_name_variants(gazetteer, text, slug):
    assert set(extract(text, DAY, gazetteer).people) == {slug}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Встреча Токаева и Путина прошла в Астане.", {"kassym-jomart-tokayev", "vladimir-putin"}),
        (
            "Касым-Жомарт Токаев встретился с Сердаром Бердымухамедовым.",
            {
                "kassym-jomart-tokayev",
                "serdar-berdimuhamedov",
            },
        ),
        ("Телефонный разговор с Шавкатом Мирзиёевым.", {"shavkat-mirziyoyev"}),
        ("Президент направил поздравление Ильхаму Алиеву.", {"ilham-aliyev"}),
    ],
)
def test_russian_case_forms_of_names(gazetteer, text, people):
    assert set(extract(text, DAY, gazetteer).people) == people


def test_russian_case_forms_of_countries(gazetteer):
    found = extract("Делегация Казахстана прибыла в Россию.", DAY, gazetteer)
    assert {"KZ", "RU"} <= set(found.countries)


def test_title_resolved_by_date(gazetteer):
    text = "The Turkmen President received the delegation."
    before = extract(text, dt.date(2020, 5, 1), gazetteer)
    after = extract(text, dt.date(2023, 5, 1), gazetteer)
    assert set(before.people) == {"gurbanguly-berdimuhamedov"}
    assert set(after.people) == {"serdar-berdimuhamedov"}


def test_president_of_country_list(gazetteer):
    text = "The Presidents of Kazakhstan and Turkmenistan held talks."
    people = extract(text, DAY, gazetteer).people
    assert set(people) == {"kassym-jomart-tokayev", "serdar-berdimuhamedov"}


def test_surname_needs_an_introduction(gazetteer):
    assert extract("Berdimuhamedov said the talks went well.", DAY, gazetteer).people == {}
    text = "Gurbanguly Berdimuhamedov visited Astana. Berdimuhamedov said the talks went well."
    people = extract(text, DAY, gazetteer).people
    assert set(people) == {"gurbanguly-berdimuhamedov"}
    assert people["gurbanguly-berdimuhamedov"].count == 2


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Trade reached US$ 5 billion.", set()),
        ("Nigeria and Niger signed a deal.", {"NG", "NE"}),
        ("Papua New Guinea hosted the forum.", {"PG"}),
        ("Equatorial Guinea and Guinea-Bissau met.", {"GQ", "GW"}),
        ("The Dominican Republic voted.", {"DO"}),
        ("The DR Congo and Congo agreed.", {"CD", "CG"}),
        ("Kazakh-Turkmen relations grew.", {"KZ", "TM"}),
        ("Ankara and Baku agreed on gas.", {"TR", "AZ"}),
        ("The UK and the UAE signed.", {"GB", "AE"}),
        ("Latin American and South American leaders met American officials.", {"US"}),
    ],
)
def test_countries(gazetteer, text, codes):
    assert set(extract(text, DAY, gazetteer).countries) == codes


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("half a", Decimal("0.5")),
        ("one and a half", Decimal("1.5")),
        ("1,200", Decimal(1200)),
        ("12.5", Decimal("12.5")),
        ("twenty", Decimal(20)),
    ],
)
def test_parse_number(raw, value):
    assert parse_number(raw) == value


def test_figures_need_a_unit():
    figures = extract_figures([(0, "In the first 10 months, 30 delegations met.")])
    assert figures == []


def test_figure_currency_forms():
    sentence = "Investments reached $2.5 billion and exports about 300 million euros."
    figures = extract_figures([(0, sentence)])
    assert [(f.value, f.unit, f.qualifier) for f in figures] == [
        (Decimal("2500000000"), "USD", "exact"),
        (Decimal("300000000"), "EUR", "about"),
    ]


def test_phone_call_event(gazetteer):
    text = "Vladimir Putin held a phone call with Kassym-Jomart Tokayev on Monday."
    events = extract(text, DAY, gazetteer).events
    assert [e.type for e in events] == ["phone_call"]
    assert {p for p, _ in events[0].people} == {"vladimir-putin", "kassym-jomart-tokayev"}
    assert {c for c, _ in events[0].countries} == {"RU", "KZ"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The leaders met on 24 November in Astana.", dt.date(2025, 11, 24)),
        ("The treaty was signed on November 2, 2019.", dt.date(2019, 11, 2)),
        ("They spoke on 28 December.", dt.date(2024, 12, 28)),  # later than the article: last year
        ("The call took place on Monday.", dt.date(2025, 11, 24)),  # 2025-11-25 is a Tuesday
        ("He arrived yesterday.", dt.date(2025, 11, 24)),
        ("They met in Astana.", None),
        ("On 31 February nothing happened.", None),
    ],
)
def test_named_dates(sentence, expected):
    from archive.ingest.extract.dates import named_date

    assert named_date(sentence, DAY) == expected


def test_a_host_welcoming_a_guest_is_a_visit_with_the_roles_the_right_way_round(gazetteer):
    text = "Vladimir Putin welcomed Kassym-Jomart Tokayev to Moscow."
    (event,) = extract(text, DAY, gazetteer).events
    assert event.type == "visit"
    assert dict(event.people) == {"kassym-jomart-tokayev": "visitor", "vladimir-putin": "host"}
    # Welcoming a decision is no visit.
    assert extract("Tokayev welcomed Kazakhstan's initiative.", DAY, gazetteer).events == ()
    assert extract("Tokayev welcomed Kazakhstan's accession to WTO.", DAY, gazetteer).events == ()


def test_receiving_a_named_guest_is_a_meeting(gazetteer):
    text = "Vladimir Putin received Kassym-Jomart Tokayev in the Kremlin."
    assert [e.type for e in extract(text, DAY, gazetteer).events] == ["talks"]
    assert extract("Kazakhstan received support from donors.", DAY, gazetteer).events == ()
    assert extract("Kazakhstan received Chinese investment.", DAY, gazetteer).events == ()
    text = "Serdar Berdimuhamedov received the Order of Altyn Qyran from Kassym-Jomart Tokayev."
    assert "talks" not in {e.type for e in extract(text, DAY, gazetteer).events}


@pytest.mark.parametrize(
    "text",
    [
        "Kassym-Jomart Tokayev awarded the Order of Altyn Qyran to Serdar Berdimuhamedov.",
        "Serdar Berdimuhamedov received the Order of Altyn Qyran from Kassym-Jomart Tokayev.",
        "Serdar Berdimuhamedov was awarded the Order of Altyn Qyran by Kassym-Jomart Tokayev.",
    ],
)
def test_an_award_has_its_giver_and_recipient_whichever_way_it_is_told(gazetteer, text):
    (award,) = [e for e in extract(text, DAY, gazetteer).events if e.type == "award"]
    assert dict(award.people) == {
        "kassym-jomart-tokayev": "giver",
        "serdar-berdimuhamedov": "recipient",
    }


def test_talks_on_a_summits_sidelines_are_their_own_event(gazetteer):
    text = "At the SCO summit in Astana, Vladimir Putin held talks with Kassym-Jomart Tokayev."
    assert {e.type for e in extract(text, DAY, gazetteer).events} == {"summit", "talks"}
    text = "Leaders held talks at the SCO summit in Astana."
    assert {e.type for e in extract(text, DAY, gazetteer).events} == {"summit"}


def test_a_plural_title_covers_the_list_of_surnames_after_it(gazetteer):
    text = "The summit brought together Presidents Putin, Aliyev and Tokayev."
    assert set(extract(text, DAY, gazetteer).people) == {
        "vladimir-putin",
        "ilham-aliyev",
        "kassym-jomart-tokayev",
    }


def test_a_name_after_a_title_says_who_is_meant(gazetteer):
    # The gazetteer's Kazakh foreign minister that day is Kosherbayev; the text names
    # another (a gazetteer's dates can be wrong, or the name new to it).
    text = "Kazakh Foreign Minister Roman Vassilenko met Rashid Meredov."
    result = extract(text, DAY, gazetteer)
    assert set(result.people) == {"rashid-meredov", "roman-vassilenko"}  # a newcomer
    assert [(p.name, p.country) for p in result.new_people] == [("Roman Vassilenko", "KZ")]
    text = "Kazakh Foreign Minister Murat Nurtleu met Rashid Meredov."
    assert set(extract(text, DAY, gazetteer).people) == {"murat-nurtleu", "rashid-meredov"}
    text = "The Kazakh Foreign Minister met Rashid Meredov."
    assert "yermek-kosherbayev" in extract(text, DAY, gazetteer).people
    # A headline in title case names no one after the title.
    text = "Kazakh President Holds Talks With Turkmen Leader In Ashgabat"
    assert set(extract(text, DAY, gazetteer).people) == {
        "kassym-jomart-tokayev",
        "serdar-berdimuhamedov",
    }


def test_cyrillic_surname_alone_among_full_names(gazetteer):
    result = extract("Мирзиёев встретился с Токаевым в Ташкенте.", DAY, gazetteer)
    assert set(result.people) == {"shavkat-mirziyoyev", "kassym-jomart-tokayev"}
    assert [e.type for e in result.events] == ["talks"]


def test_a_leader_elect_brings_the_country(gazetteer):
    text = "Kassym-Jomart Tokayev congratulated Donald Trump on his election victory."
    assert "US" in extract(text, dt.date(2024, 11, 7), gazetteer).countries


def test_event_takes_the_named_date(gazetteer):
    text = "Vladimir Putin held a phone call with Kassym-Jomart Tokayev on 20 November."
    (event,) = extract(text, DAY, gazetteer).events
    assert event.date == dt.date(2025, 11, 20)


def test_namesakes_and_relatives_are_not_the_leader(gazetteer):
    text = "Vladimir Putin chaired the meeting. Igor Putin, a businessman, was not related."
    assert extract(text, DAY, gazetteer).people["vladimir-putin"].count == 1
    text = "Ilham Aliyev awarded the Heydar Aliyev Order."
    assert extract(text, DAY, gazetteer).people["ilham-aliyev"].count == 1
    # A relative named through the office: the office-holder is not in the article.
    for text in (
        "Emine Erdoğan, the wife of the Turkish President, visited a school in Ankara.",
        "The daughter of the President of Kazakhstan opened an exhibition.",
    ):
        assert extract(text, DAY, gazetteer).people == {}
    text = "The Turkish President and the wife of the Kazakh President arrived."
    assert set(extract(text, DAY, gazetteer).people) == {"recep-tayyip-erdogan"}


def test_unknown_official_is_kept_for_review(gazetteer):
    text = "Kazakh Deputy Foreign Minister Roman Vassilenko met Murat Nurtleu."
    (newcomer,) = extract(text, DAY, gazetteer).new_people
    assert (newcomer.name, newcomer.title, newcomer.country) == (
        "Roman Vassilenko",
        "Deputy Foreign Minister",
        "KZ",
    )


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Michael Jordan visited the arena.", set()),
        ("Chad Johnson declined to comment.", set()),
        ("Voters in Atlanta, Georgia lined up.", set()),
        ("Turkey dinner prices rose.", set()),
        ("The OSCE Minsk Group met.", set()),
        ("Denzel Washington spoke.", set()),
        ("King Abdullah II of Jordan met the Georgian President.", {"JO", "GE"}),
        ("Freight through Aktau grew.", {"KZ"}),
    ],
)
def test_false_friends_and_implied_countries(gazetteer, text, codes):
    assert set(extract(text, DAY, gazetteer).countries) == codes


def test_a_person_is_of_the_country_of_their_first_listed_office(gazetteer):
    """Macron is President of France and Co-Prince of Andorra since the same day."""
    text = "Emmanuel Macron spoke."
    assert set(extract(text, DAY, gazetteer).countries) == {"FR"}


def test_a_president_who_is_not_head_of_state(gazetteer):
    """Iran's President heads the government; the Supreme Leader is head of state."""
    found = extract(
        "The Iranian President received the delegation.", dt.date(2024, 11, 20), gazetteer
    )
    assert set(found.people) == {"masoud-pezeshkian"}


def test_a_surname_alone_among_full_names(gazetteer):
    found = extract("Tokayev and Xi Jinping signed a treaty.", DAY, gazetteer)
    assert set(found.people) == {"kassym-jomart-tokayev", "xi-jinping"}
    assert extract("Aliyev is a common family name here.", DAY, gazetteer).people == {}


def test_georgia_listed_with_us_states(gazetteer):
    assert "GE" not in extract("Storms hit Florida and Georgia.", DAY, gazetteer).countries
    assert "GE" not in extract("Georgia, Alabama and Texas voted.", DAY, gazetteer).countries
    assert "GE" in extract("Armenia and Georgia signed a deal.", DAY, gazetteer).countries


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Казахстанская делегация провела переговоры с турецкими партнёрами.", {"KZ", "TR"}),
        ("Товарооборот с китайскими компаниями вырос.", {"CN"}),
        ("Узбекский и кыргызский министры встретились.", {"UZ", "KG"}),
    ],
)
def test_russian_country_adjectives_in_every_form(gazetteer, text, codes):
    assert set(extract(text, DAY, gazetteer).countries) == codes


def test_russian_event_words(gazetteer):
    found = extract("Токаев провёл переговоры с Путиным.", DAY, gazetteer)
    assert [e.type for e in found.events] == ["talks"]
