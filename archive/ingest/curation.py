"""Curation: what editors do to stored records beyond a field edit — extraction run again
after a gazetteer change, and people or places merged. Each runs in transactions of its
own and queues the articles it changes for indexing."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from archive import pairs as pair_tables
from archive.ingest.extract import Gazetteer, extract
from archive.ingest.parser import derive
from archive.ingest.plan import batched
from archive.ingest.writer import replace_extractions
from archive.models import (
    Article,
    ArticlePerson,
    ArticlePlace,
    Event,
    EventPerson,
    FormerSlug,
    Office,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
)
from archive.search.queue import enqueue, signals_suspended
from archive.text.sentences import split_paragraphs


def reextract(articles: Iterable[Article], gazetteer: Gazetteer, batch: int = 200) -> int:
    """Extract again and replace what was stored, `batch` articles per transaction; derive
    the headline, lead and dateline again as the parser now would, except a headline the
    file gave or an editor wrote, and a lead an editor wrote."""
    count = 0
    for chunk in batched(articles, batch):
        pairs = [(a, extract(a.body, a.published, gazetteer)) for a in chunk]
        with transaction.atomic(), signals_suspended():
            for article, _ in pairs:
                rederive(article, gazetteer.cities)
            replace_extractions(pairs)
        count += len(pairs)
    return count


def rederive(article: Article, cities: frozenset[str] = frozenset()) -> None:
    """The parser's derived fields of a stored article, brought up to date."""
    derived = derive(split_paragraphs(article.body), cities)
    changes = {"dateline": derived.dateline[:200]}
    if not article.headline_given and "headline" not in article.edited_fields:
        changes["headline"] = derived.headline
    if "lead" not in article.edited_fields:
        changes["lead"] = derived.lead
    changes = {k: v for k, v in changes.items() if getattr(article, k) != v}
    if changes:
        Article.objects.filter(pk=article.pk).update(**changes)
        for name, value in changes.items():
            setattr(article, name, value)


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


def _repoint_spans(model, kind: str, target, other) -> None:
    """The stored name spans of `other`'s articles point at `target` (the page links them)."""
    ids = model.objects.filter(**{kind: other}).values_list("article_id", flat=True)
    articles = list(Article.objects.filter(pk__in=ids).only("pk", "mention_spans"))
    for article in articles:
        article.mention_spans = [
            [s, e, k, target.pk if (k, pk) == (kind, other.pk) else pk]
            for s, e, k, pk in article.mention_spans
        ]
    Article.objects.bulk_update(articles, ["mention_spans"], batch_size=200)


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
        _repoint_spans(ArticlePerson, "person", target, other)
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
        FormerSlug.record(other.slug, target)  # the merged page's address leads on
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
        _repoint_spans(ArticlePlace, "place", target, other)
        _move_mentions(ArticlePlace, "place", target, other)
        moved = list(Event.objects.filter(place=other).values_list("pk", flat=True))
        Event.objects.filter(pk__in=moved).update(place=target)
        pair_tables.sync_trips(moved)  # a summit's country is its place's
        PlaceAlias.objects.bulk_create(
            PlaceAlias(place=target, name=n) for n in _names_to_keep(target, other)
        )
        FormerSlug.record(other.slug, target)
        other.delete()
        merged += 1
    enqueue(target.articles.values_list("pk", flat=True))
    return merged
