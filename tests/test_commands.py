import csv
import io
import json
import shutil

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, Country, IndexQueue
from tests.conftest import SEED

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_ingest_seed_summary(search_index):
    out, _ = run("ingest", str(SEED))
    assert "1 created, 0 updated, 0 unchanged, 0 duplicate, 0 failed" in out
    article = Article.objects.get()
    assert article.published.isoformat() == "2025-11-25"
    assert article.source.name == "Qazinform News Agency"
    assert {c.iso2 for c in article.countries.all()} == {"KZ", "TM", "IR", "AF"}
    assert not IndexQueue.objects.exists()  # drained into the index
    out, _ = run("ingest", str(SEED))
    assert "0 created, 0 updated, 1 unchanged" in out


def test_bad_files_are_reported_and_good_ones_stored(tmp_path, write_article, search_index):
    write_article("good.txt", "Kassym-Jomart Tokayev met Vladimir Putin.")
    write_article("nested/good2.txt", "Leaders met in Baku.")
    write_article("bad-date.txt", "Body.", date="2025-13-40")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "header-only.txt").write_bytes(b" date 2025-11-25")
    (tmp_path / "no-header.txt").write_bytes(b"Astana. Leaders met.")
    (tmp_path / "cp1251.txt").write_bytes(" date 2025-11-25 Президент".encode("cp1251"))
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.md").write_text("ignored: not .txt")
    with pytest.raises(CommandError) as raised:
        run("ingest", str(tmp_path))
    assert raised.value.returncode == 1
    assert "6 file(s) failed" in str(raised.value)
    assert Article.objects.count() == 2


def test_ingest_stderr_names_each_bad_file(tmp_path, write_article, search_index):
    write_article("bad-date.txt", "Body.", date="2025-13-40")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(tmp_path), stdout=io.StringIO(), stderr=err)
    assert "bad-date.txt: header date 2025-13-40 is not a real date" in err.getvalue()


def test_ingest_missing_path():
    with pytest.raises(CommandError, match="No such file or folder"):
        run("ingest", "/nonexistent/folder")


def test_symlink_loop_is_reported(tmp_path, write_article, search_index):
    write_article("a/good.txt", "Leaders met in Baku.")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    with pytest.raises(CommandError):
        run("ingest", str(tmp_path))
    assert Article.objects.count() == 1


def test_dry_run(write_article, search_index):
    path = write_article("a.txt", "Leaders met in Baku.")
    out, _ = run("ingest", "--dry-run", str(path))
    assert out.startswith("Dry run: 1 created")
    assert not Article.objects.exists()


def test_load_gazetteer_is_idempotent():
    before = Country.objects.count()
    out, _ = run("load_gazetteer")
    assert "created 0 countries, 0 aliases, 0 people, 0 offices, 0 places" in out
    assert Country.objects.count() == before >= 249


def test_a_new_alias_from_the_gazetteer_files_reindexes_the_articles_it_names(
    seed_article, tmp_path, settings
):
    folder = tmp_path / "gazetteer"
    shutil.copytree(settings.NEWSROOM_GAZETTEER_DIR, folder)
    offices = folder / "offices.tsv"
    lines = offices.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if "\tKassym-Jomart Tokayev\t" in line)
    lines[at] += "|Tokayev the Reader"
    offices.write_text("\n".join(lines), encoding="utf-8")
    IndexQueue.objects.all().delete()

    out, _ = run("load_gazetteer", "--dir", str(folder))

    assert "created 0 countries, 1 aliases, 0 people, 0 offices, 0 places" in out
    assert set(IndexQueue.objects.values_list("object_id", flat=True)) == {seed_article.pk}


def test_export_jsonl(seed_article):
    out, _ = run("export_archive")
    record = json.loads(out.splitlines()[0])
    assert record["id"] == seed_article.pk
    assert record["published"] == "2025-11-25"
    assert record["url"].endswith(seed_article.get_absolute_url())
    assert record["source_file"] == SEED.name
    assert record["sha256"] == seed_article.sha256
    assert sorted(record["countries"]) == ["AF", "IR", "KZ", "TM"]
    assert "Kassym-Jomart Tokayev" in record["people"]
    assert {"Astana", "Aktau", "Kuryk", "Turkmenbashi"} <= set(record["places"])
    award = next(e for e in record["events"] if e["type"] == "award")
    assert {"name": "Serdar Berdimuhamedov", "role": "recipient"} in award["people"]
    assert {"kind": "investment", "value": "120000000", "unit": "USD"}.items() <= next(
        f for f in record["figures"] if f["kind"] == "investment"
    ).items()


