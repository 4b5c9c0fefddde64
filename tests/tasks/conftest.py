import pytest
from django_tasks_db.management.commands.db_worker import Worker


@pytest.fixture
def database_tasks(settings):
    """Tasks stored in the database, as in production, instead of run at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def run_worker(database_tasks):
    """Run the real database worker in this process until no task is due."""

    def run():
        Worker(
            queue_names=["default"],
            excluded_queue_names=[],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
        ).run()

    return run
