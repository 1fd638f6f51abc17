"""The production WSGI application, plus what a front web server does in production.

For bench/lighthouse.sh only. In production the web server (nginx or similar) serves the
public folders of MEDIA_ROOT (images, media, media_thumbnails) and nothing else of it, and
compresses the pages it passes on (README, "Production"; Debian's nginx has ``gzip on`` for
HTML). Here WhiteNoise stands in for the first, with a month of browser caching (it reads the
folders when a worker starts: restart after new renditions are made), and Django's GZip
middleware for the second.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from whitenoise import WhiteNoise

# isort: off
from portal.wsgi import application as portal  # sets Django up: before any model is imported
from portal.public_files import PUBLIC_FOLDERS

# isort: on

# Outermost, as the front web server: pages compressed on their way out.
portal._middleware_chain = GZipMiddleware(portal._middleware_chain)
application = WhiteNoise(portal, max_age=30 * 24 * 3600)
for folder in PUBLIC_FOLDERS:
    path = settings.MEDIA_ROOT / folder
    if path.is_dir():
        application.add_files(path, prefix=f"{settings.MEDIA_URL}{folder}/")
