"""The Privacy Overview page, its no-JavaScript forms, and cookies following the choice."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import reverse

from tests.consent.conftest import ANALYTICS_URL, consent_cookie, decide
from thinktank.consent import ConsentMiddleware

pytestmark = pytest.mark.django_db

OVERVIEW = "/privacy/"


def test_the_overview_lists_each_group_with_its_cookies(client):
    html = client.get(OVERVIEW).content.decode()

    assert "<h1>Privacy Overview</h1>" in html
    for name in ("Strictly necessary", "Functional"):
        assert name in html
    for cookie in ("sessionid", "csrftoken", "cookie_consent", "comment_author"):
        assert f"<code>{cookie}</code>" in html
    for heading in ("Cookie", "Purpose", "Duration", "Domain"):
        assert f'<th scope="col">{heading}</th>' in html
    assert "1 year" in html and "2 weeks" in html
    assert '<td data-label="Domain">testserver</td>' in html
    assert "Always on" in html


def test_analytics_appears_only_when_configured(client, settings):
    settings.ANALYTICS_SCRIPT_URL = ""
    assert "_pk_id" not in client.get(OVERVIEW).content.decode()

    settings.ANALYTICS_SCRIPT_URL = ANALYTICS_URL
    html = client.get(OVERVIEW).content.decode()
    assert "Analytics" in html and "<code>_pk_id</code>" in html


def test_the_overview_shows_this_readers_choice_and_is_never_cached(client):
    first = client.get(OVERVIEW)
    decide(client, "decline", "functional")
    after = client.get(OVERVIEW).content.decode()

    assert "Not decided yet" in first.content.decode()
    assert "no-store" in first["Cache-Control"]
    assert "You declined these cookies" in after
    assert "Decline<span" not in after  # the only action left is to accept


def test_the_forms_are_plain_posts_with_csrf(client):
    html = client.get(OVERVIEW).content.decode()

    assert html.count('action="/privacy/accept/"') == 2  # accept all, functional
    assert html.count('action="/privacy/decline/"') == 2
    assert html.count('name="csrfmiddlewaretoken"') == 4


def test_posting_without_a_csrf_token_is_refused():
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/privacy/accept/", {"cookie_groups": ["functional"]})

    assert response.status_code == 403
    assert "cookie_consent" not in response.cookies


def test_accepting_by_plain_post_returns_to_the_group_on_the_overview(client):
    response = client.post(
        "/privacy/accept/",
        {"cookie_groups": ["functional"], "next": "/privacy/#group-functional"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/privacy/#group-functional"
    assert consent_cookie(client).startswith("functional=")
    assert response.cookies["cookie_consent"]["httponly"]
    assert response.cookies["cookie_consent"]["samesite"] == "Lax"


def test_the_redirect_never_leaves_the_site(client):
    response = client.post(
        "/privacy/accept/",
        {"cookie_groups": ["functional"], "next": "https://evil.example/"},
    )

    assert response["Location"] == OVERVIEW


def test_declining_deletes_the_groups_cookies(client):
    decide(client, "accept", "functional")
    client.cookies["comment_author"] = "saved"

    response = client.post("/privacy/decline/", {"cookie_groups": ["functional"]})

    assert response.cookies["comment_author"].value == ""
    assert response.cookies["comment_author"]["max-age"] == 0
    assert "functional=-1" in response.cookies["cookie_consent"].value


def test_an_unknown_group_is_refused_with_a_message(client):
    response = client.post("/privacy/accept/", {"cookie_groups": ["advertising"]})

    assert (
        "advertising is not one of the available choices" in response.content.decode()
    )
    assert "cookie_consent" not in response.cookies


def test_the_overview_costs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    decide(client, "accept", "functional")
    client.get(OVERVIEW)  # warm the library's cookie-group cache
    # groups; their cookies with durations; the site chrome's sections and promos
    with django_assert_max_num_queries(4, info="privacy overview"):
        assert client.get(OVERVIEW).status_code == 200


def test_the_status_endpoint_is_never_cached(client):
    response = client.get(reverse("cookie_consent_status"))

    assert "no-store" in response["Cache-Control"]
    assert "functional" in response.json()["notAcceptedOrDeclinedCookieGroups"]


# The middleware: optional cookies follow the choice on every page.


def run_middleware(rf, cookies):
    request = rf.get("/")
    request.COOKIES = cookies
    return ConsentMiddleware(lambda request: HttpResponse("page"))(request)


def test_an_optional_cookie_without_consent_is_deleted_on_any_page(rf):
    response = run_middleware(rf, {"comment_author": "saved"})

    assert response.cookies["comment_author"]["max-age"] == 0


def test_an_optional_cookie_with_consent_is_left_alone(client, rf):
    decide(client, "accept", "functional")

    response = run_middleware(
        rf, {"comment_author": "saved", "cookie_consent": consent_cookie(client)}
    )

    assert "comment_author" not in response.cookies


def test_only_necessary_cookies_cost_no_lookup(rf, django_assert_num_queries):
    cache.clear()
    with django_assert_num_queries(0):
        response = run_middleware(rf, {"csrftoken": "x", "sessionid": "y"})

    assert not response.cookies
