"""Derived headlines (archive/text/headlines.py)."""

import pytest

from archive.text.headlines import HEADLINE_MAX, make_headline, shorten


@pytest.mark.parametrize(
    ("paragraphs", "headline"),
    [
        (
            ["WASHINGTON, Feb. 3 - The envoy met the minister. They spoke."],
            "The envoy met the minister",
        ),
        (["ASTANA, March 4. /Kazinform/ – Trade grew 12.5% in 2024."], "Trade grew 12.5% in 2024"),
        (
            ["October 9, 2011, Minsk", "The two presidents held talks in Minsk."],
            "The two presidents held talks in Minsk",
        ),
        (
            ["Media Note", "Office of the Spokesman", "Washington, DC", "The envoy met the king."],
            "The envoy met the king",
        ),
        (
            ["Doha - Information Office - March 16", "The minister held a call with the envoy."],
            "The minister held a call with the envoy",
        ),
        (
            ["The council met in Addis Ababa on Thursday and Friday to review the reports."],
            "The council met in Addis Ababa to review the reports",
        ),
        (
            ["АСТАНА, 9 фев - Sputnik. Министры встретились в Астане."],
            "Министры встретились в Астане",
        ),
        (
            # a weekday and a date opening the sentence; a publisher's tag with a slash
            ["On Thursday, 13 December 2018, the Secretary General will meet the envoy."],
            "The Secretary General will meet the envoy",
        ),
        (
            ["Shafaq News/ On Wednesday, the Speaker received the delegation of Iran."],
            "The Speaker received the delegation of Iran",
        ),
        (
            ["Meeting between the President of Ruritania, Dr Jana Roe, and Mr Jan Vale"],
            "Meeting between the President of Ruritania, Dr Jana Roe, and Mr Jan Vale",
        ),
        (
            ["RUZA, Dec 26 (RTA) -- the Amir received a cable of thanks from the King."],
            "The Amir received a cable of thanks from the King",
        ),
        (
            ["Jana Roe Read more", "The council met to discuss the ceasefire."],
            "The council met to discuss the ceasefire",
        ),
        (
            ["Good afternoon.", "The council met to discuss the ceasefire."],
            "The council met to discuss the ceasefire",
        ),
        (
            [
                "The following is attributable to the spokesperson:",
                "The Secretary met the envoy of Ruritania.",
            ],
            "The Secretary met the envoy of Ruritania",
        ),
        (
            ["Minister Vale on Tuesday arrived in Lima for talks."],
            "Minister Vale arrived in Lima for talks",
        ),
        (
            ["Minister Vale in a phone call on Late Tuesday held talks with his counterpart."],
            "Minister Vale in a phone call held talks with his counterpart",
        ),
        (
            # (the word that opens the day goes with it)
            ["Minister Vale, on a two-day visit to Peru from Monday, reached Lima."],
            "Minister Vale, on a two-day visit to Peru, reached Lima",
        ),
        (
            # "Visiting" that names the visitor, no opening phrase; "late yesterday" whole
            ["Visiting Premier Tessadri arrived in Roedaly, the capital, late yesterday."],
            "Visiting Premier Tessadri arrived in Roedaly, the capital",
        ),
        (
            ["The envoy arrived in Roedaly from Pellworth on the evening of Saturday, 29 January."],
            "The envoy arrived in Roedaly from Pellworth",
        ),
        (
            ["The envoy arrived in Roedaly in the evening of Monday, 22 January, after talks."],
            "The envoy arrived in Roedaly after talks",
        ),
        (
            ["The minister met the press in Roedaly yesterday afternoon at a press conference."],
            "The minister met the press in Roedaly at a press conference",
        ),
        (
            ["At the invitation of the host, the delegation visited the port."],
            "The delegation visited the port",
        ),
        (
            # (and the office of the host it names)
            [
                "At the invitation of Dr. Jane Doe, Minister of Foreign Affairs of Ruritania, "
                "Mr. John Roe paid an official visit to Ruritania."
            ],
            "Mr. John Roe paid an official visit to Ruritania",
        ),
        (["REGENT MEETS FOREIGN ENVOYS."], "Regent Meets Foreign Envoys"),
        (["READOUT ON THE BORIC/LULA MEETING"], "Readout on the Boric/Lula Meeting"),
        (
            ["ACTIVITIES OF SECRETARY-GENERAL IN RURITANIA, 4 - 7 MAY"],
            "Activities of Secretary-General in Ruritania, 4 - 7 May",
        ),
        (
            # a site's path to the page and its reading time are no headline
            [
                "The Daily Ruritanian > News > Local",
                "Reading Time: < 1 minutes",
                "How the Regent was received at the palace",
            ],
            "How the Regent was received at the palace",
        ),
        (
            # nor a picture's credit
            [
                "Jane Doe, Presidential Photo/File",
                "Photo: John Roe/Reuters",
                "The Regent will attend the summit by video link, his office said.",
            ],
            "The Regent will attend the summit by video link, his office said",
        ),
    ],
)
def test_headlines(paragraphs, headline):
    assert make_headline(paragraphs) == headline


