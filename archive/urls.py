from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, register_converter

from archive import api, downloads, feeds, views
from archive.sitemaps import SITEMAPS


class YearConverter:
    regex = r"\d{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{value:04d}"


class MonthConverter(YearConverter):
    regex = r"\d{2}"

    def to_url(self, value):
        return f"{value:02d}"


register_converter(YearConverter, "yyyy")
register_converter(MonthConverter, "mm")

app_name = "archive"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<yyyy:year>/", views.ArticleListView.as_view(), name="article-year"),
    path("articles/<yyyy:year>/<mm:month>/", views.ArticleListView.as_view(), name="article-month"),
    path("articles/<int:pk>/", views.article_redirect, name="article-short"),
    path("articles/<int:pk>/cite.<str:fmt>", views.article_citation, name="article-cite"),
    path("articles/<int:pk>/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("countries/", views.CountryListView.as_view(), name="country-list"),
    path("countries/<str:iso2>/", views.CountryDetailView.as_view(), name="country"),
    path("countries/<str:iso2>/feed.atom", feeds.ArticleFeed(), name="country-feed"),
    path("countries/<str:iso2>/feed.rss", feeds.RssArticleFeed(), name="country-rss"),
    path(
        "countries/<str:iso2>/figures.<str:fmt>",
        downloads.country_figures_download,
        name="country-figures",
    ),
    path(
        "countries/<str:iso2>/visitors.<str:fmt>",
        downloads.country_visitors_download,
        name="country-visitors",
    ),
    path(
        "countries/<str:iso2>/visits-abroad.<str:fmt>",
        downloads.country_visits_abroad_download,
        name="country-visits-abroad",
    ),
    path("relations/<str:codes>/", views.PairView.as_view(), name="pair"),
    path(
        "relations/<str:codes>/figures.<str:fmt>",
        downloads.pair_figures_download,
        name="pair-figures",
    ),
    path("relations/<str:codes>/feed.atom", feeds.ArticleFeed(), name="pair-feed"),
    path("relations/<str:codes>/feed.rss", feeds.RssArticleFeed(), name="pair-rss"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person"),
    path("people/<slug:slug>/feed.atom", feeds.ArticleFeed(), name="person-feed"),
    path("people/<slug:slug>/feed.rss", feeds.RssArticleFeed(), name="person-rss"),
    path(
        "people/<slug:slug>/travels.<str:fmt>",
        downloads.person_travels_download,
        name="person-travels",
    ),
    path("places/<slug:slug>/", views.PlaceDetailView.as_view(), name="place"),
    path("sources/", views.SourceListView.as_view(), name="source-list"),
    path("sources/<slug:slug>/", views.SourceDetailView.as_view(), name="source"),
    path("events/", views.EventListView.as_view(), name="event-list"),
    path("events/export.<str:fmt>", downloads.events_download, name="event-download"),
    path("events/<int:pk>/", views.EventDetailView.as_view(), name="event"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("search/feed/", feeds.SearchFeed(), name="search-feed"),
    path("search/export.<str:fmt>", downloads.search_download, name="search-download"),
    path("api/search", api.search, name="api-search"),
    path("feeds/articles.atom", feeds.ArticleFeed(), name="feed"),
    path("feeds/articles.rss", feeds.RssArticleFeed(), name="feed-rss"),
    # An index of sitemaps, each of at most 5,000 addresses (the protocol allows 50,000).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "archive:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
    path("healthz", views.healthz, name="healthz"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
]
