"""Settings for every environment, read from environment variables (12-factor).

Defaults need no services: SQLite and a filesystem Celery broker under ``var/``.
``DJANGO_ENV=production`` turns on the deploy hardening and refuses to start without
``SECRET_KEY``.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Local state of the embedded defaults (SQLite file, filesystem broker).
VAR_DIR = Path(env.str("FACTCHECK_VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"

DEBUG = env.bool("DEBUG", default=not PRODUCTION)
if PRODUCTION:
    SECRET_KEY = env.str("SECRET_KEY", default="")
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY must be set when DJANGO_ENV=production.")
else:
    # A development key is fine here: production refuses to start without its own.
    SECRET_KEY = env.str(
        "SECRET_KEY", default="django-insecure-development-only-key-do-not-use-in-production"
    )

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# API paths answer a refused CSRF check as problem details (JSON), like their other errors.
CSRF_FAILURE_VIEW = "annotations.api.views.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "factcheck",
    "annotations",
    "annotations.api",
    "annotations.publishing",
    "corsheaders",
]

MIDDLEWARE = [
    # /healthz and /readyz first: probes come over plain HTTP to an internal address (no host check,
    # no HTTPS redirect).
    "factcheck.health.views.ProbeMiddleware",
    "factcheck.log.RequestIdMiddleware",  # every later log record knows its request
    "corsheaders.middleware.CorsMiddleware",  # answers preflights before anything else can
    # Then: a body over its route's limit is refused before anything reads it.
    "factcheck.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # ETag on every GET page and API read; If-None-Match / If-Modified-Since answer 304.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "factcheck.urls"
WSGI_APPLICATION = "factcheck.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],  # every template lives in its app (so the wheel carries it)
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

# --- Database ---------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
# Connections are kept for a minute in production (a new PostgreSQL connection a request cost 4-8 ms,
# bench/web_load.py), checked before reuse; development opens one per request.
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60 if PRODUCTION else 0))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", env.bool("CONN_HEALTH_CHECKS", default=True))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A worker process must see the same test database as pytest, so never in memory;
    # WAL and a busy timeout let the web server and the worker write side by side.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# API throttle counters live in the cache: with several web processes, point this at Redis
# (e.g. redis://127.0.0.1:6379/1) so the limits hold across them.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # An unreachable cache answers within a second, and throttling then lets requests through
    # (annotations.api.throttling); override in the URL, e.g. ?socket_timeout=5.
    CACHES["default"].setdefault("OPTIONS", {})
    CACHES["default"]["OPTIONS"].setdefault("socket_connect_timeout", 1)
    CACHES["default"]["OPTIONS"].setdefault("socket_timeout", 1)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Where collectstatic gathers the files whitenoise serves in production (an installed package's own
# folder is no place for them).
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# The workspace's own login page (the admin keeps its login at /admin/login/ for the admin).
LOGIN_URL = "workspace:login"
# Where a login goes when its ``next`` is missing or refused (an off-site address): the workspace.
LOGIN_REDIRECT_URL = "workspace:queue"

# --- Celery -----------------------------------------------------------------
# The default broker is a folder on disk: a real worker, no server to install. (The host name only keeps
# kombu from warning "No hostname was supplied" on every command; the folders are set below.)
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="filesystem://localhost/")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = VAR_DIR / "celery-broker"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir),
        "data_folder_out": str(_broker_dir),
        "processed_folder": str(VAR_DIR / "celery-processed"),
        "control_folder": str(VAR_DIR / "celery-control"),
        "store_processed": False,
        # Seconds between looks at the queue folder when it had nothing for this worker.
        "polling_interval": env.float("CELERY_POLLING_INTERVAL", default=0.1),
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # A task not acknowledged this long after delivery (its worker died) is delivered again: keep
        # it above the longest task time limit (FACTCHECK_IMPORT_PLAN_TIME_LIMIT + 60).
        "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
        # How often a worker looks for messages whose worker died (seconds x throttle).
        "unacked_restore_interval": env.int("CELERY_UNACKED_RESTORE_INTERVAL", default=10),
        "unacked_restore_throttle": env.int("CELERY_UNACKED_RESTORE_THROTTLE", default=10),
        # A broker that vanishes without closing the connection fails a send in seconds (then
        # creating an import answers 503) instead of holding the request for ever.
        "socket_connect_timeout": env.float("CELERY_BROKER_SOCKET_TIMEOUT", default=10.0),
        "socket_timeout": env.float("CELERY_BROKER_SOCKET_TIMEOUT", default=10.0),
    }
# Job state lives in ImportJob rows, so task results are not needed by default.
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
CELERY_TASK_IGNORE_RESULT = CELERY_RESULT_BACKEND is None
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_QUEUE", default="factcheck")
# The after-import search for clusters and figure conflicts (a search a check-worthy claim: several times
# an import's own work) may have workers of its own: name a queue here and start a worker with
# ``-Q <that queue>``. By default it shares the imports' queue.
CELERY_MATCHING_QUEUE = env.str("CELERY_MATCHING_QUEUE", default="") or CELERY_TASK_DEFAULT_QUEUE
CELERY_TASK_ROUTES = {"factcheck.tasks.article_conflicts_task": {"queue": CELERY_MATCHING_QUEUE}}
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Workers log through LOGGING below (the format, the request ids), not Celery's own root handler.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A worker whose broker goes away keeps trying to reconnect (never exits): it heals without a restart.
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
# Tasks running when the broker connection is lost cannot be acknowledged: cancel them, their messages
# come back (every task is idempotent), instead of running them twice.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
# Every task is bounded in time: the soft limit raises inside the task (an import item stopped by it
# fails with the reason and the job goes on), the hard limit replaces the worker process. A chunk of
# import items hands its rest to a new task after half the soft limit, so only an item that alone
# takes that long meets it. Planning (reading every source of a job once) has its own, longer limit.
# With Redis, CELERY_VISIBILITY_TIMEOUT must stay above the longest of these.
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=300)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=CELERY_TASK_SOFT_TIME_LIMIT + 60)
FACTCHECK_IMPORT_PLAN_TIME_LIMIT = env.int("FACTCHECK_IMPORT_PLAN_TIME_LIMIT", default=1800)
CELERY_TASK_ANNOTATIONS = {
    "factcheck.tasks.import_job_run_task": {
        "soft_time_limit": FACTCHECK_IMPORT_PLAN_TIME_LIMIT,
        "time_limit": FACTCHECK_IMPORT_PLAN_TIME_LIMIT + 60,
    }
}
CELERY_TIMEZONE = TIME_ZONE

# --- Cross-origin reads (django-cors-headers) --------------------------------
# Browsers on these origins (e.g. "https://partner.example") may call the API and read the public
# pages' feeds; none by default. Credentials (cookies) are never shared across origins: use tokens.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/(api|reviews)/.*$"
CORS_ALLOW_HEADERS = [
    "accept",
    "authorization",
    "content-type",
    "if-modified-since",
    "if-none-match",
    "x-request-id",
]
CORS_EXPOSE_HEADERS = [
    "etag",
    "last-modified",
    "link",
    "location",
    "retry-after",
    "ratelimit-limit",
    "ratelimit-remaining",
    "ratelimit-reset",
    "ratelimit-policy",
    "x-request-id",
]
CORS_PREFLIGHT_MAX_AGE = 3600

# --- Email (notifications a user asked to receive by email) ---------------------------------------
# Development prints them to the console; production sends them by SMTP (EMAIL_HOST and the rest).
EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default="django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="factcheck@localhost")

# --- Django REST framework --------------------------------------------------
# Anonymous clients may read published verdicts only when this is on (off by default).
FACTCHECK_API_ANONYMOUS_READ = env.bool("FACTCHECK_API_ANONYMOUS_READ", default=False)
# --- Publishing ---------------------------------------------------------------
# Public address of this app, for links that leave it (ClaimReview markup, feeds, webhooks). A deploy
# check warns while it, or the two below, still name a placeholder or local address.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# Public pages of published verdicts at /reviews/ (index, pages, Atom feed) and /sitemap.xml.
FACTCHECK_PUBLIC_PAGES = env.bool("FACTCHECK_PUBLIC_PAGES", default=True)
# Organisation that authors the ClaimReview JSON-LD (schema.org `author`).
CLAIMREVIEW_AUTHOR_NAME = env.str("CLAIMREVIEW_AUTHOR_NAME", default="factcheck")
CLAIMREVIEW_AUTHOR_URL = env.str("CLAIMREVIEW_AUTHOR_URL", default=f"{SITE_URL}/")
# Public page of a verdict (ClaimReview `url`); `{id}` is the review id, `{claim_id}` the claim's.
# Defaults to this app's own page; point it at your CMS if verdicts are published there instead.
CLAIMREVIEW_URL_TEMPLATE = env.str("CLAIMREVIEW_URL_TEMPLATE", default=f"{SITE_URL}/reviews/{{id}}/")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "annotations.api.authentication.ClientTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "annotations.api.exceptions.json_exception_handler",
    # JSON bodies nest at most FACTCHECK_MAX_JSON_DEPTH levels (deeper is a 400, not a RecursionError).
    "DEFAULT_PARSER_CLASSES": [
        "annotations.api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "annotations.api.throttling.ClientRateThrottle",
        "annotations.api.throttling.AnonRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "client": env.str("FACTCHECK_API_THROTTLE_CLIENT", default="5000/hour"),
        "anon": env.str("FACTCHECK_API_THROTTLE_ANON", default="200/hour"),
    },
    "DEFAULT_PAGINATION_CLASS": "annotations.api.pagination.StableCursorPagination",
    "PAGE_SIZE": 100,
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "factcheck API",
    "DESCRIPTION": (
        "Articles, checkable claims and published fact-check verdicts.\n\n"
        "Authenticate with `Authorization: Token <key>` (a per-client token an editor issues in the "
        "admin under *API clients*) or with the admin session cookie plus the `X-CSRFToken` header. "
        "Lists use cursor pagination (`next`/`previous` links, also in the `Link` header). "
        "Every list takes `?format=json|csv|jsonl`; verdicts also `?format=claimreview` "
        "(schema.org ClaimReview JSON-LD, or `Accept: application/ld+json`). "
        "Errors are problem details (RFC 9457, `application/problem+json`): "
        '`{"type", "title", "status", "detail", "code", "fields"?, "conflict"?}`; `code` names the problem.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "COMPONENT_SPLIT_REQUEST": True,
    # A PATCH body's required fields stay required (a review's `version`): the server requires them.
    "COMPONENT_SPLIT_PATCH": False,
    # Swagger UI's files come from the drf-spectacular-sidecar package: no CDN at run time.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "ReviewStateEnum": "annotations.models.ReviewState",
        "MatchKindEnum": "annotations.api.matching.MATCH_KINDS",
        "ConflictStatusEnum": "factcheck.matching.models.FigureConflict.Status",
        "QuantityKindEnum": "factcheck.models.QuantityKind",
        "ImportJobStatusEnum": "factcheck.imports.models.ImportJob.Status",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "annotations.api.schema.add_error_responses",
    ],
}

# --- Imports ----------------------------------------------------------------
# Bounded work per article: longer text is cut (and the import item says so); past these limits
# sentences are not made claims and figures are not stored, each cut noted on the import item.
FACTCHECK_MAX_ARTICLE_BYTES = env.int("FACTCHECK_MAX_ARTICLE_BYTES", default=10 * 1024 * 1024)
FACTCHECK_MAX_CLAIMS_PER_ARTICLE = env.int("FACTCHECK_MAX_CLAIMS_PER_ARTICLE", default=2000)
# Longest claim, in characters (``factcheck.extraction.MAX_SENTENCE_CHARS``): a longer run of text with no
# sentence end is split into pieces that are kept but not offered as claims.
FACTCHECK_MAX_SENTENCE_CHARS = env.int("FACTCHECK_MAX_SENTENCE_CHARS", default=2000)
# Readiness (/readyz): how long a broker check may take, and how recently a worker must have been seen
# (each worker records itself every FACTCHECK_WORKER_HEARTBEAT seconds).
FACTCHECK_READY_TIMEOUT = env.float("FACTCHECK_READY_TIMEOUT", default=2.0)
FACTCHECK_WORKER_HEARTBEAT = env.float("FACTCHECK_WORKER_HEARTBEAT", default=15.0)
FACTCHECK_WORKER_SEEN_WITHIN = env.int("FACTCHECK_WORKER_SEEN_WITHIN", default=120)
# FACTCHECK_CHECKWORTHINESS_MODEL (a retrained check-worthiness model, opt-in) is read from the environment
# by the extractor itself, which is pure Python and never sees these settings (checkworthiness.MODEL_ENV).
# CHECKWORTHINESS=encoder rescores English sentences with the sentence encoder (``factcheck.checkworthiness``:
# all-MiniLM-L6-v2 in numpy, see requirements-encoder.txt): CheckThat! F1 0.70 against 0.67 in grouped CV,
# at 10-30 ms of CPU a sentence at import. ``default`` keeps the extractor's own pure-Python model.
CHECKWORTHINESS = env.str("CHECKWORTHINESS", default="default").strip().lower()
if CHECKWORTHINESS not in ("default", "encoder"):
    raise ImproperlyConfigured(f"CHECKWORTHINESS must be default or encoder, not {CHECKWORTHINESS!r}.")
if CHECKWORTHINESS == "encoder" and env.str("FACTCHECK_CHECKWORTHINESS_MODEL", default=""):
    raise ImproperlyConfigured(
        "CHECKWORTHINESS=encoder rescores the shipped model's score, not a retrained one: "
        "unset FACTCHECK_CHECKWORTHINESS_MODEL or set CHECKWORTHINESS=default."
    )
FACTCHECK_MAX_FIGURES_PER_CLAIM = env.int("FACTCHECK_MAX_FIGURES_PER_CLAIM", default=100)
FACTCHECK_MAX_FIGURES_PER_ARTICLE = env.int("FACTCHECK_MAX_FIGURES_PER_ARTICLE", default=10_000)
# Deepest nesting of JSON accepted, in imported files and in API request bodies.
FACTCHECK_MAX_JSON_DEPTH = env.int("FACTCHECK_MAX_JSON_DEPTH", default=100)
FACTCHECK_MAX_UPLOAD_BYTES = env.int("FACTCHECK_MAX_UPLOAD_BYTES", default=200 * 1024 * 1024)
FACTCHECK_ALLOW_PRIVATE_URLS = env.bool("FACTCHECK_ALLOW_PRIVATE_URLS", default=False)
FACTCHECK_URL_TIMEOUT = env.float("FACTCHECK_URL_TIMEOUT", default=10.0)
# Webhook endpoints obey the URL import rules: public addresses only unless this allows private ones.
FACTCHECK_WEBHOOK_ALLOW_PRIVATE = env.bool(
    "FACTCHECK_WEBHOOK_ALLOW_PRIVATE", default=FACTCHECK_ALLOW_PRIVATE_URLS
)
FACTCHECK_WEBHOOK_TIMEOUT = env.float("FACTCHECK_WEBHOOK_TIMEOUT", default=10.0)
FACTCHECK_IMPORT_CHUNK_SIZE = env.int("FACTCHECK_IMPORT_CHUNK_SIZE", default=50)
# An item whose writing was interrupted this often (its worker killed, out of memory or out of time)
# is failed with the reason instead of being tried again for ever.
FACTCHECK_IMPORT_MAX_ATTEMPTS = env.int("FACTCHECK_IMPORT_MAX_ATTEMPTS", default=3)
# Re-send unfinished import jobs when a worker starts (recovers work a dead worker took with it).
FACTCHECK_RESUME_IMPORTS_ON_WORKER_START = env.bool("FACTCHECK_RESUME_IMPORTS_ON_WORKER_START", default=True)
# Celery beat (`celery worker -B`, or a `celery beat` process) sweeps every FACTCHECK_IMPORT_SWEEP_INTERVAL
# seconds for unfinished import jobs nobody has moved for FACTCHECK_IMPORT_STALLED_AFTER seconds (keep it
# above CELERY_TASK_TIME_LIMIT) and re-sends them: lost tasks are re-driven without a restart.
FACTCHECK_IMPORT_SWEEP_INTERVAL = env.int("FACTCHECK_IMPORT_SWEEP_INTERVAL", default=60)
FACTCHECK_IMPORT_STALLED_AFTER = env.int("FACTCHECK_IMPORT_STALLED_AFTER", default=900)
CELERY_BEAT_SCHEDULE = {
    "webhook-deliveries-sweep": {
        "task": "publishing.webhook_deliveries_sweep",
        "schedule": 300.0,
    },
    "feeds-poll-due": {
        "task": "factcheck.tasks.feeds_poll_due_task",
        "schedule": 60.0,
    },
    "import-jobs-sweep": {
        "task": "factcheck.tasks.import_jobs_sweep_task",
        "schedule": float(FACTCHECK_IMPORT_SWEEP_INTERVAL),
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# Uploaded import files, shared by the web server and the workers.
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(VAR_DIR / "media")))
MEDIA_URL = "media/"
# Request bodies: small everywhere (JSON, forms), uploads only on the upload routes (starting an import
# by the API, with a file or JSON articles, or by the admin's form). factcheck.middleware compares
# Content-Length with the route's limit before anything reads the body; Django's own limit is only the
# ceiling, reached on the upload routes alone (Django reads no body without a Content-Length).
FACTCHECK_MAX_REQUEST_BYTES = env.int("FACTCHECK_MAX_REQUEST_BYTES", default=1024 * 1024)
FACTCHECK_UPLOAD_ROUTES = ("api:import-list", "api:import-preview", "admin:factcheck_importjob_import")
DATA_UPLOAD_MAX_MEMORY_SIZE = FACTCHECK_MAX_UPLOAD_BYTES + FACTCHECK_MAX_REQUEST_BYTES

# --- Claim matching ---------------------------------------------------------------------------------
# Index every imported claim and fact-check, and look for figure conflicts after each article, so that
# the workspace and the API can say what was seen before. Off only to measure what it costs
# (bench/matching.py); claims imported while it is off are found after `manage.py reindex_matching`.
MATCHING_ENABLED = env.bool("MATCHING_ENABLED", default=True)
# After each article is imported, cluster its check-worthy claims with the same claim in other articles
# and look for figure conflicts (a task; a search a check-worthy claim). Off leaves matching itself on.
MATCHING_CONFLICTS_ENABLED = env.bool("MATCHING_CONFLICTS_ENABLED", default=True)
# The re-ranker's optional dense feature (the cosine of WordLlama embeddings, ``factcheck.matching.dense``):
# ``auto`` uses it when the ``wordllama`` package is installed (``pip install 'factcheck[dense]'``), ``on``
# requires it (a system check fails without it), ``off`` never uses it. ``encoder`` requires it and the
# sentence encoder too (``factcheck.matching.encoder``: all-MiniLM-L6-v2 in numpy, see
# ``requirements-encoder.txt``): the better ranking, at 10-30 ms of CPU a text it embeds (each entry at
# indexing, each query at its search).
MATCHING_DENSE = env.str("MATCHING_DENSE", default="auto").strip().lower()
if MATCHING_DENSE not in ("auto", "on", "off", "encoder"):
    raise ImproperlyConfigured(f"MATCHING_DENSE must be auto, on, off or encoder, not {MATCHING_DENSE!r}.")

# --- Logging ----------------------------------------------------------------
# LOG_FORMAT=json: one JSON object per line; either way each record carries its request's id (also in
# the Celery tasks the request queued: factcheck.log).
LOG_FORMAT = env.str("LOG_FORMAT", default="plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"},
        "json": {"()": "factcheck.log.JsonFormatter"},
    },
    "filters": {
        "client_errors": {"()": "factcheck.log.ClientErrorsWithoutTraceback"},
        "request_id": {"()": "factcheck.log.RequestIdFilter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json" if LOG_FORMAT == "json" else "plain",
            "filters": ["client_errors", "request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    # Django's own console handler (in DEBUG) printed every django.* record a second time, via the root's
    "loggers": {"django": {"handlers": [], "level": "INFO", "propagate": True}},
}

# --- Error reports -------------------------------------------------------------
# SENTRY_DSN sends unhandled errors of web requests and Celery tasks to Sentry (the optional extra
# `factcheck[sentry]`); no personal data (users' names, addresses, cookies) is sent.
SENTRY_DSN = env.str("SENTRY_DSN", default="")
if SENTRY_DSN:
    try:
        import sentry_sdk
    except ImportError as error:
        raise ImproperlyConfigured(
            "SENTRY_DSN is set but sentry-sdk is not installed: pip install 'factcheck[sentry]'."
        ) from error
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env.str("SENTRY_ENVIRONMENT", default=DJANGO_ENV),
        traces_sample_rate=env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0),
        send_default_pii=False,
    )

# --- Production hardening (passes `manage.py check --deploy`) -----------------
if PRODUCTION:
    # WhiteNoise serves the collected static files; development uses runserver's.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"
