"""Superusers see background tasks in the admin and can retry failed ones."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.factories import TaskResultFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("database_tasks")]

CHANGELIST = "/admin/django_tasks_database/dbtaskresult/"


def retry(client, *tasks):
    return client.post(
        CHANGELIST,
        {"action": "retry", "_selected_action": [task.pk for task in tasks]},
        follow=True,
    )


def test_the_list_counts_tasks_by_state_and_names_each_failure(
    admin_client, django_assert_max_num_queries
):
    TaskResultFactory.create_batch(2)
    TaskResultFactory.create_batch(3, status="SUCCESSFUL", exception_class_path="")
    # Waiting for its next attempt: it shows the error of the last one.
    TaskResultFactory(status="READY", finished_at=None)

    # session, user, the counts by state, the list's count, its rows
    with django_assert_max_num_queries(5, info="tasks changelist"):
        response = admin_client.get(CHANGELIST)

    assert response.status_code == 200
    counts = dict(response.context["task_counts"])
    assert counts == {
        TaskResultStatus.READY: 1,
        TaskResultStatus.RUNNING: 0,
        TaskResultStatus.FAILED: 2,
        TaskResultStatus.SUCCESSFUL: 3,
    }
    html = response.content.decode()
    assert 'href="?status__exact=FAILED">Failed</a></th>\n            <td>2' in html
    assert html.count('<td class="field-last_error">ConnectionRefusedError') == 3
    assert html.count('<td class="field-attempts">3</td>') == 6


def test_a_failed_task_shows_its_traceback_escaped(admin_client):
    task = TaskResultFactory()

    response = admin_client.get(f"{CHANGELIST}{task.pk}/change/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "ConnectionRefusedError: [Errno 111] Connection refused" in html
    assert "&lt;mail@example&gt;" in html
    assert "<mail@example>" not in html


def test_retry_queues_failed_and_lost_tasks_but_not_others(admin_client):
    failed = TaskResultFactory()
    done = TaskResultFactory(status="SUCCESSFUL", exception_class_path="")
    lost = TaskResultFactory(
        status="RUNNING",
        finished_at=None,
        started_at=timezone.now() - timedelta(hours=2),
    )
    busy = TaskResultFactory(status="RUNNING", finished_at=None)

    response = retry(admin_client, failed, done, lost, busy)

    assert "2 tasks queued to run again." in response.content.decode()
    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statuses == {
        failed.pk: "READY",
        done.pk: "SUCCESSFUL",
        lost.pk: "READY",
        busy.pk: "RUNNING",
    }
    failed.refresh_from_db()
    assert failed.finished_at is None
    assert failed.run_after <= timezone.now()


def test_the_admin_home_counts_failed_tasks_for_superusers(admin_client):
    TaskResultFactory.create_batch(2)
    TaskResultFactory(status="SUCCESSFUL", exception_class_path="")

    html = admin_client.get("/admin/").content.decode()

    assert f'<a href="{CHANGELIST}?status__exact=FAILED">Failed tasks</a>' in html
    assert "Failed tasks</a></th>\n          <td><strong>2</strong>" in html


def test_the_admin_home_counts_tasks_lost_with_their_worker(admin_client):
    """A worker killed mid-task (its database or machine gone) leaves the task
    marked running for good: nothing on the home page said so."""
    html = admin_client.get("/admin/").content.decode()
    assert "Lost tasks" not in html  # none: no row

    TaskResultFactory(
        status="RUNNING",
        finished_at=None,
        started_at=timezone.now() - timedelta(hours=2),
    )
    TaskResultFactory(status="RUNNING", finished_at=None)  # at work now

    html = admin_client.get("/admin/").content.decode()
    assert (
        f'<a href="{CHANGELIST}?status__exact=RUNNING">Lost tasks (running over 60 '
        "minutes)</a></th>\n          <td><strong>1</strong>"
    ) in html


def test_staff_without_the_task_permissions_see_no_tasks(editor_client):
    TaskResultFactory()

    response = editor_client.get(CHANGELIST)

    assert response.status_code == 403
    home = editor_client.get("/admin/").content
    assert b"Task Results" not in home
    assert b"Failed tasks" not in home


def test_viewing_tasks_does_not_allow_retrying_them(client, django_user_model):
    viewer = django_user_model.objects.create_user("ops", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_dbtaskresult"))
    client.force_login(viewer)
    failed = TaskResultFactory()

    assert client.get(CHANGELIST).status_code == 200
    retry(client, failed)

    failed.refresh_from_db()
    assert failed.status == "FAILED"
