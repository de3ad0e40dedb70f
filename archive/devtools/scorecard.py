"""The tallies of a scoring run on real text (entities by kind and by slice, events, figures,
headlines, sentence splits) and the report printed from them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from archive.devtools.evaluate import Score

PERSON_SLICES = ("heads of state/government", "officials below", "Russian texts", "before 2015")


@dataclass
class FigureTally:
    labelled: int = 0
    found: int = 0  # value and unit
    exact: int = 0  # value, unit and kind
    extracted: int = 0
    unmatched: int = 0
    split: int = 0


@dataclass
class HeadlineTally:
    articles: int = 0
    compared: int = 0
    overlap_f1: float = 0.0
    overlap_recall: float = 0.0
    bad: dict[str, int] = field(
        default_factory=lambda: {"dateline or tag": 0, "under 4 words": 0, "cut short": 0}
    )


@dataclass
class SentenceTally:
    boundaries: int = 0
    bad: dict[str, int] = field(
        default_factory=lambda: {"in a number": 0, "after an abbreviation": 0, "at an initial": 0}
    )


@dataclass
class Report:
    name: str
    articles: int = 0
    kinds: dict[str, Score] = field(
        default_factory=lambda: {k: Score() for k in ("countries", "people", "places", "events")}
    )
    people: dict[str, Score] = field(default_factory=lambda: {s: Score() for s in PERSON_SLICES})
    event_types: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    background_as_current: int = 0
    figures: FigureTally = field(default_factory=FigureTally)
    headlines: HeadlineTally = field(default_factory=HeadlineTally)
    sentences: SentenceTally = field(default_factory=SentenceTally)
    errors: list[str] = field(default_factory=list)


def format_report(report: Report, errors: bool = False) -> str:
    lines = [f"{report.name} ({report.articles} articles)"]
    lines.append(f"  {'':<28} {'precision':>9} {'recall':>7} {'F1':>6}   (tp/fp/fn)")

    def row(label: str, s: Score) -> str:
        return (
            f"  {label:<28} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}"
            f"   ({s.tp}/{s.fp}/{s.fn})"
        )

    for kind, s in report.kinds.items():
        lines.append(row(kind if kind != "events" else "events (current, by type)", s))
    for slice_name, s in report.people.items():
        lines.append(row(f"  people: {slice_name}", s))
    for type_, s in sorted(report.event_types.items()):
        lines.append(row(f"  event {type_}", s))
    lines.append(
        f"  background or planned events stored as current: {report.background_as_current}"
    )
    f = report.figures
    if f.labelled:
        lines.append(
            f"  figures: {f.labelled} labelled; value and unit found {f.found} "
            f"({f.found / f.labelled:.0%}); value, unit and kind exact {f.exact} "
            f"({f.exact / f.labelled:.0%}); {f.extracted} extracted, {f.unmatched} matching "
            f"no label; {f.split} from a split number"
        )
    h = report.headlines
    bad = ", ".join(f"{k} {v}" for k, v in h.bad.items())
    overlap = (
        f"content-word overlap with the published headline: F1 {h.overlap_f1 / h.compared:.2f},"
        f" recall {h.overlap_recall / h.compared:.2f} ({h.compared} published)"
        if h.compared
        else "no published headlines"
    )
    lines.append(f"  headlines: {overlap}; bad: {bad}")
    t = report.sentences
    if t.boundaries:
        bad = ", ".join(f"{k} {v}" for k, v in t.bad.items())
        lines.append(f"  sentences: {t.boundaries} boundaries; wrong: {bad}")
    if errors and report.errors:
        lines.append("  errors:")
        lines += [f"    {e}" for e in report.errors]
    return "\n".join(lines)
