"""People's and places' addresses with the letters Django's slugify dropped spelled out
("binali-yldrm" → "binali-yildirim", "lech-wasa" → "lech-walesa"). Only slugs the loader
made from the name are renamed (an editor's own stay); the old address is kept as a former
slug, so it answers with a permanent redirect; the articles naming them are queued for the
search index (their facets carry the slugs) and the page cache is retired."""

from django.db import migrations
from django.utils.text import slugify

# archive/text/slugs.py as it was written with this migration (a migration keeps its own).
SPELLED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ə": "e",
        "Ə": "E",
        "ħ": "h",
        "Ħ": "H",
    }
)


def _renames(records, taken, source):
    """(record, new slug) for each record whose slug is the one slugify made of `source`
    and would now be another that no record uses."""
    for record in records:
        text = source(record)
        old, new = slugify(text), slugify(text.translate(SPELLED))
        if record.slug == old and new and new != old and new not in taken:
            taken.add(new)
            yield record, new


def respell(apps, schema_editor):
    Person = apps.get_model("archive", "Person")
    Place = apps.get_model("archive", "Place")
    FormerSlug = apps.get_model("archive", "FormerSlug")
    ArticlePerson = apps.get_model("archive", "ArticlePerson")
    ArticlePlace = apps.get_model("archive", "ArticlePlace")
    IndexQueue = apps.get_model("archive", "IndexQueue")
    SiteVersion = apps.get_model("archive", "SiteVersion")
    articles = set()
    for model, mention, field, source in (
        (Person, ArticlePerson, "person", lambda p: p.name),
        (Place, ArticlePlace, "place", lambda p: f"{p.name}-{p.country.iso2}"),
    ):
        former = set(
            FormerSlug.objects.filter(**{f"{field}__isnull": False}).values_list("slug", flat=True)
        )
        taken = set(model.objects.values_list("slug", flat=True)) | former
        records = model.objects.select_related("country") if model is Place else model.objects.all()
        for record, new in list(_renames(records.iterator(), taken, source)):
            if record.slug not in former:
                FormerSlug.objects.create(slug=record.slug, **{field: record})
            record.slug = new
            record.save(update_fields=["slug"])
            articles.update(
                mention.objects.filter(**{field: record}).values_list("article_id", flat=True)
            )
    IndexQueue.objects.bulk_create([IndexQueue(object_id=pk) for pk in sorted(articles)])
    if articles:
        for version in SiteVersion.objects.all():
            version.value += 1
            version.save(update_fields=["value"])


class Migration(migrations.Migration):
    dependencies = [("archive", "0014_trips")]

    operations = [migrations.RunPython(respell, migrations.RunPython.noop)]
