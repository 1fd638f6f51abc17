"""The production WSGI application, plus the pictures a front web server serves in production.

For bench/lighthouse.sh only. In production the web server (nginx or similar) serves the
public folders of MEDIA_ROOT (images, media, media_thumbnails) and nothing else of it (README,
"Production"); here WhiteNoise stands in for it, with a month of browser caching. It reads
the folders when a worker starts: restart after new renditions are made.
"""

from django.conf import settings
from whitenoise import WhiteNoise

from portal.public_files import PUBLIC_FOLDERS
from portal.wsgi import application as portal

application = WhiteNoise(portal, max_age=30 * 24 * 3600)
for folder in PUBLIC_FOLDERS:
    path = settings.MEDIA_ROOT / folder
    if path.is_dir():
        application.add_files(path, prefix=f"{settings.MEDIA_URL}{folder}/")
