"""Extraction: article text in, countries, people, places, events and figures out. Pure."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

import ahocorasick

from archive.ingest.extract.amounts import uses_decimal_comma
from archive.ingest.extract.cities import NewPlace
from archive.ingest.extract.event_records import ExtractedEvent
from archive.ingest.extract.events import extract_events
from archive.ingest.extract.figures import (
    KIND_HINTS,
    UNIT_HINTS,
    ExtractedFigure,
    extract_figures,
)
from archive.ingest.extract.gazetteer import COUNTRY, PERSON, Gazetteer
from archive.ingest.extract.mentions import Mentions, dateline_countries, find_mentions
from archive.ingest.extract.newcomers import NewPerson
from archive.ingest.extract.triggers import GATES
from archive.text.language import guess_language
from archive.text.sentences import sentences_with_offsets

__all__ = ["Extraction", "Gazetteer", "extract"]


@dataclass(frozen=True)
class Stat:
    count: int
    first_offset: int


@dataclass(frozen=True)
class Extraction:
    countries: dict[str, Stat]
    people: dict[str, Stat]
    places: dict[str, Stat]
    events: tuple[ExtractedEvent, ...]
    figures: tuple[ExtractedFigure, ...]
    new_people: tuple[NewPerson, ...] = ()
    new_places: tuple[NewPlace, ...] = ()  # towns the gazetteer lacks (extract/cities.py)
    # (start, end, kind, key) of each name in the text, in order (a country only implied by
    # a leader or a place has no span of its own).
    spans: tuple[tuple[int, int, str, str], ...] = ()


def _cue_automaton() -> ahocorasick.Automaton:
    masks: dict[str, int] = {}
    for bit, words in enumerate(GATES.values(), start=2):
        for word in words:
            masks[word] = masks.get(word, 0) | EVENT_CUE | (1 << bit)
    for word in (*UNIT_HINTS, *KIND_HINTS):
        masks[word.lower()] = masks.get(word.lower(), 0) | FIGURE_CUE
    automaton = ahocorasick.Automaton()
    for word, mask in masks.items():
        automaton.add_word(word, mask)
    automaton.make_automaton()
    return automaton


EVENT_CUE, FIGURE_CUE = 1, 2
ALL_CUES = -1  # every bit: where the cues cannot be trusted, every pattern is tried
CUES = _cue_automaton()


def gates_of(mask: int) -> frozenset[str]:
    """The trigger groups (archive.ingest.extract.triggers.GATES) a cue mask opens."""
    return frozenset(name for bit, name in enumerate(GATES, start=2) if mask & (1 << bit))


def sentences_containing(
    text: str, sentences: list[tuple[int, str]]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]], dict[int, frozenset[str]]]:
    """The sentences that may report an event, those that may hold a figure, and for each of
    the first the trigger groups whose words it has: one pass of a multi-pattern matcher
    over the text, instead of every pattern on every sentence."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: check all
        return sentences, sentences, {offset: gates_of(ALL_CUES) for offset, _ in sentences}
    starts = [offset for offset, _ in sentences]
    marks: dict[int, int] = {}
    for end, cue in CUES.iter(lowered):
        index = bisect.bisect_right(starts, end) - 1
        if index >= 0:
            marks[index] = marks.get(index, 0) | cue
    events = [sentences[i] for i in sorted(marks) if marks[i] & EVENT_CUE]
    figures = [sentences[i] for i in sorted(marks) if marks[i] & FIGURE_CUE]
    gates = {sentences[i][0]: gates_of(marks[i]) for i in marks if marks[i] & EVENT_CUE}
    return events, figures, gates


def _stats(table: dict[str, list[int]]) -> dict[str, Stat]:
    return {key: Stat(len(offsets), min(offsets)) for key, offsets in table.items()}


BILATERAL_RE = re.compile(
    r"\b(?:mutual|bilateral|reciprocal|between (?:our|the two|both)"
    r"|both countries|our (?:nations|countries)|two countries|(?:both|the two) sides"
    r"|joint (?:investment )?(?:portfolio|projects?|ventures?|funds?))\b",
    re.I,
)


# Where one clause of a figure's sentence ends and another, with its own subject, begins:
# "Trade with Russia rose 19.4 percent, and that with Poland was up 11.9 percent"
FIGURE_CLAUSE_RE = re.compile(r";|,\s+(?:and|while|whereas|but)\s|\s(?:while|whereas)\s")
# The two parties named, whoever they are: "bilateral trade between China and the European
# Union", "between Japan and Korea" — not the article's two main countries
PARTIES_NAMED_RE = re.compile(
    r"\bbetween\s+(?:the\s+)?(?-i:[A-ZА-ЯЁ])[\w.'-]*(?:\s+[\w.'-]+){0,3}?\s+and\s+(?:the\s+)?"
    r"(?-i:[A-ZА-ЯЁ])",
    re.I,
)
# A partner named after its preposition, the subject left to the story: "Trade with Russia
# rose", "exports to China", "imports from Japan"
PARTNER_ONLY_RE = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?$", re.I)


