"""Pages readers browse. Querysets come from the models' QuerySet verbs; views stay thin."""

import calendar as calendar_module
import datetime as dt
import unicodedata
from dataclasses import replace

from django.db.models import Count, Exists, Max, OuterRef, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView, TemplateView

from archive import travels
from archive.forms import SearchForm
from archive.models import (
    Article,
    ArticleCountry,
    ArticlePerson,
    ArticlePlace,
    Country,
    Event,
    EventCountry,
    EventPerson,
    EventReport,
    EventType,
    Figure,
    MeetingPair,
    Office,
    ParticipantRole,
    Person,
    Place,
    Source,
    pair_slug,
)
from archive.search import service

PAGE_SIZE = 20
# Above this many articles, a list of the newest walks the date index (see Article.about).
SCAN_ABOVE = 1000
# … and up to how many an entity's newest articles are sorted on the articles' dates index
# (ArticleQuerySet.newest_of) rather than found by walking every article by date.
SORT_BELOW = 5000
IN_THE_NEWS_DAYS = 30
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PAIR_EVENTS = 25  # per list on a pair page; the events page has them all


class FilteredMixin:
    """Pages narrowed by the search parameters: the values are read once (names understood,
    unusable ones reported), and a query written otherwise than the archive writes it
    (country=Kazakhstan) is redirected to the one it does (country=kz)."""

    def get(self, request, *args, **kwargs):
        self.form = SearchForm(request.GET)
        if (canonical := self.form.canonical_query()) is not None:
            return redirect(f"{request.path}?{canonical}" if canonical else request.path)
        return super().get(request, *args, **kwargs)

    def filter_context(self) -> dict:
        return {
            "form": self.form,
            "problems": self.form.problems,
            "chips": self.form.chips + self.form.date_chips,
        }

    def paginate_queryset(self, queryset, page_size):
        """A page past the last shows the last, and says so (as search and the API do)."""
        paginator = self.get_paginator(queryset, page_size)
        asked = self.request.GET.get("page") or "1"
        page = paginator.get_page(asked)
        if str(page.number) != asked:
            self.form.problems.append(service.page_notice(asked, page.number, paginator.num_pages))
        return paginator, page, page.object_list, page.has_other_pages()


def _latest_day():
    latest = Article.objects.order_by("-published").values_list("published", flat=True).first()
    return latest or dt.date.today()


class HomeView(TemplateView):
    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        since = _latest_day() - dt.timedelta(days=IN_THE_NEWS_DAYS)
        recent = Article.objects.filter(published__gte=since).values("pk")
        in_the_news = _most_mentioned(Country, ArticleCountry, "country", recent, limit=None)
        return super().get_context_data(
            latest=Article.objects.newest_first().for_listing()[:10],
            countries=in_the_news[:12],
            map_countries=in_the_news,
            # Leaders: people with an office, checked by an editor — not an unreviewed
            # newcomer, a business person or anyone else the news names.
            people=_most_mentioned(
                Person, ArticlePerson, "person", recent, Person.objects.leaders()
            ),
            events=Event.objects.held().select_related("place")[:8],
            since=since,
            since_text=f"{since.day} {since:%B %Y}",
            **kwargs,
        )


def _most_mentioned(model, mention_model, field, articles, among=None, limit=12):
    """The records most mentioned in `articles` (of `among`, if given), with their count as
    `n`: counted over the mentions of those articles only, not over every mention."""
    counts = (
        mention_model.objects.filter(article__in=articles)
        .values(field)
        .annotate(n=Count("article", distinct=True))
        .order_by("-n")
    )
    if among is None:
        top = list(counts[:limit])
    else:
        # narrowed after counting: the recent articles' mentions are few and every leader
        # is many — asked in one query, SQLite walked all the leaders' mentions (230 ms at
        # 100,000 articles against 2 ms this way)
        rows = list(counts)
        found = among.filter(pk__in=[row[field] for row in rows])
        allowed = set(found.values_list("pk", flat=True))
        top = [row for row in rows if row[field] in allowed][:limit]
    records = model.objects.in_bulk([row[field] for row in top])
    for row in top:
        records[row[field]].n = row["n"]
    return sorted((records[row[field]] for row in top), key=lambda r: (-r.n, r.name))


