"""Events (archive/ingest/extract/events.py, tense.py, triggers.py): news, plans and
background told apart, one meeting one event, what was signed, the evidence kept."""

import datetime as dt

import pytest

from archive.ingest.extract import extract, triggers
from tests.suite_text import suite_sentences

pytestmark = pytest.mark.django_db

DAY = dt.date(2025, 3, 4)  # a Tuesday


def events(text, gazetteer, day=DAY):
    return list(extract(text, day, gazetteer).events)


def one(kind, text, gazetteer, day=DAY):
    """The text's one event of `kind` (none or several fail the test)."""
    (event,) = [e for e in events(text, gazetteer, day) if e.type == kind]
    return event


def by_type(text, gazetteer, day=DAY):
    return {(e.type, e.status): e for e in events(text, gazetteer, day)}


@pytest.mark.parametrize(
    "text",
    [
        "In May, Kassym-Jomart Tokayev will visit Tashkent.",
        "Kassym-Jomart Tokayev is expected to visit Tashkent next month.",
        "Shavkat Mirziyoyev invited Kassym-Jomart Tokayev to pay a state visit to Uzbekistan.",
        "Kassym-Jomart Tokayev plans to meet Shavkat Mirziyoyev during the upcoming visit.",
        "Президент Казахстана Токаев посетит Ташкент в мае.",
        "The date of the next round of talks between Kassym-Jomart Tokayev and Shavkat "
        "Mirziyoyev remains to be agreed.",
        "The sides agreed to set a date for a visit to Uzbekistan by Kassym-Jomart Tokayev.",
        "The ministry announced a new meeting of Kassym-Jomart Tokayev and Shavkat Mirziyoyev.",
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev are preparing a meeting in Khiva.",
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev will meet within the next two weeks.",
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev should hold consultations this year.",
        "Kassym-Jomart Tokayev is scheduled to arrive in Tashkent next month.",
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev reviewed upcoming high-level visits.",
        "Ahead of the state visit of Kassym-Jomart Tokayev to Tashkent, ministers met.",
        "Флаги подняты накануне визита Касым-Жомарта Токаева в Ташкент.",
        # "in view of" a summit is before it
        "Documents were drafted in view of the 24 November summit of Kassym-Jomart Tokayev and "
        "Shavkat Mirziyoyev in Brussels.",
        # a headline's plan, in title case
        "Tokayev And Mirziyoyev To Hold Talks In Tashkent",
        # a meeting that is the setting: the tense is its clause's
        "At the talks, Kassym-Jomart Tokayev and Shavkat Mirziyoyev will discuss trade.",
        # "prepare for" a summit named with a dashed adjective
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev agreed to prepare for a Kazakh–Uzbek "
        "summit meeting.",
        # a mission formed to go, under the day's dateline
        "4 March 2025, Astana; Kassym-Jomart Tokayev welcomed the decision of the council to "
        "send a ministerial mission to visit Kazakhstan.",
        # "will have" talks (not "will have met")
        "During his stay in Tashkent, Kassym-Jomart Tokayev will have talks with Shavkat "
        "Mirziyoyev.",
        # looking forward to a host's welcome, said in the past tense
        "Finally, Kassym-Jomart Tokayev noted he looked forward to hosting Shavkat Mirziyoyev "
        "in Astana soon.",
        "Kassym-Jomart Tokayev said he looked forward to visiting Tashkent.",
        # a request to be allowed to go
        "Kassym-Jomart Tokayev sent a letter with a request to be allowed to visit Tashkent on "
        "December 13-14.",
        # on the way to a summit; a summit attended before a visit still to come
        "Kassym-Jomart Tokayev is flying to New York to attend the United Nations summit.",
        "Kassym-Jomart Tokayev is heading to Brussels for the NATO summit.",
        "Kassym-Jomart Tokayev is scheduled to visit Vancouver on his way back to Astana after "
        "attending the UN summit in New York.",
    ],
)
def test_plans_are_never_news_of_the_day(text, gazetteer):
    found = events(text, gazetteer)
    assert all(e.status == "planned" for e in found), found
    assert all(e.date != DAY for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "There are another 80 negotiations in progress, Kazakh Minister Serik Zhumangarin said.",
        "Some 12 consultations on investment are under way in Astana, Serik Zhumangarin said.",
    ],
)
def test_a_count_of_negotiations_is_no_meeting(text, gazetteer):
    assert not [e for e in events(text, gazetteer) if e.type == "talks"]


def test_numbered_formats_of_talks_are_held(gazetteer):
    found = events("India and Japan held 2+2 talks in Tokyo on Monday.", gazetteer)
    assert [(e.type, e.status) for e in found] == [("talks", "current")]


