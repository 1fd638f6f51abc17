"""Settings shared by every environment; configuration comes from environment variables."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",
    # Before wagtail.users: its templates override Wagtail's user screens.
    "accounts",
    "home",
    "units",
    "visits",
    "articles",
    "editorial",
    "schedule",
    "documents",
    "banners",
    "mourning",
    "navigation",
    "content_health",
    "reports",
    "search",
    "seo",
    "gallery",
    "interaction",
    "polls",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users app with the screens of accounts.views (accounts/apps.py).
    "accounts.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Its catalogue translates the relative times Wagtail shows ("52 giây trước").
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.NormalizeInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.visibility.AdminViewerMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "portal.publishing.PublishRefusedMiddleware",
    "portal.file_permissions.FileRefusalMiddleware",
]

# Wagtail lifts this for its own preview frames.
X_FRAME_OPTIONS = "DENY"

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site_chrome",
                "mourning.context_processors.mourning",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://user@host:5432/name), else a SQLite file under var/.
# How long a process keeps its connection (seconds).
DB_CONN_MAX_AGE = int(os.environ.get("DB_CONN_MAX_AGE", "60"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}",
        conn_max_age=DB_CONN_MAX_AGE,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while the admin writes; the timeout waits out short locks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    # A new connection per request under the development server, which starts a thread per
    # request; production keeps its workers' connections (settings.production): opening one
    # and setting WAL cost more than the visit counter's beacon itself.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set. Errors are swallowed (logged), so the site keeps
# working uncached while Redis is down.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "TIMEOUT": 600,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    # Shared by every process on the machine (web workers, the scheduler, commands), so a
    # change made anywhere is seen everywhere at once.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "TIMEOUT": 600,
        }
    }

# The visit counter's reader hashes (visits/cache.py): Redis's own add is atomic; without
# Redis, a file cache whose add is atomic between workers. VISITS_USE_REDIS=0 counts in the
# database even with Redis (visits/buffer.py).
CACHES["visits"] = (
    {**CACHES["default"]}
    if REDIS_URL
    else {
        "BACKEND": "visits.cache.ReaderFileCache",
        "LOCATION": str(VAR_DIR / "visits-cache"),
        "TIMEOUT": 1800,
    }
)
VISITS_USE_REDIS = env_bool("VISITS_USE_REDIS", True)

# Django's backend, matching the typed username as usernames are stored (accounts.usernames).
AUTHENTICATION_BACKENDS = ["accounts.backends.NormalisedUsernameBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Reader forms (portal/form_protection.py): the header a trusted reverse proxy puts the
# client's address in (empty: REMOTE_ADDR), and how many proxies stand in front.
PORTAL_CLIENT_IP_HEADER = os.environ.get("PORTAL_CLIENT_IP_HEADER", "")
PORTAL_TRUSTED_PROXIES = int(os.environ.get("PORTAL_TRUSTED_PROXIES", "1"))
# ...and the tables it counts posts and one-time tokens in.
PORTAL_RATE_COUNTER_MODEL = "interaction.RateCounter"
PORTAL_USED_FORM_TOKEN_MODEL = "interaction.UsedFormToken"

# Vietnamese first: language, time zone and the formats in portal/formats/vi.
# No LocaleMiddleware: the public site is Vietnamese whatever language a browser asks for
# (an English browser would otherwise get English labels around Vietnamese news). The admin
# follows each user's preference, which Wagtail activates itself; the English page overrides.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Our own strings first, then the admin packages' (portal/admin_catalogue.py), both read
# before the packages' own, partial Vietnamese.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
FORMAT_MODULE_PATH = ["portal.formats"]
# Numbers are grouped only where a template asks (the |thousands filter), never years or ids.
USE_THOUSAND_SEPARATOR = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = []
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# The web server serves pictures in production; `make run` lets Django do it.
PORTAL_SERVE_MEDIA = False
STORAGES = {
    # Every uploaded file name becomes an ASCII slug (portal.text.safe_filename).
    "default": {"BACKEND": "portal.storage.SlugFileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads: limits checked before anything is stored.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

# Background tasks (django_tasks). Wagtail's own (search and reference index) run at once,
# as they always have. Reading uploaded files runs on "background": a queue in the database
# that `manage.py db_worker --backend background` works through (`make run` starts it; a
# service in production), so a large or hostile file never holds up a web worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# Each reading of an uploaded file (portal.extraction) runs in a child process limited to
# this much address space and CPU time; a file that needs more is reported as unreadable.
PORTAL_FILE_READER_MEMORY = int(os.environ.get("PORTAL_FILE_READER_MEMORY", 768 * 1024 * 1024))
PORTAL_FILE_READER_SECONDS = int(os.environ.get("PORTAL_FILE_READER_SECONDS", "60"))

# Mail: console in development, SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Trang thông tin điện tử")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# No requests to gravatar.com: the admin shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = False
# An approved workflow publishes through the portal's guard, which lets only it (and the
# schedules it sets) make content live where a workflow applies.
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.publishing.publish_approved_workflow_state"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILIMAGES_IMAGE_MODEL = "portal.PortalImage"
WAGTAILDOCS_DOCUMENT_MODEL = "portal.PortalDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.forms.PortalDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.forms.PortalImageForm"
# Documents always pass through Wagtail's serve view (permissions, private collections).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "zip"]
PORTAL_DOCUMENT_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
# Word, Excel and OpenDocument files are zips: refused before they are opened when their
# directory lists more parts, or more bytes once inflated, than any real document needs
# (a 190 KB file can hold 50 MB of XML, which takes the XML parser 650 MB and 20 s).
PORTAL_PACKAGE_MAX_ENTRIES = 2000
PORTAL_PACKAGE_MAX_EXPANDED_SIZE = 100 * 1024 * 1024
PORTAL_PACKAGE_MAX_XML_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Width x height x frames, read from the file's header before anything is decoded.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000
# Content pictures are served in these formats, the first one a browser supports (see
# portal/pictures.py); JPEG last, as the fallback every browser shows.
PORTAL_PICTURE_FORMATS = ("avif", "webp", "jpeg")
WAGTAILIMAGES_AVIF_QUALITY = 60
WAGTAILIMAGES_WEBP_QUALITY = 78
WAGTAILIMAGES_JPEG_QUALITY = 82
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Videos uploaded to the site: formats every current browser plays.
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    # Checks each file's container and each thumbnail's picture by content.
    "MEDIA_FORM_BASE": "portal.forms.PortalMediaForm",
    "AUDIO_EXTENSIONS": ["mp3", "m4a", "ogg"],
    "VIDEO_EXTENSIONS": ["mp4", "webm", "ogv"],
}
PORTAL_MEDIA_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
# "Đảng" and "đảng" are one tag; slugs are ASCII (portal.PortalTag).
TAGGIT_CASE_INSENSITIVE = True
WAGTAILADMIN_COMMENTS_ENABLED = True

# A small notice on every page of demo content; set DEMO_NOTICE=0 to hide it everywhere.
PORTAL_DEMO_NOTICE = env_bool("DEMO_NOTICE", True)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Wagtail's background tasks (search index, references) log every run at INFO.
        "django_tasks": {"level": "WARNING"},
    },
}
