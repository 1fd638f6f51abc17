"""The production WSGI application, plus the pictures a front web server serves in production.

For bench/lighthouse.sh only. In production the web server (nginx or similar) serves
MEDIA_ROOT/original_images and MEDIA_ROOT/images and never MEDIA_ROOT/documents (README,
"Production"); here WhiteNoise stands in for it, with a month of browser caching. It reads
the folders when a worker starts: restart after new renditions are made.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from portal.wsgi import application as portal

application = WhiteNoise(portal, max_age=30 * 24 * 3600)
for folder in ("original_images", "images"):
    path = settings.MEDIA_ROOT / folder
    if path.is_dir():
        application.add_files(path, prefix=f"{settings.MEDIA_URL}{folder}/")
