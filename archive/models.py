"""The archive's records: the gazetteer (countries, people, offices, places), articles with
their provenance and mentions, the events they report and the figures they state, and the
index outbox that keeps search in step with all of it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify

if TYPE_CHECKING:
    from archive.search.contract import Filters


class AliasKind(models.TextChoices):
    NAME = "name", "Alternative name"
    SHORT = "short", "Short form"
    DEMONYM = "demonym", "Demonym or adjective"
    CAPITAL = "capital", "Capital"
    TRANSLITERATION = "translit", "Transliteration"
    NATIVE = "native", "Native script"
    SURNAME = "surname", "Surname only"


# --- Gazetteer ----------------------------------------------------------------------------


class CountryQuerySet(models.QuerySet):
    def partners_of(self, country: Country, articles):
        """The other countries named in `articles`, most often first, with how many
        mentions they share with `country` as `shared`."""
        return (
            self.exclude(pk=country.pk)
            .filter(mentions__article__in=articles.values("pk"))
            .annotate(shared=models.Count("mentions"))
            .order_by("-shared", "name")
        )


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
        return reverse("archive:country", args=[self.iso2.lower()])

    def pair_url(self, other: Country) -> str:
        return reverse("archive:pair", args=[pair_slug(self, other)])

    @property
    def flag(self) -> str:
        """The flag emoji, built from the regional indicator symbols of the code."""
        return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in self.iso2.upper())


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
        return reverse("archive:person", args=[self.slug])


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


# --- Articles -----------------------------------------------------------------------------


def _mentions(country: Country) -> models.Exists:
    return models.Exists(
        ArticleCountry.objects.filter(country=country, article=models.OuterRef("pk"))
    )


class ArticleQuerySet(models.QuerySet):
    def newest_first(self):
        """Newest publication first; the same day, the later stored first."""
        return self.order_by("-published", "-id")

    def about(self, country: Country, scan: bool = False):
        """Articles mentioning the country. `scan`: as an EXISTS test per article, which
        lets the newest N be found by walking the date index — far faster than sorting
        every match when the country is in many articles (30 ms -> 1 ms for the top 20
        of 20,000), slower when it is in few."""
        if scan:
            return self.filter(_mentions(country))
        return self.filter(country_mentions__country=country)

    def about_pair(self, first: Country, second: Country, scan: bool = False):
        """Articles mentioning both countries. Two joins and no DISTINCT: an article
        mentions a country at most once (a unique constraint). `scan`: as in about()."""
        if scan:
            return self.filter(_mentions(first), _mentions(second))
        return self.filter(country_mentions__country=first).filter(country_mentions__country=second)

    def per_month(self) -> list[tuple[dt.date, int]]:
        """(first day of month, number of articles), oldest first: for timelines. Grouped
        by day in SQL and folded into months here: date functions are Python callbacks
        on SQLite, and a day's group is as cheap as a month's."""
        from django.db.models import Count

        months: dict[dt.date, int] = {}
        rows = self.order_by().values_list("published").annotate(n=Count("pk", distinct=True))
        for day, n in rows:
            month = day.replace(day=1)
            months[month] = months.get(month, 0) + n
        return sorted(months.items())

    def mentioning(self, person: Person):
        return self.filter(person_mentions__person=person)

    def matching(self, filters: Filters):
        """The articles the search filters allow (every country, person, place and event
        type chosen; any source chosen; the date range): the database twin of the search
        engines' filter, for browsing without a query and for checking the engines."""
        qs = self
        for code in filters.countries:
            qs = qs.filter(country_mentions__country__iso2__iexact=code)
        for slug in filters.people:
            qs = qs.filter(person_mentions__person__slug=slug)
        for slug in filters.places:
            qs = qs.filter(place_mentions__place__slug=slug)
        for type_ in filters.types:
            qs = qs.filter(events__type=type_)
        if filters.sources:
            qs = qs.filter(source__slug__in=filters.sources)
        if filters.date_from:
            qs = qs.filter(published__gte=filters.date_from)
        if filters.date_to:
            qs = qs.filter(published__lte=filters.date_to)
        return qs.distinct()

    def containing_any(self, names):
        """Articles whose text contains any of `names` (case-insensitive): the ones a new
        alias can change."""
        query = Q()
        for name in {n for n in names if n}:
            query |= Q(body__icontains=name) | Q(headline__icontains=name)
        return self.filter(query) if query else self.none()

    def for_listing(self):
        """What a list of articles shows: no body (tens of kilobytes each)."""
        return (
            self.select_related("source")
            .prefetch_related("countries")
            .defer("body", "mention_spans")
        )

    def for_index(self):
        return self.select_related("source").prefetch_related(
            "countries__aliases", "people__aliases", "places__aliases", "events"
        )


