"""Settings are read from the environment; each case runs in a fresh interpreter."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STRONG_KEY = "t3st-k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL"

PRINT_SETTINGS = """
import json, django
django.setup()
from django.conf import settings
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "broker": settings.CELERY_BROKER_URL,
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "debug": settings.DEBUG,
    "hosts": settings.ALLOWED_HOSTS,
    "acks_late": settings.CELERY_TASK_ACKS_LATE,
    "cache": settings.CACHES["default"]["BACKEND"],
}))
"""


def run_python(code: str, env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "DATABASE", "CELERY", "SECRET"))
    }
    clean.update({"DJANGO_SETTINGS_MODULE": "factcheck.settings", "FACTCHECK_VAR_DIR": str(tmp_path)}, **env)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True, timeout=60
    )


def test_a_command_on_the_default_broker_prints_no_warning(tmp_path):
    """kombu warned "No hostname was supplied" on every command with a bare ``filesystem://``."""
    # ``info()`` is what a send reads (the producer pool clones the connection)
    code = (
        "import django\ndjango.setup()\nfrom factcheck.celery import app\napp.connection_for_write().info()"
    )
    result = run_python(code, {}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "No hostname" not in result.stderr


def test_defaults_need_no_services(tmp_path):
    result = run_python(PRINT_SETTINGS, {}, tmp_path)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["broker"] == "filesystem://localhost/"
    assert values["eager"] is False, "a real worker must consume jobs outside tests"
    assert values["debug"] is True
    assert values["acks_late"] is True
    assert values["cache"] == "django.core.cache.backends.locmem.LocMemCache"


def test_environment_overrides_defaults(tmp_path):
    result = run_python(
        PRINT_SETTINGS,
        {
            "DATABASE_URL": "postgres://someone@db.example:5432/news",
            "CELERY_BROKER_URL": "redis://cache.example:6379/1",
            "ALLOWED_HOSTS": "a.example,b.example",
            "DEBUG": "false",
            "CACHE_URL": "redis://cache.example:6379/2",
        },
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["broker"] == "redis://cache.example:6379/1"
    assert values["hosts"] == ["a.example", "b.example"]
    assert values["debug"] is False
    assert values["cache"] == "django.core.cache.backends.redis.RedisCache"


def test_production_refuses_to_start_without_secret_key(tmp_path):
    result = run_python(PRINT_SETTINGS, {"DJANGO_ENV": "production", "ALLOWED_HOSTS": "x.example"}, tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_check_deploy_without_warnings(tmp_path):
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        "SECRET_KEY": STRONG_KEY,
        "ALLOWED_HOSTS": "factcheck.newsroom.org",
        "SITE_URL": "https://factcheck.newsroom.org",
        "FACTCHECK_VAR_DIR": str(tmp_path),
    }
    for name in ("DEBUG", "CLAIMREVIEW_URL_TEMPLATE", "CLAIMREVIEW_AUTHOR_URL"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_debug_is_off_by_default(tmp_path):
    result = run_python(
        PRINT_SETTINGS,
        {"DJANGO_ENV": "production", "SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "x.example"},
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["debug"] is False


def test_a_refusal_is_logged_once_and_without_a_traceback(tmp_path):
    """Each 403 was printed twice (Django's console handler and the root's), with its traceback."""
    code = (
        "import django, logging\n"
        "django.setup()\n"
        "from django.core.exceptions import PermissionDenied\n"
        "from django.utils.log import log_response\n"
        "from django.http import HttpResponseForbidden\n"
        "from django.test import RequestFactory\n"
        "try:\n"
        "    raise PermissionDenied('no')\n"
        "except PermissionDenied:\n"
        "    import sys\n"
        "    log_response('Forbidden: %s', '/x/', response=HttpResponseForbidden(),"
        " request=RequestFactory().get('/x/'), exception=sys.exc_info()[1])\n"
        "logging.getLogger('django.request').error('boom', exc_info=ValueError('real'))\n"
    )
    result = run_python(code, {"DEBUG": "true"}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("Forbidden: /x/") == 1
    assert "PermissionDenied" not in result.stderr  # no traceback for a 4xx
    assert result.stderr.count("boom") == 1 and "ValueError: real" in result.stderr  # 5xx keep theirs


def test_sentry_reports_errors_when_a_dsn_is_set(tmp_path):
    code = (
        "import django\n"
        "django.setup()\n"
        "import sentry_sdk\n"
        "client = sentry_sdk.get_client()\n"
        "names = sorted(client.integrations)\n"
        "pii = client.options['send_default_pii']\n"
        "print(client.is_active(), pii, 'django' in names, 'celery' in names)\n"
    )
    result = run_python(code, {"SENTRY_DSN": "https://public@127.0.0.1:9/1"}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "False", "True", "True"]


def test_a_sentry_dsn_without_the_extra_installed_says_how_to_install_it(tmp_path):
    code = "import sys\nsys.modules['sentry_sdk'] = None\nimport django\ndjango.setup()\n"
    result = run_python(code, {"SENTRY_DSN": "https://public@127.0.0.1:9/1"}, tmp_path)
    assert result.returncode != 0
    assert "pip install 'factcheck[sentry]'" in result.stderr


@pytest.mark.parametrize(
    ("extra", "warned"),
    [
        ({}, ["SITE_URL", "CLAIMREVIEW_URL_TEMPLATE", "CLAIMREVIEW_AUTHOR_URL"]),
        ({"SITE_URL": "https://factcheck.newsroom.org"}, []),
        (
            {
                "SITE_URL": "https://factcheck.newsroom.org",
                "CLAIMREVIEW_URL_TEMPLATE": "https://factcheck.example.org/reviews/{id}/",
            },
            ["CLAIMREVIEW_URL_TEMPLATE"],
        ),
    ],
)
def test_production_warns_about_placeholder_public_addresses(tmp_path, extra, warned):
    """ClaimReview markup names these addresses: left at the defaults it points nowhere real."""
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        "SECRET_KEY": STRONG_KEY,
        "ALLOWED_HOSTS": "factcheck.newsroom.org",
        "FACTCHECK_VAR_DIR": str(tmp_path),
    }
    for name in ("DEBUG", "SITE_URL", "CLAIMREVIEW_URL_TEMPLATE", "CLAIMREVIEW_AUTHOR_URL"):
        env.pop(name, None)
    env.update(extra)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert sorted(re.findall(r"W010\) (\w+) is", output)) == sorted(warned), output
    assert (result.returncode == 0) == (not warned)


ROUTE = """
import json, django
django.setup()
from factcheck.celery import app
from factcheck.matching.tasks import article_conflicts_task
from factcheck.imports.tasks import import_job_run_task
route = app.amqp.router.route
print(json.dumps({
    "matching": route({}, article_conflicts_task.name)["queue"].name,
    "imports": route({}, import_job_run_task.name)["queue"].name,
}))
"""


@pytest.mark.parametrize(
    ("env", "matching"),
    [({}, "factcheck"), ({"CELERY_MATCHING_QUEUE": "factcheck-matching"}, "factcheck-matching")],
)
def test_the_after_import_search_may_have_a_queue_of_its_own(tmp_path, env, matching):
    result = run_python(ROUTE, env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"matching": matching, "imports": "factcheck"}
