"""Settings for the Think Tank Journal, read from the environment.

With no variables set the site runs for development: DEBUG on, an SQLite file in
the project folder, local media and a local-memory cache. DATABASE_URL, REDIS_URL,
SECRET_KEY, DEBUG=0 and ALLOWED_HOSTS switch it to production. Every variable is
listed in the README.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django_prose_editor.config import html_tags
from js_asset import static_lazy

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

SITE_NAME = env("SITE_NAME", "The Think Tank Journal")
SITE_TAGLINE = env("SITE_TAGLINE", "Independent analysis of policy and world affairs")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The publisher logo in structured data: a static file path (PNG or SVG).
SITE_LOGO = env("SITE_LOGO", "img/logo.svg")

INSTALLED_APPS = [
    # Django's admin, on the journal's admin site (accounts/admin_site.py).
    "accounts.apps.JournalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django.contrib.redirects",
    "taggit",
    "django_prose_editor",
    "csp",
    "cookie_consent",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_static",
    "django_otp.plugins.otp_totp",
    "two_factor",
    "reversion",
    "reversion_compare",
    "thinktank",
    "accounts",
    "articles",
    "authors",
    "comments",
    "pages",
    "articles.wordpress",
    "readership",
    "editions",
]

# django.contrib.redirects keeps its redirects per site; the journal is one site.
SITE_ID = 1

MIDDLEWARE = [
    # /health/ answers before the host and HTTPS checks (probes ask by address).
    "thinktank.middleware.HealthCheckMiddleware",
    "thinktank.middleware.DatabaseUnavailableMiddleware",
    "thinktank.middleware.DiskFullMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Old WordPress addresses such as /?p=123 answer before any page is built or
    # served from the page cache; other requests pass through untouched.
    "articles.wordpress.middleware.WordPressQueryRedirectMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Static files answer here, as stored: compressed copies made at
    # collectstatic, fonts and pictures as they are (not through GZip below).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses HTML when the client accepts gzip. Reader pages carry no
    # per-reader secret, and Django masks the CSRF token in every response.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, adding a slash only where a page is (pages/middleware.py).
    "pages.middleware.CommonMiddlewareForPages",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Lazy, like request.user: reader pages never load the user or the session.
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "thinktank.consent.ConsentMiddleware",
    # Stored redirects (old WordPress paths among them) answer only 404s; a
    # subclass of Django's that also finds an old path asked with a query string.
    "articles.wordpress.middleware.RedirectFallbackMiddleware",
    # Turns a refused login (too many failures) into the lockout page; reads
    # only what the login attempt left on the request.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "thinktank.urls"
WSGI_APPLICATION = "thinktank.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "thinktank.context_processors.site",
                "articles.context_processors.navigation",
            ],
        },
    },
]

# Database: an SQLite file unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while one writer writes; IMMEDIATE transactions
    # take the write lock up front, so concurrent writers queue for up to
    # `timeout` seconds instead of failing with "database is locked". A page
    # cache of SQLITE_CACHE_MB per connection (kept across requests) holds the
    # indexes and rows page views touch; SQLite's default is 2 MB.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        f"PRAGMA cache_size=-{env_int('SQLITE_CACHE_MB', 64) * 1024};",
    }
else:
    # JIT compilation costs PostgreSQL far more than it saves on the short,
    # indexed queries of page views; so do parallel workers, which take the
    # cores other requests are waiting for (the home page, cold, did 14.5
    # req/s with them and 19.4 without, 2 cores, 100,000 articles).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        "-c jit=off -c max_parallel_workers_per_gather=0"
    )
    if env_bool("DB_PREPARED_STATEMENTS", True):
        # Page views run the same few statements over and over: bound on the
        # server and prepared from their second run, PostgreSQL plans each once
        # per connection instead of on every request (~0.4 ms a query).
        # Set 0 behind a pooler that cannot keep prepared statements
        # (PgBouncer in transaction mode before version 1.21).
        DATABASES["default"]["OPTIONS"].update(
            server_side_binding=True, prepare_threshold=2
        )
    if env_bool("DB_POOL"):
        # psycopg 3's connection pool in each worker (instead of DB_CONN_MAX_AGE).
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"]["OPTIONS"]["pool"] = {
            "min_size": env_int("DB_POOL_MIN", 2),
            "max_size": env_int("DB_POOL_MAX", 10),
        }

# An optional read replica for readers' GETs; writes and the admin use the primary.
if env("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        env("DATABASE_REPLICA_URL"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["thinktank.routers.ReplicaRouter"]
    MIDDLEWARE.insert(0, "thinktank.routers.ReaderReplicaMiddleware")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    # django-redis rather than Django's own RedisCache for IGNORE_EXCEPTIONS:
    # with Redis down or slow, every cache read is a miss and every write is
    # skipped (and logged) after a short timeout, so pages are still served,
    # rendered afresh, and the site recovers by itself when Redis is back.
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "journal"),
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": float(env("REDIS_TIMEOUT", "0.25")),
                "SOCKET_TIMEOUT": float(env("REDIS_TIMEOUT", "0.25")),
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "journal",
        }
    }

# Staff accounts (docs/accounts.md). Axes' backend comes first: it refuses a
# locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "admin:login"
LOGIN_REDIRECT_URL = "admin:index"
# Failed logins are counted in the database, so every worker and machine sees
# the same count: AXES_FAILURE_LIMIT failures for one username, or from one
# address, lock further attempts for AXES_COOLOFF_MINUTES.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
# The lock lifts AXES_COOLOFF_MINUTES after it began, as the lockout page says:
# tries during it are not counted, so nobody can keep an account or an office's
# address locked for good by trying again every few minutes.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/lockout.html"
AXES_HTTP_RESPONSE_CODE = 429
# The login form's password field (a wizard step's, so prefixed): never logged.
AXES_PASSWORD_FORM_FIELD = "auth-password"
# The same client as the comment rate limit (COMMENTS_PROXY_COUNT; an IPv6
# sender's /64 network, which one machine can pick addresses from at will).
AXES_CLIENT_IP_CALLABLE = "comments.spam.client_sender"
# Two factors (a TOTP app, with one-time recovery codes) for superusers,
# Editors and Moderators when STAFF_2FA_REQUIRED is on; off in development so
# the demo logins keep working.
STAFF_2FA_REQUIRED = env_bool("STAFF_2FA_REQUIRED", not DEBUG)
STAFF_2FA_GROUPS = ["Editors", "Moderators"]
OTP_TOTP_ISSUER = SITE_NAME
TWO_FACTOR_QR_FACTORY = "qrcode.image.svg.SvgPathImage"
# The admin's device pages show no secret key, QR code or recovery code: whoever
# read them (a superuser, or a borrowed session) could pass as that second factor.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True
# A staff session ends after this long without an admin page view.
STAFF_SESSION_IDLE_SECONDS = env_int("STAFF_SESSION_IDLE_SECONDS", 12 * 60 * 60)
# How long a password-reset link works (seconds); it works once in any case.
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT", 60 * 60)

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env("TIME_ZONE", "America/New_York")
# The journal is written and run in English only (no LocaleMiddleware, no
# translated URLs). With translation off, get_language() is a settings read
# instead of a thread-local lookup (~9 us here); a page view makes about a
# hundred of them through reverse(), localize and the date filters, and each
# reverse() drops from ~40-57 us to ~22 us. Formats still come from Django's
# "en" locale, so dates and numbers render as before.
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "thinktank.storage.StaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600

# Uploaded images: real JPEG/PNG/WebP/GIF only, within these limits.
IMAGE_MAX_BYTES = env_int("IMAGE_MAX_BYTES", 10 * 1024 * 1024)
EDITION_PDF_MAX_BYTES = env_int("EDITION_PDF_MAX_BYTES", 50 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
FILE_UPLOAD_PERMISSIONS = 0o644

PAGE_SIZE = 12

# The rich-text editor's picture button: photos from the library, placed as the
# journal's <figure> (static/js/prose-picture.js; thinktank/sanitize.py keeps it).
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("js/prose-picture.js")],
        "extensions": {
            "Picture": html_tags(
                ["figure", "img", "figcaption", "span"],
                {
                    "figure": ["data-photo"],
                    "img": ["src", "alt", "width", "height"],
                    "span": ["class"],
                },
            )
        },
    }
]

# Reader pages and their caches (thinktank/pagecache.py, docs/deploy.md).
# The origin's own page cache; off while DEBUG is on, as Django's template cache
# is, so that a template edited under `make run` shows on the next reload.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", not DEBUG)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_STALE_SECONDS = env_int("PAGE_CACHE_STALE_SECONDS", 60)
PAGE_CACHE_STALE_IF_ERROR_SECONDS = env_int("PAGE_CACHE_STALE_IF_ERROR_SECONDS", 86400)
# Functions giving the next moment pages change by the clock alone (or None).
PAGE_CACHE_CLOCKS = ["articles.models.next_scheduled_change"]
# Names this release (e.g. its git commit): pages cached by one release are
# never served by another.
RELEASE = env("RELEASE", "")
# The shared caches in front told of purges (thinktank/purge.py).
SHARED_CACHE_BACKENDS = (
    [
        {
            "BACKEND": "thinktank.purge.VarnishBackend",
            "OPTIONS": {"urls": env_list("VARNISH_PURGE_URLS")},
        }
    ]
    if env("VARNISH_PURGE_URLS")
    else []
)

# Comments (docs/comments.md explains each one).
COMMENTS_RATE_LIMIT = env_int("COMMENTS_RATE_LIMIT", 5)  # comments per IP ...
COMMENTS_RATE_WINDOW = env_int("COMMENTS_RATE_WINDOW", 600)  # ... per this many s
COMMENTS_MIN_FILL_SECONDS = env_int("COMMENTS_MIN_FILL_SECONDS", 3)
COMMENTS_MAX_LINKS = env_int("COMMENTS_MAX_LINKS", 3)
COMMENTS_CLOSE_AFTER_DAYS = env_int("COMMENTS_CLOSE_AFTER_DAYS", None)  # None: never
# Conversations (a comment and its replies) an article page shows; later ones
# on its comment pages (/articles/<slug>/comments/?page=2).
COMMENTS_PER_PAGE = env_int("COMMENTS_PER_PAGE", 50)
COMMENTS_AUTO_APPROVE_KNOWN = env_bool("COMMENTS_AUTO_APPROVE_KNOWN", False)
COMMENTS_IP_RETENTION_DAYS = env_int("COMMENTS_IP_RETENTION_DAYS", 90)
# Spam older than this is deleted by `manage.py delete_old_spam` (daily).
COMMENTS_SPAM_RETENTION_DAYS = env_int("COMMENTS_SPAM_RETENTION_DAYS", 30)
# Empty: email the active members of the "Moderators" group.
COMMENTS_MODERATOR_EMAILS = env_list("COMMENTS_MODERATOR_EMAILS")
# Proxies in front of the site that append to X-Forwarded-For (0: none).
COMMENTS_PROXY_COUNT = env_int("COMMENTS_PROXY_COUNT", 0)

# Background tasks (docs/tasks.md): Django's tasks framework through its backport,
# stored in the database and run by `manage.py db_worker`. Tests use the immediate
# backend (tests/conftest.py).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A failing task runs this many times in all, waiting TASKS_RETRY_DELAY seconds
# before the second attempt and twice as long before each one after it.
TASKS_MAX_ATTEMPTS = env_int("TASKS_MAX_ATTEMPTS", 5)
TASKS_RETRY_DELAY = env_int("TASKS_RETRY_DELAY", 30)

# Cookie consent (docs/privacy.md). django-cookie-consent's own settings first.
COOKIE_CONSENT_MAX_AGE = 60 * 60 * 24 * 365
COOKIE_CONSENT_SECURE = not DEBUG
COOKIE_CONSENT_HTTPONLY = True
COOKIE_CONSENT_SAMESITE = "Lax"
COOKIE_CONSENT_LOG_ENABLED = True
# Consent log entries older than this are deleted by `manage.py prune_consent_log`.
CONSENT_LOG_RETENTION_DAYS = env_int("CONSENT_LOG_RETENTION_DAYS", 365)
# An external analytics script, loaded only for readers who accept "Analytics".
# Empty: no analytics, and the "Analytics" cookie group is not offered.
ANALYTICS_SCRIPT_URL = env("ANALYTICS_SCRIPT_URL")

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
# A mail server that never answers must not hold a task worker forever.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "journal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security. The production values come on whenever DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Browser features the site never uses, denied to it and to anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# A form refused by the CSRF check gets a page in the site's look that shows
# back what was typed (a reader's comment), not Django's bare one.
CSRF_FAILURE_VIEW = "thinktank.views.csrf_failure"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# Our own pages need no inline script; the admin's widgets need inline styles, and
# the rich-text editor's import map carries the response's nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
if ANALYTICS_SCRIPT_URL:
    _analytics = urlsplit(ANALYTICS_SCRIPT_URL)
    for _directive in ("script-src", "connect-src", "img-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive].append(
            f"{_analytics.scheme}://{_analytics.netloc}"
        )

# Each line says when, how bad and which logger (django_redis.cache,
# thinktank.tasks...): the bare message ("Exception ignored", "Not Found: /")
# told an operator neither, between gunicorn's own dated lines.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "dated": {
            "format": "[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: %(message)s",
            "datefmt": "%Y-%m-%d %H:%M:%S %z",
        }
    },
    "filters": {"without_traceback": {"()": "thinktank.logs.WithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "dated"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    # Redis away: one line per cache call it skipped, not a traceback each.
    "loggers": {"django_redis.cache": {"filters": ["without_traceback"]}},
}
