"""The only module that writes archive rows: the gazetteer, articles with what extraction
found in them, and merges. Every write is idempotent on a stable key, and each article is
stored in its own transaction together with its index-queue entry.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import itertools
import logging
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from archive.cache import bump
from archive.ingest import parser
from archive.ingest.extract import Extraction, Gazetteer, extract
from archive.ingest.fixtures import CountryRow, OfficeRow, PlaceRow
from archive.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticlePlace,
    Country,
    CountryAlias,
    Event,
    EventCountry,
    EventPerson,
    Figure,
    Office,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
    Source,
)
from archive.search.queue import enqueue, signals_suspended
from archive.text.fold import fold

log = logging.getLogger(__name__)

# Headline, lead and language may be corrected by an editor; a re-ingest keeps such edits.
EDITABLE_FIELDS = ("headline", "lead", "language", "published", "source")
EVENT_MATCH_DAYS = 3
KNOWN_SOURCES = {
    "Qazinform": "Qazinform News Agency",
    "Kazinform": "Qazinform News Agency",
    "TASS": "TASS",
    "Xinhua": "Xinhua",
    "Reuters": "Reuters",
    "AKIpress": "AKIpress",
    "Trend": "Trend News Agency",
    "Kabar": "Kabar",
    "UzA": "UzA",
    "Khovar": "Khovar",
}
SOURCE_RE = re.compile("|".join(re.escape(marker) for marker in KNOWN_SOURCES))


class Status(enum.StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    path: str
    status: Status
    article_id: int | None = None
    message: str = ""


# --- Gazetteer ----------------------------------------------------------------------------


@transaction.atomic
def load_gazetteer(
    countries: list[CountryRow], offices: list[OfficeRow], places: list[PlaceRow]
) -> dict[str, int]:
    """Create what is missing; never overwrite an editor's correction. Returns counts."""
    created = {"countries": 0, "aliases": 0, "people": 0, "offices": 0, "places": 0}
    by_code = {c.iso2: c for c in Country.objects.all()}
    for row in countries:
        if row.iso2 not in by_code:
            by_code[row.iso2] = Country.objects.create(
                iso2=row.iso2,
                iso3=row.iso3,
                name=row.name,
                official_name=row.official_name,
                slug=slugify(row.name) or row.iso2.lower(),
                un_member=row.un_member,
            )
            created["countries"] += 1
    existing = set(CountryAlias.objects.values_list("country__iso2", "name"))
    new_aliases = [
        CountryAlias(country=by_code[row.iso2], name=name, kind=kind)
        for row in countries
        for name, kind in row.aliases
        if (row.iso2, name) not in existing
    ]
    created["aliases"] += len(CountryAlias.objects.bulk_create(new_aliases, ignore_conflicts=True))

    people = _load_people(offices, by_code, created)
    _load_offices(offices, people, by_code, created)
    _load_places(places, by_code, created)
    _load_capitals(countries, by_code, created)
    return created


def _find_person(name: str, people: dict[str, Person], alias_owner: dict[str, Person]):
    """A person by slug, or by an alias left behind when an editor merged them away."""
    return people.get(slugify(name)) or alias_owner.get(name)


def _load_people(offices: list[OfficeRow], by_code, created) -> dict[str, Person]:
    people = {p.slug: p for p in Person.objects.all()}
    alias_owner = {a.name: a.person for a in PersonAlias.objects.select_related("person")}
    existing_aliases = set(PersonAlias.objects.values_list("person_id", "name"))
    new_aliases = []
    resolved: dict[str, Person] = {}
    for row in offices:
        person = resolved.get(row.person) or _find_person(row.person, people, alias_owner)
        if person is None:
            person = Person.objects.create(name=row.person, slug=slugify(row.person))
            people[person.slug] = person
            created["people"] += 1
        resolved[row.person] = person
        for name, kind in row.aliases:
            if (person.pk, name) not in existing_aliases:
                existing_aliases.add((person.pk, name))
                new_aliases.append(PersonAlias(person=person, name=name, kind=kind))
    created["aliases"] += len(PersonAlias.objects.bulk_create(new_aliases, ignore_conflicts=True))
    return resolved


