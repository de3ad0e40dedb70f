"""Datelines and agency tags (archive/text/datelines.py), in the styles agencies use."""

import pytest

from archive.text.datelines import agency_name, article_dateline, find_dateline


@pytest.mark.parametrize(
    ("paragraph", "dateline", "city", "agency", "text"),
    [
        (
            # an office's initials, a dash, then the date and a colon touching the text
            "GIS - 28 December, 2018:The envoy paid a farewell call.",
            "GIS - 28 December, 2018:",
            "Gis",
            "",
            "The envoy paid a farewell call.",
        ),
        (
            # a date alone before a colon
            "Dec. 16: Answering the envoy's concern, the minister agreed.",
            "Dec. 16:",
            "",
            "",
            "Answering the envoy's concern, the minister agreed.",
        ),
        (
            # a publisher and a dash, no place
            "Ruritania Times – The meeting opens today.",
            "Ruritania Times –",
            "",
            "Ruritania Times",
            "The meeting opens today.",
        ),
        (
            # the date first, the city in brackets
            "June 8, 2017 (KHARTOUM) - The envoy met the minister.",
            "June 8, 2017 (KHARTOUM) -",
            "Khartoum",
            "",
            "The envoy met the minister.",
        ),
        (
            "BERLIN/PARIS, May 2 (Reuters) - The ministers met.",
            "BERLIN/PARIS, May 2 (Reuters) -",
            "Berlin",
            "Reuters",
            "The ministers met.",
        ),
        (
            "ASTANA, March 4. /Kazinform/ – Trade grew.",
            "ASTANA, March 4. /Kazinform/ –",
            "Astana",
            "Qazinform News Agency",
            "Trade grew.",
        ),
        (
            # the publisher and a slash, no place
            "Shafaq News/ On Wednesday, the speaker received the delegation.",
            "Shafaq News/",
            "",
            "Shafaq News",
            "On Wednesday, the speaker received the delegation.",
        ),
        (
            # a slash opening the tag, a full stop closing it
            "TASHKENT, October 8. /'Dunyo' IA. The deputy prime minister chaired a meeting.",
            "TASHKENT, October 8. /'Dunyo' IA.",
            "Tashkent",
            "Dunyo",
            "The deputy prime minister chaired a meeting.",
        ),
        (
            # the month in capitals, the agency after a comma
            "TBILISI, OCTOBER 12, ARMENPRESS. On October 12, the ministers met.",
            "TBILISI, OCTOBER 12, ARMENPRESS.",
            "Tbilisi",
            "Armenpress",
            "On October 12, the ministers met.",
        ),
        (
            "KATHMANDU, Jan. 9 (RSS) -- The envoy arrived.",
            "KATHMANDU, Jan. 9 (RSS) --",
            "Kathmandu",
            "Rastriya Samachar Samiti",
            "The envoy arrived.",
        ),
        (
            "WASHINGTON, Feb. 3 (Reuters) - The envoy left.",
            "WASHINGTON, Feb. 3 (Reuters) -",
            "Washington",
            "Reuters",
            "The envoy left.",
        ),
        (
            "BAKU, Azerbaijan, May 3. Trend: The minister spoke.",
            "BAKU, Azerbaijan, May 3. Trend:",
            "Baku",
            "Trend News Agency",
            "The minister spoke.",
        ),
        (
            "МОСКВА, 25 ноября. /ТАСС/. Министр прибыл.",
            "МОСКВА, 25 ноября. /ТАСС/.",
            "Москва",
            "TASS",
            "Министр прибыл.",
        ),
        (
            "АСТАНА, 9 фев - Sputnik. Министр прибыл.",
            "АСТАНА, 9 фев - Sputnik.",
            "Астана",
            "Sputnik",
            "Министр прибыл.",
        ),
        (
            "RIYADH, (Gulf Point News / SPA - 02nd Apr, 2020) The minister spoke.",
            "RIYADH, (Gulf Point News / SPA - 02nd Apr, 2020)",
            "Riyadh",
            "Saudi Press Agency",
            "The minister spoke.",
        ),
        (
            "NEW DELHI, March 3 (Xinhua) -- The talks began.",
            "NEW DELHI, March 3 (Xinhua) --",
            "New Delhi",
            "Xinhua",
            "The talks began.",
        ),
        (
            "Минск. 7 сентября. УзТАГ – Посол вручил грамоты.",
            "Минск. 7 сентября. УзТАГ –",
            "Минск",
            "UzTAG",
            "Посол вручил грамоты.",
        ),
        (
            "КИЕВ, 2 мая - РИА Новости. Делегация прибыла.",
            "КИЕВ, 2 мая - РИА Новости.",
            "Киев",
            "RIA Novosti",
            "Делегация прибыла.",
        ),
        (
            "Ulaanbaatar /MONTSAME/. The President met envoys.",
            "Ulaanbaatar /MONTSAME/.",
            "Ulaanbaatar",
            "MONTSAME",
            "The President met envoys.",
        ),
        (
            "OSLO.KAZINFORM The two ministers met.",
            "OSLO.KAZINFORM",
            "Oslo",
            "Qazinform News Agency",
            "The two ministers met.",
        ),
        (
            "SAN JOSE, Costa Rica (AP) — Leaders gathered.",
            "SAN JOSE, Costa Rica (AP) —",
            "San Jose",
            "Associated Press",
            "Leaders gathered.",
        ),
        ("LIMA - Ministers met on Friday.", "LIMA -", "Lima", "", "Ministers met on Friday."),
        (
            "By IANS, Addis Ababa: The summit opened.",
            "By IANS, Addis Ababa:",
            "Addis Ababa",
            "IANS",
            "The summit opened.",
        ),
        (
            "Bishkek, 06.04.23./Айгуль Асанова - Кабар/. Встреча прошла.",
            "Bishkek, 06.04.23./Айгуль Асанова - Кабар/.",
            "Bishkek",
            "Kabar",
            "Встреча прошла.",
        ),
        # capitals and a comma, nothing else
        (
            "ADDIS ABABA, The African Union and Russia agreed.",
            "ADDIS ABABA,",
            "Addis Ababa",
            "",
            "The African Union and Russia agreed.",
        ),
        # a syndicator's tag before the original's text, with or without its dateline
        (
            "(MENAFN- AzerNews) The minister received the envoy, Azernews reports.",
            "(MENAFN- AzerNews)",
            "",
            "AzerNews",
            "The minister received the envoy, Azernews reports.",
        ),
        (
            "(MENAFN- Trend News Agency) BAKU, Azerbaijan, May 12. The ministers met.",
            "(MENAFN- Trend News Agency) BAKU, Azerbaijan, May 12.",
            "Baku",
            "Trend News Agency",
            "The ministers met.",
        ),
        (
            "Tbilisi / Agenda.ge – The ministers met.",
            "Tbilisi / Agenda.ge –",
            "Tbilisi",
            "Agenda.ge",
            "The ministers met.",
        ),
        (
            "Baku, May 12, AZERTAC. The ministers met.",
            "Baku, May 12, AZERTAC.",
            "Baku",
            "Azertac",
            "The ministers met.",
        ),
        (
            "Almaty. May 12. KazTAG – The ministers met.",
            "Almaty. May 12. KazTAG –",
            "Almaty",
            "KazTAG",
            "The ministers met.",
        ),
        ("(ANI): The ministers met.", "(ANI):", "", "ANI", "The ministers met."),
        # the date and the time of filing, as a ministry's page prints it
        (
            "14 April 2015, 15:45 The President received the ambassadors of three countries.",
            "14 April 2015, 15:45",
            "",
            "",
            "The President received the ambassadors of three countries.",
        ),
        # a broadcaster's tag in brackets, the dash touching the text
        (
            "(VOVWORLD) -Prime Minister Jane Doe held talks in Hanoi.",
            "(VOVWORLD) -",
            "",
            "VOV World",
            "Prime Minister Jane Doe held talks in Hanoi.",
        ),
        # a double dash touching the text; a space before the date's full stop and inside
        # the slashes
        (
            "Tokyo, March 22 (Jiji Press)--The ministers met.",
            "Tokyo, March 22 (Jiji Press)--",
            "Tokyo",
            "Jiji Press",
            "The ministers met.",
        ),
        # a full stop before the dash, as EFE writes it
        (
            "Quito, Nov 20 (EFE) .- The Government confirmed the visit.",
            "Quito, Nov 20 (EFE) .-",
            "Quito",
            "EFE",
            "The Government confirmed the visit.",
        ),
        (
            "Bishkek, March 4, 2021 . / Kabar /. The president will travel.",
            "Bishkek, March 4, 2021 . / Kabar /.",
            "Bishkek",
            "Kabar",
            "The president will travel.",
        ),
        # a syndicated wire whose tag has the agency's short name in brackets
        (
            "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb 2 (KUNA) -- The minister spoke.",
            "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb 2 (KUNA) --",
            "Kuwait",
            "KUNA",
            "The minister spoke.",
        ),
        # (the text after it in lower case, as a reprint has it)
        (
            "KUWAIT, Dec 26 (KUNA) -- the Amir received a cable.",
            "KUWAIT, Dec 26 (KUNA) --",
            "Kuwait",
            "KUNA",
            "the Amir received a cable.",
        ),
        # the country in brackets; a space before the region's comma; an agency after a comma
        (
            "Male (Maldives), October 12 (ANI): India and Maldives signed an agreement.",
            "Male (Maldives), October 12 (ANI):",
            "Male",
            "ANI",
            "India and Maldives signed an agreement.",
        ),
        (
            "Caracas, Venezuela , April 21, SPA -- The minister delivered a message.",
            "Caracas, Venezuela , April 21, SPA --",
            "Caracas",
            "Saudi Press Agency",
            "The minister delivered a message.",
        ),
        (
            "Accra, July 29, GNA- Ghana and Mali signed a memorandum.",
            "Accra, July 29, GNA-",
            "Accra",
            "Ghana News Agency",
            "Ghana and Mali signed a memorandum.",
        ),
        (
            "(VOVworld) – The Deputy Prime Minister received the ambassador.",
            "(VOVworld) –",
            "",
            "VOV World",
            "The Deputy Prime Minister received the ambassador.",
        ),
        # a tag whose linked name was lost when the page was copied
        (
            "Astana, Kazakhstan ( -- The two presidents met on Friday.",
            "Astana, Kazakhstan ( --",
            "Astana",
            "",
            "The two presidents met on Friday.",
        ),
        # an agency's name in capitals alone, not a city nor another agency inside it
        (
            "SHAFAQNA-Iranian Foreign Minister John Roe met his counterpart.",
            "SHAFAQNA-",
            "",
            "Shafaqna",
            "Iranian Foreign Minister John Roe met his counterpart.",
        ),
        # the agency joined to the city by a hyphen, the country in brackets
        (
            "APA-Dakar (Senegal) Senegal and Mali have signed two agreements.",
            "APA-Dakar (Senegal)",
            "Dakar",
            "APA",
            "Senegal and Mali have signed two agreements.",
        ),
        # the date first, as some ministries print it
        (
            "4 March 2025, Male'; The Government welcomed the decision.",
            "4 March 2025, Male';",
            "Male'",
            "",
            "The Government welcomed the decision.",
        ),
    ],
)
def test_datelines(paragraph, dateline, city, agency, text):
    found = find_dateline(paragraph)
    assert (found.text, found.city, found.agency) == (dateline, city, agency)
    assert paragraph[found.end :] == text


