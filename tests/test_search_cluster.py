"""The write side of a search cluster (OpenSearch 2.x, Elasticsearch 7 and 8): the alias and
its first index, the indexer's versioned bulk writes, rebuild_index's atomic swap, check_index
— through the archive's real code (ingest, drain, rebuild, compare) against an in-memory
server (tests/memory_cluster.py); the bodies it sends, without one. The search contract
suite runs on a real cluster: `SEARCH_URL=opensearch://… make test-search`."""

import datetime as dt

import pytest
from django.core.management import call_command
from haystack import connections

from archive.models import Article, IndexQueue
from archive.search import engines
from archive.search.cluster import (
    Cluster,
    ClusterError,
    alias_actions,
    bulk_body,
    bulk_failures,
    client_for,
    generation_name,
    version_of,
)
from archive.search.consistency import compare
from archive.search.queue import IndexUnavailable, drain
from tests import memory_cluster
from tests.conftest import SEED, ingest

pytest.importorskip("elasticsearch")  # haystack's backend imports it


def test_a_later_change_is_a_higher_version():
    early = {"updated": "2025-01-01T10:00:00.000001+00:00"}
    late = {"updated": "2025-01-01T10:00:00.000002+00:00"}
    assert version_of(late) == version_of(early) + 1
    assert version_of({"updated": "2025-01-01T10:00:00"}) == version_of(
        {"updated": "2025-01-01T10:00:00+00:00"}
    )
    assert version_of({}) == 0


def test_a_bulk_body_versions_what_it_indexes_and_deletes_plainly():
    doc = {"id": "archive.article.1", "updated": "2025-01-01T00:00:00+00:00", "text": "a\nb"}
    body = bulk_body(
        [("index", "archive.article.1", doc), ("delete", "archive.article.2", None)], "newsroom"
    )
    lines = body.splitlines()
    assert len(lines) == 3 and body.endswith("\n")  # newline-delimited, the text's own escaped
    assert '"version_type": "external_gte"' in lines[0] and '"_index": "newsroom"' in lines[0]
    assert lines[2] == '{"delete": {"_index": "newsroom", "_id": "archive.article.2"}}'
    with pytest.raises(ValueError):
        bulk_body([("upsert", "x", {})], "newsroom")


def test_bulk_failures_leave_out_older_versions_and_missing_deletes():
    response = {
        "errors": True,
        "items": [
            {"index": {"_id": "a", "status": 201}},
            {"index": {"_id": "b", "status": 409, "error": {"reason": "version conflict"}}},
            {"delete": {"_id": "c", "status": 404}},
            {
                "index": {
                    "_id": "d",
                    "status": 400,
                    "error": {"reason": "failed to parse [published]"},
                }
            },
        ],
    }
    assert bulk_failures(response) == ["index d: 400 failed to parse [published]"]
    assert bulk_failures({"errors": False, "items": []}) == []


def test_the_alias_moves_in_one_request_also_from_an_index_of_its_name():
    assert alias_actions("news", "news-g2", [("news-g1", True)]) == [
        {"remove": {"index": "news-g1", "alias": "news"}},
        {"add": {"index": "news-g2", "alias": "news"}},
    ]
    assert alias_actions("news", "news-g2", [("news", False)]) == [
        {"remove_index": {"index": "news"}},
        {"add": {"index": "news-g2", "alias": "news"}},
    ]
    first = generation_name("news", dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC))
    assert first == "news-g20260102030405000006" < generation_name("news")


def test_each_flavour_gets_its_own_client_library():
    opensearchpy = pytest.importorskip("opensearchpy")
    client, library = client_for(
        "opensearch", ["https://node1:9200", "https://node2:9200"], {"http_auth": ("u", "p")}
    )
    assert isinstance(client, opensearchpy.OpenSearch) and library is opensearchpy
    assert [h["host"] for h in client.transport.hosts] == ["node1", "node2"]
    import elasticsearch

    client, library = client_for("elasticsearch", ["http://es:9200"], {})
    assert isinstance(client, elasticsearch.Elasticsearch) and library is elasticsearch
    with pytest.raises(ValueError, match="flavour"):
        client_for("solr", [], {})


