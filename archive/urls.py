from django.urls import path

from archive import api, feeds, views

app_name = "archive"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.article_redirect, name="article-short"),
    path("articles/<int:pk>/<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
    path("countries/", views.CountryListView.as_view(), name="country-list"),
    path("countries/<str:iso2>/", views.CountryDetailView.as_view(), name="country"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person"),
    path("events/<int:pk>/", views.EventDetailView.as_view(), name="event"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("search/feed/", feeds.SearchFeed(), name="search-feed"),
    path("api/search", api.search, name="api-search"),
]
