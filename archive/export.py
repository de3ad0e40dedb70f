"""Articles as plain records for researchers: JSON Lines (nested) and CSV (flat)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from django.db.models import Prefetch

from archive.models import Article, Event, EventCountry, EventPerson

CSV_COLUMNS = [
    "id",
    "url",
    "title",
    "published",
    "source",
    "source_file",
    "sha256",
    "countries",
    "people",
    "places",
    "event_types",
    "figures",
]


def export_queryset():
    # Every list in a fixed order, so that two exports of the same archive are the same
    # file whatever order the database returns rows in (PostgreSQL promises none).
    events = (
        Event.objects.order_by("-date", "type", "id")
        .select_related("place")
        .prefetch_related(
            Prefetch(
                "eventperson_set",
                EventPerson.objects.select_related("person").order_by("role", "person__name"),
            ),
            Prefetch(
                "eventcountry_set",
                EventCountry.objects.select_related("country").order_by("role", "country__iso2"),
            ),
        )
    )
    return (
        Article.objects.order_by("published", "id")
        .select_related("source")
        .prefetch_related(
            "countries", "people", "places", "figures__countries", Prefetch("events", events)
        )
    )


def article_record(article: Article, base_url: str) -> dict:
    return {
        "id": article.pk,
        "url": base_url.rstrip("/") + article.get_absolute_url(),
        "title": article.headline,
        "published": article.published.isoformat(),
        "language": article.language,
        "source": article.source.name if article.source else None,
        "original_url": article.url or None,
        "dateline": article.dateline or None,
        "source_file": article.source_file,
        "sha256": article.sha256,
        "lead": article.lead,
        "countries": sorted(c.iso2 for c in article.countries.all()),
        "people": sorted(p.name for p in article.people.all()),
        "places": sorted(p.name for p in article.places.all()),
        "events": [
            {
                "type": e.type,
                "subtype": e.subtype,
                "status": e.status,
                "title": e.title,
                "subject": e.subject,
                "date": e.date.isoformat(),
                "date_precision": e.date_precision,
                "place": e.place.name if e.place else None,
                "people": [
                    {"name": r.person.name, "role": r.role} for r in e.eventperson_set.all()
                ],
                "countries": [
                    {"code": r.country.iso2, "role": r.role} for r in e.eventcountry_set.all()
                ],
            }
            for e in article.events.all()
        ],
        "figures": [
            {
                "kind": f.kind,
                "value": format(f.value.normalize(), "f"),
                "range_to": format(f.range_to.normalize(), "f") if f.range_to is not None else None,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "is_target": f.is_target,
                "period": f.period,
                "quote": f.quote,
                "countries": sorted(c.iso2 for c in f.countries.all()),
                "sentence": f.sentence,
            }
            for f in article.figures.all()
        ],
    }


def records(base_url: str) -> Iterator[dict]:
    for article in export_queryset().iterator(chunk_size=500):
        yield article_record(article, base_url)


def write_jsonl(out: TextIO, base_url: str) -> int:
    count = 0
    for record in records(base_url):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(out: TextIO, base_url: str) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for r in records(base_url):
        writer.writerow(
            {
                **{
                    k: r[k]
                    for k in ("id", "url", "title", "published", "source", "source_file", "sha256")
                },
                "countries": ";".join(r["countries"]),
                "people": ";".join(r["people"]),
                "places": ";".join(r["places"]),
                "event_types": ";".join(sorted({e["type"] for e in r["events"]})),
                "figures": ";".join(f"{f['kind']}={f['value']} {f['unit']}" for f in r["figures"]),
            }
        )
        count += 1
    return count
