"""The gazetteer: countries, people and their offices, places, and the sources articles come
from, each with the other names the text may use."""

from __future__ import annotations

import datetime as dt

from django.db import connections, models
from django.db.models import Q

from archive import addresses


class AliasKind(models.TextChoices):
    NAME = "name", "Alternative name"
    SHORT = "short", "Short form"
    DEMONYM = "demonym", "Demonym or adjective"
    CAPITAL = "capital", "Capital"
    TRANSLITERATION = "translit", "Transliteration"
    NATIVE = "native", "Native script"
    SURNAME = "surname", "Surname only"


class CountryQuerySet(models.QuerySet):
    def partners_of(self, country: Country) -> list[Country]:
        """The other countries named in the country's articles, most often first, with the
        number of articles they share as `shared`. Counted on the two indexes of the
        article–country rows alone, never reading an article (at 100,000 articles, 52 ->
        18 ms for Kazakhstan's 12,000)."""
        from archive.models.articles import ArticleCountry

        # a self-join of the rows (the country's articles' other countries), with no
        # article read: a fifth cheaper than testing every row against the country's
        # articles (the ORM's join would pass through the articles' table)
        rows = connections[self.db].ops.quote_name(ArticleCountry._meta.db_table)
        with connections[self.db].cursor() as cursor:
            cursor.execute(
                f"SELECT b.country_id, COUNT(*) FROM {rows} a JOIN {rows} b"
                " ON b.article_id = a.article_id WHERE a.country_id = %s AND b.country_id <> %s"
                " GROUP BY b.country_id",
                [country.pk, country.pk],
            )
            shared = dict(cursor.fetchall())
        partners = list(self.filter(pk__in=shared))
        for partner in partners:
            partner.shared = shared[partner.pk]
        return sorted(partners, key=lambda partner: (-partner.shared, partner.name))


class Country(models.Model):
    iso2 = models.CharField("ISO alpha-2", max_length=2, unique=True)
    iso3 = models.CharField("ISO alpha-3", max_length=3, unique=True)
    name = models.CharField("common name", max_length=100)
    official_name = models.CharField(max_length=200, blank=True)
    slug = models.SlugField(max_length=100, unique=True)
    un_member = models.BooleanField("UN member", default=False)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return addresses.country(self.iso2)  # reverse() once per process

    def pair_url(self, other: Country) -> str:
        return addresses.pair(self.iso2, other.iso2)


def pair_slug(first: Country, second: Country) -> str:
    """The canonical pair URL part: codes in alphabetical order, "kz-tm"."""
    return "-".join(sorted([first.iso2.lower(), second.iso2.lower()]))


class CountryAlias(models.Model):
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=150)
    kind = models.CharField(max_length=10, choices=AliasKind.choices, default=AliasKind.NAME)

    class Meta:
        ordering = ["country", "kind", "name"]
        verbose_name_plural = "country aliases"
        constraints = [
            models.UniqueConstraint(fields=["country", "name"], name="unique_country_alias")
        ]

    def __str__(self):
        return self.name


class PersonQuerySet(models.QuerySet):
    def in_office(self, on: dt.date, **office_filters):
        """People holding an office on a date (optionally of a role or country)."""
        offices = Office.objects.valid_on(on).filter(**office_filters)
        return self.filter(offices__in=offices).distinct()

    def leaders(self):
        """People who hold or held an office, checked by an editor: what lists of leaders
        show (an unreviewed newcomer is shown on its own page, marked, not among them)."""
        return self.filter(needs_review=False, offices__isnull=False).distinct()


class Person(models.Model):
    name = models.CharField("canonical name", max_length=150)
    slug = models.SlugField(max_length=150, unique=True)
    needs_review = models.BooleanField(
        default=False, help_text="Created by extraction, not yet checked by an editor."
    )
    notes = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return addresses.person(self.slug)


class PersonAlias(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=150)
    kind = models.CharField(
        max_length=10, choices=AliasKind.choices, default=AliasKind.TRANSLITERATION
    )

    class Meta:
        ordering = ["person", "kind", "name"]
        verbose_name_plural = "person aliases"
        constraints = [
            models.UniqueConstraint(fields=["person", "name"], name="unique_person_alias")
        ]

    def __str__(self):
        return self.name


