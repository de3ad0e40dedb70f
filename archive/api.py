"""The JSON API: /api/search takes the search page's parameters."""

from django.http import JsonResponse
from django.views.decorators.http import require_GET

from archive.forms import SearchForm
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


@require_GET
def search(request):
    form = SearchForm(request.GET)
    results = service.search(form.to_request())
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
                    "countries": sorted(c.iso2 for c in hit.article.countries.all()),
                    "people": sorted(p.slug for p in hit.article.people.all()),
                }
                for hit in results.hits
            ],
            "facets": _facets(results),
            "suggestion": results.suggestion or None,
            "errors": form.problems,
        },
        json_dumps_params={"ensure_ascii": False},
    )
