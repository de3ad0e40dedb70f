"""Loading corrected gazetteer files into an archive that already holds them: the offices
the files loaded follow the files; an editor's correction, and an office added by hand or
noted from a text, never do."""

import dataclasses
import datetime as dt
import io
import shutil

import pytest
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from archive.ingest.gazetteer_files import read_office_files
from archive.ingest.gazetteer_store import load_gazetteer
from archive.models import Article, Office, Person, PersonAlias

pytestmark = pytest.mark.django_db


def load(rows):
    return load_gazetteer([], rows, [])


def rows_with(who: str, since: dt.date, **changes):
    """The files' rows, the term of `who` from `since` changed (drop=True: taken out)."""
    rows = read_office_files(settings.NEWSROOM_GAZETTEER_DIR)
    at = next(i for i, r in enumerate(rows) if r.person == who and r.start == since)
    if changes.get("drop"):
        return rows[:at] + rows[at + 1 :]
    return [*rows[:at], dataclasses.replace(rows[at], **changes), *rows[at + 1 :]]


def term(slug: str, role: str = "head_of_state"):
    return list(Office.objects.filter(person__slug=slug, role=role).order_by("start"))


NAZARBAYEV = ("Nursultan Nazarbayev", dt.date(1991, 12, 16))


def test_loading_the_same_files_again_changes_nothing():
    before = list(Office.objects.values_list("pk", "start", "end", "title", "loaded"))
    created = load(read_office_files(settings.NEWSROOM_GAZETTEER_DIR))
    assert (created["offices"], created["offices corrected"], created["offices removed"]) == (
        0,
    ) * 3
    assert list(Office.objects.values_list("pk", "start", "end", "title", "loaded")) == before


def test_a_corrected_end_or_title_corrects_the_office_the_files_loaded():
    (office,) = term("nursultan-nazarbayev")
    created = load(rows_with(*NAZARBAYEV, end=dt.date(2019, 3, 19), title="First President"))
    assert created["offices corrected"] == 1 and created["offices"] == 0
    office.refresh_from_db()
    assert (office.end, office.title) == (dt.date(2019, 3, 19), "First President")


def test_a_corrected_start_moves_the_term_instead_of_adding_one():
    (office,) = term("nursultan-nazarbayev")
    created = load(rows_with(*NAZARBAYEV, start=dt.date(1990, 4, 24)))
    assert (created["offices"], created["offices corrected"], created["offices removed"]) == (
        0,
        1,
        0,
    )
    assert [(o.pk, o.start) for o in term("nursultan-nazarbayev")] == [
        (office.pk, dt.date(1990, 4, 24))
    ]


def test_a_term_taken_out_of_the_files_is_taken_out_of_the_archive():
    created = load(rows_with(*NAZARBAYEV, drop=True))
    assert created["offices removed"] == 1
    assert term("nursultan-nazarbayev") == []
    assert Person.objects.filter(slug="nursultan-nazarbayev").exists()  # he stays


def test_an_editors_correction_stands_whatever_the_files_say():
    (office,) = term("nursultan-nazarbayev")
    office.end = dt.date(2019, 3, 21)  # as the admin saves it
    office.save()
    load(rows_with(*NAZARBAYEV, end=dt.date(2019, 3, 19)))
    office.refresh_from_db()
    assert office.end == dt.date(2019, 3, 21)
    created = load(rows_with(*NAZARBAYEV, start=dt.date(1990, 4, 24)))
    assert (created["offices"], created["offices corrected"]) == (0, 0)
    assert [(o.pk, o.start) for o in term("nursultan-nazarbayev")] == [(office.pk, office.start)]
    created = load(rows_with(*NAZARBAYEV, drop=True))
    assert created["offices removed"] == 0 and term("nursultan-nazarbayev") == [office]


def test_an_office_added_by_hand_or_from_a_text_is_never_touched():
    person = Person.objects.get(slug="nursultan-nazarbayev")
    added = Office.objects.create(
        person=person, role="other", title="Chairman of the Security Council", start=None
    )
    load(rows_with(*NAZARBAYEV, drop=True))
    assert Office.objects.filter(pk=added.pk).exists()


def test_an_office_loaded_before_offices_kept_their_row_is_adopted_unless_edited_in_the_admin():
    """Offices loaded by an older version carry no row: the next load takes those that an
    editor never changed for the files' own, and corrects them; not the others."""
    (office,) = term("nursultan-nazarbayev")
    Office.objects.filter(pk=office.pk).update(loaded="", end=dt.date(2019, 3, 1))
    created = load(rows_with(*NAZARBAYEV))
    office.refresh_from_db()
    assert office.end == dt.date(2019, 3, 20) and office.loaded
    assert created["offices corrected"] == 1

    (tokayev,) = term("kassym-jomart-tokayev")
    Office.objects.filter(pk=tokayev.pk).update(loaded="", start=dt.date(2019, 3, 21))
    editor = get_user_model().objects.create_user("editor", is_staff=True)
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(Office),
        object_id=str(tokayev.pk),
        object_repr=str(tokayev),
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["Start"]}}]',
    )
    created = load(read_office_files(settings.NEWSROOM_GAZETTEER_DIR))
    assert [o.start for o in term("kassym-jomart-tokayev")] == [dt.date(2019, 3, 21)]


def test_the_articles_a_changed_term_covers_are_read_again_on_request(
    write_article, search_index, tmp_path
):
    """A stored article names by title the holder of its day: when the files move that
    term, `--reextract` reads the articles of the term's country and dates again."""
    path = write_article("a.txt", "The President of Kazakhstan received guests in Astana.")
    call_command("ingest", str(path), stdout=io.StringIO())
    article = Article.objects.get()
    assert "kassym-jomart-tokayev" in {p.slug for p in article.people.all()}
    folder = tmp_path / "gazetteer"
    shutil.copytree(settings.NEWSROOM_GAZETTEER_DIR, folder)
    offices = folder / "offices.tsv"
    term = "KZ\tHS\tPresident\tKassym-Jomart Tokayev\t2019-03-20\t"
    text = offices.read_text(encoding="utf-8")
    offices.write_text(text.replace(term, term.replace("2019-03-20", "2025-12-01")), "utf-8")

    out = io.StringIO()
    call_command("load_gazetteer", "--dir", str(folder), "--reextract", stdout=out)
    assert "Re-extracted 1 article(s)" in out.getvalue()
    assert "kassym-jomart-tokayev" not in {p.slug for p in article.people.all()}

    offices.write_text(text, "utf-8")  # the term as it was: without --reextract, a hint
    out = io.StringIO()
    call_command("load_gazetteer", "--dir", str(folder), stdout=out)
    assert f"manage.py reextract {article.pk}`" in out.getvalue()
    assert "kassym-jomart-tokayev" not in {p.slug for p in article.people.all()}  # not yet


def test_a_surname_an_older_load_made_against_the_files_is_taken_out():
    """An earlier load gave Joyce Banda the surname "Banda" from a row written without
    aliases, though her other rows say `~-`: the next load takes it out, and leaves the
    aliases an editor added."""
    banda = Person.objects.get(slug="joyce-banda")
    PersonAlias.objects.create(person=banda, name="Banda", kind="surname")
    PersonAlias.objects.create(person=banda, name="Mai Mwapapa", kind="translit")
    created = load(read_office_files(settings.NEWSROOM_GAZETTEER_DIR))
    assert created["aliases removed"] == 1
    assert set(banda.aliases.values_list("name", flat=True)) >= {"Mai Mwapapa"}
    assert not banda.aliases.filter(name="Banda").exists()