def test_an_elasticsearch_8_server_is_asked_for_the_7_api(monkeypatch):
    """The 7.x client reads ELASTIC_CLIENT_APIVERSIONING on every request."""
    monkeypatch.delenv("ELASTIC_CLIENT_APIVERSIONING", raising=False)
    import os

    seven = Cluster("elasticsearch", ["http://es7:9200"], library=memory_cluster.LIBRARY)
    seven._client = None
    monkeypatch.setattr(
        "archive.search.cluster.client_for",
        lambda flavour, hosts, options: (
            memory_cluster.MemoryServer("7.17.9"),
            memory_cluster.LIBRARY,
        ),
    )
    assert seven.client.info()
    assert "ELASTIC_CLIENT_APIVERSIONING" not in os.environ
    monkeypatch.setattr(
        "archive.search.cluster.client_for",
        lambda flavour, hosts, options: (
            memory_cluster.MemoryServer("8.15.0"),
            memory_cluster.LIBRARY,
        ),
    )
    assert Cluster("elasticsearch", ["http://es8:9200"]).client
    assert os.environ["ELASTIC_CLIENT_APIVERSIONING"] == "true"


@pytest.fixture
def server(db):
    """The default connection on an in-memory cluster, alias "news"."""
    server = memory_cluster.MemoryServer()
    cluster = Cluster(
        "opensearch", ["http://memory:9200"], client=server, library=memory_cluster.LIBRARY
    )
    saved = connections.connections_info["default"]
    connections.connections_info["default"] = {
        "ENGINE": "archive.search.elastic_write.NewsroomElasticsearchEngine",
        "INDEX_NAME": "news",
        "URLS": cluster.hosts,
        "CLUSTER": cluster,
    }
    connections.reload("default")
    engines._engines.clear()  # the process's reader, made afresh on this connection
    yield server
    connections.connections_info["default"] = saved
    connections.reload("default")
    engines._engines.clear()


def article_ids(server, index="news"):
    return {int(doc["django_id"]) for doc in server.documents(index).values()}


def test_the_first_write_makes_the_alias_and_its_index(server, write_article, tmp_path):
    write_article("a.txt", "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent.")
    ingest(tmp_path, SEED)
    assert set(server.docs) == {"news-g0"} and server.aliases["news-g0"] == {"news"}
    assert article_ids(server) == set(Article.objects.values_list("pk", flat=True))
    assert not IndexQueue.objects.exists()
    mapping = server.bodies["news-g0"]["mappings"]["properties"]
    assert mapping["countries"] == {"type": "keyword"}
    assert all("boost" not in field for field in mapping.values())  # refused by 8.x
    assert server.bodies["news-g0"]["settings"]["index"]["number_of_shards"] == 1
    assert "number_of_replicas" not in server.bodies["news-g0"]["settings"]["index"]
    assert compare().clean
    call_command("check_index", verbosity=0)


def test_a_stale_writer_cannot_overwrite_a_newer_document(server):
    ingest(SEED)
    article = Article.objects.get()
    backend = connections["default"].get_backend()
    from archive.search.queue import article_index

    with backend.locked_writer() as stale:  # read now, sent after a newer write
        stale.update(article_index(), [Article.objects.get()])
        article.headline = "Newer headline"
        article.save()
        drain()
    (document,) = server.documents("news").values()
    assert "Newer headline" in document["headline"]
    assert compare().clean


def test_deleted_articles_leave_the_index(server):
    ingest(SEED)
    Article.objects.get().delete()
    drain()
    assert server.documents("news") == {}


