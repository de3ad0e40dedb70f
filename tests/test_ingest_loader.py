import datetime as dt

import pytest

from archive.ingest.curation import merge_people, merge_places
from archive.ingest.outcomes import Status
from archive.ingest.pipeline import ingest_file
from archive.models import Article, ArticlePerson, Event, IndexQueue, Person, PersonAlias, Place

pytestmark = pytest.mark.django_db
LIMIT = 1_000_000


def ingest(path, gazetteer, **kwargs):
    return ingest_file(path, gazetteer, max_bytes=LIMIT, **kwargs)


def test_created_then_unchanged(write_article, gazetteer):
    path = write_article("a.txt", "Kassym-Jomart Tokayev met Vladimir Putin in Astana.")
    first = ingest(path, gazetteer)
    assert first.status is Status.CREATED
    article = Article.objects.get()
    assert {p.slug for p in article.people.all()} == {"kassym-jomart-tokayev", "vladimir-putin"}
    assert ingest(path, gazetteer).status is Status.UNCHANGED
    assert Article.objects.count() == 1


def test_same_text_under_another_name_is_a_duplicate(write_article, gazetteer):
    ingest(write_article("a.txt", "Leaders met in Astana."), gazetteer)
    outcome = ingest(write_article("b.txt", "Leaders met in Astana."), gazetteer)
    assert outcome.status is Status.DUPLICATE
    assert "a.txt" in outcome.message
    assert Article.objects.count() == 1


def test_changed_file_updates_but_keeps_editor_fields(write_article, gazetteer):
    path = write_article("a.txt", "Leaders met in Astana. Trade grew.")
    ingest(path, gazetteer)
    article = Article.objects.get()
    article.headline = "Edited by an editor"
    article.edited_fields = ["headline"]
    article.save()
    write_article("a.txt", "Leaders met in Ankara. Trade grew fast.")
    assert ingest(path, gazetteer).status is Status.UPDATED
    article.refresh_from_db()
    assert article.headline == "Edited by an editor"
    assert "Ankara" in article.body
    assert {c.iso2 for c in article.countries.all()} == {"TR"}


def test_bad_file_stores_nothing(write_article, gazetteer):
    outcome = ingest(write_article("bad.txt", "Body.", date="2025-13-40"), gazetteer)
    assert outcome.status is Status.FAILED
    assert "not a real date" in outcome.message
    assert not Article.objects.exists()
    assert not IndexQueue.objects.exists()


def test_oversized_file_is_refused(write_article, gazetteer):
    path = write_article("big.txt", "word " * 1000)
    outcome = ingest_file(path, gazetteer, max_bytes=1000)
    assert outcome.status is Status.FAILED
    assert "over the 1,000-byte limit" in outcome.message


def test_dry_run_writes_nothing(write_article, gazetteer):
    outcome = ingest(write_article("a.txt", "Leaders met."), gazetteer, dry_run=True)
    assert outcome.status is Status.CREATED
    assert not Article.objects.exists()


def test_two_reports_of_one_visit_share_the_event(write_article, gazetteer):
    text = (
        "Serdar Berdimuhamedov arrived in Astana on a state visit to Kazakhstan, where "
        "Kassym-Jomart Tokayev welcomed him."
    )
    ingest(write_article("a.txt", text, date="2025-11-24"), gazetteer)
    ingest(write_article("b.txt", text + " More.", date="2025-11-25"), gazetteer)
    visits = Event.objects.filter(type="visit")
    assert visits.count() == 1
    assert visits.get().articles.count() == 2


def test_article_save_enqueues_in_same_transaction(write_article, gazetteer):
    ingest(write_article("a.txt", "Leaders met."), gazetteer)
    article = Article.objects.get()
    assert IndexQueue.objects.filter(object_id=article.pk).exists()


def test_merge_people_moves_mentions_and_keeps_names(write_article, gazetteer):
    ingest(write_article("a.txt", "Kassym-Jomart Tokayev met Vladimir Putin."), gazetteer)
    duplicate = Person.objects.create(name="K. J. Tokayev", slug="k-j-tokayev")
    PersonAlias.objects.create(person=duplicate, name="Tokayev K.")
    article = Article.objects.get()
    ArticlePerson.objects.create(article=article, person=duplicate, count=2, first_offset=0)
    target = Person.objects.get(slug="kassym-jomart-tokayev")
    before = ArticlePerson.objects.get(article=article, person=target).count

    assert merge_people(target, [duplicate]) == 1

    assert not Person.objects.filter(slug="k-j-tokayev").exists()
    assert ArticlePerson.objects.get(article=article, person=target).count == before + 2
    assert {"K. J. Tokayev", "Tokayev K."} <= set(target.aliases.values_list("name", flat=True))


