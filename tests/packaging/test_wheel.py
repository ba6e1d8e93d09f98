"""The built wheel is the app: installed (not editable) away from the repository, it passes the production
checks, renders the workspace's login page and serves its script. (An editable install found templates and
static files in the repository; the wheel had none of them.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import factcheck, django
assert factcheck.__file__.startswith({site!r}), factcheck.__file__  # the wheel's copy, not the repo's
django.setup()
from django.core.management import call_command
call_command("check", "--deploy", "--fail-level", "WARNING")
call_command("migrate", verbosity=0)
call_command("collectstatic", "--noinput", verbosity=0)
from django.test import Client
client = Client()
login = client.get("/admin/login/?next=/review/", secure=True, HTTP_HOST="factcheck.example.org")
assert login.status_code == 200 and b'name="password"' in login.content, login.status_code
queue = client.get("/review/", secure=True, HTTP_HOST="factcheck.example.org")
assert queue.status_code == 302 and "/review/login/" in queue["Location"], queue.status_code
script = client.get("/static/workspace/workspace.js", secure=True, HTTP_HOST="factcheck.example.org")
body = b"".join(script.streaming_content) if script.streaming else script.content
assert script.status_code == 200 and b"htmx" in body, script.status_code
print("ok")
"""


# Built from a copy: setuptools writes build/ and *.egg-info into the tree it builds, and CI runs two
# suites at once from the same checkout.
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "var", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "artifacts"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source") / "factcheck"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [built] = out.glob("factcheck-*.whl")
    return built


def test_the_wheel_carries_templates_static_files_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (
        "annotations/templates/workspace/queue.html",
        "annotations/templates/admin/factcheck/claim/correct.html",
        "annotations/static/workspace/workspace.js",
        "annotations/static/workspace/vendor/htmx-2.0.11.min.js",
        "factcheck/templates/admin/factcheck/importjob/import_form.html",
        "factcheck/extraction/checkworthiness_model.json",
        "factcheck/checkworthiness_encoder.json",
        "factcheck/matching/ranker_weights_encoder.json",
        "factcheck/migrations/0005_claim_layers_reextraction.py",
    ):
        assert path in names, path
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("METADATA"))).decode()
    assert "Requires-Python: >=3.11\n" in metadata
    assert all(f"Programming Language :: Python :: 3.{minor}" in metadata for minor in (11, 12, 13))


def test_the_installed_wheel_serves_the_workspace_in_production(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO", "DATABASE", "CELERY", "SECRET", "FACTCHECK", "PYTHON"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="factcheck.settings",
        DJANGO_ENV="production",
        SECRET_KEY="a-long-random-production-key-" + "x" * 40,
        ALLOWED_HOSTS="factcheck.example.org",
        SITE_URL="https://factcheck.newsroom.org",
        FACTCHECK_VAR_DIR=str(tmp_path / "var"),
        STATIC_ROOT=str(tmp_path / "static"),
        PYTHONPATH=str(site),  # the wheel first; the dependencies from this environment
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(site=str(site))],
        cwd=tmp_path,  # not the repository: nothing of it is importable
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0 and result.stdout.strip().endswith("ok"), result.stderr[-3000:]
    assert sysconfig.get_paths()["purelib"] not in str(site)
