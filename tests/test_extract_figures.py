"""Figures (archive/ingest/extract/figures.py): numbers read whole, typed as the text says."""

import datetime as dt
from decimal import Decimal

import pytest

from archive.ingest.extract import extract
from archive.ingest.extract.amounts import parse_number, uses_decimal_comma
from archive.ingest.extract.figures import extract_figures
from archive.text.sentences import sentences_with_offsets


def figures(text, decimal_comma=False):
    return extract_figures(sentences_with_offsets(text), decimal_comma)


def amounts(text, decimal_comma=False):
    return [(f.kind, f.value, f.unit) for f in figures(text, decimal_comma)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade turnover between the two countries grew 12.5% in 2024 to USD 4.2 billion.",
            [
                ("trade_turnover", Decimal("12.5"), "%"),
                ("trade_turnover", Decimal("4200000000"), "USD"),
            ],
        ),
        ("The candidate won 78.45% of the vote.", [("other", Decimal("78.45"), "%")]),
        ("Exports rose to $1,500.75 million.", [("exports", Decimal("1500750000"), "USD")]),
        ("Imports reached 2 bln euros.", [("imports", Decimal("2000000000"), "EUR")]),
        ("The fund will invest €3bn in the port.", [("investment", Decimal("3000000000"), "EUR")]),
        ("The bank approved a $30 million loan.", [("aid", Decimal("30000000"), "USD")]),
        ("Freight reached one and a half million tonnes.", [("freight", Decimal("1500000"), "t")]),
        (
            "Товарооборот достиг 9 млрд долларов.",
            [("trade_turnover", Decimal("9000000000"), "USD")],
        ),
        ("Инвестиции составили 500 млн руб.", [("investment", Decimal("500000000"), "RUB")]),
        ("The deal is worth ₸ 45 billion.", [("other", Decimal("45000000000"), "KZT")]),
        # Gas or oil by volume is traded, whether or not a trade word is near.
        (
            "Gas supplies will reach 10 billion cubic meters.",
            [("trade_turnover", Decimal("1e10"), "m3")],
        ),
        ("The pipeline carries 12 bcm a year.", [("trade_turnover", Decimal("1.2e10"), "m3")]),
        ("In 2024, 30 delegations met in 12 cities.", []),  # counts are not figures
        # an East Caribbean dollar is no Canadian one; Indian grouping and "cr" for crore
        ("China will give EC$40 million in aid.", [("aid", Decimal("40000000"), "XCD")]),
        (
            "Trade is to reach Rs 5,60,000 cr.",
            [("trade_turnover", Decimal("5.6e12"), "INR")],
        ),
        # two amounts, one scale and currency, one kind
        (
            "The ministry signed 218.6 and 171 million dollars in loan agreements.",
            [("aid", Decimal("218600000"), "USD"), ("aid", Decimal("171000000"), "USD")],
        ),
        ("The bank lent between 5 and 7 million dollars.", [("aid", Decimal("5000000"), "USD")]),
        # imports and exports together are the trade; a trading partner's amount is trade
        (
            "China's imports and exports grew to 8.47 trillion yuan.",
            [("trade_turnover", Decimal("8.47e12"), "CNY")],
        ),
        (
            "China is its largest trading partner with $2 billion.",
            [("trade_turnover", Decimal("2e9"), "USD")],
        ),
        (
            "Внешнеторговый оборот составил 3 млрд долларов.",
            [("trade_turnover", Decimal("3e9"), "USD")],
        ),
    ],
)
def test_amounts(text, expected):
    assert amounts(text) == expected


def test_no_figure_is_read_from_a_number_cut_at_its_decimal_point():
    text = "Trade grew 12.5% in 2024 to USD 4.2 billion. Investment was 3.75 billion dollars."
    found = figures(text)
    assert [f.value for f in found] == [Decimal("12.5"), Decimal("4.2e9"), Decimal("3.75e9")]
    assert [text[f.start : f.end] for f in found] == [
        "12.5%",
        "USD 4.2 billion",
        "3.75 billion dollars",
    ]


def test_a_decimal_comma_where_the_text_writes_them():
    text = "Trade amounted to $612,87 million, up 16,6%, or $87,133 million."
    assert uses_decimal_comma(text)
    assert [f.value for f in figures(text, decimal_comma=True)] == [
        Decimal("612870000"),
        Decimal("16.6"),
        Decimal("87133000"),
    ]
    assert not uses_decimal_comma("Trade reached 1,200 million dollars, up 2.5%.")
    assert uses_decimal_comma("Рост составил 1,5 процента.", language="ru")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Trade could grow to $10-12 billion.", Decimal("1e10"), Decimal("1.2e10"), "USD"),
        ("Товарооборот — от 900 млн до миллиарда долларов.", Decimal("9e8"), Decimal("1e9"), "USD"),
        ("Growth of between 5 and 7 percent is expected.", Decimal(5), Decimal(7), "%"),
        ("The bank pledged US$2 to US$4 billion in loans.", Decimal("2e9"), Decimal("4e9"), "USD"),
    ],
)
def test_a_range_is_one_figure_with_two_ends(text, low, high, unit):
    (figure,) = figures(text)
    assert (figure.value, figure.range_to, figure.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "qualifier", "target"),
    [
        ("Trade exceeded $500 million.", "more_than", False),
        ("Trade reached about $500 million.", "about", False),
        ("Товарооборот превысил 500 млн долларов.", "more_than", False),
        ("Товарооборот вырос вдвое, превысив 50 миллиардов долларов.", "more_than", False),
        ("Товарооборот составил около 500 млн долларов.", "about", False),
        ("The sides agreed to increase trade to $1 billion.", "exact", True),
        ("Trade should reach $5 billion by 2030.", "exact", True),
        ("They noted that trade may reach $8 billion this year.", "exact", True),
        ("Стороны намерены довести товарооборот до 1 млрд долларов.", "exact", True),
        # where it got to is no goal; "up to" after "increase" is the level aimed at
        ("Trade grew in the first 10 months to reach 36.02 billion yuan.", "exact", False),
        ("Imports were up by a tenth to reach 969.48 billion yuan.", "exact", False),
        ("We intend to increase trade turnover up to $5 billion.", "exact", True),
        # where it got to by a day gone by is no goal; a forecast in Russian is
        ("Trade grew by 37 percent by the end of 2022.", "exact", False),
        ("Товарооборот может достигнуть 80 миллиардов долларов.", "exact", True),
        ("Товарооборот может составить $50 млрд по итогам года.", "exact", True),
        ("Страны выйдут на планку в $40 млрд торгового оборота.", "exact", True),
        ("Товарооборот вырос почти на 23 процента.", "about", False),
        ("К 2020 году товарооборот способен превысить 200 миллиардов долларов.", "more_than", True),
        ("The bank will lend up to $5 billion.", "less_than", False),
        ("Подписаны соглашения более чем на $20 млрд.", "more_than", False),
        # a word inside another is no qualifier ("cover", "handsome")
        ("The plant covers 3% of the region's needs.", "exact", False),
        ("They earned a handsome $5 million.", "exact", False),
        # the goal named right after the amount; what beat an expectation is no goal
        ("It fell short of the 10 percent annual growth target.", "exact", True),
        (
            "Trade was better than previously expected, growing 2.7 percent in April.",
            "exact",
            False,
        ),
        # a goal past a decimal point; "elevate … to"; counted on in Russian; a plan met
        ("They intend to increase trade by 2.5 times, reaching $10 billion.", "exact", True),
        ("They agreed to elevate their bilateral trade to $10 billion.", "exact", True),
        ("Мы рассчитываем выйти примерно на 8,5 млрд долларов.", "about", True),
        ("In 2022 trade reached the planned milestone of $5 billion.", "exact", False),
    ],
)
def test_qualifier_and_target(text, qualifier, target):
    (figure,) = figures(text)
    assert (figure.qualifier, figure.is_target) == (qualifier, target)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Trade grew by 37% by the end of 2022 to $3.4 bln.", "by the end of 2022"),
        ("Торговля в январе-сентябре выросла на 22,4%.", "в январе-сентябре"),
        # a month alone; the first three quarters; not "last year's" (a comparison)
        (
            "Exports totaled $15.2 billion in September, surpassing last year's record.",
            "in September",
        ),
        ("Trade in the first three quarters topped $28.04 billion.", "in the first three quarters"),
        # the year a target is set for
        (
            "Trade could reach $80 billion this year and further increase to $200 billion by 2030.",
            "this year",
        ),
    ],
)
def test_more_periods(text, period):
    assert next(f.period for f in figures(text, decimal_comma="," in text)) == period


def test_period_is_kept():
    (figure,) = figures("In January-September 2025, exports reached $2 billion.")
    assert figure.period == "In January-September 2025"
    (figure,) = figures("За девять месяцев товарооборот вырос на 5%.")
    assert "девять месяцев" in figure.period