class OfficeRole(models.TextChoices):
    HEAD_OF_STATE = "head_of_state", "Head of state"
    HEAD_OF_GOVERNMENT = "head_of_government", "Head of government"
    FOREIGN_MINISTER = "foreign_minister", "Foreign minister"
    ORGANISATION_HEAD = "organisation_head", "Head of an organisation"
    OTHER = "other", "Other"


class OfficeQuerySet(models.QuerySet):
    def valid_on(self, on: dt.date):
        return self.filter(Q(start__isnull=True) | Q(start__lte=on)).filter(
            Q(end__isnull=True) | Q(end__gte=on)
        )


class Office(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="offices")
    role = models.CharField(max_length=20, choices=OfficeRole.choices)
    title = models.CharField(max_length=120, help_text="As styled, e.g. President, Chancellor.")
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.PROTECT, related_name="offices"
    )
    organisation = models.CharField(max_length=150, blank=True)
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True, help_text="Empty while in office.")
    note = models.CharField(
        max_length=200, blank=True, help_text="What is not certain about the dates."
    )
    loaded = models.TextField(
        blank=True,
        editable=False,
        help_text="The gazetteer file's row as loaded; empty for an office added by hand or "
        "noted from a text. While the office still reads so, a corrected file updates it; "
        "once an editor changes it, the files leave it alone.",
    )

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["-start"]
        indexes = [models.Index(fields=["country", "role", "start"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True)
                | Q(start__isnull=True)
                | Q(end__gte=models.F("start")),
                name="office_ends_after_start",
            )
        ]

    def __str__(self):
        where = self.country or self.organisation
        return f"{self.title} of {where}" if where else self.title

    def held_on(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


class PlaceKind(models.TextChoices):
    CITY = "city", "City"
    PORT = "port", "Port"
    VENUE = "venue", "Venue"
    REGION = "region", "Region"


class Place(models.Model):
    name = models.CharField(max_length=150)
    slug = models.SlugField(max_length=150, unique=True)
    kind = models.CharField(max_length=10, choices=PlaceKind.choices, default=PlaceKind.CITY)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="places")

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.country.iso2})"

    def get_absolute_url(self):
        return addresses.place(self.slug)


class FormerSlug(models.Model):
    """An address a person or a place had before it was merged into another or renamed:
    /people/<slug>/ (its feeds, and filters naming it) answer with a permanent redirect
    to the record it is now part of."""

    slug = models.SlugField(max_length=150)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="former_slugs"
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.CASCADE, related_name="former_slugs"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                condition=models.Q(person__isnull=False),
                name="unique_former_person",
            ),
            models.UniqueConstraint(
                fields=["slug"], condition=models.Q(place__isnull=False), name="unique_former_place"
            ),
            models.CheckConstraint(
                condition=models.Q(person__isnull=True) ^ models.Q(place__isnull=True),
                name="former_slug_of_one_record",
            ),
        ]

    def __str__(self):
        return f"{self.slug} → {self.person or self.place}"

    @classmethod
    def record(cls, old_slug: str, target) -> None:
        """`old_slug` now leads to `target` (a Person or a Place), and so does every address
        that led to the record `old_slug` named."""
        field = "person" if isinstance(target, Person) else "place"
        cls.objects.filter(**{f"{field}__slug": old_slug}).update(**{field: target})
        cls.objects.filter(**{field: target, "slug": target.slug}).delete()  # live again
        cls.objects.update_or_create(
            slug=old_slug, **{f"{field}__isnull": False}, defaults={field: target}
        )


class PlaceAlias(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=150)

    class Meta:
        ordering = ["place", "name"]
        verbose_name_plural = "place aliases"
        constraints = [models.UniqueConstraint(fields=["place", "name"], name="unique_place_alias")]

    def __str__(self):
        return self.name


class Source(models.Model):
    """A publisher or news agency."""

    name = models.CharField(max_length=150, unique=True)
    slug = models.SlugField(max_length=150, unique=True)
    url = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return addresses.source(self.slug)
