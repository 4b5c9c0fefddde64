"""The moderators' email as a stored task, run by the real database worker.

Transactional tests: the worker commits its own transactions, as it does in
production.
"""

from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from comments.models import Comment
from tests.comments.conftest import comment_data, post_url
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _comment_settings(settings):
    settings.COMMENTS_MIN_FILL_SECONDS = 0
    settings.COMMENTS_MODERATOR_EMAILS = ["desk@example.com"]


def post(client, article, text="I disagree with the second point."):
    """A reader's comment, sent through the article's form."""
    response = client.post(post_url(article), comment_data(article, text=text))
    assert response.status_code == 302
    return Comment.objects.get(text=text)


def test_the_form_queues_the_email_and_sends_nothing_itself(client, run_worker):
    comment = post(client, ArticleFactory())

    queued = DBTaskResult.objects.get()
    assert queued.status == TaskResultStatus.READY
    assert queued.task_path == "comments.tasks.notify_moderators"
    assert queued.args_kwargs == {"args": [], "kwargs": {"comment_id": comment.pk}}
    assert mail.outbox == []  # the web request sent nothing itself


def test_a_comment_approved_at_once_queues_no_email(client, settings, run_worker):
    settings.COMMENTS_AUTO_APPROVE_KNOWN = True
    article = ArticleFactory()
    post(client, article, text="First words.")
    Comment.objects.update(status=Comment.Status.APPROVED)  # a known reader now
    DBTaskResult.objects.all().delete()

    comment = post(client, article, text="Known reader, approved at once.")

    assert comment.status == Comment.Status.APPROVED
    assert not DBTaskResult.objects.exists()


def test_the_worker_delivers_the_moderators_email(client, run_worker):
    article = ArticleFactory(title="On budget rules")
    client.post(post_url(article), comment_data(article, text="Worth reading."))
    comment = Comment.objects.get()

    run_worker()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["desk@example.com"]
    assert "On budget rules" in message.subject
    assert f"/admin/comments/comment/{comment.pk}/change/" in message.body
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL


def test_a_failing_mail_server_is_retried_with_back_off_then_kept_as_failed(
    client, settings, mail_server_down, run_worker, time_machine, admin_client
):
    settings.TASKS_MAX_ATTEMPTS = 3
    settings.TASKS_RETRY_DELAY = 30
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    time_machine.move_to(start, tick=False)
    post(client, ArticleFactory())

    run_worker()  # first attempt: refused, due again in 30 s
    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.READY
    assert len(task.worker_ids) == 1
    assert task.run_after == start + timedelta(seconds=30)
    assert "ConnectionRefusedError" in task.traceback  # the last error, kept

    time_machine.shift(timedelta(seconds=29))
    run_worker()  # not due yet
    task.refresh_from_db()
    assert len(task.worker_ids) == 1

    time_machine.shift(timedelta(seconds=1))
    run_worker()  # second attempt, then twice the wait
    task.refresh_from_db()
    assert (task.status, len(task.worker_ids)) == (TaskResultStatus.READY, 2)
    assert task.run_after == start + timedelta(seconds=30 + 60)

    time_machine.shift(timedelta(seconds=60))
    run_worker()  # third and last attempt
    time_machine.shift(timedelta(days=1))
    run_worker()  # nothing left to try
    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert len(task.worker_ids) == 3
    assert task.exception_class_path == "builtins.ConnectionRefusedError"
    assert "smtplib" in task.traceback
    assert mail.outbox == []

    # The mail server is back; a superuser retries the task from the admin.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    admin_client.post(
        "/admin/django_tasks_database/dbtaskresult/",
        {"action": "retry", "_selected_action": [task.pk]},
    )
    run_worker()
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL
    assert task.traceback == ""
    assert len(mail.outbox) == 1


def test_the_log_says_whether_a_failed_task_runs_again(
    client, settings, mail_server_down, run_worker, time_machine, caplog
):
    """The worker logs each failed attempt as "state=FAILED"; the retry policy
    says what follows, so an operator does not take the email for lost."""
    settings.TASKS_MAX_ATTEMPTS = 2
    settings.TASKS_RETRY_DELAY = 30
    time_machine.move_to(datetime(2026, 3, 2, 9, 0, tzinfo=UTC), tick=False)
    post(client, ArticleFactory())
    caplog.set_level("WARNING", logger="thinktank.tasks")

    run_worker()
    assert (
        "path=comments.tasks.notify_moderators failed (attempt 1 of 2): "
        "trying again in 30 s"
    ) in caplog.text

    caplog.clear()
    time_machine.shift(timedelta(seconds=30))
    run_worker()
    assert "failed (attempt 2 of 2): kept as failed" in caplog.text
    assert "retry it in the admin" in caplog.text