def test_a_denominator_and_an_exchange_rate_are_not_figures():
    assert amounts("Gas was sold at $44 per 1,000 cubic meters.") == [("other", Decimal(44), "USD")]
    assert amounts("The rate was 1 USD = 386.71 KZT.") == [("other", Decimal("386.71"), "KZT")]
    assert amounts("Minsk paid $ 120 for a thousand cubic meters.") == [
        ("other", Decimal(120), "USD")
    ]
    # … a currency's price in a trade story is no trade
    assert amounts("Trade grew. The euro was traded for $1.13 on average in June.") == [
        ("other", Decimal("1.13"), "USD")
    ]
    # A share after "for a" is a figure of its own.
    assert amounts("The fund paid $2 billion for a 10 percent stake in the port.") == [
        ("investment", Decimal("2e9"), "USD"),
        ("investment", Decimal(10), "%"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Seoul pledged KRW 2 trillion in loans.", Decimal("2e12"), "KRW"),
        ("Trade reached 1.5 trillion won.", Decimal("1.5e12"), "KRW"),
        ("Dhaka received Tk 300 crore in grants.", Decimal("3e9"), "BDT"),
        ("Taipei offered NT$5 million in aid.", Decimal("5e6"), "TWD"),
        ("Canberra pledged A$40 million in assistance.", Decimal("4e7"), "AUD"),
        ("Exports to Brazil rose to R$ 20 billion.", Decimal("2e10"), "BRL"),
        ("Exports reached 400 billion drams.", Decimal("4e11"), "AMD"),
        ("Kyiv received 8 billion hryvnias in aid.", Decimal("8e9"), "UAH"),
        ("Bern gave 3 million Swiss francs in relief.", Decimal("3e6"), "CHF"),
        ("Dakar signed a loan of 40 billion CFA francs.", Decimal("4e10"), "XOF"),
        ("Товарооборот составил 200 млрд белорусских рублей.", Decimal("2e11"), "BYN"),
        ("Товарооборот составил 2 млрд гривен.", Decimal("2e9"), "UAH"),
        ("Tokyo granted 300 million Japanese yen in aid.", Decimal("3e8"), "JPY"),
        ("Islamabad repaid 90 billion Pakistani rupees.", Decimal("9e10"), "PKR"),
        ("Ottawa pledged 12 million Canadian dollars.", Decimal("1.2e7"), "CAD"),
        ("Baku received 50 million Azerbaijani manats.", Decimal("5e7"), "AZN"),
        ("Nairobi received KSh 2 billion in grants.", Decimal("2e9"), "KES"),
        ("The loan of 10 billion FCFA was signed.", Decimal("1e10"), "XOF"),
        ("Kampala got UGX 300 billion in loans.", Decimal("3e11"), "UGX"),
        ("Yaoundé signed for 20 million XAF in aid.", Decimal("2e7"), "XAF"),
        ("Riyadh pledged SR 1 billion in aid.", Decimal("1e9"), "SAR"),
        ("Accra received GH¢ 5 million in aid.", Decimal("5e6"), "GHS"),
        ("Trade reached 2.5 billion Malaysian ringgit.", Decimal("2.5e9"), "MYR"),
        ("Trade with Pretoria reached R5 billion.", Decimal("5e9"), "ZAR"),
        ("The R2.4bn loan was signed.", Decimal("2.4e9"), "ZAR"),
        ("Trade with Brasilia grew to 5 billion reais.", Decimal("5e9"), "BRL"),
        # a currency many countries call so, named with its country's adjective
        ("Ankara received 90 billion Turkish liras.", Decimal("9e10"), "TRY"),
        ("Santiago lent 400 billion Chilean pesos.", Decimal("4e11"), "CLP"),
        ("Buenos Aires paid 2 billion Argentine pesos.", Decimal("2e9"), "ARS"),
        ("Tunis received 300 million Tunisian dinars.", Decimal("3e8"), "TND"),
        ("Chisinau got 50 million Moldovan lei in grants.", Decimal("5e7"), "MDL"),
        ("Kigali received 8 billion Rwandan francs.", Decimal("8e9"), "RWF"),
        ("Mogadishu received 2 billion Somali shillings.", Decimal("2e9"), "SOS"),
        # … and one country's own word for it
        ("Sofia spent 300 million leva on defence.", Decimal("3e8"), "BGN"),
        ("Lima pledged 20 million soles in aid.", Decimal("2e7"), "PEN"),
        ("Sucre received 90 million bolivianos.", Decimal("9e7"), "BOB"),
        ("Banjul received 40 million dalasi.", Decimal("4e7"), "GMD"),
    ],
)
def test_currencies_of_many_countries(text, value, unit):
    assert [(f.value, f.unit) for f in figures(text, "Товар" in text)] == [(value, unit)]


def test_a_currency_word_that_is_also_a_verb_needs_a_scale():
    assert amounts("The leader, who in 2017 won the election, arrived.") == []


def test_a_code_in_capitals_that_is_also_a_word_is_no_currency():
    assert amounts("The TOP 10 donors met; ALL 27 members agreed.") == []
    # nor a letter and a number with no scale
    assert amounts("Resolution R2 was adopted.") == []


def test_ordinary_words_are_not_units():
    assert amounts("The year 2025 marks the 30th anniversary; a ton of work remains.") == []
    assert amounts("Five euro area members met.") == []


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,500", Decimal(1500)),
        ("1 500", Decimal(1500)),
        ("12.5", Decimal("12.5")),
        ("two", Decimal(2)),
        ("half a", Decimal("0.5")),
        ("полтора", Decimal("1.5")),
        ("one and a half", Decimal("1.5")),
        ("1,200", Decimal(1200)),
        ("twenty", Decimal(20)),
        ("three hundred", Decimal(300)),
        ("a hundred", Decimal(100)),
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


def test_a_price_or_a_contract_nearer_than_a_trade_word_is_neither():
    text = "Amid growing trade, the two signed a $2 billion arms deal and set a gas price of $250."
    assert [f.kind for f in figures(text)] == ["other", "other"]
    # … but a trade deal is trade, and investment contracts investment.
    assert [f.kind for f in figures("They signed a trade deal worth $5 billion.")] == [
        "trade_turnover"
    ]
    assert [f.kind for f in figures("It provided investment support worth $5.8 billion.")] == [
        "investment"
    ]
    assert [f.kind for f in figures("Investment contracts worth $3 billion were signed.")] == [
        "investment"
    ]
    # … and trade stays trade where the trade word is the nearer.
    assert [f.kind for f in figures("Trade reached $2 billion under the deal.")] == [
        "trade_turnover"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Donors pledged $2.5 billion at the conference.",
        "The country contributed $40 million to the relief effort.",
        "The bank approved a $300 million support package.",
        "The creditors offered $40 million in debt relief.",
        "Donor nations agreed to commit a total of $6 billion.",
        "It announced a new assistance package for Ruritania valued at up to $80 million.",
        "The State Department is providing $52 million to the World Food Programme.",
        # money for rebuilding, and debt written off
        "Ruritania committed $500 million to the reconstruction of the port.",
        "Ruritania wrote off $20 billion of debt owed by its neighbours.",
    ],
)
def test_pledges_contributions_and_packages_are_aid(text):
    assert [f.kind for f in figures(text)] == ["aid"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's trade surplus in May soared to $22.45 billion.",
        "Ruritania thus had a favourable trade balance of $584 million in the first half.",
        "Its deficit in bilateral trade narrowed to $1.2 billion last year.",
        "Положительное сальдо торговли составило 1,5 млрд долларов.",
    ],
)
def test_a_surplus_or_a_deficit_is_the_trade_balance_not_its_turnover(text):
    assert [f.kind for f in figures(text, "млрд" in text)] == ["trade_balance"]


def test_the_figure_named_again_is_the_balance_the_sentence_before_measured():
    text = "Its trade surplus rose to $22.45 billion. The figure was close to $23.7 billion."
    assert [f.kind for f in figures(text)] == ["trade_balance", "trade_balance"]
    # … and a budget's deficit is no trade's
    assert [f.kind for f in figures("The budget deficit reached $3 billion.")] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Товарный оборот между двумя странами составил 196,5 миллиарда долларов.",
        "Товарообращение с Россией увеличилось до 153,9 миллиарда долларов.",
    ],
)
def test_trade_in_other_russian_words_is_trade(text):
    assert [f.kind for f in figures(text, True)] == ["trade_turnover"]


def test_a_project_the_amount_sizes_after_a_loan_is_an_investment():
    text = (
        "The bank plans to lend $3 billion to the two companies. Another firm is setting up a "
        "$2-billion integrated steel project, and a $3.5-billion venture was announced."
    )
    assert [f.kind for f in figures(text)] == ["aid", "investment", "investment"]


def test_each_item_of_a_list_has_its_own_kind():
    text = "Exports to Ruritania amounted to $69.6 million, and imports from it to $6.8 million."
    assert [f.kind for f in figures(text)] == ["exports", "imports"]


def test_the_period_is_the_one_measured_not_the_one_compared_with():
    text = "Turnover rose by $2.5 million in April 2020 compared to the same period last year."
    assert [f.period for f in figures(text)] == ["in April 2020"]
    # The baseline amount has the baseline's period.
    text = "Turnover was $4.9 billion, a 3.1% rise over $4.75 billion last year."
    assert [f.period for f in figures(text)] == ["", "", "last year"]
    text = "Trade between the two increased to $18.2 billion in 2019, up from $0.9 billion in 2003."
    found = figures(text)
    assert [f.period for f in found] == ["in 2019", "in 2003"]
    # "Increased to" is what was reached, not a target.
    assert not any(f.is_target for f in found)


def test_a_target_year_and_a_baseline_in_brackets():
    text = "Trade could reach $80 billion in 2017 and further increase to $200 billion by 2020."
    assert [f.period for f in figures(text)] == ["in 2017", "by 2020"]
    # a year aimed at is its own clause's only
    text = (
        "China offered $28 million in debt relief, while the United States pledged to triple "
        "its aid to $28.5 million by 2008."
    )
    assert [f.period for f in figures(text)] == ["", "by 2008"]
    # the amount in brackets after what it is compared with has that one's period
    text = (
        "Trade reached $3.2 billion in 2022, down 5.4% compared to the figure for 2021 "
        "($3.4 billion)."
    )
    assert [f.period for f in figures(text)] == ["in 2022", "in 2022", "for 2021"]