def _main_countries(mentions: Mentions) -> list[tuple[str, int]]:
    """The article's countries, most present first: each named, or one of its places named
    ("metro lines in Delhi and Bengaluru" speak of India), with the count of both."""
    weight = {code: len(offsets) for code, offsets in mentions.countries.items()}
    first = {code: min(offsets) for code, offsets in mentions.countries.items()}
    for place, offsets in mentions.places.items():
        code = place.rsplit("-", 1)[-1].upper()
        if code in weight:
            weight[code] += len(offsets)
    return sorted(weight.items(), key=lambda kv: (-kv[1], first[kv[0]]))


RANKING_RE = re.compile(
    r"\b(?:largest|biggest|leading|top|second|third|fourth|fifth)\b", re.IGNORECASE
)
RANKED_AFTER_BEFORE_RE = re.compile(r"\b(?:after|behind)\s+(?:the\s+)?\Z")


def _figure_countries(
    figure: ExtractedFigure,
    mentions: Mentions,
    ranked: list[tuple[str, int]],
    met: list[set[str]],
    siblings: list[int],
    people: set[str] = frozenset(),
    filed: str | None = None,
) -> tuple[str, ...]:
    """The countries of a figure: those named in its sentence, or only those of its clause
    when that names one the others do not ("Trade with Russia rose 19.4 percent, and that
    with Poland was up 11.9 percent"). For "mutual trade" or "between our nations", the
    article's two main countries (`ranked`, see _main_countries) as well; in a sentence
    naming none, the main country, and the second with it when the article is about the two
    (present as often, or more than once, or both parties to one of its events: `met`, the
    countries of each). A partner named alone ("trade with Russia rose") is the main
    country's partner (the country the story is filed from, if any, else the first of the
    main ones that is not the partner). `siblings`: where the sentence's figures start;
    `people`: the countries of the people its sentence names; `filed`: the dateline's."""
    start, end = figure.sentence_start, figure.sentence_start + len(figure.sentence)
    found = mentions.in_range(COUNTRY, start, end)
    if RANKING_RE.search(figure.sentence):
        # "Japan is Malaysia's second biggest trading partner in East Asia after China": the
        # one it ranks behind is no party to the figure
        found = [
            (at, code)
            for at, code in found
            if not RANKED_AFTER_BEFORE_RE.search(
                figure.sentence, max(0, at - start - 14), at - start
            )
        ]
    if found:
        cuts = [start + m.end() for m in FIGURE_CLAUSE_RE.finditer(figure.sentence)]
        mine = bisect.bisect_right(cuts, figure.start)  # the figure's clause, by number
        clauses = [(bisect.bisect_right(cuts, at), at, code) for at, code in found]
        own = [(at, code) for clause, at, code in clauses if clause == mine]
        named = {code for _, code in own}
        with_figures = {bisect.bisect_right(cuts, at) for at in siblings}
        elsewhere = {code for clause, _, code in clauses if clause != mine}
        if (
            own
            and not named <= elsewhere  # (not "…, according to the Turkish ministry")
            and any(
                # (another clause, with a figure, names a country of its own)
                clause in with_figures - {mine} and code not in named
                for clause, _, code in clauses
            )
        ):
            found = own
        elif not own:
            # (none in its clause: those of the clauses before it, its subject's —
            # "Kazakhstan's trade with Russia reached $1 billion, and grew 5 percent" —
            # not those of a next clause with figures of its own: "Trade with the EU
            # climbed 7.3 percent, and trade with the United States 6.5 percent")
            found = [(at, c) for clause, at, c in clauses if clause < mine] or [
                (at, c) for clause, at, c in clauses if clause not in with_figures
            ]
    codes = set(code for _, code in found)
    if (
        BILATERAL_RE.search(figure.sentence)
        and not (codes and PARTIES_NAMED_RE.search(figure.sentence))
        # (two named beside the figure are the two: "Turkey was Georgia's biggest trade
        # partner, with mutual trade turnover exceeding $1.1 bln")
        and len(codes) < 2
    ):
        if len(codes) == 1 and len(codes | people) == 2:
            # "Receiving the Ambassador of Armenia, President X said that … trade turnover
            # between the two countries …": the two the sentence's people stand for
            codes |= people
        else:
            codes |= {code for code, _ in ranked[:2]}
    elif not codes:
        if ranked:
            codes.add(ranked[0][0])
        if len(ranked) > 1 and (
            ranked[1][1] >= 2
            or ranked[1][1] == ranked[0][1]
            or any({ranked[0][0], ranked[1][0]} <= parties for parties in met)
        ):
            codes.add(ranked[1][0])
    elif (
        len(codes) == 1
        and PARTNER_ONLY_RE.search(figure.sentence, 0, found[0][0] - start)
        # ("New Delhi, April 16 … Exports to the US rose": India's, though the US is the
        # country the story names most)
        and (home := filed if filed not in codes | {None} else _first_other(ranked, codes))
    ):
        codes.add(home)
    return tuple(sorted(codes))


