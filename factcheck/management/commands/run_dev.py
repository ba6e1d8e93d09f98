"""``make run``'s processes: Django's development server and a Celery worker with its beat, side by side,
their output prefixed with their names; Ctrl-C stops both cleanly and exits 0.

Why not honcho (which ``make serve`` still uses): on Ctrl-C the terminal sends SIGINT to every process of
its foreground group, the worker's pool children included, so they died mid-shutdown ("Process
'ForkPoolWorker-2' exited with signal 15" logged as errors), honcho exited 130 and make reported an error.
Here each child runs in a session of its own, so only this command hears Ctrl-C; it asks the server and
the worker's main process to stop (the worker stops its own pool), waits for them, and exits 0. When
standard input is a terminal, this command also becomes the terminal's foreground group while it runs,
so that make (which would otherwise receive the same SIGINT and report it) sees a clean exit.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import IO

from django.core.management.base import BaseCommand

STOP_TIMEOUT = 20.0  # seconds a process gets to stop before it is killed


def dev_processes(*, addr: str, concurrency: str) -> dict[str, list[str]]:
    """The development processes: the web server, and a worker that also runs beat (the periodic sweeps
    and feed polls of ``CELERY_BEAT_SCHEDULE``)."""
    python = sys.executable
    return {
        "web": [python, "manage.py", "runserver", addr, "--noreload"],
        "worker": [
            python,
            "-m",
            "celery",
            "-A",
            "factcheck",
            "worker",
            "-B",
            "--loglevel=INFO",
            f"--concurrency={concurrency}",
        ],
    }


class Command(BaseCommand):
    help = "Run the development web server and a Celery worker (with beat) until Ctrl-C."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:8000", help="Where the web server listens.")
        parser.add_argument("--concurrency", default=os.environ.get("CELERY_CONCURRENCY", "2"))

    def handle(self, *args, addr: str, concurrency: str, **options) -> None:
        processes = dev_processes(addr=addr, concurrency=concurrency)
        stop = threading.Event()
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        with _foreground_of_the_terminal():
            children = {name: _start(command) for name, command in processes.items()}
            width = max(map(len, children))
            printers = [
                threading.Thread(target=_relay, args=(name.ljust(width), child.stdout), daemon=True)
                for name, child in children.items()
            ]
            for printer in printers:
                printer.start()
            while not stop.is_set():
                if any(child.poll() is not None for child in children.values()):
                    break  # one of them ended on its own: stop the other too
                stop.wait(0.5)
            failed = [name for name, child in children.items() if child.poll() not in (None, 0)]
            self.stdout.write("Stopping the web server and the worker…")
            for child in children.values():
                _stop(child)
            for printer in printers:
                printer.join(timeout=2)
        if failed and not stop.is_set():
            self.stderr.write(f"{', '.join(failed)} stopped on its own; see its output above.")
            sys.exit(1)
        self.stdout.write("Stopped.")


def _start(command: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # out of the terminal's group: Ctrl-C reaches this command alone
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _relay(name: str, stream: IO[bytes] | None) -> None:
    if stream is None:
        return
    for line in iter(stream.readline, b""):
        sys.stdout.write(f"{name} | {line.decode(errors='replace')}")
        sys.stdout.flush()


def _stop(child: subprocess.Popen) -> None:
    """SIGTERM to the process itself (a Celery worker then shuts its pool down warmly), then wait."""
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()


@contextlib.contextmanager
def _foreground_of_the_terminal() -> Iterator[None]:
    """Make this process's own group the terminal's foreground group while it runs, then give it back."""
    try:
        terminal = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        yield  # no terminal (CI, a test, a pipe): signals come from whoever started us
        return
    try:
        previous = os.tcgetpgrp(terminal)
        old_ttou = signal.signal(signal.SIGTTOU, signal.SIG_IGN)  # a background group may not set it
        os.setpgid(0, 0)
        os.tcsetpgrp(terminal, os.getpgrp())
    except OSError:
        os.close(terminal)
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.tcsetpgrp(terminal, previous)
        signal.signal(signal.SIGTTOU, old_ttou)
        os.close(terminal)
