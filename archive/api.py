"""The JSON API: /api/search takes the search page's parameters."""

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
    }


def _codes(through, key: str, ids: list[int]) -> dict[int, list[str]]:
    """Each article's country codes or person slugs, from the mention table alone."""
    codes: dict[int, list[str]] = {pk: [] for pk in ids}
    for article_id, code in through.objects.filter(article_id__in=ids).values_list(
        "article_id", key
    ):
        codes[article_id].append(code)
    return {pk: sorted(values) for pk, values in codes.items()}


@require_GET
def search(request):
    form = SearchForm(request.GET)
    # Only what the JSON shows: no body, no model rows for countries and people.
    results = service.search(
        form.to_request(), Article.objects.only("headline", "slug", "lead", "published")
    )
    ids = [hit.article.pk for hit in results.hits]
    countries = _codes(ArticleCountry, "country__iso2", ids)
    people = _codes(ArticlePerson, "person__slug", ids)
    return JsonResponse(
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
            "errors": form.problems,
        },
        json_dumps_params={"ensure_ascii": False},
    )
