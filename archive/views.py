"""Pages readers browse. Querysets come from the models' QuerySet verbs; views stay thin."""

from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, ListView, TemplateView

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
    Office,
    Person,
)
from archive.search import service

PAGE_SIZE = 20


class HomeView(TemplateView):
    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        latest = Article.objects.published().for_listing()[:10]
        return super().get_context_data(
            latest=latest,
            countries=Country.objects.annotate(n=Count("mentions"))
            .filter(n__gt=0)
            .order_by("-n", "name")[:12],
            people=Person.objects.annotate(n=Count("mentions"))
            .filter(n__gt=0)
            .order_by("-n", "name")[:12],
            events=Event.objects.select_related("place")[:8],
            **kwargs,
        )


class ArticleListView(ListView):
    paginate_by = PAGE_SIZE
    template_name = "archive/article_list.html"

    def get_queryset(self):
        return Article.objects.published().for_listing()


def article_redirect(request, pk):
    return redirect(get_object_or_404(Article, pk=pk), permanent=True)


class ArticleDetailView(DetailView):
    template_name = "archive/article_detail.html"

    def get_queryset(self):
        return Article.objects.select_related("source").prefetch_related(
            Prefetch("country_mentions", ArticleCountry.objects.select_related("country")),
            Prefetch("person_mentions", ArticlePerson.objects.select_related("person")),
            Prefetch("place_mentions", ArticlePlace.objects.select_related("place__country")),
            Prefetch(
                "events",
                Event.objects.select_related("place").prefetch_related(
                    Prefetch("eventperson_set", EventPerson.objects.select_related("person")),
                    Prefetch("eventcountry_set", EventCountry.objects.select_related("country")),
                ),
            ),
            "figures__countries",
        )

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.slug != kwargs["slug"]:  # permalinks survive a slug change
            return redirect(self.object, permanent=True)
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        return super().get_context_data(related=service.related(self.object), **kwargs)


class CountryListView(ListView):
    template_name = "archive/country_list.html"

    def get_queryset(self):
        return Country.objects.annotate(n=Count("mentions")).order_by("name")


class CountryDetailView(DetailView):
    template_name = "archive/country_detail.html"

    def get_object(self, queryset=None):
        return get_object_or_404(Country, iso2__iexact=self.kwargs["iso2"])

    def get_context_data(self, **kwargs):
        country = self.object
        return super().get_context_data(
            articles=Article.objects.about(country).published().for_listing()[:PAGE_SIZE],
            offices=Office.objects.filter(country=country)
            .select_related("person")
            .order_by("role", "-start"),
            events=country.events.select_related("place")[:PAGE_SIZE],
            **kwargs,
        )


class PersonDetailView(DetailView):
    template_name = "archive/person_detail.html"

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch("offices", Office.objects.select_related("country")), "aliases"
        )

    def get_context_data(self, **kwargs):
        person = self.object
        return super().get_context_data(
            articles=Article.objects.mentioning(person).published().for_listing()[:PAGE_SIZE],
            events=person.events.select_related("place")[:PAGE_SIZE],
            **kwargs,
        )


class EventDetailView(DetailView):
    template_name = "archive/event_detail.html"

    def get_queryset(self):
        return Event.objects.select_related("place__country").prefetch_related(
            Prefetch("eventperson_set", EventPerson.objects.select_related("person")),
            Prefetch("eventcountry_set", EventCountry.objects.select_related("country")),
            Prefetch("articles", Article.objects.published()),
        )


class SearchView(TemplateView):
    """/search/?q=…&country=kz&person=…&type=visit&from=…&to=…&sort=newest&page=2"""

    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        form = SearchForm(self.request.GET)
        results = service.search(form.to_request())
        return super().get_context_data(
            form=form, results=results, problems=form.problems, **kwargs
        )
