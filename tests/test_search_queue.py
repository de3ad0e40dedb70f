import errno

import pytest
from haystack.query import SearchQuerySet

from archive.models import Article, ArticleCountry, Country, IndexQueue, PersonAlias
from archive.search import service
from archive.search.consistency import compare
from archive.search.queue import IndexUnavailable, drain

pytestmark = pytest.mark.django_db


def ids(**filters):
    """Through haystack, as any other haystack client would read the index."""
    return {int(r.pk) for r in SearchQuerySet().models(Article).filter(**filters)}


def searched(q):
    service.forget_names()
    return {hit.article.pk for hit in service.search(service.SearchRequest(q=q)).hits}


def test_seed_is_searchable_by_name_and_filters(seed_article):
    assert ids(content="Tokayev") == {seed_article.pk}
    assert ids(content="Kuryk") == {seed_article.pk}
    assert searched("Токаев") == {seed_article.pk}  # an alias, indexed with the article
    assert ids(countries="tm") == {seed_article.pk}
    assert ids(people="serdar-berdimuhamedov") == {seed_article.pk}
    assert ids(countries="fr") == set()


def test_country_added_after_save_reaches_the_index(seed_article):
    # The admin saves the article first and its inlines afterwards.
    seed_article.headline = "Edited headline"
    seed_article.save()
    ArticleCountry.objects.create(article=seed_article, country=Country.objects.get(iso2="FR"))
    drain()
    assert ids(countries="fr") == {seed_article.pk}
    assert compare().clean


def test_mention_removed_reaches_the_index(seed_article):
    seed_article.country_mentions.filter(country__iso2="AF").delete()
    drain()
    assert ids(countries="af") == set()
    assert compare().clean


def test_new_alias_is_searchable_after_drain(seed_article):
    PersonAlias.objects.create(
        person=seed_article.people.get(slug="kassym-jomart-tokayev"), name="Qasymjomart"
    )
    assert IndexQueue.objects.filter(object_id=seed_article.pk).exists()
    drain()
    assert searched("Qasymjomart") == {seed_article.pk}


def test_delete_removes_the_document(seed_article):
    pk = seed_article.pk
    seed_article.delete()
    drain()
    assert ids(content="Tokayev") == set()
    report = compare()
    assert report.clean and report.indexed == 0 and pk not in report.ghosts


def test_queue_rows_survive_a_failed_write(seed_article, monkeypatch):
    seed_article.save()
    from archive.search import whoosh_write

    def broken(self, index, objects):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(whoosh_write.Writer, "update", broken)
    with pytest.raises(IndexUnavailable, match=r"no space left.*1 change\(s\) stay queued"):
        drain()
    assert IndexQueue.objects.filter(object_id=seed_article.pk).exists()
    monkeypatch.undo()
    drain()
    assert not IndexQueue.objects.exists()


def test_a_long_queue_is_drained_by_several_processes_losing_nothing(
    tmp_path, gazetteer, search_index, settings, monkeypatch
):
    """Past 2 × BATCH queued changes, drain writes with Whoosh's multi-process writer:
    new articles are added, changed ones replaced (not doubled), deleted ones removed."""
    from archive.devtools import corpus
    from archive.ingest.pipeline import ingest_paths
    from archive.search import queue

    monkeypatch.setattr(queue, "BATCH", 4)  # bulk past 8 queued
    monkeypatch.setattr(queue, "BULK_BATCH", 10)
    settings.NEWSROOM_INDEX_PROCS = 2
    folder = tmp_path / "in"
    corpus.write(40, seed=12, folder=folder)
    files = sorted(folder.glob("*.txt"))
    list(ingest_paths(files, gazetteer, max_bytes=10**7))
    assert queue.pending() == 40
    assert drain().indexed == 40
    assert compare().clean and compare().indexed == 40

    for path in files[:15]:  # change 15 files: more than BULK_BATCH again
        path.write_text(path.read_text() + " Zanzibarite observers attended.")
    list(ingest_paths(files, gazetteer, max_bytes=10**7))
    Article.objects.filter(source_file=files[20].name).delete()
    assert drain().indexed == 15
    report = compare()
    assert report.clean and report.indexed == 39
    assert len(searched("Zanzibarite")) == 15


