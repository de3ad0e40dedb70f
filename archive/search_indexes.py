"""The article search index: the document text and the names written here in Python (a
template rendered per article cost a quarter of the indexer's own time), explicit filter
fields, and the related rows a document needs read for a whole batch in a few flat queries
(`articles_for_index`)."""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from haystack import indexes

from archive.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticlePlace,
    Country,
    CountryAlias,
    Event,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
)
from archive.search.contract import FIELDS, Kind
from archive.text.russian import word_forms

HAYSTACK_FIELDS = {
    Kind.DATE: indexes.DateField,
    Kind.INTEGER: indexes.IntegerField,
}


def index_field(name: str) -> indexes.SearchField:
    """The haystack field for archive.search.contract.FIELDS[name]."""
    spec = FIELDS[name]
    if spec.many:
        return indexes.MultiValueField(stored=spec.stored, null=spec.null)
    options = {
        "document": spec.document,
        "indexed": spec.kind != Kind.STORED,
        "stored": spec.stored,
        "null": spec.null,
        "boost": spec.boost,
    }
    if spec.model_attr:
        options["model_attr"] = spec.model_attr
    return HAYSTACK_FIELDS.get(spec.kind, indexes.CharField)(**options)


class Named(NamedTuple):
    key: str  # a country's ISO code (lower case), a person's or a place's slug
    names: tuple[str, ...]  # what the `names` field holds of it, in order


class IndexRows(NamedTuple):
    """What an article's document needs from related rows, each list in the order the
    relations give (countries, people and places by name; aliases by kind and name)."""

    countries: list[Named]
    people: list[Named]
    places: list[Named]
    event_types: list[str]

    @classmethod
    def of(cls, article: Article) -> IndexRows:
        """From the article's relations (prefetched by Article.objects.for_index())."""
        rows = getattr(article, "index_rows", None)
        if rows is not None:
            return rows
        article.index_rows = cls(
            [
                Named(c.iso2.lower(), (c.name, c.official_name, *(a.name for a in c.aliases.all())))
                for c in article.countries.all()
            ],
            [
                Named(p.slug, (p.name, *(a.name for a in p.aliases.all())))
                for p in article.people.all()
            ],
            [
                Named(p.slug, (p.name, *(a.name for a in p.aliases.all())))
                for p in article.places.all()
            ],
            [e.type for e in article.events.all()],
        )
        return article.index_rows


def _named(
    links, owner, entity_model, alias_model, fields, alias_ordering, key
) -> dict[int, list[Named]]:
    """{article id: [Named, …]} for one relation, in the relation's own order."""
    by_article = defaultdict(list)
    for article_id, entity_id in links:
        by_article[article_id].append(entity_id)
    wanted = {e for ids in by_article.values() for e in ids}
    entities = {
        row[0]: row[1:]
        for row in entity_model.objects.filter(pk__in=wanted).values_list("pk", *fields)
    }
    aliases = defaultdict(list)
    for entity_id, name in (
        alias_model.objects.filter(**{f"{owner}_id__in": wanted})
        .order_by(*alias_ordering, "pk")
        .values_list(f"{owner}_id", "name")
    ):
        aliases[entity_id].append(name)
    out = {}
    for article_id, ids in by_article.items():
        ordered = sorted(set(ids), key=lambda e: (entities[e][1], e))  # by name, as the model
        out[article_id] = [
            Named(key(entities[e][0]), (*entities[e][1:], *aliases[e])) for e in ordered
        ]
    return out


# Each relation a document names: its link table and owner field, the entity and its
# aliases, the entity's fields (key, then the names in order), the aliases' order, and
# the key as the index holds it.
RELATIONS = (
    (
        ArticleCountry,
        "country",
        Country,
        CountryAlias,
        ("iso2", "name", "official_name"),
        ("kind", "name"),
        str.lower,
    ),
    (ArticlePerson, "person", Person, PersonAlias, ("slug", "name"), ("kind", "name"), str),
    (ArticlePlace, "place", Place, PlaceAlias, ("slug", "name"), ("name",), str),
)


def articles_for_index(ids) -> list[Article]:
    """The articles of `ids` (those that exist) ready for their documents: their own fields
    and, as `index_rows`, the related rows read in a few flat queries for all of them — not
    model instances prefetched per relation, which cost the indexer a third of its time."""
    articles = list(
        Article.objects.filter(pk__in=ids)
        .select_related("source")
        .only("headline", "body", "published", "updated_at", "source__slug")
        .order_by("pk")
    )
    found = [a.pk for a in articles]
    countries, people, places = (
        _named(
            link.objects.filter(article_id__in=found).values_list("article_id", f"{owner}_id"),
            owner,
            *rest,
        )
        for link, owner, *rest in RELATIONS
    )
    types = defaultdict(list)
    for article_id, kind in Event.articles.through.objects.filter(article_id__in=found).values_list(
        "article_id", "event__type"
    ):
        types[article_id].append(kind)
    for a in articles:
        a.index_rows = IndexRows(
            countries.get(a.pk, []), people.get(a.pk, []), places.get(a.pk, []), types[a.pk]
        )
    return articles


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    """The fields, their kinds and boosts are archive.search.contract.FIELDS; how each is
    filled is here (plain text, not HTML: nothing is escaped)."""

    text = index_field("text")
    exact = index_field("exact")
    names = index_field("names")
    headline = index_field("headline")
    published = index_field("published")
    year = index_field("year")
    month = index_field("month")
    countries = index_field("countries")
    people = index_field("people")
    places = index_field("places")
    event_types = index_field("event_types")
    source = index_field("source")
    updated = index_field("updated")

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.for_index()

    def prepare(self, obj):
        data = super().prepare(obj)
        data["exact"] = f"{obj.headline}\n{data['text']}"
        # Russian case forms of the Cyrillic names, so that "Токаева" finds Tokayev.
        if forms := word_forms(data["names"]):
            data["names"] += "\n" + " ".join(forms)
        return data

    def prepare_text(self, obj):
        return f"{obj.body}\n"

    def prepare_names(self, obj):
        """Every name and alias of the article's countries, people and places, a line each."""
        rows = IndexRows.of(obj)
        entities = (*rows.countries, *rows.people, *rows.places)
        return "".join("".join(f"{n} " for n in e.names) + "\n" for e in entities) + "\n"

    def prepare_exact(self, obj):
        return ""  # filled in prepare() from `text`

    def prepare_year(self, obj):
        return str(obj.published.year)

    def prepare_month(self, obj):
        return obj.published.month

    def prepare_countries(self, obj):
        return sorted(c.key for c in IndexRows.of(obj).countries)

    def prepare_people(self, obj):
        return sorted(p.key for p in IndexRows.of(obj).people)

    def prepare_places(self, obj):
        return sorted(p.key for p in IndexRows.of(obj).places)

    def prepare_event_types(self, obj):
        return sorted(set(IndexRows.of(obj).event_types))

    def prepare_source(self, obj):
        return obj.source.slug if obj.source else None

    def prepare_updated(self, obj):
        return obj.updated_at.isoformat()
