"""A Redis server of the test's own (started, killed and restarted by the test), and the helpers to point
the cache, the Celery app and worker processes at it. Tests needing it are skipped with the reason when
``redis-server`` is not installed, and fail instead under ``CI=true`` (CI installs it)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.celery import app as celery_app
from tests.conftest import ROOT, TEST_QUEUE, database_url

# Redis transport options for fast redelivery: what a killed worker held comes back in seconds.
FAST_REDELIVERY_OPTIONS = {
    "visibility_timeout": 4,
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 1,
}
FAST_REDELIVERY_ENV = {
    "CELERY_VISIBILITY_TIMEOUT": "4",
    "CELERY_UNACKED_RESTORE_INTERVAL": "1",
    "CELERY_UNACKED_RESTORE_THROTTLE": "1",
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """``redis-server`` on a free port of 127.0.0.1, without persistence (a restart forgets everything)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.process: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self, timeout: float = 15) -> None:
        log = (self.folder / "redis.log").open("ab")
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", str(self.folder)]
        self.process = subprocess.Popen(
            command,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 0.5) as conn,
            ):
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.05)
        raise RuntimeError(f"redis-server did not answer on port {self.port} within {timeout}s")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    if shutil.which("redis-server") is None:
        message = "redis-server is not installed (apt-get install redis-server); these are Redis fault tests"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path / "redis"
    folder.mkdir()
    server = RedisServer(folder)
    server.start()
    yield server
    server.kill()


@contextlib.contextmanager
def celery_broker(url: str, **transport_options) -> Iterator[None]:
    """Send this process's tasks for real to ``url`` (the app's pools rebuilt around it)."""
    conf = celery_app.conf
    saved_env = os.environ.get("CELERY_BROKER_URL")
    saved = conf.broker_url, conf.task_always_eager, conf.broker_transport_options
    os.environ["CELERY_BROKER_URL"] = url  # Celery reads it before its own configuration
    conf.broker_url, conf.task_always_eager = url, False
    conf.broker_transport_options = {"socket_connect_timeout": 2, "socket_timeout": 5, **transport_options}
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


class Worker:
    """A ``celery worker`` process (with ``-B``, its embedded beat, when asked) on the test database."""

    def __init__(
        self, log_path: Path, broker_url: str, *, beat: bool = False, env: dict | None = None
    ) -> None:
        from django.db import connection

        self.log_path = log_path
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url(connection.settings_dict),
            "CELERY_BROKER_URL": broker_url,
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "CELERY_QUEUE": TEST_QUEUE,
            "FACTCHECK_RESUME_IMPORTS_ON_WORKER_START": "false",
            "FACTCHECK_VAR_DIR": str(log_path.parent / "worker-var"),
            **(env or {}),
        }
        self.beat = beat
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 60) -> Worker:
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        command = [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "-Q", TEST_QUEUE]
        command += ["--concurrency=1", "--loglevel=INFO", "--without-gossip", "--without-mingle"]
        if self.beat:
            command.append("-B")
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdout=self.log_path.open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the worker exited early:\n{self.log()}")
            if " ready." in self.log()[offset:]:
                return self
            time.sleep(0.2)
        raise RuntimeError(f"the worker was not ready after {timeout}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_for(predicate, *, timeout: float, what: str, worker: Worker | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    log = worker.log()[-5000:] if worker else ""
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{log}")
