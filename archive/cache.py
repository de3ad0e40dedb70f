"""Whole pages cached for readers, retired by any change to the archive.

An archive is read far more than it changes, and its pages (a country with its leaders,
partners and timeline; a pair with every meeting) cost tens of milliseconds to render.
PageCacheMiddleware keeps each rendered public page under a key made of the archive's
version: one counter (SiteVersion) that every change bumps — model saves and deletes
through signals, each ingest batch, each index update (search results change then, not
at the edit). A reader sees a change within NEWSROOM_VERSION_TTL seconds (the counter is
read at most that often per process); the editor's own process sees it at once.

Two tiers: Django's `default` cache, in each process's memory, in front of the `shared`
cache (PAGE_CACHE_URL: files under var/cache/pages by default, or Redis or memcached),
which all workers read, so that each page is rendered once rather than once per worker;
a page found in the shared tier is copied into the process's own. Staff with a session,
the admin, non-GET requests and anything not a plain 200 bypass both.
"""

from __future__ import annotations

import hashlib
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.db.models import F

from archive.models import SiteVersion

_lock = threading.Lock()
_seen: dict = {"values": None, "at": 0.0}
BYPASS_PREFIXES = ("/admin/", "/healthz", "/static/")
# The counters (SiteVersion rows): every change; and changes to names — countries, people,
# places and their aliases — after which each process re-reads the names search expands.
SITE, NAMES = 1, 2


def bump(names: bool = False) -> None:
    """Count one change (inside the caller's transaction, if any); `names`: one that changes
    what a name means to search (an alias added, a person merged or renamed)."""
    for counter in (SITE, NAMES) if names else (SITE,):
        if not SiteVersion.objects.filter(pk=counter).update(value=F("value") + 1):
            SiteVersion.objects.get_or_create(pk=counter, defaults={"value": 1})
    forget()


def forget() -> None:
    with _lock:
        _seen["values"] = None


def _counters() -> dict[int, int]:
    """Both counters, read together (so that a page keyed by the new archive version is
    never built from the old names), at most every NEWSROOM_VERSION_TTL seconds."""
    now = time.monotonic()
    with _lock:
        if _seen["values"] is not None and now - _seen["at"] < settings.NEWSROOM_VERSION_TTL:
            return _seen["values"]
    values = dict(SiteVersion.objects.filter(pk__in=(SITE, NAMES)).values_list("pk", "value"))
    with _lock:
        _seen.update(values=values, at=now)
    return values


def version() -> int:
    return _counters().get(SITE, 0)


def names_version() -> int:
    return _counters().get(NAMES, 0)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.cacheable(request):
            return self.get_response(request)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
        key = f"page:{version()}:{request.get_host()}:{path}"
        tiers = self.tiers()
        for depth, tier in enumerate(tiers):
            response = tier.get(key)
            if response is not None:
                for nearer in tiers[:depth]:
                    nearer.set(key, response, settings.NEWSROOM_PAGE_CACHE_SECONDS)
                return response
        response = self.get_response(request)
        if (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
        ):
            for tier in tiers:
                tier.set(key, response, settings.NEWSROOM_PAGE_CACHE_SECONDS)
        return response

    @staticmethod
    def tiers() -> list:
        """The process's own cache, then the shared one when settings name it."""
        if "shared" in settings.CACHES:
            return [caches["default"], caches["shared"]]
        return [caches["default"]]

    @staticmethod
    def cacheable(request) -> bool:
        return (
            settings.NEWSROOM_PAGE_CACHE
            and request.method == "GET"
            and not request.path.startswith(BYPASS_PREFIXES)
            and not _signed_in(request)
        )


def _signed_in(request) -> bool:
    """Whether the request comes from a signed-in editor: a session that is valid and holds
    a user — not just any cookie named like a session (a made-up one would otherwise make
    every page uncached for whoever sends it)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    session = getattr(request, "session", None)
    return session is not None and session.get("_auth_user_id") is not None
