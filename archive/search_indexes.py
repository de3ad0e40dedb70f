"""The article search index: document text from a template, explicit filter fields."""

from haystack import indexes

from archive.models import Article


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, use_template=True)
    headline = indexes.CharField(model_attr="headline", boost=2.0)
    published = indexes.DateField(model_attr="published")
    year = indexes.IntegerField()
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

    def prepare_year(self, obj):
        return obj.published.year

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
