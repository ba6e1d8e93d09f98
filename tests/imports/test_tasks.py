"""The import tasks keep the names they were queued under before they moved, and workers find them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from factcheck.imports import tasks

ROOT = Path(__file__).resolve().parents[2]
NAMES = {
    "factcheck.tasks.import_job_run_task",
    "factcheck.tasks.import_chunk_task",
    "factcheck.tasks.import_jobs_resume_task",
}


def test_tasks_keep_their_names_from_before_the_move():
    moved = (tasks.import_job_run_task, tasks.import_chunk_task, tasks.import_jobs_resume_task)
    assert {task.name for task in moved} == NAMES


def test_a_worker_process_registers_the_import_tasks():
    """What ``celery worker`` does at start (import the default modules, autodiscovered tasks among
    them), in a fresh process where nothing has imported ``factcheck.imports.tasks`` yet."""
    code = (
        "import sys, json, django; django.setup()\n"
        "from factcheck.celery import app\n"
        "before = 'factcheck.imports.tasks' in sys.modules\n"
        "app.loader.import_default_modules()\n"
        "print(json.dumps({'before': before, 'tasks': sorted(app.tasks)}))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["before"] is False, "the check would prove nothing if setup already imported the tasks"
    assert set(report["tasks"]) >= NAMES
