"""Score the archive's reading of labelled real articles: `make eval`.

The corpus lies outside the project (NEWSROOM_CORPUS_DIR, else ``../shared/corpus`` beside
it) and is read from there: its texts are their publishers' words and nothing of them is
copied in. Each folder under it holds ``articles/NNN_slug.txt`` in the ingest format and a
``labels.jsonl`` with one record per article: countries (required and optional), people,
places ("Name, CC"), events with ``current``, figures with the exact text they come from,
and the headline as published.

Every third file (003, 006, … 045) is held out: scored only with ``--held-out``, never
tuned on, so that generalisation can be told from tuning.

What is scored, per set:
- countries, people, places: precision, recall, F1 (optional labels neither rewarded nor
  punished); people also per slice (heads of state and government, officials below them,
  Russian texts, articles before 2015);
- events: the types of the current events each article reports (an event dated after the
  publication day is skipped either way), and how many background or planned events were
  stored as current;
- figures: a labelled figure is found when an extracted one has its value and unit and
  overlaps its text; exact when the kind agrees too; an extracted figure matching no label
  counts against precision; a figure read from a number split at its decimal point is
  counted apart;
- headlines: the derived headline against the published one (content-word overlap), and
  how many derived headlines carry a dateline or agency tag, are under four words, or end
  inside a word, number or abbreviation;
- sentences: boundaries the archive's splitter puts inside a number, after an
  abbreviation or an initial.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings

from archive.devtools.scorecard import Report, SentenceTally
from archive.devtools.textchecks import boundary_problem, content_words, headline_problems
from archive.ingest import parser
from archive.ingest.extract import Gazetteer, extract
from archive.text.fold import fold

HELD_OUT_EVERY = 3
BEFORE = dt.date(2015, 1, 1)


def corpus_root() -> Path:
    """Where the labelled real articles are: NEWSROOM_CORPUS_DIR, else ../shared/corpus."""
    configured = os.environ.get("NEWSROOM_CORPUS_DIR")
    return Path(configured) if configured else Path(settings.BASE_DIR).parent / "shared" / "corpus"


@dataclass(frozen=True)
class Case:
    corpus: str
    number: int
    name: str
    label: dict
    parsed: parser.ParsedArticle

    @property
    def held_out(self) -> bool:
        return self.number % HELD_OUT_EVERY == 0


def load_corpus(root: Path, cities: frozenset[str] = frozenset()) -> list[Case]:
    """Every labelled article under `root`, in corpus and file order, parsed as ingest
    parses them (`cities`: the gazetteer's)."""
    cases = []
    for labels in sorted(root.glob("*/labels.jsonl")):
        folder = labels.parent
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label = json.loads(line)
            path = folder / label["file"]
            parsed = parser.parse_bytes(path.read_bytes(), cities=cities)
            number = int(re.match(r"\d+", path.name).group())
            cases.append(Case(folder.name, number, path.name, label, parsed))
    return cases


# --- Names --------------------------------------------------------------------------------


def name_key(name: str) -> str:
    """A spelling-tolerant key: no accents, no case, hyphens and apostrophes as spaces."""
    text = re.sub(r"[-‐‑–’'`.]", " ", fold(name).lower())
    return " ".join(text.split())


@dataclass
class Names:
    """The keys under which each gazetteer person and place may be labelled."""

    people: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    places: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    heads: set[str] = field(default_factory=set)  # keys of anyone who led a state or government

    @classmethod
    def from_database(cls) -> Names:
        from archive.models import AliasKind, Office, Person, PersonAlias, Place, PlaceAlias

        names = cls()
        for slug, name in Person.objects.values_list("slug", "name"):
            names.people[slug].add(name_key(name))
        aliases = PersonAlias.objects.exclude(kind=AliasKind.SURNAME)
        for slug, alias in aliases.values_list("person__slug", "name"):
            names.people[slug].add(name_key(alias))
        for slug, name, code in Place.objects.values_list("slug", "name", "country__iso2"):
            names.places[slug].add((name_key(name), code))
        rows = PlaceAlias.objects.values_list("place__slug", "name", "place__country__iso2")
        for slug, alias, code in rows:
            names.places[slug].add((name_key(alias), code))
        heads = Office.objects.filter(role__in=["head_of_state", "head_of_government"])
        for slug in heads.values_list("person__slug", flat=True):
            names.heads |= names.people[slug]
        return names


# --- Scoring ------------------------------------------------------------------------------


def score(
    cases: Iterable[Case],
    gazetteer: Gazetteer,
    names: Names,
    name: str,
    splitter: Callable[[str], list[str]] | None = None,
) -> Report:
    report = Report(name)
    for case in cases:
        report.articles += 1
        extraction = extract(case.parsed.body, case.parsed.published, gazetteer)
        _score_entities(case, extraction, names, report)
        _score_events(case, extraction, report)
        _score_figures(case, extraction, report)
        _score_headline(case, report)
        if splitter is not None:
            _score_sentences(case.parsed.body, splitter, report.sentences)
    return report


def _tally(report: Report, case: Case, kind: str, expected: set, found: set, optional: set):
    found = found - (optional - expected)
    report.kinds[kind].add(expected, found)
    for missing in sorted(expected - found):
        report.errors.append(f"{case.corpus}/{case.name}: missed {kind} {missing}")
    for extra in sorted(found - expected):
        report.errors.append(f"{case.corpus}/{case.name}: wrong {kind} {extra}")


def _score_entities(case: Case, extraction, names: Names, report: Report) -> None:
    label = case.label
    _tally(
        report,
        case,
        "countries",
        set(label["countries"]),
        set(extraction.countries),
        set(label["countries_optional"]),
    )
    # People by name key: a gazetteer person by any of their names, a newcomer by theirs.
    found: set[str] = set()
    for slug in extraction.people:
        keys = names.people.get(slug) or {name_key(slug.replace("-", " "))}
        wanted = [name_key(p) for p in label["people"] + label["people_optional"]]
        found.add(next((k for k in wanted if k in keys), min(keys)))
    found |= {name_key(p.name) for p in getattr(extraction, "new_people", ())}
    expected = {name_key(p) for p in label["people"]}
    optional = {name_key(p) for p in label["people_optional"]}
    # "Maria Luiza Viotti" is "Maria Luiza Ribeiro Viotti": the same first and last names,
    # one name's words all in the other's.
    found = {next((k for k in expected | optional if _same_person(k, f)), f) for f in found}
    _tally(report, case, "people", expected, found, optional)
    found -= optional - expected
    heads = {k for k in expected | found if k in names.heads}
    slices = {
        "heads of state/government": heads,
        "officials below": (expected | found) - heads,
        "Russian texts": (expected | found) if label["language"] == "ru" else set(),
        "before 2015": (expected | found) if case.parsed.published < BEFORE else set(),
    }
    for slice_name, members in slices.items():
        report.people[slice_name].add(expected & members, found & members)
    # Places as (name key, country code).
    found_places: set[str] = set()
    wanted_places = {_place_key(p): p for p in label["places"]}
    towns = {t.key: {(name_key(t.name), t.country)} for t in getattr(extraction, "new_places", ())}
    for slug in extraction.places:
        keys = names.places.get(slug) or towns.get(slug, set())
        hit = next((wanted_places[k] for k in keys if k in wanted_places), None)
        found_places.add(hit or slug)
    _tally(report, case, "places", set(label["places"]), found_places, set())


def _same_person(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if a == b or len(wa) < 2 or len(wb) < 2 or (wa[0], wa[-1]) != (wb[0], wb[-1]):
        return a == b
    return set(wa) <= set(wb) or set(wb) <= set(wa)


def _place_key(label: str) -> tuple[str, str]:
    name, _, code = label.rpartition(",")
    return name_key(name), code.strip()


def _score_events(case: Case, extraction, report: Report) -> None:
    published = case.parsed.published
    required, skipped, background = set(), set(), set()
    for event in case.label["events"]:
        day = dt.date.fromisoformat(event["date"]) if event.get("date") else None
        if day is not None and day > published:
            skipped.add(event["type"])
        elif event["current"]:
            required.add(event["type"])
        else:
            background.add(event["type"])
    found = {
        e.type for e in extraction.events if getattr(e, "status", "current") in ("current", "")
    }
    counted = found - (skipped - required)
    report.kinds["events"].add(required, counted)
    for type_ in required | counted:
        report.event_types[type_].add(required & {type_}, counted & {type_})
    wrong = counted - required
    report.background_as_current += len(wrong & background)
    for type_ in sorted(required - counted):
        report.errors.append(f"{case.corpus}/{case.name}: missed event {type_}")
    for type_ in sorted(wrong):
        why = " (background or planned)" if type_ in background else ""
        report.errors.append(f"{case.corpus}/{case.name}: wrong event {type_}{why}")


SCALE_WORDS = [
    ("трлн", 10**12),
    ("триллион", 10**12),
    ("trillion", 10**12),
    ("млрд", 10**9),
    ("миллиард", 10**9),
    ("billion", 10**9),
    ("bln", 10**9),
    ("bn", 10**9),
    ("млн", 10**6),
    ("миллион", 10**6),
    ("million", 10**6),
    ("mln", 10**6),
    ("тыс", 10**3),
    ("thousand", 10**3),
]
# The labels' kinds and the archive's: which of ours answers each of theirs.
KIND_ANSWERS = {
    "trade": {"trade_turnover", "exports", "imports", "trade_balance"},
    "investment": {"investment"},
    "aid": {"aid", "loan"},
    "other": {"other", "aid", "loan", "growth", "freight"},
    "freight": {"freight"},
}


def _scale(word: str | None) -> int:
    word = (word or "").lower()
    return next((value for prefix, value in SCALE_WORDS if word.startswith(prefix)), 1)


def _unit(unit: str) -> str:
    return "%" if unit == "percent" else unit


def _spans(body: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(text), body)]


def _figure_hits(figure, spans: list[tuple[int, int]]) -> bool:
    start = getattr(figure, "start", None)
    if start is not None:
        end = getattr(figure, "end", start + 1)
        return any(s < end and start < e for s, e in spans)
    sentence_start = figure.sentence_start
    sentence_end = sentence_start + len(figure.sentence)
    return any(sentence_start <= s and e <= sentence_end for s, e in spans)


def _score_figures(case: Case, extraction, report: Report) -> None:
    body = case.parsed.body
    tally = report.figures
    figures = list(extraction.figures)
    tally.extracted += len(figures)
    used: set[tuple[int, int]] = set()  # (figure, 0 for its value or 1 for a range's end)
    for wanted in case.label["figures"]:
        tally.labelled += 1
        value = Decimal(str(wanted["value"])) * _scale(wanted.get("scale"))
        unit = _unit(wanted["unit"])
        spans = _spans(body, wanted["text"])
        # A range is one figure with two values: it answers the two labels of its ends.
        hit, end = next(
            (
                (i, side)
                for i, f in enumerate(figures)
                for side, v in enumerate((f.value, getattr(f, "range_to", None)))
                if (i, side) not in used
                and f.unit == unit
                and v == value
                and _figure_hits(f, spans)
            ),
            (None, 0),
        )
        where = f"{case.corpus}/{case.name}"
        if hit is None:
            report.errors.append(f"{where}: missed figure {value:f} {unit} in {wanted['text']!r}")
            continue
        used.add((hit, end))
        tally.found += 1
        if figures[hit].kind in KIND_ANSWERS.get(wanted["kind"], {wanted["kind"]}):
            tally.exact += 1
        else:
            report.errors.append(
                f"{where}: figure {wanted['text']!r} typed {figures[hit].kind}, "
                f"labelled {wanted['kind']}"
            )
    for i, figure in enumerate(figures):
        if (i, 0) in used or (i, 1) in used:
            continue
        tally.unmatched += 1
        report.errors.append(
            f"{case.corpus}/{case.name}: wrong figure {figure.value:f} {figure.unit} "
            f"({figure.kind}) in {figure.sentence[:80]!r}"
        )
    tally.split += sum(_from_split_number(body, f) for f in figures)


def _from_split_number(body: str, figure) -> bool:
    """A figure read from the tail of a number cut at its decimal point or separator."""
    start = getattr(figure, "start", None)
    if start is None:
        start = figure.sentence_start
        if not figure.sentence[:1].isdigit():
            return False
    return start >= 2 and body[start - 1] in ".," and body[start - 2].isdigit()


# --- Headlines and sentences ---------------------------------------------------------------


def _score_headline(case: Case, report: Report) -> None:
    tally = report.headlines
    tally.articles += 1
    headline = case.parsed.headline
    where = f"{case.corpus}/{case.name}"
    problems = headline_problems(headline, case.parsed.body)
    for problem in problems:
        tally.bad[problem] += 1
    if problems:
        report.errors.append(f"{where}: headline {', '.join(problems)}: {headline!r}")
    published = case.label.get("headline_at_source")
    if published and not published.startswith("(from URL)"):
        source, derived = content_words(published), content_words(headline)
        if source and derived:
            common = len(source & derived)
            recall, precision = common / len(source), common / len(derived)
            f1 = 2 * recall * precision / (recall + precision) if common else 0.0
        else:
            recall = f1 = 0.0
        tally.compared += 1
        tally.overlap_f1 += f1
        tally.overlap_recall += recall


def _score_sentences(body: str, splitter, tally: SentenceTally) -> None:
    sentences = splitter(body)
    for current, following in itertools.pairwise(sentences):
        tally.boundaries += 1
        problem = boundary_problem(current, following)
        if problem:
            tally.bad[problem] += 1


# --- Report -------------------------------------------------------------------------------
