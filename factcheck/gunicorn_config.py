"""gunicorn settings the app ships (``gunicorn factcheck.wsgi -c python:factcheck.gunicorn_config``);
the command line (``Procfile.production``) still sets the address, the workers and the logs."""

from __future__ import annotations

import gc


def post_worker_init(worker) -> None:
    """The objects made while loading the app live as long as the worker: freeze them out of the garbage
    collector's scans, which otherwise walk them again and again (``bench/web_load.py``'s profile: 6 ms of
    collection in a claims-list request, under 4 ms frozen)."""
    gc.freeze()