def test_a_baseline_after_a_rise_is_not_more_than():
    text = "Trade reached $5.1 billion, an 8.4% rise over $4.7 billion a year earlier."
    found = figures(text)
    assert [(f.value, f.qualifier) for f in found] == [
        (Decimal("5100000000"), "exact"),
        (Decimal("8.4"), "exact"),
        (Decimal("4700000000"), "exact"),
    ]
    # "over" on its own still means "more than".
    assert figures("Trade reached over $5 billion.")[0].qualifier == "more_than"


def test_a_percentage_after_an_amount_and_a_comma_is_not_a_denominator():
    text = "Exports reached USD 2.3 billion, a 3.7% increase, at $44 per 1,000 cubic metres."
    assert [(f.value, f.unit) for f in figures(text)] == [
        (Decimal("2300000000"), "USD"),
        (Decimal("3.7"), "%"),
        (Decimal("44"), "USD"),
    ]


def test_a_period_belongs_to_its_own_clause_and_quoted_sentence():
    text = (
        'He said: "We aim to raise trade to $30 bln by 2030. Last year trade went up by 21%, '
        'exceeding $9 bln, and gained another 20% in the first seven months of this year."'
    )
    assert [(f.value, f.period) for f in figures(text)] == [
        (Decimal("30000000000"), "by 2030"),  # the year aimed at
        (Decimal("21"), "Last year"),
        (Decimal("9000000000"), "Last year"),
        (Decimal("20"), "in the first seven months of this year"),
    ]
    # With no period of its own clause, the next clause's still dates it.
    text = "Trade reached $5 billion, up 10% in 2024."
    assert [f.period for f in figures(text)] == ["in 2024", "in 2024"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "From January through June 2024, trade reached $3.2 billion.",
            "From January through June 2024",
        ),
        ("In 1H2024, exports fell by 4.2 percent.", "1H2024"),
        ("In the first five months imports grew by 12%.", "In the first five months"),
        ("In 2008-2010, the price rose by 40%.", "In 2008-2010"),
        ("По итогам прошлого года товарооборот вырос на 20%.", "По итогам прошлого года"),
        (
            "Trade amounted to $47 billion between January and September, he said.",
            "between January and September",
        ),
        ("For all of 2021, the figure was $33 billion.", "For all of 2021"),
        (
            "Chile's exports reached $2.5 billion during January-October, 2004.",
            "during January-October, 2004",
        ),
        (
            "Trade touched $4.1 billion during the January-June period, officials said.",
            "during the January-June period",
        ),
        ("Peru's global trade amounted to $95 billion during 2003.", "during 2003"),
        ("Стороны намерены довести товарооборот до 10 млрд долларов к 2030 году.", "к 2030 году"),
    ],
)
def test_periods_written_the_ways_trade_reports_write_them(text, period):
    assert [f.period for f in figures(text)] == [period]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China grants Kyrgyzstan 150 mln RMB for cooperation.", [("aid", 150_000_000, "CNY")]),
        (
            "China will provide a loan of 100 million U. S. dollars to Tajikistan.",
            [("aid", 100_000_000, "USD")],
        ),
        ("China allocates $4.5 mln to Azerbaijan.", [("aid", 4_500_000, "USD")]),
        (
            "Japan will provide Uzbekistan with 30 billion yen as budget support.",
            [("aid", 30_000_000_000, "JPY")],
        ),
    ],
)
def test_grants_written_the_ways_agencies_write_them(text, expected):
    assert amounts(text) == expected


def test_a_kind_named_after_the_amount_in_its_own_clause_comes_first():
    text = (
        "Trade reached $4.9 billion in 2019, $2.6 billion of which were exports, and "
        "$2.3 billion were imports."
    )
    assert [f.kind for f in figures(text)] == ["trade_turnover", "exports", "imports"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("China granted Ksh 2 billion to Kenya.", "KES"),
        ("Germany will give Ukraine an extra 500 million euros, the chancellor said.", "EUR"),
    ],
)
def test_money_given_after_the_recipient_or_in_a_short_currency_name_is_aid(text, unit):
    assert [(f.kind, f.unit) for f in figures(text)] == [("aid", unit)]


def test_a_development_banks_money_is_aid_and_its_figures_of_trade_are_not():
    assert [f.kind for f in figures("ADB approves $300 million for Kazakhstan.")] == ["aid"]
    text = "The World Bank said trade between Kazakhstan and China reached $41 billion."
    assert [f.kind for f in figures(text)] == ["trade_turnover"]


def test_a_loan_from_an_export_import_bank_is_aid_not_exports():
    text = "India secured $1 billion from the U.S. Export-Import Bank for renewable energy."
    assert [f.kind for f in figures(text)] == ["aid"]


def test_cargo_turnover_is_freight_not_trade():
    text = "Cargo turnover in the Black Sea ports can reach 250 million tons a year, he said."
    assert [(f.kind, f.unit) for f in figures(text)] == [("freight", "t")]


def test_an_age_is_no_period_and_important_is_no_import():
    text = "Over 160,000 (10%) of those helped were elderly people over 60 years of age."
    assert [f.period for f in figures(text)] == [""]
    text = (
        "The grant brings total assistance to Kyrgyzstan to over €40 million, in addition to "
        "important bilateral help."
    )
    assert amounts(text) == [("aid", 40_000_000, "EUR")]


def test_a_percentage_in_a_sentence_naming_nothing_takes_the_kind_before_it():
    text = "Trade between the two countries reached $5 billion. It grew by 12 percent."
    assert amounts(text) == [
        ("trade_turnover", Decimal("5e9"), "USD"),
        ("trade_turnover", Decimal(12), "%"),
    ]
    # not across a paragraph, and not a price
    assert amounts("Trade reached $5 billion.\n\nIt grew by 12 percent.")[1][0] == "other"
    text = "Exports of gas reached $5 billion. The price was $44 per 1,000 cubic meters."
    assert amounts(text)[1][0] == "other"
    # nor a share of something else the sentence names
    text = "The total investment is EUR 400 million. Wind will cover 3% of the region's needs."
    assert amounts(text)[1][0] == "other"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Товарооборот составил $2 млрд. 842 млн.", Decimal("2842000000")),
        ("Товарооборот был порядка 5 миллиардов 350 миллионов долларов.", Decimal("5350000000")),
        ("Trade reached $3 billion 200 million in 2024.", Decimal("3200000000")),
    ],
)
def test_an_amount_written_in_two_parts_is_one(text, value):
    assert [(f.value, f.unit) for f in figures(text)] == [(value, "USD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Россия инвестировала около десяти миллиардов долларов.", Decimal("1e10")),
        ("Инвестиции составили пять миллиардов долларов.", Decimal("5e9")),
        ("Товарооборот приблизился к двадцати миллиардам долларов.", Decimal("2e10")),
    ],
)
def test_russian_number_words_in_any_case(text, value):
    assert [v for _kind, v, _unit in amounts(text)] == [value]


def test_a_number_before_an_amount_is_not_part_of_it():
    assert amounts("Trade in 2009 350 million dollars.") == [
        ("trade_turnover", Decimal("350000000"), "USD")
    ]


def test_a_figure_pointing_back_takes_the_kind_the_sentence_before_spoke_of():
    text = "The minister spoke of the growth of trade with Vietnam. The figure rose by 35%."
    assert amounts(text) == [("trade_turnover", Decimal("35"), "%")]
    text = "Посол рассказал о товарообороте. В следующем году этот показатель составит $5 млрд."
    assert amounts(text) == [("trade_turnover", Decimal("5000000000"), "USD")]
    # without a word pointing back, a sentence that only spoke of trade passes on nothing
    text = "The minister spoke of trade. The party won more than 7 percent of the vote."
    assert amounts(text) == [("other", Decimal("7"), "%")]


def test_a_pronoun_for_the_amount_takes_the_kind_the_sentence_before_spoke_of():
    text = (
        "Узбекистан на четвертом месте по товарообороту с Россией. По итогам 2017 года он "
        "составил 3,6 миллиарда долларов."
    )
    assert amounts(text, decimal_comma=True) == [("trade_turnover", Decimal("3600000000"), "USD")]
    text = "The ministers spoke of trade between the two. Last year it reached $5 billion."
    assert amounts(text) == [("trade_turnover", Decimal("5000000000"), "USD")]


def test_money_lent_is_a_loan():
    assert amounts("The Asian Development Bank will lend $1.5 billion to Bangladesh.") == [
        ("aid", Decimal("1500000000"), "USD")
    ]


def test_a_currency_said_once_for_two_targets():
    text = (
        "Kazakhstan and Uzbekistan set a goal of lifting trade to 10 billion dollars by 2025 "
        "and to 20 billion by 2030."
    )
    assert [(f.value, f.unit, f.is_target) for f in figures(text)] == [
        (10_000_000_000, "USD", True),
        (20_000_000_000, "USD", True),
    ]


