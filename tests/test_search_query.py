"""The query syntax (archive/search/query.py): pure, no index."""

import pytest

from archive.search.query import Clause, parse, same_case, unparse


def test_a_trailing_star_is_a_prefix_of_at_least_three_letters():
    parsed = parse("Tok* visit")
    assert parsed.groups == ((Clause("Tok", prefix=True),), (Clause("visit"),))
    assert unparse(parsed) == "Tok* visit"
    short = parse("to*")
    assert short.groups == ((Clause("to"),),)
    assert short.notes == ("“to*”: a prefix needs at least 3 letters; searched for the word “to”.",)
    assert parse("-Russ*").excluded == (Clause("Russ", prefix=True),)


@pytest.mark.parametrize("q", ["!!! ???", '"', "OR", "-", "*", "AND NOT", "  "])
def test_punctuation_and_operators_alone_are_no_words(q):
    parsed = parse(q)
    assert parsed.empty and not parsed.excluded


@pytest.mark.parametrize(
    ("word", "like", "written"),
    [
        ("tokayev", "Tokajev", "Tokayev"),
        ("tokayev", "TOKAJEV", "TOKAYEV"),
        ("visit", "vizit", "visit"),
    ],
)
def test_a_suggestion_keeps_the_users_capitals(word, like, written):
    assert same_case(word, like) == written
