"""The events articles report (visits, talks, calls, agreements …) and the figures they state."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from django.db import connections, models

from archive import addresses
from archive.models.articles import Article
from archive.models.gazetteer import Country, Person, Place

if TYPE_CHECKING:
    from archive.search.contract import Filters


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
    WEEK = "week", "Week"  # (dated by its Monday: "next week")
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

    def with_person(self, person: Person, scan: bool = False):
        """Events the person took part in. `scan`: as an EXISTS test, as in involving()."""
        if scan:
            return self.filter(
                models.Exists(
                    EventPerson.objects.filter(person=person, event=models.OuterRef("pk"))
                )
            )
        return self.filter(eventperson__person=person)

    def between(self, first: Country, second: Country):
        """Events both countries took part in: the pair's rows of EventPair, one index
        range (two joins of the countries' events cost 188 ms at 100,000 articles)."""
        low, high = sorted((first.pk, second.pk))
        return self.filter(pk__in=EventPair.objects.filter(first=low, second=high).values("event"))

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
        codes = sorted({code.upper() for code in filters.countries})
        if len(codes) == 2:  # a pair: its own index range (archive.pairs)
            ids = sorted(Country.objects.filter(iso2__in=codes).values_list("pk", flat=True))
            if len(ids) < 2:
                return self.none()
            qs = qs.filter(pairs__first=ids[0], pairs__second=ids[1])
            codes = []
        for code in codes:
            # one join per country: an event names a country once, so no row repeats and
            # nothing needs de-duplicating (DISTINCT over 500,000 events cost a second)
            qs = qs.filter(eventcountry__country__iso2=code)
        if filters.date_from:
            qs = qs.filter(date__gte=filters.date_from)
        if filters.date_to:
            qs = qs.filter(date__lte=filters.date_to)
        return qs

    def for_listing(self):
        return self.select_related("place__country").prefetch_related("countries", "people")

    def newest_involving(self, country: Country, filters: Filters, n: int, offset: int = 0):
        """The ids of the newest `n` events (after `offset`) involving the country that the
        filters' type and dates allow, in the listing's order. On SQLite the date index is
        walked and each event tested for the country (the planner would read every event of
        the type and sort them: 72 ms for a busy country's visits at 100,000 articles,
        against 0.1); worth it for a country with many events only (the caller's choice)."""
        connection = connections[self.db]
        if connection.vendor != "sqlite":
            qs = self.matching(replace(filters, countries=(country.iso2,))).order_by(
                "-date", "type", "pk"
            )
            return list(qs.values_list("pk", flat=True)[offset : offset + n])
        where, params = [], []
        for type_ in filters.types:
            where.append("type = %s")
            params.append(type_)
        for op, day in ((">=", filters.date_from), ("<=", filters.date_to)):
            if day:
                where.append(f"date {op} %s")
                params.append(day.isoformat())
        event = connection.ops.quote_name(self.model._meta.db_table)
        rows = connection.ops.quote_name(EventCountry._meta.db_table)
        where.append(
            f"EXISTS (SELECT 1 FROM {rows} WHERE {rows}.event_id = {event}.id"
            f" AND {rows}.country_id = %s)"
        )
        params.append(country.pk)
        with connection.cursor() as cursor:
            cursor.execute(
                f'SELECT id FROM {event} INDEXED BY "event_newest" WHERE {" AND ".join(where)} '
                "ORDER BY date DESC, type ASC, id ASC LIMIT %s OFFSET %s",
                [*params, n, offset],
            )
            return [pk for (pk,) in cursor.fetchall()]


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
        indexes = [
            models.Index(fields=["participants_key", "date"], name="event_match"),
            # the newest events in the listing's order, read off the index (a full sort of
            # 500,000 events took 220 ms for the home page's eight)
            models.Index(fields=["-date", "type"], name="event_newest"),
            # the planned events, few: walked newest first with an EXISTS test per event
            # for a country or a person (a busy country's 58,000 rows were read to find none)
            models.Index(
                fields=["-date", "type"],
                name="planned_newest",
                condition=models.Q(status=EventStatus.PLANNED),
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.date:%Y-%m-%d})"

    def get_absolute_url(self):
        return addresses.event(self.pk)

    @property
    def date_iso(self) -> str:
        """The date as far as it is known, as HTML's <time> takes it: "2016-03-28", the
        week "2016-W13", the month "2016-03"."""
        if self.date_precision == DatePrecision.MONTH:
            return f"{self.date:%Y-%m}"
        if self.date_precision == DatePrecision.WEEK:
            year, week, _ = self.date.isocalendar()
            return f"{year}-W{week:02d}"
        return self.date.isoformat()

    def date_text(self, day_format: str = "j M Y") -> str:
        """The date as far as it is known, for a reader: "28 Mar 2016" (`day_format`, in
        Django's date format), "week of 28 Mar 2016", "March 2016"."""
        from django.utils.dateformat import format as date_format

        if self.date_precision == DatePrecision.MONTH:
            return date_format(self.date, "F Y")
        text = date_format(self.date, day_format)
        return f"week of {text}" if self.date_precision == DatePrecision.WEEK else text


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
        indexes = [
            models.Index(fields=["country", "event"], name="country_events"),
            # a country's visitors and its visits abroad: the rows of one role, a range
            # (4,250 of Kazakhstan's 58,000 rows at 100,000 articles: 42 -> 6 ms)
            models.Index(fields=["country", "role", "event"], name="country_roles"),
        ]

    def __str__(self):
        return f"{self.country} ({self.get_role_display()})"


class FigureKind(models.TextChoices):
    TRADE = "trade_turnover", "Trade turnover"
    EXPORTS = "exports", "Exports"
    IMPORTS = "imports", "Imports"
    TRADE_BALANCE = "trade_balance", "Trade balance"
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
    def about(self, country: Country):
        """Figures about the country, newest article first."""
        return self.filter(countries=country).newest_first()

    def about_scan(self, country: Country):
        """about(), as an EXISTS test per figure: for figures already narrowed to a few
        articles, so that the articles' index is walked, not the country's every figure
        (83,000 of them for Kazakhstan at 100,000 articles: 45 -> 3 ms)."""
        mentions = Figure.countries.through.objects.filter(
            country=country, figure=models.OuterRef("pk")
        )
        return self.filter(models.Exists(mentions)).newest_first()

    def newest_first(self):
        """Newest article first, with the article (not its text: not shown with a figure)."""
        return (
            self.select_related("article")
            .defer("article__body", "article__mention_spans")
            .order_by("-article__published", "-pk")
        )

    def between(self, first: Country, second: Country):
        """Figures about both countries, newest article first (through FigurePair)."""
        low, high = sorted((first.pk, second.pk))
        pairs = FigurePair.objects.filter(first=low, second=high)
        return self.filter(pk__in=pairs.values("figure")).newest_first()


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


class Pair(models.Model):
    """One row per record and pair of its countries, the lower country id first: a country
    pair's page reads one index range instead of joining two countries' rows (at 100,000
    articles, the events two busy countries share were found through tens of thousands of
    one country's). Kept by archive.pairs, from the country rows, whoever writes them."""

    first = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="+")

    class Meta:
        abstract = True


