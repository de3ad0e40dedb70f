"""Configuration read from the environment: parsing only, no Django imports.

Kept apart from the settings modules so that it can be unit-tested and reused by the
gunicorn configuration.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean such as DEBUG=0 / DEBUG=true; reject anything ambiguous."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false).")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def secret_key(debug: bool, var_dir: Path, local: bool = False) -> str:
    """SECRET_KEY from the environment; in development, or for the archive served on this
    machine only (`make run`, LOCAL_HTTP=1), a key generated once into var/."""
    key = os.environ.get("SECRET_KEY", "").strip()
    if key:
        return key
    if not debug and not local:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (see .env.example). "
            "Refusing to start in production mode without one."
        )
    path = var_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    path.write_text(key)
    path.chmod(0o600)
    return key


def search_connections(url: str, default_path: Path) -> dict:
    """Turn SEARCH_URL into HAYSTACK_CONNECTIONS.

    whoosh:///absolute/path        the embedded default (one machine)
    elasticsearch://host:9200/idx  Elasticsearch 7 (read by archive/search/elastic_read.py)
    """
    if not url:
        return {
            "default": {
                "ENGINE": "archive.search.whoosh_write.WhooshEngine",
                "PATH": str(default_path),
            }
        }
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "whoosh":
        path = parts.path
        if parts.netloc:
            raise ImproperlyConfigured(
                f"SEARCH_URL={url!r}: write whoosh:///absolute/path (three slashes)."
            )
        if not path.startswith("/"):
            raise ImproperlyConfigured(f"SEARCH_URL={url!r}: the Whoosh path must be absolute.")
        return {"default": {"ENGINE": "archive.search.whoosh_write.WhooshEngine", "PATH": path}}
    if scheme in {"elasticsearch", "elasticsearchs"}:
        index = parts.path.strip("/") or "newsroom"
        http = "https" if scheme.endswith("s") else "http"
        return {
            "default": {
                "ENGINE": "archive.search.elastic_write.NewsroomElasticsearchEngine",
                "URL": f"{http}://{parts.netloc}/",
                "INDEX_NAME": index,
            }
        }
    if scheme in {"solr", "solrs"}:
        raise ImproperlyConfigured(
            f"SEARCH_URL={url!r}: Solr is not supported. Haystack could write to it, but the "
            "search pages read through engines for Whoosh and Elasticsearch only."
        )
    raise ImproperlyConfigured(
        f"SEARCH_URL={url!r}: unknown scheme {scheme!r} (whoosh or elasticsearch)."
    )


def shared_cache(url: str | None, default_dir: Path) -> dict | None:
    """Turn PAGE_CACHE_URL into the `shared` cache: the page cache's second tier, which
    every gunicorn worker (and, on a network cache, every host) reads, so that a page is
    rendered once, not once per process.

    (unset or empty)        files under var/cache/pages (the workers of one host)
    file:///absolute/path   files there
    redis://host:6379/0     Redis (Django's backend; needs the `redis` package)
    memcached://host:11211  memcached (needs the `pymemcache` package)
    off                     no second tier: each process keeps its own pages only
    """
    url = (url or "").strip() or f"file://{default_dir}"
    if url.lower() in FALSE_WORDS | {"none"}:
        return None
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        if parts.netloc or not parts.path.startswith("/"):
            raise ImproperlyConfigured(
                f"PAGE_CACHE_URL={url!r}: write file:///absolute/path (three slashes)."
            )
        return {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": parts.path,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    if scheme in {"redis", "rediss"}:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "memcached":
        if not parts.netloc:
            raise ImproperlyConfigured(f"PAGE_CACHE_URL={url!r}: name the host, host:port.")
        return {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": parts.netloc,
        }
    raise ImproperlyConfigured(
        f"PAGE_CACHE_URL={url!r}: use file:///path, redis://host:port/db, "
        "memcached://host:port or off."
    )
