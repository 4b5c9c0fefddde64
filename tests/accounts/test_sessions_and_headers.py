"""Idle staff sessions end; every response denies unused browser features;
reader pages stay the same bytes for everyone."""

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import ArticleFactory

from .conftest import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock():
    with time_machine.travel("2026-12-01 10:00:00Z", tick=False) as traveller:
        yield traveller


def test_a_staff_session_ends_after_the_idle_time(client, staff, clock, settings):
    settings.STAFF_SESSION_IDLE_SECONDS = 12 * 60 * 60
    sign_in(client, "editor1")
    assert client.get("/admin/").status_code == 200

    clock.shift(12 * 60 * 60 + 60)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_use_keeps_a_staff_session_alive(client, staff, clock, settings):
    settings.STAFF_SESSION_IDLE_SECONDS = 12 * 60 * 60
    sign_in(client, "editor1")
    for _ in range(3):
        clock.shift(11 * 60 * 60)
        assert client.get("/admin/articles/article/").status_code == 200


def test_the_idle_time_is_a_setting(client, staff, clock, settings):
    settings.STAFF_SESSION_IDLE_SECONDS = 30 * 60
    sign_in(client, "editor1")
    assert client.get("/admin/").status_code == 200

    clock.shift(31 * 60)

    assert client.get("/admin/").status_code == 302


def session_writes(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return [
        query["sql"]
        for query in queries
        if query["sql"].startswith("UPDATE") and "django_session" in query["sql"]
    ]


def test_admin_pages_renew_the_session_at_most_once_a_minute(client, staff, clock):
    sign_in(client, "editor1")

    assert session_writes(client, "/admin/") == []
    clock.shift(59)
    assert session_writes(client, "/admin/") == []
    clock.shift(2)
    assert len(session_writes(client, "/admin/")) == 1


def permissions(response):
    return {
        directive.strip() for directive in response["Permissions-Policy"].split(",")
    }


@pytest.mark.parametrize("path", ["/", "/admin/login/", "/admin/password_reset/"])
def test_unused_browser_features_are_denied(client, path):
    response = client.get(path)

    assert {"camera=()", "microphone=()", "geolocation=()", "payment=()"} <= (
        permissions(response)
    )


def test_the_header_is_on_article_and_admin_pages(client, editor_client):
    article = ArticleFactory()

    assert "camera=()" in permissions(client.get(article.get_absolute_url()))
    assert "camera=()" in permissions(editor_client.get("/admin/"))


ACCOUNTS_MIDDLEWARE = {
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "axes.middleware.AxesMiddleware",
}


def reader_pages():
    return ["/", ArticleFactory().get_absolute_url()]


@pytest.mark.parametrize("page", ["home", "article"])
def test_anonymous_reader_pages_set_no_cookie_and_do_not_vary_on_it(client, page):
    path = dict(zip(["home", "article"], reader_pages(), strict=True))[page]

    response = client.get(path)

    assert response.status_code == 200
    assert "Set-Cookie" not in response
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_the_accounts_middleware_leaves_reader_pages_headers_alone(settings):
    paths = reader_pages()
    installed = [Client().get(path) for path in paths]
    settings.MIDDLEWARE = [
        name for name in settings.MIDDLEWARE if name not in ACCOUNTS_MIDDLEWARE
    ]
    without = [Client().get(path) for path in paths]

    for with_it, without_it in zip(installed, without, strict=True):
        assert with_it.get("Vary") == without_it.get("Vary")
        assert set(with_it.cookies) == set(without_it.cookies)
        assert "sessionid" not in with_it.cookies
