"""The article search index: the document text and the names written here in Python (a
template rendered per article cost a quarter of the indexer's own time), explicit filter
fields."""

from haystack import indexes

from archive.models import Article
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
        lines = [
            f"{c.name} {c.official_name} " + "".join(f"{a.name} " for a in c.aliases.all())
            for c in obj.countries.all()
        ]
        for record in (*obj.people.all(), *obj.places.all()):
            lines.append(f"{record.name} " + "".join(f"{a.name} " for a in record.aliases.all()))
        return "".join(f"{line}\n" for line in lines) + "\n"

    def prepare_exact(self, obj):
        return ""  # filled in prepare() from `text`

    def prepare_year(self, obj):
        return str(obj.published.year)

    def prepare_month(self, obj):
        return obj.published.month

    def prepare_countries(self, obj):
        return sorted(c.iso2.lower() for c in obj.countries.all())

    def prepare_people(self, obj):
        return sorted(p.slug for p in obj.people.all())

    def prepare_places(self, obj):
        return sorted(p.slug for p in obj.places.all())

    def prepare_event_types(self, obj):
        return sorted({e.type for e in obj.events.all()})

    def prepare_source(self, obj):
        return obj.source.slug if obj.source else None

    def prepare_updated(self, obj):
        return obj.updated_at.isoformat()