def test_an_unreachable_cluster_keeps_the_queue(server):
    ingest(SEED)
    article = Article.objects.get()
    server.down = True
    article.headline = "Edited while the cluster is down"
    article.save()
    with pytest.raises(IndexUnavailable, match=r"could not be reached or written.*stay queued"):
        drain()
    assert IndexQueue.objects.filter(object_id=article.pk).exists()
    server.down = False
    drain()
    assert not IndexQueue.objects.exists()
    assert compare().clean


def test_rebuild_fills_a_new_index_and_moves_the_alias(server, write_article, tmp_path, settings):
    write_article("a.txt", "Kassym-Jomart Tokayev met Shavkat Mirziyoyev in Tashkent.")
    ingest(tmp_path, SEED)
    requests = server.alias_requests
    settings.NEWSROOM_SEARCH_REPLICAS = 2  # a shard on each of three nodes
    call_command("rebuild_index", verbosity=0)
    (new,) = server.docs
    assert new.startswith("news-g2") and server.aliases[new] == {"news"}  # g0 is gone
    assert server.bodies[new]["settings"]["index"]["number_of_replicas"] == 2
    assert server.alias_requests == requests + 1  # one atomic move
    assert article_ids(server) == set(Article.objects.values_list("pk", flat=True))
    assert compare().clean


def test_rebuild_replaces_an_index_made_before_aliases(server):
    ingest(SEED)
    server.indices.create(index="legacy", body={})
    server.docs["news"] = server.docs.pop("news-g0")  # an old archive's index named "news"
    server.bodies["news"] = server.bodies.pop("news-g0")
    server.aliases = {"news": set(), "legacy": set()}
    call_command("rebuild_index", verbosity=0)
    assert "news" not in server.docs and "legacy" in server.docs  # others are left alone
    (new,) = (name for name, a in server.aliases.items() if "news" in a)
    assert article_ids(server, new) == {Article.objects.get().pk}


def test_edits_during_a_rebuild_are_queued_once_the_alias_moves(server, write_article, tmp_path):
    """The indexer writes on (another host, no lock): what it wrote into the old index
    during the rebuild is found different afterwards and queued."""
    for n in range(3):
        write_article(f"{n}.txt", f"Kassym-Jomart Tokayev met Shavkat Mirziyoyev, round {n}.")
    ingest(tmp_path)
    first = Article.objects.order_by("pk").first()
    from archive.search import rebuild as rebuild_module

    def edit_meanwhile(done):
        if Article.objects.filter(pk=first.pk, headline="Edited meanwhile").exists():
            return
        first.headline = "Edited meanwhile"
        first.save()
        drain()  # into the old index: the alias has not moved yet

    rebuild_module.rebuild(batch_size=1, progress=edit_meanwhile)
    assert IndexQueue.objects.filter(object_id=first.pk).exists()
    drain()
    assert "Edited meanwhile" in server.documents("news")[f"archive.article.{first.pk}"]["headline"]
    assert compare().clean


def test_a_failed_rebuild_leaves_the_live_index_as_it_was(server, monkeypatch):
    ingest(SEED)
    before = {name: set(a) for name, a in server.aliases.items()}

    def refuse(*args, **kwargs):
        raise ClusterError("disk watermark exceeded")

    monkeypatch.setattr(Cluster, "refresh", refuse)
    with pytest.raises(Exception, match=r"disk watermark exceeded.*live index is unchanged"):
        call_command("rebuild_index", verbosity=0)
    assert server.aliases == before  # the half-filled index is gone, the alias where it was
    assert article_ids(server) == {Article.objects.get().pk}


def test_search_out_of_reach_says_so_and_browsing_goes_on(server, client):
    ingest(SEED)
    server.down = True
    response = client.get("/search/", {"q": "Tokayev"})
    assert response.status_code == 503 and response["Retry-After"]
    assert "Search is unavailable" in response.content.decode()
    response = client.get("/api/search", {"q": "Tokayev"})
    assert response.status_code == 503 and "could not be reached" in response.json()["error"]
    assert client.get("/").status_code == 200
