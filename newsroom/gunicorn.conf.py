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
max_requests = 2000
max_requests_jitter = 200
