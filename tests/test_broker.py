"""The embedded broker (``factcheck.broker``): a message is never visible to a worker before it is whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from kombu import Connection
from kombu.exceptions import ChannelError

from factcheck import broker
from tests.test_settings import run_python


def _connection(folder: Path) -> Connection:
    (folder / "control").mkdir(exist_ok=True)
    options = {
        "data_folder_in": str(folder),
        "data_folder_out": str(folder),
        "control_folder": str(folder / "control"),
        "store_processed": False,
    }
    return Connection("filesystem://localhost/", transport=broker.Transport, transport_options=options)


def test_a_message_is_renamed_into_place_only_once_written(tmp_path, monkeypatch):
    """kombu's own transport created the file under its final name and then wrote it: a worker listing the
    folder in between took an empty message and stopped (celery/kombu#1551)."""
    seen_while_writing: list[list[str]] = []
    real_replace = os.replace

    def replace(source: str, target: str) -> None:
        seen_while_writing.append(sorted(os.listdir(tmp_path)))
        assert Path(source).read_bytes(), "renamed before it was written"
        real_replace(source, target)

    monkeypatch.setattr(broker.os, "replace", replace)
    with _connection(tmp_path) as connection:
        queue = connection.SimpleQueue("jobs")
        queue.put({"article": 7})
        [listing] = seen_while_writing
        # what a worker's listing finds before the rename: no message of the queue, only the hidden part
        assert not [name for name in listing if name.partition(".")[2] == "jobs.msg"]
        assert [name for name in listing if name.startswith(".") and name.endswith(".part")]
        message = queue.get(timeout=1)
        assert message.payload == {"article": 7}
        message.ack()
        queue.close()
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".part")]


def test_a_write_that_fails_leaves_no_part_and_says_so(tmp_path, monkeypatch):
    def replace(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(broker.os, "replace", replace)
    with _connection(tmp_path) as connection:
        # a queue of its own: kombu remembers, per process, the queues its virtual transports declared
        queue = connection.SimpleQueue("refused")
        with pytest.raises(ChannelError, match="Cannot add file"):
            queue.put({"article": 7})
        queue.close()
    assert not [name for name in os.listdir(tmp_path) if name.endswith((".part", ".msg"))]
    assert os.listdir(tmp_path) == ["control"]


def test_the_default_broker_uses_it_and_a_real_broker_does_not(tmp_path):
    code = (
        "import django\ndjango.setup()\nfrom factcheck.celery import app\n"
        "print(type(app.connection_for_write().transport))"
    )
    default = run_python(code, {}, tmp_path)
    assert default.returncode == 0, default.stderr
    assert default.stdout.strip() == "<class 'factcheck.broker.Transport'>"
    redis = run_python(code, {"CELERY_BROKER_URL": "redis://127.0.0.1:6379/0"}, tmp_path)
    assert redis.returncode == 0, redis.stderr
    assert redis.stdout.strip() == "<class 'kombu.transport.redis.Transport'>"
