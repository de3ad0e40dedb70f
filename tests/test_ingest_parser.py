import datetime as dt
import re

import pytest

from archive.ingest.parser import ParseError, parse_bytes, parse_text
from archive.text.headlines import HEADLINE_MAX, make_headline
from tests.conftest import SEED

TODAY = dt.date(2026, 11, 28)


def test_seed_file_parses():
    article = parse_bytes(SEED.read_bytes(), today=TODAY)
    assert article.published == dt.date(2025, 11, 25)
    # The long first sentence loses its opening participle phrase and is cut at a word.
    assert article.headline.startswith("Kazakh leader Kassym-Jomart Tokayev stated that")
    assert len(article.headline) <= HEADLINE_MAX
    assert article.headline.endswith("…")
    assert article.source == "Qazinform News Agency"  # named in the text
    assert len(article.paragraphs) == 13
    assert article.body.startswith("Highlighting")
    assert article.paragraphs[-1].endswith("the Altyn Qyran (Golden Eagle) Order.")
    assert article.language == "en"
    assert len(article.sha256) == 64


def test_headline_is_first_sentence_when_short():
    article = parse_text(" date 2025-01-02 Leaders met in Astana. They talked.", today=TODAY)
    assert article.headline == "Leaders met in Astana"
    assert article.lead == "Leaders met in Astana. They talked."


def test_headline_cut_at_word_boundary():
    words = " ".join(["diplomacy"] * 30)
    headline = make_headline([words])
    assert len(headline) <= 110
    assert headline.endswith("diplomacy…")


@pytest.mark.parametrize(
    "raw",
    [
        b"\xef\xbb\xbf date 2025-11-25 Body text here.",  # BOM
        b" date 2025-11-25\r\nBody text here.\r\n\r\nSecond paragraph.\r\n",  # CRLF
        b"\n\n   date   2025-11-25   Body text here.",  # extra whitespace
        b" DATE 2025-11-25 Body text here.",
    ],
)
def test_header_tolerances(raw):
    article = parse_bytes(raw, today=TODAY)
    assert article.published == dt.date(2025, 11, 25)
    assert article.body.startswith("Body text here.")


def test_same_text_with_different_line_ends_hashes_the_same():
    a = parse_bytes(b" date 2025-11-25 One.\n\nTwo.\n", today=TODAY)
    b = parse_bytes(b"\xef\xbb\xbf date 2025-11-25 One.  \r\n\r\n\r\nTwo.", today=TODAY)
    assert a.sha256 == b.sha256


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"   \n  ", "empty file"),
        (b" date 2025-11-25", "header only"),
        (b" date 2025-11-25   \n\n", "header only"),
        (b"Astana, 25 November. Leaders met.", "no 'date YYYY-MM-DD' header"),
        (b" date 2025-13-40 Body.", "not a real date"),
        (b" date 25-11-2025 Body.", "is not YYYY-MM-DD"),
        (b" date 2031-01-01 Body.", "in the future"),
        (b" date 2025-11-25 \xcf\xf0\xe5\xe7\xe8\xe4\xe5\xed\xf2 \xcf\xf0\xe5", "not valid UTF-8"),
        (b"\xff\xfe d\x00a\x00t\x00e\x00", "UTF-16"),
        (b" date 2025-11-25 bin\x00ary", "binary data"),
        (b" date 2025-11-25 text \x07 bell", "control character U+0007"),
    ],
)
def test_bad_input_is_refused_with_reason(raw, reason):
    with pytest.raises(ParseError, match=re.escape(reason)):
        parse_bytes(raw, today=TODAY)


def test_cyrillic_text_is_russian():
    article = parse_text(
        " date 2025-11-25 Президент Казахстана Токаев провёл переговоры.", today=TODAY
    )
    assert article.language == "ru"
    assert article.headline == "Президент Казахстана Токаев провёл переговоры"


def test_a_dateline_and_agency_tag_stay_out_of_the_headline_and_lead():
    article = parse_text(
        " date 2025-02-03 WASHINGTON, Feb. 3 (Reuters) - The Secretary of State met the "
        "Foreign Minister of Ruritania on Monday. They discussed minerals.",
        today=TODAY,
    )
    assert article.headline == "The Secretary of State met the Foreign Minister of Ruritania"
    assert article.lead.startswith("The Secretary of State")
    assert article.dateline == "WASHINGTON, Feb. 3 (Reuters) -"
    assert article.dateline_city == "Washington"
    assert article.source == "Reuters"
    assert article.body.startswith("WASHINGTON, Feb. 3 (Reuters) -")  # the text is kept whole


def test_header_lines_give_title_source_and_url():
    article = parse_text(
        " date 2025-03-04\ntitle Trade between the two countries rose by an eighth\n"
        "source Kazinform\nurl https://example.org/news/1\n\n"
        "ASTANA, March 4. /Kazinform/ - Trade grew 12.5% in 2024.",
        today=TODAY,
    )
    assert article.headline == "Trade between the two countries rose by an eighth"
    assert article.title_given
    assert article.source == "Qazinform News Agency"
    assert article.url == "https://example.org/news/1"
    assert article.body.startswith("ASTANA, March 4.")


