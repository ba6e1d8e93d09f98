"""The production web process: gunicorn (``Procfile.production``) in production mode serves the workspace,
its static files through whitenoise and the probes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_gunicorn_serves_the_app_in_production_mode(tmp_path):
    procfile = (ROOT / "Procfile.production").read_text()
    assert re.search(r"^web: gunicorn factcheck\.wsgi ", procfile, re.M)
    assert re.search(r"^worker: celery -A factcheck worker ", procfile, re.M)
    assert re.search(r"^beat: celery -A factcheck beat ", procfile, re.M)
    port = free_port()
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "DATABASE", "CELERY", "SECRET"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="factcheck.settings",
        DJANGO_ENV="production",
        SECRET_KEY="a-long-random-production-key-" + "y" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",  # no TLS-terminating proxy in front here
        FACTCHECK_VAR_DIR=str(tmp_path / "var"),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    python = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v", "0"], ["collectstatic", "--noinput", "-v", "0"]):
        subprocess.run([*python, *command], env=env, cwd=ROOT, check=True, timeout=300)
    server = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "factcheck.wsgi", "-c", "python:factcheck.gunicorn_config"),
            *("--bind", f"127.0.0.1:{port}", "--workers", "2"),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = get(f"{base}/healthz")
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.2)
        assert (status, body) == (200, b'{"status": "ok"}')
        status, body = get(f"{base}/admin/login/?next=/review/")
        assert status == 200 and b'name="password"' in body
        status, body = get(f"{base}/static/workspace/workspace.js")
        assert status == 200 and b"htmx" in body
        status, _ = get(f"{base}/readyz")
        assert status == 503  # no worker in this test: the probe says so
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0].decode()
    assert "Booting worker" in output and "Traceback" not in output, output[-3000:]


def test_a_gunicorn_worker_freezes_what_loading_the_app_made():
    import gc

    from factcheck.gunicorn_config import post_worker_init

    gc.unfreeze()
    try:
        post_worker_init(worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
