"""Password reset by email from the admin login (Django's views and tokens)."""

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.core import mail

import accounts.forms

from .conftest import LOGIN, PASSWORD, browser, sign_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-brand-new-password-9"


def ask_for_reset(client, email="editor1@example.com"):
    return client.post("/admin/password_reset/", {"email": email})


def reset_link():
    """The link's path; the link itself is on the site's public address."""
    (message,) = mail.outbox
    base = settings.SITE_URL.replace("http://", "").replace("https://", "")
    return re.search(
        rf"https?://{re.escape(base)}(/admin/reset/\S+/)", message.body
    ).group(1)


def choose_password(client, link, password=NEW_PASSWORD):
    form = client.get(link, follow=True)  # the token moves into the session
    return client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else link,
        {"new_password1": password, "new_password2": password},
    )


def test_the_login_page_links_to_the_reset(client):
    page = client.get(LOGIN)

    assert 'href="/admin/password_reset/"' in page.text
    assert "Forgotten your password?" in page.text


def test_the_reset_email_is_sent_with_the_sites_settings(client, staff, settings):
    settings.DEFAULT_FROM_EMAIL = "desk@journal.example"

    response = ask_for_reset(client)

    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["editor1@example.com"]
    assert message.from_email == "desk@journal.example"
    assert settings.SITE_NAME in message.subject
    assert "editor1" in message.body


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, staff):
    response = ask_for_reset(client, "stranger@example.com")

    assert response.status_code == 302
    assert response["Location"] == "/admin/password_reset/done/"
    assert mail.outbox == []


def test_the_link_sets_a_new_password_once(client, staff):
    ask_for_reset(client)
    link = reset_link()

    done = choose_password(client, link)

    assert done.status_code == 302
    assert done["Location"] == "/admin/reset/done/"
    staff.refresh_from_db()
    assert staff.check_password(NEW_PASSWORD)
    again = browser().get(link, follow=True)
    assert "This link has already been used or has expired" in again.text
    assert choose_password(browser(), link, "yet-another-pass-7").status_code == 200
    staff.refresh_from_db()
    assert staff.check_password(NEW_PASSWORD)


def test_the_link_expires(client, staff, settings):
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as clock:
        ask_for_reset(client)
        link = reset_link()
        clock.shift(settings.PASSWORD_RESET_TIMEOUT + 1)

        page = client.get(link, follow=True)

    # It says why and where to get a new link, in the admin's look.
    assert "<h1>This link no longer works</h1>" in page.text
    assert "This link has already been used or has expired" in page.text
    assert "works once and for 1\xa0hour after it was sent" in page.text
    assert 'href="/admin/password_reset/">Ask for a new link</a>' in page.text
    assert 'id="site-name"' in page.text
    staff.refresh_from_db()
    assert staff.check_password(PASSWORD)


def test_a_reset_signs_out_the_accounts_other_sessions(client, staff):
    elsewhere = browser()
    assert sign_in(elsewhere, "editor1").status_code == 302
    assert elsewhere.get("/admin/").status_code == 200

    ask_for_reset(client)
    choose_password(client, reset_link())

    assert elsewhere.get("/admin/").status_code == 302
    assert sign_in(browser(), "editor1", NEW_PASSWORD).status_code == 302


def test_a_new_password_lifts_the_accounts_lockout(client, staff):
    for number in range(5):
        sign_in(browser(), "editor1", "wrong", address=f"198.51.100.{number}")
    assert sign_in(browser(), "editor1", PASSWORD, "192.0.2.1").status_code == 429

    ask_for_reset(client)
    choose_password(client, reset_link())

    assert sign_in(browser(), "editor1", NEW_PASSWORD, "192.0.2.1").status_code == 302


@pytest.mark.django_db(transaction=True)
def test_the_email_waits_for_a_mail_server_that_is_down(
    client, django_user_model, settings, mail_server_down, run_worker, time_machine
):
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    # Transactional, after others that emptied the database: no groups.
    django_user_model.objects.create_user(
        "editor1", "editor1@example.com", PASSWORD, is_staff=True
    )
    time_machine.move_to(datetime.now(UTC))
    response = ask_for_reset(client)  # answered at once: nothing sent yet
    assert response["Location"] == "/admin/password_reset/done/"
    run_worker()  # refused by the mail server: kept, to be tried again
    task = DBTaskResult.objects.get()
    assert task.status == TaskResultStatus.READY
    assert "ConnectionRefusedError" in task.traceback
    assert "token" not in str(task.args_kwargs)  # the link is made when sent

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    time_machine.shift(timedelta(seconds=settings.TASKS_RETRY_DELAY))
    run_worker()
    (message,) = mail.outbox
    assert message.subject == f"Set a new password for {settings.SITE_NAME}"
    assert "The The" not in message.body
    assert choose_password(client, reset_link()).status_code == 302


def test_asking_again_and_again_sends_one_email_per_interval(
    client, staff, monkeypatch
):
    # Every request queued an email: anyone could flood a staff inbox.
    # A one-second interval, waited for: Redis (in CI) keeps its own clock.
    monkeypatch.setattr(accounts.forms, "RESET_EMAIL_INTERVAL", 1)
    answers = [ask_for_reset(client) for _ in range(5)]

    assert {(a.status_code, a["Location"]) for a in answers} == {
        (302, "/admin/password_reset/done/")
    }
    assert len(mail.outbox) == 1
    time.sleep(1.2)
    ask_for_reset(client)
    assert len(mail.outbox) == 2
