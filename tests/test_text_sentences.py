"""The one sentence splitter (archive/text/sentences.py)."""

import itertools
import os
from pathlib import Path

import pytest

from archive.devtools.realtext import boundary_problem, corpus_root, load_corpus
from archive.text.sentences import sentence_spans, split_paragraphs, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Turnover grew 12.5% in 2024 to USD 4.2 billion. Exports rose.",
            ["Turnover grew 12.5% in 2024 to USD 4.2 billion.", "Exports rose."],
        ),
        (
            "The fund holds 1,500.75 million. It grew.",
            ["The fund holds 1,500.75 million.", "It grew."],
        ),
        (
            "He arrived on Feb. 3 in Ankara. Talks began.",
            ["He arrived on Feb. 3 in Ankara.", "Talks began."],
        ),
        (
            "She met Dr. Grey and Gov. Hale. They spoke.",
            ["She met Dr. Grey and Gov. Hale.", "They spoke."],
        ),
        (
            "Ambassador Jose Sta. Maria arrived. He spoke.",
            ["Ambassador Jose Sta. Maria arrived.", "He spoke."],
        ),
        (
            "Foreign Minister Smt. Rani Dev and Sh. Ajay Pal called on him. He spoke.",
            ["Foreign Minister Smt. Rani Dev and Sh. Ajay Pal called on him.", "He spoke."],
        ),
        (
            "Resolution No. 12 passed. It was approx. 40 pages.",
            ["Resolution No. 12 passed.", "It was approx. 40 pages."],
        ),
        ("The U.S. Secretary of State arrived.", ["The U.S. Secretary of State arrived."]),
        ("He flew to the U.S. The talks ended.", ["He flew to the U.S.", "The talks ended."]),
        ("J. Smith chaired it. Kh.Bold spoke.", ["J. Smith chaired it.", "Kh.Bold spoke."]),
        # initials in a row, spaced: "N. A. Nazarbayev", "S. Sh. Jeenbekov"
        (
            "President N. A. Bekov and President S. Sh. Tolov met. A visit followed.",
            ["President N. A. Bekov and President S. Sh. Tolov met.", "A visit followed."],
        ),
        # A Chinese name ending in one letter is no initial before a sentence opener.
        (
            "Началась встреча Лаврова и Ван И. Об этом сообщили в МИД.",
            ["Началась встреча Лаврова и Ван И.", "Об этом сообщили в МИД."],
        ),
        (
            "С.Иванов прибыл в г. Минск. Он выступил.",
            ["С.Иванов прибыл в г. Минск.", "Он выступил."],
        ),
        ("Это т.е. главное. Да.", ["Это т.е. главное.", "Да."]),
        # "и.о." (acting) before the office it qualifies
        (
            "Министр встретился с и.о. Министра обороны Иваном Петровым. Да.",
            ["Министр встретился с и.о. Министра обороны Иваном Петровым.", "Да."],
        ),
        (
            "Товарооборот за 7 мес. 2010 г. вырос. Да.",
            ["Товарооборот за 7 мес. 2010 г. вырос.", "Да."],
        ),
        ("В 2024 г. Совет собрался. Да.", ["В 2024 г.", "Совет собрался.", "Да."]),
        (
            "«Мы договорились. Это важно», — сказал он. Всё.",
            ["«Мы договорились. Это важно», — сказал он.", "Всё."],
        ),
        (
            '"We agreed. It matters," she said. Then she left.',
            ['"We agreed. It matters," she said.', "Then she left."],
        ),
        ('"We agreed." The talks ended.', ['"We agreed."', "The talks ended."]),
        ("They agreed.The talks ended.", ["They agreed.", "The talks ended."]),
        ("Why? Because. Really!", ["Why?", "Because.", "Really!"]),
        ("First line\nSecond line.", ["First line", "Second line."]),
        # a scale cut short ends a sentence before a word in title case, not before the
        # currency's acronym or a lower-case word
        (
            "Товарооборот достигнет $10 млрд. Об этом заявил министр.",
            ["Товарооборот достигнет $10 млрд.", "Об этом заявил министр."],
        ),
        ("Это 10 млрд. долл. США в год.", ["Это 10 млрд. долл. США в год."]),
    ],
)
def test_sentences(text, sentences):
    assert split_sentences(text) == sentences


def test_spans_point_into_the_text():
    text = "  One here.  Two there.\n\nThree."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["One here.", "Two there.", "Three."]


def test_paragraphs_collapse_whitespace():
    assert split_paragraphs("One\n two.\n\n\n Three. ") == ["One two.", "Three."]


@pytest.mark.skipif(
    not any(corpus_root().glob("*/labels.jsonl")) and not os.environ.get("NEWSROOM_CORPUS_DIR"),
    reason="no labelled real corpus beside the project",
)
def test_no_sentence_of_the_real_corpus_ends_inside_a_number_an_abbreviation_or_an_initial():
    """Every real text: the scorer's independent check finds no wrong boundary."""
    problems = []
    for case in load_corpus(corpus_root()):
        sentences = split_sentences(case.parsed.body)
        for current, following in itertools.pairwise(sentences):
            if problem := boundary_problem(current, following):
                problems.append(f"{case.name}: {problem}: {current[-30:]!r} | {following[:20]!r}")
    assert problems == []
    assert Path(corpus_root()).exists()


def test_an_agencys_domain_ends_no_sentence():
    text = "The ministry told News.Az on Monday. While there, they met. He told Trend.Az."
    assert split_sentences(text) == [
        "The ministry told News.Az on Monday.",
        "While there, they met.",
        "He told Trend.Az.",
    ]


def test_a_currency_sign_cut_short_does_not_end_the_sentence():
    assert split_sentences(
        "The bank lent Tk. 500 crore and Rs. 20 crore. He paid in Rs. The rest came later."
    ) == [
        "The bank lent Tk. 500 crore and Rs. 20 crore.",
        "He paid in Rs.",
        "The rest came later.",
    ]


def test_a_pair_ending_in_an_abbreviation_may_not_end_the_sentence():
    assert split_sentences("The Japan-U.S. Summit Meeting began. It ended at noon.") == [
        "The Japan-U.S. Summit Meeting began.",
        "It ended at noon.",
    ]
    assert split_sentences("He flew to the China-U.S. The talks began.") == [
        "He flew to the China-U.S.",
        "The talks began.",
    ]


def test_madame_cut_short_ends_no_sentence():
    assert split_sentences("Xi Jinping and his wife Mme. Peng Liyuan arrived in Colombo.") == [
        "Xi Jinping and his wife Mme. Peng Liyuan arrived in Colombo."
    ]


def test_md_before_a_name_ends_no_sentence_but_a_state_before_an_opener_does():
    assert split_sentences("President Md. Abdul Hamid left for New Delhi. The end.") == [
        "President Md. Abdul Hamid left for New Delhi.",
        "The end.",
    ]
    assert split_sentences("He was born in Annapolis, Md. The governor said so.") == [
        "He was born in Annapolis, Md.",
        "The governor said so.",
    ]


def test_a_short_word_opening_a_bracket_closed_soon_after_ends_no_sentence():
    text = "This 200 million JPY (App. 3 million AUD) Grant Aid will help. Next one."
    assert split_sentences(text) == [
        "This 200 million JPY (App. 3 million AUD) Grant Aid will help.",
        "Next one.",
    ]