def test_an_idle_drain_opens_no_writer(seed_article, search_index):
    """Nothing queued: drain returns at once without the index's lock (an idle indexer
    polling every second used to hold it, and make rebuild_index wait)."""
    backend = search_index
    assert not IndexQueue.objects.exists()
    with backend.exclusive():  # another writer holds the lock
        assert drain().indexed == 0  # and drain does not wait for it


def _segments(ix) -> dict[str, int]:
    return {s.segment_id(): s.doc_count_all() for s in ix.refresh()._segments()}


def _commit(ix, docs, replace=()):
    from archive.search import whoosh_write

    writer = ix.writer()
    for key in replace:
        writer.delete_by_term("id", key)
    for key in docs:
        writer.add_document(id=key, body=f"word {key}")
    writer.commit(mergetype=whoosh_write.merge_policy)


def test_the_merge_policy_keeps_small_segments_few_and_large_ones_as_written(tmp_path, monkeypatch):
    """Whoosh's default policy rewrote half the index in one commit as it grew."""
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.filedb.filestore import FileStorage

    from archive.search import whoosh_write

    monkeypatch.setattr(whoosh_write, "SMALL_SEGMENT", 5)  # a bulk segment: 5 or more
    monkeypatch.setattr(whoosh_write, "MAX_SEGMENTS", 12)
    ix = FileStorage(str(tmp_path)).create_index(Schema(id=ID(stored=True, unique=True), body=TEXT))
    for n in range(10):  # edits, one document a commit: never more than 4 small segments
        _commit(ix, [f"e{n}"])
        assert sum(n < 5 for n in _segments(ix).values()) <= whoosh_write.SMALL_SEGMENTS
    for batch in range(3):  # bulk drains
        _commit(ix, [f"b{batch}-{n}" for n in range(8)])
    large = {k for k, n in _segments(ix).items() if n >= 5}
    for n in range(10, 20):  # more edits leave the large segments as they were written
        _commit(ix, [f"e{n}"])
        assert large <= set(_segments(ix))
    monkeypatch.setattr(whoosh_write, "MAX_SEGMENTS", 5)
    for batch in range(3, 6):  # too many large ones: the smallest are merged
        _commit(ix, [f"b{batch}-{n}" for n in range(8 + batch)])
        assert len(_segments(ix)) <= whoosh_write.MAX_SEGMENTS
    monkeypatch.setattr(whoosh_write, "MAX_SEGMENTS", 12)
    _commit(ix, [f"w{n}" for n in range(10)])
    replaced = [f"w{n}" for n in range(4)]  # 40 % of a segment replaced: it is rewritten
    _commit(ix, replaced, replace=replaced)
    with ix.refresh().searcher() as searcher:
        assert searcher.doc_count() == 20 + 3 * 8 + 11 + 12 + 13 + 10
        assert searcher.doc_count_all() == searcher.doc_count()  # no deleted documents left
        assert {f["id"] for f in searcher.all_stored_fields()} >= {f"e{n}" for n in range(20)}


def test_a_chinese_officials_russian_spelling_finds_english_articles(search_index, write_article):
    from tests.conftest import ingest

    ingest(
        write_article(
            "qian.txt",
            "Chinese Foreign Minister Qian Qichen held talks with Kazakh President Nursultan "
            "Nazarbayev in Almaty on Monday.",
            "1996-07-08",
        )
    )
    (article,) = Article.objects.all()
    assert searched("Цянь Цичэнь") == {article.pk}  # the Palladius form the gazetteer makes