def test_a_journalists_question_in_a_briefing_is_no_news(gazetteer):
    text = (
        "Foreign Ministry Spokesperson Maria Zakharova held a briefing.\n"
        "Q: In the talks between Kassym-Jomart Tokayev and Shavkat Mirziyoyev, a plan was "
        "proposed. What is your comment?\n"
        "A: We welcome the plan."
    )
    assert not [e for e in events(text, gazetteer) if e.type == "talks"]
    # the question's other sentences, and a question anywhere, ask about events, none held
    text = (
        "Spokesperson Jane Doe held a regular press conference.\n\n"
        "Q: Kassym-Jomart Tokayev is in Tashkent today. Who else is taking part in the "
        "talks with Shavkat Mirziyoyev?\n"
        "A: Kassym-Jomart Tokayev will pay a state visit to Uzbekistan in May."
    )
    found = events(text, gazetteer)
    assert [(e.type, e.status) for e in found if e.type != "statement"] == [("visit", "planned")]
    text = "Did Kassym-Jomart Tokayev hold talks with Shavkat Mirziyoyev in Tashkent?"
    assert events(text, gazetteer) == []


def test_a_spokesperson_holding_a_press_conference_makes_a_statement(gazetteer):
    text = "On Tuesday, Spokesperson Jane Doe of Ruritania held a regular press conference."
    assert [(e.type, e.status) for e in events(text, gazetteer)] == [("statement", "current")]


def test_a_span_of_days_that_reaches_the_article_is_news(gazetteer):
    text = "From November 22-30, Kassym-Jomart Tokayev paid a state visit to Uzbekistan."
    (visit,) = events(text, gazetteer, dt.date(2024, 11, 30))
    assert (visit.status, visit.date) == ("current", dt.date(2024, 11, 22))
    # … written day first, with "to"
    text = "Foreign Minister Jane Doe of Mexico is visiting Singapore from 4 to 5 October 2013."
    (visit,) = events(text, gazetteer, dt.date(2013, 10, 4))
    assert (visit.status, visit.date) == ("current", dt.date(2013, 10, 4))


def test_a_later_date_beside_a_plan_said_earlier_is_a_plan(gazetteer):
    text = (
        "Он добавил, что в конце сентября состоится встреча министров, а в декабре — саммит "
        "с участием Касым-Жомарта Токаева."
    )
    found = [e for e in events(text, gazetteer, dt.date(2024, 9, 19)) if e.type == "summit"]
    assert [(e.status, e.date) for e in found] == [("planned", dt.date(2024, 12, 1))]


def test_a_plan_for_next_year_is_not_on_a_visits_programme(gazetteer):
    text = (
        "Kassym-Jomart Tokayev arrived in Tashkent on Sunday. The summit will take place "
        "in Samarkand next year, Shavkat Mirziyoyev said."
    )
    assert [e.type for e in events(text, gazetteer) if e.status == "current"] == ["visit"]


def test_a_visit_with_no_one_named_is_not_recorded(gazetteer):
    for text in (
        "Several foreign ministers have arrived in Tashkent for the session.",
        "This is the first presidential visit from Kazakhstan to Uzbekistan.",
    ):
        assert [e for e in events(text, gazetteer) if e.type == "visit"] == []


def test_what_happens_ahead_of_a_plan_is_news(gazetteer):
    text = "Ahead of the summit, Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent."
    assert [(e.type, e.status) for e in events(text, gazetteer)] == [("talks", "current")]


def test_a_plan_keeps_its_stated_date(gazetteer):
    (visit,) = events("Kassym-Jomart Tokayev will visit Tashkent on 12 May.", gazetteer)
    assert (visit.status, visit.date, visit.date_precision) == (
        "planned",
        dt.date(2025, 5, 12),
        "day",
    )
    (visit,) = events("In May, Kassym-Jomart Tokayev will visit Tashkent.", gazetteer)
    assert (visit.date, visit.date_precision) == (dt.date(2025, 5, 1), "month")


def test_a_plan_on_a_day_of_the_month_is_that_day(gazetteer):
    text = "Kassym-Jomart Tokayev will meet Shavkat Mirziyoyev on the 26th to discuss water."
    (talks,) = events(text, gazetteer)
    assert (talks.type, talks.status, talks.date) == ("talks", "planned", dt.date(2025, 3, 26))
    text = "Kassym-Jomart Tokayev will meet Shavkat Mirziyoyev on the 2nd."
    (talks,) = events(text, gazetteer)
    assert talks.date == dt.date(2025, 4, 2)  # the 2nd has passed this month: next month's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kassym-Jomart Tokayev will meet Shavkat Mirziyoyev on Friday.", [("talks", "planned")]),
        ("Kassym-Jomart Tokayev will meet President Mirziyoyev on Friday.", [("talks", "planned")]),
        ("Kassym-Jomart Tokayev meets his Uzbek counterpart in Tashkent.", [("talks", "current")]),
        # not a meeting with anyone: targets, standards, an institution's staff
        ("The plan will meet the Paris Agreement targets, Kassym-Jomart Tokayev said.", []),
        ("Kassym-Jomart Tokayev hopes to meet Russian General Staff members.", []),
    ],
)
def test_meeting_someone_without_with(text, expected, gazetteer):
    assert [(e.type, e.status) for e in events(text, gazetteer)] == expected


