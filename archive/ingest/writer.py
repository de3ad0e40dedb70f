"""The writer: the one place that writes an article's rows — the article itself, its
country, person and place mentions, its events and its figures — from a parse and an
extraction, and queues the article for indexing in the same transaction.

It writes and decides nothing else: which files to store, and in which transaction, is the
pipeline's business (archive/ingest/pipeline.py: a batch of new articles in one
transaction, each changed one in a savepoint; a file on its own in its own); merges and
re-extraction are curation's (archive/ingest/curation.py). Every caller holds the
transaction. Rows go in with one INSERT per table for a whole batch (archive/ingest/sql.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from archive import pairs as pair_tables
from archive.cache import bump
from archive.ingest.event_store import paragraph_of, store_events
from archive.ingest.extract import Extraction
from archive.ingest.parser import ParsedArticle
from archive.ingest.sql import insert_returning, insert_rows
from archive.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticlePlace,
    Country,
    Figure,
    Office,
    Person,
    PersonAlias,
    Place,
    Source,
)
from archive.search.queue import enqueue
from archive.text.names import skeleton
from archive.text.slugs import slug as make_slug

# Headline, lead and language may be corrected by an editor; a re-ingest keeps such edits.
EDITABLE_FIELDS = ("headline", "lead", "language", "published", "source")


def create_articles(items: list[tuple[str, ParsedArticle, Extraction]]) -> list[Article]:
    """Create articles from (file name, parse, extraction): one INSERT per table for all of
    them. Names and texts must be new."""
    sources = _sources(parsed.source for _, parsed, _ in items)
    now = timezone.now()
    articles = Article.objects.bulk_create(
        Article(
            source_file=name,
            body=parsed.body,
            sha256=parsed.sha256,
            ingested_at=now,
            headline=parsed.headline,
            slug=make_slug(parsed.headline)[:100].rstrip("-") or "article",
            lead=parsed.lead,
            published=parsed.published,
            language=parsed.language,
            source=sources.get(parsed.source),
            url=parsed.url,
            dateline=parsed.dateline[:200],
            headline_given=parsed.title_given,
        )
        for name, parsed, _ in items
    )
    _write_extractions([(a, x) for a, (_, _, x) in zip(articles, items, strict=True)], new=True)
    return articles


def update_article(article_id: int, parsed: ParsedArticle, extraction: Extraction) -> Article:
    """Replace a stored article's text and everything found in it, keeping the fields an
    editor changed (EDITABLE_FIELDS)."""
    values = {
        "headline": parsed.headline,
        "lead": parsed.lead,
        "published": parsed.published,
        "language": parsed.language,
        "source": _sources([parsed.source]).get(parsed.source),
    }
    article = Article.objects.select_for_update().get(pk=article_id)
    for name, value in values.items():
        if name not in article.edited_fields:
            setattr(article, name, value)
    article.body, article.sha256 = parsed.body, parsed.sha256
    article.url, article.dateline = parsed.url, parsed.dateline[:200]
    if "headline" not in article.edited_fields:
        article.headline_given = parsed.title_given
    article.ingested_at = timezone.now()
    article.save()
    _write_extractions([(article, extraction)], new=False)
    return article


def replace_extractions(pairs: list[tuple[Article, Extraction]]) -> None:
    """Replace stored articles' mentions, events and figures with fresh extractions (the
    text unchanged): re-extraction after a gazetteer change."""
    _write_extractions(pairs, new=False)


def _sources(names) -> dict[str, Source]:
    return {
        name: Source.objects.get_or_create(name=name, defaults={"slug": make_slug(name)})[0]
        for name in {n for n in names if n}
    }


def _write_extractions(pairs: list[tuple[Article, Extraction]], new: bool) -> None:
    """The articles' mentions, events and figures, with one query per table for all of
    them (after deleting the old ones unless the articles are `new`); then queue them."""
    if not pairs:
        return
    newcomers, new_names = _store_newcomers(pairs)
    towns, new_towns = _store_new_places(pairs)
    new_names |= new_towns
    ids = _Ids.of([x for _, x in pairs])
    ids.people.update(newcomers)
    ids.places.update(towns)
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
    _store_spans(pairs, ids)
    store_events(pairs, ids, new)
    _store_figures(pairs, ids)
    enqueue(a.pk for a in articles)
    bump(names=new_names)  # a new person or alias: search reads the names again


def _store_spans(pairs: list[tuple[Article, Extraction]], ids: _Ids) -> None:
    """Where each article names its countries, people and places, by database id."""
    known = {"country": ids.countries, "person": ids.people, "place": ids.places}
    for article, extraction in pairs:
        article.mention_spans = [
            [start, end, kind, known[kind][key]]
            for start, end, kind, key in extraction.spans
            if key in known.get(kind, {})
        ]
    Article.objects.bulk_update([a for a, _ in pairs], ["mention_spans"], batch_size=200)


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


def _store_newcomers(pairs: list[tuple[Article, Extraction]]) -> tuple[dict[str, int], bool]:
    """Officials the gazetteer lacks become people marked for review, with the office the
    text gave them on the article's date and the other forms of their name; a name an
    editor already merged into someone is that someone. Returns {key: person id}, and
    whether a person or a name was added."""
    found: dict[str, int] = {}
    added = False
    for article, extraction in pairs:
        for newcomer in extraction.new_people:
            person = (
                Person.objects.filter(slug=newcomer.key).first()
                or Person.objects.filter(former_slugs__slug=newcomer.key).first()
                or Person.objects.filter(aliases__name=newcomer.name).first()
            )
            if person is None and (person := _spelt_otherwise(newcomer)) is not None:
                # "Alexei Borodavkin" after "Aleksey Borodavkin": the same person, this
                # spelling an alias of theirs
                name = newcomer.name[:150]
                added |= PersonAlias.objects.get_or_create(person=person, name=name)[1]
            if person is None:
                where = f" of {newcomer.country}" if newcomer.country else ""
                person = Person.objects.create(
                    name=newcomer.name,
                    slug=newcomer.key,
                    needs_review=True,
                    notes=f"Found by extraction as “{newcomer.title}{where}” in "
                    f"“{article.headline}” ({article.published:%Y-%m-%d}).",
                )
                added = True
            for alias in newcomer.aliases:
                added |= PersonAlias.objects.get_or_create(person=person, name=alias[:150])[1]
            if person.needs_review:
                _note_office(person, newcomer, article.published)
            found[newcomer.key] = person.pk
    return found, added


def _store_new_places(pairs: list[tuple[Article, Extraction]]) -> tuple[dict[str, int], bool]:
    """Towns and venues the gazetteer lacks (archive.ingest.extract.cities) become places
    of their own; one an editor merged into another place is that place. Returns {key: place id},
    and whether a place was added."""
    found: dict[str, int] = {}
    added = False
    countries: dict[str, Country | None] = {}
    for _, extraction in pairs:
        for town in extraction.new_places:
            if town.key in found:
                continue
            place = (
                Place.objects.filter(slug=town.key).first()
                or Place.objects.filter(former_slugs__slug=town.key).first()
            )
            if place is None:
                if town.country not in countries:
                    countries[town.country] = Country.objects.filter(iso2=town.country).first()
                if countries[town.country] is None:
                    continue
                place = Place.objects.create(
                    name=town.name[:150],
                    slug=town.key,
                    kind=town.kind,
                    country=countries[town.country],
                )
                added = True
            found[town.key] = place.pk
    return found, added


def _spelt_otherwise(newcomer) -> Person | None:
    """A person stored for review under another spelling of the same name (the same
    spelling-blind key: "Aleksey" and "Alexei"), of the same country or of none given."""
    last = newcomer.key.rsplit("-", 1)[-1]
    key = skeleton(newcomer.name)
    for person in Person.objects.filter(needs_review=True, slug__endswith=f"-{last}"):
        if skeleton(person.name) != key:
            continue
        countries = set(person.offices.values_list("country__iso2", flat=True)) - {None}
        if not newcomer.country or not countries or newcomer.country in countries:
            return person
    return None


def _note_office(person: Person, newcomer, day) -> None:
    """The office the text gives a newcomer, held (at least) on the day reported."""
    country = Country.objects.filter(iso2=newcomer.country).first() if newcomer.country else None
    title = newcomer.title[:120] or "Official"
    office = Office.objects.filter(person=person, title=title, country=country).first()
    if office is None:
        Office.objects.create(
            person=person, role=newcomer.role, title=title, country=country, start=day, end=day
        )
    elif not office.start <= day <= office.end:
        office.start, office.end = min(office.start, day), max(office.end, day)
        office.save(update_fields=["start", "end"])


def _store_figures(pairs: list[tuple[Article, Extraction]], ids: _Ids) -> None:
    flat = [(a, f) for a, x in pairs for f in x.figures]
    figure_ids = insert_returning(
        Figure,
        [
            "article",
            "kind",
            "value",
            "unit",
            "range_to",
            "qualifier",
            "is_target",
            "period",
            "quote",
            "sentence",
            "paragraph",
        ],
        [
            (
                a.pk,
                f.kind,
                f.value,
                f.unit,
                f.range_to,
                f.qualifier,
                f.is_target,
                f.period[:100],
                f.quote[:120],
                f.sentence,
                paragraph_of(a.body, f.sentence_start),
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
    pair_tables.add_figures(
        (figure_id, [ids.countries[code] for code in f.countries if code in ids.countries])
        for figure_id, (_, f) in zip(figure_ids, flat, strict=True)
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
