"""``make run``'s processes (``manage.py run_dev``) stop cleanly on Ctrl-C typed at a terminal: the
program that started them (make, here a Python parent that would die of the same SIGINT) sees exit status 0,
nothing is logged as an error, and the web server and the worker are gone."""

from __future__ import annotations

import os
import pty
import select
import socket
import sys
import time
import urllib.request

import pytest
from django.db import connection

from tests.conftest import ROOT, TEST_QUEUE, database_url

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

# The parent prints what it saw; on a SIGINT of its own it would die with a KeyboardInterrupt traceback.
PARENT = "import subprocess, sys; code = subprocess.call(sys.argv[1:]); print('parent saw', code, flush=True)"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Terminal:
    """A program on a pseudo-terminal, as a person at a terminal runs it."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: becomes the terminal's session
            os.chdir(ROOT)
            os.execve(argv[0], argv, env)
        self.output = ""

    def read(self, until: float) -> bool:
        """Read what is there until ``until``; False once the program has closed the terminal."""
        while time.monotonic() < until:
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # EIO: every process on the terminal has gone
                return False
            if not data:
                return False
            self.output += data.decode(errors="replace")
        return True

    def wait_for(self, predicate, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            self.read(time.monotonic() + 0.5)
        raise AssertionError(f"timed out waiting for {what}\n{self.output[-4000:]}")


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def test_ctrl_c_at_the_terminal_stops_web_and_worker_cleanly_with_status_0(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url(connection.settings_dict),
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "CELERY_QUEUE": TEST_QUEUE,
        "FACTCHECK_VAR_DIR": str(tmp_path),  # beat's schedule file
        "PYTHONUNBUFFERED": "1",
    }
    command = [sys.executable, "manage.py", "run_dev", "--addr", f"127.0.0.1:{port}", "--concurrency", "1"]
    terminal = Terminal([sys.executable, "-c", PARENT, *command], env)
    health = f"http://127.0.0.1:{port}/healthz"
    try:
        terminal.wait_for(lambda: " ready." in terminal.output and answers(health), 90, "web and worker")

        os.write(terminal.fd, b"\x03")  # Ctrl-C typed at the terminal
        terminal.read(time.monotonic() + 60)
    finally:
        _, status = os.waitpid(terminal.pid, 0)
        os.close(terminal.fd)

    output = terminal.output
    assert os.waitstatus_to_exitcode(status) == 0, output[-4000:]
    assert "parent saw 0" in output, output[-4000:]
    assert "Warm shutdown" in output and "Stopped." in output
    for trouble in ("ERROR", "Traceback", "KeyboardInterrupt", "exited with"):
        assert trouble not in output, output[-4000:]
    assert not answers(health)