def test_export_lists_each_events_people_in_a_fixed_order(seed_article):
    """Two exports of the same archive are the same file: an event's people come sorted
    by role and name, not in whatever order the database returns them."""
    from archive.models import EventPerson, Person

    event = seed_article.events.get(type="award")
    newcomer = Person.objects.create(name="Aaron Aardvark", slug="aaron-aardvark")
    EventPerson.objects.create(event=event, person=newcomer, role="recipient")
    out, _ = run("export_archive")
    award = next(e for e in json.loads(out.splitlines()[0])["events"] if e["type"] == "award")
    pairs = [(p["role"], p["name"]) for p in award["people"]]
    assert pairs == sorted(pairs) and ("recipient", "Aaron Aardvark") in pairs


def test_export_csv_to_file(seed_article, tmp_path):
    target = tmp_path / "out.csv"
    run("export_archive", "--format", "csv", "--output", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 1
    assert rows[0]["countries"] == "AF;IR;KZ;TM"
    assert "visit" in rows[0]["event_types"].split(";")


def test_check_index_detects_and_repairs_drift(seed_article):
    out, _ = run("check_index")
    assert "Index consistent: 1 documents, 1 articles" in out
    # An edit whose queue row never got drained: the index is stale.
    Article.objects.filter(pk=seed_article.pk).update(headline="Changed behind the index")
    article = Article.objects.get()
    article.save()
    IndexQueue.objects.all().delete()
    with pytest.raises(CommandError, match="1 stale"):
        run("check_index")
    out, _ = run("check_index", "--fix")
    assert "Index repaired" in out


def test_reextract_all(seed_article):
    seed_article.country_mentions.all().delete()
    out, _ = run("reextract", "--all")
    assert "Re-extracted 1 article(s)" in out
    assert seed_article.countries.count() == 4


def test_indexer_once(seed_article):
    seed_article.save()
    out, _ = run("indexer", "--once")
    assert "Indexed 1, removed 0" in out


def test_reextract_containing_a_new_alias(search_index, write_article):
    from archive.models import Person, PersonAlias

    path = write_article("alias.txt", "Qasymjomart spoke at the forum in Astana.")
    run("ingest", str(path))
    article = Article.objects.get(source_file="alias.txt")
    assert not article.people.exists()
    tokayev = Person.objects.get(slug="kassym-jomart-tokayev")
    PersonAlias.objects.create(person=tokayev, name="Qasymjomart")
    out, _ = run("reextract", "--containing", "Qasymjomart")
    assert "Re-extracted 1 article(s)" in out
    assert list(article.people.all()) == [tokayev]


def test_reextract_needs_a_selection():
    with pytest.raises(CommandError, match="--containing"):
        run("reextract")


def test_unknown_official_is_stored_for_review(search_index, write_article):
    from archive.models import Person

    path = write_article(
        "new.txt",
        "Kazakh Deputy Foreign Minister Roman Vassilenko met Murat Nurtleu.",
        date="2025-06-10",
    )
    run("ingest", str(path))
    person = Person.objects.get(slug="roman-vassilenko")
    assert person.needs_review and "Deputy Foreign Minister of KZ" in person.notes
    assert person.articles.get().source_file == "new.txt"


def test_every_command_of_the_project_loads_and_says_what_it_does():
    from django.core.management import get_commands, load_command_class

    ours = {name: app for name, app in get_commands().items() if app.startswith("archive")}
    assert {"ingest", "indexer", "bench", "evaluate_corpus", "loadtest"} <= set(ours)
    for name, app in ours.items():
        assert load_command_class(app, name).help, name


def test_only_regular_files_inside_the_paths_given_are_read(tmp_path, write_article, search_index):
    import os
    import signal

    root = tmp_path / "in"
    write_article("in/good.txt", "Leaders met in Baku.")
    os.mkfifo(root / "pipe.txt")  # would block a reader for ever
    (root / "zero.txt").symlink_to("/dev/zero")  # would never end
    secret = tmp_path / "outside.txt"
    secret.write_text(" date 2025-11-25 SECRET-LINE of a file nobody gave")
    (root / "outside.txt").symlink_to(secret)
    (tmp_path / "elsewhere").mkdir()
    (root / "folder-link").symlink_to(tmp_path / "elsewhere")
    write_article("in/sub/inside-target.txt", "Tokayev met Putin in Astana on Monday.")
    (root / "inside-link.txt").symlink_to(root / "sub" / "inside-target.txt")
    (root / "name\nforged: 1 created.txt").write_text(" date 2025-11-25")

    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(TimeoutError("hung")))
    signal.alarm(60)  # a hang fails the test instead of holding the suite
    try:
        with pytest.raises(CommandError):
            _, err = run("ingest", str(root))
    finally:
        signal.alarm(0)
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(root), stdout=io.StringIO(), stderr=err)
    messages = err.getvalue()
    assert "pipe.txt: not a regular file (a FIFO): not read" in messages
    assert "zero.txt: symlink to a file outside the paths given" in messages
    assert "outside.txt: symlink to a file outside the paths given" in messages
    assert "folder-link: symlink to a folder outside the paths given, skipped" in messages
    assert "SECRET" not in messages
    assert "name\\nforged: 1 created.txt: header only" in messages  # one line, escaped
    assert Article.objects.count() == 2  # good.txt, and sub/inside-target.txt once