def test_a_clause_on_its_parts_does_not_type_the_whole():
    text = (
        "Trade between Kazakhstan and Uzbekistan grew by 2.2 percent to $6.5 billion where "
        "Kazakh exports rose by 7 percent."
    )
    kinds = {f.value: f.kind for f in figures(text)}
    assert kinds[6_500_000_000] == "trade_turnover"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The EU will provide $41M in humanitarian aid to Ethiopia.", 41_000_000, "USD"),
        ("The EU will allocate EUR 18 M in humanitarian aid.", 18_000_000, "EUR"),
        ("The bank approved a $2.5B loan.", 2_500_000_000, "USD"),
        ("Trade reached £3bn last year.", 3_000_000_000, "GBP"),
        ("The project will cost $5m.", 5_000_000, "USD"),
    ],
)
def test_a_scale_written_short_in_either_case(text, value, unit):
    assert [(f.value, f.unit) for f in figures(text)] == [(value, unit)]


def test_a_capital_m_without_a_currency_is_no_amount():
    assert figures("Monsoon rains affected 5 M people in the region.") == []


def test_a_pronoun_two_sentences_on_and_an_aside_between_dashes_keep_the_kind():
    text = (
        "Trade between Kazakhstan and Uzbekistan may exceed $2 billion this year. The minister "
        'said so at the commission.\n"We expect it to reach a record, exceeding $3 billion," '
        "she said."
    )
    assert [a[0] for a in amounts(text)] == ["trade_turnover", "trade_turnover"]
    text = (
        "Эрдоган сообщил о планах увеличения почти вдвое – с $5,3 млрд до $10 млрд в год – "
        "двустороннего товарооборота."
    )
    assert {a[0] for a in amounts(text, decimal_comma=True)} == {"trade_turnover"}
    # a dash that closes no aside still ends the clause
    text = "The contract is worth $2 billion – trade rose by 5 percent."
    assert amounts(text)[0][0] == "other"


def test_lakh_crore_is_a_trillion():
    assert amounts("Trade reached 2 lakh crore rupees.") == [
        ("trade_turnover", Decimal("2000000000000"), "INR")
    ]


def test_a_number_word_before_hundred_counts():
    assert amounts("The grant amounts to four hundred million yen.") == [
        ("aid", Decimal("4e8"), "JPY")
    ]


def test_money_in_a_sentence_naming_nothing_is_what_the_sentence_before_measured():
    text = (
        "Donors pledged $3 billion in aid on Monday.\n\n"
        "The minister said $1.2 billion had already been promised for next year."
    )
    assert [f.kind for f in figures(text)] == ["aid", "aid"]
    # a project the loan pays for is the loan's
    text = "The bank approved a $500 million loan. Of it, $300 million goes to the Dam Project."
    assert [f.kind for f in figures(text)] == ["aid", "aid"]
    # not a sentence further on, not a price
    text = "Trade reached $2 billion. The talks were long. The palace cost $40 million."
    assert [f.kind for f in figures(text)] == ["trade_turnover", "other"]
    text = "Imports of gas rose to $5 billion. Buyers will pay $90 per 1,000 cubic meters."
    assert [f.kind for f in figures(text)] == ["imports", "other"]


def test_a_plant_or_joint_venture_is_investment_and_money_granted_is_aid():
    assert amounts("Chinese companies will build a $2 billion steel plant in Ruritania.") == [
        ("investment", Decimal("2e9"), "USD")
    ]
    assert amounts("The joint venture worth $50 million was set up.")[0][0] == "investment"
    assert amounts("The EU granted $20 million for the project.")[0][0] == "aid"
    # what a plant costs under a contract is the contract's
    assert amounts("The power plant will cost $2 billion under the contract.")[0][0] == "other"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale written short before a currency word
        ("Italy pledged 200m euros for the camps.", [("aid", 200_000_000, "EUR")]),
        ("It pledged 5bn dollars.", [("aid", 5_000_000_000, "USD")]),
        ("They built a 200m wall.", []),
        # money given or provided, a code joined to the number
        ("The US will give $12 billion over five years.", [("aid", 12_000_000_000, "USD")]),
        ("Japan provided USD1.3 million to the agency.", [("aid", Decimal("1300000.0"), "USD")]),
        ("Japan gave 30 percent of the total.", [("other", 30, "%")]),
        # "¥" in a sentence on China's money is the yuan
        ("China pledged aid of ¥100 million for flood relief.", [("aid", 100_000_000, "CNY")]),
        ("Japan pledged ¥100 million in aid.", [("aid", 100_000_000, "JPY")]),
        # "grants and project support" are aid, not investment
        (
            "The US provided $1.1 million in grants and project support in addition to the "
            "$30 million pledged today.",
            [("aid", Decimal("1100000.0"), "USD"), ("aid", 30_000_000, "USD")],
        ),
    ],
)
def test_more_aid_as_written(text, expected):
    assert amounts(text) == expected


def test_money_past_a_sentence_without_an_amount_is_what_was_measured_before():
    text = (
        "The President authorized $33 million in aid for the flood. The money will come "
        "from the Emergency Fund. With the addition of $33 million, the total is $233 million."
    )
    assert [kind for kind, _, _ in amounts(text)] == ["aid", "aid", "aid"]


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # "more than" qualifies the amount; the next clause's year is the next amount's
        (
            "Over the past year, trade between the two countries amounted to more than $1.09 "
            "billion, and in 2022, it amounted to $920 million.",
            Decimal("1090000000"),
            "Over the past year",
        ),
        (
            "Over the past year, trade between the two countries amounted to more than $1.09 "
            "billion, and in 2022, it amounted to $920 million.",
            Decimal("920000000"),
            "in 2022",
        ),
        # a bracket with an amount of its own has its own year
        (
            "Over 11 months, trade turnover amounted to $48.5 billion (in 2022 it amounted to "
            "$59.5 billion for the same period).",
            Decimal("48500000000"),
            "Over 11 months",
        ),
        # the year after "5 percent over $14.2 million" is the baseline's
        (
            "Imports from the country totaled $14.9 million, increasing 5 percent over $14.2 "
            "million in April 2022.",
            Decimal("14900000"),
            "",
        ),
        (
            "Imports from the country totaled $14.9 million, increasing 5 percent over $14.2 "
            "million in April 2022.",
            Decimal("14200000"),
            "in April 2022",
        ),
        (
            "Trade turnover reached $1.2 billion in the last twelve months.",
            Decimal("1200000000"),
            "in the last twelve months",
        ),
        # the months to a date, not the year a target was set in the next clause
        (
            "Two-way trade stood at US$3.15 billion as of the end of October, passing the "
            "target of US$3 billion set in May 2019.",
            Decimal("3150000000"),
            "as of the end of October",
        ),
    ],
)
def test_each_amount_has_the_period_of_its_own_clause(text, value, period):
    (found,) = [f for f in figures(text) if f.value == value]
    assert found.period == period


@pytest.mark.parametrize(
    "text",
    [
        # an amount recorded, after a rise told before it
        "Exports marked a 22.5 percent increase from the same period of 2022, when they "
        "amounted to $649.1 million.",
        # a year reached in the next clause is no target of this one
        "In 2021, trade turnover exceeded $3.6 billion, and this indicator remained stable by "
        "2022.",
    ],
)
def test_amounts_recorded_are_no_targets(text):
    assert [f.is_target for f in figures(text) if f.unit == "USD"] == [False]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bonn will provide 300 million marks to the region.", Decimal("300000000")),
        ("Bonn will provide DM 300 million to the region.", Decimal("300000000")),
        ("The credit of 2 billion German marks was extended.", Decimal("2000000000")),
    ],
)
def test_marks_before_the_euro_are_german(text, value):
    assert [(f.value, f.unit) for f in figures(text)] == [(value, "DEM")]


def test_a_meeting_that_marks_an_anniversary_holds_no_money():
    assert figures("The meeting marks 30 years of diplomatic relations.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade has grown to $1.4 billion, which may soar to $5 billion in the next three years.",
        "Exports stood at $1.4 billion and could rise to $5 billion.",
    ],
)
def test_what_trade_may_soar_to_is_a_forecast(text):
    assert [f.is_target for f in figures(text)] == [False, True]


def test_a_count_before_an_amount_is_no_amount():
    text = "The two sides signed agreements to finance two USD 41 million projects."
    assert amounts(text) == [("investment", Decimal("41000000"), "USD")]


def test_a_span_of_years_is_a_period():
    text = "Trade with these countries over the past five years has exceeded 5 trillion US dollars."
    (found,) = figures(text)
    assert found.period == "over the past five years"


def test_agency_dollars_abbreviated():
    (figure,) = figures("Egypt's trade with Turkey reached about dlrs 7.1 billion in 2022.")
    assert (figure.value, figure.unit, figure.kind) == (
        Decimal("7100000000"),
        "USD",
        "trade_turnover",
    )
    (aid,) = figures("Egypt received 500 million dlrs in aid.")
    assert (aid.value, aid.unit) == (Decimal("500000000"), "USD")


def test_cubic_metres_abbreviated_in_russian():
    for text in (
        "Поставки газа составят 10 млрд куб. м в год.",
        "Поставки составят 10 млрд куб.м.",
    ):
        (figure,) = figures(text, decimal_comma=True)
        assert (figure.value, figure.unit) == (Decimal("10000000000"), "m3")


def test_a_percentage_in_words_alone_in_its_sentence(gazetteer):
    found = extract(
        "The allies pledged to spend two percent of GDP on defence.", dt.date(2014, 9, 5), gazetteer
    ).figures
    assert [(f.value, f.unit) for f in found] == [(Decimal("2"), "%")]


