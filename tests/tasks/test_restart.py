"""A task queued while a worker is killed runs when the next worker starts.

Real `manage.py db_worker` processes share an SQLite file, as workers on
several machines share the production database.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from django.conf import settings
from django_tasks_db.models import DBTaskResult

MANAGE = [sys.executable, str(settings.BASE_DIR / "manage.py")]


def manage(*args, env):
    return subprocess.run(
        [*MANAGE, *args],
        env=env,
        cwd=settings.BASE_DIR,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )


def wait_for(condition, seconds=60):
    """Poll until `condition()` holds; fail (not time) the test if it never does."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.05)


def statuses(db):
    with sqlite3.connect(db) as connection:
        return dict(
            connection.execute(
                f"SELECT task_path, status FROM {DBTaskResult._meta.db_table}"
            ).fetchall()
        )


def test_a_task_queued_before_its_worker_is_killed_runs_in_the_next_worker(
    tmp_path,
):
    db = tmp_path / "tasks.sqlite3"
    started, done = tmp_path / "started", tmp_path / "done"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{db}", "DEBUG": "1"}
    env.pop("REDIS_URL", None)
    manage("migrate", "--noinput", env=env)
    # Two tasks wait: `hold` (taken first) keeps the first worker busy, and
    # `record` waits behind it.
    manage(
        "shell",
        "-c",
        "from tests.tasks.jobs import hold, record; "
        f"hold.using(priority=1).enqueue({str(started)!r}); "
        f"record.enqueue({str(done)!r}, 'ran')",
        env=env,
    )
    worker_args = [*MANAGE, "db_worker", "--no-reload", "--no-startup-delay"]

    first = subprocess.Popen(
        [*worker_args, "--interval", "0.1"],
        env=env,
        cwd=settings.BASE_DIR,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(started.exists)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    assert statuses(db) == {
        "tests.tasks.jobs.hold": "RUNNING",
        "tests.tasks.jobs.record": "READY",
    }
    assert not done.exists()

    manage("db_worker", "--no-reload", "--no-startup-delay", "--batch", env=env)

    assert done.read_text() == "ran"
    assert statuses(db)["tests.tasks.jobs.record"] == "SUCCESSFUL"
