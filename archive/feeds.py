"""Feeds: the latest articles overall and per country, person and pair (Atom and RSS), and
every search as an Atom feed (a saved search)."""

from datetime import datetime, time
from html import unescape

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape, strip_tags
from django.utils.timezone import make_aware

from archive.forms import SearchForm
from archive.models import Article, Country, Person
from archive.search import service

FEED_SIZE = 50


def as_feed_html(text: str) -> str:
    """An item's description is HTML to a feed reader (Atom's type="html", RSS): the
    article's words go in escaped, as text, so that markup in an article never runs."""
    return escape(text)


class ArticleFeed(Feed):
    """The latest articles, optionally about a country, a person or a pair (Atom; RSS via
    RssArticleFeed)."""

    feed_type = Atom1Feed

    def get_object(self, request, iso2=None, slug=None, codes=None):
        if iso2:
            country = get_object_or_404(Country, iso2__iexact=iso2)
            return country.name, country.get_absolute_url(), Article.objects.about(country)
        if slug:
            person = get_object_or_404(Person, slug=slug)
            return person.name, person.get_absolute_url(), Article.objects.mentioning(person)
        if codes:
            pair = list(Country.objects.filter(iso2__in=[c.upper() for c in codes.split("-")]))
            if len(pair) != 2:
                raise Http404("No such pair")
            first, second = pair
            name = f"{first.name} and {second.name}"
            return name, first.pair_url(second), Article.objects.about_pair(first, second)
        return "", reverse("archive:article-list"), Article.objects.all()

    def title(self, obj):
        return f"Newsroom: {obj[0]}" if obj[0] else "Newsroom: latest articles"

    def link(self, obj):
        return obj[1]

    def description(self, obj):
        return f"The latest diplomatic news{' about ' + obj[0] if obj[0] else ''}."

    def items(self, obj):
        return obj[2].newest_first().for_listing()[:FEED_SIZE]

    def item_title(self, article):
        return article.headline

    def item_description(self, article):
        return as_feed_html(article.lead)

    def item_pubdate(self, article):
        return make_aware(datetime.combine(article.published, time(12)))

    def item_updateddate(self, article):
        return article.updated_at

    def item_categories(self, article):
        return [c.name for c in article.countries.all()]

    def item_author_name(self, article):
        """The source (agency or publisher); Atom requires an author."""
        return article.source.name if article.source else "Newsroom archive"


class RssArticleFeed(ArticleFeed):
    feed_type = Rss201rev2Feed


class SearchFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        form = SearchForm(request.GET)
        search = form.to_request(per_page=FEED_SIZE)
        if not search.sort:  # a feed is read newest first unless asked otherwise
            search = service.SearchRequest(
                q=search.q,
                filters=search.filters,
                sort="newest",
                exact=search.exact,
                per_page=FEED_SIZE,
            )
        return service.search(search)

    def title(self, results):
        what = results.request.q or "all articles"
        return f"Newsroom search: {what}"

    def subtitle(self, results):
        return f"{results.total} matching articles"

    def link(self, results):
        return "/search/?" + self.request.GET.urlencode()

    def items(self, results):
        return results.hits

    def item_title(self, hit):
        return hit.article.headline

    def item_description(self, hit):
        return as_feed_html(unescape(strip_tags(hit.snippet)) or hit.article.lead)

    def item_link(self, hit):
        return hit.article.get_absolute_url()

    def item_pubdate(self, hit):
        return make_aware(datetime.combine(hit.article.published, time(12)))

    def item_updateddate(self, hit):
        return hit.article.updated_at

    def item_categories(self, hit):
        return [c.name for c in hit.article.countries.all()]