def test_a_first_paragraph_of_only_a_date_and_a_place_is_a_dateline():
    found = find_dateline("March 9, 2012, Dushanbe")
    assert (found.city, found.date) == ("Dushanbe", "March 9, 2012")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kazakhstan and Turkey agreed to raise trade.",
        "Vladimir Putin: We agreed on everything.",
        "From November 22 - 30, 1998, the president paid state visits.",
        "Putin, 71, said on Monday that talks would go on.",
        "NATO - The alliance agreed.",
        "UPDATE: The meeting was moved.",
        "NATO, The alliance agreed.",
        "US, China agree on trade.",
        "In Astana, March 4 was a day of talks.",
        "PHOTO: The ministers met in the capital.",  # a caption's label, not a city
        # (a ministry speaking in a headline)
        "МИД: Товарооборот двух стран вырос вдвое",
        "МИД РФ: Переговоры министров пройдут в пятницу",
        "MEA: The talks were useful.",
        # (a hyphen inside a word in capitals is no dash)
        "ACTIVITIES OF SECRETARY-GENERAL IN RURITANIA -- 4-7 MAY",
    ],
)
def test_sentences_that_are_not_datelines(paragraph):
    assert find_dateline(paragraph) is None


def test_the_dateline_under_a_title_is_the_articles():
    title = "Baku surprised by a comment on the president's words"
    found = article_dateline([title, "BAKU. Feb 16 (Interfax) - The spokesman said."])
    assert found is not None
    index, dateline = found
    assert (index, dateline.city, dateline.agency) == (1, "Baku", "Interfax")
    (_, astana) = article_dateline(["ASTANA. KAZINFORM The ministry made a statement."])
    assert astana.city == "Astana"
    # a paragraph that is only a dateline, under a title or first
    (index, alone) = article_dateline(["Trade is up", "Baku, Azerbaijan, Nov. 23", "By A – Trend:"])
    assert (index, alone.city, alone.date) == (1, "Baku", "Nov. 23")
    assert article_dateline(["ASTANA, March 4", "The ministers met."])[1].city == "Astana"
    # under a paragraph that is a sentence, a second paragraph's head is not a dateline
    assert article_dateline(["The ministers met.", "BAKU. Feb 16 (Interfax) - Talks."]) is None
    # … but a title may end on an abbreviation's full stop
    title = "Azerbaijan: President Begins Working Visit To U.S."
    found = article_dateline([title, "Washington, 29 July 1997 (RFE/RL) - The president left."])
    assert found is not None and (found[0], found[1].city) == (1, "Washington")


