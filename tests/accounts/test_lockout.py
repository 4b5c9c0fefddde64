"""Login throttling (django-axes): lockouts, unlocking, the shared count."""

from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessAttempt, AccessLog
from django.core.cache import cache

from .conftest import LOGIN, PASSWORD, browser, sign_in

pytestmark = pytest.mark.django_db


def test_a_wrong_password_is_answered_with_the_form_again(client, staff):
    response = sign_in(client, "editor1", "wrong")

    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.text


def test_the_right_password_is_refused_after_five_failures(client, staff):
    for _ in range(5):
        sign_in(client, "editor1", "wrong")

    response = sign_in(client, "editor1", PASSWORD)

    assert response.status_code == 429
    assert "Too many failed logins" in response.text
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still signed out


def test_four_failures_do_not_lock(client, staff):
    for _ in range(4):
        sign_in(client, "editor1", "wrong")

    response = sign_in(client, "editor1", PASSWORD)

    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_username_is_locked_whatever_the_address(client, staff):
    for number in range(5):
        sign_in(client, "editor1", "wrong", address=f"198.51.100.{number}")

    assert sign_in(client, "editor1", PASSWORD, "192.0.2.1").status_code == 429


def test_an_address_is_locked_whatever_the_username(client, staff):
    for number in range(5):
        sign_in(client, f"nobody{number}", "wrong")

    assert sign_in(browser(), "editor1", PASSWORD).status_code == 429
    # Another address may still sign in as the editor.
    assert sign_in(browser(), "editor1", PASSWORD, "192.0.2.9").status_code == 302


def test_the_count_is_shared_by_every_client_and_lives_in_the_database(staff):
    # Two browsers (as two workers or machines would see them): the failures
    # of both add up, and the lock survives the process's cache being emptied.
    first, second = browser(), browser()
    for number in range(3):
        sign_in(first, "editor1", "wrong", address=f"198.51.100.{number}")
    for number in range(2):
        sign_in(second, "editor1", "wrong", address=f"198.51.100.{number + 10}")
    cache.clear()

    assert AccessAttempt.objects.filter(username="editor1").count() == 5
    assert sign_in(browser(), "editor1", PASSWORD, "192.0.2.1").status_code == 429


def test_the_lock_lifts_after_the_cool_off(client, staff, settings):
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as clock:
        for _ in range(5):
            sign_in(client, "editor1", "wrong")
        assert sign_in(client, "editor1", PASSWORD).status_code == 429
        clock.shift(60 * 16)

        assert sign_in(client, "editor1", PASSWORD).status_code == 302


@pytest.mark.parametrize(
    ("username", "address"),
    [("editor1", "198.51.100.1"), ("nobody", "203.0.113.7")],
    ids=["account", "address"],
)
def test_trying_again_during_a_lockout_does_not_extend_it(
    client, staff, username, address
):
    # Each try restarted the cool-off: anyone could keep an account, or an
    # office's address, locked for good by trying every few minutes.
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as clock:
        for _ in range(5):
            sign_in(client, username, "wrong", address=address)
        for _ in range(14):
            clock.shift(60)
            assert (
                sign_in(client, username, "wrong", address=address).status_code == 429
            )
        clock.shift(60 + 1)  # 15 minutes after the lock began

        assert sign_in(browser(), "editor1", PASSWORD).status_code == 302


def test_the_lockout_page_says_when_the_lock_lifts(client, staff, settings):
    for _ in range(5):
        sign_in(client, "editor1", "wrong")

    page = sign_in(client, "editor1", "wrong").text
    settings.AXES_COOLOFF_TIME = timedelta(minutes=1)
    one_minute = sign_in(client, "editor1", "wrong").text

    assert "The lock lifts 15 minutes after it began" in page
    assert "The lock lifts 1 minute after it began" in one_minute


def test_a_superuser_sees_and_lifts_a_lockout_in_the_admin(
    client, staff, django_user_model
):
    for _ in range(5):
        sign_in(client, "editor1", "wrong")
    chief = django_user_model.objects.create_superuser("chief", "c@example.com", "x")
    admin = browser()
    admin.force_login(chief)
    changelist = "/admin/axes/accessattempt/"

    page = admin.get(changelist + "?locked_out=yes")
    assert page.status_code == 200
    assert "editor1" in page.text
    attempt = AccessAttempt.objects.get(username="editor1")
    admin.post(
        changelist,
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )

    assert not AccessAttempt.objects.exists()
    assert sign_in(client, "editor1", PASSWORD).status_code == 302


def test_an_editor_cannot_see_or_lift_lockouts(editor_client):
    assert editor_client.get("/admin/axes/accessattempt/").status_code == 403
    assert editor_client.get("/admin/axes/accesslog/").status_code == 403


def test_staff_logins_are_recorded_with_who_when_and_where(client, staff):
    sign_in(client, "editor1", PASSWORD, address="192.0.2.44")

    entry = AccessLog.objects.get()
    assert entry.username == "editor1"
    assert entry.ip_address == "192.0.2.44"
    assert entry.attempt_time is not None


def test_no_password_reaches_the_failure_records(client, staff):
    sign_in(client, "editor1", "my-secret-guess")

    attempt = AccessAttempt.objects.get()
    assert "my-secret-guess" not in attempt.post_data
    assert "my-secret-guess" not in attempt.get_data


def test_the_lockout_page_offers_a_password_reset(client, staff):
    for _ in range(5):
        sign_in(client, "editor1", "wrong")

    response = client.get(LOGIN)  # a GET is not an attempt: the form shows

    assert response.status_code == 200
    locked = sign_in(client, "editor1", "wrong")
    assert 'href="/admin/password_reset/"' in locked.text
    # A reset lifts the account's lock only: the page says so, and that a lock
    # on the address holds colleagues signing in from it too.
    assert "not one on the network address" in locked.text
    assert "every account signing in from this network address" in locked.text


def test_a_successful_login_clears_the_count(client, staff):
    for _ in range(4):
        sign_in(client, "editor1", "wrong")
    assert sign_in(client, "editor1", PASSWORD).status_code == 302
    client.post("/admin/logout/")

    for _ in range(4):
        sign_in(client, "editor1", "wrong")

    assert sign_in(client, "editor1", PASSWORD).status_code == 302


def test_an_ipv6_network_is_locked_whatever_address_of_it_is_used(client, staff):
    # One machine has a whole /64 to pick addresses from: a new one for each
    # guess must not escape the lockout of the address.
    for number in range(5):
        sign_in(client, f"nobody{number}", "wrong", address=f"2001:db8:1:2::{number}")

    assert (
        sign_in(browser(), "editor1", PASSWORD, "2001:db8:1:2::99").status_code == 429
    )
    # Another network may still sign in as the editor.
    assert sign_in(browser(), "editor1", PASSWORD, "2001:db8:1:3::1").status_code == 302