def test_a_tour_of_countries_named_in_full_keeps_its_dates(gazetteer):
    text = (
        "Kassym-Jomart Tokayev will visit the Islamic Republic of Iran, the State of Qatar "
        "and the Arab Republic of Egypt from 12-18 April."
    )
    (visit,) = events(text, gazetteer)
    assert (visit.status, visit.date) == ("planned", dt.date(2025, 4, 12))


def test_a_weekday_in_a_plan_is_the_next_one(gazetteer):
    (visit,) = events(
        "The ministry said Kassym-Jomart Tokayev will visit Baku on Thursday.", gazetteer
    )
    assert visit.date == dt.date(2025, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Kassym-Jomart Tokayev visited Tashkent last year.",
        "Kassym-Jomart Tokayev has visited Tashkent many times.",
        "Kassym-Jomart Tokayev previously held talks with Shavkat Mirziyoyev in Samarkand.",
        "Токаев ранее посетил Ташкент.",
        "Kassym-Jomart Tokayev recalled his talks with Shavkat Mirziyoyev in Samarkand.",
        "Recalling the fruitful visit of Kassym-Jomart Tokayev to Tashkent, the sides agreed.",
        "Shavkat Mirziyoyev praised Kassym-Jomart Tokayev's recent visit to Tashkent.",
    ],
)
def test_undated_background_is_not_recorded(text, gazetteer):
    assert events(text, gazetteer) == []


def test_a_joint_commissions_meeting_is_the_two_sides_talks(gazetteer):
    text = (
        "The eighth meeting of the Kazakhstan-Uzbekistan joint intergovernmental commission "
        "opened in Astana on Monday. It is co-chaired by Roman Sklyar and Jamshid Khodjaev."
    )
    talks = [e for e in events(text, gazetteer) if e.type == "talks"]
    assert [(t.status, dict(t.countries).keys() >= {"KZ", "UZ"}) for t in talks] == [
        ("current", True)
    ]
    text = "A one-on-one meeting took place between Kassym-Jomart Tokayev and Shavkat Mirziyoyev."
    (talks,) = events(text, gazetteer)
    assert {p for p, _ in talks.people} == {"kassym-jomart-tokayev", "shavkat-mirziyoyev"}


def test_background_years_ago_has_only_its_own_sentences_people(gazetteer):
    text = (
        "Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana on Monday. The "
        "commission was created under the agreement on trade signed by Kazakhstan and "
        "Uzbekistan on Nov. 2, 1992 in Tashkent."
    )
    agreement = one("agreement", text, gazetteer)
    assert (agreement.status, agreement.people) == ("background", ())


def test_dated_background_is_an_event_on_its_own_date(gazetteer):
    text = "Kassym-Jomart Tokayev recalled that he met Shavkat Mirziyoyev on 12 May 2019."
    (talks,) = events(text, gazetteer)
    assert (talks.type, talks.status, talks.date) == ("talks", "background", dt.date(2019, 5, 12))


def test_news_of_the_day_is_current_and_dated_by_the_text(gazetteer):
    text = "Kassym-Jomart Tokayev held talks with Shavkat Mirziyoyev in Astana on Monday."
    (talks,) = events(text, gazetteer)
    assert (talks.status, talks.date) == ("current", dt.date(2025, 3, 3))
    # The date after a passive "were held", however long the trigger's complement.
    text = (
        "Talks between the foreign ministries of Kazakhstan and Uzbekistan at deputy minister "
        "level were held in Astana on Monday."
    )
    (talks,) = events(text, gazetteer)
    assert (talks.status, talks.date) == ("current", dt.date(2025, 3, 3))


def test_the_programme_of_a_visit_under_way_is_news(gazetteer):
    text = (
        "Shavkat Mirziyoyev arrived in Astana on a state visit. "
        "He will hold talks with Kassym-Jomart Tokayev, and the sides will sign documents."
    )
    found = by_type(text, gazetteer)
    assert {("visit", "current"), ("talks", "current"), ("agreement", "current")} <= set(found)


def test_a_state_visit_and_the_visit_are_one_visit_and_talks_belong_to_it(gazetteer):
    text = (
        "Shavkat Mirziyoyev arrived in Astana on a state visit. "
        "During the visit, Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev. "
        "The visit of Shavkat Mirziyoyev ends on Wednesday."
    )
    found = events(text, gazetteer)
    visits = [e for e in found if e.type == "visit" and e.status == "current"]
    assert len(visits) == 1 and visits[0].subtype == "state"
    talks = next(e for e in found if e.type == "talks")
    assert found[talks.during] is visits[0]
    assert len(visits[0].sentences) >= 2  # every report of it is kept as evidence