CITIES = frozenset(
    {"new delhi", "luanda", "sao paulo", "nur-sultan", "tehran", "washington", "qingdao", "ankara"}
)


@pytest.mark.parametrize(
    ("paragraphs", "dateline", "city"),
    [
        (["New Delhi: Colombia has briefed India on its priorities."], "New Delhi:", "New Delhi"),
        (["New Delhi : India and Peru held talks."], "New Delhi :", "New Delhi"),
        (["Luanda — Angola's envoy told the Council peace was near."], "Luanda —", "Luanda"),
        (["São Paulo: Brazil's exports rose in May."], "São Paulo:", "São Paulo"),
        (
            ["Rivers agreed", "New Delhi: India and Nepal signed a treaty."],
            "New Delhi:",
            "New Delhi",
        ),
        # filed from two cities: the first
        (
            ["Washington / New Delhi: The president will visit."],
            "Washington / New Delhi:",
            "Washington",
        ),
        (["Qingdao/New Delhi: The president accepted."], "Qingdao/New Delhi:", "Qingdao"),
        # a known city and its country before a dash
        (
            ["Ankara, Turkey – “We condemn the attack,” the ministry said."],
            "Ankara, Turkey –",
            "Ankara",
        ),
        (["Erdogan, Turkey – that is the message."], None, None),  # no city
        (["Vladimir Putin: We will never accept it."], None, None),  # a speaker
        (["Breaking: Kazakhstan signed a treaty."], None, None),
        (["New Delhi is the venue: leaders arrive."], None, None),
        # a known city in capitals, no mark: the text starts at the capital word after it
        (["TEHRAN The spokesman said the talks went well."], "TEHRAN", "Tehran"),
        (["NEW DELHI U.S. envoys met the minister."], "NEW DELHI", "New Delhi"),  # initials
        (["TEHRAN TIMES EDITORIAL"], None, None),
        (["TESSADRI The minister said."], None, None),  # not a city
        # a known city and the day, no mark after the date
        (["New Delhi, June 21 Mr Roe's call on the king."], "New Delhi, June 21", "New Delhi"),
        (["New Delhi, India's capital, hosts the talks."], None, None),
        # a known city and a comma before the sentence's article
        (["New Delhi, The Minister met his counterpart."], "New Delhi,", "New Delhi"),
        (["New Delhi, The capital, hosts the talks."], None, None),
        (["Tessadri, The Minister met his counterpart."], None, None),  # not a city
    ],
)
def test_a_city_before_a_colon_or_dash_is_a_dateline_when_the_gazetteer_knows_it(
    paragraphs, dateline, city
):
    found = article_dateline(paragraphs, CITIES)
    if dateline is None:
        assert found is None
        return
    assert (found[1].text, found[1].city) == (dateline, city)
    assert article_dateline(paragraphs) is None  # the text alone cannot tell


