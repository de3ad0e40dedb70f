"""Test settings: base, with only what the tests need changed."""

import atexit
import os
import shutil
import tempfile

from newsroom.env import CLUSTER_SCHEMES, search_connections
from newsroom.settings.base import *  # noqa: F403
from newsroom.settings.base import STORAGES


def _temporary_folder(kind: str) -> str:
    """A folder of this process's own, removed when the process ends (every test process,
    xdist's workers among them, imports these settings)."""
    path = tempfile.mkdtemp(prefix=f"newsroom-test-{kind}-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


# Each test session gets its own Whoosh directory; search tests make a fresh one per test.
# SEARCH_URL=opensearch://host:9200/index (or elasticsearch://…) runs the suite on that
# cluster instead, in an index of its own, "<index>-test", emptied around each search test.
if os.environ.get("SEARCH_URL", "").partition(":")[0].lower() in CLUSTER_SCHEMES:
    HAYSTACK_CONNECTIONS = search_connections(os.environ["SEARCH_URL"], None)
    HAYSTACK_CONNECTIONS["default"]["INDEX_NAME"] += "-test"
else:
    HAYSTACK_CONNECTIONS = {
        "default": {
            "ENGINE": "archive.search.whoosh_write.WhooshEngine",
            "PATH": _temporary_folder("whoosh"),
        }
    }
# Fast hashing: password strength is not under test.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# No manifest and an empty STATIC_ROOT: tests do not run collectstatic.
STATIC_ROOT = _temporary_folder("static")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Extraction in the test process itself; tests that want worker processes ask for them.
NEWSROOM_INGEST_JOBS = 1
# No page cache: each test rolls the database back, and with it the archive's version.
# tests/test_cache.py turns it on to test it.
NEWSROOM_PAGE_CACHE = False
NEWSROOM_VERSION_TTL = 0.0