def _load_offices(offices: list[OfficeRow], people: dict[str, Person], by_code, created):
    existing = set(
        Office.objects.values_list("person_id", "role", "country__iso2", "organisation", "start")
    )
    new = []
    for row in offices:
        person = people[row.person]
        key = (person.pk, row.role, row.country or None, row.organisation, row.start)
        if key in existing:
            continue
        existing.add(key)
        new.append(
            Office(
                person=person,
                role=row.role,
                title=row.title,
                country=by_code.get(row.country),
                organisation=row.organisation,
                start=row.start,
                end=row.end,
            )
        )
    created["offices"] += len(Office.objects.bulk_create(new))


def _load_places(places: list[PlaceRow], by_code, created):
    existing = {p.slug: p for p in Place.objects.all()}
    merged_away = {a.name: a.place for a in PlaceAlias.objects.select_related("place")}
    alias_keys = set(PlaceAlias.objects.values_list("place_id", "name"))
    new_aliases = []
    for row in places:
        slug = slugify(f"{row.name}-{row.country}")
        place = existing.get(slug) or merged_away.get(row.name)
        if place is None:
            place = Place.objects.create(
                name=row.name, slug=slug, kind=row.kind, country=by_code[row.country]
            )
            existing[slug] = place
            created["places"] += 1
        for alias in row.aliases:
            if (place.pk, alias) not in alias_keys:
                alias_keys.add((place.pk, alias))
                new_aliases.append(PlaceAlias(place=place, name=alias))
    created["aliases"] += len(PlaceAlias.objects.bulk_create(new_aliases, ignore_conflicts=True))


def _place_key(name: str) -> str:
    return "".join(ch for ch in fold(name).lower() if ch.isalnum())


def _load_capitals(countries: list[CountryRow], by_code, created):
    """Every capital is a place too, unless a place or alias already bears its name
    ("Kiev" stays an alias of Kyiv, "the Kremlin" a venue)."""
    known = {_place_key(n) for n in Place.objects.values_list("name", flat=True)}
    known |= {_place_key(n) for n in PlaceAlias.objects.values_list("name", flat=True)}
    slugs = set(Place.objects.values_list("slug", flat=True))
    new = []
    for row in countries:
        for name, kind in row.aliases:
            key, slug = _place_key(name), slugify(f"{name}-{row.iso2}")
            if kind != "capital" or key in known or slug in slugs or name.startswith("the "):
                continue
            known.add(key)
            slugs.add(slug)
            new.append(Place(name=name, slug=slug, kind="city", country=by_code[row.iso2]))
    created["places"] += len(Place.objects.bulk_create(new))


# --- Articles -----------------------------------------------------------------------------