def test_dollars_written_with_the_sign_first_and_a_chance_to_reach_a_sum(gazetteer):
    text = (
        "Trade between Russia and Brazil had reached $US 6 billion, and the president said there "
        "are chances to increase it this year and reach about $US 10 billion."
    )
    found = extract(text, dt.date(2010, 5, 14), gazetteer)
    assert [(f.value, f.unit, f.is_target) for f in found.figures] == [
        (Decimal("6000000000"), "USD", False),
        (Decimal("10000000000"), "USD", True),
    ]
    assert set(found.countries) == {"RU", "BR"}  # ("$US" names no country)


def test_the_figure_named_after_a_paragraph_break_is_what_was_measured():
    text = (
        "The trade turnover between Iran and Turkey stood at $5.32 billion in the first half.\n\n"
        "The figure indicates a rise by 10.9 percent compared to the same period of the "
        "preceding year ($4.795 billion).\n\n"
        "Trades between the two states stood at $11 billion in 2017."
    )
    assert [kind for kind, _, _ in amounts(text)] == ["trade_turnover"] * 4


def test_thousands_set_off_by_points_are_one_number(gazetteer):
    text = (
        "Norway has approved a soft loan totalling 4.350.000 euros, as well as a grant of "
        "812.000 euros for the training that goes with it."
    )
    found = extract(text, dt.date(2009, 3, 2), gazetteer).figures
    assert [(f.kind, f.value, f.unit) for f in found] == [
        ("aid", Decimal("4350000"), "EUR"),
        ("aid", Decimal("812000"), "EUR"),
    ]
    # (a point before three digits is a decimal's where the text writes decimals so)
    assert not uses_decimal_comma("A loan of 4.350.000 euros at 1.25 percent.")
    assert parse_number("4.350.000") == Decimal("4350000")


@pytest.mark.parametrize(
    "text",
    [
        "The credit is given on soft terms: the interest rate is 0.75% per annum.",
        "Japan extended a loan of 12 billion yen (40 years, 0.3% fixed rate) for the port.",
    ],
)
def test_a_loans_rate_is_no_loan(text):
    assert [kind for kind, _, unit in amounts(text) if unit == "%"] == ["other"]


def test_but_meaning_only_does_not_close_the_clause():
    text = "The 30 million euros are but the first part of a larger humanitarian aid package."
    assert [kind for kind, _, _ in amounts(text)] == ["aid"]


def test_what_trade_reached_beside_a_forecast_is_no_target():
    text = (
        "Two-way trade is expected to top $7 billion this year, as it reached $5.2 billion in "
        "the first eight months."
    )
    found = figures(text)
    assert [(f.value, f.is_target) for f in found] == [
        (Decimal("7000000000"), True),
        (Decimal("5200000000"), False),
    ]


@pytest.mark.parametrize(
    ("text", "decimal_comma"),
    [
        ("The difference between exports and imports came to $1.4 billion.", False),
        ("Разница между объемами экспорта и импорта составила $1,4 млрд.", True),
    ],
)
def test_the_difference_between_exports_and_imports_is_the_trade_balance(text, decimal_comma):
    assert amounts(text, decimal_comma) == [("trade_balance", Decimal("1400000000"), "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Through the exchange of notes, Japan committed a loan of Yen 30.5 billion (Rs. 1,600 "
        "crore approx.) for the metro project.",
        "The Japanese government has committed a loan of Yen 30.5 billion (nearly Rs 1,600 "
        "crore) for nine projects related to various sectors in India.",
    ],
)
def test_a_sum_in_another_currency_in_brackets_is_of_the_same_kind(text, gazetteer):
    found = extract(text, dt.date(2016, 3, 31), gazetteer).figures
    assert [(f.kind, f.value, f.unit) for f in found] == [
        ("aid", Decimal("30500000000"), "JPY"),
        ("aid", Decimal("16000000000"), "INR"),
    ]


def test_the_climate_conference_is_no_pesos():
    text = "The host of COP28 and of COP 29 lent COP 500 million to the region's farmers."
    assert [(v, u) for _, v, u in amounts(text)] == [(Decimal("500000000"), "COP")]


def test_money_given_in_a_currency_code_is_aid():
    assert amounts("Japan gave JPY300M to Chad and JPY412M to Niger in food aid.") == [
        ("aid", Decimal("300000000"), "JPY"),
        ("aid", Decimal("412000000"), "JPY"),
    ]


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        (
            "The agency said its aid had reached 250,000 children and 1.2 million refugees.",
            False,
            [("other", Decimal("250000"), "children"), ("other", Decimal("1200000"), "refugees")],
        ),
        (
            "Около 300 человек, в том числе 40 детей, эвакуированы.",
            True,
            [
                ("other", Decimal("300"), "people"),
                ("other", Decimal("40"), "children"),
            ],
        ),
        # (words that describe them between the number and the noun)
        (
            "The package is to treat 480,000 severely malnourished children and shelter "
            "2.5 million internally displaced people.",
            False,
            [
                ("other", Decimal("480000"), "children"),
                ("other", Decimal("2500000"), "people"),
            ],
        ),
        # (in words, or a year before the noun, or words that join or measure between: no
        # count)
        ("The two people met in 2015 refugees' camps, said three soldiers.", False, []),
        ("Of the 300 more people and 40 of the children, 12 years people remember.", False, []),
        # (nor a name's word: an army's)
        ("Reports said 46 People's Liberation Army aircraft crossed the line.", False, []),
    ],
)
def test_people_counted_in_digits_are_figures_of_their_own(text, decimal_comma, expected):
    assert amounts(text, decimal_comma) == expected


def test_a_sum_restated_after_or_in_another_currency_is_of_what_follows():
    text = "Bonn turned down a request for 20 billion marks, or $12 billion, in emergency aid."
    assert amounts(text) == [
        ("aid", Decimal("20000000000"), "DEM"),
        ("aid", Decimal("12000000000"), "USD"),
    ]


def test_the_d_mark_in_the_singular():
    assert amounts("Bonn guaranteed a credit of 3 billion D-Mark.") == [
        ("aid", Decimal("3000000000"), "DEM")
    ]


@pytest.mark.parametrize(
    ("text", "decimal_comma"),
    [
        (
            "Казахстан вложит в проекты 12 млрд долларов, а в течение следующих 5 лет – более "
            "40 млрд.",
            True,
        ),
        (
            "The fund will invest $12 billion, and over the next five years more than 40 billion.",
            False,
        ),
    ],
)
def test_a_currency_said_once_for_two_sums_of_one_sentence(text, decimal_comma):
    assert [(value, unit) for _, value, unit in amounts(text, decimal_comma)] == [
        (Decimal("12000000000"), "USD"),
        (Decimal("40000000000"), "USD"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Japan announced a further $50 million, bringing the total Japanese aid to Yemen to "
        "$400 million.",
        "The bank lent another €20 million, raising its total loans to the region to €310 million.",
    ],
)
def test_where_a_total_now_stands_is_no_target(text):
    assert [f.is_target for f in figures(text)] == [False, False]


@pytest.mark.parametrize(
    "text",
    [
        # a participle of growth: where the figure got to
        "Trade between Chile and Peru has been climbing, rising 12 percent to reach $5 billion "
        "in January-June.",
        # a result in brackets
        "The region saw a fivefold increase (to $40 million) in its exports to Peru last year.",
    ],
)
def test_where_growth_took_a_figure_is_no_target(text):
    assert [f.is_target for f in figures(text) if f.unit == "USD"] == [False]


def test_a_figure_by_the_end_of_this_year_is_a_target():
    text = "Chile and Peru set the threshold of $3 billion in trade by the end of this year."
    assert [f.is_target for f in figures(text)] == [True]


def test_a_span_of_months_of_this_year_is_one_period():
    text = "Trade between Chile and Peru grew 8% in January - May of this year to $2 billion."
    assert {f.period for f in figures(text)} == {"in January - May of this year"}