class ArticleListView(FilteredMixin, ListView):
    """/articles/, /articles/2025/, /articles/2025/11/; ?country=kz&person=slug (and the
    search page's other filters) narrow it."""

    paginate_by = PAGE_SIZE
    template_name = "archive/article_list.html"

    def get(self, request, *args, **kwargs):
        year = kwargs.get("year")
        if year is not None and year < 1:
            raise Http404("No such year")
        if year is not None and not Article.objects.filter(published__year=year).exists():
            # /articles/2500/ names article 2500 when no article is of the year 2500;
            # /articles/1800/ is no page at all, not an empty one.
            article = None if "month" in kwargs else Article.objects.filter(pk=year).first()
            if article is None:
                raise Http404("The archive has no articles from then")
            return redirect(article, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        qs = Article.objects.newest_first().for_listing()
        year, month = self.kwargs.get("year"), self.kwargs.get("month")
        if year is not None:
            if year < 1:
                raise Http404("No such year")
            qs = qs.filter(published__year=year)
        if month is not None:
            if not 1 <= month <= 12:
                raise Http404("No such month")
            qs = qs.filter(published__month=month)
        filters = self.form.to_request().filters
        first_country = next(iter(filters.countries), "")
        self.country = Country.objects.filter(iso2__iexact=first_country).first()
        self.person = Person.objects.filter(slug=next(iter(filters.people), "")).first()
        self.matching = Article.objects.all()
        self.months = None
        ids = None if filters.sources else Article.objects.ids_matching(filters)
        if ids is not None:
            # a country's, a person's … articles: the calendar, the count and the page's
            # ids all read from the index of the articles' ids and dates
            self.months = Article.objects.months_of(ids, filters.date_from, filters.date_to)
            since, until = _within(year, month, filters.date_from, filters.date_to)
            total = sum(
                n
                for first, n in self.months
                if (year is None or first.year == year) and (month is None or first.month == month)
            )
            return NewestArticles(ids, total, since, until)
        if filters.any:
            self.matching = Article.objects.matching(filters)
            qs = qs.filter(pk__in=self.matching.values("pk"))
        return qs

    def get_context_data(self, **kwargs):
        year, month = self.kwargs.get("year"), self.kwargs.get("month")
        return super().get_context_data(
            year=year,
            month=dt.date(year, month, 1) if month else None,
            calendar=calendar(
                self.months if self.months is not None else self.matching.per_month()
            ),
            month_names=MONTH_NAMES,
            country=self.country,
            person=self.person,
            **self.filter_context(),
            **kwargs,
        )


class NewestArticles:
    """The articles `ids` gives, newest first, as a sequence a Paginator can page: its
    length known beforehand (`total`), a page's ids sorted on the articles' dates index
    (ArticleQuerySet.newest_of), then only that page's rows read."""

    model = Article
    ordered = True

    def __init__(self, ids, total: int, since=None, until=None):
        self.ids, self.total, self.since, self.until = ids, total, since, until

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, page: slice) -> list[Article]:
        start, stop = page.start or 0, self.total if page.stop is None else page.stop
        pks = Article.objects.newest_of(self.ids, stop - start, start, self.since, self.until)
        rows = Article.objects.filter(pk__in=pks).for_listing().in_bulk()
        return [rows[pk] for pk in pks if pk in rows]


class NewestEvents:
    """The events of one country the filters allow, newest first, as a sequence a Paginator
    can page (as NewestArticles): its length known beforehand, a page's ids read off the
    date index (EventQuerySet.newest_involving), then only that page's rows."""

    model = Event
    ordered = True

    def __init__(self, country: Country, filters, total: int):
        self.country, self.filters, self.total = country, filters, total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, page: slice) -> list[Event]:
        start, stop = page.start or 0, self.total if page.stop is None else page.stop
        pks = Event.objects.newest_involving(self.country, self.filters, stop - start, start)
        rows = Event.objects.filter(pk__in=pks).for_listing().in_bulk()
        return [rows[pk] for pk in pks if pk in rows]