def read_file(
    path: Path, *, max_bytes: int, today: dt.date | None = None
) -> parser.ParsedArticle | Outcome:
    """The parsed file, or a FAILED outcome naming what is wrong; never raises."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Outcome(
                str(path),
                Status.FAILED,
                message=f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
            )
        data = path.read_bytes()
    except OSError as exc:
        return Outcome(str(path), Status.FAILED, message=f"cannot read: {exc.strerror or exc}")
    try:
        return parser.parse_bytes(data, today=today)
    except parser.ParseError as exc:
        return Outcome(str(path), Status.FAILED, message=str(exc))


def classify(path: Path, parsed, existing, twin, dry_run: bool) -> Outcome | None:
    """UNCHANGED, DUPLICATE or (dry run) what would happen; None: store it.
    `existing` is the article from the same file name, `twin` one with the same text."""
    if existing and existing.sha256 == parsed.sha256:
        return Outcome(str(path), Status.UNCHANGED, existing.pk)
    if twin and (existing is None or twin.pk != existing.pk):
        return Outcome(
            str(path),
            Status.DUPLICATE,
            twin.pk,
            message=f"same text as {twin.source_file} (article {twin.pk})",
        )
    if dry_run:
        return Outcome(str(path), Status.UPDATED if existing else Status.CREATED)
    return None


def ingest_file(
    path: Path,
    gazetteer: Gazetteer,
    *,
    max_bytes: int,
    dry_run: bool = False,
    today: dt.date | None = None,
) -> Outcome:
    """Parse, extract and store one file in its own transaction; never raises for bad
    input. (Folders go through archive.ingest.pipeline, which batches this.)"""
    parsed = read_file(path, max_bytes=max_bytes, today=today)
    if isinstance(parsed, Outcome):
        return parsed
    existing = Article.objects.filter(source_file=path.name).only("id", "sha256").first()
    twin = Article.objects.filter(sha256=parsed.sha256).only("id", "source_file").first()
    if outcome := classify(path, parsed, existing, twin, dry_run):
        return outcome
    extraction = extract(parsed.body, parsed.published, gazetteer)
    return store_file(path, parsed, extraction, existing and existing.pk)


def store_file(path: Path, parsed, extraction: Extraction, existing_id: int | None) -> Outcome:
    try:
        with transaction.atomic(), signals_suspended():
            article = store_article(path.name, parsed, extraction, existing_id=existing_id)
    except IntegrityError as exc:  # a concurrent run stored the same file or text first
        return Outcome(str(path), Status.DUPLICATE, message=f"stored concurrently ({exc})")
    return Outcome(str(path), Status.UPDATED if existing_id else Status.CREATED, article.pk)


def store_new_articles(
    items: list[tuple[str, parser.ParsedArticle, Extraction]],
) -> list[Article]:
    """Create many articles at once: one INSERT per table for the whole batch instead of a
    dozen per article. The caller holds the transaction; names and texts must be new."""
    sources = _sources_for(parsed.body for _, parsed, _ in items)
    now = timezone.now()
    articles = Article.objects.bulk_create(
        Article(
            source_file=name,
            body=parsed.body,
            sha256=parsed.sha256,
            ingested_at=now,
            headline=parsed.headline,
            slug=slugify(parsed.headline)[:100].rstrip("-") or "article",
            lead=parsed.lead,
            published=parsed.published,
            language=parsed.language,
            source=sources.get(_source_name(parsed.body)),
        )
        for name, parsed, _ in items
    )
    apply_extractions([(a, x) for a, (_, _, x) in zip(articles, items, strict=True)], new=True)
    return articles


def store_article(
    source_file: str,
    parsed: parser.ParsedArticle,
    extraction: Extraction,
    existing_id: int | None = None,
) -> Article:
    values = {
        "headline": parsed.headline,
        "lead": parsed.lead,
        "published": parsed.published,
        "language": parsed.language,
        "source": detect_source(parsed.body),
    }
    if existing_id:
        article = Article.objects.select_for_update().get(pk=existing_id)
        for field, value in values.items():
            if field not in article.edited_fields:
                setattr(article, field, value)
        article.body, article.sha256 = parsed.body, parsed.sha256
        article.ingested_at = timezone.now()
        article.save()
    else:
        article = Article.objects.create(
            source_file=source_file,
            body=parsed.body,
            sha256=parsed.sha256,
            ingested_at=timezone.now(),
            **values,
        )
    apply_extraction(article, extraction, new=not existing_id)
    return article


def _source_name(body: str) -> str | None:
    found = set(SOURCE_RE.findall(body))  # one pass over the body, not one per marker
    return next((name for marker, name in KNOWN_SOURCES.items() if marker in found), None)


def _sources_for(bodies: Iterable[str]) -> dict[str, Source]:
    names = {name for body in bodies if (name := _source_name(body))}
    return {
        name: Source.objects.get_or_create(name=name, defaults={"slug": slugify(name)})[0]
        for name in names
    }


def detect_source(body: str) -> Source | None:
    name = _source_name(body)
    return _sources_for([body])[name] if name else None


def apply_extraction(article: Article, extraction: Extraction, new: bool = False) -> None:
    """Replace the article's mentions, events and figures with a fresh extraction, and
    queue the article for indexing."""
    apply_extractions([(article, extraction)], new=new)


def insert_rows(model, fields: list[str], rows: list[tuple]) -> None:
    """INSERT plain rows into `model`'s table with one executemany: the loader's hot path,
    where building tens of thousands of model instances for bulk_create cost more than the
    database did. No signals, as with bulk_create."""
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})", rows
        )


def insert_returning(model, fields: list[str], rows: list[tuple]) -> list[int]:
    """INSERT plain rows and return their new ids, in order: bulk_create's own SQL
    (multi-row VALUES … RETURNING id, as Django writes it for SQLite and PostgreSQL)
    without building a model instance per row. Dates and decimals are adapted as the
    fields would; every other value must already be what the column stores."""
    if not rows:
        return []
    if not connection.features.can_return_rows_from_bulk_insert:
        created = model.objects.bulk_create(
            model(**dict(zip(fields, r, strict=True))) for r in rows
        )
        return [obj.pk for obj in created]
    opts = model._meta
    quote = connection.ops.quote_name
    columns = [opts.get_field(name) for name in fields]
    adapt = [
        (lambda v, f=f: f.get_db_prep_save(v, connection))
        if f.get_internal_type() in {"DateField", "DecimalField"}
        else None
        for f in columns
    ]
    names = ", ".join(quote(f.column) for f in columns)
    one = "(" + ", ".join(["%s"] * len(columns)) + ")"
    size = max(1, connection.ops.bulk_batch_size(columns, rows))
    ids: list[int] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            params = [
                value if fn is None or value is None else fn(value)
                for row in chunk
                for fn, value in zip(adapt, row, strict=True)
            ]
            cursor.execute(
                f"INSERT INTO {quote(opts.db_table)} ({names}) VALUES "
                f"{', '.join([one] * len(chunk))} RETURNING {quote(opts.pk.column)}",
                params,
            )
            ids.extend(row[0] for row in cursor.fetchall())
    if len(ids) != len(rows):
        raise DatabaseError(f"{opts.db_table}: {len(rows)} rows inserted, {len(ids)} ids back")
    return ids


@dataclass
class _Ids:
    """Database ids of the countries, people and places a batch of extractions names."""

    countries: dict[str, int]
    people: dict[str, int]
    places: dict[str, int]

    @classmethod
    def of(cls, extractions: list[Extraction]) -> _Ids:
        codes, slugs, places = set(), set(), set()
        for x in extractions:
            codes |= _codes(x)
            slugs |= _slugs(x)
            places |= _place_slugs(x)
        return cls(
            dict(Country.objects.filter(iso2__in=codes).values_list("iso2", "id")),
            dict(Person.objects.filter(slug__in=slugs).values_list("slug", "id")),
            dict(Place.objects.filter(slug__in=places).values_list("slug", "id")),
        )


def apply_extractions(pairs: list[tuple[Article, Extraction]], new: bool = False) -> None:
    """apply_extraction for many articles, with one query per table for all of them."""
    if not pairs:
        return
    ids = _Ids.of([x for _, x in pairs])
    articles = [a for a, _ in pairs]
    if not new:
        for model in (ArticleCountry, ArticlePerson, ArticlePlace, Figure):
            model.objects.filter(article__in=articles).delete()
    for model, field, table, known in (
        (ArticleCountry, "country", "countries", ids.countries),
        (ArticlePerson, "person", "people", ids.people),
        (ArticlePlace, "place", "places", ids.places),
    ):
        insert_rows(
            model,
            ["article", field, "count", "first_offset"],
            [
                (a.pk, known[key], stat.count, stat.first_offset)
                for a, x in pairs
                for key, stat in getattr(x, table).items()
                if key in known
            ],
        )
    for article, extraction in pairs:
        _store_newcomers(article, extraction)
    _store_events(pairs, ids, new)
    _store_figures(pairs, ids)
    enqueue(a.pk for a in articles)
    bump()


def _store_newcomers(article, extraction) -> None:
    """Officials the gazetteer lacks become people marked for review, with their mention."""
    for newcomer in extraction.new_people:
        slug = slugify(newcomer.name)[:150]
        person = (
            Person.objects.filter(slug=slug).first()
            or Person.objects.filter(aliases__name=newcomer.name).first()
        )
        if person is None:
            where = f" of {newcomer.country}" if newcomer.country else ""
            person = Person.objects.create(
                name=newcomer.name,
                slug=slug,
                needs_review=True,
                notes=f"Found by extraction as “{newcomer.title}{where}” in "
                f"“{article.headline}” ({article.published:%Y-%m-%d}).",
            )
        ArticlePerson.objects.get_or_create(
            article=article,
            person=person,
            defaults={
                "count": max(1, article.body.count(newcomer.name)),
                "first_offset": newcomer.offset,
            },
        )


def _store_figures(pairs: list[tuple[Article, Extraction]], ids: _Ids) -> None:
    flat = [(a, f) for a, x in pairs for f in x.figures]
    figure_ids = insert_returning(
        Figure,
        [
            "article",
            "kind",
            "value",
            "unit",
            "qualifier",
            "is_target",
            "change_percent",
            "period",
            "sentence",
        ],
        [
            (
                a.pk,
                f.kind,
                f.value,
                f.unit,
                f.qualifier,
                f.is_target,
                f.change_percent,
                f.period[:100],
                f.sentence,
            )
            for a, f in flat
        ],
    )
    insert_rows(
        Figure.countries.through,
        ["figure", "country"],
        [
            (figure_id, ids.countries[code])
            for figure_id, (_, f) in zip(figure_ids, flat, strict=True)
            for code in f.countries
            if code in ids.countries
        ],
    )


def _codes(x: Extraction) -> set[str]:
    codes = set(x.countries)
    for event in x.events:
        codes |= {c for c, _ in event.countries}
    for figure in x.figures:
        codes |= set(figure.countries)
    return codes


def _slugs(x: Extraction) -> set[str]:
    return set(x.people) | {p for e in x.events for p, _ in e.people}


def _place_slugs(x: Extraction) -> set[str]:
    return set(x.places) | {e.place for e in x.events if e.place}


def _event_key(ev) -> str:
    return "|".join(
        [",".join(sorted(c for c, _ in ev.countries)), ",".join(sorted(p for p, _ in ev.people))]
    )[:255]


def _match_windows(
    dates_by_key: dict[str, list[dt.date]], window: dt.timedelta, per_query: int = 300
) -> Iterator[Q]:
    """The stored events that can match: for each participants key, only the days near the
    batch's events with that key (one query over the whole span of a batch grew with the
    archive: at 100,000 articles it fetched most events of the popular pairs every batch)."""
    clauses = []
    for key, dates in dates_by_key.items():
        dates = sorted(dates)
        start = end = dates[0]
        for day in dates[1:]:
            if day - end > 2 * window:
                clauses.append(Q(participants_key=key, date__range=(start - window, end + window)))
                start = day
            end = day
        clauses.append(Q(participants_key=key, date__range=(start - window, end + window)))
    for first in range(0, len(clauses), per_query):
        yield functools.reduce(operator.or_, clauses[first : first + per_query])


@dataclass
class _EventRow:
    """A stored event as matching needs it: its id (set once inserted) and its date."""

    pk: int | None
    date: dt.date


def _store_events(pairs: list[tuple[Article, Extraction]], ids: _Ids, new: bool = False) -> None:
    """Link each article to its events, reusing an event another article already reported
    (same type, subtype and participants, within EVENT_MATCH_DAYS), earlier articles of
    the same batch included. A few queries per batch, whatever the number of events."""
    articles = [a for a, _ in pairs]
    through = Event.articles.through
    old_events: list[int] = []
    if not new:
        old_events = list(
            through.objects.filter(article__in=articles).values_list("event_id", flat=True)
        )
        through.objects.filter(article__in=articles).delete()
    extracted = [(a, ev) for a, x in pairs for ev in x.events]
    if extracted:
        window = dt.timedelta(days=EVENT_MATCH_DAYS)
        dates_by_key: dict[str, list[dt.date]] = {}
        for _, ev in extracted:
            dates_by_key.setdefault(_event_key(ev), []).append(ev.date)
        known: dict[tuple[str, str, str], list[_EventRow]] = {}
        for condition in _match_windows(dates_by_key, window):
            rows = Event.objects.filter(condition).values_list(
                "pk", "type", "subtype", "participants_key", "date"
            )
            for pk, type_, subtype, participants, date in rows:
                known.setdefault((type_, subtype, participants), []).append(_EventRow(pk, date))
        for candidates in known.values():
            candidates.sort(key=lambda e: (e.date, e.pk))
        links: list[tuple[int, _EventRow]] = []
        fresh: list[tuple[_EventRow, object, str]] = []
        for article, ev in extracted:
            key = (ev.type, ev.subtype, _event_key(ev))
            match = next((e for e in known.get(key, ()) if abs(e.date - ev.date) <= window), None)
            if match is None:
                match = _EventRow(None, ev.date)
                fresh.append((match, ev, key[2]))
                known.setdefault(key, []).append(match)
            links.append((article.pk, match))
        new_ids = insert_returning(
            Event,
            ["type", "subtype", "title", "date", "place", "participants_key"],
            [
                (ev.type, ev.subtype, ev.title[:300], ev.date, ids.places.get(ev.place), key)
                for _, ev, key in fresh
            ],
        )
        for (row, _, _), pk in zip(fresh, new_ids, strict=True):
            row.pk = pk
        insert_rows(
            EventPerson,
            ["event", "person", "role"],
            [
                (event.pk, ids.people[p], role)
                for event, ev, _ in fresh
                for p, role in ev.people
                if p in ids.people
            ],
        )
        insert_rows(
            EventCountry,
            ["event", "country", "role"],
            [
                (event.pk, ids.countries[c], role)
                for event, ev, _ in fresh
                for c, role in ev.countries
                if c in ids.countries
            ],
        )
        # Each article's links were deleted above (or it is new): no row exists yet.
        insert_rows(
            through,
            ["event", "article"],
            list(dict.fromkeys((event.pk, pk) for pk, event in links)),
        )
    # An event no article reports any more goes with its last report.
    Event.objects.filter(pk__in=old_events, articles__isnull=True).delete()


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to `size` items (itertools.batched arrives with Python 3.12)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def reextract(articles: Iterable[Article], gazetteer: Gazetteer, batch: int = 200) -> int:
    """Extract again and replace what was stored, `batch` articles per transaction."""
    count = 0
    for chunk in batched(articles, batch):
        pairs = [(a, extract(a.body, a.published, gazetteer)) for a in chunk]
        with transaction.atomic(), signals_suspended():
            apply_extractions(pairs)
        count += len(pairs)
    return count


# --- Merges -------------------------------------------------------------------------------


def _move_mentions(model, field: str, target, other) -> None:
    """Re-point `other`'s mentions at `target`, adding counts where both were mentioned."""
    for mention in model.objects.filter(**{field: other}).select_related("article"):
        kept = model.objects.filter(article=mention.article, **{field: target}).first()
        if kept:
            kept.count += mention.count
            kept.first_offset = min(kept.first_offset, mention.first_offset)
            kept.save()
            mention.delete()
        else:
            setattr(mention, field, target)
            mention.save()


