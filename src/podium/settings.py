"""Podium's one settings module, configured from ``PODIUM_*`` environment variables.

Every variable is documented in ``docs/config.md``. Importing this module only reads
the environment and files; it never writes anything.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from podium.paths import data_dir


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use true or false)")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_positive_int(name: str, default: int) -> int:
    value = env_int(name, default)
    if value < 1:
        raise ImproperlyConfigured(f"{name}={value} must be at least 1")
    return value


def cache_config(url: str) -> dict:
    """Translate ``PODIUM_CACHE_URL`` into a Django CACHES entry."""
    scheme = urlsplit(url).scheme
    if scheme in {"redis", "rediss", "unix"}:
        return {
            "BACKEND": "podium.server.cache_backend.ResilientRedisCache",
            "LOCATION": url,
            "OPTIONS": {
                # A hung Redis costs each request at most these, then none at all
                # for RETRY_SECONDS (podium/server/cache_backend.py).
                "socket_connect_timeout": env_positive_int("PODIUM_CACHE_CONNECT_TIMEOUT_MS", 200)
                / 1000,
                "socket_timeout": env_positive_int("PODIUM_CACHE_READ_TIMEOUT_MS", 250) / 1000,
                "RETRY_SECONDS": env_positive_int("PODIUM_CACHE_RETRY_SECONDS", 5),
            },
        }
    if scheme == "locmem":
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "podium",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    if scheme == "dummy":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"PODIUM_CACHE_URL={url!r}: unknown scheme {scheme!r} "
        "(use locmem://, redis://host:port/db, rediss:// or dummy://)"
    )


BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

DEBUG = env_bool("PODIUM_DEBUG", False)


def read_secret_key() -> str:
    if os.environ.get("PODIUM_SECRET_KEY"):
        return os.environ["PODIUM_SECRET_KEY"]
    key_file = DATA_DIR / "secret_key"
    if key_file.is_file():
        return key_file.read_text().strip()
    # `podium` writes DATA_DIR/secret_key on first start; this only covers
    # code that imports the settings before that (tests, tools).
    return "podium-insecure-key-set-PODIUM_SECRET_KEY"


SECRET_KEY = read_secret_key()
ALLOWED_HOSTS = env_list("PODIUM_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("PODIUM_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "podium.program",
    "podium.publish",
    "podium.importers",
    "podium.demo",
    "podium.server",
    "podium.console",
]

MIDDLEWARE = [
    # First, so that even errors of the other middleware are JSON under /api/.
    "podium.publish.errors.ApiErrorMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last: turns a refused log-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "podium.urls"
WSGI_APPLICATION = "podium.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("PODIUM_DATABASE_URL", "")
if DATABASE_URL:
    # Persistent connections, checked before reuse so a restarted server costs no error.
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "podium.sqlite3",
            # Keep each worker's connection: opening SQLite and running the PRAGMAs
            # on every request doubled the cost of a cached read (docs/benchmarks.md).
            "CONN_MAX_AGE": 600,
            "OPTIONS": {
                # WAL lets readers go on while an import writes; IMMEDIATE avoids
                # "database is locked" upgrades inside write transactions.
                "transaction_mode": "IMMEDIATE",
                # busy_timeout: how long a writer waits for another one before "database
                # is locked". Imports hold the lock for a second or two at most
                # (podium/importers/plan.py); this leaves room for a slow disk.
                "timeout": 20,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }

CACHE_URL = os.environ.get("PODIUM_CACHE_URL") or "locmem://"
CACHES = {"default": cache_config(CACHE_URL)}
PODIUM_CACHE_TTL = env_int("PODIUM_CACHE_TTL", 300)
if not 0 <= PODIUM_CACHE_TTL <= 86400:
    raise ImproperlyConfigured("PODIUM_CACHE_TTL must be between 0 and 86400 seconds")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
# Assets are served straight from the installed package: no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# HTTPS. Off by default: `make run` serves plain HTTP on 127.0.0.1.
SECURE_SSL_REDIRECT = env_bool("PODIUM_SSL_REDIRECT", False)
# Load balancers check /healthz over plain HTTP, past the redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("PODIUM_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PODIUM_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("PODIUM_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = env_bool("PODIUM_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Behind the documented reverse proxy, X-Forwarded-Proto says whether the client used
# HTTPS and the last address of X-Forwarded-For is the client's. Only true when
# nothing but that proxy can reach podium: otherwise any client could claim both.
PODIUM_TRUST_PROXY_HEADERS = env_bool("PODIUM_TRUST_PROXY_HEADERS", True)
if PODIUM_TRUST_PROXY_HEADERS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in [
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    ]
]
LOGIN_URL = "console:login"

# Log-in throttling (django-axes), for the console's and the admin's log-in pages:
# after PODIUM_LOGIN_FAILURE_LIMIT wrong passwords for one username from one address,
# that pair is refused (HTTP 429) for PODIUM_LOGIN_LOCKOUT_MINUTES, counted again from
# each further try. `podium user unlock NAME` lifts it.
AUTHENTICATION_BACKENDS = [
    # Refuses locked-out pairs; ModelBackend (below) checks passwords. AxesBackend is
    # itself a ModelBackend, so sessions it logs in stay valid.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_positive_int("PODIUM_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_positive_int("PODIUM_LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_CALLABLE = "podium.console.throttle.lockout_page"
AXES_CLIENT_IP_CALLABLE = "podium.console.throttle.client_address"
# The log names the username and the address of each failure, for the operator.
AXES_SENSITIVE_PARAMETERS = []
AXES_VERBOSE = False
LOGIN_REDIRECT_URL = "console:events"

# The console's pages run only its own script and style files: no inline code, so
# markup injected into a page could not run. The public API and the admin go without.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/api/", "/admin/", "/static/", "/healthz"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Password-reset mail of the console: written to the log unless an SMTP host is set.
EMAIL_HOST = os.environ.get("PODIUM_EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("PODIUM_EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("PODIUM_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("PODIUM_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("PODIUM_EMAIL_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("PODIUM_EMAIL_FROM", "podium@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PODIUM_LOG_LEVEL", "INFO")},
    # Log-in throttling logs failures and lockouts as warnings; its notes on every
    # successful log-in would drown them.
    "loggers": {"axes": {"level": "WARNING"}},
}
