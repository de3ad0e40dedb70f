"""The article search index: document text from a template, explicit filter fields."""

from haystack import indexes

from archive.models import Article
from archive.text.russian import word_forms


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    """Text fields: `text` (the body, stemmed; stored for snippets), `headline` (stemmed,
    boosted), `exact` (headline and body, unstemmed),
    `names` (names and aliases of the countries, people and places mentioned, unstemmed:
    how "Tokaev", "Токаев" or "Kazakh" find their articles). The analyzers are set in
    archive/search/backend.py; the data templates render with autoescaping off, since
    the index holds text, not HTML."""

    text = indexes.CharField(document=True, use_template=True)
    exact = indexes.CharField()
    names = indexes.CharField(use_template=True)
    headline = indexes.CharField(model_attr="headline", boost=2.0)
    published = indexes.DateField(model_attr="published")
    year = indexes.CharField()
    month = indexes.IntegerField()
    countries = indexes.MultiValueField()
    people = indexes.MultiValueField()
    places = indexes.MultiValueField()
    event_types = indexes.MultiValueField()
    source = indexes.CharField(null=True)
    # The article's last change, stored so that check_index can find stale documents.
    updated = indexes.CharField(indexed=False)

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

    def prepare_exact(self, obj):
        return ""  # filled in prepare() from `text`: the template is rendered once

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
