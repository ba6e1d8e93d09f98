"""The Celery app: configured from Django settings (``CELERY_*``), tasks autodiscovered."""

import os
from pathlib import Path

from celery import Celery

from factcheck import broker

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
# ``filesystem://`` (the embedded default) is kombu's transport with each message written whole first.
broker.register()

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
# ``<app>.tasks`` of every app, and the import, matching and re-extraction tasks (in their packages).
app.autodiscover_tasks()
app.autodiscover_tasks(["factcheck.imports", "factcheck.matching", "factcheck.reextraction"])


def _add_heartbeat(app: Celery) -> None:
    """Each worker records itself as seen (``/readyz`` wants a worker; the broker cannot tell)."""
    from factcheck.health.worker import Heartbeat

    app.steps["worker"].add(Heartbeat)


_add_heartbeat(app)


def _carry_request_ids() -> None:
    """The id of the request that queued a task goes with it into the worker's log records."""
    from celery.signals import before_task_publish, task_postrun, task_prerun

    from factcheck.log import task_finished, task_publish_headers, task_started

    before_task_publish.connect(task_publish_headers, weak=False)
    task_prerun.connect(task_started, weak=False)
    task_postrun.connect(task_finished, weak=False)


_carry_request_ids()


@app.on_after_configure.connect
def _create_filesystem_broker_folders(sender: Celery, **kwargs) -> None:
    """The filesystem transport expects its folders to exist before the first message."""
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)