def test_agency_names():
    assert agency_name("(NIAT Khovar)") == "Khovar"
    assert agency_name("/ Kabar /") == "Kabar"
    assert agency_name("(Ruritania Wire)") == "Ruritania Wire"
    assert agency_name("(2)") == ""


def test_a_byline_between_title_and_dateline_is_passed_over():
    paragraphs = ["Ministers meet in Manila", "By PTI", "MANILA: The ministers met on Monday."]
    index, dateline = article_dateline(paragraphs)
    assert (index, dateline.city) == (2, "Manila")


def test_a_colon_touching_the_text_closes_a_dateline():
    text = "Istanbul, (UrduPoint / Ruritania Point News - 24th Apr, 2021 ) :President Roe agreed."
    dateline = find_dateline(text)
    assert dateline.city == "Istanbul"
    assert text[dateline.end :].startswith("President Roe")


def test_an_agency_named_by_its_site():
    paragraph = "Москва. 8 апреля. INTERFAX.RU — Дипломаты двух стран проведут консультации."
    dateline = find_dateline(paragraph)
    assert (dateline.city, dateline.agency, paragraph[dateline.end :]) == (
        "Москва",
        "Interfax",
        "Дипломаты двух стран проведут консультации.",
    )


def test_a_broadcasters_tag_that_opens_on_a_number():
    found = find_dateline("ISLAMABAD (92 News) – Foreign Office Spokesman Jane Doe has said.")
    assert (found.city, found.text) == ("Islamabad", "ISLAMABAD (92 News) –")
    # (a number alone or a day in brackets is no tag)
    assert find_dateline("ISLAMABAD (1999) – The text") is None


