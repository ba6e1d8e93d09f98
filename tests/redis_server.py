"""A Redis server of the test's own (started, killed and restarted by the test), and the helpers to point
the cache, the Celery app and worker processes at it. Tests needing it are skipped with the reason when
``redis-server`` is not installed, and fail instead under ``CI=true`` (CI installs it)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import conftest
from tests.conftest import WorkerProcess

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


def celery_broker(url: str, **transport_options) -> contextlib.AbstractContextManager[None]:
    """``tests.conftest.celery_broker`` with short socket timeouts: a killed server fails sends fast."""
    options = {"socket_connect_timeout": 2, "socket_timeout": 5, **transport_options}
    return conftest.celery_broker(url, transport_options=options)


def started_worker(
    log_path: Path, broker_url: str, *, beat: bool = False, env: dict | None = None
) -> WorkerProcess:
    """A started worker on ``broker_url`` that does not resume imports on start (the tests drive that)."""
    return WorkerProcess(log_path).start(
        beat=beat,
        env={
            "CELERY_BROKER_URL": broker_url,
            "FACTCHECK_RESUME_IMPORTS_ON_WORKER_START": "false",
            "FACTCHECK_VAR_DIR": str(log_path.parent / "worker-var"),
            **(env or {}),
        },
    )


def wait_for(predicate, *, timeout: float, what: str, worker: WorkerProcess | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    log = worker.log()[-5000:] if worker else ""
    raise AssertionError(f"timed out after {timeout}s waiting for {what}\n{log}")