def _within(year, month, since, until) -> tuple[dt.date | None, dt.date | None]:
    """The days a year or a month of the calendar and the filters' dates both allow."""
    if year is not None:
        first = dt.date(year, month or 1, 1)
        last = dt.date(year, month or 12, calendar_module.monthrange(year, month or 12)[1])
        since, until = max(filter(None, (since, first))), min(filter(None, (until, last)))
    return since, until


def calendar(months: list[tuple[dt.date, int]]) -> list[tuple[int, list[tuple[dt.date, int]], int]]:
    """Articles per month as a calendar, newest year first: (year, [(month, articles)] for
    its twelve months, the year's total). Open ONI's browse by date."""
    counts = dict(months)
    years = sorted({month.year for month in counts}, reverse=True)
    rows = []
    for year in years:
        cells = [(dt.date(year, m, 1), counts.get(dt.date(year, m, 1), 0)) for m in range(1, 13)]
        rows.append((year, cells, sum(n for _, n in cells)))
    return rows


def article_redirect(request, pk):
    return redirect(get_object_or_404(Article, pk=pk), permanent=True)


def article_queryset():
    return Article.objects.select_related("source").prefetch_related(
        Prefetch("country_mentions", ArticleCountry.objects.select_related("country")),
        Prefetch("person_mentions", ArticlePerson.objects.select_related("person")),
        Prefetch("place_mentions", ArticlePlace.objects.select_related("place__country")),
        Prefetch("events", Event.objects.select_related("place")),
        Prefetch("figures", Figure.objects.prefetch_related("countries")),
        "countries__aliases",
        "people__aliases",
        "places__aliases",
    )


class ArticleDetailView(DetailView):
    template_name = "archive/article_detail.html"

    def get_queryset(self):
        return article_queryset()

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.slug != kwargs["slug"]:  # permalinks survive a slug change
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        return super().get_context_data(related=service.related(self.object), **kwargs)


CITATION_FORMATS = {
    "bib": ("application/x-bibtex", "archive/cite.bib"),
    "ris": ("application/x-research-info-systems", "archive/cite.ris"),
}


def article_citation(request, pk, fmt):
    """BibTeX or RIS for reference managers, as a download."""
    if fmt not in CITATION_FORMATS:
        raise Http404("Citations come as .bib or .ris")
    article = get_object_or_404(Article.objects.select_related("source"), pk=pk)
    content_type, template = CITATION_FORMATS[fmt]
    body = render_to_string(template, {"article": article, "request": request})
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="newsroom-{article.pk}.{fmt}"'
    return response


class TimelineMixin:
    """An entity page's articles: the month-by-month timeline, the total and the newest.
    `articles(scan)` gives the entity's articles; `scan` asks for the form that finds the
    newest few fastest when there are many (see ArticleQuerySet.about)."""

    def timeline_context(self, articles, ids=None) -> dict:
        """`ids`: the articles' ids as mention rows give them, when they do (the timeline is
        then read from the articles' dates alone: see ArticleQuerySet.months_of)."""
        # its sum is the total: one query less
        timeline = articles(False).per_month() if ids is None else Article.objects.months_of(ids)
        total = sum(n for _, n in timeline)
        self.scan = total > SCAN_ABOVE
        if ids is not None and total <= SORT_BELOW:  # sorted on the dates' index
            newest = Article.objects.filter(pk__in=Article.objects.newest_of(ids, PAGE_SIZE))
        else:  # the date index walked, each article tested, for the many
            newest = articles(self.scan)
        return {
            "articles": newest.newest_first().for_listing()[:PAGE_SIZE],
            "total": total,
            "timeline": timeline,
        }


