"""Security headers Django 5.2 does not set itself, in every environment (so development
shows what production enforces): a Content-Security-Policy with no inline script, and a
Permissions-Policy that turns off what the archive never uses."""

import logging

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render

log = logging.getLogger("archive.search")

DEFAULT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csp = getattr(settings, "CONTENT_SECURITY_POLICY", DEFAULT_CSP)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.csp)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS)
        return response


def client_ip(request) -> str | None:
    """The client's address for login throttling (AXES_CLIENT_IP_CALLABLE). Behind
    PROXY_COUNT trusted proxies it is the address the outermost of them saw: the
    PROXY_COUNT-th from the right in X-Forwarded-For (what a client writes further left is
    not trusted); without proxies, the connection's own address."""
    proxies = getattr(settings, "PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [a for a in forwarded if a]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR")


class SearchUnavailableMiddleware:
    """A search cluster that cannot be reached answers 503 with a page saying so (JSON on
    the API), not the 500 page: browsing by country, person and date needs no search."""

    MESSAGE = (
        "Search is unavailable for a moment: the search cluster could not be reached. "
        "Browsing by country, person, event and date still works."
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from archive.search.cluster import ClusterError

        if not isinstance(exception, ClusterError):
            return None
        log.warning("search unavailable on %s: %s", request.path, exception)
        if request.path.startswith("/api/"):
            response = JsonResponse({"error": self.MESSAGE}, status=503)
        else:
            response = render(request, "503.html", {"message": self.MESSAGE}, status=503)
        response["Retry-After"] = "30"
        return response
