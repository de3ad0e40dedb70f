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
