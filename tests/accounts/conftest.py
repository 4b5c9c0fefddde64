import pytest
from django.contrib.auth.models import Group
from django.test import Client

PASSWORD = "a-long-staff-password-1"
LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture
def staff(django_user_model):
    """An editor with a real password (no second factor yet)."""
    user = django_user_model.objects.create_user(
        "editor1", "editor1@example.com", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client, username, password=PASSWORD, address="203.0.113.7"):
    """Post the admin login form's first step, as a browser would."""
    return client.post(
        LOGIN,
        {
            "auth-username": username,
            "auth-password": password,
            "staff_login_view-current_step": "auth",
        },
        REMOTE_ADDR=address,
    )


def browser():
    """A second, separate browser."""
    return Client()
