"""The write side of the Elasticsearch index: haystack's Elasticsearch 7 backend with the
mapping archive.search.contract.FIELDS gives (as whoosh_write.py gives the Whoosh schema
from it): filter and facet fields as keywords
(exact values, aggregatable), `exact` and `names` unstemmed (lower-cased and folded, as
the EXACT analyzer does), `text` and `headline` stemmed in English, one shard so that
facet counts are exact. Importing it needs the `elasticsearch` client (7.x), which only
deployments that use Elasticsearch install."""

from __future__ import annotations

import copy

from haystack.backends.elasticsearch7_backend import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchEngine,
)

from archive.search.contract import FIELDS, Kind, SearchField


def elastic_mapping(spec: SearchField) -> dict | None:
    """The Elasticsearch mapping of a search field, or None to keep haystack's."""
    if spec.kind in {Kind.STEMMED, Kind.EXACT}:
        analyzer = "english" if spec.kind == Kind.STEMMED else "newsroom_exact"
        mapping = {"type": "text", "analyzer": analyzer}
        return mapping | ({"boost": spec.boost} if spec.boost != 1.0 else {})
    if spec.kind in {Kind.TAGS, Kind.TAG}:
        return {"type": "keyword"}
    if spec.kind == Kind.STORED:
        return {"type": "keyword", "index": False}
    return None


MAPPINGS = {name: m for name, spec in FIELDS.items() if (m := elastic_mapping(spec)) is not None}


def settings_with_analyzers(defaults: dict) -> dict:
    out = copy.deepcopy(defaults)
    out["settings"]["index"].update(number_of_shards=1)
    out["settings"]["analysis"]["analyzer"]["newsroom_exact"] = {
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }
    return out


class NewsroomElasticsearchBackend(Elasticsearch7SearchBackend):
    DEFAULT_SETTINGS = settings_with_analyzers(Elasticsearch7SearchBackend.DEFAULT_SETTINGS)

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for name, field_mapping in MAPPINGS.items():
            if name in mapping:
                mapping[name] = dict(field_mapping)
        return content_field_name, mapping

    def document_stamps(self) -> dict[int, dict]:
        """What check_index compares, scrolled out of the whole index."""
        from elasticsearch.helpers import scan

        if not self.setup_complete:
            self.setup()
        query = {
            "query": {"term": {"django_ct": "archive.article"}},
            "_source": ["django_id", "updated", "countries", "people"],
        }
        return stamps_from_hits(scan(self.conn, index=self.index_name, query=query))


def stamps_from_hits(hits) -> dict[int, dict]:
    """{article id: stored stamp, countries, people} from the documents' _source, the shape
    check_index compares (as NewsroomWhooshBackend.document_stamps gives it)."""
    documents = {}
    for hit in hits:
        source = hit["_source"]
        documents[int(source["django_id"])] = {
            "updated": str(source.get("updated") or ""),
            "countries": set(source.get("countries") or ()),
            "people": set(source.get("people") or ()),
        }
    return documents


class NewsroomElasticsearchEngine(Elasticsearch7SearchEngine):
    backend = NewsroomElasticsearchBackend
