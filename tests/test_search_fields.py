"""The search fields are written once (archive.search.contract.FIELDS): the haystack index,
the Whoosh schema and the Elasticsearch mapping all follow the table."""

import json

import pytest
from haystack import connections
from whoosh.fields import KEYWORD, STORED, TEXT

from archive.search.analysis import EXACT, STEM
from archive.search.contract import FIELDS, HEADLINE_BOOST, Filters, Kind, NameTerms
from archive.search.elastic_read import search_body
from archive.search.elastic_write import MAPPINGS
from archive.search.query import parse
from archive.search_indexes import ArticleIndex


def test_the_index_declares_every_field_of_the_table_and_no_other():
    fields = ArticleIndex().fields
    assert set(fields) == set(FIELDS)
    for name, spec in FIELDS.items():
        assert fields[name].boost == spec.boost, name
        assert fields[name].is_multivalued == spec.many, name


def test_the_whoosh_schema_follows_the_table(search_index):
    backend = connections["default"].get_backend()
    backend.setup()
    schema = backend.schema
    for name, spec in FIELDS.items():
        field = schema[name]
        if spec.kind in {Kind.STEMMED, Kind.EXACT}:
            assert isinstance(field, TEXT), name
            analyzer = STEM if spec.kind == Kind.STEMMED else EXACT
            assert field.analyzer is analyzer, name
            assert field.stored == spec.stored, name
            assert field.scorable and field.format.field_boost == spec.boost, name
        elif spec.kind == Kind.TAGS:
            assert isinstance(field, KEYWORD) and field.stored, name
        elif spec.kind == Kind.STORED:
            assert isinstance(field, STORED), name
    # Only what is read back is stored: the body for snippets, not its unstemmed copy.
    assert schema["text"].stored and not schema["exact"].stored


def test_the_headline_weighs_the_same_everywhere():
    assert HEADLINE_BOOST == FIELDS["headline"].boost > 1
    assert ArticleIndex().fields["headline"].boost == HEADLINE_BOOST
    # A cluster's mapping holds no boost (Elasticsearch 8 refuses one): its queries weigh
    # the headline by the same figure.
    assert "boost" not in MAPPINGS["headline"] and "boost" not in MAPPINGS["text"]
    query = json.dumps(search_body(parse("talks"), Filters(), NameTerms({})))
    assert f'"headline": {{"query": "talks", "boost": {HEADLINE_BOOST}}}' in query


# The templates the document text and the names were rendered from until the index wrote
# them in Python: what the index holds must not change.
TEXT_TEMPLATE = "{% autoescape off %}{{ object.body }}{% endautoescape %}\n"
NAMES_TEMPLATE = (
    "{% autoescape off %}{% for country in object.countries.all %}{{ country.name }} "
    "{{ country.official_name }} {% for alias in country.aliases.all %}{{ alias.name }} "
    "{% endfor %}\n{% endfor %}{% for person in object.people.all %}{{ person.name }} "
    "{% for alias in person.aliases.all %}{{ alias.name }} {% endfor %}\n{% endfor %}"
    "{% for place in object.places.all %}{{ place.name }} {% for alias in place.aliases.all %}"
    "{{ alias.name }} {% endfor %}\n{% endfor %}{% endautoescape %}\n"
)


@pytest.mark.django_db
def test_the_document_is_what_the_templates_rendered(seed_article):
    from django.template import Context, Template

    from archive.models import Article

    article = Article.objects.for_index().get(pk=seed_article.pk)
    data = ArticleIndex().full_prepare(article)
    context = Context({"object": article})
    assert data["text"] == Template(TEXT_TEMPLATE).render(context)
    names = Template(NAMES_TEMPLATE).render(context)
    assert data["names"].split("\n")[: names.count("\n")] == names.split("\n")[:-1]
    assert "Turkmenistan" in data["names"] and data["exact"].startswith(article.headline)


@pytest.mark.django_db
def test_a_batch_read_flat_gives_the_documents_the_relations_give(
    search_index, write_article, tmp_path
):
    """The indexer reads a batch's related rows in a few flat queries
    (articles_for_index); its documents are those haystack prepares from the relations."""
    from archive.models import Article, Event, PersonAlias, Place, PlaceAlias
    from archive.search_indexes import articles_for_index
    from tests.conftest import SEED, ingest

    write_article("a.txt", "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent on gas.")
    write_article("b.txt", "Vladimir Putin held a phone call with Kassym-Jomart Tokayev.")
    write_article("c.txt", "Nothing here names anyone at all.")
    ingest(tmp_path, SEED)
    person = Article.objects.get(source_file=SEED.name).people.first()
    PersonAlias.objects.create(person=person, name="Zzalias", kind="variant")
    place = Place.objects.filter(articles__isnull=False).first()
    PlaceAlias.objects.create(place=place, name="Aaplace")
    assert Event.objects.exists() and place is not None
    index = ArticleIndex()
    ids = [*Article.objects.values_list("pk", flat=True), 10**9]  # one that is gone
    flat = {a.pk: index.full_prepare(a) for a in articles_for_index(ids)}
    related = {a.pk: index.full_prepare(a) for a in Article.objects.for_index()}
    assert flat == related and len(flat) == 4
    assert any("Zzalias" in d["names"] for d in flat.values())
    assert any("Aaplace" in d["names"] for d in flat.values())