def test_header_words_on_the_date_line_are_body_text():
    """The seed format puts the body right after the date: a body that starts with the
    word "title" is not a header."""
    article = parse_text(" date 2025-03-04 title holders met in Astana.", today=TODAY)
    assert article.body == "title holders met in Astana."
    assert not article.title_given


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (" date 2025-03-04\nurl ftp://example.org/x\n\nBody.", "line 2: url"),
        (" date 2025-03-04\ntitle One\ntitle Two\n\nBody.", "line 3: a second 'title'"),
    ],
)
def test_bad_header_lines_are_refused_with_their_line(raw, reason):
    with pytest.raises(ParseError, match=re.escape(reason)):
        parse_text(raw, today=TODAY)


def test_a_title_line_right_above_the_text_is_a_paragraph_of_its_own():
    raw = (
        " date 2025-02-12 Tokayev and Mirziyoyev spoke by telephone\n"
        "President Kassym-Jomart Tokayev held a telephone conversation with President "
        "Shavkat Mirziyoyev. They discussed trade."
    )
    article = parse_text(raw)
    assert article.headline == "Tokayev and Mirziyoyev spoke by telephone"
    assert article.paragraphs[0] == "Tokayev and Mirziyoyev spoke by telephone"


def test_a_title_line_over_a_line_of_its_date_is_a_paragraph_of_its_own():
    raw = (
        " date 2025-02-12 Tokayev and Mirziyoyev spoke by telephone\n12 Feb 2025\n"
        "Astana: President Kassym-Jomart Tokayev held a telephone conversation with "
        "President Shavkat Mirziyoyev."
    )
    article = parse_text(raw)
    assert article.headline == "Tokayev and Mirziyoyev spoke by telephone"
    assert article.paragraphs[:2] == ("Tokayev and Mirziyoyev spoke by telephone", "12 Feb 2025")


def test_a_title_line_over_its_dateline_alone_is_a_paragraph_of_its_own():
    raw = (
        " date 2025-02-12 Readout of the Secretary-General's meeting with Kazakhstan's Foreign "
        "Minister\nNew York, 12 February 2025\nThe Secretary-General met today with the "
        "Foreign Minister of Kazakhstan."
    )
    article = parse_text(raw)
    assert article.headline == (
        "Readout of the Secretary-General's meeting with Kazakhstan's Foreign Minister"
    )
    assert (article.dateline, article.dateline_city) == ("New York, 12 February 2025", "New York")


def test_a_title_line_over_its_section_label_is_a_paragraph_of_its_own():
    raw = (
        " date 2020-03-16 Foreign Minister receives the Kazakh Ambassador\nPolitics\n"
        "Ulaanbaatar /MONTSAME/. On March 16, the Minister of Foreign Affairs of Mongolia "
        "received the Ambassador of Kazakhstan."
    )
    article = parse_text(raw)
    assert article.headline == "Foreign Minister receives the Kazakh Ambassador"
    assert article.paragraphs[:2] == ("Foreign Minister receives the Kazakh Ambassador", "Politics")


@pytest.mark.parametrize(
    "raw, headline",
    [
        # the title, then the time it was filed, then the text under a dateline
        (
            " date 2020-12-04 Moldovan minister has phone conversation with Russian counterpart"
            "\n17:58 | 04.12.2020 Category: Official\nChisinau, 4 December /MOLDPRES/ - The "
            "minister today had a phone conversation with his Russian counterpart.",
            "Moldovan minister has phone conversation with Russian counterpart",
        ),
        # the time it was filed over the title
        (
            " date 2015-11-12 12 November,2015 04:14 PM IST | | IANS\nPrime Minister Narendra "
            "Modi arrived here on Thursday for a three-day visit\nLondon: Prime Minister "
            "Narendra Modi arrived in London on Thursday for a three-day visit to Britain.",
            "Prime Minister Narendra Modi arrived here for a three-day visit",
        ),
    ],
)
def test_a_line_of_the_time_filed_is_a_paragraph_of_its_own(raw, headline):
    article = parse_text(raw, cities=frozenset({"Chisinau", "London"}))
    assert article.headline == headline
    assert article.dateline is not None


@pytest.mark.parametrize(
    "body",
    [
        # wrapped at a fixed width: one paragraph
        "Kazakhstan and Uzbekistan agreed on Tuesday to raise their trade to\n"
        "ten billion dollars by 2030, the two presidents said after talks in the\n"
        "capital.",
        # a first line that ends a sentence
        "Trade grew by an eighth.\nThe ministers met in Astana on Tuesday to discuss it.",
        # a dateline line
        "ASTANA, March 4. /Kazinform/ –\nTrade grew by an eighth, the ministry said today.",
        "ASTANA, March 4\nTrade grew by an eighth, the ministry said today in a statement.",
        # a line in capitals
        "KAZAKH TRADE GREW\nTrade grew by an eighth, the ministry said today in a statement.",
    ],
)
def test_lines_of_one_paragraph_are_not_taken_for_a_title(body):
    article = parse_text(f" date 2025-03-04 {body}")
    assert article.paragraphs == (" ".join(body.split()),)