def _names_to_keep(target, other) -> list[str]:
    """Names of `other` that `target` lacks: they become aliases of `target`."""
    names = {other.name} | set(other.aliases.values_list("name", flat=True))
    known = set(target.aliases.values_list("name", flat=True)) | {target.name}
    return sorted(names - known)


@transaction.atomic
def merge_people(target: Person, others: Iterable[Person]) -> int:
    """Fold `others` into `target`: mentions, offices, events and aliases move; names stay
    findable as aliases so that the gazetteer never brings a merged person back."""
    merged = 0
    for other in others:
        if other.pk == target.pk:
            continue
        _move_mentions(ArticlePerson, "person", target, other)
        for role in EventPerson.objects.filter(person=other):
            if EventPerson.objects.filter(event=role.event, person=target).exists():
                role.delete()
            else:
                role.person = target
                role.save()
        Office.objects.filter(person=other).update(person=target)
        PersonAlias.objects.bulk_create(
            PersonAlias(person=target, name=n) for n in _names_to_keep(target, other)
        )
        other.delete()
        merged += 1
    enqueue(target.articles.values_list("pk", flat=True))
    return merged


@transaction.atomic
def merge_places(target: Place, others: Iterable[Place]) -> int:
    """Fold `others` into `target`, as merge_people does for people."""
    merged = 0
    for other in others:
        if other.pk == target.pk:
            continue
        _move_mentions(ArticlePlace, "place", target, other)
        Event.objects.filter(place=other).update(place=target)
        PlaceAlias.objects.bulk_create(
            PlaceAlias(place=target, name=n) for n in _names_to_keep(target, other)
        )
        other.delete()
        merged += 1
    enqueue(target.articles.values_list("pk", flat=True))
    return merged
