"""The search fields are written once (archive.search.contract.FIELDS): the haystack index,
the Whoosh schema and the Elasticsearch mapping all follow the table."""

from haystack import connections
from whoosh.fields import KEYWORD, STORED, TEXT

from archive.search.analysis import EXACT, STEM
from archive.search.contract import FIELDS, HEADLINE_BOOST, Kind
from archive.search.elastic_write import MAPPINGS
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
    assert MAPPINGS["headline"]["boost"] == HEADLINE_BOOST
    assert ArticleIndex().fields["headline"].boost == HEADLINE_BOOST
    assert "boost" not in MAPPINGS["text"]
