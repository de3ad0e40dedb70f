"""The JSON API: /api/search takes the search page's parameters."""

import dataclasses

from django.db.models import F, Value
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from archive.forms import SearchForm
from archive.models import Article, ArticleCountry, ArticlePerson
from archive.search import service


def _facets(results):
    facets = results.facets
    return {
        "countries": [
            {"code": f.key.upper(), "name": f.label, "count": f.count}
            for f in facets.get("countries", [])
        ],
        "people": [
            {"slug": f.key, "name": f.label, "count": f.count} for f in facets.get("people", [])
        ],
        "types": [
            {"type": f.key, "name": f.label, "count": f.count} for f in facets.get("types", [])
        ],
        "years": [{"year": int(f.key), "count": f.count} for f in facets.get("years", [])],
        "sources": [
            {"slug": f.key, "name": f.label, "count": f.count} for f in facets.get("sources", [])
        ],
    }


OFF = {"0", "false", "no", "off"}


def _filters(filters) -> dict:
    return {
        "countries": [c.upper() for c in filters.countries],
        "people": list(filters.people),
        "places": list(filters.places),
        "types": list(filters.types),
        "sources": list(filters.sources),
        "from": filters.date_from.isoformat() if filters.date_from else None,
        "to": filters.date_to.isoformat() if filters.date_to else None,
    }


def _codes(ids: list[int]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Each article's country codes and person slugs, from the mention tables alone, in
    one query."""
    countries: dict[int, list[str]] = {pk: [] for pk in ids}
    people: dict[int, list[str]] = {pk: [] for pk in ids}
    rows = (
        ArticleCountry.objects.filter(article_id__in=ids)
        .order_by()
        .annotate(code=F("country__iso2"), is_person=Value(False))
        .values_list("article_id", "code", "is_person")
        .union(
            ArticlePerson.objects.filter(article_id__in=ids)
            .order_by()
            .annotate(code=F("person__slug"), is_person=Value(True))
            .values_list("article_id", "code", "is_person"),
            all=True,
        )
    )
    for article_id, code, is_person in rows:
        (people if is_person else countries)[article_id].append(code)
    return (
        {pk: sorted(v) for pk, v in countries.items()},
        {pk: sorted(v) for pk, v in people.items()},
    )


@require_GET
def search(request):
    form = SearchForm(request.GET)
    # facets=0, snippets=0: a client paging through results need not pay for them again.
    wanted = dataclasses.replace(
        form.to_request(),
        facets=request.GET.get("facets", "1").lower() not in OFF,
        snippets=request.GET.get("snippets", "1").lower() not in OFF,
    )
    # Only what the JSON shows: no body, no model rows for countries and people.
    listing = Article.objects.only("headline", "slug", "lead", "published")
    results, notice = service.search_within(wanted, listing)
    if notice:
        form.problems.append(notice)
    ids = [hit.article.pk for hit in results.hits]
    countries, people = _codes(ids)
    response = JsonResponse(
        {
            "query": results.request.q,
            "count": results.total,
            "page": results.request.page,
            "pages": results.num_pages,
            "sort": results.sort,
            "results": [
                {
                    "id": hit.article.pk,
                    "url": request.build_absolute_uri(hit.article.get_absolute_url()),
                    "title": hit.article.headline,
                    "published": hit.article.published.isoformat(),
                    "snippet": hit.snippet or hit.article.lead[:300],
                    "score": round(hit.score, 4),
                    "countries": countries[hit.article.pk],
                    "people": people[hit.article.pk],
                }
                for hit in results.hits
            ],
            "facets": _facets(results),
            "suggestion": results.suggestion or None,
            # The filters in force, as the archive reads them (country=Kazakhstan is "kz"),
            # and each value that could not be used, said in words.
            "filters": _filters(results.request.filters),
            "errors": form.problems,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    # Read-only and without cookies: any page may call it from a browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response