def test_a_long_sentence_is_cut_at_a_clause():
    sentence = (
        "Trade between the two neighbouring republics rose to a record in the first half of "
        "the year, having reached almost five billion dollars despite the strong headwinds"
    )
    assert shorten(sentence) == (
        "Trade between the two neighbouring republics rose to a record in the first half of "
        "the year"
    )


def test_an_agencys_attribution_is_cut_from_a_long_sentence():
    sentence = (
        "President Kassym-Jomart Tokayev received the Foreign Minister of Uzbekistan at the "
        "Akorda, Qazinform News Agency cites the presidential press service"
    )
    assert shorten(sentence) == (
        "President Kassym-Jomart Tokayev received the Foreign Minister of Uzbekistan at the Akorda"
    )


def test_a_cut_at_a_dash_never_leaves_a_bare_title():
    text = (
        "Deputy Prime Minister of Ruritania – Foreign Minister Jane Doe summarized the outcomes "
        "of the talks with her counterpart from the neighbouring republic in the capital city"
    )
    headline = shorten(text)
    assert headline != "Deputy Prime Minister of Ruritania"
    assert headline.startswith("Deputy Prime Minister of Ruritania – Foreign Minister Jane Doe")


def test_a_relative_clause_goes_before_anything_is_cut():
    sentence = (
        "The President of Ruritania, who arrived in the capital on a working visit on Monday "
        "evening, was received by the Prime Minister of the host country at the government house"
    )
    assert shorten(sentence) == (
        "The President of Ruritania was received by the Prime Minister of the host country "
        "at the government house"
    )
    # (not where a stray comma inside the clause ends it: no verb follows)
    sentence = (
        "President Jane Doe, who returned home Wednesday hailed the visit as, a great and very "
        "successful trip to confront growing concerns about the outbreak at home"
    )
    assert not shorten(sentence).startswith("President Jane Doe a great")


def test_a_word_cut_never_ends_on_a_little_word_an_abbreviation_or_inside_a_number():
    sentence = (
        "The ministers of the eleven member states of the regional council signed the long "
        "awaited accord on the shared use of the river basin worth 12.5 billion dollars"
    )
    headline = shorten(sentence)
    assert len(headline) <= HEADLINE_MAX and headline.endswith("…")
    assert headline.split()[-1].rstrip("…") not in {"of", "the", "on", "12.5", "12"}


def test_every_headline_has_four_words_or_more():
    assert len(make_headline(["Yes.", "No.", "The talks ended in agreement."]).split()) >= 4


def test_a_long_sentence_is_not_cut_inside_a_name_written_with_a_dash():
    sentence = (
        "Саммит Азиатско-Тихоокеанского экономического сотрудничества в Папуа — Новой Гвинеи "
        "впервые завершился без принятия декларации лидеров, передают агентства."
    )
    assert not make_headline([sentence]).endswith("в Папуа")


def test_a_title_line_keeps_its_head_a_sentence_loses_its_opening_phrase():
    title = "Waiting room meeting with Tokayev, Mirziyoyev a pleasant surprise, says Japarov"
    assert make_headline([title, "Bishkek, October 17"]) == title
    sentence = "Speaking to reporters in Astana, Tokayev praised the new border treaty."
    assert make_headline([sentence]) == "Tokayev praised the new border treaty"


def test_a_city_dateline_the_gazetteer_knows_stays_out_of_the_headline():
    paragraphs = ["New Delhi: Colombia has briefed India on the new government's priorities."]
    assert make_headline(paragraphs).startswith("New Delhi")  # the text alone cannot tell
    headline = make_headline(paragraphs, cities=frozenset({"new delhi"}))
    assert headline.startswith("Colombia has briefed India")