def test_a_russian_sum_in_two_parts_with_decimals_and_a_shortened_percent():
    text = "Товарооборот вырос на 37,7 проц и составил 38 млрд 607,6 млн долларов."
    assert amounts(text, decimal_comma=True) == [
        ("trade_turnover", Decimal("37.7"), "%"),
        ("trade_turnover", Decimal("38607600000.0"), "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "decimal_comma"),
    [
        ("В прошлом году Чили удалось увеличить экспорт в Перу на 59,4 проц.", True),
        ("Chile managed to increase its exports to Peru by 20 percent last year.", False),
    ],
)
def test_growth_managed_is_no_target(text, decimal_comma):
    assert [f.is_target for f in figures(text, decimal_comma)] == [False]


def test_the_naira_written_as_a_letter_before_a_scaled_number():
    assert amounts("Abuja released N120 million in aid to the flood victims.") == [
        ("aid", Decimal("120000000"), "NGN")
    ]
    assert amounts("The N95 masks were distributed to 200 clinics.") == []


def test_a_kind_named_after_a_sentence_ended_inside_a_quotation_is_not_the_amounts():
    text = (
        '"Exports made up 5.1 billion dollars, and imports - 7.8 billion dollars. First place '
        'in foreign trade turnover was taken by Peru," it said.'
    )
    assert [kind for kind, _, _ in amounts(text)] == ["exports", "imports"]


def test_the_results_of_a_span_of_months_are_its_period():
    text = "Following the results of January-May 2020 trade with Peru reached 12.9 billion dollars."
    assert [f.period for f in figures(text)] == ["of January-May 2020"]


def test_a_trillion_written_short_after_a_currency_sign():
    assert amounts("Foreign trade rises 9.9% to $4t") == [
        ("trade_turnover", Decimal("9.9"), "%"),
        ("trade_turnover", Decimal("4000000000000"), "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        # a firm's owners are no investment
        (
            "Imports fell 0.8 percent to USD 185 billion, including USD 103.5 billion by the "
            "foreign-invested sector.",
            "USD 103.5 billion",
            "imports",
        ),
        # a surplus said alone in a trade story is the trade's
        (
            "In June alone, exports declined 0.7 percent to USD 27.5 billion while imports "
            "increased 5.6 percent to USD 24 billion, for a surplus of USD 3.5 billion.",
            "USD 3.5 billion",
            "trade_balance",
        ),
        # … not a budget's
        (
            "Exports grew, the minister said, but the budget deficit reached $5 billion.",
            "$5 billion",
            "other",
        ),
        # two modifiers of the one kind word after the amount
        (
            "The two sides set a target of 5 trillion yen of public and private investment.",
            "5 trillion yen",
            "investment",
        ),
        # money mobilised for a region is aid
        (
            "Since 2014, the EU has mobilised over €8.5 billion for the Sahel.",
            "€8.5 billion",
            "aid",
        ),
    ],
)
def test_the_kind_of_a_sector_and_of_a_surplus(text, quote, kind):
    (found,) = [f for f in figures(text) if f.quote == quote]
    assert found.kind == kind


def by_quote(text, gazetteer, published=dt.date(2018, 10, 12)):
    return {f.quote: set(f.countries) for f in extract(text, published, gazetteer).figures}


def test_each_partner_in_a_list_of_clauses_is_the_main_countrys_own(gazetteer):
    found = by_quote(
        "China's foreign trade rose 9.9 percent in the first nine months, China's customs "
        "said.\n\nTrade with the EU climbed 7.3 percent, and trade with the United States 6.5 "
        "percent. Trade with Russia rose 19.4 percent, and that with Poland was up 11.9 percent.",
        gazetteer,
    )
    assert found["9.9 percent"] == {"CN"}
    assert found["7.3 percent"] == {"CN"}  # (not the next clause's United States)
    assert found["6.5 percent"] == {"CN", "US"}
    assert found["19.4 percent"] == {"CN", "RU"}
    assert found["11.9 percent"] == {"CN", "PL"}


def test_a_figure_naming_no_country_is_the_main_countrys(gazetteer):
    found = by_quote(
        "China's exports rose 5 percent in June, China's customs said. Officials said talks "
        "with the United States would go on.\n\nImports grew 3.1 percent to 1.2 trillion yuan.",
        gazetteer,
    )
    assert found["3.1 percent"] == {"CN"}  # (not the United States, named once in passing)
    # the two of a story about them: one named once, its cities more
    found = by_quote(
        "Japan will lend 100 billion yen for metro lines in Delhi and Mumbai, Japan's embassy "
        "said. India welcomed it.\n\nThe country will also give a 4 billion yen grant.",
        gazetteer,
    )
    assert found["4 billion yen"] == {"JP", "IN"}


def test_a_source_named_in_its_own_clause_keeps_the_sentences_pair(gazetteer):
    found = by_quote(
        "In May the trade turnover between Georgia and Armenia grew by $15 million, compared "
        "to May 2022, and exceeded $90 million, the Georgian statistics office reported.",
        gazetteer,
    )
    assert found["$90 million"] == {"GE", "AM"}


def test_a_joint_portfolio_is_investment_and_the_two_sides(gazetteer):
    found = extract(
        "Russia and China advance projects at a commission in Beijing.\n\nOfficials said the joint "
        "portfolio exceeds $200 billion. Both sides acknowledged a decline in trade after it "
        "reached $245 billion last year.",
        dt.date(2025, 11, 3),
        gazetteer,
    ).figures
    assert [(f.kind, set(f.countries)) for f in found] == [
        ("investment", {"RU", "CN"}),
        ("trade_turnover", {"RU", "CN"}),
    ]


def test_the_two_countries_are_those_of_the_people_the_sentence_names(gazetteer):
    found = by_quote(
        "Kassym-Jomart Tokayev received the ambassadors of Turkey, Peru and Armenia. Turkey's "
        "envoy spoke of Turkey's plans.\n\nReceiving Ambassador of Armenia Jane Doe, the "
        "president said that trade between the two countries grew 40% last year.",
        gazetteer,
        dt.date(2024, 4, 17),
    )
    assert found["40%"] == {"KZ", "AM"}  # (not Turkey, named most)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The three contributed 41 percent of China's total foreign trade.", "trade_turnover"),
        ("The UAE accounts for 24 per cent of India's exports.", "exports"),
        ("Loans made up 30 percent of the aid package.", "aid"),
    ],
)
def test_a_share_is_of_the_total_named_after_it(text, kind):
    (found,) = figures(text)
    assert found.kind == kind


def test_money_handed_over_is_aid_and_no_more_than_its_sum():
    (found,) = figures("The envoy handed over a cheque of US$ 25 million to the minister.")
    assert (found.kind, found.value, found.qualifier) == ("aid", Decimal("25000000"), "exact")
    (found,) = figures("India hands over USD 25 million to Bangladesh")
    assert (found.kind, found.qualifier) == ("aid", "exact")
    (found,) = figures("Exports rose to over USD 25 million.")
    assert found.qualifier == "more_than"


def test_nepalese_rupees_and_a_years_span_for_which():
    (found,) = figures("India will provide Nepal with NRs 10,000 crore as a line of credit.")
    assert (found.unit, found.value) == ("NPR", Decimal("100000000000"))
    first, second = figures(
        "The bank raised its grants to Nepal to $538 million for 2009-2010, from $258 million "
        "during 2007-2008."
    )
    assert (first.period, second.period) == ("for 2009-2010", "during 2007-2008")


def test_a_level_reached_in_a_year_gone_by_is_no_target(gazetteer):
    text = (
        "Trade rose from $5 billion in 2002 to $7.5 billion last year. Trade had grown 35 "
        "percent to reach $2.5 billion in 2003. They aim to raise trade to $20 billion in 2010. "
        "It stood at $3 billion in 2001, and they envisage to increase it up to $30 billion in "
        "the coming years."
    )
    found = extract(text, dt.date(2004, 3, 11), gazetteer).figures
    assert [(f.value, f.period, f.is_target) for f in found if f.unit == "USD"] == [
        (5_000_000_000, "in 2002", False),
        (7_500_000_000, "last year", False),
        (2_500_000_000, "in 2003", False),
        (20_000_000_000, "in 2010", True),
        (3_000_000_000, "in 2001", False),
        (30_000_000_000, "in the coming years", True),
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("India-Nepal bilateral trade to touch US three billion dollars", True),
        ("Trade between the two could surge to $10 billion this year.", True),
    ],
)
def test_a_level_to_touch_or_surge_to_is_a_target(text, target):
    (figure,) = figures(text)
    assert figure.is_target is target


def test_the_period_after_the_level_risen_to_is_its_own():
    text = "Trade grew 12.6% from $126 billion in 2017 to $142 billion in 2018."
    assert [(f.value, f.period) for f in figures(text)] == [
        (Decimal("12.6"), "in 2018"),
        (126_000_000_000, "in 2017"),
        (142_000_000_000, "in 2018"),
    ]
    (figure,) = figures("Trade during the year 2008-09 (April-Feb) is 1862.02 million dollars.")
    assert figure.period == "during the year 2008-09"


def test_us_before_an_amount_in_dollars_is_the_currency_not_the_country(gazetteer):
    text = "India-Nepal bilateral trade to touch US three billion dollars"
    assert set(extract(text, dt.date(2009, 8, 20), gazetteer).countries) == {"IN", "NP"}


def test_money_for_refugees_is_aid_and_a_relative_clauses_year_is_not_the_amounts():
    (figure,) = figures("EC to release EUR 13 mln for refugees in Serbia, Macedonia")
    assert (figure.kind, figure.value, figure.unit) == ("aid", 13_000_000, "EUR")
    (figure,) = figures(
        "The grant of two hundred million Japanese Yen will buy goods made in the areas hit "
        "by the earthquake that struck Japan in 2011."
    )
    assert (figure.value, figure.unit, figure.period) == (200_000_000, "JPY", "")
    (figure,) = figures("Exports reached $5 billion, which was a record, in 2023.")
    assert figure.period == "in 2023"


@pytest.mark.parametrize(
    ("text", "kind", "value", "period"),
    [
        (
            "Ввоз товаров из Турции составлял чуть более пятисот миллионов долларов.",
            "imports",
            500_000_000,
            "",
        ),
        (
            "Поставки турецких товаров в нашу страну достигли уровня в 1,1 миллиарда долларов.",
            "exports",
            1_100_000_000,
            "",
        ),
        (
            "Кредит в размере двухсот миллионов долларов.",
            "aid",
            200_000_000,
            "",
        ),
        (
            "Объем товарооборота с начала 2017 года достиг $ 75 млрд.",
            "trade_turnover",
            75_000_000_000,
            "с начала 2017 года",
        ),
    ],
)
def test_russian_hundreds_in_words_imports_and_supplies(text, kind, value, period):
    (figure,) = figures(text, decimal_comma=True)
    assert (figure.kind, figure.value, figure.period) == (kind, value, period)


def test_an_uncounted_number_of_millions_is_no_figure():
    assert figures("Товарооборот составил несколько миллионов долларов.", True) == []


