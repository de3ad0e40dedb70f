"""Load tests on 127.0.0.1: a real gunicorn and indexer over a temporary archive, driven by
locust (headless, bounded in users and seconds). Used by `manage.py loadtest`, the bench's
pages-under-load figures and tests/test_load.py."""
