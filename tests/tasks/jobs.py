"""Tasks that exist for tests/tasks/test_restart.py, run by worker processes."""

import time
from pathlib import Path

from django_tasks import task


@task
def hold(started_path):
    """Mark that a worker took this task, then keep that worker busy."""
    Path(started_path).touch()
    time.sleep(300)  # the test kills the worker long before this ends


@task
def record(path, text):
    """Write `text` to `path`."""
    Path(path).write_text(text)