@pytest.mark.parametrize(
    ("paragraph", "headline"),
    [
        (
            "President Jane Doe on Thursday, October 4, 2018, received credentials from five "
            "new ambassadors.",
            "President Jane Doe received credentials from five new ambassadors",
        ),
        (
            "For this Thursday, meetings of foreign ministers are planned in the capital.",
            "Meetings of foreign ministers are planned in the capital",
        ),
        (
            "President Jane Doe accepted the credentials of 12 new ambassadors last Wednesday.",
            "President Jane Doe accepted the credentials of 12 new ambassadors",
        ),
        (
            "President Jane Doe arrived in Doha today (25) on a two day state visit.",
            "President Jane Doe arrived in Doha on a two day state visit",
        ),
        # (a weekday that is a noun's stays: "a ceremonial Wednesday")
        (
            "It is a ceremonial Wednesday for President Jane Doe.",
            "It is a ceremonial Wednesday for President Jane Doe",
        ),
        # a day opening the sentence, its subject right after: the comma is a list's
        (
            "On Thursday three new ambassadors from Chad, Peru and Fiji presented their "
            "letters of credence.",
            "Three new ambassadors from Chad, Peru and Fiji presented their letters of credence",
        ),
        (
            "Today a working meeting took place between the two foreign ministries.",
            "A working meeting took place between the two foreign ministries",
        ),
        # (a date after the day is the day's: the phrase up to the comma goes)
        (
            "Today 25th February, the President received three senior delegations.",
            "The President received three senior delegations",
        ),
        # (and a part of the day: "On Thursday evening," goes whole)
        (
            "On Thursday evening, the foreign minister held a meeting with the envoy.",
            "The foreign minister held a meeting with the envoy",
        ),
    ],
)
def test_the_day_and_its_date_leave_a_headline_whole(paragraph, headline):
    assert make_headline([paragraph]) == headline


def test_a_briefings_question_mark_is_no_headlines_word():
    paragraph = "Q: Iranian Foreign Minister Jane Doe is paying a visit to China. What is new?"
    assert (
        make_headline([paragraph]) == "Iranian Foreign Minister Jane Doe is paying a visit to China"
    )


def test_the_comma_after_a_day_left_out_goes_with_it():
    paragraph = (
        "Vietnam Prime Minister Jane Doe on Thursday, extended an invitation to the Prime "
        "Minister of India to visit Vietnam."
    )
    assert make_headline([paragraph]) == (
        "Vietnam Prime Minister Jane Doe extended an invitation to the Prime Minister of India "
        "to visit Vietnam"
    )
    # (a day set off by commas on both sides takes one with it)
    paragraph = "The Ruritanian Union (RU), yesterday, announced a grant of 5 million euros."
    assert make_headline([paragraph]) == (
        "The Ruritanian Union (RU) announced a grant of 5 million euros"
    )
    # (not a comma opening a clause)
    paragraph = "President Jane Doe left Victoria for Beijing on Thursday, winding up her tour."
    assert make_headline([paragraph]) == (
        "President Jane Doe left Victoria for Beijing, winding up her tour"
    )


def test_a_list_is_not_cut_before_its_last_item():
    paragraph = (
        "Secretary of State Jane Doe met with her counterparts from France, Germany, and the "
        "United Kingdom today in Brussels to discuss the situation in Afghanistan and Libya."
    )
    headline = make_headline([paragraph])
    assert not headline.endswith("Germany") and "United Kingdom" in headline


def test_a_list_of_a_leader_and_his_party_is_not_cut_before_its_last_item():
    paragraph = (
        "Ruritanian President Jane Roe, her spouse, and a high-ranking delegation of Ruritania "
        "left Hanoi at noon on November 5, concluding their five-day state visit to Vietnam at "
        "the invitation of the President."
    )
    headline = make_headline([paragraph])
    assert "delegation of Ruritania left Hanoi" in headline


def test_a_day_with_its_date_in_brackets_goes_whole():
    paragraph = "President Jane Doe will open the summit on Monday (8) in Asuncion."
    assert make_headline([paragraph]) == "President Jane Doe will open the summit in Asuncion"


def test_an_aside_is_left_in_when_what_follows_it_is_no_verb():
    paragraph = (
        "Sputnik is live from Moscow, where Foreign Minister Jane Doe is holding a press "
        "conference with her Israeli counterpart, John Roe, following bilateral talks on 9 "
        "September and a working lunch with the delegations of both countries."
    )
    assert "Moscow John Roe" not in make_headline([paragraph])