class Article(models.Model):
    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120)
    lead = models.TextField(blank=True)
    body = models.TextField()
    published = models.DateField(db_index=True)
    language = models.CharField(max_length=8, default="en")
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    url = models.URLField("original address", max_length=2000, blank=True)
    dateline = models.CharField(
        max_length=200, blank=True, help_text="As written: “ASTANA, March 4. /Kazinform/ –”."
    )
    headline_given = models.BooleanField(
        default=False, help_text="The headline came with the file (its title line)."
    )
    # Provenance of the ingest.
    source_file = models.CharField(max_length=255, unique=True)
    sha256 = models.CharField("SHA-256 of the normalised body", max_length=64, unique=True)
    ingested_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)
    # Where the body names each country, person and place: [start, end, kind, id] with kind
    # "country", "person" or "place" — the article page links exactly these, as read.
    mention_spans = models.JSONField(default=list, blank=True, editable=False)
    edited_fields = models.JSONField(
        default=list,
        blank=True,
        help_text="Fields changed by an editor; a re-ingest of a changed file keeps them.",
    )

    countries = models.ManyToManyField(Country, through="ArticleCountry", related_name="articles")
    people = models.ManyToManyField(Person, through="ArticlePerson", related_name="articles")
    places = models.ManyToManyField(Place, through="ArticlePlace", related_name="articles")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]
        get_latest_by = "published"

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.headline)[:100].rstrip("-") or "article"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("archive:article", args=[self.pk, self.slug])


class Mention(models.Model):
    """How often and where first an article names an entity."""

    count = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(
        default=0, help_text="Character offset of the first mention in the body."
    )

    class Meta:
        abstract = True
        ordering = ["first_offset"]


class ArticleCountry(Mention):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="country_mentions")
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="mentions")

    class Meta(Mention.Meta):
        verbose_name = "country mention"
        constraints = [
            models.UniqueConstraint(fields=["article", "country"], name="unique_article_country")
        ]
        # Country and pair pages go from a country to its articles.
        indexes = [models.Index(fields=["country", "article"], name="country_articles")]

    def __str__(self):
        return f"{self.country} ×{self.count}"


class ArticlePerson(Mention):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="person_mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")

    class Meta(Mention.Meta):
        verbose_name = "person mention"
        constraints = [
            models.UniqueConstraint(fields=["article", "person"], name="unique_article_person")
        ]

    def __str__(self):
        return f"{self.person} ×{self.count}"


class ArticlePlace(Mention):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="place_mentions")
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="mentions")

    class Meta(Mention.Meta):
        verbose_name = "place mention"
        constraints = [
            models.UniqueConstraint(fields=["article", "place"], name="unique_article_place")
        ]

    def __str__(self):
        return f"{self.place} ×{self.count}"


# --- Events and figures ------------------------------------------------------------------


