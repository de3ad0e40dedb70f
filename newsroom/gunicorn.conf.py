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
