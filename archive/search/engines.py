"""The engine that reads the index: made on first use, once per connection alias."""

from __future__ import annotations

import threading

from django.conf import settings

from archive.search.contract import SearchEngine

_engines: dict[str, SearchEngine] = {}
_lock = threading.Lock()


def engine_for(alias: str = "default") -> SearchEngine:
    """A new engine reading the index haystack writes for `alias`."""
    if "elasticsearch" in settings.HAYSTACK_CONNECTIONS[alias]["ENGINE"].lower():
        from archive.search.elastic_read import ElasticsearchEngine

        return ElasticsearchEngine(alias)
    from archive.search.whoosh_read import WhooshSearchEngine

    return WhooshSearchEngine(alias)


def engine(alias: str = "default") -> SearchEngine:
    """The process's engine for `alias` (it keeps a searcher per thread: share it)."""
    found = _engines.get(alias)
    if found is None:
        with _lock:
            found = _engines.get(alias) or _engines.setdefault(alias, engine_for(alias))
    return found
