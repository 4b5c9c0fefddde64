"""Background work: Django's tasks framework, one convention, one retry policy.

Work that must not hold up a page (emails, cache purges, picture renditions)
runs in a task worker (`manage.py db_worker`), recorded in the database, so it
survives a restart of the web or worker processes. docs/tasks.md is the guide;
the convention in short:

- A task lives in its app's `tasks.py` and is a module-level function
  decorated with `task` imported from `django_tasks` (Django 6:
  `django.tasks`, the same name and signature).
- Its arguments are plain data (ids, strings, numbers): never model
  instances. It loads what it needs and copes with rows deleted meanwhile.
- The view or admin that starts the work enqueues it once the transaction
  commits: `transaction.on_commit(partial(tasks.notify_moderators.enqueue,
  comment_id=pk))`. The task calls the app's services; services never import
  tasks, so the two never import each other.
- It raises when it fails. Every task is then retried by `retry_failed_task`
  below, with growing delays, until it has run TASKS_MAX_ATTEMPTS times; after
  that it is kept as failed with its traceback, for a superuser to see and
  retry in the admin (Task Results).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from . import purge

logger = logging.getLogger(__name__)

# A task still marked running after this long lost its worker (killed with
# SIGKILL, or its machine died): a superuser may queue it again.
RUNNING_TOO_LONG = timedelta(hours=1)


def retry_delay(attempts):
    """How long a task waits after its `attempts`-th failed attempt."""
    return timedelta(seconds=settings.TASKS_RETRY_DELAY * 2 ** (attempts - 1))


def retry_failed_task(sender, task_result, **kwargs):
    """Queue a task that just failed to run again later, if it has attempts left.

    Receives `task_finished` for every task. Only tasks stored in the database
    can wait for a later attempt; the immediate backend used in tests ends at
    the first failure.
    """
    if task_result.status != TaskResultStatus.FAILED or not issubclass(
        sender, DatabaseBackend
    ):
        return
    # The worker logs every failed attempt as "state=FAILED": say which ones
    # will run again, so the log does not read as a lost email or purge.
    attempts, most = task_result.attempts, settings.TASKS_MAX_ATTEMPTS
    if attempts < most:
        delay = retry_delay(attempts)
        requeue_tasks(
            results=DBTaskResult.objects.filter(pk=task_result.id), delay=delay
        )
        logger.warning(
            "Task id=%s path=%s failed (attempt %d of %d): trying again in %d s",
            task_result.id,
            task_result.task.module_path,
            attempts,
            most,
            delay.total_seconds(),
        )
    else:
        logger.error(
            "Task id=%s path=%s failed (attempt %d of %d): kept as failed; a "
            "superuser can retry it in the admin (Task Results)",
            task_result.id,
            task_result.task.module_path,
            attempts,
            most,
        )


def lost_q():
    """Tasks lost with their worker: marked running for over RUNNING_TOO_LONG."""
    return Q(
        status=TaskResultStatus.RUNNING,
        started_at__lt=timezone.now() - RUNNING_TOO_LONG,
    )


def requeue_tasks(*, results, delay=timedelta(0)):
    """Queue again the failed or lost tasks among `results`, to run `delay` from now.

    `results` is a DBTaskResult queryset. A task keeps its last error until an
    attempt succeeds. One UPDATE; returns how many.
    """
    return results.filter(Q(status=TaskResultStatus.FAILED) | lost_q()).update(
        status=TaskResultStatus.READY,
        run_after=timezone.now() + delay,
        finished_at=None,
    )


# Purges go before any waiting email or bulk decision: a worker held up by a
# mail server that answers late (up to EMAIL_TIMEOUT an attempt, and emails
# due for another attempt come before new tasks) kept every edit stale in the
# cache in front meanwhile.
PURGE_PRIORITY = 10


@task(priority=PURGE_PRIORITY)
def purge_shared_cache(keys):
    """Tell every shared cache in front that the pages carrying `keys` are stale.

    Raises when a cache could not be reached: the task is retried. Purging a
    key twice is harmless, so a retry after one of two caches failed may purge
    the other again.
    """
    for backend in purge.backends():
        backend.purge(keys)
