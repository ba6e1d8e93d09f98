from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

from factcheck.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TEST_QUEUE = "factcheck-tests"


def pytest_configure(config: pytest.Config) -> None:
    # Tests send to their own queue so that a development worker never takes their messages.
    celery_app.conf.task_default_queue = TEST_QUEUE


def pytest_report_header(config: pytest.Config) -> list[str]:
    broker = settings.CELERY_BROKER_URL.split("://", 1)[0]
    return [
        f"factcheck: database vendor {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}, "
        f"Celery broker {broker}://"
    ]


@pytest.fixture(autouse=True)
def _celery_eager(request: pytest.FixtureRequest):
    """Tasks run in-process unless the test asks for a real worker."""
    eager = request.node.get_closest_marker("worker") is None
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = eager
    yield
    celery_app.conf.task_always_eager = previous


def database_url(settings_dict: dict) -> str:
    """The URL of the database the tests use, for a worker process to connect to the same one."""
    engine = settings_dict["ENGINE"]
    if engine.endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    if engine.endswith("postgresql"):
        user = quote(settings_dict.get("USER") or "", safe="")
        password = quote(settings_dict.get("PASSWORD") or "", safe="")
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = settings_dict.get("HOST") or "127.0.0.1"
        port = settings_dict.get("PORT") or 5432
        return f"postgres://{auth}{host}:{port}/{settings_dict['NAME']}"
    raise NotImplementedError(engine)


@contextlib.contextmanager
def celery_broker(url: str, *, transport_options: dict | None = None) -> Iterator[None]:
    """Send this process's tasks for real to ``url`` (the app's pools rebuilt around it), with
    ``transport_options`` in place of the configured ones when given."""
    conf = celery_app.conf
    saved_env = os.environ.get("CELERY_BROKER_URL")
    saved = conf.broker_url, conf.task_always_eager, conf.broker_transport_options
    os.environ["CELERY_BROKER_URL"] = url  # Celery reads it before its own configuration
    conf.broker_url, conf.task_always_eager = url, False
    if transport_options is not None:
        conf.broker_transport_options = transport_options
    celery_app._pool, celery_app.amqp._producer_pool = None, None
    try:
        yield
    finally:
        if saved_env is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = saved_env
        conf.broker_url, conf.task_always_eager, conf.broker_transport_options = saved
        celery_app._pool, celery_app.amqp._producer_pool = None, None


class WorkerProcess:
    """A ``celery worker`` process (with ``-B``, its embedded beat, when asked) on the test database."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def start(
        self,
        *,
        concurrency: int = 1,
        timeout: float = 60,
        env: dict[str, str] | None = None,
        beat: bool = False,
    ) -> WorkerProcess:
        env = {
            **os.environ,
            "DATABASE_URL": database_url(connection.settings_dict),
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "CELERY_QUEUE": TEST_QUEUE,
            **(env or {}),
        }
        # A restarted worker appends to the same log: look for "ready." only in what it writes.
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "factcheck",
                "worker",
                "-Q",
                TEST_QUEUE,
                f"--concurrency={concurrency}",
                "--loglevel=INFO",
                "--without-gossip",
                "--without-mingle",
                *(["-B"] if beat else []),
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        # Started means ready and, where it resumes unfinished imports on start, done resuming: else the
        # resumption could pick up a job the test creates next (say, one whose enqueue is meant to fail).
        resume_setting = env.get("FACTCHECK_RESUME_IMPORTS_ON_WORKER_START", "true")
        resumes = resume_setting.lower().strip() in ("true", "on", "ok", "y", "yes", "1")  # django-environ
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Celery worker exited early:\n{self.log()}")
            written = self.log()[offset:]
            if " ready." in written and (not resumes or _resumed(written)):
                return self
            time.sleep(0.2)
        raise RuntimeError(f"Celery worker not ready after {timeout}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL the worker and its pool children at once: no clean shutdown, no acks."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        """SIGTERM to the worker's process group (its pool and beat too), SIGKILL after 30 s."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def _resumed(worker_log: str) -> bool:
    """Whether the worker's start-up resumption of unfinished imports has run (or failed to be sent)."""
    return any(
        ("import_jobs_resume_task[" in line and (" succeeded " in line or " raised " in line))
        or "Could not queue the resumption" in line
        for line in worker_log.splitlines()
    )


def purge_test_queue() -> None:
    with celery_app.connection_for_write() as conn, contextlib.suppress(Exception):  # no queue yet
        conn.default_channel.queue_purge(TEST_QUEUE)


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path: Path):
    """A real ``celery worker`` process on the configured broker and the test database."""
    purge_test_queue()
    worker = WorkerProcess(tmp_path / "worker.log")
    worker.start()
    yield worker
    worker.stop()


@pytest.fixture(autouse=True)
def _fast_passwords(request: pytest.FixtureRequest) -> None:
    """Factories hash passwords on every user; tests are not about password hashing.

    Skipped when pytest-django is off (``-p no:django``), for the pure extraction tests.
    """
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").PASSWORD_HASHERS = [
            "django.contrib.auth.hashers.MD5PasswordHasher"
        ]


# --- the roles, one set for every test ---------------------------------------------------------------
# Factories need Django set up, so they are imported inside the fixtures: the pure extraction tests run
# without it.


@pytest.fixture
def reviewer(db):
    from tests.factories import member

    return member("rita", "Reviewer", first_name="Rita", last_name="Reviewer")


@pytest.fixture
def other_reviewer(db):
    from tests.factories import member

    return member("oscar", "Reviewer", first_name="Oscar", last_name="Other")


@pytest.fixture
def editor(db):
    from tests.factories import member

    return member("edna", "Editor", first_name="Edna", last_name="Editor")


@pytest.fixture
def second_editor(db):
    """Another editor, to approve what ``editor`` wrote (the four-eyes rule)."""
    from tests.factories import member

    return member("alex", "Editor", first_name="Alex", last_name="Approver")


@pytest.fixture
def superuser(db):
    from tests.factories import member

    return member("root", None, is_superuser=True)


@pytest.fixture
def outsider(db):
    """Logged in, but neither a reviewer nor an editor."""
    from tests.factories import member

    return member("olga", None)


@pytest.fixture
def anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()


ORIGINAL_SEED = SEEDS / "000_afe4df272759aabc.txt"


@pytest.fixture
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the original seed article alone (``seeds/`` also holds a second report of the same
    offensive, for claim matching; tests that want both import ``SEEDS``)."""
    folder = tmp_path_factory.mktemp("seed")
    (folder / ORIGINAL_SEED.name).write_bytes(ORIGINAL_SEED.read_bytes())
    return folder