def test_bilateral_trade_between_two_named_parties_is_theirs_alone(gazetteer):
    found = by_quote(
        "China's exports fell in the year, customs said. Trade with the United States fell "
        "too.\n\nBilateral trade between China and the European Union, its largest partner, "
        "reached $260 billion. The trade volume between China and the US came second.",
        gazetteer,
    )
    assert found["$260 billion"] == {"CN"}  # (the Union is no country; not the US besides)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Both exports and imports kept growing this year, rising 21.5 percent and 19.8 "
            "percent from a year earlier, respectively.",
            ["exports", "imports"],
        ),
        (
            "Imports, exports and investment stood at $4 billion, $3 billion and $1 billion, "
            "respectively.",
            ["imports", "exports", "investment"],
        ),
        ("Экспорт и импорт выросли на 4,1% и 2,3% соответственно.", ["exports", "imports"]),
        # (without "respectively" the two are the trade's)
        ("Exports and imports grew 5% and 3%.", ["trade_turnover", "trade_turnover"]),
    ],
)
def test_amounts_listed_respectively_take_the_kinds_listed_before_them(text, kinds):
    assert [f.kind for f in figures(text)] == kinds


def test_a_currency_said_once_for_exports_holds_for_the_imports_after_them():
    found = figures(
        "Exports reached $640.5 billion in the half year, down 12.1 percent from the same "
        "period last year, and imports hit 512.3 billion, down 8.4 percent year on year."
    )
    assert [(f.kind, f.unit) for f in found if f.unit != "%"] == [
        ("exports", "USD"),
        ("imports", "USD"),
    ]


def test_a_sum_sizing_a_thing_of_its_own_takes_no_kind_from_the_sentence_before():
    found = figures(
        "The trade deficit rose from $18.65 billion in 2009 to $36.86 billion in 2013. The "
        "president then announced a joint $1.4bn development of a new port city. It was "
        "welcomed. Exports reached $3 billion. A firm sealed a $2.6 billion agreement too."
    )
    assert [(f.quote, f.kind) for f in found] == [
        ("$18.65 billion", "trade_balance"),
        ("$36.86 billion", "trade_balance"),
        ("$1.4bn", "other"),
        ("$3 billion", "exports"),
        ("$2.6 billion", "other"),
    ]


def test_a_level_set_for_what_the_sentence_before_measured_keeps_its_kind():
    found = figures(
        "Our bilateral trade doubled to reach USD 85 billion last year. We believe that the "
        "USD 100 billion target we set will be exceeded this year."
    )
    assert [(f.quote, f.kind) for f in found] == [
        ("USD 85 billion", "trade_turnover"),
        ("USD 100 billion", "trade_turnover"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "qualifier", "target"),
    [
        (
            "Sri Lanka receives highest ever FDIs of 2.37 billion USD in 2018",
            "investment",
            "exact",
            False,
        ),
        (
            "Investment has already exceeded a record $1 billion this year.",
            "investment",
            "more_than",
            False,
        ),
        # a target so named stays one, for a year gone by too
        (
            "The board attracted investment beyond the targeted amount of 1 billion dollars for "
            "2022.",
            "investment",
            "exact",
            True,
        ),
    ],
)
def test_investment_written_as_fdis_a_record_exceeded_and_a_past_target(
    text, kind, qualifier, target
):
    found = extract_figures(sentences_with_offsets(text), year=2023)
    (found,) = [f for f in found if f.unit == "USD"]
    assert (found.kind, found.qualifier, found.is_target) == (kind, qualifier, target)


@pytest.mark.parametrize(
    "text", ["Bilateral trade crossed the $10-billion mark in 2022.", "Trade topped $5 billion."]
)
def test_a_mark_crossed_or_topped_is_more_than(text):
    (found,) = figures(text)
    assert (found.kind, found.qualifier) == ("trade_turnover", "more_than")


def test_a_baseline_named_as_a_years_figures_is_of_that_year(gazetteer):
    text = (
        "Kyrgyzstan's imports from Kazakhstan in 2023 totaled $862.182 million, an 11.9 "
        "percent increase compared to the 2022 figures ($770.215 million)."
    )
    found = extract(text, dt.date(2024, 4, 9), gazetteer).figures
    periods = {f.value: f.period for f in found}
    assert "2022" in periods[770215000] and "2023" in periods[862182000]


def test_mutual_trade_of_two_named_beside_it_is_theirs_not_the_articles_pair(gazetteer):
    text = (
        "Trade turnover between Georgia and Russia exceeded $1 bln in May.\n\n"
        "Russia was the second partner. Turkey was Georgia's biggest trade partner in "
        "January-May 2023, with mutual trade turnover exceeding $1.1 bln."
    )
    found = extract(text, dt.date(2023, 6, 19), gazetteer).figures
    assert {f.value: f.countries for f in found}[1100000000] == ("GE", "TR")


def test_figures_told_on_after_one_countrys_total_are_that_countrys(gazetteer):
    text = (
        "Kyrgyzstan and Belarus aim to raise bilateral trade to $500 million. Belarus and "
        "Kyrgyzstan met in Bishkek.\n\n"
        "Kyrgyzstan's total foreign trade turnover amounted to $12 billion in the first 10 "
        "months of 2024. Exports totaled $2.7 billion, while imports reached $9.2 billion."
    )
    found = extract(text, dt.date(2024, 11, 28), gazetteer).figures
    countries = {f.value: f.countries for f in found}
    assert countries[2700000000] == countries[9200000000] == ("KG",)
    assert countries[500000000] == ("BY", "KG")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # another amount listed, then what both are
        (
            "India has committed USD 1 billion and Rs 4,000 crore in assistance to Bangladesh.",
            ["aid", "aid"],
        ),
        (
            "The EU gave 50 million euros and Japan 30 million dollars in humanitarian aid.",
            ["aid", "aid"],
        ),
        # … not a clause of its own after "and"
        ("Exports reached $69.6 million, and imports $40 million.", ["exports", "imports"]),
    ],
)
def test_amounts_listed_before_what_they_are_share_its_kind(text, kinds):
    assert [f.kind for f in figures(text)] == kinds


def test_two_sums_with_one_currency_after_the_deals_told_before_are_their_kind():
    text = (
        "Germany will sign two aid agreements with Cambodia that allocate more than 50 million "
        "dollars. The two agreements were worth 24.7 million and 26.7 million dollars."
    )
    found = [(f.kind, f.value, f.unit) for f in figures(text)]
    assert found == [
        ("aid", Decimal(50_000_000), "USD"),
        ("aid", Decimal(24_700_000), "USD"),
        ("aid", Decimal(26_700_000), "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Товарооборот Казахстана и Китая в первой половине 2021 года вырос на 12,5%, до "
            "$9 млрд.",
            "в первой половине 2021 года",
        ),
        (
            "Экспорт казахстанских товаров в Китай во втором квартале текущего года составил "
            "$2,1 млрд.",
            "во втором квартале текущего года",
        ),
        ("Товарооборот в первом полугодии снизился на 20%.", "в первом полугодии"),
    ],
)
def test_a_russian_half_year_or_quarter_is_the_figures_period(text, period):
    found = figures(text, decimal_comma=True)
    assert found and all(f.period == period for f in found)


def test_a_budget_after_a_trade_sentence_is_no_trade_figure():
    text = (
        "Our exports to the region reached USD 12 billion last year. The budget of the new "
        "programme is Rs 500 crore."
    )
    assert [f.kind for f in figures(text)] == ["exports", "other"]


@pytest.mark.parametrize(
    "text",
    [
        "The bank will lend Tbilisi $200 million. Gas supplies are to reach 3 billion cubic "
        "metres a year.",
        "Стороны договорились о кредите на 500 млн долларов. Объем поставок газа составит "
        "2,8 млрд кубометров в год.",
    ],
)
def test_a_volume_of_gas_after_a_loan_is_trade_not_aid(text):
    assert [f.kind for f in figures(text)] == ["aid", "trade_turnover"]


def test_a_figure_reached_in_a_month_gone_by_is_no_target(gazetteer):
    text = (
        "In September 2018, exports surged by 22.6% on a yearly basis to reach its highest-ever "
        "figure, $14.5 billion."
    )
    found = extract(text, dt.date(2019, 10, 2), gazetteer).figures
    assert [(f.value, f.is_target) for f in found if f.unit == "USD"] == [(14_500_000_000, False)]


def test_a_project_a_credit_line_pays_for_is_aid(gazetteer):
    text = (
        "The leaders approved the tendering of the $324-million Gulhifahlu Port development "
        "project under line of credit."
    )
    (figure,) = extract(text, dt.date(2022, 8, 2), gazetteer).figures
    assert (figure.value, figure.kind) == (324_000_000, "aid")
    # (a project invested in stays an investment)
    text = "The company will build a $324-million port development project in Gulhifahlu."
    (figure,) = extract(text, dt.date(2022, 8, 2), gazetteer).figures
    assert figure.kind == "investment"


def test_a_russian_span_of_months_and_its_baseline(gazetteer):
    text = (
        "Импорт товаров из России за январь-сентябрь составил $5,8 млрд, что на 21% больше, "
        "чем за аналогичный период 2017 года."
    )
    found = extract(text, dt.date(2018, 11, 16), gazetteer).figures
    assert [(f.unit, f.period) for f in found] == [
        ("USD", "за январь-сентябрь"),
        ("%", "за январь-сентябрь"),
    ]


def test_a_grant_for_projects_is_aid():
    text = (
        "In total, the grant assistance involved for the 16 projects amounts to 63 million euros."
    )
    assert [f.kind for f in figures(text)] == ["aid"]
    text = "The funds for the 16 projects amount to 63 million euros."
    assert [f.kind for f in figures(text)] == ["investment"]


