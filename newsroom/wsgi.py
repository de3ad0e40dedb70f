"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.base")

application = get_wsgi_application()

# Read the world map's shapes now, while the worker boots, not in a reader's first request.
from archive import maps  # noqa: E402

maps.world()
