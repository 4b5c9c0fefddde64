"""The consent log: anonymous, counted per group in the admin, and pruned."""

from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from cookie_consent.models import ACTION_ACCEPTED, ACTION_DECLINED, CookieGroup, LogItem
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.consent.conftest import decide

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/cookie_consent/logitem/"


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(user)
    return client


def test_each_decision_is_logged_without_anything_that_identifies_the_reader(client):
    decide(client, "accept", "functional")
    decide(client, "decline", "functional")

    fields = {field.name for field in LogItem._meta.get_fields()}
    assert fields == {"id", "action", "cookiegroup", "version", "created"}
    assert list(LogItem.objects.order_by("pk").values_list("action", flat=True)) == [
        ACTION_ACCEPTED,
        ACTION_DECLINED,
    ]


def test_the_admin_shows_counts_per_group(staff_client, django_assert_max_num_queries):
    functional = CookieGroup.objects.get(varname="functional")
    analytics = CookieGroup.objects.get(varname="analytics")
    LogItem.objects.bulk_create(
        [LogItem(action=ACTION_ACCEPTED, cookiegroup=functional, version="v")] * 3
        + [LogItem(action=ACTION_DECLINED, cookiegroup=functional, version="v")] * 2
        + [LogItem(action=ACTION_DECLINED, cookiegroup=analytics, version="v")]
    )

    # session, user, counts, changelist count(s), rows, date hierarchy, filters
    with django_assert_max_num_queries(12, info="consent log changelist"):
        html = staff_client.get(CHANGELIST).content.decode()

    assert '<tr><th scope="row">Functional</th><td>3</td><td>2</td></tr>' in html
    assert '<tr><th scope="row">Analytics</th><td>0</td><td>1</td></tr>' in html
    assert "no IP address or user agent" in html


def test_the_counts_follow_the_changelist_filters(staff_client):
    functional = CookieGroup.objects.get(varname="functional")
    LogItem.objects.create(action=ACTION_ACCEPTED, cookiegroup=functional, version="v")
    LogItem.objects.create(action=ACTION_DECLINED, cookiegroup=functional, version="v")

    html = staff_client.get(CHANGELIST, {"action__exact": ACTION_DECLINED}).content
    assert b'<tr><th scope="row">Functional</th><td>0</td><td>1</td></tr>' in html


def test_the_log_is_read_only_and_closed_to_readers(staff_client, client):
    item = LogItem.objects.create(
        action=ACTION_ACCEPTED,
        cookiegroup=CookieGroup.objects.get(varname="functional"),
        version="v",
    )

    assert staff_client.get(f"{CHANGELIST}add/").status_code == 403
    page = staff_client.get(f"{CHANGELIST}{item.pk}/change/").content.decode()
    assert 'name="action"' not in page
    staff_client.logout()
    assert staff_client.get(CHANGELIST).status_code == 302  # to the login page


def test_prune_deletes_entries_older_than_the_retention(settings):
    settings.CONSENT_LOG_RETENTION_DAYS = 30
    group = CookieGroup.objects.get(varname="functional")
    with time_machine.travel(timezone.now() - timedelta(days=31)):
        old = LogItem.objects.create(action=ACTION_ACCEPTED, cookiegroup=group)
    with time_machine.travel(timezone.now() - timedelta(days=29)):
        recent = LogItem.objects.create(action=ACTION_DECLINED, cookiegroup=group)

    call_command("prune_consent_log", stdout=(out := StringIO()))

    assert list(LogItem.objects.all()) == [recent]
    assert not LogItem.objects.filter(pk=old.pk).exists()
    assert "Deleted 1 consent log entries older than 30 days." in out.getvalue()


def test_prune_works_through_large_tables_in_batches(monkeypatch):
    from thinktank.management.commands import prune_consent_log

    monkeypatch.setattr(prune_consent_log, "BATCH_SIZE", 3)
    group = CookieGroup.objects.get(varname="functional")
    with time_machine.travel(timezone.now() - timedelta(days=400)):
        LogItem.objects.bulk_create(
            [LogItem(action=ACTION_ACCEPTED, cookiegroup=group) for _ in range(10)]
        )
    LogItem.objects.create(action=ACTION_ACCEPTED, cookiegroup=group)

    call_command("prune_consent_log", "--days", "365", stdout=StringIO())

    assert LogItem.objects.count() == 1


def test_prune_refuses_a_retention_below_one_day():
    with pytest.raises(CommandError, match="--days must be 1 or more"):
        call_command("prune_consent_log", "--days", "0")
