"""gunicorn settings, from the environment with defaults that suit a small machine."""

import multiprocessing
import os

workers = int(os.environ.get("WEB_CONCURRENCY", min(4, multiprocessing.cpu_count() * 2)))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 10
keepalive = 5
# "-" logs to stdout; an empty value turns the access log off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
# Workers are recycled after this many requests (a guard against slow leaks; 0: never).
# Not too soon: each worker's page cache (archive/cache.py) goes with it — at 2,000 a busy
# worker was recycled every few seconds and article pages were rendered again and again.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 50000))
max_requests_jitter = max_requests // 10
# A long query string reaches the archive, which reads the first 500 characters of a query
# and says so, instead of gunicorn's bare "URI Too Long" page (8190 is gunicorn's maximum).
limit_request_line = 8190
# The control socket lives with this archive (under var/), not in the user's home, where
# every gunicorn of the same user shares it and stopping one deleted another's.
control_socket = os.path.join(
    os.environ.get("NEWSROOM_VAR_DIR") or os.path.join(os.path.dirname(__file__), "..", "var"),
    "gunicorn.ctl",
)
