"""The production WSGI application with the bench's URLconf (bench/visits_urls.py)."""

from django.conf import settings

# isort: off
from portal.wsgi import application  # noqa: F401 (sets Django up)

# isort: on

settings.ROOT_URLCONF = "visits_urls"