def _first_other(ranked: list[tuple[str, int]], codes: set[str]) -> str | None:
    return next((code for code, _ in ranked if code not in codes), None)


def _one_countrys_told_on(
    text: str, mentions: Mentions, figures: list[ExtractedFigure]
) -> tuple[ExtractedFigure, ...]:
    """Figures of a sentence naming no country, right after one whose figures are all of
    one country, are that country's too: "Kyrgyzstan's total foreign trade turnover
    amounted to $12 billion … Exports totaled $2.7 billion" (not the article's two)."""
    by_sentence: dict[int, list[ExtractedFigure]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence_start, []).append(f)
    told: list[ExtractedFigure] = []
    previous: list[ExtractedFigure] = []
    for start, group in by_sentence.items():
        own = {f.countries for f in previous}
        if (
            previous
            and len(own) == 1
            # (or of two, the sentence pointing back at the figure: "In 2023, China and the
            # US traded $664.4 billion. This is a decline of 11.6%")
            and (len(next(iter(own))) == 1 or POINTING_BACK_RE.match(group[0].sentence))
            and not text[previous[0].sentence_start + len(previous[0].sentence) : start].strip()
            and not mentions.in_range(COUNTRY, start, start + len(group[0].sentence))
            and not BILATERAL_RE.search(group[0].sentence)
        ):
            group = [dataclasses.replace(f, countries=next(iter(own))) for f in group]
        told.extend(group)
        previous = group
    return tuple(told)


# A sentence about the figure told right before it: "This figure is up 26.3%", "This is a
# decline of 11.6% year-on-year"
POINTING_BACK_RE = re.compile(
    r"\s*(?:This|That|It)\s+(?:figure\s+|amount\s+|volume\s+)?(?:is|was|marks|represents)\b"
)


def _people_countries(
    mentions: Mentions, start: int, length: int, published: dt.date, gazetteer: Gazetteer
) -> set[str]:
    """The countries of the people named in text[start : start + length]."""
    codes = {
        mentions.person_countries.get(person) or gazetteer.country_of(person, published)
        for _, person in mentions.in_range(PERSON, start, start + length)
    }
    return codes - {None}


# Extraction reads at most this much of a body (a long report is some 60,000 characters):
# its cost is then bounded per file whatever the text — a 5 MB file of titles and names
# took minutes, holding the ingest lock. The whole body is stored and searched all the same.
MAX_EXTRACT_CHARS = 250_000


def extract(text: str, published: dt.date, gazetteer: Gazetteer) -> Extraction:
    """Everything the archive stores about one article body (its first MAX_EXTRACT_CHARS
    characters, cut at a paragraph's end)."""
    if len(text) > MAX_EXTRACT_CHARS:
        cut = text.rfind("\n\n", 0, MAX_EXTRACT_CHARS)
        text = text[: cut if cut > MAX_EXTRACT_CHARS // 2 else MAX_EXTRACT_CHARS]
    mentions = find_mentions(text, published, gazetteer)
    every = sentences_with_offsets(text)
    event_sentences, figure_sentences, gates = sentences_containing(text, every)
    events = tuple(extract_events(event_sentences, mentions, published, gazetteer, gates, every))
    met = [{code for code, _ in event.countries} for event in events]
    ranked = _main_countries(mentions)
    found = extract_figures(
        figure_sentences, uses_decimal_comma(text, guess_language(text)), published.year
    )
    starts: dict[int, list[int]] = {}
    for f in found:
        starts.setdefault(f.sentence_start, []).append(f.start)
    filed = dateline_countries(mentions, gazetteer)[1]
    figures = _one_countrys_told_on(
        text,
        mentions,
        [
            dataclasses.replace(
                f,
                countries=_figure_countries(
                    f,
                    mentions,
                    ranked,
                    met,
                    starts[f.sentence_start],
                    # (the sentence's people's countries, asked only where "the two
                    # countries" may need them)
                    _people_countries(
                        mentions, f.sentence_start, len(f.sentence), published, gazetteer
                    )
                    if BILATERAL_RE.search(f.sentence)
                    else frozenset(),
                    filed,
                ),
            )
            for f in found
        ],
    )
    return Extraction(
        countries=_stats(mentions.countries),
        people=_stats(mentions.people),
        places=_stats(mentions.places),
        events=events,
        figures=figures,
        new_people=tuple(mentions.newcomers),
        new_places=tuple(mentions.new_places),
        spans=tuple(s for s in sorted(set(mentions.spans)) if s[0] < s[1]),
    )
