"""A new member of staff is invited by email to choose their own password."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from .conftest import browser, sign_in
from .test_password_reset import ask_for_reset, choose_password, reset_link

pytestmark = pytest.mark.django_db

ADD = "/admin/auth/user/add/"
CHOSEN = "their-own-chosen-password-7"


def invite(client, **fields):
    data = {
        "username": "newcomer",
        "email": "newcomer@example.com",
        "first_name": "Noor",
        "last_name": "Haddad",
        "groups": [Group.objects.get(name="Contributors").pk],
        "_save": "Save",
        **fields,
    }
    return client.post(ADD, data)


def test_a_superuser_invites_and_the_newcomer_chooses_a_password(
    admin_client, django_user_model, django_capture_on_commit_callbacks, client
):
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(admin_client)

    assert response.status_code == 302
    user = django_user_model.objects.get(username="newcomer")
    assert user.is_staff and not user.is_superuser
    assert [g.name for g in user.groups.all()] == ["Contributors"]
    assert user.has_usable_password()  # known to nobody: see the next test
    (message,) = mail.outbox
    assert message.to == ["newcomer@example.com"]
    assert "staff account" in message.subject
    assert "Your username: newcomer" in message.body
    assert "(Contributors)" in message.body
    assert "for 1\xa0hour" in message.body  # PASSWORD_RESET_TIMEOUT
    page = admin_client.get(response["Location"]).content.decode()
    assert "An invitation to choose a password is on its way" in page

    link = reset_link()
    assert choose_password(client, link, CHOSEN).status_code == 302
    assert sign_in(browser(), "newcomer", CHOSEN).status_code == 302
    used = browser().get(link, follow=True)
    assert "This link has already been used or has expired" in used.text


def test_an_expired_invitation_is_replaced_by_forgotten_password(
    admin_client, django_capture_on_commit_callbacks, client
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(admin_client)
    mail.outbox.clear()

    ask_for_reset(client, "newcomer@example.com")

    assert len(mail.outbox) == 1  # Django's reset skips unusable passwords


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"email": ""}, "This field is required."),
        ({"email": "EDITOR1@example.com"}, "Another account has this address."),
        ({"groups": []}, "This field is required."),
        ({"username": "editor1"}, "A user with that username already exists."),
        ({"username": "EDITOR1"}, "A user with that username already exists."),
    ],
)
def test_a_bad_invitation_says_what_to_fix_and_sends_nothing(
    admin_client, staff, django_user_model, fields, error
):
    response = invite(admin_client, **fields)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert not django_user_model.objects.filter(username="newcomer").exists()
    assert mail.outbox == []


def test_an_editor_cannot_invite(editor_client, django_user_model):
    assert invite(editor_client).status_code == 403
    assert not django_user_model.objects.filter(username="newcomer").exists()


def test_an_invitation_sent_to_a_mistyped_address_is_sent_again(
    admin_client, django_user_model, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(admin_client, email="newcomer@exmaple.com")
    user = django_user_model.objects.get(username="newcomer")
    user.email = "newcomer@example.com"  # corrected on the user's page
    user.save()
    signed_in = django_user_model.objects.create_user(
        "veteran", "veteran@example.com", "pw", is_staff=True
    )
    signed_in.last_login = user.date_joined
    signed_in.save()
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            "/admin/auth/user/",
            {"action": "invite_again", "_selected_action": [user.pk, signed_in.pk]},
            follow=True,
        )

    assert [m.to for m in mail.outbox] == [["newcomer@example.com"]]
    assert "Your username: newcomer" in mail.outbox[0].body
    page = response.content.decode()
    assert "An invitation is on its way again to newcomer@example.com." in page
    assert "1 account(s) not invited again: they have signed in already" in page