class EventType(models.TextChoices):
    """A small taxonomy in the spirit of CAMEO/PLOVER; see archive/ingest/extract/events.py."""

    VISIT = "visit", "Visit"
    TALKS = "talks", "Talks or meeting"
    PHONE_CALL = "phone_call", "Phone call"
    SUMMIT = "summit", "Summit or multilateral meeting"
    AGREEMENT = "agreement", "Agreement or joint statement"
    AWARD = "award", "Award conferred"
    CONGRATULATION = "congratulation", "Congratulation or condolence"
    STATEMENT = "statement", "Statement"


MEETING_TYPES = (EventType.VISIT, EventType.TALKS, EventType.PHONE_CALL, EventType.SUMMIT)


class EventStatus(models.TextChoices):
    HELD = "held", "Held"
    PLANNED = "planned", "Planned"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"


class EventQuerySet(models.QuerySet):
    def held(self):
        return self.filter(status=EventStatus.HELD)

    def planned(self):
        return self.filter(status=EventStatus.PLANNED)

    def involving(self, country: Country, scan: bool = False):
        """`scan`: as an EXISTS test, to walk the date index for the newest few (see
        ArticleQuerySet.about): 13 ms -> 1 ms for a country in 40,000 events."""
        if scan:
            return self.filter(
                models.Exists(
                    EventCountry.objects.filter(country=country, event=models.OuterRef("pk"))
                )
            )
        return self.filter(eventcountry__country=country)

    def between(self, first: Country, second: Country):
        """Events both countries took part in (two joins; (event, country) is unique)."""
        return self.filter(eventcountry__country=first).filter(eventcountry__country=second)

    def meetings(self):
        """Visits, talks, calls and summits: the events where people met or spoke."""
        return self.filter(type__in=MEETING_TYPES)

    def matching(self, filters: Filters):
        """The events the filters allow: of each event type chosen, involving every
        country chosen, dated within the range (people, places and sources do not
        narrow events)."""
        qs = self
        for type_ in filters.types:
            qs = qs.filter(type=type_)
        for code in filters.countries:
            qs = qs.filter(eventcountry__country__iso2__iexact=code)
        if filters.date_from:
            qs = qs.filter(date__gte=filters.date_from)
        if filters.date_to:
            qs = qs.filter(date__lte=filters.date_to)
        return qs.distinct()

    def for_listing(self):
        return self.select_related("place__country").prefetch_related("countries", "people")


class Event(models.Model):
    type = models.CharField(max_length=20, choices=EventType.choices, db_index=True)
    subtype = models.CharField(
        max_length=40, blank=True, help_text="e.g. state / official / working visit."
    )
    title = models.CharField(max_length=300)
    subject = models.CharField(
        max_length=300,
        blank=True,
        help_text="What was signed or conferred: “a memorandum on cooperation in transport”.",
    )
    status = models.CharField(
        max_length=10,
        choices=EventStatus.choices,
        default=EventStatus.HELD,
        help_text="Planned: announced, not yet held when reported.",
    )
    date = models.DateField(db_index=True)
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    part_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="parts",
        help_text="The visit or summit these talks were held during.",
    )
    participants_key = models.CharField(
        max_length=255,
        db_index=True,
        help_text="Sorted country codes and people: how two reports of one event are matched.",
    )
    people = models.ManyToManyField(Person, through="EventPerson", related_name="events")
    countries = models.ManyToManyField(Country, through="EventCountry", related_name="events")
    articles = models.ManyToManyField(Article, related_name="events", blank=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "type"]
        # How ingest finds the stored events a new report may match (ingest.writer._match_windows).
        indexes = [models.Index(fields=["participants_key", "date"], name="event_match")]

    def __str__(self):
        return f"{self.title} ({self.date:%Y-%m-%d})"

    def get_absolute_url(self):
        return reverse("archive:event", args=[self.pk])


