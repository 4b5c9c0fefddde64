"""Refusals in the site's look, saying what to do next."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_staff_refused_a_page_are_told_why_and_led_back_to_the_admin(
    contributor_client,
):
    response = contributor_client.get("/admin/auth/user/")
    html = response.content.decode()
    assert response.status_code == 403
    assert "<h1>You cannot open this page</h1>" in html
    assert "ask an administrator" in html
    assert '<a href="/admin/">Go back to the admin</a>' in html
    assert 'href="/static/css/site' in html  # the site's look, not Django's bare page


def test_a_sign_in_refused_by_the_csrf_check_never_shows_the_password():
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        "/admin/login/", {"username": "editor", "password": "s3cret-typed"}
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "Your form was not sent" in html
    assert ">editor</textarea>" in html
    assert "s3cret-typed" not in html