class CountryListView(ListView):
    """Every country by initial, in the order a reader expects (Côte d'Ivoire among the C's,
    Türkiye after Turkmenistan): UN members first, then other states and territories."""

    template_name = "archive/country_list.html"

    def get_queryset(self):
        return Country.objects.annotate(n=Count("mentions"))

    def get_context_data(self, **kwargs):
        countries = sorted(self.object_list, key=lambda c: collation_key(c.name))
        members = [c for c in countries if c.un_member]
        return super().get_context_data(
            groups=_by_initial(members),
            others=[c for c in countries if not c.un_member],
            with_articles=sum(1 for c in countries if c.n),
            **kwargs,
        )


def collation_key(name: str) -> str:
    """A name's sort key: accents and case folded ("Côte" sorts as "cote")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _by_initial(countries) -> list[tuple[str, list]]:
    groups: dict[str, list] = {}
    for country in countries:
        groups.setdefault(collation_key(country.name)[:1].upper(), []).append(country)
    return list(groups.items())


class CountryDetailView(TimelineMixin, DetailView):
    template_name = "archive/country_detail.html"

    def get(self, request, *args, **kwargs):
        if kwargs["iso2"] != kwargs["iso2"].lower():  # /countries/KZ/ is /countries/kz/
            return redirect("archive:country", iso2=kwargs["iso2"].lower(), permanent=True)
        return super().get(request, *args, **kwargs)

    def get_object(self, queryset=None):
        return get_object_or_404(Country, iso2__iexact=self.kwargs["iso2"])

    def get_context_data(self, **kwargs):
        country = self.object
        listing = self.timeline_context(
            lambda scan: Article.objects.about(country, scan=scan),
            ArticleCountry.objects.filter(country=country).values("article_id"),
        )
        partners = Country.objects.partners_of(country)
        for partner in partners:
            partner.n = partner.shared
        involving = Event.objects.involving
        return super().get_context_data(
            **listing,
            offices=Office.objects.filter(country=country)
            .select_related("person")
            .order_by("role", "-start"),
            events=involving(country, scan=self.scan).held().select_related("place")[:PAGE_SIZE],
            planned=involving(country, scan=True).planned().select_related("place")[:PAGE_SIZE],
            partners=partners[:15],
            map_countries=partners,
            **dict(
                zip(
                    ("visitors", "abroad"),
                    travels.tables(
                        [
                            travels.country_trips(country, ParticipantRole.HOST),
                            travels.country_trips(country, ParticipantRole.VISITOR),
                        ],
                        travels.SHOWN_FOR_COUNTRY,
                    ),
                    strict=True,
                )
            ),
            **_country_figures(country, self.scan),
            **kwargs,
        )


def _country_figures(country, scan: bool) -> dict:
    """The latest figures about a country and how many there are. A busy country's are read
    from its newest articles (the date index walked) instead of sorting all of its figures
    — tens of thousands at 100,000 articles — and counted on the relation's index alone."""
    if not scan:
        return _figures(Figure.objects.about(country))
    newest = list(
        Article.objects.about(country, scan=True)
        .newest_first()
        .values_list("pk", "published")[: PAIR_EVENTS * 8]
    )
    latest = list(
        Figure.objects.about_scan(country).filter(article_id__in=[pk for pk, _ in newest])[
            :PAIR_EVENTS
        ]
    )
    # exact only if no article left out could be as new as the last figure's
    if len(latest) < PAIR_EVENTS or newest[-1][1] >= latest[-1].article.published:
        return _figures(Figure.objects.about(country))
    count = Figure.countries.through.objects.filter(country=country).count()
    return {"figures": latest, "figure_count": count}


def _figures(figures) -> dict:
    """The latest figures for a page, and how many there are in all."""
    latest = list(figures[:PAIR_EVENTS])
    count = len(latest) if len(latest) < PAIR_EVENTS else figures.count()
    return {"figures": latest, "figure_count": count}