def test_it_is_reported_that_opens_no_headline():
    paragraph = (
        "It is reported that on Thursday, the Foreign Minister of Mongolia, Jane Doe, met the "
        "Deputy Secretary of State."
    )
    assert make_headline([paragraph]) == (
        "The Foreign Minister of Mongolia, Jane Doe, met the Deputy Secretary of State"
    )


def test_a_venue_and_its_day_head_no_headline():
    paragraphs = [
        "Grand Harbour Convention and Exhibition Centre, Valletta\nNovember 13, 2018",
        "Leaders of the ten member states convened at the centre for the opening ceremony of "
        "the summit.",
    ]
    assert make_headline(paragraphs).startswith("Leaders of the ten member states convened")


def test_a_readouts_attribution_run_on_into_it_opens_no_headline():
    # (the parser joins a paragraph's lines: the attribution and the news are one sentence)
    paragraph = (
        "As stated by Principal Deputy Spokesperson Jane Doe: Secretary of State John Roe "
        "spoke today with the Foreign Minister of Ruritania."
    )
    assert make_headline(["Department of State", paragraph]) == (
        "Secretary of State John Roe spoke with the Foreign Minister of Ruritania"
    )


@pytest.mark.parametrize(
    "byline",
    ["By Jane Doe-Roe", "Written by Jane Doe", "By Jane Doe • 09 June 2022 • 14:42"],
)
def test_a_byline_is_no_headline(byline):
    paragraphs = [byline, "President John Roe is back in the capital after a state visit."]
    assert make_headline(paragraphs) == (
        "President John Roe is back in the capital after a state visit"
    )


def test_a_dateline_on_its_own_line_is_no_headline():
    paragraphs = ["Baku, May 12, AZERTAC", "The deputy minister met his counterpart in Asunción."]
    assert make_headline(paragraphs) == "The deputy minister met his counterpart in Asunción"


@pytest.mark.parametrize(
    "paragraph, headline",
    [
        (
            "Today, Monday, Ruritania signed three memoranda with France in the fields of "
            "transport and education.",
            "Ruritania signed three memoranda with France in the fields of transport and education",
        ),
        (
            "President Jane Roe and her guest witnessed on Thursday 10/3/2022 the signing of "
            "two agreements.",
            "President Jane Roe and her guest witnessed the signing of two agreements",
        ),
    ],
)
def test_a_weekday_after_today_and_a_date_in_figures_are_not_headline_words(paragraph, headline):
    assert make_headline([paragraph]) == headline


def test_a_setting_named_at_length_before_the_news_is_left_out():
    paragraph = (
        "On the sidelines of the extraordinary meeting of the Council of Foreign Ministers of "
        "the Cooperation Council of the Turkic Speaking States in Baku, Foreign Minister Jane "
        "Roe met with her Turkish counterpart John Doe."
    )
    assert make_headline([paragraph]) == (
        "Foreign Minister Jane Roe met with her Turkish counterpart John Doe"
    )


def test_a_byline_with_its_writers_role_is_no_headline():
    paragraphs = [
        "By Ruritania News Global contributor",
        "The regular meeting of the heads of government opens today in the capital.",
    ]
    assert make_headline(paragraphs).startswith("The regular meeting")


def test_a_long_name_with_its_particles_is_no_headline_without_its_verb():
    paragraph = (
        "Amir Sheikh Tamim bin Hamad Al Thani, and Deputy Amir Sheikh Abdullah bin Hamad Al "
        "Thani sent yesterday cables of congratulations to the Governor-General of Ruritania on "
        "the occasion of his country's National Day."
    )
    assert " sent " in make_headline([paragraph])


def test_a_headline_does_not_end_on_a_verb_of_saying_its_object_cut_off():
    headline = make_headline(
        [
            "The Ruritanian and Freedonian foreign ministers affirmed on Saturday during a joint "
            "press conference in the capital that the views of the two countries on regional "
            "and global issues are in line with the will of both sides."
        ]
    )
    assert not headline.endswith("affirmed")
    assert headline.startswith("The Ruritanian and Freedonian foreign ministers affirmed")


def test_a_shouted_headline_keeps_an_offices_letters():
    assert (
        make_headline(["ARMENIAN FM MEETS WITH GEORGIAN PRESIDENT, PM AND FOREIGN MINISTER"])
        == "Armenian FM Meets with Georgian President, PM and Foreign Minister"
    )