def test_merge_places(write_article, gazetteer):
    ingest(write_article("a.txt", "Talks were held in Astana."), gazetteer)
    astana = Place.objects.get(slug="astana-kz")
    other = Place.objects.create(name="Astana City", slug="astana-city", country=astana.country)
    assert merge_places(astana, [other]) == 1
    assert astana.aliases.filter(name="Astana City").exists()


def test_load_gazetteer_does_not_revive_a_merged_person(db):
    from tests.conftest import load_fixture_gazetteer

    putin = Person.objects.get(slug="vladimir-putin")
    other = Person.objects.create(name="V. Putin", slug="v-putin")
    merge_people(other, [putin])  # keep the odd one: "Vladimir Putin" becomes its alias
    created = load_fixture_gazetteer()
    assert created["people"] == 0
    assert not Person.objects.filter(slug="vladimir-putin").exists()


def test_office_dates_drive_resolution(db):
    serdar = Person.objects.get(slug="serdar-berdimuhamedov")
    assert (
        Person.objects.in_office(
            dt.date(2023, 1, 1), country__iso2="TM", role="head_of_state"
        ).get()
        == serdar
    )


# --- The batched pipeline (what `ingest` runs) ----------------------------------------------


def stored_archive() -> dict[str, dict]:
    """Everything stored about each file, without database ids."""
    from archive.export import records

    out = {}
    for record in records("http://x"):
        record.pop("id"), record.pop("url")
        record["events"] = sorted(map(repr, record["events"]))
        out[record["source_file"]] = record
    return out


@pytest.mark.parametrize("jobs", [1, 2])
def test_batched_pipeline_stores_exactly_what_file_by_file_stores(tmp_path, gazetteer, jobs):
    from archive.devtools import corpus
    from archive.ingest.pipeline import ingest_paths

    folder = tmp_path / "in"
    corpus.write(30, seed=11, folder=folder)
    files = sorted(folder.glob("*.txt"))
    # The same text twice in one batch, and again in a later batch; a bad file among them.
    (folder / f"{files[0].stem}-copy.txt").write_bytes(files[0].read_bytes())
    (folder / "zz-late-copy.txt").write_bytes(files[1].read_bytes())
    (folder / "bad.txt").write_bytes(b" date 2025-13-40 Body.")
    files = sorted(folder.glob("*.txt"))

    batched = list(ingest_paths(files, gazetteer, max_bytes=LIMIT, jobs=jobs, batch_size=4))
    assert sorted(o.path for o in batched) == sorted(map(str, files))  # one outcome each
    by_status = {s: sorted(o.path for o in batched if o.status is s) for s in Status}
    assert len(by_status[Status.CREATED]) == 30
    assert len(by_status[Status.DUPLICATE]) == 2 and len(by_status[Status.FAILED]) == 1
    first = stored_archive()
    assert set(IndexQueue.objects.values_list("object_id", flat=True)) == set(
        Article.objects.values_list("pk", flat=True)
    )

    Article.objects.all().delete()
    Event.objects.all().delete()
    one_by_one = [ingest(path, gazetteer) for path in files]
    assert {s: sorted(o.path for o in one_by_one if o.status is s) for s in Status} == by_status
    assert stored_archive() == first

    again = list(ingest_paths(files, gazetteer, max_bytes=LIMIT, jobs=jobs, batch_size=4))
    assert sum(o.status is Status.UNCHANGED for o in again) == 30


def test_a_batch_that_fails_is_stored_file_by_file(tmp_path, gazetteer, monkeypatch):
    """Another ingest stores one of the batch's files first: the batch's INSERT fails on
    the database's unique constraint, and each file is then taken on its own."""
    from archive.ingest import pipeline

    folder = tmp_path / "in"
    for n in range(5):
        (folder / f"{n}.txt").parent.mkdir(exist_ok=True)
        (folder / f"{n}.txt").write_text(f" date 2025-11-2{n} Leaders met in Astana, day {n}.")
    real = pipeline.plan

    def racing(*args):
        yield from real(*args)  # the batch is planned: 2.txt is new
        ingest(folder / "2.txt", gazetteer)  # then the other run stores it first

    monkeypatch.setattr(pipeline, "plan", racing)
    files = sorted(folder.glob("*.txt"))
    outcomes = {
        o.path: o.status
        for o in pipeline.ingest_paths(files, gazetteer, max_bytes=LIMIT, batch_size=10)
    }
    assert outcomes[str(folder / "2.txt")] is Status.UNCHANGED
    assert [outcomes[str(f)] for f in files].count(Status.CREATED) == 4
    assert Article.objects.count() == 5