class PairView(TimelineMixin, TemplateView):
    """/relations/kz-tm/: everything the archive holds on two countries' relations."""

    template_name = "archive/pair.html"

    def get(self, request, *args, **kwargs):
        codes = kwargs["codes"].split("-")
        if len(codes) != 2 or codes[0] == codes[1]:
            raise Http404("Give two different country codes, as /relations/kz-tm/")
        countries = {
            c.iso2.lower(): c for c in Country.objects.filter(iso2__in=[c.upper() for c in codes])
        }
        if len(countries) != 2:
            raise Http404("No such country")
        self.first, self.second = (countries[c] for c in sorted(countries))
        canonical = pair_slug(self.first, self.second)
        if kwargs["codes"] != canonical:
            return redirect("archive:pair", codes=canonical, permanent=True)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        a, b = self.first, self.second
        events = Event.objects.between(a, b).held().select_related("place")

        def latest(events):  # the most recent, shown oldest first
            return list(reversed(events.order_by("-date")[:PAIR_EVENTS]))

        return super().get_context_data(
            **self.timeline_context(
                lambda scan: Article.objects.about_pair(a, b, scan=scan),
                ArticleCountry.objects.filter(
                    country=a,
                    article_id__in=ArticleCountry.objects.filter(country=b).values("article_id"),
                ).values("article_id"),
            ),
            first=a,
            second=b,
            meetings=latest(events.meetings()),
            agreements=latest(events.filter(type=EventType.AGREEMENT)),
            awards=latest(events.filter(type__in=[EventType.AWARD, EventType.CONGRATULATION])),
            event_count=events.count(),
            planned=Event.objects.between(a, b).planned().select_related("place")[:PAIR_EVENTS],
            **_figures(Figure.objects.between(a, b)),
            **kwargs,
        )


class PersonDetailView(TimelineMixin, DetailView):
    template_name = "archive/person_detail.html"

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch("offices", Office.objects.select_related("country")), "aliases"
        )

    def get_context_data(self, **kwargs):
        person = self.object
        # the people met most often: the person's range of the meeting pairs' index, counted
        # per other person (a row per meeting and person met), then the ten people fetched
        times = dict(
            MeetingPair.objects.filter(person=person)
            .values_list("other")
            .annotate(n=Count("pk"))
            .order_by("-n", "other")[:40]
        )
        met = sorted(Person.objects.filter(pk__in=times), key=lambda p: (-times[p.pk], p.name))[:10]
        for someone in met:
            someone.times = times[someone.pk]
        listing = self.timeline_context(
            lambda scan: Article.objects.mentioning(person, scan=scan),
            ArticlePerson.objects.filter(person=person).values("article_id"),
        )
        with_person = Event.objects.with_person
        return super().get_context_data(
            **listing,
            events=with_person(person, scan=self.scan).held().select_related("place")[:PAGE_SIZE],
            planned=with_person(person, scan=True).planned().select_related("place")[:PAGE_SIZE],
            travels=travels.table(travels.person_trips(person)),
            met=met,
            **kwargs,
        )


class PlaceDetailView(TimelineMixin, DetailView):
    """/places/aktau-kz/: the events held there and the articles that name it."""

    template_name = "archive/place_detail.html"

    def get_queryset(self):
        return Place.objects.select_related("country").prefetch_related("aliases")

    def get_context_data(self, **kwargs):
        place = self.object
        articles = Article.objects.filter(place_mentions__place=place)
        events = Event.objects.filter(place=place).select_related("place")
        return super().get_context_data(
            **self.timeline_context(
                lambda scan: articles,
                ArticlePlace.objects.filter(place=place).values("article_id"),
            ),
            events=events.held().order_by("-date")[:PAGE_SIZE],
            planned=events.planned()[:PAGE_SIZE],
            **kwargs,
        )


class SourceListView(ListView):
    """/sources/: the agencies and publishers articles come from, with their counts."""

    template_name = "archive/source_list.html"

    def get_queryset(self):
        return Source.objects.annotate(n=Count("articles"), latest=Max("articles__published"))


class SourceDetailView(TimelineMixin, DetailView):
    """/sources/kazinform/: a source's articles by month and the newest of them."""

    template_name = "archive/source_detail.html"
    model = Source

    def get_context_data(self, **kwargs):
        source = self.object
        articles = Article.objects.filter(source=source)
        return super().get_context_data(
            **self.timeline_context(lambda scan: articles),
            calendar=calendar(articles.per_month()),
            month_names=MONTH_NAMES,
            **kwargs,
        )


