"""The write side of a search cluster (OpenSearch 2.x, Elasticsearch 7 or 8; cluster.py
speaks to it): haystack's Elasticsearch backend for the field mapping, with the writes
that matter here done by the archive itself.

- The mapping comes from archive.search.contract.FIELDS (as whoosh_write.py's schema does):
  filter and facet fields as keywords (exact values, aggregatable), `exact` and `names`
  unstemmed (lower-cased and folded, as the EXACT analyzer does), `text` and `headline`
  stemmed in English, one shard so that facet counts are exact. No boost in the mapping
  (Elasticsearch 8 refuses it): the read side boosts headlines in its queries.
- The index readers and writers name is an alias, pointing at one concrete index made the
  first time ("<alias>-g0") or by rebuild_index (archive/search/rebuild.py), which fills a new
  one aside and moves the alias over atomically.
- The indexer writes through `locked_writer()` as on Whoosh, but nothing is locked: each
  document carries its article's last change as an external version, so an older read
  never overwrites a newer one, whichever host writes last.

Importing it needs the `elasticsearch` 7.x client (haystack's backend imports it); an
OpenSearch archive also needs `opensearch-py` (`pip install ".[cluster]"`).
"""

from __future__ import annotations

import contextlib
import copy

import haystack
from django.conf import settings
from haystack.backends import BaseSearchBackend
from haystack.backends.elasticsearch7_backend import (
    Elasticsearch7SearchBackend,
    Elasticsearch7SearchEngine,
)
from haystack.constants import ID
from haystack.utils import get_identifier
from haystack.utils import log as logging

from archive.search.cluster import FIRST_GENERATION, Cluster
from archive.search.contract import FIELDS, Kind, SearchField
from archive.search.documents import documents


def elastic_mapping(spec: SearchField) -> dict | None:
    """The cluster's mapping of a search field, or None to keep haystack's."""
    if spec.kind in {Kind.STEMMED, Kind.EXACT}:
        return {
            "type": "text",
            "analyzer": "english" if spec.kind == Kind.STEMMED else "newsroom_exact",
        }
    if spec.kind in {Kind.TAGS, Kind.TAG}:
        return {"type": "keyword"}
    if spec.kind == Kind.STORED:
        return {"type": "keyword", "index": False}
    return None


MAPPINGS = {name: m for name, spec in FIELDS.items() if (m := elastic_mapping(spec)) is not None}


def index_settings() -> dict:
    """haystack's analysis settings, one shard, and the unstemmed `exact` analyzer."""
    out = copy.deepcopy(Elasticsearch7SearchBackend.DEFAULT_SETTINGS)
    out["settings"]["index"].update(number_of_shards=1)
    out["settings"]["analysis"]["analyzer"]["newsroom_exact"] = {
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }
    return out


class ClusterWriter:
    """What the indexer writes through (as whoosh_write.Writer): the documents of a batch,
    sent in bulk requests when the batch ends."""

    def __init__(self, backend: NewsroomElasticsearchBackend):
        self.backend = backend
        self.actions: list[tuple[str, str, dict | None]] = []

    def update(self, index, objects) -> None:
        for document in documents(self.backend, index, objects):
            self.actions.append(("index", document[ID], document))

    def remove(self, index, pks) -> None:
        meta = index.get_model()._meta
        for pk in pks:
            self.actions.append(("delete", f"{meta.app_label}.{meta.model_name}.{pk}", None))


class NewsroomElasticsearchBackend(Elasticsearch7SearchBackend):
    DEFAULT_SETTINGS = index_settings()

    def __init__(self, connection_alias, **options):
        # haystack's own __init__ would make an Elasticsearch client; the cluster makes the
        # client its flavour needs, on first use.
        BaseSearchBackend.__init__(self, connection_alias, **options)
        self.index_name = options["INDEX_NAME"]  # the alias
        self.cluster = options.get("CLUSTER") or Cluster(
            options.get("FLAVOUR", "elasticsearch"), options["URLS"], options.get("KWARGS")
        )
        self.log = logging.getLogger("haystack")
        self.setup_complete = False
        self.existing_mapping = {}

    @property
    def conn(self):
        """The client (haystack's own search and update_index read through it)."""
        return self.cluster.client

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for name, field_mapping in MAPPINGS.items():
            if name in mapping:
                mapping[name] = dict(field_mapping)
        return content_field_name, mapping

    def mapping(self) -> dict:
        unified_index = haystack.connections[self.connection_alias].get_unified_index()
        self.content_field_name, fields = self.build_schema(unified_index.all_searchfields())
        return {"properties": fields}

    def index_body(self) -> dict:
        """A new concrete index's settings and mapping; copies of its one shard on as many
        other nodes as NEWSROOM_SEARCH_REPLICAS says (else the cluster's default, one)."""
        body = copy.deepcopy(self.DEFAULT_SETTINGS)
        replicas = getattr(settings, "NEWSROOM_SEARCH_REPLICAS", None)
        if replicas is not None:
            body["settings"]["index"]["number_of_replicas"] = replicas
        return {**body, "mappings": self.mapping()}

    def setup(self):
        """The alias and an index behind it, made if missing; the mapping brought up to date
        (new fields are added; a changed field's type needs rebuild_index)."""
        if self.cluster.targets(self.index_name):
            self.cluster.put_mapping(self.index_name, self.mapping())
        else:  # a name every process agrees on: two made at once are one
            first = f"{self.index_name}-{FIRST_GENERATION}"
            self.cluster.create(first, self.index_body(), alias=self.index_name)
        self.setup_complete = True

    @contextlib.contextmanager
    def locked_writer(self, timeout: float | None = None, procs: int = 1):
        """A batch of writes, sent and made visible when the block ends (nothing if it fails).
        Named as the Whoosh backend's: the versions, not a lock, order the writers."""
        if not self.setup_complete:
            self.setup()
        writer = ClusterWriter(self)
        yield writer
        if writer.actions:
            self.cluster.bulk(self.index_name, writer.actions)
            self.cluster.refresh(self.index_name)

    def update(self, index, iterable, commit=True):
        with self.locked_writer() as writer:
            writer.update(index, iterable)

    def remove(self, obj_or_string, commit=True):
        with self.locked_writer() as writer:
            writer.actions.append(("delete", get_identifier(obj_or_string), None))

    def clear(self, models=None, commit=True):
        """Empty the index: every index behind the alias goes; the next write makes a new one."""
        self.cluster.delete(name for name, _ in self.cluster.targets(self.index_name))
        self.setup_complete = False

    def document_stamps(self) -> dict[int, dict]:
        """What check_index compares, scrolled out of the whole index."""
        if not self.setup_complete:
            self.setup()
        query = {
            "query": {"term": {"django_ct": "archive.article"}},
            "_source": ["django_id", "updated", "countries", "people"],
        }
        return stamps_from_hits(self.cluster.scan(self.index_name, query))


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
