"""The Elasticsearch engine's translation, without a server: requests become the query DSL
that Elasticsearch 7 documents, and its documented response shape becomes the same
EngineResult the Whoosh engine returns. (The contract suite, tests/test_search_contract.py,
runs against a real server when SEARCH_URL names one.)"""

import datetime as dt
from collections import Counter

import pytest

from archive.search.contract import Filters, NameTerms
from archive.search.elastic_read import ElasticsearchEngine, read_response, search_body, suggestion
from archive.search.engines import engine_for
from archive.search.query import parse
from archive.search.whoosh_read import WhooshSearchEngine

NAMES = NameTerms({"p:kassym-jomart-tokayev": ["Kassym-Jomart Tokayev", "Tokaev", "Токаев"]})


def body(q, **kwargs):
    filters = kwargs.pop("filters", Filters())
    return search_body(parse(q), filters, NAMES, **kwargs)


def test_a_name_is_matched_unstemmed_in_text_names_and_headline():
    query = body("Tokaev")["query"]["bool"]
    (group,) = query["must"]
    fields = [next(iter(q["match"])) for q in group["bool"]["should"][0]["bool"]["should"]]
    assert fields == ["exact", "names", "headline"]


def test_facets_and_snippets_can_be_left_out():
    assert "aggs" in body("Tokaev") and "highlight" in body("Tokaev")
    brief = body("Tokaev", facets=False, snippets=False)
    assert "aggs" not in brief and "highlight" not in brief


def test_an_ordinary_word_is_matched_stemmed():
    (group,) = body("negotiations")["query"]["bool"]["must"]
    inner = group["bool"]["should"][0]["bool"]["should"]
    assert {next(iter(q["match"])) for q in inner} == {"text", "headline"}


def test_exact_spelling_uses_only_the_exact_field():
    (group,) = body("Tokaev", exact=True)["query"]["bool"]["must"]
    assert group["bool"]["should"] == [{"match": {"exact": "tokaev"}}]


def test_phrases_or_and_exclusion():
    query = body('"joint statement" trade OR gas -Russia')["query"]["bool"]
    phrase, either = query["must"]
    assert phrase["bool"]["should"] == [{"match_phrase": {"exact": "joint statement"}}]
    assert len(either["bool"]["should"]) == 2 and either["bool"]["minimum_should_match"] == 1
    assert len(query["must_not"]) == 1


def test_filters_become_terms_and_a_date_range():
    filters = Filters(
        countries=("KZ",),
        people=("kassym-jomart-tokayev",),
        types=("visit",),
        sources=("reuters", "tass"),
        date_from=dt.date(2020, 1, 1),
    )
    clauses = body("trade", filters=filters)["query"]["bool"]["filter"]
    assert {"term": {"countries": "kz"}} in clauses
    assert {"term": {"people": "kassym-jomart-tokayev"}} in clauses
    assert {"term": {"event_types": "visit"}} in clauses
    assert {"terms": {"source": ["reuters", "tass"]}} in clauses
    assert {"range": {"published": {"gte": "2020-01-01"}}} in clauses
    assert {"term": {"django_ct": "archive.article"}} in clauses


def test_sort_pages_facets_and_escaped_highlights():
    b = body("trade", sort="newest", page=3, per_page=20)
    assert b["sort"][0] == {"published": "desc"} and b["from"] == 40 and b["size"] == 20
    assert set(b["aggs"]) == {"countries", "people", "event_types", "year", "source"}
    assert b["highlight"]["encoder"] == "html"
    assert b["highlight"]["pre_tags"] == ["<mark>"]
    assert "aggs" not in body("trade", facets=False)


def test_a_response_becomes_an_engine_result():
    response = {  # the shape of Elasticsearch 7's _search answer
        "hits": {
            "total": {"value": 42, "relation": "eq"},
            "hits": [
                {
                    "_id": "archive.article.7",
                    "_score": 3.5,
                    "_source": {"django_id": "7"},
                    "highlight": {"text": ["&lt;b&gt; <mark>Tokayev</mark> met"]},
                },
                {"_id": "archive.article.9", "_score": None, "_source": {"django_id": "9"}},
            ],
        },
        "aggregations": {
            "countries": {
                "buckets": [{"key": "kz", "doc_count": 40}, {"key": "tm", "doc_count": 3}]
            }
        },
    }
    result = read_response(response)
    assert result.total == 42
    assert result.hits == [(7, 3.5, "&lt;b&gt; <mark>Tokayev</mark> met"), (9, 0.0, "")]
    assert result.facets["countries"] == Counter({"kz": 40, "tm": 3})


def test_suggestions_rebuild_the_query_but_keep_names():
    assert suggestion(parse("cooperaton Tokaev"), NAMES, {"cooperaton": "cooperation"}) == (
        "cooperation Tokaev"
    )
    assert suggestion(parse("Tokaev"), NAMES, {"tokaev": "tokayev"}) == ""


def test_search_url_selects_the_engine(settings):
    settings.HAYSTACK_CONNECTIONS = {
        "default": {"ENGINE": "archive.search.elastic_write.NewsroomElasticsearchEngine"}
    }
    assert isinstance(engine_for(), ElasticsearchEngine)
    settings.HAYSTACK_CONNECTIONS = {
        "default": {"ENGINE": "archive.search.whoosh_write.WhooshEngine"}
    }
    assert isinstance(engine_for(), WhooshSearchEngine)


def test_the_index_mapping_suits_filters_facets_and_names():
    pytest.importorskip("elasticsearch")
    from archive.search.elastic_write import MAPPINGS, NewsroomElasticsearchBackend

    analysis = NewsroomElasticsearchBackend.DEFAULT_SETTINGS["settings"]["analysis"]
    assert analysis["analyzer"]["newsroom_exact"]["filter"] == ["lowercase", "asciifolding"]
    assert MAPPINGS["countries"] == {"type": "keyword"}
    assert MAPPINGS["names"]["analyzer"] == "newsroom_exact"
    # No boost in the mapping (Elasticsearch 8 refuses one): queries boost the headline.
    assert MAPPINGS["headline"] == {"type": "text", "analyzer": "english"}
    assert MAPPINGS["updated"] == {"type": "keyword", "index": False}


def test_check_index_reads_the_same_stamps_from_elasticsearch():
    pytest.importorskip("elasticsearch")
    from archive.search.elastic_write import stamps_from_hits

    hits = [
        {
            "_source": {
                "django_id": "3",
                "updated": "2025-01-01T00:00:00+00:00",
                "countries": ["kz", "tm"],
                "people": ["kassym-jomart-tokayev"],
            }
        },
        {"_source": {"django_id": "4", "updated": "2025-01-02T00:00:00+00:00"}},
    ]
    assert stamps_from_hits(hits) == {
        3: {
            "updated": "2025-01-01T00:00:00+00:00",
            "countries": {"kz", "tm"},
            "people": {"kassym-jomart-tokayev"},
        },
        4: {"updated": "2025-01-02T00:00:00+00:00", "countries": set(), "people": set()},
    }