def test_re_deriving_finds_the_dateline_under_a_title_as_ingest_does():
    from archive.ingest.parser import derive

    article = parse_text(
        " date 2018-02-16 Baku surprised by a comment on the president's words\n\n"
        "BAKU. Feb 16 (Interfax) - The spokesman said he was surprised by the comment."
    )
    derived = derive(list(article.paragraphs))
    assert derived.dateline == article.dateline == "BAKU. Feb 16 (Interfax) -"
    assert derived.lead.startswith("The spokesman said")


def test_a_block_of_short_lines_is_a_paragraph_each():
    """A press release's header (or a signature, an address) is lines, not one sentence;
    wrapped text and a title over its text are not split."""
    text = (
        " date 2018-09-07 Press Statement\nJane Doe\nDepartment Spokesperson\nWashington, DC\n"
        "September 7, 2018\n\nThe Department of State has called back three ambassadors for "
        "consultations.\nThey will meet officials."
    )
    article = parse_text(text, today=TODAY)
    assert article.paragraphs[:5] == (
        "Press Statement",
        "Jane Doe",
        "Department Spokesperson",
        "Washington, DC",
        "September 7, 2018",
    )
    assert article.headline.startswith("The Department of State has called back")
    assert article.paragraphs[5].endswith("consultations. They will meet officials.")


def test_a_sites_name_over_the_title_is_the_source_not_the_headline():
    text = (
        " date 2020-03-18 Example-News.com\nPakistan, China Sign Two MOUs On Agriculture\n\n"
        "Pakistan and China on Tuesday signed two memorandums of understanding."
    )
    article = parse_text(text, today=TODAY)
    assert article.headline == "Pakistan, China Sign Two MOUs On Agriculture"
    assert article.source == "Example-News.com"
    assert article.paragraphs[0] == "Example-News.com"


def test_a_press_release_label_before_the_title_is_left_out_of_the_headline():
    raw = (
        " date 2014-08-05 Press release: Foreign Secretary welcomes Gaza ceasefire\nHe said:\n"
        "I welcome the news of an agreement of a ceasefire to halt the violence we have seen."
    )
    assert parse_text(raw).headline == "Foreign Secretary welcomes Gaza ceasefire"


def test_a_press_release_titled_with_its_subject_is_the_headline():
    raw = (
        " date 1999-06-27 Press Release on the visit of US delegation\n\nJune 27, 1999\n"
        "New Delhi\n\nMr. Gibson Lanpher held talks in New Delhi today with officials of the "
        "Ministry of External Affairs."
    )
    assert parse_text(raw).headline == "Press Release on the visit of US delegation"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # a Latin word with a Cyrillic look-alike (as pages copied from two sources have it)
        ("April 20, 2010, Gorki, Mos\u0441ow Region", "April 20, 2010, Gorki, Moscow Region"),
        ("Roman numerals \u0425\u0425I", "Roman numerals XXI"),
        # and a Russian word with a Latin one
        ("\u041c\u043e\u0441\u043a\u0432a", "\u041c\u043e\u0441\u043a\u0432\u0430"),
        # a word either script could spell, and two scripts side by side, as written
        (
            "\u0412ce and Almaty \u0410\u043b\u043c\u0430\u0442\u044b",
            "\u0412ce and Almaty \u0410\u043b\u043c\u0430\u0442\u044b",
        ),
    ],
)
def test_a_word_typed_in_two_scripts_is_read_in_one(written, read):
    article = parse_text(f" date 2010-04-20 {written}. The leaders met.")
    assert article.body.startswith(read)


def test_a_possessive_typed_with_a_backtick_reads_as_one(gazetteer):
    from archive.ingest.extract import extract

    article = parse_text(
        " date 2021-03-02 Mikhail Galuzin met Azerbaijan`s ambassador to Russia Polad "
        "Bulbuloglu. The code `s` and the tick ´s stay."
    )
    assert article.body.startswith("Mikhail Galuzin met Azerbaijan’s ambassador")
    assert "The code `s` and" in article.body  # (no letter before it: not a possessive)
    found = extract(article.body, article.published, gazetteer)
    assert "AZ" in found.countries


def test_a_place_typed_with_a_look_alike_letter_is_found(gazetteer):
    from archive.ingest.extract import extract

    article = parse_text(" date 2010-04-20 The presidents met in Mos\u0441ow on Tuesday.")
    assert "moscow-ru" in extract(article.body, article.published, gazetteer).places