class EventListView(FilteredMixin, ListView):
    """/events/?type=visit&country=kz&from=2025-01-01&to=2025-12-31"""

    paginate_by = PAGE_SIZE
    template_name = "archive/event_list.html"

    def get_queryset(self):
        self.search = self.form.to_request()
        return Event.objects.for_listing().matching(self.search.filters)

    def get_paginator(self, queryset, per_page, **kwargs):
        """The listing's count is the chips' (one pass over the filtered rows, not two):
        the chosen type's events, every type's when none is chosen (matching() asks for
        every type chosen at once, so two types match nothing)."""
        counts = {value: n for value, _label, n in self.type_counts()}
        filters = self.search.filters
        chosen = filters.types
        total = sum(counts.values()) if not chosen else counts.get(chosen[0], 0)
        if len(chosen) > 1:
            total = 0
        codes = {code.upper() for code in filters.countries}
        if len(codes) == 1 and total > SCAN_ABOVE:
            # a busy country's events: the page's ids off the date index (NewestEvents)
            country = Country.objects.filter(iso2=codes.pop()).first()
            if country is not None:
                queryset = NewestEvents(country, filters, total)
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        paginator.count = total  # (a cached_property, given)
        return paginator

    @cached_property
    def _type_counts(self) -> list[tuple[str, str, int]]:
        others = replace(self.search.filters, types=())
        # one row per event even under country filters (each a join on a unique pair), so
        # the count groups the filtered rows directly
        events = Event.objects.matching(others)
        rows = events.order_by().values_list("type").annotate(n=Count("pk"))
        counts = dict(rows)
        return [(value, label, counts.get(value, 0)) for value, label in EventType.choices]

    def type_counts(self) -> list[tuple[str, str, int]]:
        """(type, label, events) for each type, under the other filters in force: the
        chips a reader narrows by."""
        return self._type_counts

    def get_context_data(self, **kwargs):
        countries = {c.value: c.label for c in self.form.chips if c.param == "country"}
        return super().get_context_data(
            filters=self.search.filters,
            types=EventType.choices,
            type_counts=self.type_counts(),
            # the chooser's suggestions: the countries events name (typing offers them)
            country_names=Country.objects.filter(
                Exists(EventCountry.objects.filter(country=OuterRef("pk")))
            )
            .order_by("name")
            .values_list("name", flat=True),
            country_name=next(iter(countries.values()), ""),
            **self.filter_context(),
            **kwargs,
        )


class EventDetailView(DetailView):
    template_name = "archive/event_detail.html"

    def get_queryset(self):
        return Event.objects.select_related("place__country", "part_of").prefetch_related(
            Prefetch("eventperson_set", EventPerson.objects.select_related("person")),
            Prefetch("eventcountry_set", EventCountry.objects.select_related("country")),
            Prefetch("articles", Article.objects.newest_first().defer("body")),
            Prefetch("reports", EventReport.objects.order_by("article", "paragraph", "pk")),
            "parts",
        )


class SearchView(FilteredMixin, TemplateView):
    """/search/?q=…&country=kz&person=…&type=visit&from=…&to=…&sort=newest&page=2"""

    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        results = search_pages(self.form)
        return super().get_context_data(results=results, **self.filter_context(), **kwargs)


def search_pages(form: SearchForm, request=None, articles=None):
    """One page of search results; a page past the last gives the last, said in a notice."""
    results, notice = service.search_within(request or form.to_request(), articles)
    if notice:
        form.problems.append(notice)
    return results


def healthz(request):
    """Liveness for a proxy or a load balancer: the process answers. Touches neither the
    database nor the index, so it is also the bench's "trivial view" (the framework's
    limit under the same gunicorn settings)."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def opensearch(request):
    body = render_to_string("archive/opensearch.xml", {"request": request})
    return HttpResponse(body, content_type="application/opensearchdescription+xml")
