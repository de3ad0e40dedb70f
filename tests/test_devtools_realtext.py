"""The real-text scorer (archive/devtools/realtext.py), on a small corpus written here in the
corpus's layout: the scores it prints are the ones the labels and the extraction imply."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from archive.devtools import realtext

pytestmark = pytest.mark.django_db

ARTICLES = {
    "001_talks.txt": (
        "2024-06-03",
        "Kazakh President Kassym-Jomart Tokayev held talks with Chinese President Xi Jinping "
        "in Astana on Monday. Trade between the two countries reached $41 billion in 2023.",
    ),
    "002_call.txt": (
        "2024-06-04",
        "Russian President Vladimir Putin had a telephone conversation with Uzbek President "
        "Shavkat Mirziyoyev. Putin will visit Tashkent next month.",
    ),
    "003_held_out.txt": ("2024-06-05", "Tokayev met Putin in Moscow."),
}
LABELS = [
    {
        "file": "articles/001_talks.txt",
        "date": "2024-06-03",
        "language": "en",
        "headline_at_source": "Tokayev and Xi hold talks in Astana",
        "countries": ["KZ", "CN"],
        "countries_optional": [],
        "people": ["Kassym-Jomart Tokayev", "Xi Jinping"],
        "people_optional": [],
        "places": ["Astana, KZ"],
        "events": [
            {"type": "talks", "participants": [], "place": "Astana", "date": None, "current": True}
        ],
        "figures": [
            {"kind": "trade", "value": 41, "unit": "USD", "scale": "billion", "text": "$41 billion"}
        ],
    },
    {
        "file": "articles/002_call.txt",
        "date": "2024-06-04",
        "language": "en",
        "headline_at_source": None,
        "countries": ["RU", "UZ"],
        "countries_optional": [],
        # A person the labels want and the extraction cannot find: one miss.
        "people": ["Vladimir Putin", "Shavkat Mirziyoyev", "Dmitry Peskov"],
        "people_optional": [],
        "places": ["Tashkent, UZ"],
        "events": [
            {"type": "phone_call", "participants": [], "place": None, "date": None, "current": 1},
            {"type": "visit", "participants": [], "place": "Tashkent", "date": None, "current": 0},
        ],
        "figures": [],
    },
    {
        "file": "articles/003_held_out.txt",
        "date": "2024-06-05",
        "language": "en",
        "headline_at_source": None,
        "countries": ["KZ", "RU"],
        "countries_optional": [],
        "people": ["Kassym-Jomart Tokayev", "Vladimir Putin"],
        "people_optional": [],
        "places": ["Moscow, RU"],
        "events": [],
        "figures": [],
    },
]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "written" / "articles"
    folder.mkdir(parents=True)
    for name, (date, body) in ARTICLES.items():
        (folder / name).write_text(f" date {date} {body}\n", encoding="utf-8")
    (tmp_path / "written" / "labels.jsonl").write_text(
        "\n".join(json.dumps(label) for label in LABELS) + "\n", encoding="utf-8"
    )
    return tmp_path


def test_every_third_file_is_held_out(corpus):
    cases = realtext.load_corpus(corpus)
    assert [(c.number, c.held_out) for c in cases] == [(1, False), (2, False), (3, True)]


def test_scores_follow_from_the_labels(corpus, gazetteer):
    cases = [c for c in realtext.load_corpus(corpus) if not c.held_out]
    report = realtext.score(cases, gazetteer, realtext.Names.from_database(), "written")
    people = report.kinds["people"]
    assert (people.tp, people.fn) == (4, 1)  # Peskov is not in the text's reach
    assert report.kinds["countries"].recall == 1.0
    assert report.figures.found == report.figures.exact == 1
    assert report.event_types["talks"].tp == 1


def test_the_command_says_when_there_is_no_corpus(tmp_path):
    out = StringIO()
    call_command("evaluate_corpus", "--corpus", str(tmp_path), stdout=out)
    assert "No labelled real corpus" in out.getvalue()


def test_the_command_keeps_the_held_out_part_aside_unless_asked(corpus):
    out = StringIO()
    call_command("evaluate_corpus", "--corpus", str(corpus), stdout=out)
    assert "written, development (2 articles)" in out.getvalue()
    assert "held out" not in out.getvalue()
    out = StringIO()
    call_command("evaluate_corpus", "--corpus", str(corpus), "--held-out", stdout=out)
    assert "written, held out (1 articles)" in out.getvalue()


@pytest.mark.parametrize(
    ("current", "following", "problem"),
    [
        ("Trade grew 12.", "5% in 2024.", "in a number"),
        ("He arrived on Feb.", "3 in Ankara.", "after an abbreviation"),
        ("The talks were chaired by J.", "Smith of the ministry.", "at an initial"),
        ("Trade grew 12.5% in 2024.", "Exports rose.", None),
        ("He flew to the U.S.", "The talks ended.", None),
    ],
)
def test_wrong_sentence_boundaries_are_named(current, following, problem):
    assert realtext.boundary_problem(current, following) == problem


def test_headline_problems():
    body = "WASHINGTON, Feb. 3 - The Secretary of State arrived in Ankara."
    assert realtext.headline_problems("WASHINGTON, Feb", body) == [
        "dateline or tag",
        "under 4 words",
        "cut short",
    ]
    assert realtext.headline_problems("The Secretary of State arrived in Ankara", body) == []
