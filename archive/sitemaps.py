"""sitemap.xml: an index of the sitemaps of pages, articles, countries, people, places,
sources and events, each paged (?p=2) at 5,000 addresses."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.models import Article, Country, Event, Person, Place, Source


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    limit = 5000

    def items(self):
        return Article.objects.order_by("-published", "-id").only("pk", "slug", "updated_at")

    def lastmod(self, article):
        return article.updated_at


class CountrySitemap(Sitemap):
    limit = 5000
    changefreq = "daily"

    def items(self):
        return Country.objects.filter(mentions__isnull=False).distinct().order_by("iso2")


class PersonSitemap(Sitemap):
    limit = 5000
    changefreq = "weekly"

    def items(self):
        return Person.objects.filter(mentions__isnull=False).distinct().order_by("slug")


class PlaceSitemap(Sitemap):
    limit = 5000
    changefreq = "weekly"

    def items(self):
        return Place.objects.filter(mentions__isnull=False).distinct().order_by("slug")


class SourceSitemap(Sitemap):
    limit = 5000
    changefreq = "daily"

    def items(self):
        return Source.objects.filter(articles__isnull=False).distinct().order_by("slug")


class EventSitemap(Sitemap):
    limit = 5000
    changefreq = "monthly"

    def items(self):
        return Event.objects.order_by("-date", "pk")


class StaticSitemap(Sitemap):
    def items(self):
        return [
            "archive:home",
            "archive:article-list",
            "archive:country-list",
            "archive:event-list",
            "archive:source-list",
        ]

    def location(self, name):
        return reverse(name)


SITEMAPS = {
    "pages": StaticSitemap,
    "articles": ArticleSitemap,
    "countries": CountrySitemap,
    "people": PersonSitemap,
    "places": PlaceSitemap,
    "sources": SourceSitemap,
    "events": EventSitemap,
}
