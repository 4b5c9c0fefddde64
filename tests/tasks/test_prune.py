"""Old finished tasks are deleted by the daily prune command (docs/tasks.md)."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.factories import TaskResultFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("database_tasks")]


def test_prune_deletes_old_finished_tasks_and_keeps_failures_longer():
    now = timezone.now()
    old_success = TaskResultFactory(
        status="SUCCESSFUL", finished_at=now - timedelta(days=15)
    )
    recent_success = TaskResultFactory(
        status="SUCCESSFUL", finished_at=now - timedelta(days=13)
    )
    month_old_failure = TaskResultFactory(finished_at=now - timedelta(days=30))
    old_failure = TaskResultFactory(finished_at=now - timedelta(days=91))
    waiting = TaskResultFactory(status="READY", finished_at=None)
    waiting.enqueued_at = now - timedelta(days=100)
    waiting.save()

    # The command and options docs/tasks.md tells cron to run daily.
    call_command(
        "prune_db_task_results",
        "--queue-name=*",
        "--min-age-days=14",
        "--failed-min-age-days=90",
        verbosity=0,
    )

    kept = set(DBTaskResult.objects.values_list("pk", flat=True))
    assert kept == {recent_success.pk, month_old_failure.pk, waiting.pk}
    assert old_success.pk not in kept and old_failure.pk not in kept
