"""Atom feeds: every search is a feed (a saved search)."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.timezone import make_aware

from archive.forms import SearchForm
from archive.search import service

FEED_SIZE = 50


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
        return strip_tags(hit.snippet) or hit.article.lead

    def item_link(self, hit):
        return hit.article.get_absolute_url()

    def item_pubdate(self, hit):
        return make_aware(datetime.combine(hit.article.published, time(12)))

    def item_updateddate(self, hit):
        return hit.article.updated_at

    def item_categories(self, hit):
        return [c.name for c in hit.article.countries.all()]
