"""Settings for every environment, read from the environment with safe development defaults.

Production is the same file with DEBUG=0, a real SECRET_KEY and ALLOWED_HOSTS set; see
.env.example for every variable.
"""

import os
from pathlib import Path

import dj_database_url

from newsroom.env import env_bool, env_list, search_connections, secret_key, shared_cache

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("NEWSROOM_VAR_DIR") or BASE_DIR / "var").resolve()

DEBUG = env_bool("DEBUG", default=True)
# The archive served over plain HTTP on this machine (`make run`): production settings, but
# its key kept under var/ and no HTTPS redirect or HTTPS-only cookies on a loopback address.
LOCAL_HTTP = env_bool("LOCAL_HTTP", default=False)
SECRET_KEY = secret_key(DEBUG, VAR_DIR, local=LOCAL_HTTP)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # archive before haystack: its rebuild_index (build aside, swap in) replaces haystack's.
    "archive",
    "archive.devtools",
    "haystack",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "newsroom.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A merged or renamed person's old address redirects to the page they are now part of.
    "archive.redirects.FormerAddressMiddleware",
    # ETag from the rendered content, 304 when unchanged: correct whatever changed the page.
    "django.middleware.http.ConditionalGetMiddleware",
    # Public pages from the cache until the archive changes (archive/cache.py).
    "archive.cache.PageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A search cluster out of reach: 503 and a page that says so.
    "newsroom.middleware.SearchUnavailableMiddleware",
    # Last: turns locked-out login attempts away (see AXES_* below).
    "axes.middleware.AxesMiddleware",
]

# Login attempts are rate-limited: after 5 failures for one username from one address,
# that pair is locked out for an hour (django-axes). `manage.py axes_reset` lifts it.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind PROXY_COUNT trusted proxies the client's address is read from X-Forwarded-For
# (newsroom/middleware.py), so that failures lock one editor from one client, not everyone
# behind the proxy.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "newsroom.middleware.client_ip"

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'newsroom.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets gunicorn workers read while the ingest or the indexer writes. Pages read
    # through a memory map (shared by every worker, no copy per read) and a 32 MiB page
    # cache per connection: the country page's scans of tens of thousands of rows at
    # 100,000 articles spent half their time copying pages in.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA mmap_size=2147418112; PRAGMA cache_size=-32768;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

HAYSTACK_CONNECTIONS = search_connections(
    os.environ.get("SEARCH_URL", ""), VAR_DIR / "whoosh_index"
)
# A search cluster: copies of the index's one shard on other nodes (reads spread over them;
# a node can fail). Unset: the cluster's default (one). Applied to indexes made from now on.
NEWSROOM_SEARCH_REPLICAS = (
    int(os.environ["NEWSROOM_SEARCH_REPLICAS"])
    if os.environ.get("NEWSROOM_SEARCH_REPLICAS")
    else None
)
# Index updates go through archive.search.queue (a transactional outbox), never
# haystack's realtime processor: see archive/search/queue.py.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# Whole public pages cached in two tiers (each process, then one all workers share),
# keyed by the archive's version (archive/cache.py).
NEWSROOM_PAGE_CACHE = env_bool("NEWSROOM_PAGE_CACHE", default=True)
NEWSROOM_PAGE_CACHE_SECONDS = 3600
NEWSROOM_VERSION_TTL = float(os.environ.get("NEWSROOM_VERSION_TTL", "1.0"))
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("NEWSROOM_PAGE_CACHE_ENTRIES", "1000"))},
    }
}
# The page cache's second tier, shared by the workers: a page is rendered once per host
# (or once in all, on Redis or memcached), then copied into each process's own tier.
if _shared := shared_cache(os.environ.get("PAGE_CACHE_URL"), VAR_DIR / "cache" / "pages"):
    CACHES["shared"] = _shared
# Ingest refuses files above this size (bytes); `ingest --max-bytes` overrides it.
NEWSROOM_INGEST_MAX_BYTES = int(os.environ.get("NEWSROOM_INGEST_MAX_BYTES", 5 * 1024 * 1024))
# Extraction worker processes for `ingest` (1: extract in the ingesting process itself).
# A search answers within about this many seconds: after it, with the hits ranked so far
# and a notice (no facets or suggestions past half of it).
NEWSROOM_SEARCH_SECONDS = float(os.environ.get("NEWSROOM_SEARCH_SECONDS", 8))
NEWSROOM_INGEST_JOBS = int(os.environ.get("NEWSROOM_INGEST_JOBS", os.cpu_count() or 1))
# Processes writing the search index when a long queue is drained (a bulk ingest).
NEWSROOM_INDEX_PROCS = int(os.environ.get("NEWSROOM_INDEX_PROCS", min(2, os.cpu_count() or 1)))
NEWSROOM_GAZETTEER_DIR = BASE_DIR / "fixtures" / "gazetteer"

# Security: safe in every environment, strict where DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG and not LOCAL_HTTP:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    # A load balancer's health check comes over plain HTTP without X-Forwarded-Proto.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"archive": {"level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": True}},
}

# Absolute URLs in exports and feeds outside a request.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
