"""optional_cookies_allowed(): the one answer to "may I set this optional cookie"."""

import pytest
from cookie_consent.models import Cookie, CookieGroup
from django.urls import reverse

from tests.consent.conftest import decide, request_from
from thinktank.consent import optional_cookies_allowed

pytestmark = pytest.mark.django_db


def test_no_decision_means_no(client, rf):
    request = request_from(client, rf)

    assert not optional_cookies_allowed(request, "functional")


def test_an_accepted_group_is_allowed(client, rf):
    decide(client, "accept", "functional")

    assert optional_cookies_allowed(request_from(client, rf), "functional")


def test_a_declined_group_is_not_allowed(client, rf):
    decide(client, "decline", "functional")

    assert not optional_cookies_allowed(request_from(client, rf), "functional")


def test_declining_after_accepting_withdraws_the_consent(client, rf):
    decide(client, "accept", "functional")
    decide(client, "decline", "functional")

    assert not optional_cookies_allowed(request_from(client, rf), "functional")


def test_accepting_one_group_says_nothing_about_another(client, rf, analytics):
    decide(client, "accept", "functional")

    assert not optional_cookies_allowed(request_from(client, rf), "analytics")


def test_analytics_is_never_allowed_while_no_analytics_script_is_configured(
    client, rf, settings
):
    settings.ANALYTICS_SCRIPT_URL = ""
    decide(client, "accept", "analytics")

    assert not optional_cookies_allowed(request_from(client, rf), "analytics")


def test_analytics_is_allowed_once_configured_and_accepted(client, rf, analytics):
    decide(client, "accept", "analytics")

    assert optional_cookies_allowed(request_from(client, rf), "analytics")


def test_unknown_and_required_groups_are_not_optional_cookies(client, rf):
    decide(client, "accept", "functional")
    request = request_from(client, rf)

    assert not optional_cookies_allowed(request, "advertising")
    assert not optional_cookies_allowed(request, "necessary")


def test_with_consent_switched_off_nothing_optional_is_allowed(client, rf, settings):
    decide(client, "accept", "functional")
    settings.COOKIE_CONSENT_ENABLED = False

    assert not optional_cookies_allowed(request_from(client, rf), "functional")


def test_a_new_cookie_in_an_accepted_group_asks_the_reader_again(client, rf):
    decide(client, "accept", "functional")
    functional = CookieGroup.objects.get(varname="functional")
    Cookie.objects.create(
        cookiegroup=functional, name="font_size", description="Text size."
    )

    status = client.get(reverse("cookie_consent_status")).json()

    assert not optional_cookies_allowed(request_from(client, rf), "functional")
    assert "functional" in status["notAcceptedOrDeclinedCookieGroups"]
    assert "functional" not in status["acceptedCookieGroups"]


def test_accepting_again_after_the_change_allows_it_again(client, rf):
    decide(client, "accept", "functional")
    functional = CookieGroup.objects.get(varname="functional")
    Cookie.objects.create(cookiegroup=functional, name="font_size")

    decide(client, "accept", "functional")

    assert optional_cookies_allowed(request_from(client, rf), "functional")