class EventPair(Pair):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="pairs")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second", "event"], name="unique_event_pair")
        ]

    def __str__(self):
        return f"{self.event_id}: {self.first_id}-{self.second_id}"


class FigurePair(Pair):
    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="pairs")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second", "figure"], name="unique_figure_pair")
        ]

    def __str__(self):
        return f"{self.figure_id}: {self.first_id}-{self.second_id}"


class MeetingPair(models.Model):
    """Two people of one meeting held (a visit, talks, a call, a summit), one row each way:
    a person's "Met most often" counts one index range (person, other) instead of joining
    their meetings' participants (a hundred milliseconds for the busiest person at 100,000
    articles). Kept by archive.pairs from the events and their people, whoever writes them."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="meeting_pairs")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["person", "other", "event"], name="unique_meeting_pair")
        ]

    def __str__(self):
        return f"{self.event_id}: {self.person_id}-{self.other_id}"


class TripRole(models.TextChoices):
    VISITOR = "visitor", "Visitor"
    HOST = "host", "Host"
    SUMMIT = "summit", "At a summit"


class Trip(models.Model):
    """One side of a visit or a summit, for the travels tables: a visitor of a visit or a
    participant of a summit (a person's travels), a visit's host or visitor country (a
    country's visitors and visits abroad), with the event's status and date — so that a
    table's count and newest rows are one index range, not a look-up of every event a busy
    country or person took part in (thousands at 100,000 articles). Kept by archive.pairs
    from the events, their people and countries, whoever writes them."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="trip_rows")
    # (the two partial indexes below serve the person's and the country's rows)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    role = models.CharField(max_length=8, choices=TripRole.choices)
    status = models.CharField(max_length=10, choices=EventStatus.choices)
    date = models.DateField()
    # where a summit was held (its place's country), for "abroad" on a person's page
    held_in = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_index=False
    )

    class Meta:
        indexes = [
            models.Index(
                fields=["person", "status", "-date", "-event", "role", "held_in"],
                name="person_trips",
                condition=models.Q(person__isnull=False),
            ),
            models.Index(
                fields=["country", "role", "status", "-date", "-event"],
                name="country_trips",
                condition=models.Q(country__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.event_id}: {self.person_id or self.country_id} ({self.role})"
