"""The cookie groups and cookies the data migration creates."""

import pytest
from cookie_consent.models import CookieGroup

pytestmark = pytest.mark.django_db


def cookies_of(varname):
    group = CookieGroup.objects.get(varname=varname)
    return {
        cookie.name: cookie for cookie in group.cookie_set.select_related("lifetime")
    }


def test_the_three_groups_exist_in_order_with_readable_names():
    groups = list(CookieGroup.objects.order_by("ordering"))

    assert [(g.varname, g.name) for g in groups] == [
        ("necessary", "Strictly necessary"),
        ("functional", "Functional"),
        ("analytics", "Analytics"),
    ]
    assert all(g.description for g in groups)


def test_strictly_necessary_is_required_and_cannot_be_deleted():
    necessary = CookieGroup.objects.get(varname="necessary")
    optional = CookieGroup.objects.exclude(varname="necessary")

    assert necessary.is_required and not necessary.is_deletable
    assert not any(g.is_required for g in optional)
    assert all(g.is_deletable for g in optional)


def test_every_cookie_has_a_purpose_a_duration_and_the_sites_domain():
    expected = {
        "necessary": {
            "sessionid",
            "csrftoken",
            "cookie_consent",
            "messages",
            "comment_pending",
        },
        "functional": {"comment_author"},
        "analytics": {"_pk_id", "_pk_ses"},
    }
    for varname, names in expected.items():
        cookies = cookies_of(varname)
        assert set(cookies) == names
        for cookie in cookies.values():
            assert cookie.description
            assert cookie.lifetime.duration
            assert cookie.domain == ""
            # The commenter's cookies go to the comment views only.
            expected_path = "/comments/" if cookie.name.startswith("comment_") else "/"
            assert cookie.path == expected_path


def test_the_comment_cookie_lives_as_long_as_the_comments_app_sets_it():
    from comments.cookies import AUTHOR_COOKIE, AUTHOR_COOKIE_MAX_AGE

    assert AUTHOR_COOKIE_MAX_AGE == 60 * 60 * 24 * 365
    assert cookies_of("functional")[AUTHOR_COOKIE].lifetime.duration == "1 year"


def test_editors_see_and_change_durations_in_the_admin(client, django_user_model):
    client.force_login(
        django_user_model.objects.create_superuser("boss", "boss@example.com", "pw")
    )
    cookie = CookieGroup.objects.get(varname="functional").cookie_set.get()

    listing = client.get("/admin/cookie_consent/cookie/").content.decode()
    change = f"/admin/cookie_consent/cookie/{cookie.pk}/change/"
    response = client.post(
        change,
        {
            "cookiegroup": cookie.cookiegroup_id,
            "name": cookie.name,
            "description": cookie.description,
            "path": "/",
            "domain": "",
            "lifetime-TOTAL_FORMS": "1",
            "lifetime-INITIAL_FORMS": "1",
            "lifetime-MIN_NUM_FORMS": "1",
            "lifetime-MAX_NUM_FORMS": "1",
            "lifetime-0-cookie": cookie.pk,
            "lifetime-0-duration": "6 months",
        },
    )

    assert '<td class="field-duration">1 year</td>' in listing
    assert response.status_code == 302, response.content.decode()
    cookie.lifetime.refresh_from_db()
    assert cookie.lifetime.duration == "6 months"