def test_a_day_of_the_week_over_a_date_is_no_city():
    for line in ("Wednesday, 31 May 2017", "Wed 18th March 2020"):
        found = find_dateline(line)
        assert (found.city, found.text) == ("", line), line
    assert find_dateline("Wednesday, May 31 - The ministers met.") is None


def test_a_dateline_line_ending_on_the_agencys_name():
    for line, date in (("Baku, May 12, AZERTAC", "May 12"), ("Baku, 12 May, AZERTAC", "12 May")):
        (index, found) = article_dateline([line, "The deputy minister met his counterpart."])
        assert (index, found.city, found.date, found.agency) == (0, "Baku", date, "Azertac")


def test_a_byline_under_a_syndicators_tag_is_passed_over_and_the_tag_is_the_source():
    paragraphs = [
        "(MENAFN- Ruritania News Global) By Ruritania News Global contributor",
        "GEORGETOWN, Guyana – The regular meeting of the heads of government commences.",
    ]
    index, dateline = article_dateline(paragraphs)
    assert (index, dateline.city, dateline.agency) == (1, "Georgetown", "Ruritania News Global")


def test_a_publisher_first_and_a_known_city_in_brackets():
    paragraphs = ["Ruritanianews-(Tehran)-A two-day summit has opened in the capital."]
    _index, dateline = article_dateline(paragraphs, CITIES)
    assert (dateline.city, dateline.agency) == ("Tehran", "Ruritanianews")


def test_a_bracketed_tag_after_the_date_that_is_no_city_is_the_publisher():
    paragraphs = ["Nov. 21, 2017 (EIRNS)—The two presidents spoke by phone today."]
    found = article_dateline(paragraphs, CITIES)[1]
    assert (found.city, found.agency) == ("", "EIRNS")
    paragraphs = ["June 8, 2017 (KHARTOUM) - The two presidents met today."]
    found = article_dateline(paragraphs, CITIES | {"khartoum"})[1]
    assert (found.city, found.agency) == ("Khartoum", "")


@pytest.mark.parametrize("kind", ["TRANSCRIPT", "READOUT", "STATEMENT"])
def test_a_documents_kind_in_capitals_before_a_colon_is_no_city(kind):
    assert find_dateline(f"{kind}: Readout on the Boric/Lula meeting") is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("RNA Bureau: Prime Minister Jane Roe signed five agreements.", "RNA"),
        ("Web Desk: The two ministers met on Monday.", ""),
        ("News Desk – The two ministers met on Monday.", ""),
    ],
)
def test_a_newsrooms_desk_before_the_text_is_kept_apart_from_it(line, agency):
    found = find_dateline(line)
    assert (found.city, found.agency) == ("", agency)
    assert line[found.end :].startswith(("Prime", "The"))


def test_a_bureau_inside_a_sentence_is_no_desk():
    assert find_dateline("Political Bureau member Jane Roe met the envoy.") is None


def test_a_known_city_and_its_country_before_a_colon():
    paragraphs = ["Doha, Qatar: The Amir sent a cable of congratulations to the President."]
    index, found = article_dateline(paragraphs, CITIES | {"doha"})
    assert (index, found.city, paragraphs[0][found.end :][:9]) == (0, "Doha", "The Amir ")


def test_a_sites_name_and_a_slash_after_the_date_is_the_agency():
    line = "Baku. 16 October. REPORT.AZ/ This year, trade between the two countries grew."
    found = find_dateline(line)
    assert (found.city, found.agency, line[found.end :][:9]) == ("Baku", "Report", "This year")


def test_the_syndicators_own_tag_alone_is_kept_apart_and_names_the_source():
    dateline = find_dateline("(MENAFN) On Monday, the foreign minister of Ruritania arrived.")
    assert (dateline.agency, dateline.text) == ("MENAFN", "(MENAFN)")


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Kabul (BNA) At the outset, the minister welcomed his guest.", "Bakhtar News Agency"),
        ("MANAMA, March 3 (BNA) -- The King received the minister.", "Bahrain News Agency"),
    ],
)
def test_a_tag_two_agencies_share_is_the_one_of_the_place_filed_from(line, agency):
    assert find_dateline(line).agency == agency
