"""The README's production walk-through, run as written on PostgreSQL and Redis.

Only what must differ on a shared machine is changed (the database name, the Redis database, the port and
the folders); each change must find its text, so a walk-through edited out of step with this test fails
here. The block starts gunicorn with 2 processes, 2 Celery workers and beat in the background, waits for
``/readyz``, creates an account, imports the sample article through the workers and backs up the
database; then this test checks what a user would see.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PG_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
REDIS_TEST_DB = 14
MARKER = "<!-- production-walkthrough -->"

pytestmark = pytest.mark.worker


def reachable(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def walkthrough() -> str:
    readme = (ROOT / "README.md").read_text()
    assert MARKER in readme, "the README lost its production walk-through"
    block = re.search(r"```sh\n(.*?)```", readme[readme.index(MARKER) :], re.S)
    assert block
    return block.group(1)


def substituted(script: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert old in script, f"the walk-through no longer says {old!r}: update this test with it"
        script = script.replace(old, new)
    return script


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(_NoRedirect)


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """One GET, redirects not followed."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def services_available():
    missing = [name for name, port in (("PostgreSQL", 5432), ("Redis", 6379)) if not reachable(port)]
    if missing:
        reason = f"the walk-through needs {' and '.join(missing)} on 127.0.0.1"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    if not (ROOT / ".venv" / "bin" / "python").exists():
        pytest.skip("the walk-through runs the clone's .venv (make install)")


@pytest.fixture
def redis_database_alone() -> Iterator[None]:
    """One walk-through at a time on a machine: it holds Redis database 14, and CI runs the SQLite and
    the PostgreSQL suites side by side."""
    with open("/tmp/factcheck-walkthrough.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@pytest.fixture
def scratch_database():
    import psycopg

    name = f"factcheck_walkthrough_{os.getpid()}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    yield name
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_readme_production_walkthrough_runs_as_written(
    services_available, redis_database_alone, scratch_database, tmp_path
):
    import psycopg
    import redis

    redis.Redis(db=REDIS_TEST_DB).flushdb()
    port = free_port()
    srv = tmp_path / "srv"
    srv.mkdir()
    script = substituted(
        walkthrough(),
        {
            "5432/factcheck": f"5432/{scratch_database}",
            "-U postgres factcheck ": f"-U postgres {scratch_database} ",
            "-Fc factcheck ": f"-Fc {scratch_database} ",
            "6379/0": f"6379/{REDIS_TEST_DB}",
            "0.0.0.0:8000": f"127.0.0.1:{port}",
            "127.0.0.1:8000": f"127.0.0.1:{port}",
            "/srv/factcheck": str(srv),
        },
    )
    # Nothing of the test run's own configuration leaks in: the block's exports are all it has.
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO", "DATABASE", "CELERY", "SECRET", "FACTCHECK", "ALLOWED", "STATIC"))
    }
    log_path = tmp_path / "walkthrough.log"
    with log_path.open("wb") as log:
        shell = subprocess.Popen(
            ["bash", "-e", "-c", script],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        try:
            returncode = shell.wait(timeout=400)
        except subprocess.TimeoutExpired:
            returncode = None
        output = log_path.read_text(errors="replace")
        assert returncode == 0, output[-5000:]
        seeds = len(list((ROOT / "seeds").glob("*.txt")))
        assert re.search(rf"Import job #\d+ succeeded: {seeds} imported", output), output[-3000:]

        base = f"http://127.0.0.1:{port}"
        status, body = get(f"{base}/readyz")
        assert status == 200 and json.loads(body)["status"] == "ok", body
        proxy = {"Host": "factcheck.example.org", "X-Forwarded-Proto": "https"}
        status, body = get(f"{base}/admin/login/?next=/review/", proxy)
        assert status == 200 and b'name="password"' in body
        status, body = get(f"{base}/static/workspace/workspace.js", proxy)
        assert status == 200 and b"htmx" in body
        status, _ = get(f"{base}/review/", {"Host": "factcheck.example.org"})
        assert status == 301, "plain HTTP from outside the proxy is sent to HTTPS"

        with psycopg.connect(f"postgres://postgres@127.0.0.1:5432/{scratch_database}") as conn:
            articles = conn.execute("SELECT count(*) FROM factcheck_article").fetchone()
            jobs = conn.execute("SELECT status, imported_count FROM factcheck_importjob").fetchall()
            workers = conn.execute(
                "SELECT hostname FROM factcheck_workerheartbeat ORDER BY hostname"
            ).fetchall()
            admins = conn.execute("SELECT count(*) FROM auth_user WHERE is_superuser").fetchone()
        assert articles == (seeds,)
        assert jobs == [("succeeded", seeds)]
        assert [h.split("@")[0] for (h,) in workers] == ["worker1", "worker2"]
        assert admins == (1,)
        assert (srv / "backup.dump").stat().st_size > 10_000
        assert (srv / "static" / "workspace" / "workspace.js").exists()
        assert "Traceback" not in output, output[-5000:]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(shell.pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and _group_alive(shell.pid):
            time.sleep(0.2)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(shell.pid, signal.SIGKILL)
        shell.wait(timeout=10)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True
