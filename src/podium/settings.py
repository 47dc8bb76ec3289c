"""Podium's one settings module, configured from ``PODIUM_*`` environment variables.

Each variable is declared once, with its help text, through the ``env_*`` helpers of
:mod:`podium.config_table`; docs/config.md is generated from those declarations.
Importing this module only reads the environment and files; it never writes anything.
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from podium.backends import cache_config, database_config
from podium.config_table import env_bool, env_choice, env_int, env_list, env_str
from podium.paths import data_dir

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

DEBUG = env_bool(
    "PODIUM_DEBUG",
    False,
    help="Django debug mode: error pages with tracebacks, and a fixed secret key when none "
    "is set. Never in production.",
)
# Only for development with PODIUM_DEBUG: it is public, so it protects nothing.
DEBUG_SECRET_KEY = "podium-debug-only-key-not-secret"


def read_secret_key(configured: str) -> str:
    if configured:
        return configured
    key_file = DATA_DIR / "secret_key"
    if key_file.is_file():
        return key_file.read_text().strip()
    if DEBUG:
        return DEBUG_SECRET_KEY
    # A fixed fallback would let anyone forge sessions and password-reset links.
    raise ImproperlyConfigured(
        f"PODIUM_SECRET_KEY is not set and {key_file} does not exist: run any `podium` "
        "command once (it generates the key file), or set PODIUM_SECRET_KEY"
    )


SECRET_KEY = read_secret_key(
    env_str(
        "PODIUM_SECRET_KEY",
        "",
        shown="generated",
        help="Django's secret key (signs sessions and password-reset links). When unset, "
        "every `podium` command generates one on first start and keeps it in "
        "`$PODIUM_DATA_DIR/secret_key`; without either, podium refuses to start (except "
        "with `PODIUM_DEBUG`). Set it explicitly when several machines serve the same site.",
    )
)
ALLOWED_HOSTS = env_list(
    "PODIUM_ALLOWED_HOSTS",
    ["127.0.0.1", "localhost", "[::1]"],
    help="Comma-separated host names podium answers to (`*` for any).",
)
CSRF_TRUSTED_ORIGINS = env_list(
    "PODIUM_CSRF_TRUSTED_ORIGINS",
    [],
    help="Comma-separated origins (e.g. `https://podium.example.org`) trusted for form "
    "posts behind a proxy.",
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "podium.program",
    "podium.publish",
    "podium.embeds",
    "podium.importers",
    "podium.demo",
    "podium.server",
    "podium.photos",
    "podium.console",
    "podium.notify",
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

DATABASE_URL = env_str(
    "PODIUM_DATABASE_URL",
    "",
    kind="URL",
    shown="(empty: SQLite in the data directory)",
    help="A database URL, e.g. `postgres://user:password@127.0.0.1:5432/podium` "
    "(`postgres://`, `postgresql://` or `sqlite:///`). Overrides the SQLite default. "
    "PostgreSQL 14 or newer; each worker keeps its connection open for 10 minutes and "
    "checks it before re-use.",
)
if DATABASE_URL:
    DATABASES = {"default": database_config(DATABASE_URL)}
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

CACHE_URL = env_str(
    "PODIUM_CACHE_URL",
    "locmem://",
    kind="URL",
    help="Where rendered API responses are cached: `locmem://` (in-process memory, one "
    "process), `redis://host:port/db` or `rediss://...` (shared by many processes), "
    "`dummy://` (no cache).",
)
CACHE_MAX_BYTES = env_int(
    "PODIUM_CACHE_MAX_BYTES",
    64 * 2**20,
    minimum=0,
    shown="`67108864` (64 MiB)",
    help="With `locmem://`: the most bytes of cached responses each server process keeps; "
    "the least recently used go first. A response larger than this is "
    "not cached. Redis bounds its memory by its own `maxmemory` setting.",
)
PODIUM_PRERENDER = env_bool(
    "PODIUM_PRERENDER",
    True,
    help="After each committed change of an event, render every view of its endpoints "
    "once (plain, gzip and brotli), so that no reader waits for a render: through the task "
    "queue into the rendered files (`PODIUM_RENDERED_MAX_BYTES`) and a Redis cache, or at "
    "once into `PODIUM_PUBLISH_DIR` ([api.md](api.md#caching)).",
)
PODIUM_PUBLISH_DIR = env_str(
    "PODIUM_PUBLISH_DIR",
    "",
    help="A directory where podium also writes every published view, with its `.gz` and "
    "`.br` beside it, after each change (atomically), for nginx to serve "
    "([deploy.md](deploy.md#static-files-with-nginx)). Empty: no files.",
)
PODIUM_RENDERED_MAX_BYTES = env_int(
    "PODIUM_RENDERED_MAX_BYTES",
    512 * 2**20,
    minimum=0,
    shown="`536870912` (512 MiB)",
    help="The most bytes of rendered responses kept as files in "
    "`$PODIUM_DATA_DIR/rendered`, which every podium process of the machine reads before "
    "rendering: the task workers pre-render into it, so web workers serve a change without "
    "rendering it ([api.md](api.md#caching)). Only the newest version of each view is kept, "
    "the least recently written views go first. `0` turns these files off.",
)
RENDERED_DIR = DATA_DIR / "rendered"
PODIUM_FAST_PATH_MAX_BYTES = env_int(
    "PODIUM_FAST_PATH_MAX_BYTES",
    64 * 2**20,
    minimum=0,
    shown="`67108864` (64 MiB)",
    help="The most bytes of published responses each server process keeps in its own "
    "memory to answer cached reads and 304s of the public API before Django's "
    "middleware (the fast path, [api.md](api.md#caching)); the least recently used go "
    "first. `0` turns the fast path off.",
)
REDIS_OPTIONS = {
    "socket_connect_timeout": env_int(
        "PODIUM_CACHE_CONNECT_TIMEOUT_MS",
        200,
        minimum=1,
        help="Redis only: how long a connection to Redis may take, in milliseconds.",
    )
    / 1000,
    "socket_timeout": env_int(
        "PODIUM_CACHE_READ_TIMEOUT_MS",
        250,
        minimum=1,
        help="Redis only: how long podium waits for each answer of Redis, in milliseconds.",
    )
    / 1000,
    "RETRY_SECONDS": env_int(
        "PODIUM_CACHE_RETRY_SECONDS",
        5,
        minimum=1,
        help="Redis only: after Redis failed to answer (down, hung or too slow), each process "
        "renders responses without the cache and tries Redis again once every this many "
        "seconds. It logs one line when Redis goes away and one when it is back.",
    ),
}
CACHES = {"default": cache_config(CACHE_URL, CACHE_MAX_BYTES, REDIS_OPTIONS)}
PODIUM_CACHE_TTL = env_int(
    "PODIUM_CACHE_TTL",
    300,
    minimum=0,
    maximum=86400,
    help="Seconds a rendered response stays cached on the server, and the `max-age` "
    "clients and HTTP caches are told (0 to 86400).",
)

# Imports (`podium import`, the console's upload): far above any real event, low enough
# that a hostile or broken input is refused before it costs much memory or time.
PODIUM_IMPORT_MAX_MB = env_int(
    "PODIUM_IMPORT_MAX_MB",
    50,
    minimum=1,
    help="The largest input an import reads, in megabytes, from a file, a URL or the "
    "console's upload; a larger one is refused before it is read whole.",
)
PODIUM_IMPORT_MAX_TEXT = env_int(
    "PODIUM_IMPORT_MAX_TEXT",
    20_000,
    minimum=1,
    help="The most characters an imported description, bio or answer may have.",
)
PODIUM_IMPORT_MAX_OBJECTS = env_int(
    "PODIUM_IMPORT_MAX_OBJECTS",
    20_000,
    minimum=1,
    help="The most entries any list of an imported document may have (sessions, "
    "speakers, links, ...).",
)
PODIUM_IMPORT_URL_DEADLINE = env_int(
    "PODIUM_IMPORT_URL_DEADLINE",
    60,
    minimum=1,
    help="Seconds a URL import may take in all (connecting, redirects and the whole "
    "download); then it is stopped with an error.",
)

# Speaker photos uploaded in the console (podium/photos): checked and re-encoded with
# Pillow, kept in a Django storage of their own.
PODIUM_PHOTO_MAX_MB = env_int(
    "PODIUM_PHOTO_MAX_MB",
    10,
    minimum=1,
    help="The largest speaker photo the console accepts, in megabytes; a larger upload "
    "is refused before it is decoded. Photos are kept in `$PODIUM_DATA_DIR/photos` "
    "([console.md](console.md#photos)).",
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Any Django storage backend works here; the files are never listed, only opened,
    # written and deleted by name.
    "photos": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": DATA_DIR / "photos", "base_url": "/photos/"},
    },
}
# The console's snapshots of events before imports and bulk changes (undo).
PODIUM_CONSOLE_SNAPSHOTS = env_int(
    "PODIUM_CONSOLE_SNAPSHOTS",
    10,
    minimum=1,
    maximum=1000,
    help="How many snapshots of an event the console keeps (taken before each import "
    "and bulk change, for undo); older ones are dropped.",
)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
# Only the embeds translate (their labels, per endpoint); everything else is English.
USE_I18N = True
LANGUAGES = [("en", "English"), ("de", "Deutsch")]
USE_TZ = True

STATIC_URL = "/static/"
# Assets are served straight from the installed package: no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# HTTPS. Off by default: `make run` serves plain HTTP on 127.0.0.1.
SECURE_SSL_REDIRECT = env_bool(
    "PODIUM_SSL_REDIRECT",
    False,
    help="Answer every plain-HTTP request with a permanent redirect to HTTPS, except "
    "`/healthz` (load balancers check it over HTTP). Behind a proxy this needs "
    "`PODIUM_TRUST_PROXY_HEADERS` to tell HTTPS requests apart.",
)
# Load balancers check /healthz over plain HTTP, past the redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int(
    "PODIUM_HSTS_SECONDS",
    0,
    minimum=0,
    help="When above 0, HTTPS answers carry `Strict-Transport-Security: "
    "max-age=<seconds>`: browsers then use only HTTPS for the site for that long. "
    "Start small (e.g. `3600`), then raise it to a year (`31536000`) once HTTPS "
    "works.",
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool(
    "PODIUM_HSTS_INCLUDE_SUBDOMAINS",
    False,
    help="Add `includeSubDomains` to that header: every subdomain of the site's name must "
    "then serve HTTPS too.",
)
SECURE_HSTS_PRELOAD = env_bool(
    "PODIUM_HSTS_PRELOAD",
    False,
    help="Add `preload` to that header, for the browsers' preload lists.",
)
SESSION_COOKIE_SECURE = env_bool(
    "PODIUM_SECURE_COOKIES",
    False,
    help="Send session and CSRF cookies only over HTTPS. Turn on when served over HTTPS.",
)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Behind the documented reverse proxy, X-Forwarded-Proto says whether the client used
# HTTPS and the last address of X-Forwarded-For is the client's. Only true when
# nothing but that proxy can reach podium: otherwise any client could claim both.
PODIUM_TRUST_PROXY_HEADERS = env_bool(
    "PODIUM_TRUST_PROXY_HEADERS",
    True,
    help="Trust the headers the reverse proxy in front of podium sets: `X-Forwarded-Proto: "
    "https` marks a request as made over HTTPS (for secure cookies, "
    "`PODIUM_SSL_REDIRECT` and HSTS), and the last address in `X-Forwarded-For` is "
    "the client's (for log-in throttling). Right behind the proxy of "
    "[deploy.md](deploy.md), which sets both; when clients can reach podium directly, "
    "set it to `false`, or a client could claim HTTPS and any address.",
)
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
AXES_FAILURE_LIMIT = env_int(
    "PODIUM_LOGIN_FAILURE_LIMIT",
    5,
    minimum=1,
    help="Wrong passwords in a row for one user name from one address before log-ins of "
    "that name from that address are refused (HTTP 429) on the console's and the "
    "admin's log-in pages ([console.md](console.md#log-in-throttling)).",
)
AXES_COOLOFF_TIME = timedelta(
    minutes=env_int(
        "PODIUM_LOGIN_LOCKOUT_MINUTES",
        15,
        minimum=1,
        help="How long such a lockout lasts after the last try. `podium user unlock <name>` "
        "lifts it at once.",
    )
)
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
EMAIL_HOST = env_str(
    "PODIUM_EMAIL_HOST",
    "",
    shown="(empty: mail is written to the log)",
    help="SMTP server for the console's password-reset mail. While empty, podium prints "
    "each mail to its log output instead of sending it.",
)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("PODIUM_EMAIL_PORT", 587, minimum=1, maximum=65535, help="SMTP port.")
EMAIL_HOST_USER = env_str("PODIUM_EMAIL_USER", "", help="SMTP user name, if the server wants one.")
EMAIL_HOST_PASSWORD = env_str("PODIUM_EMAIL_PASSWORD", "", help="SMTP password.")
EMAIL_USE_TLS = env_bool("PODIUM_EMAIL_TLS", True, help="Use STARTTLS to talk to the SMTP server.")
DEFAULT_FROM_EMAIL = env_str(
    "PODIUM_EMAIL_FROM", "podium@localhost", help="Sender address of podium's mail."
)

# Background tasks (publication history, webhook deliveries): podium/server/tasks.py.
TASK_BACKEND = env_choice(
    "PODIUM_TASK_BACKEND",
    "database",
    ("database", "immediate"),
    help="Where work that follows a change (publication history, webhook deliveries) "
    "runs. `database`: a durable queue in podium's database, run by the task workers of "
    "`podium serve` (or `podium worker`); `immediate`: at once, inside the process that "
    "made the change, with no retry after a crash (tests, trying things out) "
    "([deploy.md](deploy.md#background-tasks)).",
)
TASK_WORKERS = env_int(
    "PODIUM_TASK_WORKERS",
    1,
    minimum=0,
    maximum=32,
    help="Task worker processes `podium serve` starts beside its web workers. `0` starts "
    "none: then run `podium worker` elsewhere, or queued tasks wait.",
)
TASK_POLL_SECONDS = env_int(
    "PODIUM_TASK_POLL_SECONDS",
    1,
    minimum=1,
    maximum=60,
    help="How often an idle task worker looks for tasks that are due, in seconds.",
)
TASK_STALE_MINUTES = env_int(
    "PODIUM_TASK_STALE_MINUTES",
    10,
    minimum=1,
    help="A task still marked running this long after it started is taken to belong to a "
    "worker that died (killed, machine lost) and is run again.",
)
TASKS = {
    "default": {
        "BACKEND": {
            "database": "django_tasks_db.DatabaseBackend",
            "immediate": "podium.server.tasks.ImmediateBackend",
        }[TASK_BACKEND],
        # Any queue name: podium's workers take tasks from every queue.
        "QUEUES": [],
    }
}

# Publication history and webhooks: podium/notify/, docs/webhooks.md.
PUBLIC_URL = env_str(
    "PODIUM_PUBLIC_URL",
    "http://127.0.0.1:8000",
    kind="URL",
    help="The address the public reaches podium at, for the URLs that webhook messages "
    "carry (the views and the change feed of the endpoint).",
)
WEBHOOKS_ALLOW_PRIVATE = env_bool(
    "PODIUM_WEBHOOKS_ALLOW_PRIVATE",
    False,
    help="Deliver webhooks to loopback, private and link-local addresses too. Off, such "
    "receivers are refused, so a webhook cannot reach services only the machine sees.",
)
WEBHOOK_DEADLINE_SECONDS = env_int(
    "PODIUM_WEBHOOK_DEADLINE_SECONDS",
    10,
    minimum=1,
    maximum=120,
    help="How long one delivery attempt may take in all (connecting, sending, the answer) "
    "before it counts as failed.",
)
RETRY_TEXT = env_list(
    "PODIUM_WEBHOOK_RETRY_SECONDS",
    ["5", "300", "1800", "7200", "18000", "36000", "36000"],
    help="Comma-separated seconds to wait before each retry of a failed delivery (about a "
    "day in all). A delivery that fails them all disables its webhook.",
)
if not all(value.isdigit() for value in RETRY_TEXT):
    raise ImproperlyConfigured(
        f"PODIUM_WEBHOOK_RETRY_SECONDS={','.join(RETRY_TEXT)!r}: use whole numbers of "
        "seconds separated by commas"
    )
WEBHOOK_RETRY_SECONDS = [int(value) for value in RETRY_TEXT]
WEBHOOK_ROTATION_HOURS = env_int(
    "PODIUM_WEBHOOK_ROTATION_HOURS",
    24,
    minimum=0,
    help="After a webhook's secret is rotated, messages carry a signature with the old "
    "secret too for this many hours, so receivers can switch without a gap.",
)

LOG_LEVEL = env_choice(
    "PODIUM_LOG_LEVEL",
    "INFO",
    ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"),
    help="Log level of podium's own log output (any letter case).",
)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # Log-in throttling logs failures and lockouts as warnings; its notes on every
    # successful log-in would drown them.
    "loggers": {"axes": {"level": "WARNING"}},
}
