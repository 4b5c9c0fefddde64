"""Each staff account has its own email address, whichever form sets it."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from .test_password_reset import ask_for_reset

pytestmark = pytest.mark.django_db


def change(client, user, **fields):
    """Send `user`'s page in the admin, as a superuser would, with `fields` changed."""
    data = {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "is_active": "on",
        "is_staff": "on",
        "groups": [group.pk for group in user.groups.all()],
        "date_joined_0": "2026-12-01",
        "date_joined_1": "10:00:00",
        "_save": "Save",
        **fields,
    }
    return client.post(f"/admin/auth/user/{user.pk}/change/", data)


@pytest.fixture
def writer(django_user_model):
    user = django_user_model.objects.create_user(
        "writer", "writer@example.com", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Contributors"))
    return user


@pytest.mark.parametrize("email", ["editor1@example.com", "Editor1@Example.com"])
def test_another_accounts_address_is_refused_on_the_users_page(
    admin_client, staff, writer, email
):
    response = change(admin_client, writer, email=email, first_name="Wren")

    assert response.status_code == 200
    assert "Another account has this address." in response.text
    writer.refresh_from_db()
    assert writer.email == "writer@example.com"
    assert writer.first_name == ""
    # So a reset for that address still goes to one account only.
    ask_for_reset(admin_client, email)
    assert [message.to for message in mail.outbox] == [["editor1@example.com"]]


def test_an_account_may_keep_its_own_address_in_another_case(admin_client, staff):
    response = change(admin_client, staff, email="EDITOR1@example.com")

    assert response.status_code == 302
    staff.refresh_from_db()
    assert staff.email == "EDITOR1@example.com"
    assert [group.name for group in staff.groups.all()] == ["Editors"]


def test_accounts_without_an_address_do_not_clash(admin_client, staff, writer):
    staff.email = ""
    staff.save()

    response = change(admin_client, writer, email="")

    assert response.status_code == 302
    writer.refresh_from_db()
    assert writer.email == ""
