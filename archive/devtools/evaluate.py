"""Precision, recall and F1 of extraction against a labelled set (tests/data/*.jsonl).

Each line: {"id", "date", "text", "countries": [ISO2], "people": [slug], "places": [slug],
"events": [type]}. Scores are micro-averaged over the set: per entity type, and per event
type. Pure, given a Gazetteer.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from archive.ingest.extract import Gazetteer, extract
from archive.text.slugs import slug as make_slug

KINDS = ("countries", "people", "places", "events")
SINGULAR = {"countries": "country", "people": "person", "places": "place", "events": "event"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: set, found: set) -> None:
        self.tp += len(expected & found)
        self.fp += len(found - expected)
        self.fn += len(expected - found)


@dataclass
class Report:
    by_kind: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    by_event: dict[str, Score] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    cases: int = 0


def load_cases(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def found_in(case: dict, gazetteer: Gazetteer) -> dict[str, set[str]]:
    result = extract(case["text"], dt.date.fromisoformat(case["date"]), gazetteer)
    newcomers = {make_slug(p.name) for p in result.new_people}
    return {
        "countries": set(result.countries),
        "people": set(result.people) | newcomers,
        "places": set(result.places),
        "events": {e.type for e in result.events},
    }


def evaluate(cases: list[dict], gazetteer: Gazetteer) -> Report:
    report = Report(cases=len(cases))
    event_types: Counter = Counter()
    for case in cases:
        found = found_in(case, gazetteer)
        for kind in KINDS:
            expected = set(case.get(kind, []))
            report.by_kind[kind].add(expected, found[kind])
            for missing in sorted(expected - found[kind]):
                report.errors.append(f"{case['id']}: missed {SINGULAR[kind]} {missing}")
            for extra in sorted(found[kind] - expected):
                report.errors.append(f"{case['id']}: wrong {SINGULAR[kind]} {extra}")
        for type_ in set(case.get("events", [])) | found["events"]:
            event_types[type_] += 1
            score = report.by_event.setdefault(type_, Score())
            score.add({type_} & set(case.get("events", [])), {type_} & found["events"])
    return report


def format_report(report: Report) -> str:
    lines = [
        f"Extraction on {report.cases} labelled articles",
        f"  {'':<16} {'precision':>9} {'recall':>7} {'F1':>6}   (tp/fp/fn)",
    ]
    for name, score in [
        *report.by_kind.items(),
        ("", None),
        *sorted((f"event {k}", v) for k, v in report.by_event.items()),
    ]:
        if score is None:
            lines.append("  per event type:")
            continue
        lines.append(
            f"  {name:<16} {score.precision:>9.3f} {score.recall:>7.3f} "
            f"{score.f1:>6.3f}   ({score.tp}/{score.fp}/{score.fn})"
        )
    if report.errors:
        lines.append("  errors:")
        lines += [f"    {e}" for e in report.errors]
    return "\n".join(lines)