class EventReport(models.Model):
    """The sentence an article reported an event in: the evidence for it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="reports")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="event_reports")
    sentence = models.TextField()
    paragraph = models.PositiveIntegerField(help_text="Its paragraph in the article, from 1.")

    class Meta:
        ordering = ["article", "paragraph", "id"]

    def __str__(self):
        return f"{self.article_id}#p{self.paragraph}: {self.sentence[:60]}"


class ParticipantRole(models.TextChoices):
    PARTICIPANT = "participant", "Participant"
    VISITOR = "visitor", "Visitor"
    HOST = "host", "Host"
    GIVER = "giver", "Giver"
    RECIPIENT = "recipient", "Recipient"


class EventPerson(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="event_roles")
    role = models.CharField(
        max_length=12, choices=ParticipantRole.choices, default=ParticipantRole.PARTICIPANT
    )

    class Meta:
        verbose_name = "participant"
        constraints = [
            models.UniqueConstraint(fields=["event", "person"], name="unique_event_person")
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


class EventCountry(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="event_roles")
    role = models.CharField(
        max_length=12, choices=ParticipantRole.choices, default=ParticipantRole.PARTICIPANT
    )

    class Meta:
        verbose_name = "participating country"
        verbose_name_plural = "participating countries"
        constraints = [
            models.UniqueConstraint(fields=["event", "country"], name="unique_event_country")
        ]
        indexes = [models.Index(fields=["country", "event"], name="country_events")]

    def __str__(self):
        return f"{self.country} ({self.get_role_display()})"


class FigureKind(models.TextChoices):
    TRADE = "trade_turnover", "Trade turnover"
    EXPORTS = "exports", "Exports"
    IMPORTS = "imports", "Imports"
    INVESTMENT = "investment", "Investment"
    AID = "aid", "Aid or loans"
    FREIGHT = "freight", "Freight volume"
    GROWTH = "growth", "Growth"
    OTHER = "other", "Other amount"


class Qualifier(models.TextChoices):
    EXACT = "exact", "Exactly"
    MORE_THAN = "more_than", "More than"
    LESS_THAN = "less_than", "Less than"
    ABOUT = "about", "About"


class FigureQuerySet(models.QuerySet):
    def between(self, first: Country, second: Country):
        """Figures about both countries, newest article first."""
        return (
            self.filter(countries=first)
            .filter(countries=second)
            .select_related("article")
            .order_by("-article__published")
        )


class Figure(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="figures")
    kind = models.CharField(max_length=20, choices=FigureKind.choices)
    value = models.DecimalField(max_digits=24, decimal_places=4)
    range_to = models.DecimalField(
        max_digits=24,
        decimal_places=4,
        null=True,
        blank=True,
        help_text="The upper end of a range (“from 900 million to 1 billion”).",
    )
    unit = models.CharField(max_length=12, help_text="ISO currency code, %, t, m3 …")
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, default="exact")
    is_target = models.BooleanField(default=False, help_text="A goal, not an actual value.")
    period = models.CharField(max_length=100, blank=True)
    countries = models.ManyToManyField(Country, related_name="figures", blank=True)
    quote = models.CharField(max_length=120, blank=True, help_text="The amount as written.")
    sentence = models.TextField()
    paragraph = models.PositiveIntegerField(
        null=True, blank=True, help_text="The sentence's paragraph in the article, from 1."
    )

    objects = FigureQuerySet.as_manager()

    class Meta:
        ordering = ["article", "id"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value:,.0f} {self.unit}"


# --- Search index outbox ------------------------------------------------------------------


class IndexQueue(models.Model):
    """A pending index change, written in the same transaction as the edit that caused it.

    One indexer process drains it (archive/search/queue.py); a row is deleted only after
    its change is committed to the index, so a crash means a retry, never a loss.
    """

    object_id = models.BigIntegerField(db_index=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = "index queue entry"
        verbose_name_plural = "index queue"

    def __str__(self):
        return f"article {self.object_id}"


class SiteVersion(models.Model):
    """One row counting the archive's changes: cached pages are keyed by it, so any change
    (an edit, an ingest batch, an index update) retires them all. See archive/cache.py."""

    value = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"archive version {self.value}"
