"""Configuration read from the environment: parsing only, no Django imports.

Kept apart from the settings modules so that it can be unit-tested and reused by the
gunicorn configuration.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

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


CLUSTER_SCHEMES = {
    f"{flavour}{suffix}": (flavour, "https" if suffix else "http")
    for flavour in ("opensearch", "elasticsearch")
    for suffix in ("", "s", "+https")
}


def search_connections(url: str, default_path: Path, environ=os.environ) -> dict:
    """Turn SEARCH_URL into HAYSTACK_CONNECTIONS.

    whoosh:///absolute/path                 the embedded default (one machine)
    opensearch://host:9200/index            OpenSearch 2.x
    elasticsearch://host:9200/index         Elasticsearch 7 or 8
    opensearch+https://user:pass@node1:9200,node2:9200,node3:9200/index
                                            TLS, credentials, every node of a cluster

    A cluster's credentials may come from SEARCH_USERNAME and SEARCH_PASSWORD instead of the
    URL, and a private CA from SEARCH_CA_CERTS (a file); `?verify=false` turns certificate
    checks off (a development cluster's self-signed certificate only).
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
    if scheme in CLUSTER_SCHEMES:
        return {"default": cluster_connection(url, environ)}
    if scheme in {"solr", "solrs"}:
        raise ImproperlyConfigured(
            f"SEARCH_URL={url!r}: Solr is not supported. Haystack could write to it, but the "
            "search pages read through engines for Whoosh and a search cluster only."
        )
    raise ImproperlyConfigured(
        f"SEARCH_URL={url!r}: unknown scheme {scheme!r} (whoosh, opensearch or elasticsearch)."
    )


def cluster_connection(url: str, environ) -> dict:
    parts = urlsplit(url)
    flavour, http = CLUSTER_SCHEMES[parts.scheme.lower()]
    shown = url.replace(f":{parts.password}@", ":***@") if parts.password else url
    hosts = parts.netloc.rpartition("@")[2]
    if not hosts:
        raise ImproperlyConfigured(
            f"SEARCH_URL={shown!r}: name the host, e.g. {flavour}://host:9200/newsroom."
        )
    index = parts.path.strip("/") or "newsroom"
    if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", index):
        raise ImproperlyConfigured(
            f"SEARCH_URL={shown!r}: the index name {index!r} must be lower case letters, digits, "
            "'-', '_' or '.' (the cluster's rule)."
        )
    options: dict = {"timeout": 30}
    username = unquote(parts.username or "") or environ.get("SEARCH_USERNAME", "")
    password = unquote(parts.password or "") or environ.get("SEARCH_PASSWORD", "")
    if username:
        options["http_auth"] = (username, password)
    query = dict(parse_qsl(parts.query))
    if environ.get("SEARCH_CA_CERTS"):
        options["ca_certs"] = environ["SEARCH_CA_CERTS"]
    verify = query.get("verify", "true").lower()
    if verify not in TRUE_WORDS | FALSE_WORDS:
        raise ImproperlyConfigured(f"SEARCH_URL={shown!r}: verify={verify!r} is not a boolean.")
    if http == "https" and verify in FALSE_WORDS:
        options.update(verify_certs=False, ssl_show_warn=False)
    return {
        "ENGINE": "archive.search.elastic_write.NewsroomElasticsearchEngine",
        "FLAVOUR": flavour,
        "URLS": [f"{http}://{host.strip()}" for host in hosts.split(",") if host.strip()],
        "INDEX_NAME": index,
        "KWARGS": options,
    }


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