def test_a_sum_in_a_compound_with_us_dollar_is_money_and_no_country(gazetteer):
    text = "Trade between China and India exceeded the 20-billion-US-dollar goal."
    found = extract(text, dt.date(2007, 1, 27), gazetteer)
    assert [(f.value, f.unit) for f in found.figures] == [(Decimal("20000000000"), "USD")]
    assert set(found.countries) == {"CN", "IN"}


def test_a_sum_set_as_the_target_for_a_year_gone_by_was_a_target(gazetteer):
    text = (
        "Trade between China and India stagnated for years despite the leaders setting USD 100 "
        "billion as target for 2015."
    )
    found = extract(text, dt.date(2018, 3, 7), gazetteer).figures
    assert [(f.value, f.is_target) for f in found] == [(Decimal("100000000000"), True)]


@pytest.mark.parametrize(
    "text",
    [
        "Президенты намерены увеличить товарооборот между Россией и Украиной с нынешних 7 млрд. "
        "долларов до 35 миллиардов.",
        "The presidents plan to increase trade between Russia and Ukraine from the current $7 "
        "billion to 35 billion.",
    ],
)
def test_a_range_from_the_current_sum_to_a_target(text, gazetteer):
    found = extract(text, dt.date(2010, 5, 17), gazetteer).figures
    assert [(f.value, f.range_to, f.unit) for f in found] == [
        (Decimal("7000000000"), Decimal("35000000000"), "USD")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Премьер заявил, что товарооборот может вырасти до $100 млрд в год с нынешних $36 млрд.",
        "The premier said trade may grow to $100 billion a year from the current $36 billion.",
    ],
)
def test_the_current_sum_a_target_starts_from_is_no_target(text, gazetteer):
    found = extract(text, dt.date(2016, 12, 7), gazetteer).figures
    assert [(f.value, f.is_target) for f in found] == [
        (Decimal("100000000000"), True),
        (Decimal("36000000000"), False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "India extended LoC to $862 million",
        "Ruritania signed two LoCs with India, collectively worth 3.06 bn rupees.",
    ],
)
def test_a_line_of_credit_abbreviated_is_aid(text):
    assert [f.kind for f in figures(text)] == ["aid"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The two sides aim to increase trade from $13.6 billion at present to $20 billion "
            "by 2008.",
            "$13.6 billion",
        ),
        (
            "Ruritania and Freedonia should look at doubling bilateral trade by 2030 from the "
            "current level of $82 billion.",
            "$82 billion",
        ),
    ],
)
def test_the_level_a_target_starts_from_is_no_target(text, start):
    assert [f.is_target for f in figures(text) if f.quote == start] == [False]


def test_a_bracket_after_the_amount_with_amounts_of_its_own_does_not_name_its_kind():
    found = figures(
        "The two-way trade increased from $56 billion in 2015-16 to $82 billion (Ruritania's "
        "exports stood at $42 billion and imports were $40 billion) in 2024-25."
    )
    assert [(f.quote, f.kind) for f in found] == [
        ("$56 billion", "trade_turnover"),
        ("$82 billion", "trade_turnover"),
        ("$42 billion", "exports"),
        ("$40 billion", "imports"),
    ]


def test_a_goal_for_the_near_future_is_a_target_of_its_own_time():
    found = figures(
        'Last year trade increased by 28 percent to $563 million, the minister said: "We are '
        'striving to increase bilateral trade to $1 billion in the near future."'
    )
    assert [(f.quote, f.is_target, f.period) for f in found if f.unit == "USD"] == [
        ("$563 million", False, "Last year"),
        ("$1 billion", True, "in the near future"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Japan will extend a grant of two hundred and fifty million Japanese Yen.", 250_000_000),
        ("Japan will extend a grant of twenty-five million yen to Chile.", 25_000_000),
        ("Chile will lend Peru three hundred twenty million dollars.", 320_000_000),
    ],
)
def test_english_number_words_in_compounds(text, value):
    assert [v for _, v, _ in amounts(text)] == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This 200 million JPY (App. 3 million AUD) Grant Aid will support Chile.",
            [("aid", Decimal("200000000"), "JPY"), ("aid", Decimal("3000000"), "AUD")],
        ),
        ("The UAE gave Peru a grant of 50 million AED.", [("aid", Decimal("50000000"), "AED")]),
        (
            "Bilateral trade reached 4 billion GBP last year.",
            [("trade_turnover", Decimal("4e9"), "GBP")],
        ),
    ],
)
def test_a_currencys_code_after_the_number(text, expected):
    assert amounts(text) == expected


def test_app_before_an_amount_is_an_approximation():
    text = "This 200 million JPY (App. 3 million AUD) Grant Aid will support Chile."
    assert [f.qualifier for f in figures(text)] == ["exact", "about"]


def test_the_country_a_partner_ranks_behind_is_no_party_to_the_figure(gazetteer):
    text = (
        "Chile is Peru's second biggest trading partner in Latin America after Brazil, with "
        "trade amounting to $4.5 billion last year."
    )
    (figure,) = extract(text, dt.date(2013, 7, 26), gazetteer).figures
    assert set(figure.countries) == {"CL", "PE"}


def test_the_value_of_bilateral_transactions_is_trade():
    text = (
        "The total value of bilateral transactions between the two countries stood at 8.252 "
        "billion dollars, showing a 10 percent decrease compared to the year before."
    )
    assert [kind for kind, _, _ in amounts(text)] == ["trade_turnover", "trade_turnover"]


@pytest.mark.parametrize(
    ("text", "decimal_comma"),
    [
        ("Imports increased from $2.4 billion to $3 billion last year.", False),
        ("Exports rose from 2.4 billion to 3 billion dollars.", False),
        ("Экспорт вырос с 2,4 до 3 млрд долларов.", True),
    ],
)
def test_a_change_from_one_amount_to_another_is_then_and_now_not_a_range(text, decimal_comma):
    found = figures(text, decimal_comma)
    assert [(f.value, f.unit, f.range_to) for f in found] == [
        (Decimal("2.4e9"), "USD", None),
        (Decimal("3e9"), "USD", None),
    ]


def test_what_shipments_are_worth_is_exports_and_their_tonnes_freight():
    text = (
        "Growth was seen in exports to Ruritania, where the value of shipments went up 35%. "
        "Cargo shipments rose to 3 million tonnes."
    )
    assert [kind for kind, _, _ in amounts(text)] == ["exports", "freight"]


def test_exports_to_a_partner_are_the_filing_countrys_though_the_partner_is_named_more(
    gazetteer,
):
    text = (
        "NEW DELHI, April 16 - The US has emerged as India's biggest trading partner. Trade "
        "with the US grew and the US leads the list.\n\nExports to the US rose by 2.81 per "
        "cent to $78.31 billion."
    )
    found = extract(text, dt.date(2023, 4, 17), gazetteer).figures
    assert {f.countries for f in found if f.kind == "exports"} == {("IN", "US")}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Exports rose by 2.8% to $78.3 billion in the 22/23 fiscal year, when India was "
            "the largest partner last year.",
            "in the 22/23 fiscal year",
        ),
        ("Trade rose by 7.65% in the 2022-2023 fiscal year.", "in the 2022-2023 fiscal year"),
        ("Exports reached $9 billion in FY2021-22.", "in FY2021-22"),
    ],
)
def test_a_fiscal_year_is_the_figures_period_whole(text, period):
    assert {f.period for f in figures(text)} == {period}


def test_a_sentence_pointing_back_at_a_figure_is_of_that_figures_countries(gazetteer):
    text = (
        "Last year, China and Russia traded $240.1 billion worth of goods. This figure is up "
        "26.3% year-on-year. In 2023, China and the United States traded $664.4 billion worth "
        "of goods. This is a decline of 11.6% year-on-year."
    )
    found = extract(text, dt.date(2024, 1, 12), gazetteer).figures
    countries = {f.value: f.countries for f in found}
    assert countries[Decimal("26.3")] == ("CN", "RU")
    assert countries[Decimal("11.6")] == ("CN", "US")


def test_a_share_of_the_vote_is_no_aid_whatever_word_is_near():
    found = figures(
        "Jane Roe became the new president with support of 41.1 percent of voters, and "
        "her rival won 38 percent of the popular vote."
    )
    assert [(f.value, f.kind) for f in found] == [
        (Decimal("41.1"), "other"),
        (Decimal("38"), "other"),
    ]


def test_a_percentage_before_a_sum_in_billions_keeps_its_own_value():
    text = "Trade rose from 28.7 per cent to $18.13 billion in 2017."
    assert [(f.value, f.unit) for f in figures(text)] == [
        (Decimal("28.7"), "%"),
        (Decimal("18.13e9"), "USD"),
    ]


def test_a_level_gone_up_to_is_no_upper_bound_and_until_a_month_is_its_period():
    text = (
        "Exports to India have gone up to US$11.2 billion until October 2011, from US$1.3 "
        "billion in 2002."
    )
    first, second = figures(text)
    assert (first.qualifier, first.period) == ("exact", "until October 2011")
    assert second.period == "in 2002"


@pytest.mark.parametrize(
    "text",
    [
        "The two countries decided to boost their annual trade to as much as $10 billion.",
        "The two sides hope to enhance bilateral trade exchanges to $10 billion.",
    ],
)
def test_trade_raised_to_a_sum_is_a_target(text):
    (figure,) = figures(text)
    assert figure.is_target


def test_trade_that_might_surpass_an_amount_is_a_forecast():
    (found,) = figures(
        "The ministry said bilateral trade with Russia might surpass $100 billion in 2018."
    )
    assert (found.value, found.is_target) == (100_000_000_000, True)
