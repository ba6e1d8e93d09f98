"""The embedded broker: kombu's filesystem transport, with each message whole before a worker can take it.

kombu's filesystem transport (5.x) creates a message's file under its final name and then writes into it.
A worker that lists the folder in between moves the still empty file away, fails to decode it and stops
("Unrecoverable error: JSONDecodeError", celery/kombu#1551): the message is lost and the worker is gone.
This happened in CI, a worker started while another process was queueing. Here a message is written to a
hidden file in the same folder and then renamed to its final name: a rename within a folder is atomic, and
the transport's reader only takes names that end in ``.<queue>.msg``.

``register()`` (called where the Celery app is made) puts it under kombu's ``filesystem`` alias, so the URL
decides as before: ``filesystem://`` is this transport in every process and connection, ``redis://`` is
Redis.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from time import monotonic
from typing import Any

from kombu.exceptions import ChannelError
from kombu.transport import TRANSPORT_ALIASES, filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps

__all__ = ["Channel", "Transport", "register"]


class Channel(filesystem.Channel):
    def _put(self, queue: str, payload: Any, **kwargs: Any) -> None:  # type: ignore[override]
        """Put a message on ``queue``: written in full under a hidden name, then renamed into place."""
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = os.path.join(self.data_folder_out, f".{name}.part")
        try:
            with open(partial, "wb") as handle:
                handle.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.remove(partial)
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc


class Transport(filesystem.Transport):
    Channel = Channel


def register() -> None:
    """Make ``filesystem://`` this transport."""
    TRANSPORT_ALIASES["filesystem"] = f"{__name__}:Transport"
