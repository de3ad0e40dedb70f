"""Articles, with their provenance and their mentions of countries, people and places."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

from django.db import connections, models
from django.db.models import Q

from archive import addresses
from archive.models.gazetteer import Country, Person, Place, Source
from archive.text.slugs import slug as make_slug

if TYPE_CHECKING:
    from archive.search.contract import Filters


def _mentions(country: Country) -> models.Exists:
    return models.Exists(
        ArticleCountry.objects.filter(country=country, article=models.OuterRef("pk"))
    )


def _first_of_month(month: str | dt.date) -> dt.date:
    if isinstance(month, dt.date):
        return month.replace(day=1)
    return dt.date(int(month[:4]), int(month[5:7]), 1)


ARTICLE_DATES_INDEX = "article_id_published"


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
        """(first day of month, number of articles), oldest first: for timelines. On SQLite
        grouped on the date's text cut to "YYYY-MM" (its date functions are Python
        callbacks, and grouping by day gave a busy country's 6,000 rows to convert one by
        one); elsewhere on the month the database truncates to."""
        from django.db.models import CharField, Count
        from django.db.models.functions import Cast, Substr, TruncMonth

        if connections[self.db].vendor == "sqlite":  # dates are stored as ISO text
            month = Substr(Cast("published", CharField()), 1, 7)
        else:
            month = TruncMonth("published")
        rows = (
            self.order_by()
            .annotate(month=month)
            .values_list("month")
            .annotate(n=Count("pk", distinct=True))
        )
        return sorted((_first_of_month(month), n) for month, n in rows)

    def months_of(self, ids, since=None, until=None) -> list[tuple[dt.date, int]]:
        """per_month() of the articles whose ids `ids` gives (a values queryset of article
        ids: a country's mention rows, a pair's, the filters' of ids_matching), published
        between `since` and `until` when given. On SQLite the dates are read from a
        covering index of the articles' ids and dates (`article_id_published`), not from
        the table, whose rows hold the bodies: a busy country's 12,000 articles in 6 ms
        instead of 19."""
        if connections[self.db].vendor != "sqlite":
            return self._dated(ids, since, until).per_month()
        rows = self._by_dates_index(
            "substr(published, 1, 7), COUNT(*)", ids, since, until, "GROUP BY 1", []
        )
        return sorted((_first_of_month(month), n) for month, n in rows)

    def newest_of(self, ids, n: int, offset: int = 0, since=None, until=None) -> list[int]:
        """The ids of the newest `n` articles (after the newest `offset`) among those `ids`
        gives, as in months_of: sorted on the index of ids and dates, not by reading the
        articles' rows (a pair's 750 articles: 4 ms, where walking every article by date to
        find them took 12)."""
        if connections[self.db].vendor != "sqlite":
            newest = self._dated(ids, since, until).newest_first()
            return list(newest.values_list("pk", flat=True)[offset : offset + n])
        order = "ORDER BY published DESC, id DESC LIMIT %s OFFSET %s"
        rows = self._by_dates_index("id", ids, since, until, order, [n, offset])
        return [pk for (pk,) in rows]

    def _dated(self, ids, since, until):
        qs = self.filter(pk__in=ids)
        if since:
            qs = qs.filter(published__gte=since)
        if until:
            qs = qs.filter(published__lte=until)
        return qs

    def _by_dates_index(self, columns, ids, since, until, tail, tail_params) -> list[tuple]:
        """SELECT `columns` of the articles `ids` gives, in the date bounds, from the index
        of their ids and dates alone. SQLite's planner never picks that index for a lookup
        by primary key by itself, hence INDEXED BY."""
        connection = connections[self.db]
        subquery, params = ids.order_by().query.sql_with_params()
        table = connection.ops.quote_name(self.model._meta.db_table)
        where, bounds = f"id IN ({subquery})", []
        for op, day in ((">=", since), ("<=", until)):
            if day:
                where += f" AND published {op} %s"
                bounds.append(day.isoformat())
        with connection.cursor() as cursor:
            cursor.execute(
                f'SELECT {columns} FROM {table} INDEXED BY "{ARTICLE_DATES_INDEX}" '
                f"WHERE {where} {tail}",
                [*params, *bounds, *tail_params],
            )
            return cursor.fetchall()

    def mentioning(self, person: Person, scan: bool = False):
        """Articles naming the person. `scan`: as in about()."""
        if scan:
            named = ArticlePerson.objects.filter(person=person, article=models.OuterRef("pk"))
            return self.filter(models.Exists(named))
        return self.filter(person_mentions__person=person)

    def matching(self, filters: Filters):
        """The articles the search filters allow (every country, person, place and event
        type chosen; any source chosen; the date range): the database twin of the search
        engines' filter, for browsing without a query and for checking the engines."""
        qs = self
        if (ids := self.ids_matching(filters)) is not None:
            qs = qs.filter(pk__in=ids)
        if filters.sources:
            qs = qs.filter(source__slug__in=filters.sources)
        if filters.date_from:
            qs = qs.filter(published__gte=filters.date_from)
        if filters.date_to:
            qs = qs.filter(published__lte=filters.date_to)
        return qs

    def ids_matching(self, filters: Filters):
        """The ids of the articles every country, person, place and event type chosen
        names, read from the mention rows alone (no article read, nothing repeated), as a
        values queryset; None when none is chosen."""
        ids = None
        for rows in itertools.chain(
            (
                ArticleCountry.objects.filter(country__in=Country.objects.filter(iso2__iexact=c))
                for c in filters.countries
            ),
            (
                ArticlePerson.objects.filter(person__in=Person.objects.filter(slug=slug))
                for slug in filters.people
            ),
            (
                ArticlePlace.objects.filter(place__in=Place.objects.filter(slug=slug))
                for slug in filters.places
            ),
            (self.model.events.through.objects.filter(event__type=t) for t in filters.types),
        ):
            if ids is not None:
                rows = rows.filter(article_id__in=ids)
            ids = rows.order_by().values("article_id")
        return ids

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
        # The articles' dates by id, apart from their rows (see ArticleQuerySet.months_of).
        indexes = [models.Index(fields=["id", "published"], name=ARTICLE_DATES_INDEX)]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = make_slug(self.headline)[:100].rstrip("-") or "article"
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return addresses.article(self.pk, self.slug)  # reverse() once per process


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
