"""Addresses that outlive their records: a person or a place merged into another, or whose
slug an editor changed, answers at the old address — the page, its feeds — with a
permanent redirect to the same page of the record it is now part of (FormerSlug)."""

from __future__ import annotations

import re

from django.http import HttpResponsePermanentRedirect

from archive.models import FormerSlug

FORMER_RE = re.compile(r"^/(?P<kind>people|places)/(?P<slug>[-a-zA-Z0-9_]+)/(?P<rest>.*)\Z")
FIELD = {"people": "person", "places": "place"}


class FormerAddressMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in {"GET", "HEAD"}:
            return response
        m = FORMER_RE.match(request.path)
        if m is None:
            return response
        field = FIELD[m["kind"]]
        slug = (
            FormerSlug.objects.filter(slug=m["slug"], **{f"{field}__isnull": False})
            .values_list(f"{field}__slug", flat=True)
            .first()
        )
        if slug is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(
            f"/{m['kind']}/{slug}/{m['rest']}" + (f"?{query}" if query else "")
        )
