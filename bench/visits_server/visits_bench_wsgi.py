"""The production WSGI application with the bench URLconf (visits_bench_urls.py beside it)."""

from django.conf import settings

# isort: off
from portal.wsgi import application  # noqa: F401 (sets Django up)

# isort: on

settings.ROOT_URLCONF = "visits_bench_urls"