def test_a_file_growing_past_the_limit_is_not_read_whole(tmp_path):
    from archive.ingest.outcomes import Status
    from archive.ingest.plan import read_file

    path = tmp_path / "big.txt"
    path.write_bytes(b" date 2025-11-25 " + b"x" * 5000)
    outcome = read_file(path, max_bytes=1000)
    assert outcome.status is Status.FAILED and "over the 1,000-byte limit" in outcome.message
    outcome = read_file(tmp_path / "missing.txt", max_bytes=1000)
    assert outcome.status is Status.FAILED and "cannot read" in outcome.message


def test_files_of_one_name_in_two_folders_are_two_articles(tmp_path, write_article, search_index):
    write_article("A/collide.txt", "Kassym-Jomart Tokayev met Vladimir Putin in Astana.")
    write_article("B/collide.txt", "Ilham Aliyev met Recep Tayyip Erdogan in Baku.")
    out, _ = run("ingest", str(tmp_path))
    assert "2 created, 0 updated" in out
    assert sorted(Article.objects.values_list("source_file", flat=True)) == [
        "A/collide.txt",
        "B/collide.txt",
    ]
    # Each file updates its own article, and a run over one folder keys the same files
    # the same way relative to it only when given the same way.
    write_article("B/collide.txt", "Ilham Aliyev met Recep Tayyip Erdogan in Ankara.")
    out, _ = run("ingest", str(tmp_path))
    assert "0 created, 1 updated, 1 unchanged" in out
    texts = dict(Article.objects.values_list("source_file", "body"))
    assert "Astana" in texts["A/collide.txt"] and "Ankara" in texts["B/collide.txt"]


def test_articles_keyed_by_bare_names_take_their_paths(tmp_path, write_article, search_index):
    path = write_article("sub/old.txt", "Kassym-Jomart Tokayev met Vladimir Putin in Astana.")
    run("ingest", str(path))  # a file given by name: keyed by its name, as before paths
    assert Article.objects.get().source_file == "old.txt"
    write_article("sub/old.txt", "Kassym-Jomart Tokayev met Vladimir Putin in Almaty.")
    out, _ = run("ingest", str(tmp_path))  # the folder: the one old.txt takes its path
    assert "0 created, 1 updated, 0 unchanged" in out
    assert Article.objects.get().source_file == "sub/old.txt"
    # Two files of that name and an article stored under it: which one it was is unknown.
    other = tmp_path / "other"
    run("ingest", str(write_article("loose/same.txt", "Sadyr Japarov arrived in Bishkek.")))
    write_article("other/x/same.txt", "Ilham Aliyev arrived in Baku.")
    write_article("other/y/same.txt", "Shavkat Mirziyoyev arrived in Tashkent.")
    _, err = run("ingest", str(other))
    assert "2 files are named same.txt; article" in err and "is left as it is" in err
    assert Article.objects.filter(source_file__in=["x/same.txt", "y/same.txt"]).count() == 2
